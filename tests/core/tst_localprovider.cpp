#include "../support/gatedprovider.h"
#include "../support/testsupport.h"
#include "core/providers/local/localprovider.h"
#include "core/store/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Studio;

namespace {

constexpr qint64 GiB = qint64(1) << 30;

LocalMachineInfo machine(int cores, qint64 memoryBytes, int gpus)
{
    LocalMachineInfo info;
    info.cores = cores;
    info.memoryBytes = memoryBytes;
    info.gpus.resize(gpus);
    return info;
}

QStringList names(const QList<VmSize> &sizes)
{
    QStringList list;
    for (const VmSize &s : sizes)
        list.append(s.name);
    return list;
}

// A step context that records progress and can cancel itself once progress reaches a
// given percent: cancellation at a known point, without timing.
struct Step
{
    explicit Step(QString workspacePath, int cancelAtPercent = -1)
        : context(
            std::move(workspacePath),
            [this, cancelAtPercent](int percent, const QString &text) {
                progress.append({percent, text});
                if (cancelAtPercent >= 0 && percent >= cancelAtPercent)
                    cancelled = true;
            },
            &cancelled)
    {}
    std::atomic_bool cancelled{false};
    QList<std::pair<int, QString>> progress;
    ProviderStepContext context;
};

ComputeSpec instanceSpec(const QString &name, const QString &size)
{
    ComputeSpec spec = ComputeSpec::defaults(SpecType::ComputeInstance);
    spec.name = name;
    spec.as<InstanceSpec>()->size = size;
    return spec;
}

ComputeSpec clusterSpec(const QString &name, const QString &size, int min, int max, int idle)
{
    ComputeSpec spec = ComputeSpec::defaults(SpecType::AmlCompute);
    spec.name = name;
    auto *cluster = spec.as<ClusterSpec>();
    cluster->size = size;
    cluster->minInstances = min;
    cluster->maxInstances = max;
    cluster->idleTimeBeforeScaleDown = idle;
    return spec;
}

ComputeRecord recordOf(const ComputeSpec &spec)
{
    ComputeRecord record;
    record.name = spec.name;
    record.kind = spec.kind();
    record.type = serviceTypeName(spec.type());
    record.provider = u"local"_s;
    record.provisioningState = ProvisioningState::Succeeded;
    return record;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class tst_LocalProvider : public QObject
{
    Q_OBJECT

private:
    LocalProvider m_provider;
    QString smallest() const { return m_provider.sizes(SpecType::ComputeInstance).first().name; }

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void sizesFor_data()
    {
        QTest::addColumn<int>("cores");
        QTest::addColumn<qint64>("memory");
        QTest::addColumn<int>("gpus");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("1 core, 512 MiB") << 1 << GiB / 2 << 0 << QStringList{u"Local_1C_512M"_s};
        QTest::newRow("2 cores, 4 GiB")
            << 2 << 4 * GiB << 0 << QStringList{u"Local_1C_2G"_s, u"Local_2C_4G"_s};
        QTest::newRow("6 cores, 15.5 GiB: the exact core count last")
            << 6 << 31 * GiB / 2 << 0
            << QStringList{u"Local_1C_2G"_s, u"Local_2C_5G"_s, u"Local_4C_10G"_s,
                           u"Local_6C_15G"_s};
        QTest::newRow("3 cores, 2 GiB: under 1 GiB in MiB")
            << 3 << 2 * GiB << 0
            << QStringList{u"Local_1C_682M"_s, u"Local_2C_1G"_s, u"Local_3C_2G"_s};
        QTest::newRow("16 cores, 64 GiB, 2 GPUs")
            << 16 << 64 * GiB << 2
            << QStringList{u"Local_1C_4G"_s,       u"Local_2C_8G"_s,   u"Local_4C_16G"_s,
                           u"Local_8C_32G"_s,      u"Local_16C_64G"_s, u"Local_8C_32G_1GPU"_s,
                           u"Local_16C_64G_2GPU"_s};
        QTest::newRow("12 cores, 3 GPUs: cores in proportion to GPUs")
            << 12 << 48 * GiB << 3
            << QStringList{u"Local_1C_4G"_s,       u"Local_2C_8G"_s,       u"Local_4C_16G"_s,
                           u"Local_8C_32G"_s,      u"Local_12C_48G"_s,     u"Local_4C_16G_1GPU"_s,
                           u"Local_8C_32G_2GPU"_s, u"Local_12C_48G_3GPU"_s};
        QTest::newRow("no cores reported: one core")
            << 0 << 8 * GiB << 0 << QStringList{u"Local_1C_8G"_s};
    }

    void sizesFor()
    {
        QFETCH(int, cores);
        QFETCH(qint64, memory);
        QFETCH(int, gpus);
        QFETCH(QStringList, expected);

        const QList<VmSize> sizes = LocalProvider::sizesFor(machine(cores, memory, gpus));
        QCOMPARE(names(sizes), expected);
        const double memoryGiB = double(memory) / double(GiB);
        for (const VmSize &s : sizes) {
            // Never more than the machine has.
            QVERIFY2(s.vCpus >= 1 && s.vCpus <= std::max(1, cores), qPrintable(s.name));
            QVERIFY2(s.memoryGiB <= memoryGiB, qPrintable(s.name));
            QVERIFY2(s.memoryGiB > 0, qPrintable(s.name));
            QVERIFY2(s.gpus <= gpus, qPrintable(s.name));
            QCOMPARE(s.vmType(), s.gpus > 0 ? VmType::Gpu : VmType::Cpu);
        }
        QCOMPARE(
            std::count_if(sizes.begin(), sizes.end(), [](const VmSize &s) { return s.gpus > 0; })
                > 0,
            gpus > 0);
    }

    void sizesOfThisMachine()
    {
        const QList<VmSize> sizes = m_provider.sizes(SpecType::ComputeInstance);
        QVERIFY(!sizes.isEmpty());
        QCOMPARE(sizes, LocalProvider::sizesFor(m_provider.machine()));
        QCOMPARE(m_provider.sizes(SpecType::AmlCompute), sizes);
        QCOMPARE(sizes.first().vCpus, 1);
        const int cores = QThread::idealThreadCount();
        int largestCpu = 0;
        for (const VmSize &s : sizes) {
            if (s.gpus == 0)
                largestCpu = std::max(largestCpu, s.vCpus);
        }
        QCOMPARE(largestCpu, cores);
        QVERIFY(m_provider.sizes(SpecType::InferenceCluster).isEmpty());

        // GPU sizes appear only once GPUs are known (the workspace tells it), and go again.
        LocalProvider provider;
        provider.setGpuCount(1);
        QCOMPARE(provider.sizes(SpecType::ComputeInstance).last().gpus, 1);
        provider.setGpuCount(0);
        QCOMPARE(provider.sizes(SpecType::ComputeInstance).last().gpus, 0);
    }

    void backsInstancesAndClustersOnly_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("backed");
        for (SpecType type : allSpecTypes()) {
            QTest::newRow(qPrintable(toKey(type)))
                << int(type) << (type == SpecType::ComputeInstance || type == SpecType::AmlCompute);
        }
    }

    void backsInstancesAndClustersOnly()
    {
        QFETCH(int, type);
        QFETCH(bool, backed);
        QCOMPARE(m_provider.canBack(SpecType(type)), backed);
        const QString refusal = ProviderRegistry::instance().refusal(u"local"_s, SpecType(type));
        QCOMPARE(refusal.isEmpty(), backed);
        if (!backed) {
            QVERIFY2(refusal.contains(u"\"local\""_s), qPrintable(refusal));
            QVERIFY2(refusal.contains(displayName(SpecType(type))), qPrintable(refusal));
        }
    }

    void refusalNamesTheProvidersThatCan()
    {
        auto &registry = ProviderRegistry::instance();
        QVERIFY(registry.find(u"local"_s));
        // Nothing in this build backs Databricks: the message says so.
        const QString none = registry.refusal(u"local"_s, SpecType::Databricks);
        QVERIFY2(none.contains(u"no provider"_s), qPrintable(none));

        registry.add(std::make_unique<Test::GatedProvider>(
            u"remote-test"_s, QList<SpecType>{SpecType::VirtualMachine}));
        QCOMPARE(registry.providersFor(SpecType::VirtualMachine), QStringList{u"remote-test"_s});
        const QString some = registry.refusal(u"local"_s, SpecType::VirtualMachine);
        QVERIFY2(some.contains(u"Providers that can: remote-test"_s), qPrintable(some));

        const QString unknown = registry.refusal(u"nowhere"_s, SpecType::ComputeInstance);
        QVERIFY2(unknown.contains(u"\"nowhere\""_s), qPrintable(unknown));
        QVERIFY2(unknown.contains(u"local"_s), qPrintable(unknown));
        QVERIFY(registry.refusal(u"local"_s, SpecType::ComputeInstance).isEmpty());
    }

    void instanceArea()
    {
        QTemporaryDir ws;
        const ComputeSpec spec = instanceSpec(u"dev-box"_s, smallest());
        Step step(ws.path());
        const auto created = m_provider.create(spec, step.context);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
        QCOMPARE(*created, u"Running"_s);

        // Progress rises to 100 and names what it does.
        QVERIFY(!step.progress.isEmpty());
        QCOMPARE(step.progress.last().first, 100);
        for (qsizetype i = 1; i < step.progress.size(); ++i)
            QVERIFY(step.progress.at(i).first >= step.progress.at(i - 1).first);

        const QString area = ws.filePath(u"computes/dev-box"_s);
        QCOMPARE(LocalProvider::areaPath(ws.path(), u"dev-box"_s), area);
        for (const char *folder : {"home", "queue", "logs"})
            QVERIFY2(QFileInfo(area + u'/' + QLatin1StringView(folder)).isDir(), folder);
        const auto manifest = LocalProvider::readManifest(ws.path(), u"dev-box"_s);
        QVERIFY(manifest);
        QCOMPARE(manifest->value(u"name").toString(), u"dev-box"_s);
        QCOMPARE(manifest->value(u"type").toString(), u"computeinstance"_s);
        QCOMPARE(manifest->value(u"state").toString(), u"Running"_s);
        QCOMPARE(manifest->value(u"size").toObject().value(u"name").toString(), smallest());
        const int vCpus = manifest->value(u"size").toObject().value(u"vcpus").toInt();
        QCOMPARE(vCpus, 1);
        QCOMPARE(manifest->value(u"job_slots").toInt(), 2 * vCpus);

        // The shared user files are reachable from the home folder.
        const QFileInfo link(area + u"/home/userfiles"_s);
        QVERIFY(link.isSymLink());
        QCOMPARE(link.canonicalFilePath(),
                 QFileInfo(ws.filePath(u"userfiles"_s)).canonicalFilePath());
        QVERIFY(writeFile(area + u"/home/userfiles/notebook.ipynb"_s, "{}"));
        QVERIFY(QFileInfo::exists(ws.filePath(u"userfiles/notebook.ipynb"_s)));

        // A larger size has more job slots: two per core.
        const QList<VmSize> sizes = m_provider.sizes(SpecType::ComputeInstance);
        Step big(ws.path());
        QVERIFY(m_provider.create(instanceSpec(u"big-box"_s, sizes.last().name), big.context));
        QCOMPARE(LocalProvider::readManifest(ws.path(), u"big-box"_s)->value(u"job_slots").toInt(),
                 2 * sizes.last().vCpus);

        // Delete removes the area, not the user files behind the link.
        Step removal(ws.path());
        QVERIFY(m_provider.remove(recordOf(spec), removal.context));
        QVERIFY(!QFileInfo::exists(area));
        QVERIFY(QFileInfo::exists(ws.filePath(u"userfiles/notebook.ipynb"_s)));
        QVERIFY(QFileInfo::exists(ws.filePath(u"computes/big-box/manifest.json"_s)));
        // Removing what is not there is no error.
        Step again(ws.path());
        QVERIFY(m_provider.remove(recordOf(spec), again.context));
    }

    void startStopRestart()
    {
        QTemporaryDir ws;
        const ComputeSpec spec = instanceSpec(u"dev-box"_s, smallest());
        Step create(ws.path());
        QVERIFY(m_provider.create(spec, create.context));
        const ComputeRecord record = recordOf(spec);
        auto state = [&] {
            return LocalProvider::readManifest(ws.path(), u"dev-box"_s)->value(u"state").toString();
        };
        auto act = [&](Provider::Action action) {
            Step step(ws.path());
            return m_provider.act(record, action, step.context);
        };

        QCOMPARE(act(Provider::Action::Stop).value(), u"Stopped"_s);
        QCOMPARE(state(), u"Stopped"_s);
        const auto stopAgain = act(Provider::Action::Stop);
        QVERIFY(!stopAgain);
        QVERIFY2(stopAgain.error().message.contains(u"already stopped"_s),
                 qPrintable(stopAgain.error().message));
        const auto restartStopped = act(Provider::Action::Restart);
        QVERIFY(!restartStopped);
        QVERIFY2(restartStopped.error().message.contains(u"start it instead"_s),
                 qPrintable(restartStopped.error().message));
        QCOMPARE(state(), u"Stopped"_s);

        QCOMPARE(act(Provider::Action::Start).value(), u"Running"_s);
        QCOMPARE(state(), u"Running"_s);
        QVERIFY(!act(Provider::Action::Start));

        const QString startedOn
            = LocalProvider::readManifest(ws.path(), u"dev-box"_s)->value(u"started_on").toString();
        QTest::qWait(2); // the next start time must differ from the last
        QCOMPARE(act(Provider::Action::Restart).value(), u"Running"_s);
        QCOMPARE(state(), u"Running"_s);
        QVERIFY(
            LocalProvider::readManifest(ws.path(), u"dev-box"_s)->value(u"started_on").toString()
            != startedOn);

        // A start puts back a missing job queue.
        QVERIFY(act(Provider::Action::Stop));
        QVERIFY(QDir(ws.filePath(u"computes/dev-box/queue"_s)).removeRecursively());
        QVERIFY(act(Provider::Action::Start));
        QVERIFY(QFileInfo(ws.filePath(u"computes/dev-box/queue"_s)).isDir());

        // Clusters are not started or stopped; an instance without its area says so.
        ComputeRecord cluster = record;
        cluster.kind = ComputeKind::Cluster;
        cluster.type = serviceTypeName(SpecType::AmlCompute);
        QVERIFY(!act_(cluster, ws.path()));
        QVERIFY(QDir(ws.filePath(u"computes/dev-box"_s)).removeRecursively());
        const auto missing = act(Provider::Action::Start);
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(ws.filePath(u"computes/dev-box"_s)),
                 qPrintable(missing.error().message));
    }

