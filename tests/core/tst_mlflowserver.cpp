#include "core/runs/mlflowserver.h"

#include "../support/testsupport.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace Studio;

namespace {

const QString RunId = u"quiet_lamp_4k2m9x7q1b"_s;

/// What the agent's RunStore-backed implementation does, in memory.
class MemoryBackend final : public MlflowBackend
{
public:
    QHash<QString, RunInfo> runs;
    QHash<QString, QList<Metric>> metrics; // by run, as logged
    QHash<QString, QList<KeyValue>> paramsByRun;
    QHash<QString, QList<KeyValue>> tagsByRun;
    struct Update
    {
        QString runId;
        QString status;
        qint64 endTimeMs = 0;
    };
    QList<Update> updates;
    QList<ExperimentInfo> experiments;
    std::optional<Error> failWith;
    int batches = 0;
    QStringList contractViolations; // a param passed to logBatch() twice

    Result<std::optional<RunInfo>> findRun(const QString &runId) override
    {
        if (failWith)
            return *failWith;
        const auto it = runs.constFind(runId);
        return it == runs.cend() ? std::optional<RunInfo>() : std::optional<RunInfo>(*it);
    }

    Result<void> logBatch(const QString &runId, const QList<Metric> &newMetrics,
                          const QList<KeyValue> &params, const QList<KeyValue> &tags) override
    {
        if (failWith)
            return *failWith;
        ++batches;
        metrics[runId] += newMetrics;
        QList<KeyValue> &runParams = paramsByRun[runId];
        for (const KeyValue &param : params) {
            for (const KeyValue &existing : std::as_const(runParams)) {
                if (existing.key == param.key)
                    contractViolations.append(param.key);
            }
            runParams.append(param);
        }
        QList<KeyValue> &runTags = tagsByRun[runId];
        for (const KeyValue &tag : tags) {
            auto it = std::find_if(runTags.begin(), runTags.end(),
                                   [&](const KeyValue &t) { return t.key == tag.key; });
            if (it == runTags.end())
                runTags.append(tag);
            else
                it->value = tag.value;
        }
        return {};
    }

    Result<QList<Metric>> metricHistory(const QString &runId, const QString &key) override
    {
        QList<Metric> history;
        for (const Metric &metric : metrics.value(runId)) {
            if (metric.key == key)
                history.append(metric);
        }
        return history;
    }

    Result<QList<KeyValue>> params(const QString &runId) override
    {
        if (failWith)
            return *failWith;
        return paramsByRun.value(runId);
    }

    Result<QList<KeyValue>> tags(const QString &runId) override { return tagsByRun.value(runId); }

    Result<QList<Metric>> latestMetrics(const QString &runId) override
    {
        QList<Metric> latest;
        for (const Metric &metric : metrics.value(runId)) {
            auto it = std::find_if(latest.begin(), latest.end(),
                                   [&](const Metric &m) { return m.key == metric.key; });
            if (it == latest.end())
                latest.append(metric);
            else
                *it = metric;
        }
        return latest;
    }

    Result<void> updateRun(const QString &runId, const QString &status, qint64 endTimeMs) override
    {
        updates.append({runId, status, endTimeMs});
        return {};
    }

    Result<std::optional<ExperimentInfo>> findExperiment(const QString &id) override
    {
        for (const ExperimentInfo &experiment : std::as_const(experiments)) {
            if (experiment.experimentId == id)
                return std::optional<ExperimentInfo>(experiment);
        }
        return std::optional<ExperimentInfo>();
    }

    Result<std::optional<ExperimentInfo>> findExperimentByName(const QString &name) override
    {
        for (const ExperimentInfo &experiment : std::as_const(experiments)) {
            if (experiment.name == name)
                return std::optional<ExperimentInfo>(experiment);
        }
        return std::optional<ExperimentInfo>();
    }

