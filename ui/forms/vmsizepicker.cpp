#include "vmsizepicker.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Studio::Ui {

namespace {
constexpr int SortRole = Qt::UserRole + 1;
constexpr int GpusRole = Qt::UserRole + 2;
constexpr int MinVisibleRows = 2;
constexpr int MaxVisibleRows = 6;
} // namespace

/// Filters by text (name or family) and by VM type.
class VmSizeFilterModel final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setVmType(std::optional<VmType> type)
    {
        m_type = type;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex name = sourceModel()->index(row, VmSizePicker::Name, parent);
        if (m_type) {
            const bool gpu = name.data(GpusRole).toInt() > 0;
            if (gpu != (*m_type == VmType::Gpu))
                return false;
        }
        const QString text = filterRegularExpression().pattern();
        if (text.isEmpty())
            return true;
        return name.data().toString().contains(text, Qt::CaseInsensitive)
               || name.data(Qt::ToolTipRole).toString().contains(text, Qt::CaseInsensitive);
    }

private:
    std::optional<VmType> m_type;
};

VmSizePicker::VmSizePicker(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_proxy(new VmSizeFilterModel(this))
{
    m_model->setHorizontalHeaderLabels({tr("Size"), tr("vCPUs"), tr("Memory (GiB)"), tr("GPUs")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);

    auto *table = new QWidget;
    m_filter = new QLineEdit;
    m_filter->setObjectName(u"sizeFilter"_s);
    m_filter->setPlaceholderText(tr("Filter sizes by name"));
    m_filter->setAccessibleName(tr("Filter virtual machine sizes"));
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        // A plain substring match (see VmSizeFilterModel); the pattern only carries the text.
        // Filtering moves the view's current row; it never changes the chosen size.
        m_selecting = true;
        m_proxy->setFilterRegularExpression(QRegularExpression(text.trimmed()));
        m_selecting = false;
        selectCurrentRow();
        updateSummary();
    });

    m_view = new QTreeView;
    m_view->setObjectName(u"sizeTable"_s);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(VCpus, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Virtual machine sizes"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(Name, QHeaderView::Stretch);
    for (int column : {int(VCpus), int(Memory), int(Gpus)})
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_selecting || !current.isValid())
                    return;
                setCurrentFromUser(m_proxy->index(current.row(), Name).data().toString());
            });

    m_summary = new QLabel;
    m_summary->setObjectName(u"sizeSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setEnabled(false);
    m_summary->hide();

    auto *tableLayout = new QVBoxLayout(table);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(4);
    tableLayout->addWidget(m_filter);
    tableLayout->addWidget(m_view);
    tableLayout->addWidget(m_summary);

    m_nameEdit = new QLineEdit;
    m_nameEdit->setObjectName(u"sizeName"_s);
    m_nameEdit->setPlaceholderText(tr("Size name, e.g. Standard_DS3_v2"));
    connect(m_nameEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { setCurrentFromUser(text.trimmed()); });

    m_stack->addWidget(table);
    m_stack->addWidget(m_nameEdit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setFocusProxy(m_view);
    setSizes({});
}

void VmSizePicker::setSizes(const QList<VmSize> &sizes)
{
    m_sizes = sizes;
    m_selecting = true;
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const VmSize &s = sizes.at(i);
        auto *name = new QStandardItem(s.name);
        name->setData(int(i), SortRole); // the provider's order: smallest first
        name->setData(s.gpus, GpusRole);
        if (!s.family.isEmpty())
            name->setToolTip(tr("Family: %1").arg(s.family));
        auto *cpus = new QStandardItem(locale.toString(s.vCpus));
        cpus->setData(s.vCpus * 100000 + int(i), SortRole);
        auto *memory = new QStandardItem(locale.toString(s.memoryGiB, 'f', 1));
        memory->setData(s.memoryGiB, SortRole);
        auto *gpus = new QStandardItem(locale.toString(s.gpus));
        gpus->setData(s.gpus, SortRole);
        for (QStandardItem *number : {cpus, memory, gpus})
            number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow({name, cpus, memory, gpus});
    }
    m_selecting = false;
    m_stack->setCurrentIndex(sizes.isEmpty() ? 1 : 0);
    fitTableHeight();
    setFocusProxy(sizes.isEmpty() ? static_cast<QWidget *>(m_nameEdit) : m_view);
    m_nameEdit->setText(m_current);
    selectCurrentRow();
    updateSummary();
}

