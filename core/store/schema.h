#pragma once

#include <QStringList>

namespace Studio::Internal {

/// The workspace database's forward migrations. Migration N (1-based) turns a schema of
/// version N-1 into version N; the version lives in SQLite's `PRAGMA user_version`.
/// Never edit a released migration: add a new one (an old workspace replays them in order).
const QList<QStringList> &schemaMigrations();

/// The schema version this build writes.
int currentSchemaVersion();

} // namespace Studio::Internal
