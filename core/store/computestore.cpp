#include "computestore.h"

#include "../util/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <QFile>
#include <QSysInfo>

#include <algorithm>

#include <cerrno>
#include <pwd.h>
#include <signal.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Studio {

namespace {

Error sqlError(const QString &what, const QSqlQuery &query)
{
    qCWarning(lcStore).noquote() << what << query.lastError().text();
    return Error{what, query.lastError().text()};
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QVariant &value)
{
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(value.toString(), Qt::ISODate);
    return t;
}

const QString selectColumns = u"SELECT id, name, kind, type, provider, spec, provisioning_state, "
                              "state, last_error, operation, progress, progress_text, "
                              "operation_pid, operation_process, operation_started_on, "
                              "created_by, created_on, modified_on "
                              "FROM computes"_s;

ComputeRecord readRecord(const QSqlQuery &q)
{
    ComputeRecord r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.kind = computeKindFromString(q.value(2).toString()).value_or(ComputeKind::Attached);
    r.type = q.value(3).toString();
    r.provider = q.value(4).toString();
    r.spec = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    r.provisioningState = provisioningStateFromString(q.value(6).toString());
    r.state = q.value(7).toString();
    r.lastError = q.value(8).toString();
    r.operation = q.value(9).toString();
    r.progress = q.value(10).toInt();
    r.progressText = q.value(11).toString();
    r.operationPid = q.value(12).toLongLong();
    r.operationProcess = q.value(13).toString();
    r.operationStartedOn = parseTime(q.value(14));
    r.createdBy = q.value(15).toString();
    r.createdOn = parseTime(q.value(16));
    r.modifiedOn = parseTime(q.value(17));
    return r;
}

// A null QString binds as SQL NULL; the columns are NOT NULL with '' for "none".
QString text(const QString &value)
{
    return value.isNull() ? QString(u""_s) : value;
}

QString specText(const QJsonObject &spec)
{
    return QString::fromUtf8(QJsonDocument(spec).toJson(QJsonDocument::Compact));
}

// The columns insert() and update() both write, in the order their statements list them.
void bindEditableColumns(QSqlQuery &q, const ComputeRecord &record)
{
    q.addBindValue(text(record.name));
    q.addBindValue(toKey(record.kind));
    q.addBindValue(text(record.type));
    q.addBindValue(text(record.provider));
    q.addBindValue(specText(record.spec));
    q.addBindValue(toKey(record.provisioningState));
    q.addBindValue(text(record.state));
    q.addBindValue(text(record.lastError));
    q.addBindValue(text(record.operation));
    q.addBindValue(record.progress);
    q.addBindValue(text(record.progressText));
    q.addBindValue(record.operationPid);
    q.addBindValue(text(record.operationProcess));
    q.addBindValue(record.operationStartedOn.isValid()
                       ? QVariant(isoTime(record.operationStartedOn))
                       : QVariant(QMetaType(QMetaType::QString)));
}

Error saveError(const QSqlQuery &q, const QString &name)
{
    // SQLite reports a UNIQUE violation as constraint error 2067 (SQLITE_CONSTRAINT_UNIQUE).
    if (q.lastError().nativeErrorCode() == u"2067"_s) {
        return Error{
            ComputeStore::tr("A compute named \"%1\" already exists in this workspace.").arg(name),
            q.lastError().text()};
    }
    return sqlError(ComputeStore::tr("Could not save the compute \"%1\".").arg(name), q);
}

} // namespace

ComputeStore::ComputeStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<QList<ComputeRecord>> ComputeStore::list(std::optional<ComputeKind> kind) const
{
    // A listing must not show an operation as running when its process is gone. A failure
    // here (a read-only workspace, a busy writer) must not keep the list from showing.
    if (const auto recovered = recoverInterruptedOperations(); !recovered)
        qCWarning(lcStore).noquote() << recovered.error().fullText();

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (kind) {
        q.prepare(selectColumns + u" WHERE kind = ? ORDER BY name"_s);
        q.addBindValue(toKey(*kind));
    } else {
        q.prepare(selectColumns + u" ORDER BY name"_s);
    }
    if (!q.exec())
        return sqlError(tr("Could not read the computes of the workspace."), q);
    QList<ComputeRecord> records;
    while (q.next())
        records.append(readRecord(q));
    return records;
}

Result<std::optional<ComputeRecord>> ComputeStore::find(const QString &name) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(selectColumns + u" WHERE name = ?"_s);
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(tr("Could not read the computes of the workspace."), q);
    if (!q.next())
        return std::optional<ComputeRecord>();
    return std::optional<ComputeRecord>(readRecord(q));
}

