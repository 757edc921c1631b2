#include "../support/program.h"
#include "../support/seed.h"
#include "../support/testsupport.h"
#include "core/providers/provider.h"
#include "core/store/workspace.h"
#include "ui/forms/computeform.h"
#include "ui/mainwindow.h"
#include "ui/models/computelistmodel.h"
#include "ui/pages/computepage.h"
#include "ui/pages/computetab.h"
#include "ui/settings.h"
#include "ui/widgets/computedetailspanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Studio;
using namespace Studio::Ui;

namespace {

std::unique_ptr<Workspace> openWorkspace(const QString &dir)
{
    auto ws = Workspace::open(dir);
    if (!ws)
        qFatal("%s", qPrintable(ws.error().fullText()));
    return std::move(ws.value());
}

// Shown and loaded: the state a person first sees.
bool waitUntilLoaded(MainWindow &window)
{
    if (window.computePage()->hasLoaded())
        return true;
    QSignalSpy loaded(window.computePage(), &ComputePage::loaded);
    return loaded.wait(5000);
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        QFile::remove(settingsFilePath());
    }

    void cleanup() { QFile::remove(settingsFilePath()); }

    void navigationAndFourTabs()
    {
        QTemporaryDir tmp;
        MainWindow window(openWorkspace(tmp.filePath(u"ws"_s)));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(waitUntilLoaded(window));

        QListWidget *nav = window.navigation();
        QCOMPARE(nav->count(), 3);
        QCOMPARE(nav->item(0)->text(), u"Compute"_s);
        QCOMPARE(nav->item(1)->text(), u"Runs"_s);
        QCOMPARE(nav->item(2)->text(), u"Notebooks"_s);

        auto *tabs = window.computePage()->findChild<QTabWidget *>();
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 4);
        QCOMPARE(tabs->tabText(0), u"Compute instances"_s);
        QCOMPARE(tabs->tabText(1), u"Compute clusters"_s);
        QCOMPARE(tabs->tabText(2), u"Inference clusters"_s);
        QCOMPARE(tabs->tabText(3), u"Attached compute"_s);

