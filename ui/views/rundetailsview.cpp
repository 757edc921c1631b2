#include "rundetailsview.h"

#include "../models/runlistmodel.h"
#include "core/runs/runs.h"
#include "core/runs/runstore.h"
#include "core/store/workspace.h"
#include "logview.h"
#include "metricschart.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDirIterator>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Studio::Ui {

namespace {

constexpr int maxOutputEntries = 5000;
constexpr int PathRole = Qt::UserRole + 1;

QString timeText(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s)
                       : RunDetailsView::tr("—");
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString environmentText(const EnvironmentSpec &env)
{
    switch (env.kind) {
    case EnvironmentSpec::Kind::UserManaged:
        if (!env.name.isEmpty() && env.interpreter.isEmpty())
            return RunDetailsView::tr("curated: %1").arg(env.name);
        return env.interpreter.isEmpty()
                   ? RunDetailsView::tr("system Python")
                   : RunDetailsView::tr("interpreter: %1").arg(env.interpreter);
    case EnvironmentSpec::Kind::SystemManaged:
        return env.name.isEmpty() ? RunDetailsView::tr("virtual environment from requirements")
                                  : RunDetailsView::tr("virtual environment %1").arg(env.name);
    case EnvironmentSpec::Kind::Container:
        return RunDetailsView::tr("container: %1").arg(env.image);
    }
    return {};
}

} // namespace

struct RunDetailsView::Load
{
    struct File
    {
        QString relative; ///< "outputs/model.pt"
        QString absolute;
        qint64 size = 0;
        bool dir = false;
    };

    QString error;
    std::optional<RunRecord> run;
    QList<RunStatusEvent> events;
    QList<KeyValue> params;
    QList<KeyValue> tags;
    QList<MetricsChart::RunMetrics> metrics;
    QStringList logFiles;
    QList<File> outputs;
    bool outputsTruncated = false;
    bool manifestRead = false;
    std::optional<SnapshotManifest> manifest;
    QString manifestError;

    static Load read(const QString &dbPath, const QString &workspacePath,
                     const QString &snapshotsPath, const QString &name, const QStringList &compare,
                     const QString &knownSnapshot)
    {
        Load load;
        Workspace::Connection connection(dbPath);
        if (!connection.isOpen()) {
            load.error
                = tr("Could not open the workspace database: %1").arg(connection.errorText());
            return load;
        }
        const RunStore store(connection.database());
        auto found = store.find(name);
        if (!found) {
            load.error = found.error().fullText();
            return load;
        }
        load.run = *found;
        if (!load.run)
            return load;
        if (auto events = store.statusEvents(name))
            load.events = *events;
        if (auto params = store.params(name))
            load.params = *params;
        if (auto tags = store.tags(name))
            load.tags = *tags;
        const QStringList runs = compare.isEmpty() ? QStringList{name} : compare;
        for (const QString &r : runs) {
            MetricsChart::RunMetrics m;
            m.run = r;
            m.label = r;
            if (r == name) {
                m.label = load.run->displayName.isEmpty() ? r : load.run->displayName;
            } else if (auto other = store.find(r); other && *other) {
                m.label = (*other)->displayName.isEmpty() ? r : (*other)->displayName;
            }
            if (auto metrics = store.metrics(r))
                m.metrics = *metrics;
            load.metrics.append(m);
        }

        const RunPaths paths = RunPaths::of(workspacePath, name);
        load.logFiles = paths.logFiles();
        const QDir root(paths.root);
        for (const QString &folder :
             {paths.outputs(), paths.logs(), paths.userLogs(), paths.systemLogs()}) {
            load.outputs.append({root.relativeFilePath(folder), folder, 0, true});
            QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                if (load.outputs.size() >= maxOutputEntries) {
                    load.outputsTruncated = true;
                    break;
                }
                it.next();
                const QFileInfo info = it.fileInfo();
                load.outputs.append({root.relativeFilePath(info.filePath()), info.filePath(),
                                     info.isDir() ? 0 : info.size(), info.isDir()});
            }
        }
        std::sort(load.outputs.begin(), load.outputs.end(),
                  [](const File &a, const File &b) { return a.relative < b.relative; });

