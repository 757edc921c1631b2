#include "secretstore.h"

#include <qt6keychain/keychain.h>

#include <QAbstractEventDispatcher>
#include <QFuture>
#include <QLoggingCategory>
#include <QMutex>
#include <QPromise>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

namespace Studio {
namespace {

Q_LOGGING_CATEGORY(lcSecrets, "studio.secrets", QtWarningMsg)

enum class Operation { Write, Read, Remove };

const char *toKey(Operation op)
{
    switch (op) {
    case Operation::Write:
        return "write";
    case Operation::Read:
        return "read";
    case Operation::Remove:
        return "remove";
    }
    return "?";
}

/// What a QtKeychain job reported. `value` is the secret read (Operation::Read only).
struct Outcome
{
    QKeychain::Error code = QKeychain::NoError;
    QString errorText;
    QString value;
    bool stopped = false; ///< the job never ran to its end: the keychain thread stopped
};

using Finish = std::function<void(const Outcome &)>;

/// The one thread every QtKeychain job of this process runs on. QtKeychain starts its jobs
/// through a process-wide JobExecutor that is not thread-safe and that lives in the thread
/// of the first job; it hears that a job finished by a queued signal, so it must live in a
/// thread whose event loop keeps running. Hence one thread of ours, with an event loop, for
/// the life of the QCoreApplication (libsecret's replies arrive through GLib's main context
/// of this thread, which Qt's GLib event dispatcher iterates). It is never restarted: the
/// executor would be left in a finished thread and no second job would ever start.
class KeychainThread
{
public:
    /// The keychain thread, started on first use; nullptr when there is no QCoreApplication
    /// or the thread has stopped for good.
    static QThread *thread()
    {
        QMutexLocker lock(&s_mutex);
        return ensureStarted() ? s_thread : nullptr;
    }

    /// Runs `work` on the keychain thread with the object jobs are parented to; false when
    /// the thread is not available (see thread()).
    static bool post(std::function<void(QObject *anchor)> work)
    {
        QMutexLocker lock(&s_mutex);
        if (!ensureStarted())
            return false;
        QObject *anchor = s_anchor;
        return QMetaObject::invokeMethod(
            anchor, [anchor, work = std::move(work)] { work(anchor); }, Qt::QueuedConnection);
    }

    /// Called when the QCoreApplication is destroyed. Jobs still running are deleted with
    /// the anchor, which ends their waits.
    static void stop()
    {
        QMutexLocker lock(&s_mutex);
        s_stopped = true;
        if (!s_thread)
            return;
        s_thread->quit();
        s_thread->wait();
        delete s_thread;
        s_thread = nullptr;
        s_anchor = nullptr;
    }

private:
    static bool ensureStarted()
    {
        if (!s_thread) {
            if (s_stopped || !QCoreApplication::instance())
                return false;
            s_thread = new QThread; // Owned; deleted in stop().
            s_thread->setObjectName(u"studio-keychain"_s);
            s_anchor = new QObject; // Owned by the thread's life; deleted when it finishes.
            s_anchor->moveToThread(s_thread);
            QObject::connect(s_thread, &QThread::finished, s_anchor, &QObject::deleteLater,
                             Qt::DirectConnection);
            s_thread->start();
            qAddPostRoutine(&KeychainThread::stop);
            QMetaObject::invokeMethod(s_anchor, [] {
                const QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
                if (dispatcher && !dispatcher->inherits("QEventDispatcherGlib"))
                    qCWarning(lcSecrets) << "The keychain thread runs without GLib's event"
                                            " dispatcher (QT_NO_GLIB?); libsecret replies will"
                                            " not arrive.";
            });
        }
        return true;
    }

