// File ▸ Add feed… and the feed kind's other UI (views/sources/feed/) against a real HTTP server
// on 127.0.0.1 (tests/support/httpserver) and a real ItemStore, with the real fetcher and parser:
// a feed URL pre-fills the name from the feed's title; a web page URL finds its feed by
// autodiscovery; several announced feeds offer a choice; a 404, a page without feeds and a file
// that is no feed say why, with the URL still editable; saving adds a source of kind "feed"
// with the interval and tier settings; Edit feed… changes name, URL, interval, tier, category;
// OPML import and export run through the kind's own actions (SourceEditor::Action), as the File
// menu and the source list call them.
#include "httpserver.h"
#include "sources/feed/addfeeddialog.h"
#include "sources/feed/editfeeddialog.h"
#include "sources/feed/feededitor.h"
#include "sources/feed/feedkind.h"
#include "sources/feed/opml.h"
#include "sources/feed/opmldialogs.h"
#include "sources/sourceeditors.h"
#include "storage/itemstore.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fi;
using namespace fi::feed;
using fi::test::HttpServer;

namespace {

QByteArray rss(const QString &title, int items = 2)
{
    QByteArray out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>"
                     + title.toHtmlEscaped().toUtf8()
                     + "</title><link>https://team.example.org/</link><description>d</description>\n";
    for (int i = 0; i < items; ++i)
        out += "<item><title>Post " + QByteArray::number(i) + "</title><link>https://team.example.org/p/"
               + QByteArray::number(i) + "</link><guid>p" + QByteArray::number(i)
               + "</guid><pubDate>Mon, 06 May 2024 10:00:00 GMT</pubDate></item>\n";
    return out + "</channel></rss>\n";
}

QByteArray atom(const QString &title)
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title type=\"text\">"
           + title.toHtmlEscaped().toUtf8()
           + "</title><id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>"
             "<updated>2024-05-06T10:00:00Z</updated><link href=\"https://changes.example.org/\"/>"
             "<entry><title>v1.2</title><id>urn:x:1</id><updated>2024-05-06T10:00:00Z</updated>"
             "<link href=\"https://changes.example.org/1.2\"/></entry></feed>\n";
}

QByteArray page(const QByteArray &links)
{
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>A site</title>\n" + links
           + "\n<link rel=\"stylesheet\" href=\"/style.css\"></head><body><h1>Hello</h1></body></html>\n";
}

QString statusOf(const QDialog &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("status"))->text();
}

} // namespace

class TestAddFeedDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void theEditorIsRegisteredWithItsActions();
    void aFeedUrlPrefillsTheNameFromItsTitle();
    void aNameTheUserTypedIsKept();
    void aWebPageFindsItsFeed();
    void severalFeedsOfferAChoice();
    void aMissingFeedSaysWhy();
    void aPageWithoutFeedsSaysWhy();
    void somethingElseIsNotAFeed();
    void aServerThatNeverAnswersTimesOut();
    void aLocalFileIsAFeedToo();
    void savingAddsAFeedSource();
    void editingChangesTheSource();
    void opmlImportAndExportThroughTheKindsActions();

private:
    /// A dialog with the URL checked; waits for the check to finish. @return its outcome.
    bool checkUrl(AddFeedDialog &dialog, const QString &url);
    SourceEditorContext context();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ItemStore> m_store;
    HttpServer m_server;
    QList<qint64> m_saved;
};

void TestAddFeedDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    QVERIFY(m_server.put(QStringLiteral("feeds/team.xml"), rss(QStringLiteral("Team Blog & friends"))));
    QVERIFY(m_server.put(QStringLiteral("feeds/changelog.atom"), atom(QStringLiteral("Changelog <beta>"))));
    QVERIFY(m_server.put(QStringLiteral("site/index.html"),
                         page("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Changes\" "
                              "href=\"../feeds/changelog.atom\">")));
    QVERIFY(m_server.put(QStringLiteral("multi/index.html"),
                         page("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Team posts\" "
                              "href=\"/feeds/team.xml\">\n<link rel=\"alternate\" type=\"application/atom+xml\" "
                              "title=\"Release notes\" href=\"/feeds/changelog.atom\">")));
    QVERIFY(m_server.put(QStringLiteral("plain/index.html"), page("<link rel=\"icon\" href=\"/favicon.ico\">")));
    QVERIFY(m_server.put(QStringLiteral("notes.txt"), "Just some notes, no feed at all.\n"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ItemStore>(m_dir->filePath(QStringLiteral("store.sqlite")));
    QCOMPARE(m_store->open(), OpenError::None);
}

void TestAddFeedDialog::cleanup()
{
    for (const SourceConfig &s : m_store->sources())
        m_store->removeSource(s.id).waitForFinished();
    m_saved.clear();
}

SourceEditorContext TestAddFeedDialog::context()
{
    SourceEditorContext c;
    c.store = m_store.get();
    c.saved = [this](qint64 id) { m_saved << id; };
    return c;
}

bool TestAddFeedDialog::checkUrl(AddFeedDialog &dialog, const QString &url)
{
    QSignalSpy finished(&dialog, &AddFeedDialog::checkFinished);
    dialog.setUrl(url);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("check")), Qt::LeftButton);
    if (finished.isEmpty() && !finished.wait(30000))  // a bad address is refused at once
        return false;
    return finished.last().first().toBool();
}

void TestAddFeedDialog::theEditorIsRegisteredWithItsActions()
{
    const SourceEditor *editor = SourceEditors::instance().editor(kindKey());
    QVERIFY(editor);
    QCOMPARE(editor->addMenuText(), QStringLiteral("Add &feed…"));
    QCOMPARE(editor->editMenuText(), QStringLiteral("Edit feed…"));
    QVERIFY(editor->createAdd && editor->createEdit);
    QVERIFY(SourceEditors::instance().action(kindKey(), QLatin1String(kImportOpmlAction)));
    QVERIFY(SourceEditors::instance().action(kindKey(), QLatin1String(kExportOpmlAction)));
    // The generic menus get them as actions that say which kind and command they are.
    QObject owner;
    QStringList texts;
    for (QAction *a : SourceEditors::instance().createKindActions(&owner))
        if (SourceEditors::actionKind(a) == kindKey())
            texts << a->text();
    QCOMPARE(texts, (QStringList{QStringLiteral("Import feeds from &OPML…"), QStringLiteral("E&xport feeds as OPML…")}));

    QWidget parent;
    std::unique_ptr<QDialog> add(editor->createAdd(context(), &parent));
    QVERIFY(qobject_cast<AddFeedDialog *>(add.get()));
}

void TestAddFeedDialog::aFeedUrlPrefillsTheNameFromItsTitle()
{
    AddFeedDialog dialog(context());
    dialog.show();
    const QString url = m_server.url(QStringLiteral("feeds/team.xml")).toString();
    QVERIFY2(checkUrl(dialog, url), qPrintable(statusOf(dialog)));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("name"));
    QCOMPARE(name->text(), QStringLiteral("Team Blog & friends"));
    QCOMPARE(dialog.feedUrl(), QUrl(url));
    // The title is shown as it is: the status label never renders it as markup.
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("status"));
    QCOMPARE(status->textFormat(), Qt::PlainText);
    QVERIFY2(status->text().contains(QLatin1String("Team Blog & friends")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QLatin1String("2 item")), qPrintable(status->text()));
}

void TestAddFeedDialog::aNameTheUserTypedIsKept()
{
    AddFeedDialog dialog(context());
    dialog.show();
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("name"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("My team"));
    QVERIFY(checkUrl(dialog, m_server.url(QStringLiteral("feeds/team.xml")).toString()));
    QCOMPARE(name->text(), QStringLiteral("My team"));
}

