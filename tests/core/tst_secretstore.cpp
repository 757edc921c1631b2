#include "../support/keyring.h"
#include "../support/testsupport.h"
#include "core/secrets/secretstore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QUuid>
#include <QtConcurrent>

#include <cstdio>
#include <optional>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Studio;

namespace {

/// A secret no file could hold by chance.
QString freshSecret()
{
    return u"pw-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces) + u"-ü€"_s;
}

/// The byte forms a secret could take in a file: UTF-8, UTF-16, Base64 (QtKeychain's
/// binary mode) and percent-encoding (QSettings).
QList<QByteArray> encodingsOf(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    return {utf8, QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2),
            utf8.toBase64(), utf8.toPercentEncoding()};
}

/// Files under `dir` holding `secret` in any of its encodings.
QStringList filesWithSecret(const QString &dir, const QString &secret)
{
    QStringList found;
    for (const QByteArray &bytes : encodingsOf(secret))
        found += Test::filesContaining(dir, bytes);
    found.removeDuplicates();
    return found;
}

constexpr char childVariable[] = "STUDIO_TST_SECRETSTORE_CHILD";
constexpr int waitMs = 30'000;

/// The test binary run as a child (STUDIO_TST_SECRETSTORE_CHILD=1) with its own session
/// bus address: writes the secret from stdin under argv[1], then reads it back, and prints
/// each outcome ("ok", or the message and detail) for the parent to check.
int childMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2)
        return 3;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 3;
    const QString secret = QString::fromUtf8(in.readAll());
    const SecretStore store;
    auto print = [](const char *what, const Error *error) {
        const QByteArray text
            = error ? QByteArray(QByteArray(what) + "-message: " + error->message.toUtf8() + "\n"
                                 + what + "-detail: " + error->detail.toUtf8())
                    : QByteArray(QByteArray(what) + ": ok");
        std::fprintf(stdout, "%s\n", text.constData());
    };
    const Result<void> written = store.writeNow(args.at(1), secret);
    print("write", written ? nullptr : &written.error());
    const Result<QString> read = store.readNow(args.at(1));
    print("read", read ? nullptr : &read.error());
    std::fflush(stdout);
    return written ? 0 : 2;
}

} // namespace

