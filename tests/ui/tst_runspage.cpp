// The Runs page on a real workspace: runs written through RunStore (and by "another process":
// a connection of the test's own), the list, filters, live updates in place, the details
// tabs, comparing runs, the Nodes tab of a cluster and desktop notifications.
#include "../support/testsupport.h"
#include "core/runs/runs.h"
#include "core/runs/runstore.h"
#include "core/runs/snapshot.h"
#include "core/spec/specyaml.h"
#include "core/store/workspace.h"
#include "ui/models/nodelistmodel.h"
#include "ui/models/runlistmodel.h"
#include "ui/notifier.h"
#include "ui/pages/runspage.h"
#include "ui/views/logview.h"
#include "ui/views/metricschart.h"
#include "ui/views/nodesview.h"
#include "ui/views/rundetailsview.h"
#include "ui/widgets/computedetailspanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Studio;
using namespace Studio::Ui;

namespace {

/// Records what would have gone to the desktop.
class RecordingNotifier final : public Notifier
{
public:
    using Notifier::Notifier;
    void notify(const QString &title, const QString &body, Urgency urgency) override
    {
        titles.append(title);
        bodies.append(body);
        urgencies.append(urgency);
    }
    QStringList titles;
    QStringList bodies;
    QList<Urgency> urgencies;
};

QString cell(RunsPage *page, const QString &name, int column)
{
    const int row = page->model()->rowOf(name);
    return row < 0 ? QString() : page->model()->index(row, column).data().toString();
}

QStringList shownNames(RunsPage *page)
{
    QStringList names;
    for (int i = 0; i < page->model()->rowCount(); ++i)
        names.append(page->model()->runAt(i).name);
    names.sort();
    return names;
}

QString currentName(RunsPage *page)
{
    return page->view()->currentIndex().data(RunListModel::NameRole).toString();
}

} // namespace

