#pragma once
/// @file instancerequest.h
/// @brief The single-instance protocol's lines, parsed without sockets (pure, fuzzable).
///
/// A client (a second GUI start, `focusinbox focus …`) sends one request line and the running
/// instance answers with one reply line; both are one compact JSON object followed by '\n':
///   {"cmd":"raise","args":["--data-dir","/x"]}           show the window (a second start handed over)
///   {"cmd":"focus","action":"start","minutes":25}        start|stop|extend|status a focus session
///   {"cmd":"triage","action":"done","ids":[12,13]}        done|reopen|seen|unseen items (the CLI)
///   {"cmd":"triage","action":"tier","ids":[12],"tier":3}  move items to a tier by hand
///   {"cmd":"triage","action":"snooze","ids":[12],"until":1764662400000}  snooze until (UTC ms)
///   {"cmd":"push","source":"CI","item":{"title":"Deploy failed","tier":3}}  store a pushed item
///                                                         (the webhook's payload, webhookpayload.h)
///   {"cmd":"sources"}                                     the sources changed (the CLI added one)
///   {"cmd":"rules","action":"apply","manual":false}       re-tier stored items by config.json's rules
///   {"cmd":"rules","action":"undo","batch":7}             undo a re-tiering batch (0/absent = the newest)
///   {"cmd":"open","id":12}                                show the window with item 12 selected
///                                                         (`focusinbox open 12`, issue 16)
/// The peer is a process of the same user (checked with SO_PEERCRED), but its bytes are still
/// treated as untrusted: lengths, types and ranges are checked here. Any thread; no state.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
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
/// At most this many item ids in one triage request (keeps the line far below
/// kMaxInstanceLineBytes: an id is at most 16 digits plus a comma).
inline constexpr qsizetype kMaxInstanceTriageIds = 2000;
/// Largest item id or "until" accepted: integers a JSON number (a double) holds exactly (2^53).
inline constexpr qint64 kMaxInstanceInteger = qint64(1) << 53;

struct InstanceRequest {
    enum class Command { Raise, Focus, Triage, Push, SourcesChanged, Rules, Open };
    /// `focusinbox rules apply|undo` (app/cli/rulescommand.cpp, models/triage/rulesrequest.h).
    enum class RulesAction { Apply, Undo };
    enum class FocusAction { Start, Stop, Extend, Status };
    /// What a triage request does to its items (the shell's `focusinbox done|reopen|seen|unseen|
    /// tier|snooze`, app/cli/triagecommand.cpp), applied by models/triage/triageapply.h.
    enum class TriageAction { Done, Reopen, Seen, Unseen, Tier, Snooze };

    Command command = Command::Raise;
    FocusAction action = FocusAction::Status;  ///< Focus only.
    int minutes = 0;                           ///< Focus start/extend: 1…kMaxInstanceFocusMinutes, 0 = default.
    QStringList arguments;                     ///< Raise: the arguments of the start that handed over.
    TriageAction triage = TriageAction::Done;  ///< Triage only.
    QList<qint64> ids;                         ///< Triage: 1…kMaxInstanceTriageIds item ids, each ≥ 1.
    int tier = 0;                              ///< Triage Tier: 1, 2 or 3.
    qint64 untilMs = 0;                        ///< Triage Snooze: wake time, UTC epoch ms, > 0.
    /// Push: the webhook source's name (≤ kMaxInstanceArgumentChars; empty = the only one) and
    /// the payload object, checked by the receiver (webhook::itemFromJson()).
    QString pushSource;
    QJsonObject pushItem;
    RulesAction rules = RulesAction::Apply;    ///< Rules only.
    bool includeManual = false;                ///< Rules Apply: also re-tier items moved by hand.
    qint64 batchId = 0;                        ///< Rules Undo: 0…kMaxInstanceInteger, 0 = the newest batch.
    qint64 itemId = 0;                         ///< Open: the item to show, 1…kMaxInstanceInteger.

    /// The JSON object of this request (the wire form without the newline).
    QJsonObject toJson() const;
    /// toJson() as one compact line ending in '\n'.
    QByteArray toLine() const;
};

/// Parse one request line (a trailing "\n" or "\r\n" is allowed, nothing after it).
/// @return the request, or nullopt with *error (may be null; translated) saying what is wrong:
/// too long, not a JSON object, unknown "cmd" or "action", "minutes" not an integer in range,
/// "args" not an array of at most kMaxInstanceArguments strings of bounded length; for triage:
/// "ids" not an array of 1…kMaxInstanceTriageIds whole numbers from 1 to kMaxInstanceInteger,
/// "tier" (action tier) not 1, 2 or 3, "until" (action snooze) not a whole number from 1 to
/// kMaxInstanceInteger; for push: "item" not an object, "source" not a string of bounded length;
/// for open: "id" not a whole number from 1 to kMaxInstanceInteger.
std::optional<InstanceRequest> parseInstanceRequest(const QByteArray &line, QString *error);

/// Parse one reply line the same way. @return the reply object, or nullopt with *error set
/// (too long, not one JSON object).
std::optional<QJsonObject> parseInstanceReply(const QByteArray &line, QString *error);

/// "done", "reopen", "seen", "unseen", "tier", "snooze" (the wire and command-line words).
QString triageActionName(InstanceRequest::TriageAction action);
/// Inverse of triageActionName(); nullopt for anything else.
std::optional<InstanceRequest::TriageAction> triageActionFromName(const QString &name);

} // namespace fi