void VmSizePicker::fitTableHeight()
{
    // Every size when there are few, a handful (and a scroll bar) when there are many.
    const int rows = std::clamp(int(m_sizes.size()), MinVisibleRows, MaxVisibleRows);
    // Before the view is polished its rows and header may report less than they will use.
    int rowHeight = m_view->sizeHintForRow(0);
    if (rowHeight <= 0)
        rowHeight = m_view->fontMetrics().height() + 4;
    const int header
        = std::max(m_view->header()->sizeHint().height(), m_view->fontMetrics().height() + 8);
    m_view->setFixedHeight(header + rows * rowHeight + 2 * m_view->frameWidth() + 2);
}

void VmSizePicker::setVmTypeFilter(std::optional<VmType> type)
{
    m_selecting = true;
    m_proxy->setVmType(type);
    m_selecting = false;
    selectCurrentRow();
    updateSummary();
}

void VmSizePicker::setCurrentSize(const QString &name)
{
    QString canonical = name;
    for (const VmSize &s : std::as_const(m_sizes)) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            canonical = s.name;
    }
    const bool changed = canonical != m_current;
    m_current = canonical;
    if (m_nameEdit->text() != m_current)
        m_nameEdit->setText(m_current);
    selectCurrentRow();
    updateSummary();
    if (changed)
        emit currentSizeChanged(m_current);
}

std::optional<VmSize> VmSizePicker::currentVmSize() const
{
    for (const VmSize &s : m_sizes) {
        if (s.name == m_current)
            return s;
    }
    return std::nullopt;
}

std::optional<VmSize> VmSizePicker::smallest(std::optional<VmType> type) const
{
    for (const VmSize &s : m_sizes) {
        if (!type || s.vmType() == *type)
            return s;
    }
    return std::nullopt;
}

void VmSizePicker::setCurrentSizeOrSmallest(const QString &name, std::optional<VmType> type)
{
    QString size = name;
    if (size.isEmpty()) {
        if (const auto first = smallest(type))
            size = first->name;
    }
    setCurrentSize(size);
}

void VmSizePicker::selectSmallestIfUnlisted(std::optional<VmType> type)
{
    if (currentVmSize())
        return;
    if (const auto first = smallest(type))
        setCurrentSize(first->name);
}

void VmSizePicker::switchVmType(VmType type)
{
    setVmTypeFilter(type);
    const auto current = currentVmSize();
    if (current && current->vmType() == type)
        return;
    if (const auto first = smallest(type))
        setCurrentSize(first->name);
}

int VmSizePicker::visibleRowCount() const
{
    return m_proxy->rowCount();
}

void VmSizePicker::setCurrentFromUser(const QString &name)
{
    if (name == m_current)
        return;
    m_current = name;
    updateSummary();
    emit currentSizeChanged(m_current);
}

void VmSizePicker::selectCurrentRow()
{
    m_selecting = true;
    QModelIndex found;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, Name);
        if (index.data().toString() == m_current) {
            found = index;
            break;
        }
    }
    if (found.isValid()) {
        m_view->selectionModel()->setCurrentIndex(found, QItemSelectionModel::ClearAndSelect
                                                             | QItemSelectionModel::Rows);
        m_view->scrollTo(found);
    } else {
        m_view->selectionModel()->clearSelection();
        m_view->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    }
    m_selecting = false;
}

void VmSizePicker::updateSummary()
{
    // Say which size is chosen when the table cannot show it (filtered out, or not offered).
    bool shown = false;
    for (int row = 0; row < m_proxy->rowCount() && !shown; ++row)
        shown = m_proxy->index(row, Name).data().toString() == m_current;
    QString text;
    if (!m_sizes.isEmpty() && !m_current.isEmpty() && !shown)
        text = currentVmSize() ? tr("Selected: %1 (hidden by the filter)").arg(m_current)
                               : tr("Selected: %1 (not offered by this provider)").arg(m_current);
    else if (!m_sizes.isEmpty() && m_proxy->rowCount() == 0)
        text = tr("No size matches.");
    m_summary->setText(text);
    m_summary->setVisible(!text.isEmpty());
}

void VmSizePicker::showEvent(QShowEvent *event)
{
    fitTableHeight(); // now with the style's real row and header heights
    QWidget::showEvent(event);
}

bool VmSizePicker::eventFilter(QObject *watched, QEvent *event)
{
    // Down in the filter moves into the table, as in a completer.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_PageDown) && m_proxy->rowCount() > 0) {
            m_view->setFocus(Qt::TabFocusReason);
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_proxy->index(0, Name));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Studio::Ui
