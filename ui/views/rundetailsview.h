#pragma once

#include "core/runs/runrecord.h"
#include "core/runs/snapshot.h"

#include <QStringList>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;
QT_END_NAMESPACE

namespace Studio {
class Workspace;
}

namespace Studio::Ui {

class LogView;
class MetricsChart;

/// Everything about one run, in tabs: Overview (properties, status timeline, git, command,
/// params and tags), Logs (the run's log files, followed live while it is active), Metrics
/// (a chart per metric; several runs overlaid with compare()), Outputs (the run's outputs/
/// and log folders: open, download) and Snapshot (the files submitted, as stored). Reads on
/// the workspace's pool, again whenever the workspace changes while it is shown.
class RunDetailsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDetailsView)

public:
    enum Tab { OverviewTab, LogsTab, MetricsTab, OutputsTab, SnapshotTab };

    explicit RunDetailsView(Workspace *workspace, QWidget *parent = nullptr); // Not owned.
    ~RunDetailsView() override;

    /// Shows the run `name` (empty: none) and leaves compare mode.
    void setRun(const QString &name);
    QString runName() const { return m_name; }
    /// The run as of the last read.
    std::optional<RunRecord> run() const { return m_run; }
    /// Overlays the metrics of `names` (two or more) on the Metrics tab and shows it.
    void compare(const QStringList &names);
    QStringList comparedRuns() const { return m_compare; }
    void setCurrentTab(Tab tab);

    /// Downloads the run's outputs and logs into `directory` on the workspace's pool;
    /// downloadFinished() tells how it went.
    void download(const QString &directory);
    /// Shows the snapshot file `path` (a path of the manifest) in the Snapshot tab.
    void showSnapshotFile(const QString &path);

    /// The value shown for a property of the Overview tab.
    QString propertyText(const QString &label) const;

    QTabWidget *tabs() const { return m_tabs; }
    QLabel *title() const { return m_title; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *messageLabel() const { return m_message; }
    QTreeWidget *properties() const { return m_properties; }
    QTreeWidget *timeline() const { return m_timeline; }
    QPlainTextEdit *commandText() const { return m_command; }
    QComboBox *logChooser() const { return m_logChooser; }
    LogView *logView() const { return m_logView; }
    MetricsChart *metricsChart() const { return m_metrics; }
    QLabel *metricsTitle() const { return m_metricsTitle; }
    QTreeWidget *outputs() const { return m_outputs; }
    QTreeWidget *snapshotFiles() const { return m_snapshotFiles; }
    QPlainTextEdit *snapshotText() const { return m_snapshotText; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *resubmitButton() const { return m_resubmit; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *downloadButton() const { return m_download; }

public slots:
    void reload();

signals:
    /// A read finished and the tabs show it.
    void loaded();
    /// Resubmit made the run `name`.
    void resubmitted(const QString &name);
    void downloadFinished(bool ok, const QString &message);
    void snapshotFileShown(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Load;
    QWidget *createOverviewTab();
    QWidget *createLogsTab();
    QWidget *createMetricsTab();
    QWidget *createOutputsTab();
    QWidget *createSnapshotTab();
    void apply(const Load &load);
    void applyOverview(const Load &load);
    void applyLogs(const Load &load);
    void applyOutputs(const Load &load);
    void applySnapshot(const Load &load);
    void updateButtons();
    void showMessage(const QString &text, bool error);
    void chooseDownloadFolder();
    void openSelectedOutput();
    void cancelRun();
    void resubmitRun();

    Workspace *m_workspace = nullptr; // Not owned.
    QString m_name;
    QStringList m_compare;
    std::optional<RunRecord> m_run;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_reloadPending = false;
    bool m_busy = false; ///< a cancel or resubmit is on its way
    QStringList m_logFiles;
    QString m_outputsSignature;
    std::optional<SnapshotManifest> m_manifest;

    QStackedWidget *m_stack = nullptr;        // Owned (child).
    QTabWidget *m_tabs = nullptr;             // Owned (child).
    QLabel *m_title = nullptr;                // Owned (child).
    QLabel *m_subtitle = nullptr;             // Owned (child).
    QLabel *m_status = nullptr;               // Owned (child).
    QLabel *m_statusIcon = nullptr;           // Owned (child).
    QLabel *m_error = nullptr;                // Owned (child).
    QLabel *m_message = nullptr;              // Owned (child).
    QPushButton *m_cancel = nullptr;          // Owned (child).
    QPushButton *m_resubmit = nullptr;        // Owned (child).
    QTreeWidget *m_properties = nullptr;      // Owned (child).
    QTreeWidget *m_timeline = nullptr;        // Owned (child).
    QPlainTextEdit *m_command = nullptr;      // Owned (child).
    QComboBox *m_logChooser = nullptr;        // Owned (child).
    LogView *m_logView = nullptr;             // Owned (child).
    QLabel *m_noLogs = nullptr;               // Owned (child).
    MetricsChart *m_metrics = nullptr;        // Owned (child).
    QLabel *m_metricsTitle = nullptr;         // Owned (child).
    QTreeWidget *m_outputs = nullptr;         // Owned (child).
    QPushButton *m_open = nullptr;            // Owned (child).
    QPushButton *m_download = nullptr;        // Owned (child).
    QTreeWidget *m_snapshotFiles = nullptr;   // Owned (child).
    QPlainTextEdit *m_snapshotText = nullptr; // Owned (child).
    QLabel *m_snapshotSummary = nullptr;      // Owned (child).
};

} // namespace Studio::Ui
