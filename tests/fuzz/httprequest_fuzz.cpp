// libFuzzer harness: the request parser of the local HTTP listener (models/net/listener/httpwire.h,
// http-parser underneath). Input: byte 0 = piece size (1 + byte/2: how the bytes arrive) and
// Host policy (bit 0), byte 1 = limits (small or default), rest = what a client sends.
// Properties: never more consumed than fed; a request within the limits; a refusal with a
// listed status and a reason; a response echoing the request's fields as extra headers keeps its
// head intact (no CR/LF injection).
#include "fuzzsupport.h"

#include "net/listener/httpwire.h"

using fi::net::HttpRequestParser;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    static const bool quiet =
        (qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {}), true);
    (void)quiet;  // (dropped response headers are warned about)
    fuzz::Input input(data, size);
    const uint8_t option = input.byte();
    const bool small = input.byte() & 1;
    const QByteArray bytes = input.rest();
    const int maxHead = small ? 256 : 16 * 1024;
    const qint64 maxBody = small ? 64 : 1024 * 1024;
    const qsizetype pieceSize = 1 + option / 2;

    HttpRequestParser parser(maxHead, maxBody, option & 1);
    qsizetype at = 0;
    while (at < bytes.size() && parser.state() != HttpRequestParser::State::Failed) {
        const qsizetype piece = qMin(pieceSize, bytes.size() - at);
        const qsizetype used = parser.feed(bytes.constData() + at, piece);
        FUZZ_ASSERT(used >= 0 && used <= piece, "consumed %lld of %lld", qlonglong(used), qlonglong(piece));
        at += used;
        switch (parser.state()) {
        case HttpRequestParser::State::HeadComplete:
            FUZZ_ASSERT(parser.request().path.size() <= maxHead, "target longer than the head limit");
            parser.continueBody();
            break;
        case HttpRequestParser::State::Complete: {
            const fi::net::HttpRequest request = parser.takeRequest();
            FUZZ_ASSERT(request.body.size() <= maxBody, "body of %lld bytes", qlonglong(request.body.size()));
            FUZZ_ASSERT(!request.method.isEmpty() && !request.path.isEmpty(), "request without method or path");
            const QByteArray response = fi::net::formatHttpResponse(200, request.body, request.header("Content-Type"),
                                                                    request.headers, false, true);
            const qsizetype headEnd = response.indexOf("\r\n\r\n");
            FUZZ_ASSERT(headEnd > 0 && !response.left(headEnd).contains('\0'), "response head broken");
            QList<QByteArray> lines = response.left(headEnd + 2).split('\n');
            lines.removeLast();  // (after the last CRLF)
            for (const QByteArray &line : lines)
                FUZZ_ASSERT(line.endsWith('\r') && line.count('\r') == 1, "CR/LF injected into the response head");
            parser.reset(maxHead, maxBody, option & 1);
            break;
        }
        case HttpRequestParser::State::Failed:
            break;
        default:
            FUZZ_ASSERT(used == piece, "consumed %lld of %lld without a state change", qlonglong(used),
                        qlonglong(piece));
            break;
        }
    }
    if (parser.state() == HttpRequestParser::State::Failed) {
        static const QList<int> statuses = {400, 413, 414, 417, 421, 431, 501, 505};
        FUZZ_ASSERT(statuses.contains(parser.errorStatus()), "status %d", parser.errorStatus());
        FUZZ_ASSERT(!parser.errorReason().isEmpty(), "a refusal says why");
    }
    return 0;
}
