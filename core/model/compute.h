#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Studio {

/// The tabs of the studio's Compute page, plus the always-present local machine.
enum class ComputeKind { Local, Instance, Cluster, Inference, Attached };

/// Azure ML's provisioning states (swagger: ProvisioningState), used for every provider.
enum class ProvisioningState { Unknown, Creating, Updating, Deleting, Succeeded, Failed, Canceled };

QString toKey(ComputeKind kind); ///< "local", "instance", … (CLI, JSON, DB)
std::optional<ComputeKind> computeKindFromString(QStringView text);
QString displayName(ComputeKind kind);  ///< translated, for people
QString toKey(ProvisioningState state); ///< "Succeeded", … (as the service spells it)
ProvisioningState provisioningStateFromString(QStringView text);
QString displayName(ProvisioningState state); ///< translated
/// A lifecycle operation's key ("create", "start", …) as the user reads it while it runs
/// ("Creating", "Starting", …); the key itself when unknown.
QString operationDisplayName(QStringView operation);

/// One compute of a workspace as stored: what the list, the details panel and
/// `cstudio compute show` present. Kind-specific settings live in `spec` (JSON).
struct ComputeRecord
{
    qint64 id = 0;
    QString name;
    ComputeKind kind = ComputeKind::Instance;
    QString type;     ///< service compute type: ComputeInstance, AmlCompute, VirtualMachine, …
    QString provider; ///< local, ssh, slurm, azureml, …
    QJsonObject spec;
    ProvisioningState provisioningState = ProvisioningState::Unknown;
    QString state;     ///< runtime state where the kind has one (Running, Stopped, …)
    QString lastError; ///< the last failed operation's message, empty when none
    QString createdBy;
    QDateTime createdOn;
    QDateTime modifiedOn;

    /// The lifecycle operation running on this compute now, as a key ("create", "attach",
    /// "delete", "detach", "start", "stop", "restart", "update"); empty when none. Any
    /// process may be running it: operationPid and operationProcess say which.
    QString operation;
    int progress = 0;     ///< percent (0–100) of the running operation
    QString progressText; ///< what the running operation is doing now (for people)
    qint64 operationPid = 0;
    /// Identifies the process beyond its pid (host, boot, start time) so a reused pid is
    /// not mistaken for it: see ProcessIdentity.
    QString operationProcess;
    QDateTime operationStartedOn;

    /// An operation is running on it (or was, until its process is found dead).
    bool isBusy() const { return !operation.isEmpty(); }
    /// The running operation in the user's language ("Creating", "Starting", …); empty
    /// when none.
    QString operationText() const;

    /// State as a key: the runtime state once provisioned, else the provisioning state.
    QString displayState() const;
    /// displayState() in the user's language.
    QString displayStateText() const;
    /// VM size or, for the local machine, its cores and memory.
    QString sizeText() const;
    /// "min – max" for clusters, the node count for inference clusters; empty otherwise.
    QString nodesText() const;
    /// Sort key for nodes: the maximum node count, -1 when not applicable.
    int nodesSortKey() const;
    /// All properties as one JSON object (the CLI's `compute show`).
    QJsonObject toJson() const;

    friend bool operator==(const ComputeRecord &, const ComputeRecord &) = default;
};

} // namespace Studio
