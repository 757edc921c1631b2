#include "localagent.h"

#include "../providers/local/localprovider.h"
#include "../spec/computespec.h"
#include "../spec/specyaml.h"
#include "../store/computestore.h"
#include "../store/workspace.h"
#include "../util/logging.h"
#include "environment.h"
#include "mlflowserver.h"
#include "runs.h"
#include "runstore.h"
#include "snapshot.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTimer>
#include <QtConcurrent>

#include <cerrno>
#include <cstring>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace Qt::StringLiterals;

namespace Studio {

namespace Internal {

/// The MLflow endpoint's storage: the workspace database, through the agent's connection.
/// The MLflow run id is the studio's run name.
class AgentMlflowBackend final : public MlflowBackend
{
public:
    explicit AgentMlflowBackend(const QString &databasePath)
        : m_connection(databasePath)
    {}

    RunStore store() const { return RunStore(m_connection.database()); }

    Result<std::optional<RunInfo>> findRun(const QString &runId) override
    {
        auto run = store().find(runId);
        if (!run)
            return run.error();
        if (!*run)
            return std::optional<RunInfo>();
        const RunRecord &r = **run;
        RunInfo info;
        info.runId = r.name;
        info.experimentId = r.experimentName;
        info.experimentName = r.experimentName;
        info.status = r.status == RunStatus::Completed  ? u"FINISHED"_s
                      : r.status == RunStatus::Failed   ? u"FAILED"_s
                      : r.status == RunStatus::Canceled ? u"KILLED"_s
                                                        : u"RUNNING"_s;
        info.startTimeMs = (r.startedOn.isValid() ? r.startedOn : r.createdOn).toMSecsSinceEpoch();
        info.endTimeMs = r.endedOn.isValid() ? r.endedOn.toMSecsSinceEpoch() : 0;
        info.artifactUri
            = QUrl::fromLocalFile(
                  RunPaths::of(QFileInfo(m_connection.database().databaseName()).absolutePath(),
                               r.name)
                      .outputs())
                  .toString();
        return std::optional<RunInfo>(info);
    }
    Result<void> logBatch(const QString &runId, const QList<Metric> &metrics,
                          const QList<KeyValue> &params, const QList<KeyValue> &tags) override
    {
        return store().logBatch(runId, metrics, params, tags);
    }
    Result<QList<Metric>> metricHistory(const QString &runId, const QString &key) override
    {
        return store().metrics(runId, key);
    }
    Result<QList<KeyValue>> params(const QString &runId) override { return store().params(runId); }
    Result<QList<KeyValue>> tags(const QString &runId) override { return store().tags(runId); }
    Result<QList<Metric>> latestMetrics(const QString &runId) override
    {
        return store().lastMetrics(runId);
    }
    // Experiments are named by the studio; MLflow's id for one is its name.
    Result<std::optional<ExperimentInfo>> findExperiment(const QString &experimentId) override
    {
        return findExperimentByName(experimentId);
    }
    Result<std::optional<ExperimentInfo>> findExperimentByName(const QString &name) override
    {
        auto names = store().experiments();
        if (!names)
            return names.error();
        if (!names->contains(name))
            return std::optional<ExperimentInfo>();
        ExperimentInfo info;
        info.experimentId = name;
        info.name = name;
        return std::optional<ExperimentInfo>(info);
    }

private:
    Workspace::Connection m_connection;
};

} // namespace Internal

namespace {

/// Runs `job` on `pool` and `then` with its result on `context`'s thread. A watcher, not
/// QFuture::then(context, …): Qt 6.4's context continuations were seen not to run when the
/// job finished while the event loop was busy (tst_submitrundialog under load).
template<typename T, typename Job, typename Then>
void runThen(QObject *context, QThreadPool *pool, Job job, Then then)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, then] {
        watcher->deleteLater();
        then(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(pool, std::move(job)));
}

constexpr int tickMs = 200;
constexpr int killGraceSeconds = 5;
constexpr int jobSlotsPerCore = 2;

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool writeFileAtomically(const QString &path, const QByteArray &data)
{
    const QString tmp = path + u".tmp"_s;
    QFile f(tmp);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    if (f.write(data) != data.size()) {
        f.close();
        QFile::remove(tmp);
        return false;
    }
    f.close();
    return ::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(path).constData()) == 0;
}

QString signalName(int sig)
{
    const char *text = ::strsignal(sig);
    return text ? QString::fromLocal8Bit(text) : QString::number(sig);
}

/// A free TCP port on 127.0.0.1 for torch.distributed's rendezvous (MASTER_PORT).
int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 29500;
    return probe.serverPort();
}

int vCpusOfSize(const QString &size)
{
    static const QRegularExpression pattern(u"_(\\d+)C_"_s);
    const auto match = pattern.match(size);
    return match.hasMatch() ? qMax(1, match.captured(1).toInt()) : 1;
}

QJsonObject readJsonFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

