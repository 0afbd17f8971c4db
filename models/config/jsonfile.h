#pragma once
/// @file jsonfile.h
/// @brief Atomic writes of the app's human-editable JSON files (config.json, focus-state.json).

#include <QJsonObject>
#include <QString>

namespace fi {

/// Write @p object as indented JSON to @p path through QSaveFile: readers (and a crash) see
/// either the old file or the new one, never half of it.
/// @return false with *error (may be null) set to the file error on failure.
bool writeJsonFileAtomically(const QString &path, const QJsonObject &object, QString *error);

} // namespace fi
