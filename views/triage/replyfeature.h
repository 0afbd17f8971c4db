#pragma once
/// @file replyfeature.h
/// @brief `r` (action item.reply, issue 12): reply through the item's own reply path. A mail
/// item (its source's kind delivers mail) opens a mailto: URL (mail/replylink.h: To = Reply-To
/// or From, "Re: " subject, In-Reply-To and References) in the user's mail client; a web item
/// (a feed entry, a GitHub thread) opens its page (opensource.h: http/https only). An item with
/// neither leaves the action disabled. Opening goes through QDesktopServices::openUrl(), so
/// tests intercept it with QDesktopServices::setUrlHandler(). GUI thread only; a child of the window.

#include "domain/item.h"

#include <QHash>
#include <QObject>
#include <QUrl>

namespace fi {

class ItemStore;
class MainWindow;

class ReplyFeature : public QObject {
    Q_OBJECT
public:
    /// Connects @p window's item.reply action; parented to the window. @p store not owned.
    ReplyFeature(MainWindow &window, ItemStore *store);

    /// What `r` opens for @p item: its mailto: reply for mail, its web page for web items,
    /// else an empty QUrl.
    QUrl replyUrl(const Item &item) const;

public Q_SLOTS:
    /// Reply to the window's current item (nothing current or nothing to open: does nothing).
    void reply();
    /// Enable the action and set its tooltip for the current item (the window calls it).
    void update();

private:
    /// The kind key of source @p sourceId (cached: asked on every move of the current item).
    QString kindOf(qint64 sourceId) const;

    MainWindow &m_window;
    ItemStore *m_store;
    mutable QHash<qint64, QString> m_kinds;  ///< source id → kind key; cleared when sources change
};

} // namespace fi
