#include "settings/rules/rulespage.h"

#include "plaintext.h"
#include "settings/rules/conditionrow.h"
#include "settings/rules/ruleform.h"
#include "settings/rules/rulelistwidget.h"
#include "settings/rules/rulepreviewpanel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace fi {

namespace {

/// A rules file larger than this is not a rules file.
constexpr qint64 kMaxRulesFileBytes = 16 * 1024 * 1024;

/// The reason in RuleSet::fromJson()'s message about a rule named @p name at index 0 ("Rule 0
/// ("x") skipped: <reason>."), or the whole message if it has another form.
QString reasonOf(const QString &message, const QString &name)
{
    const QString marker(QChar(0x1));
    const QString pattern =
        QCoreApplication::translate("fi::RuleSet", "Rule %1 (\"%2\") skipped: %3.").arg(0).arg(name, marker);
    const qsizetype at = pattern.indexOf(marker);
    const QString prefix = pattern.left(at);
    const QString suffix = pattern.mid(at + 1);
    if (at < 0 || !message.startsWith(prefix) || !message.endsWith(suffix))
        return message;
    return message.mid(prefix.size(), message.size() - prefix.size() - suffix.size());
}

} // namespace

RulesPage::RulesPage(const AppConfig &config, ItemStore *store, QWidget *parent)
    : QWidget(parent), m_config(config)
{
    auto *intro = new QLabel(tr("New items are placed by the first rule, from the top, whose conditions hold. "
                                "Untick a rule to turn it off; drag rules or use Move up/down to change the order."),
                             this);
    makePlainLabel(intro);
    intro->setWordWrap(true);

    m_list = new RuleListWidget(this);
    m_form = new RuleForm(config.policies, this);
    auto *formScroll = new QScrollArea(this);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setWidget(m_form);
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->setChildrenCollapsible(false);
    top->addWidget(m_list);
    top->addWidget(formScroll);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 3);

    auto *previewBox = new QGroupBox(tr("Stored items"), this);
    m_preview = new RulePreviewPanel(previewBox);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview);
    previewLayout->addWidget(buildButtons());
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(top);
    split->addWidget(previewBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("rulesProblem"));
    makeProblemLabel(m_problem);  // Qt::PlainText (makePlainLabel): it quotes import errors and rule names
    auto *files = new QHBoxLayout;
    files->addWidget(m_problem, 1);
    files->addWidget(m_import);
    files->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(split, 1);
    layout->addLayout(files);

    connect(m_list, &RuleListWidget::rulesChanged, this, &RulesPage::revalidate);
    connect(m_list, &RuleListWidget::currentRuleChanged, this, [this] {
        loadCurrent();
        revalidate();
    });
    connect(m_list, &RuleListWidget::ruleAdded, this, [this] {
        loadCurrent();
        revalidate();
        m_form->nameEdit()->setFocus();
        m_form->nameEdit()->selectAll();
    });
    connect(m_form, &RuleForm::edited, this, &RulesPage::formEdited);

    m_list->setRules(config.rules.toJson());
    loadCurrent();
    setStore(store);
    revalidate();
}

QWidget *RulesPage::buildButtons()
{
    auto *box = new QWidget(this);
    m_apply = new QPushButton(tr("Apply to &stored items"), box);
    m_apply->setObjectName(QStringLiteral("rulesApply"));
    m_apply->setToolTip(tr("Save these rules and move the stored items the preview lists. Edit ▸ Undo takes it back."));
    m_undo = new QPushButton(tr("U&ndo apply"), box);
    m_undo->setObjectName(QStringLiteral("rulesUndoApply"));
    m_undo->setEnabled(false);
    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("rulesStatus"));
    makePlainLabel(m_status);
    m_import = new QPushButton(tr("&Import…"), this);
    m_import->setObjectName(QStringLiteral("rulesImport"));
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("rulesExport"));
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_apply);
    layout->addWidget(m_undo);
    layout->addWidget(m_status, 1);

    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (!isValid() || !m_preview->store())
            return;
        m_undo->setEnabled(true);
        m_status->setText(tr("Applying the rules…"));
        Q_EMIT applyRequested(rules(), m_preview->includeManual());
    });
    connect(m_undo, &QPushButton::clicked, this, [this] {
        m_undo->setEnabled(false);
        m_status->setText(tr("Undoing the apply…"));
        Q_EMIT undoRequested();
    });
    connect(m_import, &QPushButton::clicked, this, &RulesPage::importWithDialog);
    connect(m_export, &QPushButton::clicked, this, &RulesPage::exportWithDialog);
    return box;
}

void RulesPage::setStore(ItemStore *store)
{
    m_preview->setStore(store);
    revalidate();
}

AppConfig RulesPage::applyTo(AppConfig config) const
{
    config.rules = rules();
    return config;
}

RuleSet RulesPage::rules() const { return RuleSet::fromJson(rulesJson(), nullptr); }

QJsonArray RulesPage::rulesJson() const { return m_list->rules(); }

bool RulesPage::isValid() const { return m_problemText.isEmpty(); }

QString RulesPage::problemText() const { return m_problemText; }

void RulesPage::loadCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0) {
        m_form->clearRule();
        return;
    }
    QStringList others = m_list->names();
    others.removeAt(row);
    m_form->setRule(m_list->ruleAt(row), others);
}

