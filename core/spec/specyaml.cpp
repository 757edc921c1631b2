#include "specyaml.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace Studio {

namespace {

enum class SecretMode { Omit, Include, KeychainKeys };

// --- spec -> JSON ------------------------------------------------------------------------

void putString(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void putObject(QJsonObject &o, const QString &key, const QJsonObject &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void putSecret(QJsonObject &o, const QString &key, const Secret &secret, SecretMode mode)
{
    if (mode == SecretMode::Include && !secret.value.isEmpty())
        o.insert(key, secret.value);
    if (mode == SecretMode::KeychainKeys && !secret.keychainKey.isEmpty())
        o.insert(key + u"_keychain_key"_s, secret.keychainKey);
}

QString vmTypeKey(VmType t)
{
    return t == VmType::Gpu ? u"gpu"_s : u"cpu"_s;
}

QJsonObject networkJson(const NetworkSettings &n)
{
    QJsonObject o;
    putString(o, u"resource_group"_s, n.resourceGroup);
    putString(o, u"vnet_name"_s, n.vnetName);
    putString(o, u"subnet"_s, n.subnet);
    return o;
}

QJsonObject identityJson(const ManagedIdentity &id)
{
    QJsonObject o;
    if (id.type == ManagedIdentity::Type::None && id.userAssignedIds.isEmpty())
        return o;
    o.insert(u"type"_s, id.type == ManagedIdentity::Type::SystemAssigned ? u"system_assigned"_s
                        : id.type == ManagedIdentity::Type::UserAssigned ? u"user_assigned"_s
                                                                         : u"none"_s);
    if (!id.userAssignedIds.isEmpty()) {
        QJsonArray ids;
        for (const QString &r : id.userAssignedIds)
            ids.append(QJsonObject{{u"resource_id"_s, r}});
        o.insert(u"user_assigned_identities"_s, ids);
    }
    return o;
}

QJsonObject loginSshJson(const SshLogin &l, SecretMode mode)
{
    QJsonObject o;
    o.insert(u"ssh_port"_s, l.port);
    putString(o, u"admin_username"_s, l.username);
    putSecret(o, u"admin_password"_s, l.password, mode);
    putString(o, u"ssh_private_key_file"_s, l.privateKeyFile);
    putSecret(o, u"ssh_key_passphrase"_s, l.passphrase, mode);
    return o;
}

QJsonObject toJson(const ComputeSpec &spec, SecretMode mode)
{
    QJsonObject o;
    o.insert(u"name"_s, spec.name);
    o.insert(u"type"_s, toKey(spec.type()));
    o.insert(u"provider"_s, spec.provider);
    putString(o, u"description"_s, spec.description);
    if (!spec.tags.isEmpty()) {
        QJsonObject tags;
        for (auto it = spec.tags.begin(); it != spec.tags.end(); ++it)
            tags.insert(it.key(), it.value());
        o.insert(u"tags"_s, tags);
    }

    if (const auto *inst = spec.as<InstanceSpec>()) {
        putString(o, u"location"_s, inst->location);
        o.insert(u"vm_type"_s, vmTypeKey(inst->vmType));
        o.insert(u"size"_s, inst->size);
        o.insert(u"ssh_public_access_enabled"_s, inst->ssh.enabled);
        QJsonObject ssh;
        putString(ssh, u"ssh_key_value"_s, inst->ssh.publicKey);
        putObject(o, u"ssh_settings"_s, ssh);
        putObject(o, u"network_settings"_s, networkJson(inst->network));
        o.insert(u"idle_time_before_shutdown_minutes"_s, inst->idleTimeBeforeShutdownMinutes);
        if (!inst->schedules.isEmpty()) {
            QJsonArray list;
            for (const Schedule &sc : inst->schedules) {
                list.append(QJsonObject{
                    {u"action"_s, sc.action == Schedule::Action::Start ? u"start"_s : u"stop"_s},
                    {u"state"_s, sc.enabled ? u"enabled"_s : u"disabled"_s},
                    {u"trigger"_s, QJsonObject{{u"type"_s, u"cron"_s},
                                               {u"expression"_s, sc.cron},
                                               {u"time_zone"_s, sc.timeZone}}}});
            }
            o.insert(u"schedules"_s, QJsonObject{{u"compute_start_stop"_s, list}});
        }
    } else if (const auto *cluster = spec.as<ClusterSpec>()) {
        putString(o, u"location"_s, cluster->location);
        o.insert(u"vm_type"_s, vmTypeKey(cluster->vmType));
        o.insert(u"tier"_s,
                 cluster->tier == VmPriority::LowPriority ? u"low_priority"_s : u"dedicated"_s);
        o.insert(u"size"_s, cluster->size);
        o.insert(u"min_instances"_s, cluster->minInstances);
        o.insert(u"max_instances"_s, cluster->maxInstances);
        o.insert(u"idle_time_before_scale_down"_s, cluster->idleTimeBeforeScaleDown);
        o.insert(u"ssh_public_access_enabled"_s, cluster->ssh.enabled);
        QJsonObject ssh;
        if (cluster->ssh.enabled || cluster->ssh.adminUsername != SshAccess().adminUsername)
            putString(ssh, u"admin_username"_s, cluster->ssh.adminUsername);
        putSecret(ssh, u"admin_password"_s, cluster->ssh.adminPassword, mode);
        putString(ssh, u"ssh_key_value"_s, cluster->ssh.publicKey);
        putObject(o, u"ssh_settings"_s, ssh);
        putObject(o, u"network_settings"_s, networkJson(cluster->network));
        putObject(o, u"identity"_s, identityJson(cluster->identity));
    } else if (const auto *inf = spec.as<InferenceSpec>()) {
        QJsonObject service{{u"create_new"_s, inf->createNewService}};
        putString(service, u"name"_s, inf->existingService);
        o.insert(u"kubernetes_service"_s, service);
        putString(o, u"location"_s, inf->location);
        o.insert(u"size"_s, inf->size);
        o.insert(u"cluster_purpose"_s,
                 inf->purpose == InferenceSpec::Purpose::DevTest ? u"dev_test"_s : u"production"_s);
        o.insert(u"node_count"_s, inf->agentCount);
        o.insert(u"network_configuration"_s, inf->advancedNetwork ? u"advanced"_s : u"basic"_s);
        putObject(o, u"network_settings"_s, networkJson(inf->network));
        QJsonObject ssl{{u"enabled"_s, inf->sslEnabled}};
        putString(ssl, u"cname"_s, inf->sslCname);
        putString(ssl, u"cert_file"_s, inf->sslCertificateFile);
        putString(ssl, u"key_file"_s, inf->sslKeyFile);
        o.insert(u"ssl_settings"_s, ssl);
    } else if (const auto *vm = spec.as<VirtualMachineSpec>()) {
        putString(o, u"address"_s, vm->login.address);
        putString(o, u"resource_id"_s, vm->resourceId);
        putString(o, u"vm_name"_s, vm->vmName);
        o.insert(u"ssh_settings"_s, loginSshJson(vm->login, mode));
    } else if (const auto *hdi = spec.as<HDInsightSpec>()) {
        putString(o, u"address"_s, hdi->login.address);
        putString(o, u"resource_id"_s, hdi->resourceId);
        o.insert(u"ssh_settings"_s, loginSshJson(hdi->login, mode));
    } else if (const auto *slurm = spec.as<SlurmSpec>()) {
        putString(o, u"address"_s, slurm->login.address);
        o.insert(u"ssh_settings"_s, loginSshJson(slurm->login, mode));
        putString(o, u"partition"_s, slurm->partition);
        putString(o, u"account"_s, slurm->account);
    } else if (const auto *dbx = spec.as<DatabricksSpec>()) {
        o.insert(u"databricks_workspace"_s, dbx->workspaceName);
        o.insert(u"resource_group"_s, dbx->resourceGroup);
        putSecret(o, u"access_token"_s, dbx->accessToken, mode);
    } else if (const auto *dla = spec.as<DataLakeAnalyticsSpec>()) {
        o.insert(u"resource_group"_s, dla->resourceGroup);
        o.insert(u"account_name"_s, dla->accountName);
    } else if (const auto *k8s = spec.as<KubernetesSpec>()) {
        putString(o, u"resource_id"_s, k8s->resourceId);
        putString(o, u"kubeconfig"_s, k8s->kubeconfigFile);
        o.insert(u"namespace"_s, k8s->nameSpace);
        putObject(o, u"identity"_s, identityJson(k8s->identity));
    }
    return o;
}

// --- JSON -> spec ------------------------------------------------------------------------

struct ReadContext
{
    ValidationIssues *issues;
    QHash<QString, int> lines; ///< YAML line (1-based) of each field path, when from YAML
    /// The text of each plain scalar read as a number or a boolean, by field path, when from
    /// YAML: where the spec wants text, that is the value (`0123`, not 123).
    QHash<QString, QString> scalarTexts;
    bool allowKeychainKeys = false;

    void error(const QString &field, const QString &message)
    {
        QString text = message;
        if (const int line = lines.value(field, 0); line > 0)
            text = SpecYaml::tr("Line %1: %2").arg(line).arg(message);
        if (issues)
            issues->append({field, text, ValidationIssue::Severity::Error});
    }
};

/// Reads one JSON object of a spec, remembering which keys it used so that the rest can
/// be reported as unknown.
class Reader
{
public:
    Reader(QJsonObject object, QString path, ReadContext &ctx)
        : m_o(std::move(object))
        , m_path(std::move(path))
        , m_ctx(ctx)
    {}

    QString field(const QString &key) const
    {
        return m_path.isEmpty() ? key : QString(m_path % u'.' % key);
    }
    bool has(const QString &key) const { return m_o.contains(key); }

    QString string(const QString &key, const QString &fallback = {})
    {
        m_used.insert(key);
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (v.isString())
            return v.toString();
        if (const auto text = m_ctx.scalarTexts.constFind(field(key));
            text != m_ctx.scalarTexts.constEnd()) {
            return *text;
        }
        if (v.isDouble())
            return QString::number(v.toDouble());
        if (v.isBool())
            return v.toBool() ? u"true"_s : u"false"_s;
        m_ctx.error(field(key), SpecYaml::tr("%1 must be text.").arg(field(key)));
        return fallback;
    }
    int integer(const QString &key, int fallback)
    {
        m_used.insert(key);
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!v.isDouble() || d != std::floor(d) || std::abs(d) > 2147483647.0) {
            m_ctx.error(
                field(key),
                SpecYaml::tr("%1 must be a whole number, not “%2”.").arg(field(key), display(v)));
            return fallback;
        }
        return int(d);
    }
    bool boolean(const QString &key, bool fallback)
    {
        m_used.insert(key);
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool()) {
            m_ctx.error(
                field(key),
                SpecYaml::tr("%1 must be true or false, not “%2”.").arg(field(key), display(v)));
            return fallback;
        }
        return v.toBool();
    }
    /// One of `choices` (compared case-insensitively, '-' and '_' alike); its index.
    int choice(const QString &key, const QStringList &choices, int fallback)
    {
        const QString value = string(key);
        if (value.isEmpty())
            return fallback;
        auto norm = [](QString s) { return s.toLower().remove(u'_').remove(u'-'); };
        for (qsizetype i = 0; i < choices.size(); ++i) {
            if (norm(choices.at(i)) == norm(value))
                return int(i);
        }
        m_ctx.error(field(key), SpecYaml::tr("%1 must be one of %2, not “%3”.")
                                    .arg(field(key), choices.join(u", "_s), value));
        return fallback;
    }
    Reader object(const QString &key)
    {
        m_used.insert(key);
        const QJsonValue v = m_o.value(key);
        if (!v.isUndefined() && !v.isNull() && !v.isObject())
            m_ctx.error(field(key),
                        SpecYaml::tr("%1 must be a mapping of keys to values.").arg(field(key)));
        return Reader(v.toObject(), field(key), m_ctx);
    }
    QJsonArray array(const QString &key)
    {
        m_used.insert(key);
        const QJsonValue v = m_o.value(key);
        if (!v.isUndefined() && !v.isNull() && !v.isArray())
            m_ctx.error(field(key), SpecYaml::tr("%1 must be a list.").arg(field(key)));
        return v.toArray();
    }
    Secret secret(const QString &key)
    {
        Secret s;
        s.value = string(key);
        if (m_ctx.allowKeychainKeys)
            s.keychainKey = string(key + u"_keychain_key"_s);
        return s;
    }
    void ignore(const QString &key) { m_used.insert(key); }

    /// Reports every key of this object that no read asked for.
    void finish()
    {
        const QStringList keys = m_o.keys();
        for (const QString &key : keys) {
            if (m_used.contains(key))
                continue;
            QStringList known(m_used.begin(), m_used.end());
            known.sort();
            m_ctx.error(field(key), SpecYaml::tr("Unknown key “%1”. Known keys here: %2.")
                                        .arg(field(key), known.join(u", "_s)));
        }
    }

private:
    static QString display(const QJsonValue &v)
    {
        if (v.isString())
            return v.toString();
        if (v.isBool())
            return v.toBool() ? u"true"_s : u"false"_s;
        if (v.isDouble())
            return QString::number(v.toDouble());
        return v.isArray() ? u"[…]"_s : u"{…}"_s;
    }

    QJsonObject m_o;
    QString m_path;
    ReadContext &m_ctx;
    QSet<QString> m_used;
};

VmType readVmType(Reader &r)
{
    return r.choice(u"vm_type"_s, {u"cpu"_s, u"gpu"_s}, 0) == 1 ? VmType::Gpu : VmType::Cpu;
}

NetworkSettings readNetwork(Reader &parent)
{
    Reader r = parent.object(u"network_settings"_s);
    NetworkSettings n;
    n.resourceGroup = r.string(u"resource_group"_s);
    n.vnetName = r.string(u"vnet_name"_s);
    n.subnet = r.string(u"subnet"_s);
    r.finish();
    return n;
}

ManagedIdentity readIdentity(Reader &parent, ReadContext &ctx)
{
    Reader r = parent.object(u"identity"_s);
    ManagedIdentity id;
    id.type = ManagedIdentity::Type(
        r.choice(u"type"_s, {u"none"_s, u"system_assigned"_s, u"user_assigned"_s}, 0));
    const QJsonArray ids = r.array(u"user_assigned_identities"_s);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        Reader item(ids.at(i).toObject(), r.field(u"user_assigned_identities[%1]"_s.arg(i)), ctx);
        id.userAssignedIds.append(item.string(u"resource_id"_s));
        item.finish();
    }
    r.finish();
    return id;
}

