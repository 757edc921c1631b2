#include "workspace.h"

#include "../providers/local/localmachine.h"
#include "../providers/local/localprovider.h"
#include "../util/logging.h"
#include "schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThreadPool>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Studio {

namespace {

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return u"studio-%1"_s.arg(++counter);
}

Result<void> exec(QSqlDatabase db, const QString &sql, const QString &what)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qCWarning(lcStore).noquote() << what << q.lastError().text() << sql;
        return Error{what, q.lastError().text()};
    }
    return {};
}

Result<qint64> pragmaValue(QSqlDatabase db, const QString &pragma)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA "_s + pragma) || !q.next())
        return Error{Workspace::tr("Could not read the workspace database."), q.lastError().text()};
    return q.value(0).toLongLong();
}

// The SQLite file header (https://www.sqlite.org/fileformat.html): magic string at 0,
// user_version big-endian at 60. Reading it changes nothing on disk, which is what a
// refusal of a newer schema must guarantee.
constexpr QByteArrayView sqliteMagic{"SQLite format 3\0", 16};

// The local provider's sizes include GPU sizes only for GPUs a probe found; it never probes
// itself (a process), so tell it what the workspace recorded.
void noteLocalGpus(const QJsonObject &localSpec)
{
    if (!localSpec.contains(u"gpu_count"))
        return;
    auto *local = dynamic_cast<LocalProvider *>(
        ProviderRegistry::instance().find(QString::fromUtf16(LocalProvider::providerId)));
    if (local)
        local->setGpuCount(localSpec.value(u"gpu_count").toInt());
}

Result<void> refreshLocalGpus(QSqlDatabase db)
{
    const ComputeStore store(db);
    const QString name = QString::fromUtf16(LocalMachine::computeName);
    const QString smi = QStandardPaths::findExecutable(u"nvidia-smi"_s);
    const Result<QList<GpuInfo>> gpus = LocalMachine::probeGpus();

    auto existing = store.find(name);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return Error{Workspace::tr("The workspace has no local compute."), {}};
    ComputeRecord record = existing->value();

    LocalMachineInfo info;
    if (gpus)
        info.gpus = *gpus;
    if (smi.isEmpty())
        info.gpuProbe = Workspace::tr("nvidia-smi not found: no NVIDIA GPU usable");
    else if (gpus)
        info.gpuProbe = u"nvidia-smi"_s;
    else
        info.gpuProbe = gpus.error().message;
    const QJsonObject probed = info.toSpec();
    QJsonObject spec = record.spec;
    for (const auto *key : {u"gpus", u"gpu_count", u"gpu_probe"}) {
        const QString k = QString::fromUtf16(key);
        spec[k] = probed.value(k);
    }
    noteLocalGpus(spec);
    if (spec == record.spec)
        return {};
    record.spec = spec;
    return store.update(record);
}

} // namespace

Workspace::Connection::Connection(const QString &databasePath)
    : m_name(nextConnectionName())
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    db.setDatabaseName(databasePath);
    // Writers from other processes hold the lock briefly; wait for them instead of failing.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (db.open()) {
        QSqlQuery q(db);
        q.exec(u"PRAGMA foreign_keys = ON"_s);
        q.exec(u"PRAGMA synchronous = NORMAL"_s);
    }
}

Workspace::Connection::Connection(Connection &&other) noexcept
    : m_name(std::exchange(other.m_name, QString()))
{}

