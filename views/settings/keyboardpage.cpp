#include "settings/keyboardpage.h"

#include "deadlinebadge.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fi {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts << key.toString(QKeySequence::NativeText);
    return texts.join(QStringLiteral(" / "));
}

QString quoted(const QString &text)
{
    return KeyboardPage::tr("“%1”").arg(text);
}

} // namespace

KeyboardPage::KeyboardPage(const QList<QAction *> &actions, const AppConfig &config, QWidget *parent)
    : QWidget(parent)
{
    for (QAction *action : actions)
        if (!action->objectName().isEmpty())
            m_actions << action;
    for (auto it = config.shortcuts.begin(); it != config.shortcuts.end(); ++it)
        if (!actionOf(it.key()))
            m_unknown.insert(it.key(), it.value());
    m_bindings = resolveBindings(m_actions, config.shortcuts);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("keyboardFilter"));
    m_filter->setPlaceholderText(tr("Filter by action, id or key"));
    m_filter->setAccessibleName(tr("Filter actions"));
    m_filter->setClearButtonEnabled(true);

    m_table = new QTableWidget(int(m_actions.size()), 4, this);
    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut"), tr("Alternate"), tr("Id")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);  // Tab leaves the table (to the buttons)
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ActionColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ShortcutColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AlternateColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(IdColumn, QHeaderView::ResizeToContents);
    for (int row = 0; row < m_actions.size(); ++row)
        buildRow(row, m_actions.at(row));
    m_table->installEventFilter(this);

    m_selectedLabel = new QLabel(this);
    m_selectedLabel->setTextFormat(Qt::PlainText);
    const QString editNames[2] = {tr("Shortcut"), tr("Alternate shortcut")};
    const QString changeTexts[2] = {tr("&Change…"), tr("Change a&lternate…")};
    auto *form = new QFormLayout;
    for (int slot : {Primary, Alternate}) {
        auto *edit = new QKeySequenceEdit(this);
        edit->setObjectName(slot == Primary ? QStringLiteral("primaryKeyEdit") : QStringLiteral("alternateKeyEdit"));
        edit->setAccessibleName(editNames[slot]);
        // Not in the Tab chain: it records Tab like any key. Enter / "Change…" start it.
        edit->setFocusPolicy(Qt::ClickFocus);
        edit->installEventFilter(this);
        connect(edit, &QKeySequenceEdit::editingFinished, this, [this, slot] { finishRecording(Slot(slot)); });
        m_edits[slot] = edit;
        m_change[slot] = new QPushButton(changeTexts[slot], this);
        m_change[slot]->setObjectName(slot == Primary ? QStringLiteral("changeShortcut") : QStringLiteral("changeAlternate"));
        connect(m_change[slot], &QPushButton::clicked, this, [this, slot] { startRecording(Slot(slot)); });
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(m_change[slot]);
        form->addRow(editNames[slot] + QLatin1Char(':'), row);
    }

    m_clear = new QPushButton(tr("&Remove shortcuts"), this);
    m_clear->setObjectName(QStringLiteral("clearShortcuts"));
    m_reset = new QPushButton(tr("Reset to &default"), this);
    m_reset->setObjectName(QStringLiteral("resetShortcut"));
    m_resetAll = new QPushButton(tr("Reset &all"), this);
    m_resetAll->setObjectName(QStringLiteral("resetAllShortcuts"));
    connect(m_clear, &QPushButton::clicked, this, [this] {
        const QString id = selectedId();
        if (id.isEmpty())
            return;
        m_bindings[id] = {};
        refreshRow(id);
        showSelected();
        setMessage(tr("%1 has no shortcut now.").arg(quoted(actionDisplayText(actionOf(id)))), false);
        Q_EMIT changed();
    });
    connect(m_reset, &QPushButton::clicked, this, [this] { resetToDefault(selectedId()); });
    connect(m_resetAll, &QPushButton::clicked, this, &KeyboardPage::resetAll);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_clear);
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    buttons->addWidget(m_resetAll);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("shortcutMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Shortcut message"));

    auto *hint = new QLabel(tr("Enter records a new shortcut for the selected action, Alt+Enter an alternate; "
                               "two keys in a row make a sequence such as “G, N”. Esc cancels."),
                            this);
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_selectedLabel);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(hint);
    setTabOrder(m_filter, m_table);

    connect(m_filter, &QLineEdit::textChanged, this, &KeyboardPage::filterRows);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &KeyboardPage::showSelected);
    connect(m_table, &QTableWidget::doubleClicked, this, [this] { startRecording(Primary); });
    if (!m_actions.isEmpty())
        m_table->selectRow(0);
    showSelected();
}