SshLogin readLogin(Reader &top)
{
    SshLogin l;
    l.address = top.string(u"address"_s);
    Reader r = top.object(u"ssh_settings"_s);
    l.port = r.integer(u"ssh_port"_s, 22);
    l.username = r.string(u"admin_username"_s);
    l.password = r.secret(u"admin_password"_s);
    l.privateKeyFile = r.string(u"ssh_private_key_file"_s);
    l.passphrase = r.secret(u"ssh_key_passphrase"_s);
    r.finish();
    return l;
}

ComputeSpec fromJson(const QJsonObject &json, SpecType type, ReadContext &ctx)
{
    ComputeSpec spec = ComputeSpec::defaults(type);
    Reader r(json, QString(), ctx);
    r.ignore(u"type"_s);
    r.ignore(u"$schema"_s);
    spec.name = r.string(u"name"_s);
    spec.provider = r.string(u"provider"_s, spec.provider);
    spec.description = r.string(u"description"_s);
    {
        Reader tags = r.object(u"tags"_s);
        const QJsonObject tagObject = json.value(u"tags"_s).toObject();
        for (auto it = tagObject.begin(); it != tagObject.end(); ++it)
            spec.tags.insert(it.key(), tags.string(it.key()));
        tags.finish();
    }

    if (auto *inst = spec.as<InstanceSpec>()) {
        inst->location = r.string(u"location"_s);
        inst->vmType = readVmType(r);
        inst->size = r.string(u"size"_s);
        inst->ssh.enabled = r.boolean(u"ssh_public_access_enabled"_s, false);
        Reader ssh = r.object(u"ssh_settings"_s);
        inst->ssh.publicKey = ssh.string(u"ssh_key_value"_s);
        ssh.finish();
        inst->network = readNetwork(r);
        inst->idleTimeBeforeShutdownMinutes = r.integer(u"idle_time_before_shutdown_minutes"_s, 0);
        Reader schedules = r.object(u"schedules"_s);
        const QJsonArray list = schedules.array(u"compute_start_stop"_s);
        for (qsizetype i = 0; i < list.size(); ++i) {
            Reader item(list.at(i).toObject(), schedules.field(u"compute_start_stop[%1]"_s.arg(i)),
                        ctx);
            Schedule sc;
            sc.action = Schedule::Action(item.choice(u"action"_s, {u"start"_s, u"stop"_s}, 1));
            sc.enabled = item.choice(u"state"_s, {u"enabled"_s, u"disabled"_s}, 0) == 0;
            Reader trigger = item.object(u"trigger"_s);
            trigger.choice(u"type"_s, {u"cron"_s}, 0);
            sc.cron = trigger.string(u"expression"_s);
            sc.timeZone = trigger.string(u"time_zone"_s, sc.timeZone);
            trigger.finish();
            item.finish();
            inst->schedules.append(sc);
        }
        schedules.finish();
    } else if (auto *cluster = spec.as<ClusterSpec>()) {
        cluster->location = r.string(u"location"_s);
        cluster->vmType = readVmType(r);
        cluster->tier = r.choice(u"tier"_s, {u"dedicated"_s, u"low_priority"_s}, 0) == 1
                            ? VmPriority::LowPriority
                            : VmPriority::Dedicated;
        cluster->size = r.string(u"size"_s);
        cluster->minInstances = r.integer(u"min_instances"_s, cluster->minInstances);
        cluster->maxInstances = r.integer(u"max_instances"_s, cluster->maxInstances);
        cluster->idleTimeBeforeScaleDown
            = r.integer(u"idle_time_before_scale_down"_s, cluster->idleTimeBeforeScaleDown);
        cluster->ssh.enabled = r.boolean(u"ssh_public_access_enabled"_s, false);
        Reader ssh = r.object(u"ssh_settings"_s);
        cluster->ssh.adminUsername = ssh.string(u"admin_username"_s, cluster->ssh.adminUsername);
        cluster->ssh.adminPassword = ssh.secret(u"admin_password"_s);
        cluster->ssh.publicKey = ssh.string(u"ssh_key_value"_s);
        ssh.finish();
        cluster->network = readNetwork(r);
        cluster->identity = readIdentity(r, ctx);
    } else if (auto *inf = spec.as<InferenceSpec>()) {
        Reader service = r.object(u"kubernetes_service"_s);
        inf->createNewService = service.boolean(u"create_new"_s, true);
        inf->existingService = service.string(u"name"_s);
        service.finish();
        inf->location = r.string(u"location"_s);
        inf->size = r.string(u"size"_s);
        inf->purpose = InferenceSpec::Purpose(
            r.choice(u"cluster_purpose"_s, {u"production"_s, u"dev_test"_s}, 0));
        inf->agentCount = r.integer(u"node_count"_s, inf->agentCount);
        inf->advancedNetwork
            = r.choice(u"network_configuration"_s, {u"basic"_s, u"advanced"_s}, 0) == 1;
        inf->network = readNetwork(r);
        Reader ssl = r.object(u"ssl_settings"_s);
        inf->sslEnabled = ssl.boolean(u"enabled"_s, false);
        inf->sslCname = ssl.string(u"cname"_s);
        inf->sslCertificateFile = ssl.string(u"cert_file"_s);
        inf->sslKeyFile = ssl.string(u"key_file"_s);
        ssl.finish();
    } else if (auto *vm = spec.as<VirtualMachineSpec>()) {
        vm->login = readLogin(r);
        vm->resourceId = r.string(u"resource_id"_s);
        vm->vmName = r.string(u"vm_name"_s);
    } else if (auto *hdi = spec.as<HDInsightSpec>()) {
        hdi->login = readLogin(r);
        hdi->resourceId = r.string(u"resource_id"_s);
    } else if (auto *slurm = spec.as<SlurmSpec>()) {
        slurm->login = readLogin(r);
        slurm->partition = r.string(u"partition"_s);
        slurm->account = r.string(u"account"_s);
    } else if (auto *dbx = spec.as<DatabricksSpec>()) {
        dbx->workspaceName = r.string(u"databricks_workspace"_s);
        dbx->resourceGroup = r.string(u"resource_group"_s);
        dbx->accessToken = r.secret(u"access_token"_s);
    } else if (auto *dla = spec.as<DataLakeAnalyticsSpec>()) {
        dla->resourceGroup = r.string(u"resource_group"_s);
        dla->accountName = r.string(u"account_name"_s);
    } else if (auto *k8s = spec.as<KubernetesSpec>()) {
        k8s->resourceId = r.string(u"resource_id"_s);
        k8s->kubeconfigFile = r.string(u"kubeconfig"_s);
        k8s->nameSpace = r.string(u"namespace"_s, k8s->nameSpace);
        k8s->identity = readIdentity(r, ctx);
    }
    r.finish();
    return spec;
}