        if (!load.run->snapshotId.isEmpty() && load.run->snapshotId != knownSnapshot) {
            load.manifestRead = true;
            auto manifest = SnapshotStore(snapshotsPath).manifest(load.run->snapshotId);
            if (manifest)
                load.manifest = *manifest;
            else
                load.manifestError = manifest.error().fullText();
        }
        return load;
    }
};

RunDetailsView::RunDetailsView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_stack(new QStackedWidget(this))
{
    setObjectName(u"runDetails"_s);
    auto *placeholder = new QLabel(tr("Select a run to see its details; select several and "
                                      "choose Compare to overlay their metrics."));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setEnabled(false);

    auto *details = new QWidget;
    m_statusIcon = new QLabel;
    m_title = new QLabel;
    m_title->setObjectName(u"runTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel;
    m_subtitle->setEnabled(false);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long names are cut, never widen the window.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_subtitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status = new QLabel;
    m_status->setObjectName(u"runStatus"_s);
    m_cancel = new QPushButton(tr("Cancel run"));
    m_cancel->setObjectName(u"cancelRun"_s);
    m_cancel->setToolTip(tr("Stop the run: its processes are ended and it is marked Canceled"));
    m_resubmit = new QPushButton(tr("Resubmit"));
    m_resubmit->setObjectName(u"resubmitRun"_s);
    m_resubmit->setToolTip(tr("Submit a new run with the same settings; the source folder is "
                              "snapshotted again"));
    connect(m_cancel, &QPushButton::clicked, this, &RunDetailsView::cancelRun);
    connect(m_resubmit, &QPushButton::clicked, this, &RunDetailsView::resubmitRun);

    m_error = new QLabel;
    m_error->setObjectName(u"runError"_s);
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
    m_message = new QLabel;
    m_message->setObjectName(u"runMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *head = new QHBoxLayout;
    head->addWidget(m_statusIcon);
    head->addWidget(m_title, 1);
    head->addSpacing(8);
    head->addWidget(m_status);
    head->addWidget(m_cancel);
    head->addWidget(m_resubmit);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"runTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createOverviewTab(), tr("Overview"));
    m_tabs->addTab(createLogsTab(), tr("Logs"));
    m_tabs->addTab(createMetricsTab(), tr("Metrics"));
    m_tabs->addTab(createOutputsTab(), tr("Outputs + logs"));
    m_tabs->addTab(createSnapshotTab(), tr("Snapshot"));

    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(head);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_error);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    m_stack->addWidget(placeholder);
    m_stack->addWidget(details);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_workspace, &Workspace::changed, this, [this] {
        if (isVisible())
            reload();
    });
}

RunDetailsView::~RunDetailsView() = default;

QWidget *RunDetailsView::createOverviewTab()
{
    m_properties = new QTreeWidget;
    m_properties->setObjectName(u"runProperties"_s);
    m_properties->setColumnCount(2);
    m_properties->setHeaderLabels({tr("Property"), tr("Value")});
    m_properties->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_properties->setUniformRowHeights(true);
    m_properties->setAccessibleName(tr("Run properties"));

    m_timeline = new QTreeWidget;
    m_timeline->setObjectName(u"statusTimeline"_s);
    m_timeline->setColumnCount(3);
    m_timeline->setHeaderLabels({tr("Status"), tr("At"), tr("After")});
    m_timeline->setRootIsDecorated(false);
    m_timeline->setUniformRowHeights(true);
    m_timeline->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->setAccessibleName(tr("Status timeline"));

    m_command = new QPlainTextEdit;
    m_command->setObjectName(u"runCommand"_s);
    m_command->setReadOnly(true);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setMaximumHeight(90);
    m_command->setAccessibleName(tr("Command"));

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *timelineTitle = new QLabel(tr("<b>Status timeline</b>"));
    rightLayout->addWidget(timelineTitle);
    rightLayout->addWidget(m_timeline, 1);
    rightLayout->addWidget(new QLabel(tr("<b>Command</b>")));
    rightLayout->addWidget(m_command);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_properties);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    return splitter;
}