    QList<Metric> allMetrics() const { return metrics.value(RunId); }
};

/// A backend that implements only what it must: the optional calls keep their defaults.
class MinimalBackend final : public MlflowBackend
{
public:
    Result<std::optional<RunInfo>> findRun(const QString &runId) override
    {
        RunInfo run;
        run.runId = runId;
        return std::optional<RunInfo>(run);
    }
    Result<void> logBatch(const QString &, const QList<Metric> &, const QList<KeyValue> &,
                          const QList<KeyValue> &) override
    {
        return {};
    }
    Result<QList<Metric>> metricHistory(const QString &, const QString &) override
    {
        return QList<Metric>();
    }
    Result<QList<KeyValue>> params(const QString &) override { return QList<KeyValue>(); }
    Result<QList<KeyValue>> tags(const QString &) override { return QList<KeyValue>(); }
    Result<QList<Metric>> latestMetrics(const QString &) override { return QList<Metric>(); }
};

struct HttpReply
{
    int status = 0;
    QByteArray head; ///< status line and headers
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const { return json().value(u"error_code"_s).toString(); }
    QString message() const { return json().value(u"message"_s).toString(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

/// One complete response off the front of `buffer`, if there is one.
std::optional<HttpReply> takeReply(QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    HttpReply reply;
    reply.head = buffer.left(end);
    const QList<QByteArray> statusLine = reply.head.split('\n').first().trimmed().split(' ');
    reply.status = statusLine.value(1).toInt();
    const qsizetype length = reply.status == 100 ? 0 : reply.header("content-length").toLongLong();
    if (buffer.size() < end + 4 + length)
        return std::nullopt;
    reply.body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    return reply;
}

/// A raw HTTP client on one socket; it waits by spinning the event loop (the server runs in
/// this thread).
class Client
{
public:
    bool open(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        return QTest::qWaitFor([&] { return m_socket.state() == QAbstractSocket::ConnectedState; },
                               5000);
    }
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    std::optional<HttpReply> next(int timeoutMs = 10000)
    {
        std::optional<HttpReply> reply;
        (void)QTest::qWaitFor(
            [&] {
                m_buffer += m_socket.readAll();
                reply = takeReply(m_buffer);
                return reply.has_value();
            },
            timeoutMs);
        return reply;
    }
    /// Whatever arrived so far, without waiting.
    QByteArray pending()
    {
        m_buffer += m_socket.readAll();
        return m_buffer;
    }
    bool waitClosed(int timeoutMs = 10000)
    {
        return QTest::qWaitFor(
            [&] {
                m_buffer += m_socket.readAll();
                return m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
    }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

QByteArray httpRequest(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                       const QByteArray &extraHeaders = {})
{
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders;
    if (method != "GET" || !body.isEmpty()) {
        out += "Content-Type: application/json\r\nContent-Length: "
               + QByteArray::number(body.size()) + "\r\n";
    }
    return out + "\r\n" + body;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray api(const QByteArray &endpoint)
{
    return "/api/2.0/mlflow/" + endpoint;
}

/// The Python client: the same paths, bodies and headers as MLflow's RestStore (over a
/// requests-like keep-alive connection with http.client, and once over urllib.request), in the
/// order mlflow.start_run() with MLFLOW_RUN_ID, log_param(s), log_metric(s), set_tag and end_run
/// send them. It checks the replies and prints what it read back.
const char PythonClient[] = R"PY(
import http.client, json, os, sys, urllib.error, urllib.parse, urllib.request

uri = os.environ["MLFLOW_TRACKING_URI"]
run_id = os.environ["MLFLOW_RUN_ID"]
parsed = urllib.parse.urlparse(uri)
assert parsed.hostname == "127.0.0.1", uri
T0 = 1700000000123

def check(condition, what):
    if not condition:
        sys.stderr.write("CHECK FAILED: %s\n" % what)
        sys.exit(1)

# requests.Session as mlflow.utils.rest_utils uses it: one pooled keep-alive connection.
conn = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=30)
# (Accept is written in pieces: moc does not know raw strings and would open a comment.)
HEADERS = {"User-Agent": "mlflow-python-client/2.9.2", "Accept-Encoding": "gzip, deflate",
           "Accept": "*" "/" "*", "Connection": "keep-alive"}
local_ports = set()

def call(method, endpoint, body):
    """mlflow.utils.rest_utils.call_endpoint: GET sends the message as query parameters,
    anything else as a JSON body (the json= of requests, i.e. json.dumps(allow_nan=False))."""
    path = "/api/2.0/mlflow/" + endpoint
    headers = dict(HEADERS)
    data = None
    if method == "GET":
        path += "?" + urllib.parse.urlencode(body)
    else:
        data = json.dumps(body, allow_nan=False).encode("utf-8")
        headers["Content-Type"] = "application/json"
        headers["Content-Length"] = str(len(data))
    conn.request(method, path, body=data, headers=headers)
    local_ports.add(conn.sock.getsockname()[1])
    response = conn.getresponse()
    text = response.read().decode("utf-8")
    check(response.getheader("Content-Type") == "application/json", "JSON content type")
    return response.status, json.loads(text)

# mlflow.start_run() with MLFLOW_RUN_ID set: get_run, then update_run_info(RUNNING) with the
# end_time of the run (None: omitted), then get_run again.
status, reply = call("GET", "runs/get", {"run_uuid": run_id, "run_id": run_id})
check(status == 200, "runs/get: %s %s" % (status, reply))
info = reply["run"]["info"]
check(info["run_id"] == run_id and info["run_uuid"] == run_id, "run id in runs/get")
check(info["lifecycle_stage"] == "active", "lifecycle_stage")
check(info["status"] == "RUNNING", "status %s" % info["status"])
check(info["experiment_id"] == "7", "experiment_id %s" % info["experiment_id"])
check("end_time" not in info, "no end_time while running")
status, reply = call("POST", "runs/update", {"run_id": run_id, "run_uuid": run_id,
                                              "status": "RUNNING"})
check(status == 200 and reply["run_info"]["status"] == "RUNNING", "runs/update RUNNING")
status, reply = call("GET", "runs/get", {"run_uuid": run_id, "run_id": run_id})
check(status == 200, "runs/get again")

# mlflow.log_param("lr", 0.01): LogParam(run_uuid, run_id, key, value)
status, reply = call("POST", "runs/log-parameter",
                     {"run_id": run_id, "run_uuid": run_id, "key": "lr", "value": "0.01"})
check(status == 200 and reply == {}, "log-parameter: %s %s" % (status, reply))

# mlflow.log_metric("loss", v, step=s): LogMetric; int64 fields as numbers (message_to_json
# since MLflow 1.x marks them), float("nan") as the "NaN" string of protobuf JSON.
for value, step in ((0.5, 0), (0.25, 1), ("NaN", 2)):
    status, reply = call("POST", "runs/log-metric",
                         {"run_id": run_id, "run_uuid": run_id, "key": "loss", "value": value,
                          "timestamp": T0 + 1000 * step, "step": step})
    check(status == 200 and reply == {}, "log-metric step %d: %s %s" % (step, status, reply))
# An older client: int64 fields as strings (protobuf JSON).
status, reply = call("POST", "runs/log-metric",
                     {"run_uuid": run_id, "run_id": run_id, "key": "loss", "value": 0.125,
                      "timestamp": str(T0 + 3000), "step": "3"})
check(status == 200, "log-metric with int64 strings: %s %s" % (status, reply))

# mlflow.log_params / log_metrics / log_batch: LogBatch(metrics, params, tags, run_id)
status, reply = call("POST", "runs/log-batch", {
    "run_id": run_id,
    "metrics": [{"key": "acc", "value": 0.9, "timestamp": T0 + 5000, "step": 1},
                {"key": "val loss", "value": 0.75, "timestamp": T0 + 5000, "step": 1}],
    "params": [{"key": "epochs", "value": "10"}, {"key": "optimizer", "value": "adam"}],
    "tags": [{"key": "team", "value": "vision"}]})
check(status == 200 and reply == {}, "log-batch: %s %s" % (status, reply))

# mlflow.set_tag("stage", "train"): SetTag(run_uuid, run_id, key, value)
status, reply = call("POST", "runs/set-tag",
                     {"run_id": run_id, "run_uuid": run_id, "key": "stage", "value": "train"})
check(status == 200 and reply == {}, "set-tag: %s %s" % (status, reply))

# Params never change: the same value again is fine, another is refused as MLflow does.
status, reply = call("POST", "runs/log-parameter",
                     {"run_id": run_id, "run_uuid": run_id, "key": "lr", "value": "0.01"})
check(status == 200, "same param value again: %s %s" % (status, reply))
status, reply = call("POST", "runs/log-parameter",
                     {"run_id": run_id, "run_uuid": run_id, "key": "lr", "value": "0.02"})
check(status == 400 and reply["error_code"] == "INVALID_PARAMETER_VALUE", "changed param refused")
check("Changing param values is not allowed" in reply["message"], reply["message"])

# MlflowClient.get_metric_history: GetMetricHistory(run_uuid, run_id, metric_key) as a GET.
status, reply = call("GET", "metrics/get-history",
                     {"run_uuid": run_id, "run_id": run_id, "metric_key": "loss"})
check(status == 200, "get-history: %s %s" % (status, reply))
loss = reply["metrics"]

# The same over urllib.request (a new connection, closed after); the key has a space, which
# urlencode writes as a plus sign.
url = uri + "/api/2.0/mlflow/metrics/get-history?" + urllib.parse.urlencode(
    {"run_uuid": run_id, "run_id": run_id, "metric_key": "val loss"})
with urllib.request.urlopen(urllib.request.Request(url, headers={"Connection": "close"})) as r:
    val_loss = json.loads(r.read().decode("utf-8"))["metrics"]

# An unknown run, as MLflow answers it.
try:
    urllib.request.urlopen(uri + "/api/2.0/mlflow/runs/get?run_id=nosuchrun")
    check(False, "unknown run answered 200")
except urllib.error.HTTPError as e:
    check(e.code == 404, "unknown run: HTTP %d" % e.code)
    check(json.loads(e.read().decode())["error_code"] == "RESOURCE_DOES_NOT_EXIST", "error code")

status, reply = call("GET", "runs/get", {"run_uuid": run_id, "run_id": run_id})
data = reply["run"]["data"]

# mlflow.end_run(): set_terminated -> update_run_info(FINISHED, end_time)
status, reply = call("POST", "runs/update", {"run_id": run_id, "run_uuid": run_id,
                                              "status": "FINISHED", "end_time": T0 + 9000})
check(status == 200 and reply["run_info"]["status"] == "FINISHED", "runs/update FINISHED")
check(reply["run_info"]["end_time"] == T0 + 9000, "end_time echoed")

check(len(local_ports) == 1, "one keep-alive connection served all calls: %s" % local_ports)
print(json.dumps({"loss": loss, "val_loss": val_loss,
                  "params": sorted((p["key"], p["value"]) for p in data["params"]),
                  "tags": sorted((t["key"], t["value"]) for t in data["tags"]),
                  "latest": sorted((m["key"], m["value"], m["step"]) for m in data["metrics"])}))
)PY";

} // namespace

class TestMlflowServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pythonClientLogsAsMlflowDoes();
    void runsGetReturnsTheRunAndItsData();
    void runStatusSpelling_data();
    void runStatusSpelling();
    void unknownRunIs404_data();
    void unknownRunIs404();
    void badRequestsAre400_data();
    void badRequestsAre400();
    void paramsAreImmutable();
    void valuesAsClientsEncodeThem();
    void experiments();
    void optionalBackendCallsHaveDefaults();
    void backendErrorsAre500();
    void loggedIsEmittedAfterStoring();
    void keepAliveServesTwoRequestsOnOneSocket();
    void pipelinedRequestsAreAnsweredInOrder();
    void http10ClosesAfterTheReply();
    void requestSplitAcrossWrites();
    void expectContinue();
    void oversizedBodyIs413();
    void chunkedBodyIs411();
    void malformedHttpIsRefusedAndClosed_data();
    void malformedHttpIsRefusedAndClosed();
    void unknownEndpointIs404();
    void manyConnectionsAtOnce();
    void idleConnectionsAreClosed();
    void portTakenIsAnError();
    void listensOnLoopbackOnly();
    void closeDropsConnections();

private:
    HttpReply exchange(const QByteArray &method, const QByteArray &path, const QByteArray &body);

    std::unique_ptr<MemoryBackend> m_backend;
    std::unique_ptr<MlflowServer> m_server;
};

void TestMlflowServer::initTestCase()
{
    Test::initTestEnvironment();
}

void TestMlflowServer::init()
{
    m_backend = std::make_unique<MemoryBackend>();
    MlflowBackend::RunInfo run;
    run.runId = RunId;
    run.experimentId = u"7"_s;
    run.experimentName = u"fashion"_s;
    run.status = u"Running"_s; // the studio's spelling
    run.startTimeMs = 1700000000000;
    run.artifactUri = u"file:///tmp/outputs"_s;
    m_backend->runs.insert(RunId, run);
    m_server = std::make_unique<MlflowServer>(m_backend.get());
    const Result<void> listening = m_server->listen();
    QVERIFY2(listening.ok(), qPrintable(listening ? QString() : listening.error().fullText()));
    QVERIFY(m_server->port() != 0);
}

void TestMlflowServer::cleanup()
{
    m_server.reset();
    m_backend.reset();
}

HttpReply TestMlflowServer::exchange(const QByteArray &method, const QByteArray &path,
                                     const QByteArray &body)
{
    Client client;
    if (!client.open(m_server->port()))
        return {};
    client.send(httpRequest(method, path, body));
    return client.next().value_or(HttpReply());
}

void TestMlflowServer::pythonClientLogsAsMlflowDoes()
{
    const QString python = u"/usr/bin/python3"_s;
    if (!QFile::exists(python))
        QSKIP("Debian's /usr/bin/python3 is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString script = dir.filePath(u"client.py"_s);
    {
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(PythonClient);
    }
    QSignalSpy logged(m_server.get(), &MlflowServer::logged);

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QHash<QString, QString> runEnv = m_server->runEnvironment(RunId);
    for (auto it = runEnv.cbegin(); it != runEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    env.remove(u"http_proxy"_s);
    env.remove(u"HTTP_PROXY"_s);
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(python, {script});
    // The server answers from this thread's event loop: wait by spinning it.
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 60000);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             err.constData());

    // What the backend received: values, steps and timestamps as sent.
    const qint64 t0 = 1700000000123;
    const QList<Metric> metrics = m_backend->allMetrics();
    QCOMPARE(metrics.size(), 6);
    QCOMPARE(metrics.at(0), (Metric{u"loss"_s, 0.5, 0, t0}));
    QCOMPARE(metrics.at(1), (Metric{u"loss"_s, 0.25, 1, t0 + 1000}));
    QCOMPARE(metrics.at(2).key, u"loss"_s);
    QVERIFY(std::isnan(metrics.at(2).value));
    QCOMPARE(metrics.at(2).step, 2);
    QCOMPARE(metrics.at(2).timestampMs, t0 + 2000);
    QCOMPARE(metrics.at(3), (Metric{u"loss"_s, 0.125, 3, t0 + 3000}));
    QCOMPARE(metrics.at(4), (Metric{u"acc"_s, 0.9, 1, t0 + 5000}));
    QCOMPARE(metrics.at(5), (Metric{u"val loss"_s, 0.75, 1, t0 + 5000}));
    QCOMPARE(m_backend->paramsByRun.value(RunId),
             (QList<KeyValue>{
                 {u"lr"_s, u"0.01"_s}, {u"epochs"_s, u"10"_s}, {u"optimizer"_s, u"adam"_s}}));
    QCOMPARE(m_backend->tagsByRun.value(RunId),
             (QList<KeyValue>{{u"team"_s, u"vision"_s}, {u"stage"_s, u"train"_s}}));
    QVERIFY(m_backend->contractViolations.isEmpty());
    QCOMPARE(m_backend->updates.size(), 2);
    QCOMPARE(m_backend->updates.at(0).status, u"RUNNING"_s);
    QCOMPARE(m_backend->updates.at(0).endTimeMs, 0);
    QCOMPARE(m_backend->updates.at(1).status, u"FINISHED"_s);
    QCOMPARE(m_backend->updates.at(1).endTimeMs, t0 + 9000);
    // log-parameter, 4 × log-metric, log-batch, set-tag stored something; the repeated param
    // did not, nor did the refused one.
    QCOMPARE(logged.count(), 7);
    QCOMPARE(logged.first().first().toString(), RunId);

    // What the client read back.
    const QJsonObject out = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    const QJsonArray loss = out.value(u"loss"_s).toArray();
    QCOMPARE(loss.size(), 4);
    QCOMPARE(loss.at(0).toObject(),
             (QJsonObject{
                 {u"key"_s, u"loss"_s}, {u"value"_s, 0.5}, {u"timestamp"_s, t0}, {u"step"_s, 0}}));
    QCOMPARE(loss.at(2).toObject().value(u"value"_s).toString(), u"NaN"_s);
    QCOMPARE(loss.at(3).toObject().value(u"timestamp"_s).toInteger(), t0 + 3000);
    QCOMPARE(loss.at(3).toObject().value(u"step"_s).toInteger(), 3);
    const QJsonArray valLoss = out.value(u"val_loss"_s).toArray();
    QCOMPARE(valLoss.size(), 1);
    QCOMPARE(valLoss.at(0).toObject().value(u"value"_s).toDouble(), 0.75);
    QCOMPARE(out.value(u"params"_s).toArray().size(), 3);
    QCOMPARE(out.value(u"tags"_s).toArray().size(), 2);
    const QJsonArray latest = out.value(u"latest"_s).toArray();
    QCOMPARE(latest.size(), 3);
    QCOMPARE(latest.at(1).toArray(), (QJsonArray{u"loss"_s, 0.125, 3}));
}

void TestMlflowServer::runsGetReturnsTheRunAndItsData()
{
    MlflowBackend::RunInfo &run = m_backend->runs[RunId];
    run.status = u"Completed"_s;
    run.endTimeMs = 1700000099000;
    m_backend->metrics[RunId]
        = {{u"loss"_s, 0.5, 0, 1700000000001},
           {u"loss"_s, std::numeric_limits<double>::quiet_NaN(), 1, 1700000000002},
           {u"acc"_s, -std::numeric_limits<double>::infinity(), 0, 1700000000003}};
    m_backend->paramsByRun[RunId] = {{u"lr"_s, u"0.01"_s}};
    m_backend->tagsByRun[RunId] = {{u"mlflow.source.name"_s, u"train.py"_s}};

    const HttpReply reply = exchange("GET", api("runs/get?run_id=" + RunId.toUtf8()), {});
    QCOMPARE(reply.status, 200);
    const QJsonObject runJson = reply.json().value(u"run"_s).toObject();
    const QJsonObject info = runJson.value(u"info"_s).toObject();
    QCOMPARE(info.value(u"run_id"_s).toString(), RunId);
    QCOMPARE(info.value(u"run_uuid"_s).toString(), RunId);
    QCOMPARE(info.value(u"experiment_id"_s).toString(), u"7"_s);
    QCOMPARE(info.value(u"status"_s).toString(), u"FINISHED"_s);
    QCOMPARE(info.value(u"start_time"_s).toInteger(), 1700000000000);
    QCOMPARE(info.value(u"end_time"_s).toInteger(), 1700000099000);
    QCOMPARE(info.value(u"artifact_uri"_s).toString(), u"file:///tmp/outputs"_s);
    QCOMPARE(info.value(u"lifecycle_stage"_s).toString(), u"active"_s);
    const QJsonObject data = runJson.value(u"data"_s).toObject();
    const QJsonArray metrics = data.value(u"metrics"_s).toArray();
    QCOMPARE(metrics.size(), 2);
    QCOMPARE(metrics.at(0).toObject().value(u"value"_s).toString(), u"NaN"_s);
    QCOMPARE(metrics.at(0).toObject().value(u"step"_s).toInteger(), 1);
    QCOMPARE(metrics.at(1).toObject().value(u"value"_s).toString(), u"-Infinity"_s);
    QCOMPARE(data.value(u"params"_s).toArray(),
             (QJsonArray{QJsonObject{{u"key"_s, u"lr"_s}, {u"value"_s, u"0.01"_s}}}));
    QCOMPARE(data.value(u"tags"_s).toArray().size(), 1);
}

void TestMlflowServer::runStatusSpelling_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("expected");
    QTest::newRow("MLflow RUNNING") << u"RUNNING"_s << u"RUNNING"_s;
    QTest::newRow("MLflow lower case") << u"finished"_s << u"FINISHED"_s;
    QTest::newRow("MLflow KILLED") << u"KILLED"_s << u"KILLED"_s;
    QTest::newRow("Queued") << toKey(RunStatus::Queued) << u"SCHEDULED"_s;
    QTest::newRow("Preparing") << toKey(RunStatus::Preparing) << u"SCHEDULED"_s;
    QTest::newRow("Starting") << toKey(RunStatus::Starting) << u"SCHEDULED"_s;
    QTest::newRow("Running") << toKey(RunStatus::Running) << u"RUNNING"_s;
    QTest::newRow("Finalizing") << toKey(RunStatus::Finalizing) << u"RUNNING"_s;
    QTest::newRow("Completed") << toKey(RunStatus::Completed) << u"FINISHED"_s;
    QTest::newRow("Failed") << toKey(RunStatus::Failed) << u"FAILED"_s;
    QTest::newRow("Canceled") << toKey(RunStatus::Canceled) << u"KILLED"_s;
    QTest::newRow("unknown") << u"Whatever"_s << u"RUNNING"_s;
    QTest::newRow("empty") << QString() << u"RUNNING"_s;
}

void TestMlflowServer::runStatusSpelling()
{
    QFETCH(QString, status);
    QFETCH(QString, expected);
    QCOMPARE(mlflowRunStatus(status), expected);
}

void TestMlflowServer::unknownRunIs404_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("endpoint");
    QTest::addColumn<QByteArray>("body");
    const QByteArray id = "nosuchrun";
    QTest::newRow("runs/get") << QByteArray("GET") << "runs/get?run_uuid=" + id + "&run_id=" + id
                              << QByteArray();
    QTest::newRow("get-history") << QByteArray("GET")
                                 << "metrics/get-history?run_id=" + id + "&metric_key=loss"
                                 << QByteArray();
    QTest::newRow("log-metric")
        << QByteArray("POST") << QByteArray("runs/log-metric")
        << R"({"run_id":"nosuchrun","key":"loss","value":1,"timestamp":1,"step":0})"_ba;
    QTest::newRow("log-parameter") << QByteArray("POST") << QByteArray("runs/log-parameter")
                                   << R"({"run_id":"nosuchrun","key":"lr","value":"1"})"_ba;
    QTest::newRow("log-batch") << QByteArray("POST") << QByteArray("runs/log-batch")
                               << R"({"run_id":"nosuchrun","tags":[{"key":"a","value":"b"}]})"_ba;
    QTest::newRow("empty log-batch")
        << QByteArray("POST") << QByteArray("runs/log-batch") << R"({"run_id":"nosuchrun"})"_ba;
    QTest::newRow("set-tag") << QByteArray("POST") << QByteArray("runs/set-tag")
                             << R"({"run_uuid":"nosuchrun","key":"a","value":"b"})"_ba;
    QTest::newRow("update") << QByteArray("POST") << QByteArray("runs/update")
                            << R"({"run_id":"nosuchrun","status":"FINISHED"})"_ba;
}

void TestMlflowServer::unknownRunIs404()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, endpoint);
    QFETCH(QByteArray, body);
    const HttpReply reply = exchange(method, api(endpoint), body);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.header("content-type"), "application/json");
    QCOMPARE(reply.errorCode(), u"RESOURCE_DOES_NOT_EXIST"_s);
    QCOMPARE(reply.message(), u"Run with id=nosuchrun not found"_s);
    QCOMPARE(m_backend->batches, 0);
    QVERIFY(m_backend->updates.isEmpty());
}

