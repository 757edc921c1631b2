#include "../support/seed.h"
#include "../support/testsupport.h"
#include "core/store/schema.h"
#include "core/store/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Studio;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(STUDIO_TEST_FIXTURES "/") + name;
}

// Every file in `dir` with its SHA-256: what "changes nothing" is checked against.
QMap<QString, QByteArray> snapshotFolder(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        files.insert(path, QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

QStringList tables(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

ComputeRecord cluster(const QString &name)
{
    ComputeRecord c;
    c.name = name;
    c.kind = ComputeKind::Cluster;
    c.type = u"AmlCompute"_s;
    c.provider = u"local"_s;
    c.spec
        = QJsonObject{{u"size"_s, u"local-2c"_s}, {u"min_instances"_s, 0}, {u"max_instances"_s, 3}};
    c.provisioningState = ProvisioningState::Creating;
    return c;
}

} // namespace

class tst_Workspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void defaultPathIsInXdgDataLocation()
    {
        const QString path = Workspace::defaultPath();
        QVERIFY(
            path.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)));
        QVERIFY(path.endsWith(u"/computestudio/workspaces/default"_s));
    }

    void createsNewWorkspace()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(u"ws"_s);
        auto ws = Workspace::open(dir);
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().fullText()));
        QCOMPARE(ws.value()->schemaVersion(), Internal::currentSchemaVersion());
        QVERIFY(QFileInfo::exists(dir + u"/studio.db"_s));
        QVERIFY(QFileInfo(ws.value()->snapshotsPath()).isDir());
        QVERIFY(QFileInfo(ws.value()->runsPath()).isDir());
        QVERIFY(QFileInfo(ws.value()->computesPath()).isDir());
        QVERIFY(QFileInfo(ws.value()->userFilesPath()).isDir());
        QCOMPARE(ws.value()->computesPath(), dir + u"/computes"_s);
        QCOMPARE(ws.value()->userFilesPath(), dir + u"/userfiles"_s);

        const Workspace::Connection c(ws.value()->databasePath());
        QSqlQuery q(c.database());
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        const QStringList names = tables(c.database());
        for (const auto *t :
             {u"computes", u"experiments", u"runs", u"run_status_events", u"workspace_info"})
            QVERIFY2(names.contains(QString::fromUtf16(t)), qPrintable(names.join(u' ')));
        // The workspace's id, made once and kept.
        QVERIFY(q.exec(u"SELECT value FROM workspace_info WHERE key = 'id'"_s) && q.next());
        QVERIFY(!ws.value()->id().isEmpty());
        QCOMPARE(ws.value()->id(), q.value(0).toString());
    }

    void localMachineIsAlwaysPresent()
    {
        QTemporaryDir tmp;
        auto ws = Workspace::open(tmp.filePath(u"ws"_s));
        QVERIFY(ws);
        auto local = ws.value()->computes().find(u"local"_s);
        QVERIFY(local && local->has_value());
        const ComputeRecord &c = local->value();
        QCOMPARE(c.kind, ComputeKind::Local);
        QCOMPARE(c.provider, u"local"_s);
        QCOMPARE(c.provisioningState, ProvisioningState::Succeeded);
        QCOMPARE(c.spec.value(u"cores").toInt(), QThread::idealThreadCount());
        QVERIFY(c.spec.value(u"memory_bytes").toDouble() > 0);
        QVERIFY(!c.spec.value(u"os").toString().isEmpty());

        // Deleting it does not make it go away: the next open puts it back.
        QVERIFY(ws.value()->computes().remove(u"local"_s).value());
        ws.value().reset();
        auto again = Workspace::open(tmp.filePath(u"ws"_s));
        QVERIFY(again);
        QVERIFY(again.value()->computes().find(u"local"_s).value().has_value());

        // The GPU probe records how it went, with or without nvidia-smi.
        QVERIFY(again.value()->refreshLocalMachine());
        const auto probed = again.value()->computes().find(u"local"_s).value().value();
        QVERIFY(!probed.spec.value(u"gpu_probe").toString().isEmpty());
        QCOMPARE(probed.spec.value(u"gpu_count").toInt(),
                 probed.spec.value(u"gpus").toArray().size());
    }

    void refusesNonEmptyForeignFolder()
    {
        QTemporaryDir tmp;
        QFile f(tmp.filePath(u"notes.txt"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("mine");
        f.close();
        auto ws = Workspace::open(tmp.path());
        QVERIFY(!ws);
        QVERIFY2(ws.error().message.contains(u"not empty"_s), qPrintable(ws.error().message));
        QVERIFY(!QFileInfo::exists(tmp.filePath(u"studio.db"_s)));
    }

    void emptyDatabaseFileBecomesAWorkspace()
    {
        QTemporaryDir tmp;
        QFile f(tmp.filePath(u"studio.db"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QCOMPARE(Workspace::peekSchemaVersion(tmp.path()).value(), 0);
        auto ws = Workspace::open(tmp.path());
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().fullText()));
        QCOMPARE(ws.value()->schemaVersion(), Internal::currentSchemaVersion());
    }

    void refusesFileThatIsNotSqlite()
    {
        QTemporaryDir tmp;
        QFile f(tmp.filePath(u"studio.db"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(200, 'x'));
        f.close();
        auto ws = Workspace::open(tmp.path());
        QVERIFY(!ws);
        QVERIFY2(ws.error().message.contains(u"not an SQLite file"_s),
                 qPrintable(ws.error().message));
    }

    void fixtureWasWrittenByMigrationOne()
    {
        // The fixture must be what schema 1 really was: compare the CREATE statements.
        const QString name = u"schema-v1-check"_s;
        QStringList fresh, fixtureSql;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(u":memory:"_s);
            QVERIFY(db.open());
            for (const QString &sql : Internal::schemaMigrations().at(0))
                QVERIFY(QSqlQuery(db).exec(sql));
            QSqlQuery q(db);
            q.exec(u"SELECT sql FROM sqlite_master ORDER BY name"_s);
            while (q.next())
                fresh.append(q.value(0).toString());
            QSqlQuery attach(db);
            QVERIFY(attach.exec(
                u"ATTACH DATABASE '%1' AS old"_s.arg(fixture(u"workspace-v1/studio.db"_s))));
            QSqlQuery o(db);
            o.exec(u"SELECT sql FROM old.sqlite_master ORDER BY name"_s);
            while (o.next())
                fixtureSql.append(o.value(0).toString());
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        QVERIFY(!fresh.isEmpty());
        QCOMPARE(fixtureSql, fresh);
    }

    void migratesOlderSchema()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(u"old"_s);
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::copy(fixture(u"workspace-v1/studio.db"_s), dir + u"/studio.db"_s));
        QFile(dir + u"/studio.db"_s).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(Workspace::peekSchemaVersion(dir).value(), 1);

        auto ws = Workspace::open(dir);
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().fullText()));
        QCOMPARE(ws.value()->schemaVersion(), Internal::currentSchemaVersion());

        const auto computes = ws.value()->computes().list();
        QVERIFY(computes);
        QStringList names;
        for (const auto &c : *computes)
            names.append(c.name);
        QCOMPARE(names, (QStringList{u"gpu-cluster"_s, u"local"_s, u"notebook-box"_s}));

        const auto gpu = ws.value()->computes().find(u"gpu-cluster"_s).value().value();
        QCOMPARE(gpu.kind, ComputeKind::Cluster);
        QCOMPARE(gpu.createdBy, u"minji"_s);
        QCOMPARE(gpu.spec.value(u"max_instances").toInt(), 4);
        QCOMPARE(gpu.createdOn, QDateTime(QDate(2026, 9, 2), QTime(8, 30), Qt::UTC));
        QCOMPARE(gpu.modifiedOn, gpu.createdOn); // new column filled from created_on
        QCOMPARE(gpu.lastError, QString());
        QVERIFY(!gpu.isBusy()); // schema 3's operation columns start empty
        QCOMPARE(ws.value()->computes().find(u"notebook-box"_s).value()->provisioningState,
                 ProvisioningState::Failed);

        // The pre-migration file is kept.
        QVERIFY(QFileInfo::exists(dir + u"/studio.db.v1.bak"_s));
        QTemporaryDir bak;
        QVERIFY(QFile::copy(dir + u"/studio.db.v1.bak"_s, bak.filePath(u"studio.db"_s)));
        QCOMPARE(Workspace::peekSchemaVersion(bak.path()).value(), 1);
    }

    void migratesSchemaTwoToThree()
    {
        // A workspace as schema 2 wrote it (migrations are never edited, so replaying the
        // first two is what such a workspace holds), with a compute in it.
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(u"v2"_s);
        QVERIFY(QDir().mkpath(dir));
        {
            const Workspace::Connection c(dir + u"/studio.db"_s);
            QVERIFY(c.isOpen());
            QSqlQuery q(c.database());
            QVERIFY(q.exec(u"PRAGMA journal_mode = WAL"_s));
            for (int step = 0; step < 2; ++step) {
                for (const QString &sql : Internal::schemaMigrations().at(step))
                    QVERIFY2(q.exec(sql), qPrintable(sql));
            }
            QVERIFY(q.exec(u"INSERT INTO workspace_info (key, value) VALUES ('id', 'ws-two')"_s));
            QVERIFY(q.exec(u"INSERT INTO computes (name, kind, type, provider, spec, "
                           "provisioning_state, state, last_error, created_by, created_on, "
                           "modified_on) VALUES ('dev-box', 'instance', 'ComputeInstance', "
                           "'local', '{\"size\":\"Local_1C_2G\"}', 'Succeeded', 'Stopped', "
                           "'', 'minji', '2026-09-02T08:30:00.000Z', "
                           "'2026-09-03T08:30:00.000Z')"_s));
            QVERIFY(q.exec(u"PRAGMA user_version = 2"_s));
        }
        QCOMPARE(Workspace::peekSchemaVersion(dir).value(), 2);

        auto ws = Workspace::open(dir);
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().fullText()));
        QCOMPARE(ws.value()->schemaVersion(), Internal::currentSchemaVersion());
        QCOMPARE(ws.value()->id(), u"ws-two"_s);
        QVERIFY(QFileInfo::exists(dir + u"/studio.db.v2.bak"_s));

        const auto row = ws.value()->computes().find(u"dev-box"_s).value();
        QVERIFY(row);
        QCOMPARE(row->state, u"Stopped"_s);
        QCOMPARE(row->provisioningState, ProvisioningState::Succeeded);
        QCOMPARE(row->createdBy, u"minji"_s);
        QCOMPARE(row->sizeText(), u"Local_1C_2G"_s);
        // The new columns: no operation running.
        QCOMPARE(row->operation, QString());
        QVERIFY(!row->isBusy());
        QCOMPARE(row->progress, 0);
        QCOMPARE(row->progressText, QString());
        QCOMPARE(row->operationPid, qint64(0));
        QVERIFY(!row->operationStartedOn.isValid());
        QCOMPARE(row->toJson().value(u"operation"), QJsonValue(QJsonValue::Null));
    }

    void operationColumnsRoundTrip()
    {
        QTemporaryDir tmp;
        auto ws = Workspace::open(tmp.filePath(u"ws"_s));
        QVERIFY(ws);
        const ComputeStore store = ws.value()->computes();
        ComputeRecord record = cluster(u"busy-pool"_s);
        record.operation = u"create"_s;
        record.progress = 40;
        record.progressText = u"Preparing the node pool"_s;
        record.operationPid = QCoreApplication::applicationPid();
        record.operationProcess = ComputeStore::currentProcessIdentity();
        record.operationStartedOn = QDateTime(QDate(2026, 9, 2), QTime(8, 30), Qt::UTC);
        const auto inserted = store.insert(record);
        QVERIFY(inserted);
        QCOMPARE(store.find(u"busy-pool"_s).value().value(), *inserted);
        // This process is alive: nothing to recover, and a second operation is refused.
        QCOMPARE(store.recoverInterruptedOperations().value(), 0);
        QCOMPARE(
            store.beginOperation(u"busy-pool"_s, u"delete"_s, ProvisioningState::Deleting, {}, {})
                .value(),
            false);
        QVERIFY(store.setProgress(u"busy-pool"_s, 70, u"Almost"_s));
        auto found = store.find(u"busy-pool"_s).value().value();
        QCOMPARE(found.progress, 70);
        QCOMPARE(found.progressText, u"Almost"_s);
        QVERIFY(store.finishOperation(u"busy-pool"_s, ProvisioningState::Succeeded, u"Idle"_s, {},
                                      QJsonObject{{u"max_instances"_s, 9}}));
        found = store.find(u"busy-pool"_s).value().value();
        QVERIFY(!found.isBusy());
        QCOMPARE(found.progress, 0);
        QCOMPARE(found.operationPid, qint64(0));
        QCOMPARE(found.provisioningState, ProvisioningState::Succeeded);
        QCOMPARE(found.state, u"Idle"_s);
        QCOMPARE(found.spec.value(u"max_instances").toInt(), 9);
        QVERIFY(store
                    .beginOperation(u"busy-pool"_s, u"delete"_s, ProvisioningState::Deleting,
                                    std::nullopt, u"Preparing"_s)
                    .value());
        found = store.find(u"busy-pool"_s).value().value();
        QCOMPARE(found.operation, u"delete"_s);
        QCOMPARE(found.provisioningState, ProvisioningState::Deleting);
        QCOMPARE(found.state, u"Idle"_s); // not given: unchanged
        QCOMPARE(found.progressText, u"Preparing"_s);
        QCOMPARE(found.operationPid, QCoreApplication::applicationPid());
        QVERIFY(found.operationStartedOn.isValid());

        // A row whose process is gone (no such pid) becomes Failed, "interrupted".
        ComputeRecord orphan = cluster(u"orphan-pool"_s);
        orphan.operation = u"update"_s;
        orphan.operationPid = 999999999;
        orphan.operationProcess = ComputeStore::currentProcessIdentity();
        QVERIFY(store.insert(orphan));
        const auto listed = store.list(ComputeKind::Cluster); // listing recovers first
        QVERIFY(listed);
        const auto recovered = store.find(u"orphan-pool"_s).value().value();
        QCOMPARE(recovered.provisioningState, ProvisioningState::Failed);
        QVERIFY(!recovered.isBusy());
        QVERIFY2(recovered.lastError.contains(u"Updating was interrupted"_s),
                 qPrintable(recovered.lastError));
        QCOMPARE(store.find(u"busy-pool"_s).value()->operation, u"delete"_s); // still alive
    }

    void refusesNewerSchemaAndChangesNothing()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(u"future"_s);
        QVERIFY(Test::makeWorkspaceOfSchema(dir, Internal::currentSchemaVersion() + 5));
        QVERIFY(!QFileInfo::exists(dir + u"/studio.db-wal"_s)); // checkpointed on close
        const auto before = snapshotFolder(dir);
        const QStringList entriesBefore
            = QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);

        auto ws = Workspace::open(dir);
        QVERIFY(!ws);
        const QString message = ws.error().message;
        QVERIFY2(message.contains(u"newer Compute Studio"_s), qPrintable(message));
        QVERIFY2(message.contains(QString::number(Internal::currentSchemaVersion() + 5)),
                 qPrintable(message));
        QVERIFY2(message.contains(u"not changed"_s), qPrintable(message));

        QCOMPARE(snapshotFolder(dir), before);
        QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 entriesBefore);
    }

    void crud()
    {
        QTemporaryDir tmp;
        auto ws = Workspace::open(tmp.filePath(u"ws"_s));
        QVERIFY(ws);
        const ComputeStore store = ws.value()->computes();

        auto inserted = store.insert(cluster(u"cpu-cluster"_s));
        QVERIFY2(inserted, qPrintable(inserted ? QString() : inserted.error().fullText()));
        QVERIFY(inserted->id > 0);
        QVERIFY(inserted->createdOn.isValid());
        QCOMPARE(inserted->createdBy, ComputeStore::currentUser());

        // Names are unique regardless of case, as the service treats them.
        auto duplicate = store.insert(cluster(u"CPU-Cluster"_s));
        QVERIFY(!duplicate);
        QVERIFY2(duplicate.error().message.contains(u"already exists"_s),
                 qPrintable(duplicate.error().message));

        auto found = store.find(u"CPU-CLUSTER"_s);
        QVERIFY(found && found->has_value());
        ComputeRecord record = found->value();
        QCOMPARE(record, *inserted);

        record.provisioningState = ProvisioningState::Failed;
        record.lastError = u"Quota exceeded"_s;
        record.spec[u"max_instances"_s] = 5;
        QTest::qWait(5); // modified_on must move on
        QVERIFY(store.update(record));
        const ComputeRecord updated = store.find(u"cpu-cluster"_s).value().value();
        QCOMPARE(updated.provisioningState, ProvisioningState::Failed);
        QCOMPARE(updated.lastError, u"Quota exceeded"_s);
        QCOMPARE(updated.spec.value(u"max_instances").toInt(), 5);
        QVERIFY(updated.modifiedOn > inserted->modifiedOn);
        QCOMPARE(updated.createdOn, inserted->createdOn);

        const auto clusters = store.list(ComputeKind::Cluster);
        QVERIFY(clusters);
        QCOMPARE(clusters->size(), 1);

        QCOMPARE(store.remove(u"cpu-cluster"_s).value(), true);
        QCOMPARE(store.remove(u"cpu-cluster"_s).value(), false);
        QVERIFY(!store.find(u"cpu-cluster"_s).value().has_value());

        record.id = 999999;
        QVERIFY(!store.update(record)); // gone: says so instead of silently doing nothing
    }

    void asyncListMatchesBlockingList()
    {
        QTemporaryDir tmp;
        auto ws = Workspace::open(tmp.filePath(u"ws"_s));
        QVERIFY(ws);
        QVERIFY(ws.value()->computes().insert(cluster(u"async-one"_s)));
        auto future = ws.value()->listComputesAsync();
        future.waitForFinished();
        const auto async = future.result();
        QVERIFY(async);
        QCOMPARE(*async, ws.value()->computes().list().value());
    }

    void concurrentWriterFromAnotherConnection()
    {
        QTemporaryDir tmp;
        auto ws = Workspace::open(tmp.filePath(u"ws"_s));
        QVERIFY(ws);
        ws.value()->watchForChanges(50);
        QSignalSpy changed(ws.value().get(), &Workspace::changed);

        // A writer on another thread with its own connection holds a write transaction...
        const QString dbPath = ws.value()->databasePath();
        QSemaphore inTransaction, mayCommit;
        std::unique_ptr<QThread> writer(QThread::create([&] {
            Workspace::Connection c(dbPath);
            QSqlDatabase db = c.database();
            db.transaction();
            ComputeStore(db).insert(cluster(u"from-writer"_s));
            inTransaction.release();
            mayCommit.acquire();
            db.commit();
        }));
        writer->start();
        inTransaction.acquire();
        // ... while this connection still reads (WAL) and does not see uncommitted rows.
        const auto during = ws.value()->computes().find(u"from-writer"_s);
        QVERIFY(during);
        QVERIFY(!during->has_value());
        mayCommit.release();
        QVERIFY(writer->wait(5000));

        QVERIFY(changed.wait(2000));
        QVERIFY(ws.value()->computes().find(u"from-writer"_s).value().has_value());
    }

    void concurrentWriterFromAnotherProcess()
    {
        QTemporaryDir tmp;
        auto ws = Workspace::open(tmp.filePath(u"ws"_s));
        QVERIFY(ws);
        ws.value()->watchForChanges(50);
        QSignalSpy changed(ws.value().get(), &Workspace::changed);

        QVERIFY(Test::addComputeFromAnotherProcess(ws.value()->path(), u"made-elsewhere"_s,
                                                   ComputeKind::Cluster));
        QVERIFY(changed.wait(2000));
        const auto found = ws.value()->computes().find(u"made-elsewhere"_s);
        QVERIFY(found && found->has_value());
        QCOMPARE(found->value().kind, ComputeKind::Cluster);
    }
};

QTEST_GUILESS_MAIN(tst_Workspace)
#include "tst_workspace.moc"
