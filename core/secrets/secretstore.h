#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;

namespace Studio {

/// Secrets (passwords, passphrases, tokens) in the OS keychain through QtKeychain: the
/// Secret Service (GNOME Keyring, KeePassXC, …) through libsecret, or KWallet. A workspace
/// stores only the key a secret is kept under, never the secret.
///
/// There is no fallback: when no keychain service is reachable the call fails with an
/// error that says so, and nothing is written to disk (QtKeychain's plain-text fallback
/// stays off), so the user is asked for the secret again next time.
///
/// Every keychain request of the process runs on one internal thread, because QtKeychain
/// queues its jobs through one process-wide queue that is not thread-safe. So any thread
/// may call any of these, and the blocking calls need no event loop in the calling thread.
/// That thread stops when the QCoreApplication is destroyed; later calls fail. Secret
/// values are never logged.
class SecretStore final
{
    Q_DECLARE_TR_FUNCTIONS(Studio::SecretStore)

public:
    explicit SecretStore(QString service = defaultService());

    /// "Compute Studio": the service name the keychain shows next to each secret.
    static QString defaultService();
    QString service() const { return m_service; }

    /// The key a compute's secret is kept under: "<workspaceId>/<computeName>/<field>", with
    /// `field` the secret's YAML path, e.g. "ssh_settings.admin_password".
    static QString keyFor(const QString &workspaceId, const QString &computeName,
                          const QString &field);

    // Asynchronous. `done` runs on `context`'s thread (which needs an event loop), never
    // inside the call itself; it is not called when `context` is destroyed first.
    void write(const QString &key, const QString &value, QObject *context,
               std::function<void(Result<void>)> done) const;
    /// Fails when no secret is saved under `key` (as when the keychain is unreachable: ask
    /// the user).
    void read(const QString &key, QObject *context,
              std::function<void(Result<QString>)> done) const;
    /// Removing a secret that is not there succeeds.
    void remove(const QString &key, QObject *context, std::function<void(Result<void>)> done) const;

    // Blocking, for the CLI and worker threads: they wait on the keychain thread, so the
    // calling thread needs no event loop and none is spun (no re-entrancy). Avoid them on
    // the GUI thread: the keychain may be waiting for the user to unlock it.
    Result<void> writeNow(const QString &key, const QString &value) const;
    Result<QString> readNow(const QString &key) const;
    Result<void> removeNow(const QString &key) const;

private:
    QString m_service;
};

} // namespace Studio