    static inline QMutex s_mutex;
    static inline QThread *s_thread = nullptr;
    static inline QObject *s_anchor = nullptr;
    static inline bool s_stopped = false;
};

/// Starts one job on the keychain thread; `finish` runs there when it ends. If the thread
/// stops first, `finish` is destroyed without being called.
bool startJob(const QString &service, Operation op, const QString &key, const QString &value,
              Finish finish)
{
    return KeychainThread::post([service, op, key, value,
                                 finish = std::move(finish)](QObject *anchor) mutable {
        QKeychain::Job *job = nullptr;
        switch (op) {
        case Operation::Write: {
            auto *write = new QKeychain::WritePasswordJob(service, anchor);
            write->setTextData(value);
            job = write;
            break;
        }
        case Operation::Read:
            job = new QKeychain::ReadPasswordJob(service, anchor);
            break;
        case Operation::Remove:
            job = new QKeychain::DeletePasswordJob(service, anchor);
            break;
        }
        job->setKey(key);
        job->setAutoDelete(true);
        // Never QSettings in plain text when the keychain is unreachable: say so instead.
        job->setInsecureFallback(false);
        QObject::connect(job, &QKeychain::Job::finished, job,
                         [op, key, finish = std::move(finish)](QKeychain::Job *done) {
                             Outcome outcome;
                             outcome.code = done->error();
                             outcome.errorText = done->errorString();
                             if (op == Operation::Read && outcome.code == QKeychain::NoError)
                                 outcome.value
                                     = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
                             qCDebug(lcSecrets).noquote() << toKey(op) << key << "->"
                                                          << int(outcome.code) << outcome.errorText;
                             finish(outcome);
                         });
        job->start();
    });
}

/// The waits of the blocking calls: the outcome, or `stopped` when the job never ended.
Outcome runBlocking(const QString &service, Operation op, const QString &key, const QString &value)
{
    auto promise = std::make_shared<QPromise<Outcome>>();
    QFuture<Outcome> future = promise->future();
    promise->start();
    // The promise lives in the job's connection: if the job is deleted unfinished, the
    // promise's destructor cancels the future and the wait below ends.
    const bool posted = startJob(service, op, key, value, [promise](const Outcome &outcome) {
        promise->addResult(outcome);
        promise->finish();
    });
    if (!posted)
        return Outcome{QKeychain::NoBackendAvailable, {}, {}, true};
    promise.reset();
    future.waitForFinished();
    if (future.resultCount() == 0)
        return Outcome{QKeychain::NoBackendAvailable, {}, {}, true};
    return future.result();
}

/// Carries an outcome from the keychain thread to the caller's context: a queued signal
/// connection is the one hand-over Qt makes safe against the context being destroyed.
class Relay final : public QObject
{
    Q_OBJECT

signals:
    void finished();
};

/// Runs `deliver(outcome)` on `context`'s thread once the job ends, never synchronously.
void runAsync(const QString &service, Operation op, const QString &key, const QString &value,
              QObject *context, std::function<void(const Outcome &)> deliver)
{
    Q_ASSERT(context);
    auto outcome = std::make_shared<Outcome>();
    auto *relay = new Relay; // Deleted on the keychain thread once it has signalled.
    QObject::connect(
        relay, &Relay::finished, context,
        [outcome, deliver = std::move(deliver)] { deliver(*outcome); }, Qt::QueuedConnection);
    // moveToThread from the relay's own thread, as Qt requires; it is then deleted where it
    // lives, whether or not the calling thread has an event loop.
    if (QThread *thread = KeychainThread::thread()) {
        relay->moveToThread(thread);
        const bool started
            = startJob(service, op, key, value, [outcome, relay](const Outcome &result) {
                  *outcome = result;
                  emit relay->finished();
                  delete relay;
              });
        if (started)
            return;
    }
    outcome->stopped = true;
    emit relay->finished();
    delete relay;
}

/// The messages a person gets; QtKeychain's own text goes to `detail`. Every failure to
/// save says the secret will be asked for again, since nothing was kept anywhere else.
class SecretStoreErrors
{
    Q_DECLARE_TR_FUNCTIONS(Studio::SecretStore)

public:
    static Error fromOutcome(Operation op, const QString &key, const Outcome &outcome)
    {
        const QString detail = outcome.errorText;
        if (outcome.stopped)
            return {tr("The keychain could not be asked because the application is not "
                       "running or is shutting down."),
                    detail};
        switch (outcome.code) {
        case QKeychain::NoError:
            break;
        case QKeychain::EntryNotFound:
            if (op == Operation::Read)
                return {tr("No secret is saved in the keychain under “%1”; enter it "
                           "again.")
                            .arg(key),
                        detail};
            break;
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            switch (op) {
            case Operation::Write:
                return {tr("The keychain refused to save the secret: it is locked or access was "
                           "denied. Unlock your keyring and try again; you will be asked for the "
                           "secret again next time."),
                        detail};
            case Operation::Read:
                return {tr("The keychain refused to give out the secret: it is locked or access "
                           "was denied. Unlock your keyring and try again, or enter the secret "
                           "again."),
                        detail};
            case Operation::Remove:
                return {tr("The keychain refused to remove the secret: it is locked or access "
                           "was denied. Unlock your keyring and try again."),
                        detail};
            }
            break;
        case QKeychain::CouldNotDeleteEntry:
            return {tr("The keychain could not remove the secret saved under “%1”. Try "
                       "again, or remove it with your keyring manager (Passwords and Keys, "
                       "KWalletManager).")
                        .arg(key),
                    detail};
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
        case QKeychain::OtherError:
            // On Linux every other failure means no Secret Service or KWallet answered:
            // no session bus, nothing owning org.freedesktop.secrets, or libsecret missing.
            break;
        }
        switch (op) {
        case Operation::Write:
            return {tr("No keychain service is reachable, so the secret was not saved. Start "
                       "your desktop's keyring (GNOME Keyring, KWallet) and try again; you will "
                       "be asked for it again next time."),
                    detail};
        case Operation::Read:
            return {tr("No keychain service is reachable, so the saved secret could not be "
                       "read. Start your desktop's keyring (GNOME Keyring, KWallet) and try "
                       "again, or enter the secret again."),
                    detail};
        case Operation::Remove:
            return {tr("No keychain service is reachable, so the secret could not be removed "
                       "from it. Start your desktop's keyring (GNOME Keyring, KWallet) and try "
                       "again."),
                    detail};
        }
        return {tr("The keychain request failed."), detail};
    }

