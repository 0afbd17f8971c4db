#pragma once
/// @file sourceadders.h
/// @brief `focusinbox sources add KIND …` per kind: each kind registers its handler, its usage
/// and its own options (builtinadders.cpp lists the built-in ones), so sourcescommand.cpp and
/// cli.cpp never name a kind. A kind may bring further `sources WORD …` sub-commands of its
/// own (the feed kind's import-opml / export-opml) in the same registration.

#include "cli/clicontext.h"

#include <QCommandLineOption>

#include <functional>

namespace fi::cli {

/// A `focusinbox sources WORD …` sub-command a kind brings besides `add` (feeds: import-opml,
/// export-opml). sourcescommand.cpp runs it when WORD is not one of its own (add, list).
struct SourceSubcommand {
    QString word;                   ///< The word after `sources` ("import-opml"); unique.
    /// Synopsis after the word ("FILE", "[FILE]"); untranslated, QT_TRANSLATE_NOOP("fi::cli", …).
    const char *synopsis = nullptr;
    const char *summary = nullptr;  ///< One line saying what it does, same context.
    int minArguments = 0;           ///< Positional arguments after the word: at least …
    int maxArguments = 0;           ///< … and at most.
    /// Run it with the positional arguments after the word. Prints the result or the reason;
    /// @return an ExitCode.
    std::function<int(Context &ctx, const QStringList &args)> run;
};

/// The command line of one source kind: its "add", and any other `sources` sub-commands it
/// brings. Main thread only.
struct SourceAdder {
    QString kind;              ///< SourceKind::key; the word after `sources add`.
    /// Synopsis after `sources add KIND` ("PATH [--name N] [--address A]"); may span lines.
    /// Untranslated, marked with QT_TRANSLATE_NOOP("fi::cli", …).
    const char *synopsis = nullptr;
    const char *summary = nullptr;  ///< One line saying what it adds ("add a Maildir source"), same context.
    int arguments = 1;         ///< Positional arguments after the kind word.
    /// Options only this kind uses (they join the command line's option table). Called when the
    /// parser is set up (after the translator is installed).
    std::function<QList<QCommandLineOption>()> options;
    /// Add the source: @p args are the positional arguments after the kind word (exactly
    /// `arguments` of them). Prints the result or the reason; @return an ExitCode.
    std::function<int(Context &ctx, const QStringList &args)> add;
    /// Further `sources WORD …` sub-commands of this kind (may be empty).
    QList<SourceSubcommand> subcommands;
};

/// Kind key → adder, in registration order (help text order).
class SourceAdders {
public:
    /// The process-wide registry with the built-in adders registered.
    static SourceAdders &instance();
    /// Add @p adder, or replace the one of the same kind.
    void registerAdder(SourceAdder adder);
    const SourceAdder *adder(const QString &kind) const;
    /// The sub-command some kind registered for `sources @p word`, or nullptr.
    const SourceSubcommand *subcommand(const QString &word) const;
    /// The words of every registered sub-command, in registration order.
    QStringList subcommandWords() const;
    const QList<SourceAdder> &adders() const { return m_adders; }

    /// "  sources add KIND SYNOPSIS  SUMMARY" lines of every adder, then "  sources WORD
    /// SYNOPSIS  SUMMARY" of every sub-command, translated (for --help).
    QString helpLines() const;
    /// "usage: focusinbox sources add KIND SYNOPSIS" lines of every adder, translated.
    QString usageLines() const;
    /// "usage: focusinbox sources WORD SYNOPSIS" of @p command, translated.
    static QString usageLine(const SourceSubcommand &command);

private:
    QList<SourceAdder> m_adders;
};

/// Registers the Maildir, IMAP, … adders (builtinadders.cpp: the one place that lists them).
void registerBuiltinAdders(SourceAdders &adders);

} // namespace fi::cli
