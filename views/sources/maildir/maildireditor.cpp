#include "sources/maildir/maildireditor.h"

#include "plaintext.h"
#include "sources/maildir/maildirkind.h"
#include "sources/sourceregistry.h"
#include "storage/itemstore.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>

namespace fi::maildir {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("fi::maildir::Editor", text); }

/// The folder chooser of File ▸ Add Maildir…: adds the chosen folder (addFolder()).
QDialog *createAdd(const SourceEditorContext &context, QWidget *parent)
{
    auto *chooser = new QFileDialog(parent, tr("Add Maildir"), QDir::homePath());
    chooser->setFileMode(QFileDialog::Directory);
    chooser->setOption(QFileDialog::ShowDirsOnly);
    chooser->setObjectName(QStringLiteral("addMaildirChooser"));
    // After the chooser closed (accepted follows done()), so the questions below come on their own.
    QObject::connect(chooser, &QDialog::accepted, chooser, [chooser, context, parent] {
        const QString dir = chooser->selectedFiles().value(0);
        if (!dir.isEmpty())
            addFolder(dir, context, parent);
    });
    return chooser;
}

/// At the first start: "Focus Inbox found a Maildir at ~/Maildir. Add it as a source?" (once).
void offerHomeMaildir(const SourceEditorContext &context, QWidget *parent)
{
    QSettings settings;
    if (settings.value(QStringLiteral("firstRun/homeMaildirOffered")).toBool())
        return;
    const QString home = QDir::home().filePath(QStringLiteral("Maildir"));
    if (!QDir(home).exists(QStringLiteral("cur")))
        return;
    for (const SourceConfig &s : context.store->sources()) {
        if (s.location == QFileInfo(home).canonicalFilePath())
            return;
    }
    settings.setValue(QStringLiteral("firstRun/homeMaildirOffered"), true);
    const auto answer = plainMessageBox(
        parent, QMessageBox::Question, tr("Add your Maildir?"),
        tr("Focus Inbox found a Maildir at %1. Add it as a source?").arg(QDir::toNativeSeparators(home)),
        QMessageBox::Yes | QMessageBox::No);
    if (answer == QMessageBox::Yes)
        addFolder(home, context, parent);
}

} // namespace

qint64 addFolder(const QString &path, const SourceEditorContext &context, QWidget *parent)
{
    const QFileInfo info(path);
    SourceConfig config = configFor(info.canonicalFilePath(), info.fileName());
    const SourceKind *maildirKind = SourceRegistry::instance().kind(kindKey());
    if (maildirKind && !maildirKind->problems(configFor(path, {})).isEmpty()) {
        plainMessageBox(parent, QMessageBox::Warning, tr("Not a Maildir"),
                        tr("%1 has no cur/ directory, so it is not a Maildir.").arg(QDir::toNativeSeparators(path)));
        return 0;
    }
    for (const SourceConfig &s : context.store->sources()) {
        if (s.kind == config.kind && s.location == config.location)
            return 0;  // already there
    }
    if (context.myAddresses.isEmpty()) {
        // Without "me", nothing counts as addressed to the user and personal mail would land in
        // Reference: ask once, for this source (docs/configuration.md, "me").
        bool ok = false;
        const QString answer = QInputDialog::getText(
            parent, tr("Your address"),
            tr("Which address(es) of yours receive mail in this Maildir?\n"
               "Mail sent to you lands in Async with a deadline. Separate several with commas."),
            QLineEdit::Normal, QString(), &ok);
        QStringList addresses;
        for (const QString &a : answer.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (a.contains(QLatin1Char('@')))
                addresses << a.trimmed().toLower();
        if (ok && !addresses.isEmpty())
            config.settings.insert(QStringLiteral("addresses"), addresses);
    }
    const qint64 id = context.store->addSource(config).result();
    if (id <= 0)
        return 0;
    if (context.saved)
        context.saved(id);
    return id;
}

SourceEditor editor()
{
    SourceEditor e;
    e.kind = kindKey();
    e.addText = QT_TRANSLATE_NOOP("fi::SourceEditors", "&Add Maildir…");
    e.addToolTip = QT_TRANSLATE_NOOP("fi::SourceEditors", "Add a Maildir folder on this computer");
    e.createAdd = &createAdd;
    e.firstRunOffer = &offerHomeMaildir;
    return e;
}

} // namespace fi::maildir