        // The local machine is shown above the tabs, never as an empty tab's content.
        QVERIFY(window.computePage()->localMachineSummary()->text().contains(u"Local machine"_s));
    }

    void pagesByIdAndKeyboard()
    {
        QTemporaryDir tmp;
        MainWindow window(openWorkspace(tmp.filePath(u"ws"_s)));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const QString &id : MainWindow::pageIds()) {
            QVERIFY(window.setCurrentPage(id));
            QCOMPARE(window.currentPageId(), id);
        }
        QVERIFY(!window.setCurrentPage(u"compute/bogus"_s));
        // Ctrl+1 goes back to the Compute page.
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QVERIFY(window.currentPageId().startsWith(u"compute/"_s));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), u"runs"_s);
    }

    void wrappedTextIsNeverClipped()
    {
        QTemporaryDir tmp;
        MainWindow window(openWorkspace(tmp.filePath(u"ws"_s)));
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(waitUntilLoaded(window));
        for (const QString &page : MainWindow::pageIds()) {
            window.setCurrentPage(page);
            QCoreApplication::sendPostedEvents(); // let layouts settle
            const auto labels = window.findChildren<QLabel *>();
            for (QLabel *label : labels) {
                if (!label->isVisible() || !label->wordWrap() || label->text().isEmpty())
                    continue;
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(page + u": "_s + label->text()));
            }
        }
    }

    void emptyTabsShowCreateThatOpensTheTabsForm()
    {
        QTemporaryDir tmp;
        MainWindow window(openWorkspace(tmp.filePath(u"ws"_s)));
        window.show();
        QVERIFY(waitUntilLoaded(window));
        const QHash<ComputeKind, QString> forms
            = {{ComputeKind::Instance, u"computeInstanceForm"_s},
               {ComputeKind::Cluster, u"computeClusterForm"_s},
               {ComputeKind::Inference, u"inferenceClusterForm"_s},
               {ComputeKind::Attached, u"attachComputeForm"_s}};
        for (ComputeKind kind : ComputePage::tabKinds()) {
            ComputeTab *tab = window.computePage()->tab(kind);
            window.computePage()->setCurrentTab(kind);
            QVERIFY2(tab->isShowingEmptyState(), qPrintable(tab->title()));
            QVERIFY(tab->createButton()->isVisible());
            QVERIFY(!tab->newButton()->isVisible());
            QTest::mouseClick(tab->createButton(), Qt::LeftButton);
            auto *form = window.findChild<ComputeForm *>(forms.value(kind));
            QVERIFY2(form && form->isVisible(), qPrintable(forms.value(kind)));
            QCOMPARE(form->windowModality(), Qt::WindowModal);
            form->reject();
            QTRY_VERIFY(!window.findChild<ComputeForm *>(forms.value(kind)));
        }
    }

    void insertedComputeAppearsAfterRefresh()
    {
        QTemporaryDir tmp;
        MainWindow window(openWorkspace(tmp.filePath(u"ws"_s)));
        window.show();
        QVERIFY(waitUntilLoaded(window));
        window.workspace()->watchForChanges(0); // only the Refresh button may bring it in
        ComputeTab *tab = window.computePage()->tab(ComputeKind::Cluster);
        QAbstractItemModelTester tester(tab->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.setCurrentPage(u"compute/clusters"_s);
        QVERIFY(tab->isShowingEmptyState());

        ComputeRecord c = Test::sampleCompute(ComputeKind::Cluster, 5); // a failed one
        c.name = u"gpu-cluster"_s;
        QVERIFY(window.workspace()->computes().insert(c));

        // Refresh is on the list state; from the empty state the page reloads on F5/Refresh.
        QSignalSpy loaded(window.computePage(), &ComputePage::loaded);
        window.computePage()->reload();
        QVERIFY(loaded.wait(5000));
        QVERIFY(!tab->isShowingEmptyState());
        QCOMPARE(tab->model()->rowCount(), 1);
        QVERIFY(tab->newButton()->isVisible());
        QVERIFY(tab->refreshButton()->isVisible());
        QVERIFY(!tab->view()->isColumnHidden(ComputeListModel::Nodes));
        QVERIFY(window.computePage()->tab(ComputeKind::Instance)->isShowingEmptyState());

        // Selecting the row shows every property, the provisioning state and the last error.
        tab->view()->setCurrentIndex(tab->view()->model()->index(0, 0));
        ComputeDetailsPanel *details = tab->detailsPanel();
        QVERIFY(details->compute().has_value());
        QCOMPARE(details->propertyText(u"Name"_s), u"gpu-cluster"_s);
        QCOMPARE(details->propertyText(u"Provisioning state"_s), u"Failed"_s);
        QVERIFY(details->propertyText(u"Last error"_s).contains(u"QuotaExceeded"_s));
        QCOMPARE(details->propertyText(u"max_instances"_s), u"6"_s);
        auto *errorLabel = details->findChild<QLabel *>(u"lastError"_s);
        QVERIFY(errorLabel && errorLabel->isVisible());

        // The Refresh button reloads too, keeping the selection.
        c = window.workspace()->computes().find(u"gpu-cluster"_s).value().value();
        c.provisioningState = ProvisioningState::Succeeded;
        c.lastError.clear();
        QVERIFY(window.workspace()->computes().update(c));
        QTest::mouseClick(tab->refreshButton(), Qt::LeftButton);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(details->propertyText(u"Provisioning state"_s), u"Succeeded"_s);
        QVERIFY(!errorLabel->isVisible());
        QVERIFY(tab->view()->currentIndex().isValid());
    }

    void computeFromAnotherProcessAppearsWithinASecond()
    {
        QTemporaryDir tmp;
        MainWindow window(openWorkspace(tmp.filePath(u"ws"_s)));
        window.show();
        QVERIFY(waitUntilLoaded(window));
        ComputeTab *tab = window.computePage()->tab(ComputeKind::Instance);
        QCOMPARE(tab->model()->rowCount(), 0);

        // The command line creates a compute instance; the open window lists it.
        const QString size = ProviderRegistry::instance()
                                 .find(u"local"_s)
                                 ->sizes(SpecType::ComputeInstance)
                                 .first()
                                 .name;
        const QString specPath = tmp.filePath(u"box.yml"_s);
        QFile spec(specPath);
        QVERIFY(spec.open(QIODevice::WriteOnly));
        spec.write("name: my-cli-box\ntype: computeinstance\nsize: " + size.toUtf8() + "\n");
        spec.close();
        const Test::Output created
            = Test::runProgram("cstudio", {u"--workspace"_s, window.workspace()->path(),
                                           u"compute"_s, u"create"_s, u"-f"_s, specPath});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        // The requirement: within a second of the other process's commit, no restart.
        QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 1, 1000);
        QCOMPARE(tab->model()->computeAt(0).name, u"my-cli-box"_s);
        QCOMPARE(tab->model()->computeAt(0).displayState(), u"Running"_s);
    }

    void selectionSurvivesUpdatesOfOtherRows()
    {
        QTemporaryDir tmp;
        auto ws = openWorkspace(tmp.filePath(u"ws"_s));
        for (int i = 0; i < 6; ++i)
            QVERIFY(ws->computes().insert(Test::sampleCompute(ComputeKind::Instance, i * 4)));
        MainWindow window(std::move(ws));
        window.show();
        QVERIFY(waitUntilLoaded(window));
        ComputeTab *tab = window.computePage()->tab(ComputeKind::Instance);
        QCOMPARE(tab->model()->rowCount(), 6);
        tab->view()->setCurrentIndex(tab->view()->model()->index(3, 0));
        const QString selected = tab->detailsPanel()->compute()->name;

        ComputeRecord other
            = window.workspace()->computes().list(ComputeKind::Instance).value().at(0);
        other.state = u"Stopped"_s;
        QVERIFY(window.workspace()->computes().update(other));
        QSignalSpy loaded(window.computePage(), &ComputePage::loaded);
        window.computePage()->reload();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(tab->detailsPanel()->compute()->name, selected);
        QCOMPARE(tab->view()->currentIndex().row(), 3);
    }

    void switchingWorkspaceKeepsThePageAndShowsItsData()
    {
        QTemporaryDir tmp;
        MainWindow window(openWorkspace(tmp.filePath(u"a"_s)));
        window.show();
        QVERIFY(waitUntilLoaded(window));
        window.setCurrentPage(u"compute/clusters"_s);

        auto other = openWorkspace(tmp.filePath(u"b"_s));
        ComputeRecord c = Test::sampleCompute(ComputeKind::Cluster, 2);
        c.name = u"other-cluster"_s;
        QVERIFY(other->computes().insert(c));
        window.setWorkspace(std::move(other));

        QCOMPARE(window.currentPageId(), u"compute/clusters"_s);
        QVERIFY(window.workspace()->path().endsWith(u"/b"_s));
        QVERIFY(waitUntilLoaded(window));
        ComputeTab *tab = window.computePage()->tab(ComputeKind::Cluster);
        QCOMPARE(tab->model()->rowCount(), 1);
        QCOMPARE(tab->model()->computeAt(0).name, u"other-cluster"_s);
    }

    void remembersGeometryAndPage()
    {
        QTemporaryDir tmp;
        {
            MainWindow window(openWorkspace(tmp.filePath(u"ws"_s)));
            window.show();
            window.resize(900, 640);
            window.setCurrentPage(u"compute/inference"_s);
            window.close();
        }
        MainWindow again(openWorkspace(tmp.filePath(u"ws"_s)));
        QCOMPARE(again.currentPageId(), u"compute/inference"_s);
        QCOMPARE(again.size(), QSize(900, 640));
        const QSettings settings(settingsFilePath(), QSettings::IniFormat);
        QCOMPARE(settings.value(u"workspace/last"_s).toString(), again.workspace()->path());
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
