// `focusinbox sources add maildir PATH [--name N] [--address A]`: adds a Maildir source.
#include "cli/sourceadders.h"

#include "sources/maildir/maildirkind.h"
#include "sources/sourceregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace fi::cli {

namespace {

int addMaildir(Context &ctx, const QStringList &args)
{
    const QString path = args.value(0);
    const QFileInfo info(path);
    const SourceKind *kind = SourceRegistry::instance().kind(maildir::kindKey());
    if (!info.isDir() || (kind && !kind->problems(maildir::configFor(path, {})).isEmpty())) {
        ctx.err << QCoreApplication::translate("fi::cli", "Not a Maildir (no cur/ directory): %1").arg(QDir::toNativeSeparators(path)) << Qt::endl;
        return UsageError;
    }
    QString name = ctx.parser->value(QStringLiteral("name"));
    if (name.isEmpty())
        name = info.fileName();
    return saveNewSource(ctx, maildir::configFor(info.canonicalFilePath(), name));
}

} // namespace

SourceAdder maildirAdder()
{
    SourceAdder a;
    a.kind = maildir::kindKey();
    a.synopsis = QT_TRANSLATE_NOOP("fi::cli", "PATH [--name N] [--address A]");
    a.summary = QT_TRANSLATE_NOOP("fi::cli", "add a Maildir source");
    a.add = &addMaildir;
    return a;
}

} // namespace fi::cli