    void clusterArea()
    {
        QTemporaryDir ws;
        const ComputeSpec spec = clusterSpec(u"train-pool"_s, smallest(), 0, 4, 120);
        Step create(ws.path());
        const auto created = m_provider.create(spec, create.context);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
        QCOMPARE(*created, u"Idle"_s);
        QVERIFY(QFileInfo(ws.filePath(u"computes/train-pool/nodes"_s)).isDir());
        auto manifest = LocalProvider::readManifest(ws.path(), u"train-pool"_s);
        QVERIFY(manifest);
        QCOMPARE(manifest->value(u"type").toString(), u"amlcompute"_s);
        QCOMPARE(manifest->value(u"min_instances").toInt(), 0);
        QCOMPARE(manifest->value(u"max_instances").toInt(), 4);
        QCOMPARE(manifest->value(u"idle_time_before_scale_down").toInt(), 120);
        QCOMPARE(manifest->value(u"size").toObject().value(u"name").toString(), smallest());

        const ComputeSpec after = clusterSpec(u"train-pool"_s, smallest(), 1, 6, 300);
        Step update(ws.path());
        QVERIFY(m_provider.update(recordOf(spec), after, update.context));
        manifest = LocalProvider::readManifest(ws.path(), u"train-pool"_s);
        QCOMPARE(manifest->value(u"min_instances").toInt(), 1);
        QCOMPARE(manifest->value(u"max_instances").toInt(), 6);
        QCOMPARE(manifest->value(u"idle_time_before_scale_down").toInt(), 300);

        Step removal(ws.path());
        QVERIFY(m_provider.remove(recordOf(spec), removal.context));
        QVERIFY(!QFileInfo::exists(ws.filePath(u"computes/train-pool"_s)));
    }

