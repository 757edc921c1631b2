#include "computedetailspanel.h"

#include "../models/computelistmodel.h"
#include "../views/nodesview.h"
#include "core/spec/computespec.h"
#include "core/spec/validation.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Studio::Ui {

ComputeDetailsPanel::ComputeDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
{
    auto *placeholder = new QLabel(tr("Select a compute to see its details."));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setEnabled(false);

    auto *details = new QWidget;
    m_title = new QLabel;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel;
    m_subtitle->setEnabled(false);
    m_state = new QLabel;
    m_state->setTextFormat(Qt::RichText);
    m_error = new QLabel;
    m_error->setObjectName(u"lastError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setFrameShape(QFrame::StyledPanel);
    m_error->setMargin(6);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::Window, QColor(0xfd, 0xe7, 0xe9));
    errorPalette.setColor(QPalette::WindowText, QColor(0xa4, 0x26, 0x2c));
    m_error->setPalette(errorPalette);
    m_error->setAutoFillBackground(true);
    m_error->hide();

    // A running operation: what it does, how far it is, and Cancel where that makes sense.
    m_operationRow = new QWidget;
    m_operation = new QLabel;
    m_operation->setObjectName(u"operationText"_s);
    m_operation->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"operationProgress"_s);
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Operation progress"));
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(u"cancelOperation"_s);
    m_cancel->setToolTip(tr("Stop this operation and undo what it has done so far"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_compute)
            emit cancelRequested(m_compute->name);
    });
    auto *operationLayout = new QGridLayout(m_operationRow);
    operationLayout->setContentsMargins(0, 0, 0, 0);
    operationLayout->addWidget(m_operation, 0, 0, 1, 2);
    operationLayout->addWidget(m_progress, 1, 0);
    operationLayout->addWidget(m_cancel, 1, 1);
    m_operationRow->hide();

    m_properties = new QTreeWidget;
    m_properties->setColumnCount(2);
    m_properties->setHeaderLabels({tr("Property"), tr("Value")});
    m_properties->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_properties->setUniformRowHeights(true);
    m_properties->setSelectionMode(QAbstractItemView::SingleSelection);
    m_properties->setAccessibleName(tr("Compute properties"));

    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_state);
    layout->addWidget(m_operationRow);
    layout->addWidget(m_error);
    m_nodes = new NodesView;
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"computeDetailTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_properties, tr("Properties"));
    m_tabs->addTab(m_nodes, tr("Nodes"));
    m_tabs->setTabVisible(1, false);
    layout->addWidget(m_tabs, 1);

    m_stack->addWidget(placeholder);
    m_stack->addWidget(details);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
}