/// Kills every process of the session `sid` (the shim made one per process with setsid()):
/// a script that moved children to a process group of their own still cannot leave them
/// behind.
void killSession(pid_t sid, int sig)
{
    ::kill(-sid, sig);
    QDirIterator it(u"/proc"_s, QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        it.next();
        bool ok = false;
        const pid_t pid = pid_t(it.fileName().toLongLong(&ok));
        if (!ok || pid <= 1)
            continue;
        if (::getsid(pid) == sid)
            ::kill(pid, sig);
    }
}

bool sessionAlive(pid_t sid)
{
    QDirIterator it(u"/proc"_s, QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        it.next();
        bool ok = false;
        const pid_t pid = pid_t(it.fileName().toLongLong(&ok));
        if (!ok || pid <= 1)
            continue;
        if (::getsid(pid) == sid) {
            QFile stat(u"/proc/%1/stat"_s.arg(pid));
            if (stat.open(QIODevice::ReadOnly)) {
                const QByteArray text = stat.read(512);
                const qsizetype close = text.lastIndexOf(')');
                if (close > 0 && close + 2 < text.size() && text.at(close + 2) == 'Z')
                    continue;
            }
            return true;
        }
    }
    return false;
}

QString nodeIdFor(bool lowPriority)
{
    QString hex;
    for (int i = 0; i < 4; ++i)
        hex += u"%1"_s.arg(QRandomGenerator::global()->generate() & 0xffff, 4, 16, QChar(u'0'));
    return QString(u"tvmps_"_s + hex + (lowPriority ? u"_p"_s : u"_d"_s));
}

struct ComputeInfo
{
    ComputeKind kind = ComputeKind::Local;
    bool local = false;
    bool running = true;
    int jobSlots = 0; ///< instance: jobs at once
    int minNodes = 0;
    int maxNodes = 1;
    int idleSeconds = 120;
    bool lowPriority = false;
};

ComputeInfo computeInfo(const ComputeRecord &record, const QString &workspacePath)
{
    ComputeInfo info;
    info.kind = record.kind;
    info.local = record.provider == u"local"_s;
    if (record.kind == ComputeKind::Local)
        return info;
    auto spec = SpecYaml::fromStoredJson(record.spec);
    if (record.kind == ComputeKind::Instance) {
        info.running = record.state == u"Running"_s;
        const QJsonObject manifest
            = readJsonFile(LocalProvider::areaPath(workspacePath, record.name) + u'/'
                           + LocalProvider::manifestFileName());
        info.jobSlots = manifest.value(u"job_slots"_s).toInt();
        if (info.jobSlots <= 0 && spec) {
            if (const auto *instance = spec->as<InstanceSpec>())
                info.jobSlots = vCpusOfSize(instance->size) * jobSlotsPerCore;
        }
        info.jobSlots = qMax(1, info.jobSlots);
    } else if (record.kind == ComputeKind::Cluster && spec) {
        if (const auto *cluster = spec->as<ClusterSpec>()) {
            info.minNodes = cluster->minInstances;
            info.maxNodes = qMax(1, cluster->maxInstances);
            info.idleSeconds = cluster->idleTimeBeforeScaleDown;
            info.lowPriority = cluster->tier == VmPriority::LowPriority;
        }
    }
    return info;
}

} // namespace

LocalAgent::LocalAgent(QString workspacePath, QString shimProgram, QObject *parent)
    : QObject(parent)
    , m_workspacePath(std::move(workspacePath))
    , m_shimProgram(std::move(shimProgram))
{}

LocalAgent::~LocalAgent()
{
    // Run processes live on: the next agent reattaches them.
    if (m_server)
        m_server->close();
}

QString LocalAgent::serverName(const QString &workspacePath)
{
    const QString canonical = QFileInfo(workspacePath).canonicalFilePath().isEmpty()
                                  ? QDir::cleanPath(QFileInfo(workspacePath).absoluteFilePath())
                                  : QFileInfo(workspacePath).canonicalFilePath();
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1);
    return QString(u"studio-agent-"_s + QString::fromLatin1(hash.toHex().left(16)));
}

QString LocalAgent::lockFilePath(const QString &workspacePath)
{
    return QDir(workspacePath).filePath(u"agent.lock"_s);
}

QString LocalAgent::trackingUri() const
{
    return m_mlflow ? m_mlflow->trackingUri() : QString();
}

