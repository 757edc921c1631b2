#pragma once

#include "core/runs/runrecord.h"
#include "core/runs/runstore.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTimer;
class QTreeView;
QT_END_NAMESPACE

namespace Studio {
class Workspace;
}

namespace Studio::Ui {

class Notifier;
class RunDetailsView;
class RunListModel;
class SubmitRunDialog;

/// The Runs page: every run of the workspace with its experiment, display name, status,
/// compute, created time and duration; filters by status, compute and experiment, and a
/// search; the selected run's details below; Compare overlays the metrics of the selected
/// runs. Reads on the workspace's pool whenever the workspace changes (the agent and other
/// processes write runs), and updates rows in place. While the window is not focused, a run
/// that finishes, fails or is canceled raises a desktop notification.
class RunsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsPage)

public:
    /// The newest runs the list shows; filters reach older ones.
    static constexpr int listLimit = 2000;

    explicit RunsPage(Workspace *workspace, QWidget *parent = nullptr); // Not owned.
    ~RunsPage() override;

    bool hasLoaded() const { return m_hasLoaded; }
    /// Loaded, and the details of a run opened with openRun() are shown.
    bool isReady() const;

    /// Replaces the notifier (not owned; nullptr: the page's own desktop notifier).
    void setNotifier(Notifier *notifier);
    Notifier *notifier() const;

    /// Selects the run `name` once it is in the list (now or after a later load).
    void selectRun(const QString &name);
    /// Selects `name` and shows its details' `tab` (0: Overview …).
    void openRun(const QString &name, int tab = 0);
    /// Opens the submit dialog, targeting `compute` when given.
    SubmitRunDialog *openSubmitDialog(const QString &compute = {});
    /// Overlays the metrics of the selected runs (two or more) in the details.
    void compareSelected();
    QStringList selectedRuns() const;

    /// The filter the list applies now.
    RunFilter filter() const;

    RunListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    RunDetailsView *details() const { return m_details; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QComboBox *computeFilter() const { return m_computeFilter; }
    QComboBox *experimentFilter() const { return m_experimentFilter; }
    QLineEdit *searchEdit() const { return m_search; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *compareButton() const { return m_compare; }
    QLabel *countLabel() const { return m_count; }
    QLabel *notice() const { return m_notice; }

public slots:
    void reload();

signals:
    /// A load finished and the list shows its result.
    void loaded();
    /// isReady() became true.
    void ready();
    /// A run finished (Completed, Failed or Canceled) while the page was watching.
    void runFinished(const QString &name, Studio::RunStatus status);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Load;
    void startLoad(bool full);
    void applyLoad(const Load &load);
    void watchStatuses(const QList<RunRecord> &runs);
    void updateFilterChoices(const QStringList &computes, const QStringList &experiments);
    void updateCurrent();
    void updateActions();
    void showState();

    Workspace *m_workspace = nullptr;         // Not owned.
    RunListModel *m_model = nullptr;          // Owned (child).
    QSortFilterProxyModel *m_proxy = nullptr; // Owned (child).
    QTreeView *m_view = nullptr;              // Owned (child).
    RunDetailsView *m_details = nullptr;      // Owned (child).
    QSplitter *m_splitter = nullptr;          // Owned (child).
    QStackedWidget *m_stack = nullptr;        // Owned (child).
    QComboBox *m_statusFilter = nullptr;      // Owned (child).
    QComboBox *m_computeFilter = nullptr;     // Owned (child).
    QComboBox *m_experimentFilter = nullptr;  // Owned (child).
    QLineEdit *m_search = nullptr;            // Owned (child).
    QPushButton *m_submit = nullptr;          // Owned (child).
    QPushButton *m_refresh = nullptr;         // Owned (child).
    QPushButton *m_compare = nullptr;         // Owned (child).
    QLabel *m_count = nullptr;                // Owned (child).
    QLabel *m_notice = nullptr;               // Owned (child).
    QTimer *m_searchDelay = nullptr;          // Owned (child).
    QTimer *m_tick = nullptr;                 // Owned (child).
    Notifier *m_ownNotifier = nullptr;        // Owned (child).
    QPointer<Notifier> m_notifier;            // Not owned (or m_ownNotifier).
    QHash<QString, RunStatus> m_knownStatus;
    QString m_pendingSelection;
    int m_pendingTab = -1;
    bool m_detailsPending = false;
    bool m_seeded = false;
    bool m_loading = false;
    bool m_reloadPending = false;
    bool m_pendingFull = false;
    bool m_hasLoaded = false;
    bool m_sized = false;
    bool m_wasReady = false;
};

} // namespace Studio::Ui
