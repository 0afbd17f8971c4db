// The webhook dialog against a real store and a real keychain (gnome-keyring on a private D-Bus):
// adding makes a token that lives in the keychain only and shows it with the endpoint and a curl
// command; the port suggested skips ports other webhooks use and a taken port is refused; editing
// shows the stored token, rotating replaces it (the old entry is gone), and name and port are saved.
#include "sources/webhook/webhookdialog.h"
#include "imapkeyring.h"
#include "secrets/secretstore.h"
#include "sources/sourceeditors.h"
#include "sources/webhook/webhookkind.h"
#include "storage/itemstore.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace fi;
using namespace fi::test;
using fi::webhook::WebhookDialog;

namespace {

constexpr int kWaitMs = 20000;

template <typename T>
T *child(const QWidget &w, const char *name)
{
    T *c = w.findChild<T *>(QLatin1String(name));
    if (!c)
        qFatal("no child %s", name);
    return c;
}

QString textOf(const QWidget &w, const char *name) { return child<QLabel>(w, name)->text(); }

/// Grabs @p d to $FOCUSINBOX_GRAB_WEBHOOK-@p state.png (e.g. /tmp/webhook-add.png), to look at.
bool grabIfAsked(QWidget &d, const char *state)
{
    const QString prefix = qEnvironmentVariable("FOCUSINBOX_GRAB_WEBHOOK");
    if (prefix.isEmpty())
        return true;
    QCoreApplication::processEvents();
    return d.grab().save(prefix + u'-' + QLatin1String(state) + QLatin1String(".png"));
}

/// Clicks the rotate button of @p d and answers the confirmation with the button of @p role.
bool answerRotation(WebhookDialog &d, QMessageBox::ButtonRole role, QString *question)
{
    QTest::mouseClick(child<QPushButton>(d, "rotateToken"), Qt::LeftButton);
    QMessageBox *box = nullptr;  // the one shown now (an earlier one may await deletion)
    for (QMessageBox *b : d.findChildren<QMessageBox *>(QStringLiteral("rotateConfirm")))
        if (b->isVisible())
            box = b;
    if (!box || !QTest::qWaitForWindowExposed(box))
        return false;
    *question = box->text();
    const QList<QAbstractButton *> buttons = box->buttons();
    const auto it = std::find_if(buttons.begin(), buttons.end(), [&](QAbstractButton *b) { return box->buttonRole(b) == role; });
    if (it == buttons.end())
        return false;
    QTest::mouseClick(*it, Qt::LeftButton);
    return true;
}

} // namespace

class TestWebhookDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void addShowsEndpointTokenAndCurl();
    void suggestedPortSkipsPortsInUse();
    void portOfAnotherWebhookIsRefused();
    void editShowsStoredToken();
    void rotationReplacesTheToken();
    void unreadableTokenOffersRotation();
    void renameAndPortChangeAreSaved();
    void editorIsRegistered();

private:
    SourceEditorContext context();
    /// A webhook source on @p port stored directly (its tokenId names no keychain entry).
    qint64 addSourceAt(quint16 port, const QString &name);
    std::optional<SourceConfig> sourceNamed(const QString &name) const;

    KeyringSession m_keyring;
    QTemporaryDir m_data;
    std::unique_ptr<ItemStore> m_store;
    QList<qint64> m_saved;
};

void TestWebhookDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_keyring.start(), qPrintable(m_keyring.error()));
    m_store = std::make_unique<ItemStore>(m_data.filePath(QStringLiteral("focusinbox.sqlite")));
    QString why;
    QCOMPARE(m_store->open(&why), OpenError::None);
}

void TestWebhookDialog::cleanupTestCase()
{
    m_store.reset();
    secrets::shutdown();  // before the keyring's private bus goes away
}

SourceEditorContext TestWebhookDialog::context()
{
    SourceEditorContext c;
    c.store = m_store.get();
    c.saved = [this](qint64 id) { m_saved.append(id); };
    return c;
}

