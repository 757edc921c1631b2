#include "validation.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Studio {

QJsonObject ValidationIssue::toJson() const
{
    return {{u"field"_s, field},
            {u"message"_s, message},
            {u"severity"_s, isError() ? u"error"_s : u"warning"_s}};
}

bool hasErrors(const ValidationIssues &issues)
{
    return std::any_of(issues.begin(), issues.end(),
                       [](const ValidationIssue &i) { return i.isError(); });
}

ValidationIssues issuesForField(const ValidationIssues &issues, const QString &field)
{
    ValidationIssues result;
    for (const ValidationIssue &i : issues) {
        if (i.field == field)
            result.append(i);
    }
    return result;
}

QJsonArray toJson(const ValidationIssues &issues)
{
    QJsonArray array;
    for (const ValidationIssue &i : issues)
        array.append(i.toJson());
    return array;
}

namespace {

using Severity = ValidationIssue::Severity;

/// Collects the issues of one validation, in the order the checks find them.
class Checker
{
public:
    explicit Checker(const ValidationContext &context)
        : ctx(context)
    {}

    void error(const QString &field, const QString &message)
    {
        issues.append({field, message, Severity::Error});
    }
    void warning(const QString &field, const QString &message)
    {
        issues.append({field, message, Severity::Warning});
    }
    bool required(const QString &field, const QString &value, const QString &message)
    {
        if (value.trimmed().isEmpty()) {
            error(field, message);
            return false;
        }
        return true;
    }
    void readableFile(const QString &field, const QString &path, const QString &what)
    {
        if (path.isEmpty() || !ctx.checkFiles)
            return;
        const QFileInfo fi(path);
        if (!fi.exists())
            error(field, Validation::tr("The %1 %2 does not exist.").arg(what, path));
        else if (!fi.isFile())
            error(field, Validation::tr("The %1 %2 is not a file.").arg(what, path));
        else if (!fi.isReadable())
            error(
                field,
                Validation::tr("The %1 %2 cannot be read: check its permissions.").arg(what, path));
    }
    std::optional<VmSize> findSize(const QString &name) const
    {
        for (const VmSize &s : ctx.sizes) {
            if (s.name.compare(name, Qt::CaseInsensitive) == 0)
                return s;
        }
        return std::nullopt;
    }
    /// Checks `size` against the provider's sizes and the chosen VM type.
    std::optional<VmSize> size(const QString &field, const QString &name,
                               std::optional<VmType> vmType)
    {
        if (!required(field, name, Validation::tr("Choose a virtual machine size.")))
            return std::nullopt;
        if (ctx.sizes.isEmpty())
            return std::nullopt;
        const auto found = findSize(name);
        if (!found) {
            QStringList names;
            for (const VmSize &offered : ctx.sizes)
                names.append(offered.name);
            error(field, names.size() <= 8
                             ? Validation::tr("The size %1 is not offered here. Choose one of: %2.")
                                   .arg(name, names.join(u", "_s))
                             : Validation::tr("The size %1 is not offered here. Choose one of "
                                              "the listed sizes.")
                                   .arg(name));
            return std::nullopt;
        }
        if (vmType && found->vmType() != *vmType) {
            error(field, *vmType == VmType::Gpu
                             ? Validation::tr("The size %1 has no GPU. Choose a GPU size or "
                                              "set the virtual machine type to CPU.")
                                   .arg(name)
                             : Validation::tr("The size %1 is a GPU size. Choose a CPU size or "
                                              "set the virtual machine type to GPU.")
                                   .arg(name));
        }
        return found;
    }

