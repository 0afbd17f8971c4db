// Runs fi::feed::parseFeed over feedparser's test corpus (FOCUSINBOX_CORPUS_DIR/feeds) and checks
// what each file's "Expect:" comment says a correct parser sees, wherever it names something
// FeedDocument has: feed and entry title (title_detail's value is the same text), link, id/guid,
// author (name, email, url), contributors, published/updated dates, description/summary,
// version, encoding and bozo (= !ok || !wellFormed). Other expectations (links lists,
// content types, georss, …) are counted as "not checked".
//
// Values in the expectations are feedparser's: titles and summaries of type HTML are HTML there,
// while FeedDocument holds plain text. The test therefore reads the type of the element from
// the raw file itself (type/mode attributes, inline markup, RSS description = HTML) and reduces
// the expected value with mime::htmlToText when that type is markup, independently of the parser.
//
// Expectations this parser does not meet are listed with a reason each in
// tests/data/feeds/corpus-known-failures.txt; the test fails when an unlisted file fails or a
// listed one passes (so the list stays true). Files in illformed/ must not crash or hang.
#include "mime/htmltext.h"
#include "sources/feed/feedparser.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QtTest>

#include <optional>

using namespace fi::feed;

namespace {

const QString kCorpus = QStringLiteral(FOCUSINBOX_CORPUS_DIR "/feeds");
const QString kKnownFailures =
    QStringLiteral(FOCUSINBOX_TESTDATA_DIR "/feeds/corpus-known-failures.txt");

// ---- the file's comment header -------------------------------------------------------------

struct CorpusFile {
    QString expect;
    QByteArray contentType;
};

CorpusFile headerOf(const QByteArray &bytes)
{
    CorpusFile f;
    // The header is ASCII inside the first comment; decode loosely (UTF-16 files: drop NULs).
    QByteArray ascii = bytes.left(4096);
    ascii.replace('\0', "");
    const QString head = QString::fromLatin1(ascii);
    const qsizetype end = head.indexOf(QLatin1String("-->"));
    const QString comment = head.left(end < 0 ? head.size() : end);
    static const QRegularExpression fieldRe(QStringLiteral(R"(^\s*([A-Za-z]+):\s*(.*)$)"));
    QString current;
    for (const QString &line : comment.split(u'\n')) {
        const auto m = fieldRe.match(line);
        if (m.hasMatch() && (m.captured(1) == u"Expect" || m.captured(1) == u"Header"
                             || m.captured(1) == u"Description" || m.captured(1) == u"SkipUnless"
                             || m.captured(1) == u"Note")) {
            current = m.captured(1);
            if (current == u"Expect")
                f.expect = m.captured(2).trimmed();
            else if (current == u"Header") {
                const QString h = m.captured(2).trimmed();
                if (h.startsWith(u"Content-type:", Qt::CaseInsensitive))
                    f.contentType = h.mid(13).trimmed().toLatin1();
            }
        } else if (current == u"Expect") {
            f.expect += u' ' + line.trimmed();
        }
    }
    // The Expect line is Latin-1 above; re-read it as UTF-8 when the file is UTF-8.
    const QString utf8Head = QString::fromUtf8(bytes.left(4096));
    const qsizetype at = utf8Head.indexOf(QLatin1String("Expect:"));
    if (at >= 0 && !utf8Head.contains(QChar::ReplacementCharacter)) {
        QString e = utf8Head.mid(at + 7);
        const qsizetype stop = e.indexOf(QRegularExpression(QStringLiteral(R"(\n\s*[A-Z][a-zA-Z]*:|-->)")));
        f.expect = e.left(stop < 0 ? e.size() : stop).simplified();
    }
    f.expect = f.expect.simplified();
    return f;
}

// ---- a tiny reader for the Python expressions in "Expect:" ----------------------------------

QStringList splitTopLevel(const QString &s, const QString &sep)
{
    QStringList out;
    int depth = 0;
    QChar quote;
    qsizetype start = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (!quote.isNull()) {
            if (c == u'\\')
                ++i;
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'\'' || c == u'"')
            quote = c;
        else if (c == u'(' || c == u'[' || c == u'{')
            ++depth;
        else if (c == u')' || c == u']' || c == u'}')
            --depth;
        else if (depth == 0 && QStringView(s).mid(i).startsWith(sep)) {
            out << s.mid(start, i - start).trimmed();
            i += sep.size() - 1;
            start = i + 1;
        }
    }
    out << s.mid(start).trimmed();
    return out;
}

