#include "about/libraryinfo.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <gmime/gmime.h>
#include <libetpan/libetpan.h>
#include <libical/ical.h>
#include <sqlite3.h>

#ifndef FOCUSINBOX_QTKEYCHAIN_VERSION
#define FOCUSINBOX_QTKEYCHAIN_VERSION ""
#endif

namespace fi {

namespace {
QString use(const char *text)
{
    return QCoreApplication::translate("fi::LibraryInfo", text);
}
} // namespace

QList<LibraryInfo> coreLibraries()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only OR GPL-2.0-or-later"),
         use(QT_TRANSLATE_NOOP("fi::LibraryInfo", "application framework")), false},
        {QStringLiteral("GMime"),
         QStringLiteral("%1.%2.%3").arg(gmime_major_version).arg(gmime_minor_version).arg(gmime_micro_version),
         QStringLiteral("LGPL-2.1-or-later"), use(QT_TRANSLATE_NOOP("fi::LibraryInfo", "MIME parsing")), false},
        {QStringLiteral("libetpan"),
         QStringLiteral("%1.%2").arg(libetpan_get_version_major()).arg(libetpan_get_version_minor()),
         QStringLiteral("BSD-3-Clause"), use(QT_TRANSLATE_NOOP("fi::LibraryInfo", "IMAP")), false},
        {QStringLiteral("libical"), QStringLiteral("%1.%2.%3").arg(ICAL_MAJOR_VERSION).arg(ICAL_MINOR_VERSION).arg(ICAL_PATCH_VERSION),
         QStringLiteral("LGPL-2.1-only OR MPL-2.0"), use(QT_TRANSLATE_NOOP("fi::LibraryInfo", "iCalendar (focus sessions from a calendar, holidays)")),
         true},
        {QStringLiteral("QtKeychain"), QStringLiteral(FOCUSINBOX_QTKEYCHAIN_VERSION), QStringLiteral("BSD-2-Clause"),
         use(QT_TRANSLATE_NOOP("fi::LibraryInfo", "passwords and tokens in the system keyring")), true},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()), use(QT_TRANSLATE_NOOP("fi::LibraryInfo", "Public domain")),
         use(QT_TRANSLATE_NOOP("fi::LibraryInfo", "the database")), false},
    };
}

} // namespace fi
