#include "focus/focusstatefile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QJsonObject root{{QStringLiteral("machine"), machine}, {QStringLiteral("dnd"), dnd}};
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace fi