qint64 TestWebhookDialog::addSourceAt(quint16 port, const QString &name)
{
    return m_store->addSource(webhook::configFor(port, webhook::newTokenId(), name)).result();
}

std::optional<SourceConfig> TestWebhookDialog::sourceNamed(const QString &name) const
{
    for (const SourceConfig &s : m_store->sources())
        if (s.name == name)
            return s;
    return std::nullopt;
}

void TestWebhookDialog::addShowsEndpointTokenAndCurl()
{
    WebhookDialog d(context());
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QCOMPARE(d.windowTitle(), QStringLiteral("Add Webhook"));
    auto *port = child<QSpinBox>(d, "port");
    QCOMPARE(port->value(), 8765);  // no webhook yet: the default port
    QCOMPARE(port->minimum(), 1024);
    QCOMPARE(port->maximum(), 65535);
    QCOMPARE(textOf(d, "endpoint"), QStringLiteral("http://127.0.0.1:8765/items"));
    auto *name = child<QLineEdit>(d, "name");
    QCOMPARE(name->placeholderText(), QStringLiteral("Webhook (port 8765)"));
    QVERIFY(!child<QLabel>(d, "hint")->isVisible());
    for (const char *field : {"name", "port"}) {  // named, and labelled with a mnemonic
        QWidget *w = child<QWidget>(d, field);
        QVERIFY2(!w->accessibleName().isEmpty(), field);
        const auto labels = d.findChildren<QLabel *>();
        const bool labelled = std::any_of(labels.begin(), labels.end(), [w](const QLabel *l) {
            return l->buddy() == w && l->text().contains(u'&');
        });
        QVERIFY2(labelled, field);
    }
    QVERIFY(grabIfAsked(d, "form"));

    QTest::keyClicks(name, QStringLiteral("Deploys"));
    m_saved.clear();
    QSignalSpy finished(&d, &WebhookDialog::workFinished);
    QTest::mouseClick(child<QPushButton>(d, "ok"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(textOf(d, "status")));

    // Stored: kind, endpoint, name; reported to the app.
    const QList<SourceConfig> sources = m_store->sources();
    QCOMPARE(sources.size(), 1);
    const SourceConfig s = sources.first();
    QCOMPARE(s.kind, QStringLiteral("webhook"));
    QCOMPARE(s.location, QStringLiteral("http://127.0.0.1:8765/items"));
    QCOMPARE(s.name, QStringLiteral("Deploys"));
    QCOMPARE(m_saved, QList<qint64>{s.id});
    QCOMPARE(d.savedId(), s.id);

    // The dialog stays open and shows what a script needs.
    QVERIFY(d.isVisible());
    QVERIFY(d.isShowingResult());
    QVERIFY(!child<QSpinBox>(d, "port")->isVisible());
    QCOMPARE(textOf(d, "doneEndpoint"), QStringLiteral("http://127.0.0.1:8765/items"));
    auto *tokenEdit = child<QLineEdit>(d, "doneToken");
    QVERIFY(tokenEdit->isReadOnly());
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Normal);
    const QString token = tokenEdit->text();
    QCOMPARE(token.size(), 43);
    QString why;
    QCOMPARE(webhook::readToken(s, &why).value_or(QString()), token);
    auto *curl = child<QPlainTextEdit>(d, "curlExample");
    QVERIFY(curl->isReadOnly());
    QCOMPARE(curl->toPlainText(),
             QStringLiteral("curl -fsS -H 'Authorization: Bearer ") + token
                 + QStringLiteral("' -H 'Content-Type: application/json' -d '{\"title\":\"Deploy finished\",\"tier\":2}' "
                                  "http://127.0.0.1:8765/items"));
    for (QLabel *label : d.findChildren<QLabel *>())
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text()));

    QVERIFY(grabIfAsked(d, "add"));
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(child<QPushButton>(d, "doneCopy"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), token);
    QTest::mouseClick(child<QPushButton>(d, "copyCommand"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), curl->toPlainText());
    QGuiApplication::clipboard()->clear();

    // The token is in the keychain only: not in the config, not in any file of the data directory.
    for (const QVariant &value : s.settings)
        QVERIFY(!value.toString().contains(token));
    QVERIFY(!s.location.contains(token) && !s.name.contains(token));
    m_store->flush();
    QDirIterator it(m_data.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(token.toUtf8()), qPrintable(f.fileName()));
        ++files;
    }
    QVERIFY(files > 0);

    // Close (or Escape) closes; the webhook was added, so that is not a cancel.
    QSignalSpy accepted(&d, &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>(d, "close"), Qt::LeftButton);
    QCOMPARE(accepted.size(), 1);
    QVERIFY(!d.isVisible());
    QCOMPARE(m_store->sources().size(), 1);
}

