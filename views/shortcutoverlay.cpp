#include "shortcutoverlay.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

#include <functional>

namespace fi {

namespace {

QString plainText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.remove(QStringLiteral("…"));
    text.remove(QStringLiteral("..."));
    return text.trimmed();
}

QLabel *keyCap(const QString &text, QWidget *parent)
{
    auto *cap = new QLabel(text, parent);
    cap->setTextFormat(Qt::PlainText);
    cap->setStyleSheet(QStringLiteral(
        "QLabel { border: 1px solid palette(mid); border-bottom-width: 2px; border-radius: 4px;"
        " padding: 1px 7px; background: palette(base); }"));
    return cap;
}

} // namespace

ShortcutOverlay::ShortcutOverlay(const QList<QMenu *> &menus, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    setAttribute(Qt::WA_DeleteOnClose);

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(6);
    grid->setContentsMargins(18, 14, 18, 14);
    int row = 0;
    QSet<const QAction *> listed;
    for (QMenu *menu : menus) {
        bool headerAdded = false;
        // A submenu's actions (View ▸ Go to) are listed under their menu's header.
        QList<QAction *> actions;
        std::function<void(const QMenu *)> collect = [&](const QMenu *m) {
            for (QAction *action : m->actions()) {
                if (action->menu())
                    collect(action->menu());
                else
                    actions << action;
            }
        };
        collect(menu);
        for (QAction *action : actions) {
            if (action->isSeparator() || action->shortcuts().isEmpty() || listed.contains(action))
                continue;
            listed.insert(action);
            if (!headerAdded) {
                auto *header = new QLabel(plainText(menu->title()), content);
                QFont font = header->font();
                font.setWeight(QFont::DemiBold);
                header->setFont(font);
                if (row > 0)
                    grid->setRowMinimumHeight(row++, 8);
                grid->addWidget(header, row++, 0, 1, 2);
                headerAdded = true;
            }
            auto *keys = new QWidget(content);
            auto *keysLayout = new QHBoxLayout(keys);
            keysLayout->setContentsMargins(0, 0, 0, 0);
            keysLayout->setSpacing(4);
            QStringList keyTexts;
            const auto shortcuts = action->shortcuts();
            for (const QKeySequence &seq : shortcuts) {
                const QString keyText = seq.toString(QKeySequence::NativeText);
                keyTexts << keyText;
                keysLayout->addWidget(keyCap(keyText, keys));
            }
            keysLayout->addStretch(1);
            const QString name = plainText(action->text());
            grid->addWidget(keys, row, 0);
            grid->addWidget(new QLabel(name, content), row++, 1);
            m_entries << name + QLatin1Char('\t') + keyTexts.join(QStringLiteral(" / "));
        }
    }
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(row, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(520, 620);
}

void ShortcutOverlay::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Question) {
        reject();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace fi
