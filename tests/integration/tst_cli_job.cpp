// `cstudio job …` and `cstudio compute list-nodes` as a user runs them: the real cstudio,
// the real studio-agent, real Python.

#include "../support/agents.h"
#include "../support/program.h"
#include "core/ops/computeoperations.h"
#include "core/providers/provider.h"
#include "core/spec/computespec.h"
#include "core/store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using namespace Qt::StringLiterals;
using namespace Studio;

namespace {

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

const QByteArray trainScript = R"PY(
import json, os, sys, time, urllib.request
uri = os.environ["MLFLOW_TRACKING_URI"]
run = os.environ["MLFLOW_RUN_ID"]
def post(path, body):
    req = urllib.request.Request(uri + "/api/2.0/mlflow/" + path, data=json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(req) as r:
        return json.load(r)
alpha = float(sys.argv[1])
post("runs/log-parameter", {"run_id": run, "key": "alpha", "value": str(alpha)})
for step in range(4):
    post("runs/log-metric", {"run_id": run, "key": "loss", "value": alpha * (4 - step),
                             "timestamp": int(time.time() * 1000), "step": step})
os.makedirs("outputs", exist_ok=True)
open("outputs/model.txt", "w").write("alpha=%s" % alpha)
for i in range(3):
    print("epoch", i, flush=True)
print("done")
)PY";

} // namespace