Result<void> LocalAgent::start()
{
    m_lock = std::make_unique<QLockFile>(lockFilePath(m_workspacePath));
    m_lock->setStaleLockTime(0);
    // An agent about to exit still holds the lock for a moment: wait for it.
    if (!m_lock->tryLock(m_lockWaitMs)) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        return Error{
            tr("Another agent (pid %1) already runs this workspace's local runs.").arg(pid), {}};
    }
    auto ws = Workspace::open(m_workspacePath);
    if (!ws)
        return ws.error();
    m_workspace = std::move(ws.value());

    m_mlflowBackend = std::make_unique<Internal::AgentMlflowBackend>(m_workspace->databasePath());
    m_mlflow = new MlflowServer(m_mlflowBackend.get(), this);
    // Reattached runs keep the endpoint they were given: listen on the same port again.
    const QJsonObject previous = readJsonFile(QDir(m_workspacePath).filePath(u"agent.json"_s));
    const int previousPort = previous.value(u"mlflow_port"_s).toInt();
    if (previousPort <= 0 || !m_mlflow->listen(quint16(previousPort))) {
        if (auto listening = m_mlflow->listen(0); !listening)
            return listening.error();
    }
    writeFileAtomically(QDir(m_workspacePath).filePath(u"agent.json"_s),
                        QJsonDocument(QJsonObject{{u"pid"_s, QCoreApplication::applicationPid()},
                                                  {u"mlflow_port"_s, int(m_mlflow->port())},
                                                  {u"started_on"_s, nowText()}})
                            .toJson());

    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(serverName(m_workspacePath));
    if (!m_server->listen(serverName(m_workspacePath)))
        qCWarning(lcRuns) << "agent: cannot listen for wake-ups:" << m_server->errorString();
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, socket, [socket] { socket->readAll(); });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        }
        QTimer::singleShot(0, this, &LocalAgent::tick);
    });

    m_timer = new QTimer(this);
    m_timer->setInterval(tickMs);
    connect(m_timer, &QTimer::timeout, this, &LocalAgent::tick);
    m_timer->start();
    qCInfo(lcRuns) << "agent: started for" << m_workspacePath << "MLflow at" << trackingUri();
    QTimer::singleShot(0, this, &LocalAgent::tick);
    return {};
}

bool LocalAgent::isLocalCompute(const QString &compute) const
{
    if (compute.compare(u"local"_s, Qt::CaseInsensitive) == 0)
        return true;
    auto record = m_workspace->computes().find(compute);
    return record && *record && (*record)->provider == u"local"_s;
}

void LocalAgent::systemLog(const QString &runName, const QString &line) const
{
    const RunPaths paths = RunPaths::of(m_workspacePath, runName);
    QDir().mkpath(paths.systemLogs());
    QFile f(paths.systemLog());
    if (f.open(QIODevice::WriteOnly | QIODevice::Append))
        f.write(QString(nowText() + u"  "_s + line + u'\n').toUtf8());
}

void LocalAgent::tick()
{
    if (m_ticking)
        return;
    m_ticking = true;
    const auto guard = qScopeGuard([this] { m_ticking = false; });

    // Reap the shims this agent started (their status is in their status files).
    int status = 0;
    while (::waitpid(-1, &status, WNOHANG) > 0) {
    }

    const RunStore runs = m_mlflowBackend->store();
    auto live = runs.list(RunFilter{{RunStatus::NotStarted, RunStatus::Queued, RunStatus::Preparing,
                                     RunStatus::Starting, RunStatus::Running, RunStatus::Finalizing,
                                     RunStatus::CancelRequested, RunStatus::NotResponding},
                                    {},
                                    {},
                                    {},
                                    0});
    if (!live) {
        qCWarning(lcRuns) << "agent:" << live.error().fullText();
        return;
    }
    QList<RunRecord> queued;
    // Oldest first: the queue is first come, first served.
    for (auto it = live->crbegin(); it != live->crend(); ++it) {
        const RunRecord &run = *it;
        if (!isLocalCompute(run.compute))
            continue;
        auto active = m_active.find(run.name);
        if (active == m_active.end()) {
            if (run.status == RunStatus::Queued)
                queued.append(run);
            else if (run.status == RunStatus::CancelRequested && run.startedOn.isNull()
                     && !QFileInfo::exists(RunPaths::of(m_workspacePath, run.name).root
                                           + u"/processes"_s))
                finish(run.name, RunStatus::Canceled, tr("Canceled before it started."), {});
            else if (run.status != RunStatus::NotStarted)
                recover(run);
            continue;
        }
        active->record.status = run.status;
        if (run.status == RunStatus::CancelRequested && active->endReason.isEmpty()) {
            systemLog(run.name, tr("Cancel requested."));
            active->cancel->store(true);
            if (active->phase == ActiveRun::Phase::Running)
                beginKill(*active, u"cancel"_s, tr("Canceled by the user."));
            else
                active->endReason = u"cancel"_s;
        }
    }
    schedule(queued);
    for (auto it = m_active.begin(); it != m_active.end(); ++it)
        monitor(it.value());
    maintainNodes();

    // Idle: nothing running or waiting, and no cluster waiting to scale down.
    bool nodesAboveMin = false;
    if (auto computes = m_workspace->computes().list(ComputeKind::Cluster)) {
        for (const ComputeRecord &c : *computes) {
            if (c.provider != u"local"_s)
                continue;
            const ComputeInfo info = computeInfo(c, m_workspacePath);
            auto nodes = runs.nodes(c.name);
            if (nodes && nodes->size() > info.minNodes)
                nodesAboveMin = true;
        }
    }
    const bool busy = !m_active.isEmpty() || !queued.isEmpty() || nodesAboveMin;
    if (busy || m_idleExitSeconds <= 0) {
        m_idleSince = {};
    } else if (!m_idleSince.isValid()) {
        m_idleSince = QDateTime::currentDateTimeUtc();
    } else if (m_idleSince.secsTo(QDateTime::currentDateTimeUtc()) >= m_idleExitSeconds) {
        m_idleSince = {};
        // Stop taking wake-ups first, then look once more: a run queued before this point
        // is seen here; one queued after it starts a new agent, which waits for our lock.
        m_server->close();
        auto again
            = runs.list(RunFilter{{RunStatus::Queued, RunStatus::CancelRequested}, {}, {}, {}, 0});
        bool work = false;
        for (const RunRecord &run : again ? *again : QList<RunRecord>()) {
            if (isLocalCompute(run.compute))
                work = true;
        }
        if (work) {
            m_server->listen(serverName(m_workspacePath));
            return;
        }
        emit idle();
    }
}

