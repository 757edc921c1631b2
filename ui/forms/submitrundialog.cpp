#include "submitrundialog.h"

#include "core/runs/environment.h"
#include "core/runs/jobyaml.h"
#include "core/runs/runs.h"
#include "core/runs/runstore.h"
#include "core/spec/specyaml.h"
#include "core/store/workspace.h"
#include "filepathedit.h"
#include "formstyle.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Studio::Ui {

using namespace FormStyle;

namespace {

/// Why `arguments` cannot be split as a shell would: an open quote or a trailing backslash.
QString argumentsProblem(const QString &arguments)
{
    QChar quote;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QChar c = arguments.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else if (c == u'\\' && quote == u'"')
                ++i;
            continue;
        }
        if (c == u'\\') {
            if (i + 1 >= arguments.size())
                return SubmitRunDialog::tr("The arguments end with a lone backslash.");
            ++i;
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        }
    }
    if (!quote.isNull()) {
        return SubmitRunDialog::tr("A quote (%1) is not closed: close it, or escape it with a "
                                   "backslash.")
            .arg(quote);
    }
    return {};
}

} // namespace

SubmitRunDialog::SubmitRunDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(u"submitRunDialog"_s);
    setWindowTitle(tr("Submit a run"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_loadReport = new QLabel;
    m_loadReport->setObjectName(u"loadReport"_s);
    m_loadReport->setWordWrap(true);
    m_loadReport->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_loadReport->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto section = [form](const QString &title) {
        auto *label = new QLabel(title);
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
        form->addRow(label);
    };

    // What to run.
    section(tr("Script"));
    auto *sourceRow = new QWidget;
    m_source = new QLineEdit;
    m_source->setObjectName(u"sourceFolder"_s);
    m_source->setPlaceholderText(tr("The folder with your scripts"));
    auto *browse = new QPushButton(tr("Browse…"));
    browse->setObjectName(u"browseSource"_s);
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &SubmitRunDialog::chooseSourceFolder);
    auto *sourceLayout = new QHBoxLayout(sourceRow);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    sourceLayout->addWidget(m_source, 1);
    sourceLayout->addWidget(browse);
    sourceRow->setFocusProxy(m_source);
    Field *f = addField(form, tr("&Source folder:"), sourceRow,
                        tr("The folder snapshotted at submit and copied to the run's working "
                           "folder (code:). Files matched by .amlignore or .gitignore are left "
                           "out."),
                        {u"code"_s});
    track(f, m_source);

    m_command = new QLineEdit;
    m_command->setObjectName(u"command"_s);
    m_command->setPlaceholderText(tr("python train.py"));
    f = addField(form, tr("&Command:"), m_command,
                 tr("What the run executes in the source folder, as a shell command. \"python\" "
                    "is the environment's interpreter."),
                 {u"command"_s});
    track(f, m_command);

    m_arguments = new QLineEdit;
    m_arguments->setObjectName(u"arguments"_s);
    m_arguments->setPlaceholderText(tr("--epochs 10 --learning-rate 0.01"));
    f = addField(form, tr("&Arguments:"), m_arguments,
                 tr("Added after the command, quoted as in a shell."), {u"arguments"_s});
    track(f, m_arguments);

    // Where it runs.
    section(tr("Environment and compute"));
    m_envKind = new QComboBox;
    m_envKind->setObjectName(u"environmentKind"_s);
    m_envKind->addItem(tr("System Python"));
    m_envKind->addItem(tr("An interpreter"));
    m_envKind->addItem(tr("Curated environment"));
    m_envKind->addItem(tr("Requirements file (new virtual environment)"));
    m_envKind->addItem(tr("Container image"));
    m_interpreter = new FilePathEdit;
    m_interpreter->setObjectName(u"interpreter"_s);
    m_interpreter->lineEdit()->setPlaceholderText(tr("/usr/bin/python3, or python3.11"));
    m_interpreter->setDialogTitle(tr("Choose a Python interpreter"));
    m_curated = new QComboBox;
    m_curated->setObjectName(u"curated"_s);
    for (const CuratedEnvironment &env : EnvironmentManager::curated()) {
        m_curated->addItem(env.name, env.name);
        m_curated->setItemData(m_curated->count() - 1, env.description, Qt::ToolTipRole);
    }
    m_requirements = new FilePathEdit;
    m_requirements->setObjectName(u"requirements"_s);
    m_requirements->setDialogTitle(tr("Choose a requirements file"));
    m_requirements->setNameFilters({tr("Requirements (*.txt)"), tr("All files (*)")});
    m_image = new QLineEdit;
    m_image->setObjectName(u"image"_s);
    m_image->setPlaceholderText(tr("python:3.11-slim"));
    m_envStack = new QStackedWidget;
    m_envStack->addWidget(new QWidget);
    m_envStack->addWidget(m_interpreter);
    m_envStack->addWidget(m_curated);
    m_envStack->addWidget(m_requirements);
    m_envStack->addWidget(m_image);
    auto *envRow = new QWidget;
    auto *envLayout = new QVBoxLayout(envRow);
    envLayout->setContentsMargins(0, 0, 0, 0);
    envLayout->setSpacing(4);
    envLayout->addWidget(m_envKind);
    envLayout->addWidget(m_envStack);
    envRow->setFocusProxy(m_envKind);
    f = addField(form, tr("&Environment:"), envRow,
                 tr("What the run's Python is: the system's, an interpreter you name, a curated "
                    "environment (an interpreter that has its packages), a virtual environment "
                    "built once from a requirements file and reused, or a container image."),
                 {u"environment"_s});
    track(f, m_envKind);
    track(f, m_interpreter);
    track(f, m_curated);
    track(f, m_requirements);
    track(f, m_image);
    // The system Python needs nothing more: no empty row under the choice.
    m_envStack->hide();
    connect(m_envKind, &QComboBox::currentIndexChanged, m_envStack, [this](int index) {
        m_envStack->setCurrentIndex(index);
        m_envStack->setVisible(index != SystemPython);
    });

    m_target = new QComboBox;
    m_target->setObjectName(u"target"_s);
    m_target->addItem(tr("local (this machine)"), u"local"_s);
    f = addField(form, tr("&Target:"), m_target,
                 tr("The compute that runs it: the local machine, a compute instance (one node) "
                    "or a compute cluster (scales out to several nodes)."),
                 {u"compute"_s});
    track(f, m_target);
    connect(m_target, &QComboBox::currentIndexChanged, this, &SubmitRunDialog::updateVisibility);

    m_instances = new QSpinBox;
    m_instances->setObjectName(u"instanceCount"_s);
    m_instances->setRange(1, 1000);
    m_instancesField = addField(form, tr("&Instances:"), m_instances,
                                tr("Nodes the run uses (resources.instance_count); more than "
                                   "one needs a compute cluster."),
                                {u"distribution"_s});
    track(m_instancesField, m_instances);
    m_processes = new QSpinBox;
    m_processes->setObjectName(u"processCount"_s);
    m_processes->setRange(1, 256);
    m_processesField = addField(form, tr("&Processes per instance:"), m_processes,
                                tr("Processes started on each node "
                                   "(distribution.process_count_per_instance), e.g. one per GPU."),
                                {u"distribution.process_count_per_instance"_s});
    track(m_processesField, m_processes);
    connect(m_instances, &QSpinBox::valueChanged, this, &SubmitRunDialog::updateVisibility);
    connect(m_processes, &QSpinBox::valueChanged, this, &SubmitRunDialog::updateVisibility);

    m_maxMinutes = new QSpinBox;
    m_maxMinutes->setObjectName(u"maxDuration"_s);
    m_maxMinutes->setRange(0, 60 * 24 * 30);
    m_maxMinutes->setSuffix(tr(" min"));
    m_maxMinutes->setSpecialValueText(tr("No limit"));
    f = addField(form, tr("&Maximum duration:"), m_maxMinutes,
                 tr("The run is canceled when it runs longer than this (limits.timeout)."),
                 {u"limits"_s});
    track(f, m_maxMinutes);

    // How it is filed.
    section(tr("Run"));
    m_experiment = new QComboBox;
    m_experiment->setObjectName(u"experiment"_s);
    m_experiment->setEditable(true);
    m_experiment->setInsertPolicy(QComboBox::NoInsert);
    m_experiment->setEditText(u"Default"_s);
    f = addField(form, tr("E&xperiment:"), m_experiment,
                 tr("Runs are grouped by experiment; a new name makes a new experiment."),
                 {u"experiment_name"_s});
    track(f, m_experiment);
    m_displayName = new QLineEdit;
    m_displayName->setObjectName(u"displayName"_s);
    m_displayName->setPlaceholderText(tr("(optional)"));
    f = addField(form, tr("&Display name:"), m_displayName,
                 tr("A name for people; the run also gets a unique name of its own."),
                 {u"display_name"_s});
    track(f, m_displayName);

    m_status = new QLabel;
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"submitProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->hide();

    m_viewYaml = new QPushButton(tr("View &YAML"));
    m_viewYaml->setObjectName(u"viewYaml"_s);
    m_viewYaml->setToolTip(tr("The job as YAML, as `cstudio job create -f` reads it"));
    m_viewYaml->setAutoDefault(false);
    m_loadYaml = new QPushButton(tr("&Load YAML…"));
    m_loadYaml->setObjectName(u"loadYaml"_s);
    m_loadYaml->setToolTip(tr("Fill the form from a command job YAML file"));
    m_loadYaml->setAutoDefault(false);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setAutoDefault(false);
    m_submit = new QPushButton(tr("&Submit"));
    m_submit->setObjectName(u"submit"_s);
    m_submit->setDefault(true);
    connect(m_viewYaml, &QPushButton::clicked, this, [this] { showYaml(); });
    connect(m_loadYaml, &QPushButton::clicked, this, &SubmitRunDialog::chooseYamlFile);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_submit, &QPushButton::clicked, this, &SubmitRunDialog::submit);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_viewYaml);
    buttons->addWidget(m_loadYaml);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_submit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_loadReport);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    resize(620, sizeHint().height());

    updateVisibility();
    revalidate();
    loadTargets();
    loadExperiments();
}

