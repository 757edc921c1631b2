#include "compute.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Studio {

QString toKey(ComputeKind kind)
{
    switch (kind) {
    case ComputeKind::Local:
        return u"local"_s;
    case ComputeKind::Instance:
        return u"instance"_s;
    case ComputeKind::Cluster:
        return u"cluster"_s;
    case ComputeKind::Inference:
        return u"inference"_s;
    case ComputeKind::Attached:
        return u"attached"_s;
    }
    return {};
}

std::optional<ComputeKind> computeKindFromString(QStringView text)
{
    for (auto kind : {ComputeKind::Local, ComputeKind::Instance, ComputeKind::Cluster,
                      ComputeKind::Inference, ComputeKind::Attached}) {
        if (text.compare(toKey(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString displayName(ComputeKind kind)
{
    switch (kind) {
    case ComputeKind::Local:
        return QCoreApplication::translate("Studio", "Local machine");
    case ComputeKind::Instance:
        return QCoreApplication::translate("Studio", "Compute instance");
    case ComputeKind::Cluster:
        return QCoreApplication::translate("Studio", "Compute cluster");
    case ComputeKind::Inference:
        return QCoreApplication::translate("Studio", "Inference cluster");
    case ComputeKind::Attached:
        return QCoreApplication::translate("Studio", "Attached compute");
    }
    return {};
}

static constexpr ProvisioningState allStates[]
    = {ProvisioningState::Unknown,  ProvisioningState::Creating,  ProvisioningState::Updating,
       ProvisioningState::Deleting, ProvisioningState::Succeeded, ProvisioningState::Failed,
       ProvisioningState::Canceled};

QString toKey(ProvisioningState state)
{
    switch (state) {
    case ProvisioningState::Unknown:
        return u"Unknown"_s;
    case ProvisioningState::Creating:
        return u"Creating"_s;
    case ProvisioningState::Updating:
        return u"Updating"_s;
    case ProvisioningState::Deleting:
        return u"Deleting"_s;
    case ProvisioningState::Succeeded:
        return u"Succeeded"_s;
    case ProvisioningState::Failed:
        return u"Failed"_s;
    case ProvisioningState::Canceled:
        return u"Canceled"_s;
    }
    return {};
}

ProvisioningState provisioningStateFromString(QStringView text)
{
    for (auto state : allStates) {
        if (text.compare(toKey(state), Qt::CaseInsensitive) == 0)
            return state;
    }
    return ProvisioningState::Unknown;
}

QString displayName(ProvisioningState state)
{
    switch (state) {
    case ProvisioningState::Unknown:
        return QCoreApplication::translate("Studio", "Unknown");
    case ProvisioningState::Creating:
        return QCoreApplication::translate("Studio", "Creating");
    case ProvisioningState::Updating:
        return QCoreApplication::translate("Studio", "Updating");
    case ProvisioningState::Deleting:
        return QCoreApplication::translate("Studio", "Deleting");
    case ProvisioningState::Succeeded:
        return QCoreApplication::translate("Studio", "Succeeded");
    case ProvisioningState::Failed:
        return QCoreApplication::translate("Studio", "Failed");
    case ProvisioningState::Canceled:
        return QCoreApplication::translate("Studio", "Canceled");
    }
    return {};
}

QString operationDisplayName(QStringView operation)
{
    static const QHash<QString, const char *> known = {
        {u"create"_s, QT_TRANSLATE_NOOP("Studio", "Creating")},
        {u"attach"_s, QT_TRANSLATE_NOOP("Studio", "Attaching")},
        {u"delete"_s, QT_TRANSLATE_NOOP("Studio", "Deleting")},
        {u"detach"_s, QT_TRANSLATE_NOOP("Studio", "Detaching")},
        {u"start"_s, QT_TRANSLATE_NOOP("Studio", "Starting")},
        {u"stop"_s, QT_TRANSLATE_NOOP("Studio", "Stopping")},
        {u"restart"_s, QT_TRANSLATE_NOOP("Studio", "Restarting")},
        {u"update"_s, QT_TRANSLATE_NOOP("Studio", "Updating")},
    };
    const auto it = known.constFind(operation.toString());
    return it == known.constEnd() ? operation.toString()
                                  : QCoreApplication::translate("Studio", it.value());
}

QString ComputeRecord::operationText() const
{
    return operation.isEmpty() ? QString() : operationDisplayName(operation);
}

QString ComputeRecord::displayState() const
{
    if (provisioningState == ProvisioningState::Succeeded && !state.isEmpty())
        return state;
    return toKey(provisioningState);
}

QString ComputeRecord::displayStateText() const
{
    if (!(provisioningState == ProvisioningState::Succeeded && !state.isEmpty()))
        return displayName(provisioningState);
    // Runtime states of the service's computes (ComputeInstanceState, AllocationState).
    static const QHash<QString, const char *> known = {
        {u"Running"_s, QT_TRANSLATE_NOOP("Studio", "Running")},
        {u"Stopped"_s, QT_TRANSLATE_NOOP("Studio", "Stopped")},
        {u"Starting"_s, QT_TRANSLATE_NOOP("Studio", "Starting")},
        {u"Stopping"_s, QT_TRANSLATE_NOOP("Studio", "Stopping")},
        {u"Restarting"_s, QT_TRANSLATE_NOOP("Studio", "Restarting")},
        {u"Idle"_s, QT_TRANSLATE_NOOP("Studio", "Idle")},
        {u"Resizing"_s, QT_TRANSLATE_NOOP("Studio", "Resizing")},
        {u"Steady"_s, QT_TRANSLATE_NOOP("Studio", "Steady")},
        {u"Unusable"_s, QT_TRANSLATE_NOOP("Studio", "Unusable")},
    };
    const auto it = known.constFind(state);
    return it == known.constEnd() ? state : QCoreApplication::translate("Studio", it.value());
}

QString ComputeRecord::sizeText() const
{
    if (kind == ComputeKind::Local) {
        const int cores = spec.value(u"cores").toInt();
        const double bytes = spec.value(u"memory_bytes").toDouble();
        const QString memory
            = QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeIecFormat);
        // No %n plurals: English would need a plural-only .ts of its own for that.
        return cores == 1
                   ? QCoreApplication::translate("Studio", "1 core, %1").arg(memory)
                   : QCoreApplication::translate("Studio", "%1 cores, %2").arg(cores).arg(memory);
    }
    return spec.value(u"size").toString();
}

QString ComputeRecord::nodesText() const
{
    if (kind == ComputeKind::Cluster) {
        const int min = spec.value(u"min_instances").toInt(0);
        const int max = spec.value(u"max_instances").toInt(1);
        return u"%1 – %2"_s.arg(min).arg(max);
    }
    if (kind == ComputeKind::Inference && spec.contains(u"node_count"))
        return QString::number(spec.value(u"node_count").toInt());
    return {};
}

int ComputeRecord::nodesSortKey() const
{
    if (kind == ComputeKind::Cluster)
        return spec.value(u"max_instances").toInt(1);
    if (kind == ComputeKind::Inference)
        return spec.value(u"node_count").toInt(-1);
    return -1;
}

QJsonObject ComputeRecord::toJson() const
{
    QJsonObject o;
    o[u"name"] = name;
    o[u"kind"] = toKey(kind);
    o[u"type"] = type;
    o[u"provider"] = provider;
    o[u"state"] = displayState();
    o[u"provisioning_state"] = toKey(provisioningState);
    o[u"last_error"] = lastError.isEmpty() ? QJsonValue() : QJsonValue(lastError);
    o[u"size"] = sizeText();
    const QString nodes = nodesText();
    if (!nodes.isEmpty())
        o[u"nodes"] = nodes;
    o[u"created_by"] = createdBy;
    o[u"created_on"] = createdOn.toUTC().toString(Qt::ISODateWithMs);
    o[u"modified_on"] = modifiedOn.toUTC().toString(Qt::ISODateWithMs);
    o[u"properties"] = spec;
    if (isBusy()) {
        o[u"operation"] = QJsonObject{
            {u"name"_s, operation},
            {u"progress"_s, progress},
            {u"text"_s, progressText},
            {u"pid"_s, operationPid},
            {u"started_on"_s, operationStartedOn.toUTC().toString(Qt::ISODateWithMs)}};
    } else {
        o[u"operation"] = QJsonValue();
    }
    return o;
}

} // namespace Studio
