#include "runspage.h"

#include "../forms/submitrundialog.h"
#include "../models/runlistmodel.h"
#include "../notifier.h"
#include "../views/rundetailsview.h"
#include "core/store/workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Studio::Ui {

namespace {

/// Runs watched for notifications while the list is not shown: the newest ones.
constexpr int watchLimit = 200;
constexpr int ActiveFilter = -2;
constexpr int AllFilter = -1;

bool isFilterEmpty(const RunFilter &f)
{
    return f.statuses.isEmpty() && f.compute.isEmpty() && f.experiment.isEmpty()
           && f.search.isEmpty();
}

} // namespace

struct RunsPage::Load
{
    bool full = false;
    QString error;
    QList<RunRecord> runs;    ///< the list (full loads)
    QList<RunRecord> watched; ///< the newest runs, unfiltered
    QStringList experiments;
    QStringList computes;

    static Load read(const QString &dbPath, bool full, const RunFilter &filter)
    {
        Load load;
        load.full = full;
        Workspace::Connection connection(dbPath);
        if (!connection.isOpen()) {
            load.error = RunsPage::tr("Could not open the workspace database: %1")
                             .arg(connection.errorText());
            return load;
        }
        const RunStore store(connection.database());
        RunFilter watch;
        watch.limit = watchLimit;
        if (full) {
            auto runs = store.list(filter);
            if (!runs) {
                load.error = runs.error().fullText();
                return load;
            }
            load.runs = *runs;
            if (auto experiments = store.experiments())
                load.experiments = *experiments;
            if (auto computes = ComputeStore(connection.database()).list()) {
                for (const ComputeRecord &c : *computes) {
                    if (c.kind == ComputeKind::Local || c.kind == ComputeKind::Instance
                        || c.kind == ComputeKind::Cluster)
                        load.computes.append(c.name);
                }
            }
            if (isFilterEmpty(filter)) {
                load.watched = load.runs.mid(0, watchLimit);
                return load;
            }
        }
        if (auto watched = store.list(watch))
            load.watched = *watched;
        return load;
    }
};