QWidget *RunDetailsView::createLogsTab()
{
    auto *page = new QWidget;
    m_logChooser = new QComboBox;
    m_logChooser->setObjectName(u"logChooser"_s);
    m_logChooser->setToolTip(tr("The run's output (user_logs), what the studio did "
                                "(system_logs) and what the script wrote to logs/"));
    m_logChooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_logChooser->setMinimumContentsLength(28);
    auto *label = new QLabel(tr("&Log file:"));
    label->setBuddy(m_logChooser);
    m_logView = new LogView;
    m_noLogs = new QLabel(tr("No logs yet: they appear once the run starts."));
    m_noLogs->setAlignment(Qt::AlignCenter);
    m_noLogs->setEnabled(false);
    connect(m_logChooser, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString file = m_logChooser->itemData(index).toString();
        if (file.isEmpty())
            return;
        m_logView->setFile(file);
        const bool finished = m_run && isTerminal(m_run->status);
        m_logView->setFinished(finished);
        m_logView->setFollowing(!finished);
        if (!finished)
            m_logView->jumpToEnd();
    });
    auto *bar = new QHBoxLayout;
    bar->addWidget(label);
    bar->addWidget(m_logChooser);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_noLogs);
    layout->addWidget(m_logView, 1);
    return page;
}

QWidget *RunDetailsView::createMetricsTab()
{
    auto *page = new QWidget;
    m_metricsTitle = new QLabel;
    m_metricsTitle->setObjectName(u"metricsTitle"_s);
    m_metricsTitle->setWordWrap(true);
    m_metricsTitle->hide();
    m_metrics = new MetricsChart;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_metricsTitle);
    layout->addWidget(m_metrics, 1);
    return page;
}

QWidget *RunDetailsView::createOutputsTab()
{
    auto *page = new QWidget;
    m_outputs = new QTreeWidget;
    m_outputs->setObjectName(u"outputsTree"_s);
    m_outputs->setColumnCount(2);
    m_outputs->setHeaderLabels({tr("Name"), tr("Size")});
    m_outputs->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_outputs->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_outputs->header()->setStretchLastSection(false);
    m_outputs->setUniformRowHeights(true);
    m_outputs->setAccessibleName(tr("Outputs and logs"));
    m_open = new QPushButton(tr("&Open"));
    m_open->setObjectName(u"openOutput"_s);
    m_open->setToolTip(tr("Open the selected file or folder with the desktop's application"));
    m_open->setEnabled(false);
    m_download = new QPushButton(tr("&Download…"));
    m_download->setObjectName(u"downloadOutputs"_s);
    m_download->setToolTip(tr("Copy the run's outputs and logs into a folder you choose"));
    connect(m_open, &QPushButton::clicked, this, &RunDetailsView::openSelectedOutput);
    connect(m_download, &QPushButton::clicked, this, &RunDetailsView::chooseDownloadFolder);
    connect(m_outputs, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item && item->childCount() == 0)
            openSelectedOutput();
    });
    connect(m_outputs, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { m_open->setEnabled(item != nullptr); });
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_open);
    bar->addWidget(m_download);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_outputs, 1);
    return page;
}

QWidget *RunDetailsView::createSnapshotTab()
{
    auto *page = new QWidget;
    m_snapshotSummary = new QLabel;
    m_snapshotSummary->setObjectName(u"snapshotSummary"_s);
    m_snapshotSummary->setWordWrap(true);
    m_snapshotSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_snapshotFiles = new QTreeWidget;
    m_snapshotFiles->setObjectName(u"snapshotFiles"_s);
    m_snapshotFiles->setColumnCount(2);
    m_snapshotFiles->setHeaderLabels({tr("File"), tr("Size")});
    m_snapshotFiles->setRootIsDecorated(false);
    m_snapshotFiles->setUniformRowHeights(true);
    m_snapshotFiles->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_snapshotFiles->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_snapshotFiles->header()->setStretchLastSection(false);
    m_snapshotFiles->setAccessibleName(tr("Snapshot files"));
    m_snapshotText = new QPlainTextEdit;
    m_snapshotText->setObjectName(u"snapshotText"_s);
    m_snapshotText->setReadOnly(true);
    m_snapshotText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_snapshotText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_snapshotText->setPlaceholderText(tr("Select a file to see its content as submitted."));
    connect(m_snapshotFiles, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            showSnapshotFile(item->data(0, PathRole).toString());
    });
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_snapshotFiles);
    splitter->addWidget(m_snapshotText);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_snapshotSummary);
    layout->addWidget(splitter, 1);
    return page;
}

