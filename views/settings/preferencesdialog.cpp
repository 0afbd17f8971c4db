#include "settings/preferencesdialog.h"

#include "settings/deadlinespage.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fi {

PreferencesDialog::PreferencesDialog(const AppConfig &config, QWidget *parent)
    : QDialog(parent), m_config(config)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));
    auto *tabs = new QTabWidget(this);
    m_deadlines = new DeadlinesPage(config, tabs);
    m_deadlines->setObjectName(QStringLiteral("deadlinesPage"));
    tabs->addTab(m_deadlines, tr("Deadlines"));
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
    return m_deadlines->applyTo(m_config);
}

} // namespace fi