Result<ComputeSpec> fromJsonChecked(const QJsonObject &json, ReadContext &ctx)
{
    const QJsonValue typeValue = json.value(u"type"_s);
    const auto type = specTypeFromKey(typeValue.toString());
    if (!type) {
        QStringList keys;
        for (SpecType t : allSpecTypes())
            keys.append(toKey(t));
        if (!typeValue.isString() || typeValue.toString().isEmpty()) {
            return Error{
                SpecYaml::tr("The spec has no “type”. Give one of: %1.").arg(keys.join(u", "_s)),
                {}};
        }
        return Error{SpecYaml::tr("Unknown compute type “%1”. Give one of: %2.")
                         .arg(typeValue.toString(), keys.join(u", "_s)),
                     {}};
    }
    return fromJson(json, *type, ctx);
}

// --- YAML <-> JSON -----------------------------------------------------------------------

QString qstr(const std::string &s)
{
    return QString::fromStdString(s);
}

QJsonValue scalarToJson(const YAML::Node &node)
{
    const QString text = qstr(node.Scalar());
    if (node.Tag() == "!") // quoted: always text
        return text;
    static const QRegularExpression integer(u"^[-+]?[0-9]+$"_s);
    static const QRegularExpression real(u"^[-+]?([0-9]+\\.[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?$"_s);
    if (text == u"true"_s || text == u"True"_s || text == u"TRUE"_s)
        return true;
    if (text == u"false"_s || text == u"False"_s || text == u"FALSE"_s)
        return false;
    if (text.isEmpty() || text == u"~"_s || text == u"null"_s || text == u"Null"_s)
        return QJsonValue::Null;
    if (integer.match(text).hasMatch() || real.match(text).hasMatch())
        return text.toDouble();
    return text;
}