/// A Python string literal ('…' or u'…' or "…") → its value.
std::optional<QString> pyString(QString lit)
{
    lit = lit.trimmed();
    if (lit.startsWith(u'u') || lit.startsWith(u'b'))
        lit = lit.mid(1);
    if (lit.size() < 2 || (lit[0] != u'\'' && lit[0] != u'"') || lit.back() != lit[0])
        return std::nullopt;
    const QString body = lit.mid(1, lit.size() - 2);
    QString out;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body[i] != u'\\' || i + 1 >= body.size()) {
            out += body[i];
            continue;
        }
        const QChar e = body[++i];
        auto hex = [&](int n) {
            const uint v = body.mid(i + 1, n).toUInt(nullptr, 16);
            i += n;
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&v), 1);
        };
        if (e == u'x')
            hex(2);
        else if (e == u'u')
            hex(4);
        else if (e == u'U')
            hex(8);
        else if (e == u'n')
            out += u'\n';
        else if (e == u't')
            out += u'\t';
        else
            out += e;
    }
    return out;
}

/// "(2003, 12, 31, 10, 14, 55, 2, 365, 0)" → its numbers.
std::optional<QList<int>> pyTuple(const QString &lit)
{
    const QString t = lit.trimmed();
    if (!t.startsWith(u'(') || !t.endsWith(u')'))
        return std::nullopt;
    QList<int> out;
    for (const QString &p : t.mid(1, t.size() - 2).split(u',')) {
        bool ok = false;
        out << p.trimmed().toInt(&ok);
        if (!ok)
            return std::nullopt;
    }
    return out;
}

/// "{'name': 'A', 'email': 'b', 'href': 'c'}" → map.
std::optional<QMap<QString, QString>> pyDict(const QString &lit)
{
    const QString t = lit.trimmed();
    if (!t.startsWith(u'{') || !t.endsWith(u'}'))
        return std::nullopt;
    QMap<QString, QString> out;
    const QString body = t.mid(1, t.size() - 2).trimmed();
    if (body.isEmpty())
        return out;
    for (const QString &item : splitTopLevel(body, QStringLiteral(","))) {
        const QStringList kv = splitTopLevel(item, QStringLiteral(":"));
        if (kv.size() != 2)
            return std::nullopt;
        const auto k = pyString(kv[0]);
        const auto v = pyString(kv[1]);
        if (!k || !v)
            return std::nullopt;
        out.insert(*k, *v);
    }
    return out;
}