    const ValidationContext &ctx;
    ValidationIssues issues;
};

bool isValidHost(const QString &address)
{
    if (QHostAddress(address).protocol() != QAbstractSocket::UnknownNetworkLayerProtocol)
        return true;
    static const QRegularExpression hostname(
        u"^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(\\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$"_s);
    return hostname.match(address).hasMatch();
}

bool looksLikePublicKey(const QString &key)
{
    static const QRegularExpression publicKey(
        u"^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\\.com) [A-Za-z0-9+/]+=*( .*)?$"_s);
    return publicKey.match(key.trimmed()).hasMatch();
}

void checkNetwork(Checker &c, const NetworkSettings &n, bool required)
{
    if (required) {
        c.required(u"network_settings.vnet_name"_s, n.vnetName,
                   Validation::tr("Enter the name of the existing virtual network."));
        c.required(u"network_settings.subnet"_s, n.subnet,
                   Validation::tr("Enter the subnet of the virtual network."));
        return;
    }
    if (!n.subnet.isEmpty() && n.vnetName.isEmpty())
        c.error(u"network_settings.vnet_name"_s,
                Validation::tr("A subnet needs its virtual network: enter the virtual network "
                               "name too."));
    if (!n.vnetName.isEmpty() && n.subnet.isEmpty())
        c.error(u"network_settings.subnet"_s,
                Validation::tr("Enter the subnet of the virtual network %1.").arg(n.vnetName));
    if (!n.resourceGroup.isEmpty() && n.vnetName.isEmpty())
        c.error(u"network_settings.vnet_name"_s,
                Validation::tr("A resource group is only used with a virtual network: enter "
                               "the virtual network name too, or clear the resource group."));
}

void checkSshAccess(Checker &c, const SshAccess &ssh, bool allowPassword)
{
    if (!ssh.enabled) {
        return;
    }
    c.required(u"ssh_settings.admin_username"_s, ssh.adminUsername,
               Validation::tr("Enter the administrator user name for SSH."));
    if (!ssh.publicKey.isEmpty() && !looksLikePublicKey(ssh.publicKey)) {
        c.error(u"ssh_settings.ssh_key_value"_s,
                Validation::tr("This is not an OpenSSH public key. Paste one line such as "
                               "“ssh-ed25519 AAAA… user@host” (the contents of a .pub file)."));
    }
    if (allowPassword) {
        if (ssh.publicKey.isEmpty() && !ssh.adminPassword.isSet())
            c.error(u"ssh_settings.ssh_key_value"_s,
                    Validation::tr("With SSH access enabled, give an SSH public key or an "
                                   "administrator password."));
    } else if (ssh.publicKey.isEmpty()) {
        c.error(u"ssh_settings.ssh_key_value"_s,
                Validation::tr("With SSH access enabled, give the SSH public key to log in "
                               "with."));
    }
}

void checkIdentity(Checker &c, const ManagedIdentity &identity)
{
    if (identity.type == ManagedIdentity::Type::UserAssigned && identity.userAssignedIds.isEmpty())
        c.error(u"identity.user_assigned_identities"_s,
                Validation::tr("Add at least one user-assigned identity (its resource id)."));
    if (identity.type != ManagedIdentity::Type::UserAssigned && !identity.userAssignedIds.isEmpty())
        c.error(u"identity.type"_s,
                Validation::tr("User-assigned identities are listed, but the identity type is "
                               "not user-assigned."));
}

void checkLogin(Checker &c, const SshLogin &login, bool hdInsight)
{
    if (c.required(u"address"_s, login.address,
                   hdInsight ? Validation::tr("Enter the cluster's address: "
                                              "<cluster>.azurehdinsight.net or an IP address.")
                             : Validation::tr("Enter the machine's address: a host name (FQDN) "
                                              "or an IP address."))) {
        if (!isValidHost(login.address.trimmed()))
            c.error(
                u"address"_s,
                Validation::tr("%1 is neither a host name nor an IP address.").arg(login.address));
        else if (hdInsight
                 && QHostAddress(login.address).protocol()
                        == QAbstractSocket::UnknownNetworkLayerProtocol
                 && !login.address.endsWith(u".azurehdinsight.net"_s, Qt::CaseInsensitive))
            c.warning(u"address"_s, Validation::tr("HDInsight addresses usually have the form "
                                                   "<cluster>.azurehdinsight.net."));
    }
    if (login.port < 1 || login.port > 65535)
        c.error(u"ssh_settings.ssh_port"_s,
                Validation::tr("The SSH port must be between 1 and 65535 (usually 22)."));
    c.required(u"ssh_settings.admin_username"_s, login.username,
               Validation::tr("Enter the user name to log in with."));

    const bool hasPassword = login.password.isSet();
    const bool hasKey = !login.privateKeyFile.isEmpty();
    if (!hasPassword && !hasKey) {
        c.error(u"ssh_settings.admin_password"_s,
                Validation::tr("Give a password or a private key file. A key is safer: "
                               "passwords can be guessed by brute force."));
    } else if (hasPassword && hasKey) {
        c.error(u"ssh_settings.ssh_private_key_file"_s,
                Validation::tr("Use either a password or a private key file, not both."));
    }
    if (hasKey)
        c.readableFile(u"ssh_settings.ssh_private_key_file"_s, login.privateKeyFile,
                       Validation::tr("private key file"));
    if (login.passphrase.isSet() && !hasKey)
        c.error(u"ssh_settings.ssh_key_passphrase"_s,
                Validation::tr("A passphrase belongs to a private key file: choose the key file "
                               "or clear the passphrase."));
}

bool isValidCron(const QString &cron)
{
    const QStringList fields = cron.simplified().split(u' ', Qt::SkipEmptyParts);
    if (fields.size() != 5)
        return false;
    static const QRegularExpression field(u"^[0-9*/,\\-A-Za-z?]+$"_s);
    return std::all_of(fields.begin(), fields.end(),
                       [](const QString &f) { return field.match(f).hasMatch(); });
}

struct NameRule
{
    int min;
    int max;
};

NameRule nameRule(SpecType type)
{
    switch (type) {
    case SpecType::ComputeInstance:
    case SpecType::AmlCompute:
        return {3, 24};
    default:
        return {2, 16};
    }
}

} // namespace

