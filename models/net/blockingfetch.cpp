#include "net/blockingfetch.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <optional>

namespace fi::net {

FetchResponse fetchAndWait(const FetchRequest &request, const std::atomic_bool *cancel)
{
    QEventLoop loop;  // also the context: the answer is delivered to this thread
    std::optional<FetchResponse> answer;
    HttpFetcher &fetcher = HttpFetcher::instance();
    const HttpFetcher::Ticket ticket = fetcher.fetch(request, &loop, [&](const FetchResponse &response) {
        answer = response;
        loop.quit();
    });
    QTimer poll;
    if (cancel) {
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (cancel->load())
                loop.quit();
        });
        poll.start(100);
    }
    // The fetcher's own timeout ends every request; this guard only covers an application that
    // is shutting down (the fetcher then delivers nothing).
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(qMax(1, request.timeoutMs) + 5000);
    if (!answer && !(cancel && cancel->load()))
        loop.exec();
    if (answer)
        return *answer;
    fetcher.cancel(ticket);
    FetchResponse failed;
    failed.outcome = FetchResponse::Outcome::Failed;
    failed.retryable = true;
    const int seconds = qMax(1, request.timeoutMs / 1000);
    if (cancel && cancel->load())
        failed.error = QCoreApplication::translate("fi::net::HttpFetcher", "The request was cancelled.");
    else
        failed.error = QCoreApplication::translate("fi::net::HttpFetcher", "No answer within %n s.", nullptr, seconds);
    return failed;
}

} // namespace fi::net