/// "entries[0]['author_detail']['email']" / "entries[0].link" → {"entries", "0", "author_detail", "email"}.
QStringList pathOf(const QString &expr)
{
    QStringList parts;
    static const QRegularExpression tok(QStringLiteral(R"(^([A-Za-z_]+)|\[\s*(\d+)\s*\]|\[\s*'([^']*)'\s*\]|\.([A-Za-z_]+))"));
    qsizetype i = 0;
    const QString e = expr.trimmed();
    while (i < e.size()) {
        const auto m = tok.match(e, i, QRegularExpression::NormalMatch,
                                 QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            return {};
        for (int g = 1; g <= 4; ++g)
            if (m.hasCaptured(g))
                parts << m.captured(g);
        i = m.capturedEnd();
    }
    return parts;
}

// ---- what the raw file says about an element's type -----------------------------------------

/// The raw source of scope "feed" (before the first entry) or "entries[i]".
QString scopeSource(const QString &raw, int entry)
{
    static const QRegularExpression entryStart(QStringLiteral(R"(<(?:[A-Za-z]+:)?(?:entry|item)[\s>/])"));
    if (entry < 0) {
        const auto m = entryStart.match(raw);
        return m.hasMatch() ? raw.left(m.capturedStart()) : raw;
    }
    qsizetype from = 0;
    QRegularExpressionMatch m;
    for (int i = 0; i <= entry; ++i) {
        m = entryStart.match(raw, from);
        if (!m.hasMatch())
            return {};
        from = m.capturedEnd();
    }
    const auto next = entryStart.match(raw, from);
    return raw.mid(m.capturedStart(), next.hasMatch() ? next.capturedStart() - m.capturedStart() : -1);
}

/// Whether feedparser's value for element @p names in @p scope is markup (HTML), judged from
/// the file: type/mode attributes, inline child elements, RSS description being HTML.
bool expectedIsMarkup(const QString &raw, int entry, const QStringList &names,
                      const QString &expected)
{
    const QString src = scopeSource(raw, entry);
    const bool atom = raw.contains(QLatin1String("<feed"));
    for (const QString &name : names) {
        const QRegularExpression re(QStringLiteral(R"(<(?:[A-Za-z]+:)?%1(\s[^>]*)?>(.*?)</(?:[A-Za-z]+:)?%1>)").arg(name),
                                    QRegularExpression::DotMatchesEverythingOption);
        const auto m = re.match(src);
        if (!m.hasMatch())
            continue;
        const QString attrs = m.captured(1);
        const QString content = m.captured(2);
        static const QRegularExpression typeRe(QStringLiteral(R"(\btype\s*=\s*["']([^"']*)["'])"));
        static const QRegularExpression modeRe(QStringLiteral(R"(\bmode\s*=\s*["']([^"']*)["'])"));
        const QString type = typeRe.match(attrs).captured(1).toLower();
        const QString mode = modeRe.match(attrs).captured(1).toLower();
        if (type == u"text" || type == u"text/plain")
            return false;
        if (type == u"html" || type == u"text/html" || type == u"xhtml"
            || type == u"application/xhtml+xml" || mode == u"escaped")
            return true;
        if (mode == u"base64")
            return false;
        static const QRegularExpression child(QStringLiteral(R"(<[A-Za-z])"));
        if (child.match(content).hasMatch())
            return true;
        if (atom)
            return false;
        if (name == u"description")
            return true;
        static const QRegularExpression htmlish(QStringLiteral(R"(<[A-Za-z/]|&#?\w+;)"));
        return htmlish.match(expected).hasMatch();
    }
    return false;
}

QString expectedText(const QString &raw, int entry, const QStringList &names,
                     const QString &expected, bool oneLine)
{
    const QString t = expectedIsMarkup(raw, entry, names, expected)
        ? fi::mime::htmlToText(expected).trimmed()
        : expected.trimmed();
    return oneLine ? t.simplified() : t;
}

QString feedparserAuthor(const FeedPerson &p)
{
    if (!p.name.isEmpty() && !p.email.isEmpty())
        return p.name + QStringLiteral(" (") + p.email + u')';
    return p.name.isEmpty() ? p.email : p.name;
}

QString versionOf(FeedFormat f)
{
    switch (f) {
    case FeedFormat::Rss090: return QStringLiteral("rss090");
    case FeedFormat::Rss091: return QStringLiteral("rss091");
    case FeedFormat::Rss10: return QStringLiteral("rss10");
    case FeedFormat::Rss20: return QStringLiteral("rss20");
    case FeedFormat::Atom03: return QStringLiteral("atom03");
    case FeedFormat::Atom10: return QStringLiteral("atom10");
    case FeedFormat::JsonFeed: return QStringLiteral("json1");
    case FeedFormat::Unknown: break;
    }
    return {};
}

QList<int> timeTuple(qint64 ms)
{
    if (!ms)
        return {};
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return {t.date().year(), t.date().month(), t.date().day(), t.time().hour(),
            t.time().minute(), t.time().second(), t.date().dayOfWeek() - 1,
            t.date().dayOfYear(), 0};
}

