#pragma once
/// @file benchmaildir.h
/// @brief A Maildir generated from the shared mail corpus, for benchmarks (ingest_maildir, triage).

#include <QByteArray>
#include <QList>
#include <QString>

/// The messages of ../shared/corpus/mail/spamassassin-spam (cur/ and new/), raw.
QList<QByteArray> loadBenchCorpus();

/// The Message-ID given to generated message @p n, with its angle brackets:
/// "<H.N@focusinbox.invalid>", H being 16 hex digits of SHA-1(N). Real Message-IDs mostly start
/// with a random or hashed part (Gmail's "CA+…", Outlook's GUIDs), so the store's message-id
/// index fills in random order, as it does for real mail; "<bench-N@…>" in file order would not.
QByteArray benchMessageId(int n);

/// Write @p count messages into @p root/cur (creating cur/, new/, tmp/): corpus messages in
/// turn, each with a unique Message-ID benchMessageId(N) and the file name
/// "<1700000000 + N>.M<N>P1.bench:2,". @return false if the corpus is missing or a write failed.
bool generateMaildir(const QString &root, int count);
