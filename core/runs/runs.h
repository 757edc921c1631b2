#pragma once

#include "../util/result.h"
#include "runrecord.h"

#include <QCoreApplication>
#include <QFuture>
#include <QString>
#include <QStringList>

#include <functional>

namespace Studio {

class Workspace;

/// Where a run keeps its files in the workspace: `runs/<name>/`, laid out as the studio's
/// run history (artifacts) is: outputs/ and logs/ (collected from the run's working folder),
/// user_logs/ (stdout and stderr: std_log.txt, or std_log_process_<rank>.txt when
/// distributed), system_logs/ (what the studio did: preparing, environment, finalising).
struct RunPaths
{
    QString root;
    QString outputs() const;
    QString logs() const;
    QString userLogs() const;
    QString systemLogs() const;
    QString systemLog() const; ///< system_logs/studio.txt
    QString work() const;      ///< the run's own copy of the snapshot (its working folder)
    static RunPaths of(const QString &workspacePath, const QString &runName);
    /// Log files to show, in order: user logs (std_log*), then system logs, then logs/.
    QStringList logFiles() const;
};

/// Submitting, canceling and downloading runs: the one place the GUI and `cstudio job`
/// go through. Blocking calls with a connection of their own, so any thread may use them
/// (the GUI calls the async forms). Local runs are executed by the local agent
/// (`studio-agent`), which this starts when it is not running.
class RunEngine final
{
    Q_DECLARE_TR_FUNCTIONS(Studio::RunEngine)
    Q_DISABLE_COPY_MOVE(RunEngine)

public:
    explicit RunEngine(QString workspacePath);
    ~RunEngine();

    /// Checks the spec against the target (exists, can run it: an instance refuses a
    /// distributed run with the service's reason), snapshots the source folder, records
    /// git info and queues the run. `name` empty: one is made. `progress` gets what it is
    /// doing ("Snapshotting 1,204 files…").
    Result<RunRecord> submit(const RunSpec &spec, const QString &name = {},
                             const std::function<void(const QString &)> &progress = {}) const;
    /// Submits `spec` on the workspace's thread pool.
    static QFuture<Result<RunRecord>> submitAsync(const Workspace &workspace, const RunSpec &spec);
    /// A new run with the same spec (the source folder snapshotted again).
    Result<RunRecord> resubmit(const QString &name) const;
    /// Asks the agent to cancel (CancelRequested); a run that has not started ends at once.
    Result<void> cancel(const QString &name) const;
    /// Copies outputs/, logs/, user_logs/ and system_logs/ of the run into `directory`.
    Result<QStringList> download(const QString &name, const QString &directory) const;

    /// Starts the workspace's local agent unless one is running. Idempotent.
    Result<void> ensureAgent() const;
    /// Starts the agent when runs of local computes are not finished but no agent runs
    /// (the agent was killed, or the machine restarted): it reattaches or finalises them.
    Result<void> reviveAgentIfNeeded() const;
    /// Whether an agent listens for the workspace now.
    bool isAgentRunning() const;
    /// The agent executable next to this program (`studio-agent`), or from PATH.
    static QString agentProgram();

private:
    QString m_workspacePath;
};

} // namespace Studio
