#include "focus/focusstatefile.h"

#include "config/jsonfile.h"

#include <QCoreApplication>
#include <QDir>

namespace fi {

QString FocusStateFile::pathIn(const QString &dataDir) { return QDir(dataDir).filePath(QStringLiteral("focus-state.json")); }

FocusStateFile FocusStateFile::load(const QString &path)
{
    FocusStateFile state;
    const JsonFileRead read = readJsonFile(path, JsonShape::Object);
    if (read.status == JsonFileRead::Status::Corrupt)
        state.problem = describeCorruptJson(path, read);
    else if (read.status == JsonFileRead::Status::Unreadable)
        state.problem = QCoreApplication::translate("fi::FocusStateFile", "%1: cannot read: %2").arg(path, read.detail);
    if (read.status != JsonFileRead::Status::Ok)
        return state;
    const QJsonObject root = read.document.object();
    state.machine = root.value(QStringLiteral("machine")).toObject();
    state.dnd = root.value(QStringLiteral("dnd")).toObject();
    return state;
}

bool FocusStateFile::save(const QString &path, QString *error) const
{
    const QJsonObject root{{QStringLiteral("machine"), machine}, {QStringLiteral("dnd"), dnd}};
    return writeJsonFileAtomically(path, root, error);
}

} // namespace fi
