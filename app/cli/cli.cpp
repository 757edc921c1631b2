#include "cli.h"

#include "core/ops/computeoperations.h"
#include "core/providers/provider.h"
#include "core/runs/jobyaml.h"
#include "core/runs/runs.h"
#include "core/runs/runstore.h"
#include "core/spec/specyaml.h"
#include "core/spec/validation.h"
#include "core/store/workspace.h"
#include "core/util/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>
#include <QThread>

#include <optional>
#include <variant>

using namespace Qt::StringLiterals;

namespace Studio::Cli {

namespace {

// The command line's messages share one translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cstudio)
};

enum class OutputFormat { Table, Json };

struct Options
{
    QString workspace;
    OutputFormat output = OutputFormat::Table;
    QString lang;
    bool help = false;
    bool version = false;
    QStringList positional;               ///< command path and its arguments
    QList<QPair<QString, QString>> named; ///< command options (--kind instance)
    QStringList flags;                    ///< command options without a value (--no-wait)
};

/// Command options that take no value.
const QStringList valuelessOptions = {u"no-wait"_s, u"stream"_s};

QString mainHelp()
{
    return Text::
        tr("Usage: cstudio [--workspace DIR] [-o table|json] <group> <command> [options]\n"
           "\n"
           "Manage the compute of a Compute Studio workspace from the command line.\n"
           "\n"
           "Groups:\n"
           "  compute    Create, attach, inspect and manage compute targets.\n"
           "  job        Submit runs, watch them, cancel them, download their outputs.\n"
           "\n"
           "Global options:\n"
           "  --workspace DIR      Use the workspace in DIR (default: %1).\n"
           "  -o, --output FORMAT  table (default) or json.\n"
           "  --lang LANG          Language of messages: en or ko.\n"
           "  -h, --help           Show help; after a group or command, its help.\n"
           "  --version            Show the version.\n"
           "\n"
           "Exit codes: 0 success, 1 user or validation error, 2 usage error, 3 backend failure.\n")
            .arg(Workspace::defaultPath());
}

QString computeHelp()
{
    return Text::tr(
        "Usage: cstudio compute <command> [options]\n"
        "\n"
        "Commands:\n"
        "  list [--kind KIND]      List computes; KIND is instance, cluster, inference,\n"
        "                          attached or local.\n"
        "  show NAME               Show every property of the compute NAME.\n"
        "  validate -f SPEC.yml    Check a spec; exit 0 when valid, 1 when not.\n"
        "  create -f SPEC.yml [--no-wait]\n"
        "                          Create a compute instance or cluster.\n"
        "  attach -f SPEC.yml [--no-wait]\n"
        "                          Attach a compute made elsewhere.\n"
        "  delete NAME             Delete a created compute and what it holds.\n"
        "  detach NAME             Detach an attached compute (it keeps running).\n"
        "  start|stop|restart NAME Start, stop or restart a compute instance.\n"
        "  update NAME [--min-nodes N] [--max-nodes N] [--idle-seconds N]\n"
        "                          Change a cluster's scale settings.\n"
        "  export NAME             Print the compute's spec as YAML.\n"
        "  list-nodes NAME         List the nodes of a compute (state, run, address).\n"
        "\n"
        "Specs are YAML in the Azure ML CLI v2 compute schema (docs/compute-yaml.md).\n"
        "With --no-wait, create and attach return once the operation has started;\n"
        "`cstudio compute show NAME` tells how it goes. With -o json, list prints an\n"
        "array, show one object, and validate [{\"field\",\"message\",\"severity\"}].\n");
}

QString jobHelp()
{
    return Text::tr(
        "Usage: cstudio job <command> [options]\n"
        "\n"
        "Commands:\n"
        "  create -f JOB.yml [--compute NAME] [--set KEY=VALUE]... [--name NAME] [--stream]\n"
        "                          Submit a command job (Azure ML CLI v2 YAML) and print\n"
        "                          its name; with --stream, follow its logs and exit 0\n"
        "                          only if it completed.\n"
        "  list [--status S] [--compute NAME] [--experiment NAME] [--search TEXT]\n"
        "                          List runs, newest first.\n"
        "  show NAME               Status, times, compute, metrics, params, outputs.\n"
        "  stream NAME             Follow the run's logs until it ends.\n"
        "  cancel NAME             Cancel the run (its processes are stopped).\n"
        "  download NAME --output-dir DIR\n"
        "                          Copy the run's outputs/ and logs into DIR.\n"
        "\n"
        "Relative paths in the YAML (code, inputs) are relative to the YAML file's folder.\n"
        "See docs/job-yaml.md.\n");
}

/// Splits the command line: global options anywhere, `--name value` options, positionals.
std::optional<Options> parse(const QStringList &args, QString *error)
{
    Options o;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto takeValue = [&](const QString &name) -> std::optional<QString> {
            const int eq = a.indexOf(u'=');
            if (a.startsWith(u"--"_s) && eq > 0)
                return a.mid(eq + 1);
            if (i + 1 >= args.size()) {
                *error = Text::tr("The option %1 needs a value.").arg(name);
                return std::nullopt;
            }
            return args.at(++i);
        };
        const QString key = a.startsWith(u"--"_s) && a.contains(u'=') ? a.left(a.indexOf(u'=')) : a;
        if (key == u"-h"_s || key == u"--help"_s) {
            o.help = true;
        } else if (key == u"--version"_s) {
            o.version = true;
        } else if (key == u"--workspace"_s || key == u"-w"_s) {
            auto v = takeValue(key);
            if (!v)
                return std::nullopt;
            o.workspace = *v;
        } else if (key == u"-o"_s || key == u"--output"_s) {
            auto v = takeValue(key);
            if (!v)
                return std::nullopt;
            if (*v == u"json"_s) {
                o.output = OutputFormat::Json;
            } else if (*v == u"table"_s) {
                o.output = OutputFormat::Table;
            } else {
                *error = Text::tr("Unknown output format \"%1\": use table or json.").arg(*v);
                return std::nullopt;
            }
        } else if (key == u"-f"_s || key == u"--file"_s) {
            auto v = takeValue(key);
            if (!v)
                return std::nullopt;
            o.named.append({u"file"_s, *v});
        } else if (key.startsWith(u"--"_s) && valuelessOptions.contains(key.mid(2))) {
            if (a.contains(u'=')) {
                *error = Text::tr("The option %1 takes no value.").arg(key);
                return std::nullopt;
            }
            o.flags.append(key.mid(2));
        } else if (key == u"--lang"_s) {
            auto v = takeValue(key);
            if (!v)
                return std::nullopt;
            o.lang = *v;
        } else if (key.startsWith(u"--"_s) && key.size() > 2) {
            auto v = takeValue(key);
            if (!v)
                return std::nullopt;
            o.named.append({key.mid(2), *v});
        } else if (key.startsWith(u'-') && key.size() > 1) {
            *error = Text::tr("Unknown option %1.").arg(a);
            return std::nullopt;
        } else {
            o.positional.append(a);
        }
    }
    return o;
}