void ComputeDetailsPanel::setCompute(const std::optional<ComputeRecord> &compute)
{
    m_compute = compute;
    if (!compute) {
        m_stack->setCurrentIndex(0);
        m_properties->clear();
        return;
    }
    const ComputeRecord &c = *compute;
    m_stack->setCurrentIndex(1);
    // Clusters have nodes that come and go; the Nodes tab follows them.
    const bool hasNodes = c.kind == ComputeKind::Cluster;
    m_tabs->setTabVisible(1, hasNodes);
    m_nodes->setCompute(hasNodes ? c.name : QString());
    m_title->setText(c.name);
    m_subtitle->setText(tr("%1 · %2 · provider: %3").arg(displayName(c.kind), c.type, c.provider));
    m_state->setText(tr("State: <b>%1</b> &nbsp; Provisioning: <b>%2</b>")
                         .arg(c.displayStateText().toHtmlEscaped(),
                              displayName(c.provisioningState).toHtmlEscaped()));
    m_error->setVisible(!c.lastError.isEmpty() && !c.isBusy());
    m_error->setText(tr("Last error: %1").arg(c.lastError));
    m_operationRow->setVisible(c.isBusy());
    if (c.isBusy()) {
        m_operation->setText(c.progressText.isEmpty()
                                 ? tr("%1…").arg(c.operationText())
                                 : tr("%1… %2").arg(c.operationText(), c.progressText));
        m_progress->setValue(c.progress);
    }

    // Rebuild the tree but keep the user's place in it.
    const int scroll
        = m_properties->verticalScrollBar() ? m_properties->verticalScrollBar()->value() : 0;
    m_properties->clear();
    auto add = [this](const QString &label, const QString &value) {
        auto *item = new QTreeWidgetItem(m_properties, {label, value});
        item->setToolTip(1, value);
    };
    const QLocale locale;
    add(tr("Name"), c.name);
    add(tr("Kind"), displayName(c.kind));
    add(tr("Type"), c.type);
    add(tr("Provider"), c.provider);
    add(tr("State"), c.displayStateText());
    add(tr("Provisioning state"), displayName(c.provisioningState));
    add(tr("Last error"), c.lastError.isEmpty() ? tr("None") : c.lastError);
    add(tr("Size"), c.sizeText());
    if (const QString nodes = c.nodesText(); !nodes.isEmpty())
        add(tr("Nodes"), nodes);
    // The capability matrix of the compute's type (REQUIREMENTS.md §1).
    std::optional<Capabilities> caps;
    if (c.kind == ComputeKind::Local)
        caps = CapabilityMatrix::ofLocalMachine();
    else if (const auto type = specTypeFromKey(c.spec.value(u"type").toString()))
        caps = CapabilityMatrix::of(*type);
    else if (const auto serviceType = specTypeFromKey(c.type))
        caps = CapabilityMatrix::of(*serviceType);
    if (caps) {
        using S = Capabilities::Support;
        // What the type can have, unless the compute says what it has (its VM type).
        if (const QString vmType = c.spec.value(u"vm_type").toString(); !vmType.isEmpty())
            caps->gpu = vmType == u"gpu"_s ? S::Yes : S::No;
        add(tr("GPU"), caps->gpu == S::Yes     ? tr("yes")
                       : caps->gpu == S::Maybe ? tr("if the machine has one")
                                               : tr("no"));
        QStringList uses;
        if (caps->pipelines == S::Only) {
            uses.append(tr("pipeline steps only"));
        } else {
            if (c.kind != ComputeKind::Inference)
                uses.append(tr("training runs"));
            if (caps->distributedRuns)
                uses.append(tr("distributed training"));
            if (caps->hyperparameterTuning == S::Yes)
                uses.append(tr("hyperparameter tuning"));
            if (caps->pipelines == S::Yes)
                uses.append(tr("pipelines"));
        }
        if (caps->automatedMl == S::Yes)
            uses.append(tr("automated ML"));
        if (c.kind == ComputeKind::Inference)
            uses.append(tr("hosting deployed models"));
        add(tr("Can be used for"), uses.join(u", "_s));
    }
    add(tr("Created by"), c.createdBy);
    add(tr("Created on"), locale.toString(c.createdOn.toLocalTime(), QLocale::LongFormat));
    add(tr("Modified on"), locale.toString(c.modifiedOn.toLocalTime(), QLocale::LongFormat));

    auto *spec = new QTreeWidgetItem(m_properties, {tr("Settings")});
    QFont bold = spec->font(0);
    bold.setBold(true);
    spec->setFont(0, bold);
    for (auto it = c.spec.begin(); it != c.spec.end(); ++it)
        addSpecItems(spec, it.key(), it.value());
    spec->setExpanded(true);
    m_properties->expandAll();
    if (m_properties->verticalScrollBar())
        m_properties->verticalScrollBar()->setValue(scroll);
}

void ComputeDetailsPanel::addSpecItems(QTreeWidgetItem *parent, const QString &key,
                                       const QJsonValue &value)
{
    auto *item = new QTreeWidgetItem(parent, {key});
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            addSpecItems(item, it.key(), it.value());
        if (object.isEmpty())
            item->setText(1, tr("(none)"));
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            addSpecItems(item, u"[%1]"_s.arg(i), array.at(i));
        if (array.isEmpty())
            item->setText(1, tr("(none)"));
    } else if (value.isBool()) {
        item->setText(1, value.toBool() ? tr("yes") : tr("no"));
    } else if (value.isDouble()) {
        const double d = value.toDouble();
        item->setText(1, d == qint64(d) ? QString::number(qint64(d)) : QString::number(d));
    } else if (value.isNull()) {
        item->setText(1, tr("(none)"));
    } else {
        item->setText(1, value.toString());
    }
    item->setToolTip(1, item->text(1));
}

void ComputeDetailsPanel::setWorkspace(Workspace *workspace)
{
    m_nodes->setWorkspace(workspace);
}

void ComputeDetailsPanel::setCancelable(bool cancelable)
{
    m_cancel->setVisible(cancelable);
}

QString ComputeDetailsPanel::propertyText(const QString &label) const
{
    const auto items = m_properties->findItems(label, Qt::MatchExactly | Qt::MatchRecursive, 0);
    return items.isEmpty() ? QString() : items.first()->text(1);
}

} // namespace Studio::Ui
