#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QProcess;
class QTemporaryDir;

namespace Studio::Test {

/// A real keychain for tests: a private D-Bus session bus (dbus-daemon) with an unlocked
/// GNOME Keyring (gnome-keyring-daemon, secrets component) on it, in a temporary folder, so
/// tests go through QtKeychain → libsecret → Secret Service exactly as on a desktop, and
/// nothing touches the user's own bus or keyring.
///
/// start() points this process at it: DBUS_SESSION_BUS_ADDRESS, and HOME, XDG_CONFIG_HOME,
/// XDG_DATA_HOME, XDG_CACHE_HOME, XDG_STATE_HOME and XDG_RUNTIME_DIR inside root(), so
/// whatever the process writes under "home" can be searched (filesContaining()). It also
/// unsets the desktop variables (XDG_CURRENT_DESKTOP, KDE_*, …) that could make QtKeychain
/// pick KWallet. stop() (or the destructor) restores them.
///
/// Use one session per test process, started in initTestCase() on the main thread before
/// the first keychain request: QtKeychain picks its backend once and GLib keeps one
/// session bus connection per process. The daemons get SIGKILL if the test process dies
/// (a ctest time-out), so none is left behind.
class KeyringSession final
{
public:
    struct Options
    {
        /// false: the bus alone, with nothing owning org.freedesktop.secrets (a desktop
        /// without a keyring).
        bool keyring = true;
        /// false: leave this process's environment alone; pass environment() to children.
        bool useInThisProcess = true;
    };

    KeyringSession();
    explicit KeyringSession(Options options);
    ~KeyringSession();
    KeyringSession(const KeyringSession &) = delete;
    KeyringSession &operator=(const KeyringSession &) = delete;

    /// Starts the bus and (with Options::keyring) the keyring, and returns once the keyring
    /// owns org.freedesktop.secrets with its "login" collection unlocked as the default.
    Result<void> start();
    /// Stops the daemons (keyring first), restores the environment, removes root().
    void stop();
    bool isRunning() const;

    QString busAddress() const; ///< "unix:path=<root>/bus"
    QString root() const;       ///< the temporary folder holding everything below
    QString home() const;       ///< <root>/home
    QString dataHome() const;   ///< <root>/home/.local/share
    QString configHome() const; ///< <root>/home/.config
    QString runtimeDir() const; ///< <root>/run (mode 0700)
    /// The keyring's encrypted file, where the Secret Service keeps the secrets.
    QString keyringFile() const; ///< <dataHome>/keyrings/login.keyring

    /// The environment for a child process that should use this session: the current one
    /// with the bus address, HOME and XDG folders above and no desktop variables.
    QProcessEnvironment environment() const;

    /// An address where no bus listens (a socket path in `dir` that does not exist), for
    /// "no keychain reachable" checks in a child process.
    static QString unreachableBusAddress(const QString &dir);

private:
    Result<void> startBus();
    Result<void> startKeyring();
    Result<void> waitForDefaultCollection();
    void exportToProcess();
    void restoreProcess();
    QString logOf(const QString &name) const; ///< a daemon's output, for error details

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_bus;
    std::unique_ptr<QProcess> m_keyring;
    QHash<QByteArray, std::optional<QByteArray>> m_savedEnvironment; ///< name → old value
};

/// Files under `dir` (recursively, hidden ones too; symbolic links not followed) whose bytes
/// contain `needle`, as paths relative to `dir`. An empty needle matches nothing.
QStringList filesContaining(const QString &dir, const QByteArray &needle);

} // namespace Studio::Test
