#include "nodesview.h"

#include "../models/nodelistmodel.h"
#include "core/runs/runstore.h"
#include "core/store/workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Studio::Ui {

NodesView::NodesView(QWidget *parent)
    : QWidget(parent)
    , m_model(new NodeListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"nodesView"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(NodeListModel::SortRole);
    m_proxy->setDynamicSortFilter(true);
    m_view->setObjectName(u"nodeList"_s);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(NodeListModel::NodeId, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAccessibleName(tr("Nodes"));
    m_view->header()->setStretchLastSection(true);
    m_summary->setObjectName(u"nodesSummary"_s);
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
}

void NodesView::setWorkspace(Workspace *workspace)
{
    if (m_workspace == workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace) {
        connect(m_workspace, &Workspace::changed, this, [this] {
            if (isVisible())
                reload();
        });
    }
    reload();
}

void NodesView::setCompute(const QString &compute)
{
    if (compute == m_compute)
        return;
    m_compute = compute;
    ++m_generation;
    m_model->setNodes({});
    m_sized = false;
    reload();
}

void NodesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void NodesView::reload()
{
    if (!m_workspace || m_compute.isEmpty())
        return;
    if (m_loading) {
        m_reloadPending = true;
        return;
    }
    m_loading = true;
    const quint64 generation = m_generation;
    QtConcurrent::run(
        m_workspace->threadPool(),
        [dbPath = m_workspace->databasePath(), compute = m_compute]() -> Result<QList<NodeRecord>> {
            Workspace::Connection connection(dbPath);
            if (!connection.isOpen())
                return Error{NodesView::tr("Could not open the workspace database."),
                             connection.errorText()};
            return RunStore(connection.database()).nodes(compute);
        })
        .then(this, [this, generation](const Result<QList<NodeRecord>> &result) {
            m_loading = false;
            if (generation == m_generation) {
                if (result) {
                    m_model->setNodes(*result);
                    int busy = 0;
                    for (const NodeRecord &n : *result)
                        busy += n.run.isEmpty() ? 0 : 1;
                    m_summary->setText(result->isEmpty()
                                           ? tr("No nodes: the cluster has scaled down to zero.")
                                           : tr("Nodes: %1, running a job: %2.")
                                                 .arg(QLocale().toString(result->size()),
                                                      QLocale().toString(busy)));
                    if (!m_sized && !result->isEmpty()) {
                        m_sized = true;
                        for (int c = 0; c < NodeListModel::ColumnCount; ++c)
                            m_view->resizeColumnToContents(c);
                    }
                } else {
                    m_summary->setText(
                        tr("Could not read the nodes: %1").arg(result.error().fullText()));
                }
                emit loaded();
            }
            if (std::exchange(m_reloadPending, false) || generation != m_generation)
                reload();
        });
}

} // namespace Studio::Ui
