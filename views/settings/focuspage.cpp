#include "settings/focuspage.h"

#include "focus/calendarsessions.h"
#include "plaintext.h"
#include "settings/focus/weekgrid.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fi {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    makePlainLabel(label);
    label->setWordWrap(true);
    return label;
}

/// addr-spec-looking ("boss@example.org"): one '@' with text on both sides, no spaces or brackets.
bool looksLikeAddress(const QString &text)
{
    static const QRegularExpression address(QStringLiteral("^[^@\\s<>(),;:\"]+@[^@\\s<>(),;:\"]+$"));
    return address.match(text).hasMatch();
}

} // namespace

FocusPage::FocusPage(const AppConfig &config, QWidget *parent)
    : QWidget(parent), m_original(config.focus), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    auto *right = new QVBoxLayout;
    right->addWidget(buildSessions());
    right->addWidget(buildCalendar());
    right->addWidget(buildBreakthrough());
    right->addWidget(buildDnd());
    m_problem = plainLabel(QString(), this);
    m_problem->setObjectName(QStringLiteral("focusProblem"));
    QPalette warning = m_problem->palette();
    const bool dark = warning.color(QPalette::Window).lightness() < 128;
    warning.setColor(QPalette::WindowText, dark ? QColor(0xF2, 0x8B, 0x82) : QColor(0xB3, 0x26, 0x1E));
    m_problem->setPalette(warning);
    right->addWidget(m_problem);
    right->addStretch();

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(buildSchedule(), 3);
    layout->addLayout(right, 2);

    reloadCalendar();
    refresh();
}

QWidget *FocusPage::buildSchedule()
{
    auto *box = new QGroupBox(tr("Weekly schedule"), this);
    m_grid = new WeekGrid(box);
    m_grid->setObjectName(QStringLiteral("focusWeekGrid"));
    m_grid->setSchedule(m_original.schedule);
    connect(m_grid, &WeekGrid::changed, this, &FocusPage::refresh);

    m_zone = new QComboBox(box);
    m_zone->setObjectName(QStringLiteral("focusTimeZone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zone->setCurrentText(QString::fromUtf8(m_original.schedule.zone().id()));
    connect(m_zone, &QComboBox::editTextChanged, this, [this] {
        reloadCalendar();  // floating calendar times are read in this zone
        refresh();
    });

    m_preview = plainLabel(QString(), box);
    m_preview->setObjectName(QStringLiteral("focusNextSession"));
    auto *hint = plainLabel(tr("Drag on a day to draw a block; drag its edges to resize it or its middle to "
                               "move it; Delete removes the selected block. Arrow keys select blocks, "
                               "Shift+Up/Down changes the end, Ctrl+Up/Down moves it."),
                            box);

    auto *zoneRow = new QFormLayout;
    zoneRow->addRow(tr("&Time zone"), m_zone);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_grid, 1);
    layout->addLayout(zoneRow);
    layout->addWidget(m_preview);
    layout->addWidget(hint);
    return box;
}

QWidget *FocusPage::buildSessions()
{
    auto *box = new QGroupBox(tr("Manual sessions"), this);
    m_minutes = new QSpinBox(box);
    m_minutes->setObjectName(QStringLiteral("focusDefaultMinutes"));
    m_minutes->setRange(5, 480);
    m_minutes->setSingleStep(5);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(m_original.defaultSessionMinutes);
    m_minutes->setAccessibleName(tr("Default session length in minutes"));
    connect(m_minutes, &QSpinBox::valueChanged, this, &FocusPage::refresh);
    auto *form = new QFormLayout(box);
    form->addRow(tr("&Start focus lasts"), m_minutes);
    return box;
}

QWidget *FocusPage::buildCalendar()
{
    auto *box = new QGroupBox(tr("Sessions from a calendar"), this);
    m_calendarFile = new QLineEdit(m_original.calendarFile, box);
    m_calendarFile->setObjectName(QStringLiteral("focusCalendarFile"));
    m_calendarFile->setPlaceholderText(tr("An .ics file (optional)"));
    m_calendarFile->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), box);
    connect(browse, &QPushButton::clicked, this, &FocusPage::browseCalendar);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_calendarFile, 1);
    fileRow->addWidget(browse);

    m_pattern = new QLineEdit(m_original.calendarPattern, box);
    m_pattern->setObjectName(QStringLiteral("focusCalendarPattern"));
    m_pattern->setToolTip(tr("A regular expression matched against each event's title, ignoring case"));
    m_calendarPreview = plainLabel(QString(), box);
    m_calendarPreview->setObjectName(QStringLiteral("focusCalendarPreview"));
    for (QLineEdit *edit : {m_calendarFile, m_pattern}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            reloadCalendar();
            refresh();
        });
    }

    auto *form = new QFormLayout(box);
    auto *fileLabel = new QLabel(tr("&File"), box);
    fileLabel->setTextFormat(Qt::PlainText);
    fileLabel->setBuddy(m_calendarFile);  // a row of two widgets: QFormLayout cannot set the buddy itself
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("Events &titled"), m_pattern);
    form->addRow(m_calendarPreview);
    return box;
}