class tst_CliJob : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_ws;
    QString m_jobDir;

    Test::Output cstudio(const QStringList &args) const
    {
        return Test::runProgram("cstudio", QStringList{u"--workspace"_s, m_ws} + args);
    }

    QString writeJob(const QString &name, const QByteArray &yaml) const
    {
        const QString path = m_jobDir + u'/' + name;
        writeFile(path, yaml);
        return path;
    }

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        if (!QFileInfo(u"/usr/bin/python3"_s).isExecutable())
            QSKIP("Debian's /usr/bin/python3 is missing (packaging/install-deps.sh installs it)");
        QVERIFY(m_tmp.isValid());
        m_ws = m_tmp.filePath(u"ws"_s);
        // The job's folder: code is given relative to it, and cstudio runs elsewhere.
        m_jobDir = m_tmp.filePath(u"project/jobs"_s);
        writeFile(m_tmp.filePath(u"project/src/train.py"_s), trainScript);
        writeFile(m_tmp.filePath(u"project/src/fail.py"_s),
                  "import sys\nprint('bad')\nsys.exit(4)\n");
        writeFile(m_tmp.filePath(u"project/src/sleep.py"_s), "import time\ntime.sleep(600)\n");
    }

    void cleanupTestCase()
    {
        Test::stopAgents(m_ws);
        Test::killRunProcesses(m_ws);
    }

    void createStreamShowList()
    {
        const QString job = writeJob(u"train.yml"_s, R"Y(
$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json
type: command
code: ../src
command: python train.py ${{inputs.alpha}}
inputs:
  alpha: 0.5
environment:
  studio_python: /usr/bin/python3
experiment_name: cli-tests
display_name: first training
tags:
  owner: minji
)Y");
        const Test::Output created = cstudio({u"job"_s, u"create"_s, u"-f"_s, job, u"--set"_s,
                                              u"inputs.alpha=0.75"_s, u"--stream"_s});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const QList<QByteArray> lines = created.out.split('\n');
        const QString name = QString::fromUtf8(lines.first().trimmed());
        QVERIFY(!name.isEmpty());
        QVERIFY2(created.out.contains("epoch 2\n"), created.out.constData());
        QVERIFY(created.out.contains("done\n"));
        QVERIFY(created.out.contains("Completed"));

        const Test::Output shown = cstudio({u"-o"_s, u"json"_s, u"job"_s, u"show"_s, name});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(o.value(u"status"_s).toString(), u"Completed"_s);
        QCOMPARE(o.value(u"compute"_s).toString(), u"local"_s);
        QCOMPARE(o.value(u"experiment_name"_s).toString(), u"cli-tests"_s);
        QCOMPARE(o.value(u"display_name"_s).toString(), u"first training"_s);
        QVERIFY(!o.value(u"created"_s).toString().isEmpty());
        QVERIFY(!o.value(u"started"_s).toString().isEmpty());
        QVERIFY(!o.value(u"ended"_s).toString().isEmpty());
        QCOMPARE(o.value(u"metrics"_s).toObject().value(u"loss"_s).toDouble(), 0.75);
        QCOMPARE(o.value(u"params"_s).toObject().value(u"alpha"_s).toString(), u"0.75"_s);
        QVERIFY(o.value(u"outputs"_s).toArray().contains(u"outputs/model.txt"_s));
        QCOMPARE(o.value(u"tags"_s).toObject().value(u"owner"_s).toString(), u"minji"_s);

        const Test::Output listed = cstudio({u"-o"_s, u"json"_s, u"job"_s, u"list"_s});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray runs = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(runs.size(), 1);
        const QJsonObject row = runs.first().toObject();
        for (const QString &key : {u"name"_s, u"display_name"_s, u"experiment_name"_s, u"status"_s,
                                   u"compute"_s, u"created"_s})
            QVERIFY2(row.contains(key), qPrintable(key));
        QCOMPARE(row.value(u"name"_s).toString(), name);

        const QString into = m_tmp.filePath(u"download"_s);
        const Test::Output downloaded
            = cstudio({u"job"_s, u"download"_s, name, u"--output-dir"_s, into});
        QVERIFY2(downloaded.exitCode == 0, downloaded.err.constData());
        QCOMPARE(readFile(into + u"/outputs/model.txt"_s), QByteArray("alpha=0.75"));
        QVERIFY(readFile(into + u"/user_logs/std_log.txt"_s).contains("epoch 0"));
    }

    void failedRunStreamsAndExitsNonZero()
    {
        const QString job
            = writeJob(u"fail.yml"_s, "type: command\ncode: ../src\n"
                                      "command: python fail.py\n"
                                      "environment:\n  studio_python: /usr/bin/python3\n");
        const Test::Output created
            = cstudio({u"-o"_s, u"json"_s, u"job"_s, u"create"_s, u"-f"_s, job, u"--stream"_s});
        QCOMPARE(created.exitCode, 1);
        QVERIFY(created.out.contains("bad\n"));
        QVERIFY2(created.out.contains("code 4"), created.out.constData());
    }

    void createPrintsJsonAndCancel()
    {
        const QString job
            = writeJob(u"sleep.yml"_s, "type: command\ncode: ../src\n"
                                       "command: python sleep.py\n"
                                       "environment:\n  studio_python: /usr/bin/python3\n");
        const Test::Output created
            = cstudio({u"-o"_s, u"json"_s, u"job"_s, u"create"_s, u"-f"_s, job});
        QCOMPARE(created.exitCode, 0);
        const QString name
            = QJsonDocument::fromJson(created.out).object().value(u"name"_s).toString();
        QVERIFY(!name.isEmpty());
        const Test::Output canceled = cstudio({u"job"_s, u"cancel"_s, name});
        QVERIFY2(canceled.exitCode == 0, canceled.err.constData());
        const Test::Output streamed = cstudio({u"job"_s, u"stream"_s, name});
        QCOMPARE(streamed.exitCode, 1);
        QVERIFY2(streamed.out.contains("Canceled"), streamed.out.constData());
    }

    void usageAndErrors()
    {
        QCOMPARE(cstudio({u"job"_s, u"create"_s}).exitCode, 2);
        QCOMPARE(cstudio({u"job"_s, u"show"_s}).exitCode, 2);
        QCOMPARE(cstudio({u"job"_s, u"frobnicate"_s}).exitCode, 2);
        QCOMPARE(cstudio({u"job"_s, u"list"_s, u"--bogus"_s, u"x"_s}).exitCode, 2);
        const Test::Output missing = cstudio({u"job"_s, u"show"_s, u"no_such_run"_s});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("no_such_run"));
        const QString bad = writeJob(u"bad.yml"_s, "type: command\ncode: ../src\n");
        const Test::Output invalid = cstudio({u"job"_s, u"create"_s, u"-f"_s, bad});
        QCOMPARE(invalid.exitCode, 1);
        QVERIFY2(invalid.err.contains("command"), invalid.err.constData());
        const QString job = writeJob(u"target.yml"_s, "type: command\ncode: ../src\n"
                                                      "command: python train.py 1\n");
        const Test::Output noTarget
            = cstudio({u"job"_s, u"create"_s, u"-f"_s, job, u"--compute"_s, u"nowhere"_s});
        QCOMPARE(noTarget.exitCode, 1);
        QVERIFY2(noTarget.err.contains("nowhere"), noTarget.err.constData());
    }

    void listNodes()
    {
        {
            auto ws = Workspace::open(m_ws);
            QVERIFY(ws);
            ComputeSpec cluster = ComputeSpec::defaults(SpecType::AmlCompute);
            cluster.name = u"cli-pool"_s;
            auto *c = cluster.as<ClusterSpec>();
            c->size = ProviderRegistry::instance()
                          .find(u"local"_s)
                          ->sizes(SpecType::AmlCompute)
                          .first()
                          .name;
            c->minInstances = 1;
            c->maxInstances = 1;
            ComputeOperations operations(ws->get());
            ComputeOperation *op = operations.create(cluster);
            if (!op->isFinished()) {
                QSignalSpy finished(op, &ComputeOperation::finished);
                QVERIFY(finished.wait(60000));
            }
            QVERIFY(op->result());
        }
        // The minimum node appears once an agent runs: submitting starts one.
        const QString job
            = writeJob(u"pool.yml"_s, "type: command\ncode: ../src\n"
                                      "command: python train.py 2\n"
                                      "compute: azureml:cli-pool\n"
                                      "environment:\n  studio_python: /usr/bin/python3\n");
        const Test::Output created = cstudio({u"job"_s, u"create"_s, u"-f"_s, job, u"--stream"_s});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const Test::Output listed
            = cstudio({u"-o"_s, u"json"_s, u"compute"_s, u"list-nodes"_s, u"cli-pool"_s});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray nodes = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(nodes.size(), 1);
        const QJsonObject node = nodes.first().toObject();
        for (const QString &key : {u"node_id"_s, u"state"_s, u"run"_s, u"private_ip_address"_s,
                                   u"port"_s, u"connection_string"_s})
            QVERIFY2(node.contains(key), qPrintable(key));
        QCOMPARE(node.value(u"private_ip_address"_s).toString(), u"127.0.0.1"_s);
        QCOMPARE(node.value(u"state"_s).toString(), u"idle"_s);

        const Test::Output local
            = cstudio({u"-o"_s, u"json"_s, u"compute"_s, u"list-nodes"_s, u"local"_s});
        QCOMPARE(local.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(local.out).array().size(), 1);
        QCOMPARE(cstudio({u"compute"_s, u"list-nodes"_s, u"nothing-here"_s}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(tst_CliJob)
#include "tst_cli_job.moc"
