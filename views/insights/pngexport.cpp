#include "pngexport.h"

#include "plaintext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QImageWriter>
#include <QMenu>
#include <QPixmap>
#include <QStandardPaths>
#include <QWidget>

namespace fi {

namespace {
/// Gives the texts here their tr() context "fi::PngExport".
struct PngExport {
    Q_DECLARE_TR_FUNCTIONS(fi::PngExport)
};
} // namespace

bool saveWidgetPng(QWidget *widget, const QString &path, QString *error)
{
    if (!widget || widget->width() <= 0 || widget->height() <= 0) {
        if (error)
            *error = PngExport::tr("The chart has no size to draw.");
        return false;
    }
    const QPixmap pixmap = widget->grab();
    QImageWriter writer(path, "png");
    if (!writer.write(pixmap.toImage())) {
        if (error)
            *error = writer.errorString();
        return false;
    }
    return true;
}

void exportPngInteractively(QWidget *widget, const QString &fileStem)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(widget->window(), PngExport::tr("Export chart as PNG"),
                                                      QDir(folder).filePath(fileStem + QStringLiteral(".png")),
                                                      PngExport::tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveWidgetPng(widget, path, &error))
        plainMessageBox(widget->window(), QMessageBox::Warning, PngExport::tr("Export chart as PNG"),
                        PngExport::tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error));
}

void installPngExport(QWidget *widget, const QString &fileStem)
{
    widget->setProperty("fi.pngStem", fileStem);  // the Insights window's Export menu suggests it too
    widget->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(widget, &QWidget::customContextMenuRequested, widget, [widget, fileStem](const QPoint &pos) {
        QMenu menu(widget);
        QAction *save = menu.addAction(PngExport::tr("Export chart as PNG…"));
        if (menu.exec(widget->mapToGlobal(pos)) == save)
            exportPngInteractively(widget, fileStem);
    });
}

} // namespace fi
