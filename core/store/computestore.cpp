#include "computestore.h"

#include "../util/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <pwd.h>
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
                              "state, last_error, created_by, created_on, modified_on "
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
    r.createdBy = q.value(9).toString();
    r.createdOn = parseTime(q.value(10));
    r.modifiedOn = parseTime(q.value(11));
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
              "state, last_error, created_by, created_on, modified_on) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
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
              "provisioning_state = ?, state = ?, last_error = ?, modified_on = ? WHERE id = ?"_s);
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

QString ComputeStore::currentUser()
{
    if (const passwd *pw = getpwuid(getuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

} // namespace Studio
