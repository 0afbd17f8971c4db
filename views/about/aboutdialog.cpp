#include "about/aboutdialog.h"

#include "plaintext.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fi {

namespace {

QString versionOf(const LibraryInfo &library)
{
    if (library.version.isEmpty())
        return AboutDialog::tr("unknown");
    return library.buildTimeVersion ? AboutDialog::tr("%1 (at build time)").arg(library.version) : library.version;
}

} // namespace

AboutDialog::AboutDialog(const AboutInfo &info, QWidget *parent) : QDialog(parent), m_info(info)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Focus Inbox"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/focusinbox.svg")).pixmap(64, 64));
    auto *title = new QLabel(tr("Focus Inbox"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_version = new QLabel(versionText(), this);
    m_version->setObjectName(QStringLiteral("aboutVersion"));
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *summary = new QLabel(tr("A tiered inbox with response deadlines that guards deep work."), this);
    summary->setWordWrap(true);

    auto *heading = new QVBoxLayout;
    heading->addWidget(title);
    heading->addWidget(m_version);
    heading->addWidget(summary);
    if (!m_info.license.isEmpty()) {
        auto *license = new QLabel(tr("License: %1").arg(m_info.license), this);
        license->setObjectName(QStringLiteral("aboutLicense"));
        heading->addWidget(license);
    }
    heading->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(heading, 1);

    auto *builtWith = new QLabel(tr("Built with these libraries:"), this);
    m_libraries = new QTreeWidget(this);
    m_libraries->setObjectName(QStringLiteral("aboutLibraries"));
    m_libraries->setRootIsDecorated(false);
    m_libraries->setSelectionMode(QAbstractItemView::NoSelection);
    m_libraries->setHeaderLabels({tr("Library"), tr("Version"), tr("License"), tr("Used for")});
    for (const LibraryInfo &library : m_info.libraries)
        new QTreeWidgetItem(m_libraries, {library.name, versionOf(library), library.license, library.use});
    for (int column = 0; column < m_libraries->columnCount(); ++column)
        m_libraries->resizeColumnToContents(column);
    m_libraries->header()->setStretchLastSection(true);
    builtWith->setBuddy(m_libraries);
    m_libraries->setAccessibleName(tr("Libraries"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the version and the libraries, e.g. for a bug report"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(detailsText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(builtWith);
    layout->addWidget(m_libraries, 1);
    layout->addWidget(buttons);
    // Every label Qt::PlainText: versions and names come from outside the app's own texts.
    makeLabelsPlain(this);
    resize(720, 420);
}

QString AboutDialog::versionText() const
{
    if (m_info.revision.isEmpty())
        return tr("Version %1").arg(m_info.version);
    return tr("Version %1 (revision %2)").arg(m_info.version, m_info.revision);
}

QString AboutDialog::detailsText() const
{
    QStringList lines{m_info.revision.isEmpty() ? tr("Focus Inbox %1").arg(m_info.version)
                                                : tr("Focus Inbox %1 (revision %2)").arg(m_info.version, m_info.revision)};
    for (const LibraryInfo &library : m_info.libraries)
        lines << tr("%1 %2 — %3").arg(library.name, versionOf(library), library.license);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace fi