void RunDetailsView::setRun(const QString &name)
{
    if (name == m_name && m_compare.isEmpty())
        return;
    const bool sameRun = name == m_name;
    m_name = name;
    m_compare.clear();
    m_metricsTitle->hide();
    ++m_generation;
    if (!sameRun) {
        m_run.reset();
        m_manifest.reset();
        m_logFiles.clear();
        m_outputsSignature.clear();
        m_logChooser->clear();
        m_outputs->clear();
        m_snapshotFiles->clear();
        m_snapshotText->clear();
        m_properties->clear();
        m_timeline->clear();
        m_metrics->setRuns({});
        m_message->hide();
    }
    m_stack->setCurrentIndex(name.isEmpty() ? 0 : 1);
    reload();
}

void RunDetailsView::compare(const QStringList &names)
{
    if (names.isEmpty())
        return;
    if (!names.contains(m_name)) {
        setRun(names.first());
    }
    m_compare = names;
    ++m_generation;
    m_metricsTitle->setText(tr("Comparing runs: %1").arg(names.join(u", "_s)));
    m_metricsTitle->show();
    m_tabs->setCurrentIndex(MetricsTab);
    reload();
}

void RunDetailsView::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void RunDetailsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void RunDetailsView::reload()
{
    if (m_name.isEmpty())
        return;
    if (m_loading) {
        m_reloadPending = true;
        return;
    }
    m_loading = true;
    const quint64 generation = m_generation;
    QtConcurrent::run(m_workspace->threadPool(), &Load::read, m_workspace->databasePath(),
                      m_workspace->path(), m_workspace->snapshotsPath(), m_name, m_compare,
                      m_manifest ? m_manifest->id : QString())
        .then(this, [this, generation](const Load &load) {
            m_loading = false;
            if (generation == m_generation) {
                apply(load);
                emit loaded();
            }
            if (std::exchange(m_reloadPending, false) || generation != m_generation)
                reload();
        });
}

void RunDetailsView::apply(const Load &load)
{
    if (!load.error.isEmpty()) {
        showMessage(tr("Could not read the run: %1").arg(load.error), true);
        return;
    }
    if (!load.run) {
        m_run.reset();
        m_title->setText(m_name);
        m_status->setText(tr("This run is no longer in the workspace."));
        updateButtons();
        return;
    }
    m_run = load.run;
    applyOverview(load);
    applyLogs(load);
    m_metrics->setRuns(load.metrics);
    applyOutputs(load);
    applySnapshot(load);
    updateButtons();
}

