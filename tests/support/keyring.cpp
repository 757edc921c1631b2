#include "keyring.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace Studio::Test {
namespace {

constexpr int startTimeoutMs = 30'000;
constexpr int stopTimeoutMs = 10'000;

/// Variables that make QtKeychain choose a desktop's wallet (KWallet on KDE) instead of
/// the Secret Service; a test session has no desktop.
const char *const desktopVariables[]
    = {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "KDE_SESSION_VERSION",
       "GNOME_DESKTOP_SESSION_ID"};

/// A session bus of our own: no service activation (nothing starts behind the test's
/// back), one socket in the session folder, everyone may talk to everyone.
QByteArray busConfig(const QString &socketPath)
{
    return QByteArray(
        "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
        " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
        "<busconfig>\n"
        "  <type>session</type>\n"
        "  <listen>unix:path="
        + socketPath.toUtf8()
        + "</listen>\n"
          "  <auth>EXTERNAL</auth>\n"
          "  <policy context=\"default\">\n"
          "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
          "    <allow eavesdrop=\"true\"/>\n"
          "    <allow own=\"*\"/>\n"
          "  </policy>\n"
          "</busconfig>\n");
}

/// The daemons die with the thread that started them (the test's main thread), so a test
/// killed by a time-out leaves none behind.
void dieWithParent()
{
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
}

Error missingProgram(const QString &program, const QString &package)
{
    return {u"%1 is not installed (Debian package %2); run packaging/install-deps.sh."_s.arg(
                program, package),
            {}};
}

/// GLib raises SIGTERM in a process whose shared session bus connection the bus closes,
/// as stopping this session does; libsecret talks through that connection. So the session
/// takes the connection first, turns that off, and holds it until it stops. Resolved at
/// run time: libgio comes with libsecret, its headers are not needed for that.
class GlibSessionBus
{
public:
    void hold()
    {
        QLibrary gio(u"gio-2.0"_s, 0);
        using BusGetSync = void *(*)(int busType, void *cancellable, void **error);
        using SetExitOnClose = void (*)(void *connection, int exitOnClose);
        using Unref = void (*)(void *object);
        const auto busGetSync = reinterpret_cast<BusGetSync>(gio.resolve("g_bus_get_sync"));
        const auto setExitOnClose
            = reinterpret_cast<SetExitOnClose>(gio.resolve("g_dbus_connection_set_exit_on_close"));
        m_unref = reinterpret_cast<Unref>(gio.resolve("g_object_unref"));
        const auto freeError = reinterpret_cast<Unref>(gio.resolve("g_error_free"));
        if (!busGetSync || !setExitOnClose || !m_unref || !freeError) {
            qWarning("KeyringSession: libgio-2.0 not found (%s); stopping the session may end "
                     "this process",
                     qPrintable(gio.errorString()));
            return;
        }
        constexpr int sessionBus = 2; // G_BUS_TYPE_SESSION
        void *error = nullptr;
        m_connection = busGetSync(sessionBus, nullptr, &error);
        if (error)
            freeError(error);
        if (m_connection)
            setExitOnClose(m_connection, 0);
    }

    void release()
    {
        if (m_connection && m_unref)
            m_unref(m_connection);
        m_connection = nullptr;
    }

private:
    void *m_connection = nullptr;
    void (*m_unref)(void *) = nullptr;
};

Q_GLOBAL_STATIC(GlibSessionBus, glibSessionBus)

void stopProcess(std::unique_ptr<QProcess> &process)
{
    if (!process)
        return;
    if (process->state() != QProcess::NotRunning) {
        process->terminate();
        if (!process->waitForFinished(stopTimeoutMs)) {
            process->kill();
            process->waitForFinished(stopTimeoutMs);
        }
    }
    process.reset();
}

} // namespace

KeyringSession::KeyringSession()
    : KeyringSession(Options{})
{}

KeyringSession::KeyringSession(Options options)
    : m_options(options)
{}

KeyringSession::~KeyringSession()
{
    stop();
}

QString KeyringSession::busAddress() const
{
    return m_dir ? u"unix:path="_s + m_dir->filePath(u"bus"_s) : QString();
}

QString KeyringSession::root() const
{
    return m_dir ? m_dir->path() : QString();
}

QString KeyringSession::home() const
{
    return m_dir ? m_dir->filePath(u"home"_s) : QString();
}

QString KeyringSession::dataHome() const
{
    return m_dir ? m_dir->filePath(u"home/.local/share"_s) : QString();
}

QString KeyringSession::configHome() const
{
    return m_dir ? m_dir->filePath(u"home/.config"_s) : QString();
}