void TestMlflowServer::badRequestsAre400_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("endpoint");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");

    const QByteArray post = "POST";
    const QByteArray metric = "runs/log-metric";
    const QByteArray batch = "runs/log-batch";
    const QString invalid = u"INVALID_PARAMETER_VALUE"_s;
    auto body = [](const QString &rest) {
        return QString(u"{\"run_id\":\""_s + RunId + u"\""_s + rest + u"}"_s).toUtf8();
    };
    auto manyParams = [](int count) {
        QJsonArray params;
        for (int i = 0; i < count; ++i)
            params.append(QJsonObject{{u"key"_s, u"p%1"_s.arg(i)}, {u"value"_s, u"v"_s}});
        return params;
    };
    QJsonArray manyMetrics;
    for (int i = 0; i < 1001; ++i)
        manyMetrics.append(
            QJsonObject{{u"key"_s, u"m"_s}, {u"value"_s, i}, {u"timestamp"_s, 1}, {u"step"_s, i}});

    QTest::newRow("malformed JSON")
        << post << metric << "{\"run_id\": "_ba << u"MALFORMED_REQUEST"_s << u"not valid JSON"_s;
    QTest::newRow("not an object")
        << post << metric << "[1, 2]"_ba << u"MALFORMED_REQUEST"_s << u"JSON object"_s;
    QTest::newRow("no run_id") << post << metric << R"({"key":"loss","value":1,"timestamp":1})"_ba
                               << invalid << u"Missing value for required parameter 'run_id'"_s;
    QTest::newRow("empty body") << post << metric << QByteArray() << invalid << u"'run_id'"_s;
    QTest::newRow("no key") << post << metric << body(u",\"value\":1,\"timestamp\":1"_s) << invalid
                            << u"Missing value for required parameter 'key'"_s;
    QTest::newRow("no value") << post << metric << body(u",\"key\":\"loss\",\"timestamp\":1"_s)
                              << invalid << u"'value'"_s;
    QTest::newRow("no timestamp") << post << metric << body(u",\"key\":\"loss\",\"value\":1"_s)
                                  << invalid << u"'timestamp'"_s;
    QTest::newRow("value not a number")
        << post << metric << body(u",\"key\":\"loss\",\"value\":\"abc\",\"timestamp\":1"_s)
        << invalid << u"Invalid value 'abc' for parameter 'value'"_s;
    QTest::newRow("value a bool") << post << metric
                                  << body(u",\"key\":\"loss\",\"value\":true,\"timestamp\":1"_s)
                                  << invalid << u"'value'"_s;
    QTest::newRow("fractional step")
        << post << metric << body(u",\"key\":\"loss\",\"value\":1,\"timestamp\":1,\"step\":1.5"_s)
        << invalid << u"'step'"_s;
    QTest::newRow("negative timestamp")
        << post << metric << body(u",\"key\":\"loss\",\"value\":1,\"timestamp\":-5"_s) << invalid
        << u"nonnegative"_s;
    QTest::newRow("key not a string")
        << post << metric << body(u",\"key\":5,\"value\":1,\"timestamp\":1"_s) << invalid
        << u"'key'"_s;
    QTest::newRow("bad characters")
        << post << metric << body(u",\"key\":\"bad*name\",\"value\":1,\"timestamp\":1"_s) << invalid
        << u"Invalid metric name: 'bad*name'"_s;
    QTest::newRow("path-like ..") << post << metric
                                  << body(u",\"key\":\"../up\",\"value\":1,\"timestamp\":1"_s)
                                  << invalid << u"must not resolve to other names"_s;
    QTest::newRow("path-like //") << post << metric
                                  << body(u",\"key\":\"a//b\",\"value\":1,\"timestamp\":1"_s)
                                  << invalid << u"must not resolve to other names"_s;
    QTest::newRow("path-like leading /")
        << post << metric << body(u",\"key\":\"/abs\",\"value\":1,\"timestamp\":1"_s) << invalid
        << u"must not resolve to other names"_s;
    QTest::newRow("key too long") << post << metric
                                  << body(u",\"key\":\""_s + QString(251, u'k')
                                          + u"\",\"value\":1,\"timestamp\":1"_s)
                                  << invalid << u"exceeded length limit of 250"_s;
    QTest::newRow("param value too long")
        << post << "runs/log-parameter"_ba
        << body(u",\"key\":\"p\",\"value\":\""_s + QString(6001, u'v') + u"\""_s) << invalid
        << u"exceeded length limit of 6000"_s;
    QTest::newRow("tag value too long")
        << post << "runs/set-tag"_ba
        << body(u",\"key\":\"t\",\"value\":\""_s + QString(8001, u'v') + u"\""_s) << invalid
        << u"exceeded length limit of 8000"_s;
    QTest::newRow("batch metrics not a list")
        << post << batch << body(u",\"metrics\":{\"key\":\"a\"}"_s) << invalid << u"'metrics'"_s;
    QTest::newRow("batch metric without timestamp")
        << post << batch
        << body(u",\"metrics\":[{\"key\":\"a\",\"value\":1,\"timestamp\":1},"
                "{\"key\":\"a\",\"value\":2}]"_s)
        << invalid << u"'metrics[1].timestamp'"_s;
    QTest::newRow("101 params") << post << batch
                                << json(QJsonObject{{u"run_id"_s, RunId},
                                                    {u"params"_s, manyParams(101)}})
                                << invalid << u"at most 100 params"_s;
    QTest::newRow("1001 metrics") << post << batch
                                  << json(QJsonObject{{u"run_id"_s, RunId},
                                                      {u"metrics"_s, manyMetrics}})
                                  << invalid << u"at most 1000 metrics"_s;
    QTest::newRow("duplicate param keys")
        << post << batch
        << body(u",\"params\":[{\"key\":\"a\",\"value\":\"1\"},{\"key\":\"a\",\"value\":\"1\"}]"_s)
        << invalid << u"Duplicate parameter keys"_s;
    QTest::newRow("unknown status")
        << post << "runs/update"_ba << body(u",\"status\":\"DONE\""_s) << invalid << u"'status'"_s;
    QTest::newRow("history without key") << "GET"_ba
                                         << "metrics/get-history?run_id=" + RunId.toUtf8()
                                         << QByteArray() << invalid << u"'metric_key'"_s;
    QTest::newRow("experiment without id")
        << "GET"_ba
        << "experiments/get"_ba << QByteArray() << invalid << u"'experiment_id'"_s;
}