void TestAddFeedDialog::aWebPageFindsItsFeed()
{
    AddFeedDialog dialog(context());
    dialog.show();
    QVERIFY2(checkUrl(dialog, m_server.url(QStringLiteral("site/index.html")).toString()), qPrintable(statusOf(dialog)));
    QCOMPARE(dialog.feedUrl(), m_server.url(QStringLiteral("feeds/changelog.atom")));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("name"))->text(), QStringLiteral("Changelog <beta>"));
    QVERIFY(!dialog.findChild<QListWidget *>(QStringLiteral("choices"))->isVisible());  // one feed: no choice
    QVERIFY2(statusOf(dialog).contains(QStringLiteral("“Changelog <beta>”")), qPrintable(statusOf(dialog)));  // plain text
    QCOMPARE(m_server.requestsFor(QStringLiteral("/site/index.html")).size(), 1);
    QCOMPARE(m_server.requestsFor(QStringLiteral("/feeds/changelog.atom")).size(), 1);
    // The URL field still shows what the user typed.
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("url"))->text(),
             m_server.url(QStringLiteral("site/index.html")).toString());
}

void TestAddFeedDialog::severalFeedsOfferAChoice()
{
    AddFeedDialog dialog(context());
    dialog.show();
    QSignalSpy finished(&dialog, &AddFeedDialog::checkFinished);
    dialog.setUrl(m_server.url(QStringLiteral("multi/index.html")).toString());
    dialog.check();
    // First the choice (not a feed yet), then the first feed is checked.
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2, 30000);
    QCOMPARE(finished.at(0).first().toBool(), false);
    QCOMPARE(finished.at(1).first().toBool(), true);
    auto *choices = dialog.findChild<QListWidget *>(QStringLiteral("choices"));
    QVERIFY(choices->isVisible());
    QCOMPARE(choices->count(), 2);
    QVERIFY(choices->item(0)->text().startsWith(QLatin1String("Team posts")));
    QVERIFY(choices->item(1)->text().startsWith(QLatin1String("Release notes")));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("name"));
    QCOMPARE(name->text(), QStringLiteral("Team Blog & friends"));

    // The user picks the second: it is checked and named after its title; Add saves that one.
    choices->setCurrentRow(1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 30000);
    QCOMPARE(finished.last().first().toBool(), true);
    QCOMPARE(name->text(), QStringLiteral("Changelog <beta>"));
    QCOMPARE(dialog.feedUrl(), m_server.url(QStringLiteral("feeds/changelog.atom")));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("add")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_saved.size(), 1, 10000);
    QCOMPARE(m_store->source(m_saved.first())->location, m_server.url(QStringLiteral("feeds/changelog.atom")).toString());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestAddFeedDialog::aMissingFeedSaysWhy()
{
    AddFeedDialog dialog(context());
    dialog.show();
    const QString url = m_server.url(QStringLiteral("feeds/gone.xml")).toString();
    QVERIFY(!checkUrl(dialog, url));
    const QString status = statusOf(dialog);
    QVERIFY2(status.contains(QLatin1String("404")), qPrintable(status));
    QVERIFY2(status.contains(url), qPrintable(status));
    // Nothing saved; the URL is still there to correct, and Add does not close the dialog.
    auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("url"));
    QCOMPARE(field->text(), url);
    QVERIFY(field->isEnabled() && !field->isReadOnly());
    QSignalSpy finished(&dialog, &AddFeedDialog::checkFinished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("add")), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QVERIFY(dialog.isVisible());
    QVERIFY(m_saved.isEmpty());
    QVERIFY(m_store->sources().isEmpty());

    // Corrected, it works.
    QVERIFY(checkUrl(dialog, m_server.url(QStringLiteral("feeds/team.xml")).toString()));
    QVERIFY(!statusOf(dialog).contains(QLatin1String("404")));
}

