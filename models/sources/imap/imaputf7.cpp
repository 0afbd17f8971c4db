#include "sources/imap/imaputf7.h"

#include <QList>

namespace fi::imap::utf7 {
namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";

/// Value of a modified BASE64 character, -1 if it is not one.
int sixtet(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == ',')
        return 63;
    return -1;
}

bool isDirect(char16_t u) { return u >= 0x20 && u <= 0x7e; }

void flushRun(QByteArray &out, const QList<char16_t> &run)
{
    quint32 bits = 0;
    int count = 0;
    for (char16_t u : run) {
        bits = (bits << 16) | u;
        count += 16;
        while (count >= 6) {
            count -= 6;
            out += kAlphabet[(bits >> count) & 0x3f];
        }
        bits &= (1u << count) - 1;
    }
    if (count > 0)
        out += kAlphabet[(bits << (6 - count)) & 0x3f];
    out += '-';
}

} // namespace

QByteArray encode(const QString &name)
{
    QByteArray out;
    out.reserve(name.size() + 8);
    QList<char16_t> run;
    for (QChar ch : name) {
        const char16_t u = ch.unicode();
        if (isDirect(u)) {
            if (!run.isEmpty()) {
                flushRun(out, run);
                run.clear();
            }
            out += char(u);
            if (u == u'&')
                out += '-';
        } else {
            if (run.isEmpty())
                out += '&';
            run.append(u);
        }
    }
    if (!run.isEmpty())
        flushRun(out, run);
    return out;
}

std::optional<QString> decode(QByteArrayView wire)
{
    QString out;
    out.reserve(wire.size());
    qsizetype i = 0;
    const qsizetype n = wire.size();
    bool afterShift = false; // the previous character closed a BASE64 shift
    while (i < n) {
        const char c = wire[i];
        if (uchar(c) < 0x20 || uchar(c) > 0x7e)
            return std::nullopt;
        if (c != '&') {
            out += QLatin1Char(c);
            ++i;
            afterShift = false;
            continue;
        }
        ++i; // past '&'
        if (i < n && wire[i] == '-') {
            out += u'&';
            ++i;
            afterShift = false;
            continue;
        }
        if (afterShift)
            return std::nullopt; // "&…-&…-": a superfluous shift (RFC 3501 §5.1.3)
        quint32 bits = 0;
        int count = 0;
        int units = 0;
        char16_t pendingHigh = 0;
        bool closed = false;
        while (i < n) {
            const char b = wire[i++];
            if (b == '-') {
                closed = true;
                break;
            }
            const int v = sixtet(b);
            if (v < 0)
                return std::nullopt;
            bits = (bits << 6) | quint32(v);
            count += 6;
            if (count >= 16) {
                count -= 16;
                const char16_t u = char16_t((bits >> count) & 0xffff);
                bits &= (1u << count) - 1;
                ++units;
                if (isDirect(u))
                    return std::nullopt; // printable ASCII must stand for itself
                if (QChar::isHighSurrogate(u)) {
                    if (pendingHigh)
                        return std::nullopt;
                    pendingHigh = u;
                } else if (QChar::isLowSurrogate(u)) {
                    if (!pendingHigh)
                        return std::nullopt;
                    out += QChar(pendingHigh);
                    out += QChar(u);
                    pendingHigh = 0;
                } else {
                    if (pendingHigh)
                        return std::nullopt;
                    out += QChar(u);
                }
            }
        }
        // A shift must be closed, hold at least one unit, leave fewer than 6 bits and zeros there.
        if (!closed || units == 0 || pendingHigh || count >= 6 || bits != 0)
            return std::nullopt;
        afterShift = true;
    }
    return out;
}

bool isCanonical(QByteArrayView wire)
{
    const std::optional<QString> name = decode(wire);
    return name && encode(*name) == wire;
}

} // namespace fi::imap::utf7
