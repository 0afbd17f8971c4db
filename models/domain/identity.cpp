#include "domain/identity.h"

#include <QRegularExpression>
#include <QUrl>

namespace fi {

bool isAddressForm(const QString &text)
{
    if (text.isEmpty() || text.size() > 254)
        return false;
    for (const QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c == u'<' || c == u'>' || c == u'"' || c == u','
            || c == u';')
            return false;
    }
    const qsizetype at = text.indexOf(u'@');
    if (at <= 0 || at != text.lastIndexOf(u'@') || at == text.size() - 1)
        return false;
    const QString domain = text.mid(at + 1);
    return !domain.startsWith(u'.') && !domain.endsWith(u'.') && !domain.contains(QLatin1String(".."));
}

bool isLoginForm(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"));
    return form.match(text).hasMatch();
}

QString loginOfHandle(const QString &handle)
{
    QString text = handle.trimmed();
    if (text.startsWith(u'@'))
        text = text.mid(1);
    if (text.contains(u'/')) {
        const QUrl url(text, QUrl::StrictMode);
        const QString host = url.host().toLower();
        if (!url.isValid() || (host != QLatin1String("github.com") && host != QLatin1String("www.github.com")))
            return {};
        QString path = url.path();
        while (path.endsWith(u'/'))
            path.chop(1);
        text = path.startsWith(u'/') ? path.mid(1) : path;
    }
    return isLoginForm(text) ? text.toLower() : QString();
}

bool handleIsOneOf(const QString &handle, const QStringList &logins)
{
    const QString login = loginOfHandle(handle);
    if (login.isEmpty())
        return false;
    for (const QString &mine : logins) {
        if (mine.trimmed().compare(login, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace fi
