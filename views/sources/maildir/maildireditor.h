#pragma once
/// @file maildireditor.h
/// @brief The maildir kind's editor (views/sources/sourceeditors.h): File ▸ Add Maildir… opens a
/// folder chooser; the first start offers ~/Maildir when it exists. Maildir sources have no
/// edit dialog (remove and add again).

#include "sources/sourceeditors.h"

namespace fi::maildir {

SourceEditor editor();

/**
 * @brief Add the Maildir at @p path as a source, as File ▸ Add Maildir… does after the folder
 * was chosen: a folder that is not a Maildir gets a warning; one already added is left alone;
 * with no "me" configured (context.myAddresses empty) the user is asked for the address(es)
 * that receive mail there. Then context.saved(id). GUI thread; the store write is awaited.
 * @return the new source's id, or 0 when nothing was added.
 */
qint64 addFolder(const QString &path, const SourceEditorContext &context, QWidget *parent);

} // namespace fi::maildir
