#pragma once
/// @file imapeditor.h
/// @brief The imap kind's editor (views/sources/sourceeditors.h): ImapAccountDialog for adding
/// and editing; saving writes the password to the keychain and the source to the store on a
/// worker thread (imap::saveAccount()), and a failure keeps the dialog open with the reason.

#include "sources/sourceeditors.h"

namespace fi::imap {

SourceEditor editor();

} // namespace fi::imap
