#pragma once

#include "core/model/compute.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>

namespace Studio::Ui {

/// The computes of one tab. setComputes() diffs by id, so a refresh keeps the view's
/// selection and scroll position and only changed rows repaint (qBittorrent's
/// transferlistmodel: per-row dataChanged, one full-range signal when most rows changed).
class ComputeListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComputeListModel)

public:
    enum Column { Name, Type, Provider, State, Size, Nodes, CreatedBy, CreatedOn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value for QSortFilterProxyModel
        IdRole,
        NameRole,
    };

    explicit ComputeListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setComputes(const QList<ComputeRecord> &computes);
    const ComputeRecord &computeAt(int row) const { return m_computes.at(row); }
    int rowOf(qint64 id) const { return m_rowById.value(id, -1); }

    /// An icon for a compute's state: green when usable, blue while busy, red when failed.
    static QIcon stateIcon(const ComputeRecord &compute);

private:
    void rebuildIndex();

    QList<ComputeRecord> m_computes;
    QHash<qint64, int> m_rowById;
};

} // namespace Studio::Ui