void TestMlflowServer::badRequestsAre400()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, endpoint);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);
    QSignalSpy logged(m_server.get(), &MlflowServer::logged);
    const HttpReply reply = exchange(method, api(endpoint), body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), code);
    QVERIFY2(reply.message().contains(messagePart), qPrintable(reply.message()));
    QCOMPARE(m_backend->batches, 0);
    QCOMPARE(logged.count(), 0);
}

void TestMlflowServer::paramsAreImmutable()
{
    const QByteArray lr
        = json({{u"run_id"_s, RunId}, {u"key"_s, u"lr"_s}, {u"value"_s, u"0.01"_s}});
    QCOMPARE(exchange("POST", api("runs/log-parameter"), lr).status, 200);
    QCOMPARE(exchange("POST", api("runs/log-parameter"), lr).status, 200); // same value: fine
    QCOMPARE(m_backend->batches, 1); // … and not stored twice

    const HttpReply changed
        = exchange("POST", api("runs/log-parameter"),
                   json({{u"run_id"_s, RunId}, {u"key"_s, u"lr"_s}, {u"value"_s, u"0.02"_s}}));
    QCOMPARE(changed.status, 400);
    QCOMPARE(changed.errorCode(), u"INVALID_PARAMETER_VALUE"_s);
    QVERIFY2(changed.message().contains(u"Changing param values is not allowed"_s),
             qPrintable(changed.message()));
    QVERIFY(changed.message().contains(u"'0.01'"_s));
    QVERIFY(changed.message().contains(u"'0.02'"_s));

    // In a batch: a param already logged with its value is dropped, the new one stored…
    const QByteArray sameAndNew
        = R"({"run_id":"quiet_lamp_4k2m9x7q1b","params":[{"key":"lr","value":"0.01"},)"
          R"({"key":"epochs","value":"10"}]})";
    QCOMPARE(exchange("POST", api("runs/log-batch"), sameAndNew).status, 200);
    // … and a changed one refuses the whole batch: nothing of it is stored.
    const QByteArray changedAndNew
        = R"({"run_id":"quiet_lamp_4k2m9x7q1b","params":[{"key":"lr","value":"0.5"},)"
          R"({"key":"seed","value":"1"}],"metrics":[{"key":"m","value":1,"timestamp":1}]})";
    const HttpReply refused = exchange("POST", api("runs/log-batch"), changedAndNew);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.errorCode(), u"INVALID_PARAMETER_VALUE"_s);

    QCOMPARE(m_backend->paramsByRun.value(RunId),
             (QList<KeyValue>{{u"lr"_s, u"0.01"_s}, {u"epochs"_s, u"10"_s}}));
    QVERIFY(m_backend->allMetrics().isEmpty());
    QVERIFY(m_backend->contractViolations.isEmpty());

    // Tags, unlike params, change.
    for (const QString &value : {u"a"_s, u"b"_s}) {
        QCOMPARE(exchange("POST", api("runs/set-tag"),
                          json({{u"run_id"_s, RunId}, {u"key"_s, u"t"_s}, {u"value"_s, value}}))
                     .status,
                 200);
    }
    QCOMPARE(m_backend->tagsByRun.value(RunId), (QList<KeyValue>{{u"t"_s, u"b"_s}}));
}