    static Error emptyKey()
    {
        return {tr("The secret has no name to be kept under in the keychain."), {}};
    }
};

Result<void> toVoidResult(Operation op, const QString &key, const Outcome &outcome)
{
    const bool ok = outcome.code == QKeychain::NoError
                    || (op == Operation::Remove && outcome.code == QKeychain::EntryNotFound);
    if (ok && !outcome.stopped)
        return {};
    return SecretStoreErrors::fromOutcome(op, key, outcome);
}

Result<QString> toValueResult(const QString &key, const Outcome &outcome)
{
    if (outcome.code == QKeychain::NoError && !outcome.stopped)
        return outcome.value;
    return SecretStoreErrors::fromOutcome(Operation::Read, key, outcome);
}

/// An empty key fails like any request: through `done`, later, on `context`'s thread.
template<typename ResultType>
bool refuseEmptyKey(const QString &key, QObject *context, std::function<void(ResultType)> &done)
{
    if (!key.isEmpty())
        return false;
    QMetaObject::invokeMethod(
        context, [done = std::move(done)] { done(SecretStoreErrors::emptyKey()); },
        Qt::QueuedConnection);
    return true;
}

} // namespace

SecretStore::SecretStore(QString service)
    : m_service(std::move(service))
{}

QString SecretStore::defaultService()
{
    return u"Compute Studio"_s;
}

QString SecretStore::keyFor(const QString &workspaceId, const QString &computeName,
                            const QString &field)
{
    return QString(workspaceId % u'/' % computeName % u'/' % field);
}

void SecretStore::write(const QString &key, const QString &value, QObject *context,
                        std::function<void(Result<void>)> done) const
{
    if (refuseEmptyKey(key, context, done))
        return;
    runAsync(m_service, Operation::Write, key, value, context,
             [key, done = std::move(done)](const Outcome &outcome) {
                 done(toVoidResult(Operation::Write, key, outcome));
             });
}

void SecretStore::read(const QString &key, QObject *context,
                       std::function<void(Result<QString>)> done) const
{
    if (refuseEmptyKey(key, context, done))
        return;
    runAsync(m_service, Operation::Read, key, {}, context,
             [key, done = std::move(done)](const Outcome &outcome) {
                 done(toValueResult(key, outcome));
             });
}

void SecretStore::remove(const QString &key, QObject *context,
                         std::function<void(Result<void>)> done) const
{
    if (refuseEmptyKey(key, context, done))
        return;
    runAsync(m_service, Operation::Remove, key, {}, context,
             [key, done = std::move(done)](const Outcome &outcome) {
                 done(toVoidResult(Operation::Remove, key, outcome));
             });
}

Result<void> SecretStore::writeNow(const QString &key, const QString &value) const
{
    if (key.isEmpty())
        return SecretStoreErrors::emptyKey();
    return toVoidResult(Operation::Write, key,
                        runBlocking(m_service, Operation::Write, key, value));
}

Result<QString> SecretStore::readNow(const QString &key) const
{
    if (key.isEmpty())
        return SecretStoreErrors::emptyKey();
    return toValueResult(key, runBlocking(m_service, Operation::Read, key, {}));
}

Result<void> SecretStore::removeNow(const QString &key) const
{
    if (key.isEmpty())
        return SecretStoreErrors::emptyKey();
    return toVoidResult(Operation::Remove, key, runBlocking(m_service, Operation::Remove, key, {}));
}

} // namespace Studio

#include "secretstore.moc"