QString Validation::managedNamePattern()
{
    return u"^[a-zA-Z](?![a-zA-Z0-9-]*-\\d+$)[a-zA-Z0-9\\-]{2,23}$"_s;
}

QString Validation::forbiddenVmNameCharacters()
{
    return u"`~!@#$%^&*()=+_[]{}\\|;:'\",<>/?"_s;
}

ValidationIssues Validation::validateName(SpecType type, const QString &name,
                                          const ValidationContext &context)
{
    Checker c(context);
    const NameRule rule = nameRule(type);
    const QString field = u"name"_s;
    static const QRegularExpression allowed(u"^[a-zA-Z0-9-]*$"_s);
    static const QRegularExpression endsInHyphenDigits(u"-\\d+$"_s);
    static const QRegularExpression managed(managedNamePattern());

    if (name.isEmpty()) {
        c.error(field, tr("Enter a compute name."));
    } else if (!allowed.match(name).hasMatch()) {
        c.error(field, tr("The name can contain only letters, digits and hyphens (-)."));
    } else if (!name.at(0).isLetter()) {
        c.error(field, tr("The name must start with a letter."));
    } else if (name.size() < rule.min || name.size() > rule.max) {
        c.error(field, tr("The name must be %1 to %2 characters long (now %3).")
                           .arg(rule.min)
                           .arg(rule.max)
                           .arg(name.size()));
    } else if (name.endsWith(u'-')) {
        c.error(field, tr("A hyphen must be followed by a letter or digit: the name cannot "
                          "end with “-”."));
    } else if (endsInHyphenDigits.match(name).hasMatch()) {
        c.error(field, tr("The name cannot end with a hyphen followed only by digits (like "
                          "“-1”): put a letter after the hyphen."));
    }
    // The service's own pattern is the last word for instances and clusters.
    if (c.issues.isEmpty() && (type == SpecType::ComputeInstance || type == SpecType::AmlCompute)
        && !managed.match(name).hasMatch()) {
        c.error(field,
                tr("The name does not match the service's rule %1.").arg(managedNamePattern()));
    }
    if (!name.isEmpty()) {
        for (const QString &existing : context.existingNames) {
            if (existing.compare(name, Qt::CaseInsensitive) == 0) {
                c.warning(field, tr("A compute named %1 already exists in this workspace. "
                                    "Choose another name: creating this one will be refused.")
                                     .arg(existing));
                break;
            }
        }
    }
    return c.issues;
}

