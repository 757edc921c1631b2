#pragma once

#include "../util/result.h"
#include "runrecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

QT_BEGIN_NAMESPACE
class QLocalServer;
class QLockFile;
class QTimer;
QT_END_NAMESPACE

namespace Studio {

class MlflowServer;
class Workspace;

namespace Internal {
class AgentMlflowBackend;
}

/// The local agent: executes the runs of local computes (the local machine, local compute
/// instances and clusters) in processes that outlive it, serves the MLflow tracking
/// endpoint their scripts log to, and scales local clusters' nodes. One per workspace (a
/// lock file); `studio-agent` runs it, GUI and CLI start that on demand. All state that
/// matters is in the workspace (database and `runs/<name>/`), so a new agent picks up
/// where a killed one stopped: live processes are reattached, ended ones finalised with
/// their real exit status.
class LocalAgent final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalAgent)

public:
    /// `shimProgram`: the executable started for every run process as
    /// `shimProgram --exec …` (studio-agent itself): it waits for the process and writes
    /// its exit status, so the status survives the agent.
    LocalAgent(QString workspacePath, QString shimProgram, QObject *parent = nullptr);
    ~LocalAgent() override;

    /// Takes the workspace's agent lock, opens the workspace, starts the MLflow endpoint
    /// and begins working. An error when another agent holds the lock.
    Result<void> start();
    /// Seconds of having nothing to do (no runs, clusters at their minimum) before idle()
    /// is emitted. 0: never.
    void setIdleExitSeconds(int seconds) { m_idleExitSeconds = seconds; }
    /// How long start() waits for another agent's lock (one that is exiting).
    void setLockWaitMs(int ms) { m_lockWaitMs = ms; }
    QString trackingUri() const;

    /// The local socket name agents listen on for a workspace ("wake up" pokes).
    static QString serverName(const QString &workspacePath);
    static QString lockFilePath(const QString &workspacePath);

signals:
    /// Nothing to do for the idle time: studio-agent exits.
    void idle();

private:
    struct Process
    {
        int rank = 0;
        qint64 pid = 0;
        QString identity;
        QString statusFile;
        bool exited = false;
        std::optional<int> exitCode;
        std::optional<int> signal;
    };
    struct ActiveRun
    {
        RunRecord record;
        enum class Phase { Preparing, Running, Killing, Finalizing } phase = Phase::Preparing;
        std::shared_ptr<std::atomic_bool> cancel = std::make_shared<std::atomic_bool>(false);
        QList<Process> processes;
        QDateTime startedAt;
        QDateTime killDeadline;
        QString endReason; ///< why it is being stopped: "cancel", "timeout", "failed"
        QString endError;
        std::optional<int> endExitCode;
        QStringList nodes;
        bool slotHeld = false;
    };

    void tick();
    void recover(const RunRecord &run);
    void schedule(const QList<RunRecord> &queued);
    bool canStart(const RunRecord &run, QStringList *nodes);
    void prepare(const RunRecord &run, const QStringList &nodes);
    void launch(const QString &name, const QString &python, const QStringList &pathPrepend,
                const QStringList &commandPrefix);
    void monitor(ActiveRun &run);
    void beginKill(ActiveRun &run, const QString &reason, const QString &error);
    void finalize(const QString &name);
    void finish(const QString &name, RunStatus status, const QString &error,
                std::optional<int> exitCode);
    void maintainNodes();
    void releaseNodes(const ActiveRun &run);
    void systemLog(const QString &runName, const QString &line) const;
    bool isLocalCompute(const QString &compute) const;

    QString m_workspacePath;
    QString m_shimProgram;
    int m_idleExitSeconds = 5;
    int m_lockWaitMs = 10000;
    QDateTime m_idleSince;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Internal::AgentMlflowBackend> m_mlflowBackend;
    MlflowServer *m_mlflow = nullptr;   // Owned (child).
    QLocalServer *m_server = nullptr;   // Owned (child).
    QTimer *m_timer = nullptr;          // Owned (child).
    QHash<QString, ActiveRun> m_active; ///< by run name
    bool m_ticking = false;
};

} // namespace Studio
