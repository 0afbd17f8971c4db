#pragma once
/// @file opmldialogs.h
/// @brief OPML 2.0 import and export of the feed list in the UI (the feed editor's kind-wide
/// actions, SourceEditor::Action: File ▸ "Import feeds from OPML…", "Export feeds as OPML…",
/// also in the Sources menus). The format work is feed::parseOpml / importOpml / writeOpml /
/// feedsOf (models/sources/feed/opml.h). Issue 11. GUI thread only.

#include "sources/feed/opml.h"
#include "sources/sourceeditors.h"

#include <QDialog>
#include <QFutureWatcher>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fi::feed {

/**
 * @brief Import: choose an OPML file (the file chooser opens when the dialog is first shown
 * without one), see what it lists, then "Import" adds every feed not yet configured in one store
 * transaction (importOpml, on a worker thread) and calls context.saved(id) for each new source,
 * so they sync at once. What was added, skipped and why is shown as plain text in the dialog;
 * a file that is not OPML says so. A running import is waited for in the destructor.
 */
class OpmlImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit OpmlImportDialog(const SourceEditorContext &context, QWidget *parent = nullptr);
    ~OpmlImportDialog() override;

    /// Read and check @p path (as choosing it does). @return whether it is OPML with feeds.
    bool setFile(const QString &path);
    /// The feeds of the chosen file.
    QList<OpmlFeed> feeds() const { return m_feeds; }
    bool isImporting() const { return m_watcher->isRunning(); }

public Q_SLOTS:
    /// The "Import" button.
    void import();
    /// The "Browse…" button (QFileDialog).
    void browse();
    void reject() override;

Q_SIGNALS:
    /// The import finished (successfully or not); the dialog shows the outcome.
    void imported(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Outcome {
        std::optional<OpmlImportResult> result;
        QString error;
    };
    void onImported();

    SourceEditorContext m_context;
    QList<OpmlFeed> m_feeds;
    bool m_browsedOnce = false;
    QFutureWatcher<Outcome> *m_watcher;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_summary;  ///< Qt::PlainText (makePlainLabel): file names, feed titles, parser errors
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
};

/// The export chooser (a QFileDialog, not yet shown, save mode, "feeds.opml"): on accept the
/// feed sources of context.store are written there (exportOpmlFile); a failure is shown in a
/// message box.
QDialog *createExportChooser(const SourceEditorContext &context, QWidget *parent);

/**
 * @brief Write the feed sources among @p sources to @p path as OPML 2.0 (feedsOf + writeOpml),
 * atomically (QSaveFile). @return the number of feeds written, or -1 with a translated *error.
 */
int exportOpmlFile(const QString &path, const QList<SourceConfig> &sources, QString *error);

} // namespace fi::feed
