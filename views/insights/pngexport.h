#pragma once
/// @file pngexport.h
/// @brief "Export chart as PNG…" for the Insights window's charts and heat map (issue 15).
/// GUI thread only.

#include <QString>

class QWidget;

namespace fi {

/**
 * @brief Renders @p widget as it is shown (QWidget::grab(), at the screen's pixel ratio) and
 * writes it as a PNG file at @p path (replaced when it exists).
 * @return false with a translated @p error (may be null) when the widget has no size or the
 * file cannot be written. Needs no dialog: tests call it directly.
 */
bool saveWidgetPng(QWidget *widget, const QString &path, QString *error = nullptr);

/// Asks for a file name (QFileDialog, suggesting "<fileStem>.png" in the pictures folder) and
/// saves @p widget there with saveWidgetPng(); shows a plain-text error box when that fails.
void exportPngInteractively(QWidget *widget, const QString &fileStem);

/// Gives @p widget a context menu (mouse, Menu key or Shift+F10) with "Export chart as PNG…",
/// which runs exportPngInteractively(@p widget, @p fileStem).
void installPngExport(QWidget *widget, const QString &fileStem);

} // namespace fi
