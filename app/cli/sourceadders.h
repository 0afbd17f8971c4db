#pragma once
/// @file sourceadders.h
/// @brief `focusinbox sources add KIND …` per kind: each kind registers its handler, its usage
/// and its own options (builtinadders.cpp lists the built-in ones), so sourcescommand.cpp and
/// cli.cpp never name a kind.

#include "cli/clicontext.h"

#include <QCommandLineOption>

#include <functional>

namespace fi::cli {

/// The command-line "add" of one source kind. Main thread only.
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
};

/// Kind key → adder, in registration order (help text order).
class SourceAdders {
public:
    /// The process-wide registry with the built-in adders registered.
    static SourceAdders &instance();
    /// Add @p adder, or replace the one of the same kind.
    void registerAdder(SourceAdder adder);
    const SourceAdder *adder(const QString &kind) const;
    const QList<SourceAdder> &adders() const { return m_adders; }

    /// "  sources add KIND SYNOPSIS  SUMMARY" lines of every adder, translated (for --help).
    QString helpLines() const;
    /// "usage: focusinbox sources add KIND SYNOPSIS" lines of every adder, translated.
    QString usageLines() const;

private:
    QList<SourceAdder> m_adders;
};

/// Registers the Maildir, IMAP, … adders (builtinadders.cpp: the one place that lists them).
void registerBuiltinAdders(SourceAdders &adders);

} // namespace fi::cli
