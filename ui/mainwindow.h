#pragma once

#include <QMainWindow>

#include <memory>

QT_BEGIN_NAMESPACE
class QListWidget;
class QStackedWidget;
class QLabel;
QT_END_NAMESPACE

namespace Studio {
class Workspace;
}

namespace Studio::Ui {

class ComputePage;
class RunsPage;

/// The studio's main window: left navigation (Compute, Runs, Notebooks) and the pages.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(std::unique_ptr<Workspace> workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Page ids as the command line names them: compute/instances, compute/clusters,
    /// compute/inference, compute/attached, runs, notebooks.
    static QStringList pageIds();
    /// One of pageIds(), or `runs/<run name>[/overview|logs|metrics|outputs|snapshot]`: the
    /// Runs page with that run's details open.
    static bool isPageId(const QString &pageId);
    bool setCurrentPage(const QString &pageId);
    QString currentPageId() const;

    Workspace *workspace() const { return m_workspace.get(); }
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    ComputePage *computePage() const { return m_computePage; }
    /// The Runs page, built now if it was not yet (it is built lazily after start-up).
    RunsPage *runsPage() { return ensureRunsPage(); }
    QListWidget *navigation() const { return m_navigation; }

    /// True once the current page shows its data (the Compute page after its first load).
    bool isCurrentPageReady() const;

signals:
    /// The current page finished loading its data; fit for a screenshot.
    void currentPageReady();
    void currentPageChanged(const QString &pageId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPages();
    void createMenus();
    void openWorkspaceDialog();
    void saveState() const;

    std::unique_ptr<Workspace> m_workspace;
    QListWidget *m_navigation = nullptr;  // Owned (child).
    QStackedWidget *m_pages = nullptr;    // Owned (child).
    ComputePage *m_computePage = nullptr; // Owned (child of m_pages).
    RunsPage *ensureRunsPage();
    RunsPage *m_runsPage = nullptr;     // Owned (child of m_pages).
    QWidget *m_runsSlot = nullptr;      // Owned (child of m_pages): stands in until then.
    QLabel *m_workspaceLabel = nullptr; // Owned (status bar).
    bool m_closeConfirmed = false;
};

} // namespace Studio::Ui