RunsPage::RunsPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new RunListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_searchDelay(new QTimer(this))
    , m_tick(new QTimer(this))
    , m_ownNotifier(new Notifier(this))
    , m_notifier(m_ownNotifier)
{
    setObjectName(u"runsPage"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RunListModel::SortRole);
    m_proxy->setDynamicSortFilter(true);

    auto *title = new QLabel(tr("Runs"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);

    m_notice = new QLabel;
    m_notice->setObjectName(u"notice"_s);
    m_notice->setWordWrap(true);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);
    m_notice->setBackgroundRole(QPalette::ToolTipBase);
    m_notice->setForegroundRole(QPalette::ToolTipText);
    m_notice->setAutoFillBackground(true);
    m_notice->hide();

    m_submit = new QPushButton(QIcon(u":/icons/add.svg"_s), tr("Submit run…"));
    m_submit->setObjectName(u"submitRun"_s);
    m_submit->setToolTip(tr("Run a script on the local machine, a compute instance or a cluster"));
    m_refresh = new QPushButton(QIcon(u":/icons/refresh.svg"_s), tr("Refresh"));
    m_refresh->setObjectName(u"refreshButton"_s);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_compare = new QPushButton(tr("Compare"));
    m_compare->setObjectName(u"compareButton"_s);
    m_compare->setToolTip(tr("Overlay the metrics of the selected runs (select two or more with "
                             "Ctrl or Shift)"));
    m_compare->setEnabled(false);
    m_count = new QLabel;
    m_count->setObjectName(u"runCount"_s);
    m_count->setEnabled(false);
    connect(m_submit, &QPushButton::clicked, this, [this] { openSubmitDialog(); });
    connect(m_refresh, &QPushButton::clicked, this, &RunsPage::reload);
    connect(m_compare, &QPushButton::clicked, this, &RunsPage::compareSelected);

    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(u"statusFilter"_s);
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->addItem(tr("All statuses"), AllFilter);
    m_statusFilter->addItem(tr("Active"), ActiveFilter);
    for (RunStatus s : allRunStatuses())
        m_statusFilter->addItem(RunListModel::statusIcon(s), Studio::displayName(s), int(s));
    m_computeFilter = new QComboBox;
    m_computeFilter->setObjectName(u"computeFilter"_s);
    m_computeFilter->setAccessibleName(tr("Compute filter"));
    m_computeFilter->addItem(tr("All computes"), QString());
    m_experimentFilter = new QComboBox;
    m_experimentFilter->setObjectName(u"experimentFilter"_s);
    m_experimentFilter->setAccessibleName(tr("Experiment filter"));
    m_experimentFilter->addItem(tr("All experiments"), QString());
    // Long compute or experiment names must not widen the window.
    for (QComboBox *box : {m_statusFilter, m_computeFilter, m_experimentFilter}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    m_search = new QLineEdit;
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Search runs"));
    m_search->setToolTip(tr("Finds runs whose name, display name or experiment contains the text"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    m_search->setMinimumWidth(120);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &RunsPage::reload);
    for (QComboBox *box : {m_statusFilter, m_computeFilter, m_experimentFilter})
        connect(box, &QComboBox::currentIndexChanged, this, &RunsPage::reload);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_submit);
    toolbar->addWidget(m_refresh);
    toolbar->addWidget(m_compare);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_count);
    toolbar->addStretch(1);
    // The filters on a line of their own: the page stays narrow enough for small windows.
    auto *filters = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("Filter:"));
    filters->addWidget(filterLabel);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_computeFilter);
    filters->addWidget(m_experimentFilter);
    filters->addWidget(m_search, 1);
    filters->addStretch(1);

    m_view = new QTreeView;
    m_view->setObjectName(u"runList"_s);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RunListModel::CreatedOn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAccessibleName(tr("Runs"));
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setResizeContentsPrecision(0);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RunsPage::updateCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RunsPage::updateActions);

    m_details = new RunDetailsView(m_workspace);
    connect(m_details, &RunDetailsView::resubmitted, this, [this](const QString &name) {
        selectRun(name);
        reload();
    });
    connect(m_details, &RunDetailsView::loaded, this, [this] {
        if (m_detailsPending && m_details->run()) {
            m_detailsPending = false;
            if (isReady() && !std::exchange(m_wasReady, true))
                emit ready();
        }
    });

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    // No runs at all: one line and the Submit button.
    auto *empty = new QWidget;
    auto *emptyIcon = new QLabel;
    emptyIcon->setPixmap(QIcon(u":/icons/runs.svg"_s).pixmap(48, 48));
    emptyIcon->setAlignment(Qt::AlignCenter);
    auto *emptyTitle = new QLabel(tr("No runs yet"));
    QFont ef = emptyTitle->font();
    ef.setPointSizeF(ef.pointSizeF() * 1.3);
    ef.setBold(true);
    emptyTitle->setFont(ef);
    emptyTitle->setAlignment(Qt::AlignCenter);
    auto *emptyText = new QLabel(tr("A run executes a script from a folder of yours on the local "
                                    "machine, a compute instance or a compute cluster; its logs, "
                                    "metrics and outputs show up here live."));
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    auto *emptySubmit = new QPushButton(QIcon(u":/icons/add.svg"_s), tr("Submit run…"));
    emptySubmit->setObjectName(u"emptySubmit"_s);
    emptySubmit->setMinimumWidth(140);
    connect(emptySubmit, &QPushButton::clicked, this, [this] { openSubmitDialog(); });
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(2);
    emptyLayout->addWidget(emptyIcon);
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addSpacing(12);
    emptyLayout->addWidget(emptySubmit, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(3);

    auto *loading = new QLabel(tr("Loading…"));
    loading->setAlignment(Qt::AlignCenter);
    m_stack = new QStackedWidget;
    m_stack->addWidget(loading);
    m_stack->addWidget(empty);
    m_stack->addWidget(m_splitter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(title);
    layout->addWidget(m_notice);
    layout->addLayout(toolbar);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (isVisible())
            m_model->tick();
    });
    m_tick->start();

    // Shown: the list and the statuses; hidden: only the statuses, for notifications.
    connect(m_workspace, &Workspace::changed, this, [this] { startLoad(isVisible()); });
    // Know the runs' statuses before the page is first shown, so that a run finishing
    // meanwhile is announced; later than the first paint, which it need not delay.
    QTimer::singleShot(1500, this, [this] {
        if (!m_seeded && !m_loading)
            startLoad(false);
    });
}

