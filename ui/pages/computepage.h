#pragma once

#include "core/model/compute.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QTabWidget;
QT_END_NAMESPACE

namespace Studio {
class ComputeOperation;
class ComputeOperations;
class Workspace;
} // namespace Studio

namespace Studio::Ui {

class ComputeForm;
class ComputeTab;

/// The studio's Compute page: the local machine at the top, then one tab per kind
/// (Compute instances, Compute clusters, Inference clusters, Attached compute).
/// Loads asynchronously and reloads whenever the workspace changes.
class ComputePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComputePage)

public:
    explicit ComputePage(Workspace *workspace, QWidget *parent = nullptr); // Not owned.

    static QList<ComputeKind> tabKinds();
    ComputeTab *tab(ComputeKind kind) const;
    void setCurrentTab(ComputeKind kind);
    ComputeKind currentTab() const;
    bool hasLoaded() const { return m_hasLoaded; }
    QLabel *localMachineSummary() const { return m_localSummary; }
    ComputeOperations *operations() const { return m_operations; }
    /// Operations this window started that are still running.
    QList<ComputeOperation *> runningOperations() const;

    /// Opens the create (or attach) form of `kind`; the form creates on submit.
    ComputeForm *openCreateForm(ComputeKind kind);

public slots:
    void reload();

signals:
    /// A load finished and the tabs show its result.
    void loaded();
    void currentTabChanged(Studio::ComputeKind kind);
    /// A run was submitted from here (Submit run… on a compute).
    void runSubmitted(const QString &name);

private:
    void applyLoad(const QList<ComputeRecord> &computes);
    void showLoadError(const QString &message);
    void probeLocalGpus();
    void handleAction(ComputeTab *tab, const QString &action, const QString &name);
    void watch(ComputeOperation *operation, ComputeTab *tab);
    void updateCancelable();
    void openScaleSettings(ComputeTab *tab, const ComputeRecord &compute);
    QStringList computeNames() const;

    Workspace *m_workspace = nullptr;          // Not owned.
    QTabWidget *m_tabs = nullptr;              // Owned (child).
    QLabel *m_localSummary = nullptr;          // Owned (child).
    QList<ComputeTab *> m_tabList;             // Owned (children of m_tabs).
    ComputeOperations *m_operations = nullptr; // Owned (child).
    QList<ComputeRecord> m_computes;           // As of the last load.
    bool m_loading = false;
    bool m_reloadPending = false;
    bool m_gpuProbeStarted = false;
    bool m_hasLoaded = false;
};

} // namespace Studio::Ui
