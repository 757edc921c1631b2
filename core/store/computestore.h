#pragma once

#include "../model/compute.h"
#include "../util/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Studio {

/// Reads and writes the computes table through one connection. Cheap to create: it holds
/// only the connection handle, so create one per use and per thread, and do not keep it
/// beyond the Workspace (or Workspace::Connection) it came from.
class ComputeStore
{
    Q_DECLARE_TR_FUNCTIONS(Studio::ComputeStore)

public:
    explicit ComputeStore(QSqlDatabase db);

    /// All computes, or those of one kind, ordered by name.
    Result<QList<ComputeRecord>> list(std::optional<ComputeKind> kind = std::nullopt) const;
    /// The compute named `name` (case-insensitive, as the service treats names).
    Result<std::optional<ComputeRecord>> find(const QString &name) const;
    /// Inserts `record`; fills id and, when unset, created/modified times and created_by.
    Result<ComputeRecord> insert(ComputeRecord record) const;
    /// Updates every column of the compute with `record.id`; sets modified_on to now.
    Result<void> update(const ComputeRecord &record) const;
    /// Deletes the compute named `name`; false when there was none.
    Result<bool> remove(const QString &name) const;

    /// Marks the compute `name` as running `operation` in this process, with progress 0 and
    /// `progressText`, and clears its last error. The provisioning and runtime states
    /// change only where given. Atomic across processes: false (nothing changed) when the
    /// compute is missing or another operation holds it.
    Result<bool> beginOperation(const QString &name, const QString &operation,
                                std::optional<ProvisioningState> provisioningState,
                                const std::optional<QString> &state,
                                const QString &progressText) const;
    /// Records the progress of the operation this process runs on `name`.
    Result<void> setProgress(const QString &name, int percent, const QString &text) const;
    /// Ends the operation this process runs on `name`: sets the states, the last error
    /// (empty: none) and, when given, the spec; clears the operation and its progress.
    Result<void> finishOperation(const QString &name, ProvisioningState provisioningState,
                                 const QString &state, const QString &lastError,
                                 const std::optional<QJsonObject> &spec = std::nullopt) const;

    /// Computes whose operation's process is gone (it crashed or was killed) become Failed
    /// with a last error saying the operation was interrupted. Returns how many changed.
    /// list() does this first, and Workspace does it on open and while watching.
    Result<int> recoverInterruptedOperations() const;

    /// The user name recorded as "created by" for what this process creates.
    static QString currentUser();

    /// This process as recorded in operation_process: host, boot and start time, so that
    /// a pid reused after the process died, or after a reboot, is not taken for it.
    static QString currentProcessIdentity();
    /// The same for another process of this machine; empty when there is no such process.
    static QString processIdentity(qint64 pid);
    /// Whether the process `pid` with `identity` (from currentProcessIdentity()) still
    /// runs. A process on another host cannot be checked and counts as running.
    static bool isProcessRunning(qint64 pid, const QString &identity);

private:
    QSqlDatabase m_db;
};

} // namespace Studio
