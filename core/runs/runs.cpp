#include "runs.h"

#include "../spec/computespec.h"
#include "../spec/specyaml.h"
#include "../spec/validation.h"
#include "../store/computestore.h"
#include "../store/workspace.h"
#include "../util/logging.h"
#include "environment.h"
#include "gitinfo.h"
#include "localagent.h"
#include "runstore.h"
#include "snapshot.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QLocalSocket>
#include <QLocale>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <signal.h>

using namespace Qt::StringLiterals;

namespace Studio {

QString RunPaths::outputs() const
{
    return root + u"/outputs"_s;
}

QString RunPaths::logs() const
{
    return root + u"/logs"_s;
}

QString RunPaths::userLogs() const
{
    return root + u"/user_logs"_s;
}

QString RunPaths::systemLogs() const
{
    return root + u"/system_logs"_s;
}

QString RunPaths::systemLog() const
{
    return systemLogs() + u"/studio.txt"_s;
}

QString RunPaths::work() const
{
    return root + u"/work"_s;
}

RunPaths RunPaths::of(const QString &workspacePath, const QString &runName)
{
    return RunPaths{QDir::cleanPath(workspacePath + u"/runs/"_s + runName)};
}

QStringList RunPaths::logFiles() const
{
    QStringList files;
    for (const QString &folder : {userLogs(), systemLogs(), logs()}) {
        QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
        QStringList here;
        while (it.hasNext())
            here.append(it.next());
        here.sort();
        files += here;
    }
    return files;
}

RunEngine::RunEngine(QString workspacePath)
    : m_workspacePath(std::move(workspacePath))
{}

RunEngine::~RunEngine() = default;

namespace {

/// Whether `spec` may run on `compute`: an empty string, or why not.
Result<void> checkTarget(const ComputeStore &computes, const RunSpec &spec)
{
    const QString target = spec.compute.isEmpty() ? u"local"_s : spec.compute;
    const DistributionSpec &d = spec.distribution;
    if (d.instanceCount < 1 || d.processCountPerInstance < 1) {
        return Error{RunEngine::tr("instance_count and process_count_per_instance must be at "
                                   "least 1."),
                     {}};
    }
    auto found = computes.find(target);
    if (!found)
        return found.error();
    if (!*found) {
        return Error{RunEngine::tr("There is no compute named \"%1\" in this workspace. "
                                   "`cstudio compute list` shows the computes.")
                         .arg(target),
                     {}};
    }
    const ComputeRecord &record = **found;
    if (record.kind == ComputeKind::Local) {
        if (d.instanceCount > 1) {
            return Error{RunEngine::tr("The local machine is a single node: it cannot run %1 "
                                       "instances. Submit the run to a compute cluster.")
                             .arg(d.instanceCount),
                         {}};
        }
        return {};
    }
    if (record.provider != u"local"_s) {
        return Error{RunEngine::tr("\"%1\" is a compute of the %2 provider, which cannot run "
                                   "scripts yet. Submit the run to the local machine, a local "
                                   "compute instance or a local compute cluster.")
                         .arg(record.name, record.provider),
                     {}};
    }
    auto spec_ = SpecYaml::fromStoredJson(record.spec);
    const SpecType type = spec_ ? spec_->type() : SpecType::ComputeInstance;
    if (const QString refusal = CapabilityMatrix::refusal(type, Workload::ScriptRun);
        !refusal.isEmpty())
        return Error{refusal, {}};
    if (d.isDistributed()) {
        if (const QString refusal = CapabilityMatrix::refusal(type, Workload::DistributedRun);
            !refusal.isEmpty())
            return Error{refusal, {}};
    }
    if (record.provisioningState != ProvisioningState::Succeeded) {
        return Error{RunEngine::tr("The compute \"%1\" is not ready (%2).")
                         .arg(record.name, record.displayStateText()),
                     {}};
    }
    if (record.kind == ComputeKind::Instance && record.state != u"Running"_s) {
        return Error{RunEngine::tr("The compute instance \"%1\" is %2. Start it, then submit "
                                   "the run again.")
                         .arg(record.name, record.displayStateText().toLower()),
                     {}};
    }
    if (record.kind == ComputeKind::Cluster && spec_) {
        if (const auto *cluster = spec_->as<ClusterSpec>();
            cluster && d.instanceCount > cluster->maxInstances) {
            return Error{RunEngine::tr("The run needs %1 nodes, but the cluster \"%2\" has at "
                                       "most %3 (max_instances).")
                             .arg(d.instanceCount)
                             .arg(record.name)
                             .arg(cluster->maxInstances),
                         {}};
        }
    }
    return {};
}

} // namespace

Result<RunRecord> RunEngine::submit(const RunSpec &given, const QString &name,
                                    const std::function<void(const QString &)> &progress) const
{
    RunSpec spec = given;
    if (spec.compute.isEmpty())
        spec.compute = u"local"_s;
    if (spec.command.trimmed().isEmpty())
        return Error{tr("The run has no command."), {}};
    if (!name.isEmpty()) {
        static const QRegularExpression valid(u"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,254}$"_s);
        if (!valid.match(name).hasMatch())
            return Error{tr("\"%1\" is not a valid run name: use letters, digits, '_', '-' and "
                            "'.', starting with a letter, digit or '_'.")
                             .arg(name),
                         {}};
    }
    const Workspace::Connection connection(
        QDir(m_workspacePath).filePath(Workspace::databaseFileName()));
    if (!connection.isOpen())
        return Error{tr("Could not open the workspace."), connection.errorText()};
    const ComputeStore computes(connection.database());
    if (auto target = checkTarget(computes, spec); !target)
        return target.error();
    if (spec.environment.kind == EnvironmentSpec::Kind::UserManaged
        && spec.environment.name.startsWith(u"azureml:"_s)
        && !EnvironmentManager::findCurated(spec.environment.name)) {
        QStringList known;
        for (const CuratedEnvironment &c : EnvironmentManager::curated())
            known.append(c.name);
        return Error{tr("There is no curated environment \"%1\". Known: %2.")
                         .arg(spec.environment.name, known.join(u", "_s)),
                     {}};
    }

    SnapshotManifest manifest;
    GitInfo git;
    if (!spec.sourceDirectory.isEmpty()) {
        const QFileInfo source(spec.sourceDirectory);
        if (!source.isDir()) {
            return Error{tr("The source folder %1 does not exist.").arg(spec.sourceDirectory), {}};
        }
        spec.sourceDirectory = source.absoluteFilePath();
        if (progress)
            progress(tr("Snapshotting %1").arg(spec.sourceDirectory));
        const SnapshotStore store(QDir(m_workspacePath).filePath(u"snapshots"_s));
        SnapshotStats stats;
        auto made = store.snapshot(spec.sourceDirectory, &stats);
        if (!made)
            return made.error();
        manifest = *made;
        qCInfo(lcRuns) << "submit: snapshot" << manifest.id << stats.files << "files,"
                       << stats.hashed << "hashed," << stats.blobsAdded << "new blobs";
        git = probeGitInfo(spec.sourceDirectory);
    }

    RunRecord record;
    record.name = name;
    record.spec = spec;
    record.snapshotId = manifest.id;
    record.git = git;
    const RunStore runs(connection.database());
    auto inserted = runs.insert(record);
    if (!inserted)
        return inserted.error();
    if (auto queued = runs.setStatus(inserted->name, RunStatus::Queued); !queued)
        return queued.error();
    inserted->status = RunStatus::Queued;
    if (auto agent = ensureAgent(); !agent) {
        runs.setStatus(inserted->name, RunStatus::Failed, agent.error().message);
        return agent.error();
    }
    return inserted;
}

QFuture<Result<RunRecord>> RunEngine::submitAsync(const Workspace &workspace, const RunSpec &spec)
{
    const QString path = workspace.path();
    return QtConcurrent::run(workspace.threadPool(),
                             [path, spec] { return RunEngine(path).submit(spec); });
}

Result<RunRecord> RunEngine::resubmit(const QString &name) const
{
    RunSpec spec;
    {
        const Workspace::Connection connection(
            QDir(m_workspacePath).filePath(Workspace::databaseFileName()));
        auto found = RunStore(connection.database()).find(name);
        if (!found)
            return found.error();
        if (!*found)
            return Error{tr("There is no run named \"%1\" in this workspace.").arg(name), {}};
        spec = (*found)->spec;
    }
    return submit(spec);
}

Result<void> RunEngine::cancel(const QString &name) const
{
    const Workspace::Connection connection(
        QDir(m_workspacePath).filePath(Workspace::databaseFileName()));
    const RunStore runs(connection.database());
    auto found = runs.find(name);
    if (!found)
        return found.error();
    if (!*found)
        return Error{tr("There is no run named \"%1\" in this workspace.").arg(name), {}};
    if (isTerminal((*found)->status)) {
        return Error{
            tr("The run \"%1\" has already ended (%2).").arg(name, displayName((*found)->status)),
            {}};
    }
    if (auto set = runs.setStatus(name, RunStatus::CancelRequested); !set)
        return set.error();
    return ensureAgent();
}

Result<QStringList> RunEngine::download(const QString &name, const QString &directory) const
{
    {
        const Workspace::Connection connection(
            QDir(m_workspacePath).filePath(Workspace::databaseFileName()));
        auto found = RunStore(connection.database()).find(name);
        if (!found)
            return found.error();
        if (!*found)
            return Error{tr("There is no run named \"%1\" in this workspace.").arg(name), {}};
    }
    const RunPaths paths = RunPaths::of(m_workspacePath, name);
    QStringList copied;
    for (const QString &folder :
         {paths.outputs(), paths.logs(), paths.userLogs(), paths.systemLogs()}) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QString relative = file.mid(paths.root.size() + 1);
            const QString target = QDir(directory).filePath(relative);
            if (!QDir().mkpath(QFileInfo(target).absolutePath()))
                return Error{
                    tr("Could not create the folder %1.").arg(QFileInfo(target).absolutePath()),
                    {}};
            QFile::remove(target);
            if (!QFile::copy(file, target))
                return Error{tr("Could not copy %1 to %2.").arg(file, target), {}};
            copied.append(relative);
        }
    }
    return copied;
}