void RunDetailsView::applyOverview(const Load &load)
{
    const RunRecord &r = *load.run;
    m_title->setText(r.displayName.isEmpty() ? r.name : r.displayName);
    m_statusIcon->setPixmap(RunListModel::statusIcon(r.status).pixmap(20, 20));
    m_status->setText(Studio::displayName(r.status));
    m_subtitle->setText(tr("%1 · experiment %2 · on %3").arg(r.name, r.experimentName, r.compute));
    m_error->setVisible(!r.error.isEmpty());
    m_error->setText(r.error);

    const int scroll = m_properties->verticalScrollBar()->value();
    m_properties->clear();
    auto section = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_properties, {title});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFirstColumnSpanned(true);
        return item;
    };
    auto add = [](QTreeWidgetItem *parent, const QString &label, const QString &value) {
        auto *item = new QTreeWidgetItem(parent, {label, value});
        item->setToolTip(1, value);
    };
    QTreeWidgetItem *props = section(tr("Properties"));
    add(props, tr("Name"), r.name);
    add(props, tr("Display name"), r.displayName);
    add(props, tr("Experiment"), r.experimentName);
    add(props, tr("Status"), Studio::displayName(r.status));
    add(props, tr("Compute"), r.compute);
    add(props, tr("Created by"), r.createdBy);
    add(props, tr("Created"), timeText(r.createdOn));
    add(props, tr("Started"), timeText(r.startedOn));
    add(props, tr("Ended"), timeText(r.endedOn));
    add(props, tr("Duration"), RunListModel::durationText(r.durationSeconds()));
    if (r.exitCode)
        add(props, tr("Exit code"), QString::number(*r.exitCode));
    add(props, tr("Environment"), environmentText(r.spec.environment));
    add(props, tr("Source folder"), r.spec.sourceDirectory);
    if (r.spec.distribution.isDistributed()) {
        add(props, tr("Distribution"),
            tr("%1 × %2 processes (%3)")
                .arg(r.spec.distribution.instanceCount)
                .arg(r.spec.distribution.processCountPerInstance)
                .arg(r.spec.distribution.type.isEmpty() ? tr("plain") : r.spec.distribution.type));
    }
    if (r.spec.maxRunDurationSeconds) {
        add(props, tr("Maximum duration"),
            RunListModel::durationText(*r.spec.maxRunDurationSeconds));
    }
    if (!r.nodes.isEmpty())
        add(props, tr("Nodes"), r.nodes.join(u", "_s));
    add(props, tr("Snapshot"), r.snapshotId.isEmpty() ? tr("(not yet)") : r.snapshotId);

    QTreeWidgetItem *git = section(tr("Git"));
    if (r.git.isRepository) {
        add(git, tr("Repository"),
            r.git.repositoryUrl.isEmpty() ? tr("(no remote)") : r.git.repositoryUrl);
        add(git, tr("Branch"), r.git.branch.isEmpty() ? tr("(detached)") : r.git.branch);
        add(git, tr("Commit"), r.git.commit);
        add(git, tr("Uncommitted changes"), r.git.dirty ? tr("yes") : tr("no"));
    } else {
        add(git, tr("Repository"), tr("The source folder is not a git work tree."));
    }
    if (!load.params.isEmpty()) {
        QTreeWidgetItem *params = section(tr("Parameters"));
        for (const KeyValue &kv : load.params)
            add(params, kv.key, kv.value);
    }
    QList<KeyValue> tags = load.tags;
    for (auto it = r.spec.tags.cbegin(); it != r.spec.tags.cend(); ++it) {
        if (std::none_of(tags.cbegin(), tags.cend(),
                         [&it](const KeyValue &kv) { return kv.key == it.key(); }))
            tags.append({it.key(), it.value()});
    }
    if (!tags.isEmpty()) {
        QTreeWidgetItem *tagItem = section(tr("Tags"));
        for (const KeyValue &kv : std::as_const(tags))
            add(tagItem, kv.key, kv.value);
    }
    m_properties->expandAll();
    m_properties->verticalScrollBar()->setValue(scroll);

    m_timeline->clear();
    QDateTime previous;
    for (const RunStatusEvent &e : load.events) {
        const QString after = previous.isValid() && e.at.isValid()
                                  ? u"+"_s + RunListModel::durationText(previous.secsTo(e.at))
                                  : QString();
        auto *item = new QTreeWidgetItem(m_timeline,
                                         {Studio::displayName(e.status), timeText(e.at), after});
        item->setIcon(0, RunListModel::statusIcon(e.status));
        item->setData(0, Qt::UserRole, toKey(e.status));
        previous = e.at;
    }
    if (m_command->toPlainText() != r.spec.command)
        m_command->setPlainText(r.spec.command);
}

void RunDetailsView::applyLogs(const Load &load)
{
    const bool finished = isTerminal(load.run->status);
    if (load.logFiles != m_logFiles) {
        m_logFiles = load.logFiles;
        const QString current = m_logChooser->currentData().toString();
        const QSignalBlocker block(m_logChooser);
        m_logChooser->clear();
        const QDir root(RunPaths::of(m_workspace->path(), m_name).root);
        for (const QString &file : std::as_const(m_logFiles))
            m_logChooser->addItem(root.relativeFilePath(file), file);
        const int keep = m_logChooser->findData(current);
        m_logChooser->setCurrentIndex(keep >= 0 ? keep : 0);
        if (keep < 0 && !m_logFiles.isEmpty()) {
            m_logView->setFile(m_logChooser->currentData().toString());
            if (!finished)
                m_logView->jumpToEnd();
        }
    }
    m_noLogs->setVisible(m_logFiles.isEmpty());
    m_logView->setVisible(!m_logFiles.isEmpty());
    m_logChooser->setEnabled(!m_logFiles.isEmpty());
    m_logView->setFinished(finished);
    m_logView->setFollowing(!finished);
}

