#include "settings/deadlinespage.h"

#include "deadlines/deadlinecalculator.h"
#include "deadlines/dueformatter.h"
#include "plaintext.h"
#include "settings/workinghourseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fi {

DeadlinesPage::DeadlinesPage(const AppConfig &config, QWidget *parent) : QWidget(parent)
{
    auto *policies = new QGroupBox(tr("Response windows"), this);
    auto *policyLayout = new QVBoxLayout(policies);
    policyLayout->addWidget(buildPolicies(config.policies));

    auto *hoursBox = new QGroupBox(tr("Working hours"), this);
    auto *hoursLayout = new QVBoxLayout(hoursBox);
    m_hours = new WorkingHoursEditor(hoursBox);
    m_hours->setWorkingHours(config.workingHours);
    hoursLayout->addWidget(m_hours);

    auto *previewBox = new QGroupBox(tr("Preview"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    for (Tier tier : {Tier::Now, Tier::Async, Tier::Reference}) {
        auto *label = new QLabel(previewBox);
        makePlainLabel(label);  // Qt::PlainText: the preview may name a policy from config.json
        label->setObjectName(QStringLiteral("previewTier%1").arg(int(tier)));
        previewLayout->addWidget(label);
        m_preview << label;
    }

    auto *left = new QVBoxLayout;
    left->addWidget(policies);
    left->addWidget(previewBox);
    left->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addWidget(hoursBox, 1);

    connect(m_hours, &WorkingHoursEditor::changed, this, &DeadlinesPage::changed);
    connect(this, &DeadlinesPage::changed, this, &DeadlinesPage::updatePreview);
    updatePreview();
}

QWidget *DeadlinesPage::buildPolicies(const PolicySet &policies)
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Policy"), box), 0, 0);
    grid->addWidget(new QLabel(tr("Window"), box), 0, 2, 1, 2);
    grid->addWidget(new QLabel(tr("Clock"), box), 0, 4);
    grid->addWidget(new QLabel(tr("Reply"), box), 0, 1);
    // Tier defaults first (Now, Async, Reference), then the named policies by name.
    QList<ResponsePolicy> ordered;
    for (Tier tier : {Tier::Now, Tier::Async, Tier::Reference})
        ordered << policies.forTier(tier);
    for (const ResponsePolicy &policy : policies.policies()) {
        if (!policy.name.endsWith(QLatin1String("-default")) || !policy.name.startsWith(QLatin1String("tier")))
            ordered << policy;
    }
    int row = 1;
    for (const ResponsePolicy &policy : std::as_const(ordered)) {
        PolicyRow r{policy.name, new QCheckBox(box), new QSpinBox(box), new QSpinBox(box), new QComboBox(box)};
        r.owed->setToolTip(tr("A reply is expected"));
        r.owed->setChecked(policy.windowMinutes.has_value());
        r.hours->setRange(0, 24 * 30);
        r.hours->setSuffix(tr(" h"));
        r.minutes->setRange(0, 59);
        r.minutes->setSingleStep(5);
        r.minutes->setSuffix(tr(" min"));
        r.hours->setValue(int(policy.windowMinutes.value_or(0) / 60));
        r.minutes->setValue(int(policy.windowMinutes.value_or(0) % 60));
        r.clock->addItem(tr("Calendar"), int(DeadlineClock::Calendar));
        r.clock->addItem(tr("Working hours"), int(DeadlineClock::Working));
        r.clock->setCurrentIndex(policy.clock == DeadlineClock::Working ? 1 : 0);
        const QString id = policy.name;
        r.hours->setObjectName(id + QStringLiteral("-hours"));
        r.minutes->setObjectName(id + QStringLiteral("-minutes"));
        r.clock->setObjectName(id + QStringLiteral("-clock"));
        r.owed->setObjectName(id + QStringLiteral("-owed"));
        auto enable = [r] {
            r.hours->setEnabled(r.owed->isChecked());
            r.minutes->setEnabled(r.owed->isChecked());
            r.clock->setEnabled(r.owed->isChecked());
        };
        enable();
        connect(r.owed, &QCheckBox::toggled, this, enable);
        connect(r.owed, &QCheckBox::toggled, this, &DeadlinesPage::changed);
        connect(r.hours, &QSpinBox::valueChanged, this, &DeadlinesPage::changed);
        connect(r.minutes, &QSpinBox::valueChanged, this, &DeadlinesPage::changed);
        connect(r.clock, &QComboBox::currentIndexChanged, this, &DeadlinesPage::changed);
        auto *name = new QLabel(DueFormatter::policyDisplayName(policy.name), box);
        makePlainLabel(name);  // Qt::PlainText: a policy name from config.json is shown as written
        grid->addWidget(name, row, 0);
        grid->addWidget(r.owed, row, 1);
        grid->addWidget(r.hours, row, 2);
        grid->addWidget(r.minutes, row, 3);
        grid->addWidget(r.clock, row, 4);
        m_rows << r;
        ++row;
    }
    return box;
}

PolicySet DeadlinesPage::policies() const
{
    PolicySet set;
    for (const PolicyRow &r : m_rows) {
        ResponsePolicy policy;
        policy.name = r.name;
        if (r.owed->isChecked())
            policy.windowMinutes = qint64(r.hours->value()) * 60 + r.minutes->value();
        policy.clock = DeadlineClock(r.clock->currentData().toInt());
        set.insert(policy);
    }
    return set;
}

WorkingHours DeadlinesPage::workingHours() const
{
    return m_hours->workingHours();
}

bool DeadlinesPage::isValid() const
{
    return m_hours->isValid();
}

AppConfig DeadlinesPage::applyTo(AppConfig config) const
{
    config.policies = policies();
    config.workingHours = workingHours();
    return config;
}

void DeadlinesPage::setClock(Clock clock)
{
    m_clock = std::move(clock);
    updatePreview();
}

QString DeadlinesPage::previewText(Tier tier) const
{
    const qint64 now = m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
    const WorkingHours hours = workingHours();
    const ResponsePolicy policy = policies().forTier(tier);
    const std::optional<qint64> due = DeadlineCalculator(hours).due(now, policy);
    if (!due)
        return tr("%1: no reply expected").arg(tierDisplayName(tier));
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(*due, hours.timeZone());
    const QDateTime today = QDateTime::fromMSecsSinceEpoch(now, hours.timeZone());
    const QString when = local.date() == today.date()
        ? QLocale().toString(local.time(), tr("HH:mm"))
        : QLocale().toString(local, local.date().daysTo(today.date()) > -7 ? tr("ddd HH:mm") : tr("ddd d MMM HH:mm"));
    return tr("%1: a message received now would be due %2").arg(tierDisplayName(tier), when);
}

void DeadlinesPage::updatePreview()
{
    const Tier tiers[] = {Tier::Now, Tier::Async, Tier::Reference};
    for (int i = 0; i < 3; ++i)
        m_preview.at(i)->setText(previewText(tiers[i]));
}

} // namespace fi
