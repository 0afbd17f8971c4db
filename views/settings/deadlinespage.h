#pragma once
/// @file deadlinespage.h
/// @brief Preferences page "Deadlines": response window and clock per policy, working hours,
/// time zone, holidays, and a live preview ("A message received now would be due Tue 11:30")
/// per tier that follows every edit. GUI thread only.

#include "config/appconfig.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace fi {

class WorkingHoursEditor;

class DeadlinesPage : public QWidget {
    Q_OBJECT
public:
    /// Returns "now" in UTC epoch ms (replaceable for tests).
    using Clock = std::function<qint64()>;

    explicit DeadlinesPage(const AppConfig &config, QWidget *parent = nullptr);

    /// @p config with this page's policies and working hours.
    AppConfig applyTo(AppConfig config) const;
    PolicySet policies() const;
    WorkingHours workingHours() const;
    /// False while a weekday line is invalid (the dialog keeps OK disabled).
    bool isValid() const;

    void setClock(Clock clock);
    /// Preview text of @p tier, e.g. "A message received now would be due Tue 11:30".
    QString previewText(Tier tier) const;
    WorkingHoursEditor *hoursEditor() const { return m_hours; }

Q_SIGNALS:
    void changed();

private:
    struct PolicyRow {
        QString name;
        QCheckBox *owed;
        QSpinBox *hours;
        QSpinBox *minutes;
        QComboBox *clock;
    };
    QWidget *buildPolicies(const PolicySet &policies);
    void updatePreview();

    QList<PolicyRow> m_rows;
    WorkingHoursEditor *m_hours;
    QList<QLabel *> m_preview;  ///< Tier 3, 2, 1; Qt::PlainText (they may name a policy from config.json).
    Clock m_clock;
};

} // namespace fi
