#include "runlistmodel.h"

#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Studio::Ui {

RunListModel::RunListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QIcon RunListModel::statusIcon(RunStatus status)
{
    static const QIcon ok(u":/icons/state-ok.svg"_s);
    static const QIcon failed(u":/icons/state-failed.svg"_s);
    static const QIcon busy(u":/icons/state-busy.svg"_s);
    static const QIcon stopped(u":/icons/state-stopped.svg"_s);
    switch (status) {
    case RunStatus::Completed:
        return ok;
    case RunStatus::Failed:
    case RunStatus::NotResponding:
        return failed;
    case RunStatus::Canceled:
    case RunStatus::NotStarted:
        return stopped;
    case RunStatus::Queued:
    case RunStatus::Preparing:
    case RunStatus::Starting:
    case RunStatus::Running:
    case RunStatus::Finalizing:
    case RunStatus::CancelRequested:
        return busy;
    }
    return {};
}

QString RunListModel::durationText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (seconds < 86400) {
        return tr("%1 h %2 min")
            .arg(seconds / 3600)
            .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    }
    return tr("%1 d %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
}

bool RunListModel::sameShown(const RunRecord &a, const RunRecord &b)
{
    return a.name == b.name && a.status == b.status && a.displayName == b.displayName
           && a.experimentName == b.experimentName && a.compute == b.compute
           && a.createdOn == b.createdOn && a.startedOn == b.startedOn && a.endedOn == b.endedOn
           && a.error == b.error && a.exitCode == b.exitCode && a.nodes == b.nodes
           && a.snapshotId == b.snapshotId && a.git == b.git && a.spec == b.spec;
}

QDateTime RunListModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunRecord &r = m_runs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DisplayName:
            return r.displayName.isEmpty() ? r.name : r.displayName;
        case Experiment:
            return r.experimentName;
        case Status:
            return Studio::displayName(r.status);
        case Compute:
            return r.compute;
        case CreatedOn:
            return QLocale().toString(r.createdOn.toLocalTime(), QLocale::ShortFormat);
        case Duration:
            return durationText(r.durationSeconds(now()));
        case Name:
            return r.name;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Status:
            return int(r.status);
        case CreatedOn:
            return r.createdOn;
        case Duration:
            return r.durationSeconds(now());
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case Qt::DecorationRole:
        if (index.column() == Status)
            return statusIcon(r.status);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Status && !r.error.isEmpty())
            return r.error;
        if (index.column() == CreatedOn)
            return QLocale().toString(r.createdOn.toLocalTime(), QLocale::LongFormat);
        if (index.column() == DisplayName)
            return r.name;
        break;
    case NameRole:
        return r.name;
    case StatusRole:
        return int(r.status);
    }
    return {};
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DisplayName:
        return tr("Display name");
    case Experiment:
        return tr("Experiment");
    case Status:
        return tr("Status");
    case Compute:
        return tr("Compute");
    case CreatedOn:
        return tr("Created");
    case Duration:
        return tr("Duration");
    case Name:
        return tr("Name");
    }
    return {};
}

void RunListModel::setRuns(const QList<RunRecord> &runs)
{
    QSet<QString> incoming;
    incoming.reserve(runs.size());
    for (const RunRecord &r : runs)
        incoming.insert(r.name);

    // Removals, as contiguous ranges from the bottom so row numbers above stay valid.
    for (int row = int(m_runs.size()) - 1; row >= 0;) {
        if (incoming.contains(m_runs.at(row).name)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(m_runs.at(first - 1).name))
            --first;
        beginRemoveRows({}, first, row);
        m_runs.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    rebuildIndex();

    QList<int> changedRows;
    QList<RunRecord> added;
    for (const RunRecord &r : runs) {
        const int row = m_rowByName.value(r.name, -1);
        if (row < 0) {
            added.append(r);
        } else if (!sameShown(m_runs.at(row), r)) {
            m_runs[row] = r;
            changedRows.append(row);
        }
    }
    if (!changedRows.isEmpty() && changedRows.size() * 2 > m_runs.size()) {
        emit dataChanged(index(0, 0), index(int(m_runs.size()) - 1, ColumnCount - 1));
    } else {
        for (int row : std::as_const(changedRows))
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (!added.isEmpty()) {
        const int first = int(m_runs.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_runs.append(added);
        endInsertRows();
        rebuildIndex();
    }
}

void RunListModel::tick()
{
    for (int row = 0; row < m_runs.size(); ++row) {
        if (!isTerminal(m_runs.at(row).status))
            emit dataChanged(index(row, Duration), index(row, Duration));
    }
}

void RunListModel::rebuildIndex()
{
    m_rowByName.clear();
    m_rowByName.reserve(m_runs.size());
    for (int row = 0; row < m_runs.size(); ++row)
        m_rowByName.insert(m_runs.at(row).name, row);
}

} // namespace Studio::Ui
