#pragma once
/// @file triagepage.h
/// @brief Preferences ▸ Triage (issue 12): where the selection goes after an action (done,
/// snooze, a tier, read/unread, flag): the next item or the previous one; and whether the list
/// groups messages into conversations (issue 18, AppConfig::conversations). The page edits a copy;
/// the dialog's OK hands it back through applyTo(). GUI thread only.

#include "config/appconfig.h"

#include <QWidget>

class QCheckBox;
class QRadioButton;

namespace fi {

class TriagePage : public QWidget {
    Q_OBJECT
public:
    /// @param config its afterTriage is the starting choice.
    explicit TriagePage(const AppConfig &config, QWidget *parent = nullptr);

    /// @p config with this page's choice.
    AppConfig applyTo(AppConfig config) const;
    AppConfig::AfterTriage afterTriage() const;
    /// Radio buttons, for tests (object names "afterNext", "afterPrevious").
    QRadioButton *nextButton() const { return m_next; }
    QRadioButton *previousButton() const { return m_previous; }
    /// "Group messages into conversations" (object name "conversations"), for tests.
    QCheckBox *conversationsBox() const { return m_conversations; }

private:
    QRadioButton *m_next;
    QRadioButton *m_previous;
    QCheckBox *m_conversations;
};

} // namespace fi
