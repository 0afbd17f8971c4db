#include "sources/maildir/maildirreplayer.h"

#include "sources/maildir/maildirscan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace fi::maildir {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("fi::maildir::ChangeReplayer", text); }

/// Absolute path of the change's message file now: its locator, else the file with the same
/// unique name in cur/ or new/ of its folder (another client changed its flags since); "" if gone.
QString currentPath(const QString &root, const ItemLocation &location)
{
    const QDir rootDir(root);
    if (!location.locator.isEmpty()) {
        const QString direct = rootDir.filePath(location.locator);
        if (QFileInfo(direct).isFile())
            return direct;
    }
    const QString unique = uniqueNameOf(QFileInfo(location.locator).fileName());
    if (unique.isEmpty())
        return {};
    for (const Folder &folder : listFolders(root)) {
        if (folder.name != location.folder)
            continue;
        for (const char *sub : {"cur", "new"}) {
            const QDir dir(folder.path + u'/' + QLatin1String(sub));
            const QStringList hits = dir.entryList({unique, unique + QLatin1String(":*")}, QDir::Files);
            if (!hits.isEmpty())
                return dir.filePath(hits.first());
        }
    }
    return {};
}

ChangeOutcome outcomeOf(const PendingChange &change, ChangeOutcome::Status status, const QString &error = {})
{
    ChangeOutcome outcome;
    outcome.changeId = change.id;
    outcome.status = status;
    outcome.detail = change.detail;
    outcome.error = error;
    return outcome;
}

} // namespace

QString fileNameWithFlag(const QString &fileName, QChar letter, bool on)
{
    const qsizetype info = fileName.lastIndexOf(QLatin1String(":2,"));
    const QString base = info < 0 ? uniqueNameOf(fileName) : fileName.left(info);
    QString letters = info < 0 ? QString() : fileName.mid(info + 3);
    letters.remove(letter);
    if (on)
        letters.append(letter);
    std::sort(letters.begin(), letters.end());
    return base + QLatin1String(":2,") + letters;
}

MaildirChangeReplayer::MaildirChangeReplayer(SourceConfig config) : m_config(std::move(config)) {}

ReplayResult MaildirChangeReplayer::replay(const QList<PendingChange> &changes, const Report &report)
{
    ReplayResult result;
    auto fail = [&result](const QString &why) {
        if (result.ok) {
            result.ok = false;
            result.error = why;
        }
    };
    // Locations renamed by this replay: a later change of the same item starts from there.
    QHash<qint64, ItemLocation> renamed;
    for (const PendingChange &change : changes) {
        if (m_cancelled.load()) {
            fail(tr("The update of the Maildir was stopped."));
            break;
        }
        QChar letter;
        bool on = false;
        switch (change.kind) {
        case ChangeKind::Seen: letter = u'S'; on = true; break;
        case ChangeKind::Unseen: letter = u'S'; break;
        case ChangeKind::Flag: letter = u'F'; on = true; break;
        case ChangeKind::Unflag: letter = u'F'; break;
        case ChangeKind::Done:
        case ChangeKind::Reopen:
        case ChangeKind::Tier:
        case ChangeKind::Snooze:
        case ChangeKind::Mute:
            if (!report(outcomeOf(change, ChangeOutcome::Status::Dropped, tr("A Maildir does not store this change."))))
                return {false, tr("The outcome of a Maildir update could not be recorded."), true};
            continue;
        }
        const ItemLocation location = change.itemId != 0 ? renamed.value(change.itemId, change.location) : change.location;
        const QString path = currentPath(m_config.location, location);
        if (path.isEmpty()) {
            if (!report(outcomeOf(change, ChangeOutcome::Status::Dropped,
                                  tr("The message file \"%1\" no longer exists in %2.")
                                      .arg(location.locator, m_config.location))))
                return {false, tr("The outcome of a Maildir update could not be recorded."), true};
            continue;
        }
        const QFileInfo file(path);
        const bool inNew = file.dir().dirName() == QLatin1String("new");
        QString target = path;
        if (!(inNew && letter == u'S' && !on)) {  // a new/ file is unseen already
            QDir folder = file.dir();
            folder.cdUp();
            target = folder.filePath(QStringLiteral("cur/") + fileNameWithFlag(file.fileName(), letter, on));
        }
        if (target != path && !QFile::rename(path, target)) {
            const QString why = tr("Cannot rename \"%1\" to \"%2\" (is the Maildir writable?).")
                                    .arg(QDir::toNativeSeparators(path), QFileInfo(target).fileName());
            fail(why);
            if (!report(outcomeOf(change, ChangeOutcome::Status::Failed, why)))
                return {false, tr("The outcome of a Maildir update could not be recorded."), true};
            continue;
        }
        ChangeOutcome outcome = outcomeOf(change, ChangeOutcome::Status::Applied);
        ItemLocation moved;
        moved.folder = location.folder;
        moved.remoteId = location.remoteId;
        moved.locator = QDir(m_config.location).relativeFilePath(target);
        outcome.moved = moved;
        if (!report(outcome))
            return {false, tr("The outcome of a Maildir update could not be recorded."), true};
        if (change.itemId != 0)
            renamed.insert(change.itemId, moved);
    }
    return result;
}

std::unique_ptr<ChangeReplayer> createReplayer(const SourceConfig &config)
{
    return std::make_unique<MaildirChangeReplayer>(config);
}

bool journals(const SourceConfig &config, ChangeKind kind)
{
    if (!config.settings.value(QStringLiteral("writeBack"), true).toBool())
        return false;
    switch (kind) {
    case ChangeKind::Seen:
    case ChangeKind::Unseen:
    case ChangeKind::Flag:
    case ChangeKind::Unflag:
        return true;
    case ChangeKind::Done:
    case ChangeKind::Reopen:
    case ChangeKind::Tier:
    case ChangeKind::Snooze:
    case ChangeKind::Mute:
        break;
    }
    return false;
}

} // namespace fi::maildir
