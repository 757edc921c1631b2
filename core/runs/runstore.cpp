#include "runstore.h"

#include "../store/computestore.h"
#include "../util/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Studio {

namespace {

Error sqlError(const QString &what, const QSqlQuery &query)
{
    qCWarning(lcRuns).noquote() << what << query.lastError().text();
    return Error{what, query.lastError().text()};
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(value.toString(), Qt::ISODate);
    return t;
}

QString text(const QString &value)
{
    return value.isNull() ? QString(u""_s) : value;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

const QString selectRuns = u"SELECT r.id, r.name, e.name, r.display_name, r.compute, r.status, "
                           "r.spec, r.error, r.created_by, r.created_on, r.started_on, "
                           "r.ended_on, r.snapshot_id, r.git, r.exit_code, r.nodes "
                           "FROM runs r JOIN experiments e ON e.id = r.experiment_id"_s;

RunRecord readRun(const QSqlQuery &q)
{
    RunRecord r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.experimentName = q.value(2).toString();
    r.displayName = q.value(3).toString();
    r.compute = q.value(4).toString();
    r.status = runStatusFromString(q.value(5).toString()).value_or(RunStatus::NotStarted);
    r.spec = RunSpec::fromJson(QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object());
    r.error = q.value(7).toString();
    r.createdBy = q.value(8).toString();
    r.createdOn = parseTime(q.value(9));
    r.startedOn = parseTime(q.value(10));
    r.endedOn = parseTime(q.value(11));
    r.snapshotId = q.value(12).toString();
    r.git = GitInfo::fromJson(QJsonDocument::fromJson(q.value(13).toString().toUtf8()).object());
    if (!q.value(14).isNull())
        r.exitCode = q.value(14).toInt();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(15).toString().toUtf8()).array())
        r.nodes.append(v.toString());
    return r;
}

// Metric values: SQLite stores NaN as NULL; infinities survive as REAL.
QVariant metricValue(double v)
{
    return std::isnan(v) ? QVariant(QMetaType(QMetaType::Double)) : QVariant(v);
}

double readMetricValue(const QVariant &v)
{
    return v.isNull() ? std::nan("") : v.toDouble();
}

class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(db)
    {
        m_open = m_db.transaction();
    }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = false;
        return m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

Result<qint64> runId(QSqlDatabase db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT id FROM runs WHERE name = ?"_s);
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(RunStore::tr("Could not read the run \"%1\".").arg(name), q);
    if (!q.next())
        return Error{RunStore::tr("There is no run named \"%1\" in this workspace.").arg(name), {}};
    return q.value(0).toLongLong();
}

Result<QList<KeyValue>> keyValues(QSqlDatabase db, const QString &table, const QString &name)
{
    auto id = runId(db, name);
    if (!id)
        return id.error();
    QSqlQuery q(db);
    q.prepare(u"SELECT key, value FROM %1 WHERE run_id = ? ORDER BY key"_s.arg(table));
    q.addBindValue(*id);
    if (!q.exec())
        return sqlError(RunStore::tr("Could not read the run \"%1\".").arg(name), q);
    QList<KeyValue> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

} // namespace

RunStore::RunStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString RunStore::makeRunName()
{
    static const char *const adjectives[]
        = {"able",  "amber", "brave", "bright", "calm",  "clever", "eager", "gentle",
           "happy", "jolly", "keen",  "kind",   "lucid", "mellow", "nifty", "plucky",
           "quiet", "shy",   "sunny", "swift",  "tidy",  "upbeat", "witty", "zesty"};
    static const char *const nouns[]
        = {"apple",  "brush", "cactus", "cloud", "comet", "eagle", "fern",   "garden",
           "lamp",   "lemon", "maple",  "night", "ocean", "pearl", "pepper", "river",
           "rocket", "seed",  "spoon",  "star",  "tiger", "tower", "wave",   "yarn"};
    auto *rng = QRandomGenerator::global();
    QString tail;
    const QString alphabet = u"0123456789abcdefghijklmnopqrstuvwxyz"_s;
    for (int i = 0; i < 10; ++i)
        tail.append(alphabet.at(int(rng->bounded(alphabet.size()))));
    return QString(QLatin1String(adjectives[rng->bounded(int(std::size(adjectives)))]) + u'_'
                   + QLatin1String(nouns[rng->bounded(int(std::size(nouns)))]) + u'_' + tail);
}