RunsPage::~RunsPage() = default;

bool RunsPage::isReady() const
{
    return m_hasLoaded && !m_detailsPending && m_pendingSelection.isEmpty();
}

void RunsPage::setNotifier(Notifier *notifier)
{
    m_notifier = notifier ? notifier : m_ownNotifier;
}

Notifier *RunsPage::notifier() const
{
    return m_notifier;
}

void RunsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Changes while hidden only refreshed the statuses.
    reload();
}

RunFilter RunsPage::filter() const
{
    RunFilter f;
    const int status = m_statusFilter->currentData().toInt();
    if (status == ActiveFilter) {
        for (RunStatus s : allRunStatuses()) {
            if (!isTerminal(s))
                f.statuses.append(s);
        }
    } else if (status != AllFilter) {
        f.statuses.append(RunStatus(status));
    }
    f.compute = m_computeFilter->currentData().toString();
    f.experiment = m_experimentFilter->currentData().toString();
    f.search = m_search->text().trimmed();
    f.limit = listLimit;
    return f;
}

void RunsPage::reload()
{
    startLoad(true);
}

void RunsPage::startLoad(bool full)
{
    if (m_loading) {
        // Coalesce: one more load after the one in flight covers every change until then.
        m_reloadPending = true;
        m_pendingFull = m_pendingFull || full;
        return;
    }
    m_loading = true;
    m_refresh->setEnabled(false);
    QtConcurrent::run(m_workspace->threadPool(), &Load::read, m_workspace->databasePath(), full,
                      filter())
        .then(this, [this](const Load &load) {
            m_loading = false;
            m_refresh->setEnabled(true);
            applyLoad(load);
            if (std::exchange(m_reloadPending, false))
                startLoad(std::exchange(m_pendingFull, false) || isVisible());
        });
}

void RunsPage::applyLoad(const Load &load)
{
    if (!load.error.isEmpty()) {
        m_notice->setText(tr("Could not load the runs: %1").arg(load.error));
        m_notice->show();
    } else if (m_notice->isVisible() && load.full) {
        m_notice->hide();
    }
    watchStatuses(load.watched);
    if (!load.full)
        return;
    if (load.error.isEmpty()) {
        watchStatuses(load.runs);
        updateFilterChoices(load.computes, load.experiments);
        m_model->setRuns(load.runs);
    }
    m_hasLoaded = true;
    showState();
    emit loaded();
    if (isReady() && !std::exchange(m_wasReady, true))
        emit ready();
}

void RunsPage::watchStatuses(const QList<RunRecord> &runs)
{
    const bool announce = m_seeded;
    for (const RunRecord &r : runs) {
        const auto it = m_knownStatus.find(r.name);
        if (it == m_knownStatus.end()) {
            m_knownStatus.insert(r.name, r.status);
            continue;
        }
        const RunStatus before = *it;
        *it = r.status;
        if (!announce || isTerminal(before) || !isTerminal(r.status))
            continue;
        emit runFinished(r.name, r.status);
        if (window()->isActiveWindow() || !m_notifier)
            continue;
        const QString name = r.displayName.isEmpty() ? r.name : r.displayName;
        QString title;
        QString body;
        switch (r.status) {
        case RunStatus::Completed:
            title = tr("Run completed: %1").arg(name);
            body = tr("%1 completed on %2 in %3.")
                       .arg(r.name, r.compute, RunListModel::durationText(r.durationSeconds()));
            break;
        case RunStatus::Failed:
            title = tr("Run failed: %1").arg(name);
            body = r.error.isEmpty() ? tr("%1 failed on %2.").arg(r.name, r.compute)
                                     : tr("%1 failed on %2: %3").arg(r.name, r.compute, r.error);
            break;
        default:
            title = tr("Run canceled: %1").arg(name);
            body = tr("%1 was canceled on %2.").arg(r.name, r.compute);
            break;
        }
        m_notifier->notify(title, body,
                           r.status == RunStatus::Failed ? Notifier::Urgency::Critical
                                                         : Notifier::Urgency::Normal);
    }
    m_seeded = true;
}

