#pragma once

#include "../util/result.h"
#include "computestore.h"

#include <QFuture>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QThreadPool;
class QTimer;
QT_END_NAMESPACE

namespace Studio {

/// A workspace: a folder holding `studio.db` (SQLite, WAL mode, versioned schema with
/// forward migrations) and the folders runs keep their snapshots and outputs in.
///
/// The object lives on the thread that opened it and uses one connection there. Work for
/// other threads goes through read()/write(), which give each job a connection of its
/// own on the workspace's thread pool. Several processes (the GUI and `cstudio`) may
/// have the same workspace open: watchForChanges() turns their commits into changed().
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    ~Workspace() override;

    /// The default workspace, in the XDG data location.
    static QString defaultPath();
    static QString databaseFileName();

    /// Opens the workspace in `dir`, creating it when the folder is missing or empty.
    /// A workspace of an older schema is backed up (studio.db.vN.bak) and migrated; one of
    /// a newer schema is refused with an explanation, and nothing on disk is changed.
    static Result<std::unique_ptr<Workspace>> open(const QString &dir);

    /// The schema version of the workspace in `dir` without opening it for writing:
    /// 0 when it has no database yet.
    static Result<int> peekSchemaVersion(const QString &dir);

    QString path() const { return m_path; }
    QString databasePath() const;
    QString snapshotsPath() const;
    QString runsPath() const;
    /// Where providers keep each compute's own area: `computes/<name>/`.
    QString computesPath() const;
    /// Files shared by every compute instance (notebooks, scripts): they survive stopping
    /// and deleting instances.
    QString userFilesPath() const;
    static QString computesFolderName();  ///< "computes"
    static QString userFilesFolderName(); ///< "userfiles"
    int schemaVersion() const;
    /// The workspace's id (a UUID made when it was created; `workspace_info` key "id").
    QString id() const { return m_id; }

    /// The pool the workspace runs its background work on (lists, probes, operations).
    /// Jobs must not use the workspace object itself: give them databasePath().
    QThreadPool *threadPool() const { return m_pool; }

    /// Computes through this thread's connection (blocking; fine for the CLI and tests).
    ComputeStore computes() const;

    /// Lists all computes on the workspace's thread pool, with a connection of its own.
    QFuture<Result<QList<ComputeRecord>>> listComputesAsync() const;

    /// Probes the local machine's GPUs (`nvidia-smi`, a process) and stores what it finds in
    /// the "local" compute. Blocking: the CLI calls it; the GUI uses the async form.
    Result<void> refreshLocalMachine() const;
    QFuture<Result<void>> refreshLocalMachineAsync() const;

    /// A connection for the calling thread, closed and removed when the returned
    /// object is destroyed. Any thread may call this.
    class Connection
    {
        Q_DISABLE_COPY(Connection)
    public:
        explicit Connection(const QString &databasePath);
        Connection(Connection &&other) noexcept;
        ~Connection();
        QSqlDatabase database() const;
        bool isOpen() const;
        QString errorText() const;

    private:
        QString m_name;
    };

    /// Polls SQLite's `data_version` every `intervalMs` (0 stops): commits by any other
    /// connection, in this process or another, emit changed() once per poll. About every
    /// two seconds it also looks for operations whose process died
    /// (ComputeStore::recoverInterruptedOperations), which a crash cannot announce.
    void watchForChanges(int intervalMs = 250);

signals:
    /// Something in the workspace changed (another process, a worker, or this one).
    void changed();

private:
    explicit Workspace(QString path);
    Result<void> initialise();
    Result<void> migrate();
    Result<void> ensureLocalCompute();
    void pollDataVersion();
    Result<void> readId();

    QString m_path;
    QString m_id;
    int m_pollsUntilRecovery = 0;
    QString m_connectionName;
    std::unique_ptr<Connection> m_watchConnection;
    qint64 m_lastDataVersion = -1;
    QTimer *m_watchTimer = nullptr; // Owned (child).
    QThreadPool *m_pool = nullptr;  // Owned (child).
};

} // namespace Studio
