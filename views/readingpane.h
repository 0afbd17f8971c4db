#pragma once
/// @file readingpane.h
/// @brief Shows one item: header (subject, from, to, date, source, tier, due) and its body; or a
/// conversation (issue 18): its messages as a stack, the expanded one shown that way.

#include "deadlines/dueformatter.h"
#include "domain/item.h"
#include "rules/ruleexplain.h"
#include "sources/source.h"

#include <QSet>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QGridLayout;
class QLabel;
class QStackedWidget;
class QTextBrowser;
class QToolButton;

namespace fi {

class BlockedImagesBar;
class ConversationStack;
class RemoteImageLoader;
class SafeTextBrowser;

/// Loads the full body text of an item. Called on a pool thread: must be thread-safe and must
/// not touch widgets. Returns nullopt when the body cannot be read.
using BodyLoader = std::function<std::optional<QString>(const Item &item)>;

/// Reads the inline content stored with an item (ItemStore::content()), nullopt when it has
/// none. Called on a pool thread: must be thread-safe and must not touch widgets.
using ContentReader = std::function<std::optional<ItemRecord::InlineContent>(qint64 itemId)>;

/// Reads a source's configuration (ItemStore::source()), nullopt when unknown. Called on a pool
/// thread and on the GUI thread: must be thread-safe.
using SourceReader = std::function<std::optional<SourceConfig>(qint64 sourceId)>;
/// Stores a changed source configuration (ItemStore::updateSource()). GUI thread.
using SourceWriter = std::function<void(const SourceConfig &config)>;

/**
 * @brief The reading pane. Shows the snippet at once and swaps in the body when it is read
 * off the GUI thread; a newer item always wins. The body is the item's stored inline content
 * when it has some, else what the BodyLoader returns (mail: loaded on demand, shown as plain
 * text). Inline HTML (a feed entry's) is shown as rich text reduced by mime::sanitizeHtml() to
 * an allow-list (no scripts, frames, forms, styles; links http/https/mailto, opened in the
 * desktop's browser, never inside the pane). Its remote images stay blocked (an info bar counts
 * them) until the user chooses "Load images from this feed", stored as the source's
 * "loadImages" setting (feedkind.h); then the pane fetches them itself (remoteimageloader.h).
 * Nothing else is ever loaded for the body, local or remote. Header fields are plain text.
 * GUI thread only.
 */
class ReadingPane : public QWidget {
    Q_OBJECT
public:
    explicit ReadingPane(QWidget *parent = nullptr);
    ~ReadingPane() override; ///< Waits for a body load still running.

    void setBodyLoader(BodyLoader loader);
    /// Where stored inline content comes from; consulted before the BodyLoader.
    void setContentReader(ContentReader reader);
    /// Where the source's settings (its "loadImages" choice) are read and stored.
    void setSourceAccess(SourceReader reader, SourceWriter writer);
    /// Show @p action ("Open in source") as a button in the header, visible for items that
    /// have a web page to open (sourceUrl()). Not owned.
    void setOpenInSourceAction(QAction *action);
    /// Show @p item (nullopt = the empty state), alone. Re-showing the same item keeps its loaded body.
    void setItem(const std::optional<Item> &item);
    /**
     * @brief Show a conversation (issue 18): @p messages, every message of one conversation (any
     * order), as a stack (conversationstack.h) above the header, with the newest expanded, or
     * when the same conversation is shown again the message expanded before. Fewer than two
     * messages: setItem() of the one.
     */
    void setConversation(const QList<Item> &messages);
    /// Gives the conversation stack the focus (J, K, Enter work inside it); false when the pane
    /// shows a single message.
    bool focusConversation();
    /// The stack of the conversation shown (hidden while a single message is), owned by the pane.
    ConversationStack *conversationStack() const;
    /// Store id of the shown item, or 0.
    qint64 itemId() const { return m_item ? m_item->id : 0; }
    /// The body text as currently shown (snippet until the body is in).
    QString bodyText() const;
    /// How many remote images of the shown entry are blocked (0 when none or allowed).
    int blockedImageCount() const;
    /// Re-evaluate the due line (called on the model's tick).
    void refreshDue();
    /// Policies and zone for the due line (same texts as the list's badge and its tooltip).
    void setDueFormatter(DueFormatter formatter);
    /// Rules and policies for the "Why is this here?" line (issue 14): the shown item's tier
    /// and deadline in one plain sentence under the header. A null explainer hides the line.
    void setExplainer(ItemExplainer explainer);
    /// The "Why is this here?" text as shown ("" when hidden).
    QString whyText() const;

Q_SIGNALS:
    /// The body of the shown item finished loading (or failed: @p ok false).
    void bodyLoaded(qint64 itemId, bool ok);
    /// Escape in the conversation stack: the focus goes back to the list.
    void leaveRequested();

private:
    /// What the pool thread made of the item's body.
    struct LoadedBody {
        QString text;             ///< Plain text, or sanitized HTML when rich.
        bool rich = false;
        QList<QUrl> images;       ///< Remote images of the HTML.
        bool imagesAllowed = false;
    };
    /// Shows @p item's header and body (the item alone, or the expanded message of a conversation).
    void showItem(const std::optional<Item> &item);
    void loadBody();
    void showLoadedBody(const LoadedBody &body);
    void allowImagesOfCurrentSource();
    QLabel *addRow(QGridLayout *grid, int row, const QString &label);
    void showWhy();

    BodyLoader m_loader;
    ContentReader m_content;
    SourceReader m_sourceReader;
    SourceWriter m_sourceWriter;
    QSet<qint64> m_imagesAllowedSources;  ///< Chosen in this session (the stored setting may lag).
    std::optional<Item> m_item;
    DueFormatter m_dueFormatter;
    ItemExplainer m_explainer;  ///< Issue 14: "Why is this here?"
    quint64 m_generation = 0;
    QStackedWidget *m_stack;
    /// Every label of the pane is Qt::PlainText (makePlainLabel()): subject, sender, recipients,
    /// source and folder names come from strangers and are shown as typed, never as markup.
    QLabel *m_subject, *m_from, *m_to, *m_date, *m_source, *m_tier, *m_due, *m_sample;
    SafeTextBrowser *m_body;
    ConversationStack *m_conversation;
    BlockedImagesBar *m_imagesBar;
    RemoteImageLoader *m_images;
    QToolButton *m_openInSource;
    QLabel *m_toName;  ///< The "To" caption, hidden with its row when there are no recipients.
    QLabel *m_why, *m_whyName;  ///< "Why is this here?" and its caption, hidden without an explainer.
};

} // namespace fi
