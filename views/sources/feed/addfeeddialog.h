#pragma once
/// @file addfeeddialog.h
/// @brief File ▸ Add feed… (feededitor.h): the address of a feed or of a web page announcing
/// one, checked by fetching it (net::HttpFetcher) and parsing it (feed::parseFeed) before it is
/// saved; a web page is searched for its feeds (feed::discoverFeeds, RSS autodiscovery). Issue 11.

#include "sources/feed/feeddocument.h"
#include "sources/feed/feeddiscovery.h"
#include "net/httpfetcher.h"
#include "sources/feed/feedparser.h"
#include "sources/sourceeditors.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QUrl>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace fi::feed {

/**
 * @brief Dialog adding one feed source.
 *
 * "Check" (or Add, which checks first when needed) fetches the URL (http, https, file; a bare
 * host name gets http://). A feed is parsed on a worker thread and its title pre-fills the name
 * (unless the user typed one). A web page (looksLikeHtml) is searched for announced feeds: one
 * is checked at once, several are listed for the user to choose (the first is checked). Every
 * failure (HTTP 404, a page without feeds, not a feed, a timeout) is shown as plain text with the
 * URL still editable. Add stores the source (ItemStore::addSource: kind feed, the feed's URL,
 * name, refresh interval in minutes (≥ 5, default 30), default tier (Reference by default),
 * the site's URL), then calls context.saved(id) and closes. A feed already configured (same URL)
 * is refused with its name.
 *
 * GUI thread only. Nothing blocks the GUI thread: the store write is awaited with a watcher,
 * and a running parse or save is waited for in the destructor (both are bounded).
 */
class AddFeedDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddFeedDialog(const SourceEditorContext &context, QWidget *parent = nullptr);
    ~AddFeedDialog() override;

    /// Set the URL field (as typing it would).
    void setUrl(const QString &url);
    /// The feed the last successful check found (after autodiscovery and permanent redirects);
    /// empty until a check succeeded with the URL as it is now.
    QUrl feedUrl() const { return m_checked ? m_feedUrl : QUrl(); }
    /// Time limit of each fetch, ms (default 20,000: someone is waiting). Applies to later checks.
    void setFetchTimeout(int ms) { m_timeoutMs = ms; }
    /// Whether a check, a fetch or a save is running.
    bool isBusy() const;
    /// The id the source was saved as; 0 before.
    qint64 savedId() const { return m_savedId; }

public Q_SLOTS:
    /// Fetch and check the URL as typed (the "Check" button).
    void check();
    void accept() override;
    void reject() override;

Q_SIGNALS:
    /// A check finished: @p ok = a feed was found (its title is in the name field when the user
    /// had not typed one); otherwise the status shows why, or the page's feeds wait for a choice.
    void checkFinished(bool ok);

private:
    enum class Status { None, Busy, Ok, Error };
    void build();
    void fetch(const QUrl &url, bool discover);
    void onFetched(const net::FetchResponse &response, const QUrl &url, bool discover, quint64 generation);
    void onParsed();
    void offerChoice(const QList<DiscoveredFeed> &feeds);
    void onChoiceChanged();
    void fail(const QString &text);
    void save();
    void onSaved();
    void invalidate();
    void showStatus(Status status, const QString &text);
    void updateState();

    SourceEditorContext m_context;
    int m_timeoutMs = 20000;
    quint64 m_generation = 0;
    net::HttpFetcher::Ticket m_ticket = 0;
    bool m_fetching = false;
    bool m_checked = false;
    bool m_saveAfterCheck = false;
    bool m_nameEdited = false;
    bool m_settingChoice = false;
    QUrl m_parsedUrl;            ///< The URL being parsed (what the user will subscribe to).
    QUrl m_feedUrl;              ///< The checked feed's URL.
    QString m_siteUrl;           ///< The checked feed's site (FeedDocument::link).
    qint64 m_savedId = 0;
    QFutureWatcher<FeedParseResult> *m_parseWatcher;
    QFutureWatcher<qint64> *m_saveWatcher;

    QFormLayout *m_form;
    QLineEdit *m_url;
    QPushButton *m_checkButton;
    QLabel *m_statusIcon;
    QLabel *m_status;  ///< Qt::PlainText (makePlainLabel): server errors, feed titles.
    QLabel *m_choiceLabel;
    QListWidget *m_choices;
    QLineEdit *m_name;
    QSpinBox *m_interval;
    QComboBox *m_tier;
    QDialogButtonBox *m_buttons;
    QPushButton *m_addButton;
};

} // namespace fi::feed
