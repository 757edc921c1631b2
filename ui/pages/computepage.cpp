#include "computepage.h"

#include "computetab.h"
#include "core/store/workspace.h"

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
        m_tabList.append(tab);
        m_tabs->addTab(tab, tab->title());
        connect(tab, &ComputeTab::refreshRequested, this, &ComputePage::reload);
        connect(tab, &ComputeTab::createRequested, this, [tab](ComputeKind k) {
            // The create and attach forms come with the next release; say so plainly.
            const QString what = k == ComputeKind::Attached ? tr("attach form") : tr("create form");
            tab->showNotice(tr("The %1 for %2 is not built yet: it arrives with the compute forms. "
                               "Until then this workspace can be filled with the command line "
                               "or another Compute Studio.")
                                .arg(what, tab->title().toLower()));
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

} // namespace Studio::Ui
