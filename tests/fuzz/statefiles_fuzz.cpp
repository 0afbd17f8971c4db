// libFuzzer harness: the state files the app reads back at start.
//  - <data>/focus-state.json (models/focus/focusstatefile.h) and the focus state machine restored
//    from it (models/focus/focusstate.h),
//  - the IMAP folder sync state "v1 …" (models/sources/imap/imapsyncstate.h) and the remote id /
//    fingerprint / locator strings stored with every IMAP item,
//  - the state lines of sources/statelines.h,
//  - the legacy IMAP write-back queue file, imported into the journal once (models/sources/imap/imaplegacyqueue.h).
// Every parser gets the whole input (parsers that read a path get it through a scratch file).
// Properties: nothing crashes; what the writers write parses back to the same value.
#include "fuzzsupport.h"

#include "focus/focusstate.h"
#include "focus/focusstatefile.h"
#include "sources/imap/imapsyncstate.h"
#include "sources/imap/imaplegacyqueue.h"
#include "sources/statelines.h"

#include <QJsonDocument>

using namespace fi;

namespace {

void focusState(const QByteArray &bytes)
{
    const QString path = fuzz::scratchFile(bytes, "focus-state.json");
    const FocusStateFile file = FocusStateFile::load(path);
    FocusStateMachine machine;
    machine.restore(file.machine);
    const QJsonObject json = machine.toJson();
    FocusStateMachine again;
    again.restore(json);
    FUZZ_ASSERT(again.toJson() == json, "focus state does not round-trip:\n%s\n%s",
                QJsonDocument(json).toJson().constData(), QJsonDocument(again.toJson()).toJson().constData());
    const qint64 now = 1764590400000; // 2025-12-01T12:00:00Z
    for (const qint64 t : {now, qint64(0), now + 86400000LL * 365 * 300}) {
        (void)machine.remainingMs(t);
        (void)machine.nextChangeMs(t);
        (void)machine.update(t);
        (void)machine.extend(t, 15 * 60 * 1000);
    }
    // Saving what was loaded keeps it.
    const QString out = fuzz::scratchFile({}, "focus-state-saved.json");
    FUZZ_ASSERT(file.save(out), "focus state save failed");
    const FocusStateFile reloaded = FocusStateFile::load(out);
    FUZZ_ASSERT(reloaded.machine == file.machine && reloaded.dnd == file.dnd, "focus-state.json round trip");
}

void syncState(const QByteArray &bytes)
{
    const imap::FolderState st = imap::FolderState::decode(bytes);
    FUZZ_ASSERT(imap::FolderState::decode(st.encode()) == st, "FolderState round trip: %s",
                st.encode().constData());
    const QString text = QString::fromUtf8(bytes);
    if (const auto ref = imap::parseFingerprint(text)) {
        const auto again = imap::parseFingerprint(imap::fingerprintOf(ref->uidValidity, ref->uid, ref->flags));
        FUZZ_ASSERT(again && again->uid == ref->uid && again->uidValidity == ref->uidValidity
                        && again->flags == ref->flags, "fingerprint round trip");
    }
    if (const auto ref = imap::parseLocator(text)) {
        const auto again = imap::parseLocator(imap::locatorOf(ref->uidValidity, ref->uid));
        FUZZ_ASSERT(again && again->uid == ref->uid && again->uidValidity == ref->uidValidity,
                    "locator round trip");
    }
    const QString folder = imap::folderOfRemoteId(text);
    (void)imap::mailboxOf(imap::recordFolder(text));
    (void)folder;
}

void stateLines(const QByteArray &bytes)
{
    const QHash<QString, QString> entries = decodeStateLines(bytes);
    const QByteArray encoded = encodeStateLines(entries);
    FUZZ_ASSERT(decodeStateLines(encoded) == entries, "state lines round trip");
    FUZZ_ASSERT(encodeStateLines(decodeStateLines(encoded)) == encoded, "state lines encoding is stable");
}

void writeBackQueue(const QByteArray &bytes)
{
    const QString path = fuzz::scratchFile(bytes, "imap-writeback.json");
    QString warning;
    const QList<imap::LegacyQueueEntry> entries = imap::readLegacyQueue(path, &warning);
    for (const imap::LegacyQueueEntry &e : entries) {
        FUZZ_ASSERT(e.uid != 0, "an entry without a UID was read");
        FUZZ_ASSERT(e.attempts >= 0, "negative attempts");
        FUZZ_ASSERT(!e.mailbox.isEmpty(), "an entry without a mailbox");
        const auto ref = imap::parseLocator(imap::locatorOf(e.uidValidity, e.uid));
        FUZZ_ASSERT(ref && ref->uid == e.uid && ref->uidValidity == e.uidValidity, "legacy entry locator round trip");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    focusState(bytes);
    syncState(bytes);
    stateLines(bytes);
    writeBackQueue(bytes);
    return 0;
}
