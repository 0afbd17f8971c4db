#include "mime/gmimesupport.h"

#include <cstring>
#include <mutex>
#include <string>

namespace fi::mime {

void ensureGMimeInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] {
        g_mime_init();
        // The 8-bit fallbacks of parserOptions() and decodeText(): needed by most mail.
        keepCharsetLoaded("windows-1252");
        keepCharsetLoaded("iso-8859-1");
    });
}

void keepEncodedWordCharsetsLoaded(const char *raw)
{
    if (!raw)
        return;
    for (const char *p = std::strstr(raw, "=?"); p; p = std::strstr(p, "=?")) {
        p += 2;
        const char *end = p;
        while (*end && *end != '?' && *end != '*' && end - p < 64) // RFC 2231 §5: charset*lang
            ++end;
        if (*end != '?' && *end != '*')
            continue;
        const std::string charset(p, size_t(end - p));
        keepCharsetLoaded(g_mime_charset_iconv_name(charset.c_str()));
        p = end;
    }
}

GMimeParserOptions *parserOptions()
{
    static GMimeParserOptions *const options = [] {
        ensureGMimeInitialized();
        GMimeParserOptions *o = g_mime_parser_options_new();
        // Real mail breaks the rules: accept encoded words inside words, unquoted specials
        // in display names and RFC 2231 parameters split in odd ways.
        g_mime_parser_options_set_rfc2047_compliance_mode(o, GMIME_RFC_COMPLIANCE_LOOSE);
        g_mime_parser_options_set_address_compliance_mode(o, GMIME_RFC_COMPLIANCE_LOOSE);
        g_mime_parser_options_set_parameter_compliance_mode(o, GMIME_RFC_COMPLIANCE_LOOSE);
        g_mime_parser_options_set_allow_addresses_without_domain(o, TRUE);
        // Undeclared 8-bit text: UTF-8 if valid, else Windows-1252 (the de-facto meaning of
        // "Latin-1" in mail, WHATWG Encoding), else ISO-8859-1 (maps every byte).
        const char *fallback[] = {"UTF-8", "windows-1252", "iso-8859-1", nullptr};
        g_mime_parser_options_set_fallback_charsets(o, fallback);
        return o;
    }();
    return options;
}

} // namespace fi::mime
