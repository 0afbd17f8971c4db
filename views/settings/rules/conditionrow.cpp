#include "settings/rules/conditionrow.h"

#include "plaintext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace fi {

namespace {

const QString kAttribute = QStringLiteral("attribute");

const QStringList &builtinFields()
{
    static const QStringList fields = {QStringLiteral("sender"), QStringLiteral("recipients"), QStringLiteral("subject"),
                                       QStringLiteral("list"),   QStringLiteral("source"),     QStringLiteral("kind")};
    return fields;
}

const QStringList &ops()
{
    static const QStringList list = {QStringLiteral("contains"), QStringLiteral("is"), QStringLiteral("matches"),
                                     QStringLiteral("one-of")};
    return list;
}

/// The form models/rules/fieldcondition.cpp accepts for an attribute key (after lower-casing).
bool isAttributeKey(const QString &key)
{
    static const QRegularExpression form(QStringLiteral("^[a-z0-9][a-z0-9_-]*\\.[a-z0-9][a-z0-9._-]*$"));
    return form.match(key).hasMatch();
}

QStringList splitValues(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(',')))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

} // namespace

void makeProblemLabel(QLabel *label)
{
    makePlainLabel(label);  // Qt::PlainText: a problem may quote what the user typed
    label->setWordWrap(true);
    QPalette warning = label->palette();
    const bool dark = warning.color(QPalette::Window).lightness() < 128;
    warning.setColor(QPalette::WindowText, dark ? QColor(0xF2, 0x8B, 0x82) : QColor(0xB3, 0x26, 0x1E));
    label->setPalette(warning);
    label->hide();
}

