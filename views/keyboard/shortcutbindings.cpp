#include "keyboard/shortcutbindings.h"

#include <QAction>
#include <QRegularExpression>

namespace fi {

namespace {
const char *const kDefaultsProperty = "defaultShortcuts";

QString tr(const char *text)
{
    return QCoreApplication::translate("fi::ShortcutBindings", text);
}

QList<QKeySequence> nonEmpty(QList<QKeySequence> keys)
{
    keys.removeIf([](const QKeySequence &k) { return k.isEmpty(); });
    return keys;
}
} // namespace

QList<QKeySequence> defaultShortcuts(const QAction *action)
{
    // (A standard key the platform does not define, e.g. Quit on some, is an empty sequence.)
    const QVariant value = action->property(kDefaultsProperty);
    return nonEmpty(value.isValid() ? value.value<QList<QKeySequence>>() : action->shortcuts());
}

void rememberDefaults(const QList<QAction *> &actions)
{
    for (QAction *action : actions)
        if (!action->property(kDefaultsProperty).isValid())
            action->setProperty(kDefaultsProperty, QVariant::fromValue(action->shortcuts()));
}

bool keysClash(const QKeySequence &a, const QKeySequence &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    const int n = std::min(a.count(), b.count());
    for (int i = 0; i < n; ++i)
        if (a[i] != b[i])
            return false;
    return true;  // equal, or the shorter one is the start of the longer
}

std::optional<KeyConflict> findConflict(const KeyBindings &bindings, const QString &id, const QKeySequence &keys)
{
    for (auto it = bindings.begin(); it != bindings.end(); ++it) {
        if (it.key() == id)
            continue;
        for (const QKeySequence &theirs : it.value())
            if (keysClash(keys, theirs))
                return KeyConflict{it.key(), theirs};
    }
    return std::nullopt;
}

QList<QKeySequence> keysFromStrings(const QStringList &strings, QStringList *errors)
{
    QList<QKeySequence> keys;
    for (const QString &text : strings) {
        const QKeySequence seq = QKeySequence::fromString(text, QKeySequence::PortableText);
        bool ok = !seq.isEmpty();
        for (int i = 0; ok && i < seq.count(); ++i)
            ok = seq[i].key() != Qt::Key_unknown && seq[i].key() != 0;
        // QKeySequence keeps at most 4 keys and drops the rest without a word.
        ok = ok && text.count(QRegularExpression(QStringLiteral(",\\s+"))) < 4;
        if (ok)
            keys << seq;
        else if (errors)
            *errors << tr("“%1” is not a key sequence (examples: “E”, “Ctrl+K”, “G, N”)").arg(text);
    }
    return keys;
}

QStringList keysToStrings(const QList<QKeySequence> &keys)
{
    QStringList strings;
    for (const QKeySequence &key : keys)
        if (!key.isEmpty())
            strings << key.toString(QKeySequence::PortableText);
    return strings;
}

KeyBindings resolveBindings(const QList<QAction *> &actions, const QMap<QString, QStringList> &configured,
                            QStringList *problems)
{
    QMap<QString, const QAction *> byId;
    for (const QAction *action : actions)
        if (!action->objectName().isEmpty())
            byId.insert(action->objectName(), action);

    KeyBindings bindings;
    // The user's bindings first (checked against each other), then the defaults of the rest:
    // a default that clashes with a user binding gives way to it.
    auto place = [&](const QString &id, const QList<QKeySequence> &wanted) {
        QList<QKeySequence> placed;
        for (const QKeySequence &key : wanted) {
            if (const auto conflict = findConflict(bindings, id, key)) {
                if (problems) {
                    *problems << tr("%1: “%2” is already used by “%3”; not bound")
                                     .arg(id, key.toString(QKeySequence::NativeText),
                                          actionDisplayText(byId.value(conflict->otherId)));
                }
                continue;
            }
            placed << key;
        }
        bindings.insert(id, placed);
    };
    for (auto it = configured.begin(); it != configured.end(); ++it) {
        if (!byId.contains(it.key()))
            continue;  // an id of another version: kept in config, not applied
        QStringList errors;
        const QList<QKeySequence> keys = keysFromStrings(it.value(), &errors);
        if (problems)
            for (const QString &e : errors)
                *problems << QStringLiteral("%1: %2").arg(it.key(), e);
        place(it.key(), keys);
    }
    for (const QAction *action : actions) {
        const QString id = action->objectName();
        if (!id.isEmpty() && !bindings.contains(id))
            place(id, nonEmpty(defaultShortcuts(action)));
    }
    return bindings;
}

QMap<QString, QStringList> overridesOf(const QList<QAction *> &actions, const KeyBindings &bindings)
{
    QMap<QString, QStringList> result;
    for (const QAction *action : actions) {
        const QString id = action->objectName();
        if (id.isEmpty() || !bindings.contains(id))
            continue;
        const QList<QKeySequence> keys = nonEmpty(bindings.value(id));
        if (keys != nonEmpty(defaultShortcuts(action)))
            result.insert(id, keysToStrings(keys));
    }
    return result;
}

QStringList applyShortcuts(const QList<QAction *> &actions, const QMap<QString, QStringList> &configured)
{
    QStringList problems;
    const KeyBindings bindings = resolveBindings(actions, configured, &problems);
    for (QAction *action : actions) {
        const auto it = bindings.constFind(action->objectName());
        if (it != bindings.constEnd() && action->shortcuts() != *it)
            action->setShortcuts(*it);
    }
    return problems;
}

QString actionDisplayText(const QAction *action)
{
    if (!action)
        return {};
    QString text = action->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    text.remove(QStringLiteral("…"));
    text.remove(QStringLiteral("..."));
    return text.trimmed();
}

} // namespace fi
