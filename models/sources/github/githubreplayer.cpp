#include "sources/github/githubreplayer.h"

#include "net/blockingfetch.h"
#include "sources/github/githubapi.h"
#include "sources/github/githubkind.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <atomic>

namespace fi::github {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("fi::github::Replayer", text); }

class Replayer final : public ChangeReplayer {
public:
    explicit Replayer(SourceConfig config) : m_config(std::move(config)) {}

    ReplayResult replay(const QList<PendingChange> &changes, const Report &report) override
    {
        const QUrl base = baseUrlOf(m_config);
        // Items a later Reopen in this same list undoes: their Done need not reach GitHub.
        QHash<qint64, qint64> lastReopen;  // itemId → change id
        for (const PendingChange &c : changes) {
            if (c.kind == ChangeKind::Reopen && c.itemId > 0)
                lastReopen.insert(c.itemId, c.id);
        }
        QString token;
        for (const PendingChange &change : changes) {
            if (m_cancel.load())
                return {false, tr("Cancelled."), true};
            ChangeOutcome outcome;
            outcome.changeId = change.id;
            outcome.status = ChangeOutcome::Status::Applied;
            if (change.kind != ChangeKind::Done && change.kind != ChangeKind::Mute) {
                outcome.detail = change.detail;
                outcome.detail.insert(QStringLiteral("remote"), QStringLiteral("none"));
                if (!report(outcome))
                    return {false, tr("The store could not record the change."), true};
                continue;
            }
            if (change.kind == ChangeKind::Done && change.itemId > 0 && lastReopen.value(change.itemId) > change.id) {
                outcome.detail = change.detail;
                outcome.detail.insert(QStringLiteral("remote"), QStringLiteral("undone"));
                if (!report(outcome))
                    return {false, tr("The store could not record the change."), true};
                continue;
            }
            const QUrl thread(change.location.locator);
            if (!thread.isValid() || thread.scheme() != base.scheme() || thread.host().compare(base.host(), Qt::CaseInsensitive) != 0
                || thread.port(-1) != base.port(-1)) {
                outcome.status = ChangeOutcome::Status::Dropped;
                outcome.error = tr("The thread address %1 is not at this account's API; it was not marked read.")
                                    .arg(change.location.locator);
                if (!report(outcome))
                    return {false, tr("The store could not record the change."), true};
                continue;
            }
            if (token.isEmpty()) {
                QString error;
                const std::optional<QString> t = readToken(m_config, &error);
                if (!t)
                    return {false, error, false};
                token = *t;
            }
            const bool mute = change.kind == ChangeKind::Mute;
            const net::FetchResponse r = net::fetchAndWait(
                apiRequest(mute ? subscriptionUrl(change.location.locator) : thread, token, mute ? "DELETE" : "PATCH"), &m_cancel);
            if (r.outcome != net::FetchResponse::Outcome::Failed) {
                if (!report(outcome))
                    return {false, tr("The store could not record the change."), true};
                continue;
            }
            if (r.httpStatus == 404) {
                outcome.status = ChangeOutcome::Status::Dropped;
                outcome.error = mute ? tr("GitHub no longer has this thread (404); it could not be muted.")
                                     : tr("GitHub no longer has this thread (404); it could not be marked read.");
                if (!report(outcome))
                    return {false, tr("The store could not record the change."), true};
                continue;
            }
            const ApiFailure failure = failureOf(r, QDateTime::currentMSecsSinceEpoch());
            if (failure.unauthorized || !failure.retryable)
                return {false, failure.error, false};
            outcome.status = ChangeOutcome::Status::Failed;
            outcome.detail = change.detail;
            outcome.error = failure.error;
            report(outcome);
            return {false, failure.error, true};  // the rest waits: GitHub is unreachable or limiting us
        }
        return {};
    }

    void cancel() override { m_cancel.store(true); }

private:
    SourceConfig m_config;
    std::atomic_bool m_cancel{false};
};

} // namespace

std::unique_ptr<ChangeReplayer> createReplayer(const SourceConfig &config) { return std::make_unique<Replayer>(config); }

bool journals(const SourceConfig &, ChangeKind kind)
{
    return kind == ChangeKind::Done || kind == ChangeKind::Reopen || kind == ChangeKind::Mute;
}

} // namespace fi::github
