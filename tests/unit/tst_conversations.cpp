// Issue 18: which conversation a message joins (models/mail/conversations.h). Hand-made threads
// for the cases References / In-Reply-To threading must get right, and the shared corpus, whose
// unrelated messages with equal subjects must stay apart.
#include "mail/conversations.h"
#include "mime/mimeparser.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QtTest>

#include <algorithm>

using namespace fi;
using namespace fi::mail;

namespace {

/// The index the store keeps, in memory: ids → conversation, and each message's subject.
class MemoryIndex : public ConversationIndex {
public:
    std::optional<qint64> conversationOf(const QString &messageId) override
    {
        const auto it = m_owner.constFind(messageId);
        return it == m_owner.constEnd() ? std::nullopt : std::optional<qint64>(*it);
    }
    std::optional<qint64> conversationBySubject(const QString &base, qint64 fromMs, qint64 toMs) override
    {
        std::optional<qint64> found;
        qint64 latest = 0;
        for (const Seen &s : std::as_const(m_seen)) {
            if (s.base == base && s.ms >= fromMs && s.ms <= toMs && (!found || s.ms >= latest)) {
                found = s.conversation;
                latest = s.ms;
            }
        }
        return found;
    }
    qint64 create() override { return ++m_last; }
    void own(const QString &messageId, qint64 conversation) override { m_owner.insert(messageId, conversation); }
    void merge(qint64 from, qint64 into) override
    {
        for (auto it = m_owner.begin(); it != m_owner.end(); ++it) {
            if (*it == from)
                *it = into;
        }
        for (Seen &s : m_seen) {
            if (s.conversation == from)
                s.conversation = into;
        }
        ++merges;
    }
    /// assignConversation() and the subject the store would keep with the item.
    qint64 add(const ThreadingInput &m)
    {
        const qint64 c = assignConversation(m, *this);
        m_seen.append({baseSubject(m.subject), m.receivedMs, c});
        return c;
    }
    int merges = 0;

private:
    struct Seen {
        QString base;
        qint64 ms;
        qint64 conversation;
    };
    QHash<QString, qint64> m_owner;
    QList<Seen> m_seen;
    qint64 m_last = 0;
};

constexpr qint64 kHour = 60LL * 60 * 1000;
constexpr qint64 kStart = 1796000000000LL;  // 2026-11-29, UTC

ThreadingInput message(const QString &id, const QStringList &references = {}, const QString &subject = QString(),
                       qint64 ms = kStart, const QStringList &inReplyTo = {})
{
    ThreadingInput m;
    m.messageId = id;
    m.references = references;
    m.inReplyTo = inReplyTo;
    m.subject = subject.isNull() ? QStringLiteral("Subject of ") + id : subject;
    m.receivedMs = ms;
    return m;
}

} // namespace

