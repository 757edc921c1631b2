#include "../support/testsupport.h"
#include "core/providers/local/localmachine.h"

#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Studio;

class tst_LocalMachine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void probeBasicDescribesThisMachine()
    {
        const LocalMachineInfo info = LocalMachine::probeBasic();
        QCOMPARE(info.cores, QThread::idealThreadCount());
        QVERIFY(info.memoryBytes > 64ll * 1024 * 1024);
        QVERIFY(!info.os.isEmpty());
        QVERIFY(!info.arch.isEmpty());
        const QJsonObject spec = info.toSpec();
        QCOMPARE(spec.value(u"cores").toInt(), info.cores);
        QCOMPARE(qint64(spec.value(u"memory_bytes").toDouble()), info.memoryBytes);
    }

    void nvidiaSmiCsv_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("firstName");
        QTest::addColumn<qint64>("firstMemory");
        QTest::addColumn<QString>("firstUuid");

        // As `nvidia-smi --query-gpu=name,memory.total,uuid,driver_version
        // --format=csv,noheader,nounits` prints it.
        QTest::newRow("two gpus") << QByteArray(
            "NVIDIA A100-SXM4-40GB, 40960, GPU-2b6c2a6e-8f7d-4c1e-9f7a-1d2e3f4a5b6c, 535.104.05\n"
            "Tesla T4, 15360, GPU-9a8b7c6d-5e4f-3a2b-1c0d-e9f8a7b6c5d4, 535.104.05\n")
                                  << 2 << u"NVIDIA A100-SXM4-40GB"_s << qint64(40960)
                                  << u"GPU-2b6c2a6e-8f7d-4c1e-9f7a-1d2e3f4a5b6c"_s;
        QTest::newRow("no gpus") << QByteArray("") << 0 << QString() << qint64(0) << QString();
        QTest::newRow("memory not available")
            << QByteArray("NVIDIA GeForce RTX 3090, [N/A], GPU-1, 550.54\n") << 1
            << u"NVIDIA GeForce RTX 3090"_s << qint64(0) << u"GPU-1"_s;
        QTest::newRow("garbage line skipped")
            << QByteArray("No devices were found\n") << 0 << QString() << qint64(0) << QString();
    }

    void nvidiaSmiCsv()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, count);
        const QList<GpuInfo> gpus = LocalMachine::parseNvidiaSmiCsv(csv);
        QCOMPARE(gpus.size(), count);
        if (count > 0) {
            QFETCH(QString, firstName);
            QFETCH(qint64, firstMemory);
            QFETCH(QString, firstUuid);
            QCOMPARE(gpus.first().name, firstName);
            QCOMPARE(gpus.first().memoryMiB, firstMemory);
            QCOMPARE(gpus.first().uuid, firstUuid);
        }
    }

    void osRelease_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("debian") << QByteArray(
            "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian GNU/Linux\"\n")
                                << u"Debian GNU/Linux 12 (bookworm)"_s;
        QTest::newRow("ubuntu single quotes")
            << QByteArray("NAME='Ubuntu'\nPRETTY_NAME='Ubuntu 22.04.4 LTS'\n")
            << u"Ubuntu 22.04.4 LTS"_s;
        QTest::newRow("no pretty name")
            << QByteArray("NAME=Alpine\nVERSION=3.19\n") << u"Alpine 3.19"_s;
        QTest::newRow("empty") << QByteArray() << QString();
    }

    void osRelease()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QCOMPARE(LocalMachine::parseOsRelease(text), expected);
    }

    void memInfo()
    {
        QCOMPARE(LocalMachine::parseMemInfoTotal("MemTotal:       24683312 kB\nMemFree: 1 kB\n"),
                 qint64(24683312) * 1024);
        QCOMPARE(LocalMachine::parseMemInfoTotal("MemFree: 1 kB\n"), qint64(0));
    }
};

QTEST_GUILESS_MAIN(tst_LocalMachine)
#include "tst_localmachine.moc"
