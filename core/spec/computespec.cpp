#include "computespec.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Studio {

namespace {

struct TypeInfo
{
    SpecType type;
    const char16_t *key;
    const char16_t *serviceName;
    ComputeKind kind;
    bool attached;
};

constexpr TypeInfo typeInfos[] = {
    {SpecType::ComputeInstance, u"computeinstance", u"ComputeInstance", ComputeKind::Instance,
     false},
    {SpecType::AmlCompute, u"amlcompute", u"AmlCompute", ComputeKind::Cluster, false},
    {SpecType::InferenceCluster, u"aks", u"AKS", ComputeKind::Inference, false},
    {SpecType::VirtualMachine, u"virtualmachine", u"VirtualMachine", ComputeKind::Attached, true},
    {SpecType::HDInsight, u"hdinsight", u"HDInsight", ComputeKind::Attached, true},
    {SpecType::Databricks, u"databricks", u"Databricks", ComputeKind::Attached, true},
    {SpecType::DataLakeAnalytics, u"datalakeanalytics", u"DataLakeAnalytics", ComputeKind::Attached,
     true},
    {SpecType::Kubernetes, u"kubernetes", u"Kubernetes", ComputeKind::Attached, true},
    {SpecType::Slurm, u"slurm", u"Slurm", ComputeKind::Attached, true},
};

const TypeInfo &info(SpecType type)
{
    return typeInfos[int(type)];
}

} // namespace

QString toKey(SpecType type)
{
    return QString::fromUtf16(info(type).key);
}

std::optional<SpecType> specTypeFromKey(QStringView key)
{
    for (const TypeInfo &i : typeInfos) {
        if (key.compare(QStringView(i.key), Qt::CaseInsensitive) == 0
            || key.compare(QStringView(i.serviceName), Qt::CaseInsensitive) == 0) {
            return i.type;
        }
    }
    return std::nullopt;
}

QString displayName(SpecType type)
{
    switch (type) {
    case SpecType::ComputeInstance:
        return QCoreApplication::translate("Studio::SpecType", "Compute instance");
    case SpecType::AmlCompute:
        return QCoreApplication::translate("Studio::SpecType", "Compute cluster");
    case SpecType::InferenceCluster:
        return QCoreApplication::translate("Studio::SpecType", "Inference cluster");
    case SpecType::VirtualMachine:
        return QCoreApplication::translate("Studio::SpecType", "Remote virtual machine");
    case SpecType::HDInsight:
        return QCoreApplication::translate("Studio::SpecType", "HDInsight");
    case SpecType::Databricks:
        return QCoreApplication::translate("Studio::SpecType", "Databricks");
    case SpecType::DataLakeAnalytics:
        return QCoreApplication::translate("Studio::SpecType", "Data Lake Analytics");
    case SpecType::Kubernetes:
        return QCoreApplication::translate("Studio::SpecType", "Kubernetes");
    case SpecType::Slurm:
        return QCoreApplication::translate("Studio::SpecType", "Slurm cluster");
    }
    return {};
}

QString serviceTypeName(SpecType type)
{
    return QString::fromUtf16(info(type).serviceName);
}

ComputeKind computeKind(SpecType type)
{
    return info(type).kind;
}

bool isAttached(SpecType type)
{
    return info(type).attached;
}

QList<SpecType> allSpecTypes()
{
    QList<SpecType> types;
    for (const TypeInfo &i : typeInfos)
        types.append(i.type);
    return types;
}

QList<SpecType> attachableSpecTypes()
{
    QList<SpecType> types;
    for (const TypeInfo &i : typeInfos) {
        if (i.attached)
            types.append(i.type);
    }
    return types;
}

ComputeSpec ComputeSpec::defaults(SpecType type)
{
    ComputeSpec spec;
    switch (type) {
    case SpecType::ComputeInstance:
        spec.details = InstanceSpec{};
        break;
    case SpecType::AmlCompute:
        spec.details = ClusterSpec{};
        break;
    case SpecType::InferenceCluster:
        spec.details = InferenceSpec{};
        break;
    case SpecType::VirtualMachine:
        spec.details = VirtualMachineSpec{};
        break;
    case SpecType::HDInsight:
        spec.details = HDInsightSpec{};
        break;
    case SpecType::Databricks:
        spec.details = DatabricksSpec{};
        break;
    case SpecType::DataLakeAnalytics:
        spec.details = DataLakeAnalyticsSpec{};
        break;
    case SpecType::Kubernetes:
        spec.details = KubernetesSpec{};
        break;
    case SpecType::Slurm:
        spec.details = SlurmSpec{};
        break;
    }
    return spec;
}

QList<std::pair<QString, Secret *>> ComputeSpec::secrets()
{
    QList<std::pair<QString, Secret *>> list;
    auto login = [&list](SshLogin &l) {
        list.append({u"ssh_settings.admin_password"_s, &l.password});
        list.append({u"ssh_settings.ssh_key_passphrase"_s, &l.passphrase});
    };
    if (auto *cluster = as<ClusterSpec>())
        list.append({u"ssh_settings.admin_password"_s, &cluster->ssh.adminPassword});
    else if (auto *vm = as<VirtualMachineSpec>())
        login(vm->login);
    else if (auto *hdi = as<HDInsightSpec>())
        login(hdi->login);
    else if (auto *slurm = as<SlurmSpec>())
        login(slurm->login);
    else if (auto *dbx = as<DatabricksSpec>())
        list.append({u"access_token"_s, &dbx->accessToken});
    return list;
}

} // namespace Studio