void LocalAgent::schedule(const QList<RunRecord> &queued)
{
    for (const RunRecord &run : queued) {
        QStringList nodes;
        if (!canStart(run, &nodes))
            continue;
        prepare(run, nodes);
    }
}

bool LocalAgent::canStart(const RunRecord &run, QStringList *nodes)
{
    if (run.compute.compare(u"local"_s, Qt::CaseInsensitive) == 0)
        return true;
    auto record = m_workspace->computes().find(run.compute);
    if (!record || !*record) {
        finish(run.name, RunStatus::Failed,
               tr("The compute \"%1\" no longer exists.").arg(run.compute), {});
        return false;
    }
    const ComputeInfo info = computeInfo(**record, m_workspacePath);
    if (info.kind == ComputeKind::Instance) {
        if (!info.running)
            return false; // waits in the queue until the instance is started
        int used = 0;
        for (const ActiveRun &a : std::as_const(m_active)) {
            if (a.record.compute.compare(run.compute, Qt::CaseInsensitive) == 0)
                ++used;
        }
        return used < info.jobSlots;
    }
    if (info.kind != ComputeKind::Cluster) {
        finish(run.name, RunStatus::Failed,
               tr("\"%1\" cannot run scripts on this machine.").arg(run.compute), {});
        return false;
    }
    // First come, first served: a run waits while an earlier one on the cluster waits.
    for (const ActiveRun &a : std::as_const(m_active)) {
        if (a.record.compute.compare(run.compute, Qt::CaseInsensitive) == 0 && a.nodes.isEmpty())
            return false;
    }
    const int wanted = qMax(1, run.spec.distribution.instanceCount);
    if (wanted > info.maxNodes) {
        finish(run.name, RunStatus::Failed,
               tr("The run needs %1 nodes, but the cluster \"%2\" has at most %3.")
                   .arg(wanted)
                   .arg(run.compute)
                   .arg(info.maxNodes),
               {});
        return false;
    }
    const RunStore runs = m_mlflowBackend->store();
    auto existing = runs.nodes(run.compute);
    if (!existing)
        return false;
    QStringList idle;
    int preparing = 0;
    for (const NodeRecord &n : *existing) {
        if (n.state == u"idle"_s)
            idle.append(n.nodeId);
        else if (n.state == u"preparing"_s)
            ++preparing;
    }
    if (idle.size() >= wanted) {
        *nodes = idle.mid(0, wanted);
        for (const QString &id : std::as_const(*nodes)) {
            NodeRecord n;
            n.compute = run.compute;
            n.nodeId = id;
            n.state = u"running"_s;
            n.run = run.name;
            n.since = QDateTime::currentDateTimeUtc();
            n.privateIpAddress = u"127.0.0.1"_s;
            runs.upsertNode(n);
        }
        runs.setNodes(run.name, *nodes);
        return true;
    }
    // Scale up: add the nodes still missing, up to the maximum. They are ready after they
    // prepared (their folder made), on a later tick.
    const int missing = wanted - idle.size() - preparing;
    const int room = info.maxNodes - int(existing->size());
    for (int i = 0; i < qMin(missing, room); ++i) {
        NodeRecord n;
        n.compute = run.compute;
        n.nodeId = nodeIdFor(info.lowPriority);
        n.state = u"preparing"_s;
        n.since = QDateTime::currentDateTimeUtc();
        n.privateIpAddress = u"127.0.0.1"_s;
        runs.upsertNode(n);
        qCInfo(lcRuns) << "agent: cluster" << run.compute << "scales up: node" << n.nodeId;
    }
    return false;
}

