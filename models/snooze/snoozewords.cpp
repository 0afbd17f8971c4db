#include "snooze/snoozewords.h"

#include <QHash>
#include <QRegularExpression>

#include <utility>

namespace fi::snooze {

namespace {

using Table = QHash<QString, WordInfo>;

void add(Table &table, Word kind, int value, std::initializer_list<const char *> words)
{
    for (const char *w : words)
        table.insert(QString::fromLatin1(w), WordInfo{kind, value});
}

Table buildTable()
{
    Table t;
    // Words are written here already normalised: lowercase, no accents.
    add(t, Word::Filler, 0, {"the", "on", "of", "by", "until", "till", "this", "for", "around", "about", "clock",
                             "hasta", "para", "el", "la", "las", "los", "lo", "del", "este", "esta", "sobre",
                             "ate", "o", "os", "do", "da", "dos", "das", "no", "na", "nos", "nas", "essa", "esse",
                             "de", "a", "que", "feira"});
    add(t, Word::At, 0, {"at", "@", "as"});  // "as" = pt "às" without its accent
    add(t, Word::In, 0, {"in", "within", "en", "dentro", "em", "daqui"});
    add(t, Word::Next, 0, {"next", "proximo", "proxima", "siguiente", "coming"});
    add(t, Word::Today, 0, {"today", "hoy", "hoje"});
    add(t, Word::Tomorrow, 0, {"tomorrow", "tmrw", "tmr", "manana", "amanha"});
    add(t, Word::DayAfter, 0, {"overmorrow"});
    add(t, Word::Week, 0, {"week", "semana"});
    add(t, Word::Working, 0, {"working", "work", "workday", "business", "weekday", "laborable", "habil", "util"});
    add(t, Word::Morning, 0, {"morning", "manha", "morningword"});
    add(t, Word::Noon, 0, {"noon", "midday", "mediodia"});
    add(t, Word::Afternoon, 0, {"afternoon", "tarde"});
    add(t, Word::Evening, 0, {"evening", "tonight", "night", "eve", "noche", "noite"});
    add(t, Word::Midnight, 0, {"midnight", "medianoche"});
    add(t, Word::Weekday, 1, {"monday", "mon", "lunes", "lun", "segunda", "seg"});
    add(t, Word::Weekday, 2, {"tuesday", "tue", "tues", "martes", "terca", "ter"});
    add(t, Word::Weekday, 3, {"wednesday", "wed", "miercoles", "mie", "mier", "quarta", "qua"});
    add(t, Word::Weekday, 4, {"thursday", "thu", "thur", "thurs", "jueves", "jue", "quinta", "qui"});
    add(t, Word::Weekday, 5, {"friday", "fri", "viernes", "vie", "sexta", "sex"});
    add(t, Word::Weekday, 6, {"saturday", "sat", "sabado", "sab"});
    add(t, Word::Weekday, 7, {"sunday", "sun", "domingo", "dom"});
    add(t, Word::Month, 1, {"january", "jan", "enero", "ene", "janeiro"});
    add(t, Word::Month, 2, {"february", "feb", "febrero", "fevereiro", "fev"});
    add(t, Word::Month, 3, {"march", "marzo", "marco"});
    add(t, Word::MarAmbiguous, 3, {"mar"});
    add(t, Word::Month, 4, {"april", "apr", "abril", "abr"});
    add(t, Word::Month, 5, {"may", "mayo", "maio", "mai"});
    add(t, Word::Month, 6, {"june", "jun", "junio", "junho"});
    add(t, Word::Month, 7, {"july", "jul", "julio", "julho"});
    add(t, Word::Month, 8, {"august", "aug", "agosto", "ago"});
    add(t, Word::Month, 9, {"september", "sep", "sept", "septiembre", "setiembre", "setembro", "set"});
    add(t, Word::Month, 10, {"october", "oct", "octubre", "outubro", "out"});
    add(t, Word::Month, 11, {"november", "nov", "noviembre", "novembro"});
    add(t, Word::Month, 12, {"december", "dec", "diciembre", "dic", "dezembro", "dez"});
    add(t, Word::Unit, 1, {"m", "min", "mins", "minute", "minutes", "minuto", "minutos"});
    add(t, Word::Unit, 60, {"h", "hs", "hr", "hrs", "hour", "hours", "hora", "horas"});
    add(t, Word::Unit, 1440, {"d", "day", "days", "dia", "dias"});
    add(t, Word::Unit, 10080, {"w", "wk", "wks", "weeks", "semanas"});
    add(t, Word::Count, 1, {"an", "one", "un", "una", "uno", "um", "uma"});
    add(t, Word::Count, 2, {"two", "couple", "dois", "duas"});
    add(t, Word::Count, 3, {"three", "tres"});
    add(t, Word::Half, 0, {"half", "media", "meia"});
    add(t, Word::And, 0, {"and", "y", "e"});
    add(t, Word::AmPm, 0, {"am"});
    add(t, Word::AmPm, 12, {"pm"});
    add(t, Word::Focus, 0, {"focus", "session", "foco", "sesion", "sessao", "deep", "concentracion", "concentracao"});
    add(t, Word::After, 0, {"after", "when", "end", "ends", "once", "despues", "tras", "cuando", "termine", "terminar",
                            "acabe", "fin", "depois", "apos", "quando", "terminar", "acabar", "fim", "ao", "al",
                            "desta", "dessa"});
    return t;
}

// Multi-word expressions, applied in order on the normalised text (word boundaries).
const std::pair<const char *, const char *> kJoins[] = {
    {"day after tomorrow", "overmorrow"},
    {"pasado manana", "overmorrow"},
    {"depois de amanha", "overmorrow"},
    {"por la manana", "morningword"},
    {"de la manana", "morningword"},
    {"en la manana", "morningword"},
    {"esta manana", "morningword"},
    {"por la tarde", "tarde"},
    {"por la noche", "noche"},
    {"de manha", "manha"},
    {"pela manha", "manha"},
    {"meio dia", "noon"},
    {"meia noite", "midnight"},
    {"a las", "at"},
    {"a la", "at"},
    {"que viene", "next"},
    {"que vem", "next"},
    {"o clock", ""},
    {"in an", "in 1"},
    {"in a", "in 1"},
};

} // namespace

QString normalizePhrase(const QString &text)
{
    QString s = text.toLower().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(s.size());
    for (const QChar c : std::as_const(s)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x00BA) || c == QChar(0x00AA)) // º ª (ordinal marks)
            continue;
        out.append(c);
    }
    static const QRegularExpression ampm(QStringLiteral("(\\d)\\s*([ap])\\s*\\.\\s*m\\b\\.?"));
    out.replace(ampm, QStringLiteral("\\1\\2m"));
    static const QRegularExpression dotTime(QStringLiteral("\\b(\\d{1,2})\\.(\\d{2})\\b"));
    out.replace(dotTime, QStringLiteral("\\1:\\2"));
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9:@]+"));
    out.replace(separators, QStringLiteral(" "));
    out = QLatin1Char(' ') + out.simplified() + QLatin1Char(' ');
    for (const auto &[from, to] : kJoins) {
        const QString needle = QLatin1Char(' ') + QString::fromLatin1(from) + QLatin1Char(' ');
        const QString replacement = QLatin1Char(' ') + QString::fromLatin1(to) + QLatin1Char(' ');
        int at;
        while ((at = out.indexOf(needle)) >= 0)
            out.replace(at, needle.size(), replacement);
    }
    return out.simplified();
}

QStringList tokenizePhrase(const QString &normalized)
{
    static const QRegularExpression token(
        QStringLiteral("\\d{1,2}:\\d{2}(?:am|pm)?|\\d+(?:[a-z]+\\d*)?|[a-z]+|@"));
    QStringList tokens;
    auto it = token.globalMatch(normalized);
    while (it.hasNext())
        tokens.append(it.next().captured(0));
    return tokens;
}

WordInfo classifyWord(const QString &word)
{
    static const Table table = buildTable();
    return table.value(word, WordInfo{});
}

} // namespace fi::snooze