    void refusesWhatItCannotMake_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("size");
        QTest::addColumn<bool>("gpuType");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown size") << int(SpecType::ComputeInstance) << u"Standard_DS3_v2"_s
                                      << false << u"offers no size"_s;
        QTest::newRow("GPU type, CPU size")
            << int(SpecType::ComputeInstance) << QString() << true << u"has no GPU"_s;
        QTest::newRow("a type it cannot back")
            << int(SpecType::Kubernetes) << QString() << false << u"cannot back"_s;
    }

    void refusesWhatItCannotMake()
    {
        QFETCH(int, type);
        QFETCH(QString, size);
        QFETCH(bool, gpuType);
        QFETCH(QString, expected);
        QTemporaryDir ws;
        ComputeSpec spec = ComputeSpec::defaults(SpecType(type));
        spec.name = u"no-box"_s;
        if (auto *inst = spec.as<InstanceSpec>()) {
            inst->size = size.isEmpty() ? smallest() : size;
            inst->vmType = gpuType ? VmType::Gpu : VmType::Cpu;
        }
        Step step(ws.path());
        const auto created = m_provider.create(spec, step.context);
        QVERIFY(!created);
        QVERIFY2(created.error().message.contains(expected), qPrintable(created.error().message));
        QVERIFY(!QFileInfo::exists(ws.filePath(u"computes/no-box"_s)));
    }

    void failsWhenTheFolderCannotBeMade_data()
    {
        QTest::addColumn<QString>("obstacle"); // what is in the way, relative to the workspace
        QTest::addColumn<bool>("readOnlyComputes");
        QTest::newRow("a file where the compute's folder goes") << u"computes/blocked"_s << false;
        QTest::newRow("a file where computes/ goes") << u"computes"_s << false;
        QTest::newRow("a non-empty folder of someone else's")
            << u"computes/blocked/theirs.txt"_s << false;
        QTest::newRow("read-only computes/") << QString() << true;
    }

    void failsWhenTheFolderCannotBeMade()
    {
        QFETCH(QString, obstacle);
        QFETCH(bool, readOnlyComputes);
        if (readOnlyComputes && ::geteuid() == 0)
            QSKIP("root writes into read-only folders");
        QTemporaryDir ws;
        if (!obstacle.isEmpty()) {
            QVERIFY(QDir().mkpath(QFileInfo(ws.filePath(obstacle)).path()));
            QVERIFY(writeFile(ws.filePath(obstacle), "not yours"));
        }
        if (readOnlyComputes) {
            QVERIFY(QDir().mkpath(ws.filePath(u"computes"_s)));
            QVERIFY(QFile::setPermissions(ws.filePath(u"computes"_s),
                                          QFile::ReadOwner | QFile::ExeOwner));
        }
        Step step(ws.path());
        const auto created
            = m_provider.create(instanceSpec(u"blocked"_s, smallest()), step.context);
        if (readOnlyComputes) {
            QFile::setPermissions(ws.filePath(u"computes"_s),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        QVERIFY(!created);
        // The message names the folder it could not make.
        const QString area = ws.filePath(u"computes/blocked"_s);
        QVERIFY2(created.error().message.contains(area), qPrintable(created.error().message));
        // What was in the way is untouched.
        if (!obstacle.isEmpty()) {
            QFile f(ws.filePath(obstacle));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), QByteArray("not yours"));
            // Deleting the failed compute leaves it too: it is not the provider's.
            Step removal(ws.path());
            ComputeSpec spec = instanceSpec(u"blocked"_s, smallest());
            QVERIFY(m_provider.remove(recordOf(spec), removal.context));
            QVERIFY(QFileInfo::exists(ws.filePath(obstacle)));
        } else {
            QVERIFY(!QFileInfo::exists(area));
        }
    }

    void cancelUndoes_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("cancelAt");
        for (int percent : {5, 15, 40, 80}) {
            QTest::addRow("instance, at %d%%", percent)
                << int(SpecType::ComputeInstance) << percent;
        }
        for (int percent : {5, 15, 50})
            QTest::addRow("cluster, at %d%%", percent) << int(SpecType::AmlCompute) << percent;
    }

    void cancelUndoes()
    {
        QFETCH(int, type);
        QFETCH(int, cancelAt);
        QTemporaryDir ws;
        const ComputeSpec spec = SpecType(type) == SpecType::ComputeInstance
                                     ? instanceSpec(u"gone-box"_s, smallest())
                                     : clusterSpec(u"gone-box"_s, smallest(), 0, 2, 120);
        Step step(ws.path(), cancelAt);
        const auto created = m_provider.create(spec, step.context);
        QVERIFY(!created);
        QVERIFY2(created.error().message.contains(u"canceled"_s),
                 qPrintable(created.error().message));
        QVERIFY(!QFileInfo::exists(ws.filePath(u"computes/gone-box"_s)));
        QVERIFY(step.progress.last().first >= cancelAt);
        QVERIFY(step.progress.last().first < 100);
    }

private:
    Result<QString> act_(const ComputeRecord &record, const QString &workspacePath)
    {
        Step step(workspacePath);
        return m_provider.act(record, Provider::Action::Start, step.context);
    }
};

QTEST_GUILESS_MAIN(tst_LocalProvider)
#include "tst_localprovider.moc"