SubmitRunDialog::~SubmitRunDialog() = default;

SubmitRunDialog::Field *SubmitRunDialog::addField(QFormLayout *layout, const QString &label,
                                                  QWidget *editor, const QString &toolTip,
                                                  const QStringList &paths, const QString &hint)
{
    auto field = std::make_unique<Field>();
    field->paths = paths;
    field->editor = editor;
    field->label = new QLabel(label);
    field->label->setBuddy(editor);
    field->label->setToolTip(toolTip);
    editor->setToolTip(toolTip);
    editor->setAccessibleName(plainLabel(field->label));
    editor->setAccessibleDescription(toolTip);
    field->container = new QWidget;
    auto *box = new QVBoxLayout(field->container);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    box->addWidget(editor);
    if (!hint.isEmpty()) {
        auto *h = new QLabel(hint);
        h->setWordWrap(true);
        h->setEnabled(false);
        box->addWidget(h);
    }
    field->message = new QLabel;
    field->message->setObjectName(u"message"_s);
    field->message->setWordWrap(true);
    field->message->setTextFormat(Qt::PlainText);
    field->message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->message->hide();
    box->addWidget(field->message);
    layout->addRow(field->label, field->container);
    m_fields.push_back(std::move(field));
    return m_fields.back().get();
}

