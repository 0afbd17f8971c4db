#include "focus/focusstatefile.h"

#include "config/jsonfile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace fi {

QString FocusStateFile::pathIn(const QString &dataDir) { return QDir(dataDir).filePath(QStringLiteral("focus-state.json")); }

FocusStateFile FocusStateFile::load(const QString &path)
{
    FocusStateFile state;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return state;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
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
