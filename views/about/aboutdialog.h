#pragma once
/// @file aboutdialog.h
/// @brief Help ▸ About Focus Inbox (issue 16): the version and git revision, and the libraries
/// the app is built on with their versions and licenses. Every text is shown literally
/// (Qt::PlainText). GUI thread only.

#include "about/libraryinfo.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace fi {

/// What the About dialog shows; the application fills it in (views include no app/ headers).
struct AboutInfo {
    QString version;   ///< e.g. "0.1.0" (buildinfo::version())
    QString revision;  ///< git revision, e.g. "fbe35c8-dirty"; empty = not shown
    QString license;   ///< the app's own license (SPDX); empty = the sources name none, not shown
    QList<LibraryInfo> libraries;  ///< in the order listed
};

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    /// Not modal by itself; MainWindow opens it window-modal and deletes it on close.
    explicit AboutDialog(const AboutInfo &info, QWidget *parent = nullptr);

    /// "Version 0.1.0 (revision fbe35c8)" as shown under the title.
    QString versionText() const;
    /// One row per library: name, version, license, what it is used for.
    QTreeWidget *libraryList() const { return m_libraries; }
    /// The plain text "Copy" puts on the clipboard: the version line and one line per library
    /// ("GMime 3.2.13 — LGPL-2.1-or-later"), for bug reports.
    QString detailsText() const;

private:
    AboutInfo m_info;
    QLabel *m_version = nullptr;
    QTreeWidget *m_libraries = nullptr;
};

} // namespace fi
