#include "settings/preferencesdialog.h"

#include "settings/deadlinespage.h"
#include "settings/focuspage.h"
#include "settings/generalpage.h"
#include "settings/keyboardpage.h"
#include "settings/mepage.h"
#include "settings/notificationspage.h"
#include "settings/rules/rulespage.h"
#include "settings/triagepage.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QSize>
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
    // Issue 14, tab order: General, Me, Rules, Focus, Notifications, Deadlines, Keyboard, Triage.
    m_general = new GeneralPage(config, tabs);  // issue 14: Preferences ▸ General
    m_general->setObjectName(QStringLiteral("generalPage"));
    tabs->addTab(m_general, tr("General"));
    m_me = new MePage(config, tabs);  // issue 14: Preferences ▸ Me
    m_me->setObjectName(QStringLiteral("mePage"));
    tabs->addTab(m_me, tr("Me"));
    m_rules = new RulesPage(config, nullptr, tabs);  // issue 14: Preferences ▸ Rules (store: setStore())
    m_rules->setObjectName(QStringLiteral("rulesPage"));
    tabs->addTab(m_rules, tr("Rules"));
    m_focus = new FocusPage(config, tabs);  // issue 14: Preferences ▸ Focus
    m_focus->setObjectName(QStringLiteral("focusPage"));
    tabs->addTab(m_focus, tr("Focus"));
    m_notifications = new NotificationsPage(config, tabs);  // issue 14: Preferences ▸ Notifications
    m_notifications->setObjectName(QStringLiteral("notificationsPage"));
    tabs->addTab(m_notifications, tr("Notifications"));
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
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(pagesValid());
    });
    connect(m_focus, &FocusPage::changed, this, [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(pagesValid());
    });
    connect(m_me, &MePage::changed, this, [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(pagesValid()); });
    connect(m_rules, &RulesPage::changed, this, [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(pagesValid()); });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(pagesValid());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_buttons);
    // Room for the Rules page's list, form and preview, and the Focus page's week grid.
    resize(sizeHint().expandedTo(QSize(1120, 760)));
}

bool PreferencesDialog::pagesValid() const
{
    return m_deadlines->isValid() && m_focus->isValid() && m_me->isValid() && m_rules->isValid();
}

void PreferencesDialog::accept()
{
    // The autostart entry is a file of its own, not config.json: written (or removed) here, and
    // the dialog stays open on the General page when that fails (the page shows why).
    if (!m_general->commitAutostart(nullptr)) {
        m_tabs->setCurrentWidget(m_general);
        return;
    }
    QDialog::accept();
}

void PreferencesDialog::setDataDirectory(const QString &dir) { m_general->setDataDirectory(dir); }

void PreferencesDialog::setStore(ItemStore *store) { m_rules->setStore(store); }

void PreferencesDialog::setSources(const QList<SourceConfig> &sources) { m_me->setSources(sources); }

AppConfig PreferencesDialog::config() const
{
    AppConfig config = m_triage->applyTo(m_deadlines->applyTo(m_focus->applyTo(m_config)));
    config = m_notifications->applyTo(m_me->applyTo(m_general->applyTo(config)));  // issue 14
    config = m_rules->applyTo(config);                                              // issue 14
    return m_keyboard ? m_keyboard->applyTo(config) : config;
}

void PreferencesDialog::showPage(const QString &name)
{
    if (name == QLatin1String("keyboard") && m_keyboard)
        m_tabs->setCurrentWidget(m_keyboard);
    else if (name == QLatin1String("triage"))
        m_tabs->setCurrentWidget(m_triage);
    else if (name == QLatin1String("focus"))
        m_tabs->setCurrentWidget(m_focus);
    else if (name == QLatin1String("deadlines"))
        m_tabs->setCurrentWidget(m_deadlines);
    else if (name == QLatin1String("general"))
        m_tabs->setCurrentWidget(m_general);
    else if (name == QLatin1String("me"))
        m_tabs->setCurrentWidget(m_me);
    else if (name == QLatin1String("notifications"))
        m_tabs->setCurrentWidget(m_notifications);
    else if (name == QLatin1String("rules"))
        m_tabs->setCurrentWidget(m_rules);
}

void PreferencesDialog::setDndProbe(const DndProbe &probe) { m_focus->setDndProbe(probe); }

} // namespace fi