Workspace::Connection::~Connection()
{
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase Workspace::Connection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

bool Workspace::Connection::isOpen() const
{
    return database().isOpen();
}

QString Workspace::Connection::errorText() const
{
    return database().lastError().text();
}

Workspace::Workspace(QString path)
    : m_path(std::move(path))
    , m_pool(new QThreadPool(this))
{
    // Lists and probes are short; lifecycle operations may wait (a keychain prompt), so
    // leave room for both.
    m_pool->setMaxThreadCount(4);
}

Workspace::~Workspace()
{
    // Jobs hold only the database path, but wait so none outlives its workspace.
    m_pool->waitForDone();
    m_watchConnection.reset();
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString Workspace::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + u"/computestudio/workspaces/default"_s;
}

QString Workspace::databaseFileName()
{
    return u"studio.db"_s;
}

QString Workspace::databasePath() const
{
    return m_path + u'/' + databaseFileName();
}

QString Workspace::snapshotsPath() const
{
    return m_path + u"/snapshots"_s;
}

QString Workspace::runsPath() const
{
    return m_path + u"/runs"_s;
}

QString Workspace::computesPath() const
{
    return m_path + u'/' + computesFolderName();
}

QString Workspace::userFilesPath() const
{
    return m_path + u'/' + userFilesFolderName();
}

QString Workspace::computesFolderName()
{
    return u"computes"_s;
}

QString Workspace::userFilesFolderName()
{
    return u"userfiles"_s;
}

int Workspace::schemaVersion() const
{
    const auto version
        = pragmaValue(QSqlDatabase::database(m_connectionName, false), u"user_version"_s);
    return version ? int(*version) : -1;
}

ComputeStore Workspace::computes() const
{
    return ComputeStore(QSqlDatabase::database(m_connectionName, false));
}

QFuture<Result<QList<ComputeRecord>>> Workspace::listComputesAsync() const
{
    return QtConcurrent::run(m_pool, [dbPath = databasePath()]() -> Result<QList<ComputeRecord>> {
        Connection connection(dbPath);
        if (!connection.isOpen())
            return Error{tr("Could not open the workspace database."), connection.errorText()};
        return ComputeStore(connection.database()).list();
    });
}

Result<void> Workspace::refreshLocalMachine() const
{
    return refreshLocalGpus(QSqlDatabase::database(m_connectionName, false));
}

QFuture<Result<void>> Workspace::refreshLocalMachineAsync() const
{
    return QtConcurrent::run(m_pool, [dbPath = databasePath()]() -> Result<void> {
        Connection connection(dbPath);
        if (!connection.isOpen())
            return Error{tr("Could not open the workspace database."), connection.errorText()};
        return refreshLocalGpus(connection.database());
    });
}

Result<int> Workspace::peekSchemaVersion(const QString &dir)
{
    const QString dbPath = QDir(dir).absoluteFilePath(databaseFileName());
    QFile file(dbPath);
    // No file, or an empty one (SQLite's own "new database"): nothing written yet.
    if (!file.exists() || file.size() == 0)
        return 0;
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Could not read the workspace database %1.").arg(dbPath),
                     file.errorString()};
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(sqliteMagic)) {
        return Error{tr("%1 is not a Compute Studio workspace database (it is not an SQLite file).")
                         .arg(dbPath),
                     {}};
    }
    if (!QFile::exists(dbPath + u"-wal"_s)) {
        const auto *p = reinterpret_cast<const uchar *>(header.constData()) + 60;
        return int(quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | p[3]);
    }
    // A live WAL may hold a newer header than the file: ask SQLite, read-only.
    const QString name = nextConnectionName();
    Result<int> result = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            result = Error{tr("Could not open the workspace database %1.").arg(dbPath),
                           db.lastError().text()};
        } else {
            const auto version = pragmaValue(db, u"user_version"_s);
            result = version ? Result<int>(int(*version)) : Result<int>(version.error());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &dir)
{
    if (dir.trimmed().isEmpty())
        return Error{tr("No workspace folder was given."), {}};
    const QString path = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    const QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return Error{tr("The workspace %1 is a file, not a folder.").arg(path), {}};

    const Result<int> version = peekSchemaVersion(path);
    if (!version)
        return version.error();
    if (*version > Internal::currentSchemaVersion()) {
        return Error{
            tr("The workspace %1 was written by a newer Compute Studio (schema version %2); "
               "this version understands schema versions up to %3. Open it with a newer "
               "Compute Studio. The workspace was not changed.")
                .arg(path)
                .arg(*version)
                .arg(Internal::currentSchemaVersion()),
            {}};
    }
    if (*version == 0 && info.exists()) {
        const QDir folder(path);
        const bool hasDb = folder.exists(databaseFileName());
        if (!hasDb && !folder.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
            return Error{tr("The folder %1 is not empty and holds no Compute Studio workspace. "
                            "Choose an empty or new folder for a new workspace.")
                             .arg(path),
                         {}};
        }
    }
    if (!QDir().mkpath(path))
        return Error{tr("Could not create the workspace folder %1.").arg(path), {}};

    std::unique_ptr<Workspace> workspace(new Workspace(path));
    if (auto result = workspace->initialise(); !result)
        return result.error();
    return workspace;
}

