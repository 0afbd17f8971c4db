#include "sources/feed/addfeeddialog.h"

#include "concurrency/workerpool.h"
#include "plaintext.h"
#include "sources/feed/feedformfields.h"
#include "sources/feed/feedkind.h"
#include "storage/itemstore.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace fi::feed {

namespace {

/// A fetch for the dialog: shorter than a background refresh (someone is waiting), and a
/// user-typed address may be a web page, so HTML is acceptable too.
net::FetchRequest requestFor(const QUrl &url, int timeoutMs)
{
    net::FetchRequest request;
    request.url = url;
    request.timeoutMs = timeoutMs;
    request.accept = "application/atom+xml, application/rss+xml, application/feed+json, "
                     "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5";
    return request;
}

/// How a URL is shown in messages: as the user would type it.
QString shown(const QUrl &url)
{
    return url.isLocalFile() ? url.toLocalFile() : url.toDisplayString();
}

constexpr int kUrlRole = Qt::UserRole + 1;

} // namespace

AddFeedDialog::AddFeedDialog(const SourceEditorContext &context, QWidget *parent)
    : QDialog(parent),
      m_context(context),
      m_parseWatcher(new QFutureWatcher<FeedParseResult>(this)),
      m_saveWatcher(new QFutureWatcher<qint64>(this))
{
    build();
    connect(m_parseWatcher, &QFutureWatcher<FeedParseResult>::finished, this, &AddFeedDialog::onParsed);
    connect(m_saveWatcher, &QFutureWatcher<qint64>::finished, this, &AddFeedDialog::onSaved);
    updateState();
}

AddFeedDialog::~AddFeedDialog()
{
    if (m_ticket)
        net::HttpFetcher::instance().cancel(m_ticket);
    // Both are bounded (a parse is linear in a size-capped document; the store commits one row).
    m_parseWatcher->waitForFinished();
    m_saveWatcher->waitForFinished();
}

void AddFeedDialog::build()
{
    setWindowTitle(tr("Add Feed"));
    setObjectName(QStringLiteral("addFeedDialog"));
    setSizeGripEnabled(true);
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);

    auto *intro = new QLabel(tr("Paste the address of a feed (RSS, Atom or JSON Feed), or of a web page "
                                "that announces one: Focus Inbox finds it."), this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setPlaceholderText(tr("https://example.org/feed.xml"));
    m_url->setClearButtonEnabled(true);
    m_url->setToolTip(tr("The feed's address, a web page's address, or a local file"));
    m_checkButton = new QPushButton(tr("&Check"), this);
    m_checkButton->setObjectName(QStringLiteral("check"));
    m_checkButton->setAutoDefault(false);
    m_checkButton->setToolTip(tr("Load the address and look for a feed (nothing is saved)"));
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_checkButton);

    m_statusIcon = new QLabel(this);
    m_statusIcon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    makePlainLabel(m_status);  // Qt::PlainText: quotes server errors and feed titles
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 2);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusIcon);
    statusRow->addWidget(m_status, 1);

    m_choiceLabel = new QLabel(tr("Feeds on this &page:"), this);
    m_choiceLabel->setAlignment(Qt::AlignTop);
    m_choices = new QListWidget(this);
    m_choices->setObjectName(QStringLiteral("choices"));
    m_choices->setAccessibleName(tr("Feeds on this page"));
    m_choices->setToolTip(tr("The page announces several feeds: choose the one to add"));
    m_choices->setMaximumHeight(m_choices->fontMetrics().height() * 6);
    m_choices->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_choices->setTextElideMode(Qt::ElideMiddle);
    m_choiceLabel->setBuddy(m_choices);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setToolTip(tr("How this feed is shown in Focus Inbox; filled in from the feed's title"));
    m_interval = makeIntervalBox(this);
    m_tier = makeTierBox(this);
    setTier(m_tier, Tier::Reference);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_addButton = m_buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    m_addButton->setObjectName(QStringLiteral("add"));
    m_addButton->setDefault(true);
    m_addButton->setToolTip(tr("Check the address if needed, then add the feed"));

    // One form, so every field lines up: the address with its outcome and the page's feeds
    // (a row shown only when there is a choice), then the source's settings.
    m_form = new QFormLayout;
    auto *urlLabel = new QLabel(tr("Add&ress:"), this);
    urlLabel->setBuddy(m_url);  // a layout as the field gets no buddy by itself
    m_form->addRow(urlLabel, urlRow);
    m_form->addRow(QString(), statusRow);
    m_form->addRow(m_choiceLabel, m_choices);
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("Check for new entries &every:"), m_interval);
    m_form->addRow(tr("New entries &land in:"), m_tier);
    m_form->setRowVisible(m_choices, false);

    auto *root = new QVBoxLayout(this);
    root->addWidget(intro);
    root->addLayout(m_form);
    root->addStretch(1);
    root->addWidget(m_buttons);

    connect(m_url, &QLineEdit::textChanged, this, &AddFeedDialog::invalidate);
    // Enter in the address field is the default button, Add: it checks first, then adds (or
    // stops at a choice or an error); "Check" only looks.
    connect(m_checkButton, &QPushButton::clicked, this, &AddFeedDialog::check);
    connect(m_choices, &QListWidget::currentRowChanged, this, &AddFeedDialog::onChoiceChanged);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_nameEdited = !text.trimmed().isEmpty();
        updateState();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddFeedDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddFeedDialog::reject);
    m_url->setFocus();
}

