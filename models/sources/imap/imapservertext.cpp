#include "sources/imap/imapservertext.h"

#include <cstring>

namespace fi::imap {

QString serverText(const char *raw, qsizetype maxChars)
{
    if (!raw)
        return {};
    // Never decode more than needed: the text can be as long as the response cap.
    const qsizetype len = qsizetype(strnlen(raw, size_t(maxChars) * 4 + 4));
    QString text = QString::fromUtf8(raw, len);
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    text = text.simplified();
    if (text.size() > maxChars) {
        text.truncate(maxChars);
        if (text.at(text.size() - 1).isHighSurrogate())
            text.chop(1);
        text += QChar(0x2026);
    }
    return text;
}

} // namespace fi::imap
