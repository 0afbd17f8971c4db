#pragma once
/// @file mutefeature.h
/// @brief Shift+M (action item.mute, issue 13): "Mute thread" — mark the target items done and
/// mute their threads at the source (GitHub: unsubscribe), one undoable step (MuteCommand).
/// Enabled only when every target item's source kind can mute (SourceKind::Capability::Mute),
/// so it never names a kind. GUI thread only; a child of the window.

#include <QHash>
#include <QObject>

namespace fi {

class ItemStore;
class MainWindow;

class MuteFeature : public QObject {
    Q_OBJECT
public:
    /// Connects @p window's item.mute action; parented to the window. @p store not owned.
    MuteFeature(MainWindow &window, ItemStore *store);

public Q_SLOTS:
    /// Mute the window's target items (nothing that can be muted: does nothing).
    void mute();
    /// Enable the action for the current target items (the window calls it).
    void update();

private:
    /// Whether the kind of source @p sourceId can mute (cached: asked on every move).
    bool canMute(qint64 sourceId) const;

    MainWindow &m_window;
    ItemStore *m_store;
    mutable QHash<qint64, bool> m_canMute;  ///< source id → its kind has Capability::Mute; cleared when sources change
};

} // namespace fi
