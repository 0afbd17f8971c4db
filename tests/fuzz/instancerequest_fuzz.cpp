// libFuzzer harness: the single-instance protocol lines (models/focus/instancerequest.h). The
// peer is a process of the same user, but its bytes are untrusted.
// Properties: a parsed request respects every documented bound, and writing it out with
// toLine() parses back to the same request; a reply line parses or is refused, never crashes.
#include "fuzzsupport.h"

#include "focus/instancerequest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    const QByteArray line(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<fi::InstanceRequest> request = fi::parseInstanceRequest(line, &error);
    if (!request) {
        FUZZ_ASSERT(!error.isEmpty(), "a refused request says why");
    } else {
        FUZZ_ASSERT(line.size() <= fi::kMaxInstanceLineBytes + 2, "line longer than the bound accepted");
        FUZZ_ASSERT(request->arguments.size() <= fi::kMaxInstanceArguments, "too many arguments accepted");
        for (const QString &argument : request->arguments)
            FUZZ_ASSERT(argument.size() <= fi::kMaxInstanceArgumentChars, "argument longer than the bound");
        FUZZ_ASSERT(request->minutes >= 0 && request->minutes <= fi::kMaxInstanceFocusMinutes, "minutes out of range");
        QString again;
        const std::optional<fi::InstanceRequest> round = fi::parseInstanceRequest(request->toLine(), &again);
        FUZZ_ASSERT(round.has_value(), "toLine() of a parsed request does not parse back");
        FUZZ_ASSERT(round->command == request->command && round->action == request->action
                        && round->minutes == request->minutes && round->arguments == request->arguments,
                    "toLine() of a parsed request parses to another request");
    }
    QString replyError;
    const std::optional<QJsonObject> reply = fi::parseInstanceReply(line, &replyError);
    FUZZ_ASSERT(reply.has_value() || !replyError.isEmpty(), "a refused reply says why");
    return 0;
}