Result<RunRecord> RunStore::insert(RunRecord record) const
{
    if (record.name.isEmpty())
        record.name = makeRunName();
    if (record.experimentName.isEmpty())
        record.experimentName
            = record.spec.experimentName.isEmpty() ? u"Default"_s : record.spec.experimentName;
    if (!record.createdOn.isValid())
        record.createdOn = QDateTime::currentDateTimeUtc();
    if (record.createdBy.isEmpty())
        record.createdBy = ComputeStore::currentUser();
    if (record.compute.isEmpty())
        record.compute = record.spec.compute.isEmpty() ? u"local"_s : record.spec.compute;
    if (record.displayName.isEmpty())
        record.displayName
            = record.spec.displayName.isEmpty() ? record.name : record.spec.displayName;
    record.status = RunStatus::NotStarted;

    Transaction t(m_db);
    if (!t.isOpen())
        return Error{tr("Could not save the run."), m_db.lastError().text()};
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR IGNORE INTO experiments (name, created_on) VALUES (?, ?)"_s);
    q.addBindValue(record.experimentName);
    q.addBindValue(isoTime(record.createdOn));
    if (!q.exec())
        return sqlError(tr("Could not save the run."), q);
    q.prepare(u"INSERT INTO runs (name, experiment_id, display_name, compute, status, spec, "
              "error, created_by, created_on, snapshot_id, git, nodes) "
              "SELECT ?, id, ?, ?, ?, ?, '', ?, ?, ?, ?, '[]' FROM experiments WHERE name = ?"_s);
    q.addBindValue(record.name);
    q.addBindValue(text(record.displayName));
    q.addBindValue(record.compute);
    q.addBindValue(toKey(record.status));
    q.addBindValue(compact(record.spec.toJson()));
    q.addBindValue(text(record.createdBy));
    q.addBindValue(isoTime(record.createdOn));
    q.addBindValue(text(record.snapshotId));
    q.addBindValue(compact(record.git.toJson()));
    q.addBindValue(record.experimentName);
    if (!q.exec()) {
        if (q.lastError().nativeErrorCode() == u"2067"_s) {
            return Error{
                tr("A run named \"%1\" already exists in this workspace.").arg(record.name),
                q.lastError().text()};
        }
        return sqlError(tr("Could not save the run \"%1\".").arg(record.name), q);
    }
    record.id = q.lastInsertId().toLongLong();
    q.prepare(u"INSERT INTO run_status_events (run_id, status, at) VALUES (?, ?, ?)"_s);
    q.addBindValue(record.id);
    q.addBindValue(toKey(record.status));
    q.addBindValue(isoTime(record.createdOn));
    if (!q.exec())
        return sqlError(tr("Could not save the run \"%1\".").arg(record.name), q);
    if (!t.commit())
        return Error{tr("Could not save the run \"%1\".").arg(record.name),
                     m_db.lastError().text()};
    return record;
}

Result<std::optional<RunRecord>> RunStore::find(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(selectRuns + u" WHERE r.name = ?"_s);
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(tr("Could not read the run \"%1\".").arg(name), q);
    if (!q.next())
        return std::optional<RunRecord>();
    return std::optional<RunRecord>(readRun(q));
}

Result<QList<RunRecord>> RunStore::list(const RunFilter &filter) const
{
    QStringList where;
    QVariantList binds;
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (RunStatus s : filter.statuses) {
            marks.append(u"?"_s);
            binds.append(toKey(s));
        }
        where.append(u"r.status IN (%1)"_s.arg(marks.join(u", "_s)));
    }
    if (!filter.compute.isEmpty()) {
        where.append(u"r.compute = ? COLLATE NOCASE"_s);
        binds.append(filter.compute);
    }
    if (!filter.experiment.isEmpty()) {
        where.append(u"e.name = ?"_s);
        binds.append(filter.experiment);
    }
    if (!filter.search.isEmpty()) {
        where.append(u"(r.name LIKE ? ESCAPE '\\' OR r.display_name LIKE ? ESCAPE '\\' "
                     "OR e.name LIKE ? ESCAPE '\\')"_s);
        QString pattern = filter.search;
        pattern.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        pattern = QString(u'%' + pattern + u'%');
        binds << pattern << pattern << pattern;
    }
    QString sql = selectRuns;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" ORDER BY r.created_on DESC, r.id DESC"_s;
    if (filter.limit > 0)
        sql += u" LIMIT %1"_s.arg(filter.limit);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(tr("Could not list the runs."), q);
    QList<RunRecord> out;
    while (q.next())
        out.append(readRun(q));
    return out;
}

