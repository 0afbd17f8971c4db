#include "settings/preferencesdialog.h"

#include "settings/deadlinespage.h"
#include "settings/keyboardpage.h"
#include "settings/triagepage.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fi {

PreferencesDialog::PreferencesDialog(const AppConfig &config, QWidget *parent)
    : PreferencesDialog(config, {}, parent)
{
}

PreferencesDialog::PreferencesDialog(const AppConfig &config, const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent), m_config(config)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));
    auto *tabs = new QTabWidget(this);
    m_tabs = tabs;
    m_deadlines = new DeadlinesPage(config, tabs);
    m_deadlines->setObjectName(QStringLiteral("deadlinesPage"));
    tabs->addTab(m_deadlines, tr("Deadlines"));
    if (!actions.isEmpty()) {  // issue 12: Preferences ▸ Keyboard
        m_keyboard = new KeyboardPage(actions, config, tabs);
        m_keyboard->setObjectName(QStringLiteral("keyboardPage"));
        tabs->addTab(m_keyboard, tr("Keyboard"));
    }
    m_triage = new TriagePage(config, tabs);  // issue 12: Preferences ▸ Triage
    m_triage->setObjectName(QStringLiteral("triagePage"));
    tabs->addTab(m_triage, tr("Triage"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_deadlines, &DeadlinesPage::changed, this, [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_deadlines->isValid());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_buttons);
}

AppConfig PreferencesDialog::config() const
{
    const AppConfig config = m_triage->applyTo(m_deadlines->applyTo(m_config));
    return m_keyboard ? m_keyboard->applyTo(config) : config;
}

void PreferencesDialog::showPage(const QString &name)
{
    if (name == QLatin1String("keyboard") && m_keyboard)
        m_tabs->setCurrentWidget(m_keyboard);
    else if (name == QLatin1String("triage"))
        m_tabs->setCurrentWidget(m_triage);
    else if (name == QLatin1String("deadlines"))
        m_tabs->setCurrentWidget(m_deadlines);
}

} // namespace fi