QJsonValue yamlToJson(const YAML::Node &node, const QString &path, ReadContext &ctx)
{
    if (!path.isEmpty())
        ctx.lines.insert(path, node.Mark().line + 1);
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject o;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = qstr(it->first.as<std::string>());
            const QString child = path.isEmpty() ? key : QString(path % u'.' % key);
            o.insert(key, yamlToJson(it->second, child, ctx));
            // The key's line, not its value's (which may be on the next line).
            ctx.lines.insert(child, it->first.Mark().line + 1);
        }
        return o;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray a;
        for (std::size_t i = 0; i < node.size(); ++i)
            a.append(yamlToJson(node[i], path + u"[%1]"_s.arg(i), ctx));
        return a;
    }
    case YAML::NodeType::Scalar: {
        const QJsonValue value = scalarToJson(node);
        if (value.isDouble() || value.isBool())
            ctx.scalarTexts.insert(path, qstr(node.Scalar()));
        return value;
    }
    default:
        return QJsonValue::Null;
    }
}

/// The order keys are written in; keys not listed follow in alphabetical order.
int keyRank(const QString &key)
{
    static const QStringList order = {
        u"$schema"_s,
        u"name"_s,
        u"type"_s,
        u"provider"_s,
        u"description"_s,
        u"kubernetes_service"_s,
        u"create_new"_s,
        u"location"_s,
        u"address"_s,
        u"vm_type"_s,
        u"tier"_s,
        u"size"_s,
        u"min_instances"_s,
        u"max_instances"_s,
        u"idle_time_before_scale_down"_s,
        u"cluster_purpose"_s,
        u"node_count"_s,
        u"ssh_public_access_enabled"_s,
        u"ssh_settings"_s,
        u"ssh_port"_s,
        u"admin_username"_s,
        u"admin_password"_s,
        u"ssh_private_key_file"_s,
        u"ssh_key_passphrase"_s,
        u"ssh_key_value"_s,
        u"network_configuration"_s,
        u"network_settings"_s,
        u"resource_group"_s,
        u"vnet_name"_s,
        u"subnet"_s,
        u"identity"_s,
        u"resource_id"_s,
        u"vm_name"_s,
        u"idle_time_before_shutdown_minutes"_s,
        u"schedules"_s,
        u"ssl_settings"_s,
        u"enabled"_s,
        u"cname"_s,
        u"cert_file"_s,
        u"key_file"_s,
        u"action"_s,
        u"state"_s,
        u"trigger"_s,
        u"expression"_s,
        u"time_zone"_s,
    };
    const qsizetype i = order.indexOf(key);
    return i < 0 ? int(order.size()) : int(i);
}

