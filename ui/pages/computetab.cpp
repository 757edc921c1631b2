#include "computetab.h"

#include "../models/computelistmodel.h"
#include "../widgets/computedetailspanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Studio::Ui {

namespace {

QString emptyTitle(ComputeKind kind)
{
    switch (kind) {
    case ComputeKind::Instance:
        return ComputeTab::tr("No compute instances yet");
    case ComputeKind::Cluster:
        return ComputeTab::tr("No compute clusters yet");
    case ComputeKind::Inference:
        return ComputeTab::tr("No inference clusters yet");
    case ComputeKind::Attached:
        return ComputeTab::tr("No attached compute yet");
    case ComputeKind::Local:
        break;
    }
    return {};
}

// One line each, after the source documents' definitions of the kinds.
QString explanation(ComputeKind kind)
{
    switch (kind) {
    case ComputeKind::Instance:
        return ComputeTab::tr("A compute instance is a managed single-node workstation for "
                              "notebooks, development and small training runs.");
    case ComputeKind::Cluster:
        return ComputeTab::tr("A compute cluster is a managed pool of nodes that scales up when "
                              "runs are submitted and back down when idle.");
    case ComputeKind::Inference:
        return ComputeTab::tr("An inference cluster is a Kubernetes cluster that hosts models as "
                              "production web services.");
    case ComputeKind::Attached:
        return ComputeTab::tr("Attached compute is created elsewhere (a remote VM, HDInsight, "
                              "Databricks, …) and attached to this workspace by name.");
    case ComputeKind::Local:
        break;
    }
    return {};
}

} // namespace

ComputeTab::ComputeTab(ComputeKind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_model(new ComputeListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(u"computeTab-"_s + toKey(kind));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ComputeListModel::SortRole);
    m_proxy->setFilterKeyColumn(ComputeListModel::Name);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);

    m_notice = new QLabel(this);
    m_notice->setObjectName(u"notice"_s);
    m_notice->setWordWrap(true);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);
    m_notice->setBackgroundRole(QPalette::ToolTipBase);
    m_notice->setForegroundRole(QPalette::ToolTipText);
    m_notice->setAutoFillBackground(true);
    m_notice->hide();

    m_loading = new QLabel(tr("Loading…"), this);
    m_loading->setAlignment(Qt::AlignCenter);
    // The empty and list states are built when first shown: a tab nobody opens costs
    // nothing at start-up.
    m_stack->addWidget(m_loading);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);
}

QString ComputeTab::title() const
{
    switch (m_kind) {
    case ComputeKind::Instance:
        return tr("Compute instances");
    case ComputeKind::Cluster:
        return tr("Compute clusters");
    case ComputeKind::Inference:
        return tr("Inference clusters");
    case ComputeKind::Attached:
        return tr("Attached compute");
    case ComputeKind::Local:
        return tr("Local machine");
    }
    return {};
}