void TestMlflowServer::valuesAsClientsEncodeThem()
{
    // protobuf's JSON strings for non-finite doubles and int64s.
    QCOMPARE(exchange("POST", api("runs/log-metric"),
                      R"({"run_id":"quiet_lamp_4k2m9x7q1b","key":"a","value":"Infinity",)"
                      R"("timestamp":"1700000000001","step":"-2"})")
                 .status,
             200);
    // Python's json.dumps writes bare NaN / -Infinity tokens (not JSON, but common).
    QCOMPARE(exchange("POST", api("runs/log-batch"),
                      R"({"run_id": "quiet_lamp_4k2m9x7q1b", "metrics": [)"
                      R"({"key": "a", "value": NaN, "timestamp": 2, "step": 1},)"
                      R"({"key": "a", "value": -Infinity, "timestamp": 3, "step": 2}],)"
                      R"( "tags": [{"key": "note", "value": "NaN and Infinity stay text"}]})")
                 .status,
             200);
    // A body double-encoded as a JSON string (very old clients); run_uuid alone.
    const QByteArray doubleEncoded = json(QJsonObject{
        {u"run_uuid"_s, RunId}, {u"key"_s, u"a"_s}, {u"value"_s, 1e300}, {u"timestamp"_s, 4}});
    QCOMPARE(exchange("POST", api("runs/log-metric"),
                      QJsonDocument(QJsonArray{QString::fromUtf8(doubleEncoded)})
                          .toJson(QJsonDocument::Compact)
                          .chopped(1)
                          .sliced(1))
                 .status,
             200);
    // The preview and ajax-api prefixes; an integer value; step absent means 0.
    QCOMPARE(exchange("POST", "/api/2.0/preview/mlflow/runs/log-metric",
                      R"({"run_id":"quiet_lamp_4k2m9x7q1b","key":"a","value":7,"timestamp":5})")
                 .status,
             200);
    QCOMPARE(exchange("POST", "/ajax-api/2.0/mlflow/runs/log-metric",
                      R"({"run_id":"quiet_lamp_4k2m9x7q1b","key":"a","value":"0.5",)"
                      R"("timestamp":6,"step":9223372036854775807})")
                 .status,
             200);

    const QList<Metric> metrics = m_backend->allMetrics();
    QCOMPARE(metrics.size(), 6);
    QVERIFY(std::isinf(metrics.at(0).value) && metrics.at(0).value > 0);
    QCOMPARE(metrics.at(0).timestampMs, 1700000000001);
    QCOMPARE(metrics.at(0).step, -2);
    QVERIFY(std::isnan(metrics.at(1).value));
    QVERIFY(std::isinf(metrics.at(2).value) && metrics.at(2).value < 0);
    QCOMPARE(metrics.at(3).value, 1e300);
    QCOMPARE(metrics.at(4), (Metric{u"a"_s, 7, 0, 5}));
    QCOMPARE(metrics.at(5).value, 0.5);
    QCOMPARE(metrics.at(5).step, std::numeric_limits<qint64>::max());
    QCOMPARE(m_backend->tagsByRun.value(RunId),
             (QList<KeyValue>{{u"note"_s, u"NaN and Infinity stay text"_s}}));

    // Read back: non-finite values as protobuf's strings, int64s exact.
    const HttpReply history = exchange(
        "GET", api("metrics/get-history?run_id=" + RunId.toUtf8() + "&metric_key=a"), {});
    QCOMPARE(history.status, 200);
    const QJsonArray array = history.json().value(u"metrics"_s).toArray();
    QCOMPARE(array.size(), 6);
    QCOMPARE(array.at(0).toObject().value(u"value"_s).toString(), u"Infinity"_s);
    QCOMPARE(array.at(1).toObject().value(u"value"_s).toString(), u"NaN"_s);
    QCOMPARE(array.at(2).toObject().value(u"value"_s).toString(), u"-Infinity"_s);
    QCOMPARE(array.at(3).toObject().value(u"value"_s).toDouble(), 1e300);
    QVERIFY(history.body.contains("\"step\":9223372036854775807"));
}

