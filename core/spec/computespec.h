#pragma once

#include "../model/compute.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace Studio {

/// The service's compute types, one per value type below. The YAML `type:` key of each is
/// toKey(); see docs/compute-yaml.md.
enum class SpecType {
    ComputeInstance,   ///< `computeinstance` (Azure ML CLI v2)
    AmlCompute,        ///< `amlcompute`: compute cluster (Azure ML CLI v2)
    InferenceCluster,  ///< `aks`: inference cluster on Kubernetes service
    VirtualMachine,    ///< `virtualmachine`: attached remote VM / DSVM (Azure ML CLI v2)
    HDInsight,         ///< `hdinsight`: attached HDInsight (Spark) cluster
    Databricks,        ///< `databricks`: attached, pipelines only
    DataLakeAnalytics, ///< `datalakeanalytics`: attached, pipelines only
    Kubernetes,        ///< `kubernetes`: attached Kubernetes (Azure ML CLI v2)
    Slurm,             ///< `slurm`: attached Slurm cluster (reached over SSH)
};

QString toKey(SpecType type); ///< the YAML `type:` value
std::optional<SpecType> specTypeFromKey(QStringView key);
QString displayName(SpecType type);     ///< translated, e.g. "Compute cluster"
QString serviceTypeName(SpecType type); ///< the swagger's ComputeType: AmlCompute, …
ComputeKind computeKind(SpecType type); ///< which tab of the Compute page
/// Types that are attached (created elsewhere), as opposed to created in the workspace.
bool isAttached(SpecType type);
QList<SpecType> allSpecTypes();
QList<SpecType> attachableSpecTypes();

enum class VmType { Cpu, Gpu };
enum class VmPriority { Dedicated, LowPriority }; ///< YAML tier: dedicated | low_priority

/// A secret (password, passphrase, token). The value lives only in memory; what is stored in
/// the workspace is `keychainKey`, the entry's name in the OS keychain.
struct Secret
{
    QString value;
    QString keychainKey;
    bool isSet() const { return !value.isEmpty() || !keychainKey.isEmpty(); }
    friend bool operator==(const Secret &, const Secret &) = default;
};

/// SSH access to the nodes of a managed compute (instances, clusters). Off by default and
/// immutable after creation.
struct SshAccess
{
    bool enabled = false;
    QString adminUsername = QStringLiteral("azureuser");
    QString publicKey;    ///< `ssh_key_value`: an OpenSSH public key line
    Secret adminPassword; ///< clusters only
    friend bool operator==(const SshAccess &, const SshAccess &) = default;
};

/// How to log in to an attached machine over SSH: password, or private key (+ passphrase).
struct SshLogin
{
    QString address; ///< FQDN or IP address
    int port = 22;
    QString username;
    Secret password;
    QString privateKeyFile;
    Secret passphrase;
    friend bool operator==(const SshLogin &, const SshLogin &) = default;
};

struct NetworkSettings
{
    QString resourceGroup;
    QString vnetName;
    QString subnet;
    bool isEmpty() const
    {
        return resourceGroup.isEmpty() && vnetName.isEmpty() && subnet.isEmpty();
    }
    friend bool operator==(const NetworkSettings &, const NetworkSettings &) = default;
};

struct ManagedIdentity
{
    enum class Type { None, SystemAssigned, UserAssigned };
    Type type = Type::None;
    QStringList userAssignedIds; ///< resource ids, for UserAssigned
    friend bool operator==(const ManagedIdentity &, const ManagedIdentity &) = default;
};

/// A start or stop at a time given by a cron expression (compute instance schedules).
struct Schedule
{
    enum class Action { Start, Stop };
    Action action = Action::Stop;
    QString cron; ///< five fields: minute hour day-of-month month day-of-week
    QString timeZone = QStringLiteral("UTC");
    bool enabled = true;
    friend bool operator==(const Schedule &, const Schedule &) = default;
};

struct InstanceSpec
{
    VmType vmType = VmType::Cpu; ///< immutable after creation
    QString size;
    QString location;
    SshAccess ssh;
    NetworkSettings network;
    int idleTimeBeforeShutdownMinutes = 0; ///< 0: never shut down when idle
    QList<Schedule> schedules;
    friend bool operator==(const InstanceSpec &, const InstanceSpec &) = default;
};