void RunDetailsView::applyOutputs(const Load &load)
{
    QString signature;
    for (const Load::File &f : load.outputs)
        signature += f.relative + u'\t' + QString::number(f.size) + u'\n';
    if (signature == m_outputsSignature)
        return;
    m_outputsSignature = signature;
    // Rebuild, keeping what was open and selected.
    QSet<QString> expanded;
    QString selected;
    for (QTreeWidgetItemIterator it(m_outputs); *it; ++it) {
        if ((*it)->isExpanded())
            expanded.insert((*it)->data(0, PathRole).toString());
    }
    if (m_outputs->currentItem())
        selected = m_outputs->currentItem()->data(0, PathRole).toString();
    const int scroll = m_outputs->verticalScrollBar()->value();
    m_outputs->clear();
    QHash<QString, QTreeWidgetItem *> items;
    const QIcon folderIcon = style()->standardIcon(QStyle::SP_DirIcon);
    const QIcon fileIcon = style()->standardIcon(QStyle::SP_FileIcon);
    for (const Load::File &f : load.outputs) {
        const int slash = f.relative.lastIndexOf(u'/');
        QTreeWidgetItem *parent = slash < 0 ? nullptr : items.value(f.relative.left(slash));
        const QString name = slash < 0 ? f.relative : f.relative.mid(slash + 1);
        auto *item
            = parent ? new QTreeWidgetItem(parent, {name}) : new QTreeWidgetItem(m_outputs, {name});
        item->setIcon(0, f.dir ? folderIcon : fileIcon);
        if (!f.dir)
            item->setText(1, sizeText(f.size));
        item->setData(0, PathRole, f.absolute);
        item->setToolTip(0, f.absolute);
        items.insert(f.relative, item);
        if (!parent || expanded.contains(f.absolute))
            item->setExpanded(true);
        if (f.absolute == selected)
            m_outputs->setCurrentItem(item);
    }
    for (int i = 0; i < m_outputs->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_outputs->topLevelItem(i);
        if (top->childCount() == 0)
            top->setText(1, tr("(empty)"));
    }
    if (load.outputsTruncated) {
        new QTreeWidgetItem(m_outputs,
                            {tr("(only the first %1 entries are listed)").arg(maxOutputEntries)});
    }
    m_outputs->verticalScrollBar()->setValue(scroll);
}

void RunDetailsView::applySnapshot(const Load &load)
{
    if (!load.manifestRead) {
        if (!m_manifest) {
            m_snapshotSummary->setText(load.run->snapshotId.isEmpty()
                                           ? tr("The source folder has not been snapshotted yet.")
                                           : QString());
        }
        return;
    }
    if (!load.manifest) {
        m_snapshotSummary->setText(tr("Could not read the snapshot: %1").arg(load.manifestError));
        return;
    }
    m_manifest = load.manifest;
    m_snapshotSummary->setText(
        tr("Snapshot %1: files: %2, size: %3, taken from %4")
            .arg(m_manifest->id.left(12), QLocale().toString(m_manifest->files.size()),
                 sizeText(m_manifest->totalBytes()), load.run->spec.sourceDirectory));
    m_snapshotFiles->clear();
    const QIcon exec = style()->standardIcon(QStyle::SP_CommandLink);
    const QIcon fileIcon = style()->standardIcon(QStyle::SP_FileIcon);
    for (const SnapshotEntry &e : std::as_const(m_manifest->files)) {
        auto *item = new QTreeWidgetItem(m_snapshotFiles, {e.path, sizeText(e.size)});
        item->setData(0, PathRole, e.path);
        item->setIcon(0, e.executable ? exec : fileIcon);
        item->setToolTip(0, tr("SHA-256 %1").arg(e.sha256));
    }
    // Show something from the start: the first file.
    if (m_snapshotFiles->topLevelItemCount() > 0)
        m_snapshotFiles->setCurrentItem(m_snapshotFiles->topLevelItem(0));
}

