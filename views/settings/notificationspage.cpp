#include "settings/notificationspage.h"

#include "plaintext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fi {

namespace {

constexpr int kMaxCoalesceSeconds = 600;

QComboBox *modeCombo(QWidget *parent, Tier tier, TierNotifyMode mode)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("tierMode%1").arg(int(tier)));
    combo->addItem(NotificationsPage::tr("Off"), int(TierNotifyMode::Off));
    combo->addItem(NotificationsPage::tr("Quiet (no sound)"), int(TierNotifyMode::Quiet));
    combo->addItem(NotificationsPage::tr("Normal"), int(TierNotifyMode::Normal));
    combo->setCurrentIndex(combo->findData(int(mode)));
    return combo;
}

TierNotifyMode modeOf(const QComboBox *combo) { return TierNotifyMode(combo->currentData().toInt()); }

QLabel *hintLabel(QWidget *parent, const QString &text)
{
    auto *label = new QLabel(text, parent);
    makePlainLabel(label);
    label->setWordWrap(true);
    return label;
}

} // namespace

NotificationsPage::NotificationsPage(const AppConfig &config, QWidget *parent) : QWidget(parent)
{
    const NotificationSettings &n = config.notifications;
    m_enabled = new QCheckBox(tr("Show &desktop notifications for new items"), this);
    m_enabled->setObjectName(QStringLiteral("notificationsEnabled"));
    m_enabled->setChecked(n.enabled);

    auto *tiers = new QGroupBox(tr("New items by tier"), this);
    m_now = modeCombo(tiers, Tier::Now, n.now);
    m_async = modeCombo(tiers, Tier::Async, n.async);
    m_reference = modeCombo(tiers, Tier::Reference, n.reference);
    auto *form = new QFormLayout;
    form->addRow(tr("&Now (Tier 3):"), m_now);
    form->addRow(tr("&Async (Tier 2, addressed to you):"), m_async);
    form->addRow(tr("&Reference (Tier 1):"), m_reference);
    m_coalesce = new QSpinBox(tiers);
    m_coalesce->setObjectName(QStringLiteral("coalesceSeconds"));
    // A larger value written in config.json stays selectable (the file allows up to 3600 s).
    m_coalesce->setRange(0, std::max(kMaxCoalesceSeconds, n.coalesceSeconds));
    m_coalesce->setSingleStep(10);
    m_coalesce->setSuffix(tr(" s"));
    m_coalesce->setSpecialValueText(tr("Never"));
    m_coalesce->setValue(n.coalesceSeconds);
    form->addRow(tr("&Group a source's items for:"), m_coalesce);
    auto *tiersLayout = new QVBoxLayout(tiers);
    tiersLayout->addLayout(form);
    tiersLayout->addWidget(hintLabel(tiers, tr("Quiet: the notification shows without sound and with low urgency. "
                                               "Off: only the tray badge and the counts change. New items of one "
                                               "source that arrive within the grouping time share one notification "
                                               "with a count.")));

    auto *focusBox = new QGroupBox(tr("Focus sessions"), this);
    m_digest = new QCheckBox(tr("Show a &digest of what was held back when a session ends"), focusBox);
    m_digest->setObjectName(QStringLiteral("digestEnabled"));
    m_digest->setChecked(n.digest);
    auto *focusLayout = new QVBoxLayout(focusBox);
    focusLayout->addWidget(m_digest);
    focusLayout->addWidget(hintLabel(focusBox, tr("During a session new items are held back; breakthroughs follow "
                                                  "Preferences ▸ Focus and always show.")));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addWidget(tiers);
    layout->addWidget(focusBox);
    layout->addStretch();
    makeLabelsPlain(this);  // Qt::PlainText for every label, the form layouts' captions too

    tiers->setEnabled(n.enabled);
    connect(m_enabled, &QCheckBox::toggled, tiers, &QWidget::setEnabled);
}

QComboBox *NotificationsPage::tierCombo(Tier tier) const
{
    switch (tier) {
    case Tier::Now: return m_now;
    case Tier::Async: return m_async;
    case Tier::Reference: return m_reference;
    }
    return nullptr;
}

NotificationSettings NotificationsPage::settings() const { return applyTo(AppConfig()).notifications; }

AppConfig NotificationsPage::applyTo(AppConfig config) const
{
    // Only what the page edits: per-source modes (and anything another page sets) stay.
    NotificationSettings &n = config.notifications;
    n.enabled = m_enabled->isChecked();
    n.now = modeOf(m_now);
    n.async = modeOf(m_async);
    n.reference = modeOf(m_reference);
    n.coalesceSeconds = m_coalesce->value();
    n.digest = m_digest->isChecked();
    return config;
}

} // namespace fi
