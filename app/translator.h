#pragma once
/// @file translator.h
/// @brief Loads Qt's and Focus Inbox's translations for the system locale (es, pt_BR, …).

class QCoreApplication;

namespace fi {
/// Install translators (parented to @p app) for QLocale::system(); missing catalogs are fine.
void installTranslators(QCoreApplication *app);
} // namespace fi