enum class Verdict { Pass, Fail, NotChecked };

struct Evaluation {
    int checked = 0;
    int passed = 0;
    int notChecked = 0;
    QStringList failures; ///< What differed.
    QStringList unchecked; ///< Terms not checked.
};

class Evaluator {
public:
    Evaluator(const FeedParseResult &r, const QString &raw) : r_(r), raw_(raw) {}

    Evaluation run(const QString &expect)
    {
        Evaluation ev;
        for (const QString &term : splitTopLevel(expect, QStringLiteral(" and "))) {
            QString why;
            switch (evalTerm(term, &why)) {
            case Verdict::Pass:
                ++ev.checked;
                ++ev.passed;
                break;
            case Verdict::Fail:
                ++ev.checked;
                ev.failures << term + QStringLiteral("  [ours: ") + why + u']';
                break;
            case Verdict::NotChecked:
                ++ev.notChecked;
                ev.unchecked << term;
                break;
            }
        }
        return ev;
    }

private:
    const FeedParseResult &r_;
    const QString &raw_;

    bool bozo() const { return !r_.ok || !r_.wellFormed; }

    Verdict evalTerm(const QString &term, QString *why)
    {
        if (term == u"bozo" || term == u"not bozo") {
            const bool want = term == u"bozo";
            *why = QStringLiteral("bozo=%1 %2").arg(bozo()).arg(r_.error + r_.warnings.join(QStringLiteral("; ")));
            return bozo() == want ? Verdict::Pass : Verdict::Fail;
        }
        const QStringList sides = splitTopLevel(term, QStringLiteral("=="));
        if (sides.size() < 2)
            return Verdict::NotChecked; // "1", isinstance(...), ...
        const QString literal = sides.back();
        bool any = false;
        for (qsizetype i = 0; i + 1 < sides.size(); ++i) {
            const Verdict v = compare(sides[i], literal, why);
            if (v == Verdict::Fail)
                return v;
            any = any || v == Verdict::Pass;
            if (v == Verdict::NotChecked)
                return v;
        }
        return any ? Verdict::Pass : Verdict::NotChecked;
    }

    Verdict compareString(const QString &ours, const QString &expected, QString *why)
    {
        *why = QStringLiteral("'%1' vs '%2'").arg(ours, expected);
        return ours == expected ? Verdict::Pass : Verdict::Fail;
    }