QString KeyringSession::runtimeDir() const
{
    return m_dir ? m_dir->filePath(u"run"_s) : QString();
}

QString KeyringSession::keyringFile() const
{
    return m_dir ? dataHome() + u"/keyrings/login.keyring"_s : QString();
}

QString KeyringSession::unreachableBusAddress(const QString &dir)
{
    return u"unix:path="_s + QDir(dir).filePath(u"no-bus-here"_s);
}

bool KeyringSession::isRunning() const
{
    return m_bus && m_bus->state() == QProcess::Running
           && (!m_options.keyring || (m_keyring && m_keyring->state() == QProcess::Running));
}

QProcessEnvironment KeyringSession::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : desktopVariables)
        env.remove(QString::fromLatin1(name));
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, busAddress());
    env.insert(u"HOME"_s, home());
    env.insert(u"XDG_CONFIG_HOME"_s, configHome());
    env.insert(u"XDG_DATA_HOME"_s, dataHome());
    env.insert(u"XDG_CACHE_HOME"_s, home() + u"/.cache"_s);
    env.insert(u"XDG_STATE_HOME"_s, home() + u"/.local/state"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, runtimeDir());
    return env;
}

Result<void> KeyringSession::start()
{
    stop();
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/studio-keyring-XXXXXX"_s);
    if (!m_dir->isValid())
        return Error{u"Cannot make a temporary folder for the keyring session."_s,
                     m_dir->errorString()};
    QDir root(m_dir->path());
    for (const QString &sub : {u"home/.local/share"_s, u"home/.local/state"_s, u"home/.config"_s,
                               u"home/.cache"_s, u"run"_s}) {
        if (!root.mkpath(sub))
            return Error{u"Cannot make %1 in the keyring session folder."_s.arg(sub), root.path()};
    }
    // XDG_RUNTIME_DIR must be private, or GLib and Qt complain and ignore it.
    QFile::setPermissions(runtimeDir(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    if (Result<void> bus = startBus(); !bus) {
        stop();
        return bus;
    }
    if (m_options.keyring) {
        Result<void> keyring = startKeyring();
        if (keyring)
            keyring = waitForDefaultCollection();
        if (!keyring) {
            stop();
            return keyring;
        }
    }
    if (m_options.useInThisProcess) {
        exportToProcess();
        glibSessionBus->hold();
    }
    return {};
}

Result<void> KeyringSession::startBus()
{
    const QString program = QStandardPaths::findExecutable(u"dbus-daemon"_s);
    if (program.isEmpty())
        return missingProgram(u"dbus-daemon"_s, u"dbus-daemon"_s);
    const QString config = m_dir->filePath(u"bus.conf"_s);
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly) || file.write(busConfig(m_dir->filePath(u"bus"_s))) < 0)
        return Error{u"Cannot write the bus configuration."_s, file.errorString()};
    file.close();

    m_bus = std::make_unique<QProcess>();
    m_bus->setProgram(program);
    m_bus->setArguments({u"--config-file="_s + config, u"--nofork"_s, u"--print-address=1"_s});
    m_bus->setProcessEnvironment(environment());
    m_bus->setChildProcessModifier(&dieWithParent);
    m_bus->setStandardErrorFile(m_dir->filePath(u"bus.log"_s));
    m_bus->start();
    if (!m_bus->waitForStarted(startTimeoutMs))
        return Error{u"dbus-daemon did not start."_s, m_bus->errorString()};
    // It prints its address once it listens.
    QByteArray address;
    const QDeadlineTimer deadline(startTimeoutMs);
    while (!address.contains('\n')) {
        if (deadline.hasExpired() || m_bus->state() != QProcess::Running
            || !m_bus->waitForReadyRead(int(deadline.remainingTime())))
            return Error{u"dbus-daemon did not start listening."_s, logOf(u"bus.log"_s)};
        address += m_bus->readAllStandardOutput();
    }
    return {};
}

