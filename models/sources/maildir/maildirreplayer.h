#pragma once
/// @file maildirreplayer.h
/// @brief The maildir kind's change replayer: mirrors journaled read/unread and flag changes
/// to the message files' ":2," info (issue 12), the way every Maildir client does.
///
/// What each change does to the message file (a rename(2) within the folder, which keeps the
/// mtime, so the next scan sees a flags-only change):
///  - seen: adds S (a file in new/ moves to cur/ first); unseen: removes S (a file in new/ is
///    unseen already and stays where it is);
///  - flag: adds F; unflag: removes F (moving a new/ file to cur/, where info is allowed).
/// Info letters are kept in ASCII order, as the Maildir specification asks. The item's locator
/// follows the rename (ChangeOutcome::moved). A message file that is gone (another client
/// deleted it) drops the change; a rename that fails (permissions, a read-only disk) fails it,
/// to be retried with backoff. Done, reopen, tier and snooze are not journaled: a Maildir has
/// no place for them.

#include "sources/changereplayer.h"
#include "sources/source.h"

#include <atomic>
#include <memory>

namespace fi::maildir {

/**
 * @brief ChangeReplayer of one Maildir source (SourceConfig::location = the Maildir root).
 * replay() touches files only (blocking, on a worker thread); cancel() is thread-safe.
 */
class MaildirChangeReplayer : public ChangeReplayer {
public:
    explicit MaildirChangeReplayer(SourceConfig config);

    ReplayResult replay(const QList<PendingChange> &changes, const Report &report) override;
    void cancel() override { m_cancelled.store(true); }

private:
    SourceConfig m_config;
    std::atomic_bool m_cancelled{false};
};

/// SourceKind::createReplayer of the maildir kind.
std::unique_ptr<ChangeReplayer> createReplayer(const SourceConfig &config);
/// SourceKind::journals of the maildir kind: seen, unseen, flag and unflag, unless the source's
/// settings say "writeBack": false (then nothing).
bool journals(const SourceConfig &config, ChangeKind kind);

/// The file name @p fileName gets when info letter @p letter is set (@p on) or cleared:
/// "unique:2,<letters in ASCII order>" (other letters kept; info added when missing).
QString fileNameWithFlag(const QString &fileName, QChar letter, bool on);

} // namespace fi::maildir