void TestAddFeedDialog::aPageWithoutFeedsSaysWhy()
{
    AddFeedDialog dialog(context());
    dialog.show();
    QVERIFY(!checkUrl(dialog, m_server.url(QStringLiteral("plain/index.html")).toString()));
    QVERIFY2(statusOf(dialog).contains(QLatin1String("announces no feed")), qPrintable(statusOf(dialog)));
    QVERIFY(dialog.feedUrl().isEmpty());
}

void TestAddFeedDialog::somethingElseIsNotAFeed()
{
    AddFeedDialog dialog(context());
    dialog.show();
    QVERIFY(!checkUrl(dialog, m_server.url(QStringLiteral("notes.txt")).toString()));
    QVERIFY2(statusOf(dialog).contains(QLatin1String("is not a feed")), qPrintable(statusOf(dialog)));
    // Not a web address at all: said before anything is fetched.
    QVERIFY(!checkUrl(dialog, QStringLiteral("mailto:someone@example.org")));
    QVERIFY2(statusOf(dialog).contains(QLatin1String("not a web address")), qPrintable(statusOf(dialog)));
}

void TestAddFeedDialog::aServerThatNeverAnswersTimesOut()
{
    AddFeedDialog dialog(context());
    dialog.setFetchTimeout(2000);
    dialog.show();
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!checkUrl(dialog, m_server.url(QStringLiteral("_silent")).toString()));
    QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(statusOf(dialog).contains(QLatin1String("No answer within 2 s")), qPrintable(statusOf(dialog)));
    QVERIFY(!dialog.isBusy());
    QVERIFY(m_store->sources().isEmpty());
}

void TestAddFeedDialog::aLocalFileIsAFeedToo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("local.atom"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(atom(QStringLiteral("Local notes")));
    }
    AddFeedDialog dialog(context());
    dialog.show();
    QVERIFY2(checkUrl(dialog, path), qPrintable(statusOf(dialog)));  // a plain path, as typed
    QCOMPARE(dialog.feedUrl(), QUrl::fromLocalFile(path));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("name"))->text(), QStringLiteral("Local notes"));
    dialog.accept();
    QTRY_COMPARE(m_saved.size(), 1);
    QCOMPARE(m_store->source(m_saved.first())->location, QUrl::fromLocalFile(path).toString());
}

void TestAddFeedDialog::savingAddsAFeedSource()
{
    AddFeedDialog dialog(context());
    dialog.show();
    const QString url = m_server.url(QStringLiteral("feeds/team.xml")).toString();
    dialog.setUrl(url);
    dialog.findChild<QSpinBox *>(QStringLiteral("interval"))->setValue(45);
    auto *tier = dialog.findChild<QComboBox *>(QStringLiteral("tier"));
    QCOMPARE(tier->currentData().toInt(), int(Tier::Reference));  // the default
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("interval"))->minimum(), 5);
    tier->setCurrentIndex(tier->findData(int(Tier::Async)));
    // Add without checking first: it checks, then saves.
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("add")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_saved.size(), 1, 30000);
    QTRY_VERIFY(!dialog.isVisible());
    const std::optional<SourceConfig> source = m_store->source(m_saved.first());
    QVERIFY(source);
    QCOMPARE(source->kind, QStringLiteral("feed"));
    QCOMPARE(source->location, url);
    QCOMPARE(source->name, QStringLiteral("Team Blog & friends"));
    QCOMPARE(source->settings.value(QLatin1String(kIntervalSetting)).toInt(), 45);
    QCOMPARE(source->settings.value(QLatin1String(kTierSetting)).toInt(), int(Tier::Async));
    QCOMPARE(defaultTierOf(*source), Tier::Async);
    QCOMPARE(source->settings.value(QLatin1String(kSiteSetting)).toString(), QStringLiteral("https://team.example.org/"));

    // The same feed again is refused, naming the source that has it.
    AddFeedDialog again(context());
    again.show();
    QVERIFY(checkUrl(again, url));
    QTest::mouseClick(again.findChild<QPushButton *>(QStringLiteral("add")), Qt::LeftButton);
    QTRY_VERIFY(statusOf(again).contains(QLatin1String("already in Focus Inbox")));
    QVERIFY(again.isVisible());
    QCOMPARE(m_store->sources().size(), 1);
}

