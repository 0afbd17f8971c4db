// `focusinbox open ID` (issue 16). A well-formed one opens the window (cli.h: wantsGui()), which
// shows the item in the running instance or starts the app with it (application.cpp); only a
// malformed one reaches run() and ends here with a usage error.
#include "cli/cli.h"
#include "cli/clicontext.h"

#include "focus/instancerequest.h"

#include <QCoreApplication>

namespace fi::cli {

std::optional<qint64> openItemId(const QStringList &positional, QString *error)
{
    auto fail = [error](const QString &text) -> std::optional<qint64> {
        if (error)
            *error = text;
        return std::nullopt;
    };
    if (positional.value(0) != QLatin1String("open"))
        return fail(QCoreApplication::translate("fi::cli", "not an open command"));
    if (positional.size() != 2)
        return fail(QCoreApplication::translate("fi::cli", "usage: open ID (one item id, the \"id\" of list --json)"));
    bool ok = false;
    const qint64 id = positional.at(1).trimmed().toLongLong(&ok);
    if (!ok || id < 1 || id > kMaxInstanceInteger)
        return fail(QCoreApplication::translate("fi::cli", "\"%1\" is not an item id (the \"id\" of list --json)")
                        .arg(positional.at(1)));
    return id;
}

/// `open` with a missing, extra or malformed id (a well-formed one never gets here).
int openCommand(Context &ctx)
{
    QString error;
    if (openItemId(QStringList{QStringLiteral("open")} + ctx.args, &error))
        error = QCoreApplication::translate("fi::cli", "the window could not be opened");
    ctx.err << QCoreApplication::translate("fi::cli", "open: %1").arg(error) << Qt::endl;
    return UsageError;
}

} // namespace fi::cli