bool needsQuotes(const QString &text)
{
    // Would the text, written plainly, read back as this same text?
    const QJsonValue asScalar = [&] {
        try {
            const YAML::Node n = YAML::Load(text.toStdString());
            return n.IsScalar() ? scalarToJson(n) : QJsonValue(QJsonValue::Undefined);
        } catch (const YAML::Exception &) {
            return QJsonValue(QJsonValue::Undefined);
        }
    }();
    return text.isEmpty() || !asScalar.isString() || asScalar.toString() != text;
}

void emitJson(YAML::Emitter &out, const QJsonValue &v)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        QStringList keys = o.keys();
        std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
            const int ra = keyRank(a), rb = keyRank(b);
            return ra != rb ? ra < rb : a < b;
        });
        out << YAML::BeginMap;
        for (const QString &k : keys) {
            out << YAML::Key << k.toStdString() << YAML::Value;
            emitJson(out, o.value(k));
        }
        out << YAML::EndMap;
    } else if (v.isArray()) {
        out << YAML::BeginSeq;
        for (const QJsonValue &item : v.toArray())
            emitJson(out, item);
        out << YAML::EndSeq;
    } else if (v.isBool()) {
        out << (v.toBool() ? "true" : "false");
    } else if (v.isDouble()) {
        const double d = v.toDouble();
        out << (d == std::floor(d) && std::abs(d) < 1e15 ? QString::number(qint64(d))
                                                         : QString::number(d, 'g', 17))
                   .toStdString();
    } else if (v.isString()) {
        const QString s = v.toString();
        if (needsQuotes(s))
            out << YAML::DoubleQuoted;
        out << s.toStdString();
    } else {
        out << YAML::Null;
    }
}

} // namespace

