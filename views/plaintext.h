#pragma once
/// @file plaintext.h
/// @brief "Text from strangers is text": helpers that show a subject, sender, snippet, folder
/// name, source name or a server's error text literally wherever Qt would otherwise guess
/// rich text (QLabel's and QMessageBox's Qt::AutoText, QToolTip) or a notification server
/// would interpret markup.
///
/// Why: Qt::mightBeRichText() treats any first line that starts with a known tag as HTML, and
/// Qt's HTML renders `<img src="file:///dev/zero">` by reading that file on the GUI thread.
/// Every function here is pure and thread-safe; the widget helpers are GUI thread only.

#include <QMessageBox>
#include <QString>

class QAbstractItemView;
class QHelpEvent;
class QLabel;
class QModelIndex;
class QStyleOptionViewItem;

namespace fi {

/// @p text as a tooltip that QToolTip shows literally: escaped and wrapped in a paragraph
/// (Qt::convertFromPlainText), because QToolTip renders text as HTML whenever
/// Qt::mightBeRichText() says so. Line breaks are kept. Empty stays empty (no tooltip).
QString plainToolTip(const QString &text);

/// @p text for the body of an org.freedesktop.Notifications notification whose server
/// advertises the "body-markup" capability (Desktop Notifications Specification 1.2,
/// "Markup": the server may interpret <b>, <i>, <u>, <a href>, <img src>): &, < and > are
/// escaped so the body shows literally. The summary is plain text by the spec: never escape it.
QString notificationBodyMarkup(const QString &text);

/// For an item delegate's helpEvent(): shows @p index's Qt::ToolTipRole text as a plain-text
/// tooltip (QStyledItemDelegate would hand it to QToolTip as is, which renders HTML).
/// @return true when a tooltip was shown (the event is accepted), false when there is none.
bool showPlainItemToolTip(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                          const QModelIndex &index);

/// Makes @p label show its text literally (Qt::PlainText, no link opening).
void makePlainLabel(QLabel *label);
/// makePlainLabel() for every QLabel below @p root, also the ones a QFormLayout made for its
/// row captions ("&Tier:"). Call at the end of a page's constructor.
void makeLabelsPlain(QWidget *root);

/**
 * @brief A message box whose text is shown literally (Qt::PlainText), for texts that contain a
 * name, path or error text from outside. Same parameters as QMessageBox's static functions.
 * Runs the box modally and @return the button chosen.
 */
QMessageBox::StandardButton plainMessageBox(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                            const QString &text,
                                            QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                            QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);

/// The box plainMessageBox() runs, not yet shown (for tests and for callers that open it
/// non-modally). Owned by the caller (deletes itself on close only if the caller says so).
QMessageBox *createPlainMessageBox(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                   const QString &text, QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                   QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);

} // namespace fi
