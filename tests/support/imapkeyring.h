#pragma once
/// @file imapkeyring.h
/// @brief Test fixture: a private D-Bus session bus with gnome-keyring's Secret Service
/// (unlocked, in a temporary home), so QtKeychain works headless. Sets
/// DBUS_SESSION_BUS_ADDRESS for this process (inherited by child processes such as the CLI).
/// Stops both daemons (by pid) in the destructor and restores the environment.

#include <QProcess>
#include <QTemporaryDir>

namespace fi::test {

class KeyringSession {
public:
    KeyringSession();
    ~KeyringSession();
    /// @return false with a reason in error() when dbus-daemon or gnome-keyring is missing.
    bool start();
    QString error() const { return m_error; }
    /// The directory gnome-keyring writes its keyring files to (to check what is on disk).
    QString home() const { return m_home.path(); }

private:
    QTemporaryDir m_home;
    QProcess m_bus;
    QProcess m_keyring;
    QByteArray m_oldAddress;
    bool m_hadAddress = false;
    QString m_error;
};

} // namespace fi::test
