#include "plaintext.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QLabel>
#include <QTextDocument>
#include <QToolTip>

#include <memory>

namespace fi {

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QString notificationBodyMarkup(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&': out += QLatin1String("&amp;"); break;
        case u'<': out += QLatin1String("&lt;"); break;
        case u'>': out += QLatin1String("&gt;"); break;
        default: out += c; break;
        }
    }
    return out;
}

bool showPlainItemToolTip(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                          const QModelIndex &index)
{
    const QString tip = index.data(Qt::ToolTipRole).toString();
    if (tip.isEmpty()) {
        event->ignore();
        return false;
    }
    QToolTip::showText(event->globalPos(), plainToolTip(tip), view->viewport(), option.rect);
    event->accept();
    return true;
}

void makePlainLabel(QLabel *label)
{
    label->setTextFormat(Qt::PlainText);
    label->setOpenExternalLinks(false);
}

void makeLabelsPlain(QWidget *root)
{
    for (QLabel *label : root->findChildren<QLabel *>())
        makePlainLabel(label);
}

QMessageBox *createPlainMessageBox(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                   const QString &text, QMessageBox::StandardButtons buttons,
                                   QMessageBox::StandardButton defaultButton)
{
    auto *box = new QMessageBox(icon, title, text, buttons, parent);
    box->setTextFormat(Qt::PlainText);
    if (defaultButton != QMessageBox::NoButton)
        box->setDefaultButton(defaultButton);
    return box;
}

QMessageBox::StandardButton plainMessageBox(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton)
{
    std::unique_ptr<QMessageBox> box(createPlainMessageBox(parent, icon, title, text, buttons, defaultButton));
    return QMessageBox::StandardButton(box->exec());
}

} // namespace fi
