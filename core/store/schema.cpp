#include "schema.h"

using namespace Qt::StringLiterals;

namespace Studio::Internal {

const QList<QStringList> &schemaMigrations()
{
    static const QList<QStringList> migrations = {
        // 1: the first workspaces: computes only.
        {
            u"CREATE TABLE workspace_info ("
            "  key   TEXT PRIMARY KEY,"
            "  value TEXT NOT NULL)"_s,
            u"CREATE TABLE computes ("
            "  id                 INTEGER PRIMARY KEY,"
            "  name               TEXT NOT NULL UNIQUE COLLATE NOCASE,"
            "  kind               TEXT NOT NULL,"
            "  type               TEXT NOT NULL,"
            "  provider           TEXT NOT NULL DEFAULT 'local',"
            "  spec               TEXT NOT NULL DEFAULT '{}',"
            "  provisioning_state TEXT NOT NULL DEFAULT 'Unknown',"
            "  created_by         TEXT NOT NULL DEFAULT '',"
            "  created_on         TEXT NOT NULL)"_s,
        },
        // 2: runtime state, last error and modification time of computes; run history.
        {
            u"ALTER TABLE computes ADD COLUMN state TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE computes ADD COLUMN last_error TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE computes ADD COLUMN modified_on TEXT"_s,
            u"UPDATE computes SET modified_on = created_on"_s,
            u"CREATE INDEX computes_by_kind ON computes(kind)"_s,
            u"CREATE TABLE experiments ("
            "  id         INTEGER PRIMARY KEY,"
            "  name       TEXT NOT NULL UNIQUE,"
            "  created_on TEXT NOT NULL)"_s,
            // A run keeps its compute by name: the history survives detaching the compute.
            u"CREATE TABLE runs ("
            "  id            INTEGER PRIMARY KEY,"
            "  name          TEXT NOT NULL UNIQUE,"
            "  experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,"
            "  display_name  TEXT NOT NULL DEFAULT '',"
            "  compute       TEXT NOT NULL DEFAULT 'local',"
            "  status        TEXT NOT NULL DEFAULT 'NotStarted',"
            "  spec          TEXT NOT NULL DEFAULT '{}',"
            "  error         TEXT NOT NULL DEFAULT '',"
            "  created_by    TEXT NOT NULL DEFAULT '',"
            "  created_on    TEXT NOT NULL,"
            "  started_on    TEXT,"
            "  ended_on      TEXT)"_s,
            u"CREATE INDEX runs_by_created ON runs(created_on)"_s,
            u"CREATE INDEX runs_by_experiment ON runs(experiment_id)"_s,
            u"CREATE INDEX runs_by_compute ON runs(compute)"_s,
            u"CREATE TABLE run_status_events ("
            "  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
            "  status TEXT NOT NULL,"
            "  at     TEXT NOT NULL)"_s,
            u"CREATE INDEX run_status_events_by_run ON run_status_events(run_id)"_s,
        },
        // 3: the lifecycle operation running on a compute (create, delete, start, …), its
        // progress, and the process running it, so any process can show it and a dead
        // process's operation can be recognised as interrupted.
        {
            u"ALTER TABLE computes ADD COLUMN operation TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE computes ADD COLUMN progress INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE computes ADD COLUMN progress_text TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE computes ADD COLUMN operation_pid INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE computes ADD COLUMN operation_process TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE computes ADD COLUMN operation_started_on TEXT"_s,
        },
        // 4: the run engine: a run's snapshot, git info, exit code and nodes; metrics,
        // params and tags (the MLflow endpoint writes them); nodes of local computes.
        {
            u"ALTER TABLE runs ADD COLUMN snapshot_id TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE runs ADD COLUMN git TEXT NOT NULL DEFAULT '{}'"_s,
            u"ALTER TABLE runs ADD COLUMN exit_code INTEGER"_s,
            u"ALTER TABLE runs ADD COLUMN nodes TEXT NOT NULL DEFAULT '[]'"_s,
            u"CREATE INDEX runs_by_status ON runs(status)"_s,
            u"CREATE TABLE run_metrics ("
            "  run_id    INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
            "  key       TEXT NOT NULL,"
            "  value     REAL,"
            "  step      INTEGER NOT NULL DEFAULT 0,"
            "  timestamp INTEGER NOT NULL)"_s,
            u"CREATE INDEX run_metrics_by_run ON run_metrics(run_id, key)"_s,
            u"CREATE TABLE run_params ("
            "  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
            "  key    TEXT NOT NULL,"
            "  value  TEXT NOT NULL,"
            "  PRIMARY KEY (run_id, key))"_s,
            u"CREATE TABLE run_tags ("
            "  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
            "  key    TEXT NOT NULL,"
            "  value  TEXT NOT NULL,"
            "  PRIMARY KEY (run_id, key))"_s,
            u"CREATE TABLE nodes ("
            "  compute           TEXT NOT NULL COLLATE NOCASE,"
            "  node_id           TEXT NOT NULL,"
            "  state             TEXT NOT NULL,"
            "  run               TEXT NOT NULL DEFAULT '',"
            "  since             TEXT NOT NULL,"
            "  private_ip        TEXT NOT NULL DEFAULT '',"
            "  port              INTEGER NOT NULL DEFAULT 0,"
            "  connection_string TEXT NOT NULL DEFAULT '',"
            "  PRIMARY KEY (compute, node_id))"_s,
        },
    };
    return migrations;
}

int currentSchemaVersion()
{
    return int(schemaMigrations().size());
}

} // namespace Studio::Internal
