#include "settings/generalpage.h"

#include "config/apppaths.h"
#include "config/autostart.h"
#include "deadlinebadge.h"
#include "plaintext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace fi {

namespace {

QLabel *plainLabel(QWidget *parent, const QString &text = QString())
{
    auto *label = new QLabel(text, parent);
    makePlainLabel(label);
    label->setWordWrap(true);
    return label;
}

} // namespace

GeneralPage::GeneralPage(const AppConfig &config, QWidget *parent) : QWidget(parent)
{
    auto *startup = new QGroupBox(tr("Startup"), this);
    m_startAtLogin = new QCheckBox(tr("Start Focus Inbox when I &log in"), startup);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLogin"));
    m_autostartWas = autostart::isEnabled();
    m_startAtLogin->setChecked(m_autostartWas);
    m_startMinimized = new QCheckBox(tr("Start &minimised to the tray"), startup);
    m_startMinimized->setObjectName(QStringLiteral("startMinimized"));
    m_minimizedWas = config.general.startMinimized;
    m_startMinimized->setChecked(m_minimizedWas);
    m_autostartError = plainLabel(startup);
    m_autostartError->setObjectName(QStringLiteral("autostartError"));
    QPalette palette = m_autostartError->palette();
    palette.setColor(QPalette::WindowText,
                     isDarkPalette(this->palette()) ? QColor(0xF0, 0x8A, 0x85) : QColor(0xB0, 0x2A, 0x25));
    m_autostartError->setPalette(palette);
    m_autostartError->setAccessibleDescription(tr("Error"));
    m_autostartError->hide();
    auto *startupLayout = new QVBoxLayout(startup);
    startupLayout->addWidget(m_startAtLogin);
    startupLayout->addWidget(plainLabel(startup, tr("Adds %1 for your desktop's session start.")
                                                     .arg(QDir::toNativeSeparators(autostart::entryPath()))));
    startupLayout->addWidget(m_startMinimized);
    startupLayout->addWidget(plainLabel(startup, tr("Only the tray icon appears; notifications still show. Without "
                                                    "a tray the window opens anyway.")));
    startupLayout->addWidget(m_autostartError);

    auto *languageBox = new QGroupBox(tr("Language"), this);
    m_language = new QComboBox(languageBox);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Automatic (system language)"), QString());
    // Each language in its own words, so it can be found whatever the current one is.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("Português do Brasil"), QStringLiteral("pt_BR"));
    const int index = m_language->findData(config.general.language);
    m_language->setCurrentIndex(index >= 0 ? index : 0);
    auto *note = plainLabel(languageBox, tr("Takes effect after a restart."));
    note->setObjectName(QStringLiteral("languageNote"));
    auto *languageForm = new QFormLayout(languageBox);
    languageForm->addRow(tr("&Language:"), m_language);
    languageForm->addRow(note);

    auto *dataBox = new QGroupBox(tr("Where your data lives"), this);
    m_dataDir = plainLabel(dataBox);
    m_dataDir->setObjectName(QStringLiteral("dataDirectory"));
    m_dataDir->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_dataDir->setAccessibleName(tr("Data folder"));
    m_openFolder = new QPushButton(tr("&Open Folder"), dataBox);
    m_openFolder->setObjectName(QStringLiteral("openDataDirectory"));
    connect(m_openFolder, &QPushButton::clicked, this, &GeneralPage::openDataDirectory);
    auto *dataRow = new QHBoxLayout;
    dataRow->addWidget(m_dataDir, 1);
    dataRow->addWidget(m_openFolder);
    auto *dataLayout = new QVBoxLayout(dataBox);
    dataLayout->addWidget(plainLabel(dataBox, tr("The database, config.json, logs and cached messages:")));
    dataLayout->addLayout(dataRow);
    setDataDirectory(QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(startup);
    layout->addWidget(languageBox);
    layout->addWidget(dataBox);
    layout->addStretch();
    makeLabelsPlain(this);  // Qt::PlainText for every label, the form layouts' captions too
}

AppConfig GeneralPage::applyTo(AppConfig config) const
{
    config.general.startMinimized = m_startMinimized->isChecked();
    config.general.language = m_language->currentData().toString();
    return config;
}

void GeneralPage::setDataDirectory(const QString &dir)
{
    m_dataDirPath = dir;
    m_dataDir->setText(dir.isEmpty() ? tr("Unknown") : QDir::toNativeSeparators(dir));
    m_openFolder->setEnabled(!dir.isEmpty());
}

void GeneralPage::openDataDirectory()
{
    if (!m_dataDirPath.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_dataDirPath));
}

bool GeneralPage::commitAutostart(QString *error)
{
    QString problem;
    bool ok = true;
    if (!m_startAtLogin->isChecked()) {
        ok = autostart::disable(&problem);
    } else if (!m_autostartWas || m_startMinimized->isChecked() != m_minimizedWas) {
        autostart::Entry entry;
        entry.executable = autostart::currentExecutable();
        entry.minimized = m_startMinimized->isChecked();
        // The default data directory needs no option; another one is passed on.
        if (!m_dataDirPath.isEmpty()
            && QDir::cleanPath(m_dataDirPath) != QDir::cleanPath(AppPaths::resolve().dataDir()))
            entry.dataDir = m_dataDirPath;
        ok = autostart::enable(entry, &problem);
    }
    m_autostartError->setText(problem);
    m_autostartError->setVisible(!ok);
    if (ok) {
        m_autostartWas = m_startAtLogin->isChecked();
        m_minimizedWas = m_startMinimized->isChecked();
    } else if (error) {
        *error = problem;
    }
    return ok;
}

} // namespace fi