    Verdict compare(const QString &lhs, const QString &literal, QString *why)
    {
        const QStringList p = pathOf(lhs);
        if (p.isEmpty())
            return Verdict::NotChecked;
        if (p == QStringList{QStringLiteral("encoding")}) {
            const auto s = pyString(literal);
            if (!s)
                return Verdict::NotChecked;
            *why = r_.encoding;
            return r_.encoding.compare(*s, Qt::CaseInsensitive) == 0 ? Verdict::Pass : Verdict::Fail;
        }
        if (p == QStringList{QStringLiteral("version")}) {
            const auto s = pyString(literal);
            if (!s)
                return Verdict::NotChecked;
            return compareString(versionOf(r_.document.format), *s, why);
        }
        int entry = -1;
        qsizetype k = 0;
        if (p[0] == u"feed") {
            k = 1;
        } else if (p[0] == u"entries" && p.size() > 2) {
            entry = p[1].toInt();
            k = 2;
        } else {
            return Verdict::NotChecked;
        }
        if (entry >= 0 && entry >= r_.document.entries.size()) {
            *why = QStringLiteral("only %1 entries").arg(r_.document.entries.size());
            return Verdict::Fail;
        }
        const FeedEntry *e = entry >= 0 ? &r_.document.entries[entry] : nullptr;
        const FeedDocument &d = r_.document;
        const QStringList rest = p.mid(k);
        const QString field = rest.value(0);
        const auto str = pyString(literal);

        if ((field == u"title" && rest.size() == 1)
            || (field == u"title_detail" && rest.value(1) == u"value")) {
            if (!str)
                return Verdict::NotChecked;
            return compareString(e ? e->title : d.title,
                                 expectedText(raw_, entry, {QStringLiteral("title")}, *str, true),
                                 why);
        }
        const bool summaryField = field == u"description" || field == u"summary"
            || field == u"subtitle" || field == u"tagline";
        const bool summaryDetail = field == u"summary_detail" || field == u"subtitle_detail"
            || field == u"tagline_detail";
        if ((summaryField && rest.size() == 1) || (summaryDetail && rest.value(1) == u"value")) {
            if (!str)
                return Verdict::NotChecked;
            const QStringList names = {QStringLiteral("description"), QStringLiteral("summary"),
                                       QStringLiteral("tagline"), QStringLiteral("subtitle"),
                                       QStringLiteral("content")};
            return compareString(e ? e->summary : d.description,
                                 expectedText(raw_, entry, names, *str, false), why);
        }
        if (field == u"link" && rest.size() == 1) {
            if (!str)
                return Verdict::NotChecked;
            return compareString(e ? e->link : d.link, *str, why);
        }
        if ((field == u"id" || field == u"guid") && rest.size() == 1) {
            if (!str)
                return Verdict::NotChecked;
            return compareString(e ? e->id : d.id, *str, why);
        }
        const FeedPerson &author = e ? e->author : d.author;
        if (field == u"author" && rest.size() == 1) {
            if (!str)
                return Verdict::NotChecked;
            return compareString(feedparserAuthor(author), *str, why);
        }
        if (field == u"author_detail" && rest.size() == 2 && str)
            return comparePerson(author, rest[1], *str, why);
        if (field == u"contributors" && e && rest.size() >= 2) {
            const int i = rest[1].toInt();
            if (i >= e->contributors.size()) {
                *why = QStringLiteral("only %1 contributors").arg(e->contributors.size());
                return Verdict::Fail;
            }
            const FeedPerson &c = e->contributors[i];
            if (rest.size() == 3 && str)
                return comparePerson(c, rest[2], *str, why);
            if (rest.size() == 2) {
                const auto dict = pyDict(literal);
                if (!dict)
                    return Verdict::NotChecked;
                for (auto it = dict->begin(); it != dict->end(); ++it)
                    if (comparePerson(c, it.key(), it.value(), why) == Verdict::Fail)
                        return Verdict::Fail;
                return Verdict::Pass;
            }
            return Verdict::NotChecked;
        }
        if ((field == u"published_parsed" || field == u"updated_parsed") && rest.size() == 1) {
            const auto tuple = pyTuple(literal);
            if (!tuple)
                return Verdict::NotChecked;
            qint64 ms = 0;
            if (e)
                ms = field == u"published_parsed" ? e->publishedMs : e->updatedMs;
            else if (field == u"updated_parsed")
                ms = d.updatedMs;
            else
                return Verdict::NotChecked;
            const QList<int> ours = timeTuple(ms);
            *why = QStringLiteral("%1").arg(ms);
            return ours == *tuple ? Verdict::Pass : Verdict::Fail;
        }
        return Verdict::NotChecked;
    }

    static Verdict comparePerson(const FeedPerson &p, const QString &key, const QString &expected,
                                 QString *why)
    {
        QString ours;
        if (key == u"name")
            ours = p.name;
        else if (key == u"email")
            ours = p.email;
        else if (key == u"url" || key == u"href" || key == u"uri")
            ours = p.uri;
        else
            return Verdict::NotChecked;
        *why = QStringLiteral("%1='%2' vs '%3'").arg(key, ours, expected);
        return ours == expected ? Verdict::Pass : Verdict::Fail;
    }
};

QMap<QString, QString> readKnownFailures()
{
    QMap<QString, QString> known;
    QFile f(kKnownFailures);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(kKnownFailures));
    for (const QByteArray &lineBytes : f.readAll().split('\n')) {
        const QString line = QString::fromUtf8(lineBytes).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype bar = line.indexOf(u'|');
        if (bar < 0)
            qFatal("known-failures line without ' | reason': %s", qPrintable(line));
        known.insert(line.left(bar).trimmed(), line.mid(bar + 1).trimmed());
    }
    return known;
}

} // namespace