void SubmitRunDialog::track(Field *field, QObject *source)
{
    auto edited = [this, field] {
        if (m_filling)
            return;
        field->touched = true;
        revalidate();
    };
    if (auto *e = qobject_cast<QLineEdit *>(source))
        connect(e, &QLineEdit::textChanged, this, edited);
    else if (auto *s = qobject_cast<QSpinBox *>(source))
        connect(s, &QSpinBox::valueChanged, this, edited);
    else if (auto *p = qobject_cast<FilePathEdit *>(source))
        connect(p, &FilePathEdit::pathChanged, this, edited);
    else if (auto *c = qobject_cast<QComboBox *>(source)) {
        connect(c, &QComboBox::currentIndexChanged, this, edited);
        if (c->isEditable())
            connect(c, &QComboBox::editTextChanged, this, edited);
    }
}

void SubmitRunDialog::setFieldVisible(Field *field, bool visible)
{
    field->label->setVisible(visible);
    field->container->setVisible(visible);
}

void SubmitRunDialog::loadTargets()
{
    m_workspace->listComputesAsync().then(this, [this](const Result<QList<ComputeRecord>> &result) {
        m_targetsLoaded = true;
        if (!result) {
            m_status->setText(tr("Could not read the computes: %1").arg(result.error().fullText()));
            emit targetsLoaded();
            return;
        }
        const QString current = target();
        const QSignalBlocker block(m_target);
        m_target->clear();
        m_computes.clear();
        for (const ComputeRecord &c : *result) {
            if (c.kind != ComputeKind::Local && c.kind != ComputeKind::Instance
                && c.kind != ComputeKind::Cluster)
                continue;
            m_computes.insert(c.name, c);
            const QString text = c.kind == ComputeKind::Local
                                     ? tr("%1 (this machine)").arg(c.name)
                                     : tr("%1 (%2, %3)")
                                           .arg(c.name, displayName(c.kind).toLower(),
                                                c.displayStateText().toLower());
            m_target->addItem(text, c.name);
        }
        const QString wanted = m_pendingTarget.isEmpty() ? current : m_pendingTarget;
        int index = m_target->findData(wanted, Qt::UserRole, Qt::MatchFixedString);
        if (index < 0 && !wanted.isEmpty()) {
            // Not a compute that runs scripts, or gone: keep it so the message says so.
            m_target->addItem(wanted, wanted);
            index = m_target->count() - 1;
        }
        m_target->setCurrentIndex(std::max(0, index));
        m_pendingTarget.clear();
        updateVisibility();
        revalidate();
        emit targetsLoaded();
    });
}