void LocalAgent::maintainNodes()
{
    auto computes = m_workspace->computes().list(ComputeKind::Cluster);
    if (!computes)
        return;
    const RunStore runs = m_mlflowBackend->store();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ComputeRecord &c : *computes) {
        if (c.provider != u"local"_s || c.provisioningState != ProvisioningState::Succeeded)
            continue;
        const ComputeInfo info = computeInfo(c, m_workspacePath);
        auto nodes = runs.nodes(c.name);
        if (!nodes)
            continue;
        int count = int(nodes->size());
        // Keep the minimum.
        for (; count < info.minNodes; ++count) {
            NodeRecord n;
            n.compute = c.name;
            n.nodeId = nodeIdFor(info.lowPriority);
            n.state = u"preparing"_s;
            n.since = now;
            n.privateIpAddress = u"127.0.0.1"_s;
            runs.upsertNode(n);
        }
        for (NodeRecord n : *nodes) {
            const QString nodeFolder
                = LocalProvider::areaPath(m_workspacePath, c.name) + u"/nodes/"_s + n.nodeId;
            if (n.state == u"preparing"_s) {
                // A local node is ready once its folder exists.
                QDir().mkpath(nodeFolder);
                n.state = u"idle"_s;
                n.since = now;
                runs.upsertNode(n);
            } else if (n.state == u"leaving"_s) {
                QDir(nodeFolder).removeRecursively();
                runs.removeNode(c.name, n.nodeId);
                qCInfo(lcRuns) << "agent: cluster" << c.name << "scaled down: node" << n.nodeId;
            } else if (n.state == u"idle"_s && count > info.minNodes
                       && n.since.secsTo(now) >= info.idleSeconds) {
                n.state = u"leaving"_s;
                n.since = now;
                runs.upsertNode(n);
                --count;
            } else if (n.state == u"running"_s && !m_active.contains(n.run)) {
                // Its run ended while no agent watched, or was never started.
                auto run = runs.find(n.run);
                if (!run || !*run || isTerminal((*run)->status)) {
                    n.state = u"idle"_s;
                    n.run.clear();
                    n.since = now;
                    runs.upsertNode(n);
                }
            }
        }
    }
}

void LocalAgent::releaseNodes(const ActiveRun &run)
{
    const RunStore runs = m_mlflowBackend->store();
    for (const QString &id : run.nodes) {
        NodeRecord n;
        n.compute = run.record.compute;
        n.nodeId = id;
        n.state = u"idle"_s;
        n.since = QDateTime::currentDateTimeUtc();
        n.privateIpAddress = u"127.0.0.1"_s;
        runs.upsertNode(n);
    }
}

void LocalAgent::prepare(const RunRecord &run, const QStringList &nodes)
{
    ActiveRun active;
    active.record = run;
    active.nodes = nodes;
    const auto cancel = active.cancel;
    m_active.insert(run.name, active);
    const RunStore runs = m_mlflowBackend->store();
    runs.setStatus(run.name, RunStatus::Preparing);
    systemLog(run.name, tr("Preparing on %1.").arg(run.compute));

    const RunPaths paths = RunPaths::of(m_workspacePath, run.name);
    const QString snapshots = m_workspace->snapshotsPath();
    const QString envs = QDir(m_workspacePath).filePath(u"envs"_s);
    const QString name = run.name;
    const QString workspacePath = m_workspacePath;
    const RunSpec spec = run.spec;
    const QString snapshotId = run.snapshotId;
    struct Prepared
    {
        Result<PreparedEnvironment> environment = Error{{}, {}};
        QString error;
    };
    auto log = [workspacePath, name](const QString &line) {
        const RunPaths p = RunPaths::of(workspacePath, name);
        QFile f(p.systemLog());
        if (f.open(QIODevice::WriteOnly | QIODevice::Append))
            f.write(QString(nowText() + u"  "_s + line + u'\n').toUtf8());
    };
    runThen<Prepared>(
        this, m_workspace->threadPool(),
        [=]() -> Prepared {
            Prepared result;
            // The run's own copy of its snapshot: its working folder.
            const SnapshotStore store(snapshots);
            QDir(paths.work()).removeRecursively();
            if (!snapshotId.isEmpty()) {
                auto manifest = store.manifest(snapshotId);
                if (!manifest) {
                    result.error = manifest.error().message;
                    return result;
                }
                log(tr("Copying the snapshot (%1 files) into %2.")
                        .arg(manifest->files.size())
                        .arg(paths.work()));
                if (auto copied = store.materialize(*manifest, paths.work()); !copied) {
                    result.error = copied.error().message;
                    return result;
                }
            }
            QDir work(paths.work());
            work.mkpath(u"outputs"_s);
            work.mkpath(u"logs"_s);
            for (const QString &output : spec.outputs)
                work.mkpath(u"outputs/"_s + output);
            if (cancel->load())
                return result;
            const EnvironmentManager manager(envs);
            result.environment
                = manager.prepare(spec.environment, log, [cancel] { return cancel->load(); });
            if (result.environment)
                log(tr("Environment: %1").arg(result.environment->description));
            return result;
        },
        [this, name](const Prepared &prepared) {
            auto it = m_active.find(name);
            if (it == m_active.end())
                return;
            if (it->cancel->load() || it->endReason == u"cancel"_s) {
                releaseNodes(*it);
                m_active.erase(it);
                finish(name, RunStatus::Canceled, tr("Canceled by the user."), {});
                return;
            }
            if (!prepared.error.isEmpty()) {
                releaseNodes(*it);
                m_active.erase(it);
                finish(name, RunStatus::Failed,
                       tr("Preparing the run failed: %1").arg(prepared.error), {});
                return;
            }
            if (!prepared.environment) {
                releaseNodes(*it);
                m_active.erase(it);
                finish(name, RunStatus::Failed,
                       tr("Environment error: %1").arg(prepared.environment.error().message), {});
                return;
            }
            launch(name, prepared.environment->python, prepared.environment->pathPrepend,
                   prepared.environment->commandPrefix);
        });
}