Result<ComputeSpec> SpecYaml::parse(const QByteArray &yaml, ValidationIssues *issues)
{
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        return Error{tr("The YAML is not valid at line %1, column %2: %3.")
                         .arg(e.mark.line + 1)
                         .arg(e.mark.column + 1)
                         .arg(qstr(e.msg)),
                     qstr(e.what())};
    }
    if (!root.IsMap())
        return Error{tr("A compute spec is a YAML mapping (key: value lines), starting with "
                        "“name:” and “type:”."),
                     {}};
    ReadContext ctx{issues, {}, {}, false};
    QJsonObject json;
    try {
        json = yamlToJson(root, QString(), ctx).toObject();
    } catch (const YAML::Exception &e) {
        return Error{
            tr("The YAML could not be read at line %1: %2.").arg(e.mark.line + 1).arg(qstr(e.msg)),
            qstr(e.what())};
    }
    const qsizetype before = issues ? issues->size() : 0;
    auto spec = fromJsonChecked(json, ctx);
    if (issues) {
        // In the order of the file, as a person reads it.
        std::stable_sort(issues->begin() + before, issues->end(),
                         [&ctx](const ValidationIssue &a, const ValidationIssue &b) {
                             return ctx.lines.value(a.field) < ctx.lines.value(b.field);
                         });
    }
    return spec;
}

