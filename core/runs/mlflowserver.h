#pragma once

#include "../util/result.h"
#include "runrecord.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>
#include <unordered_map>

QT_BEGIN_NAMESPACE
class QTcpServer;
class QTcpSocket;
QT_END_NAMESPACE

namespace Studio {

/// What the MLflow server asks of its storage. The agent implements it over RunStore; tests
/// use an in-memory one. Calls are synchronous and made on the server's thread.
///
/// The server validates everything before it stores (names, lengths, batch limits, numbers)
/// and keeps MLflow's rule that a param never changes: logBatch() receives only params the
/// run does not have yet (a param logged again with the same value is dropped, with a
/// different value refused). Tags are set, replacing a tag of the same key. Metrics are
/// appended: a key has one value per (step, timestamp) as logged, in the order logged.
///
/// An Error returned by the backend reaches the client as HTTP 500 INTERNAL_ERROR, which the
/// MLflow client retries (a few times, with back-off): fine for a busy database.
class MlflowBackend
{
public:
    virtual ~MlflowBackend() = default;

    struct RunInfo
    {
        QString runId;
        QString experimentId; ///< "0" is sent when empty (MLflow's Default experiment)
        QString experimentName;
        /// MLflow's spelling (RUNNING, SCHEDULED, FINISHED, FAILED, KILLED) or the studio's
        /// (toKey(RunStatus): "Running", "Completed", …); see mlflowRunStatus().
        QString status;
        qint64 startTimeMs = 0;
        qint64 endTimeMs = 0; ///< 0 while the run has not ended (not sent)
        /// Where mlflow.log_artifact() writes: a file:// URI of the run's outputs lets a
        /// script's artifacts land there (the client copies them itself).
        QString artifactUri;
    };

    struct ExperimentInfo
    {
        QString experimentId;
        QString name;
        QString artifactLocation;
        qint64 creationTimeMs = 0;
        qint64 lastUpdateTimeMs = 0;
    };

    /// The run, or nullopt when there is no such run (the client gets 404).
    virtual Result<std::optional<RunInfo>> findRun(const QString &runId) = 0;
    /// Stores one request's worth atomically (a transaction): all of it or none.
    virtual Result<void> logBatch(const QString &runId, const QList<Metric> &metrics,
                                  const QList<KeyValue> &params, const QList<KeyValue> &tags)
        = 0;
    /// Every value of the metric, in the order logged.
    virtual Result<QList<Metric>> metricHistory(const QString &runId, const QString &key) = 0;
    /// For runs/get data and the param immutability check.
    virtual Result<QList<KeyValue>> params(const QString &runId) = 0;
    virtual Result<QList<KeyValue>> tags(const QString &runId) = 0;
    /// The last logged value of each metric key (runs/get data).
    virtual Result<QList<Metric>> latestMetrics(const QString &runId) = 0;

    /// runs/update, which mlflow.start_run() (status RUNNING) and mlflow.end_run() (FINISHED,
    /// FAILED or KILLED, with an end time) send. `status` is MLflow's spelling, empty when not
    /// given; endTimeMs 0 when not given. The default ignores it: the run engine decides a
    /// run's status from its processes, not from what the script says.
    virtual Result<void> updateRun(const QString &runId, const QString &status, qint64 endTimeMs);
    /// experiments/get and experiments/get-by-name (mlflow.set_experiment() asks by name).
    /// The defaults know no experiment (the client gets 404 RESOURCE_DOES_NOT_EXIST).
    virtual Result<std::optional<ExperimentInfo>> findExperiment(const QString &experimentId);
    virtual Result<std::optional<ExperimentInfo>> findExperimentByName(const QString &name);
};

/// MLflow's run status for a status as the backend spells it: MLflow's own names pass
/// (any case); the studio's RunStatus keys map (Queued/Preparing/Starting → SCHEDULED,
/// Completed → FINISHED, Failed → FAILED, Canceled → KILLED, others → RUNNING); anything
/// else is RUNNING, since the client refuses a status it does not know.
QString mlflowRunStatus(const QString &status);

/// The subset of MLflow's tracking REST API (2.0) that mlflow.start_run() with MLFLOW_RUN_ID
/// set, log_metric(s), log_param(s), log_batch, set_tag(s), end_run and get_metric_history use,
/// so a script written for Azure ML logs to the studio unchanged:
///
///   GET  runs/get, metrics/get-history, experiments/get, experiments/get-by-name
///   POST runs/log-metric, runs/log-parameter, runs/log-batch, runs/set-tag, runs/update
///
/// under /api/2.0/mlflow/, /api/2.0/preview/mlflow/ and /ajax-api/2.0/mlflow/. Bodies are
/// what the client's RestStore sends: int64 fields as numbers or (older clients) strings,
/// doubles as numbers or "NaN"/"Infinity"/"-Infinity" strings (protobuf's JSON); a body
/// double-encoded as a JSON string (very old clients) and bare NaN/Infinity tokens (Python's
/// json.dumps) are accepted too. Errors are MLflow's: {"error_code": …, "message": …} with
/// 400 INVALID_PARAMETER_VALUE (or MALFORMED_REQUEST for a body that is not JSON), 404
/// RESOURCE_DOES_NOT_EXIST for an unknown run or experiment, 404 ENDPOINT_NOT_FOUND.
///
/// HTTP/1.1 over QTcpServer on 127.0.0.1 only, no authentication: keep-alive and pipelining,
/// requests split over many reads, many connections at once (up to MaxConnections), idle
/// connections closed after idleTimeout(). Bodies need a Content-Length: chunked bodies get
/// 411, bodies over MaxBodyBytes 413, headers over MaxHeaderBytes 431 (each then closes).
class MlflowServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MlflowServer)

public:
    static constexpr qsizetype MaxBodyBytes = 16 * 1024 * 1024;
    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr int MaxConnections = 256;

    explicit MlflowServer(MlflowBackend *backend, QObject *parent = nullptr);
    ~MlflowServer() override;

    /// Listens on 127.0.0.1:port; 0 picks a free port. Fails (saying so) when the port is
    /// taken or the server already listens.
    Result<void> listen(quint16 port = 0);
    bool isListening() const;
    quint16 port() const;        ///< 0 when not listening
    QString trackingUri() const; ///< "http://127.0.0.1:PORT"
    /// What a run's process needs to log here: MLFLOW_TRACKING_URI and MLFLOW_RUN_ID.
    QHash<QString, QString> runEnvironment(const QString &runId) const;
    /// Stops listening and closes every connection.
    void close();

    /// A connection without traffic this long is closed (the client reconnects). Default 5 min.
    void setIdleTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds idleTimeout() const { return m_idleTimeout; }
    int connectionCount() const { return int(m_connections.size()); }

signals:
    /// After metrics, params or tags of the run were stored (the UI refreshes its charts).
    void logged(const QString &runId);

private:
    struct Connection;

    void acceptConnections();
    void readFrom(QTcpSocket *socket);
    void drop(QTcpSocket *socket);

    MlflowBackend *m_backend; // Not owned.
    QTcpServer *m_server;     // Owned (child).
    std::unordered_map<QTcpSocket *, std::unique_ptr<Connection>> m_connections;
    std::chrono::milliseconds m_idleTimeout{std::chrono::minutes(5)};
};

} // namespace Studio