class TestConversations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void linksAreReferencesThenInReplyToWithoutDuplicatesOrSelf()
    {
        const ThreadingInput m = message(QStringLiteral("c@x"), {QStringLiteral("a@x"), QStringLiteral("b@x"), QStringLiteral("c@x")},
                                         {}, kStart, {QStringLiteral("b@x"), QStringLiteral("z@x")});
        QCOMPARE(threadLinks(m), (QStringList{QStringLiteral("a@x"), QStringLiteral("b@x"), QStringLiteral("z@x")}));
        QCOMPARE(referenceIds("<a@x> <b@x>\r\n <c@x>"), (QStringList{QStringLiteral("a@x"), QStringLiteral("b@x"), QStringLiteral("c@x")}));
        QCOMPARE(referenceIds("(comment) <a@x>"), QStringList{QStringLiteral("a@x")});
        QVERIFY(referenceIds("").isEmpty());
    }

    void hostileLinksAreBounded()
    {
        // A References field of 5,000 ids keeps the root and the nearest ancestors; an id longer
        // than a mail line can be is no id.
        QStringList references;
        for (int i = 0; i < 5000; ++i)
            references << QStringLiteral("r%1@x").arg(i);
        const QString huge = QString(2000, QLatin1Char('a')) + QStringLiteral("@x");
        const ThreadingInput m = message(huge, references, {}, kStart, {huge, QStringLiteral("parent@x")});
        const QStringList links = threadLinks(m);
        QCOMPARE(links.size(), kMaxThreadLinks);
        QCOMPARE(links.first(), QStringLiteral("r0@x"));
        QCOMPARE(links.last(), QStringLiteral("parent@x"));
        QCOMPARE(links.at(links.size() - 2), QStringLiteral("r4999@x"));
        QVERIFY(!links.contains(huge));
        MemoryIndex index;
        assignConversation(m, index);
        QVERIFY2(index.conversationOf(huge) == std::nullopt, "the over-long own id is not recorded");
        QVERIFY(index.conversationOf(QStringLiteral("parent@x")).has_value());
        QVERIFY(!index.conversationOf(QStringLiteral("r1@x")).has_value());
    }

    void baseSubjectDropsReplyAndForwardPrefixes()
    {
        bool reply = false;
        QCOMPARE(baseSubject(QStringLiteral("Re: RE[2]: Fwd:  Deploy   plan"), &reply), QStringLiteral("deploy plan"));
        QVERIFY(reply);
        QCOMPARE(baseSubject(QStringLiteral("RES: Orçamento"), &reply), QStringLiteral("orçamento").toCaseFolded());
        QVERIFY(reply);
        QCOMPARE(baseSubject(QStringLiteral("RV: Presupuesto"), &reply), QStringLiteral("presupuesto"));
        QVERIFY(!reply);  // a forward is not a reply
        QCOMPARE(baseSubject(QStringLiteral("AW: Angebot"), &reply), QStringLiteral("angebot"));
        QVERIFY(reply);
        QCOMPARE(baseSubject(QStringLiteral("Hello"), &reply), QStringLiteral("hello"));
        QVERIFY(!reply);
        // A word that only starts like a prefix is the subject.
        QCOMPARE(baseSubject(QStringLiteral("Reunion: Friday"), &reply), QStringLiteral("reunion: friday"));
        QVERIFY(!reply);
    }

    void chainWithAMissingParentIsOneConversation()
    {
        MemoryIndex index;
        const qint64 a = index.add(message(QStringLiteral("a@x")));
        // c replies to b, which never arrives; its References still name the root a.
        const qint64 c = index.add(message(QStringLiteral("c@x"), {QStringLiteral("a@x"), QStringLiteral("b@x")}));
        // d knows only b (a client that writes In-Reply-To alone): bridged through c's chain.
        const qint64 d = index.add(message(QStringLiteral("d@x"), {}, {}, kStart + kHour, {QStringLiteral("b@x")}));
        QCOMPARE(c, a);
        QCOMPARE(d, a);
        QCOMPARE(index.merges, 0);
    }

    void repliesBeforeTheirParentJoinIt()
    {
        MemoryIndex index;
        const qint64 r2 = index.add(message(QStringLiteral("r2@x"), {QStringLiteral("p@x"), QStringLiteral("r1@x")}));
        const qint64 r1 = index.add(message(QStringLiteral("r1@x"), {QStringLiteral("p@x")}));
        const qint64 p = index.add(message(QStringLiteral("p@x")));
        QCOMPARE(r1, r2);
        QCOMPARE(p, r2);

        // Two branches that met nothing in common yet, joined by a later message: they merge
        // into the older conversation.
        const qint64 x = index.add(message(QStringLiteral("x@x"), {QStringLiteral("q@x")}));
        QVERIFY(x != p);
        const qint64 join = index.add(message(QStringLiteral("j@x"), {QStringLiteral("q@x"), QStringLiteral("p@x")}));
        QCOMPARE(join, p);  // p's conversation is older (smaller id)
        QCOMPARE(index.merges, 1);
        QCOMPARE(index.conversationOf(QStringLiteral("x@x")), std::optional<qint64>(p));
        QCOMPARE(index.conversationOf(QStringLiteral("q@x")), std::optional<qint64>(p));
    }

    void theSameMessageInTwoFoldersIsOneConversation()
    {
        MemoryIndex index;
        const qint64 inbox = index.add(message(QStringLiteral("m@x")));
        const qint64 archive = index.add(message(QStringLiteral("m@x")));
        QCOMPARE(archive, inbox);
        // A reply kept in Sent joins it too (threads span folders and sources).
        QCOMPARE(index.add(message(QStringLiteral("sent@x"), {QStringLiteral("m@x")})), inbox);
    }

    void equalSubjectsStayApartUnlessAReplyWithoutLinks()
    {
        MemoryIndex index;
        const qint64 first = index.add(message(QStringLiteral("h1@x"), {}, QStringLiteral("Hello"), kStart));
        const qint64 second = index.add(message(QStringLiteral("h2@x"), {}, QStringLiteral("Hello"), kStart + kHour));
        QVERIFY(first != second);
        // A reply whose client dropped References and In-Reply-To joins by subject, within the
        // window: the most recent conversation with that subject.
        const qint64 reply = index.add(message(QStringLiteral("h3@x"), {}, QStringLiteral("Re: Hello"), kStart + 2 * kHour));
        QCOMPARE(reply, second);
        // Outside the window it starts its own.
        const qint64 late = index.add(message(QStringLiteral("h4@x"), {}, QStringLiteral("Re: Hello"),
                                              kStart + 2 * kHour + kSubjectWindowMs + kHour));
        QVERIFY(late != first && late != second);
        // A reply that names another message never joins by subject.
        const qint64 linked = index.add(message(QStringLiteral("h5@x"), {QStringLiteral("elsewhere@x")},
                                                QStringLiteral("Re: Hello"), kStart + 3 * kHour));
        QVERIFY(linked != first && linked != second && linked != late);
    }

    void sharedCorpusKeepsUnrelatedMessagesApart()
    {
        // The SpamAssassin corpus has no References or In-Reply-To, several equal subjects
        // ("Freemail test" 4 times) and a few messages present twice (same Message-ID).
        const QString root = QStringLiteral(FOCUSINBOX_CORPUS_DIR "/mail/spamassassin-spam");
        QList<ThreadingInput> messages;
        for (const char *sub : {"cur", "new"}) {
            const QDir dir(root + u'/' + QLatin1String(sub));
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
                QFile f(dir.filePath(name));
                QVERIFY(f.open(QIODevice::ReadOnly));
                const auto parsed = parseMessage(f.readAll(), {});
                if (!parsed)
                    continue;
                ThreadingInput m;
                m.messageId = parsed->record.messageId;
                m.subject = parsed->record.subject;
                m.receivedMs = parsed->record.receivedMs;
                for (const auto &[field, value] : parsed->allHeaders) {
                    if (field.compare(QLatin1String("References"), Qt::CaseInsensitive) == 0)
                        m.references += referenceIds(value.toUtf8());
                    else if (field.compare(QLatin1String("In-Reply-To"), Qt::CaseInsensitive) == 0)
                        m.inReplyTo += referenceIds(value.toUtf8());
                }
                messages.append(m);
            }
        }
        QVERIFY(messages.size() > 60);
        std::stable_sort(messages.begin(), messages.end(),
                         [](const ThreadingInput &a, const ThreadingInput &b) { return a.receivedMs < b.receivedMs; });
        MemoryIndex index;
        QHash<qint64, QList<ThreadingInput>> byConversation;
        for (const ThreadingInput &m : std::as_const(messages))
            byConversation[index.add(m)].append(m);

        int withEqualSubjects = 0;
        QHash<QString, int> subjects;
        for (const ThreadingInput &m : std::as_const(messages))
            ++subjects[baseSubject(m.subject)];
        for (const int n : std::as_const(subjects))
            withEqualSubjects += n > 1 ? 1 : 0;
        QVERIFY(withEqualSubjects >= 3);  // the case this test is about is in the corpus

        for (auto it = byConversation.constBegin(); it != byConversation.constEnd(); ++it) {
            QSet<QString> ids;
            for (const ThreadingInput &m : it.value())
                ids.insert(m.messageId);
            if (ids.size() <= 1)
                continue;  // one message, or one message in several copies
            // Different messages share a conversation only through a reply joining by subject.
            bool replyBySubject = false;
            for (const ThreadingInput &m : it.value()) {
                bool reply = false;
                baseSubject(m.subject, &reply);
                replyBySubject = replyBySubject || (reply && threadLinks(m).isEmpty());
            }
            QVERIFY2(replyBySubject, qPrintable(QStringLiteral("conversation %1 joins unrelated messages: %2")
                                                    .arg(it.key())
                                                    .arg(QStringList(ids.cbegin(), ids.cend()).join(u' '))));
        }
        // Copies of one message (same Message-ID) are one conversation, and the corpus has some.
        QHash<QString, qint64> conversationOfId;
        int copies = 0;
        for (auto it = byConversation.constBegin(); it != byConversation.constEnd(); ++it) {
            for (const ThreadingInput &m : it.value()) {
                if (m.messageId.isEmpty())
                    continue;
                QVERIFY(!conversationOfId.contains(m.messageId) || conversationOfId.value(m.messageId) == it.key());
                copies += conversationOfId.contains(m.messageId) ? 1 : 0;
                conversationOfId.insert(m.messageId, it.key());
            }
        }
        QVERIFY(copies >= 1);
        // Everything else is its own conversation: as many as there are distinct Message-IDs.
        QCOMPARE(byConversation.size(), conversationOfId.size() + int(std::count_if(messages.cbegin(), messages.cend(),
                                                                                      [](const ThreadingInput &m) { return m.messageId.isEmpty(); })));
    }
};

QTEST_GUILESS_MAIN(TestConversations)
#include "tst_conversations.moc"
