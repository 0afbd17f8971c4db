#pragma once
/// @file instancerequest.h
/// @brief The single-instance protocol's lines, parsed without sockets (pure, fuzzable).
///
/// A client (a second GUI start, `focusinbox focus …`) sends one request line and the running
/// instance answers with one reply line; both are one compact JSON object followed by '\n':
///   {"cmd":"raise","args":["--data-dir","/x"]}           show the window (a second start handed over)
///   {"cmd":"focus","action":"start","minutes":25}        start|stop|extend|status a focus session
/// The peer is a process of the same user (checked with SO_PEERCRED), but its bytes are still
/// treated as untrusted: lengths, types and ranges are checked here. Any thread; no state.

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace fi {

/// Longest request or reply line accepted, in bytes without the '\n'.
inline constexpr qsizetype kMaxInstanceLineBytes = 64 * 1024;
/// At most this many arguments handed over, each at most kMaxInstanceArgumentChars long.
inline constexpr qsizetype kMaxInstanceArguments = 64;
inline constexpr qsizetype kMaxInstanceArgumentChars = 4096;
/// Largest "minutes" of a focus request (one day, as the CLI allows).
inline constexpr int kMaxInstanceFocusMinutes = 24 * 60;

struct InstanceRequest {
    enum class Command { Raise, Focus };
    enum class FocusAction { Start, Stop, Extend, Status };

    Command command = Command::Raise;
    FocusAction action = FocusAction::Status;  ///< Focus only.
    int minutes = 0;                           ///< Focus start/extend: 1…kMaxInstanceFocusMinutes, 0 = default.
    QStringList arguments;                     ///< Raise: the arguments of the start that handed over.

    /// The JSON object of this request (the wire form without the newline).
    QJsonObject toJson() const;
    /// toJson() as one compact line ending in '\n'.
    QByteArray toLine() const;
};

/// Parse one request line (a trailing "\n" or "\r\n" is allowed, nothing after it).
/// @return the request, or nullopt with *error (may be null; translated) saying what is wrong:
/// too long, not a JSON object, unknown "cmd" or "action", "minutes" not an integer in range,
/// "args" not an array of at most kMaxInstanceArguments strings of bounded length.
std::optional<InstanceRequest> parseInstanceRequest(const QByteArray &line, QString *error);

/// Parse one reply line the same way. @return the reply object, or nullopt with *error set
/// (too long, not one JSON object).
std::optional<QJsonObject> parseInstanceReply(const QByteArray &line, QString *error);

} // namespace fi
