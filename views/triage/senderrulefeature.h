#pragma once
/// @file senderrulefeature.h
/// @brief "Move senders like this to…" (issue 14): from the current item, a rule — always put
/// its sender in Now, Async or Reference, or never put its mailing list in Now — after showing
/// how many stored items it would move. The rule goes first in the rule set (saved through
/// MainWindow::preferencesChanged, editable in Preferences ▸ Rules); moving the stored items is
/// one undoable RetierCommand on the window's undo stack. GUI thread only.

#include "domain/item.h"

#include <QJsonObject>
#include <QObject>

namespace fi {

class ItemStore;
class MainWindow;

class SenderRuleFeature : public QObject {
    Q_OBJECT
public:
    /// Connects @p window's rule actions; parented to the window. @p store not owned.
    SenderRuleFeature(MainWindow &window, ItemStore *store);

    /// The rule "never put @p listId in Now": {"name": "List <id>: never Now", "tier": 2,
    /// "when": {"conditions": [{"field": "list", "op": "contains", "value": <id>}]}}.
    static QJsonObject listRule(const QString &listId);
    /// The List-Id of @p item without its phrase ("dev.example.com"), "" when none.
    static QString listIdOf(const Item &item);

public Q_SLOTS:
    /// Enable the actions for the current item (the window calls it).
    void update();

private:
    /// Offer @p rule for @p sender's or the list's items: count the moves, ask, then save and apply.
    void offer(const QJsonObject &rule, const QString &what);

    MainWindow &m_window;
    ItemStore *m_store;
};

} // namespace fi