Result<void> Workspace::initialise()
{
    m_connectionName = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(databasePath());
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        return Error{tr("Could not open the workspace database %1.").arg(databasePath()),
                     db.lastError().text()};

    // WAL lets the GUI read while the CLI (or a run) writes, and survives crashes.
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA journal_mode = WAL"_s) || !q.next()
        || q.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        return Error{tr("Could not switch the workspace database to WAL mode."),
                     q.lastError().text()};
    }
    q.exec(u"PRAGMA foreign_keys = ON"_s);
    q.exec(u"PRAGMA synchronous = NORMAL"_s);

    if (auto result = migrate(); !result)
        return result;
    if (auto result = readId(); !result)
        return result;
    for (const QString &folder : {snapshotsPath(), runsPath(), computesPath(), userFilesPath()}) {
        if (!QDir().mkpath(folder))
            return Error{tr("Could not create the folder %1.").arg(folder), {}};
    }
    if (auto result = ensureLocalCompute(); !result)
        return result;
    // An operation whose process died (a crash, a kill) must not look busy forever.
    if (auto recovered = computes().recoverInterruptedOperations(); !recovered)
        qCWarning(lcStore).noquote() << recovered.error().fullText();
    return {};
}

Result<void> Workspace::readId()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(u"SELECT value FROM workspace_info WHERE key = 'id'"_s))
        return Error{tr("Could not read the workspace database."), q.lastError().text()};
    if (q.next()) {
        m_id = q.value(0).toString();
        return {};
    }
    // Older workspaces may lack it: give them one now.
    QSqlQuery insert(QSqlDatabase::database(m_connectionName, false));
    insert.prepare(u"INSERT OR IGNORE INTO workspace_info (key, value) VALUES ('id', ?)"_s);
    insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!insert.exec())
        return Error{tr("Could not initialise the workspace."), insert.lastError().text()};
    return readId();
}

Result<void> Workspace::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const int target = Internal::currentSchemaVersion();
    auto version = pragmaValue(db, u"user_version"_s);
    if (!version)
        return version.error();
    if (*version == target)
        return {};

    if (*version > 0 && *version < target) {
        // Keep the old file: a forward migration is one-way.
        const QString backup = u"%1.v%2.bak"_s.arg(databasePath()).arg(*version);
        QFile::remove(backup);
        QSqlQuery q(db);
        q.prepare(u"VACUUM INTO ?"_s);
        q.addBindValue(backup);
        if (!q.exec())
            return Error{tr("Could not back up the workspace before upgrading it."),
                         q.lastError().text()};
        qCInfo(lcStore).noquote() << "Backed up schema" << *version << "to" << backup;
    }

    // IMMEDIATE: take the write lock first, then look again, so two processes opening the
    // same old workspace do not both migrate it.
    if (auto r = exec(db, u"BEGIN IMMEDIATE"_s, tr("Could not lock the workspace database.")); !r)
        return r;
    auto rollback = [&](Error error) -> Result<void> {
        exec(db, u"ROLLBACK"_s, {});
        return error;
    };
    version = pragmaValue(db, u"user_version"_s);
    if (!version)
        return rollback(version.error());
    const int from = int(*version);
    if (from > target) {
        return rollback(Error{tr("The workspace was upgraded by a newer Compute Studio while "
                                 "opening it."),
                              {}});
    }
    const auto &migrations = Internal::schemaMigrations();
    for (int step = from; step < target; ++step) {
        for (const QString &sql : migrations.at(step)) {
            auto r = exec(
                db, sql, tr("Could not upgrade the workspace to schema version %1.").arg(step + 1));
            if (!r)
                return rollback(r.error());
        }
    }
    if (from == 0) {
        QSqlQuery q(db);
        q.prepare(u"INSERT OR REPLACE INTO workspace_info (key, value) VALUES (?, ?), (?, ?)"_s);
        q.addBindValue(u"id"_s);
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        q.addBindValue(u"created_on"_s);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!q.exec())
            return rollback(Error{tr("Could not initialise the workspace."), q.lastError().text()});
    }
    if (auto r = exec(db, u"PRAGMA user_version = %1"_s.arg(target),
                      tr("Could not record the schema version."));
        !r) {
        return rollback(r.error());
    }
    if (auto r = exec(db, u"COMMIT"_s, tr("Could not save the upgraded workspace.")); !r)
        return rollback(r.error());
    qCInfo(lcStore).noquote() << "Workspace" << m_path << "schema" << from << "->" << target;
    return {};
}

