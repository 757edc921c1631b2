#include "../support/testsupport.h"
#include "core/spec/specyaml.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Studio;

Q_DECLARE_METATYPE(Studio::ComputeSpec)

namespace {

/// A spec of `type` with every field set away from its default, so a round trip that
/// dropped or defaulted any value would show.
ComputeSpec fullSpec(SpecType type)
{
    ComputeSpec spec = ComputeSpec::defaults(type);
    spec.name = u"full-"_s + toKey(type).left(8);
    spec.description = u"Everything set: “quoted”, colons: and # hashes"_s;
    spec.provider = u"azureml"_s;
    spec.tags = {{u"team"_s, u"vision"_s}, {u"cost-centre"_s, u"42"_s}};
    const SshLogin login{u"gpu1.example.org"_s,
                         2222,
                         u"ubuntu"_s,
                         Secret{u"pa:ss word-S3CRET1"_s, {}},
                         u"/home/u/.ssh/id_ed25519"_s,
                         Secret{u"phrase-S3CRET2"_s, {}}};
    const NetworkSettings net{u"net-rg"_s, u"vnet1"_s, u"default"_s};
    if (auto *s = spec.as<InstanceSpec>()) {
        s->vmType = VmType::Gpu;
        s->size = u"Standard_NC6"_s;
        s->location = u"koreacentral"_s;
        s->ssh.enabled = true;
        s->ssh.publicKey = u"ssh-ed25519 AAAAC3Nz me@host"_s;
        s->network = net;
        s->idleTimeBeforeShutdownMinutes = 45;
        s->schedules
            = {Schedule{Schedule::Action::Start, u"0 8 * * 1-5"_s, u"Korea Standard Time"_s, true},
               Schedule{Schedule::Action::Stop, u"0 19 * * *"_s, u"UTC"_s, false}};
    } else if (auto *c = spec.as<ClusterSpec>()) {
        c->location = u"westus2"_s;
        c->vmType = VmType::Gpu;
        c->tier = VmPriority::LowPriority;
        c->size = u"Standard_NC6"_s;
        c->minInstances = 1;
        c->maxInstances = 8;
        c->idleTimeBeforeScaleDown = 300;
        c->ssh = SshAccess{true, u"admin1"_s, u"ssh-rsa AAAAB3 me@host"_s,
                           Secret{u"pw-S3CRET4"_s, {}}};
        c->network = net;
        c->identity = {ManagedIdentity::Type::UserAssigned, {u"/subs/x/id1"_s, u"/subs/x/id2"_s}};
    } else if (auto *i = spec.as<InferenceSpec>()) {
        i->createNewService = false;
        i->existingService = u"aks-prod"_s;
        i->location = u"eastus"_s;
        i->size = u"Standard_D3_v2"_s;
        i->purpose = InferenceSpec::Purpose::DevTest;
        i->agentCount = 5;
        i->advancedNetwork = true;
        i->network = net;
        i->sslEnabled = true;
        i->sslCname = u"www.example.org"_s;
        i->sslCertificateFile = u"/certs/c.pem"_s;
        i->sslKeyFile = u"/certs/k.pem"_s;
    } else if (auto *vm = spec.as<VirtualMachineSpec>()) {
        vm->login = login;
        vm->resourceId = u"/subscriptions/x/vm1"_s;
        vm->vmName = u"dsvm-1"_s;
    } else if (auto *h = spec.as<HDInsightSpec>()) {
        h->login = login;
        h->resourceId = u"/subscriptions/x/hdi"_s;
    } else if (auto *d = spec.as<DatabricksSpec>()) {
        d->workspaceName = u"dbx-ws"_s;
        d->resourceGroup = u"rg1"_s;
        d->accessToken = Secret{u"dapi-S3CRET3"_s, {}};
    } else if (auto *a = spec.as<DataLakeAnalyticsSpec>()) {
        a->resourceGroup = u"rg2"_s;
        a->accountName = u"adla1"_s;
    } else if (auto *k = spec.as<KubernetesSpec>()) {
        k->resourceId = u"/subscriptions/x/arc"_s;
        k->kubeconfigFile = u"/home/u/.kube/config"_s;
        k->nameSpace = u"training"_s;
        k->identity = {ManagedIdentity::Type::SystemAssigned, {}};
    } else if (auto *s2 = spec.as<SlurmSpec>()) {
        s2->login = login;
        s2->partition = u"gpu"_s;
        s2->account = u"proj42"_s;
    }
    return spec;
}

} // namespace

