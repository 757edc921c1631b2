#pragma once

#include "../util/result.h"
#include "runrecord.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace Studio {

/// What RunStore::list() returns; empty fields match everything.
struct RunFilter
{
    QList<RunStatus> statuses;
    QString compute;
    QString experiment;
    QString search; ///< substring of name, display name or experiment (case-insensitive)
    int limit = 0;  ///< 0: no limit; newest first
};

/// Reads and writes runs, their status history, metrics, params, tags and local nodes
/// through one connection. Cheap to create: one per use and per thread (as ComputeStore).
class RunStore
{
    Q_DECLARE_TR_FUNCTIONS(Studio::RunStore)

public:
    explicit RunStore(QSqlDatabase db);

    /// Inserts a run (status NotStarted, recorded as its first event); makes the
    /// experiment when new, a name when `record.name` is empty, and the created time.
    Result<RunRecord> insert(RunRecord record) const;
    Result<std::optional<RunRecord>> find(const QString &name) const;
    Result<QList<RunRecord>> list(const RunFilter &filter = {}) const;
    Result<QStringList> experiments() const;

    /// Moves the run to `status` and records the event with its time; sets started_on on
    /// Running and ended_on on a terminal status; `error` replaces the error when given.
    /// A terminal run does not change any more, and a CancelRequested one only to a
    /// terminal status: false then.
    Result<bool> setStatus(const QString &name, RunStatus status,
                           const std::optional<QString> &error = std::nullopt,
                           std::optional<int> exitCode = std::nullopt) const;
    Result<QList<RunStatusEvent>> statusEvents(const QString &name) const;
    Result<void> setSnapshot(const QString &name, const QString &snapshotId,
                             const GitInfo &git) const;
    Result<void> setNodes(const QString &name, const QStringList &nodes) const;

    /// Metrics, params and tags (the MLflow endpoint writes them).
    Result<void> logBatch(const QString &name, const QList<Metric> &metrics,
                          const QList<KeyValue> &params, const QList<KeyValue> &tags) const;
    Result<QList<Metric>> metrics(const QString &name, const QString &key = {}) const;
    /// The last value of each metric (by step, then time).
    Result<QList<Metric>> lastMetrics(const QString &name) const;
    Result<QList<KeyValue>> params(const QString &name) const;
    Result<QList<KeyValue>> tags(const QString &name) const;

    /// Local nodes of a compute, by node id.
    Result<QList<NodeRecord>> nodes(const QString &compute) const;
    Result<void> upsertNode(const NodeRecord &node) const;
    Result<void> removeNode(const QString &compute, const QString &nodeId) const;

    /// A fresh run name: adjective_noun_ten-characters, as the studio makes them.
    static QString makeRunName();

private:
    QSqlDatabase m_db;
};

} // namespace Studio
