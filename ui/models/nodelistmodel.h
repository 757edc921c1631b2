#pragma once

#include "core/runs/runrecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Studio::Ui {

/// The nodes of one compute. setNodes() diffs by node id, so the view keeps its selection
/// and scroll position while the cluster scales.
class NodeListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeListModel)

public:
    enum Column { NodeId, State, Run, Since, Address, Connection, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, NodeIdRole };

    explicit NodeListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setNodes(const QList<NodeRecord> &nodes);
    const NodeRecord &nodeAt(int row) const { return m_nodes.at(row); }
    int rowOf(const QString &nodeId) const { return m_rowById.value(nodeId, -1); }

private:
    void rebuildIndex();

    QList<NodeRecord> m_nodes;
    QHash<QString, int> m_rowById;
};

} // namespace Studio::Ui
