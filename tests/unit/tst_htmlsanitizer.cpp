// The HTML sanitizer (models/mime/htmlsanitizer.h): a feed entry's HTML reduced to an allow-list
// of elements and attributes that loads and runs nothing. Every output is also checked
// structurally: each '<' starts an allowed tag with allowed, quoted attributes.
#include "mime/htmlsanitizer.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using fi::mime::SanitizedHtml;
using fi::mime::SanitizeOptions;
using fi::mime::sanitizeHtml;

namespace {

const QUrl kBase(QStringLiteral("https://blog.example.org/posts/entry.html"));

SanitizedHtml sanitize(const QString &html, bool images = false, const QUrl &base = kBase)
{
    SanitizeOptions options;
    options.baseUrl = base;
    options.allowRemoteImages = images;
    return sanitizeHtml(html, options);
}

/// Empty when every tag of @p html is allowed and well formed; else what is wrong.
QString structureProblem(const QString &html)
{
    static const QSet<QString> tags = {
        QStringLiteral("p"), QStringLiteral("br"), QStringLiteral("hr"), QStringLiteral("a"), QStringLiteral("b"),
        QStringLiteral("i"), QStringLiteral("em"), QStringLiteral("strong"), QStringLiteral("code"),
        QStringLiteral("pre"), QStringLiteral("blockquote"), QStringLiteral("ul"), QStringLiteral("ol"),
        QStringLiteral("li"), QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"),
        QStringLiteral("h5"), QStringLiteral("h6"), QStringLiteral("table"), QStringLiteral("thead"),
        QStringLiteral("tbody"), QStringLiteral("tfoot"), QStringLiteral("tr"), QStringLiteral("td"),
        QStringLiteral("th"), QStringLiteral("caption"), QStringLiteral("img"), QStringLiteral("div"),
        QStringLiteral("span"), QStringLiteral("u"), QStringLiteral("s"), QStringLiteral("strike"),
        QStringLiteral("del"), QStringLiteral("ins"), QStringLiteral("sub"), QStringLiteral("sup"),
        QStringLiteral("small"), QStringLiteral("big"), QStringLiteral("cite"), QStringLiteral("q"),
        QStringLiteral("abbr"), QStringLiteral("dfn"), QStringLiteral("mark"), QStringLiteral("center"),
        QStringLiteral("tt"), QStringLiteral("kbd"), QStringLiteral("samp"), QStringLiteral("var"),
        QStringLiteral("dl"), QStringLiteral("dt"), QStringLiteral("dd")};
    static const QSet<QString> attrs = {QStringLiteral("href"), QStringLiteral("title"), QStringLiteral("src"),
                                        QStringLiteral("alt"), QStringLiteral("width"), QStringLiteral("height"),
                                        QStringLiteral("colspan"), QStringLiteral("rowspan"), QStringLiteral("start"),
                                        QStringLiteral("border"), QStringLiteral("cellpadding"),
                                        QStringLiteral("cellspacing"), QStringLiteral("align")};
    static const QRegularExpression tag(QStringLiteral("^<(/?)([a-z0-9]+)((?: [a-z]+=\"[^\"<>]*\")*)>"));
    static const QRegularExpression attr(QStringLiteral(" ([a-z]+)=\"([^\"]*)\""));
    for (qsizetype i = html.indexOf(u'<'); i >= 0; i = html.indexOf(u'<', i + 1)) {
        // A short copy: Qt checks the whole subject's UTF-16 on every match call.
        const QRegularExpressionMatch m = tag.match(html.mid(i, 9000));
        if (!m.hasMatch())
            return QStringLiteral("malformed tag at %1: %2").arg(i).arg(html.mid(i, 40));
        if (!tags.contains(m.captured(2)))
            return QStringLiteral("tag %1").arg(m.captured(2));
        for (auto it = attr.globalMatch(m.captured(3)); it.hasNext();) {
            const auto a = it.next();
            if (!attrs.contains(a.captured(1)))
                return QStringLiteral("attribute %1").arg(a.captured(1));
            if (a.captured(1) == QLatin1String("href") || a.captured(1) == QLatin1String("src")) {
                const QString scheme = QUrl(a.captured(2)).scheme();
                if (scheme != QLatin1String("http") && scheme != QLatin1String("https")
                    && !(scheme == QLatin1String("mailto") && a.captured(1) == QLatin1String("href")))
                    return QStringLiteral("URL %1").arg(a.captured(2));
            }
        }
    }
    return {};
}

#define VERIFY_STRUCTURE(html)                                                                     \
    do {                                                                                           \
        const QString problem_ = structureProblem(html);                                          \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_ + QStringLiteral(" in: ") + (html).left(300))); \
    } while (false)

} // namespace