void LocalAgent::launch(const QString &name, const QString &python, const QStringList &pathPrepend,
                        const QStringList &commandPrefix)
{
    ActiveRun &run = m_active[name];
    const RunStore runs = m_mlflowBackend->store();
    runs.setStatus(name, RunStatus::Starting);
    const RunPaths paths = RunPaths::of(m_workspacePath, name);
    QDir().mkpath(paths.userLogs());
    QDir().mkpath(paths.root + u"/processes"_s);

    const RunSpec &spec = run.record.spec;
    const int nodes = qMax(1, spec.distribution.instanceCount);
    const int perNode = qMax(1, spec.distribution.processCountPerInstance);
    const int world = nodes * perNode;
    const bool distributed = world > 1;
    const int masterPort = distributed ? freePort() : 0;
    bool lowPriority = spec.lowPriority;
    if (auto record = m_workspace->computes().find(run.record.compute); record && *record)
        lowPriority = lowPriority || computeInfo(**record, m_workspacePath).lowPriority;

    QProcessEnvironment base = QProcessEnvironment::systemEnvironment();
    for (const QString &internal : {u"STUDIO_AGENT_IDLE_SECONDS"_s})
        base.remove(internal);
    QString path = base.value(u"PATH"_s, u"/usr/local/bin:/usr/bin:/bin"_s);
    if (!pathPrepend.isEmpty())
        path = pathPrepend.join(u':') + u':' + path;
    base.insert(u"PATH"_s, path);
    base.insert(u"PYTHONUNBUFFERED"_s, u"1"_s);
    if (!python.isEmpty())
        base.insert(u"STUDIO_PYTHON"_s, python);
    base.insert(u"MLFLOW_TRACKING_URI"_s, trackingUri());
    base.insert(u"MLFLOW_RUN_ID"_s, name);
    base.insert(u"MLFLOW_EXPERIMENT_NAME"_s, run.record.experimentName);
    base.insert(u"AZUREML_RUN_ID"_s, name);
    base.insert(u"AZUREML_EXPERIMENT_NAME"_s, run.record.experimentName);
    base.insert(u"AZUREML_COMPUTE_NAME"_s, run.record.compute);
    for (auto it = spec.inputs.cbegin(); it != spec.inputs.cend(); ++it)
        base.insert(u"AZURE_ML_INPUT_"_s + it.key(), it->value);
    for (const QString &output : spec.outputs)
        base.insert(u"AZURE_ML_OUTPUT_"_s + output, paths.work() + u"/outputs/"_s + output);
    for (auto it = spec.environmentVariables.cbegin(); it != spec.environmentVariables.cend(); ++it)
        base.insert(it.key(), it.value());
    if (!commandPrefix.isEmpty()) // a container: forward the run's own variables into it
        base.insert(u"STUDIO_CONTAINER_ENV"_s, spec.environmentVariables.keys().join(u' '));

    QList<Process> processes;
    QString error;
    for (int node = 0; node < nodes && error.isEmpty(); ++node) {
        for (int local = 0; local < perNode; ++local) {
            const int rank = node * perNode + local;
            QProcessEnvironment env = base;
            if (distributed) {
                env.insert(u"RANK"_s, QString::number(rank));
                env.insert(u"LOCAL_RANK"_s, QString::number(local));
                env.insert(u"WORLD_SIZE"_s, QString::number(world));
                env.insert(u"LOCAL_WORLD_SIZE"_s, QString::number(perNode));
                env.insert(u"NODE_RANK"_s, QString::number(node));
                env.insert(u"GROUP_RANK"_s, QString::number(node));
                env.insert(u"MASTER_ADDR"_s, u"127.0.0.1"_s);
                env.insert(u"MASTER_PORT"_s, QString::number(masterPort));
                if (spec.distribution.type == u"mpi"_s) {
                    env.insert(u"OMPI_COMM_WORLD_RANK"_s, QString::number(rank));
                    env.insert(u"OMPI_COMM_WORLD_SIZE"_s, QString::number(world));
                    env.insert(u"OMPI_COMM_WORLD_LOCAL_RANK"_s, QString::number(local));
                    env.insert(u"OMPI_COMM_WORLD_LOCAL_SIZE"_s, QString::number(perNode));
                }
                if (run.nodes.size() > node)
                    env.insert(u"AZUREML_NODE_ID"_s, run.nodes.at(node));
            }
            const QString log
                = distributed ? paths.userLogs()
                                    + u"/std_log_process_%1.txt"_s.arg(rank, 2, 10, QChar(u'0'))
                              : paths.userLogs() + u"/std_log.txt"_s;
            Process p;
            p.rank = rank;
            p.statusFile = paths.root + u"/processes/%1.exit"_s.arg(rank);
            QFile::remove(p.statusFile);

            QStringList argv{m_shimProgram, u"--exec"_s,
                             u"--status"_s, p.statusFile,
                             u"--log"_s,    log,
                             u"--cwd"_s,    paths.work(),
                             u"--nice"_s,   lowPriority ? u"10"_s : u"0"_s,
                             u"--"_s};
            argv += commandPrefix;
            argv += {u"/bin/sh"_s, u"-c"_s, spec.command};
            QList<QByteArray> argBytes, envBytes;
            for (const QString &a : argv)
                argBytes.append(a.toLocal8Bit());
            for (const QString &e : env.toStringList())
                envBytes.append(e.toLocal8Bit());
            std::vector<char *> cargv, cenv;
            for (QByteArray &a : argBytes)
                cargv.push_back(a.data());
            cargv.push_back(nullptr);
            for (QByteArray &e : envBytes)
                cenv.push_back(e.data());
            cenv.push_back(nullptr);
            pid_t pid = 0;
            const int rc
                = ::posix_spawn(&pid, cargv[0], nullptr, nullptr, cargv.data(), cenv.data());
            if (rc != 0) {
                error = tr("Could not start the process (%1): %2")
                            .arg(m_shimProgram, QString::fromLocal8Bit(::strerror(rc)));
                break;
            }
            p.pid = pid;
            p.identity = ComputeStore::processIdentity(pid);
            writeFileAtomically(paths.root + u"/processes/%1.json"_s.arg(rank),
                                QJsonDocument(QJsonObject{{u"rank"_s, rank},
                                                          {u"pid"_s, qint64(pid)},
                                                          {u"identity"_s, p.identity},
                                                          {u"status_file"_s, p.statusFile}})
                                    .toJson());
            processes.append(p);
        }
    }
    run.processes = processes;
    run.phase = ActiveRun::Phase::Running;
    run.startedAt = QDateTime::currentDateTimeUtc();
    if (!error.isEmpty()) {
        beginKill(run, u"failed"_s, error);
        return;
    }
    systemLog(name, tr("Started %1 process(es): %2").arg(processes.size()).arg(spec.command));
    runs.setStatus(name, RunStatus::Running);
    if (run.cancel->load() || run.endReason == u"cancel"_s) {
        run.endReason.clear();
        beginKill(run, u"cancel"_s, tr("Canceled by the user."));
    }
}

