#include "cli/clicontext.h"

#include "cli/sourceadders.h"
#include "focus/instancechannel.h"
#include "sources/sourceregistry.h"

#include <QCoreApplication>

namespace fi::cli {

int saveNewSource(Context &ctx, SourceConfig config)
{
    QStringList addresses;
    for (const QString &address : ctx.parser->values(QStringLiteral("address")))
        addresses << address.trimmed().toLower();
    if (!addresses.isEmpty())
        config.settings.insert(QStringLiteral("addresses"), addresses);
    for (const SourceConfig &existing : ctx.store->sources()) {
        if (existing.kind == config.kind && existing.location == config.location) {
            ctx.err << QCoreApplication::translate("fi::cli", "Already added as source %1 (%2)").arg(existing.id).arg(existing.name) << Qt::endl;
            return UsageError;
        }
    }
    const qint64 id = ctx.store->addSource(config).result();
    if (id <= 0) {
        ctx.err << QCoreApplication::translate("fi::cli", "Could not save the source") << Qt::endl;
        return StorageError;
    }
    ctx.out << QCoreApplication::translate("fi::cli", "Added source %1: %2 (%3)").arg(id).arg(config.name, config.location) << Qt::endl;
    notifyInstanceOfSources(ctx);
    return Ok;
}

void notifyInstanceOfSources(const Context &ctx)
{
    // A running window lists the new source and starts its schedule or listener at once.
    InstanceRequest changed;
    changed.command = InstanceRequest::Command::SourcesChanged;
    sendToInstance(ctx.paths.dataDir(), changed, 2000);
}

int sourcesCommand(Context &ctx)
{
    const QString sub = ctx.args.value(0);
    if (sub == QLatin1String("list")) {
        for (const SourceConfig &s : ctx.store->sources()) {
            ctx.out << s.id << '\t' << s.kind << '\t' << s.name << '\t' << s.location
                    << (s.enabled ? QString() : QStringLiteral("\t(disabled)"))
                    << (s.sample ? QStringLiteral("\t(sample)") : QString()) << Qt::endl;
        }
        return Ok;
    }
    if (sub == QLatin1String("add")) {
        const SourceAdder *adder = SourceAdders::instance().adder(ctx.args.value(1));
        if (adder && adder->add && ctx.args.size() == 2 + adder->arguments)
            return adder->add(ctx, ctx.args.mid(2));
        ctx.err << SourceAdders::instance().usageLines() << Qt::endl;
        ctx.err << QCoreApplication::translate("fi::cli", "known source kinds: %1").arg(SourceRegistry::instance().kinds().join(QStringLiteral(", ")))
                << Qt::endl;
        return UsageError;
    }
    // A kind's own sub-command (sourceadders.h: feeds bring import-opml / export-opml).
    if (const SourceSubcommand *command = SourceAdders::instance().subcommand(sub)) {
        const qsizetype given = ctx.args.size() - 1;
        if (command->run && given >= command->minArguments && given <= command->maxArguments)
            return command->run(ctx, ctx.args.mid(1));
        ctx.err << SourceAdders::usageLine(*command) << Qt::endl;
        return UsageError;
    }
    const QStringList words = QStringList{QStringLiteral("add"), QStringLiteral("list")} + SourceAdders::instance().subcommandWords();
    ctx.err << QCoreApplication::translate("fi::cli", "usage: focusinbox sources %1").arg(words.join(u'|')) << Qt::endl;
    return UsageError;
}

} // namespace fi::cli
