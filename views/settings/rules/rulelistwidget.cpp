#include "settings/rules/rulelistwidget.h"

#include "domain/tier.h"
#include "plaintext.h"
#include "rules/ruleexplain.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace fi {

namespace {

constexpr int kJsonRole = Qt::UserRole;
constexpr int kProblemRole = Qt::UserRole + 1;

/// Updates @p updating for the scope of one programmatic change.
class Updating {
public:
    explicit Updating(bool &flag) : m_flag(flag), m_old(flag) { m_flag = true; }
    ~Updating() { m_flag = m_old; }

private:
    bool &m_flag;
    bool m_old;
};

std::optional<Tier> tierOf(const QJsonValue &value)
{
    if (value.isDouble() && isValidTier(value.toInt()))
        return Tier(value.toInt());
    const QString text = value.toString().toLower();
    if (text == QLatin1String("now"))
        return Tier::Now;
    if (text == QLatin1String("async"))
        return Tier::Async;
    if (text == QLatin1String("reference"))
        return Tier::Reference;
    return std::nullopt;
}

} // namespace

RuleListWidget::RuleListWidget(QWidget *parent) : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("ruleList"));
    m_list->setAccessibleName(tr("Rules, first match wins"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("ruleAdd"));
    m_duplicate = new QPushButton(tr("D&uplicate"), this);
    m_duplicate->setObjectName(QStringLiteral("ruleDuplicate"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("ruleRemove"));
    m_up = new QPushButton(tr("Move u&p"), this);
    m_up->setObjectName(QStringLiteral("ruleUp"));
    m_down = new QPushButton(tr("Move do&wn"), this);
    m_down->setObjectName(QStringLiteral("ruleDown"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_duplicate, m_remove})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    m_dropSettled.setSingleShot(true);
    m_dropSettled.setInterval(0);
    connect(&m_dropSettled, &QTimer::timeout, this, [this] {
        updateButtons();
        Q_EMIT rulesChanged();
        Q_EMIT currentRuleChanged(currentRow());
    });
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        if (!m_updating) {
            updateButtons();
            Q_EMIT rulesChanged();
        }
    });
    // A drop that does not move rows inserts a copy and removes the original.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_list->model(), signal, this, [this] {
            if (!m_updating)
                m_dropSettled.start();
        });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_updating)
            return;
        if (m_dropSettled.isActive())
            return;  // a drop filling in its rows; reported when it settles
        refresh(item);
        Q_EMIT rulesChanged();  // the checkbox
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        updateButtons();
        if (!m_updating)
            Q_EMIT currentRuleChanged(row);
    });

    connect(m_add, &QPushButton::clicked, this, [this] {
        // At the top: first match wins, and a new rule is usually more specific than the rest.
        const QJsonObject rule{
            {QStringLiteral("name"), uniqueName(tr("New rule"))},
            {QStringLiteral("tier"), QStringLiteral("async")},
            {QStringLiteral("when"),
             QJsonObject{{QStringLiteral("conditions"),
                          QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("subject")},
                                                 {QStringLiteral("op"), QStringLiteral("contains")},
                                                 {QStringLiteral("value"), QString()}}}}}}};
        insertRule(0, rule, true);
        Q_EMIT rulesChanged();
        Q_EMIT ruleAdded(0);
    });
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row < 0)
            return;
        QJsonObject copy = ruleAt(row);
        copy.insert(QStringLiteral("name"), uniqueName(tr("%1 (copy)").arg(copy.value(QLatin1String("name")).toString())));
        insertRule(row + 1, copy, m_list->item(row)->checkState() == Qt::Checked);
        Q_EMIT rulesChanged();
        Q_EMIT ruleAdded(row + 1);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row < 0)
            return;
        {
            const Updating updating(m_updating);
            delete m_list->takeItem(row);
            m_list->setCurrentRow(std::min(row, count() - 1));
        }
        updateButtons();
        Q_EMIT rulesChanged();
        Q_EMIT currentRuleChanged(currentRow());
    });
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(+1); });
    updateButtons();
}

