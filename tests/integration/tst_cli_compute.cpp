// cstudio's write commands against a real workspace on the local provider: validate, create,
// attach, start/stop/restart, update, export, delete/detach, --no-wait, and failures.
#include "../support/keyring.h"
#include "../support/program.h"
#include "core/store/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Studio;

class tst_CliCompute : public QObject
{
    Q_OBJECT

    Test::KeyringSession m_keyring; // cstudio inherits its bus: a real keychain, not the user's
    QTemporaryDir m_tmp;
    QString m_ws;
    QString m_smallSize;

    Test::Output cstudio(QStringList args)
    {
        return Test::runProgram("cstudio", QStringList{u"--workspace"_s, m_ws} + args);
    }

    QString writeSpec(const QString &fileName, const QByteArray &yaml)
    {
        const QString path = m_tmp.filePath(fileName);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(yaml);
        return path;
    }

    QJsonObject show(const QString &name)
    {
        const Test::Output o = cstudio({u"compute"_s, u"show"_s, name, u"-o"_s, u"json"_s});
        return QJsonDocument::fromJson(o.out).object();
    }

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        const auto started = m_keyring.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().fullText()));
        m_ws = m_tmp.filePath(u"ws"_s);
        QVERIFY(Workspace::open(m_ws));
        // The smallest size the local provider offers on this machine, from `validate`'s
        // own message about a size that does not exist.
        const QString probe = writeSpec(u"probe.yml"_s, "name: probe\ntype: computeinstance\n"
                                                        "size: NoSuchSize\n");
        const Test::Output o = cstudio({u"compute"_s, u"validate"_s, u"-f"_s, probe});
        QCOMPARE(o.exitCode, 1);
        const QString err = QString::fromUtf8(o.err);
        const qsizetype at = err.indexOf(u"Local_"_s);
        QVERIFY2(at > 0, o.err.constData());
        m_smallSize = err.mid(at).section(u',', 0, 0).section(u'.', 0, 0).trimmed();
        QVERIFY(m_smallSize.startsWith(u"Local_1C_"_s));
    }

    void validateExitCodesAndJson()
    {
        const QString good = writeSpec(u"good.yml"_s, "name: good-box\ntype: computeinstance\n"
                                                      "size: "
                                                          + m_smallSize.toUtf8() + "\n");
        Test::Output o = cstudio({u"compute"_s, u"validate"_s, u"-f"_s, good});
        QCOMPARE(o.exitCode, 0);
        QVERIFY(o.out.contains("is valid"));

        const QString bad
            = writeSpec(u"bad.yml"_s, "name: 1box\ntype: amlcompute\nsize: " + m_smallSize.toUtf8()
                                          + "\nmin_instances: 3\nmax_instances: 2\n"
                                            "max_instance: 9\n");
        o = cstudio({u"compute"_s, u"validate"_s, u"-f"_s, bad, u"-o"_s, u"json"_s});
        QCOMPARE(o.exitCode, 1);
        const QJsonArray issues = QJsonDocument::fromJson(o.out).array();
        QStringList fields;
        for (const QJsonValue &v : issues) {
            const QJsonObject i = v.toObject();
            QCOMPARE(i.keys(), (QStringList{u"field"_s, u"message"_s, u"severity"_s}));
            QCOMPARE(i.value(u"severity"_s).toString(), u"error"_s);
            fields.append(i.value(u"field"_s).toString());
        }
        QCOMPARE(fields, (QStringList{u"max_instance"_s, u"name"_s, u"min_instances"_s}));
        // The same words as the form shows (one validation module).
        QVERIFY(issues.at(1)
                    .toObject()
                    .value(u"message"_s)
                    .toString()
                    .contains(u"must start with a letter"_s));

        o = cstudio({u"compute"_s, u"validate"_s, u"-f"_s, m_tmp.filePath(u"missing.yml"_s)});
        QCOMPARE(o.exitCode, 1);
        QVERIFY(o.err.contains("missing.yml"));
        o = cstudio({u"compute"_s, u"validate"_s});
        QCOMPARE(o.exitCode, 2);
    }

    void instanceLifecycle()
    {
        const QString spec = writeSpec(u"box.yml"_s, "name: dev-box\ntype: computeinstance\n"
                                                     "description: my box\nsize: "
                                                         + m_smallSize.toUtf8() + "\n");
        Test::Output o = cstudio({u"compute"_s, u"create"_s, u"-f"_s, spec});
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QVERIFY(o.err.contains("dev-box: 100%")); // progress went to stderr
        QCOMPARE(show(u"dev-box"_s).value(u"provisioning_state"_s).toString(), u"Succeeded"_s);
        QCOMPARE(show(u"dev-box"_s).value(u"state"_s).toString(), u"Running"_s);
        QVERIFY(QFileInfo(m_ws + u"/computes/dev-box"_s).isDir());

        // The same name again is refused, whatever its case.
        const QString again = writeSpec(u"box2.yml"_s, "name: DEV-BOX\ntype: computeinstance\n"
                                                       "size: "
                                                           + m_smallSize.toUtf8() + "\n");
        o = cstudio({u"compute"_s, u"create"_s, u"-f"_s, again});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains("already exists"), o.err.constData());

        for (const auto &[command, state] :
             {std::pair{u"stop"_s, u"Stopped"_s}, std::pair{u"start"_s, u"Running"_s},
              std::pair{u"restart"_s, u"Running"_s}}) {
            o = cstudio({u"compute"_s, command, u"dev-box"_s});
            QVERIFY2(o.exitCode == 0, o.err.constData());
            QCOMPARE(show(u"dev-box"_s).value(u"state"_s).toString(), state);
        }

        o = cstudio({u"compute"_s, u"export"_s, u"dev-box"_s});
        QCOMPARE(o.exitCode, 0);
        QVERIFY(o.out.contains("name: dev-box\ntype: computeinstance\nprovider: local\n"));
        QVERIFY(o.out.contains("description: my box\n"));
        // What export prints validates again and creates an equal compute under a new name.
        const QString exported = writeSpec(
            u"exported.yml"_s, QByteArray(o.out).replace("name: dev-box", "name: dev-two"));
        o = cstudio({u"compute"_s, u"create"_s, u"-f"_s, exported});
        QVERIFY2(o.exitCode == 0, o.err.constData());

        o = cstudio({u"compute"_s, u"detach"_s, u"dev-box"_s});
        QCOMPARE(o.exitCode, 1);
        QVERIFY(o.err.contains("compute delete dev-box"));
        for (const QString &name : {u"dev-box"_s, u"dev-two"_s}) {
            o = cstudio({u"compute"_s, u"delete"_s, name});
            QVERIFY2(o.exitCode == 0, o.err.constData());
        }
        QVERIFY(!QFileInfo::exists(m_ws + u"/computes/dev-box"_s));
        o = cstudio({u"compute"_s, u"show"_s, u"dev-box"_s});
        QCOMPARE(o.exitCode, 1);
    }

    void clusterUpdate()
    {
        const QString spec
            = writeSpec(u"cl.yml"_s, "name: train\ntype: amlcompute\nsize: " + m_smallSize.toUtf8()
                                         + "\nmax_instances: 2\n");
        Test::Output o = cstudio({u"compute"_s, u"create"_s, u"-f"_s, spec});
        QVERIFY2(o.exitCode == 0, o.err.constData());
        o = cstudio({u"compute"_s, u"update"_s, u"train"_s, u"--max-nodes"_s, u"4"_s,
                     u"--idle-seconds"_s, u"30"_s});
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QJsonObject spec2 = show(u"train"_s).value(u"properties"_s).toObject();
        QCOMPARE(spec2.value(u"max_instances"_s).toInt(), 4);
        QCOMPARE(spec2.value(u"idle_time_before_scale_down"_s).toInt(), 30);
        QCOMPARE(spec2.value(u"min_instances"_s).toInt(), 0);

        o = cstudio({u"compute"_s, u"update"_s, u"train"_s, u"--min-nodes"_s, u"5"_s});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains("cannot be more than the maximum (4)"), o.err.constData());
        QCOMPARE(
            show(u"train"_s).value(u"properties"_s).toObject().value(u"min_instances"_s).toInt(),
            0);
        o = cstudio({u"compute"_s, u"update"_s, u"train"_s, u"--min-nodes"_s, u"two"_s});
        QCOMPARE(o.exitCode, 2);
        o = cstudio({u"compute"_s, u"start"_s, u"train"_s});
        QCOMPARE(o.exitCode, 1);
        QVERIFY(o.err.contains("Only compute instances"));
        QCOMPARE(cstudio({u"compute"_s, u"delete"_s, u"train"_s}).exitCode, 0);
    }

    void noWaitReturnsAndTheOperationFinishes()
    {
        const QString spec = writeSpec(u"bg.yml"_s, "name: bg-box\ntype: computeinstance\nsize: "
                                                        + m_smallSize.toUtf8() + "\n");
        const Test::Output o = cstudio({u"compute"_s, u"create"_s, u"-f"_s, spec, u"--no-wait"_s});
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QVERIFY(o.out.contains("in the background"));
        QTRY_COMPARE_WITH_TIMEOUT(show(u"bg-box"_s).value(u"provisioning_state"_s).toString(),
                                  u"Succeeded"_s, 30000);
        QCOMPARE(cstudio({u"compute"_s, u"delete"_s, u"bg-box"_s}).exitCode, 0);
    }

    void noWaitRefusesAUsedName()
    {
        const QString spec = writeSpec(u"twice.yml"_s, "name: twice-box\ntype: computeinstance\n"
                                                       "size: "
                                                           + m_smallSize.toUtf8() + "\n");
        Test::Output o = cstudio({u"compute"_s, u"create"_s, u"-f"_s, spec});
        QVERIFY2(o.exitCode == 0, o.err.constData());
        // Refused here, as without --no-wait, not reported as started.
        o = cstudio({u"compute"_s, u"create"_s, u"-f"_s, spec, u"--no-wait"_s});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(!o.out.contains("in the background"), o.out.constData());
        QVERIFY2(o.err.contains("already exists"), o.err.constData());
        QCOMPARE(cstudio({u"compute"_s, u"delete"_s, u"twice-box"_s}).exitCode, 0);
    }

    void attachNeedsAProviderThatCanBackIt()
    {
        const QString spec = writeSpec(u"vm.yml"_s, "name: gpu-vm\ntype: virtualmachine\n"
                                                    "address: 127.0.0.1\nssh_settings:\n"
                                                    "  admin_username: me\n  admin_password: pw\n");
        // Valid as a spec, with a warning that the local provider cannot back it.
        Test::Output o = cstudio({u"compute"_s, u"validate"_s, u"-f"_s, spec});
        QCOMPARE(o.exitCode, 0);
        QVERIFY(o.err.contains("warning: provider:"));
        o = cstudio({u"compute"_s, u"attach"_s, u"-f"_s, spec});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains("cannot back"), o.err.constData());
        o = cstudio({u"compute"_s, u"create"_s, u"-f"_s, spec});
        QCOMPARE(o.exitCode, 1);
        QVERIFY(o.err.contains("compute attach"));
        QCOMPARE(cstudio({u"compute"_s, u"show"_s, u"gpu-vm"_s}).exitCode, 1);
    }

    void failedCreateIsReportedAndRecorded()
    {
        // A file where the instance's folder must go: the provider cannot make it.
        QVERIFY(QDir().mkpath(m_ws + u"/computes"_s));
        QFile blocker(m_ws + u"/computes/blocked"_s);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString spec = writeSpec(u"blocked.yml"_s, "name: blocked\ntype: computeinstance\n"
                                                         "size: "
                                                             + m_smallSize.toUtf8() + "\n");
        Test::Output o = cstudio({u"compute"_s, u"create"_s, u"-f"_s, spec});
        QCOMPARE(o.exitCode, 3);
        QVERIFY2(o.err.contains("computes/blocked"), o.err.constData());
        const QJsonObject row = show(u"blocked"_s);
        QCOMPARE(row.value(u"provisioning_state"_s).toString(), u"Failed"_s);
        QVERIFY(row.value(u"last_error"_s).toString().contains(u"computes/blocked"_s));
        // A failed compute can be deleted, and the user's file is left alone.
        o = cstudio({u"compute"_s, u"delete"_s, u"blocked"_s});
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QVERIFY(QFileInfo(m_ws + u"/computes/blocked"_s).isFile());
    }

    void secretsFromASpecGoToTheKeychainOnly()
    {
        const QByteArray password = "Cli-Secret-5521";
        const QString spec = writeSpec(u"ssh.yml"_s, "name: ssh-train\ntype: amlcompute\nsize: "
                                                         + m_smallSize.toUtf8()
                                                         + "\nmax_instances: 2\n"
                                                           "ssh_public_access_enabled: true\n"
                                                           "ssh_settings:\n  admin_password: "
                                                         + password + "\n");
        Test::Output o = cstudio({u"compute"_s, u"create"_s, u"-f"_s, spec});
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QCOMPARE(Test::filesContaining(m_ws, password), QStringList());
        QVERIFY(!o.out.contains(password) && !o.err.contains(password));
        o = cstudio({u"compute"_s, u"show"_s, u"ssh-train"_s, u"-o"_s, u"json"_s});
        QVERIFY(!o.out.contains(password));
        QVERIFY(o.out.contains("admin_password_keychain_key"));
        o = cstudio({u"compute"_s, u"export"_s, u"ssh-train"_s});
        QVERIFY(!o.out.contains(password));
        QVERIFY2(o.out.contains("# Secrets are kept in the OS keychain, never in files: "
                                "ssh_settings.admin_password"),
                 o.out.constData());
        QCOMPARE(cstudio({u"compute"_s, u"delete"_s, u"ssh-train"_s}).exitCode, 0);
    }

    void withoutAKeychainNothingIsWritten()
    {
        const QByteArray password = "Cli-NoKeychain-8830";
        const QString spec = writeSpec(u"nokc.yml"_s, "name: nokc-train\ntype: amlcompute\nsize: "
                                                          + m_smallSize.toUtf8()
                                                          + "\nmax_instances: 2\n"
                                                            "ssh_public_access_enabled: true\n"
                                                            "ssh_settings:\n  admin_password: "
                                                          + password + "\n");
        QProcessEnvironment noKeychain;
        noKeychain.insert(u"DBUS_SESSION_BUS_ADDRESS"_s,
                          Test::KeyringSession::unreachableBusAddress(m_tmp.path()));
        const Test::Output o = Test::runProgram(
            "cstudio", {u"--workspace"_s, m_ws, u"compute"_s, u"create"_s, u"-f"_s, spec},
            u"C.UTF-8"_s, noKeychain);
        QVERIFY(o.exitCode != 0);
        QVERIFY2(o.err.contains("No keychain service is reachable"), o.err.constData());
        QCOMPARE(Test::filesContaining(m_ws, password), QStringList());
        QCOMPARE(Test::filesContaining(m_keyring.root(), password), QStringList());
    }

    void aCreateWithoutAKeychainCanBeDeletedWithoutOne()
    {
        const QString spec = writeSpec(u"nokc2.yml"_s, "name: nokc2-train\ntype: amlcompute\nsize: "
                                                           + m_smallSize.toUtf8()
                                                           + "\nssh_public_access_enabled: true\n"
                                                             "ssh_settings:\n  admin_password: "
                                                             "Cli-NoKeychain-4172\n");
        QProcessEnvironment noKeychain;
        noKeychain.insert(u"DBUS_SESSION_BUS_ADDRESS"_s,
                          Test::KeyringSession::unreachableBusAddress(m_tmp.path()));
        auto withoutKeychain = [&](const QStringList &args) {
            return Test::runProgram("cstudio", QStringList{u"--workspace"_s, m_ws} + args,
                                    u"C.UTF-8"_s, noKeychain);
        };
        Test::Output o = withoutKeychain({u"compute"_s, u"create"_s, u"-f"_s, spec});
        QVERIFY(o.exitCode != 0);
        // The failed compute names no keychain entry: none was made.
        const QJsonObject row = show(u"nokc2-train"_s);
        QCOMPARE(row.value(u"provisioning_state"_s).toString(), u"Failed"_s);
        const QByteArray stored = QJsonDocument(row).toJson();
        QVERIFY2(!stored.contains("keychain_key"), stored.constData());
        // So deleting it needs no keychain either.
        o = withoutKeychain({u"compute"_s, u"delete"_s, u"nokc2-train"_s});
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QCOMPARE(cstudio({u"compute"_s, u"show"_s, u"nokc2-train"_s}).exitCode, 1);
    }

    void localMachineCannotBeDeleted()
    {
        const Test::Output o = cstudio({u"compute"_s, u"delete"_s, u"local"_s});
        QCOMPARE(o.exitCode, 1);
        QVERIFY(o.err.contains("always part of the workspace"));
    }
};

QTEST_GUILESS_MAIN(tst_CliCompute)
#include "tst_cli_compute.moc"
