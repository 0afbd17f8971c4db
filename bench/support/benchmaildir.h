#pragma once
/// @file benchmaildir.h
/// @brief A Maildir generated from the shared mail corpus, for benchmarks (ingest_maildir, triage).

#include <QByteArray>
#include <QList>
#include <QString>

/// The messages of ../shared/corpus/mail/spamassassin-spam (cur/ and new/), raw.
QList<QByteArray> loadBenchCorpus();

/// Write @p count messages into @p root/cur (creating cur/, new/, tmp/): corpus messages in
/// turn, each with a unique Message-ID <bench-N@focusinbox.invalid> and the file name
/// "<1700000000 + N>.M<N>P1.bench:2,". @return false if the corpus is missing or a write failed.
bool generateMaildir(const QString &root, int count);
