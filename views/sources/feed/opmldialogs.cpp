#include "sources/feed/opmldialogs.h"

#include "concurrency/workerpool.h"
#include "plaintext.h"
#include "sources/feed/feedkind.h"
#include "storage/itemstore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace fi::feed {

namespace {

/// OPML lists are small (a few hundred outlines); a bigger file is not a feed list.
constexpr qint64 kMaxOpmlBytes = 8 * 1024 * 1024;

QString nameFilters()
{
    return QCoreApplication::translate("fi::feed::OpmlImportDialog", "OPML files (*.opml *.xml);;All files (*)");
}

} // namespace

OpmlImportDialog::OpmlImportDialog(const SourceEditorContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_watcher(new QFutureWatcher<Outcome>(this))
{
    setWindowTitle(tr("Import Feeds from OPML"));
    setObjectName(QStringLiteral("opmlImportDialog"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    auto *intro = new QLabel(tr("An OPML file is the feed list other feed readers export. Feeds already in "
                                "Focus Inbox are skipped; folders become the feeds' categories."), this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("No file chosen"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setAutoDefault(false);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    makePlainLabel(m_summary);  // Qt::PlainText: file names, feed titles and parser errors
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 3);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(QStringLiteral("import"));
    m_import->setEnabled(false);
    m_import->setDefault(true);

    auto *root = new QVBoxLayout(this);
    root->addWidget(intro);
    root->addLayout(pathRow);
    root->addWidget(m_summary, 1);
    root->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &OpmlImportDialog::browse);
    connect(m_import, &QPushButton::clicked, this, &OpmlImportDialog::import);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OpmlImportDialog::reject);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &OpmlImportDialog::onImported);
}

OpmlImportDialog::~OpmlImportDialog()
{
    // The import uses the store: let it finish (one transaction).
    m_watcher->waitForFinished();
}

void OpmlImportDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_browsedOnce || !m_path->text().isEmpty())
        return;
    m_browsedOnce = true;
    // Opened from the menu: choose the file straight away; cancelling that closes the dialog.
    QTimer::singleShot(0, this, [this] {
        browse();
        if (m_path->text().isEmpty())
            reject();
    });
}

void OpmlImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Feeds from OPML"),
                                                      m_path->text().isEmpty() ? QDir::homePath() : m_path->text(),
                                                      nameFilters());
    if (!path.isEmpty())
        setFile(path);
}

bool OpmlImportDialog::setFile(const QString &path)
{
    m_browsedOnce = true;
    m_path->setText(QDir::toNativeSeparators(path));
    m_feeds.clear();
    m_import->setEnabled(false);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    if (file.size() > kMaxOpmlBytes) {
        m_summary->setText(tr("%1 is too large for a feed list.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QString error;
    const std::optional<QList<OpmlFeed>> feeds = parseOpml(file.readAll(), &error);
    if (!feeds) {
        m_summary->setText(tr("%1 is not an OPML feed list: %2").arg(QFileInfo(path).fileName(), error));
        return false;
    }
    if (feeds->isEmpty()) {
        m_summary->setText(tr("%1 lists no feeds.").arg(QFileInfo(path).fileName()));
        return false;
    }
    m_feeds = *feeds;
    QSet<QString> known;
    if (m_context.store)
        for (const SourceConfig &s : m_context.store->sources())
            if (s.kind == kindKey())
                known.insert(s.location);
    QSet<QString> folders;
    int already = 0;
    for (const OpmlFeed &f : std::as_const(m_feeds)) {
        if (!f.category.isEmpty())
            folders.insert(f.category);
        if (known.contains(f.xmlUrl))
            ++already;
    }
    // Whole sentences, so each translates on its own.
    QString text = tr("%1 lists %n feed(s).", nullptr, int(m_feeds.size())).arg(QFileInfo(path).fileName());
    if (!folders.isEmpty())
        text += u' ' + tr("They are in %n folder(s).", nullptr, int(folders.size()));
    if (already > 0)
        text += u' ' + tr("%n of them are already in Focus Inbox and will be skipped.", nullptr, already);
    m_summary->setText(text);
    m_import->setEnabled(already < m_feeds.size());
    return true;
}

void OpmlImportDialog::import()
{
    if (m_feeds.isEmpty() || !m_context.store || m_watcher->isRunning())
        return;
    m_import->setEnabled(false);
    m_browse->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(false);
    m_summary->setText(tr("Importing %n feed(s)…", nullptr, int(m_feeds.size())));
    m_watcher->setFuture(QtConcurrent::run(workerPool(), [store = m_context.store, feeds = m_feeds] {
        Outcome outcome;
        outcome.result = importOpml(*store, feeds, &outcome.error);
        return outcome;
    }));
}

void OpmlImportDialog::onImported()
{
    m_browse->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Close)->setDefault(true);
    const Outcome outcome = m_watcher->result();
    if (!outcome.result) {
        m_summary->setText(tr("Nothing was imported: %1").arg(outcome.error));
        m_import->setEnabled(true);
        Q_EMIT imported(false);
        return;
    }
    const OpmlImportResult &r = *outcome.result;
    QStringList lines;
    lines << tr("Added %n feed(s).", nullptr, r.added);
    if (r.skipped > 0)
        lines << tr("Skipped %n (already in Focus Inbox or not usable).", nullptr, r.skipped);
    lines += r.problems;
    m_summary->setText(lines.join(u'\n'));
    m_feeds.clear();
    if (m_context.saved)
        for (qint64 id : r.addedIds)
            m_context.saved(id);
    Q_EMIT imported(true);
}

void OpmlImportDialog::reject()
{
    if (m_watcher->isRunning())
        return;
    QDialog::reject();
}

QDialog *createExportChooser(const SourceEditorContext &context, QWidget *parent)
{
    auto *chooser = new QFileDialog(parent, QCoreApplication::translate("fi::feed::OpmlExport", "Export Feeds as OPML"),
                                    QDir::home().filePath(QStringLiteral("feeds.opml")), nameFilters());
    chooser->setObjectName(QStringLiteral("exportOpmlChooser"));
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setFileMode(QFileDialog::AnyFile);
    chooser->setDefaultSuffix(QStringLiteral("opml"));
    QObject::connect(chooser, &QDialog::accepted, chooser, [chooser, store = context.store, parent] {
        const QString path = chooser->selectedFiles().value(0);
        if (path.isEmpty() || !store)
            return;
        QString error;
        if (exportOpmlFile(path, store->sources(), &error) < 0)
            plainMessageBox(parent, QMessageBox::Warning,
                            QCoreApplication::translate("fi::feed::OpmlExport", "Export Feeds as OPML"), error);
    });
    return chooser;
}

int exportOpmlFile(const QString &path, const QList<SourceConfig> &sources, QString *error)
{
    const QList<OpmlFeed> feeds = feedsOf(sources);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(writeOpml(feeds, QCoreApplication::translate("fi::feed::OpmlExport", "Focus Inbox feeds"))) < 0
        || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("fi::feed::OpmlExport", "Could not write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return -1;
    }
    return int(feeds.size());
}

} // namespace fi::feed