Result<QStringList> RunStore::experiments() const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT name FROM experiments ORDER BY name"_s))
        return sqlError(tr("Could not list the experiments."), q);
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

Result<bool> RunStore::setStatus(const QString &name, RunStatus status,
                                 const std::optional<QString> &error,
                                 std::optional<int> exitCode) const
{
    Transaction t(m_db);
    if (!t.isOpen())
        return Error{tr("Could not update the run \"%1\".").arg(name), m_db.lastError().text()};
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, status FROM runs WHERE name = ?"_s);
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(tr("Could not update the run \"%1\".").arg(name), q);
    if (!q.next())
        return Error{tr("There is no run named \"%1\" in this workspace.").arg(name), {}};
    const qint64 id = q.value(0).toLongLong();
    const auto current = runStatusFromString(q.value(1).toString());
    if (current && isTerminal(*current))
        return false;
    // A cancel request stands until the run ends: the agent's own progress (Starting,
    // Running, …) written after it must not undo it.
    if (current == RunStatus::CancelRequested && !isTerminal(status))
        return false;
    const QString now = isoTime(QDateTime::currentDateTimeUtc());
    QString sql = u"UPDATE runs SET status = ?"_s;
    QVariantList binds{toKey(status)};
    if (status == RunStatus::Running) {
        sql += u", started_on = COALESCE(started_on, ?)"_s;
        binds.append(now);
    }
    if (isTerminal(status)) {
        sql += u", ended_on = ?"_s;
        binds.append(now);
    }
    if (error) {
        sql += u", error = ?"_s;
        binds.append(text(*error));
    }
    if (exitCode) {
        sql += u", exit_code = ?"_s;
        binds.append(*exitCode);
    }
    sql += u" WHERE id = ?"_s;
    binds.append(id);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(tr("Could not update the run \"%1\".").arg(name), q);
    if (!current || *current != status) {
        q.prepare(u"INSERT INTO run_status_events (run_id, status, at) VALUES (?, ?, ?)"_s);
        q.addBindValue(id);
        q.addBindValue(toKey(status));
        q.addBindValue(now);
        if (!q.exec())
            return sqlError(tr("Could not update the run \"%1\".").arg(name), q);
    }
    if (!t.commit())
        return Error{tr("Could not update the run \"%1\".").arg(name), m_db.lastError().text()};
    return true;
}

Result<QList<RunStatusEvent>> RunStore::statusEvents(const QString &name) const
{
    auto id = runId(m_db, name);
    if (!id)
        return id.error();
    QSqlQuery q(m_db);
    q.prepare(u"SELECT status, at FROM run_status_events WHERE run_id = ? ORDER BY rowid"_s);
    q.addBindValue(*id);
    if (!q.exec())
        return sqlError(tr("Could not read the run \"%1\".").arg(name), q);
    QList<RunStatusEvent> out;
    while (q.next()) {
        out.append({runStatusFromString(q.value(0).toString()).value_or(RunStatus::NotStarted),
                    parseTime(q.value(1))});
    }
    return out;
}

Result<void> RunStore::setSnapshot(const QString &name, const QString &snapshotId,
                                   const GitInfo &git) const
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE runs SET snapshot_id = ?, git = ? WHERE name = ?"_s);
    q.addBindValue(text(snapshotId));
    q.addBindValue(compact(git.toJson()));
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(tr("Could not update the run \"%1\".").arg(name), q);
    return {};
}

Result<void> RunStore::setNodes(const QString &name, const QStringList &nodes) const
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE runs SET nodes = ? WHERE name = ?"_s);
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(nodes)).toJson(QJsonDocument::Compact)));
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(tr("Could not update the run \"%1\".").arg(name), q);
    return {};
}

