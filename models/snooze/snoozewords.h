#pragma once
/// @file snoozewords.h
/// @brief The vocabulary of typed snooze phrases in English, Spanish and Brazilian Portuguese
/// (input words, not UI text: recognised whatever the UI language), and the normalisation
/// that lets "Mañana", "manana" and "MAÑANA" read the same. Internal to snooze/; pure.

#include <QString>
#include <QStringList>

namespace fi::snooze {

/// What a single normalised word means in a phrase.
enum class Word {
    Unknown,
    Filler,     ///< "the", "on", "de", "la", "no", "this", "esta" … carries no meaning here.
    At,         ///< "at", "a las", "às": the next bare number is an hour.
    In,         ///< "in", "en", "em", "within", "dentro", "daqui": a duration may follow.
    Next,       ///< "next", "próximo/a", "siguiente", "que viene", "que vem".
    Today,      ///< "today", "hoy", "hoje".
    Tomorrow,   ///< "tomorrow", "mañana" (not after "por la"), "amanhã".
    DayAfter,   ///< "day after tomorrow", "pasado mañana", "depois de amanhã".
    Week,       ///< "week", "semana" (with Next: next Monday).
    Working,    ///< "working", "workday", "business", "laborable", "hábil", "útil".
    Morning,    ///< "morning", "por la mañana", "manhã": 09:00.
    Noon,       ///< "noon", "mediodía", "meio-dia": 12:00.
    Afternoon,  ///< "afternoon", "tarde": 14:00.
    Evening,    ///< "evening", "tonight", "night", "noche", "noite": 18:00.
    Midnight,   ///< "midnight", "medianoche", "meia-noite": 00:00 at the end of the day.
    Weekday,    ///< value = Qt::Monday … Qt::Sunday.
    Month,      ///< value = 1 … 12.
    MarAmbiguous, ///< "mar": March (en, es abbreviation) or martes (es); the context decides.
    Unit,       ///< value = length in minutes (1, 60, 1440, 10080).
    Count,      ///< "a", "an", "one", "un", "una", "um", "uma", "two", "dos" …: value = count.
    Half,       ///< "half", "media", "meia".
    And,        ///< "and", "y", "e".
    AmPm,       ///< value = 0 (am) or 12 (pm).
    Focus,      ///< "focus", "session", "foco", "sesión", "sessão".
    After,      ///< "after", "después", "tras", "depois", "após", "when", "cuando", "quando", "end" …
};

struct WordInfo {
    Word kind = Word::Unknown;
    int value = 0;
};

/// Lowercase, without accents (NFD minus combining marks: "mañana" → "manana", "às" → "as"),
/// "p.m." / "p. m." → "pm", "14.30" → "14:30", ordinal marks (º ª) and punctuation removed,
/// and the multi-word expressions joined into one word ("pasado manana" → "overmorrow",
/// "por la manana" → "morning", "a las" → "at", "que viene" → "next", "segunda-feira" →
/// "segunda", "meia-noite" → "midnight" …).
QString normalizePhrase(const QString &text);

/// The normalised phrase split into words: "14:30", "9h30", "3h", "5th", "tue", "in" …
QStringList tokenizePhrase(const QString &normalized);

/// Meaning of one normalised word.
WordInfo classifyWord(const QString &word);

} // namespace fi::snooze