void LocalAgent::recover(const RunRecord &record)
{
    // A run this agent does not know: a previous agent started it and ended (crashed or
    // killed). Reattach to its processes, or finalise it with their real exit status.
    ActiveRun run;
    run.record = record;
    run.nodes = record.nodes;
    run.startedAt = record.startedOn.isValid() ? record.startedOn : QDateTime::currentDateTimeUtc();
    const RunPaths paths = RunPaths::of(m_workspacePath, record.name);
    const QDir processes(paths.root + u"/processes"_s);
    for (const QFileInfo &file : processes.entryInfoList({u"*.json"_s}, QDir::Files)) {
        const QJsonObject o = readJsonFile(file.filePath());
        Process p;
        p.rank = o.value(u"rank"_s).toInt();
        p.pid = o.value(u"pid"_s).toInteger();
        p.identity = o.value(u"identity"_s).toString();
        p.statusFile = o.value(u"status_file"_s).toString();
        run.processes.append(p);
    }
    if (run.processes.isEmpty()) {
        // It had not started its processes: prepare it again from the queue.
        systemLog(record.name, tr("The agent preparing this run ended; queued again."));
        m_mlflowBackend->store().setStatus(record.name, RunStatus::Queued);
        return;
    }
    systemLog(record.name,
              tr("Reattached by a new agent (pid %1).").arg(QCoreApplication::applicationPid()));
    run.phase = ActiveRun::Phase::Running;
    if (record.status == RunStatus::CancelRequested) {
        m_active.insert(record.name, run);
        beginKill(m_active[record.name], u"cancel"_s, tr("Canceled by the user."));
        return;
    }
    m_active.insert(record.name, run);
}

void LocalAgent::beginKill(ActiveRun &run, const QString &reason, const QString &error)
{
    if (run.endReason.isEmpty() || run.endReason == u"cancel"_s) {
        run.endReason = reason;
        run.endError = error;
    }
    run.phase = ActiveRun::Phase::Killing;
    run.killDeadline = QDateTime::currentDateTimeUtc().addSecs(killGraceSeconds);
    systemLog(run.record.name, tr("Stopping the run's processes: %1").arg(error));
    for (const Process &p : std::as_const(run.processes)) {
        if (!p.exited)
            killSession(pid_t(p.pid), SIGTERM);
    }
}

