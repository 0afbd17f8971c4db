#pragma once
/// @file blockedimagesbar.h
/// @brief The reading pane's info bar: "N remote images blocked" and "Load images from this feed".

#include <QFrame>

class QLabel;
class QPushButton;

namespace fi {

/// Shown above an entry's content while its remote images are blocked. GUI thread only.
class BlockedImagesBar final : public QFrame {
    Q_OBJECT
public:
    explicit BlockedImagesBar(QWidget *parent = nullptr);
    /// Shows the bar for @p count blocked images (0 hides it).
    void setBlockedCount(int count);
    int blockedCount() const { return m_count; }
    /// The "Load images from this feed" button (for tests and focus handling).
    QPushButton *loadButton() const { return m_load; }

Q_SIGNALS:
    /// The user chose "Load images from this feed".
    void loadRequested();

private:
    QLabel *m_text;  ///< Qt::PlainText: our own count sentence
    QPushButton *m_load;
    int m_count = 0;
};

} // namespace fi
