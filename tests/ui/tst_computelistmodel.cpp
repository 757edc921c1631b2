#include "../support/seed.h"
#include "../support/testsupport.h"
#include "ui/models/computelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Studio;
using Studio::Ui::ComputeListModel;

namespace {

QList<ComputeRecord> records(std::initializer_list<int> ids)
{
    QList<ComputeRecord> list;
    for (int id : ids) {
        ComputeRecord c = Test::sampleCompute(ComputeKind::Cluster, id);
        c.id = id;
        list.append(c);
    }
    return list;
}

} // namespace

class tst_ComputeListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void modelTesterThroughChanges()
    {
        ComputeListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComputes(records({1, 2, 3, 4, 5}));
        QCOMPARE(model.rowCount(), 5);
        model.setComputes(records({2, 4, 6}));
        QCOMPARE(model.rowCount(), 3);
        model.setComputes({});
        QCOMPARE(model.rowCount(), 0);
        model.setComputes(records({7, 8}));
        QCOMPARE(model.rowCount(), 2);
    }

    void diffKeepsRowsAndSignalsOnlyWhatChanged()
    {
        ComputeListModel model;
        model.setComputes(records({1, 2, 3, 4}));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        QList<ComputeRecord> next = records({1, 2, 3, 4});
        next[2].state = u"Resizing"_s;
        model.setComputes(next);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
        QCOMPARE(model.rowOf(3), 2);

        // Unchanged data: no signal at all.
        changed.clear();
        model.setComputes(next);
        QCOMPARE(changed.size(), 0);

        // Remove the middle two, add one: one removal range, one insertion.
        model.setComputes(records({1, 4, 9}));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 1);
        QCOMPARE(removed.first().at(2).toInt(), 2);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowOf(9), 2);
        QCOMPARE(model.rowOf(2), -1);
    }

    void displayAndSortRoles()
    {
        ComputeListModel model;
        QList<ComputeRecord> list = records({1, 2});
        list[0].spec[u"max_instances"_s] = 10;
        list[1].spec[u"max_instances"_s] = 2;
        list[0].createdOn = QDateTime::currentDateTimeUtc().addDays(-1);
        list[1].createdOn = QDateTime::currentDateTimeUtc();
        model.setComputes(list);
        QCOMPARE(model.data(model.index(0, ComputeListModel::Name)).toString(), list[0].name);
        QCOMPARE(model.data(model.index(0, ComputeListModel::Nodes)).toString(), u"0 – 10"_s);
        QCOMPARE(model.data(model.index(0, ComputeListModel::Size)).toString(),
                 u"Standard_NC6s_v3"_s);
        QCOMPARE(model.headerData(ComputeListModel::CreatedBy, Qt::Horizontal).toString(),
                 u"Created by"_s);

        // Nodes sort numerically (10 after 2), not as text ("10" before "2").
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ComputeListModel::SortRole);
        proxy.sort(ComputeListModel::Nodes, Qt::AscendingOrder);
        QCOMPARE(proxy.data(proxy.index(0, ComputeListModel::Nodes)).toString(), u"0 – 2"_s);
        proxy.sort(ComputeListModel::CreatedOn, Qt::AscendingOrder);
        QCOMPARE(proxy.data(proxy.index(0, ComputeListModel::Name)).toString(), list[0].name);
    }

    void failedComputeShowsErrorAsToolTip()
    {
        ComputeListModel model;
        QList<ComputeRecord> list = records({1});
        list[0].provisioningState = ProvisioningState::Failed;
        list[0].lastError = u"Quota exceeded"_s;
        model.setComputes(list);
        QCOMPARE(model.data(model.index(0, ComputeListModel::State)).toString(), u"Failed"_s);
        QCOMPARE(model.data(model.index(0, ComputeListModel::State), Qt::ToolTipRole).toString(),
                 u"Quota exceeded"_s);
        QVERIFY(!model.data(model.index(0, ComputeListModel::State), Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
    }
};

QTEST_MAIN(tst_ComputeListModel)
#include "tst_computelistmodel.moc"