class tst_RunsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<Workspace::Connection> m_other; // "another process"
    std::unique_ptr<RunsPage> m_page;
    RecordingNotifier *m_notifier = nullptr;

    RunStore other() const { return RunStore(m_other->database()); }

    void addRun(const QString &name, const QString &experiment, const QString &display,
                const QList<RunStatus> &statuses)
    {
        RunRecord r;
        r.name = name;
        r.experimentName = experiment;
        r.displayName = display;
        r.compute = u"local"_s;
        r.spec.command = u"python train.py --epochs 3"_s;
        r.spec.sourceDirectory = m_tmp.filePath(u"src"_s);
        r.spec.experimentName = experiment;
        r.spec.displayName = display;
        const auto inserted = other().insert(r);
        QVERIFY2(inserted, qPrintable(inserted ? QString() : inserted.error().fullText()));
        for (RunStatus s : statuses) {
            const auto set = other().setStatus(
                name, s,
                s == RunStatus::Failed ? std::optional<QString>(u"exit code 1"_s) : std::nullopt);
            QVERIFY(set && *set);
        }
    }

    void logMetrics(const QString &run, const QList<std::pair<qint64, double>> &loss)
    {
        QList<Metric> metrics;
        qint64 t = 1'700'000'000'000;
        for (const auto &[step, value] : loss) {
            metrics.append({u"loss"_s, value, step, t + step * 1000});
            metrics.append({u"accuracy"_s, 1.0 - value, step, t + step * 1000});
        }
        QVERIFY(other().logBatch(run, metrics, {{u"lr"_s, u"0.01"_s}}, {{u"team"_s, u"ml"_s}}));
    }

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        QDir().mkpath(m_tmp.filePath(u"src"_s));
        auto ws = Workspace::open(m_tmp.filePath(u"ws"_s));
        QVERIFY(ws);
        m_ws = std::move(ws.value());
        m_ws->watchForChanges(50);
        m_other = std::make_unique<Workspace::Connection>(m_ws->databasePath());
        QVERIFY(m_other->isOpen());

        addRun(u"quiet_lamp_aaaaaaaaaa"_s, u"mnist"_s, u"baseline"_s,
               {RunStatus::Queued, RunStatus::Preparing, RunStatus::Running, RunStatus::Completed});
        addRun(u"brave_river_bbbbbbbbbb"_s, u"mnist"_s, u"wider"_s,
               {RunStatus::Queued, RunStatus::Running, RunStatus::Failed});
        addRun(u"calm_field_cccccccccc"_s, u"cifar"_s, u"resnet"_s,
               {RunStatus::Queued, RunStatus::Running});
        logMetrics(u"quiet_lamp_aaaaaaaaaa"_s, {{0, 0.9}, {1, 0.5}, {2, 0.25}});
        logMetrics(u"brave_river_bbbbbbbbbb"_s, {{0, 0.8}, {1, 0.7}});

        m_page = std::make_unique<RunsPage>(m_ws.get());
        new QAbstractItemModelTester(
            m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_page.get());
        m_notifier = new RecordingNotifier(m_page.get());
        m_page->setNotifier(m_notifier);
        m_page->resize(1300, 850);
        QSignalSpy loaded(m_page.get(), &RunsPage::loaded);
        m_page->show();
        QVERIFY(m_page->hasLoaded() || loaded.wait(10000));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_other.reset();
        m_ws.reset();
    }

    void listShowsRunsWithColumns()
    {
        QCOMPARE(shownNames(m_page.get()),
                 (QStringList{u"brave_river_bbbbbbbbbb"_s, u"calm_field_cccccccccc"_s,
                              u"quiet_lamp_aaaaaaaaaa"_s}));
        const QString lamp = u"quiet_lamp_aaaaaaaaaa"_s;
        QCOMPARE(cell(m_page.get(), lamp, RunListModel::DisplayName), u"baseline"_s);
        QCOMPARE(cell(m_page.get(), lamp, RunListModel::Experiment), u"mnist"_s);
        QCOMPARE(cell(m_page.get(), lamp, RunListModel::Status), displayName(RunStatus::Completed));
        QCOMPARE(cell(m_page.get(), lamp, RunListModel::Compute), u"local"_s);
        QVERIFY(!cell(m_page.get(), lamp, RunListModel::CreatedOn).isEmpty());
        QVERIFY(cell(m_page.get(), lamp, RunListModel::Duration).endsWith(u"s"_s));
        const int row = m_page->model()->rowOf(lamp);
        QVERIFY(!m_page->model()
                     ->index(row, RunListModel::Status)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        QCOMPARE(m_page->model()->headerData(RunListModel::Experiment, Qt::Horizontal).toString(),
                 u"Experiment"_s);
        QCOMPARE(m_page->countLabel()->text(), u"3 runs"_s);
        // The filters offer what the workspace has.
        QVERIFY(m_page->experimentFilter()->findData(u"cifar"_s) > 0);
        QVERIFY(m_page->computeFilter()->findData(u"local"_s) > 0);
    }

    void filtersAndSearch()
    {
        RunsPage *page = m_page.get();
        page->statusFilter()->setCurrentIndex(
            page->statusFilter()->findData(int(RunStatus::Failed)));
        QTRY_COMPARE(shownNames(page), QStringList{u"brave_river_bbbbbbbbbb"_s});
        page->statusFilter()->setCurrentIndex(page->statusFilter()->findText(u"Active"_s));
        QTRY_COMPARE(shownNames(page), QStringList{u"calm_field_cccccccccc"_s});
        page->statusFilter()->setCurrentIndex(0);
        page->experimentFilter()->setCurrentIndex(page->experimentFilter()->findData(u"mnist"_s));
        QTRY_COMPARE(shownNames(page),
                     (QStringList{u"brave_river_bbbbbbbbbb"_s, u"quiet_lamp_aaaaaaaaaa"_s}));
        page->experimentFilter()->setCurrentIndex(0);
        QTest::keyClicks(page->searchEdit(), u"LAMP"_s);
        QTRY_COMPARE(shownNames(page), QStringList{u"quiet_lamp_aaaaaaaaaa"_s});
        page->searchEdit()->clear();
        page->computeFilter()->setCurrentIndex(page->computeFilter()->findData(u"local"_s));
        QTRY_COMPARE(shownNames(page).size(), 3);
        page->computeFilter()->setCurrentIndex(0);
        QTRY_COMPARE(page->model()->rowCount(), 3);
        QVERIFY(page->filter().statuses.isEmpty() && page->filter().search.isEmpty());
    }

    void statusChangeUpdatesRowInPlace()
    {
        RunsPage *page = m_page.get();
        const QString calm = u"calm_field_cccccccccc"_s;
        page->selectRun(calm);
        QTRY_COMPARE(currentName(page), calm);
        QSignalSpy reset(page->model(), &QAbstractItemModel::modelReset);
        QSignalSpy removed(page->model(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(page->model(), &QAbstractItemModel::dataChanged);
        // Another connection (as the agent would) moves the run on.
        QVERIFY(*other().setStatus(calm, RunStatus::Finalizing));
        QTRY_COMPARE(cell(page, calm, RunListModel::Status), displayName(RunStatus::Finalizing));
        QCOMPARE(currentName(page), calm);
        QCOMPARE(page->view()->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 0);
        QVERIFY(!changed.isEmpty());
        // The details follow the row.
        QTRY_COMPARE(page->details()->statusLabel()->text(), displayName(RunStatus::Finalizing));
    }

    void notifiesWhenInactive()
    {
        RunsPage *page = m_page.get();
        // Another window has the focus.
        QWidget focused;
        focused.resize(200, 100);
        focused.show();
        focused.activateWindow();
        QTRY_VERIFY(focused.isActiveWindow());
        QVERIFY(!page->isActiveWindow());
        QSignalSpy finished(page, &RunsPage::runFinished);
        const QString calm = u"calm_field_cccccccccc"_s;
        QVERIFY(*other().setStatus(calm, RunStatus::Completed));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toString(), calm);
        QCOMPARE(m_notifier->titles.size(), 1);
        QVERIFY2(m_notifier->titles.first().contains(u"resnet"_s),
                 qPrintable(m_notifier->titles.first()));
        QVERIFY(m_notifier->titles.first().contains(u"completed"_s));
        QCOMPARE(m_notifier->urgencies.first(), Notifier::Urgency::Normal);

        // Focused: the page itself shows it; no notification.
        focused.hide();
        page->activateWindow();
        QTRY_VERIFY(page->isActiveWindow());
        addRun(u"swift_hill_dddddddddd"_s, u"cifar"_s, u"again"_s, {RunStatus::Running});
        QTRY_VERIFY(page->model()->rowOf(u"swift_hill_dddddddddd"_s) >= 0);
        QVERIFY(*other().setStatus(u"swift_hill_dddddddddd"_s, RunStatus::Failed));
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(m_notifier->titles.size(), 1);
    }

    void overviewShowsTimeline()
    {
        RunsPage *page = m_page.get();
        page->openRun(u"quiet_lamp_aaaaaaaaaa"_s);
        RunDetailsView *details = page->details();
        QTRY_COMPARE(details->runName(), u"quiet_lamp_aaaaaaaaaa"_s);
        QTRY_VERIFY(details->run().has_value()
                    && details->run()->name == u"quiet_lamp_aaaaaaaaaa"_s);
        QTRY_COMPARE(details->timeline()->topLevelItemCount(), 5);
        QStringList keys;
        for (int i = 0; i < details->timeline()->topLevelItemCount(); ++i)
            keys.append(details->timeline()->topLevelItem(i)->data(0, Qt::UserRole).toString());
        QCOMPARE(keys, (QStringList{u"NotStarted"_s, u"Queued"_s, u"Preparing"_s, u"Running"_s,
                                    u"Completed"_s}));
        QCOMPARE(details->title()->text(), u"baseline"_s);
        QCOMPARE(details->propertyText(u"Experiment"_s), u"mnist"_s);
        QCOMPARE(details->propertyText(u"lr"_s), u"0.01"_s);
        QCOMPARE(details->propertyText(u"team"_s), u"ml"_s);
        QCOMPARE(details->commandText()->toPlainText(), u"python train.py --epochs 3"_s);
        QVERIFY(!details->cancelButton()->isEnabled()); // completed
        QVERIFY(details->resubmitButton()->isEnabled());
    }

    void metricsTabHasAChartPerMetric()
    {
        RunDetailsView *details = m_page->details();
        QTRY_COMPARE(details->metricsChart()->metricKeys(),
                     (QStringList{u"accuracy"_s, u"loss"_s}));
        QLineSeries *loss = details->metricsChart()->series(u"loss"_s, u"quiet_lamp_aaaaaaaaaa"_s);
        QVERIFY(loss);
        QCOMPARE(loss->points(), (QList<QPointF>{{0, 0.9}, {1, 0.5}, {2, 0.25}}));
        QCOMPARE(details->metricsChart()->chart(u"loss"_s)->series().size(), 1);
        // Time on the x axis: the same values at their times.
        details->metricsChart()->xAxisChooser()->setCurrentIndex(1);
        loss = details->metricsChart()->series(u"loss"_s, u"quiet_lamp_aaaaaaaaaa"_s);
        QCOMPARE(loss->points().at(1), QPointF(1'700'000'001'000.0, 0.5));
        details->metricsChart()->xAxisChooser()->setCurrentIndex(0);
        QCOMPARE(
            details->metricsChart()->series(u"loss"_s, u"quiet_lamp_aaaaaaaaaa"_s)->points().at(1),
            QPointF(1, 0.5));
    }

    void compareOverlaysSeries()
    {
        RunsPage *page = m_page.get();
        QItemSelectionModel *selection = page->view()->selectionModel();
        selection->clearSelection();
        for (const QString &name : {u"quiet_lamp_aaaaaaaaaa"_s, u"brave_river_bbbbbbbbbb"_s}) {
            const QModelIndex index
                = page->proxy()->mapFromSource(page->model()->index(page->model()->rowOf(name), 0));
            selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        QVERIFY(page->compareButton()->isEnabled());
        QTest::mouseClick(page->compareButton(), Qt::LeftButton);
        RunDetailsView *details = page->details();
        QCOMPARE(details->tabs()->currentIndex(), int(RunDetailsView::MetricsTab));
        QTRY_COMPARE(details->metricsChart()->chart(u"loss"_s)->series().size(), 2);
        QLineSeries *river
            = details->metricsChart()->series(u"loss"_s, u"brave_river_bbbbbbbbbb"_s);
        QVERIFY(river);
        QCOMPARE(river->points(), (QList<QPointF>{{0, 0.8}, {1, 0.7}}));
        QCOMPARE(river->name(), u"wider"_s);
        QCOMPARE(
            details->metricsChart()->series(u"loss"_s, u"quiet_lamp_aaaaaaaaaa"_s)->points().size(),
            3);
        QVERIFY(details->metricsTitle()->isVisible());
        // Back to one run: one series again.
        page->view()->setCurrentIndex(page->proxy()->mapFromSource(
            page->model()->index(page->model()->rowOf(u"brave_river_bbbbbbbbbb"_s), 0)));
        QTRY_COMPARE(details->runName(), u"brave_river_bbbbbbbbbb"_s);
        QTRY_VERIFY(details->metricsChart()->chart(u"loss"_s)
                    && details->metricsChart()->chart(u"loss"_s)->series().size() == 1);
        QVERIFY(!details->metricsTitle()->isVisible());
    }

    void logsOutputsAndSnapshot()
    {
        const QString lamp = u"quiet_lamp_aaaaaaaaaa"_s;
        // What the run left: logs, an output; and the snapshot of its source.
        const RunPaths paths = RunPaths::of(m_ws->path(), lamp);
        QVERIFY(QDir().mkpath(paths.userLogs()));
        QVERIFY(QDir().mkpath(paths.outputs() + u"/model"_s));
        QFile log(paths.userLogs() + u"/std_log.txt"_s);
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write("epoch 1\nepoch 2\n");
        log.close();
        QFile out(paths.outputs() + u"/model/weights.txt"_s);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("0.1 0.2\n");
        out.close();
        QFile script(m_tmp.filePath(u"src/train.py"_s));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("print('hello from train.py')\n");
        script.close();
        const auto manifest
            = SnapshotStore(m_ws->snapshotsPath()).snapshot(m_tmp.filePath(u"src"_s));
        QVERIFY2(manifest, qPrintable(manifest ? QString() : manifest.error().fullText()));
        QVERIFY(other().setSnapshot(lamp, manifest->id, GitInfo{}));

        RunsPage *page = m_page.get();
        page->openRun(lamp, RunDetailsView::LogsTab);
        RunDetailsView *details = page->details();
        QTRY_COMPARE(details->runName(), lamp);
        QTRY_VERIFY(details->logChooser()->findText(u"user_logs/std_log.txt"_s) >= 0);
        QCOMPARE(details->logView()->file(), details->logChooser()->currentData().toString());
        QVERIFY(details->logView()->isFinished()); // completed: nothing to follow

        QTreeWidget *outputs = details->outputs();
        QTRY_VERIFY(
            !outputs->findItems(u"weights.txt"_s, Qt::MatchExactly | Qt::MatchRecursive).isEmpty());
        QVERIFY(!outputs->findItems(u"outputs"_s, Qt::MatchExactly).isEmpty());
        QVERIFY(!outputs->findItems(u"user_logs"_s, Qt::MatchExactly).isEmpty());

        QTRY_COMPARE(details->snapshotFiles()->topLevelItemCount(), 1);
        QCOMPARE(details->snapshotFiles()->topLevelItem(0)->text(0), u"train.py"_s);
        // The first file shows at once.
        QTRY_COMPARE(details->snapshotText()->toPlainText(), u"print('hello from train.py')\n"_s);
        QSignalSpy shown(details, &RunDetailsView::snapshotFileShown);
        details->snapshotText()->clear();
        details->showSnapshotFile(u"train.py"_s);
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(details->snapshotText()->toPlainText(), u"print('hello from train.py')\n"_s);

        // Download copies outputs and logs into a folder of the user's.
        QSignalSpy downloaded(details, &RunDetailsView::downloadFinished);
        details->download(m_tmp.filePath(u"download"_s));
        QTRY_COMPARE(downloaded.size(), 1);
        QVERIFY2(downloaded.first().at(0).toBool(),
                 qPrintable(downloaded.first().at(1).toString()));
    }

    void nodesTabFollowsTheCluster()
    {
        // A cluster with nodes the "agent" adds and removes.
        ComputeSpec cluster = ComputeSpec::defaults(SpecType::AmlCompute);
        cluster.name = u"train-nodes"_s;
        cluster.as<ClusterSpec>()->maxInstances = 4;
        ComputeRecord record;
        record.name = u"train-nodes"_s;
        record.kind = ComputeKind::Cluster;
        record.type = u"AmlCompute"_s;
        record.provider = u"local"_s;
        record.provisioningState = ProvisioningState::Succeeded;
        record.state = u"Idle"_s;
        record.spec = SpecYaml::toStoredJson(cluster);
        const auto inserted = ComputeStore(m_other->database()).insert(record);
        QVERIFY(inserted);

        auto node = [](const QString &id, const QString &state, const QString &run) {
            NodeRecord n;
            n.compute = u"train-nodes"_s;
            n.nodeId = id;
            n.state = state;
            n.run = run;
            n.since = QDateTime::currentDateTimeUtc();
            n.privateIpAddress = u"127.0.0.1"_s;
            return n;
        };
        QVERIFY(other().upsertNode(node(u"tvmps_a"_s, u"running"_s, u"quiet_lamp_aaaaaaaaaa"_s)));
        QVERIFY(other().upsertNode(node(u"tvmps_b"_s, u"idle"_s, {})));

        ComputeDetailsPanel panel;
        panel.setWorkspace(m_ws.get());
        panel.resize(700, 500);
        panel.show();
        panel.setCompute(*inserted);
        QVERIFY(panel.tabs()->isTabVisible(1));
        panel.tabs()->setCurrentIndex(1);
        NodesView *nodes = panel.nodesView();
        new QAbstractItemModelTester(nodes->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, nodes);
        QTRY_COMPARE(nodes->model()->rowCount(), 2);
        const int bRow = nodes->model()->rowOf(u"tvmps_b"_s);
        QCOMPARE(nodes->model()->index(bRow, NodeListModel::State).data().toString(), u"idle"_s);
        auto select = [nodes](const QString &id) {
            const QModelIndex src = nodes->model()->index(nodes->model()->rowOf(id), 0);
            nodes->view()->setCurrentIndex(
                static_cast<QSortFilterProxyModel *>(nodes->view()->model())->mapFromSource(src));
        };
        select(u"tvmps_b"_s);
        QSignalSpy reset(nodes->model(), &QAbstractItemModel::modelReset);

        // Scale up, one node goes, one changes state.
        QVERIFY(other().upsertNode(node(u"tvmps_c"_s, u"preparing"_s, {})));
        QVERIFY(other().removeNode(u"train-nodes"_s, u"tvmps_a"_s));
        QVERIFY(other().upsertNode(node(u"tvmps_b"_s, u"running"_s, u"calm_field_cccccccccc"_s)));
        QTRY_COMPARE(nodes->model()->rowCount(), 2);
        QTRY_VERIFY(nodes->model()->rowOf(u"tvmps_c"_s) >= 0);
        QTRY_COMPARE(nodes->model()
                         ->index(nodes->model()->rowOf(u"tvmps_b"_s), NodeListModel::Run)
                         .data()
                         .toString(),
                     u"calm_field_cccccccccc"_s);
        QCOMPARE(nodes->view()->currentIndex().data(NodeListModel::NodeIdRole).toString(),
                 u"tvmps_b"_s);
        QCOMPARE(reset.size(), 0);

        // An instance has no Nodes tab.
        ComputeRecord instance = *inserted;
        instance.kind = ComputeKind::Instance;
        instance.name = u"dev-box"_s;
        panel.setCompute(instance);
        QVERIFY(!panel.tabs()->isTabVisible(1));
    }
};

QTEST_MAIN(tst_RunsPage)
#include "tst_runspage.moc"
