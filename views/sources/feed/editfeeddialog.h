#pragma once
/// @file editfeeddialog.h
/// @brief The source list's "Edit feed…" (feededitor.h): name, URL, refresh interval, default
/// tier and category (the OPML folder; items carry it as attribute feed.category). Issue 11.

#include "sources/sourceeditors.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace fi::feed {

/**
 * @brief Dialog editing one existing feed source. Save validates the URL (http, https or file;
 * not another feed's), writes the source with ItemStore::updateSource (other settings, such as
 * loadImages, are kept), then calls context.saved(id) and closes. Errors are shown as plain
 * text in the dialog. GUI thread only; a running save is waited for in the destructor.
 */
class EditFeedDialog : public QDialog {
    Q_OBJECT
public:
    EditFeedDialog(const SourceConfig &existing, const SourceEditorContext &context, QWidget *parent = nullptr);
    ~EditFeedDialog() override;

    /// The source as edited (the existing one with the fields applied); valid when the URL is.
    SourceConfig config() const;

public Q_SLOTS:
    void accept() override;

private:
    void onSaved();

    SourceConfig m_original;
    SourceEditorContext m_context;
    QFutureWatcher<bool> *m_saveWatcher;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QSpinBox *m_interval;
    QComboBox *m_tier;
    QLineEdit *m_category;
    QLabel *m_error;  ///< Qt::PlainText (makePlainLabel): quotes errors.
    QDialogButtonBox *m_buttons;
};

} // namespace fi::feed
