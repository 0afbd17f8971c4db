#include "cli/sourceadders.h"

#include <QCoreApplication>

namespace fi::cli {

namespace {
QString tr(const char *text) { return text ? QCoreApplication::translate("fi::cli", text) : QString(); }
} // namespace

SourceAdders &SourceAdders::instance()
{
    static SourceAdders adders = [] {
        SourceAdders a;
        registerBuiltinAdders(a);
        return a;
    }();
    return adders;
}

void SourceAdders::registerAdder(SourceAdder adder)
{
    for (SourceAdder &existing : m_adders) {
        if (existing.kind == adder.kind) {
            existing = std::move(adder);
            return;
        }
    }
    m_adders.append(std::move(adder));
}

const SourceAdder *SourceAdders::adder(const QString &kind) const
{
    for (const SourceAdder &a : m_adders)
        if (a.kind == kind)
            return &a;
    return nullptr;
}

const SourceSubcommand *SourceAdders::subcommand(const QString &word) const
{
    for (const SourceAdder &a : m_adders)
        for (const SourceSubcommand &c : a.subcommands)
            if (c.word == word)
                return &c;
    return nullptr;
}

QStringList SourceAdders::subcommandWords() const
{
    QStringList words;
    for (const SourceAdder &a : m_adders)
        for (const SourceSubcommand &c : a.subcommands)
            words << c.word;
    return words;
}

QString SourceAdders::helpLines() const
{
    QString text;
    for (const SourceAdder &a : m_adders) {
        text += QStringLiteral("  sources add %1 %2\n").arg(a.kind, tr(a.synopsis));
        text += QStringLiteral("                                         %1\n").arg(tr(a.summary));
    }
    for (const SourceAdder &a : m_adders) {
        for (const SourceSubcommand &c : a.subcommands) {
            text += QStringLiteral("  sources %1 %2\n").arg(c.word, tr(c.synopsis));
            text += QStringLiteral("                                         %1\n").arg(tr(c.summary));
        }
    }
    return text;
}

QString SourceAdders::usageLine(const SourceSubcommand &command)
{
    return QCoreApplication::translate("fi::cli", "usage: focusinbox sources %1 %2").arg(command.word, tr(command.synopsis));
}

QString SourceAdders::usageLines() const
{
    QStringList lines;
    for (const SourceAdder &a : m_adders)
        lines << QCoreApplication::translate("fi::cli", "usage: focusinbox sources add %1 %2").arg(a.kind, tr(a.synopsis));
    return lines.join(u'\n');
}

} // namespace fi::cli