void TestWebhookDialog::suggestedPortSkipsPortsInUse()
{
    QList<qint64> added;
    const QList<SourceConfig> before = m_store->sources();
    if (std::none_of(before.begin(), before.end(), [](const SourceConfig &s) { return webhook::portOf(s) == 8765; }))
        added << addSourceAt(8765, QStringLiteral("First"));
    added << addSourceAt(8766, QStringLiteral("Second"));
    const auto cleanup = qScopeGuard([&] {
        for (qint64 id : added)
            m_store->removeSource(id).waitForFinished();
    });
    WebhookDialog d(context());
    QCOMPARE(child<QSpinBox>(d, "port")->value(), 8767);
    QCOMPARE(textOf(d, "endpoint"), QStringLiteral("http://127.0.0.1:8767/items"));
    QVERIFY(child<QPushButton>(d, "ok")->isEnabled());
}

void TestWebhookDialog::portOfAnotherWebhookIsRefused()
{
    const qint64 taken = addSourceAt(9100, QStringLiteral("Taken"));
    QVERIFY(taken > 0);
    QList<qint64> added{taken};
    const auto cleanup = qScopeGuard([&] {
        for (qint64 id : added)
            m_store->removeSource(id).waitForFinished();
    });
    const qsizetype count = m_store->sources().size();

    WebhookDialog d(context());
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    auto *port = child<QSpinBox>(d, "port");
    auto *ok = child<QPushButton>(d, "ok");
    auto *hint = child<QLabel>(d, "hint");
    port->setValue(9100);
    QVERIFY(!ok->isEnabled());
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(QLatin1String("9100")), qPrintable(hint->text()));
    QVERIFY2(hint->text().contains(QLatin1String("\"Taken\"")), qPrintable(hint->text()));
    QVERIFY(grabIfAsked(d, "taken"));
    QSignalSpy finished(&d, &WebhookDialog::workFinished);
    QTest::keyClick(port, Qt::Key_Return);  // Enter does not add either
    d.accept();
    QVERIFY(d.isVisible());
    QVERIFY(!d.isBusy());
    QCOMPARE(finished.size(), 0);
    QCOMPARE(m_store->sources().size(), count);

    port->setValue(9101);
    QVERIFY(ok->isEnabled());
    QVERIFY(!hint->isVisible());

    // Taken by another dialog while this one was open: refused on Add all the same.
    added << addSourceAt(9101, QStringLiteral("Meanwhile"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(d.isVisible());
    QVERIFY(!d.isBusy());
    QVERIFY2(hint->text().contains(QLatin1String("\"Meanwhile\"")), qPrintable(hint->text()));
    QCOMPARE(m_store->sources().size(), count + 1);

    // Editing: moving a webhook onto another one's port is refused too; its own port is fine.
    WebhookDialog e(*m_store->source(added.last()), context());
    QVERIFY(child<QPushButton>(e, "ok")->isEnabled());
    child<QSpinBox>(e, "port")->setValue(9100);
    QVERIFY(!child<QPushButton>(e, "ok")->isEnabled());
    QVERIFY(child<QLabel>(e, "hint")->text().contains(QLatin1String("\"Taken\"")));
}

void TestWebhookDialog::editShowsStoredToken()
{
    const std::optional<SourceConfig> s = sourceNamed(QStringLiteral("Deploys"));
    if (!s)
        QSKIP("needs the webhook added by addShowsEndpointTokenAndCurl");
    const QString stored = webhook::readToken(*s, nullptr).value_or(QString());
    QCOMPARE(stored.size(), 43);

    WebhookDialog d(*s, context());
    QSignalSpy finished(&d, &WebhookDialog::workFinished);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QCOMPARE(d.windowTitle(), QStringLiteral("Webhook Settings"));
    QCOMPARE(child<QLineEdit>(d, "name")->text(), QStringLiteral("Deploys"));
    QCOMPARE(child<QSpinBox>(d, "port")->value(), 8765);
    QVERIFY(child<QPushButton>(d, "ok")->isEnabled());  // its own port is not a conflict
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(textOf(d, "status")));

    auto *token = child<QLineEdit>(d, "token");
    QCOMPARE(token->text(), stored);
    QVERIFY(token->isReadOnly());
    QCOMPARE(token->echoMode(), QLineEdit::Password);  // hidden until asked
    QVERIFY(grabIfAsked(d, "edit"));
    auto *show = child<QPushButton>(d, "showToken");
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(token->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(token->echoMode(), QLineEdit::Password);

    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(child<QPushButton>(d, "copyToken"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), stored);
    QGuiApplication::clipboard()->clear();
    QVERIFY(child<QPushButton>(d, "rotateToken")->isEnabled());
    QCOMPARE(textOf(d, "status"), QString());
}

void TestWebhookDialog::rotationReplacesTheToken()
{
    const std::optional<SourceConfig> s = sourceNamed(QStringLiteral("Deploys"));
    if (!s)
        QSKIP("needs the webhook added by addShowsEndpointTokenAndCurl");
    const QString oldToken = webhook::readToken(*s, nullptr).value_or(QString());
    const QString oldKey = webhook::secretKeyOf(*s);
    QVERIFY(!oldToken.isEmpty());

    WebhookDialog d(*s, context());
    QSignalSpy finished(&d, &WebhookDialog::workFinished);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
    auto *token = child<QLineEdit>(d, "token");
    QCOMPARE(token->text(), oldToken);

    // Cancelled: nothing changes.
    QString question;
    QVERIFY(answerRotation(d, QMessageBox::RejectRole, &question));
    QVERIFY2(question.contains(QLatin1String("401")), qPrintable(question));
    QVERIFY(!d.isBusy());
    QCOMPARE(webhook::secretKeyOf(*m_store->source(s->id)), oldKey);
    QCOMPARE(token->text(), oldToken);

    m_saved.clear();
    QVERIFY(answerRotation(d, QMessageBox::DestructiveRole, &question));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWaitMs);
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(textOf(d, "status")));
    const QString newToken = token->text();
    QCOMPARE(newToken.size(), 43);
    QVERIFY(newToken != oldToken);
    const SourceConfig rotated = *m_store->source(s->id);
    QVERIFY(webhook::secretKeyOf(rotated) != oldKey);  // a new tokenId…
    QCOMPARE(webhook::readToken(rotated, nullptr).value_or(QString()), newToken);  // …holding the shown token
    QVERIFY(!secrets::readSecret(oldKey));  // the old entry is gone
    QCOMPARE(rotated.location, s->location);
    QCOMPARE(rotated.name, s->name);
    QCOMPARE(m_saved, QList<qint64>{s->id});  // the app restarts the listener
    QVERIFY(d.isVisible());

    // Saving afterwards keeps the new token.
    QTest::mouseClick(child<QPushButton>(d, "ok"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, kWaitMs);
    QCOMPARE(webhook::secretKeyOf(*m_store->source(s->id)), webhook::secretKeyOf(rotated));
}

