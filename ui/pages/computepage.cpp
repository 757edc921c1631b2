#include "computepage.h"

#include "../forms/computeform.h"
#include "../forms/formfactory.h"
#include "../forms/submitrundialog.h"
#include "computetab.h"
#include "core/ops/computeoperations.h"
#include "core/spec/specyaml.h"
#include "core/store/workspace.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

#include <QFuture>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Studio::Ui {

ComputePage::ComputePage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_tabs(new QTabWidget(this))
    , m_operations(new ComputeOperations(workspace, this))
{
    setObjectName(u"computePage"_s);
    auto *title = new QLabel(tr("Compute"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);

    auto *localIcon = new QLabel;
    localIcon->setPixmap(QIcon(u":/icons/local.svg"_s).pixmap(20, 20));
    m_localSummary = new QLabel(tr("Local machine: probing…"));
    m_localSummary->setObjectName(u"localMachineSummary"_s);
    m_localSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *localRow = new QHBoxLayout;
    localRow->addWidget(localIcon);
    localRow->addWidget(m_localSummary, 1);

    for (ComputeKind kind : tabKinds()) {
        auto *tab = new ComputeTab(kind);
        tab->setWorkspace(m_workspace);
        m_tabList.append(tab);
        m_tabs->addTab(tab, tab->title());
        connect(tab, &ComputeTab::refreshRequested, this, &ComputePage::reload);
        connect(tab, &ComputeTab::createRequested, this, &ComputePage::openCreateForm);
        connect(tab, &ComputeTab::actionRequested, this,
                [this, tab](const QString &action, const QString &name) {
                    handleAction(tab, action, name);
                });
        connect(tab, &ComputeTab::cancelRequested, this, [this](const QString &name) {
            for (ComputeOperation *op : runningOperations()) {
                if (op->computeName().compare(name, Qt::CaseInsensitive) == 0 && op->canCancel())
                    op->cancel();
            }
        });
    }
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this](int index) { emit currentTabChanged(tabKinds().value(index)); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(title);
    layout->addLayout(localRow);
    layout->addWidget(m_tabs, 1);

    connect(m_workspace, &Workspace::changed, this, &ComputePage::reload);
    reload();
}

QList<ComputeKind> ComputePage::tabKinds()
{
    return {ComputeKind::Instance, ComputeKind::Cluster, ComputeKind::Inference,
            ComputeKind::Attached};
}

ComputeTab *ComputePage::tab(ComputeKind kind) const
{
    for (ComputeTab *tab : m_tabList) {
        if (tab->kind() == kind)
            return tab;
    }
    return nullptr;
}

void ComputePage::setCurrentTab(ComputeKind kind)
{
    if (ComputeTab *t = tab(kind))
        m_tabs->setCurrentWidget(t);
}

ComputeKind ComputePage::currentTab() const
{
    return tabKinds().value(m_tabs->currentIndex(), ComputeKind::Instance);
}

void ComputePage::reload()
{
    if (m_loading) {
        // Coalesce: one more load after the one in flight covers every change until then.
        m_reloadPending = true;
        return;
    }
    m_loading = true;
    for (ComputeTab *tab : std::as_const(m_tabList))
        tab->setLoading(true);
    m_workspace->listComputesAsync().then(this, [this](const Result<QList<ComputeRecord>> &result) {
        m_loading = false;
        for (ComputeTab *tab : std::as_const(m_tabList))
            tab->setLoading(false);
        if (result)
            applyLoad(*result);
        else
            showLoadError(result.error().fullText());
        if (std::exchange(m_reloadPending, false))
            reload();
    });
}

void ComputePage::applyLoad(const QList<ComputeRecord> &computes)
{
    m_computes = computes;
    QHash<ComputeKind, QList<ComputeRecord>> byKind;
    for (const ComputeRecord &c : computes) {
        if (c.kind == ComputeKind::Local) {
            const QJsonObject &s = c.spec;
            const int gpuCount = s.value(u"gpu_count").toInt();
            QString gpus;
            if (gpuCount > 0) {
                QStringList names;
                for (const QJsonValue &g : s.value(u"gpus").toArray())
                    names.append(g.toObject().value(u"name").toString());
                gpus = tr("GPU: %1").arg(names.join(u", "_s));
            } else {
                gpus = tr("no GPU");
            }
            m_localSummary->setText(tr("Local machine (%1): %2 · %3 · %4")
                                        .arg(s.value(u"hostname").toString(), c.sizeText(),
                                             s.value(u"os").toString(), gpus));
            m_localSummary->setToolTip(tr("The local machine is always available as the compute "
                                          "\"local\": runs and notebooks can use it directly."));
            continue;
        }
        byKind[c.kind].append(c);
    }
    for (ComputeTab *tab : std::as_const(m_tabList))
        tab->setComputes(byKind.value(tab->kind()));
    m_hasLoaded = true;
    emit loaded();
    probeLocalGpus();
}

void ComputePage::showLoadError(const QString &message)
{
    for (ComputeTab *tab : std::as_const(m_tabList))
        tab->showNotice(tr("Could not load the computes: %1").arg(message));
    m_hasLoaded = true;
    emit loaded();
}

void ComputePage::probeLocalGpus()
{
    if (std::exchange(m_gpuProbeStarted, true))
        return;
    // nvidia-smi is a process: on the workspace's pool; the update comes back through
    // Workspace::changed like any other write.
    m_workspace->refreshLocalMachineAsync();
}

QStringList ComputePage::computeNames() const
{
    QStringList names;
    for (const ComputeRecord &c : m_computes)
        names.append(c.name);
    return names;
}

QList<ComputeOperation *> ComputePage::runningOperations() const
{
    return m_operations->running();
}

ComputeForm *ComputePage::openCreateForm(ComputeKind kind)
{
    ComputeForm *form = openFormFor(kind, this, computeNames());
    if (!form)
        return nullptr;
    connect(form, &ComputeForm::submitted, this, [this, form](const ComputeSpec &spec) {
        ComputeOperation *op = m_operations->create(spec);
        if (op->isFinished() && !op->result().ok()) {
            // Refused before anything happened (a name taken meanwhile, a provider that
            // cannot back the type): the form stays open with the reason. A keychain that
            // cannot take the secrets fails the running operation instead (see watch()).
            form->refuseSubmission(op->result().error().message);
            op->deleteLater();
            return;
        }
        ComputeTab *target = tab(spec.kind());
        if (target) {
            setCurrentTab(spec.kind());
            target->showNotice({});
            target->selectCompute(spec.name);
        }
        watch(op, target);
    });
    return form;
}

void ComputePage::watch(ComputeOperation *operation, ComputeTab *tab)
{
    updateCancelable();
    connect(operation, &ComputeOperation::finished, this, [this, operation, tab] {
        const Result<void> &result = operation->result();
        if (!result.ok() && !operation->isCanceled() && tab) {
            // A failed create also shows on its row (Failed, with the error); actions on
            // existing computes only have this notice to say what went wrong.
            tab->showNotice(result.error().message);
        }
        operation->deleteLater();
        // The operation leaves running() once deleted; update after that.
        QMetaObject::invokeMethod(this, &ComputePage::updateCancelable, Qt::QueuedConnection);
        reload();
    });
    reload();
}

void ComputePage::updateCancelable()
{
    QSet<QString> names;
    for (ComputeOperation *op : runningOperations()) {
        if (!op->isFinished() && op->canCancel())
            names.insert(op->computeName());
    }
    for (ComputeTab *t : std::as_const(m_tabList))
        t->setCancelableComputes(names);
}

void ComputePage::handleAction(ComputeTab *tab, const QString &action, const QString &name)
{
    const auto compute = tab->currentCompute();
    if (!compute || compute->name != name)
        return;
    tab->showNotice({});
    if (action == u"start"_s || action == u"stop"_s || action == u"restart"_s) {
        const auto type = action == u"start"_s  ? ComputeOperation::Type::Start
                          : action == u"stop"_s ? ComputeOperation::Type::Stop
                                                : ComputeOperation::Type::Restart;
        watch(m_operations->act(name, type), tab);
        return;
    }
    if (action == u"submit"_s) {
        auto *dialog = new SubmitRunDialog(m_workspace, this);
        dialog->setTarget(name);
        connect(dialog, &SubmitRunDialog::submitted, this,
                [this](const RunRecord &run) { emit runSubmitted(run.name); });
        dialog->open();
        return;
    }
    if (action == u"scale"_s) {
        openScaleSettings(tab, *compute);
        return;
    }
    if (action != u"delete"_s)
        return;
    const bool detach = compute->kind == ComputeKind::Attached;
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(detach ? tr("Detach compute") : tr("Delete compute"));
    box->setText(detach ? tr("Detach %1 from this workspace?").arg(name)
                        : tr("Delete %1?").arg(name));
    box->setInformativeText(
        detach ? tr("The machine itself is not changed; you can attach it again later.")
        : compute->kind == ComputeKind::Instance
            ? tr("Its area in the workspace is deleted. Files in the shared user files "
                 "folder are kept.")
            : tr("Its settings and the area it keeps in the workspace are deleted."));
    QPushButton *confirm
        = box->addButton(detach ? tr("Detach") : tr("Delete"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, confirm, tab, name] {
        if (box->clickedButton() == confirm)
            watch(m_operations->remove(name), tab);
    });
    box->open();
}

void ComputePage::openScaleSettings(ComputeTab *tab, const ComputeRecord &compute)
{
    const auto stored = SpecYaml::fromStoredJson(compute.spec);
    if (!stored || !stored->as<ClusterSpec>()) {
        tab->showNotice(stored ? tr("%1 is not a compute cluster.").arg(compute.name)
                               : stored.error().message);
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Scale settings of %1").arg(compute.name));
    const ClusterSpec &cluster = *stored->as<ClusterSpec>();
    auto spin = [dialog](int value, int max, const QString &toolTip) {
        auto *box = new QSpinBox(dialog);
        box->setRange(0, max);
        box->setValue(value);
        box->setToolTip(toolTip);
        return box;
    };
    QSpinBox *minNodes = spin(cluster.minInstances, 10000,
                              tr("Nodes kept even when idle; 0 means no cost while idle."));
    minNodes->setObjectName(u"minNodes"_s);
    QSpinBox *maxNodes = spin(cluster.maxInstances, 10000,
                              tr("The most nodes the cluster scales up to when jobs arrive."));
    maxNodes->setObjectName(u"maxNodes"_s);
    QSpinBox *idle = spin(cluster.idleTimeBeforeScaleDown, 7 * 24 * 3600,
                          tr("Seconds a node stays idle before the cluster scales down."));
    idle->setObjectName(u"idleSeconds"_s);
    idle->setSuffix(tr(" s"));
    auto *message = new QLabel(dialog);
    message->setObjectName(u"scaleMessage"_s);
    message->setWordWrap(true);
    QPalette red = message->palette();
    red.setColor(QPalette::WindowText, QColor(0xa4, 0x26, 0x2c));
    message->setPalette(red);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    auto *form = new QFormLayout(dialog);
    form->addRow(tr("&Minimum nodes:"), minNodes);
    form->addRow(tr("Ma&ximum nodes:"), maxNodes);
    form->addRow(tr("&Idle seconds before scale down:"), idle);
    form->addRow(message);
    form->addRow(buttons);

    // The same rules as everywhere else: validate the cluster with the new values.
    auto revalidate = [=, spec = *stored] {
        ComputeSpec changed = spec;
        ClusterSpec *c = changed.as<ClusterSpec>();
        c->minInstances = minNodes->value();
        c->maxInstances = maxNodes->value();
        c->idleTimeBeforeScaleDown = idle->value();
        ValidationContext context;
        context.checkFiles = false;
        QStringList errors;
        for (const ValidationIssue &issue : Validation::validate(changed, context)) {
            if (issue.isError()
                && (issue.field == u"min_instances"_s || issue.field == u"max_instances"_s
                    || issue.field == u"idle_time_before_scale_down"_s))
                errors.append(issue.message);
        }
        message->setText(errors.join(u'\n'));
        message->setVisible(!errors.isEmpty());
        buttons->button(QDialogButtonBox::Ok)->setEnabled(errors.isEmpty());
    };
    for (QSpinBox *box : {minNodes, maxNodes, idle})
        connect(box, &QSpinBox::valueChanged, dialog, revalidate);
    revalidate();
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this, name = compute.name] {
        watch(m_operations->update(name, minNodes->value(), maxNodes->value(), idle->value()), tab);
        dialog->accept();
    });
    dialog->open();
}

} // namespace Studio::Ui
