#pragma once
/// @file imaptestutil.h
/// @brief Helpers for IMAP tests: an account for the Dovecot fixture, filling folders,
/// and running an ImapSource into a real ItemStore the way the SyncManager would.

#include "dovecotserver.h"
#include "sources/imap/imapcert.h"
#include "sources/imap/imapsource.h"
#include "storage/itemstore.h"

namespace fi::test {

/// Implicit TLS to the fixture, its self-signed certificate trusted by fingerprint, INBOX.
imap::Account fixtureAccount(const DovecotServer &server);
SourceConfig fixtureConfig(const DovecotServer &server, const imap::Account &account);
/// Open a logged-in session to the fixture (plain loopback port). Empty on failure.
std::unique_ptr<imap::Session> adminSession(const DovecotServer &server, QString *error = nullptr);
/// APPEND every file (raw RFC 5322 bytes) to @p folder. @return number appended.
/// UIDs in @p folder, in order (empty on error); a connection of its own, as another client.
QList<quint32> uidsIn(const DovecotServer &server, const QString &folder);
/// UIDVALIDITY of @p folder (0 on error).
quint32 uidValidityOf(const DovecotServer &server, const QString &folder);
/// Flags of the message @p uid in @p folder (nullopt if it is not there).
std::optional<imap::MessageFlags> flagsOf(const DovecotServer &server, const QString &folder, quint32 uid);
int appendFiles(imap::Session &session, const QString &folder, const QStringList &files);
/// Files of the shared SpamAssassin corpus (cur/ and new/).
QStringList corpusFiles();
/// Writes @p count generated messages into a Maildir folder dir (cur/) directly (fast bulk fill).
void writeGeneratedMaildir(const QString &maildirFolder, int count, const QStringList &templates);

/// Outcome of runSource().
struct RunOutcome {
    SyncResult result;
    int batches = 0;
    imap::RunStats stats;
};

/**
 * @brief Run one sync of @p config into @p store (sourceId), committing every batch in order
 * (items get Tier::Async) and the sync state with it, like SyncManager. @p afterBatch is called
 * after each committed batch (1-based count) — e.g. to stop the server mid-sync. 120 s timeout.
 */
/// What a source reported, as the store batch a sync would write (every item Async, reason "test").
StoreBatch toStoreBatch(qint64 sourceId, const SourceBatch &batch);

RunOutcome runSource(ItemStore &store, qint64 sourceId, const SourceConfig &config,
                     const QString &password, const std::function<void(int)> &afterBatch = {});

} // namespace fi::test
