// libFuzzer harness: holiday import from iCalendar files (models/deadlines/holidayimport.cpp,
// libical). The input is the file (written to a per-process scratch file, as the import reads a
// path). Properties: a refusal says why; an import stays within its bounds.
#include "fuzzsupport.h"

#include "deadlines/workinghours.h"

#include <QElapsedTimer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Most inputs would be refused for lacking the marker; give every input a chance to parse.
    if (!bytes.contains("BEGIN:VCALENDAR"))
        bytes.prepend("BEGIN:VCALENDAR\r\n");
    const QString path = fuzz::scratchFile(bytes, "holidays.ics");
    fi::WorkingHours hours = fi::WorkingHours::defaults(QTimeZone::utc());
    QString error;
    QElapsedTimer timer;
    timer.start();
    const bool ok = hours.importHolidaysFromIcs(path, &error);
    // The import's own budget is 5 s of recurrence expansion (one libical step past it at most);
    // 20 s of wall time leaves room for a loaded CI machine and still catches unbounded work.
    FUZZ_ASSERT(timer.elapsed() < 20000, "import took %lld ms", qlonglong(timer.elapsed()));
    if (!ok) {
        FUZZ_ASSERT(!error.isEmpty(), "a refused import says why");
        FUZZ_ASSERT(hours.holidays().isEmpty(), "a refused import adds nothing");
        return 0;
    }
    FUZZ_ASSERT(hours.holidays().size() <= 100000 + 366, "holidays bounded: %lld",
                qlonglong(hours.holidays().size()));
    for (const QDate &d : hours.holidays())
        FUZZ_ASSERT(d.isValid() && d.year() >= 1900 && d.year() <= 2102, "holiday %s", qPrintable(d.toString()));
    return 0;
}
