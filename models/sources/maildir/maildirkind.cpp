#include "sources/maildir/maildirkind.h"

#include "sources/maildir/maildirbody.h"
#include "sources/maildir/maildirreplayer.h"
#include "sources/maildir/maildirscan.h"
#include "sources/maildir/maildirsource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace fi::maildir {

QString kindKey() { return QStringLiteral("maildir"); }

SourceConfig configFor(const QString &path, const QString &name)
{
    SourceConfig config;
    config.kind = kindKey();
    config.name = name;
    config.location = path;
    return config;
}

QStringList watchPaths(const QString &root)
{
    QStringList paths;
    for (const Folder &folder : listFolders(root)) {
        for (const char *sub : {"cur", "new"}) {
            const QString p = folder.path + u'/' + QLatin1String(sub);
            if (QFileInfo(p).isDir())
                paths.append(p);
        }
    }
    return paths;
}

namespace {

QStringList validate(const SourceConfig &config)
{
    if (config.location.isEmpty())
        return {QCoreApplication::translate("fi::maildir", "No Maildir folder was given.")};
    if (!QDir(QFileInfo(config.location).absoluteFilePath()).exists(QStringLiteral("cur")))
        return {QCoreApplication::translate("fi::maildir", "%1 has no cur/ directory, so it is not a Maildir.")
                    .arg(QDir::toNativeSeparators(config.location))};
    return {};
}

} // namespace

SourceKind kind()
{
    SourceKind k;
    k.key = kindKey();
    k.displayNameText = QT_TRANSLATE_NOOP("fi::SourceKind", "Maildir folder");
    k.icon = QStringLiteral(":/sources/maildir/maildir.svg");
    k.capabilities = SourceKind::Capability::Mail | SourceKind::Capability::WriteBack;
    k.defaultPollSeconds = 0;
    k.validate = &validate;
    k.createSync = [](const SourceConfig &c) { return std::unique_ptr<Source>(std::make_unique<MaildirSource>(c)); };
    k.loadContent = [](const SourceConfig &s, const ItemRecord &rec, QString *error, const BodyCache *) {
        return loadBody(s, rec, error);
    };
    k.loadMessage = [](const SourceConfig &s, const ItemRecord &rec, QString *error, const BodyCache *) {
        return loadMessage(s, rec, error);
    };
    k.watchPaths = [](const SourceConfig &c) { return watchPaths(c.location); };
    k.createReplayer = &createReplayer;  // issue 12: read/unread and flag reach the files
    k.journals = &journals;
    return k;
}

} // namespace fi::maildir