void SubmitRunDialog::loadExperiments()
{
    QtConcurrent::run(m_workspace->threadPool(),
                      [dbPath = m_workspace->databasePath()]() -> QStringList {
                          Workspace::Connection connection(dbPath);
                          if (!connection.isOpen())
                              return {};
                          auto names = RunStore(connection.database()).experiments();
                          return names ? *names : QStringList();
                      })
        .then(this, [this](const QStringList &names) {
            const QString text = m_experiment->currentText();
            const QSignalBlocker block(m_experiment);
            m_experiment->clear();
            m_experiment->addItems(names);
            m_experiment->setEditText(text);
        });
}

void SubmitRunDialog::setTarget(const QString &name)
{
    const int index = m_target->findData(name, Qt::UserRole, Qt::MatchFixedString);
    if (index >= 0) {
        m_target->setCurrentIndex(index);
    } else if (!m_targetsLoaded) {
        m_pendingTarget = name;
    } else {
        m_target->addItem(name, name);
        m_target->setCurrentIndex(m_target->count() - 1);
    }
    updateVisibility();
    revalidate();
}

QString SubmitRunDialog::target() const
{
    if (!m_pendingTarget.isEmpty())
        return m_pendingTarget;
    return m_target->currentData().toString();
}

void SubmitRunDialog::setSourceFolder(const QString &path)
{
    m_source->setText(path);
}

std::optional<ComputeRecord> SubmitRunDialog::targetRecord() const
{
    const auto it = m_computes.constFind(target());
    if (it == m_computes.cend())
        return std::nullopt;
    return *it;
}

void SubmitRunDialog::updateVisibility()
{
    const auto record = targetRecord();
    const bool cluster = record && record->kind == ComputeKind::Cluster;
    // Distribution is for clusters; shown elsewhere only when set (so its message shows).
    const bool show = cluster || m_instances->value() > 1 || m_processes->value() > 1;
    setFieldVisible(m_instancesField, show);
    setFieldVisible(m_processesField, show);
}