Result<void> RunEngine::reviveAgentIfNeeded() const
{
    bool pending = false;
    {
        const Workspace::Connection connection(
            QDir(m_workspacePath).filePath(Workspace::databaseFileName()));
        auto live
            = RunStore(connection.database())
                  .list(RunFilter{{RunStatus::Queued, RunStatus::Preparing, RunStatus::Starting,
                                   RunStatus::Running, RunStatus::Finalizing,
                                   RunStatus::CancelRequested, RunStatus::NotResponding},
                                  {},
                                  {},
                                  {},
                                  1});
        if (!live)
            return live.error();
        pending = !live->isEmpty();
    }
    if (!pending || isAgentRunning())
        return {};
    qCInfo(lcRuns) << "runs are pending and no agent runs: starting one";
    return ensureAgent();
}

bool RunEngine::isAgentRunning() const
{
    QLocalSocket socket;
    socket.connectToServer(LocalAgent::serverName(m_workspacePath));
    return socket.waitForConnected(500);
}

QString RunEngine::agentProgram()
{
    const QString here = QCoreApplication::applicationDirPath() + u"/studio-agent"_s;
    if (QFileInfo(here).isExecutable())
        return here;
    return QStandardPaths::findExecutable(u"studio-agent"_s);
}

Result<void> RunEngine::ensureAgent() const
{
    auto wake = [this] {
        QLocalSocket socket;
        socket.connectToServer(LocalAgent::serverName(m_workspacePath));
        if (!socket.waitForConnected(500))
            return false;
        socket.write("wake\n");
        socket.waitForBytesWritten(500);
        socket.disconnectFromServer();
        return true;
    };
    if (wake())
        return {};
    // An agent that holds the lock but does not listen yet is starting: give it a moment
    // rather than starting a second one (which would only wait for the lock).
    QLockFile lock(LocalAgent::lockFilePath(m_workspacePath));
    qint64 pid = 0;
    QString host, application;
    if (lock.getLockInfo(&pid, &host, &application) && pid > 0 && ::kill(pid_t(pid), 0) == 0) {
        for (int i = 0; i < 20; ++i) {
            QThread::msleep(100);
            if (wake())
                return {};
        }
    }
    const QString program = agentProgram();
    if (program.isEmpty()) {
        return Error{tr("The local agent (studio-agent) is not installed next to this program "
                        "nor on PATH; local runs cannot start."),
                     {}};
    }
    // Detached: the agent and the runs outlive the GUI or the command that started them.
    // Its output goes to agent.log, not to ours: a detached child holding our stdout would
    // keep `$(cstudio job create …)` waiting until the agent exits.
    QProcess agent;
    agent.setProgram(program);
    agent.setArguments({u"--workspace"_s, m_workspacePath});
    agent.setStandardInputFile(QProcess::nullDevice());
    agent.setStandardOutputFile(QDir(m_workspacePath).filePath(u"agent.log"_s), QIODevice::Append);
    agent.setStandardErrorFile(QDir(m_workspacePath).filePath(u"agent.log"_s), QIODevice::Append);
    if (!agent.startDetached()) {
        return Error{tr("Could not start the local agent %1.").arg(program), {}};
    }
    return {};
}

} // namespace Studio