class TestHtmlSanitizer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keepsFormatting()
    {
        const SanitizedHtml out = sanitize(QStringLiteral(
            "<h2>Release</h2><p>Read <b>this</b>, <em>that</em> and <code>x &lt; y</code>.</p>"
            "<ul><li>one</li><li>two</li></ul><blockquote>quoted</blockquote><pre>a  b\n c</pre>"
            "<table><tr><td colspan=\"2\">cell</td></tr></table>"));
        QCOMPARE(out.html, QStringLiteral(
            "<h2>Release</h2><p>Read <b>this</b>, <em>that</em> and <code>x &lt; y</code>.</p>"
            "<ul><li>one</li><li>two</li></ul><blockquote>quoted</blockquote><pre>a  b\n c</pre>"
            "<table><tr><td colspan=\"2\">cell</td></tr></table>"));
        QVERIFY(!out.removedActiveContent);
        QVERIFY(out.remoteImages.isEmpty());
    }

    void dropsActiveElementsWithTheirContent_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("script") << QStringLiteral("<script>alert('pwned')</script>");
        QTest::newRow("script-caps") << QStringLiteral("<SCRIPT type=text/javascript>alert('pwned')</SCRIPT>");
        QTest::newRow("style") << QStringLiteral("<style>p{background:url(http://t.example/pwned)}</style>");
        QTest::newRow("iframe") << QStringLiteral("<iframe src=\"https://evil.example/pwned\">pwned</iframe>");
        QTest::newRow("object") << QStringLiteral("<object data=\"x.swf\"><param name=a value=pwned>pwned</object>");
        QTest::newRow("embed") << QStringLiteral("<embed src=\"https://evil.example/pwned.swf\">");
        QTest::newRow("form") << QStringLiteral("<form action=\"https://evil.example\"><input value=pwned>"
                                                "<button>pwned</button><textarea>pwned</textarea></form>");
        QTest::newRow("svg") << QStringLiteral("<svg onload=\"alert(1)\"><script>pwned</script><text>pwned</text></svg>");
        QTest::newRow("math") << QStringLiteral("<math><mtext>pwned</mtext></math>");
        QTest::newRow("meta-refresh") << QStringLiteral("<meta http-equiv=refresh content=\"0;url=https://evil.example/pwned\">");
        QTest::newRow("link") << QStringLiteral("<link rel=stylesheet href=\"https://evil.example/pwned.css\">");
        QTest::newRow("base") << QStringLiteral("<base href=\"https://evil.example/pwned/\">");
        QTest::newRow("video") << QStringLiteral("<video src=\"https://evil.example/pwned.mp4\" poster=\"p.png\">pwned</video>");
        QTest::newRow("noscript") << QStringLiteral("<noscript><img src=\"https://evil.example/pwned.gif\"></noscript>");
        QTest::newRow("unclosed-script") << QStringLiteral("<script>pwned");
    }

    void dropsActiveElementsWithTheirContent()
    {
        QFETCH(QString, html);
        const SanitizedHtml out = sanitize(QStringLiteral("<p>before</p>") + html + QStringLiteral("<p>after</p>"));
        VERIFY_STRUCTURE(out.html);
        QVERIFY2(!out.html.contains(QLatin1String("pwned"), Qt::CaseInsensitive), qPrintable(out.html));
        QVERIFY2(!out.html.contains(QLatin1String("evil")), qPrintable(out.html));
        QVERIFY2(out.html.startsWith(QLatin1String("<p>before</p>")), qPrintable(out.html));
        if (!html.startsWith(QLatin1String("<script>pwned")))
            QVERIFY2(out.html.endsWith(QLatin1String("<p>after</p>")), qPrintable(out.html));
        QVERIFY(out.removedActiveContent);
        QVERIFY(out.remoteImages.isEmpty());
    }

    void dropsEventHandlersAndStyles()
    {
        const SanitizedHtml out = sanitize(QStringLiteral(
            "<p onclick=\"alert(1)\" style=\"background:url(https://t.example/x)\" class=c id=i>text</p>"
            "<a href=\"https://ok.example/\" onmouseover=\"alert(2)\" style=\"color:red\">link</a>"
            "<div ONLOAD=\"x()\" bgcolor=red background=\"https://t.example/bg.png\">d</div>"));
        VERIFY_STRUCTURE(out.html);
        QCOMPARE(out.html, QStringLiteral("<p>text</p><a href=\"https://ok.example/\">link</a><div>d</div>"));
        QVERIFY(out.removedActiveContent);
    }

    void checksLinks_data()
    {
        QTest::addColumn<QString>("href");
        QTest::addColumn<QUrl>("base");
        QTest::addColumn<QString>("expected");  // empty = the link is dropped, its text kept
        QTest::newRow("https") << "https://example.org/a?b=c#d" << kBase << "https://example.org/a?b=c#d";
        QTest::newRow("http") << "http://example.org/" << kBase << "http://example.org/";
        QTest::newRow("mailto") << "mailto:ana@example.org" << kBase << "mailto:ana@example.org";
        QTest::newRow("relative") << "../about" << kBase << "https://blog.example.org/about";
        QTest::newRow("root-relative") << "/feed" << kBase << "https://blog.example.org/feed";
        QTest::newRow("scheme-relative") << "//cdn.example.net/x" << kBase << "https://cdn.example.net/x";
        QTest::newRow("fragment") << "#top" << kBase << "https://blog.example.org/posts/entry.html#top";
        QTest::newRow("javascript") << "javascript:alert(1)" << kBase << "";
        QTest::newRow("javascript-mixed-case") << "JaVaScRiPt:alert(1)" << kBase << "";
        QTest::newRow("javascript-tab") << "java\tscript:alert(1)" << kBase << "";
        QTest::newRow("javascript-entity") << "java&#x09;script:alert(1)" << kBase << "";
        QTest::newRow("javascript-space") << "  javascript:alert(1)" << kBase << "";
        QTest::newRow("data") << "data:text/html;base64,PHNjcmlwdD4=" << kBase << "";
        QTest::newRow("file") << "file:///etc/passwd" << kBase << "";
        QTest::newRow("vbscript") << "vbscript:msgbox" << kBase << "";
        QTest::newRow("ftp") << "ftp://files.example.org/x" << kBase << "";
        QTest::newRow("relative-to-file") << "notes.txt" << QUrl(QStringLiteral("file:///home/u/feed.xml")) << "";
        QTest::newRow("relative-no-base") << "notes.txt" << QUrl() << "";
        QTest::newRow("no-host") << "https:///x" << kBase << "";
        QTest::newRow("empty") << "" << kBase << "";
    }

    void checksLinks()
    {
        QFETCH(QString, href);
        QFETCH(QUrl, base);
        QFETCH(QString, expected);
        const SanitizedHtml out = sanitize(QStringLiteral("<a href=\"%1\">the text</a>").arg(href), false, base);
        VERIFY_STRUCTURE(out.html);
        if (expected.isEmpty()) {
            QCOMPARE(out.html, QStringLiteral("the text"));
            QVERIFY(out.removedActiveContent);
        } else {
            QCOMPARE(out.html, QStringLiteral("<a href=\"%1\">the text</a>").arg(expected));
        }
    }

    void imagesPerOption()
    {
        const QString html = QStringLiteral(
            "<p>A<img src=\"/img/chart.png\" alt=\"Chart\" width=\"300\" height=\"99999\">"
            "<img src=\"https://t.example/pixel.gif\" width=1 height=1>"
            "<img src=\"/img/chart.png\" alt=\"again\">"
            "<img src=\"file:///home/u/secret.png\" alt=\"local\">"
            "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"inline\">"
            "<img src=\"javascript:alert(1)\" onerror=\"alert(2)\">B</p>");
        const QList<QUrl> expectedImages = {QUrl(QStringLiteral("https://blog.example.org/img/chart.png")),
                                            QUrl(QStringLiteral("https://t.example/pixel.gif"))};

        const SanitizedHtml blocked = sanitize(html, false);
        VERIFY_STRUCTURE(blocked.html);
        QCOMPARE(blocked.html, QStringLiteral("<p>A[Chart][again][local][inline]B</p>"));
        QCOMPARE(blocked.remoteImages, expectedImages);
        QVERIFY(blocked.removedActiveContent);  // file:, data:, javascript: and onerror

        const SanitizedHtml allowed = sanitize(html, true);
        VERIFY_STRUCTURE(allowed.html);
        QCOMPARE(allowed.html, QStringLiteral(
            "<p>A<img src=\"https://blog.example.org/img/chart.png\" alt=\"Chart\" width=\"300\">"
            "<img src=\"https://t.example/pixel.gif\" alt=\"\" width=\"1\" height=\"1\">"
            "<img src=\"https://blog.example.org/img/chart.png\" alt=\"again\">[local][inline]B</p>"));
        QCOMPARE(allowed.remoteImages, expectedImages);
    }

    void entitiesAndTextStayText()
    {
        const SanitizedHtml out = sanitize(QStringLiteral(
            "<p>&amp;lt;script&amp;gt; &lt;b&gt;not bold&lt;/b&gt; &eacute;t&eacute; &#x1F600; &#8212; &nbsp;x"
            " &bogus; a < b</p>"));
        VERIFY_STRUCTURE(out.html);
        QVERIFY2(out.html.startsWith(QStringLiteral(
                     "<p>&amp;lt;script&amp;gt; &lt;b&gt;not bold&lt;/b&gt; \u00e9t\u00e9 \U0001F600 \u2014 \u00a0x")),
                 qPrintable(out.html));
        QVERIFY2(out.html.contains(QLatin1String("&amp;bogus;")), qPrintable(out.html));
        QVERIFY2(out.html.endsWith(QLatin1String("&amp;bogus; a &lt; b</p>")), qPrintable(out.html));
        QVERIFY(!out.html.contains(QLatin1String("<b>")));
        QVERIFY(!out.removedActiveContent);
    }

    void titleAndCommentsAreNotShown()
    {
        const SanitizedHtml out = sanitize(QStringLiteral(
            "<html><head><title>Page title</title></head><body><!-- a comment <script>x</script> -->"
            "<p>Body</p><![CDATA[ raw ]]><?php echo 1 ?></body></html>"));
        VERIFY_STRUCTURE(out.html);
        QVERIFY2(out.html.contains(QLatin1String("<p>Body</p>")), qPrintable(out.html));
        QVERIFY2(!out.html.contains(QLatin1String("Page title")), qPrintable(out.html));
        QVERIFY2(!out.html.contains(QLatin1String("comment")), qPrintable(out.html));
        QVERIFY2(!out.html.contains(QLatin1String("php")), qPrintable(out.html));
    }

    void brokenMarkup_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("unclosed") << QStringLiteral("<p><b>bold <i>both");
        QTest::newRow("stray-lt") << QStringLiteral("a < b > c <<<>>> <");
        QTest::newRow("misnested") << QStringLiteral("<b><i>x</b></i><table><p>y</td></tr>");
        QTest::newRow("attr-garbage") << QStringLiteral("<a href=\"https://x.example/ <p onclick=alert(1)>z");
        QTest::newRow("quote-break") << QStringLiteral("<img src=x\" onerror=\"alert(1)\">");
        QTest::newRow("nul") << QStringLiteral("a\u0000b<scr\u0000ipt>alert(1)</script>");
        QTest::newRow("meta-charset") << QStringLiteral("<meta charset=\"utf-16\"><p>still \u00e9</p>");
        QTest::newRow("lone-surrogate") << (QStringLiteral("x") + QChar(0xd800) + QStringLiteral("<p>y</p>"));
        QTest::newRow("doctype") << QStringLiteral("<!DOCTYPE html SYSTEM \"http://evil.example/x.dtd\"><p>z</p>");
        QTest::newRow("xxe") << QStringLiteral("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><p>&e;</p>");
        QTest::newRow("empty") << QString();
        QTest::newRow("whitespace") << QStringLiteral("  \n ");
    }

    void brokenMarkup()
    {
        QFETCH(QString, html);
        const SanitizedHtml out = sanitize(html);
        VERIFY_STRUCTURE(out.html);
        QVERIFY(!out.html.contains(QLatin1String("root:")));  // nothing of /etc/passwd
        QVERIFY(!out.html.contains(QLatin1String("evil")));
        if (QTest::currentDataTag() == QLatin1String("meta-charset"))
            QVERIFY2(out.html.contains(QStringLiteral("still \u00e9")), qPrintable(out.html));
        if (QTest::currentDataTag() == QLatin1String("stray-lt"))
            QVERIFY2(out.html.contains(QLatin1String("a &lt; b &gt; c")), qPrintable(out.html));
    }

    /// Nesting past the sanitizer's bound keeps the text but not the elements; nesting far past
    /// libxml2's own bound (256) ends the parse there: no stack overflow, bounded time, and what
    /// came before is kept.
    void deepNestingIsBounded()
    {
        const auto maxNesting = [](const QString &html) {
            int depth = 0, maxDepth = 0;
            for (qsizetype i = 0; i + 1 < html.size(); ++i) {
                if (html.at(i) != u'<' || html.at(i + 1) == u'b' && html.mid(i, 4) == QLatin1String("<br>"))
                    continue;
                depth += html.at(i + 1) == u'/' ? -1 : 1;
                maxDepth = std::max(maxDepth, depth);
            }
            return maxDepth;
        };
        for (const QString &tag : {QStringLiteral("div"), QStringLiteral("font"), QStringLiteral("blockquote")}) {
            for (const int nesting : {200, 200000}) {
                QString html = QStringLiteral("<p>intro</p>");
                html.reserve(nesting * 14 + 32);
                for (int i = 0; i < nesting; ++i)
                    html += QStringLiteral("<%1>").arg(tag);
                html += QStringLiteral("deep text");
                QElapsedTimer timer;
                timer.start();
                const SanitizedHtml out = sanitize(html);
                QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
                VERIFY_STRUCTURE(out.html);
                QVERIFY2(out.html.startsWith(QLatin1String("<p>intro</p>")), qPrintable(out.html.left(200)));
                if (nesting < 256)
                    QVERIFY2(out.html.contains(QLatin1String("deep text")), qPrintable(tag));
                QVERIFY2(maxNesting(out.html) <= 48, qPrintable(QString::number(maxNesting(out.html))));
            }
        }
    }

    /// Huge input is cut at maxInputChars; a million table cells do not become a million elements.
    void hugeInputIsBounded()
    {
        QString cells;
        cells.reserve(12 * 1000000);
        cells += QStringLiteral("<table><tr>");
        for (int i = 0; i < 1000000; ++i)
            cells += QStringLiteral("<td>x</td>");
        SanitizeOptions options;
        options.baseUrl = kBase;
        QElapsedTimer timer;
        timer.start();
        SanitizedHtml out = sanitizeHtml(cells, options);
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
        VERIFY_STRUCTURE(out.html);
        QVERIFY2(out.html.count(QLatin1String("<td>")) <= 20000, qPrintable(QString::number(out.html.count(QLatin1String("<td>")))));
        QVERIFY(out.html.size() < cells.size());

        options.maxInputChars = 1000;
        const QString text = QStringLiteral("<p>") + QString(100000, u'a') + QStringLiteral("TAIL</p>");
        out = sanitizeHtml(text, options);
        QVERIFY(!out.html.contains(QLatin1String("TAIL")));
        QVERIFY(out.html.size() < 1100);
        QVERIFY(out.html.contains(QString(900, u'a')));
    }

    /// Tables QTextDocument would need seconds to lay out (deeply nested, very wide, too many
    /// cells) are written as blocks; their text stays.
    void tablesAreBounded()
    {
        const auto repeat = [](const QString &s, int n) {
            QString out;
            for (int i = 0; i < n; ++i)
                out += s;
            return out;
        };
        // Nested: three levels stay tables, the fourth and deeper become blocks.
        SanitizedHtml out = sanitize(repeat(QStringLiteral("<table><tr><td>"), 6) + QStringLiteral("core"));
        VERIFY_STRUCTURE(out.html);
        QCOMPARE(out.html.count(QLatin1String("<table>")), 3);
        QVERIFY(out.html.contains(QLatin1String("core")));
        // Wide: 65 columns in a row is text in blocks; 64 is a table.
        out = sanitize(QStringLiteral("<table><tr>") + repeat(QStringLiteral("<td>c</td>"), 65) + QStringLiteral("</tr></table>"));
        VERIFY_STRUCTURE(out.html);
        QCOMPARE(out.html.count(QLatin1String("<td>")), 0);
        QCOMPARE(out.html.count(u'c'), 65);
        out = sanitize(QStringLiteral("<table><tr>") + repeat(QStringLiteral("<td>c</td>"), 64) + QStringLiteral("</tr></table>"));
        QCOMPARE(out.html.count(QLatin1String("<td>")), 64);
        // Many: 2000 cells (spans counted by area) in all, then blocks.
        out = sanitize(repeat(QStringLiteral("<table><tr><td colspan=10 rowspan=10>x</td></tr></table>"), 30));
        VERIFY_STRUCTURE(out.html);
        QCOMPARE(out.html.count(QLatin1String("<table>")), 20);
        QCOMPARE(out.html.count(u'x'), 30);
    }

    void imageCountIsBounded()
    {
        QString html;
        for (int i = 0; i < 300; ++i)
            html += QStringLiteral("<img src=\"/i/%1.png\" alt=\"a%1\" width=\"9999\" height=\"100\">").arg(i);
        const SanitizedHtml out = sanitize(html, true);
        VERIFY_STRUCTURE(out.html);
        QCOMPARE(out.html.count(QLatin1String("<img")), 200);
        QVERIFY(!out.html.contains(QLatin1String("9999")));
        QVERIFY(out.html.contains(QLatin1String("[a299]")));
        QCOMPARE(out.remoteImages.size(), 300);
    }

    void sectioningBecomesDivsAndUnknownTagsUnwrap()
    {
        const SanitizedHtml out = sanitize(QStringLiteral(
            "<article><header><h1>T</h1></header><section><font color=red face=x>red</font>"
            "<custom-el x=1>c</custom-el></section><figure><figcaption>cap</figcaption></figure></article>"));
        VERIFY_STRUCTURE(out.html);
        QCOMPARE(out.html, QStringLiteral("<div><div><h1>T</h1></div><div>redc</div><div><div>cap</div></div></div>"));
    }
};

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
