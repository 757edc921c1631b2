#include "mainwindow.h"

#include "core/ops/computeoperations.h"
#include "core/store/workspace.h"
#include "pages/computepage.h"
#include "pages/placeholderpage.h"
#include "pages/runspage.h"
#include "settings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Studio::Ui {

namespace {

enum NavIndex { NavCompute, NavRuns, NavNotebooks };

ComputeKind kindOfPageId(QStringView id)
{
    if (id == u"compute/clusters")
        return ComputeKind::Cluster;
    if (id == u"compute/inference")
        return ComputeKind::Inference;
    if (id == u"compute/attached")
        return ComputeKind::Attached;
    return ComputeKind::Instance;
}

QString pageIdOfKind(ComputeKind kind)
{
    switch (kind) {
    case ComputeKind::Cluster:
        return u"compute/clusters"_s;
    case ComputeKind::Inference:
        return u"compute/inference"_s;
    case ComputeKind::Attached:
        return u"compute/attached"_s;
    default:
        return u"compute/instances"_s;
    }
}

// A window-modal message that does not spin a nested event loop.
void showMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Workspace> workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(std::move(workspace))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Compute Studio"));
    resize(1200, 760);

    m_navigation = new QListWidget;
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFixedWidth(180);
    m_navigation->setFrameShape(QFrame::NoFrame);
    // Palette, not a style sheet: QStyleSheetStyle costs start-up time on every widget.
    m_navigation->setBackgroundRole(QPalette::Window);
    m_navigation->setSpacing(4);
    new QListWidgetItem(QIcon(u":/icons/compute.svg"_s), tr("Compute"), m_navigation);
    new QListWidgetItem(QIcon(u":/icons/runs.svg"_s), tr("Runs"), m_navigation);
    new QListWidgetItem(QIcon(u":/icons/notebooks.svg"_s), tr("Notebooks"), m_navigation);

