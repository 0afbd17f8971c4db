#include "config/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace fi {

namespace {

#ifdef Q_OS_UNIX
QString errnoText(int error) { return QString::fromLocal8Bit(std::strerror(error)); }

/// Tighten everything below the open directory @p dirFd (not the directory itself).
int tightenBelow(int dirFd, int depth)
{
    if (depth > 64)
        return 0;  // deeper than anything the app creates; not worth an unbounded walk
    DIR *dir = ::fdopendir(dirFd);
    if (!dir) {
        ::close(dirFd);
        return 0;
    }
    int changed = 0;
    const uid_t me = ::geteuid();
    while (const dirent *entry = ::readdir(dir)) {
        const char *name = entry->d_name;
        if (std::strcmp(name, ".") == 0 || std::strcmp(name, "..") == 0)
            continue;
        struct stat st {};
        if (::fstatat(::dirfd(dir), name, &st, AT_SYMLINK_NOFOLLOW) != 0 || st.st_uid != me)
            continue;
        if (S_ISLNK(st.st_mode))
            continue;  // never followed, never changed
        if (S_ISDIR(st.st_mode)) {
            if ((st.st_mode & 077) != 0 && ::fchmodat(::dirfd(dir), name, st.st_mode & 07700, 0) == 0)
                ++changed;
            const int child = ::openat(::dirfd(dir), name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (child >= 0)
                changed += tightenBelow(child, depth + 1);
        } else if (S_ISREG(st.st_mode) && (st.st_mode & 077) != 0) {
            if (::fchmodat(::dirfd(dir), name, st.st_mode & 07700, 0) == 0)
                ++changed;
        }
    }
    ::closedir(dir);  // closes dirFd
    return changed;
}
#endif

} // namespace

void restrictProcessUmask()
{
#ifdef Q_OS_UNIX
    ::umask(077);
#endif
}

PrivateDirStatus preparePrivateDirectory(const QString &dir, QString *error)
{
    const QString shown = QDir::toNativeSeparators(dir);
    auto fail = [&](PrivateDirStatus status, const QString &text) {
        if (error)
            *error = text;
        return status;
    };
#ifdef Q_OS_UNIX
    const QByteArray path = QFile::encodeName(dir);
    struct stat link {};
    if (::lstat(path.constData(), &link) != 0) {
        if (errno != ENOENT)
            return fail(PrivateDirStatus::Failed, QCoreApplication::translate("fi::PrivateFiles", "Cannot use the data directory %1: %2").arg(shown, errnoText(errno)));
        // Parents as the user's umask wants them; the directory itself 0700 (mkdir under umask 077 at worst).
        const QString parent = QFileInfo(dir).absolutePath();
        if (!QDir().mkpath(parent) || (::mkdir(path.constData(), 0700) != 0 && errno != EEXIST))
            return fail(PrivateDirStatus::Failed, QCoreApplication::translate("fi::PrivateFiles", "Cannot create the data directory %1").arg(shown));
        if (::lstat(path.constData(), &link) != 0)
            return fail(PrivateDirStatus::Failed, QCoreApplication::translate("fi::PrivateFiles", "Cannot create the data directory %1").arg(shown));
    }
    const uid_t me = ::geteuid();
    struct stat st = link;
    if (S_ISLNK(link.st_mode)) {
        if (link.st_uid != me && link.st_uid != 0)
            return fail(PrivateDirStatus::NotOwned,
                        QCoreApplication::translate("fi::PrivateFiles", "The data directory %1 is a link owned by another user (uid %2); Focus Inbox does not use it.")
                            .arg(shown)
                            .arg(link.st_uid));
        if (::stat(path.constData(), &st) != 0)
            return fail(PrivateDirStatus::Failed, QCoreApplication::translate("fi::PrivateFiles", "Cannot use the data directory %1: %2").arg(shown, errnoText(errno)));
    }
    if (!S_ISDIR(st.st_mode))
        return fail(PrivateDirStatus::Failed, QCoreApplication::translate("fi::PrivateFiles", "The data directory %1 is not a directory.").arg(shown));
    if (st.st_uid != me)
        return fail(PrivateDirStatus::NotOwned,
                    QCoreApplication::translate("fi::PrivateFiles", "The data directory %1 belongs to another user (uid %2); Focus Inbox only uses a data "
                       "directory of its own user (uid %3).")
                        .arg(shown)
                        .arg(st.st_uid)
                        .arg(me));
    if ((st.st_mode & 07777) != 0700 && ::chmod(path.constData(), 0700) != 0)
        return fail(PrivateDirStatus::Failed,
                    QCoreApplication::translate("fi::PrivateFiles", "Cannot make the data directory %1 private: %2").arg(shown, errnoText(errno)));
    return PrivateDirStatus::Ok;
#else
    if (!QDir().mkpath(dir))
        return fail(PrivateDirStatus::Failed, QCoreApplication::translate("fi::PrivateFiles", "Cannot create the data directory %1").arg(shown));
    return PrivateDirStatus::Ok;
#endif
}

int tightenPermissionsBelow(const QString &dir)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    return tightenBelow(fd, 0);
#else
    Q_UNUSED(dir);
    return 0;
#endif
}

bool appendToPrivateFile(const QString &path, const QByteArray &bytes, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0600);
    if (fd < 0) {
        const int e = errno;
        if (error)
            *error = e == ELOOP ? QCoreApplication::translate("fi::PrivateFiles", "%1 is a symbolic link; not writing through it").arg(shown)
                                : QCoreApplication::translate("fi::PrivateFiles", "Cannot open %1: %2").arg(shown, errnoText(e));
        return false;
    }
    struct stat st {};
    QString problem;
    if (::fstat(fd, &st) != 0)
        problem = QCoreApplication::translate("fi::PrivateFiles", "Cannot open %1: %2").arg(shown, errnoText(errno));
    else if (!S_ISREG(st.st_mode))
        problem = QCoreApplication::translate("fi::PrivateFiles", "%1 is not a regular file; not writing to it").arg(shown);
    else if (st.st_uid != ::geteuid())
        problem = QCoreApplication::translate("fi::PrivateFiles", "%1 belongs to another user; not writing to it").arg(shown);
    else if (st.st_nlink != 1)
        problem = QCoreApplication::translate("fi::PrivateFiles", "%1 has other hard links; not writing to it").arg(shown);
    if (problem.isEmpty() && (st.st_mode & 077) != 0)
        ::fchmod(fd, st.st_mode & 07700);
    qsizetype done = 0;
    while (problem.isEmpty() && done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            problem = QCoreApplication::translate("fi::PrivateFiles", "Cannot write %1: %2").arg(shown, errnoText(errno));
        else
            done += n;
    }
    ::close(fd);
    if (!problem.isEmpty() && error)
        *error = problem;
    return problem.isEmpty();
#else
    QFile file(path);
    if (!file.open(QIODevice::Append) || file.write(bytes) != bytes.size()) {
        if (error)
            *error = QCoreApplication::translate("fi::PrivateFiles", "Cannot write %1: %2").arg(shown, file.errorString());
        return false;
    }
    return true;
#endif
}

} // namespace fi