RunSpec SubmitRunDialog::spec() const
{
    RunSpec spec = m_base;
    const QString source = m_source->text().trimmed();
    spec.sourceDirectory
        = source.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(source));
    const QString command = m_command->text().trimmed();
    const QString arguments = m_arguments->text().trimmed();
    spec.command = arguments.isEmpty() ? command : QString(command + u' ' + arguments);
    EnvironmentSpec env;
    switch (m_envKind->currentIndex()) {
    case SystemPython:
        break;
    case Interpreter:
        env.interpreter = m_interpreter->path();
        break;
    case Curated:
        env.name = u"azureml:%1@latest"_s.arg(m_curated->currentData().toString());
        break;
    case Requirements: {
        const QString path = m_requirements->path();
        if (path.isEmpty() && m_base.environment.kind == EnvironmentSpec::Kind::SystemManaged) {
            env = m_base.environment; // captured from a loaded YAML
        } else {
            env.kind = EnvironmentSpec::Kind::SystemManaged;
            QFile file(path);
            if (!path.isEmpty() && file.open(QIODevice::ReadOnly))
                env.requirements = QString::fromUtf8(file.readAll());
        }
        break;
    }
    case Container:
        env.kind = EnvironmentSpec::Kind::Container;
        env.image = m_image->text().trimmed();
        break;
    }
    if (m_envKind->currentIndex() != Requirements && m_base.environment.kind == env.kind
        && m_base.environment.interpreter == env.interpreter && m_base.environment.name == env.name
        && m_base.environment.image == env.image) {
        env.pipOptions = m_base.environment.pipOptions;
    }
    spec.environment = env;
    spec.compute = target().isEmpty() ? u"local"_s : target();
    spec.distribution.instanceCount = m_instances->value();
    spec.distribution.processCountPerInstance = m_processes->value();
    if (m_maxMinutes->value() > 0)
        spec.maxRunDurationSeconds = qint64(m_maxMinutes->value()) * 60;
    else
        spec.maxRunDurationSeconds.reset();
    spec.experimentName = m_experiment->currentText().trimmed();
    spec.displayName = m_displayName->text().trimmed();
    return spec;
}

void SubmitRunDialog::setSpec(const RunSpec &spec)
{
    m_filling = true;
    m_base = spec;
    m_source->setText(QDir::toNativeSeparators(spec.sourceDirectory));
    m_command->setText(spec.command);
    m_arguments->clear();
    const EnvironmentSpec &env = spec.environment;
    m_interpreter->setPath({});
    m_requirements->setPath({});
    m_requirements->lineEdit()->setPlaceholderText({});
    m_image->clear();
    switch (env.kind) {
    case EnvironmentSpec::Kind::UserManaged:
        if (!env.interpreter.isEmpty()) {
            m_envKind->setCurrentIndex(Interpreter);
            m_interpreter->setPath(env.interpreter);
        } else if (const auto curated = EnvironmentManager::findCurated(env.name)) {
            m_envKind->setCurrentIndex(Curated);
            m_curated->setCurrentIndex(std::max(0, m_curated->findData(curated->name)));
        } else {
            m_envKind->setCurrentIndex(SystemPython);
        }
        break;
    case EnvironmentSpec::Kind::SystemManaged:
        m_envKind->setCurrentIndex(Requirements);
        m_requirements->lineEdit()->setPlaceholderText(tr("(the requirements of the loaded job)"));
        break;
    case EnvironmentSpec::Kind::Container:
        m_envKind->setCurrentIndex(Container);
        m_image->setText(env.image);
        break;
    }
    m_envStack->setCurrentIndex(m_envKind->currentIndex());
    m_envStack->setVisible(m_envKind->currentIndex() != SystemPython);
    m_filling = false;
    setTarget(spec.compute.isEmpty() ? u"local"_s : spec.compute);
    m_filling = true;
    m_instances->setValue(spec.distribution.instanceCount);
    m_processes->setValue(spec.distribution.processCountPerInstance);
    m_maxMinutes->setValue(spec.maxRunDurationSeconds ? int((*spec.maxRunDurationSeconds + 59) / 60)
                                                      : 0);
    m_experiment->setEditText(spec.experimentName);
    m_displayName->setText(spec.displayName);
    m_filling = false;
    for (auto &field : m_fields)
        field->touched = true;
    updateVisibility();
    revalidate();
}

