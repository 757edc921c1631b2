#include "computelistmodel.h"

#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Studio::Ui {

ComputeListModel::ComputeListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ComputeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_computes.size());
}

int ComputeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QIcon ComputeListModel::stateIcon(const ComputeRecord &compute)
{
    static const QIcon ok(u":/icons/state-ok.svg"_s);
    static const QIcon failed(u":/icons/state-failed.svg"_s);
    static const QIcon busy(u":/icons/state-busy.svg"_s);
    static const QIcon stopped(u":/icons/state-stopped.svg"_s);
    if (compute.isBusy())
        return busy;
    switch (compute.provisioningState) {
    case ProvisioningState::Failed:
        return failed;
    case ProvisioningState::Creating:
    case ProvisioningState::Updating:
    case ProvisioningState::Deleting:
        return busy;
    case ProvisioningState::Succeeded:
        return compute.state.compare(u"Stopped"_s, Qt::CaseInsensitive) == 0 ? stopped : ok;
    case ProvisioningState::Canceled:
    case ProvisioningState::Unknown:
        return stopped;
    }
    return {};
}

QVariant ComputeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComputeRecord &c = m_computes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return c.name;
        case Type:
            return c.type;
        case Provider:
            return c.provider;
        case State:
            if (c.isBusy())
                return tr("%1… %2%").arg(c.operationText()).arg(c.progress);
            return c.displayStateText();
        case Size:
            return c.sizeText();
        case Nodes:
            return c.nodesText();
        case CreatedBy:
            return c.createdBy;
        case CreatedOn:
            return QLocale().toString(c.createdOn.toLocalTime(), QLocale::ShortFormat);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Nodes:
            return c.nodesSortKey();
        case CreatedOn:
            return c.createdOn;
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case Qt::DecorationRole:
        if (index.column() == State)
            return stateIcon(c);
        break;
    case Qt::ToolTipRole:
        if (index.column() == State && c.isBusy())
            return c.progressText;
        if (index.column() == State && !c.lastError.isEmpty())
            return c.lastError;
        if (index.column() == CreatedOn)
            return QLocale().toString(c.createdOn.toLocalTime(), QLocale::LongFormat);
        break;
    case IdRole:
        return c.id;
    case NameRole:
        return c.name;
    }
    return {};
}

QVariant ComputeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Provider:
        return tr("Provider");
    case State:
        return tr("State");
    case Size:
        return tr("Size");
    case Nodes:
        return tr("Nodes");
    case CreatedBy:
        return tr("Created by");
    case CreatedOn:
        return tr("Created on");
    }
    return {};
}

void ComputeListModel::setComputes(const QList<ComputeRecord> &computes)
{
    QSet<qint64> incoming;
    incoming.reserve(computes.size());
    for (const ComputeRecord &c : computes)
        incoming.insert(c.id);

    // Removals, as contiguous ranges from the bottom so row numbers above stay valid.
    for (int row = int(m_computes.size()) - 1; row >= 0;) {
        if (incoming.contains(m_computes.at(row).id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(m_computes.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, row);
        m_computes.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    rebuildIndex();

    // Updates in place, then appends.
    QList<int> changedRows;
    QList<ComputeRecord> added;
    for (const ComputeRecord &c : computes) {
        const int row = m_rowById.value(c.id, -1);
        if (row < 0) {
            added.append(c);
        } else if (!(m_computes.at(row) == c)) {
            m_computes[row] = c;
            changedRows.append(row);
        }
    }
    if (!changedRows.isEmpty() && changedRows.size() * 2 > m_computes.size()) {
        emit dataChanged(index(0, 0), index(int(m_computes.size()) - 1, ColumnCount - 1));
    } else {
        for (int row : std::as_const(changedRows))
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (!added.isEmpty()) {
        const int first = int(m_computes.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_computes.append(added);
        endInsertRows();
        rebuildIndex();
    }
}

void ComputeListModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_computes.size());
    for (int row = 0; row < m_computes.size(); ++row)
        m_rowById.insert(m_computes.at(row).id, row);
}

} // namespace Studio::Ui