Result<void> RunStore::logBatch(const QString &name, const QList<Metric> &metrics,
                                const QList<KeyValue> &params, const QList<KeyValue> &tags) const
{
    auto id = runId(m_db, name);
    if (!id)
        return id.error();
    Transaction t(m_db);
    if (!t.isOpen())
        return Error{tr("Could not save metrics of the run \"%1\".").arg(name),
                     m_db.lastError().text()};
    QSqlQuery q(m_db);
    if (!metrics.isEmpty()) {
        q.prepare(u"INSERT INTO run_metrics (run_id, key, value, step, timestamp) "
                  "VALUES (?, ?, ?, ?, ?)"_s);
        QVariantList ids, keys, values, steps, times;
        for (const Metric &m : metrics) {
            ids << *id;
            keys << m.key;
            values << metricValue(m.value);
            steps << m.step;
            times << m.timestampMs;
        }
        q.addBindValue(ids);
        q.addBindValue(keys);
        q.addBindValue(values);
        q.addBindValue(steps);
        q.addBindValue(times);
        if (!q.execBatch())
            return sqlError(tr("Could not save metrics of the run \"%1\".").arg(name), q);
    }
    for (const auto &[table, items] :
         {std::pair{u"run_params"_s, params}, std::pair{u"run_tags"_s, tags}}) {
        for (const KeyValue &kv : items) {
            q.prepare(
                u"INSERT OR REPLACE INTO %1 (run_id, key, value) VALUES (?, ?, ?)"_s.arg(table));
            q.addBindValue(*id);
            q.addBindValue(kv.key);
            q.addBindValue(text(kv.value));
            if (!q.exec())
                return sqlError(tr("Could not save metrics of the run \"%1\".").arg(name), q);
        }
    }
    if (!t.commit())
        return Error{tr("Could not save metrics of the run \"%1\".").arg(name),
                     m_db.lastError().text()};
    return {};
}

Result<QList<Metric>> RunStore::metrics(const QString &name, const QString &key) const
{
    auto id = runId(m_db, name);
    if (!id)
        return id.error();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT key, value, step, timestamp FROM run_metrics WHERE run_id = ?"_s
              + (key.isEmpty() ? QString() : u" AND key = ?"_s) + u" ORDER BY key, rowid"_s);
    q.addBindValue(*id);
    if (!key.isEmpty())
        q.addBindValue(key);
    if (!q.exec())
        return sqlError(tr("Could not read metrics of the run \"%1\".").arg(name), q);
    QList<Metric> out;
    while (q.next()) {
        out.append({q.value(0).toString(), readMetricValue(q.value(1)), q.value(2).toLongLong(),
                    q.value(3).toLongLong()});
    }
    return out;
}

Result<QList<Metric>> RunStore::lastMetrics(const QString &name) const
{
    auto all = metrics(name);
    if (!all)
        return all.error();
    QList<Metric> out;
    for (const Metric &m : *all) {
        if (!out.isEmpty() && out.last().key == m.key) {
            Metric &last = out.last();
            if (m.step > last.step || (m.step == last.step && m.timestampMs >= last.timestampMs))
                last = m;
        } else {
            out.append(m);
        }
    }
    return out;
}

Result<QList<KeyValue>> RunStore::params(const QString &name) const
{
    return keyValues(m_db, u"run_params"_s, name);
}

Result<QList<KeyValue>> RunStore::tags(const QString &name) const
{
    return keyValues(m_db, u"run_tags"_s, name);
}

Result<QList<NodeRecord>> RunStore::nodes(const QString &compute) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT compute, node_id, state, run, since, private_ip, port, connection_string "
              "FROM nodes WHERE compute = ? ORDER BY node_id"_s);
    q.addBindValue(compute);
    if (!q.exec())
        return sqlError(tr("Could not read the nodes of \"%1\".").arg(compute), q);
    QList<NodeRecord> out;
    while (q.next()) {
        NodeRecord n;
        n.compute = q.value(0).toString();
        n.nodeId = q.value(1).toString();
        n.state = q.value(2).toString();
        n.run = q.value(3).toString();
        n.since = parseTime(q.value(4));
        n.privateIpAddress = q.value(5).toString();
        n.port = q.value(6).toInt();
        n.connectionString = q.value(7).toString();
        out.append(n);
    }
    return out;
}

Result<void> RunStore::upsertNode(const NodeRecord &node) const
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO nodes (compute, node_id, state, run, since, private_ip, "
              "port, connection_string) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(node.compute);
    q.addBindValue(node.nodeId);
    q.addBindValue(node.state);
    q.addBindValue(text(node.run));
    q.addBindValue(isoTime(node.since.isValid() ? node.since : QDateTime::currentDateTimeUtc()));
    q.addBindValue(text(node.privateIpAddress));
    q.addBindValue(node.port);
    q.addBindValue(text(node.connectionString));
    if (!q.exec())
        return sqlError(tr("Could not save the node \"%1\".").arg(node.nodeId), q);
    return {};
}

Result<void> RunStore::removeNode(const QString &compute, const QString &nodeId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM nodes WHERE compute = ? AND node_id = ?"_s);
    q.addBindValue(compute);
    q.addBindValue(nodeId);
    if (!q.exec())
        return sqlError(tr("Could not remove the node \"%1\".").arg(nodeId), q);
    return {};
}

} // namespace Studio