QWidget *FocusPage::buildBreakthrough()
{
    auto *box = new QGroupBox(tr("Who may interrupt a session"), this);
    m_tier3Only = new QRadioButton(tr("Tier &3 only"), box);
    m_tier3Only->setObjectName(QStringLiteral("breakthroughTier3"));
    m_tier3Overdue = new QRadioButton(tr("Tier 3 and anything &overdue"), box);
    m_tier3Overdue->setObjectName(QStringLiteral("breakthroughOverdue"));
    m_sendersOnly = new QRadioButton(tr("Only the senders below"), box);
    m_sendersOnly->setObjectName(QStringLiteral("breakthroughSendersOnly"));
    auto *group = new QButtonGroup(this);
    for (QRadioButton *button : {m_tier3Only, m_tier3Overdue, m_sendersOnly})
        group->addButton(button);
    const BreakthroughRules &rules = m_original.breakthrough;
    if (rules.tier3)
        (rules.overdue ? m_tier3Overdue : m_tier3Only)->setChecked(true);
    else if (!rules.overdue)
        m_sendersOnly->setChecked(true);
    // Tier 3 off but overdue on (written by hand in config.json) has no button: none is checked
    // and applyTo() keeps it unless the user picks one.
    connect(group, &QButtonGroup::buttonToggled, this, &FocusPage::refresh);

    m_senders = new QPlainTextEdit(box);
    m_senders->setObjectName(QStringLiteral("breakthroughSenders"));
    m_senders->setPlainText(rules.senders.join(QLatin1Char('\n')));
    m_senders->setPlaceholderText(tr("boss@example.org"));
    m_senders->setTabChangesFocus(true);
    m_senders->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_senders->setAccessibleName(tr("Senders who always break through"));
    connect(m_senders, &QPlainTextEdit::textChanged, this, &FocusPage::refresh);

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_tier3Only);
    layout->addWidget(m_tier3Overdue);
    layout->addWidget(m_sendersOnly);
    if (!rules.tier3Sources.isEmpty())
        layout->addWidget(plainLabel(tr("Tier 3 breaks through only from these sources (config.json): %1")
                                         .arg(rules.tier3Sources.join(QStringLiteral(", "))),
                                     box));
    layout->addWidget(plainLabel(tr("Senders who always break through (one address per line):"), box));
    layout->addWidget(m_senders);
    return box;
}

