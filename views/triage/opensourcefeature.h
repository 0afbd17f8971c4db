#pragma once
/// @file opensourcefeature.h
/// @brief Shift+Enter (action item.openInSource): open the current item where it came from.
/// A web item opens its page (opensource.h: http/https only). A mail item opens in the user's
/// mail client: its raw message (Maildir file, IMAP BODY[] through the body cache) is written
/// as a read-only copy "<dir>/message-<id>.eml" and that file is opened.
///
/// Why a copy named .eml and not the Maildir file itself: xdg-open picks the application by
/// MIME type, and a Maildir file name has no extension ("1700000000.M1P2.host:2,S"), so
/// shared-mime-info can only sniff the content, and its magic knows a few first header names
/// ("From:", "Received:", "Return-Path:"…): a message that starts with "Delivered-To:" or
/// "X-…" is text/plain and opens in a text editor (checked with `xdg-mime query filetype`),
/// while the same bytes named .eml are message/rfc822; mail clients (Thunderbird, Evolution)
/// also open a message file by that extension. The copy is mode 0400 in a private (0700)
/// directory, so the mail client never edits the Maildir the app syncs, and IMAP messages take
/// the same path. GUI thread only; a child of the window.

#include "domain/item.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <functional>
#include <optional>

namespace fi {

class ItemStore;
class MainWindow;

class OpenSourceFeature : public QObject {
    Q_OBJECT
public:
    /// The raw RFC 5322 message behind a mail item (run on a pool thread: blocking file or
    /// network I/O). @return nullopt with a translated *error.
    using MessageLoader = std::function<std::optional<QByteArray>(const Item &item, QString *error)>;

    /// Connects @p window's item.openInSource action; parented to the window. @p store not owned.
    OpenSourceFeature(MainWindow &window, ItemStore *store);
    ~OpenSourceFeature() override;  ///< Waits for a message still being loaded.

    /// Lets mail items open in the mail client: @p loader fetches the message, copies go to
    /// @p dir (created 0700 when missing). Without it only web items open.
    void setMessageLoader(MessageLoader loader, QString dir);

    /// Whether @p item has something to open: a web page, or (with a loader) a message of a
    /// source whose kind provides one (SourceKind::loadMessage).
    bool canOpen(const Item &item) const;

    /**
     * @brief Write @p message as a read-only copy "message-<id>.eml" in @p dir (made private,
     * 0700, when missing; an older copy is replaced). Blocking file I/O; thread-safe.
     * @return the file's path, or empty with a translated *error.
     */
    static QString writeMessageCopy(const QString &dir, qint64 itemId, const QByteArray &message, QString *error);

public Q_SLOTS:
    /// Open the window's current item (nothing to open: does nothing).
    void open();
    /// Enable the action and set its tooltip for the current item (the window calls it).
    void update();

Q_SIGNALS:
    /// A message copy was handed to the desktop (or could not be): @p ok, @p error translated.
    void messageOpened(const QUrl &file, bool ok, const QString &error);

private:
    bool isMessageItem(const Item &item) const;

    /// The kind key of source @p sourceId (cached: asked on every move of the current item).
    QString kindOf(qint64 sourceId) const;

    MainWindow &m_window;
    ItemStore *m_store;
    mutable QHash<qint64, QString> m_kinds;  ///< source id → kind key; cleared when sources change
    MessageLoader m_loader;
    QString m_dir;
    QList<QFuture<QPair<QString, QString>>> m_running;  ///< (copy's path, error) of loads in flight
};

} // namespace fi
