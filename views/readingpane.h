#pragma once
/// @file readingpane.h
/// @brief Shows one item: header (subject, from, to, date, source, tier, due) and its body.

#include "deadlines/dueformatter.h"
#include "domain/item.h"

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

/// Loads the full body text of an item. Called on a pool thread: must be thread-safe and must
/// not touch widgets. Returns nullopt when the body cannot be read.
using BodyLoader = std::function<std::optional<QString>(const Item &item)>;

/// Reads the inline content stored with an item (ItemStore::content()), nullopt when it has
/// none. Called on a pool thread: must be thread-safe and must not touch widgets.
using ContentReader = std::function<std::optional<ItemRecord::InlineContent>(qint64 itemId)>;

/**
 * @brief The reading pane. Shows the snippet at once and swaps in the body when it is read
 * off the GUI thread; a newer item always wins. The body is the item's stored inline content
 * when it has some (a feed entry's HTML, reduced to plain text by mime::htmlToText()), else
 * what the BodyLoader returns (mail: loaded on demand). Every header field and the body are
 * shown as plain text, and the body view resolves no resource (no image or stylesheet is ever
 * loaded for it). GUI thread only.
 */
class ReadingPane : public QWidget {
    Q_OBJECT
public:
    explicit ReadingPane(QWidget *parent = nullptr);
    ~ReadingPane() override; ///< Waits for a body load still running.

    void setBodyLoader(BodyLoader loader);
    /// Where stored inline content comes from; consulted before the BodyLoader.
    void setContentReader(ContentReader reader);
    /// Show @p action ("Open in source") as a button in the header, visible for items that
    /// have a web page to open (sourceUrl()). Not owned.
    void setOpenInSourceAction(QAction *action);
    /// Show @p item (nullopt = the empty state). Re-showing the same item keeps its loaded body.
    void setItem(const std::optional<Item> &item);
    /// Store id of the shown item, or 0.
    qint64 itemId() const { return m_item ? m_item->id : 0; }
    /// The body text as currently shown (snippet until the body is in).
    QString bodyText() const;
    /// Re-evaluate the due line (called on the model's tick).
    void refreshDue();
    /// Policies and zone for the due line (same texts as the list's badge and its tooltip).
    void setDueFormatter(DueFormatter formatter);

Q_SIGNALS:
    /// The body of the shown item finished loading (or failed: @p ok false).
    void bodyLoaded(qint64 itemId, bool ok);

private:
    void loadBody();
    QLabel *addRow(QGridLayout *grid, int row, const QString &label);

    BodyLoader m_loader;
    ContentReader m_content;
    std::optional<Item> m_item;
    DueFormatter m_dueFormatter;
    quint64 m_generation = 0;
    QStackedWidget *m_stack;
    QLabel *m_subject, *m_from, *m_to, *m_date, *m_source, *m_tier, *m_due, *m_sample;
    QTextBrowser *m_body;
    QToolButton *m_openInSource;
    QLabel *m_toName;  ///< The "To" caption, hidden with its row when there are no recipients.
};

} // namespace fi
