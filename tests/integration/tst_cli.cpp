// The two executables as users run them: cstudio's commands, output modes and exit codes;
// computestudio's --screenshot.
#include "../support/program.h"
#include "../support/seed.h"
#include "../support/testsupport.h"
#include "core/store/schema.h"
#include "core/store/workspace.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Studio;

namespace {

using Test::Output;

Output cstudio(const QStringList &args)
{
    return Test::runProgram("cstudio", args);
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_ws;

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        m_ws = m_tmp.filePath(u"ws"_s);
        auto ws = Workspace::open(m_ws);
        QVERIFY(ws);
        const ComputeStore store = ws.value()->computes();
        QVERIFY(store.insert(Test::sampleCompute(ComputeKind::Instance, 1)));
        QVERIFY(store.insert(Test::sampleCompute(ComputeKind::Cluster, 2)));
        QVERIFY(store.insert(Test::sampleCompute(ComputeKind::Cluster, 5))); // failed
        QVERIFY(store.insert(Test::sampleCompute(ComputeKind::Attached, 3)));
    }

    void versionAndHelp()
    {
        const Output v = cstudio({u"--version"_s});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith("cstudio " STUDIO_VERSION));

        const Output h = cstudio({u"--help"_s});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains("Usage: cstudio"));
        QVERIFY(h.out.contains("compute"));

        const Output ch = cstudio({u"compute"_s, u"--help"_s});
        QCOMPARE(ch.exitCode, 0);
        QVERIFY(ch.out.contains("list [--kind KIND]"));
        QVERIFY(ch.out.contains("show NAME"));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("nothing") << QStringList{} << QByteArray("No command given");
        QTest::newRow("unknown group")
            << QStringList{u"frobnicate"_s} << QByteArray("Unknown command group");
        QTest::newRow("unknown command")
            << QStringList{u"compute"_s, u"explode"_s} << QByteArray("Unknown compute command");
        QTest::newRow("bad output") << QStringList{u"-o"_s, u"xml"_s, u"compute"_s, u"list"_s}
                                    << QByteArray("Unknown output format");
        QTest::newRow("bad kind") << QStringList{u"compute"_s, u"list"_s, u"--kind"_s,
                                                 u"mainframe"_s}
                                  << QByteArray("Unknown kind");
        QTest::newRow("show without name")
            << QStringList{u"compute"_s, u"show"_s} << QByteArray("exactly one compute name");
        QTest::newRow("missing value") << QStringList{u"compute"_s, u"list"_s, u"--workspace"_s}
                                       << QByteArray("needs a value");
        QTest::newRow("unknown option")
            << QStringList{u"compute"_s, u"list"_s, u"--colour"_s, u"red"_s}
            << QByteArray("Unknown option --colour");
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Output o = cstudio(QStringList{u"--workspace"_s, m_ws} + args);
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(message), o.err.constData());
        QVERIFY(o.out.isEmpty());
    }

    void listJson()
    {
        const Output o
            = cstudio({u"--workspace"_s, m_ws, u"-o"_s, u"json"_s, u"compute"_s, u"list"_s});
        QCOMPARE(o.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(o.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(doc.isArray());
        const QJsonArray array = doc.array();
        QCOMPARE(array.size(), 5); // four seeded + local
        QStringList names;
        for (const QJsonValue &v : array) {
            const QJsonObject compute = v.toObject();
            for (const auto *key : {u"name", u"kind", u"type", u"provider", u"state"})
                QVERIFY2(compute.contains(QString::fromUtf16(key)),
                         qPrintable(QString::fromUtf16(key)));
            names.append(compute.value(u"name").toString());
        }
        QVERIFY(names.contains(u"local"_s));
        QVERIFY(names.contains(Test::sampleCompute(ComputeKind::Cluster, 2).name));
    }

    void listFiltersByKind()
    {
        const Output o = cstudio({u"--workspace"_s, m_ws, u"compute"_s, u"list"_s, u"--kind"_s,
                                  u"cluster"_s, u"-o"_s, u"json"_s});
        QCOMPARE(o.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(o.out).array();
        QCOMPARE(array.size(), 2);
        for (const QJsonValue &v : array)
            QCOMPARE(v.toObject().value(u"kind").toString(), u"cluster"_s);

        const Output local = cstudio({u"--workspace"_s, m_ws, u"compute"_s, u"list"_s,
                                      u"--kind=local"_s, u"--output=json"_s});
        QCOMPARE(local.exitCode, 0);
        const QJsonArray l = QJsonDocument::fromJson(local.out).array();
        QCOMPARE(l.size(), 1);
        QCOMPARE(l.first().toObject().value(u"type").toString(), u"Local"_s);
    }

    void listTable()
    {
        const Output o = cstudio({u"--workspace"_s, m_ws, u"compute"_s, u"list"_s});
        QCOMPARE(o.exitCode, 0);
        const QList<QByteArray> lines = o.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2 + 5);
        QVERIFY(lines.at(0).startsWith("NAME"));
        QVERIFY(lines.at(0).contains("PROVIDER"));
        QVERIFY(lines.at(1).startsWith("----"));
        QVERIFY(o.out.contains(Test::sampleCompute(ComputeKind::Attached, 3).name.toUtf8()));
        QVERIFY(o.err.isEmpty());
    }

    void showJsonAndTable()
    {
        const QString name = Test::sampleCompute(ComputeKind::Cluster, 5).name;
        const Output o = cstudio(
            {u"--workspace"_s, m_ws, u"compute"_s, u"show"_s, name.toUpper(), u"-o"_s, u"json"_s});
        QCOMPARE(o.exitCode, 0);
        const QJsonObject obj = QJsonDocument::fromJson(o.out).object();
        QCOMPARE(obj.value(u"name").toString(), name);
        QCOMPARE(obj.value(u"kind").toString(), u"cluster"_s);
        QCOMPARE(obj.value(u"provisioning_state").toString(), u"Failed"_s);
        QVERIFY(obj.value(u"last_error").toString().contains(u"QuotaExceeded"_s));
        QCOMPARE(obj.value(u"properties").toObject().value(u"max_instances").toInt(), 6);
        for (const auto *key :
             {u"type", u"provider", u"state", u"size", u"created_by", u"created_on"})
            QVERIFY(obj.contains(QString::fromUtf16(key)));

        const Output t = cstudio({u"--workspace"_s, m_ws, u"compute"_s, u"show"_s, name});
        QCOMPARE(t.exitCode, 0);
        QVERIFY(t.out.contains("properties.max_instances:"));
        QVERIFY(t.out.contains("provisioning_state:"));
    }

    void showLocalHasMachineFacts()
    {
        const Output o = cstudio(
            {u"--workspace"_s, m_ws, u"-o"_s, u"json"_s, u"compute"_s, u"show"_s, u"local"_s});
        QCOMPARE(o.exitCode, 0);
        const QJsonObject props
            = QJsonDocument::fromJson(o.out).object().value(u"properties").toObject();
        QVERIFY(props.value(u"cores").toInt() > 0);
        QVERIFY(props.value(u"memory_bytes").toDouble() > 0);
        QVERIFY(!props.value(u"os").toString().isEmpty());
        QVERIFY(props.contains(u"gpus"));
        QVERIFY(!props.value(u"gpu_probe").toString().isEmpty());
    }

    void unknownNameExitsOne()
    {
        const Output o
            = cstudio({u"--workspace"_s, m_ws, u"compute"_s, u"show"_s, u"no-such-box"_s});
        QCOMPARE(o.exitCode, 1);
        QVERIFY(o.err.contains("no-such-box"));
        QVERIFY(o.out.isEmpty());
    }

    void messagesInKorean()
    {
        const Output o = cstudio({u"--lang"_s, u"ko"_s, u"--workspace"_s, m_ws, u"compute"_s,
                                  u"show"_s, u"no-such-box"_s});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(QString::fromUtf8(o.err).contains(u"컴퓨팅이 없습니다"_s), o.err.constData());
        QCOMPARE(cstudio({u"--lang"_s, u"tlh"_s, u"compute"_s, u"list"_s}).exitCode, 2);
    }

    void followsTheSystemLocale()
    {
        const QStringList args{u"--workspace"_s, m_ws, u"compute"_s, u"show"_s, u"no-such-box"_s};
        const Output ko = Test::runProgram("cstudio", args, u"ko_KR.UTF-8"_s);
        QCOMPARE(ko.exitCode, 1);
        QVERIFY2(QString::fromUtf8(ko.err).contains(u"컴퓨팅이 없습니다"_s), ko.err.constData());
        // --lang wins over the system locale.
        const Output en = Test::runProgram("cstudio", QStringList{u"--lang"_s, u"en"_s} + args,
                                           u"ko_KR.UTF-8"_s);
        QVERIFY2(en.err.contains("There is no compute named"), en.err.constData());
        // The GUI too: a page error in Korean.
        const Output gui = Test::runProgram(
            "computestudio", {u"--workspace"_s, m_ws, u"--page"_s, u"moon"_s}, u"ko_KR.UTF-8"_s);
        QCOMPARE(gui.exitCode, 2);
        QVERIFY2(QString::fromUtf8(gui.err).contains(u"알 수 없는 페이지"_s), gui.err.constData());
    }

    void newerWorkspaceExitsOneAndIsUntouched()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(u"future"_s);
        QVERIFY(Test::makeWorkspaceOfSchema(dir, 99));
        const Output o = cstudio({u"--workspace"_s, dir, u"compute"_s, u"list"_s});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains("newer Compute Studio"), o.err.constData());
        QCOMPARE(Workspace::peekSchemaVersion(dir).value(), 99);
    }

    void guiScreenshot_data()
    {
        QTest::addColumn<QString>("page");
        for (const char *page : {"compute/instances", "compute/clusters", "compute/inference",
                                 "compute/attached", "runs", "notebooks"})
            QTest::newRow(page) << QString::fromLatin1(page);
    }

    void guiScreenshot()
    {
        QFETCH(QString, page);
        QTemporaryDir tmp;
        const QString file = tmp.filePath(u"shot.png"_s);
        const Output o = Test::runProgram(
            "computestudio", {u"--workspace"_s, m_ws, u"--page"_s, page, u"--screenshot"_s, file});
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QImage image(file);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 640 && image.height() >= 400);
        // Not a blank window: a screenshot of a page has many colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 10);
    }

    void guiRejectsUnknownPage()
    {
        const Output o = Test::runProgram("computestudio",
                                          {u"--workspace"_s, m_ws, u"--page"_s, u"compute/moon"_s,
                                           u"--screenshot"_s, m_tmp.filePath(u"x.png"_s)});
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains("unknown page"), o.err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
