#pragma once

#include "runspec.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Studio {

/// Run status values as the studio spells them (ARCHITECTURE "Words").
enum class RunStatus {
    NotStarted,
    Queued,
    Preparing,
    Starting,
    Running,
    Finalizing,
    CancelRequested,
    Completed,
    Failed,
    Canceled,
    NotResponding,
};

QString toKey(RunStatus status); ///< "Running", … (DB, JSON, CLI)
std::optional<RunStatus> runStatusFromString(QStringView text);
QString displayName(RunStatus status); ///< translated
/// Completed, Failed and Canceled: the run will not change any more.
bool isTerminal(RunStatus status);
QList<RunStatus> allRunStatuses();

/// One metric value as `mlflow.log_metric` sends it.
struct Metric
{
    QString key;
    double value = 0;
    qint64 step = 0;
    qint64 timestampMs = 0; ///< milliseconds since the epoch
    friend bool operator==(const Metric &, const Metric &) = default;
};

/// A param or a tag: a key and a string value.
struct KeyValue
{
    QString key;
    QString value;
    friend bool operator==(const KeyValue &, const KeyValue &) = default;
};

/// Where a run's source came from, when it is a git work tree.
struct GitInfo
{
    bool isRepository = false;
    QString repositoryUrl; ///< remote "origin" URL, empty when none
    QString branch;        ///< empty on a detached HEAD
    QString commit;
    bool dirty = false;

    QJsonObject toJson() const;
    static GitInfo fromJson(const QJsonObject &json);
    friend bool operator==(const GitInfo &, const GitInfo &) = default;
};

/// A status a run went through, and when.
struct RunStatusEvent
{
    RunStatus status = RunStatus::NotStarted;
    QDateTime at;
    friend bool operator==(const RunStatusEvent &, const RunStatusEvent &) = default;
};

/// One run as stored.
struct RunRecord
{
    qint64 id = 0;
    QString name; ///< unique in the workspace, e.g. "quiet_lamp_4k2m9x7q1b"
    QString experimentName;
    QString displayName;
    QString compute;
    RunStatus status = RunStatus::NotStarted;
    RunSpec spec;
    QString error; ///< why it failed (exit code, signal, timeout, environment), empty otherwise
    QString createdBy;
    QDateTime createdOn;
    QDateTime startedOn; ///< entered Running
    QDateTime endedOn;   ///< reached a terminal status
    QString snapshotId;  ///< the snapshot manifest's id, empty until snapshotted
    GitInfo git;
    std::optional<int> exitCode; ///< of rank 0 (or the first failing process)
    QStringList nodes;           ///< node ids the run holds (clusters)

    /// Seconds from created (or started, once started) to ended or now.
    qint64 durationSeconds(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    /// `cstudio job show` properties (without metrics/params, which the store adds).
    QJsonObject toJson() const;
};

/// A node of a local compute (the instance itself, or a cluster node).
struct NodeRecord
{
    QString compute;
    QString nodeId;  ///< "tvmps_…"-like id, unique within the compute
    QString state;   ///< idle, preparing, running, leaving, unusable, preempted
    QString run;     ///< the run it serves, empty when idle
    QDateTime since; ///< in this state since
    QString privateIpAddress;
    int port = 0;             ///< SSH port where known, 0 otherwise
    QString connectionString; ///< "ssh azureuser@…", empty where there is none

    QJsonObject toJson() const;
    friend bool operator==(const NodeRecord &, const NodeRecord &) = default;
};

} // namespace Studio