void KeyboardPage::buildRow(int row, const QAction *action)
{
    const QString id = action->objectName();
    auto *name = new QTableWidgetItem(action->icon(), actionDisplayText(action));
    name->setData(kIdRole, id);
    name->setToolTip(action->toolTip());
    m_table->setItem(row, ActionColumn, name);
    m_table->setItem(row, ShortcutColumn, new QTableWidgetItem);
    m_table->setItem(row, AlternateColumn, new QTableWidgetItem);
    auto *idItem = new QTableWidgetItem(id);
    idItem->setForeground(palette().brush(QPalette::PlaceholderText));
    m_table->setItem(row, IdColumn, idItem);
    refreshRow(id);
}

void KeyboardPage::refreshRow(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const QList<QKeySequence> keys = m_bindings.value(id);
    const bool isDefault = keys == defaultShortcuts(actionOf(id));
    const QString primary = keys.isEmpty() ? QString() : keys.first().toString(QKeySequence::NativeText);
    const QString rest = keysText(keys.mid(1));
    QTableWidgetItem *name = m_table->item(row, ActionColumn);
    QFont font = name->font();
    font.setBold(!isDefault);  // rebound rows stand out
    for (int column = 0; column < m_table->columnCount(); ++column)
        m_table->item(row, column)->setFont(font);
    m_table->item(row, ShortcutColumn)->setText(primary);
    m_table->item(row, AlternateColumn)->setText(rest);
    // Screen readers read the row's cells; the name cell carries the whole sentence too.
    const QString spoken = keys.isEmpty() ? tr("%1, no shortcut").arg(name->text())
                                          : tr("%1, %2").arg(name->text(), keysText(keys));
    name->setData(Qt::AccessibleTextRole, isDefault ? spoken : tr("%1 (changed)").arg(spoken));
}

void KeyboardPage::showSelected()
{
    const QString id = selectedId();
    const QList<QKeySequence> keys = m_bindings.value(id);
    for (int slot : {Primary, Alternate}) {
        QKeySequence shown;
        if (slot == Primary && !keys.isEmpty())
            shown = keys.first();
        else if (slot == Alternate && keys.size() > 1)
            shown = keys.at(1);
        const QSignalBlocker blocker(m_edits[slot]);
        m_edits[slot]->setKeySequence(shown);
        m_edits[slot]->setEnabled(!id.isEmpty());
        m_change[slot]->setEnabled(!id.isEmpty());
    }
    m_clear->setEnabled(!id.isEmpty() && !keys.isEmpty());
    m_reset->setEnabled(!id.isEmpty() && keys != defaultShortcuts(actionOf(id)));
    m_selectedLabel->setText(id.isEmpty() ? tr("No action selected")
                                          : tr("%1 (%2)").arg(actionDisplayText(actionOf(id)), id));
}

bool KeyboardPage::setKeys(const QString &id, Slot slot, const QKeySequence &keys)
{
    const QAction *action = actionOf(id);
    if (!action)
        return false;
    const QString name = quoted(actionDisplayText(action));
    if (!keys.isEmpty()) {
        if (const auto conflict = findConflict(m_bindings, id, keys)) {
            const QString other = quoted(actionDisplayText(actionOf(conflict->otherId)));
            const QString mine = quoted(keys.toString(QKeySequence::NativeText));
            const QString theirs = quoted(conflict->theirs.toString(QKeySequence::NativeText));
            setMessage(conflict->theirs == keys
                           ? tr("%1 is already the shortcut of %2. Not changed: remove it there first, or choose other keys.")
                                 .arg(mine, other)
                           : tr("%1 clashes with %2 of %3: one starts the other, so only one could ever work. "
                                "Not changed: choose other keys.")
                                 .arg(mine, theirs, other),
                       true);
            showSelected();
            return false;
        }
    }
    QList<QKeySequence> list = m_bindings.value(id);
    if (slot == Primary) {
        if (keys.isEmpty()) {
            if (!list.isEmpty())
                list.removeFirst();
        } else if (list.isEmpty()) {
            list << keys;
        } else {
            list[0] = keys;
        }
    } else {
        list = list.mid(0, 1);
        if (!keys.isEmpty())
            list << keys;
    }
    // The same keys twice in one action (primary = alternate) count once.
    QList<QKeySequence> unique;
    for (const QKeySequence &k : std::as_const(list))
        if (!unique.contains(k))
            unique << k;
    m_bindings[id] = unique;
    refreshRow(id);
    showSelected();
    setMessage(unique.isEmpty() ? tr("%1 has no shortcut now.").arg(name)
                                : tr("%1: %2").arg(name, keysText(unique)),
               false);
    Q_EMIT changed();
    return true;
}