ConditionRow::ConditionRow(QWidget *parent) : QWidget(parent)
{
    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("conditionField"));
    m_field->addItem(tr("Sender"), QStringLiteral("sender"));
    m_field->addItem(tr("Recipients"), QStringLiteral("recipients"));
    m_field->addItem(tr("Subject"), QStringLiteral("subject"));
    m_field->addItem(tr("List"), QStringLiteral("list"));
    m_field->addItem(tr("Source"), QStringLiteral("source"));
    m_field->addItem(tr("Kind"), QStringLiteral("kind"));
    m_field->addItem(tr("Attribute…"), kAttribute);
    m_field->setCurrentIndex(m_field->findData(QStringLiteral("subject")));
    m_field->setAccessibleName(tr("Field"));
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("conditionKey"));
    m_key->setPlaceholderText(tr("github.reason, feed.category, mail.list-id…"));
    m_key->setAccessibleName(tr("Attribute key"));
    m_op = new QComboBox(this);
    m_op->setObjectName(QStringLiteral("conditionOp"));
    m_op->addItem(tr("contains"), QStringLiteral("contains"));
    m_op->addItem(tr("is"), QStringLiteral("is"));
    m_op->addItem(tr("matches regex"), QStringLiteral("matches"));
    m_op->addItem(tr("is one of"), QStringLiteral("one-of"));
    m_op->setAccessibleName(tr("Comparison"));
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("conditionValue"));
    m_value->setAccessibleName(tr("Value"));
    m_remove = new QToolButton(this);
    m_remove->setObjectName(QStringLiteral("conditionRemove"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove this condition"));
    m_remove->setAccessibleName(tr("Remove condition"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("conditionProblem"));
    makeProblemLabel(m_problem);

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(m_field);
    controls->addWidget(m_key, 1);
    controls->addWidget(m_op);
    controls->addWidget(m_value, 2);
    controls->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(controls);
    layout->addWidget(m_problem);

    const auto changed = [this] {
        update();
        Q_EMIT edited();
    };
    connect(m_field, &QComboBox::currentIndexChanged, this, changed);
    connect(m_op, &QComboBox::currentIndexChanged, this, changed);
    connect(m_key, &QLineEdit::textEdited, this, changed);
    connect(m_value, &QLineEdit::textEdited, this, changed);
    connect(m_remove, &QToolButton::clicked, this, &ConditionRow::removeRequested);
    update();
}

bool ConditionRow::canShow(const QJsonValue &condition)
{
    if (!condition.isObject())
        return false;
    const QJsonObject obj = condition.toObject();
    for (auto it = obj.begin(); it != obj.end(); ++it)
        if (it.key() != QLatin1String("field") && it.key() != QLatin1String("op") && it.key() != QLatin1String("value"))
            return false;
    const QString op = obj.value(QLatin1String("op")).toString();
    if (!obj.value(QLatin1String("field")).isString() || !ops().contains(op))
        return false;
    const QJsonValue value = obj.value(QLatin1String("value"));
    if (op == QLatin1String("one-of") && value.isArray()) {
        const QJsonArray list = value.toArray();
        return std::all_of(list.begin(), list.end(), [](const QJsonValue &v) {
            return v.isString() && !v.toString().contains(QLatin1Char(','));  // shown comma-separated
        });
    }
    return value.isString();
}

void ConditionRow::setCondition(const QJsonObject &condition)
{
    const QSignalBlocker fieldBlocker(m_field);
    const QSignalBlocker opBlocker(m_op);
    const QString field = condition.value(QLatin1String("field")).toString().trimmed();
    if (builtinFields().contains(field.toLower())) {
        m_field->setCurrentIndex(m_field->findData(field.toLower()));
        m_key->clear();
    } else {
        m_field->setCurrentIndex(m_field->findData(kAttribute));
        m_key->setText(field);
    }
    m_op->setCurrentIndex(std::max(0, m_op->findData(condition.value(QLatin1String("op")).toString())));
    const QJsonValue value = condition.value(QLatin1String("value"));
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts << v.toString();
        m_value->setText(parts.join(QStringLiteral(", ")));
    } else {
        m_value->setText(value.toString());
    }
    update();
}

QJsonObject ConditionRow::condition() const
{
    const QString fieldId = m_field->currentData().toString();
    const QString field = fieldId == kAttribute ? m_key->text().trimmed() : fieldId;
    const QString op = m_op->currentData().toString();
    QJsonObject out{{QStringLiteral("field"), field}, {QStringLiteral("op"), op}};
    if (op == QLatin1String("one-of"))
        out.insert(QStringLiteral("value"), QJsonArray::fromStringList(splitValues(m_value->text())));
    else
        out.insert(QStringLiteral("value"), m_value->text().trimmed());
    return out;
}

QString ConditionRow::problem() const
{
    if (m_field->currentData().toString() == kAttribute) {
        const QString key = m_key->text().trimmed();
        if (key.isEmpty())
            return tr("Enter an attribute key, such as github.reason, feed.category or mail.list-id.");
        if (!isAttributeKey(key.toLower()))
            return tr("“%1” is not an attribute key: use <namespace>.<name> in letters, digits, '-' and '_', "
                      "such as github.reason.")
                .arg(key);
    }
    const QString op = m_op->currentData().toString();
    const QString value = m_value->text().trimmed();
    if (op == QLatin1String("one-of"))
        return splitValues(value).isEmpty() ? tr("Enter one or more values, separated by commas.") : QString();
    if (value.isEmpty())
        return tr("Enter a value.");
    if (op == QLatin1String("matches")) {
        const QRegularExpression re(value, QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::UseUnicodePropertiesOption);
        if (!re.isValid())
            return tr("Invalid regular expression: %1 (at character %2).")
                .arg(re.errorString())
                .arg(re.patternErrorOffset() + 1);
    }
    return {};
}

void ConditionRow::update()
{
    const bool attribute = m_field->currentData().toString() == kAttribute;
    m_key->setVisible(attribute);
    const QString op = m_op->currentData().toString();
    m_value->setPlaceholderText(op == QLatin1String("one-of")  ? tr("Values, separated by commas")
                                : op == QLatin1String("matches") ? tr("Regular expression (case-insensitive)")
                                                                  : tr("Value"));
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
}

} // namespace fi