void TestMlflowServer::experiments()
{
    m_backend->experiments.append({u"7"_s, u"fashion"_s, u"file:///tmp/exp"_s, 10, 20});
    const HttpReply byName
        = exchange("GET", api("experiments/get-by-name?experiment_name=fashion"), {});
    QCOMPARE(byName.status, 200);
    const QJsonObject experiment = byName.json().value(u"experiment"_s).toObject();
    QCOMPARE(experiment.value(u"experiment_id"_s).toString(), u"7"_s);
    QCOMPARE(experiment.value(u"name"_s).toString(), u"fashion"_s);
    QCOMPARE(experiment.value(u"lifecycle_stage"_s).toString(), u"active"_s);
    QCOMPARE(experiment.value(u"creation_time"_s).toInteger(), 10);

    const HttpReply byId = exchange("GET", api("experiments/get?experiment_id=7"), {});
    QCOMPARE(byId.status, 200);
    QCOMPARE(byId.json().value(u"experiment"_s).toObject().value(u"name"_s).toString(),
             u"fashion"_s);

    const HttpReply unknown
        = exchange("GET", api("experiments/get-by-name?experiment_name=no+such+thing"), {});
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), u"RESOURCE_DOES_NOT_EXIST"_s);
    QVERIFY2(unknown.message().contains(u"'no such thing'"_s), qPrintable(unknown.message()));
}

