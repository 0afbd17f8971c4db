#include "config/autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace fi::autostart {

namespace {

QString configHome()
{
    const QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (!xdg.isEmpty() && QDir::isAbsolutePath(xdg))
        return QDir::cleanPath(xdg);
    return QDir::homePath() + QStringLiteral("/.config");
}

/// One argument of an Exec line: quoted when it holds a reserved character; inside the quotes
/// '"', '`', '$' and '\' are backslash-escaped; '%' is doubled (a field code otherwise).
QString quoteArgument(const QString &argument)
{
    static const QString reserved = QStringLiteral(" \t\"'\\><~|&;$*?#()`");
    QString text = argument;
    text.replace(u'%', QStringLiteral("%%"));
    const bool quote = text.isEmpty() || std::any_of(text.begin(), text.end(), [](QChar c) { return reserved.contains(c); });
    if (!quote)
        return text;
    QString quoted;
    for (const QChar c : text) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    return u'"' + quoted + u'"';
}

} // namespace

QString entryPath() { return configHome() + QStringLiteral("/autostart/focusinbox.desktop"); }

bool isEnabled() { return QFileInfo::exists(entryPath()); }

QString currentExecutable()
{
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    if (!appImage.isEmpty() && QFileInfo(appImage).isAbsolute() && QFileInfo(appImage).isFile())
        return appImage;
    return QCoreApplication::applicationFilePath();
}

QString execLine(const QStringList &arguments)
{
    QStringList parts;
    for (const QString &argument : arguments) {
        if (argument.contains(u'\n') || argument.contains(u'\r'))
            return {};
        parts << quoteArgument(argument);
    }
    // The string-type escape applies on top of the quoting: a backslash is written "\\".
    return parts.join(u' ').replace(u'\\', QStringLiteral("\\\\"));
}

QByteArray entryText(const Entry &entry)
{
    if (!QDir::isAbsolutePath(entry.executable))
        return {};
    QStringList arguments{entry.executable};
    if (!entry.dataDir.isEmpty())
        arguments << QStringLiteral("--data-dir") << entry.dataDir;
    if (entry.minimized)
        arguments << QStringLiteral("--minimized");
    const QString exec = execLine(arguments);
    if (exec.isEmpty())
        return {};
    const QString text = QStringLiteral(
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Version=1.0\n"
        "Name=Focus Inbox\n"
        "GenericName=Tiered inbox\n"
        "Comment=Start Focus Inbox at login\n"
        "Exec=%1\n"
        "Icon=focusinbox\n"
        "Terminal=false\n"
        "Categories=Network;Email;\n"
        "StartupNotify=false\n"
        "X-GNOME-Autostart-enabled=true\n").arg(exec);
    return text.toUtf8();
}

bool enable(const Entry &entry, QString *error)
{
    const QByteArray text = entryText(entry);
    if (text.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("fi::autostart", "The program's path %1 cannot be started at login.")
                         .arg(entry.executable);
        return false;
    }
    const QString path = entryPath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("fi::autostart", "Could not create the folder %1.")
                         .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        return false;
    }
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(text) == text.size() && file.commit())
        return true;
    if (error)
        *error = QCoreApplication::translate("fi::autostart", "Could not write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

bool disable(QString *error)
{
    QFile file(entryPath());
    if (!file.exists() || file.remove())
        return true;
    if (error)
        *error = QCoreApplication::translate("fi::autostart", "Could not remove %1: %2")
                     .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
    return false;
}

} // namespace fi::autostart
