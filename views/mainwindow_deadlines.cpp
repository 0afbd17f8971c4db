/// @file mainwindow_deadlines.cpp
/// @brief MainWindow's deadline parts (issue 4): configuration for due texts, the Overdue /
/// Due today filters, "Snooze and pause the clock…" and Edit ▸ Preferences….

#include "mainwindow.h"

#include "deadlines/itemdeadlines.h"
#include "keyboard/shortcutbindings.h"
#include "mainactions.h"
#include "settings/preferencesdialog.h"
#include "storage/itemstore.h"
#include "triage/pauseclockcommand.h"

#include <QAction>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QVBoxLayout>

namespace fi {

void MainWindow::connectDeadlineActions()
{
    const MainActions &a = *m_actions;
    connect(a.preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(a.snoozePaused, &QAction::triggered, this, &MainWindow::snoozePaused);
    connect(a.filterOverdue, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_model->setDeadlineFilter(DeadlineFilter::Overdue);
        else if (m_model->deadlineFilter() == DeadlineFilter::Overdue)
            m_model->setDeadlineFilter(DeadlineFilter::None);
    });
    connect(a.filterDueToday, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_model->setDeadlineFilter(DeadlineFilter::DueToday);
        else if (m_model->deadlineFilter() == DeadlineFilter::DueToday)
            m_model->setDeadlineFilter(DeadlineFilter::None);
    });
    connect(m_model, &InboxModel::deadlineFilterChanged, this, [this](DeadlineFilter filter) {
        m_actions->filterOverdue->setChecked(filter == DeadlineFilter::Overdue);
        m_actions->filterDueToday->setChecked(filter == DeadlineFilter::DueToday);
        if (filter != DeadlineFilter::None)
            statusBar()->showMessage(filter == DeadlineFilter::Overdue
                                         ? tr("Showing overdue items of every tier")
                                         : tr("Showing items of every tier due today"));
        else
            statusBar()->clearMessage();
    });
}

void MainWindow::setAppConfig(const AppConfig &config)
{
    m_config = config;
    const DueFormatter formatter(config.policies, config.workingHours.timeZone());
    m_model->setDueFormatter(formatter);
    m_pane->setDueFormatter(formatter);
    const ItemExplainer explainer(config);  // issue 14: "Why is this here?" (pane and row tooltip)
    m_model->setExplainer(explainer);
    m_model->setConversations(config.conversations);  // issue 18: one row per conversation, or per message
    m_pane->setExplainer(explainer);
    updateInsightsSettings();  // issue 15: the Insights window's clock and zone
    // Issue 12 (KEYS): the user's key bindings, at startup and after Preferences ▸ OK.
    rememberDefaults(m_actions->all());
    if (const QStringList problems = applyShortcuts(m_actions->all(), config.shortcuts); !problems.isEmpty())
        statusBar()->showMessage(tr("Some shortcuts were not bound: %1").arg(problems.join(QStringLiteral("; "))), 15000);
}

void MainWindow::showPreferences()
{
    rememberDefaults(m_actions->all());  // before any rebinding: Undo/Redo have no recorded defaults
    auto *dialog = new PreferencesDialog(m_config, m_actions->all(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDataDirectory(m_dataDir);    // issue 14: Preferences ▸ General
    dialog->setSources(m_store->sources());  // issue 14: Preferences ▸ Me lists their addresses
    dialog->setDndProbe(m_dndProbe);  // issue 14: Preferences ▸ Focus names and tests the desktop's DND
    connectRulesPage(dialog);         // issue 14: Preferences ▸ Rules previews and applies to m_store
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const AppConfig config = dialog->config();
        setAppConfig(config);
        Q_EMIT preferencesChanged(config);
    });
    dialog->open();
}

void MainWindow::snoozePaused()
{
    const auto item = currentItem();
    if (!item || item->state == ItemState::Done)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Snooze and pause the clock"));
    auto *edit = new QDateTimeEdit(
        QDateTime::fromMSecsSinceEpoch(tomorrowAtLocalMs(QDateTime::currentMSecsSinceEpoch())), &dialog);
    edit->setCalendarPopup(true);
    edit->setMinimumDateTime(QDateTime::currentDateTime());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    auto *prompt = new QLabel(tr("Hide until (the response time left resumes then):"), &dialog);
    prompt->setTextFormat(Qt::PlainText);
    layout->addWidget(prompt);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    if (dialog.exec() == QDialog::Accepted)
        snoozePausedUntil(edit->dateTime().toMSecsSinceEpoch());
}

void MainWindow::snoozePausedUntil(qint64 untilMs)
{
    const auto item = currentItem();
    if (!item || item->state == ItemState::Done)
        return;
    const ItemDeadlines deadlines(m_config);
    QMap<qint64, qint64> remaining;
    if (const auto left = deadlines.remainingMinutes(*item, QDateTime::currentMSecsSinceEpoch()))
        remaining.insert(item->id, *left);
    triage(new PauseClockCommand(m_store, {*item}, untilMs, remaining));
    const QString until = QLocale().toString(QDateTime::fromMSecsSinceEpoch(untilMs), QLocale::ShortFormat);
    statusBar()->showMessage(remaining.isEmpty()
                                 ? tr("Snoozed until %1 — press U to undo").arg(until)
                                 : tr("Snoozed until %1, %2 left on the clock — press U to undo")
                                       .arg(until, DueFormatter::windowText(remaining.first())),
                             8000);
}

} // namespace fi