QWidget *ComputeTab::createEmptyState()
{
    auto *page = new QWidget;
    auto *icon = new QLabel;
    icon->setPixmap(QIcon(u":/icons/compute.svg"_s).pixmap(48, 48));
    icon->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(emptyTitle(m_kind));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(explanation(m_kind));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    m_createButton = new QPushButton(QIcon(u":/icons/add.svg"_s), tr("Create"));
    m_createButton->setObjectName(u"createButton"_s);
    m_createButton->setDefault(true);
    m_createButton->setMinimumWidth(140);
    connect(m_createButton, &QPushButton::clicked, this, [this] { emit createRequested(m_kind); });

    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(12);
    layout->addWidget(m_createButton, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return page;
}

QWidget *ComputeTab::createListState()
{
    auto *page = new QWidget;
    m_newButton = new QPushButton(QIcon(u":/icons/add.svg"_s), tr("New"));
    m_newButton->setObjectName(u"newButton"_s);
    m_newButton->setToolTip(tr("Create a new %1").arg(displayName(m_kind).toLower()));
    m_refreshButton = new QPushButton(QIcon(u":/icons/refresh.svg"_s), tr("Refresh"));
    m_refreshButton->setObjectName(u"refreshButton"_s);
    m_refreshButton->setEnabled(!m_isLoading);
    m_refreshButton->setShortcut(QKeySequence::Refresh);
    m_refreshButton->setToolTip(
        tr("Reload the list (%1)")
            .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter by name"));
    // The clear button's icon is costly to load (a style pixmap): add it once it is needed.
    connect(
        m_filter, &QLineEdit::textEdited, m_filter,
        [filter = m_filter] { filter->setClearButtonEnabled(true); }, Qt::SingleShotConnection);
    m_filter->setMaximumWidth(260);
    m_count = new QLabel;
    m_count->setEnabled(false);
    connect(m_newButton, &QPushButton::clicked, this, [this] { emit createRequested(m_kind); });
    connect(m_refreshButton, &QPushButton::clicked, this, &ComputeTab::refreshRequested);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_newButton);
    toolbar->addWidget(m_refreshButton);
    toolbar->addSpacing(12);
    // Lifecycle actions on the selected compute, as the studio's toolbar has them.
    auto addAction
        = [this, toolbar](const QString &key, const QString &text, const QString &toolTip) {
              auto *button = new QPushButton(text);
              button->setObjectName(key + u"Button"_s);
              button->setToolTip(toolTip);
              button->setEnabled(false);
              connect(button, &QPushButton::clicked, this, [this, key] {
                  if (const auto c = currentCompute())
                      emit actionRequested(key, c->name);
              });
              m_actions.insert(key, button);
              toolbar->addWidget(button);
          };
    if (m_kind == ComputeKind::Instance) {
        addAction(u"start"_s, tr("Start"), tr("Start the selected compute instance"));
        addAction(u"stop"_s, tr("Stop"),
                  tr("Stop the selected compute instance: no compute charge while stopped, "
                     "but its quota stays reserved"));
        addAction(u"restart"_s, tr("Restart"), tr("Restart the selected compute instance"));
    }
    if (m_kind == ComputeKind::Cluster)
        addAction(u"scale"_s, tr("Scale settings…"),
                  tr("Change the minimum and maximum nodes and the idle time before scale down"));
    // The instances' toolbar is full: for them, Submit run… is in the list's context menu.
    if (m_kind == ComputeKind::Cluster)
        addAction(u"submit"_s, tr("Submit run…"),
                  tr("Submit a run: a script from a folder of yours, on the selected compute"));
    if (m_kind == ComputeKind::Attached)
        addAction(u"delete"_s, tr("Detach"),
                  tr("Detach the selected compute from the workspace; the machine itself keeps "
                     "running"));
    else
        addAction(u"delete"_s, tr("Delete"),
                  tr("Delete the selected compute and everything it holds"));
    toolbar->addSpacing(12);
    toolbar->addWidget(m_count);
    toolbar->addStretch(1);
    toolbar->addWidget(m_filter);

    m_view = new QTreeView;
    m_view->setObjectName(u"computeList"_s);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ComputeListModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(title());
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    // Fit columns to the rows in view, not to every row of a long list.
    m_view->header()->setResizeContentsPrecision(0);
    const bool hasNodes = m_kind == ComputeKind::Cluster || m_kind == ComputeKind::Inference;
    m_view->setColumnHidden(ComputeListModel::Nodes, !hasNodes);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ComputeTab::updateDetails);
    if (m_kind == ComputeKind::Instance || m_kind == ComputeKind::Cluster) {
        m_view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
            const auto c = currentCompute();
            if (!c || !m_view->indexAt(pos).isValid())
                return;
            auto *menu = new QMenu(this);
            menu->setAttribute(Qt::WA_DeleteOnClose);
            QAction *submit = menu->addAction(tr("Submit run…"), this, [this, name = c->name] {
                emit actionRequested(u"submit"_s, name);
            });
            submit->setEnabled(c->provisioningState == ProvisioningState::Succeeded
                               && !c->isBusy());
            menu->popup(m_view->viewport()->mapToGlobal(pos));
        });
    }
    // Rows that change under the selection refresh the details too.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ComputeTab::updateDetails);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ComputeTab::updateDetails);

    m_details = new ComputeDetailsPanel;
    m_details->setWorkspace(m_workspace);
    connect(m_details, &ComputeDetailsPanel::cancelRequested, this, &ComputeTab::cancelRequested);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(toolbar);
    layout->addWidget(splitter, 1);
    return page;
}