ValidationIssues SubmitRunDialog::validate() const
{
    ValidationIssues issues;
    auto error = [&issues](const QString &field, const QString &message) {
        issues.append({field, message, ValidationIssue::Severity::Error});
    };
    auto warning = [&issues](const QString &field, const QString &message) {
        issues.append({field, message, ValidationIssue::Severity::Warning});
    };

    const QString source = m_source->text().trimmed();
    if (source.isEmpty()) {
        error(u"code"_s, tr("Choose the folder with your scripts."));
    } else if (!QDir::isAbsolutePath(QDir::fromNativeSeparators(source))) {
        error(u"code"_s, tr("Give the folder's full path."));
    } else if (const QFileInfo info(source); !info.exists()) {
        error(u"code"_s, tr("The folder %1 does not exist.").arg(source));
    } else if (!info.isDir()) {
        error(u"code"_s, tr("%1 is a file; choose the folder that holds it.").arg(source));
    } else if (!info.isReadable()) {
        error(u"code"_s, tr("The folder %1 cannot be read.").arg(source));
    }

    if (m_command->text().trimmed().isEmpty())
        error(u"command"_s, tr("Say what to run, e.g. python train.py."));
    else if (const QString problem = argumentsProblem(m_command->text()); !problem.isEmpty())
        error(u"command"_s, problem);
    if (const QString problem = argumentsProblem(m_arguments->text()); !problem.isEmpty())
        error(u"arguments"_s, problem);

    switch (m_envKind->currentIndex()) {
    case Interpreter: {
        const QString path = m_interpreter->path();
        if (path.isEmpty()) {
            error(u"environment"_s, tr("Name the interpreter: a path or a command on PATH."));
        } else if (path.contains(u'/')) {
            const QFileInfo info(path);
            if (!info.exists())
                error(u"environment"_s, tr("There is no file %1.").arg(path));
            else if (!info.isFile() || !info.isExecutable())
                error(u"environment"_s, tr("%1 is not an executable file.").arg(path));
        } else if (QStandardPaths::findExecutable(path).isEmpty()) {
            error(u"environment"_s, tr("There is no %1 on PATH.").arg(path));
        }
        break;
    }
    case Requirements: {
        const QString path = m_requirements->path();
        if (path.isEmpty()) {
            if (m_base.environment.kind != EnvironmentSpec::Kind::SystemManaged)
                error(u"environment"_s, tr("Choose a requirements file."));
        } else if (const QFileInfo info(path); !info.isFile()) {
            error(u"environment"_s, tr("There is no file %1.").arg(path));
        } else if (!info.isReadable()) {
            error(u"environment"_s, tr("The file %1 cannot be read.").arg(path));
        }
        break;
    }
    case Container:
        if (m_image->text().trimmed().isEmpty())
            error(u"environment"_s, tr("Name the image, e.g. python:3.11-slim."));
        break;
    default:
        break;
    }

    const QString compute = target();
    const DistributionSpec distribution{{}, m_processes->value(), m_instances->value()};
    if (compute.isEmpty()) {
        error(u"compute"_s, tr("Choose where the run executes."));
    } else if (m_targetsLoaded) {
        const auto record = targetRecord();
        if (!record) {
            error(u"compute"_s, tr("There is no compute named \"%1\" that can run scripts in "
                                   "this workspace.")
                                    .arg(compute));
        } else if (record->kind == ComputeKind::Local) {
            if (distribution.instanceCount > 1) {
                error(u"distribution"_s,
                      RunEngine::tr("The local machine is a single node: it cannot run %1 "
                                    "instances. Submit the run to a compute cluster.")
                          .arg(distribution.instanceCount));
            }
        } else {
            const auto stored = SpecYaml::fromStoredJson(record->spec);
            const SpecType type = stored ? stored->type()
                                  : record->kind == ComputeKind::Cluster
                                      ? SpecType::AmlCompute
                                      : SpecType::ComputeInstance;
            if (record->provider != u"local"_s) {
                error(u"compute"_s, RunEngine::tr("\"%1\" is a compute of the %2 provider, which "
                                                  "cannot run scripts yet. Submit the run to the "
                                                  "local machine, a local compute instance or a "
                                                  "local compute cluster.")
                                        .arg(record->name, record->provider));
            } else if (const QString refusal = CapabilityMatrix::refusal(type, Workload::ScriptRun);
                       !refusal.isEmpty()) {
                error(u"compute"_s, refusal);
            }
            if (distribution.isDistributed()) {
                if (const QString refusal
                    = CapabilityMatrix::refusal(type, Workload::DistributedRun);
                    !refusal.isEmpty())
                    error(u"distribution"_s, refusal);
            }
            if (stored) {
                if (const auto *cluster = stored->as<ClusterSpec>();
                    cluster && distribution.instanceCount > cluster->maxInstances) {
                    error(u"distribution"_s,
                          RunEngine::tr("The run needs %1 nodes, but the cluster \"%2\" has at "
                                        "most %3 (max_instances).")
                              .arg(distribution.instanceCount)
                              .arg(record->name)
                              .arg(cluster->maxInstances));
                }
            }
            if (record->provisioningState != ProvisioningState::Succeeded) {
                warning(u"compute"_s, tr("%1 is not ready (%2): the submission will be refused.")
                                          .arg(record->name, record->displayStateText()));
            } else if (record->kind == ComputeKind::Instance && record->state != u"Running"_s) {
                warning(u"compute"_s, tr("%1 is %2: start it before submitting.")
                                          .arg(record->name, record->displayStateText().toLower()));
            }
        }
    }

    static const QRegularExpression experimentPattern(u"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,254}$"_s);
    const QString experiment = m_experiment->currentText().trimmed();
    if (experiment.isEmpty()) {
        error(u"experiment_name"_s, tr("Name the experiment (Default is fine)."));
    } else if (!experimentPattern.match(experiment).hasMatch()) {
        error(u"experiment_name"_s, tr("Use letters, digits, '_', '-' and '.', starting with a "
                                       "letter, a digit or '_' (at most 255)."));
    }
    if (m_displayName->text().size() > 255)
        error(u"display_name"_s, tr("At most 255 characters."));
    return issues;
}

