#pragma once

#include "core/model/compute.h"

#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QJsonValue;
QT_END_NAMESPACE

namespace Studio {
class Workspace;
}

namespace Studio::Ui {

class NodesView;

/// Everything about one compute: its properties, provisioning state and last error; for a
/// cluster, its nodes live (once setWorkspace() has been called).
class ComputeDetailsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComputeDetailsPanel)

public:
    explicit ComputeDetailsPanel(QWidget *parent = nullptr);

    void setCompute(const std::optional<ComputeRecord> &compute);
    /// Where the Nodes tab reads the nodes from (not owned).
    void setWorkspace(Workspace *workspace);
    QTabWidget *tabs() const { return m_tabs; }
    NodesView *nodesView() const { return m_nodes; }
    std::optional<ComputeRecord> compute() const { return m_compute; }

    /// The value shown for a property (tests and accessibility).
    QString propertyText(const QString &label) const;

    /// Whether the running operation of the shown compute can be cancelled from here.
    void setCancelable(bool cancelable);
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    /// The user asked to cancel the running operation of the compute `name`.
    void cancelRequested(const QString &name);

private:
    void addSpecItems(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value);

    std::optional<ComputeRecord> m_compute;
    QStackedWidget *m_stack = nullptr;   // Owned (child).
    QLabel *m_title = nullptr;           // Owned (child).
    QLabel *m_subtitle = nullptr;        // Owned (child).
    QLabel *m_state = nullptr;           // Owned (child).
    QLabel *m_error = nullptr;           // Owned (child).
    QWidget *m_operationRow = nullptr;   // Owned (child).
    QLabel *m_operation = nullptr;       // Owned (child).
    QProgressBar *m_progress = nullptr;  // Owned (child).
    QPushButton *m_cancel = nullptr;     // Owned (child).
    QTreeWidget *m_properties = nullptr; // Owned (child).
    QTabWidget *m_tabs = nullptr;        // Owned (child).
    NodesView *m_nodes = nullptr;        // Owned (child).
};

} // namespace Studio::Ui
