#pragma once
/// @file appconfig.h
/// @brief The user's configuration: config.json in the data directory (docs/configuration.md).
///
/// The CLI and the GUI read the same file. A malformed file or section never stops the app:
/// the broken part falls back to its defaults and each problem is listed in errors() (with the
/// file and section it came from). What the user wrote is never lost: a file that does not parse
/// is renamed to config.json.broken-<UTC time> on load (errors() says so), and save() copies a
/// file whose sections fell back (or that stopped parsing since) aside the same way first.

#include "deadlines/responsepolicy.h"
#include "deadlines/workinghours.h"
#include "focus/focussettings.h"
#include "rules/ruleset.h"

#include <QMap>
#include <QStringList>

namespace fi {

/// "general" (issue 14, Preferences ▸ General).
struct GeneralSettings {
    /// "startMinimized": start hidden in the tray (the window shows where there is no tray).
    bool startMinimized = false;
    /// "language": "" (the system's), "en", "es" or "pt_BR"; read at startup (a restart applies it).
    QString language;
    /// The languages "language" accepts besides "".
    static QStringList knownLanguages() { return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt_BR")}; }
};

class AppConfig {
public:
    /// Defaults: no own addresses, default rules, default policies, Mon–Fri 09–17 in the system zone.
    AppConfig();

    /// Read @p path. A missing file yields defaults (no error). Never throws.
    static AppConfig load(const QString &path);
    /// Write atomically (QSaveFile). Keeps an unparsable file, or the one whose broken sections
    /// load() reported, aside as <path>.broken-<time> first (refuses to save if that fails).
    /// @return false with *error set on failure.
    bool save(const QString &path, QString *error) const;

    QStringList myAddresses;    ///< The user's own addresses ("me" in rules), lower-cased on load.
    /// "meLogins" (issue 14): the user's logins on GitHub (any source), lower-cased on load. An
    /// item whose sender handle (Address::handle) is one of them is from the user (rule
    /// "sender": "me"); one in To/Cc counts for the "recipient" conditions like an address.
    QStringList myLogins;
    RuleSet rules;
    PolicySet policies;
    WorkingHours workingHours;
    /// "sentFolders": Maildir folder names holding the user's sent mail ("Sent", ".Sent"; a
    /// leading dot and case are ignored). Their messages are not inbox items; their
    /// In-Reply-To / References mark the answered items (deadline met). A source's
    /// settings["sentFolders"] adds to this list. Default: ["Sent"].
    QStringList sentFolders{QStringLiteral("Sent")};
    int rescanIntervalSeconds = 60;  ///< Safety-net periodic rescan of watched sources.
    FocusSettings focus;                 ///< "focus": schedule, calendar, DND, breakthrough rules.
    NotificationSettings notifications;  ///< "notifications": per-source modes, coalescing.
    /// "shortcuts" (issue 12, Preferences ▸ Keyboard): action id (QAction::objectName, e.g.
    /// "item.done", views/mainactions.cpp) → its key sequences as portable strings
    /// (QKeySequence::PortableText: "E", "Ctrl+K", "G, N"). Only the actions the user rebound;
    /// an empty list means "no shortcut", an absent id means "the default". Strings are checked
    /// where they are applied (views/keyboard/shortcutbindings.h: QKeySequence is QtGui); ids
    /// this version does not know are kept, so an older build never drops a newer one's bindings.
    QMap<QString, QStringList> shortcuts;
    /// Where the selection goes after a triage action (issue 12, Preferences ▸ Triage).
    enum class AfterTriage {
        Next,      ///< The item below ("next"; the previous one at the end of the list).
        Previous,  ///< The item above ("previous"; the next one at the top of the list).
    };
    /// "triage": {"afterAction": "next" | "previous"}. Default: next.
    AfterTriage afterTriage = AfterTriage::Next;
    /// "triage": {"conversations": true | false} (issue 18). On: the list shows one row per
    /// conversation and triage acts on the whole conversation. Off: one row per message.
    bool conversations = true;
    GeneralSettings general;  ///< "general": start minimised, language (issue 14).

    /// Problems found while loading, translated, each prefixed with "<file>: <section>: ".
    const QStringList &errors() const { return m_errors; }

private:
    QStringList m_errors;
    QByteArray m_brokenDigest;  ///< SHA-256 of a loaded file whose sections had errors (else empty).
};

} // namespace fi