void RulesPage::formEdited()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_list->setRuleAt(row, m_form->rule());
    m_status->clear();
    revalidate();
}

void RulesPage::revalidate()
{
    const QJsonArray all = rulesJson();
    const QStringList names = m_list->names();
    int broken = 0;
    QString currentProblem;
    for (int row = 0; row < all.size(); ++row) {
        const QJsonObject rule = all.at(row).toObject();
        const QString name = names.at(row);
        QString problem;
        if (names.count(name) > 1 && !name.isEmpty()) {
            problem = tr("Another rule is also called “%1”; names must be unique.").arg(name);
        } else {
            QStringList errors;
            RuleSet::fromJson(QJsonArray{rule}, &errors);
            if (!errors.isEmpty())
                problem = reasonOf(errors.constFirst(), rule.value(QLatin1String("name")).toString());
        }
        m_list->setProblem(row, problem);
        if (!problem.isEmpty())
            ++broken;
        if (row == m_list->currentRow())
            currentProblem = problem;
    }
    if (m_form->hasRule()) {
        QStringList others = names;
        others.removeAt(m_list->currentRow());
        m_form->setOtherNames(others);
        m_form->setRuleProblem(currentProblem);
    }
    QStringList setErrors;
    const RuleSet set = RuleSet::fromJson(all, &setErrors);
    if (broken > 0)
        m_problemText = tr("%n rule(s) with a mistake (marked in the list): fix them to save or apply the rules.",
                           nullptr, broken);
    else
        m_problemText = setErrors.join(QLatin1Char('\n'));
    m_problem->setText(m_problemText);
    m_problem->setVisible(!m_problemText.isEmpty());
    m_apply->setEnabled(isValid() && m_preview->store());
    m_export->setEnabled(isValid());
    if (isValid()) {
        AppConfig config = m_config;
        config.rules = set;
        m_preview->setConfig(config);
    } else {
        m_preview->setInvalid();
    }
    Q_EMIT changed();
}

void RulesPage::showApplied(int moved)
{
    m_undo->setEnabled(true);
    m_status->setText(tr("Moved %n item(s).", nullptr, moved));
}

void RulesPage::showUndone(int restored)
{
    m_undo->setEnabled(false);
    m_status->setText(tr("Apply undone: %n item(s) back where they were.", nullptr, restored));
}

void RulesPage::showStatus(const QString &text) { m_status->setText(text); }

bool RulesPage::exportRules(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Could not write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.write(QJsonDocument(rulesJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("Could not write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

std::optional<QJsonArray> RulesPage::readRulesFile(const QString &path, QStringList *errors)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append(tr("Could not read “%1”: %2").arg(shown, file.errorString()));
        return std::nullopt;
    }
    if (file.size() > kMaxRulesFileBytes) {
        errors->append(tr("“%1” is too large for a rules file.").arg(shown));
        return std::nullopt;
    }
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError) {
        errors->append(tr("“%1” is not valid JSON: %2 (at byte %3).").arg(shown, parse.errorString()).arg(parse.offset));
        return std::nullopt;
    }
    QJsonArray rules;
    if (doc.isArray())
        rules = doc.array();
    else if (doc.isObject() && doc.object().value(QLatin1String("rules")).isArray())
        rules = doc.object().value(QLatin1String("rules")).toArray();
    else {
        errors->append(tr("“%1” holds no rules: expected a JSON array of rules, or an object with a \"rules\" array.")
                           .arg(shown));
        return std::nullopt;
    }
    RuleSet::fromJson(rules, errors);
    if (!errors->isEmpty())
        return std::nullopt;
    return rules;
}

void RulesPage::importRules(const QString &path)
{
    QStringList errors;
    const std::optional<QJsonArray> rules = readRulesFile(path, &errors);
    if (!rules) {
        showMessage(tr("Import rules"), tr("Nothing was imported from “%1”:").arg(QDir::toNativeSeparators(path))
                                            + QStringLiteral("\n\n") + errors.join(QLatin1Char('\n')));
        return;
    }
    QMessageBox *box = createPlainMessageBox(
        this, QMessageBox::Question, tr("Import rules"),
        tr("Replace the %n rule(s) in the list with %1 from “%2”?", nullptr, m_list->count())
            .arg(tr("the %n rule(s)", nullptr, int(rules->size())), QFileInfo(path).fileName()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    box->setObjectName(QStringLiteral("rulesImportConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, rules = *rules](int result) {
        if (result == QMessageBox::Yes)
            replaceRules(rules);
    });
    box->open();
}

void RulesPage::replaceRules(const QJsonArray &rules)
{
    m_list->setRules(rules);
    loadCurrent();
    revalidate();
    m_status->setText(tr("Imported %n rule(s); OK saves them.", nullptr, int(rules.size())));
}

void RulesPage::showMessage(const QString &title, const QString &text)
{
    QMessageBox *box = createPlainMessageBox(this, QMessageBox::Warning, title, text);
    box->setObjectName(QStringLiteral("rulesMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void RulesPage::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export rules"),
                                                      QDir::home().filePath(QStringLiteral("focus-inbox-rules.json")),
                                                      tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QString error; !exportRules(path, &error))
        showMessage(tr("Export rules"), error);
    else
        m_status->setText(tr("Exported %n rule(s).", nullptr, m_list->count()));
}

void RulesPage::importWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import rules"), QDir::homePath(),
                                                      tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        importRules(path);
}

} // namespace fi
