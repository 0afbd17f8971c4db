#include "config/jsonfile.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace fi {

bool writeJsonFileAtomically(const QString &path, const QJsonObject &object, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
        if (file.commit())
            return true;
    }
    if (error)
        *error = file.errorString();
    return false;
}

} // namespace fi
