#include "../support/testsupport.h"
#include "core/spec/specyaml.h"
#include "core/spec/validation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Studio;

/// Every rule of the Compute pages (REQUIREMENTS.md §1) as a data row: a spec in YAML and
/// the one issue it must produce (or none).
class tst_Validation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_keyFile;
    QString m_certFile;
    ValidationContext m_context;

    static QByteArray name(const QByteArray &type, const QString &name)
    {
        return "type: " + type + "\nname: \"" + name.toUtf8() + "\"\n";
    }
    QByteArray instance(const QString &n = u"dev-box"_s) const
    {
        return name("computeinstance", n) + "size: Standard_DS2\n";
    }
    QByteArray cluster(const QString &n = u"train-cpu"_s) const
    {
        return name("amlcompute", n) + "size: Standard_DS2\nmax_instances: 4\n";
    }
    QByteArray inference(const QString &n = u"infer"_s) const
    {
        return name("aks", n) + "size: Standard_D3_v2\nnode_count: 3\n";
    }
    QByteArray vm(const QString &n = u"gpu-vm"_s) const
    {
        return name("virtualmachine", n)
               + "address: vm.example.org\nssh_settings:\n  admin_username: azureuser\n"
                 "  ssh_private_key_file: \""
               + m_keyFile.toUtf8() + "\"\n";
    }

    void addRow(const char *tag, const QByteArray &yaml, const QString &field = {},
                const QString &severity = {}, const QString &contains = {})
    {
        QTest::newRow(tag) << yaml << field << severity << contains;
    }

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
        m_keyFile = m_dir.filePath(u"id_ed25519"_s);
        m_certFile = m_dir.filePath(u"cert.pem"_s);
        for (const QString &path : {m_keyFile, m_certFile}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("-----BEGIN TEST-----\n");
        }
        m_context.existingNames = {u"Taken-Name"_s, u"local"_s};
        m_context.sizes = {
            {u"Standard_DS1"_s, 1, 3.5, 0, u"DS"_s},
            {u"Standard_DS2"_s, 2, 7, 0, u"DS"_s},
            {u"Standard_D3_v2"_s, 4, 14, 0, u"Dv2"_s},
            {u"Standard_NC6"_s, 6, 56, 1, u"NC"_s},
        };
    }

    void rules_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("field");    // empty: the spec must have no issue at all
        QTest::addColumn<QString>("severity"); // error | warning
        QTest::addColumn<QString>("contains"); // part of the message a person reads

        // Instance and cluster names: 3–24, letters/digits/-, start with a letter, and the
        // service's pattern ^[a-zA-Z](?![a-zA-Z0-9-]*-\d+$)[a-zA-Z0-9\-]{2,23}$.
        addRow("instance: valid", instance());
        addRow("instance: 3 characters", instance(u"abc"_s));
        addRow("instance: 24 characters", instance(QString(24, u'a')));
        addRow("instance: 25 characters", instance(QString(25, u'a')), u"name"_s, u"error"_s,
               u"3 to 24"_s);
        addRow("instance: 2 characters", instance(u"ab"_s), u"name"_s, u"error"_s, u"3 to 24"_s);
        addRow("instance: empty", instance(QString()), u"name"_s, u"error"_s,
               u"Enter a compute name"_s);
        addRow("instance: starts with digit", instance(u"1abc"_s), u"name"_s, u"error"_s,
               u"start with a letter"_s);
        addRow("instance: starts with hyphen", instance(u"-abc"_s), u"name"_s, u"error"_s,
               u"start with a letter"_s);
        addRow("instance: underscore", instance(u"ab_c"_s), u"name"_s, u"error"_s,
               u"only letters, digits and hyphens"_s);
        addRow("instance: dot", instance(u"ab.c"_s), u"name"_s, u"error"_s,
               u"only letters, digits and hyphens"_s);
        addRow("instance: non-ASCII letter", instance(u"café"_s), u"name"_s, u"error"_s,
               u"only letters, digits and hyphens"_s);
        addRow("instance: trailing hyphen", instance(u"abc-"_s), u"name"_s, u"error"_s,
               u"cannot end with “-”"_s);
        addRow("instance: ends in -digits", instance(u"box-12"_s), u"name"_s, u"error"_s,
               u"hyphen followed only by digits"_s);
        addRow("instance: hyphen then letter", instance(u"box-1a"_s));
        addRow("instance: inner hyphen", instance(u"a-b"_s));
        addRow("instance: used name, other case", instance(u"taken-name"_s), u"name"_s,
               u"warning"_s, u"already exists"_s);
        addRow("cluster: valid", cluster());
        addRow("cluster: 25 characters", cluster(QString(25, u'c')), u"name"_s, u"error"_s,
               u"3 to 24"_s);
        addRow("cluster: ends in -digits", cluster(u"gpu-2"_s), u"name"_s, u"error"_s,
               u"hyphen followed only by digits"_s);

        // Inference clusters: 2–16, same characters.
        addRow("inference: 2 characters", inference(u"ab"_s));
        addRow("inference: 16 characters", inference(QString(16, u'i')));
        addRow("inference: 17 characters", inference(QString(17, u'i')), u"name"_s, u"error"_s,
               u"2 to 16"_s);
        addRow("inference: 1 character", inference(u"a"_s), u"name"_s, u"error"_s, u"2 to 16"_s);
        addRow("inference: underscore", inference(u"in_f"_s), u"name"_s, u"error"_s,
               u"only letters"_s);
        // Attached compute: the older rule, 2–16.
        addRow("attached: 17 characters", vm(QString(17, u'v')), u"name"_s, u"error"_s,
               u"2 to 16"_s);
        addRow("attached: valid", vm());

        // Data Science VM names: < 64 characters, none of ` ~ ! @ # $ % ^ & * ( ) = + _ [ ]
        // { } \ | ; : ' " , < > / ?
        addRow("dsvm: 63 characters", vm() + "vm_name: " + QByteArray(63, 'd') + "\n");
        addRow("dsvm: 64 characters", vm() + "vm_name: " + QByteArray(64, 'd') + "\n", u"vm_name"_s,
               u"error"_s, u"shorter than 64"_s);
        addRow("dsvm: at sign", vm() + "vm_name: \"my@vm\"\n", u"vm_name"_s, u"error"_s,
               u"cannot contain @"_s);
        addRow("dsvm: underscore", vm() + "vm_name: my_vm\n", u"vm_name"_s, u"error"_s,
               u"cannot contain _"_s);
        addRow("dsvm: hyphen and dot allowed", vm() + "vm_name: my-vm.1\n");

        // Cluster nodes and idle time.
        addRow("cluster: min 0 max 1", name("amlcompute", u"c-one"_s)
                                           + "size: Standard_DS2\nmin_instances: 0\n"
                                             "max_instances: 1\n");
        addRow("cluster: min negative", cluster() + "min_instances: -1\n", u"min_instances"_s,
               u"error"_s, u"cannot be negative"_s);
        addRow("cluster: max 0",
               name("amlcompute", u"c-zero"_s) + "size: Standard_DS2\nmax_instances: 0\n",
               u"max_instances"_s, u"error"_s, u"at least 1"_s);
        addRow("cluster: min above max", cluster() + "min_instances: 5\n", u"min_instances"_s,
               u"error"_s, u"cannot be more than the maximum (4)"_s);
        addRow("cluster: min equals max", cluster() + "min_instances: 4\n");
        addRow("cluster: idle negative", cluster() + "idle_time_before_scale_down: -1\n",
               u"idle_time_before_scale_down"_s, u"error"_s, u"cannot be negative"_s);
        addRow("cluster: idle zero", cluster() + "idle_time_before_scale_down: 0\n");

        // Sizes come from the provider; the VM type must match.
        addRow("size: missing", name("amlcompute", u"no-size"_s) + "max_instances: 2\n", u"size"_s,
               u"error"_s, u"Choose a virtual machine size"_s);
        addRow("size: not offered", name("computeinstance", u"big-box"_s) + "size: Huge_1\n",
               u"size"_s, u"error"_s, u"not offered"_s);
        addRow("size: gpu type, cpu size", instance() + "vm_type: gpu\n", u"size"_s, u"error"_s,
               u"has no GPU"_s);
        addRow("size: cpu type, gpu size",
               name("computeinstance", u"gpu-box"_s) + "size: Standard_NC6\n", u"size"_s,
               u"error"_s, u"is a GPU size"_s);
        addRow("size: gpu type, gpu size",
               name("computeinstance", u"gpu-box"_s) + "size: Standard_NC6\nvm_type: gpu\n");

        // Inference: nodes × vCPUs of the size ≥ 12.
        addRow("inference: 3 × 4 vCPUs = 12", inference());
        addRow("inference: 2 × 4 vCPUs = 8",
               name("aks", u"infer"_s) + "size: Standard_D3_v2\nnode_count: 2\n", u"node_count"_s,
               u"error"_s, u"at least 12"_s);
        addRow("inference: 6 × 2 vCPUs = 12",
               name("aks", u"infer"_s) + "size: Standard_DS2\nnode_count: 6\n");
        addRow("inference: 11 × 1 vCPU",
               name("aks", u"infer"_s) + "size: Standard_DS1\nnode_count: 11\n", u"node_count"_s,
               u"error"_s, u"Use at least 12 nodes"_s);
        addRow("inference: 0 nodes",
               name("aks", u"infer"_s) + "size: Standard_D3_v2\nnode_count: 0\n", u"node_count"_s,
               u"error"_s, u"at least 1"_s);
        addRow("inference: existing service needs its name",
               inference() + "kubernetes_service:\n  create_new: false\n",
               u"kubernetes_service.name"_s, u"error"_s, u"existing Kubernetes service"_s);
        addRow("inference: advanced network needs a vnet",
               inference() + "network_configuration: advanced\nnetwork_settings:\n  subnet: s1\n",
               u"network_settings.vnet_name"_s, u"error"_s, u"existing virtual network"_s);
        addRow("inference: ssl needs a cname",
               inference() + "ssl_settings:\n  enabled: true\n  cert_file: \"" + m_certFile.toUtf8()
                   + "\"\n  key_file: \"" + m_certFile.toUtf8() + "\"\n",
               u"ssl_settings.cname"_s, u"error"_s, u"CNAME"_s);
        addRow("inference: ssl certificate must exist",
               inference()
                   + "ssl_settings:\n  enabled: true\n  cname: www.example.org\n"
                     "  cert_file: /nonexistent/cert.pem\n  key_file: \""
                   + m_certFile.toUtf8() + "\"\n",
               u"ssl_settings.cert_file"_s, u"error"_s, u"does not exist"_s);

        // SSH logins of attached machines.
        const QByteArray vmHead = name("virtualmachine", u"gpu-vm"_s)
                                  + "address: 10.0.0.4\nssh_settings:\n  admin_username: ubuntu\n";
        addRow("ssh: password only", vmHead + "  admin_password: s3cret\n");
        addRow("ssh: key file",
               vmHead + "  ssh_private_key_file: \"" + m_keyFile.toUtf8() + "\"\n");
        addRow("ssh: key file and passphrase", vmHead + "  ssh_private_key_file: \""
                                                   + m_keyFile.toUtf8()
                                                   + "\"\n  ssh_key_passphrase: words\n");
        addRow("ssh: neither password nor key", vmHead, u"ssh_settings.admin_password"_s,
               u"error"_s, u"Give a password or a private key file"_s);
        addRow("ssh: both password and key",
               vmHead + "  admin_password: s3cret\n  ssh_private_key_file: \"" + m_keyFile.toUtf8()
                   + "\"\n",
               u"ssh_settings.ssh_private_key_file"_s, u"error"_s, u"not both"_s);
        addRow("ssh: key file missing", vmHead + "  ssh_private_key_file: /nonexistent/key\n",
               u"ssh_settings.ssh_private_key_file"_s, u"error"_s, u"does not exist"_s);
        addRow("ssh: key file is a folder",
               vmHead + "  ssh_private_key_file: \"" + m_dir.path().toUtf8() + "\"\n",
               u"ssh_settings.ssh_private_key_file"_s, u"error"_s, u"is not a file"_s);
        addRow("ssh: passphrase without key",
               vmHead + "  admin_password: s3cret\n  ssh_key_passphrase: words\n",
               u"ssh_settings.ssh_key_passphrase"_s, u"error"_s, u"belongs to a private key"_s);
        addRow("ssh: port 0", vmHead + "  admin_password: p\n  ssh_port: 0\n",
               u"ssh_settings.ssh_port"_s, u"error"_s, u"between 1 and 65535"_s);
        addRow("ssh: port 65536", vmHead + "  admin_password: p\n  ssh_port: 65536\n",
               u"ssh_settings.ssh_port"_s, u"error"_s, u"between 1 and 65535"_s);
        addRow("ssh: port 1", vmHead + "  admin_password: p\n  ssh_port: 1\n");
        addRow("ssh: port 65535", vmHead + "  admin_password: p\n  ssh_port: 65535\n");
        addRow("ssh: no address",
               name("virtualmachine", u"gpu-vm"_s)
                   + "ssh_settings:\n  admin_username: u\n  admin_password: p\n",
               u"address"_s, u"error"_s, u"FQDN"_s);
        addRow("ssh: bad address",
               name("virtualmachine", u"gpu-vm"_s)
                   + "address: \"bad host!\"\nssh_settings:\n  admin_username: u\n  "
                     "admin_password: p\n",
               u"address"_s, u"error"_s, u"neither a host name nor an IP address"_s);
        addRow("ssh: no user name",
               name("virtualmachine", u"gpu-vm"_s)
                   + "address: vm1\nssh_settings:\n  admin_password: p\n",
               u"ssh_settings.admin_username"_s, u"error"_s, u"user name"_s);
        addRow("hdinsight: address form",
               name("hdinsight", u"spark"_s)
                   + "address: spark.example.org\nssh_settings:\n  admin_username: u\n  "
                     "admin_password: p\n",
               u"address"_s, u"warning"_s, u"azurehdinsight.net"_s);
        addRow("hdinsight: valid",
               name("hdinsight", u"spark"_s)
                   + "address: spark.azurehdinsight.net\nssh_settings:\n  admin_username: u\n"
                     "  admin_password: p\n");
        addRow("slurm: valid", name("slurm", u"hpc"_s)
                                   + "address: login.hpc.example.org\npartition: gpu\n"
                                     "ssh_settings:\n  admin_username: u\n  admin_password: p\n");

        // Databricks and Data Lake Analytics.
        const QByteArray dbx = name("databricks", u"dbx"_s);
        addRow("databricks: valid",
               dbx + "databricks_workspace: ws\nresource_group: rg\naccess_token: dapi123\n");
        addRow("databricks: no workspace", dbx + "resource_group: rg\naccess_token: t\n",
               u"databricks_workspace"_s, u"error"_s, u"Databricks workspace"_s);
        addRow("databricks: no resource group", dbx + "databricks_workspace: ws\naccess_token: t\n",
               u"resource_group"_s, u"error"_s, u"resource group"_s);
        addRow("databricks: no token", dbx + "databricks_workspace: ws\nresource_group: rg\n",
               u"access_token"_s, u"error"_s, u"access token"_s);
        const QByteArray dla = name("datalakeanalytics", u"adla"_s);
        addRow("data lake: valid", dla + "resource_group: rg\naccount_name: acct\n");
        addRow("data lake: no resource group", dla + "account_name: acct\n", u"resource_group"_s,
               u"error"_s, u"resource group"_s);
        addRow("data lake: no account", dla + "resource_group: rg\n", u"account_name"_s, u"error"_s,
               u"account"_s);

        // Kubernetes.
        const QByteArray k8s = name("kubernetes", u"k8s"_s);
        addRow("kubernetes: resource id", k8s + "resource_id: /subscriptions/x/k8s\n");
        addRow("kubernetes: nothing to reach it", k8s, u"resource_id"_s, u"error"_s,
               u"kubeconfig"_s);
        addRow("kubernetes: bad namespace", k8s + "resource_id: r\nnamespace: Bad_NS\n",
               u"namespace"_s, u"error"_s, u"lowercase"_s);

        // SSH access of instances and clusters.
        addRow("instance ssh: needs a public key", instance() + "ssh_public_access_enabled: true\n",
               u"ssh_settings.ssh_key_value"_s, u"error"_s, u"public key"_s);
        addRow("instance ssh: not a public key",
               instance()
                   + "ssh_public_access_enabled: true\nssh_settings:\n  ssh_key_value: hello\n",
               u"ssh_settings.ssh_key_value"_s, u"error"_s, u"not an OpenSSH public key"_s);
        addRow("instance ssh: public key",
               instance()
                   + "ssh_public_access_enabled: true\nssh_settings:\n"
                     "  ssh_key_value: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE me@host\n");
        addRow("cluster ssh: password", cluster()
                                            + "ssh_public_access_enabled: true\n"
                                              "ssh_settings:\n  admin_password: s3cret\n");
        addRow("cluster ssh: needs key or password",
               cluster() + "ssh_public_access_enabled: true\n", u"ssh_settings.ssh_key_value"_s,
               u"error"_s, u"public key or an administrator"_s);
        addRow("cluster ssh: needs a user name",
               cluster()
                   + "ssh_public_access_enabled: true\nssh_settings:\n"
                     "  admin_username: \"\"\n  admin_password: p\n",
               u"ssh_settings.admin_username"_s, u"error"_s, u"user name"_s);

        // Networks and identities.
        addRow("network: subnet without vnet", cluster() + "network_settings:\n  subnet: default\n",
               u"network_settings.vnet_name"_s, u"error"_s, u"needs its virtual network"_s);
        addRow("network: vnet and subnet",
               cluster() + "network_settings:\n  vnet_name: vnet1\n  subnet: default\n");
        addRow("identity: user-assigned needs ids",
               cluster() + "identity:\n  type: user_assigned\n",
               u"identity.user_assigned_identities"_s, u"error"_s, u"at least one"_s);
        addRow("identity: system-assigned", cluster() + "identity:\n  type: system_assigned\n");

        // Instance idle shutdown and schedules.
        addRow("instance: idle negative", instance() + "idle_time_before_shutdown_minutes: -5\n",
               u"idle_time_before_shutdown_minutes"_s, u"error"_s, u"cannot be negative"_s);
        addRow("instance: bad cron",
               instance()
                   + "schedules:\n  compute_start_stop:\n  - action: stop\n"
                     "    trigger:\n      type: cron\n      expression: \"every day\"\n",
               u"schedules.compute_start_stop[0].trigger.expression"_s, u"error"_s,
               u"not a cron expression"_s);
        addRow("instance: cron", instance()
                                     + "schedules:\n  compute_start_stop:\n  - action: stop\n"
                                       "    trigger:\n      expression: 0 18 * * 1-5\n");

        addRow("provider: empty", instance() + "provider: \"\"\n", u"provider"_s, u"error"_s,
               u"provider"_s);
    }

    void rules()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, field);
        QFETCH(QString, severity);
        QFETCH(QString, contains);

        ValidationIssues parseIssues;
        const auto spec = SpecYaml::parse(yaml, &parseIssues);
        QVERIFY2(spec.ok(), qPrintable(spec.ok() ? QString() : spec.error().fullText()));
        QVERIFY2(parseIssues.isEmpty(), qPrintable(parseIssues.value(0).message));

        const ValidationIssues issues = Validation::validate(*spec, m_context);
        auto describe = [&issues] {
            QStringList lines;
            for (const ValidationIssue &i : issues)
                lines.append(i.field + u": "_s + i.message);
            return lines.join(u"\n"_s);
        };
        if (field.isEmpty()) {
            QVERIFY2(issues.isEmpty(), qPrintable(describe()));
            return;
        }
        QCOMPARE(issues.size(), 1);
        const ValidationIssue &issue = issues.first();
        QVERIFY2(issue.field == field, qPrintable(describe()));
        QCOMPARE(issue.isError() ? u"error"_s : u"warning"_s, severity);
        QVERIFY2(issue.message.contains(contains), qPrintable(describe()));
        QCOMPARE(hasErrors(issues), severity == u"error"_s);
    }

    void unreadableKeyFile()
    {
        if (::geteuid() == 0)
            QSKIP("root reads every file, so an unreadable key cannot be made here");
        const QString key = m_dir.filePath(u"locked_key"_s);
        QFile f(key);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::WriteOwner));
        ComputeSpec spec = ComputeSpec::defaults(SpecType::VirtualMachine);
        spec.name = u"vm1"_s;
        auto *details = spec.as<VirtualMachineSpec>();
        details->login.address = u"vm1"_s;
        details->login.username = u"u"_s;
        details->login.privateKeyFile = key;
        const auto issues = Validation::validate(spec, m_context);
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().message.contains(u"cannot be read"_s));
    }

    void filesNotCheckedWhenAskedNotTo()
    {
        ComputeSpec spec = ComputeSpec::defaults(SpecType::VirtualMachine);
        spec.name = u"vm1"_s;
        auto *details = spec.as<VirtualMachineSpec>();
        details->login.address = u"vm1"_s;
        details->login.username = u"u"_s;
        details->login.privateKeyFile = u"/nonexistent/key"_s;
        ValidationContext shapeOnly = m_context;
        shapeOnly.checkFiles = false;
        QVERIFY(Validation::validate(spec, shapeOnly).isEmpty());
        QVERIFY(hasErrors(Validation::validate(spec, m_context)));
    }

    void noSizeListMeansInferenceRuleIsAWarning()
    {
        ComputeSpec spec = ComputeSpec::defaults(SpecType::InferenceCluster);
        spec.name = u"infer"_s;
        spec.as<InferenceSpec>()->size = u"Standard_D3_v2"_s;
        const auto issues = Validation::validate(spec, ValidationContext{});
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, u"node_count"_s);
        QVERIFY(!issues.first().isError());
    }

    void defaultsOfEveryType()
    {
        // Defaults are the forms' starting point: only the name (and what the user must
        // supply) may be missing.
        const ComputeSpec c = ComputeSpec::defaults(SpecType::AmlCompute);
        QCOMPARE(c.provider, u"local"_s);
        QCOMPARE(c.as<ClusterSpec>()->minInstances, 0);
        QCOMPARE(c.as<ClusterSpec>()->idleTimeBeforeScaleDown, 120);
        QCOMPARE(c.as<ClusterSpec>()->tier, VmPriority::Dedicated);
        QVERIFY(!c.as<ClusterSpec>()->ssh.enabled);
        QVERIFY(!ComputeSpec::defaults(SpecType::ComputeInstance).as<InstanceSpec>()->ssh.enabled);
        QCOMPARE(
            ComputeSpec::defaults(SpecType::VirtualMachine).as<VirtualMachineSpec>()->login.port,
            22);
        for (SpecType type : allSpecTypes())
            QCOMPARE(ComputeSpec::defaults(type).type(), type);
    }

    void immutableAfterCreation_data()
    {
        QTest::addColumn<QByteArray>("change");
        QTest::addColumn<QString>("field"); // empty: the change is allowed

        QTest::newRow("min/max/idle may change")
            << QByteArray("min_instances: 1\nmax_instances: 8\nidle_time_before_scale_down: 60\n")
            << QString();
        QTest::newRow("VM type") << QByteArray("vm_type: gpu\n") << u"vm_type"_s;
        QTest::newRow("SSH access")
            << QByteArray("ssh_public_access_enabled: true\nssh_settings:\n  admin_password: p\n")
            << u"ssh_public_access_enabled"_s;
        QTest::newRow("size") << QByteArray("size: Standard_DS1\n") << u"size"_s;
        QTest::newRow("priority") << QByteArray("tier: low_priority\n") << u"tier"_s;
        QTest::newRow("provider") << QByteArray("provider: azureml\n") << u"provider"_s;
    }

    void immutableAfterCreation()
    {
        QFETCH(QByteArray, change);
        QFETCH(QString, field);
        const QByteArray base = "type: amlcompute\nname: train\nsize: Standard_DS2\n";
        // Later keys of a YAML mapping may not repeat earlier ones, so build both specs.
        const auto before = SpecYaml::parse(base + "max_instances: 4\n", nullptr);
        QByteArray after = base;
        if (!change.contains("max_instances"))
            after += "max_instances: 4\n";
        if (change.contains("size:"))
            after = "type: amlcompute\nname: train\nmax_instances: 4\n";
        const auto afterSpec = SpecYaml::parse(after + change, nullptr);
        QVERIFY(before.ok() && afterSpec.ok());
        const auto issues = Validation::validateUpdate(*before, *afterSpec);
        if (field.isEmpty()) {
            QVERIFY(issues.isEmpty());
        } else {
            QCOMPARE(issues.size(), 1);
            QCOMPARE(issues.first().field, field);
            QVERIFY(issues.first().message.contains(u"cannot be changed after creation"_s));
        }
    }

    void instanceSshAndTypeAreImmutable()
    {
        const auto before
            = SpecYaml::parse("type: computeinstance\nname: box\nsize: S1\n", nullptr);
        const auto after = SpecYaml::parse("type: computeinstance\nname: box\nsize: S1\n"
                                           "vm_type: gpu\nssh_public_access_enabled: true\n",
                                           nullptr);
        const auto issues = Validation::validateUpdate(*before, *after);
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues.at(0).field, u"vm_type"_s);
        QCOMPARE(issues.at(1).field, u"ssh_public_access_enabled"_s);
    }

    void capabilityMatrix_data()
    {
        QTest::addColumn<int>("type"); // -1: the local machine
        QTest::addColumn<int>("workload");
        QTest::addColumn<QString>("refusal"); // empty: allowed

        const int local = -1;
        auto row = [](const char *tag, int type, Workload w, const QString &refusal) {
            QTest::newRow(tag) << type << int(w) << refusal;
        };
        row("local: script", local, Workload::ScriptRun, {});
        row("local: automl", local, Workload::AutomatedMl, {});
        row("local: pipeline", local, Workload::Pipeline, u"cannot be used in pipelines"_s);
        row("local: tuning", local, Workload::HyperparameterTuning, u"hyperparameter tuning"_s);
        row("instance: distributed", int(SpecType::ComputeInstance), Workload::DistributedRun,
            u"Compute instances do not support distributed training"_s);
        row("instance: script", int(SpecType::ComputeInstance), Workload::ScriptRun, {});
        row("cluster: distributed", int(SpecType::AmlCompute), Workload::DistributedRun, {});
        row("cluster: pipeline", int(SpecType::AmlCompute), Workload::Pipeline, {});
        row("cluster: tuning", int(SpecType::AmlCompute), Workload::HyperparameterTuning, {});
        row("vm: tuning", int(SpecType::VirtualMachine), Workload::HyperparameterTuning, {});
        row("vm: pipeline", int(SpecType::VirtualMachine), Workload::Pipeline, {});
        row("databricks: script", int(SpecType::Databricks), Workload::ScriptRun,
            u"only as a step of a pipeline"_s);
        row("databricks: pipeline", int(SpecType::Databricks), Workload::Pipeline, {});
        row("databricks: automl", int(SpecType::Databricks), Workload::AutomatedMl, {});
        row("data lake: script", int(SpecType::DataLakeAnalytics), Workload::ScriptRun,
            u"only as a step of a pipeline"_s);
        row("data lake: automl", int(SpecType::DataLakeAnalytics), Workload::AutomatedMl,
            u"only as a step of a pipeline"_s);
        row("data lake: pipeline", int(SpecType::DataLakeAnalytics), Workload::Pipeline, {});
        row("hdinsight: pipeline", int(SpecType::HDInsight), Workload::Pipeline, {});
        row("hdinsight: automl", int(SpecType::HDInsight), Workload::AutomatedMl,
            u"automated ML"_s);
        row("inference: script", int(SpecType::InferenceCluster), Workload::ScriptRun,
            u"does not run training scripts"_s);
    }

    void capabilityMatrix()
    {
        QFETCH(int, type);
        QFETCH(int, workload);
        QFETCH(QString, refusal);
        const QString actual = type < 0
                                   ? CapabilityMatrix::localMachineRefusal(Workload(workload))
                                   : CapabilityMatrix::refusal(SpecType(type), Workload(workload));
        if (refusal.isEmpty())
            QVERIFY2(actual.isEmpty(), qPrintable(actual));
        else
            QVERIFY2(actual.contains(refusal), qPrintable(actual));
    }

    void matrixTable()
    {
        using S = Capabilities::Support;
        QCOMPARE(CapabilityMatrix::ofLocalMachine().gpu, S::Maybe);
        QCOMPARE(CapabilityMatrix::of(SpecType::Databricks).pipelines, S::Only);
        QCOMPARE(CapabilityMatrix::of(SpecType::DataLakeAnalytics).pipelines, S::Only);
        QCOMPARE(CapabilityMatrix::of(SpecType::HDInsight).gpu, S::No);
        QVERIFY(!CapabilityMatrix::of(SpecType::ComputeInstance).distributedRuns);
        QVERIFY(CapabilityMatrix::of(SpecType::AmlCompute).distributedRuns);
    }

    void issuesAsJson()
    {
        const ValidationIssues issues
            = {{u"name"_s, u"Enter a compute name."_s, ValidationIssue::Severity::Error},
               {u"name"_s, u"Used."_s, ValidationIssue::Severity::Warning}};
        const QJsonArray json = toJson(issues);
        QCOMPARE(json.size(), 2);
        QCOMPARE(json.at(0).toObject(), (QJsonObject{{u"field"_s, u"name"_s},
                                                     {u"message"_s, u"Enter a compute name."_s},
                                                     {u"severity"_s, u"error"_s}}));
        QCOMPARE(json.at(1).toObject().value(u"severity"_s).toString(), u"warning"_s);
    }
};

QTEST_GUILESS_MAIN(tst_Validation)
#include "tst_validation.moc"