void TestMlflowServer::optionalBackendCallsHaveDefaults()
{
    MinimalBackend backend;
    MlflowServer server(&backend);
    QVERIFY(server.listen().ok());
    Client client;
    QVERIFY(client.open(server.port()));
    client.send(httpRequest("POST", api("runs/update"), R"({"run_id":"r1","status":"KILLED"})"));
    std::optional<HttpReply> reply = client.next();
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    const QJsonObject info = reply->json().value(u"run_info"_s).toObject();
    QCOMPARE(info.value(u"status"_s).toString(), u"KILLED"_s);
    QCOMPARE(info.value(u"experiment_id"_s).toString(), u"0"_s);
    client.send(httpRequest("GET", api("experiments/get?experiment_id=0"), {}));
    reply = client.next();
    QVERIFY(reply);
    QCOMPARE(reply->status, 404);
    QCOMPARE(reply->errorCode(), u"RESOURCE_DOES_NOT_EXIST"_s);
}

void TestMlflowServer::backendErrorsAre500()
{
    m_backend->failWith = Error{u"The workspace database is locked."_s, u"SQLITE_BUSY"_s};
    QSignalSpy logged(m_server.get(), &MlflowServer::logged);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"failed in storage: The workspace "_s
                                                          u"database is locked"_s));
    const HttpReply reply
        = exchange("POST", api("runs/log-metric"),
                   R"({"run_id":"quiet_lamp_4k2m9x7q1b","key":"a","value":1,"timestamp":1})");
    QCOMPARE(reply.status, 500);
    QCOMPARE(reply.errorCode(), u"INTERNAL_ERROR"_s);
    QCOMPARE(reply.message(), u"The workspace database is locked."_s);
    QCOMPARE(logged.count(), 0);
}

void TestMlflowServer::loggedIsEmittedAfterStoring()
{
    QSignalSpy logged(m_server.get(), &MlflowServer::logged);
    connect(m_server.get(), &MlflowServer::logged, this, [this](const QString &) {
        // Stored before the signal: a slot reading the store sees the new value.
        QCOMPARE(m_backend->allMetrics().size(), 1);
    });
    QCOMPARE(exchange("GET", api("runs/get?run_id=" + RunId.toUtf8()), {}).status, 200);
    QCOMPARE(logged.count(), 0);
    QCOMPARE(exchange("POST", api("runs/log-metric"),
                      R"({"run_id":"quiet_lamp_4k2m9x7q1b","key":"a","value":1,"timestamp":1})")
                 .status,
             200);
    QCOMPARE(logged.count(), 1);
    QCOMPARE(logged.first().first().toString(), RunId);
    // An empty batch stores nothing, so nothing to refresh.
    QCOMPARE(
        exchange("POST", api("runs/log-batch"), R"({"run_id":"quiet_lamp_4k2m9x7q1b"})").status,
        200);
    QCOMPARE(logged.count(), 1);
}

void TestMlflowServer::keepAliveServesTwoRequestsOnOneSocket()
{
    Client client;
    QVERIFY(client.open(m_server->port()));
    client.send(httpRequest("POST", api("runs/log-metric"),
                            R"({"run_id":"quiet_lamp_4k2m9x7q1b","key":"a","value":1,)"
                            R"("timestamp":1,"step":0})",
                            "Connection: keep-alive\r\n"));
    std::optional<HttpReply> first = client.next();
    QVERIFY(first);
    QCOMPARE(first->status, 200);
    QCOMPARE(first->header("connection"), "keep-alive");
    QCOMPARE(m_server->connectionCount(), 1);
    client.send(httpRequest(
        "GET", api("metrics/get-history?run_id=" + RunId.toUtf8() + "&metric_key=a"), {}));
    std::optional<HttpReply> second = client.next();
    QVERIFY(second);
    QCOMPARE(second->status, 200);
    QCOMPARE(second->json().value(u"metrics"_s).toArray().size(), 1);
    QVERIFY(client.isConnected());
    QCOMPARE(m_server->connectionCount(), 1);
}

void TestMlflowServer::pipelinedRequestsAreAnsweredInOrder()
{
    Client client;
    QVERIFY(client.open(m_server->port()));
    QByteArray both;
    for (int step = 0; step < 3; ++step) {
        both += httpRequest("POST", api("runs/log-metric"),
                            json({{u"run_id"_s, RunId},
                                  {u"key"_s, u"a"_s},
                                  {u"value"_s, step},
                                  {u"timestamp"_s, 1},
                                  {u"step"_s, step}}));
    }
    both += httpRequest("GET", api("runs/get?run_id=nosuchrun"), {});
    client.send(both);
    for (int i = 0; i < 3; ++i) {
        const std::optional<HttpReply> reply = client.next();
        QVERIFY(reply);
        QCOMPARE(reply->status, 200);
    }
    const std::optional<HttpReply> last = client.next();
    QVERIFY(last);
    QCOMPARE(last->status, 404);
    QCOMPARE(m_backend->allMetrics().size(), 3);
    QCOMPARE(m_backend->allMetrics().at(2).step, 2);
}

void TestMlflowServer::http10ClosesAfterTheReply()
{
    Client client;
    QVERIFY(client.open(m_server->port()));
    client.send("GET " + api("runs/get?run_id=" + RunId.toUtf8()) + " HTTP/1.0\r\n\r\n");
    const std::optional<HttpReply> reply = client.next();
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    QCOMPARE(reply->header("connection"), "close");
    QVERIFY(client.waitClosed());
    QTRY_COMPARE(m_server->connectionCount(), 0);
}

void TestMlflowServer::requestSplitAcrossWrites()
{
    Client client;
    QVERIFY(client.open(m_server->port()));
    const QByteArray request = httpRequest(
        "POST", api("runs/log-metric"),
        R"({"run_id":"quiet_lamp_4k2m9x7q1b","key":"split","value":0.5,"timestamp":7,"step":3})");
    // Cut inside the request line, a header name, the blank line and the body.
    const QList<qsizetype> cuts = {3,
                                   20,
                                   request.indexOf("Length") + 2,
                                   request.indexOf("\r\n\r\n") + 2,
                                   request.size() - 10,
                                   request.size() - 1};
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        client.send(request.mid(from, cut - from));
        from = cut;
        QTest::qWait(20); // let the server read this piece on its own
        QVERIFY2(client.pending().isEmpty(), "answered before the request was complete");
        QCOMPARE(m_backend->batches, 0);
    }
    client.send(request.mid(from));
    const std::optional<HttpReply> reply = client.next();
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    QCOMPARE(m_backend->allMetrics(), (QList<Metric>{{u"split"_s, 0.5, 3, 7}}));
}

void TestMlflowServer::expectContinue()
{
    Client client;
    QVERIFY(client.open(m_server->port()));
    const QByteArray body
        = R"({"run_id":"quiet_lamp_4k2m9x7q1b","key":"a","value":1,"timestamp":1})";
    client.send("POST " + api("runs/log-metric") + " HTTP/1.1\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\nExpect: 100-continue\r\n\r\n");
    const std::optional<HttpReply> interim = client.next();
    QVERIFY(interim);
    QCOMPARE(interim->status, 100);
    client.send(body);
    const std::optional<HttpReply> reply = client.next();
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    QCOMPARE(m_backend->allMetrics().size(), 1);
}