    m_pages = new QStackedWidget;
    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_workspaceLabel = new QLabel;
    m_workspaceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_workspaceLabel);

    createMenus();
    buildPages();
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == NavRuns)
            ensureRunsPage();
        m_pages->setCurrentIndex(row);
        emit currentPageChanged(currentPageId());
        if (isCurrentPageReady())
            emit currentPageReady();
    });
    m_navigation->setCurrentRow(NavCompute);

    const QSettings settings(settingsFilePath(), QSettings::IniFormat);
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    setCurrentPage(settings.value(u"window/page"_s, u"compute/instances"_s).toString());
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Workspace…"), this, &MainWindow::openWorkspaceDialog);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList names{tr("&Compute"), tr("&Runs"), tr("&Notebooks")};
    for (int i = 0; i < names.size(); ++i) {
        QAction *a
            = view->addAction(names.at(i), this, [this, i] { m_navigation->setCurrentRow(i); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Compute Studio"), this, [this] {
        showMessage(this, QMessageBox::Information, tr("About Compute Studio"),
                    tr("<h3>Compute Studio %1</h3><p>One desktop studio for all of your "
                       "machine-learning compute: the local machine, SSH hosts, Slurm "
                       "clusters and Azure Machine Learning.</p>")
                        .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::buildPages()
{
    while (m_pages->count() > 0) {
        QWidget *page = m_pages->widget(0);
        m_pages->removeWidget(page);
        delete page;
    }
    m_computePage = new ComputePage(m_workspace.get());
    connect(m_computePage, &ComputePage::loaded, this, [this] {
        if (m_navigation->currentRow() == NavCompute && m_computePage->hasLoaded())
            emit currentPageReady();
    });
    connect(m_computePage, &ComputePage::currentTabChanged, this,
            [this] { emit currentPageChanged(currentPageId()); });
    m_pages->addWidget(m_computePage);
    connect(m_computePage, &ComputePage::runSubmitted, this, [this](const QString &name) {
        ensureRunsPage()->selectRun(name);
        m_navigation->setCurrentRow(NavRuns);
    });
    // The Runs page (charts, log view, details) is built when first needed, or a moment
    // after start-up (it announces finished runs): not before the first paint.
    m_runsPage = nullptr;
    m_runsSlot = new QWidget;
    m_pages->addWidget(m_runsSlot);
    QTimer::singleShot(1000, this, [this] { ensureRunsPage(); });
    m_pages->addWidget(new PlaceholderPage(
        tr("Notebooks"), u":/icons/notebooks.svg"_s,
        tr("Notebooks will open here: .ipynb documents whose cells run on a Jupyter kernel on "
           "the compute you pick. The notebook editor arrives in a later release.")));
    m_pages->setCurrentIndex(qMax(0, m_navigation->currentRow()));

    m_workspace->watchForChanges();
    m_workspaceLabel->setText(tr("Workspace: %1").arg(m_workspace->path()));
    setWindowFilePath(m_workspace->path());
}

RunsPage *MainWindow::ensureRunsPage()
{
    if (m_runsPage)
        return m_runsPage;
    m_runsPage = new RunsPage(m_workspace.get());
    connect(m_runsPage, &RunsPage::ready, this, [this] {
        if (m_navigation->currentRow() == NavRuns)
            emit currentPageReady();
    });
    const bool current = m_pages->currentWidget() == m_runsSlot;
    m_pages->insertWidget(NavRuns, m_runsPage);
    m_pages->removeWidget(m_runsSlot);
    delete std::exchange(m_runsSlot, nullptr);
    if (current)
        m_pages->setCurrentWidget(m_runsPage);
    return m_runsPage;
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    const QString page = currentPageId();
    // Pages point at the workspace: replace them before the old workspace goes.
    std::unique_ptr<Workspace> old = std::exchange(m_workspace, std::move(workspace));
    buildPages();
    setCurrentPage(page);
    old.reset();
}

QStringList MainWindow::pageIds()
{
    return {u"compute/instances"_s,
            u"compute/clusters"_s,
            u"compute/inference"_s,
            u"compute/attached"_s,
            u"runs"_s,
            u"notebooks"_s};
}

bool MainWindow::isPageId(const QString &pageId)
{
    if (pageIds().contains(pageId))
        return true;
    const QStringList parts = pageId.split(u'/');
    static const QStringList tabs{u"overview"_s, u"logs"_s, u"metrics"_s, u"outputs"_s,
                                  u"snapshot"_s};
    return parts.first() == u"runs"_s && (parts.size() == 2 || parts.size() == 3)
           && !parts.at(1).isEmpty() && (parts.size() == 2 || tabs.contains(parts.at(2)));
}

bool MainWindow::setCurrentPage(const QString &pageId)
{
    if (!isPageId(pageId))
        return false;
    if (pageId.startsWith(u"runs/"_s)) {
        const QStringList parts = pageId.split(u'/');
        static const QStringList tabs{u"overview"_s, u"logs"_s, u"metrics"_s, u"outputs"_s,
                                      u"snapshot"_s};
        ensureRunsPage()->openRun(parts.at(1),
                                  parts.size() > 2 ? int(tabs.indexOf(parts.at(2))) : 0);
        m_navigation->setCurrentRow(NavRuns);
        return true;
    }
    if (pageId.startsWith(u"compute/"_s)) {
        m_computePage->setCurrentTab(kindOfPageId(pageId));
        m_navigation->setCurrentRow(NavCompute);
    } else {
        m_navigation->setCurrentRow(pageId == u"runs"_s ? NavRuns : NavNotebooks);
    }
    return true;
}

QString MainWindow::currentPageId() const
{
    switch (m_navigation->currentRow()) {
    case NavRuns:
        return u"runs"_s;
    case NavNotebooks:
        return u"notebooks"_s;
    default:
        return pageIdOfKind(m_computePage->currentTab());
    }
}

bool MainWindow::isCurrentPageReady() const
{
    switch (m_navigation->currentRow()) {
    case NavCompute:
        return m_computePage->hasLoaded();
    case NavRuns:
        return m_runsPage && m_runsPage->isReady();
    default:
        return true;
    }
}

void MainWindow::openWorkspaceDialog()
{
    if (m_computePage && !m_computePage->runningOperations().isEmpty()) {
        showMessage(this, QMessageBox::Information, tr("Open Workspace"),
                    tr("Operations on this workspace's computes are still running. Open another "
                       "workspace once they have finished."));
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Open Workspace"), m_workspace->path());
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &dir) {
        auto opened = Workspace::open(dir);
        if (!opened) {
            showMessage(this, QMessageBox::Warning, tr("Open Workspace"),
                        opened.error().fullText());
            return;
        }
        setWorkspace(std::move(opened.value()));
        QSettings settings(settingsFilePath(), QSettings::IniFormat);
        settings.setValue(u"workspace/last"_s, m_workspace->path());
    });
    dialog->open();
}

void MainWindow::saveState() const
{
    QSettings settings(settingsFilePath(), QSettings::IniFormat);
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/page"_s, currentPageId());
    settings.setValue(u"workspace/last"_s, m_workspace->path());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const QList<ComputeOperation *> running
        = m_computePage ? m_computePage->runningOperations() : QList<ComputeOperation *>();
    if (!running.isEmpty() && !m_closeConfirmed) {
        // The workspace lets its operations finish before the process ends: say so first.
        event->ignore();
        QStringList names;
        for (const ComputeOperation *op : running)
            names.append(op->computeName());
        auto *box
            = new QMessageBox(QMessageBox::Warning, tr("Operations are running"),
                              tr("Operations on %1 are still running.").arg(names.join(u", "_s)),
                              QMessageBox::NoButton, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(tr("If you quit now, the window closes at once and Compute Studio "
                                   "quits once they have finished."));
        QPushButton *quit = box->addButton(tr("Quit When Done"), QMessageBox::DestructiveRole);
        box->addButton(tr("Keep Open"), QMessageBox::RejectRole);
        connect(box, &QMessageBox::finished, this, [this, box, quit] {
            if (box->clickedButton() == quit) {
                m_closeConfirmed = true;
                close();
            }
        });
        box->open();
        return;
    }
    saveState();
    QMainWindow::closeEvent(event);
}

} // namespace Studio::Ui
