// The run engine end to end: RunEngine submits, the real studio-agent runs real Python
// processes, and the test reads what they left in the workspace (database, run folders).

#include "../support/agents.h"
#include "../support/testsupport.h"
#include "core/ops/computeoperations.h"
#include "core/providers/provider.h"
#include "core/runs/localagent.h"
#include "core/runs/runs.h"
#include "core/runs/runstore.h"
#include "core/spec/computespec.h"
#include "core/store/computestore.h"
#include "core/store/workspace.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Studio;

namespace Studio {
inline char *toString(RunStatus status)
{
    return qstrdup(qPrintable(toKey(status)));
}
} // namespace Studio

namespace {

constexpr int timeout = 90000; // generous: never a timing check

QString python()
{
    return u"/usr/bin/python3"_s;
}

bool hasModule(const QString &module)
{
    QProcess p;
    p.start(python(), {u"-c"_s, u"import "_s + module});
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

void writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A script that logs as mlflow.log_param / log_metric / log_batch / set_tag do: the same
// REST calls, through urllib (mlflow itself is not packaged for Debian).
const QByteArray trainScript = R"PY(
import json, os, sys, time, urllib.request
uri = os.environ["MLFLOW_TRACKING_URI"]
run = os.environ["MLFLOW_RUN_ID"]
def call(path, body=None):
    req = urllib.request.Request(uri + "/api/2.0/mlflow/" + path,
                                 data=None if body is None else json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json"},
                                 method="GET" if body is None else "POST")
    with urllib.request.urlopen(req) as r:
        return json.load(r)
call("runs/get?run_id=" + run)
alpha = sys.argv[1] if len(sys.argv) > 1 else "0.5"
call("runs/log-parameter", {"run_id": run, "run_uuid": run, "key": "alpha", "value": alpha})
for step in range(3):
    call("runs/log-metric", {"run_id": run, "run_uuid": run, "key": "loss",
                             "value": 1.0 / (step + 1), "timestamp": int(time.time() * 1000),
                             "step": step})
call("runs/log-batch", {"run_id": run,
                        "metrics": [{"key": "accuracy", "value": 0.9,
                                     "timestamp": int(time.time() * 1000), "step": 0}],
                        "params": [{"key": "optimizer", "value": "sgd"}],
                        "tags": [{"key": "team", "value": "vision"}]})
call("runs/set-tag", {"run_id": run, "key": "stage", "value": "dev"})
os.makedirs("outputs", exist_ok=True)
with open("outputs/model.txt", "w") as f:
    f.write("weights " + alpha)
os.makedirs("logs", exist_ok=True)
with open("logs/extra.log", "w") as f:
    f.write("extra log\n")
print("training done with alpha", alpha)
print("to stderr", file=sys.stderr)
)PY";

// Blocks until the file named by its first argument exists; writes its pid first.
const QByteArray waitScript = R"PY(
import os, sys, time
name = sys.argv[1]
with open(os.path.join(os.environ["STUDIO_TEST_DIR"], name + ".pid"), "w") as f:
    f.write(str(os.getpid()))
print("waiting for", name, flush=True)
release = os.path.join(os.environ["STUDIO_TEST_DIR"], name + ".release")
while not os.path.exists(release):
    time.sleep(0.05)
code = int(open(release).read() or "0")
print("released", name, code, flush=True)
sys.exit(code)
)PY";

// Starts a grandchild in a process group of its own, then sleeps: a cancel must end both.
const QByteArray spawnScript = R"PY(
import os, subprocess, sys, time
child = subprocess.Popen(["sleep", "600"], start_new_session=False,
                         preexec_fn=os.setpgrp)
with open(os.path.join(os.environ["STUDIO_TEST_DIR"], "spawn.pids"), "w") as f:
    f.write("%d %d" % (os.getpid(), child.pid))
print("spawned", child.pid, flush=True)
time.sleep(600)
)PY";

const QByteArray distributedScript = R"PY(
import os, torch, torch.distributed as dist
dist.init_process_group("gloo")
rank = dist.get_rank()
t = torch.tensor([float(rank + 1)])
dist.all_reduce(t)
os.makedirs("outputs", exist_ok=True)
with open("outputs/rank%d.txt" % rank, "w") as f:
    f.write("%s %s %s %s %s\n" % (rank, os.environ["LOCAL_RANK"], os.environ["NODE_RANK"],
                                  os.environ["WORLD_SIZE"], t.item()))
print("rank", rank, "sum", t.item(), flush=True)
dist.destroy_process_group()
)PY";