QWidget *FocusPage::buildDnd()
{
    auto *box = new QGroupBox(tr("Desktop Do Not Disturb"), this);
    m_dnd = new QCheckBox(tr("Turn on the desktop's Do Not &Disturb during sessions"), box);
    m_dnd->setObjectName(QStringLiteral("focusControlDnd"));
    m_dnd->setChecked(m_original.controlDesktopDnd);
    connect(m_dnd, &QCheckBox::toggled, this, &FocusPage::refresh);
    m_dndBackend = plainLabel(QString(), box);
    m_dndBackend->setObjectName(QStringLiteral("focusDndBackend"));
    m_dndTest = new QPushButton(tr("&Test"), box);
    m_dndTest->setObjectName(QStringLiteral("focusDndTest"));
    m_dndTest->setToolTip(tr("Turn Do Not Disturb on, check it, and turn it off again"));
    connect(m_dndTest, &QPushButton::clicked, this, &FocusPage::runDndTest);
    m_dndResult = plainLabel(QString(), box);
    m_dndResult->setObjectName(QStringLiteral("focusDndResult"));
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_dndTest);
    testRow->addWidget(m_dndResult, 1);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_dnd);
    layout->addWidget(m_dndBackend);
    layout->addLayout(testRow);
    setDndProbe({});
    return box;
}

void FocusPage::setDndProbe(DndProbe probe)
{
    m_probe = std::move(probe);
    if (m_probe.name.isEmpty() && !m_probe.test)
        m_dndBackend->setText(tr("Which desktop Do Not Disturb is used is known once Focus Inbox runs."));
    else if (m_probe.functional)
        m_dndBackend->setText(tr("Found on this desktop: %1").arg(m_probe.name));
    else
        m_dndBackend->setText(tr("No desktop Do Not Disturb found (%1); during sessions only Focus Inbox's own "
                                 "notifications are held back.")
                                  .arg(m_probe.name));
    m_dndTest->setEnabled(bool(m_probe.test));
    m_dndResult->clear();
}

void FocusPage::runDndTest()
{
    if (!m_probe.test)
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const QString result = m_probe.test();
    QGuiApplication::restoreOverrideCursor();
    m_dndResult->setText(result);
}

void FocusPage::browseCalendar()
{
    const QString start = m_calendarFile->text().isEmpty() ? QDir::homePath() : QFileInfo(m_calendarFile->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Calendar file"), start,
                                                      tr("iCalendar files (*.ics);;All files (*)"));
    if (!path.isEmpty())
        m_calendarFile->setText(QDir::toNativeSeparators(path));
}

void FocusPage::setClock(Clock clock)
{
    m_clock = std::move(clock);
    reloadCalendar();
    refresh();
}

QTimeZone FocusPage::zone() const
{
    // QTimeZone(id).isValid(), not isTimeZoneIdAvailable(): the system zone may be an alias
    // ("Etc/UTC") that is valid but not in the list of available ids.
    const QByteArray id = m_zone->currentText().trimmed().toUtf8();
    if (const QTimeZone typed(id); !id.isEmpty() && typed.isValid())
        return typed;
    return m_original.schedule.zone();
}

void FocusPage::reloadCalendar()
{
    m_calendarIntervals.clear();
    m_calendarError.clear();
    const QString path = m_calendarFile->text().trimmed();
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        m_calendarError = tr("The calendar file %1 does not exist or cannot be read.").arg(path);
        return;
    }
    if (!QRegularExpression(m_pattern->text()).isValid())
        return;  // problemText() says so
    m_calendarFromMs = m_clock();
    m_calendarIntervals = readCalendarSessions(path, m_pattern->text(), m_calendarFromMs - kDayMs,
                                               m_calendarFromMs + 8 * kDayMs, zone(), &m_calendarError);
}

QStringList FocusPage::senders(QStringList *invalid) const
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList out;
    for (const QString &word : m_senders->toPlainText().split(separators, Qt::SkipEmptyParts)) {
        if (!looksLikeAddress(word)) {
            if (invalid)
                *invalid << word;
            continue;
        }
        if (!out.contains(word.toLower()))
            out << word.toLower();
    }
    return out;
}