void TestAddFeedDialog::editingChangesTheSource()
{
    SourceConfig config = configFor(m_server.url(QStringLiteral("feeds/team.xml")).toString(), QStringLiteral("Team"), 30);
    config.settings.insert(QLatin1String(kLoadImagesSetting), true);
    const qint64 id = m_store->addSource(config).result();
    QVERIFY(id > 0);
    const SourceEditor *editor = SourceEditors::instance().editor(kindKey());
    QWidget parent;
    std::unique_ptr<QDialog> dialog(editor->createEdit(*m_store->source(id), context(), &parent));
    auto *edit = qobject_cast<EditFeedDialog *>(dialog.get());
    QVERIFY(edit);
    edit->show();
    auto *name = edit->findChild<QLineEdit *>(QStringLiteral("name"));
    auto *url = edit->findChild<QLineEdit *>(QStringLiteral("url"));
    QCOMPARE(name->text(), QStringLiteral("Team"));
    QCOMPARE(edit->findChild<QSpinBox *>(QStringLiteral("interval"))->value(), 30);
    QCOMPARE(edit->findChild<QComboBox *>(QStringLiteral("tier"))->currentData().toInt(), int(Tier::Reference));

    // A URL that is not one is refused in the dialog, nothing is written.
    url->setText(QStringLiteral("javascript:alert(1)"));
    edit->accept();
    auto *error = edit->findChild<QLabel *>(QStringLiteral("error"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->textFormat(), Qt::PlainText);
    QVERIFY(m_saved.isEmpty());

    name->setText(QStringLiteral("Release notes"));
    url->setText(m_server.url(QStringLiteral("feeds/changelog.atom")).toString());
    edit->findChild<QSpinBox *>(QStringLiteral("interval"))->setValue(120);
    auto *tier = edit->findChild<QComboBox *>(QStringLiteral("tier"));
    tier->setCurrentIndex(tier->findData(int(Tier::Now)));
    edit->findChild<QLineEdit *>(QStringLiteral("category"))->setText(QStringLiteral("Work/Status"));
    edit->accept();
    QTRY_COMPARE(m_saved, QList<qint64>{id});
    const std::optional<SourceConfig> saved = m_store->source(id);
    QCOMPARE(saved->name, QStringLiteral("Release notes"));
    QCOMPARE(saved->location, m_server.url(QStringLiteral("feeds/changelog.atom")).toString());
    QCOMPARE(saved->settings.value(QLatin1String(kIntervalSetting)).toInt(), 120);
    QCOMPARE(defaultTierOf(*saved), Tier::Now);
    QCOMPARE(saved->settings.value(QLatin1String(kCategorySetting)).toString(), QStringLiteral("Work/Status"));
    QCOMPARE(saved->settings.value(QLatin1String(kLoadImagesSetting)).toBool(), true);  // kept
}

void TestAddFeedDialog::opmlImportAndExportThroughTheKindsActions()
{
    // One feed is already there; the file lists it again, plus two in nested folders.
    const QString team = m_server.url(QStringLiteral("feeds/team.xml")).toString();
    const QString changes = m_server.url(QStringLiteral("feeds/changelog.atom")).toString();
    QVERIFY(m_store->addSource(configFor(team, QStringLiteral("Team"))).result() > 0);
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("subscriptions.opml"));
    {
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\"><head><title>Mine</title></head><body>\n"
                "<outline text=\"Team\" type=\"rss\" xmlUrl=\"" + team.toUtf8() + "\"/>\n"
                "<outline text=\"Work\"><outline text=\"Status\">\n"
                "  <outline text=\"Changes\" type=\"rss\" xmlUrl=\"" + changes.toUtf8() + "\" htmlUrl=\"https://changes.example.org/\"/>\n"
                "</outline></outline>\n"
                "<outline text=\"Local\" type=\"rss\" xmlUrl=\"http://127.0.0.1:9/other.xml\"/>\n"
                "</body></opml>\n");
    }
    const SourceEditor::Action *import = SourceEditors::instance().action(kindKey(), QLatin1String(kImportOpmlAction));
    QVERIFY(import && import->create);
    QWidget parent;
    std::unique_ptr<QDialog> dialog(import->create(context(), &parent));
    auto *importer = qobject_cast<OpmlImportDialog *>(dialog.get());
    QVERIFY(importer);
    QVERIFY(importer->setFile(in));
    auto *summary = importer->findChild<QLabel *>(QStringLiteral("summary"));
    QVERIFY2(summary->text().contains(QLatin1String("3 feed")), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QLatin1String("1 of them")), qPrintable(summary->text()));
    importer->show();
    QSignalSpy imported(importer, &OpmlImportDialog::imported);
    QTest::mouseClick(importer->findChild<QPushButton *>(QStringLiteral("import")), Qt::LeftButton);
    QVERIFY(imported.wait(30000));
    QCOMPARE(imported.first().first().toBool(), true);
    QVERIFY2(summary->text().contains(QLatin1String("Added 2 feed")), qPrintable(summary->text()));
    QCOMPARE(m_saved.size(), 2);  // each new source is handed over to be synced
    QCOMPARE(m_store->sources().size(), 3);
    std::optional<SourceConfig> status;
    for (qint64 id : m_saved)
        if (m_store->source(id)->location == changes)
            status = m_store->source(id);
    QVERIFY(status);
    QCOMPARE(status->kind, kindKey());
    QCOMPARE(status->settings.value(QLatin1String(kCategorySetting)).toString(), QStringLiteral("Work/Status"));

    // A file that is not OPML says so, plainly.
    const QString bad = dir.filePath(QStringLiteral("bad.opml"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<html><body>nope</body></html>");
    }
    QVERIFY(!importer->setFile(bad));
    QVERIFY2(summary->text().contains(QLatin1String("not an OPML")), qPrintable(summary->text()));
    QCOMPARE(summary->textFormat(), Qt::PlainText);

    // Export through its action: a save chooser; accepting it writes every feed with its folder.
    const SourceEditor::Action *exporter = SourceEditors::instance().action(kindKey(), QLatin1String(kExportOpmlAction));
    QVERIFY(exporter && exporter->create);
    QPointer<QDialog> chooserDialog = exporter->create(context(), &parent);
    auto *chooser = qobject_cast<QFileDialog *>(chooserDialog.data());
    QVERIFY(chooser);
    QCOMPARE(chooser->acceptMode(), QFileDialog::AcceptSave);
    const QString out = dir.filePath(QStringLiteral("export.opml"));
    chooser->setOption(QFileDialog::DontUseNativeDialog);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setDirectory(dir.path());
    chooser->selectFile(out);
    chooser->open();
    QMetaObject::invokeMethod(chooser, "accept");
    QTRY_VERIFY(QFile::exists(out));
    QTRY_VERIFY(!chooserDialog);
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QString error;
    const std::optional<QList<OpmlFeed>> back = parseOpml(written.readAll(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->size(), 3);
    bool found = false;
    for (const OpmlFeed &f : *back)
        if (f.xmlUrl == changes) {
            found = true;
            QCOMPARE(f.category, QStringLiteral("Work/Status"));
        }
    QVERIFY(found);
}

QTEST_MAIN(TestAddFeedDialog)
#include "tst_addfeeddialog.moc"