bool pidAlive(qint64 pid)
{
    if (::kill(pid_t(pid), 0) != 0)
        return false;
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return !(close > 0 && text.size() > close + 2 && text.at(close + 2) == 'Z');
}

} // namespace

class tst_RunEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_ws;
    QString m_src;
    std::unique_ptr<Workspace> m_workspace;
    int m_case = 0;

    RunEngine engine() const { return RunEngine(m_ws); }

    RunSpec spec(const QString &command, const QString &compute = u"local"_s) const
    {
        RunSpec s;
        s.sourceDirectory = m_src;
        s.command = command;
        s.compute = compute;
        s.environment.interpreter = python();
        s.environmentVariables.insert(u"STUDIO_TEST_DIR"_s, m_tmp.path());
        s.experimentName = u"engine-tests"_s;
        return s;
    }

    std::optional<RunRecord> find(const QString &name) const
    {
        const Workspace::Connection c(m_workspace->databasePath());
        auto found = RunStore(c.database()).find(name);
        return found ? *found : std::nullopt;
    }

    RunStatus statusOf(const QString &name) const
    {
        const auto r = find(name);
        return r ? r->status : RunStatus::NotResponding;
    }

    bool waitForStatus(const QString &name, const QList<RunStatus> &statuses) const
    {
        QDeadlineTimer deadline(timeout);
        while (!deadline.hasExpired()) {
            if (statuses.contains(statusOf(name)))
                return true;
            QTest::qWait(50);
        }
        return false;
    }

    bool waitForFile(const QString &path) const
    {
        QDeadlineTimer deadline(timeout);
        while (!deadline.hasExpired()) {
            if (QFileInfo::exists(path))
                return true;
            QTest::qWait(50);
        }
        return false;
    }

    void release(const QString &name, int code = 0) const
    {
        writeFile(m_tmp.filePath(name + u".release"_s), QByteArray::number(code));
    }

    qint64 agentPid() const
    {
        const QJsonObject o = QJsonDocument::fromJson(readFile(m_ws + u"/agent.json"_s)).object();
        return o.value(u"pid"_s).toInteger();
    }

    int blobCount() const
    {
        int n = 0;
        QDirIterator it(m_ws + u"/snapshots"_s, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            if (f.contains(u"/blobs/"_s))
                ++n;
        }
        return n;
    }

    bool createCompute(const ComputeSpec &spec)
    {
        ComputeOperations operations(m_workspace.get());
        ComputeOperation *op = operations.create(spec);
        if (!op->isFinished()) {
            QSignalSpy finished(op, &ComputeOperation::finished);
            if (!finished.wait(timeout))
                return false;
        }
        if (!op->result())
            qWarning() << op->result().error().fullText();
        return bool(op->result());
    }

    static QString smallestSize()
    {
        return ProviderRegistry::instance()
            .find(u"local"_s)
            ->sizes(SpecType::ComputeInstance)
            .first()
            .name;
    }

    QList<NodeRecord> nodes(const QString &compute) const
    {
        const Workspace::Connection c(m_workspace->databasePath());
        return RunStore(c.database()).nodes(compute).value();
    }

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        if (!QFileInfo(python()).isExecutable())
            QSKIP("Debian's /usr/bin/python3 is missing (packaging/install-deps.sh installs it)");
        QVERIFY(QFileInfo(RunEngine::agentProgram()).isExecutable());
    }

    void init()
    {
        QVERIFY(m_tmp.isValid());
        ++m_case;
        m_ws = m_tmp.filePath(u"ws%1"_s.arg(m_case));
        m_src = m_tmp.filePath(u"src%1"_s.arg(m_case));
        QVERIFY(QDir().mkpath(m_src));
        writeFile(m_src + u"/train.py"_s, trainScript);
        writeFile(m_src + u"/wait.py"_s, waitScript);
        writeFile(m_src + u"/spawn.py"_s, spawnScript);
        writeFile(m_src + u"/dist.py"_s, distributedScript);
        auto ws = Workspace::open(m_ws);
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().fullText()));
        m_workspace = std::move(ws.value());
    }

    void cleanup()
    {
        Test::stopAgents(m_ws);
        Test::killRunProcesses(m_ws);
        m_workspace.reset();
    }

    void runLogsMetricsAndKeepsOutputs()
    {
        auto run = engine().submit(spec(u"python train.py 0.25"_s));
        QVERIFY2(run, qPrintable(run ? QString() : run.error().fullText()));
        QCOMPARE(run->status, RunStatus::Queued);
        QVERIFY(waitForStatus(run->name, {RunStatus::Completed, RunStatus::Failed}));
        const auto done = find(run->name);
        QVERIFY2(
            done->status == RunStatus::Completed,
            qPrintable(done->error + u"\n"_s
                       + QString::fromUtf8(readFile(RunPaths::of(m_ws, run->name).root
                                                    + u"/user_logs/std_log.txt"_s))
                       + QString::fromUtf8(readFile(RunPaths::of(m_ws, run->name).systemLog()))));
        QCOMPARE(done->exitCode, 0);
        QVERIFY(done->startedOn.isValid());
        QVERIFY(done->endedOn >= done->startedOn);

        // Every transition, in order, each with its time.
        const Workspace::Connection c(m_workspace->databasePath());
        const RunStore store(c.database());
        QList<RunStatus> seen;
        const QList<RunStatusEvent> events = store.statusEvents(run->name).value();
        for (const RunStatusEvent &e : events) {
            seen.append(e.status);
            QVERIFY(e.at.isValid());
        }
        QCOMPARE(seen,
                 (QList<RunStatus>{RunStatus::NotStarted, RunStatus::Queued, RunStatus::Preparing,
                                   RunStatus::Starting, RunStatus::Running, RunStatus::Finalizing,
                                   RunStatus::Completed}));

        // Metrics and params through the MLflow endpoint, into the database.
        const QList<Metric> loss = store.metrics(run->name, u"loss"_s).value();
        QCOMPARE(loss.size(), 3);
        for (int step = 0; step < 3; ++step) {
            QCOMPARE(loss.at(step).step, step);
            QCOMPARE(loss.at(step).value, 1.0 / (step + 1));
            QVERIFY(loss.at(step).timestampMs > 0);
        }
        QCOMPARE(store.metrics(run->name, u"accuracy"_s).value().size(), 1);
        const QList<KeyValue> params = store.params(run->name).value();
        QVERIFY(params.contains(KeyValue{u"alpha"_s, u"0.25"_s}));
        QVERIFY(params.contains(KeyValue{u"optimizer"_s, u"sgd"_s}));
        const QList<KeyValue> tags = store.tags(run->name).value();
        QVERIFY(tags.contains(KeyValue{u"stage"_s, u"dev"_s}));
        QVERIFY(tags.contains(KeyValue{u"team"_s, u"vision"_s}));

        // outputs/ and logs/ collected; stdout and stderr kept as the run's log.
        const RunPaths paths = RunPaths::of(m_ws, run->name);
        QCOMPARE(readFile(paths.outputs() + u"/model.txt"_s), QByteArray("weights 0.25"));
        QCOMPARE(readFile(paths.logs() + u"/extra.log"_s), QByteArray("extra log\n"));
        const QByteArray log = readFile(paths.userLogs() + u"/std_log.txt"_s);
        QVERIFY2(log.contains("training done with alpha 0.25"), log.constData());
        QVERIFY(log.contains("to stderr"));

        // Download copies them out.
        const QString into = m_tmp.filePath(u"download%1"_s.arg(m_case));
        auto copied = engine().download(run->name, into);
        QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().fullText()));
        QVERIFY(copied->contains(u"outputs/model.txt"_s));
        QCOMPARE(readFile(into + u"/outputs/model.txt"_s), QByteArray("weights 0.25"));
        QVERIFY(readFile(into + u"/user_logs/std_log.txt"_s).contains("training done"));
    }

    void failingScriptSaysWhy()
    {
        writeFile(m_src + u"/fail.py"_s, "import sys\nprint('about to fail')\nsys.exit(3)\n");
        auto run = engine().submit(spec(u"python fail.py"_s));
        QVERIFY(run);
        QVERIFY(waitForStatus(run->name, {RunStatus::Completed, RunStatus::Failed}));
        const auto done = find(run->name);
        QCOMPARE(done->status, RunStatus::Failed);
        QCOMPARE(done->exitCode, 3);
        QVERIFY2(done->error.contains(u"code 3"_s), qPrintable(done->error));

        writeFile(m_src + u"/crash.py"_s,
                  "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)\n");
        auto crashed = engine().submit(spec(u"python crash.py"_s));
        QVERIFY(crashed);
        QVERIFY(waitForStatus(crashed->name, {RunStatus::Completed, RunStatus::Failed}));
        const auto crashedRun = find(crashed->name);
        QCOMPARE(crashedRun->status, RunStatus::Failed);
        // sh -c runs python as its last command: the signal reaches the shim as the exit
        // status 128+9 or as the signal itself.
        QVERIFY2(crashedRun->error.contains(u"signal 9"_s) || crashedRun->error.contains(u"137"_s),
                 qPrintable(crashedRun->error));
    }

    void environmentErrorFailsBeforeStarting()
    {
        RunSpec s = spec(u"python train.py"_s);
        s.environment.kind = EnvironmentSpec::Kind::UserManaged;
        s.environment.interpreter = m_tmp.filePath(u"no-such-python"_s);
        auto run = engine().submit(s);
        QVERIFY(run);
        QVERIFY(waitForStatus(run->name, {RunStatus::Completed, RunStatus::Failed}));
        const auto done = find(run->name);
        QCOMPARE(done->status, RunStatus::Failed);
        QVERIFY2(done->error.startsWith(u"Environment error"_s), qPrintable(done->error));
        QVERIFY(!done->startedOn.isValid()); // it never ran
        QVERIFY(!QFileInfo::exists(RunPaths::of(m_ws, run->name).userLogs()));
    }

    void cancelEndsEveryProcess()
    {
        auto run = engine().submit(spec(u"python spawn.py"_s));
        QVERIFY(run);
        const QString pidsFile = m_tmp.filePath(u"spawn.pids"_s);
        QFile::remove(pidsFile);
        QVERIFY(waitForFile(pidsFile));
        QTest::qWait(100);
        const QList<QByteArray> pids = readFile(pidsFile).split(' ');
        QCOMPARE(pids.size(), 2);
        const qint64 script = pids.at(0).toLongLong();
        const qint64 grandchild = pids.at(1).toLongLong();
        QVERIFY(pidAlive(script));
        QVERIFY(pidAlive(grandchild));
        QCOMPARE(statusOf(run->name), RunStatus::Running);

        QVERIFY(engine().cancel(run->name));
        QCOMPARE(statusOf(run->name), RunStatus::CancelRequested);
        QVERIFY(waitForStatus(run->name, {RunStatus::Canceled}));
        QVERIFY(!pidAlive(script));
        QVERIFY(!pidAlive(grandchild));       // in a process group of its own, still gone
        QVERIFY(!engine().cancel(run->name)); // an ended run cannot be canceled
    }

    void cancelWhileQueued()
    {
        // A run waiting for a free slot is canceled without ever starting.
        ComputeSpec instance = ComputeSpec::defaults(SpecType::ComputeInstance);
        instance.name = u"queue-box"_s;
        instance.as<InstanceSpec>()->size = smallestSize();
        QVERIFY(createCompute(instance));
        auto a = engine().submit(spec(u"python wait.py qa"_s, u"queue-box"_s));
        auto b = engine().submit(spec(u"python wait.py qb"_s, u"queue-box"_s));
        auto c = engine().submit(spec(u"python wait.py qc"_s, u"queue-box"_s));
        QVERIFY(a && b && c);
        QVERIFY(waitForStatus(a->name, {RunStatus::Running}));
        QVERIFY(waitForStatus(b->name, {RunStatus::Running}));
        QCOMPARE(statusOf(c->name), RunStatus::Queued);
        QVERIFY(engine().cancel(c->name));
        QVERIFY(waitForStatus(c->name, {RunStatus::Canceled}));
        QVERIFY(!find(c->name)->startedOn.isValid());
        release(u"qa"_s);
        release(u"qb"_s);
        QVERIFY(waitForStatus(a->name, {RunStatus::Completed}));
        QVERIFY(waitForStatus(b->name, {RunStatus::Completed}));
    }

    void cancelRequestStandsUntilTheRunEnds()
    {
        // The agent may write its progress after a cancel was asked for; that must not
        // undo the request (the run would run on).
        const Workspace::Connection c(m_workspace->databasePath());
        const RunStore store(c.database());
        RunRecord record;
        record.spec = spec(u"python wait.py x"_s);
        const QString name = store.insert(record).value().name;
        QVERIFY(store.setStatus(name, RunStatus::Preparing).value());
        QVERIFY(store.setStatus(name, RunStatus::CancelRequested).value());
        QVERIFY(!store.setStatus(name, RunStatus::Running).value());
        QCOMPARE(store.find(name).value()->status, RunStatus::CancelRequested);
        QVERIFY(store.setStatus(name, RunStatus::Canceled).value());
        QVERIFY(!store.setStatus(name, RunStatus::Running).value());
        QCOMPARE(store.find(name).value()->status, RunStatus::Canceled);
    }

    void timeoutStopsTheRun()
    {
        RunSpec s = spec(u"python wait.py never"_s);
        s.maxRunDurationSeconds = 1;
        auto run = engine().submit(s);
        QVERIFY(run);
        QVERIFY(waitForFile(m_tmp.filePath(u"never.pid"_s)));
        const qint64 pid = readFile(m_tmp.filePath(u"never.pid"_s)).toLongLong();
        QVERIFY(waitForStatus(run->name,
                              {RunStatus::Failed, RunStatus::Completed, RunStatus::Canceled}));
        const auto done = find(run->name);
        QCOMPARE(done->status, RunStatus::Failed);
        QVERIFY2(done->error.contains(u"max_run_duration_seconds"_s), qPrintable(done->error));
        QVERIFY(!pidAlive(pid));
    }

    void snapshotIsTheRunsOwnCopyAndUnchangedResubmitStoresNothing()
    {
        writeFile(m_src + u"/.amlignore"_s, "data/\n*.tmp\n");
        writeFile(m_src + u"/data/big.bin"_s, QByteArray(4096, 'x'));
        writeFile(m_src + u"/scratch.tmp"_s, "temporary");
        writeFile(m_src + u"/.gitignore"_s, "train.py\n"); // .amlignore wins over it
        writeFile(
            m_src + u"/list.py"_s,
            "import os, sys\n"
            "name = sys.argv[1]\n"
            "open(os.path.join(os.environ['STUDIO_TEST_DIR'], name + '.pid'), 'w').write('1')\n"
            "while not os.path.exists(os.path.join(os.environ['STUDIO_TEST_DIR'], name + "
            "'.release')):\n"
            "    pass\n"
            "os.makedirs('outputs', exist_ok=True)\n"
            "files = sorted(os.path.join(d, f)[2:] for d, _, fs in os.walk('.') for f in fs)\n"
            "open('outputs/files.txt', 'w').write('\\n'.join(files))\n"
            "open('outputs/train_head.txt', 'w').write(open('train.py').read()[:40])\n");
        auto first = engine().submit(spec(u"python list.py snap"_s));
        QVERIFY(first);
        QVERIFY(waitForFile(m_tmp.filePath(u"snap.pid"_s)));
        // Editing the source while the run goes cannot change the run.
        writeFile(m_src + u"/train.py"_s, "# edited after submit\n");
        release(u"snap"_s);
        QVERIFY(waitForStatus(first->name, {RunStatus::Completed, RunStatus::Failed}));
        QCOMPARE(statusOf(first->name), RunStatus::Completed);
        const RunPaths paths = RunPaths::of(m_ws, first->name);
        const QByteArray files = readFile(paths.outputs() + u"/files.txt"_s);
        QVERIFY2(files.contains("train.py"), files.constData());
        QVERIFY2(files.contains("list.py"), files.constData());
        QVERIFY2(!files.contains("big.bin"), files.constData());
        QVERIFY2(!files.contains("scratch.tmp"), files.constData());
        QVERIFY(!readFile(paths.outputs() + u"/train_head.txt"_s).contains("edited"));

        // Unchanged since the last snapshot: nothing new is stored.
        auto second = engine().submit(spec(u"python train.py"_s));
        QVERIFY(second);
        const int blobs = blobCount();
        QVERIFY(blobs > 0);
        auto third = engine().submit(spec(u"python train.py"_s));
        QVERIFY(third);
        QCOMPARE(blobCount(), blobs);
        QCOMPARE(find(third->name)->snapshotId, find(second->name)->snapshotId);
        // One changed file: one new blob.
        writeFile(m_src + u"/train.py"_s, trainScript + "\n# changed\n");
        auto fourth = engine().submit(spec(u"python train.py"_s));
        QVERIFY(fourth);
        QCOMPARE(blobCount(), blobs + 1);
        for (const auto &r : {second, third, fourth})
            QVERIFY(waitForStatus(r->name, {RunStatus::Completed, RunStatus::Failed}));
    }

    void gitInfoIsRecorded()
    {
        if (QStandardPaths::findExecutable(u"git"_s).isEmpty())
            QSKIP("git is not installed");
        auto git = [this](const QStringList &args) {
            QProcess p;
            p.setWorkingDirectory(m_src);
            p.start(u"git"_s,
                    QStringList{u"-c"_s, u"user.name=t"_s, u"-c"_s, u"user.email=t@example.com"_s}
                        + args);
            return p.waitForFinished(30000) && p.exitCode() == 0;
        };
        QVERIFY(git({u"init"_s, u"-q"_s, u"-b"_s, u"main"_s}));
        QVERIFY(git({u"remote"_s, u"add"_s, u"origin"_s, u"https://example.com/team/model.git"_s}));
        QVERIFY(git({u"add"_s, u"."_s}));
        QVERIFY(git({u"commit"_s, u"-q"_s, u"-m"_s, u"first"_s}));
        auto run = engine().submit(spec(u"python train.py"_s));
        QVERIFY(run);
        const auto r = find(run->name);
        QVERIFY(r->git.isRepository);
        QCOMPARE(r->git.branch, u"main"_s);
        QCOMPARE(r->git.repositoryUrl, u"https://example.com/team/model.git"_s);
        QCOMPARE(r->git.commit.size(), 40);
        QVERIFY(!r->git.dirty);
        QVERIFY(waitForStatus(run->name, {RunStatus::Completed, RunStatus::Failed}));
    }

    void instanceRunsTwoJobsPerCore()
    {
        ComputeSpec instance = ComputeSpec::defaults(SpecType::ComputeInstance);
        instance.name = u"one-core"_s;
        instance.as<InstanceSpec>()->size = smallestSize();
        QVERIFY(createCompute(instance));
        QVERIFY(smallestSize().startsWith(u"Local_1C_"_s));

        // Distributed runs are refused on an instance, with the reason.
        RunSpec distributed = spec(u"python dist.py"_s, u"one-core"_s);
        distributed.distribution = {u"pytorch"_s, 2, 1};
        auto refused = engine().submit(distributed);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"compute cluster"_s),
                 qPrintable(refused.error().message));

        QStringList names;
        for (const QString &tag : {u"j1"_s, u"j2"_s, u"j3"_s}) {
            auto r = engine().submit(spec(u"python wait.py "_s + tag, u"one-core"_s));
            QVERIFY(r);
            names.append(r->name);
        }
        QVERIFY(waitForFile(m_tmp.filePath(u"j1.pid"_s)));
        QVERIFY(waitForFile(m_tmp.filePath(u"j2.pid"_s)));
        QVERIFY(waitForStatus(names.at(1), {RunStatus::Running}));
        // Two slots on one core: the third waits in the queue however long we look.
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(statusOf(names.at(2)), RunStatus::Queued);
            QTest::qWait(100);
        }
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(u"j3.pid"_s)));
        release(u"j1"_s);
        QVERIFY(waitForStatus(names.at(0), {RunStatus::Completed}));
        QVERIFY(waitForFile(m_tmp.filePath(u"j3.pid"_s)));
        release(u"j2"_s);
        release(u"j3"_s);
        QVERIFY(waitForStatus(names.at(2), {RunStatus::Completed}));
    }

    void clusterScalesUpAndDown()
    {
        ComputeSpec cluster = ComputeSpec::defaults(SpecType::AmlCompute);
        cluster.name = u"pool"_s;
        auto *c = cluster.as<ClusterSpec>();
        c->size = smallestSize();
        c->minInstances = 0;
        c->maxInstances = 2;
        c->idleTimeBeforeScaleDown = 2;
        QVERIFY(createCompute(cluster));
        QVERIFY(nodes(u"pool"_s).isEmpty());

        auto a = engine().submit(spec(u"python wait.py n1"_s, u"pool"_s));
        auto b = engine().submit(spec(u"python wait.py n2"_s, u"pool"_s));
        auto third = engine().submit(spec(u"python wait.py n3"_s, u"pool"_s));
        QVERIFY(a && b && third);
        QVERIFY(waitForFile(m_tmp.filePath(u"n1.pid"_s)));
        QVERIFY(waitForFile(m_tmp.filePath(u"n2.pid"_s)));
        // Scaled up to the maximum: two nodes, each running one of the runs.
        QList<NodeRecord> busy = nodes(u"pool"_s);
        QCOMPARE(busy.size(), 2);
        QStringList runsOnNodes;
        for (const NodeRecord &n : busy) {
            QCOMPARE(n.state, u"running"_s);
            QVERIFY(n.nodeId.startsWith(u"tvmps_"_s));
            QCOMPARE(n.privateIpAddress, u"127.0.0.1"_s);
            runsOnNodes.append(n.run);
        }
        runsOnNodes.sort();
        QStringList expected{a->name, b->name};
        expected.sort();
        QCOMPARE(runsOnNodes, expected);
        QCOMPARE(statusOf(third->name), RunStatus::Queued); // no third node: max is 2

        release(u"n1"_s);
        QVERIFY(waitForFile(m_tmp.filePath(u"n3.pid"_s))); // the freed node takes the next run
        release(u"n2"_s);
        release(u"n3"_s);
        for (const auto &r : {a, b, third})
            QVERIFY(waitForStatus(r->name, {RunStatus::Completed}));
        // Idle nodes leave after the idle seconds, down to the minimum (0).
        QDeadlineTimer deadline(timeout);
        bool sawIdle = false;
        while (!nodes(u"pool"_s).isEmpty() && !deadline.hasExpired()) {
            for (const NodeRecord &n : nodes(u"pool"_s))
                sawIdle = sawIdle || n.state == u"idle"_s;
            QTest::qWait(50);
        }
        QVERIFY(sawIdle);
        QVERIFY(nodes(u"pool"_s).isEmpty());
    }

    void distributedTorchGlooAllReduce()
    {
        if (!hasModule(u"torch"_s))
            QSKIP("python3-torch is not installed (packaging/install-deps.sh installs it)");
        ComputeSpec cluster = ComputeSpec::defaults(SpecType::AmlCompute);
        cluster.name = u"gpu-less"_s;
        auto *c = cluster.as<ClusterSpec>();
        c->size = smallestSize();
        c->minInstances = 0;
        c->maxInstances = 2;
        c->idleTimeBeforeScaleDown = 1;
        QVERIFY(createCompute(cluster));
        RunSpec s = spec(u"python dist.py"_s, u"gpu-less"_s);
        s.distribution = {u"pytorch"_s, 2, 2};
        auto run = engine().submit(s);
        QVERIFY2(run, qPrintable(run ? QString() : run.error().fullText()));
        QVERIFY(waitForStatus(run->name, {RunStatus::Completed, RunStatus::Failed}));
        const auto done = find(run->name);
        const RunPaths paths = RunPaths::of(m_ws, run->name);
        QVERIFY2(done->status == RunStatus::Completed,
                 qPrintable(done->error + u"\n"_s
                            + QString::fromUtf8(
                                readFile(paths.userLogs() + u"/std_log_process_01.txt"_s))));
        QCOMPARE(done->nodes.size(), 2);
        // 1 + 2 + 3 + 4 on every rank; ranks, local ranks and node ranks as torchrun sets them.
        for (int rank = 0; rank < 4; ++rank) {
            const QList<QByteArray> fields
                = readFile(paths.outputs() + u"/rank%1.txt"_s.arg(rank)).trimmed().split(' ');
            QCOMPARE(fields.size(), 5);
            QCOMPARE(fields.at(0).toInt(), rank);
            QCOMPARE(fields.at(1).toInt(), rank % 2);
            QCOMPARE(fields.at(2).toInt(), rank / 2);
            QCOMPARE(fields.at(3).toInt(), 4);
            QCOMPARE(fields.at(4).toDouble(), 10.0);
            QVERIFY(QFileInfo::exists(
                paths.userLogs() + u"/std_log_process_%1.txt"_s.arg(rank, 2, 10, QChar(u'0'))));
        }
    }

    void curatedEnvironmentRunsSklearnUnchanged()
    {
        if (!hasModule(u"sklearn"_s))
            QSKIP("python3-sklearn is not installed (packaging/install-deps.sh installs it)");
        writeFile(m_src + u"/fit.py"_s,
                  "import sys\n"
                  "from sklearn.linear_model import LinearRegression\n"
                  "import numpy as np\n"
                  "x = np.arange(10).reshape(-1, 1); y = 3 * x.ravel() + 1\n"
                  "m = LinearRegression().fit(x, y)\n"
                  "print('coef', round(float(m.coef_[0]), 3), sys.executable)\n");
        RunSpec s = spec(u"python fit.py"_s);
        // No interpreter named: the preset finds one that has what it provides.
        s.environment = {};
        s.environment.name = u"azureml:AzureML-sklearn-1.5@latest"_s;
        auto run = engine().submit(s);
        QVERIFY2(run, qPrintable(run ? QString() : run.error().fullText()));
        QVERIFY(waitForStatus(run->name, {RunStatus::Completed, RunStatus::Failed}));
        const RunPaths paths = RunPaths::of(m_ws, run->name);
        QVERIFY2(
            statusOf(run->name) == RunStatus::Completed,
            qPrintable(find(run->name)->error + QString::fromUtf8(readFile(paths.systemLog()))));
        QVERIFY(readFile(paths.userLogs() + u"/std_log.txt"_s).contains("coef 3.0"));
    }

    void lowPriorityRunsAtLowerOsPriority()
    {
        ComputeSpec cluster = ComputeSpec::defaults(SpecType::AmlCompute);
        cluster.name = u"cheap"_s;
        auto *c = cluster.as<ClusterSpec>();
        c->size = smallestSize();
        c->tier = VmPriority::LowPriority;
        c->maxInstances = 1;
        c->idleTimeBeforeScaleDown = 0;
        QVERIFY(createCompute(cluster));
        writeFile(m_src + u"/nice.py"_s, "import os\nos.makedirs('outputs', exist_ok=True)\n"
                                         "open('outputs/nice.txt', 'w').write(str(os.nice(0)))\n");
        auto low = engine().submit(spec(u"python nice.py"_s, u"cheap"_s));
        auto normal = engine().submit(spec(u"python nice.py"_s));
        QVERIFY(low && normal);
        QVERIFY(waitForStatus(low->name, {RunStatus::Completed, RunStatus::Failed}));
        QVERIFY(waitForStatus(normal->name, {RunStatus::Completed, RunStatus::Failed}));
        const int base
            = readFile(RunPaths::of(m_ws, normal->name).outputs() + u"/nice.txt"_s).toInt();
        QCOMPARE(readFile(RunPaths::of(m_ws, low->name).outputs() + u"/nice.txt"_s).toInt(),
                 qMin(19, base + 10));
        QVERIFY(find(low->name)->nodes.first().endsWith(u"_p"_s)); // a low-priority node
    }

    void targetsAreChecked()
    {
        RunSpec s = spec(u"python train.py"_s, u"no-such-compute"_s);
        auto missing = engine().submit(s);
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(u"no-such-compute"_s));
        RunSpec many = spec(u"python dist.py"_s);
        many.distribution = {u"pytorch"_s, 1, 2};
        auto local = engine().submit(many);
        QVERIFY(!local);
        QVERIFY(local.error().message.contains(u"single node"_s));
        RunSpec empty = spec(u"   "_s);
        QVERIFY(!engine().submit(empty));
        RunSpec nowhere = spec(u"python train.py"_s);
        nowhere.sourceDirectory = m_tmp.filePath(u"missing-src"_s);
        auto noSource = engine().submit(nowhere);
        QVERIFY(!noSource);
        QVERIFY(noSource.error().message.contains(u"missing-src"_s));
        // Nothing was queued by the refusals.
        const Workspace::Connection c(m_workspace->databasePath());
        QVERIFY(RunStore(c.database()).list().value().isEmpty());
    }

    void killedAgentRunsAreReattachedOrFinalised()
    {
        auto alive = engine().submit(spec(u"python wait.py r1"_s));
        auto ending = engine().submit(spec(u"python wait.py r2"_s));
        QVERIFY(alive && ending);
        QVERIFY(waitForFile(m_tmp.filePath(u"r1.pid"_s)));
        QVERIFY(waitForFile(m_tmp.filePath(u"r2.pid"_s)));
        QVERIFY(waitForStatus(alive->name, {RunStatus::Running}));
        QVERIFY(waitForStatus(ending->name, {RunStatus::Running}));
        // Kill every agent of the workspace (a second one may be waiting for the lock).
        const QList<qint64> agents = Test::agentsOf(m_ws);
        QVERIFY(agents.contains(agentPid()));
        for (qint64 agent : agents)
            ::kill(pid_t(agent), SIGKILL);
        QDeadlineTimer deadline(timeout);
        // A dying process loses its command line before its sockets: wait for both.
        while ((!Test::agentsOf(m_ws).isEmpty() || engine().isAgentRunning())
               && !deadline.hasExpired())
            QTest::qWait(20);
        QVERIFY(!engine().isAgentRunning());

        // The scripts live on without the agent; one ends (exit 7) while none watches.
        const qint64 script1 = readFile(m_tmp.filePath(u"r1.pid"_s)).toLongLong();
        QVERIFY(pidAlive(script1));
        release(u"r2"_s, 7);
        const RunPaths endingPaths = RunPaths::of(m_ws, ending->name);
        QVERIFY(waitForFile(endingPaths.root + u"/processes/0.exit"_s));
        QCOMPARE(statusOf(ending->name), RunStatus::Running); // nobody finalised it yet

        // The next start (GUI or cstudio) revives the agent: the ended run gets its real
        // exit status, the live one is watched again and completes.
        QVERIFY(engine().reviveAgentIfNeeded());
        QVERIFY(waitForStatus(ending->name, {RunStatus::Failed, RunStatus::Completed}));
        QCOMPARE(statusOf(ending->name), RunStatus::Failed);
        QCOMPARE(find(ending->name)->exitCode, 7);
        QCOMPARE(statusOf(alive->name), RunStatus::Running);
        release(u"r1"_s);
        QVERIFY(waitForStatus(alive->name, {RunStatus::Completed, RunStatus::Failed}));
        QCOMPARE(statusOf(alive->name), RunStatus::Completed);
        QVERIFY(readFile(RunPaths::of(m_ws, alive->name).systemLog()).contains("Reattached"));
    }
};

QTEST_GUILESS_MAIN(tst_RunEngine)
#include "tst_runengine.moc"