void TestWebhookDialog::unreadableTokenOffersRotation()
{
    const qint64 id = addSourceAt(9200, QStringLiteral("Broken"));
    const auto cleanup = qScopeGuard([&] { m_store->removeSource(id).waitForFinished(); });
    WebhookDialog d(*m_store->source(id), context());
    QSignalSpy finished(&d, &WebhookDialog::workFinished);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
    QCOMPARE(finished.last().at(0).toBool(), false);
    const QString status = textOf(d, "status");
    QVERIFY2(status.contains(QLatin1String("could not be read")) && status.contains(QLatin1String("Rotate")), qPrintable(status));
    QCOMPARE(child<QLineEdit>(d, "token")->text(), QString());
    QVERIFY(!child<QPushButton>(d, "copyToken")->isEnabled());
    QVERIFY(!child<QPushButton>(d, "showToken")->isEnabled());
    auto *rotate = child<QPushButton>(d, "rotateToken");
    QVERIFY(rotate->isEnabled());
    QTRY_COMPARE(QApplication::focusWidget(), rotate);  // the way out is one key press away
    QVERIFY(grabIfAsked(d, "unreadable"));

    QString question;
    QVERIFY(answerRotation(d, QMessageBox::DestructiveRole, &question));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWaitMs);
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(textOf(d, "status")));
    const QString token = child<QLineEdit>(d, "token")->text();
    QCOMPARE(token.size(), 43);
    QCOMPARE(webhook::readToken(*m_store->source(id), nullptr).value_or(QString()), token);
    QVERIFY(child<QPushButton>(d, "copyToken")->isEnabled());
    webhook::forgetToken(webhook::secretKeyOf(*m_store->source(id)));
}