ValidationIssues Validation::validate(const ComputeSpec &spec, const ValidationContext &context)
{
    Checker c(context);
    c.issues = validateName(spec.type(), spec.name, context);
    if (spec.provider.trimmed().isEmpty())
        c.error(u"provider"_s, tr("Name the provider that backs this compute (for example "
                                  "“local”)."));

    if (const auto *inst = spec.as<InstanceSpec>()) {
        c.size(u"size"_s, inst->size, inst->vmType);
        checkSshAccess(c, inst->ssh, false);
        checkNetwork(c, inst->network, false);
        if (inst->idleTimeBeforeShutdownMinutes < 0)
            c.error(u"idle_time_before_shutdown_minutes"_s,
                    tr("The idle time before shutdown cannot be negative (0 turns it off)."));
        for (qsizetype i = 0; i < inst->schedules.size(); ++i) {
            if (!isValidCron(inst->schedules.at(i).cron))
                c.error(u"schedules.compute_start_stop[%1].trigger.expression"_s.arg(i),
                        tr("“%1” is not a cron expression: give five fields (minute hour "
                           "day-of-month month day-of-week), for example “0 18 * * 1-5”.")
                            .arg(inst->schedules.at(i).cron));
        }
    } else if (const auto *cluster = spec.as<ClusterSpec>()) {
        c.size(u"size"_s, cluster->size, cluster->vmType);
        if (cluster->minInstances < 0)
            c.error(u"min_instances"_s, tr("The minimum number of nodes cannot be negative."));
        if (cluster->maxInstances < 1)
            c.error(u"max_instances"_s, tr("The maximum number of nodes must be at least 1."));
        else if (cluster->minInstances > cluster->maxInstances)
            c.error(u"min_instances"_s,
                    tr("The minimum number of nodes (%1) cannot be more than the maximum (%2).")
                        .arg(cluster->minInstances)
                        .arg(cluster->maxInstances));
        if (cluster->idleTimeBeforeScaleDown < 0)
            c.error(u"idle_time_before_scale_down"_s,
                    tr("The idle seconds before scale down cannot be negative."));
        checkSshAccess(c, cluster->ssh, true);
        checkNetwork(c, cluster->network, false);
        checkIdentity(c, cluster->identity);
    } else if (const auto *inf = spec.as<InferenceSpec>()) {
        if (!inf->createNewService)
            c.required(u"kubernetes_service.name"_s, inf->existingService,
                       tr("Choose the existing Kubernetes service to use."));
        const auto size = c.size(u"size"_s, inf->size, std::nullopt);
        if (inf->agentCount < 1) {
            c.error(u"node_count"_s, tr("The number of nodes must be at least 1."));
        } else if (size) {
            if (qint64(inf->agentCount) * size->vCpus < 12)
                c.error(u"node_count"_s,
                        tr("Nodes × vCPUs must be at least 12: %1 nodes of %2 (%3 vCPUs) give "
                           "%4. Use at least %5 nodes or a larger size.")
                            .arg(inf->agentCount)
                            .arg(size->name)
                            .arg(size->vCpus)
                            .arg(inf->agentCount * size->vCpus)
                            .arg((12 + size->vCpus - 1) / std::max(1, size->vCpus)));
        } else if (!inf->size.isEmpty() && context.sizes.isEmpty()) {
            c.warning(u"node_count"_s,
                      tr("The vCPUs of %1 are not known here, so the rule nodes × vCPUs ≥ 12 "
                         "could not be checked.")
                          .arg(inf->size));
        }
        checkNetwork(c, inf->network, inf->advancedNetwork);
        if (inf->sslEnabled) {
            c.required(u"ssl_settings.cname"_s, inf->sslCname,
                       tr("Enter the domain name (CNAME) the SSL certificate is for."));
            if (c.required(u"ssl_settings.cert_file"_s, inf->sslCertificateFile,
                           tr("Choose the SSL certificate file (PEM).")))
                c.readableFile(u"ssl_settings.cert_file"_s, inf->sslCertificateFile,
                               tr("certificate file"));
            if (c.required(u"ssl_settings.key_file"_s, inf->sslKeyFile,
                           tr("Choose the SSL key file (PEM).")))
                c.readableFile(u"ssl_settings.key_file"_s, inf->sslKeyFile, tr("key file"));
        }
    } else if (const auto *vm = spec.as<VirtualMachineSpec>()) {
        checkLogin(c, vm->login, false);
        if (!vm->vmName.isEmpty()) {
            const QString forbidden = forbiddenVmNameCharacters();
            QString found;
            for (QChar ch : vm->vmName) {
                if (forbidden.contains(ch) && !found.contains(ch))
                    found.append(ch);
            }
            if (vm->vmName.size() >= 64)
                c.error(u"vm_name"_s, tr("A virtual machine name must be shorter than 64 "
                                         "characters (now %1).")
                                          .arg(vm->vmName.size()));
            else if (!found.isEmpty())
                c.error(u"vm_name"_s,
                        tr("A virtual machine name cannot contain %1.")
                            .arg(found.split(QString(), Qt::SkipEmptyParts).join(u' ')));
        }
    } else if (const auto *hdi = spec.as<HDInsightSpec>()) {
        checkLogin(c, hdi->login, true);
    } else if (const auto *slurm = spec.as<SlurmSpec>()) {
        checkLogin(c, slurm->login, false);
    } else if (const auto *dbx = spec.as<DatabricksSpec>()) {
        c.required(u"databricks_workspace"_s, dbx->workspaceName,
                   tr("Enter the name of the Databricks workspace."));
        c.required(u"resource_group"_s, dbx->resourceGroup,
                   tr("Enter the resource group of the Databricks workspace."));
        if (!dbx->accessToken.isSet())
            c.error(u"access_token"_s, tr("Enter a Databricks access token."));
    } else if (const auto *dla = spec.as<DataLakeAnalyticsSpec>()) {
        c.required(u"resource_group"_s, dla->resourceGroup,
                   tr("Enter the resource group of the Data Lake Analytics account."));
        c.required(u"account_name"_s, dla->accountName,
                   tr("Enter the name of the Data Lake Analytics account."));
    } else if (const auto *k8s = spec.as<KubernetesSpec>()) {
        if (k8s->resourceId.isEmpty() && k8s->kubeconfigFile.isEmpty())
            c.error(u"resource_id"_s, tr("Give the Kubernetes cluster's resource id or a "
                                         "kubeconfig file."));
        c.readableFile(u"kubeconfig"_s, k8s->kubeconfigFile, tr("kubeconfig file"));
        static const QRegularExpression dnsLabel(u"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"_s);
        if (!dnsLabel.match(k8s->nameSpace).hasMatch())
            c.error(u"namespace"_s,
                    tr("A namespace has 1 to 63 lowercase letters, digits and hyphens, and "
                       "starts and ends with a letter or digit."));
        checkIdentity(c, k8s->identity);
    }
    return c.issues;
}

