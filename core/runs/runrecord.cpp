#include "runrecord.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Studio {

namespace {

struct StatusName
{
    RunStatus status;
    const char16_t *key;
    const char *text;
};

// The keys are the service's; the texts are what people read.
constexpr StatusName statusNames[] = {
    {RunStatus::NotStarted, u"NotStarted", QT_TRANSLATE_NOOP("Studio::RunStatus", "Not started")},
    {RunStatus::Queued, u"Queued", QT_TRANSLATE_NOOP("Studio::RunStatus", "Queued")},
    {RunStatus::Preparing, u"Preparing", QT_TRANSLATE_NOOP("Studio::RunStatus", "Preparing")},
    {RunStatus::Starting, u"Starting", QT_TRANSLATE_NOOP("Studio::RunStatus", "Starting")},
    {RunStatus::Running, u"Running", QT_TRANSLATE_NOOP("Studio::RunStatus", "Running")},
    {RunStatus::Finalizing, u"Finalizing", QT_TRANSLATE_NOOP("Studio::RunStatus", "Finalizing")},
    {RunStatus::CancelRequested, u"CancelRequested",
     QT_TRANSLATE_NOOP("Studio::RunStatus", "Cancel requested")},
    {RunStatus::Completed, u"Completed", QT_TRANSLATE_NOOP("Studio::RunStatus", "Completed")},
    {RunStatus::Failed, u"Failed", QT_TRANSLATE_NOOP("Studio::RunStatus", "Failed")},
    {RunStatus::Canceled, u"Canceled", QT_TRANSLATE_NOOP("Studio::RunStatus", "Canceled")},
    {RunStatus::NotResponding, u"NotResponding",
     QT_TRANSLATE_NOOP("Studio::RunStatus", "Not responding")},
};

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue timeValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(timeText(t)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString toKey(RunStatus status)
{
    for (const auto &n : statusNames) {
        if (n.status == status)
            return QString::fromUtf16(n.key);
    }
    return u"NotStarted"_s;
}

std::optional<RunStatus> runStatusFromString(QStringView text)
{
    for (const auto &n : statusNames) {
        if (text.compare(QStringView(n.key), Qt::CaseInsensitive) == 0)
            return n.status;
    }
    return std::nullopt;
}

QString displayName(RunStatus status)
{
    for (const auto &n : statusNames) {
        if (n.status == status)
            return QCoreApplication::translate("Studio::RunStatus", n.text);
    }
    return toKey(status);
}

bool isTerminal(RunStatus status)
{
    return status == RunStatus::Completed || status == RunStatus::Failed
           || status == RunStatus::Canceled;
}

QList<RunStatus> allRunStatuses()
{
    QList<RunStatus> all;
    for (const auto &n : statusNames)
        all.append(n.status);
    return all;
}

QJsonObject GitInfo::toJson() const
{
    if (!isRepository)
        return {};
    return QJsonObject{{u"repository"_s, repositoryUrl},
                       {u"branch"_s, branch},
                       {u"commit"_s, commit},
                       {u"dirty"_s, dirty}};
}

GitInfo GitInfo::fromJson(const QJsonObject &json)
{
    GitInfo g;
    g.isRepository = json.contains(u"commit"_s);
    g.repositoryUrl = json.value(u"repository"_s).toString();
    g.branch = json.value(u"branch"_s).toString();
    g.commit = json.value(u"commit"_s).toString();
    g.dirty = json.value(u"dirty"_s).toBool();
    return g;
}

qint64 RunRecord::durationSeconds(const QDateTime &now) const
{
    const QDateTime from = startedOn.isValid() ? startedOn : createdOn;
    if (!from.isValid())
        return 0;
    const QDateTime to = endedOn.isValid() ? endedOn : (isTerminal(status) ? from : now);
    return qMax<qint64>(0, from.secsTo(to));
}

QJsonObject RunRecord::toJson() const
{
    QJsonObject o{
        {u"name"_s, name},
        {u"display_name"_s, displayName},
        {u"experiment_name"_s, experimentName},
        {u"status"_s, toKey(status)},
        {u"compute"_s, compute},
        {u"created"_s, timeValue(createdOn)},
        {u"started"_s, timeValue(startedOn)},
        {u"ended"_s, timeValue(endedOn)},
        {u"duration_seconds"_s, durationSeconds()},
        {u"created_by"_s, createdBy},
        {u"command"_s, spec.command},
        {u"description"_s, spec.description},
        {u"error"_s, error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error)},
        {u"exit_code"_s, exitCode ? QJsonValue(*exitCode) : QJsonValue(QJsonValue::Null)},
        {u"snapshot_id"_s, snapshotId},
    };
    QJsonObject tagObject;
    for (auto it = spec.tags.cbegin(); it != spec.tags.cend(); ++it)
        tagObject.insert(it.key(), it.value());
    o.insert(u"tags"_s, tagObject);
    if (git.isRepository)
        o.insert(u"git"_s, git.toJson());
    if (!nodes.isEmpty())
        o.insert(u"nodes"_s, QJsonArray::fromStringList(nodes));
    return o;
}

QJsonObject NodeRecord::toJson() const
{
    auto orNull = [](const QString &s) {
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    };
    return QJsonObject{
        {u"node_id"_s, nodeId},
        {u"state"_s, state},
        {u"run"_s, orNull(run)},
        {u"since"_s, timeValue(since)},
        {u"private_ip_address"_s, orNull(privateIpAddress)},
        {u"port"_s, port > 0 ? QJsonValue(port) : QJsonValue(QJsonValue::Null)},
        {u"connection_string"_s, orNull(connectionString)},
    };
}

} // namespace Studio