void KeyboardPage::resetToDefault(const QString &id)
{
    const QAction *action = actionOf(id);
    if (!action)
        return;
    const QList<QKeySequence> defaults = defaultShortcuts(action);
    for (const QKeySequence &key : defaults) {
        if (const auto conflict = findConflict(m_bindings, id, key)) {
            setMessage(tr("The default %1 of %2 is now used by %3. Not changed: rebind %3 first.")
                           .arg(quoted(key.toString(QKeySequence::NativeText)),
                                quoted(actionDisplayText(action)),
                                quoted(actionDisplayText(actionOf(conflict->otherId)))),
                       true);
            return;
        }
    }
    m_bindings[id] = defaults;
    refreshRow(id);
    showSelected();
    setMessage(tr("%1 is back to its default.").arg(quoted(actionDisplayText(action))), false);
    Q_EMIT changed();
}

void KeyboardPage::resetAll()
{
    m_bindings = resolveBindings(m_actions, {});
    for (const QAction *action : std::as_const(m_actions))
        refreshRow(action->objectName());
    showSelected();
    setMessage(tr("Every shortcut is back to its default."), false);
    Q_EMIT changed();
}

void KeyboardPage::selectAction(const QString &id)
{
    if (const int row = rowOf(id); row >= 0) {
        m_table->setCurrentCell(row, ActionColumn);
        m_table->selectRow(row);
    }
}

QString KeyboardPage::selectedId() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return {};
    return m_table->item(selected.first()->row(), ActionColumn)->data(kIdRole).toString();
}

QString KeyboardPage::message() const
{
    return m_message->text();
}

void KeyboardPage::startRecording(Slot slot)
{
    if (selectedId().isEmpty())
        return;
    beginRecording(slot);
    m_edits[slot]->setFocus(Qt::ShortcutFocusReason);
}

void KeyboardPage::beginRecording(Slot slot)
{
    const QString id = selectedId();
    m_recording[slot] = true;
    m_edits[slot]->clear();
    setMessage(slot == Primary
                   ? tr("Press the new shortcut for %1 (Esc cancels)…").arg(quoted(actionDisplayText(actionOf(id))))
                   : tr("Press the alternate shortcut for %1 (Esc cancels)…").arg(quoted(actionDisplayText(actionOf(id)))),
               false);
}

void KeyboardPage::finishRecording(Slot slot)
{
    // QKeySequenceEdit also ends editing when it loses focus (after we moved focus back to the
    // table, or when clicked into and left): only a recording started here binds keys.
    if (!m_recording[slot]) {
        showSelected();
        return;
    }
    m_recording[slot] = false;
    const QKeySequence keys = m_edits[slot]->keySequence();
    const QString id = selectedId();
    if (!keys.isEmpty() && !id.isEmpty())
        setKeys(id, slot, keys);
    else
        showSelected();
    if (m_edits[slot]->hasFocus())
        m_table->setFocus(Qt::OtherFocusReason);
}

bool KeyboardPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && !selectedId().isEmpty()) {  // clicked into an editor
        for (int slot : {Primary, Alternate})
            if (watched == m_edits[slot] && !m_recording[slot])
                beginRecording(Slot(slot));
    }
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_table) {
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && !selectedId().isEmpty()) {  // records instead of pressing OK
            startRecording(key->modifiers() & Qt::AltModifier ? Alternate : Primary);
            return true;
        }
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) && m_clear->isEnabled()) {
            m_clear->click();
            return true;
        }
    } else if ((watched == m_edits[Primary] || watched == m_edits[Alternate]) && key->key() == Qt::Key_Escape
               && key->modifiers() == Qt::NoModifier) {
        m_recording[watched == m_edits[Primary] ? Primary : Alternate] = false;
        showSelected();
        setMessage(tr("Not changed."), false);
        m_table->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void KeyboardPage::filterRows(const QString &text)
{
    const QString needle = text.trimmed();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        bool match = needle.isEmpty();
        for (int column = 0; !match && column < m_table->columnCount(); ++column)
            match = m_table->item(row, column)->text().contains(needle, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !match);
    }
}

void KeyboardPage::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette palette = m_message->palette();
    const QColor errorColor = isDarkPalette(this->palette()) ? QColor(0xF0, 0x8A, 0x85) : QColor(0xB0, 0x2A, 0x25);
    palette.setColor(QPalette::WindowText, error ? errorColor : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    m_message->setAccessibleDescription(error ? tr("Error") : QString());
}

int KeyboardPage::rowOf(const QString &id) const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (QTableWidgetItem *item = m_table->item(row, ActionColumn); item && item->data(kIdRole).toString() == id)
            return row;
    return -1;
}

const QAction *KeyboardPage::actionOf(const QString &id) const
{
    for (const QAction *action : m_actions)
        if (action->objectName() == id)
            return action;
    return nullptr;
}

AppConfig KeyboardPage::applyTo(AppConfig config) const
{
    QMap<QString, QStringList> shortcuts = m_unknown;
    const QMap<QString, QStringList> overrides = overridesOf(m_actions, m_bindings);
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        shortcuts.insert(it.key(), it.value());
    config.shortcuts = shortcuts;
    return config;
}

} // namespace fi