ValidationIssues Validation::validateUpdate(const ComputeSpec &before, const ComputeSpec &after)
{
    ValidationIssues issues;
    auto immutable = [&issues](const QString &field, const QString &what) {
        issues.append({field, tr("%1 cannot be changed after creation.").arg(what),
                       ValidationIssue::Severity::Error});
    };
    if (before.type() != after.type()) {
        immutable(u"type"_s, tr("The compute type"));
        return issues;
    }
    if (before.name.compare(after.name, Qt::CaseInsensitive) != 0)
        immutable(u"name"_s, tr("The name"));
    if (before.provider != after.provider)
        immutable(u"provider"_s, tr("The provider"));
    if (const auto *binst = before.as<InstanceSpec>()) {
        const auto *a = after.as<InstanceSpec>();
        if (binst->vmType != a->vmType)
            immutable(u"vm_type"_s, tr("The virtual machine type"));
        if (binst->size != a->size)
            immutable(u"size"_s, tr("The virtual machine size"));
        if (binst->ssh.enabled != a->ssh.enabled)
            immutable(u"ssh_public_access_enabled"_s, tr("SSH access"));
    } else if (const auto *bcluster = before.as<ClusterSpec>()) {
        const auto *a = after.as<ClusterSpec>();
        if (bcluster->vmType != a->vmType)
            immutable(u"vm_type"_s, tr("The virtual machine type"));
        if (bcluster->size != a->size)
            immutable(u"size"_s, tr("The virtual machine size"));
        if (bcluster->tier != a->tier)
            immutable(u"tier"_s, tr("The virtual machine priority"));
        if (bcluster->ssh.enabled != a->ssh.enabled)
            immutable(u"ssh_public_access_enabled"_s, tr("SSH access"));
        if (!(bcluster->network == a->network))
            immutable(u"network_settings"_s, tr("The virtual network"));
    }
    return issues;
}

