#pragma once
/// @file translator.h
/// @brief Loads Qt's and Focus Inbox's translations for the system locale (es, pt_BR, …).

#include <QString>

class QCoreApplication;

namespace fi {
/// Install translators (parented to @p app) for QLocale::system(), or for @p language when it is
/// not empty ("en", "es", "pt_BR": config.json "general.language", issue 14; then it also becomes
/// QLocale's default). Replaces the translators an earlier call installed; missing catalogs are fine.
void installTranslators(QCoreApplication *app, const QString &language = QString());
} // namespace fi