Result<ComputeRecord> ComputeStore::insert(ComputeRecord record) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!record.createdOn.isValid())
        record.createdOn = now;
    if (!record.modifiedOn.isValid())
        record.modifiedOn = record.createdOn;
    if (record.createdBy.isEmpty())
        record.createdBy = currentUser();
    if (record.provider.isEmpty())
        record.provider = u"local"_s;

    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO computes (name, kind, type, provider, spec, provisioning_state, "
              "state, last_error, operation, progress, progress_text, operation_pid, "
              "operation_process, operation_started_on, created_by, created_on, modified_on) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    bindEditableColumns(q, record);
    q.addBindValue(text(record.createdBy));
    q.addBindValue(isoTime(record.createdOn));
    q.addBindValue(isoTime(record.modifiedOn));
    if (!q.exec())
        return saveError(q, record.name);
    record.id = q.lastInsertId().toLongLong();
    return record;
}

Result<void> ComputeStore::update(const ComputeRecord &record) const
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE computes SET name = ?, kind = ?, type = ?, provider = ?, spec = ?, "
              "provisioning_state = ?, state = ?, last_error = ?, operation = ?, progress = ?, "
              "progress_text = ?, operation_pid = ?, operation_process = ?, "
              "operation_started_on = ?, modified_on = ? WHERE id = ?"_s);
    bindEditableColumns(q, record);
    q.addBindValue(isoTime(QDateTime::currentDateTimeUtc()));
    q.addBindValue(record.id);
    if (!q.exec())
        return saveError(q, record.name);
    if (q.numRowsAffected() != 1)
        return Error{tr("The compute \"%1\" no longer exists.").arg(record.name), {}};
    return {};
}

Result<bool> ComputeStore::remove(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM computes WHERE name = ?"_s);
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(tr("Could not delete the compute \"%1\".").arg(name), q);
    return q.numRowsAffected() > 0;
}

Result<bool> ComputeStore::beginOperation(const QString &name, const QString &operation,
                                          std::optional<ProvisioningState> provisioningState,
                                          const std::optional<QString> &state,
                                          const QString &progressText) const
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE computes SET operation = ?, progress = 0, progress_text = ?, "
              "operation_pid = ?, operation_process = ?, operation_started_on = ?, "
              "last_error = '', modified_on = ?"_s
              + (provisioningState ? u", provisioning_state = ?"_s : QString())
              + (state ? u", state = ?"_s : QString()) + u" WHERE name = ? AND operation = ''"_s);
    const QString now = isoTime(QDateTime::currentDateTimeUtc());
    q.addBindValue(operation);
    q.addBindValue(text(progressText));
    q.addBindValue(QCoreApplication::applicationPid());
    q.addBindValue(currentProcessIdentity());
    q.addBindValue(now);
    q.addBindValue(now);
    if (provisioningState)
        q.addBindValue(toKey(*provisioningState));
    if (state)
        q.addBindValue(text(*state));
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(tr("Could not save the compute \"%1\".").arg(name), q);
    return q.numRowsAffected() == 1;
}

Result<void> ComputeStore::setProgress(const QString &name, int percent,
                                       const QString &message) const
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE computes SET progress = ?, progress_text = ? "
              "WHERE name = ? AND operation != '' AND operation_pid = ?"_s);
    q.addBindValue(std::clamp(percent, 0, 100));
    q.addBindValue(text(message));
    q.addBindValue(name);
    q.addBindValue(QCoreApplication::applicationPid());
    if (!q.exec())
        return sqlError(tr("Could not save the compute \"%1\".").arg(name), q);
    return {};
}

Result<void> ComputeStore::finishOperation(const QString &name, ProvisioningState provisioningState,
                                           const QString &state, const QString &lastError,
                                           const std::optional<QJsonObject> &spec) const
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE computes SET operation = '', progress = 0, progress_text = '', "
              "operation_pid = 0, operation_process = '', operation_started_on = NULL, "
              "provisioning_state = ?, state = ?, last_error = ?, modified_on = ?"_s
              + (spec ? u", spec = ?"_s : QString()) + u" WHERE name = ? AND operation_pid = ?"_s);
    q.addBindValue(toKey(provisioningState));
    q.addBindValue(text(state));
    q.addBindValue(text(lastError));
    q.addBindValue(isoTime(QDateTime::currentDateTimeUtc()));
    if (spec)
        q.addBindValue(specText(*spec));
    q.addBindValue(name);
    q.addBindValue(QCoreApplication::applicationPid());
    if (!q.exec())
        return sqlError(tr("Could not save the compute \"%1\".").arg(name), q);
    if (q.numRowsAffected() != 1)
        return Error{tr("The compute \"%1\" no longer exists.").arg(name), {}};
    return {};
}