QString jsonText(const QJsonValue &value)
{
    const QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

void printTable(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths.append(h.size());
    for (const QStringList &row : rows) {
        for (int c = 0; c < row.size(); ++c)
            widths[c] = qMax(widths[c], row.at(c).size());
    }
    auto printRow = [&](const QStringList &cells) {
        QString line;
        for (int c = 0; c < cells.size(); ++c) {
            line += c + 1 < cells.size() ? cells.at(c).leftJustified(widths[c] + 2) : cells.at(c);
        }
        out << line.trimmed() << '\n';
    };
    printRow(headers);
    QStringList rules;
    for (qsizetype w : widths)
        rules.append(QString(w, u'-'));
    printRow(rules);
    for (const QStringList &row : rows)
        printRow(row);
}

void flatten(const QString &prefix, const QJsonValue &value, QList<QStringList> &rows)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(prefix.isEmpty() ? it.key() : prefix + u'.' + it.key(), it.value(), rows);
        if (o.isEmpty())
            rows.append({prefix, u"{}"_s});
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            flatten(u"%1[%2]"_s.arg(prefix).arg(i), a.at(i), rows);
        if (a.isEmpty())
            rows.append({prefix, u"[]"_s});
    } else if (value.isDouble()) {
        const double d = value.toDouble();
        rows.append({prefix, d == qint64(d) ? QString::number(qint64(d)) : QString::number(d)});
    } else if (value.isBool()) {
        rows.append({prefix, value.toBool() ? u"true"_s : u"false"_s});
    } else if (value.isNull()) {
        rows.append({prefix, QString()});
    } else {
        rows.append({prefix, value.toString()});
    }
}

class Command
{
public:
    Command(const Options &options, QTextStream &out, QTextStream &err)
        : m_options(options)
        , m_out(out)
        , m_err(err)
    {}

    int run()
    {
        const QStringList &p = m_options.positional;
        if (p.isEmpty()) {
            if (m_options.help) {
                m_out << mainHelp();
                return Ok;
            }
            return usage(Text::tr("No command given."), mainHelp());
        }
        if (p.first() == u"job"_s)
            return runJob();
        if (p.first() != u"compute"_s)
            return usage(Text::tr("Unknown command group \"%1\".").arg(p.first()), mainHelp());
        if (p.size() == 1) {
            if (m_options.help) {
                m_out << computeHelp();
                return Ok;
            }
            return usage(Text::tr("No compute command given."), computeHelp());
        }
        if (m_options.help) {
            m_out << computeHelp();
            return Ok;
        }
        const QString &command = p.at(1);
        if (command == u"list"_s)
            return computeList();
        if (command == u"show"_s)
            return computeShow();
        if (command == u"validate"_s)
            return computeValidate();
        if (command == u"create"_s)
            return computeCreate(false);
        if (command == u"attach"_s)
            return computeCreate(true);
        if (command == u"delete"_s)
            return computeRemove(false);
        if (command == u"detach"_s)
            return computeRemove(true);
        if (command == u"start"_s || command == u"stop"_s || command == u"restart"_s)
            return computeAct(command);
        if (command == u"update"_s)
            return computeUpdate();
        if (command == u"export"_s)
            return computeExport();
        if (command == u"list-nodes"_s)
            return computeListNodes();
        return usage(Text::tr("Unknown compute command \"%1\".").arg(command), computeHelp());
    }

private:
    int usage(const QString &message, const QString &help)
    {
        m_err << Text::tr("cstudio: error: %1").arg(message) << '\n' << '\n' << help;
        return UsageError;
    }

    int fail(int code, const Error &error)
    {
        m_err << Text::tr("cstudio: error: %1").arg(error.message) << '\n';
        if (!error.detail.isEmpty())
            m_err << "  " << error.detail << '\n';
        return code;
    }

    /// The first `--name value` option the command does not take, or an empty string.
    QString unknownOption(const QStringList &allowed) const
    {
        for (const auto &[key, value] : m_options.named) {
            if (!allowed.contains(key))
                return key;
        }
        for (const QString &flag : m_options.flags) {
            if (!allowed.contains(flag))
                return flag;
        }
        return {};
    }

    bool flag(const QString &name) const { return m_options.flags.contains(name); }