// --- capability matrix -------------------------------------------------------------------

Capabilities CapabilityMatrix::of(SpecType type)
{
    using S = Capabilities::Support;
    switch (type) {
    case SpecType::ComputeInstance:
        return {S::Yes, S::Yes, S::Yes, S::Yes, false};
    case SpecType::AmlCompute:
        return {S::Yes, S::Yes, S::Yes, S::Yes, true};
    case SpecType::InferenceCluster:
        return {S::Yes, S::No, S::No, S::No, false};
    case SpecType::VirtualMachine:
        return {S::Yes, S::Yes, S::Yes, S::Yes, false};
    case SpecType::HDInsight:
        return {S::No, S::No, S::No, S::Yes, false};
    case SpecType::Databricks:
        return {S::No, S::No, S::Yes, S::Only, false};
    case SpecType::DataLakeAnalytics:
        return {S::No, S::No, S::No, S::Only, false};
    case SpecType::Kubernetes:
        return {S::Yes, S::Yes, S::Yes, S::Yes, true};
    case SpecType::Slurm:
        return {S::Yes, S::Yes, S::No, S::Yes, true};
    }
    return {};
}

Capabilities CapabilityMatrix::ofLocalMachine()
{
    using S = Capabilities::Support;
    return {S::Maybe, S::No, S::Yes, S::No, false};
}

namespace {

QString refusalFor(const QString &target, const Capabilities &caps, Workload workload,
                   SpecType type, bool local)
{
    using S = Capabilities::Support;
    if (caps.pipelines == S::Only && workload != Workload::Pipeline) {
        if (workload == Workload::AutomatedMl && caps.automatedMl == S::Yes)
            return {};
        return CapabilityMatrix::tr("%1 can be used only as a step of a pipeline.").arg(target);
    }
    switch (workload) {
    case Workload::ScriptRun:
        if (!local && type == SpecType::InferenceCluster)
            return CapabilityMatrix::tr("An inference cluster hosts deployed models; it does "
                                        "not run training scripts. Use a compute cluster.");
        return {};
    case Workload::DistributedRun:
        if (caps.distributedRuns)
            return {};
        if (!local && type == SpecType::ComputeInstance)
            return CapabilityMatrix::tr("Compute instances do not support distributed "
                                        "training. Submit the run to a compute cluster.");
        return CapabilityMatrix::tr("%1 does not support distributed training. Submit the run "
                                    "to a compute cluster.")
            .arg(target);
    case Workload::HyperparameterTuning:
        return caps.hyperparameterTuning == S::No
                   ? CapabilityMatrix::tr("%1 cannot be used for hyperparameter tuning.")
                         .arg(target)
                   : QString();
    case Workload::AutomatedMl:
        return caps.automatedMl == S::No
                   ? CapabilityMatrix::tr("%1 cannot be used for automated ML.").arg(target)
                   : QString();
    case Workload::Pipeline:
        if (caps.pipelines != S::No)
            return {};
        if (local)
            return CapabilityMatrix::tr("The local machine cannot be used in pipelines. Use a "
                                        "compute cluster or a remote virtual machine.");
        return CapabilityMatrix::tr("%1 cannot be used in pipelines.").arg(target);
    }
    return {};
}

} // namespace

QString CapabilityMatrix::refusal(SpecType type, Workload workload)
{
    return refusalFor(displayName(type), of(type), workload, type, false);
}

QString CapabilityMatrix::localMachineRefusal(Workload workload)
{
    return refusalFor(tr("The local machine"), ofLocalMachine(), workload,
                      SpecType::ComputeInstance, true);
}

} // namespace Studio