void SubmitRunDialog::revalidate()
{
    m_issues = validate();
    QStringList needed;
    for (auto &field : m_fields) {
        QStringList errors, warnings;
        for (const ValidationIssue &issue : std::as_const(m_issues)) {
            if (!field->paths.contains(issue.field))
                continue;
            (issue.isError() ? errors : warnings).append(issue.message);
        }
        const bool shown = field->container->isVisibleTo(this) || !field->container->parent();
        if (!errors.isEmpty() && !field->touched) {
            needed.append(plainLabel(field->label));
            field->message->hide();
            continue;
        }
        const QStringList all = errors + warnings;
        field->message->setText(all.join(u'\n'));
        setTextColor(field->message,
                     errors.isEmpty() ? warningColor(palette()) : errorColor(palette()));
        field->message->setVisible(!all.isEmpty() && shown);
    }
    // Messages take room: lay out again (wrapped heights change) and grow rather than clip.
    layout()->invalidate();
    if (const int wanted = sizeHint().height(); isVisible() && wanted > height())
        resize(width(), wanted);
    const bool blocked = hasErrors(m_issues);
    m_submit->setEnabled(!blocked && !m_submitting);
    QStringList errorTexts;
    for (const ValidationIssue &issue : std::as_const(m_issues)) {
        if (issue.isError())
            errorTexts.append(issue.message);
    }
    m_submit->setToolTip(blocked ? errorTexts.join(u'\n')
                                 : tr("Queue the run on %1").arg(target()));
    if (!m_submitting) {
        setTextColor(m_status, palette().color(QPalette::WindowText));
        m_status->setText(needed.isEmpty() ? QString()
                                           : tr("Still needed: %1").arg(needed.join(u", "_s)));
    }
}

QString SubmitRunDialog::messageFor(const QString &path) const
{
    for (const auto &field : m_fields) {
        if (field->paths.contains(path))
            return field->message->isVisibleTo(this) ? field->message->text() : QString();
    }
    return {};
}