void RunsPage::updateFilterChoices(const QStringList &computes, const QStringList &experiments)
{
    auto fill = [](QComboBox *box, QStringList names) {
        const QString current = box->currentData().toString();
        if (!current.isEmpty() && !names.contains(current))
            names.append(current);
        names.sort(Qt::CaseInsensitive);
        QStringList present;
        for (int i = 1; i < box->count(); ++i)
            present.append(box->itemData(i).toString());
        if (present == names)
            return;
        const QSignalBlocker block(box);
        while (box->count() > 1)
            box->removeItem(1);
        for (const QString &n : std::as_const(names))
            box->addItem(n, n);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    fill(m_computeFilter, computes);
    fill(m_experimentFilter, experiments);
}

void RunsPage::showState()
{
    const bool filtered = !isFilterEmpty(filter());
    if (m_model->rowCount() == 0 && !filtered) {
        m_stack->setCurrentIndex(1);
    } else {
        m_stack->setCurrentIndex(2);
    }
    const int count = m_model->rowCount();
    m_count->setText(count >= listLimit ? tr("the newest %1 runs").arg(count)
                     : count == 1       ? tr("1 run")
                                        : tr("%1 runs").arg(count));
    if (count > 0 && !m_sized) {
        m_sized = true;
        for (int column = 0; column < RunListModel::ColumnCount; ++column)
            m_view->resizeColumnToContents(column);
    }
    if (count > 0 && !m_pendingSelection.isEmpty()) {
        const int row = m_model->rowOf(m_pendingSelection);
        if (row >= 0) {
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
            if (index.isValid()) {
                m_view->setCurrentIndex(index);
                m_view->scrollTo(index);
                m_pendingSelection.clear();
                if (m_pendingTab >= 0) {
                    m_details->setCurrentTab(RunDetailsView::Tab(m_pendingTab));
                    m_pendingTab = -1;
                }
            }
        }
    }
    if (!m_pendingSelection.isEmpty() && m_detailsPending && !filtered
        && m_model->rowOf(m_pendingSelection) < 0) {
        // Asked for by name (the command line) but not there: say so rather than wait.
        m_notice->setText(
            tr("There is no run named \"%1\" in this workspace.").arg(m_pendingSelection));
        m_notice->show();
        m_pendingSelection.clear();
        m_detailsPending = false;
        m_pendingTab = -1;
    }
    if (count > 0 && !m_view->currentIndex().isValid() && m_pendingSelection.isEmpty())
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    updateActions();
}

void RunsPage::selectRun(const QString &name)
{
    m_pendingSelection = name;
    if (m_hasLoaded)
        showState();
}

void RunsPage::openRun(const QString &name, int tab)
{
    m_pendingTab = tab;
    m_detailsPending = true;
    m_wasReady = false;
    selectRun(name);
}

void RunsPage::updateCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    const QString name
        = current.isValid() ? m_proxy->data(current, RunListModel::NameRole).toString() : QString();
    if (name != m_details->runName() || !m_details->comparedRuns().isEmpty())
        m_details->setRun(name);
    updateActions();
}

QStringList RunsPage::selectedRuns() const
{
    QStringList names;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        names.append(m_proxy->data(index, RunListModel::NameRole).toString());
    return names;
}

void RunsPage::updateActions()
{
    m_compare->setEnabled(selectedRuns().size() >= 2);
}

void RunsPage::compareSelected()
{
    const QStringList names = selectedRuns();
    if (names.size() < 2)
        return;
    m_details->compare(names);
}

SubmitRunDialog *RunsPage::openSubmitDialog(const QString &compute)
{
    auto *dialog = new SubmitRunDialog(m_workspace, this);
    if (!compute.isEmpty())
        dialog->setTarget(compute);
    connect(dialog, &SubmitRunDialog::submitted, this, [this](const RunRecord &run) {
        m_notice->hide();
        selectRun(run.name);
        reload();
    });
    dialog->open();
    return dialog;
}

} // namespace Studio::Ui