class tst_SpecYaml : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void roundTrip_data()
    {
        QTest::addColumn<ComputeSpec>("spec");
        for (SpecType type : allSpecTypes()) {
            QTest::newRow(qPrintable(u"full "_s + toKey(type))) << fullSpec(type);
            ComputeSpec minimal = ComputeSpec::defaults(type);
            minimal.name = u"min"_s;
            QTest::newRow(qPrintable(u"defaults "_s + toKey(type))) << minimal;
        }
    }

    void roundTrip()
    {
        QFETCH(ComputeSpec, spec);
        const QByteArray yaml = SpecYaml::write(spec, SpecYaml::Secrets::Include);
        ValidationIssues issues;
        const auto back = SpecYaml::parse(yaml, &issues);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().fullText()));
        QVERIFY2(issues.isEmpty(),
                 qPrintable(issues.value(0).message + u"\n"_s + QString::fromUtf8(yaml)));
        QVERIFY2(*back == spec, yaml.constData());
        // Writing again gives the same text: the order is stable.
        QCOMPARE(SpecYaml::write(*back, SpecYaml::Secrets::Include), yaml);
    }

    void storedJsonRoundTrip_data() { roundTrip_data(); }

    void storedJsonRoundTrip()
    {
        QFETCH(ComputeSpec, spec);
        // The workspace keeps keychain keys, never values.
        for (auto &[field, secret] : spec.secrets()) {
            if (secret->isSet())
                *secret = Secret{{}, u"ws-id/"_s + spec.name + u'/' + field};
        }
        const QJsonObject json = SpecYaml::toStoredJson(spec);
        const auto back = SpecYaml::fromStoredJson(json);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().fullText()));
        QVERIFY2(*back == spec, QJsonDocument(json).toJson().constData());
    }

    void storedJsonHasNoSecretValues()
    {
        for (SpecType type : allSpecTypes()) {
            ComputeSpec spec = fullSpec(type);
            QStringList values;
            for (auto &[field, secret] : spec.secrets()) {
                if (!secret->value.isEmpty())
                    values.append(secret->value);
                secret->keychainKey = u"key-of-"_s + field;
            }
            const QByteArray stored = QJsonDocument(SpecYaml::toStoredJson(spec)).toJson();
            const QByteArray yaml = SpecYaml::write(spec);
            for (const QString &value : values) {
                QVERIFY2(!stored.contains(value.toUtf8()), stored.constData());
                QVERIFY2(!yaml.contains(value.toUtf8()), yaml.constData());
            }
            if (!values.isEmpty())
                QVERIFY2(yaml.contains("kept in the OS keychain"), yaml.constData());
        }
    }

    void azureCliSchemaKeys()
    {
        // The Azure ML CLI v2 amlcompute example, as published.
        const QByteArray yaml
            = R"($schema: https://azuremlschemas.azureedge.net/latest/amlCompute.schema.json
name: cpu-cluster
type: amlcompute
size: STANDARD_DS3_v2
min_instances: 0
max_instances: 2
idle_time_before_scale_down: 120
tier: low_priority
location: westus
ssh_public_access_enabled: false
)";
        ValidationIssues issues;
        const auto spec = SpecYaml::parse(yaml, &issues);
        QVERIFY(spec.ok());
        QVERIFY(issues.isEmpty());
        QCOMPARE(spec->type(), SpecType::AmlCompute);
        QCOMPARE(spec->provider, u"local"_s); // the default provider
        const auto *c = spec->as<ClusterSpec>();
        QCOMPARE(c->size, u"STANDARD_DS3_v2"_s);
        QCOMPARE(c->maxInstances, 2);
        QCOMPARE(c->tier, VmPriority::LowPriority);
        QCOMPARE(c->location, u"westus"_s);
    }

    void defaultsWhenOmitted()
    {
        const auto spec = SpecYaml::parse("name: c1\ntype: amlcompute\nsize: S\n", nullptr);
        QVERIFY(spec.ok());
        QCOMPARE(spec->as<ClusterSpec>()->idleTimeBeforeScaleDown, 120);
        QCOMPARE(spec->as<ClusterSpec>()->minInstances, 0);
    }

    void unknownKeysAreReported()
    {
        ValidationIssues issues;
        const auto spec = SpecYaml::parse("name: c1\ntype: amlcompute\nsize: S\n"
                                          "max_instance: 4\n"
                                          "ssh_settings:\n  admin_user: me\n",
                                          &issues);
        QVERIFY(spec.ok());
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues.at(0).field, u"max_instance"_s);
        QVERIFY2(issues.at(0).message.contains(u"Line 4"_s), qPrintable(issues.at(0).message));
        QVERIFY(issues.at(0).message.contains(u"Unknown key “max_instance”"_s));
        QVERIFY(issues.at(0).message.contains(u"max_instances"_s)); // the known keys are listed
        QCOMPARE(issues.at(1).field, u"ssh_settings.admin_user"_s);
        QVERIFY(issues.at(1).isError());
    }

    void wrongValueKinds_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("contains");
        QTest::newRow("text for a number")
            << QByteArray("max_instances: many\n") << u"max_instances"_s << u"whole number"_s;
        QTest::newRow("fraction") << QByteArray("max_instances: 2.5\n") << u"max_instances"_s
                                  << u"whole number"_s;
        QTest::newRow("quoted number")
            << QByteArray("max_instances: \"2\"\n") << u"max_instances"_s << u"whole number"_s;
        QTest::newRow("text for a bool") << QByteArray("ssh_public_access_enabled: maybe\n")
                                         << u"ssh_public_access_enabled"_s << u"true or false"_s;
        QTest::newRow("unknown tier")
            << QByteArray("tier: spot\n") << u"tier"_s << u"dedicated, low_priority"_s;
        QTest::newRow("list for a map")
            << QByteArray("network_settings: [a, b]\n") << u"network_settings"_s << u"mapping"_s;
    }

    void wrongValueKinds()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, field);
        QFETCH(QString, contains);
        ValidationIssues issues;
        const auto spec = SpecYaml::parse("name: c1\ntype: amlcompute\nsize: S\n" + line, &issues);
        QVERIFY(spec.ok());
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, field);
        QVERIFY2(issues.first().message.contains(contains), qPrintable(issues.first().message));
    }

    void syntaxAndTypeErrors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("contains");
        QTest::newRow("bad indentation")
            << QByteArray("name: a\n type: amlcompute\n  size: x\n") << u"line"_s;
        QTest::newRow("unclosed list") << QByteArray("name: [a\ntype: x\n") << u"line"_s;
        QTest::newRow("no type") << QByteArray("name: a\n") << u"has no “type”"_s;
        QTest::newRow("unknown type")
            << QByteArray("name: a\ntype: mainframe\n") << u"Unknown compute type “mainframe”"_s;
        QTest::newRow("a list") << QByteArray("- a\n- b\n") << u"mapping"_s;
        QTest::newRow("empty") << QByteArray() << u"mapping"_s;
    }

    void syntaxAndTypeErrors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, contains);
        const auto spec = SpecYaml::parse(yaml, nullptr);
        QVERIFY(!spec.ok());
        QVERIFY2(spec.error().message.contains(contains), qPrintable(spec.error().message));
    }

    void typeNamesAcceptServiceSpelling()
    {
        QCOMPARE(specTypeFromKey(u"AmlCompute"), SpecType::AmlCompute);
        QCOMPARE(specTypeFromKey(u"ComputeInstance"), SpecType::ComputeInstance);
        QCOMPARE(specTypeFromKey(u"virtualmachine"), SpecType::VirtualMachine);
        QVERIFY(!specTypeFromKey(u"nope"));
        for (SpecType t : allSpecTypes())
            QCOMPARE(specTypeFromKey(toKey(t)), t);
    }

    void parseFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"spec.yml"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name: box\ntype: computeinstance\nsize: S1\n");
        f.close();
        const auto spec = SpecYaml::parseFile(path, nullptr);
        QVERIFY(spec.ok());
        QCOMPARE(spec->name, u"box"_s);
        const auto missing = SpecYaml::parseFile(dir.filePath(u"nope.yml"_s), nullptr);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(u"nope.yml"_s));
    }

    // A plain scalar YAML would read as a number or a boolean is text where the spec wants
    // text: a password of digits must reach the keychain as written, not as 1.23457e+07.
    void plainScalarsReadAsTextKeepTheirText_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("digits") << QByteArray("12345678");
        QTest::newRow("leading zero") << QByteArray("0123");
        QTest::newRow("exponent") << QByteArray("1.0e5");
        QTest::newRow("trailing zero") << QByteArray("1.50");
        QTest::newRow("capitalised boolean") << QByteArray("True");
    }

    void plainScalarsReadAsTextKeepTheirText()
    {
        QFETCH(QByteArray, value);
        ValidationIssues issues;
        const auto spec = SpecYaml::parse("name: vm\ntype: virtualmachine\naddress: host\n"
                                          "ssh_settings:\n  admin_username: me\n"
                                          "  admin_password: "
                                              + value + "\ntags:\n  build: " + value + "\n",
                                          &issues);
        QVERIFY(spec.ok());
        QVERIFY(issues.isEmpty());
        QCOMPARE(spec->as<VirtualMachineSpec>()->login.password.value, QString::fromUtf8(value));
        QCOMPARE(spec->tags.value(u"build"_s), QString::fromUtf8(value));
    }

    void stringsThatLookLikeOtherTypesAreQuoted()
    {
        ComputeSpec spec = ComputeSpec::defaults(SpecType::DataLakeAnalytics);
        spec.name = u"adla"_s;
        spec.description = u"true"_s;
        spec.as<DataLakeAnalyticsSpec>()->resourceGroup = u"123"_s;
        spec.as<DataLakeAnalyticsSpec>()->accountName = u"null"_s;
        const QByteArray yaml = SpecYaml::write(spec);
        const auto back = SpecYaml::parse(yaml, nullptr);
        QVERIFY(back.ok());
        QVERIFY2(*back == spec, yaml.constData());
    }
};

QTEST_GUILESS_MAIN(tst_SpecYaml)
#include "tst_specyaml.moc"