class TestFeedCorpus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void expectations()
    {
        const QMap<QString, QString> known = readKnownFailures();
        QStringList unexpectedFailures;
        QStringList unexpectedPasses;
        QStringList knownSeen;
        int totalFiles = 0;
        const QDir root(kCorpus);
        const QStringList dirs = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY2(dirs.size() >= 5, qPrintable(kCorpus));
        for (const QString &dir : dirs) {
            int files = 0;
            int filesChecked = 0;
            int filesPassed = 0;
            int filesNotChecked = 0;
            int termsChecked = 0;
            int termsPassed = 0;
            int termsNotChecked = 0;
            const QStringList names = QDir(root.filePath(dir)).entryList(QDir::Files, QDir::Name);
            for (const QString &name : names) {
                const QString rel = dir + u'/' + name;
                QFile file(root.filePath(rel));
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray bytes = file.readAll();
                const CorpusFile header = headerOf(bytes);
                FeedParseInput in;
                in.bytes = bytes;
                in.contentType = header.contentType;
                in.url = QUrl(QStringLiteral("http://127.0.0.1:8097/tests/") + rel);
                QElapsedTimer timer;
                timer.start();
                const FeedParseResult r = parseFeed(in);
                QVERIFY2(timer.elapsed() < 2000, qPrintable(rel + QStringLiteral(": too slow")));
                if (!r.ok)
                    QVERIFY2(!r.error.isEmpty(), qPrintable(rel + QStringLiteral(": no error text")));
                ++files;
                ++totalFiles;
                const QString raw = QString::fromUtf8(bytes);
                Evaluator evaluator(r, raw);
                const Evaluation ev = evaluator.run(header.expect);
                termsChecked += ev.checked;
                termsPassed += ev.passed;
                termsNotChecked += ev.notChecked;
                if (qEnvironmentVariableIsSet("FEEDCORPUS_VERBOSE"))
                    for (const QString &t : ev.unchecked)
                        qInfo().noquote() << "not checked:" << rel << t;
                if (ev.checked == 0) {
                    ++filesNotChecked;
                    continue;
                }
                ++filesChecked;
                const bool pass = ev.failures.isEmpty();
                if (pass)
                    ++filesPassed;
                if (known.contains(rel)) {
                    knownSeen << rel;
                    if (pass)
                        unexpectedPasses << rel;
                } else if (!pass) {
                    unexpectedFailures << rel + QStringLiteral(": ") + ev.failures.join(QStringLiteral("; "));
                }
            }
            qInfo().noquote() << QStringLiteral(
                                     "%1: %2 files — %3 checked, %4 passed, %5 not checked; "
                                     "expectation terms: %6 checked, %7 passed, %8 not checked")
                                     .arg(dir)
                                     .arg(files)
                                     .arg(filesChecked)
                                     .arg(filesPassed)
                                     .arg(filesNotChecked)
                                     .arg(termsChecked)
                                     .arg(termsPassed)
                                     .arg(termsNotChecked);
        }
        QVERIFY(totalFiles >= 300);
        for (auto it = known.begin(); it != known.end(); ++it)
            if (!knownSeen.contains(it.key()))
                unexpectedPasses << it.key() + QStringLiteral(" (listed but not a checked file)");
        for (const QString &f : unexpectedFailures)
            qWarning().noquote() << "FAIL (not in the known-failures list):" << f;
        for (const QString &f : unexpectedPasses)
            qWarning().noquote() << "PASSES but is listed as a known failure:" << f;
        QVERIFY2(unexpectedFailures.isEmpty(), "unlisted failures (see warnings)");
        QVERIFY2(unexpectedPasses.isEmpty(), "listed known failures that pass (see warnings)");
    }
};

QTEST_GUILESS_MAIN(TestFeedCorpus)
#include "tst_feedcorpus.moc"
