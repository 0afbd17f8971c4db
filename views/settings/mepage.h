#pragma once
/// @file mepage.h
/// @brief Preferences ▸ Me (issue 14): the user's own addresses ("me") and GitHub logins
/// ("meLogins"), one per line, checked as they are typed (an entry that is not an address or a
/// login is named in a plain-text error and the page is invalid: the dialog disables OK); and,
/// read-only, the addresses and logins the sources carry themselves (settings["addresses"],
/// a GitHub source's login). The page edits a copy; the dialog's OK hands it back through
/// applyTo(). GUI thread only.

#include "config/appconfig.h"
#include "sources/source.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace fi {

class MePage : public QWidget {
    Q_OBJECT
public:
    /// @param config its myAddresses and myLogins are the starting text.
    explicit MePage(const AppConfig &config, QWidget *parent = nullptr);

    /// @p config with this page's addresses and logins (lower-cased, without repeats).
    /// Call only while isValid().
    AppConfig applyTo(AppConfig config) const;
    /// The entries as typed (trimmed, lower-cased, without empty lines and repeats).
    QStringList addresses() const;
    QStringList logins() const;
    /// False while an entry is not an address / not a login.
    bool isValid() const;
    /// What @p sources know of the user (read-only list). Not kept.
    void setSources(const QList<SourceConfig> &sources);

    /// Widgets, for tests (object names "meAddresses", "meLogins", "meAddressesError",
    /// "meLoginsError", "meSourceIdentities").
    QPlainTextEdit *addressesEdit() const { return m_addresses; }
    QPlainTextEdit *loginsEdit() const { return m_logins; }
    QLabel *addressesError() const { return m_addressesError; }
    QLabel *loginsError() const { return m_loginsError; }
    QListWidget *sourceIdentities() const { return m_sources; }

Q_SIGNALS:
    /// Any edit (the dialog re-checks isValid()).
    void changed();

private:
    void validate();

    QPlainTextEdit *m_addresses;
    QPlainTextEdit *m_logins;
    QLabel *m_addressesError;
    QLabel *m_loginsError;
    QListWidget *m_sources;
    QLabel *m_sourcesEmpty;
    bool m_valid = true;
};

} // namespace fi