Result<int> ComputeStore::recoverInterruptedOperations() const
{
    struct Interrupted
    {
        qint64 id;
        QString operation;
        qint64 pid;
        QString process;
        QString state;
    };
    QList<Interrupted> dead;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT id, operation, operation_pid, operation_process, state "
                    "FROM computes WHERE operation != ''"_s)) {
            return sqlError(tr("Could not read the computes of the workspace."), q);
        }
        while (q.next()) {
            const qint64 pid = q.value(2).toLongLong();
            const QString process = q.value(3).toString();
            if (!isProcessRunning(pid, process)) {
                dead.append({q.value(0).toLongLong(), q.value(1).toString(), pid, process,
                             q.value(4).toString()});
            }
        }
    }
    int changed = 0;
    for (const Interrupted &row : std::as_const(dead)) {
        // A runtime state caught half-way (Starting, Stopping, …) is no longer known.
        static const QStringList transitional{u"Starting"_s, u"Stopping"_s, u"Restarting"_s};
        const QString state = transitional.contains(row.state) ? u"Unknown"_s : row.state;
        const QString message
            = tr("%1 was interrupted: the process doing it (pid %2) ended before it finished. "
                 "Delete the compute, or try again.")
                  .arg(operationDisplayName(row.operation))
                  .arg(row.pid);
        QSqlQuery q(m_db);
        // Only if still the same operation of the same process: another process may have
        // recovered it (or a new operation begun) meanwhile.
        q.prepare(u"UPDATE computes SET operation = '', progress = 0, progress_text = '', "
                  "operation_pid = 0, operation_process = '', operation_started_on = NULL, "
                  "provisioning_state = ?, state = ?, last_error = ?, modified_on = ? "
                  "WHERE id = ? AND operation = ? AND operation_pid = ? "
                  "AND operation_process = ?"_s);
        q.addBindValue(toKey(ProvisioningState::Failed));
        q.addBindValue(state);
        q.addBindValue(message);
        q.addBindValue(isoTime(QDateTime::currentDateTimeUtc()));
        q.addBindValue(row.id);
        q.addBindValue(row.operation);
        q.addBindValue(row.pid);
        q.addBindValue(row.process);
        if (!q.exec())
            return sqlError(tr("Could not save the computes of the workspace."), q);
        if (q.numRowsAffected() == 1) {
            ++changed;
            qCInfo(lcStore).noquote() << "Operation" << row.operation << "of compute" << row.id
                                      << "was interrupted: process" << row.pid << "is gone";
        }
    }
    return changed;
}

QString ComputeStore::currentUser()
{
    if (const passwd *pw = getpwuid(getuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

} // namespace Studio

namespace Studio {

namespace {

QByteArray readSmallFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.read(4096).trimmed();
}

QString bootId()
{
    static const QString id
        = QString::fromLatin1(readSmallFile(u"/proc/sys/kernel/random/boot_id"_s));
    return id;
}

// /proc/<pid>/stat: "pid (comm) S ppid … starttime …"; comm may hold spaces and ')', so
// fields are counted from the last ')'. State is field 3, start time (clock ticks since
// boot) field 22.
struct ProcStat
{
    bool valid = false;
    QChar state;
    QString startTime;
};

ProcStat procStat(qint64 pid)
{
    ProcStat result;
    const QByteArray stat = readSmallFile(u"/proc/%1/stat"_s.arg(pid));
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return result;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    if (fields.size() < 20 || fields.at(0).isEmpty())
        return result;
    result.valid = true;
    result.state = QChar::fromLatin1(fields.at(0).at(0));
    result.startTime = QString::fromLatin1(fields.at(19));
    return result;
}

} // namespace

QString ComputeStore::currentProcessIdentity()
{
    static const QString identity = QSysInfo::machineHostName() + u'|' + bootId() + u'|'
                                    + procStat(QCoreApplication::applicationPid()).startTime;
    return identity;
}

QString ComputeStore::processIdentity(qint64 pid)
{
    const ProcStat stat = procStat(pid);
    if (!stat.valid)
        return {};
    return QSysInfo::machineHostName() + u'|' + bootId() + u'|' + stat.startTime;
}

bool ComputeStore::isProcessRunning(qint64 pid, const QString &identity)
{
    if (pid <= 0)
        return false;
    const QStringList parts = identity.split(u'|');
    if (parts.size() == 3 && parts.at(0) != QSysInfo::machineHostName())
        return true; // another host's process: nothing here can tell
    if (parts.size() == 3 && !parts.at(1).isEmpty() && parts.at(1) != bootId())
        return false; // the machine was restarted since
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return false;
    const ProcStat stat = procStat(pid);
    if (!stat.valid) // no /proc: kill() said it exists
        return true;
    if (stat.state == u'Z' || stat.state == u'X') // dead, not yet reaped by its parent
        return false;
    if (parts.size() == 3 && !parts.at(2).isEmpty() && parts.at(2) != stat.startTime)
        return false; // the pid now belongs to another process
    return true;
}

} // namespace Studio