void ComputeTab::ensureBuilt()
{
    if (m_emptyPage)
        return;
    m_emptyPage = createEmptyState();
    m_listPage = createListState();
    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(m_listPage);
    showState();
}

void ComputeTab::showEvent(QShowEvent *event)
{
    ensureBuilt();
    QWidget::showEvent(event);
}

void ComputeTab::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    if (m_details)
        m_details->setWorkspace(workspace);
}

void ComputeTab::setComputes(const QList<ComputeRecord> &computes)
{
    m_loaded = true;
    m_model->setComputes(computes);
    showState();
}

void ComputeTab::showState()
{
    if (!m_emptyPage)
        return;
    const int count = m_model->rowCount();
    m_count->setText(count == 1 ? tr("1 item") : tr("%1 items").arg(count));
    if (!m_loaded) {
        m_stack->setCurrentWidget(m_loading);
        return;
    }
    const bool empty = count == 0;
    m_stack->setCurrentWidget(empty ? m_emptyPage : m_listPage);
    if (!empty && !m_sized) {
        // Fit the columns to the first data once; after that they are the user's.
        m_sized = true;
        for (int column = 0; column < ComputeListModel::ColumnCount; ++column)
            m_view->resizeColumnToContents(column);
    }
    if (!empty && !m_pendingSelection.isEmpty()) {
        const QModelIndexList found
            = m_proxy->match(m_proxy->index(0, 0), ComputeListModel::NameRole, m_pendingSelection,
                             1, Qt::MatchFixedString);
        if (!found.isEmpty()) {
            m_view->setCurrentIndex(found.first());
            m_view->scrollTo(found.first());
            m_pendingSelection.clear();
        }
    }
    if (!empty && !m_view->currentIndex().isValid()) {
        // Show something useful in the details panel from the start.
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    }
}

void ComputeTab::setLoading(bool loading)
{
    m_isLoading = loading;
    if (m_refreshButton)
        m_refreshButton->setEnabled(!loading);
}

void ComputeTab::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

bool ComputeTab::isShowingEmptyState() const
{
    return m_emptyPage && m_stack->currentWidget() == m_emptyPage;
}

std::optional<ComputeRecord> ComputeTab::currentCompute() const
{
    if (!m_view)
        return std::nullopt;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const int row = m_proxy->mapToSource(current).row();
    if (row < 0 || row >= m_model->rowCount())
        return std::nullopt;
    return m_model->computeAt(row);
}

void ComputeTab::selectCompute(const QString &name)
{
    m_pendingSelection = name;
    showState();
}

void ComputeTab::setCancelableComputes(const QSet<QString> &names)
{
    m_cancelable = names;
    updateActions();
}

void ComputeTab::updateDetails()
{
    const auto compute = currentCompute();
    if (!compute)
        m_details->setCompute(std::nullopt);
    else if (m_details->compute() != compute)
        m_details->setCompute(compute);
    updateActions();
}

void ComputeTab::updateActions()
{
    if (!m_details)
        return;
    const auto c = currentCompute();
    const bool idle = c && !c->isBusy();
    const bool provisioned = idle && c->provisioningState == ProvisioningState::Succeeded;
    const bool stopped = c && c->state.compare(u"Stopped"_s, Qt::CaseInsensitive) == 0;
    auto enable = [this](const QString &key, bool on) {
        if (QPushButton *b = m_actions.value(key))
            b->setEnabled(on);
    };
    enable(u"start"_s, provisioned && stopped);
    enable(u"stop"_s, provisioned && !stopped);
    enable(u"restart"_s, provisioned && !stopped);
    enable(u"scale"_s, provisioned);
    enable(u"submit"_s, provisioned && (m_kind != ComputeKind::Instance || !stopped));
    // A failed or canceled compute can be deleted too; not one with an operation running.
    enable(u"delete"_s, idle);
    m_details->setCancelable(c && c->isBusy() && m_cancelable.contains(c->name));
}

} // namespace Studio::Ui
