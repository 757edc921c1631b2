#include "nodelistmodel.h"

#include <QIcon>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Studio::Ui {

NodeListModel::NodeListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int NodeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_nodes.size());
}

int NodeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NodeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NodeRecord &n = m_nodes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NodeId:
            return n.nodeId;
        case State:
            return n.state;
        case Run:
            return n.run.isEmpty() ? tr("(idle)") : n.run;
        case Since:
            return QLocale().toString(n.since.toLocalTime(), QLocale::ShortFormat);
        case Address:
            return n.port > 0 ? u"%1:%2"_s.arg(n.privateIpAddress).arg(n.port) : n.privateIpAddress;
        case Connection:
            return n.connectionString;
        }
        break;
    case SortRole:
        if (index.column() == Since)
            return n.since;
        return data(index, Qt::DisplayRole).toString().toCaseFolded();
    case Qt::DecorationRole:
        if (index.column() == State) {
            static const QIcon ok(u":/icons/state-ok.svg"_s);
            static const QIcon busy(u":/icons/state-busy.svg"_s);
            static const QIcon failed(u":/icons/state-failed.svg"_s);
            static const QIcon stopped(u":/icons/state-stopped.svg"_s);
            if (n.state == u"running"_s)
                return ok;
            if (n.state == u"unusable"_s || n.state == u"preempted"_s)
                return failed;
            if (n.state == u"idle"_s)
                return stopped;
            return busy;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Since)
            return QLocale().toString(n.since.toLocalTime(), QLocale::LongFormat);
        break;
    case NodeIdRole:
        return n.nodeId;
    }
    return {};
}

QVariant NodeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NodeId:
        return tr("Node");
    case State:
        return tr("State");
    case Run:
        return tr("Run");
    case Since:
        return tr("Since");
    case Address:
        return tr("Private IP");
    case Connection:
        return tr("Connection");
    }
    return {};
}

void NodeListModel::setNodes(const QList<NodeRecord> &nodes)
{
    QSet<QString> incoming;
    for (const NodeRecord &n : nodes)
        incoming.insert(n.nodeId);
    for (int row = int(m_nodes.size()) - 1; row >= 0;) {
        if (incoming.contains(m_nodes.at(row).nodeId)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(m_nodes.at(first - 1).nodeId))
            --first;
        beginRemoveRows({}, first, row);
        m_nodes.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    rebuildIndex();
    QList<NodeRecord> added;
    for (const NodeRecord &n : nodes) {
        const int row = m_rowById.value(n.nodeId, -1);
        if (row < 0) {
            added.append(n);
        } else if (!(m_nodes.at(row) == n)) {
            m_nodes[row] = n;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_nodes.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_nodes.append(added);
        endInsertRows();
        rebuildIndex();
    }
}

void NodeListModel::rebuildIndex()
{
    m_rowById.clear();
    for (int row = 0; row < m_nodes.size(); ++row)
        m_rowById.insert(m_nodes.at(row).nodeId, row);
}

} // namespace Studio::Ui