    std::optional<QString> option(const QString &name) const
    {
        std::optional<QString> result;
        for (const auto &[key, value] : m_options.named) {
            if (key == name)
                result = value;
        }
        return result;
    }

    Result<std::unique_ptr<Workspace>> openWorkspace()
    {
        return Workspace::open(m_options.workspace.isEmpty() ? Workspace::defaultPath()
                                                             : m_options.workspace);
    }

    int computeList()
    {
        if (m_options.positional.size() > 2)
            return usage(Text::tr("compute list takes no arguments."), computeHelp());
        if (const QString bad = unknownOption({u"kind"_s}); !bad.isEmpty())
            return usage(Text::tr("Unknown option --%1.").arg(bad), computeHelp());
        const auto kindText = option(u"kind"_s);
        std::optional<ComputeKind> kind;
        if (kindText) {
            kind = computeKindFromString(*kindText);
            if (!kind) {
                return usage(
                    Text::tr("Unknown kind \"%1\": use instance, cluster, inference, attached "
                             "or local.")
                        .arg(*kindText),
                    computeHelp());
            }
        }
        auto workspace = openWorkspace();
        if (!workspace)
            return fail(UserError, workspace.error());
        if (!kind || *kind == ComputeKind::Local)
            (void)workspace.value()->refreshLocalMachine(); // best effort: GPUs
        const auto computes = workspace.value()->computes().list(kind);
        if (!computes)
            return fail(BackendError, computes.error());

        if (m_options.output == OutputFormat::Json) {
            QJsonArray array;
            for (const ComputeRecord &c : *computes)
                array.append(c.toJson());
            m_out << jsonText(array);
            return Ok;
        }
        QList<QStringList> rows;
        for (const ComputeRecord &c : *computes) {
            rows.append({c.name, toKey(c.kind), c.type, c.provider, c.displayState(), c.sizeText(),
                         c.createdOn.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)});
        }
        printTable(m_out,
                   {Text::tr("NAME"), Text::tr("KIND"), Text::tr("TYPE"), Text::tr("PROVIDER"),
                    Text::tr("STATE"), Text::tr("SIZE"), Text::tr("CREATED ON")},
                   rows);
        return Ok;
    }

    int computeShow()
    {
        if (m_options.positional.size() != 3)
            return usage(Text::tr("compute show needs exactly one compute name."), computeHelp());
        if (const QString bad = unknownOption({}); !bad.isEmpty())
            return usage(Text::tr("Unknown option --%1.").arg(bad), computeHelp());
        const QString name = m_options.positional.at(2);
        auto workspace = openWorkspace();
        if (!workspace)
            return fail(UserError, workspace.error());
        if (name.compare(u"local"_s, Qt::CaseInsensitive) == 0)
            (void)workspace.value()->refreshLocalMachine();
        const auto found = workspace.value()->computes().find(name);
        if (!found)
            return fail(BackendError, found.error());
        if (!found->has_value()) {
            return fail(UserError,
                        Error{Text::tr("There is no compute named \"%1\" in the workspace %2.")
                                  .arg(name, workspace.value()->path()),
                              {}});
        }
        const QJsonObject json = found->value().toJson();
        if (m_options.output == OutputFormat::Json) {
            m_out << jsonText(json);
            return Ok;
        }
        QList<QStringList> rows;
        flatten({}, json, rows);
        qsizetype width = 0;
        for (const QStringList &row : rows)
            width = qMax(width, row.first().size());
        for (const QStringList &row : rows)
            m_out << QString(row.first() + u':').leftJustified(width + 2) << row.last() << '\n';
        return Ok;
    }

    /// The spec file of -f: parsed, with the parser's findings (unknown keys, …) in `issues`.
    Result<ComputeSpec> readSpec(ValidationIssues *issues)
    {
        const auto file = option(u"file"_s);
        if (!file)
            return Error{Text::tr("Give the spec file with -f SPEC.yml."), {}};
        return SpecYaml::parseFile(*file, issues);
    }

    /// What validation needs besides the spec: the workspace's names, the provider's sizes.
    ValidationIssues validateInWorkspace(const ComputeSpec &spec, Workspace &workspace)
    {
        ValidationContext context;
        if (const auto computes = workspace.computes().list()) {
            for (const ComputeRecord &c : *computes)
                context.existingNames.append(c.name);
        }
        ValidationIssues issues;
        const ProviderRegistry &registry = ProviderRegistry::instance();
        if (Provider *provider = registry.find(spec.provider)) {
            context.sizes = provider->sizes(spec.type());
            if (const QString refusal = registry.refusal(spec.provider, spec.type());
                !refusal.isEmpty()) {
                issues.append({u"provider"_s,
                               Text::tr("%1 Creating this compute will fail.").arg(refusal),
                               ValidationIssue::Severity::Warning});
            }
        } else if (!spec.provider.isEmpty()) {
            issues.append(
                {u"provider"_s,
                 Text::tr("This build has no provider named “%1” (it has: %2), so "
                          "creating this compute will fail.")
                     .arg(spec.provider, ProviderRegistry::instance().ids().join(u", "_s)),
                 ValidationIssue::Severity::Warning});
        }
        issues = Validation::validate(spec, context) + issues;
        return issues;
    }

    void printIssues(const ValidationIssues &issues)
    {
        for (const ValidationIssue &i : issues) {
            const QString label = i.isError() ? Text::tr("error") : Text::tr("warning");
            m_err << (i.field.isEmpty() ? u"%1: %2"_s.arg(label, i.message)
                                        : u"%1: %2: %3"_s.arg(label, i.field, i.message))
                  << '\n';
        }
    }

    int computeValidate()
    {
        if (m_options.positional.size() > 2)
            return usage(Text::tr("compute validate takes no arguments besides -f SPEC.yml."),
                         computeHelp());
        if (const QString bad = unknownOption({u"file"_s}); !bad.isEmpty())
            return usage(Text::tr("Unknown option --%1.").arg(bad), computeHelp());
        if (!option(u"file"_s))
            return usage(Text::tr("Give the spec file with -f SPEC.yml."), computeHelp());
        ValidationIssues issues;
        const auto spec = readSpec(&issues);
        if (!spec)
            issues.prepend({QString(), spec.error().message, ValidationIssue::Severity::Error});
        if (spec) {
            auto workspace = openWorkspace();
            if (!workspace)
                return fail(UserError, workspace.error());
            issues += validateInWorkspace(*spec, *workspace.value());
        }
        if (m_options.output == OutputFormat::Json) {
            m_out << jsonText(toJson(issues));
        } else {
            printIssues(issues);
            if (!hasErrors(issues))
                m_out << Text::tr("%1 is valid.").arg(*option(u"file"_s)) << '\n';
        }
        return hasErrors(issues) ? UserError : Ok;
    }

    /// Waits for `operation`, showing its progress on stderr; the exit code of its result.
    int waitFor(ComputeOperation *operation)
    {
        QObject::connect(
            operation, &ComputeOperation::progressChanged, operation,
            [this, operation](int percent, const QString &text) {
                m_err << Text::tr("%1: %2% %3").arg(operation->computeName()).arg(percent).arg(text)
                      << '\n';
                m_err.flush();
            });
        const Result<void> &result = operation->waitForFinished();
        if (!result.ok()) // the error's text lists the validation findings, if any
            return fail(operation->issues().isEmpty() ? BackendError : UserError, result.error());
        return Ok;
    }

    int computeCreate(bool attach)
    {
        const QString verb = attach ? u"attach"_s : u"create"_s;
        if (m_options.positional.size() > 2)
            return usage(Text::tr("compute %1 takes no arguments besides -f SPEC.yml.").arg(verb),
                         computeHelp());
        if (const QString bad = unknownOption({u"file"_s, u"no-wait"_s}); !bad.isEmpty())
            return usage(Text::tr("Unknown option --%1.").arg(bad), computeHelp());
        if (!option(u"file"_s))
            return usage(Text::tr("Give the spec file with -f SPEC.yml."), computeHelp());
        ValidationIssues issues;
        const auto spec = readSpec(&issues);
        if (!spec)
            return fail(UserError, spec.error());
        if (isAttached(spec->type()) != attach) {
            return fail(UserError,
                        Error{attach ? Text::tr("A %1 is created, not attached: use "
                                                "`cstudio compute create`.")
                                           .arg(displayName(spec->type()).toLower())
                                     : Text::tr("A %1 is made elsewhere and attached: use "
                                                "`cstudio compute attach`.")
                                           .arg(displayName(spec->type()).toLower()),
                              {}});
        }
        if (const QString refusal
            = ProviderRegistry::instance().refusal(spec->provider, spec->type());
            !refusal.isEmpty()) {
            return fail(UserError, Error{refusal, {}});
        }
        auto workspace = openWorkspace();
        if (!workspace)
            return fail(UserError, workspace.error());
        issues += validateInWorkspace(*spec, *workspace.value());
        printIssues(issues);
        const Error notDone{attach ? Text::tr("%1 was not attached.").arg(spec->name)
                                   : Text::tr("%1 was not created.").arg(spec->name),
                            {}};
        if (hasErrors(issues))
            return fail(UserError, notDone);
        if (flag(u"no-wait"_s)) {
            // The background cstudio would refuse a name in use only after this one had said
            // it started (it finds the existing row): refuse it here; a warning above says why.
            const auto used = workspace.value()->computes().find(spec->name);
            if (used && used->has_value())
                return fail(UserError, notDone);
            return startInBackground(*workspace.value(), spec->name);
        }

        ComputeOperations operations(workspace.value().get());
        const int code = waitFor(operations.create(*spec));
        if (code == Ok)
            m_out << (attach ? Text::tr("Attached %1.") : Text::tr("Created %1.")).arg(spec->name)
                  << '\n';
        return code;
    }

    /// --no-wait: a detached cstudio runs the same command to its end, so the operation
    /// outlives this process; this one returns once the compute's row exists.
    int startInBackground(Workspace &workspace, const QString &name)
    {
        QStringList args = QCoreApplication::arguments().mid(1);
        args.removeAll(u"--no-wait"_s);
        if (!args.contains(u"--workspace"_s) && !args.contains(u"-w"_s))
            args << u"--workspace"_s << workspace.path();
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments(args);
        child.setStandardOutputFile(QProcess::nullDevice());
        child.setStandardErrorFile(QProcess::nullDevice());
        child.setStandardInputFile(QProcess::nullDevice());
        qint64 pid = 0;
        if (!child.startDetached(&pid))
            return fail(BackendError, Error{Text::tr("Could not start the background operation."),
                                            child.errorString()});
        // The row appears within moments; a child that fails validation leaves none.
        for (int i = 0; i < 200; ++i) {
            const auto found = workspace.computes().find(name);
            if (found && found->has_value()) {
                m_out << Text::tr("Started creating %1 in the background (process %2). "
                                  "`cstudio compute show %1` shows its state.")
                             .arg(name)
                             .arg(pid)
                      << '\n';
                return Ok;
            }
            QThread::msleep(50);
        }
        return fail(BackendError,
                    Error{Text::tr("The background operation for %1 did not start. Run the "
                                   "command without --no-wait to see why.")
                              .arg(name),
                          {}});
    }

    /// The usage checks of a command on one named compute: no options but `allowed`, and
    /// exactly one name (else `countMessage`). An exit code when they fail.
    std::optional<int> checkOneName(const QStringList &allowed, const QString &countMessage)
    {
        if (const QString bad = unknownOption(allowed); !bad.isEmpty())
            return usage(Text::tr("Unknown option --%1.").arg(bad), computeHelp());
        if (m_options.positional.size() != 3)
            return usage(countMessage, computeHelp());
        return std::nullopt;
    }

    struct Target
    {
        std::unique_ptr<Workspace> workspace;
        ComputeRecord record;
    };

    /// Opens the workspace and finds the compute named by the single argument, or an exit code.
    std::variant<Target, int> openNamedCompute()
    {
        auto workspace = openWorkspace();
        if (!workspace)
            return fail(UserError, workspace.error());
        const QString name = m_options.positional.at(2);
        const auto found = workspace.value()->computes().find(name);
        if (!found)
            return fail(BackendError, found.error());
        if (!found->has_value()) {
            return fail(UserError,
                        Error{Text::tr("There is no compute named \"%1\" in the workspace %2.")
                                  .arg(name, workspace.value()->path()),
                              {}});
        }
        return Target{std::move(workspace.value()), found->value()};
    }

    int computeRemove(bool detach)
    {
        const QString command = detach ? u"detach"_s : u"delete"_s;
        if (const auto code
            = checkOneName({}, Text::tr("compute %1 needs exactly one compute name.").arg(command)))
            return *code;
        auto target = openNamedCompute();
        if (const int *code = std::get_if<int>(&target))
            return *code;
        const ComputeRecord &record = std::get<Target>(target).record;
        Workspace &workspace = *std::get<Target>(target).workspace;
        const bool attached = record.kind == ComputeKind::Attached;
        if (record.kind == ComputeKind::Local)
            return fail(UserError, Error{Text::tr("The local machine is always part of the "
                                                  "workspace; it cannot be deleted."),
                                         {}});
        if (attached != detach) {
            return fail(UserError,
                        Error{detach ? Text::tr("%1 was created in this workspace, not attached: "
                                                "use `cstudio compute delete %1`.")
                                           .arg(record.name)
                                     : Text::tr("%1 is attached: use `cstudio compute detach %1` "
                                                "(the machine itself is not deleted).")
                                           .arg(record.name),
                              {}});
        }
        ComputeOperations operations(&workspace);
        const int code = waitFor(operations.remove(record.name));
        if (code == Ok)
            m_out << (detach ? Text::tr("Detached %1.") : Text::tr("Deleted %1.")).arg(record.name)
                  << '\n';
        return code;
    }

    int computeAct(const QString &command)
    {
        if (const auto code
            = checkOneName({}, Text::tr("compute %1 needs exactly one compute name.").arg(command)))
            return *code;
        auto target = openNamedCompute();
        if (const int *code = std::get_if<int>(&target))
            return *code;
        const ComputeRecord &record = std::get<Target>(target).record;
        Workspace &workspace = *std::get<Target>(target).workspace;
        if (record.kind != ComputeKind::Instance) {
            return fail(UserError,
                        Error{Text::tr("Only compute instances can be started, stopped and "
                                       "restarted; %1 is a %2.")
                                  .arg(record.name, displayName(record.kind).toLower()),
                              {}});
        }
        const auto action = command == u"start"_s  ? ComputeOperation::Type::Start
                            : command == u"stop"_s ? ComputeOperation::Type::Stop
                                                   : ComputeOperation::Type::Restart;
        ComputeOperations operations(&workspace);
        const int code = waitFor(operations.act(record.name, action));
        if (code == Ok) {
            const auto after = workspace.computes().find(record.name);
            const QString state
                = after && after->has_value() ? after->value().displayStateText() : QString();
            m_out << Text::tr("%1 is %2.").arg(record.name, state) << '\n';
        }
        return code;
    }

    int computeUpdate()
    {
        if (const auto code
            = checkOneName({u"min-nodes"_s, u"max-nodes"_s, u"idle-seconds"_s},
                           Text::tr("compute update needs exactly one compute name.")))
            return *code;
        std::optional<int> values[3];
        const QString names[3] = {u"min-nodes"_s, u"max-nodes"_s, u"idle-seconds"_s};
        for (int i = 0; i < 3; ++i) {
            if (const auto text = option(names[i])) {
                bool ok = false;
                values[i] = text->toInt(&ok);
                if (!ok)
                    return usage(
                        Text::tr("--%1 needs a whole number, not \"%2\".").arg(names[i], *text),
                        computeHelp());
            }
        }
        if (!values[0] && !values[1] && !values[2])
            return usage(Text::tr("Say what to change: --min-nodes, --max-nodes or "
                                  "--idle-seconds."),
                         computeHelp());
        auto target = openNamedCompute();
        if (const int *code = std::get_if<int>(&target))
            return *code;
        const ComputeRecord &record = std::get<Target>(target).record;
        Workspace &workspace = *std::get<Target>(target).workspace;
        ComputeOperations operations(&workspace);
        const int code = waitFor(operations.update(record.name, values[0], values[1], values[2]));
        if (code == Ok)
            m_out << Text::tr("Updated %1.").arg(record.name) << '\n';
        return code;
    }

    int computeExport()
    {
        if (const auto code
            = checkOneName({}, Text::tr("compute export needs exactly one compute name.")))
            return *code;
        auto target = openNamedCompute();
        if (const int *code = std::get_if<int>(&target))
            return *code;
        const ComputeRecord &record = std::get<Target>(target).record;
        if (record.kind == ComputeKind::Local)
            return fail(UserError, Error{Text::tr("The local machine has no spec to export."), {}});
        const auto spec = SpecYaml::fromStoredJson(record.spec);
        if (!spec)
            return fail(BackendError, spec.error());
        m_out << QString::fromUtf8(SpecYaml::write(*spec));
        return Ok;
    }

    int computeListNodes()
    {
        if (const auto code
            = checkOneName({}, Text::tr("compute list-nodes needs exactly one compute name.")))
            return *code;
        auto target = openNamedCompute();
        if (const int *code = std::get_if<int>(&target))
            return *code;
        const ComputeRecord &record = std::get<Target>(target).record;
        Workspace &workspace = *std::get<Target>(target).workspace;
        QList<NodeRecord> nodes;
        if (record.kind == ComputeKind::Cluster) {
            const Workspace::Connection connection(workspace.databasePath());
            auto listed = RunStore(connection.database()).nodes(record.name);
            if (!listed)
                return fail(BackendError, listed.error());
            nodes = *listed;
        } else if (record.kind == ComputeKind::Instance || record.kind == ComputeKind::Local) {
            // A single node: the instance (or this machine) itself, busy while it runs a job.
            const Workspace::Connection connection(workspace.databasePath());
            auto active = RunStore(connection.database())
                              .list(RunFilter{{RunStatus::Preparing, RunStatus::Starting,
                                               RunStatus::Running, RunStatus::Finalizing,
                                               RunStatus::CancelRequested},
                                              record.name,
                                              {},
                                              {},
                                              0});
            if (!active)
                return fail(BackendError, active.error());
            NodeRecord n;
            n.compute = record.name;
            n.nodeId = record.name;
            n.privateIpAddress = u"127.0.0.1"_s;
            n.since = record.modifiedOn;
            if (record.kind == ComputeKind::Instance && record.state != u"Running"_s) {
                n.state = u"unusable"_s;
            } else if (!active->isEmpty()) {
                n.state = u"running"_s;
                QStringList names;
                for (const RunRecord &r : *active)
                    names.append(r.name);
                n.run = names.join(u", "_s);
            } else {
                n.state = u"idle"_s;
            }
            nodes.append(n);
        } else {
            return fail(UserError, Error{Text::tr("%1 is a %2: the studio does not list its nodes.")
                                             .arg(record.name, displayName(record.kind).toLower()),
                                         {}});
        }
        if (m_options.output == OutputFormat::Json) {
            QJsonArray array;
            for (const NodeRecord &n : std::as_const(nodes))
                array.append(n.toJson());
            m_out << jsonText(array);
            return Ok;
        }
        QList<QStringList> rows;
        for (const NodeRecord &n : std::as_const(nodes)) {
            rows.append({n.nodeId, n.state, n.run,
                         n.since.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s),
                         n.privateIpAddress, n.connectionString});
        }
        printTable(m_out,
                   {Text::tr("NODE"), Text::tr("STATE"), Text::tr("RUN"), Text::tr("SINCE"),
                    Text::tr("PRIVATE IP"), Text::tr("CONNECTION STRING")},
                   rows);
        return Ok;
    }

    // ---- job ----------------------------------------------------------------------------

    QStringList options(const QString &name) const
    {
        QStringList all;
        for (const auto &[key, value] : m_options.named) {
            if (key == name)
                all.append(value);
        }
        return all;
    }

    QString workspacePath() const
    {
        return QDir(m_options.workspace.isEmpty() ? Workspace::defaultPath() : m_options.workspace)
            .absolutePath();
    }

    int runJob()
    {
        const QStringList &p = m_options.positional;
        if (m_options.help) {
            m_out << jobHelp();
            return Ok;
        }
        if (p.size() == 1)
            return usage(Text::tr("No job command given."), jobHelp());
        const QString &command = p.at(1);
        if (command == u"create"_s)
            return jobCreate();
        if (command == u"list"_s)
            return jobList();
        if (command == u"show"_s)
            return jobShow();
        if (command == u"stream"_s)
            return jobStreamCommand();
        if (command == u"cancel"_s)
            return jobCancel();
        if (command == u"download"_s)
            return jobDownload();
        return usage(Text::tr("Unknown job command \"%1\".").arg(command), jobHelp());
    }

    std::optional<int> checkJobName(const QStringList &allowed, const QString &command)
    {
        if (const QString bad = unknownOption(allowed); !bad.isEmpty())
            return usage(Text::tr("Unknown option --%1.").arg(bad), jobHelp());
        if (m_options.positional.size() != 3)
            return usage(Text::tr("job %1 needs exactly one run name.").arg(command), jobHelp());
        return std::nullopt;
    }

    /// Opens (and if needed migrates) the workspace; revives the agent if local runs were
    /// left without one (the studio or the agent was killed).
    Result<std::unique_ptr<Workspace>> openJobWorkspace()
    {
        auto workspace = openWorkspace();
        if (workspace)
            RunEngine(workspace.value()->path()).reviveAgentIfNeeded();
        return workspace;
    }

    std::variant<RunRecord, int> findRun(Workspace &workspace, const QString &name)
    {
        const Workspace::Connection connection(workspace.databasePath());
        auto found = RunStore(connection.database()).find(name);
        if (!found)
            return fail(BackendError, found.error());
        if (!*found) {
            return fail(UserError,
                        Error{Text::tr("There is no run named \"%1\" in the workspace %2.")
                                  .arg(name, workspace.path()),
                              {}});
        }
        return **found;
    }

    int jobCreate()
    {
        if (const QString bad
            = unknownOption({u"file"_s, u"compute"_s, u"set"_s, u"name"_s, u"stream"_s});
            !bad.isEmpty())
            return usage(Text::tr("Unknown option --%1.").arg(bad), jobHelp());
        if (m_options.positional.size() != 2)
            return usage(Text::tr("job create takes no arguments besides its options."), jobHelp());
        const auto file = option(u"file"_s);
        if (!file)
            return usage(Text::tr("Give the job file with -f JOB.yml."), jobHelp());
        QStringList overrides = options(u"set"_s);
        if (const auto compute = option(u"compute"_s))
            overrides.append(u"compute="_s + *compute);
        QList<ValidationIssue> issues;
        const auto parsed = JobYaml::parseFile(*file, overrides, &issues);
        bool errors = !parsed;
        for (const ValidationIssue &issue : std::as_const(issues)) {
            if (issue.severity == ValidationIssue::Severity::Error)
                errors = true;
            m_err << (issue.field.isEmpty() ? issue.message
                                            : QString(issue.field + u": "_s + issue.message))
                  << '\n';
        }
        if (errors)
            return UserError;
        auto workspace = openJobWorkspace();
        if (!workspace)
            return fail(UserError, workspace.error());
        const QString name = option(u"name"_s).value_or(parsed->name);
        auto submitted = RunEngine(workspace.value()->path()).submit(parsed->spec, name);
        if (!submitted)
            return fail(UserError, submitted.error());
        if (m_options.output == OutputFormat::Json && !flag(u"stream"_s))
            m_out << jsonText(QJsonObject{{u"name"_s, submitted->name},
                                          {u"status"_s, toKey(submitted->status)},
                                          {u"compute"_s, submitted->compute}});
        else
            m_out << submitted->name << '\n';
        m_out.flush();
        if (flag(u"stream"_s))
            return streamRun(*workspace.value(), submitted->name);
        return Ok;
    }

    int jobList()
    {
        if (const QString bad = unknownOption(
                {u"status"_s, u"compute"_s, u"experiment"_s, u"search"_s, u"max-results"_s});
            !bad.isEmpty())
            return usage(Text::tr("Unknown option --%1.").arg(bad), jobHelp());
        if (m_options.positional.size() != 2)
            return usage(Text::tr("job list takes no arguments."), jobHelp());
        RunFilter filter;
        if (const auto status = option(u"status"_s)) {
            const auto s = runStatusFromString(*status);
            if (!s)
                return usage(Text::tr("Unknown status \"%1\".").arg(*status), jobHelp());
            filter.statuses = {*s};
        }
        filter.compute = option(u"compute"_s).value_or(QString());
        filter.experiment = option(u"experiment"_s).value_or(QString());
        filter.search = option(u"search"_s).value_or(QString());
        filter.limit = option(u"max-results"_s).value_or(u"0"_s).toInt();
        auto workspace = openJobWorkspace();
        if (!workspace)
            return fail(UserError, workspace.error());
        const Workspace::Connection connection(workspace.value()->databasePath());
        auto runs = RunStore(connection.database()).list(filter);
        if (!runs)
            return fail(BackendError, runs.error());
        if (m_options.output == OutputFormat::Json) {
            QJsonArray array;
            for (const RunRecord &r : *runs)
                array.append(r.toJson());
            m_out << jsonText(array);
            return Ok;
        }
        QList<QStringList> rows;
        for (const RunRecord &r : *runs) {
            rows.append({r.name, r.displayName, r.experimentName, toKey(r.status), r.compute,
                         r.createdOn.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s),
                         u"%1 s"_s.arg(r.durationSeconds())});
        }
        printTable(m_out,
                   {Text::tr("NAME"), Text::tr("DISPLAY NAME"), Text::tr("EXPERIMENT"),
                    Text::tr("STATUS"), Text::tr("COMPUTE"), Text::tr("CREATED"),
                    Text::tr("DURATION")},
                   rows);
        return Ok;
    }

    int jobShow()
    {
        if (const auto code = checkJobName({}, u"show"_s))
            return *code;
        auto workspace = openJobWorkspace();
        if (!workspace)
            return fail(UserError, workspace.error());
        auto found = findRun(*workspace.value(), m_options.positional.at(2));
        if (const int *code = std::get_if<int>(&found))
            return *code;
        const RunRecord &run = std::get<RunRecord>(found);
        const Workspace::Connection connection(workspace.value()->databasePath());
        const RunStore store(connection.database());
        QJsonObject o = run.toJson();
        QJsonObject metrics;
        if (auto last = store.lastMetrics(run.name)) {
            for (const Metric &m : *last)
                metrics.insert(m.key, m.value);
        }
        o.insert(u"metrics"_s, metrics);
        QJsonObject params;
        if (auto listed = store.params(run.name)) {
            for (const KeyValue &kv : *listed)
                params.insert(kv.key, kv.value);
        }
        o.insert(u"params"_s, params);
        QJsonArray history;
        if (auto listed = store.statusEvents(run.name)) {
            for (const RunStatusEvent &e : *listed)
                history.append(QJsonObject{{u"status"_s, toKey(e.status)},
                                           {u"at"_s, e.at.toUTC().toString(Qt::ISODateWithMs)}});
        }
        o.insert(u"status_history"_s, history);
        const RunPaths paths = RunPaths::of(workspace.value()->path(), run.name);
        QJsonArray outputs;
        for (const QString &folder : {paths.outputs(), paths.logs()}) {
            QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            QStringList files;
            while (it.hasNext())
                files.append(it.next().mid(paths.root.size() + 1));
            files.sort();
            for (const QString &f : std::as_const(files))
                outputs.append(f);
        }
        o.insert(u"outputs"_s, outputs);
        o.insert(u"log_files"_s, QJsonArray::fromStringList([&] {
                     QStringList files;
                     for (const QString &f : paths.logFiles())
                         files.append(f.mid(paths.root.size() + 1));
                     return files;
                 }()));
        if (m_options.output == OutputFormat::Json) {
            m_out << jsonText(o);
            return Ok;
        }
        QList<QStringList> rows;
        flatten(QString(), o, rows);
        printTable(m_out, {Text::tr("PROPERTY"), Text::tr("VALUE")}, rows);
        return Ok;
    }

    int jobStreamCommand()
    {
        if (const auto code = checkJobName({}, u"stream"_s))
            return *code;
        auto workspace = openJobWorkspace();
        if (!workspace)
            return fail(UserError, workspace.error());
        auto found = findRun(*workspace.value(), m_options.positional.at(2));
        if (const int *code = std::get_if<int>(&found))
            return *code;
        return streamRun(*workspace.value(), std::get<RunRecord>(found).name);
    }

    /// Prints the run's user logs as they grow until it ends: 0 when it completed.
    int streamRun(Workspace &workspace, const QString &name)
    {
        const RunPaths paths = RunPaths::of(workspace.path(), name);
        const Workspace::Connection connection(workspace.databasePath());
        const RunStore store(connection.database());
        QHash<QString, qint64> offsets;
        QHash<QString, QByteArray> partial;
        m_err << Text::tr("Streaming the logs of %1 (Ctrl+C stops streaming; the run goes on).")
                     .arg(name)
              << '\n';
        m_err.flush();
        auto drain = [&](bool final) {
            QStringList files;
            QDirIterator it(paths.userLogs(), {u"std_log*.txt"_s}, QDir::Files);
            while (it.hasNext())
                files.append(it.next());
            files.sort();
            for (const QString &file : std::as_const(files)) {
                QFile f(file);
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                qint64 &offset = offsets[file];
                if (f.size() < offset)
                    offset = 0; // replaced
                f.seek(offset);
                QByteArray data = partial.take(file) + f.read(4 << 20);
                offset = f.pos();
                const qsizetype end = final ? data.size() : data.lastIndexOf('\n') + 1;
                partial.insert(file, data.mid(end));
                const QString prefix = files.size() > 1
                                           ? u"[%1] "_s.arg(QFileInfo(file).completeBaseName())
                                           : QString();
                QList<QByteArray> lines = data.left(end).split('\n');
                if (!lines.isEmpty() && lines.constLast().isEmpty())
                    lines.removeLast();
                for (const QByteArray &line : std::as_const(lines))
                    m_out << prefix << QString::fromUtf8(line) << '\n';
            }
            m_out.flush();
        };
        std::optional<RunRecord> last;
        while (true) {
            auto found = store.find(name);
            if (!found || !*found)
                return fail(BackendError,
                            found ? Error{Text::tr("The run disappeared."), {}} : found.error());
            last = **found;
            const bool ended = isTerminal(last->status);
            drain(ended);
            if (ended)
                break;
            QThread::msleep(200);
        }
        m_out << '\n' << Text::tr("Run %1: %2").arg(name, toKey(last->status)) << '\n';
        if (!last->error.isEmpty())
            m_out << last->error << '\n';
        return last->status == RunStatus::Completed ? int(Ok) : int(UserError);
    }

    int jobCancel()
    {
        if (const auto code = checkJobName({}, u"cancel"_s))
            return *code;
        auto workspace = openJobWorkspace();
        if (!workspace)
            return fail(UserError, workspace.error());
        const QString name = m_options.positional.at(2);
        if (auto canceled = RunEngine(workspace.value()->path()).cancel(name); !canceled)
            return fail(UserError, canceled.error());
        m_out << Text::tr("Cancel requested for %1.").arg(name) << '\n';
        return Ok;
    }

    int jobDownload()
    {
        if (const auto code = checkJobName({u"output-dir"_s, u"download-path"_s}, u"download"_s))
            return *code;
        const auto dir
            = option(u"output-dir"_s) ? option(u"output-dir"_s) : option(u"download-path"_s);
        if (!dir)
            return usage(Text::tr("Give the folder to download into with --output-dir DIR."),
                         jobHelp());
        auto workspace = openJobWorkspace();
        if (!workspace)
            return fail(UserError, workspace.error());
        const QString name = m_options.positional.at(2);
        auto copied = RunEngine(workspace.value()->path()).download(name, *dir);
        if (!copied)
            return fail(UserError, copied.error());
        if (m_options.output == OutputFormat::Json) {
            m_out << jsonText(QJsonArray::fromStringList(*copied));
            return Ok;
        }
        m_out << Text::tr("Downloaded %1 files of %2 into %3.")
                     .arg(copied->size())
                     .arg(name, QDir(*dir).absolutePath())
              << '\n';
        return Ok;
    }

    const Options &m_options;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString error;
    const std::optional<Options> options = parse(arguments, &error);
    if (!options) {
        err << Text::tr("cstudio: error: %1").arg(error) << '\n';
        return UsageError;
    }
    if (!options->lang.isEmpty()) {
        if (!availableLanguages().contains(options->lang)) {
            err << Text::tr("cstudio: error: %1")
                       .arg(Text::tr("Unknown language \"%1\" (available: %2).")
                                .arg(options->lang, availableLanguages().join(u", "_s)))
                << '\n';
            return UsageError;
        }
    }
    if (QCoreApplication *app = QCoreApplication::instance())
        installTranslations(*app, options->lang);
    if (options->version) {
        out << "cstudio " << QStringLiteral(STUDIO_VERSION) << '\n';
        return Ok;
    }
    return Command(*options, out, err).run();
}

} // namespace Studio::Cli