struct ClusterSpec
{
    QString location;            ///< empty: the workspace's
    VmType vmType = VmType::Cpu; ///< immutable after creation
    VmPriority tier = VmPriority::Dedicated;
    QString size;
    int minInstances = 0;
    int maxInstances = 1;
    int idleTimeBeforeScaleDown = 120; ///< seconds
    SshAccess ssh;
    NetworkSettings network;
    ManagedIdentity identity;
    friend bool operator==(const ClusterSpec &, const ClusterSpec &) = default;
};

struct InferenceSpec
{
    enum class Purpose { Production, DevTest };
    bool createNewService = true;
    QString existingService; ///< the Kubernetes service to use when not creating one
    QString location;
    QString size;
    Purpose purpose = Purpose::Production;
    int agentCount = 3;
    bool advancedNetwork = false; ///< true: an existing virtual network (`network`)
    NetworkSettings network;
    bool sslEnabled = false;
    QString sslCname;
    QString sslCertificateFile;
    QString sslKeyFile;
    friend bool operator==(const InferenceSpec &, const InferenceSpec &) = default;
};

struct VirtualMachineSpec
{
    SshLogin login;
    QString resourceId; ///< optional: the VM's Azure resource id
    QString vmName;     ///< optional: the VM's own name (a Data Science VM's: < 64 characters)
    friend bool operator==(const VirtualMachineSpec &, const VirtualMachineSpec &) = default;
};

struct HDInsightSpec
{
    SshLogin login; ///< address: <cluster>.azurehdinsight.net or an IP address
    QString resourceId;
    friend bool operator==(const HDInsightSpec &, const HDInsightSpec &) = default;
};

struct DatabricksSpec
{
    QString workspaceName;
    QString resourceGroup;
    Secret accessToken;
    friend bool operator==(const DatabricksSpec &, const DatabricksSpec &) = default;
};

struct DataLakeAnalyticsSpec
{
    QString resourceGroup;
    QString accountName;
    friend bool operator==(const DataLakeAnalyticsSpec &, const DataLakeAnalyticsSpec &) = default;
};

struct KubernetesSpec
{
    QString resourceId;
    QString kubeconfigFile;
    QString nameSpace = QStringLiteral("default");
    ManagedIdentity identity;
    friend bool operator==(const KubernetesSpec &, const KubernetesSpec &) = default;
};

struct SlurmSpec
{
    SshLogin login; ///< a login node of the cluster
    QString partition;
    QString account;
    friend bool operator==(const SlurmSpec &, const SlurmSpec &) = default;
};

/// What a user asks for: one compute of one type, on one provider. The value type behind
/// every form, every YAML file and every provider call.
struct ComputeSpec
{
    using Details
        = std::variant<InstanceSpec, ClusterSpec, InferenceSpec, VirtualMachineSpec, HDInsightSpec,
                       DatabricksSpec, DataLakeAnalyticsSpec, KubernetesSpec, SlurmSpec>;

    QString name;
    QString description;
    QString provider = QStringLiteral("local");
    QMap<QString, QString> tags;
    Details details;

    SpecType type() const { return SpecType(details.index()); }
    ComputeKind kind() const { return computeKind(type()); }

    /// A spec of `type` with every default filled in.
    static ComputeSpec defaults(SpecType type);

    template<typename T>
    T *as()
    {
        return std::get_if<T>(&details);
    }
    template<typename T>
    const T *as() const
    {
        return std::get_if<T>(&details);
    }

    /// Every secret of this spec with its YAML field path ("ssh_settings.admin_password").
    QList<std::pair<QString, Secret *>> secrets();

    friend bool operator==(const ComputeSpec &, const ComputeSpec &) = default;
};

/// A VM size a provider offers.
struct VmSize
{
    QString name;
    int vCpus = 0;
    double memoryGiB = 0;
    int gpus = 0;
    QString family;
    VmType vmType() const { return gpus > 0 ? VmType::Gpu : VmType::Cpu; }
    friend bool operator==(const VmSize &, const VmSize &) = default;
};

} // namespace Studio
