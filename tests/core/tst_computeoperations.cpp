#include "../support/gatedprovider.h"
#include "../support/keyring.h"
#include "../support/seed.h"
#include "../support/testsupport.h"
#include "core/ops/computeoperations.h"
#include "core/providers/local/localprovider.h"
#include "core/secrets/secretstore.h"
#include "core/store/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Studio;

namespace {

constexpr int timeout = 60000; // generous: the machine may be busy; never a timing check

QString localSize()
{
    return ProviderRegistry::instance()
        .find(u"local"_s)
        ->sizes(SpecType::ComputeInstance)
        .first()
        .name;
}

ComputeSpec instanceSpec(const QString &name, const QString &provider = u"local"_s)
{
    ComputeSpec spec = ComputeSpec::defaults(SpecType::ComputeInstance);
    spec.name = name;
    spec.provider = provider;
    spec.as<InstanceSpec>()->size
        = provider == u"local"_s ? localSize() : Test::GatedProvider::sizeName();
    return spec;
}

ComputeSpec clusterSpec(const QString &name, int min, int max, int idle)
{
    ComputeSpec spec = ComputeSpec::defaults(SpecType::AmlCompute);
    spec.name = name;
    auto *cluster = spec.as<ClusterSpec>();
    cluster->size = localSize();
    cluster->minInstances = min;
    cluster->maxInstances = max;
    cluster->idleTimeBeforeScaleDown = idle;
    return spec;
}

std::optional<ComputeRecord> find(const Workspace &ws, const QString &name)
{
    return ws.computes().find(name).value();
}

// Waits for `operation` through its signal (not its blocking wait: the test's event loop
// keeps running the way the GUI's does).
bool finishes(ComputeOperation *operation)
{
    if (operation->isFinished())
        return true;
    QSignalSpy finished(operation, &ComputeOperation::finished);
    return finished.wait(timeout);
}

QString errorOf(const ComputeOperation *operation)
{
    return operation->result() ? QString() : operation->result().error().fullText();
}

} // namespace