Result<void> Workspace::ensureLocalCompute()
{
    const ComputeStore store = computes();
    LocalMachineInfo info = LocalMachine::probeBasic();
    const QString name = QString::fromUtf16(LocalMachine::computeName);
    auto existing = store.find(name);
    if (!existing)
        return existing.error();

    if (existing->has_value()) {
        ComputeRecord record = existing->value();
        QJsonObject spec = info.toSpec();
        // GPUs are probed separately (a process); keep what the last probe found.
        for (const auto *key : {u"gpus", u"gpu_count", u"gpu_probe"}) {
            const QString k = QString::fromUtf16(key);
            if (record.spec.contains(k))
                spec[k] = record.spec.value(k);
        }
        noteLocalGpus(spec);
        if (record.spec == spec && record.kind == ComputeKind::Local)
            return {};
        record.kind = ComputeKind::Local;
        record.spec = spec;
        record.provisioningState = ProvisioningState::Succeeded;
        return store.update(record);
    }

    info.gpuProbe = tr("not probed yet");
    ComputeRecord record;
    record.name = name;
    record.kind = ComputeKind::Local;
    record.type = u"Local"_s;
    record.provider = u"local"_s;
    record.spec = info.toSpec();
    record.provisioningState = ProvisioningState::Succeeded;
    record.state = u"Running"_s;
    auto inserted = store.insert(record);
    // Another process may have inserted it between our find() and insert(): fine.
    if (!inserted && !store.find(name).value().has_value())
        return inserted.error();
    return {};
}

void Workspace::watchForChanges(int intervalMs)
{
    if (intervalMs <= 0) {
        if (m_watchTimer)
            m_watchTimer->stop();
        return;
    }
    if (!m_watchConnection) {
        // A connection of its own: data_version moves for commits by *other* connections,
        // so this one must never write.
        m_watchConnection = std::make_unique<Connection>(databasePath());
        const auto version = pragmaValue(m_watchConnection->database(), u"data_version"_s);
        m_lastDataVersion = version ? *version : -1;
    }
    if (!m_watchTimer) {
        m_watchTimer = new QTimer(this);
        connect(m_watchTimer, &QTimer::timeout, this, &Workspace::pollDataVersion);
    }
    m_watchTimer->start(intervalMs);
}

void Workspace::pollDataVersion()
{
    // A process that dies mid-operation commits nothing, so no data_version moves: look
    // for such operations now and then. Recovering one is a commit, seen on a later poll.
    if (--m_pollsUntilRecovery <= 0) {
        m_pollsUntilRecovery = std::max(1, 2000 / std::max(1, m_watchTimer->interval()));
        if (auto recovered = computes().recoverInterruptedOperations(); !recovered)
            qCWarning(lcStore).noquote() << recovered.error().fullText();
    }
    const auto version = pragmaValue(m_watchConnection->database(), u"data_version"_s);
    if (!version)
        return;
    if (*version != m_lastDataVersion) {
        m_lastDataVersion = *version;
        emit changed();
    }
}

} // namespace Studio
