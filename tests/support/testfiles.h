#pragma once
/// @file testfiles.h
/// @brief Writing a test's input files. Any thread.

#include <QByteArray>
#include <QString>

namespace fi::test {

/// Write @p bytes to @p path (replacing it), creating its parent directories.
/// @return false when any of that failed.
bool writeFile(const QString &path, const QByteArray &bytes);

} // namespace fi::test
