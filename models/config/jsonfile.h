#pragma once
/// @file jsonfile.h
/// @brief Reading and atomic writing of the app's JSON files (config.json, focus-state.json,
/// imap-writeback-<id>.json). A file that does not parse is kept aside, never replaced by an
/// empty one. Any thread; no shared state.

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace fi {

/// Write @p object as indented JSON to @p path through QSaveFile: readers (and a crash) see
/// either the old file or the new one, never half of it. The data is synced to disk before the
/// rename (QSaveFile) and the directory after it, so a successful return survives a power cut.
/// @return false with *error (may be null) set to the file error on failure.
bool writeJsonFileAtomically(const QString &path, const QJsonObject &object, QString *error);
/// The same for a JSON document (an array, compact), e.g. the IMAP write-back queue.
bool writeJsonDocumentAtomically(const QString &path, const QJsonDocument &document, QString *error);

/// What a JSON file's top level must be.
enum class JsonShape { Object, Array };

/// Outcome of readJsonFile().
struct JsonFileRead {
    enum class Status {
        Ok,          ///< document holds the file's content.
        Missing,     ///< No file: the caller's defaults apply, nothing to report.
        Unreadable,  ///< Exists but cannot be read (permissions, I/O): left in place.
        Corrupt,     ///< Not JSON, wrong top-level type or too large: kept aside (keptAs).
    };
    Status status = Status::Missing;
    QJsonDocument document;
    QString detail;  ///< Unreadable/Corrupt: what is wrong (translated), e.g. "offset 12: unterminated object".
    QString keptAs;  ///< Corrupt: the path the file was renamed to; empty if renaming failed (then it stays).
};

/// Largest JSON file read (bytes); a larger one counts as corrupt.
inline constexpr qint64 kMaxJsonFileBytes = 16 * 1024 * 1024;

/// Read @p path. A file that does not parse as JSON of @p shape is renamed to
/// brokenFilePath(@p path) so no later save overwrites what the user (or a crash) left there.
JsonFileRead readJsonFile(const QString &path, JsonShape shape);

/// "<path>.broken-<UTC yyyyMMdd'T'HHmmss'Z'>" for now, with "-2", "-3"… appended if taken.
QString brokenFilePath(const QString &path);

/// Rename @p path to brokenFilePath(@p path). @return the new path, or empty with *error set.
QString keepFileAside(const QString &path, QString *error);
/// Copy @p path to brokenFilePath(@p path) (the original stays). @return the copy's path, or empty.
QString copyFileAside(const QString &path, QString *error);

/// A translated sentence for a corrupt read: "<path> is not valid (<detail>); it was kept as
/// <keptAs>" (or "…; it could not be moved aside and is left in place").
QString describeCorruptJson(const QString &path, const JsonFileRead &read);

} // namespace fi
