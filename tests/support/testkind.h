#pragma once
/// @file testkind.h
/// @brief A tiny source kind that tests register at runtime, to show that generic code (the
/// scheduler, the sync manager, the Add menu) serves a kind it has never heard of.

#include "sources/sourceregistry.h"

#include <QPointer>

namespace fi::test {

/// One sync run of the test kind: reports one item "tick N" (N = runs so far) and finishes ok.
class TickSource : public Source {
    Q_OBJECT
public:
    using Source::Source;
    void start(const KnownItemsProvider &known, const QMap<QString, QByteArray> &syncState) override;
    void abort() override {}
    /// Runs started by any TickSource since the last reset (GUI thread).
    static int starts;
};

/// The test kind's push connector: start() reports established(); push() reports a change.
class TickConnector : public PushWatcher {
    Q_OBJECT
public:
    using PushWatcher::PushWatcher;
    void start() override;
    void push() { Q_EMIT changed(); }
    /// The connector made last (nullptr once it is destroyed).
    static QPointer<TickConnector> last;
};

/// A descriptor for the test kind @p key: Remote with @p pollSeconds > 0 (and a TickConnector when
/// @p push), else local with watchPaths() = {@p watchDir} when given. Icon: the maildir kind's.
SourceKind tickKind(const QString &key, int pollSeconds, bool push = false, const QString &watchDir = {});

/// Registers tickKind(...) for the lifetime of the object (unregisters it after).
class ScopedTestKind {
public:
    explicit ScopedTestKind(SourceKind kind);
    ~ScopedTestKind();
    ScopedTestKind(const ScopedTestKind &) = delete;
    ScopedTestKind &operator=(const ScopedTestKind &) = delete;
    const QString &key() const { return m_key; }

private:
    QString m_key;
};

} // namespace fi::test
