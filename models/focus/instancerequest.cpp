#include "focus/instancerequest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <utility>

namespace fi {

namespace {

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

/// One line's JSON object, or nullopt with *error set.
std::optional<QJsonObject> lineObject(QByteArray line, QString *error)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.size() > kMaxInstanceLineBytes) {
        fail(error, QCoreApplication::translate("fi::InstanceRequest", "line longer than %1 bytes").arg(kMaxInstanceLineBytes));
        return std::nullopt;
    }
    if (line.contains('\n')) {
        fail(error, QCoreApplication::translate("fi::InstanceRequest", "more than one line"));
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(error, QCoreApplication::translate("fi::InstanceRequest", "not a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

const char *actionName(InstanceRequest::FocusAction action)
{
    switch (action) {
    case InstanceRequest::FocusAction::Start:
        return "start";
    case InstanceRequest::FocusAction::Stop:
        return "stop";
    case InstanceRequest::FocusAction::Extend:
        return "extend";
    case InstanceRequest::FocusAction::Status:
        break;
    }
    return "status";
}

/// A JSON number that is a whole number from 1 to kMaxInstanceInteger.
std::optional<qint64> positiveInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d < 1 || d > double(kMaxInstanceInteger) || std::floor(d) != d)
        return std::nullopt;
    return qint64(d);
}

constexpr std::pair<InstanceRequest::TriageAction, const char *> kTriageActions[] = {
    {InstanceRequest::TriageAction::Done, "done"},     {InstanceRequest::TriageAction::Reopen, "reopen"},
    {InstanceRequest::TriageAction::Seen, "seen"},     {InstanceRequest::TriageAction::Unseen, "unseen"},
    {InstanceRequest::TriageAction::Tier, "tier"},     {InstanceRequest::TriageAction::Snooze, "snooze"},
};

/// The triage fields of @p object into @p request. @return false with *error set.
bool parseTriage(const QJsonObject &object, InstanceRequest &request, QString *error)
{
    const auto action = triageActionFromName(object.value(QStringLiteral("action")).toString());
    if (!action)
        return fail(error, QCoreApplication::translate("fi::InstanceRequest", "unknown triage action"));
    request.triage = *action;
    const QJsonValue ids = object.value(QStringLiteral("ids"));
    const QJsonArray array = ids.toArray();
    if (!ids.isArray() || array.isEmpty() || array.size() > kMaxInstanceTriageIds)
        return fail(error, QCoreApplication::translate("fi::InstanceRequest", "\"ids\" must be an array of 1 to %1 item ids")
                               .arg(kMaxInstanceTriageIds));
    for (const QJsonValue &v : array) {
        const std::optional<qint64> id = positiveInteger(v);
        if (!id)
            return fail(error, QCoreApplication::translate("fi::InstanceRequest", "\"ids\" must hold whole numbers from 1 to %1")
                                   .arg(kMaxInstanceInteger));
        request.ids << *id;
    }
    if (request.triage == InstanceRequest::TriageAction::Tier) {
        const std::optional<qint64> tier = positiveInteger(object.value(QStringLiteral("tier")));
        if (!tier || *tier > 3)
            return fail(error, QCoreApplication::translate("fi::InstanceRequest", "\"tier\" must be 1, 2 or 3"));
        request.tier = int(*tier);
    }
    if (request.triage == InstanceRequest::TriageAction::Snooze) {
        const std::optional<qint64> until = positiveInteger(object.value(QStringLiteral("until")));
        if (!until)
            return fail(error, QCoreApplication::translate("fi::InstanceRequest",
                                                           "\"until\" must be a whole number of milliseconds from 1 to %1")
                                   .arg(kMaxInstanceInteger));
        request.untilMs = *until;
    }
    return true;
}

} // namespace

QString triageActionName(InstanceRequest::TriageAction action)
{
    for (const auto &[a, name] : kTriageActions)
        if (a == action)
            return QLatin1String(name);
    return {};
}

std::optional<InstanceRequest::TriageAction> triageActionFromName(const QString &name)
{
    for (const auto &[a, text] : kTriageActions)
        if (name == QLatin1String(text))
            return a;
    return std::nullopt;
}

QJsonObject InstanceRequest::toJson() const
{
    if (command == Command::Triage) {
        QJsonArray idArray;
        for (const qint64 id : ids)
            idArray.append(id);
        QJsonObject o{{QStringLiteral("cmd"), QStringLiteral("triage")},
                      {QStringLiteral("action"), triageActionName(triage)},
                      {QStringLiteral("ids"), idArray}};
        if (triage == TriageAction::Tier)
            o.insert(QStringLiteral("tier"), tier);
        if (triage == TriageAction::Snooze)
            o.insert(QStringLiteral("until"), untilMs);
        return o;
    }
    if (command == Command::Push)
        return QJsonObject{{QStringLiteral("cmd"), QStringLiteral("push")},
                           {QStringLiteral("source"), pushSource},
                           {QStringLiteral("item"), pushItem}};
    if (command == Command::SourcesChanged)
        return QJsonObject{{QStringLiteral("cmd"), QStringLiteral("sources")}};
    if (command == Command::Rules)
        return rules == RulesAction::Apply
            ? QJsonObject{{QStringLiteral("cmd"), QStringLiteral("rules")}, {QStringLiteral("action"), QStringLiteral("apply")},
                          {QStringLiteral("manual"), includeManual}}
            : QJsonObject{{QStringLiteral("cmd"), QStringLiteral("rules")}, {QStringLiteral("action"), QStringLiteral("undo")},
                          {QStringLiteral("batch"), double(batchId)}};
    if (command == Command::Open)
        return QJsonObject{{QStringLiteral("cmd"), QStringLiteral("open")}, {QStringLiteral("id"), double(itemId)}};
    if (command == Command::Raise)
        return QJsonObject{{QStringLiteral("cmd"), QStringLiteral("raise")},
                           {QStringLiteral("args"), QJsonArray::fromStringList(arguments)}};
    QJsonObject o{{QStringLiteral("cmd"), QStringLiteral("focus")},
                  {QStringLiteral("action"), QLatin1String(actionName(action))}};
    if (minutes > 0)
        o.insert(QStringLiteral("minutes"), minutes);
    return o;
}

QByteArray InstanceRequest::toLine() const { return QJsonDocument(toJson()).toJson(QJsonDocument::Compact) + '\n'; }

std::optional<InstanceRequest> parseInstanceRequest(const QByteArray &line, QString *error)
{
    const std::optional<QJsonObject> object = lineObject(line, error);
    if (!object)
        return std::nullopt;
    InstanceRequest request;
    const QJsonValue cmd = object->value(QStringLiteral("cmd"));
    if (cmd == QLatin1String("raise")) {
        request.command = InstanceRequest::Command::Raise;
        const QJsonValue args = object->value(QStringLiteral("args"));
        if (args.isUndefined())
            return request;
        if (!args.isArray() || args.toArray().size() > kMaxInstanceArguments) {
            fail(error, QCoreApplication::translate("fi::InstanceRequest", "\"args\" must be an array of at most %1 strings")
                            .arg(kMaxInstanceArguments));
            return std::nullopt;
        }
        for (const QJsonValue &v : args.toArray()) {
            if (!v.isString() || v.toString().size() > kMaxInstanceArgumentChars) {
                fail(error, QCoreApplication::translate("fi::InstanceRequest", "\"args\" must hold strings of at most %1 characters")
                                .arg(kMaxInstanceArgumentChars));
                return std::nullopt;
            }
            request.arguments << v.toString();
        }
        return request;
    }
    if (cmd == QLatin1String("triage")) {
        request.command = InstanceRequest::Command::Triage;
        if (!parseTriage(*object, request, error))
            return std::nullopt;
        return request;
    }
    if (cmd == QLatin1String("push")) {
        request.command = InstanceRequest::Command::Push;
        const QJsonValue source = object->value(QStringLiteral("source"));
        const QJsonValue item = object->value(QStringLiteral("item"));
        if (!source.isUndefined() && (!source.isString() || source.toString().size() > kMaxInstanceArgumentChars)) {
            fail(error, QCoreApplication::translate("fi::InstanceRequest", "\"source\" must be a string of at most %1 characters")
                            .arg(kMaxInstanceArgumentChars));
            return std::nullopt;
        }
        if (!item.isObject()) {
            fail(error, QCoreApplication::translate("fi::InstanceRequest", "\"item\" must be an object"));
            return std::nullopt;
        }
        request.pushSource = source.toString();
        request.pushItem = item.toObject();
        return request;
    }
    if (cmd == QLatin1String("open")) {
        request.command = InstanceRequest::Command::Open;
        const std::optional<qint64> id = positiveInteger(object->value(QStringLiteral("id")));
        if (!id) {
            fail(error, QCoreApplication::translate("fi::InstanceRequest", "\"id\" must be a whole number from 1 to %1")
                            .arg(kMaxInstanceInteger));
            return std::nullopt;
        }
        request.itemId = *id;
        return request;
    }
    if (cmd == QLatin1String("sources")) {
        request.command = InstanceRequest::Command::SourcesChanged;
        return request;
    }
    if (cmd == QLatin1String("rules")) {
        request.command = InstanceRequest::Command::Rules;
        const QString action = object->value(QStringLiteral("action")).toString();
        const QJsonValue manual = object->value(QStringLiteral("manual"));
        const QJsonValue batch = object->value(QStringLiteral("batch"));
        if (action == QLatin1String("apply") && (manual.isUndefined() || manual.isBool())) {
            request.rules = InstanceRequest::RulesAction::Apply;
            request.includeManual = manual.toBool(false);
            return request;
        }
        if (action == QLatin1String("undo")) {
            request.rules = InstanceRequest::RulesAction::Undo;
            const double b = batch.toDouble(0);
            if (!batch.isUndefined()
                && (!batch.isDouble() || !std::isfinite(b) || b < 0 || b > double(kMaxInstanceInteger) || std::floor(b) != b)) {
                fail(error, QCoreApplication::translate("fi::InstanceRequest", "\"batch\" must be a whole number from 0 to %1")
                                .arg(kMaxInstanceInteger));
                return std::nullopt;
            }
            request.batchId = qint64(b);
            return request;
        }
        fail(error, QCoreApplication::translate("fi::InstanceRequest", "unknown rules action"));
        return std::nullopt;
    }
    if (cmd != QLatin1String("focus")) {
        fail(error, QCoreApplication::translate("fi::InstanceRequest", "unknown command"));
        return std::nullopt;
    }
    request.command = InstanceRequest::Command::Focus;
    const QString action = object->value(QStringLiteral("action")).toString();
    if (action == QLatin1String("start"))
        request.action = InstanceRequest::FocusAction::Start;
    else if (action == QLatin1String("stop"))
        request.action = InstanceRequest::FocusAction::Stop;
    else if (action == QLatin1String("extend"))
        request.action = InstanceRequest::FocusAction::Extend;
    else if (action == QLatin1String("status"))
        request.action = InstanceRequest::FocusAction::Status;
    else {
        fail(error, QCoreApplication::translate("fi::InstanceRequest", "unknown focus action"));
        return std::nullopt;
    }
    const QJsonValue minutes = object->value(QStringLiteral("minutes"));
    if (!minutes.isUndefined()) {
        const double m = minutes.toDouble(-1);
        if (!minutes.isDouble() || !std::isfinite(m) || m < 0 || m > kMaxInstanceFocusMinutes || std::floor(m) != m) {
            fail(error, QCoreApplication::translate("fi::InstanceRequest", "\"minutes\" must be a whole number from 0 to %1")
                            .arg(kMaxInstanceFocusMinutes));
            return std::nullopt;
        }
        request.minutes = int(m);
    }
    return request;
}

std::optional<QJsonObject> parseInstanceReply(const QByteArray &line, QString *error)
{
    return lineObject(line, error);
}

} // namespace fi