void RuleListWidget::setRules(const QJsonArray &rules)
{
    {
        const Updating updating(m_updating);
        m_list->clear();
        for (const QJsonValue &rule : rules) {
            QJsonObject json = rule.toObject();
            insertRule(count(), json, json.value(QLatin1String("enabled")).toBool(true));
        }
        m_list->setCurrentRow(count() > 0 ? 0 : -1);
    }
    updateButtons();
}

void RuleListWidget::insertRule(int row, const QJsonObject &rule, bool enabled)
{
    const Updating updating(m_updating);
    auto *item = new QListWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
    item->setData(kJsonRole, rule);
    item->setCheckState(enabled ? Qt::Checked : Qt::Unchecked);
    m_list->insertItem(row, item);
    refresh(item);
    m_list->setCurrentRow(row);
    updateButtons();
}

QJsonArray RuleListWidget::rules() const
{
    QJsonArray out;
    for (int row = 0; row < count(); ++row)
        out.append(ruleAt(row));
    return out;
}

int RuleListWidget::count() const { return m_list->count(); }

int RuleListWidget::currentRow() const { return m_list->currentRow(); }

void RuleListWidget::setCurrentRow(int row) { m_list->setCurrentRow(row); }

QJsonObject RuleListWidget::ruleAt(int row) const
{
    const QListWidgetItem *item = m_list->item(row);
    if (!item)
        return {};
    QJsonObject rule = item->data(kJsonRole).toJsonObject();
    if (item->checkState() != Qt::Checked)
        rule.insert(QStringLiteral("enabled"), false);
    else if (rule.value(QLatin1String("enabled")) == QJsonValue(false))
        rule.remove(QStringLiteral("enabled"));
    return rule;
}

void RuleListWidget::setRuleAt(int row, const QJsonObject &rule)
{
    QListWidgetItem *item = m_list->item(row);
    if (!item)
        return;
    const Updating updating(m_updating);
    item->setData(kJsonRole, rule);
    refresh(item);
}

void RuleListWidget::setProblem(int row, const QString &problem)
{
    QListWidgetItem *item = m_list->item(row);
    if (!item || item->data(kProblemRole).toString() == problem)
        return;
    const Updating updating(m_updating);
    item->setData(kProblemRole, problem);
    refresh(item);
}

QStringList RuleListWidget::names() const
{
    QStringList out;
    for (int row = 0; row < count(); ++row)
        out << m_list->item(row)->data(kJsonRole).toJsonObject().value(QLatin1String("name")).toString().trimmed();
    return out;
}

void RuleListWidget::refresh(QListWidgetItem *item)
{
    const Updating updating(m_updating);
    const QJsonObject rule = item->data(kJsonRole).toJsonObject();
    const QString name = rule.value(QLatin1String("name")).toString();
    const auto tier = tierOf(rule.value(QLatin1String("tier")));
    item->setText(tier ? tr("%1 → %2").arg(name, tierDisplayName(*tier)) : name);
    const QString problem = item->data(kProblemRole).toString();
    item->setIcon(problem.isEmpty() ? QIcon() : QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
    // Item views show tooltips as rich text when they look like it: pass them through plainToolTip().
    item->setToolTip(plainToolTip(problem.isEmpty() ? describeConditions(rule) : problem));
    item->setData(Qt::AccessibleDescriptionRole, problem.isEmpty() ? describeConditions(rule) : problem);
}

void RuleListWidget::move(int delta)
{
    const int row = currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= count())
        return;
    {
        const Updating updating(m_updating);
        QListWidgetItem *item = m_list->takeItem(row);
        m_list->insertItem(to, item);
        m_list->setCurrentRow(to);
    }
    updateButtons();
    Q_EMIT rulesChanged();
    (delta < 0 ? m_up : m_down)->setFocus();
}

void RuleListWidget::updateButtons()
{
    const int row = currentRow();
    m_duplicate->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < count() - 1);
}

QString RuleListWidget::uniqueName(const QString &base) const
{
    const QStringList taken = names();
    if (!taken.contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString name = QStringLiteral("%1 %2").arg(base).arg(n);
        if (!taken.contains(name))
            return name;
    }
}

} // namespace fi