QStringList FocusPage::problems(bool blockingOnly) const
{
    QStringList problems;
    const QString zoneText = m_zone->currentText().trimmed();
    if (zoneText.isEmpty() || !QTimeZone(zoneText.toUtf8()).isValid())
        problems << tr("Unknown time zone \"%1\"; pick one from the list (e.g. Europe/Berlin).").arg(zoneText);
    const QRegularExpression pattern(m_pattern->text());
    if (!pattern.isValid())
        problems << tr("The calendar pattern is not a valid regular expression: %1 (at character %2).")
                        .arg(pattern.errorString())
                        .arg(pattern.patternErrorOffset() + 1);
    // A calendar file that config.json already named but that is gone now (an unmounted drive)
    // is reported, but does not keep the other pages from being saved; a newly typed one must work.
    if (!m_calendarError.isEmpty()
        && (!blockingOnly || m_calendarFile->text().trimmed() != m_original.calendarFile.trimmed()))
        problems << m_calendarError;
    QStringList invalid;
    senders(&invalid);
    if (!invalid.isEmpty())
        problems << tr("Not an e-mail address: %1").arg(invalid.join(QStringLiteral(", ")));
    return problems;
}

QString FocusPage::problemText() const { return problems(false).join(QLatin1Char('\n')); }

bool FocusPage::isValid() const { return problems(true).isEmpty(); }

FocusSettings FocusPage::settings() const
{
    FocusSettings s = m_original;
    s.schedule = FocusSchedule(zone(), m_grid->blocks());
    s.calendarFile = m_calendarFile->text().trimmed();
    if (QRegularExpression(m_pattern->text()).isValid())
        s.calendarPattern = m_pattern->text();
    s.defaultSessionMinutes = m_minutes->value();
    s.controlDesktopDnd = m_dnd->isChecked();
    if (m_tier3Only->isChecked() || m_tier3Overdue->isChecked() || m_sendersOnly->isChecked()) {
        s.breakthrough.tier3 = !m_sendersOnly->isChecked();
        s.breakthrough.overdue = m_tier3Overdue->isChecked();
    }
    s.breakthrough.senders = senders(nullptr);
    return s;
}

AppConfig FocusPage::applyTo(AppConfig config) const
{
    config.focus = settings();
    return config;
}

QString FocusPage::previewText() const
{
    const QTimeZone tz = zone();
    FocusSchedule schedule(tz, m_grid->blocks());
    schedule.setExtraIntervals(m_calendarIntervals);
    const qint64 now = m_clock();
    const QLocale locale;
    const auto at = [&](qint64 ms, const QString &format) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ms, tz), format);
    };
    const QString dayTime = tr("ddd HH:mm");  // a QDateTime format: "Tue 09:00"
    const QString time = QStringLiteral("HH:mm");
    const auto sameDay = [&](qint64 a, qint64 b) {
        return QDateTime::fromMSecsSinceEpoch(a, tz).date() == QDateTime::fromMSecsSinceEpoch(b - 1, tz).date();
    };
    if (const auto active = schedule.activeAt(now))
        return tr("In a session now, until %1").arg(at(active->endMs, sameDay(now, active->endMs) ? time : dayTime));
    if (const auto next = schedule.nextStartAfter(now)) {
        const QList<FocusInterval> found = schedule.intervals(*next, *next + 1);
        const qint64 end = found.isEmpty() ? *next : found.first().endMs;
        //: The next focus session, e.g. "Your next session: Tue 09:00–11:00".
        return tr("Your next session: %1–%2").arg(at(*next, dayTime), at(end, sameDay(*next, end) ? time : dayTime));
    }
    return tr("No session scheduled");
}

QString FocusPage::calendarPreviewText() const
{
    if (m_calendarFile->text().trimmed().isEmpty() || !m_calendarError.isEmpty()
        || !QRegularExpression(m_pattern->text()).isValid())
        return QString();
    const qint64 now = m_calendarFromMs;
    const auto count = std::count_if(m_calendarIntervals.cbegin(), m_calendarIntervals.cend(),
                                     [now](const FocusInterval &i) { return i.endMs > now && i.startMs < now + 7 * kDayMs; });
    return tr("%n session(s) in the next 7 days", nullptr, int(count));
}

void FocusPage::refresh()
{
    m_grid->setTimeZone(zone());
    m_preview->setText(previewText());
    const QString calendar = calendarPreviewText();
    m_calendarPreview->setText(calendar);
    m_calendarPreview->setVisible(!calendar.isEmpty());
    const QString problem = problemText();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    Q_EMIT changed();
}

} // namespace fi
