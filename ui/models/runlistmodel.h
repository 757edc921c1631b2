#pragma once

#include "core/runs/runrecord.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QList>

namespace Studio::Ui {

/// The runs of the Runs page. setRuns() diffs by run name, so a refresh keeps the view's
/// selection and scroll position and only changed rows repaint (as ComputeListModel).
class RunListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunListModel)

public:
    enum Column {
        DisplayName,
        Experiment,
        Status,
        Compute,
        CreatedOn,
        Duration,
        Name,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value for QSortFilterProxyModel
        NameRole,
        StatusRole, ///< the RunStatus as int
    };

    explicit RunListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setRuns(const QList<RunRecord> &runs);
    const RunRecord &runAt(int row) const { return m_runs.at(row); }
    int rowOf(const QString &name) const { return m_rowByName.value(name, -1); }
    /// The durations of runs still going change with time: repaints their Duration cells.
    void tick();
    /// "Now" for durations (tests pin it); invalid: the clock.
    void setNow(const QDateTime &now) { m_now = now; }

    /// An icon for a run's status: green completed, blue while active, red failed, grey
    /// canceled or not started.
    static QIcon statusIcon(RunStatus status);
    /// "1 h 02 min", "3 min 05 s", "12 s".
    static QString durationText(qint64 seconds);
    /// Whether the fields the list and details show are the same.
    static bool sameShown(const RunRecord &a, const RunRecord &b);

private:
    void rebuildIndex();
    QDateTime now() const;

    QList<RunRecord> m_runs;
    QHash<QString, int> m_rowByName;
    QDateTime m_now;
};

} // namespace Studio::Ui
