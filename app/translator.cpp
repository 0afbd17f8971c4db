#include "translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace fi {

namespace {
const char kOwnTranslator[] = "fi-translator";
} // namespace

void installTranslators(QCoreApplication *app, const QString &language)
{
    for (QTranslator *old : app->findChildren<QTranslator *>(QLatin1String(kOwnTranslator), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    const QLocale locale;
    auto *qt = new QTranslator(app);
    qt->setObjectName(QLatin1String(kOwnTranslator));
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(app);
    own->setObjectName(QLatin1String(kOwnTranslator));
    if (own->load(locale, QStringLiteral("focusinbox"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

} // namespace fi