class tst_ComputeOperations : public QObject
{
    Q_OBJECT

private:
    Test::GatedProvider *m_gated = nullptr; // Not owned: the registry owns it.
    Test::KeyringSession m_keyring;         // a real keychain on a private bus

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        const Result<void> started = m_keyring.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().fullText()));
        auto gated = std::make_unique<Test::GatedProvider>(u"gated"_s);
        m_gated = gated.get();
        ProviderRegistry::instance().add(std::move(gated));
    }
    void init() { m_gated->reset(); }

    void instanceLifecycle()
    {
        QTemporaryDir tmp;
        auto opened = Workspace::open(tmp.filePath(u"ws"_s));
        QVERIFY(opened);
        Workspace &ws = *opened.value();
        ComputeOperations operations(&ws);
        QSignalSpy startedSpy(&operations, &ComputeOperations::operationStarted);
        const QString area = ws.computesPath() + u"/dev-box"_s;

        // Create: returns at once, the step runs elsewhere.
        ComputeOperation *create = operations.create(instanceSpec(u"dev-box"_s));
        QVERIFY(!create->isFinished());
        QCOMPARE(create->type(), ComputeOperation::Type::Create);
        QCOMPARE(startedSpy.size(), 1);
        QVERIFY(operations.running().contains(create));
        QSignalSpy progress(create, &ComputeOperation::progressChanged);
        QVERIFY(finishes(create));
        QVERIFY2(create->result(), qPrintable(errorOf(create)));
        QVERIFY(!create->isCanceled());
        QVERIFY(operations.running().isEmpty());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), 100);
        QCOMPARE(create->progressPercent(), 100);

        auto row = find(ws, u"dev-box"_s);
        QVERIFY(row);
        QCOMPARE(row->kind, ComputeKind::Instance);
        QCOMPARE(row->type, u"ComputeInstance"_s);
        QCOMPARE(row->provider, u"local"_s);
        QCOMPARE(row->provisioningState, ProvisioningState::Succeeded);
        QCOMPARE(row->state, u"Running"_s);
        QCOMPARE(row->lastError, QString());
        QVERIFY(!row->isBusy());
        QCOMPARE(row->operationPid, qint64(0));
        QCOMPARE(row->sizeText(), localSize());
        QVERIFY(QFileInfo(area + u"/queue"_s).isDir());
        QCOMPARE(LocalProvider::readManifest(ws.path(), u"dev-box"_s)->value(u"state").toString(),
                 u"Running"_s);
        QVERIFY(QFile(ws.userFilesPath() + u"/shared.py"_s).open(QIODevice::WriteOnly));

        // Stop, start, restart: the row and the manifest agree at each step.
        struct StepCase
        {
            ComputeOperation::Type action;
            QString state;
        };
        for (const StepCase &step : {StepCase{ComputeOperation::Type::Stop, u"Stopped"_s},
                                     StepCase{ComputeOperation::Type::Start, u"Running"_s},
                                     StepCase{ComputeOperation::Type::Restart, u"Running"_s}}) {
            ComputeOperation *act = operations.act(u"dev-box"_s, step.action);
            QVERIFY(!act->isFinished());
            QVERIFY(!act->canCancel());
            QVERIFY(finishes(act));
            QVERIFY2(act->result(), qPrintable(errorOf(act)));
            row = find(ws, u"dev-box"_s);
            QCOMPARE(row->state, step.state);
            QCOMPARE(row->provisioningState, ProvisioningState::Succeeded);
            QVERIFY(!row->isBusy());
            QCOMPARE(
                LocalProvider::readManifest(ws.path(), u"dev-box"_s)->value(u"state").toString(),
                step.state);
        }

        // Delete: the row and the area go, the user files stay.
        ComputeOperation *remove = operations.remove(u"dev-box"_s);
        QCOMPARE(remove->type(), ComputeOperation::Type::Delete);
        QVERIFY(!remove->canCancel());
        QVERIFY(finishes(remove));
        QVERIFY2(remove->result(), qPrintable(errorOf(remove)));
        QVERIFY(!find(ws, u"dev-box"_s));
        QVERIFY(!QFileInfo::exists(area));
        QVERIFY(QFileInfo::exists(ws.userFilesPath() + u"/shared.py"_s));
        QCOMPARE(startedSpy.size(), 5);
    }

    void anotherWorkspaceObjectSeesEveryState()
    {
        QTemporaryDir tmp;
        auto opened = Workspace::open(tmp.filePath(u"ws"_s));
        QVERIFY(opened);
        Workspace &ws = *opened.value();
        // The other view, as the GUI in another process would have it.
        auto other = Workspace::open(ws.path());
        QVERIFY(other);
        other.value()->watchForChanges(20);
        QSignalSpy changed(other.value().get(), &Workspace::changed);
        ComputeOperations operations(&ws);

        ComputeOperation *create = operations.create(instanceSpec(u"watched"_s, u"gated"_s));
        QVERIFY(!create->isFinished());
        QVERIFY(m_gated->waitUntilAtGate());
        // While the step waits: Creating, with the step's progress and this process's pid.
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), timeout);
        auto seen = find(*other.value(), u"watched"_s);
        QVERIFY(seen);
        QCOMPARE(seen->provisioningState, ProvisioningState::Creating);
        QCOMPARE(seen->operation, u"create"_s);
        QCOMPARE(seen->operationText(), u"Creating"_s);
        QCOMPARE(seen->progress, 30);
        QCOMPARE(seen->progressText, u"Waiting at the gate"_s);
        QCOMPARE(seen->operationPid, QCoreApplication::applicationPid());
        QVERIFY(seen->isBusy());
        QCOMPARE(seen->toJson().value(u"operation").toObject().value(u"progress").toInt(), 30);
        QTRY_COMPARE_WITH_TIMEOUT(create->progressPercent(), 30, timeout);
        QCOMPARE(create->progressText(), u"Waiting at the gate"_s);

        // A busy compute refuses other operations, at once.
        ComputeOperation *busyDelete = operations.remove(u"watched"_s);
        QVERIFY(busyDelete->isFinished());
        QVERIFY2(errorOf(busyDelete).contains(u"busy"_s), qPrintable(errorOf(busyDelete)));
        QVERIFY(operations.running().contains(create));
        QVERIFY(!operations.running().contains(busyDelete));

        changed.clear();
        m_gated->open();
        QVERIFY(finishes(create));
        QVERIFY2(create->result(), qPrintable(errorOf(create)));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), timeout);
        seen = find(*other.value(), u"watched"_s);
        QCOMPARE(seen->provisioningState, ProvisioningState::Succeeded);
        QCOMPARE(seen->state, u"Running"_s);
        QVERIFY(!seen->isBusy());

        // Stopping shows the runtime state on its way.
        changed.clear();
        ComputeOperation *stop = operations.act(u"watched"_s, ComputeOperation::Type::Stop);
        QVERIFY(m_gated->waitUntilAtGate());
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), timeout);
        seen = find(*other.value(), u"watched"_s);
        QCOMPARE(seen->state, u"Stopping"_s);
        QCOMPARE(seen->operation, u"stop"_s);
        m_gated->open();
        QVERIFY(finishes(stop));
        QTRY_COMPARE_WITH_TIMEOUT(find(*other.value(), u"watched"_s)->state, u"Stopped"_s, timeout);

        // Deleting shows Deleting, then the row is gone.
        changed.clear();
        ComputeOperation *remove = operations.remove(u"watched"_s);
        QVERIFY(m_gated->waitUntilAtGate());
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), timeout);
        QCOMPARE(find(*other.value(), u"watched"_s)->provisioningState,
                 ProvisioningState::Deleting);
        m_gated->open();
        QVERIFY(finishes(remove));
        QVERIFY2(remove->result(), qPrintable(errorOf(remove)));
        QTRY_VERIFY_WITH_TIMEOUT(!find(*other.value(), u"watched"_s), timeout);
    }

    void clusterCreateUpdateDelete()
    {
        QTemporaryDir tmp;
        auto opened = Workspace::open(tmp.filePath(u"ws"_s));
        QVERIFY(opened);
        Workspace &ws = *opened.value();
        ComputeOperations operations(&ws);

        ComputeOperation *create = operations.create(clusterSpec(u"train-pool"_s, 0, 2, 120));
        QVERIFY(finishes(create));
        QVERIFY2(create->result(), qPrintable(errorOf(create)));
        auto row = find(ws, u"train-pool"_s);
        QCOMPARE(row->kind, ComputeKind::Cluster);
        QCOMPARE(row->type, u"AmlCompute"_s);
        QCOMPARE(row->provisioningState, ProvisioningState::Succeeded);
        QCOMPARE(row->state, u"Idle"_s);
        QCOMPARE(row->nodesText(), u"0 – 2"_s);
        QCOMPARE(row->spec.value(u"idle_time_before_scale_down").toInt(), 120);

        ComputeOperation *update = operations.update(u"train-pool"_s, 1, 4, 300);
        QCOMPARE(update->type(), ComputeOperation::Type::Update);
        QVERIFY(finishes(update));
        QVERIFY2(update->result(), qPrintable(errorOf(update)));
        row = find(ws, u"train-pool"_s);
        QCOMPARE(row->provisioningState, ProvisioningState::Succeeded);
        QCOMPARE(row->state, u"Idle"_s);
        QCOMPARE(row->nodesText(), u"1 – 4"_s);
        QCOMPARE(row->spec.value(u"idle_time_before_scale_down").toInt(), 300);
        QCOMPARE(row->spec.value(u"size").toString(), localSize());
        auto manifest = LocalProvider::readManifest(ws.path(), u"train-pool"_s);
        QCOMPARE(manifest->value(u"min_instances").toInt(), 1);
        QCOMPARE(manifest->value(u"max_instances").toInt(), 4);
        QCOMPARE(manifest->value(u"idle_time_before_scale_down").toInt(), 300);

        // Only what is given changes.
        ComputeOperation *onlyMax
            = operations.update(u"train-pool"_s, std::nullopt, 8, std::nullopt);
        QVERIFY(finishes(onlyMax));
        QVERIFY2(onlyMax->result(), qPrintable(errorOf(onlyMax)));
        row = find(ws, u"train-pool"_s);
        QCOMPARE(row->nodesText(), u"1 – 8"_s);
        QCOMPARE(row->spec.value(u"idle_time_before_scale_down").toInt(), 300);

        ComputeOperation *remove = operations.remove(u"train-pool"_s);
        QVERIFY(finishes(remove));
        QVERIFY2(remove->result(), qPrintable(errorOf(remove)));
        QVERIFY(!find(ws, u"train-pool"_s));
        QVERIFY(!QFileInfo::exists(ws.computesPath() + u"/train-pool"_s));
    }

    void updateRefusesInvalidSettings_data()
    {
        QTest::addColumn<int>("min");
        QTest::addColumn<int>("max");
        QTest::addColumn<int>("idle");
        QTest::addColumn<QString>("field");
        QTest::newRow("min below 0") << -1 << 2 << 120 << u"min_instances"_s;
        QTest::newRow("max below 1") << 0 << 0 << 120 << u"max_instances"_s;
        QTest::newRow("min above max") << 3 << 2 << 120 << u"min_instances"_s;
        QTest::newRow("idle below 0") << 0 << 2 << -5 << u"idle_time_before_scale_down"_s;
    }

    void updateRefusesInvalidSettings()
    {
        QFETCH(int, min);
        QFETCH(int, max);
        QFETCH(int, idle);
        QFETCH(QString, field);
        QTemporaryDir tmp;
        auto opened = Workspace::open(tmp.filePath(u"ws"_s));
        QVERIFY(opened);
        Workspace &ws = *opened.value();
        ComputeOperations operations(&ws);
        QVERIFY(finishes(operations.create(clusterSpec(u"train-pool"_s, 0, 1, 120))));
        const auto before = find(ws, u"train-pool"_s);

        ComputeOperation *update = operations.update(u"train-pool"_s, min, max, idle);
        QVERIFY(update->isFinished()); // refused at once
        QVERIFY(!update->result());
        QVERIFY(!issuesForField(update->issues(), field).isEmpty());
        QVERIFY(hasErrors(update->issues()));
        const QString message = issuesForField(update->issues(), field).first().message;
        QVERIFY2(update->result().error().message.contains(message), qPrintable(errorOf(update)));
        QSignalSpy finished(update, &ComputeOperation::finished);
        QVERIFY(finished.wait(timeout)); // still announced, after the call
        QCOMPARE(find(ws, u"train-pool"_s), before);
    }

    void refusesUsedName()
    {
        QTemporaryDir tmp;
        auto opened = Workspace::open(tmp.filePath(u"ws"_s));
        QVERIFY(opened);
        Workspace &ws = *opened.value();
        ComputeOperations operations(&ws);
        QVERIFY(finishes(operations.create(instanceSpec(u"dup-box"_s))));

        // Names are compared as the service does: regardless of case.
        ComputeOperation *again = operations.create(clusterSpec(u"DUP-box"_s, 0, 1, 120));
        QVERIFY(again->isFinished());
        QVERIFY2(errorOf(again).contains(u"already exists"_s), qPrintable(errorOf(again)));
        QVERIFY(!QFileInfo::exists(ws.computesPath() + u"/DUP-box"_s));
        QCOMPARE(find(ws, u"dup-box"_s)->kind, ComputeKind::Instance);

        // A name another process took.
        QVERIFY(
            Test::addComputeFromAnotherProcess(ws.path(), u"their-box"_s, ComputeKind::Instance));
        ComputeOperation *theirs = operations.create(instanceSpec(u"their-box"_s));
        QVERIFY(theirs->isFinished());
        QVERIFY2(errorOf(theirs).contains(u"already exists"_s), qPrintable(errorOf(theirs)));
        // The local machine's name is taken in every workspace.
        QVERIFY(operations.create(instanceSpec(u"local"_s))->isFinished());
    }

    void refusesTypesTheProviderCannotBack_data()
    {
        QTest::addColumn<int>("type");
        for (SpecType type : allSpecTypes()) {
            if (type != SpecType::ComputeInstance && type != SpecType::AmlCompute)
                QTest::newRow(qPrintable(toKey(type))) << int(type);
        }
    }

    void refusesTypesTheProviderCannotBack()
    {
        QFETCH(int, type);
        QTemporaryDir tmp;
        auto opened = Workspace::open(tmp.filePath(u"ws"_s));
        QVERIFY(opened);
        Workspace &ws = *opened.value();
        ComputeOperations operations(&ws);
        ComputeSpec spec = ComputeSpec::defaults(SpecType(type));
        spec.name = u"elsewhere"_s;
        ComputeOperation *operation = operations.create(spec);
        QVERIFY(operation->isFinished()); // fails fast, before any validation of the rest
        QCOMPARE(operation->type(), isAttached(SpecType(type)) ? ComputeOperation::Type::Attach
                                                               : ComputeOperation::Type::Create);
        QCOMPARE(operation->result().error().message,
                 ProviderRegistry::instance().refusal(u"local"_s, SpecType(type)));
        QVERIFY(!find(ws, u"elsewhere"_s));
    }

    void refusesInvalidSpecs_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("field");
        QTest::newRow("name starts with a digit") << u"1box"_s << localSize() << u"name"_s;
        QTest::newRow("name too short") << u"ab"_s << localSize() << u"name"_s;
        QTest::newRow("name ends in -digits") << u"box-12"_s << localSize() << u"name"_s;
        QTest::newRow("no size") << u"good-box"_s << QString() << u"size"_s;
        QTest::newRow("a size this machine lacks")
            << u"good-box"_s << u"Standard_DS3_v2"_s << u"size"_s;
    }

    void refusesInvalidSpecs()
    {
        QFETCH(QString, name);
        QFETCH(QString, size);
        QFETCH(QString, field);
        QTemporaryDir tmp;
        auto opened = Workspace::open(tmp.filePath(u"ws"_s));
        QVERIFY(opened);
        Workspace &ws = *opened.value();
        ComputeOperations operations(&ws);
        ComputeSpec spec = instanceSpec(name);
        spec.as<InstanceSpec>()->size = size;
        ComputeOperation *operation = operations.create(spec);
        QVERIFY(operation->isFinished());
        QVERIFY(!operation->result());
        const ValidationIssues issues = issuesForField(operation->issues(), field);
        QVERIFY2(!issues.isEmpty(), qPrintable(errorOf(operation)));
        // The same words as the form shows.
        QVERIFY2(operation->result().error().message.contains(issues.first().message),
                 qPrintable(errorOf(operation)));
        QCOMPARE(ws.computes().list().value().size(), 1); // the local machine only
        QVERIFY(QDir(ws.computesPath()).isEmpty());
    }

    void refusesWhatCannotBeDone()
    {
        QTemporaryDir tmp;
        auto opened = Workspace::open(tmp.filePath(u"ws"_s));
        QVERIFY(opened);
        Workspace &ws = *opened.value();
        ComputeOperations operations(&ws);
        QVERIFY(finishes(operations.create(instanceSpec(u"dev-box"_s))));
        QVERIFY(finishes(operations.create(clusterSpec(u"train-pool"_s, 0, 1, 120))));

        struct Case
        {
            ComputeOperation *operation;
            QString expected;
        };
        const QList<Case> cases{
            {operations.act(u"dev-box"_s, ComputeOperation::Type::Start), u"already running"_s},
            {operations.act(u"train-pool"_s, ComputeOperation::Type::Stop),
             u"Only compute instances"_s},
            {operations.act(u"nothing"_s, ComputeOperation::Type::Start), u"no compute named"_s},
            {operations.update(u"dev-box"_s, 1, 2, 3), u"Only compute clusters"_s},
            {operations.remove(u"local"_s), u"cannot be deleted"_s},
            {operations.remove(u"nothing"_s), u"no compute named"_s},
        };
        for (const Case &c : cases) {
            QVERIFY(c.operation->isFinished());
            QVERIFY2(errorOf(c.operation).contains(c.expected), qPrintable(errorOf(c.operation)));
        }
        QCOMPARE(find(ws, u"dev-box"_s)->state, u"Running"_s);
        QVERIFY(find(ws, u"local"_s));
    }

    void detachNeedsNoProviderDeleteDoes()
    {
        QTemporaryDir tmp;
        auto opened = Workspace::open(tmp.filePath(u"ws"_s));
        QVERIFY(opened);
        Workspace &ws = *opened.value();
        ComputeOperations operations(&ws);
        // An attached VM recorded by another process, on a provider this build lacks.
        QVERIFY(Test::addComputeFromAnotherProcess(ws.path(), u"far-vm"_s, ComputeKind::Attached));
        QCOMPARE(find(ws, u"far-vm"_s)->provider, u"ssh"_s);
        QVERIFY(!ProviderRegistry::instance().find(u"ssh"_s));
        ComputeOperation *detach = operations.remove(u"far-vm"_s);
        QCOMPARE(detach->type(), ComputeOperation::Type::Detach);
        QVERIFY(finishes(detach));
        QVERIFY2(detach->result(), qPrintable(errorOf(detach)));
        QVERIFY(!find(ws, u"far-vm"_s));

        // A managed compute needs its provider to be deleted: it is kept, and says why.
        ComputeRecord managed = Test::sampleCompute(ComputeKind::Cluster, 3);
        managed.name = u"cloud-pool"_s;
        managed.provider = u"azureml"_s;
        QVERIFY(ws.computes().insert(managed));
        ComputeOperation *remove = operations.remove(u"cloud-pool"_s);
        QVERIFY(remove->isFinished());
        QVERIFY2(errorOf(remove).contains(u"\"azureml\""_s), qPrintable(errorOf(remove)));
        QVERIFY(find(ws, u"cloud-pool"_s));
    }

    void failurePath()
    {
        QTemporaryDir tmp;
        auto opened = Workspace::open(tmp.filePath(u"ws"_s));
        QVERIFY(opened);
        Workspace &ws = *opened.value();
        ComputeOperations operations(&ws);
        // A file where the compute's folder should be.
        const QString inTheWay = ws.computesPath() + u"/blocked-box"_s;
        {
            QFile f(inTheWay);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("mine");
        }
        ComputeOperation *create = operations.create(instanceSpec(u"blocked-box"_s));
        QVERIFY(!create->isFinished());
        QVERIFY(finishes(create));
        QVERIFY(!create->result());
        QVERIFY(!create->isCanceled());
        QVERIFY2(errorOf(create).contains(inTheWay), qPrintable(errorOf(create)));

        auto row = find(ws, u"blocked-box"_s);
        QVERIFY(row);
        QCOMPARE(row->provisioningState, ProvisioningState::Failed);
        QCOMPARE(row->lastError, create->result().error().message);
        QVERIFY(!row->isBusy());
        QCOMPARE(row->displayState(), u"Failed"_s);
        QVERIFY(QFileInfo(inTheWay).isFile());

        // A failed compute cannot be started; it can be deleted, which leaves the file.
        ComputeOperation *start = operations.act(u"blocked-box"_s, ComputeOperation::Type::Start);
        QVERIFY(finishes(start));
        QVERIFY(!start->result());
        QCOMPARE(find(ws, u"blocked-box"_s)->provisioningState, ProvisioningState::Failed);
        ComputeOperation *remove = operations.remove(u"blocked-box"_s);
        QVERIFY(finishes(remove));
        QVERIFY2(remove->result(), qPrintable(errorOf(remove)));
        QVERIFY(!find(ws, u"blocked-box"_s));
        QFile f(inTheWay);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("mine"));
    }

    void failurePathReadOnlyFolder()
    {
        if (::geteuid() == 0)
            QSKIP("root writes into read-only folders");
        QTemporaryDir tmp;
        auto opened = Workspace::open(tmp.filePath(u"ws"_s));
        QVERIFY(opened);
        Workspace &ws = *opened.value();
        ComputeOperations operations(&ws);
        QVERIFY(QFile::setPermissions(ws.computesPath(), QFile::ReadOwner | QFile::ExeOwner));
        ComputeOperation *create = operations.create(instanceSpec(u"locked-box"_s));
        const bool done = finishes(create);
        QFile::setPermissions(ws.computesPath(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(done);
        QVERIFY(!create->result());
        QVERIFY2(errorOf(create).contains(ws.computesPath() + u"/locked-box"_s),
                 qPrintable(errorOf(create)));
        QCOMPARE(find(ws, u"locked-box"_s)->provisioningState, ProvisioningState::Failed);
    }

    void failedStepLeavesTheComputeAsItWas()
    {
        QTemporaryDir tmp;
        auto opened = Workspace::open(tmp.filePath(u"ws"_s));
        QVERIFY(opened);
        Workspace &ws = *opened.value();
        ComputeOperations operations(&ws);
        ComputeOperation *create = operations.create(instanceSpec(u"flaky-box"_s, u"gated"_s));
        m_gated->open();
        QVERIFY(finishes(create));
        QVERIFY2(create->result(), qPrintable(errorOf(create)));

        m_gated->failNextWith(u"The machine said no."_s);
        m_gated->open();
        ComputeOperation *stop = operations.act(u"flaky-box"_s, ComputeOperation::Type::Stop);
        QVERIFY(finishes(stop));
        QCOMPARE(errorOf(stop), u"The machine said no."_s);
        const auto row = find(ws, u"flaky-box"_s);
        QCOMPARE(row->provisioningState, ProvisioningState::Succeeded);
        QCOMPARE(row->state, u"Running"_s);
        QCOMPARE(row->lastError, u"The machine said no."_s);
        QVERIFY(!row->isBusy());

        // The next success clears the error.
        m_gated->open();
        QVERIFY(finishes(operations.act(u"flaky-box"_s, ComputeOperation::Type::Stop)));
        QCOMPARE(find(ws, u"flaky-box"_s)->lastError, QString());
        QCOMPARE(find(ws, u"flaky-box"_s)->state, u"Stopped"_s);
    }

    void cancelCreate()
    {
        QTemporaryDir tmp;
        auto opened = Workspace::open(tmp.filePath(u"ws"_s));
        QVERIFY(opened);
        Workspace &ws = *opened.value();
        ComputeOperations operations(&ws);
        ComputeOperation *create = operations.create(instanceSpec(u"short-lived"_s, u"gated"_s));
        QVERIFY(create->canCancel());
        QVERIFY(m_gated->waitUntilAtGate());
        create->cancel();
        QVERIFY(finishes(create));
        QVERIFY(create->isCanceled());
        QVERIFY(!create->result());
        QVERIFY(!create->canCancel());
        const auto row = find(ws, u"short-lived"_s);
        QVERIFY(row);
        QCOMPARE(row->provisioningState, ProvisioningState::Canceled);
        QCOMPARE(row->lastError, QString());
        QVERIFY(!row->isBusy());
        // A canceled compute is deleted like any other.
        m_gated->open();
        QVERIFY(finishes(operations.remove(u"short-lived"_s)));
        QVERIFY(!find(ws, u"short-lived"_s));
    }

    void interruptedOperationIsRecoveredWhileWatching()
    {
        QTemporaryDir tmp;
        auto opened = Workspace::open(tmp.filePath(u"ws"_s));
        QVERIFY(opened);
        Workspace &ws = *opened.value();
        ws.watchForChanges(20);
        QSignalSpy changed(&ws, &Workspace::changed);

        QProcess busy;
        busy.start(Test::builtProgram("studio-busy"), {ws.path(), u"orphan-box"_s});
        QVERIFY2(busy.waitForStarted(timeout), qPrintable(busy.errorString()));
        QByteArray out;
        while (!out.contains('\n') && busy.waitForReadyRead(timeout))
            out += busy.readAllStandardOutput();
        QVERIFY2(out.startsWith("busy "), out.constData());
        const qint64 pid = busy.processId();

        // Another process's operation, seen here while it runs.
        auto row = find(ws, u"orphan-box"_s);
        QVERIFY(row);
        QCOMPARE(row->provisioningState, ProvisioningState::Creating);
        QCOMPARE(row->operationPid, pid);
        QVERIFY(ComputeStore::isProcessRunning(row->operationPid, row->operationProcess));
        QCOMPARE(ws.computes().recoverInterruptedOperations().value(), 0);
        // The watcher saw that process's commits (and has made its first check already).
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), timeout);
        QCOMPARE(find(ws, u"orphan-box"_s)->provisioningState, ProvisioningState::Creating);

        changed.clear();
        busy.kill(); // SIGKILL: no chance to clean up, as in a crash
        QVERIFY(busy.waitForFinished(timeout));
        QVERIFY(!ComputeStore::isProcessRunning(pid, row->operationProcess));

        // The watching workspace notices by itself (find() does not recover anything).
        QTRY_COMPARE_WITH_TIMEOUT(find(ws, u"orphan-box"_s)->provisioningState,
                                  ProvisioningState::Failed, timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), timeout);
        row = find(ws, u"orphan-box"_s);
        QVERIFY(!row->isBusy());
        QCOMPARE(row->operationPid, qint64(0));
        QVERIFY2(row->lastError.contains(u"interrupted"_s), qPrintable(row->lastError));
        QVERIFY2(row->lastError.contains(QString::number(pid)), qPrintable(row->lastError));

        // It can be deleted now (through the provider it was made with).
        m_gated->open();
        ComputeOperations operations(&ws);
        ComputeOperation *remove = operations.remove(u"orphan-box"_s);
        QVERIFY(finishes(remove));
        QVERIFY2(remove->result(), qPrintable(errorOf(remove)));
    }

    void interruptedOperationIsRecoveredOnOpen()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(u"ws"_s);
        QVERIFY(Workspace::open(dir)); // made, then closed

        QProcess busy;
        busy.start(Test::builtProgram("studio-busy"), {dir, u"orphan-box"_s});
        QVERIFY2(busy.waitForStarted(timeout), qPrintable(busy.errorString()));
        QByteArray out;
        while (!out.contains('\n') && busy.waitForReadyRead(timeout))
            out += busy.readAllStandardOutput();
        QVERIFY2(out.startsWith("busy "), out.constData());
        busy.kill();
        QVERIFY(busy.waitForFinished(timeout));

        // Without opening the workspace the row still says Creating...
        {
            const Workspace::Connection c(dir + u"/studio.db"_s);
            QSqlQuery q(c.database());
            QVERIFY(q.exec(u"SELECT provisioning_state, operation FROM computes "
                           "WHERE name = 'orphan-box'"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), u"Creating"_s);
            QCOMPARE(q.value(1).toString(), u"create"_s);
        }
        // ... and opening it settles it.
        auto opened = Workspace::open(dir);
        QVERIFY(opened);
        const auto row = find(*opened.value(), u"orphan-box"_s);
        QCOMPARE(row->provisioningState, ProvisioningState::Failed);
        QVERIFY2(row->lastError.contains(u"interrupted"_s), qPrintable(row->lastError));
    }

    void secretsLiveInTheKeychainOnly()
    {
        QTemporaryDir tmp;
        auto opened = Workspace::open(tmp.filePath(u"ws"_s));
        QVERIFY(opened);
        Workspace &ws = *opened.value();
        ComputeOperations operations(&ws);
        const QString password = u"Pa55-only-in-the-keychain"_s;
        ComputeSpec spec = clusterSpec(u"ssh-pool"_s, 0, 1, 120);
        auto *cluster = spec.as<ClusterSpec>();
        cluster->ssh.enabled = true;
        cluster->ssh.adminUsername = u"azureuser"_s;
        cluster->ssh.adminPassword.value = password;

        ComputeOperation *create = operations.create(spec);
        QVERIFY(finishes(create));
        QVERIFY2(create->result(), qPrintable(errorOf(create)));

        // The workspace keeps the key; the keychain keeps the password.
        const QString key
            = SecretStore::keyFor(ws.id(), u"ssh-pool"_s, u"ssh_settings.admin_password"_s);
        const auto row = find(ws, u"ssh-pool"_s);
        const QByteArray stored = QJsonDocument(row->spec).toJson(QJsonDocument::Compact);
        QVERIFY2(stored.contains(key.toUtf8()), stored.constData());
        QVERIFY(!stored.contains(password.toUtf8()));
        const Result<QString> kept = SecretStore().readNow(key);
        QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().fullText()));
        QCOMPARE(*kept, password);
        QCOMPARE(Test::filesContaining(ws.path(), password.toUtf8()), QStringList());

        // Deleting the compute removes its keychain entries.
        ComputeOperation *remove = operations.remove(u"ssh-pool"_s);
        QVERIFY(finishes(remove));
        QVERIFY2(remove->result(), qPrintable(errorOf(remove)));
        QVERIFY(!find(ws, u"ssh-pool"_s));
        QVERIFY(!SecretStore().readNow(key));
        QCOMPARE(Test::filesContaining(ws.path(), password.toUtf8()), QStringList());
    }

    void cancelForgetsTheSecrets()
    {
        QTemporaryDir tmp;
        auto opened = Workspace::open(tmp.filePath(u"ws"_s));
        QVERIFY(opened);
        Workspace &ws = *opened.value();
        ComputeOperations operations(&ws);
        const QString password = u"Pa55-for-a-moment"_s;
        ComputeSpec spec = clusterSpec(u"brief-pool"_s, 0, 1, 120);
        spec.provider = u"gated"_s;
        auto *cluster = spec.as<ClusterSpec>();
        cluster->size = Test::GatedProvider::sizeName();
        cluster->ssh.enabled = true;
        cluster->ssh.adminPassword.value = password;

        ComputeOperation *create = operations.create(spec);
        QVERIFY(m_gated->waitUntilAtGate());
        const QString key
            = SecretStore::keyFor(ws.id(), u"brief-pool"_s, u"ssh_settings.admin_password"_s);
        QCOMPARE(SecretStore().readNow(key).value(), password); // saved before the step
        create->cancel();
        QVERIFY(finishes(create));
        QVERIFY(create->isCanceled());
        QCOMPARE(find(ws, u"brief-pool"_s)->provisioningState, ProvisioningState::Canceled);
        QVERIFY(!SecretStore().readNow(key));
    }

    void processIdentity()
    {
        const qint64 self = QCoreApplication::applicationPid();
        const QString identity = ComputeStore::currentProcessIdentity();
        QCOMPARE(identity.count(u'|'), 2);
        QVERIFY(ComputeStore::isProcessRunning(self, identity));
        QVERIFY(!ComputeStore::isProcessRunning(0, identity));
        // The same pid after a reboot, or with another start time, is another process.
        QStringList parts = identity.split(u'|');
        QStringList rebooted = parts;
        rebooted[1] = u"00000000-0000-0000-0000-000000000000"_s;
        QVERIFY(!ComputeStore::isProcessRunning(self, rebooted.join(u'|')));
        QStringList reused = parts;
        reused[2] = u"1"_s;
        QVERIFY(!ComputeStore::isProcessRunning(self, reused.join(u'|')));
        // Another host's process cannot be checked from here: it counts as running.
        QStringList remote = parts;
        remote[0] = u"some-other-host.invalid"_s;
        QVERIFY(ComputeStore::isProcessRunning(999999999, remote.join(u'|')));
    }
};

QTEST_GUILESS_MAIN(tst_ComputeOperations)
#include "tst_computeoperations.moc"
