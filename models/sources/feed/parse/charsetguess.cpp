#include "sources/feed/parse/charsetguess.h"

#include <uchardet/uchardet.h>

#include <memory>

namespace fi::feed::parse {

QByteArray guessCharset(const QByteArray &bytes)
{
    constexpr qsizetype kSample = 64 * 1024;
    const std::unique_ptr<uchardet, decltype(&uchardet_delete)> detector(uchardet_new(),
                                                                          &uchardet_delete);
    if (!detector)
        return {};
    const qsizetype n = qMin(bytes.size(), kSample);
    if (uchardet_handle_data(detector.get(), bytes.constData(), size_t(n)) != 0)
        return {};
    uchardet_data_end(detector.get());
    const QByteArray name = QByteArray(uchardet_get_charset(detector.get())).toLower();
    if (name == "ascii" || name == "us-ascii" || name == "utf-8")
        return {};
    return name;
}

} // namespace fi::feed::parse