void LocalAgent::monitor(ActiveRun &run)
{
    if (run.phase == ActiveRun::Phase::Preparing || run.phase == ActiveRun::Phase::Finalizing)
        return;
    bool allExited = true;
    for (Process &p : run.processes) {
        if (p.exited)
            continue;
        const QJsonObject status = readJsonFile(p.statusFile);
        if (!status.isEmpty()) {
            p.exited = true;
            if (status.contains(u"exit_code"_s))
                p.exitCode = status.value(u"exit_code"_s).toInt();
            if (status.contains(u"signal"_s))
                p.signal = status.value(u"signal"_s).toInt();
            continue;
        }
        if (!ComputeStore::isProcessRunning(p.pid, p.identity)) {
            // Gone without a status: its shim was killed (by a cancel's SIGKILL, or by
            // someone). Its own process may still run in its session.
            if (!sessionAlive(pid_t(p.pid))) {
                p.exited = true;
                continue;
            }
        }
        allExited = false;
    }
    const QString name = run.record.name;
    if (run.phase == ActiveRun::Phase::Running) {
        // A failed process ends the whole run (as torchrun does).
        for (const Process &p : std::as_const(run.processes)) {
            if (!p.exited)
                continue;
            QString why;
            if (p.signal)
                why = tr("The script was killed by signal %1 (%2).")
                          .arg(*p.signal)
                          .arg(signalName(*p.signal));
            else if (p.exitCode && *p.exitCode != 0)
                why = tr("The script exited with code %1.").arg(*p.exitCode);
            else if (!p.exitCode)
                why = tr("The script's process ended, but its exit status was lost.");
            if (!why.isEmpty()) {
                if (run.processes.size() > 1)
                    why = tr("Process rank %1: %2").arg(p.rank).arg(why);
                run.endExitCode = p.exitCode ? *p.exitCode : (p.signal ? 128 + *p.signal : -1);
                if (allExited) {
                    run.endReason = u"failed"_s;
                    run.endError = why;
                } else {
                    beginKill(run, u"failed"_s, why);
                }
                break;
            }
        }
        const auto limit = run.record.spec.maxRunDurationSeconds;
        if (run.phase == ActiveRun::Phase::Running && !allExited && limit && *limit > 0
            && run.startedAt.secsTo(QDateTime::currentDateTimeUtc()) >= *limit) {
            beginKill(run, u"timeout"_s,
                      tr("The run exceeded its maximum duration of %1 seconds "
                         "(max_run_duration_seconds) and was stopped.")
                          .arg(*limit));
        }
    }
    if (run.phase == ActiveRun::Phase::Killing && !allExited
        && QDateTime::currentDateTimeUtc() >= run.killDeadline) {
        for (const Process &p : std::as_const(run.processes)) {
            if (!p.exited)
                killSession(pid_t(p.pid), SIGKILL);
        }
    }
    if (!allExited)
        return;
    if (run.phase == ActiveRun::Phase::Killing) {
        // Nothing of the run may outlive it: one more sweep of its sessions.
        for (const Process &p : std::as_const(run.processes))
            killSession(pid_t(p.pid), SIGKILL);
    }
    if (run.endReason.isEmpty()) {
        for (const Process &p : std::as_const(run.processes)) {
            if (p.rank == 0 && p.exitCode)
                run.endExitCode = *p.exitCode;
        }
    }
    finalize(name);
}

void LocalAgent::finalize(const QString &name)
{
    ActiveRun &run = m_active[name];
    run.phase = ActiveRun::Phase::Finalizing;
    m_mlflowBackend->store().setStatus(name, RunStatus::Finalizing);
    const RunPaths paths = RunPaths::of(m_workspacePath, name);
    systemLog(name, tr("Collecting outputs/ and logs/."));
    runThen<QString>(
        this, m_workspace->threadPool(),
        [paths]() -> QString {
            // outputs/ and logs/ of the working folder become the run's own.
            for (const auto &[from, to] :
                 {std::pair<QString, QString>{paths.work() + u"/outputs"_s, paths.outputs()},
                  std::pair<QString, QString>{paths.work() + u"/logs"_s, paths.logs()}}) {
                QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
                while (it.hasNext()) {
                    const QString file = it.next();
                    const QString target = to + file.mid(from.size());
                    QDir().mkpath(QFileInfo(target).absolutePath());
                    QFile::remove(target);
                    if (!QFile::copy(file, target))
                        return RunEngine::tr("Could not collect %1.").arg(file);
                }
            }
            return {};
        },
        [this, name](const QString &collectError) {
            auto it = m_active.find(name);
            if (it == m_active.end())
                return;
            const ActiveRun ended = *it;
            m_active.erase(it);
            releaseNodes(ended);
            if (!collectError.isEmpty())
                systemLog(name, collectError);
            if (ended.endReason == u"cancel"_s)
                finish(name, RunStatus::Canceled, ended.endError, ended.endExitCode);
            else if (!ended.endReason.isEmpty())
                finish(name, RunStatus::Failed, ended.endError, ended.endExitCode);
            else
                finish(name, RunStatus::Completed, QString(), ended.endExitCode.value_or(0));
        });
}

void LocalAgent::finish(const QString &name, RunStatus status, const QString &error,
                        std::optional<int> exitCode)
{
    systemLog(name, QString(displayName(status) + (error.isEmpty() ? QString() : u": "_s + error)));
    m_mlflowBackend->store().setStatus(name, status, error, exitCode);
}

} // namespace Studio
