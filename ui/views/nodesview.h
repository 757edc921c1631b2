#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QSortFilterProxyModel;
class QTreeView;
QT_END_NAMESPACE

namespace Studio {
class Workspace;
}

namespace Studio::Ui {

class NodeListModel;

/// The nodes of a compute (RunStore::nodes): state, the run each serves, since when. Reads
/// on the workspace's pool and again whenever the workspace changes while it is shown; rows
/// update in place, so the selection and scroll position survive scaling.
class NodesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodesView)

public:
    explicit NodesView(QWidget *parent = nullptr);

    /// `workspace` not owned; it must outlive this view.
    void setWorkspace(Workspace *workspace);
    void setCompute(const QString &compute);
    QString compute() const { return m_compute; }

    NodeListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLabel *summary() const { return m_summary; }

public slots:
    void reload();

signals:
    /// A read finished and the list shows it.
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    Workspace *m_workspace = nullptr;         // Not owned.
    NodeListModel *m_model = nullptr;         // Owned (child).
    QSortFilterProxyModel *m_proxy = nullptr; // Owned (child).
    QTreeView *m_view = nullptr;              // Owned (child).
    QLabel *m_summary = nullptr;              // Owned (child).
    QString m_compute;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_reloadPending = false;
    bool m_sized = false;
};

} // namespace Studio::Ui
