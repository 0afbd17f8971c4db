#pragma once
/// @file manpage.h
/// @brief Issue 16: the man page focusinbox(1), made from the same option definitions as
/// `--help`. cli.cpp's addOptions() fills a ManPage exactly as it fills the QCommandLineParser
/// (same member names), and the hidden `focusinbox --man-page` prints render(); the build runs
/// that to make focusinbox.1 (cmake/ManPage.cmake). The build renders it in the C locale, so the
/// installed page is English. No widgets; use on one thread.

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace fi::cli {

/// Records an application description, options and positional arguments (the parts of the
/// QCommandLineParser API that addOptions() uses) and writes them as roff (man(7) macros).
class ManPage
{
public:
    /// As QCommandLineParser: the text after the usage line of `--help`. Its first line
    /// ("Focus Inbox — summary.") gives the NAME section; paragraphs are split at blank lines,
    /// and lines indented with spaces are kept as they are (a no-fill block).
    void setApplicationDescription(const QString &description);
    /// As QCommandLineParser: -h, --help and --help-all, with Qt's own (translated) texts.
    void addHelpOption();
    /// As QCommandLineParser: -v, --version, with Qt's own (translated) text.
    void addVersionOption();
    /// As QCommandLineParser. Options flagged QCommandLineOption::HiddenFromHelp are left out
    /// of the page, as they are of `--help`. @return true (names are not checked here).
    bool addOption(const QCommandLineOption &option);
    /// As QCommandLineParser: shown in the SYNOPSIS (as @p syntax, else @p name).
    void addPositionalArgument(const QString &name, const QString &description, const QString &syntax = QString());

    /// The page: NAME, SYNOPSIS, DESCRIPTION (the description), OPTIONS (every visible option
    /// with its value name and text, in the order of `--help`). @p version goes into the footer
    /// ("Focus Inbox 0.1.0").
    /// Every character outside ASCII is written as a groff `\[uXXXX]` escape, so the page needs
    /// no input encoding.
    QString render(const QString &version) const;

private:
    struct Positional {
        QString name;
        QString syntax;
    };
    QString m_description;
    QList<QCommandLineOption> m_options;
    QList<Positional> m_positionals;
};

} // namespace fi::cli