Result<void> KeyringSession::startKeyring()
{
    const QString program = QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s);
    if (program.isEmpty())
        return missingProgram(u"gnome-keyring-daemon"_s, u"gnome-keyring"_s);
    m_keyring = std::make_unique<QProcess>();
    m_keyring->setProgram(program);
    // --unlock: read the login keyring's password from stdin, creating the keyring (the
    // default collection) on first use, so no prompt ever appears.
    m_keyring->setArguments({u"--foreground"_s, u"--components=secrets"_s, u"--unlock"_s});
    QProcessEnvironment env = environment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    m_keyring->setProcessEnvironment(env);
    m_keyring->setChildProcessModifier(&dieWithParent);
    // Files, not pipes: nobody reads a pipe while the tests run, and a full one would
    // block the daemon.
    m_keyring->setStandardOutputFile(m_dir->filePath(u"keyring.log"_s));
    m_keyring->setStandardErrorFile(m_dir->filePath(u"keyring.log"_s), QIODevice::Append);
    m_keyring->start();
    if (!m_keyring->waitForStarted(startTimeoutMs))
        return Error{u"gnome-keyring-daemon did not start."_s, m_keyring->errorString()};
    // Written now, not from an event loop that may not run until much later.
    m_keyring->write("studio-test-keyring");
    m_keyring->waitForBytesWritten(startTimeoutMs);
    m_keyring->closeWriteChannel();
    return {};
}

Result<void> KeyringSession::waitForDefaultCollection()
{
    const QString connectionName = u"studio-keyring-probe"_s;
    Error failure{u"gnome-keyring-daemon did not offer an unlocked default collection."_s, {}};
    bool ready = false;
    {
        QDBusConnection bus = QDBusConnection::connectToBus(busAddress(), connectionName);
        const QDeadlineTimer deadline(startTimeoutMs);
        while (!ready && bus.isConnected() && !deadline.hasExpired()
               && m_keyring->state() == QProcess::Running) {
            QDBusMessage readAlias = QDBusMessage::createMethodCall(
                u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                u"org.freedesktop.Secret.Service"_s, u"ReadAlias"_s);
            readAlias << u"default"_s;
            const QDBusMessage alias = bus.call(readAlias, QDBus::Block, 2000);
            const QString path
                = alias.type() == QDBusMessage::ReplyMessage && !alias.arguments().isEmpty()
                      ? alias.arguments().constFirst().value<QDBusObjectPath>().path()
                      : QString();
            if (!path.isEmpty() && path != u"/"_s) {
                QDBusMessage locked = QDBusMessage::createMethodCall(
                    u"org.freedesktop.secrets"_s, path, u"org.freedesktop.DBus.Properties"_s,
                    u"Get"_s);
                locked << u"org.freedesktop.Secret.Collection"_s << u"Locked"_s;
                const QDBusMessage reply = bus.call(locked, QDBus::Block, 2000);
                ready = reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()
                        && !reply.arguments().constFirst().value<QDBusVariant>().variant().toBool();
                failure.detail = u"default collection %1"_s.arg(path);
            } else {
                failure.detail = alias.errorMessage();
            }
            if (!ready)
                QThread::msleep(20); // a readiness poll, not a timing assertion
        }
        if (!bus.isConnected())
            failure.detail = bus.lastError().message();
    }
    QDBusConnection::disconnectFromBus(connectionName);
    if (ready)
        return {};
    failure.detail += u"\n"_s + logOf(u"keyring.log"_s);
    return failure;
}

QString KeyringSession::logOf(const QString &name) const
{
    QFile log(m_dir->filePath(name));
    return log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll()).trimmed()
                                         : QString();
}

void KeyringSession::exportToProcess()
{
    const QProcessEnvironment env = environment();
    auto save = [this](const char *name) {
        const QByteArray key(name);
        if (m_savedEnvironment.contains(key))
            return;
        m_savedEnvironment.insert(key, qEnvironmentVariableIsSet(name)
                                           ? std::optional<QByteArray>(qgetenv(name))
                                           : std::nullopt);
    };
    for (const char *name : desktopVariables) {
        save(name);
        qunsetenv(name);
    }
    for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME",
                             "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"}) {
        save(name);
        qputenv(name, env.value(QString::fromLatin1(name)).toLocal8Bit());
    }
}

void KeyringSession::restoreProcess()
{
    for (auto it = m_savedEnvironment.cbegin(); it != m_savedEnvironment.cend(); ++it) {
        if (it.value())
            qputenv(it.key().constData(), *it.value());
        else
            qunsetenv(it.key().constData());
    }
    m_savedEnvironment.clear();
}

void KeyringSession::stop()
{
    stopProcess(m_keyring);
    stopProcess(m_bus);
    if (!m_savedEnvironment.isEmpty())
        glibSessionBus->release();
    restoreProcess();
    m_dir.reset();
}

QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList found;
    if (needle.isEmpty())
        return found;
    const QDir base(dir);
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!it.fileInfo().isFile() || !file.open(QIODevice::ReadOnly))
            continue;
        if (file.readAll().contains(needle))
            found.append(base.relativeFilePath(path));
    }
    return found;
}

} // namespace Studio::Test
