#pragma once
/// @file readingpane.h
/// @brief Shows one item: header (subject, from, to, date, source, tier, due) and its body.

#include "deadlines/dueformatter.h"
#include "domain/item.h"

#include <QWidget>

#include <functional>
#include <optional>

class QGridLayout;
class QLabel;
class QStackedWidget;
class QTextBrowser;

namespace fi {

/// Loads the full body text of an item. Called on a pool thread: must be thread-safe and must
/// not touch widgets. Returns nullopt when the body cannot be read.
using BodyLoader = std::function<std::optional<QString>(const Item &item)>;

/**
 * @brief The reading pane. Shows the snippet at once and swaps in the body when the
 * BodyLoader (run off the GUI thread) returns; a newer item always wins. Every header field
 * and the body are shown as plain text, and the body view resolves no resource (no image or
 * stylesheet is ever loaded for it). GUI thread only.
 */
class ReadingPane : public QWidget {
    Q_OBJECT
public:
    explicit ReadingPane(QWidget *parent = nullptr);
    ~ReadingPane() override; ///< Waits for a body load still running.

    void setBodyLoader(BodyLoader loader);
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
    std::optional<Item> m_item;
    DueFormatter m_dueFormatter;
    quint64 m_generation = 0;
    QStackedWidget *m_stack;
    QLabel *m_subject, *m_from, *m_to, *m_date, *m_source, *m_tier, *m_due, *m_sample;
    QTextBrowser *m_body;
};

} // namespace fi
