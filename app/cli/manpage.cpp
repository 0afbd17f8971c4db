#include "cli/manpage.h"

#include <QCoreApplication>
#include <QStringList>

namespace fi::cli {

namespace {

/// @p text as roff text: backslashes escaped, a dash that starts a word (an option, "-word")
/// as `\-` (a minus sign, so copy and paste gives the ASCII hyphen-minus), non-ASCII as `\[uXXXX]`.
QString escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 16);
    const QList<uint> codes = text.toUcs4();
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const uint c = codes.at(i);
        if (c == '\\') {
            out += QLatin1String("\\e");
        } else if (c == '-') {
            const bool wordStart = i == 0 || codes.at(i - 1) == ' ' || codes.at(i - 1) == '-' ||
                                   codes.at(i - 1) == '[' || codes.at(i - 1) == '(' || codes.at(i - 1) == '|';
            out += wordStart || (i + 1 < codes.size() && codes.at(i + 1) == '-') ? QLatin1String("\\-")
                                                                                   : QLatin1String("-");
        } else if (c < 0x80) {
            out += QChar(char16_t(c));
        } else {
            out += QStringLiteral("\\[u%1]").arg(QString::number(c, 16).toUpper().rightJustified(4, QLatin1Char('0')));
        }
    }
    return out;
}

/// One output line of roff text: a line that would start with a control character ('.' or
/// '\'') gets the zero-width `\&` first.
QString textLine(const QString &escaped)
{
    if (escaped.startsWith(QLatin1Char('.')) || escaped.startsWith(QLatin1Char('\'')))
        return QLatin1String("\\&") + escaped;
    return escaped;
}

/// `\fB\-\-data\-dir\fR \fIdir\fR` for an option's names and value name.
QString optionHeading(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << QStringLiteral("\\fB%1\\fR").arg(escape((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name));
    QString heading = names.join(QLatin1String(", "));
    if (!option.valueName().isEmpty())
        heading += QStringLiteral(" \\fI%1\\fR").arg(escape(option.valueName()));
    return heading;
}

/// The description's paragraphs: lines indented with a space go into no-fill blocks (the command
/// table is aligned in columns), the others are filled as prose.
QString descriptionBody(const QStringList &lines)
{
    QString out;
    QStringList prose;
    bool inBlock = false;
    const auto flushProse = [&] {
        if (!prose.isEmpty())
            out += textLine(escape(prose.join(QLatin1Char(' ')))) + QLatin1Char('\n');
        prose.clear();
    };
    for (const QString &line : lines) {
        const bool blank = line.trimmed().isEmpty();
        const bool indented = !blank && line.startsWith(QLatin1Char(' '));
        if (indented && !inBlock) {
            flushProse();
            out += QLatin1String(".PP\n.nf\n");
            inBlock = true;
        } else if (!indented && inBlock) {
            out += QLatin1String(".fi\n");
            inBlock = false;
        }
        if (blank) {
            flushProse();
        } else if (indented) {
            out += textLine(escape(line)) + QLatin1Char('\n');
        } else {
            if (prose.isEmpty())
                out += QLatin1String(".PP\n");
            prose << line.trimmed();
        }
    }
    flushProse();
    if (inBlock)
        out += QLatin1String(".fi\n");
    return out;
}

} // namespace

void ManPage::setApplicationDescription(const QString &description)
{
    m_description = description;
}

void ManPage::addHelpOption()
{
    // The texts QCommandLineParser::addHelpOption gives these options (same context, so the same
    // translation).
    m_options << QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                    QCoreApplication::translate("QCommandLineParser", "Displays help on commandline options."))
              << QCommandLineOption(QStringLiteral("help-all"),
                                    QCoreApplication::translate("QCommandLineParser",
                                                                "Displays help including Qt specific options."));
}

void ManPage::addVersionOption()
{
    m_options << QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")},
                                    QCoreApplication::translate("QCommandLineParser", "Displays version information."));
}

bool ManPage::addOption(const QCommandLineOption &option)
{
    if (!option.flags().testFlag(QCommandLineOption::HiddenFromHelp))
        m_options << option;
    return true;
}

void ManPage::addPositionalArgument(const QString &name, const QString &description, const QString &syntax)
{
    Q_UNUSED(description)
    m_positionals << Positional{name, syntax};
}

QString ManPage::render(const QString &version) const
{
    QStringList lines = m_description.split(QLatin1Char('\n'));
    // NAME: "Focus Inbox — a tiered inbox … work." → "a tiered inbox … work".
    QString summary = lines.isEmpty() ? QString() : lines.takeFirst().trimmed();
    const qsizetype dash = summary.indexOf(QChar(0x2014));
    if (dash >= 0)
        summary = summary.mid(dash + 1).trimmed();
    if (summary.endsWith(QLatin1Char('.')))
        summary.chop(1);

    QString out;
    out += QLatin1String(".\\\" Generated by `focusinbox --man-page` from the options of --help (app/cli/cli.cpp).\n");
    out += QStringLiteral(".TH FOCUSINBOX 1 \"\" \"%1\" \"User Commands\"\n").arg(escape(version));
    out += QLatin1String(".SH NAME\nfocusinbox \\- ") + escape(summary) + QLatin1Char('\n');

    out += QLatin1String(".SH SYNOPSIS\n.B focusinbox\n[\\fIoptions\\fR]\n");
    if (!m_positionals.isEmpty()) {
        out += QLatin1String(".br\n.B focusinbox\n[\\fIoptions\\fR]");
        for (const Positional &p : m_positionals)
            out += QStringLiteral(" \\fI%1\\fR").arg(escape(p.syntax.isEmpty() ? p.name : p.syntax));
        out += QLatin1String(" [\\fIarguments\\fR]\n");
    }

    out += QLatin1String(".SH DESCRIPTION\n") + descriptionBody(lines);

    out += QLatin1String(".SH OPTIONS\n");
    for (const QCommandLineOption &option : m_options) {
        out += QLatin1String(".TP\n") + optionHeading(option) + QLatin1Char('\n')
            + textLine(escape(option.description().simplified()))
            + QLatin1Char('\n');
    }
    return out;
}

} // namespace fi::cli
