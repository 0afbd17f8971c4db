#include "search/searchfield.h"

#include "search/searchquery.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace fi {

namespace {

QLabel *smallLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);  // the hints quote what the user typed
    label->setWordWrap(true);
    label->setContentsMargins(4, 0, 4, 0);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->hide();
    return label;
}

bool isResultsKey(int key)
{
    return key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter;
}

} // namespace

SearchField::SearchField(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("searchField"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 4);
    layout->setSpacing(2);

    auto *row = new QHBoxLayout;
    row->setSpacing(4);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("searchEdit"));
    m_edit->setPlaceholderText(tr("Search all tiers  ( / )"));
    m_edit->setAccessibleName(tr("Search"));
    m_edit->setToolTip(tr("Words, \"phrases\", -negation, OR, and from: to: source: kind: tier: is: before: after:"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    row->addWidget(m_edit, 1);

    m_save = new QToolButton(this);
    m_save->setObjectName(QStringLiteral("saveSearchButton"));
    m_save->setText(tr("Save…"));
    m_save->setToolTip(tr("Save this search in the sidebar"));
    m_save->setAccessibleName(tr("Save search"));
    m_save->setAutoRaise(true);
    m_save->setEnabled(false);
    row->addWidget(m_save);
    layout->addLayout(row);

    m_scope = smallLabel(this, QStringLiteral("searchScope"));
    m_scope->setEnabled(false);  // dimmed
    layout->addWidget(m_scope);
    m_hint = smallLabel(this, QStringLiteral("searchHint"));
    QPalette hintPalette = m_hint->palette();
    hintPalette.setColor(QPalette::WindowText, QColor(0xB0, 0x5A, 0x00));  // amber: a hint, not an error
    m_hint->setPalette(hintPalette);
    m_hint->setAccessibleName(tr("Search hint"));
    layout->addWidget(m_hint);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SearchField::searchNow);
    connect(m_edit, &QLineEdit::textEdited, this, [this] { m_debounce.start(); });
    // The clear button (and setText) change the text without textEdited.
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            searchNow();
    });
    connect(m_save, &QToolButton::clicked, this, &SearchField::saveRequested);
}

QString SearchField::text() const
{
    return m_edit->text();
}

void SearchField::setText(const QString &text)
{
    m_edit->setText(text);
    searchNow();
}

void SearchField::focusField()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SearchField::searchNow()
{
    m_debounce.stop();
    const QString text = m_edit->text().trimmed();
    updateHints();
    if (text == m_searched)
        return;
    m_searched = text;
    m_save->setEnabled(!text.isEmpty());
    if (text.isEmpty())
        m_scope->hide();
    Q_EMIT searchChanged(text);
}

void SearchField::setResultCount(int count)
{
    if (m_searched.isEmpty()) {
        m_scope->hide();
        return;
    }
    m_scope->setText(count < 0    ? tr("Searching all tiers, done and snoozed included…")
                     : count == 1 ? tr("All tiers, done and snoozed included · 1 result")
                                  : tr("All tiers, done and snoozed included · %1 results").arg(QLocale().toString(count)));
    m_scope->show();
}

void SearchField::updateHints()
{
    const QString text = m_edit->text().trimmed();
    QStringList messages;
    if (!text.isEmpty()) {
        const SearchQuery query = parseSearch(text);
        for (const SearchHint &hint : query.hints)
            messages << hint.message;
    }
    m_hint->setText(messages.join(QLatin1Char('\n')));
    m_hint->setVisible(!messages.isEmpty());
}

bool SearchField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_edit)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        // Keys the field handles itself must not trigger window shortcuts (Enter = open item).
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Backtab) {
            event->accept();
            return true;
        }
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            // Tab moves on to "Save…" as in any form, instead of switching tiers.
            if (isResultsKey(key->key()) || key->key() == Qt::Key_Escape || key->key() == Qt::Key_Tab) {
                event->accept();
                return true;
            }
        }
    } else if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() != Qt::NoModifier && key->modifiers() != Qt::KeypadModifier)
            return false;
        if (key->key() == Qt::Key_Escape) {
            Q_EMIT leaveRequested();
            return true;
        }
        if (isResultsKey(key->key())) {
            searchNow();
            Q_EMIT resultsRequested();
            return true;
        }
    }
    return false;
}

} // namespace fi