void SubmitRunDialog::touchAll()
{
    for (auto &field : m_fields)
        field->touched = true;
    revalidate();
}

QString SubmitRunDialog::yamlText() const
{
    return QString::fromUtf8(JobYaml::write(spec(), m_baseName));
}

QDialog *SubmitRunDialog::showYaml()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"runYaml"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Job YAML"));
    auto *text = new QPlainTextEdit(yamlText());
    text->setObjectName(u"yamlText"_s);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, text,
            [text] { QApplication::clipboard()->setText(text->toPlainText()); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    if (hasErrors(m_issues)) {
        auto *note = new QLabel(tr("The form still has errors: this YAML would be refused."));
        note->setWordWrap(true);
        setTextColor(note, warningColor(palette()));
        layout->addWidget(note);
    }
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog->resize(560, 480);
    dialog->open();
    return dialog;
}

void SubmitRunDialog::chooseYamlFile()
{
    auto *dialog = new QFileDialog(this, tr("Load job YAML"), QDir::homePath(),
                                   tr("YAML files (*.yml *.yaml);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &file) { loadYamlFile(file); });
    dialog->open();
}

void SubmitRunDialog::chooseSourceFolder()
{
    const QString start = QFileInfo(m_source->text()).isDir() ? m_source->text() : QDir::homePath();
    auto *dialog = new QFileDialog(this, tr("Choose the source folder"), start);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &dir) {
        m_source->setText(QDir::toNativeSeparators(dir));
        m_source->setFocus();
    });
    dialog->open();
}

bool SubmitRunDialog::loadYamlFile(const QString &path)
{
    QList<ValidationIssue> issues;
    const auto parsed = JobYaml::parseFile(path, {}, &issues);
    if (!parsed) {
        QStringList lines;
        for (const ValidationIssue &issue : std::as_const(issues)) {
            if (issue.isError())
                lines.append(issue.field.isEmpty() ? issue.message
                                                   : QString(issue.field + u": " + issue.message));
        }
        showLoadReport(
            true,
            tr("Could not load %1:\n%2").arg(QDir::toNativeSeparators(path), lines.join(u'\n')));
        return false;
    }
    m_baseName = parsed->name;
    setSpec(parsed->spec);
    QStringList warnings;
    for (const ValidationIssue &issue : std::as_const(issues))
        warnings.append(issue.message);
    showLoadReport(false, warnings.isEmpty()
                              ? tr("Loaded %1.").arg(QDir::toNativeSeparators(path))
                              : tr("Loaded %1, with warnings:\n%2")
                                    .arg(QDir::toNativeSeparators(path), warnings.join(u'\n')));
    return true;
}

void SubmitRunDialog::showLoadReport(bool failed, const QString &text)
{
    m_loadReport->setText(text);
    setTextColor(m_loadReport,
                 failed ? errorColor(palette()) : palette().color(QPalette::WindowText));
    m_loadReport->setVisible(!text.isEmpty());
}

void SubmitRunDialog::submit()
{
    touchAll();
    if (hasErrors(m_issues) || m_submitting)
        return;
    m_submitting = true;
    m_submit->setEnabled(false);
    m_progress->show();
    setTextColor(m_status, palette().color(QPalette::WindowText));
    m_status->setText(tr("Submitting: snapshotting %1 and queueing the run on %2…")
                          .arg(m_source->text().trimmed(), target()));
    // A watcher rather than QFuture::then(context, …): Qt 6.4's context continuation was
    // seen not to run when the job finished while the loop was busy.
    auto *watcher = new QFutureWatcher<Result<RunRecord>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Result<RunRecord> result = watcher->result();
        m_submitting = false;
        m_progress->hide();
        if (!result) {
            const QString message = result.error().message;
            setTextColor(m_status, errorColor(palette()));
            m_status->setText(tr("The run was not submitted: %1").arg(message));
            m_status->setToolTip(result.error().detail);
            m_submit->setEnabled(!hasErrors(m_issues));
            emit submitFailed(message);
            return;
        }
        emit submitted(*result);
        accept();
    });
    watcher->setFuture(RunEngine::submitAsync(*m_workspace, spec()));
}

} // namespace Studio::Ui