Result<ComputeSpec> SpecYaml::parseFile(const QString &path, ValidationIssues *issues)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Could not read %1: %2.").arg(path, file.errorString()), {}};
    if (file.size() > 1024 * 1024)
        return Error{tr("%1 is too large to be a compute spec (over 1 MiB).").arg(path), {}};
    return parse(file.readAll(), issues);
}

QByteArray SpecYaml::write(const ComputeSpec &spec, Secrets secrets)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out.SetSeqFormat(YAML::Block);
    if (secrets == Secrets::Omit) {
        ComputeSpec copy = spec;
        QStringList kept;
        for (const auto &[field, secret] : copy.secrets()) {
            if (secret->isSet())
                kept.append(field);
        }
        if (!kept.isEmpty()) {
            out << YAML::Comment(tr("Secrets are kept in the OS keychain, never in files: %1")
                                     .arg(kept.join(u", "_s))
                                     .toStdString());
            out << YAML::Newline;
        }
    }
    emitJson(out,
             toJson(spec, secrets == Secrets::Include ? SecretMode::Include : SecretMode::Omit));
    QByteArray text(out.c_str());
    if (!text.endsWith('\n'))
        text.append('\n');
    return text;
}

QJsonObject SpecYaml::toStoredJson(const ComputeSpec &spec)
{
    return toJson(spec, SecretMode::KeychainKeys);
}

Result<ComputeSpec> SpecYaml::fromStoredJson(const QJsonObject &json)
{
    ValidationIssues issues;
    ReadContext ctx{&issues, {}, {}, true};
    auto spec = fromJsonChecked(json, ctx);
    if (spec && !issues.isEmpty())
        return Error{tr("The stored spec of %1 could not be read.").arg(spec->name),
                     issues.first().message};
    return spec;
}

} // namespace Studio