void RunDetailsView::showSnapshotFile(const QString &path)
{
    if (!m_manifest)
        return;
    QtConcurrent::run(m_workspace->threadPool(), [store = m_workspace->snapshotsPath(),
                                                  manifest = *m_manifest, path] {
        return SnapshotStore(store).readFile(manifest, path);
    }).then(this, [this, path, id = m_manifest->id](const Result<QByteArray> &result) {
        if (!m_manifest || m_manifest->id != id)
            return;
        if (!result) {
            m_snapshotText->setPlainText(result.error().fullText());
        } else if (result->contains('\0')) {
            m_snapshotText->setPlainText(tr("(a binary file of %1)").arg(sizeText(result->size())));
        } else {
            constexpr qsizetype limit = 2 * 1024 * 1024;
            QString text = QString::fromUtf8(result->left(limit));
            if (result->size() > limit)
                text += u"\n"_s + tr("(only the first 2 MB are shown)");
            m_snapshotText->setPlainText(text);
        }
        emit snapshotFileShown(path);
    });
}

void RunDetailsView::updateButtons()
{
    const bool active
        = m_run && !isTerminal(m_run->status) && m_run->status != RunStatus::CancelRequested;
    m_cancel->setEnabled(active && !m_busy);
    m_resubmit->setEnabled(m_run.has_value() && !m_busy);
    m_download->setEnabled(m_run.has_value());
}

void RunDetailsView::showMessage(const QString &text, bool error)
{
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, QColor(0xa4, 0x26, 0x2c));
    m_message->setPalette(p);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void RunDetailsView::openSelectedOutput()
{
    QTreeWidgetItem *item = m_outputs->currentItem();
    if (!item)
        return;
    const QString path = item->data(0, PathRole).toString();
    if (path.isEmpty())
        return;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        showMessage(tr("No application could open %1.").arg(path), true);
}

void RunDetailsView::chooseDownloadFolder()
{
    auto *dialog = new QFileDialog(this, tr("Download outputs and logs of %1").arg(m_name),
                                   QDir::homePath());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &dir) { download(dir); });
    dialog->open();
}

void RunDetailsView::download(const QString &directory)
{
    if (m_name.isEmpty())
        return;
    m_download->setEnabled(false);
    showMessage(tr("Downloading the outputs and logs of %1 to %2…").arg(m_name, directory), false);
    QtConcurrent::run(m_workspace->threadPool(), [path = m_workspace->path(), name = m_name,
                                                  directory] {
        return RunEngine(path).download(name, directory);
    }).then(this, [this, directory](const Result<QStringList> &result) {
        m_download->setEnabled(m_run.has_value());
        const QString text = result ? tr("Downloaded to %1 (files: %2).")
                                          .arg(directory, QLocale().toString(result->size()))
                                    : tr("Could not download: %1").arg(result.error().fullText());
        showMessage(text, !result);
        emit downloadFinished(result.ok(), text);
    });
}

void RunDetailsView::cancelRun()
{
    if (!m_run)
        return;
    m_busy = true;
    updateButtons();
    QtConcurrent::run(m_workspace->threadPool(), [path = m_workspace->path(), name = m_name] {
        return RunEngine(path).cancel(name);
    }).then(this, [this](const Result<void> &result) {
        m_busy = false;
        if (!result)
            showMessage(tr("Could not cancel: %1").arg(result.error().fullText()), true);
        updateButtons();
        reload();
    });
}

void RunDetailsView::resubmitRun()
{
    if (!m_run)
        return;
    m_busy = true;
    updateButtons();
    showMessage(tr("Resubmitting %1…").arg(m_name), false);
    QtConcurrent::run(m_workspace->threadPool(), [path = m_workspace->path(), name = m_name] {
        return RunEngine(path).resubmit(name);
    }).then(this, [this](const Result<RunRecord> &result) {
        m_busy = false;
        updateButtons();
        if (!result) {
            showMessage(tr("Could not resubmit: %1").arg(result.error().fullText()), true);
            return;
        }
        showMessage(tr("Submitted %1.").arg(result->name), false);
        emit resubmitted(result->name);
    });
}

QString RunDetailsView::propertyText(const QString &label) const
{
    const auto items = m_properties->findItems(label, Qt::MatchExactly | Qt::MatchRecursive, 0);
    return items.isEmpty() ? QString() : items.first()->text(1);
}

} // namespace Studio::Ui