void TestMlflowServer::oversizedBodyIs413()
{
    Client client;
    QVERIFY(client.open(m_server->port()));
    // The headers alone announce it: the server answers without reading 16 MiB.
    client.send("POST " + api("runs/log-batch") + " HTTP/1.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + QByteArray::number(MlflowServer::MaxBodyBytes + 1)
                + "\r\n\r\n{\"run_id\":");
    const std::optional<HttpReply> reply = client.next();
    QVERIFY(reply);
    QCOMPARE(reply->status, 413);
    QCOMPARE(reply->header("connection"), "close");
    QVERIFY(client.waitClosed());
    QCOMPARE(m_backend->batches, 0);
}

void TestMlflowServer::chunkedBodyIs411()
{
    Client client;
    QVERIFY(client.open(m_server->port()));
    client.send("POST " + api("runs/log-metric")
                + " HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\n0\r\n\r\n");
    const std::optional<HttpReply> reply = client.next();
    QVERIFY(reply);
    QCOMPARE(reply->status, 411);
    QVERIFY(reply->json().value(u"message"_s).toString().contains(u"Content-Length"_s));
    QVERIFY(client.waitClosed());
}

void TestMlflowServer::malformedHttpIsRefusedAndClosed_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("garbage") << "GARBAGE\r\n\r\n"_ba << 400;
    QTest::newRow("not HTTP") << "GET / FTP/1.0\r\n\r\n"_ba << 400;
    QTest::newRow("HTTP/2") << "GET / HTTP/2.0\r\n\r\n"_ba << 505;
    QTest::newRow("bad length") << "POST / HTTP/1.1\r\nContent-Length: x\r\n\r\n"_ba << 400;
    QTest::newRow("conflicting lengths")
        << "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n12"_ba << 400;
    QTest::newRow("header without colon") << "GET / HTTP/1.1\r\nHost\r\n\r\n"_ba << 400;
    QTest::newRow("headers too large")
        << "GET / HTTP/1.1\r\nX: " + QByteArray(MlflowServer::MaxHeaderBytes + 1, 'x') << 431;
}

void TestMlflowServer::malformedHttpIsRefusedAndClosed()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    Client client;
    QVERIFY(client.open(m_server->port()));
    client.send(request);
    const std::optional<HttpReply> reply = client.next();
    QVERIFY(reply);
    QCOMPARE(reply->status, status);
    QVERIFY(client.waitClosed());
}

void TestMlflowServer::unknownEndpointIs404()
{
    const HttpReply unknown = exchange("POST", api("runs/delete"), R"({"run_id":"x"})");
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), u"ENDPOINT_NOT_FOUND"_s);
    QVERIFY(unknown.message().contains(u"/api/2.0/mlflow/runs/delete"_s));
    QCOMPARE(exchange("GET", "/", {}).errorCode(), u"ENDPOINT_NOT_FOUND"_s);
    QCOMPARE(exchange("GET", "/api/2.0/mlflow/", {}).status, 404);
    QCOMPARE(exchange("GET", "/api/2.1/mlflow/runs/get?run_id=x", {}).status, 404);

    const HttpReply wrongMethod = exchange("GET", api("runs/log-metric"), {});
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.header("allow"), "POST");
}

void TestMlflowServer::manyConnectionsAtOnce()
{
    constexpr int Count = 64;
    std::vector<std::unique_ptr<Client>> clients;
    QList<QByteArray> requests;
    for (int i = 0; i < Count; ++i) {
        clients.push_back(std::make_unique<Client>());
        QVERIFY(clients.back()->open(m_server->port()));
        requests.append(httpRequest("POST", api("runs/log-metric"),
                                    json({{u"run_id"_s, RunId},
                                          {u"key"_s, u"c"_s},
                                          {u"value"_s, i},
                                          {u"timestamp"_s, i},
                                          {u"step"_s, i}})));
    }
    QTRY_COMPARE(m_server->connectionCount(), Count);
    // Every connection has half a request pending while the others send theirs.
    for (int i = 0; i < Count; ++i)
        clients[i]->send(requests[i].left(requests[i].size() / 2));
    for (int i = Count - 1; i >= 0; --i)
        clients[i]->send(requests[i].mid(requests[i].size() / 2));
    for (int i = 0; i < Count; ++i) {
        const std::optional<HttpReply> reply = clients[i]->next();
        QVERIFY(reply);
        QCOMPARE(reply->status, 200);
    }
    QList<qint64> steps;
    for (const Metric &metric : m_backend->allMetrics())
        steps.append(metric.step);
    std::sort(steps.begin(), steps.end());
    QCOMPARE(steps.size(), Count);
    for (int i = 0; i < Count; ++i)
        QCOMPARE(steps.at(i), i);
}

void TestMlflowServer::idleConnectionsAreClosed()
{
    m_server->setIdleTimeout(std::chrono::milliseconds(100));
    Client idle;
    QVERIFY(idle.open(m_server->port()));
    QTRY_COMPARE(m_server->connectionCount(), 1);
    QVERIFY(idle.waitClosed());
    QTRY_COMPARE(m_server->connectionCount(), 0);
    // A new connection after that is served as usual.
    QCOMPARE(exchange("GET", api("runs/get?run_id=" + RunId.toUtf8()), {}).status, 200);
}

void TestMlflowServer::portTakenIsAnError()
{
    const quint16 port = m_server->port();
    MlflowServer second(m_backend.get());
    const Result<void> result = second.listen(port);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QString::number(port)),
             qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(u"already in use"_s),
             qPrintable(result.error().message));
    QCOMPARE(second.port(), 0);
    QVERIFY(!second.isListening());

    const Result<void> again = m_server->listen();
    QVERIFY(!again.ok());
    QCOMPARE(m_server->port(), port);
}

void TestMlflowServer::listensOnLoopbackOnly()
{
    QCOMPARE(m_server->trackingUri(), u"http://127.0.0.1:%1"_s.arg(m_server->port()));
    const QHash<QString, QString> env = m_server->runEnvironment(RunId);
    QCOMPARE(env.value(u"MLFLOW_TRACKING_URI"_s), m_server->trackingUri());
    QCOMPARE(env.value(u"MLFLOW_RUN_ID"_s), RunId);

    QHostAddress external;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol) {
            external = address;
            break;
        }
    }
    if (external.isNull())
        QSKIP("This machine has no non-loopback IPv4 address to try");
    QTcpSocket socket;
    QSignalSpy errors(&socket, &QAbstractSocket::errorOccurred);
    socket.connectToHost(external, m_server->port());
    QTRY_VERIFY(errors.count() > 0 || socket.state() == QAbstractSocket::ConnectedState);
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
}

void TestMlflowServer::closeDropsConnections()
{
    Client client;
    QVERIFY(client.open(m_server->port()));
    QTRY_COMPARE(m_server->connectionCount(), 1);
    m_server->close();
    QCOMPARE(m_server->connectionCount(), 0);
    QCOMPARE(m_server->port(), 0);
    QVERIFY(client.waitClosed());
}

QTEST_GUILESS_MAIN(TestMlflowServer)
#include "tst_mlflowserver.moc"