void AddFeedDialog::setUrl(const QString &url) { m_url->setText(url); }

bool AddFeedDialog::isBusy() const
{
    return m_fetching || m_parseWatcher->isRunning() || m_saveWatcher->isRunning();
}

void AddFeedDialog::invalidate()
{
    // The address changed: whatever was found for the old one no longer applies.
    ++m_generation;
    if (m_ticket) {
        net::HttpFetcher::instance().cancel(m_ticket);
        m_ticket = 0;
    }
    m_fetching = false;
    m_checked = false;
    m_saveAfterCheck = false;
    m_choices->clear();
    m_form->setRowVisible(m_choices, false);
    if (!m_nameEdited)
        m_name->clear();  // it was the old feed's title
    showStatus(Status::None, {});
    updateState();
}

void AddFeedDialog::check()
{
    if (m_saveWatcher->isRunning())
        return;
    QString error;
    const QUrl url = feedUrlFromInput(m_url->text(), &error);
    invalidate();
    if (!url.isValid()) {
        fail(error);
        return;
    }
    fetch(url, /*discover=*/true);
}

void AddFeedDialog::fetch(const QUrl &url, bool discover)
{
    m_fetching = true;
    showStatus(Status::Busy, tr("Loading %1…").arg(shown(url)));
    updateState();
    const quint64 generation = m_generation;
    m_ticket = net::HttpFetcher::instance().fetch(requestFor(url, m_timeoutMs), this,
                                             [this, url, discover, generation](const net::FetchResponse &response) {
                                                 onFetched(response, url, discover, generation);
                                             });
}

void AddFeedDialog::onFetched(const net::FetchResponse &response, const QUrl &url, bool discover, quint64 generation)
{
    if (generation != m_generation)
        return;  // the address changed meanwhile
    m_ticket = 0;
    m_fetching = false;
    if (response.outcome != net::FetchResponse::Outcome::Ok) {
        QString why = response.error;
        if (why.isEmpty())
            why = response.httpStatus ? tr("The server answered with HTTP status %1.").arg(response.httpStatus)
                                      : tr("No answer.");
        fail(tr("Could not load %1: %2").arg(shown(url), why));
        return;
    }
    const QUrl base = response.finalUrl.isValid() ? response.finalUrl : url;
    if (looksLikeHtml(response.body, response.contentType)) {
        if (!discover) {
            fail(tr("%1 is a web page, not a feed.").arg(shown(url)));
            return;
        }
        const QList<DiscoveredFeed> feeds = discoverFeeds(response.body, base);
        if (feeds.isEmpty()) {
            fail(tr("%1 is a web page that announces no feed. Look for an RSS or Atom link on it and "
                    "paste that address instead.")
                     .arg(shown(url)));
            return;
        }
        if (feeds.size() == 1) {
            fetch(feeds.first().url, /*discover=*/false);
            return;
        }
        offerChoice(feeds);
        return;
    }
    // A permanent redirect is where the feed lives now: subscribe to that.
    m_parsedUrl = response.movedPermanentlyTo.value_or(url);
    showStatus(Status::Busy, tr("Reading the feed…"));
    FeedParseInput input;
    input.bytes = response.body;
    input.url = base;
    input.contentType = response.contentType;
    m_parseWatcher->setProperty("generation", m_generation);
    m_parseWatcher->setFuture(QtConcurrent::run(workerPool(), [input] { return parseFeed(input); }));
    updateState();
}

void AddFeedDialog::onParsed()
{
    if (m_parseWatcher->property("generation").toULongLong() != m_generation) {
        updateState();
        return;
    }
    const FeedParseResult result = m_parseWatcher->result();
    if (!result.ok) {
        fail(result.error.isEmpty() ? tr("%1 is not a feed.").arg(shown(m_parsedUrl))
                                    : tr("%1 is not a feed: %2").arg(shown(m_parsedUrl), result.error));
        return;
    }
    m_checked = true;
    m_feedUrl = m_parsedUrl;
    m_siteUrl = result.document.link;
    const QString title = result.document.title.simplified();
    if (!m_nameEdited)
        m_name->setText(title.isEmpty() ? m_feedUrl.host() : title);
    const int entries = int(result.document.entries.size());
    showStatus(Status::Ok, title.isEmpty() ? tr("Found a feed with %n item(s).", nullptr, entries)
                                           : tr("Found “%1” with %n item(s).", nullptr, entries).arg(title));
    updateState();
    Q_EMIT checkFinished(true);
    if (m_saveAfterCheck) {
        m_saveAfterCheck = false;
        save();
    }
}

