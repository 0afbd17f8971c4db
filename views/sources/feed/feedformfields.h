#pragma once
/// @file feedformfields.h
/// @brief The fields the add and edit dialogs of feeds share (internal to views/sources/feed/):
/// the refresh interval, the default tier, and reading a URL as typed. GUI thread only.

#include "domain/tier.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class QComboBox;
class QSpinBox;
class QWidget;

namespace fi::feed {

/// Minutes between refreshes: kMinIntervalMinutes … one week, default kDefaultIntervalMinutes.
QSpinBox *makeIntervalBox(QWidget *parent);
/// Reference (default), Async, Now; currentData() is the Tier as int.
QComboBox *makeTierBox(QWidget *parent);
/// Select @p tier in a box made by makeTierBox().
void setTier(QComboBox *box, Tier tier);
Tier tierOf(const QComboBox *box);

/**
 * @brief The feed URL the user means by @p text: trimmed; a bare "example.org/feed" becomes
 * http://example.org/feed (QUrl::fromUserInput); a local path becomes a file:// URL.
 * @return an invalid QUrl and a translated *error when it is empty or not http, https or file.
 */
QUrl feedUrlFromInput(const QString &text, QString *error);

} // namespace fi::feed