class tst_SecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        const Result<void> started = m_session.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().fullText()));
        QVERIFY(QFileInfo::exists(m_session.keyringFile()));
    }

    void cleanupTestCase() { m_session.stop(); }

    void keyForJoinsWorkspaceComputeAndField()
    {
        QCOMPARE(SecretStore::keyFor(u"7f3c"_s, u"gpu-box"_s, u"ssh_settings.admin_password"_s),
                 u"7f3c/gpu-box/ssh_settings.admin_password"_s);
        QCOMPARE(SecretStore::defaultService(), u"Compute Studio"_s);
        QCOMPARE(SecretStore().service(), u"Compute Studio"_s);
    }

    void writeReadOverwriteRemove()
    {
        const SecretStore store;
        const QString key = SecretStore::keyFor(u"ws-round-trip"_s, u"box"_s, u"token"_s);
        const QString first = freshSecret();
        const QString second = freshSecret();

        Result<void> written = store.writeNow(key, first);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().fullText()));
        Result<QString> read = store.readNow(key);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().fullText()));
        QCOMPARE(*read, first);

        written = store.writeNow(key, second);
        QVERIFY(written);
        read = store.readNow(key);
        QVERIFY(read);
        QCOMPARE(*read, second);

        const Result<void> removed = store.removeNow(key);
        QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().fullText()));
        read = store.readNow(key);
        QVERIFY(!read);
        QVERIFY2(read.error().message.startsWith(u"No secret is saved in the keychain under"_s),
                 qPrintable(read.error().fullText()));
        QVERIFY(read.error().message.contains(key));
        // Removing what is not there is fine.
        QVERIFY(store.removeNow(key));
    }

    /// The Secret Service itself holds the secret: another client (secret-tool, as
    /// Seahorse would) finds it under QtKeychain's attributes, user = key and server =
    /// service, and no longer does after remove.
    void secretIsInTheSecretServiceForOtherClients()
    {
        const QString secretTool = QStandardPaths::findExecutable(u"secret-tool"_s);
        QVERIFY2(!secretTool.isEmpty(), "secret-tool missing: run packaging/install-deps.sh "
                                        "(Debian package libsecret-tools)");
        const SecretStore store;
        const QString key = SecretStore::keyFor(u"ws-other-client"_s, u"box"_s, u"password"_s);
        const QString secret = freshSecret();
        QVERIFY(store.writeNow(key, secret));

        auto lookup = [&](QByteArray *out) {
            QProcess tool;
            tool.setProcessEnvironment(m_session.environment());
            tool.start(secretTool,
                       {u"lookup"_s, u"user"_s, key, u"server"_s, SecretStore::defaultService()});
            if (!tool.waitForFinished(waitMs))
                return -1;
            *out = tool.readAllStandardOutput();
            return tool.exitStatus() == QProcess::NormalExit ? tool.exitCode() : -1;
        };
        QByteArray out;
        QCOMPARE(lookup(&out), 0);
        QCOMPARE(QString::fromUtf8(out), secret);

        QVERIFY(store.removeNow(key));
        QCOMPARE(lookup(&out), 1);
        QVERIFY(out.isEmpty());
    }

    void workspacesDoNotCollide()
    {
        const SecretStore store;
        const QString field = u"ssh_settings.admin_password"_s;
        const QString keyA = SecretStore::keyFor(u"workspace-a"_s, u"gpu-box"_s, field);
        const QString keyB = SecretStore::keyFor(u"workspace-b"_s, u"gpu-box"_s, field);
        QVERIFY(keyA != keyB);
        const QString secretA = freshSecret();
        const QString secretB = freshSecret();
        QVERIFY(store.writeNow(keyA, secretA));
        QVERIFY(store.writeNow(keyB, secretB));
        QCOMPARE(*store.readNow(keyA), secretA);
        QCOMPARE(*store.readNow(keyB), secretB);

        QVERIFY(store.removeNow(keyA));
        QVERIFY(!store.readNow(keyA));
        QCOMPARE(*store.readNow(keyB), secretB);
        QVERIFY(store.removeNow(keyB));
    }

    void servicesDoNotCollide()
    {
        const SecretStore studio;
        const SecretStore other(u"Compute Studio Tests (other service)"_s);
        const QString key = SecretStore::keyFor(u"ws-services"_s, u"box"_s, u"token"_s);
        const QString secret = freshSecret();
        QVERIFY(studio.writeNow(key, secret));
        QVERIFY(!other.readNow(key));
        QVERIFY(studio.removeNow(key));
    }

    /// The check below can fail: it finds a secret planted in a file.
    void filesContainingFindsPlantedBytes()
    {
        QTemporaryDir dir;
        const QString secret = freshSecret();
        QVERIFY(QDir(dir.path()).mkpath(u".hidden/deeper"_s));
        QFile planted(dir.filePath(u".hidden/deeper/notes.ini"_s));
        QVERIFY(planted.open(QIODevice::WriteOnly));
        planted.write("password=" + secret.toUtf8().toBase64() + "\n");
        planted.close();
        QCOMPARE(filesWithSecret(dir.path(), secret), QStringList{u".hidden/deeper/notes.ini"_s});
        QVERIFY(filesWithSecret(dir.path(), freshSecret()).isEmpty());
    }

    /// Nothing under the session's home, data, config, cache or runtime folders holds the
    /// secret in any encoding: the keyring's own file is encrypted.
    void secretIsOnlyInTheEncryptedKeyringFile()
    {
        const SecretStore store;
        const QString key = SecretStore::keyFor(u"ws-on-disk"_s, u"box"_s, u"password"_s);
        const QString secret = freshSecret();
        auto keyringBytes = [this] {
            QFile file(m_session.keyringFile());
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const QByteArray before = keyringBytes();
        QVERIFY(!before.isEmpty());
        QVERIFY(store.writeNow(key, secret));
        QCOMPARE(*store.readNow(key), secret);

        // The keyring saved it to its file (encrypted, so it cannot be found there).
        QVERIFY2(keyringBytes() != before, "the keyring file did not change");
        const QStringList found = filesWithSecret(m_session.root(), secret);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u", "_s)));
        QVERIFY(store.removeNow(key));
    }

    void asyncRoundTripRunsDoneOnTheContextThread()
    {
        const SecretStore store;
        const QString key = SecretStore::keyFor(u"ws-async"_s, u"box"_s, u"token"_s);
        const QString secret = freshSecret();

        QThread contextThread;
        contextThread.start();
        QObject context;
        context.moveToThread(&contextThread);

        std::atomic<bool> returned = false;
        std::atomic<bool> calledInside = false;
        std::atomic<QThread *> ranOn = nullptr;
        std::atomic<int> step = 0;
        store.write(key, secret, &context, [&](Result<void> result) {
            calledInside = !returned;
            ranOn = QThread::currentThread();
            step = result ? 1 : -1;
        });
        returned = true;
        QTRY_VERIFY_WITH_TIMEOUT(step != 0, waitMs);
        QCOMPARE(step.load(), 1);
        QVERIFY(!calledInside);
        QCOMPARE(ranOn.load(), &contextThread);

        QString readBack;
        store.read(key, &context, [&](Result<QString> result) {
            readBack = result ? *result : QString();
            step = 2;
        });
        QTRY_COMPARE_WITH_TIMEOUT(step.load(), 2, waitMs);
        QCOMPARE(readBack, secret);

        store.remove(key, &context, [&](Result<void> result) { step = result ? 3 : -3; });
        QTRY_COMPARE_WITH_TIMEOUT(step.load(), 3, waitMs);
        bool missing = false;
        store.read(key, &context, [&](Result<QString> result) {
            missing = !result;
            step = 4;
        });
        QTRY_COMPARE_WITH_TIMEOUT(step.load(), 4, waitMs);
        QVERIFY(missing);

        contextThread.quit();
        contextThread.wait();
    }

    void doneIsDroppedWhenTheContextIsDestroyed()
    {
        const SecretStore store;
        const QString key = SecretStore::keyFor(u"ws-gone"_s, u"box"_s, u"token"_s);
        QVERIFY(store.writeNow(key, freshSecret()));

        bool goneCalled = false;
        bool aliveCalled = false;
        auto *gone = new QObject;
        QObject alive;
        store.read(key, gone, [&](Result<QString>) { goneCalled = true; });
        store.read(key, &alive, [&](Result<QString>) { aliveCalled = true; });
        delete gone;
        // The keychain runs requests one after another, so once this one is done the two
        // reads above have finished and handed over their results.
        QVERIFY(store.removeNow(key));
        QTRY_VERIFY_WITH_TIMEOUT(aliveCalled, waitMs);
        QCoreApplication::sendPostedEvents();
        QVERIFY(!goneCalled);
    }

    /// The blocking calls from threads that run no event loop: pool threads (several at
    /// once) and a plain std::thread.
    void blockingCallsFromWorkerThreads()
    {
        const SecretStore store;
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        QList<QFuture<QString>> futures;
        for (int i = 0; i < 8; ++i) {
            futures.append(QtConcurrent::run(&pool, [&store, i]() -> QString {
                const QString key
                    = SecretStore::keyFor(u"ws-threads"_s, u"box-%1"_s.arg(i), u"token"_s);
                const QString secret = u"secret-%1"_s.arg(i);
                if (const Result<void> w = store.writeNow(key, secret); !w)
                    return u"write: "_s + w.error().fullText();
                const Result<QString> r = store.readNow(key);
                if (!r)
                    return u"read: "_s + r.error().fullText();
                if (*r != secret)
                    return u"read back %1 instead of %2"_s.arg(*r, secret);
                if (const Result<void> d = store.removeNow(key); !d)
                    return u"remove: "_s + d.error().fullText();
                return u"ok"_s;
            }));
        }
        for (QFuture<QString> &future : futures)
            QCOMPARE(future.result(), u"ok"_s);

        QString plainThread;
        std::thread thread([&] {
            const QString key = SecretStore::keyFor(u"ws-threads"_s, u"std"_s, u"token"_s);
            const Result<void> w = store.writeNow(key, u"from a std::thread"_s);
            const Result<QString> r = store.readNow(key);
            plainThread = !w ? w.error().fullText() : !r ? r.error().fullText() : *r;
            store.removeNow(key);
        });
        thread.join();
        QCOMPARE(plainThread, u"from a std::thread"_s);
    }

    void emptyKeyIsRefused()
    {
        const SecretStore store;
        const Result<void> written = store.writeNow(QString(), u"x"_s);
        QVERIFY(!written);
        QVERIFY(!written.error().message.isEmpty());
        QVERIFY(!store.readNow(QString()));

        QObject context;
        bool returned = false;
        bool calledInside = false;
        std::optional<Result<void>> removed;
        store.remove(QString(), &context, [&](Result<void> result) {
            calledInside = !returned;
            removed = result;
        });
        returned = true;
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), waitMs);
        QVERIFY(!calledInside);
        QVERIFY(!*removed);
        QCOMPARE(removed->error().message, written.error().message);
    }

    /// With no keychain service, writing fails with the message that says so, reading too,
    /// and the secret lands in no file of the child's home (no plain-text fallback).
    void noReachableKeychain_data()
    {
        QTest::addColumn<QString>("bus");
        QTest::addColumn<QString>("desktop");
        QTest::newRow("dead socket") << u"dead"_s << QString();
        QTest::newRow("bus without keyring") << u"bus-only"_s << QString();
        QTest::newRow("no bus address") << u"none"_s << QString();
        // On KDE 4 QtKeychain goes to KWallet, whose path has the plain-text fallback.
        QTest::newRow("KDE without KWallet") << u"bus-only"_s << u"KDE"_s;
        QTest::newRow("KDE, dead socket") << u"dead"_s << u"KDE"_s;
    }

    void noReachableKeychain()
    {
        QFETCH(QString, bus);
        QFETCH(QString, desktop);
        QTemporaryDir childHome;
        QVERIFY(childHome.isValid());
        Test::KeyringSession busOnly({.keyring = false, .useInThisProcess = false});
        QProcessEnvironment env = m_session.environment();
        const QDir home(childHome.path());
        for (const QString &sub : {u".config"_s, u".local/share"_s, u".cache"_s, u"run"_s})
            QVERIFY(home.mkpath(sub));
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u".config"_s));
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u".local/share"_s));
        env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u".cache"_s));
        env.insert(u"XDG_STATE_HOME"_s, home.filePath(u".local/state"_s));
        env.insert(u"XDG_RUNTIME_DIR"_s, home.filePath(u"run"_s));
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        if (bus == u"dead"_s) {
            env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s,
                       Test::KeyringSession::unreachableBusAddress(home.path()));
        } else if (bus == u"bus-only"_s) {
            const Result<void> started = busOnly.start();
            QVERIFY2(started, qPrintable(started ? QString() : started.error().fullText()));
            env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, busOnly.busAddress());
        } else {
            env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        }
        if (!desktop.isEmpty()) {
            env.insert(u"XDG_CURRENT_DESKTOP"_s, desktop);
            env.insert(u"KDE_SESSION_VERSION"_s, u"4"_s);
        }
        env.insert(QString::fromLatin1(childVariable), u"1"_s);

        const QString secret = freshSecret();
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(),
                    {SecretStore::keyFor(u"ws-unreachable"_s, u"box"_s, u"password"_s)});
        QVERIFY(child.waitForStarted(waitMs));
        child.write(secret.toUtf8()); // stdin, never argv
        child.closeWriteChannel();
        QVERIFY(child.waitForFinished(waitMs));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        const QString err = QString::fromUtf8(child.readAllStandardError());
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QVERIFY2(child.exitCode() == 2, qPrintable(out + err));
        QVERIFY2(out.contains(u"write-message: No keychain service is reachable, so the secret "
                              "was not saved. Start your desktop's keyring (GNOME Keyring, "
                              "KWallet) and try again; you will be asked for it again next "
                              "time.\n"_s),
                 qPrintable(out));
        QVERIFY2(!out.contains(u"write-detail: \n"_s), qPrintable(out)); // QtKeychain's text
        QVERIFY2(out.contains(u"read-message: No keychain service is reachable, so the saved "
                              "secret could not be read."_s),
                 qPrintable(out));
        QVERIFY(!out.contains(secret) && !err.contains(secret)); // not logged either

        const QStringList inChildHome = filesWithSecret(home.path(), secret);
        QVERIFY2(inChildHome.isEmpty(), qPrintable(inChildHome.join(u", "_s)));
        const QStringList inSession = filesWithSecret(m_session.root(), secret);
        QVERIFY2(inSession.isEmpty(), qPrintable(inSession.join(u", "_s)));
        if (bus == u"bus-only"_s) {
            const QStringList inBusOnly = filesWithSecret(busOnly.root(), secret);
            QVERIFY2(inBusOnly.isEmpty(), qPrintable(inBusOnly.join(u", "_s)));
        }
    }

private:
    Test::KeyringSession m_session;
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(childVariable))
        return childMain(argc, argv);
    QCoreApplication app(argc, argv);
    tst_SecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