void AddFeedDialog::offerChoice(const QList<DiscoveredFeed> &feeds)
{
    m_settingChoice = true;
    m_choices->clear();
    for (const DiscoveredFeed &feed : feeds) {
        // Title and URL come from the page: plain text in a list item.
        const QString label = feed.title.isEmpty() ? shown(feed.url) : feed.title + QStringLiteral("  —  ") + shown(feed.url);
        auto *item = new QListWidgetItem(label, m_choices);
        item->setData(kUrlRole, feed.url);
        item->setToolTip(plainToolTip(shown(feed.url)));
    }
    m_form->setRowVisible(m_choices, true);
    m_settingChoice = false;
    showStatus(Status::None, tr("This page announces %n feeds. Choose the one to add.", nullptr, int(feeds.size())));
    m_saveAfterCheck = false;  // the user chooses first
    updateState();
    Q_EMIT checkFinished(false);
    m_choices->setCurrentRow(0);  // checks the first one (onChoiceChanged)
}

void AddFeedDialog::onChoiceChanged()
{
    QListWidgetItem *item = m_choices->currentItem();
    if (m_settingChoice || !item)
        return;
    // A new choice: forget the previous one's check, but keep the list.
    ++m_generation;
    if (m_ticket) {
        net::HttpFetcher::instance().cancel(m_ticket);
        m_ticket = 0;
    }
    m_checked = false;
    if (!m_nameEdited)
        m_name->clear();
    fetch(item->data(kUrlRole).toUrl(), /*discover=*/false);
}

void AddFeedDialog::fail(const QString &text)
{
    m_checked = false;
    m_saveAfterCheck = false;
    showStatus(Status::Error, text);
    updateState();
    m_url->setFocus();
    Q_EMIT checkFinished(false);
}

void AddFeedDialog::accept()
{
    if (isBusy()) {
        m_saveAfterCheck = !m_saveWatcher->isRunning();
        return;
    }
    if (!m_checked) {
        if (m_choices->isVisible() && m_choices->currentItem()) {
            m_saveAfterCheck = true;
            onChoiceChanged();
            return;
        }
        check();
        m_saveAfterCheck = m_fetching;
        return;
    }
    save();
}

void AddFeedDialog::save()
{
    if (!m_context.store) {
        QDialog::accept();
        return;
    }
    const QString location = m_feedUrl.toString(QUrl::FullyEncoded);
    for (const SourceConfig &s : m_context.store->sources()) {
        if (s.kind == kindKey() && s.location == location) {
            fail(tr("This feed is already in Focus Inbox as “%1”.").arg(s.name));
            return;
        }
    }
    QString name = m_name->text().simplified();
    if (name.isEmpty())
        name = m_feedUrl.isLocalFile() ? m_feedUrl.fileName() : m_feedUrl.host();
    SourceConfig config = configFor(location, name, m_interval->value());
    config.settings.insert(QLatin1String(kTierSetting), int(tierOf(m_tier)));
    if (!m_siteUrl.isEmpty())
        config.settings.insert(QLatin1String(kSiteSetting), m_siteUrl);
    showStatus(Status::Busy, tr("Saving…"));
    m_saveWatcher->setFuture(m_context.store->addSource(config));
    updateState();
}

void AddFeedDialog::onSaved()
{
    const qint64 id = m_saveWatcher->result();
    if (id <= 0) {
        fail(tr("The feed could not be saved; see the log for the database's reason."));
        return;
    }
    m_savedId = id;
    if (m_context.saved)
        m_context.saved(id);
    QDialog::accept();
}

void AddFeedDialog::reject()
{
    if (m_saveWatcher->isRunning())
        return;  // the source is being written: let it finish, then the dialog closes
    QDialog::reject();
}

void AddFeedDialog::showStatus(Status status, const QString &text)
{
    QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
    switch (status) {
    case Status::Ok: icon = QStyle::SP_DialogApplyButton; break;
    case Status::Error: icon = QStyle::SP_MessageBoxWarning; break;
    case Status::Busy: icon = QStyle::SP_BrowserReload; break;
    case Status::None: break;
    }
    const int size = m_status->fontMetrics().height();
    m_statusIcon->setPixmap(icon == QStyle::SP_CustomBase ? QPixmap() : style()->standardIcon(icon).pixmap(size, size));
    m_status->setText(text);
    m_status->setProperty("error", status == Status::Error);
}

void AddFeedDialog::updateState()
{
    const bool saving = m_saveWatcher->isRunning();
    m_checkButton->setEnabled(!saving && !m_url->text().trimmed().isEmpty());
    m_url->setReadOnly(saving);
    m_addButton->setEnabled(!saving && (!m_url->text().trimmed().isEmpty()));
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!saving);
    if (isBusy())
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

} // namespace fi::feed
