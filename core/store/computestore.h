#pragma once

#include "../model/compute.h"
#include "../util/result.h"

#include <QCoreApplication>
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

    /// The user name recorded as "created by" for what this process creates.
    static QString currentUser();

private:
    QSqlDatabase m_db;
};

} // namespace Studio