void TestWebhookDialog::renameAndPortChangeAreSaved()
{
    const std::optional<SourceConfig> s = sourceNamed(QStringLiteral("Deploys"));
    if (!s)
        QSKIP("needs the webhook added by addShowsEndpointTokenAndCurl");
    const QString token = webhook::readToken(*s, nullptr).value_or(QString());
    WebhookDialog d(*s, context());
    auto *name = child<QLineEdit>(d, "name");
    name->clear();
    QTest::keyClicks(name, QStringLiteral("CI"));
    child<QSpinBox>(d, "port")->setValue(8770);
    QCOMPARE(textOf(d, "endpoint"), QStringLiteral("http://127.0.0.1:8770/items"));
    m_saved.clear();
    QSignalSpy accepted(&d, &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>(d, "ok"), Qt::LeftButton);
    QVERIFY(accepted.wait(kWaitMs));
    QCOMPARE(m_saved, QList<qint64>{s->id});
    const SourceConfig saved = *m_store->source(s->id);
    QCOMPARE(saved.name, QStringLiteral("CI"));
    QCOMPARE(saved.location, QStringLiteral("http://127.0.0.1:8770/items"));
    QCOMPARE(webhook::secretKeyOf(saved), webhook::secretKeyOf(*s));  // the token stays
    QCOMPARE(webhook::readToken(saved, nullptr).value_or(QString()), token);
    QCOMPARE(saved.kind, QStringLiteral("webhook"));

    // An empty name becomes the default one, which names the port.
    WebhookDialog again(saved, context());
    again.findChild<QLineEdit *>(QStringLiteral("name"))->clear();
    QCOMPARE(child<QLineEdit>(again, "name")->placeholderText(), QStringLiteral("Webhook (port 8770)"));
    QCOMPARE(again.config().name, QStringLiteral("Webhook (port 8770)"));
}

void TestWebhookDialog::editorIsRegistered()
{
    const SourceEditor *editor = SourceEditors::instance().editor(webhook::kindKey());
    QVERIFY(editor && editor->createAdd && editor->createEdit);
    QCOMPARE(editor->addMenuText(), QStringLiteral("Add &webhook…"));
    QCOMPARE(editor->editMenuText(), QStringLiteral("Webhook settings…"));
    QVERIFY(editor->addMenuToolTip().contains(QLatin1String("local HTTP endpoint")));
    std::unique_ptr<QDialog> add(editor->createAdd(context(), nullptr));
    QVERIFY(qobject_cast<WebhookDialog *>(add.get()));
}

QTEST_MAIN(TestWebhookDialog)
#include "tst_webhookdialog.moc"
