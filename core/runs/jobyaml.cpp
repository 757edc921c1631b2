#include "jobyaml.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Studio {

namespace {

constexpr qint64 MaxFileSize = 1024 * 1024;

QString qstr(const std::string &s)
{
    return QString::fromStdString(s);
}

/// What reading one job knows besides the YAML: where each field is, which fields came
/// from `--set`, and the folder relative paths resolve against.
struct Context
{
    QList<ValidationIssue> *issues = nullptr;
    QHash<QString, int> lines;         ///< field path -> 1-based line of its key
    QHash<QString, QString> overrides; ///< field path set by --set -> the whole argument
    QString baseDir;

    /// The --set argument that set `field` or one of its parents, if any.
    QString overrideOf(const QString &field) const
    {
        QString path = field;
        while (!path.isEmpty()) {
            if (const auto it = overrides.constFind(path); it != overrides.constEnd())
                return *it;
            const qsizetype dot = path.lastIndexOf(u'.');
            if (dot < 0)
                break;
            path.truncate(dot);
        }
        // A key --set created on the way to what it set (not in the file: no line).
        if (!field.isEmpty() && !lines.contains(field)) {
            for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
                if (it.key().startsWith(field + u'.'))
                    return it.value();
            }
        }
        return {};
    }

    /// Issues in the order a person reads the file; --set ones after the file's.
    int sortKey(const QString &field) const
    {
        if (!overrideOf(field).isEmpty())
            return std::numeric_limits<int>::max();
        return lines.value(field, 0);
    }

    void add(const QString &field, const QString &message, ValidationIssue::Severity severity)
    {
        QString text = message;
        if (const QString arg = overrideOf(field); !arg.isEmpty())
            text = JobYaml::tr("--set %1: %2").arg(arg, message);
        else if (const int line = lines.value(field, 0); line > 0)
            text = JobYaml::tr("Line %1: %2").arg(line).arg(message);
        issues->append({field, text, severity});
    }
    void error(const QString &field, const QString &message)
    {
        add(field, message, ValidationIssue::Severity::Error);
    }
    void warning(const QString &field, const QString &message)
    {
        add(field, message, ValidationIssue::Severity::Warning);
    }

    QString resolve(const QString &path) const
    {
        return QDir::cleanPath(QDir(baseDir).absoluteFilePath(path));
    }
};

bool isNull(const YAML::Node &node)
{
    if (!node.IsDefined() || node.IsNull())
        return true;
    if (node.IsScalar() && node.Tag() == "?") {
        const std::string &s = node.Scalar();
        return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
    }
    return false;
}

QString joinPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : QString(path % u'.' % key);
}

/// One mapping of the job: its entries with their lines, and which of them were read, so
/// the rest can be reported as unknown.
class MapReader
{
public:
    struct Entry
    {
        QString key;
        YAML::Node value;
    };

    /// `node` is a mapping, or null (an empty mapping). Anything else is reported.
    MapReader(const YAML::Node &node, QString path, Context &ctx)
        : m_path(std::move(path))
        , m_ctx(ctx)
    {
        if (isNull(node))
            return;
        if (!node.IsMap()) {
            m_ctx.error(m_path,
                        JobYaml::tr("%1 must be a mapping (key: value lines).").arg(m_path));
            return;
        }
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = it->first.IsScalar() ? qstr(it->first.Scalar()) : QString();
            const QString field = this->field(key);
            if (const int line = it->first.Mark().line; line >= 0)
                m_ctx.lines.insert(field, line + 1);
            if (key.isEmpty()) {
                m_ctx.error(field, JobYaml::tr("%1 has a key that is not text.").arg(m_path));
                continue;
            }
            if (contains(key)) {
                m_ctx.error(field, JobYaml::tr("“%1” is given twice.").arg(field));
                continue;
            }
            m_entries.append({key, it->second});
        }
    }

    QString field(const QString &key) const { return joinPath(m_path, key); }
    const QString &path() const { return m_path; }
    const QList<Entry> &entries() const { return m_entries; }
    bool has(const QString &key) const { return !isNull(value(key)); }
    bool contains(const QString &key) const
    {
        return std::any_of(m_entries.cbegin(), m_entries.cend(),
                           [&key](const Entry &e) { return e.key == key; });
    }

    YAML::Node value(const QString &key) const
    {
        for (const Entry &e : m_entries) {
            if (e.key == key)
                return e.value;
        }
        return YAML::Node();
    }
    YAML::Node take(const QString &key)
    {
        m_used.insert(key);
        return value(key);
    }

    /// A scalar as written (numbers and booleans as their text); nothing when absent.
    std::optional<QString> text(const QString &key)
    {
        const YAML::Node v = take(key);
        if (isNull(v))
            return std::nullopt;
        if (!v.IsScalar()) {
            m_ctx.error(field(key), JobYaml::tr("%1 must be text.").arg(field(key)));
            return std::nullopt;
        }
        return qstr(v.Scalar());
    }

    /// A whole number of at least `minimum`; nothing when absent or wrong (reported).
    std::optional<qint64> integer(const QString &key, qint64 minimum)
    {
        const YAML::Node v = take(key);
        if (isNull(v))
            return std::nullopt;
        static const QRegularExpression pattern(u"^[-+]?[0-9]{1,12}$"_s);
        const QString text = v.IsScalar() ? qstr(v.Scalar()) : QString();
        if (!pattern.match(text).hasMatch()) {
            m_ctx.error(field(key), JobYaml::tr("%1 must be a whole number, not “%2”.")
                                        .arg(field(key), v.IsScalar() ? text : u"…"_s));
            return std::nullopt;
        }
        const qint64 n = text.toLongLong();
        if (n < minimum) {
            m_ctx.error(
                field(key),
                JobYaml::tr("%1 must be at least %2, not %3.").arg(field(key)).arg(minimum).arg(n));
            return std::nullopt;
        }
        return n;
    }

    /// One of `choices` (case-insensitive), lower-cased; nothing when absent or wrong.
    std::optional<QString> choice(const QString &key, const QStringList &choices)
    {
        const auto value = text(key);
        if (!value)
            return std::nullopt;
        const QString lower = value->toLower();
        if (!choices.contains(lower)) {
            m_ctx.error(field(key), JobYaml::tr("%1 must be one of %2, not “%3”.")
                                        .arg(field(key), choices.join(u", "_s), *value));
            return std::nullopt;
        }
        return lower;
    }

    /// Accepted and without effect here.
    void ignore(const QString &key) { m_used.insert(key); }

    /// Reports keys nobody read: unknown here.
    void finish(QStringList known)
    {
        known.sort();
        for (const Entry &e : std::as_const(m_entries)) {
            if (m_used.contains(e.key))
                continue;
            m_ctx.error(field(e.key), JobYaml::tr("Unknown key “%1”. Known keys here: %2.")
                                          .arg(field(e.key), known.join(u", "_s)));
        }
    }

private:
    QString m_path;
    Context &m_ctx;
    QList<Entry> m_entries;
    QSet<QString> m_used;
};

// --- reading -----------------------------------------------------------------------------

bool isIdentifier(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    return pattern.match(name).hasMatch();
}

/// A URI scheme (`azureml:`, `https://`, …): not a local path.
bool hasScheme(const QString &path)
{
    static const QRegularExpression scheme(u"^[A-Za-z][A-Za-z0-9+.-]*:"_s);
    return scheme.match(path).hasMatch();
}

std::optional<QString> readTextFile(Context &ctx, const QString &field, const QString &given)
{
    if (hasScheme(given)) {
        ctx.error(field, JobYaml::tr("%1 must be a local file, not “%2”.").arg(field, given));
        return std::nullopt;
    }
    const QString path = ctx.resolve(given);
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        ctx.error(field, JobYaml::tr("%1: cannot read %2%3.")
                             .arg(field, path,
                                  QFileInfo::exists(path) ? QString(u": "_s + file.errorString())
                                                          : JobYaml::tr(" (no such file)")));
        return std::nullopt;
    }
    if (file.size() > MaxFileSize) {
        ctx.error(field, JobYaml::tr("%1: %2 is over 1 MiB.").arg(field, path));
        return std::nullopt;
    }
    return QString::fromUtf8(file.readAll());
}

std::optional<QStringList> readTextList(MapReader &r, Context &ctx, const QString &key)
{
    const YAML::Node v = r.take(key);
    if (isNull(v))
        return std::nullopt;
    if (!v.IsSequence()) {
        ctx.error(r.field(key), JobYaml::tr("%1 must be a list, e.g. [--no-index, --find-links, "
                                            "wheels].")
                                    .arg(r.field(key)));
        return std::nullopt;
    }
    QStringList list;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (!v[i].IsScalar()) {
            ctx.error(r.field(key), JobYaml::tr("%1 must be a list of texts.").arg(r.field(key)));
            return std::nullopt;
        }
        list.append(qstr(v[i].Scalar()));
    }
    return list;
}

EnvironmentSpec readEnvironment(const YAML::Node &node, Context &ctx)
{
    EnvironmentSpec env;
    const QString field = u"environment"_s;
    if (isNull(node))
        return env;
    if (node.IsScalar()) {
        const QString ref = qstr(node.Scalar());
        if (!ref.startsWith(u"azureml:"_s) || ref.size() <= 8) {
            ctx.error(field, JobYaml::tr("environment “%1” is not an environment reference: give "
                                         "azureml:NAME@latest, azureml:NAME:VERSION, or an inline "
                                         "environment (image:, conda_file:, …).")
                                 .arg(ref));
        }
        env.name = ref;
        return env;
    }
    MapReader r(node, field, ctx);
    const QStringList known = {
        u"name"_s,
        u"version"_s,
        u"description"_s,
        u"tags"_s,
        u"os_type"_s,
        u"image"_s,
        u"conda_file"_s,
        u"build"_s,
        u"inference_config"_s,
        u"studio_python"_s,
        u"studio_requirements_file"_s,
        u"studio_requirements"_s,
        u"studio_conda"_s,
        u"studio_pip_options"_s,
    };
    env.name = r.text(u"name"_s).value_or(QString());
    r.ignore(u"version"_s);
    r.ignore(u"description"_s);
    r.ignore(u"tags"_s);
    r.ignore(u"inference_config"_s);
    if (const auto os = r.choice(u"os_type"_s, {u"linux"_s, u"windows"_s}); os == u"windows"_s)
        ctx.error(r.field(u"os_type"_s), JobYaml::tr("Windows environments are not supported."));
    if (r.has(u"build"_s)) {
        ctx.error(r.field(u"build"_s),
                  JobYaml::tr("Docker build contexts are not supported yet: give an image: or "
                              "a conda_file:."));
    }
    r.ignore(u"build"_s);
    env.image = r.text(u"image"_s).value_or(QString());

    const YAML::Node condaFile = r.take(u"conda_file"_s);
    const auto condaText = r.text(u"studio_conda"_s);
    if (!isNull(condaFile) && condaText) {
        ctx.error(r.field(u"studio_conda"_s),
                  JobYaml::tr("Give either conda_file or studio_conda, not both."));
    } else if (condaText) {
        env.conda = *condaText;
    } else if (condaFile.IsScalar() && !isNull(condaFile)) {
        env.conda = readTextFile(ctx, r.field(u"conda_file"_s), qstr(condaFile.Scalar()))
                        .value_or(QString());
    } else if (condaFile.IsMap()) {
        // An inline conda specification, as the SDK allows.
        YAML::Emitter out;
        out << condaFile;
        env.conda = qstr(out.c_str()) + u'\n';
    } else if (!isNull(condaFile)) {
        ctx.error(r.field(u"conda_file"_s),
                  JobYaml::tr("conda_file must be a file's path or a conda mapping."));
    }

    const auto requirementsFile = r.text(u"studio_requirements_file"_s);
    const auto requirementsText = r.text(u"studio_requirements"_s);
    if (requirementsFile && requirementsText) {
        ctx.error(r.field(u"studio_requirements"_s),
                  JobYaml::tr("Give either studio_requirements_file or studio_requirements, "
                              "not both."));
    } else if (requirementsText) {
        env.requirements = *requirementsText;
    } else if (requirementsFile) {
        env.requirements
            = readTextFile(ctx, r.field(u"studio_requirements_file"_s), *requirementsFile)
                  .value_or(QString());
    }
    env.interpreter = r.text(u"studio_python"_s).value_or(QString());
    env.pipOptions = readTextList(r, ctx, u"studio_pip_options"_s).value_or(QStringList());
    r.finish(known);

    if (!env.image.isEmpty())
        env.kind = EnvironmentSpec::Kind::Container;
    else if (!env.conda.isEmpty() || !env.requirements.isEmpty())
        env.kind = EnvironmentSpec::Kind::SystemManaged;
    else
        env.kind = EnvironmentSpec::Kind::UserManaged;
    if (env.kind == EnvironmentSpec::Kind::UserManaged && !env.pipOptions.isEmpty()) {
        ctx.warning(r.field(u"studio_pip_options"_s),
                    JobYaml::tr("studio_pip_options has no effect without a conda_file or "
                                "requirements: nothing is installed."));
    }
    return env;
}

/// Inputs by name; `absent` holds the ones declared without a value (`name:` or `~`).
void readInputs(const YAML::Node &node, Context &ctx, RunSpec &spec, QSet<QString> &absent)
{
    MapReader inputs(node, u"inputs"_s, ctx);
    for (const MapReader::Entry &e : inputs.entries()) {
        const QString field = inputs.field(e.key);
        if (!isIdentifier(e.key)) {
            ctx.error(field, JobYaml::tr("“%1” is not a valid input name: use letters, digits "
                                         "and '_', not starting with a digit.")
                                 .arg(e.key));
            continue;
        }
        if (isNull(e.value)) {
            absent.insert(e.key);
            continue;
        }
        if (e.value.IsScalar()) {
            const QString value = qstr(e.value.Scalar());
            if (value.startsWith(u"azureml:"_s)) {
                ctx.warning(field, JobYaml::tr("%1 looks like an Azure ML data asset; only local "
                                               "data can be used here (type: uri_file or "
                                               "uri_folder with a path), so the command gets "
                                               "the text “%2”.")
                                       .arg(field, value));
            }
            spec.inputs.insert(e.key, JobInput{JobInput::Kind::Literal, value});
            continue;
        }
        if (!e.value.IsMap()) {
            ctx.error(field, JobYaml::tr("%1 must be a value (text, number, true/false) or a "
                                         "mapping with type and path.")
                                 .arg(field));
            continue;
        }
        MapReader r(e.value, field, ctx);
        const QString type = r.text(u"type"_s).value_or(u"uri_folder"_s).toLower();
        std::optional<JobInput::Kind> kind;
        if (type == u"uri_file"_s) {
            kind = JobInput::Kind::UriFile;
        } else if (type == u"uri_folder"_s) {
            kind = JobInput::Kind::UriFolder;
        } else {
            ctx.error(r.field(u"type"_s),
                      JobYaml::tr("Input type “%1” is not supported: use uri_file or uri_folder "
                                  "with a local path, or give a value.")
                          .arg(type));
        }
        r.choice(u"mode"_s, {u"ro_mount"_s, u"download"_s, u"direct"_s});
        r.ignore(u"description"_s);
        const auto path = r.text(u"path"_s);
        r.finish({u"type"_s, u"path"_s, u"mode"_s, u"description"_s});
        if (!kind)
            continue;
        if (!path || path->isEmpty()) {
            ctx.error(r.field(u"path"_s), JobYaml::tr("%1 needs a path.").arg(field));
            continue;
        }
        if (hasScheme(*path)) {
            ctx.error(
                r.field(u"path"_s),
                JobYaml::tr("Only local paths are supported as inputs, not “%1”.").arg(*path));
            continue;
        }
        const QString absolute = ctx.resolve(*path);
        const QFileInfo info(absolute);
        if (*kind == JobInput::Kind::UriFile && !info.isFile()) {
            ctx.error(r.field(u"path"_s),
                      info.exists()
                          ? JobYaml::tr("%1 is not a file: use type: uri_folder.").arg(absolute)
                          : JobYaml::tr("%1 does not exist.").arg(absolute));
            continue;
        }
        if (*kind == JobInput::Kind::UriFolder && !info.isDir()) {
            ctx.error(r.field(u"path"_s),
                      info.exists()
                          ? JobYaml::tr("%1 is not a folder: use type: uri_file.").arg(absolute)
                          : JobYaml::tr("%1 does not exist.").arg(absolute));
            continue;
        }
        spec.inputs.insert(e.key, JobInput{*kind, absolute});
    }
}

void readOutputs(const YAML::Node &node, Context &ctx, RunSpec &spec)
{
    MapReader outputs(node, u"outputs"_s, ctx);
    for (const MapReader::Entry &e : outputs.entries()) {
        const QString field = outputs.field(e.key);
        if (!isIdentifier(e.key)) {
            ctx.error(field, JobYaml::tr("“%1” is not a valid output name: use letters, digits "
                                         "and '_', not starting with a digit.")
                                 .arg(e.key));
            continue;
        }
        if (!isNull(e.value)) {
            if (!e.value.IsMap()) {
                ctx.error(field,
                          JobYaml::tr("%1 must be empty or a mapping (type, mode).").arg(field));
                continue;
            }
            MapReader r(e.value, field, ctx);
            if (const auto type = r.text(u"type"_s); type && type->toLower() != u"uri_folder"_s) {
                ctx.error(r.field(u"type"_s),
                          JobYaml::tr("Output type “%1” is not supported: outputs are folders "
                                      "(uri_folder).")
                              .arg(*type));
            }
            r.choice(u"mode"_s, {u"rw_mount"_s, u"upload"_s, u"direct"_s});
            r.ignore(u"description"_s);
            if (r.has(u"path"_s)) {
                ctx.error(r.field(u"path"_s),
                          JobYaml::tr("Output locations cannot be chosen: output %1 is written "
                                      "to outputs/%1 in the run's folder and kept with the run.")
                              .arg(e.key));
            }
            r.ignore(u"path"_s);
            r.finish({u"type"_s, u"mode"_s, u"description"_s, u"path"_s});
        }
        spec.outputs.append(e.key);
    }
}

void readDistribution(const YAML::Node &node, Context &ctx, RunSpec &spec)
{
    if (isNull(node))
        return;
    MapReader r(node, u"distribution"_s, ctx);
    if (!node.IsMap())
        return;
    DistributionSpec &d = spec.distribution;
    const auto type = r.choice(u"type"_s, {u"pytorch"_s, u"mpi"_s, u"tensorflow"_s});
    if (!type && r.has(u"type"_s))
        return; // reported
    d.type = type.value_or(QString());
    if (d.type == u"tensorflow"_s) {
        const auto workers = r.integer(u"worker_count"_s, 1);
        const auto servers = r.integer(u"parameter_server_count"_s, 0);
        if (servers && *servers > 0) {
            ctx.error(r.field(u"parameter_server_count"_s),
                      JobYaml::tr("Parameter servers are not supported: use worker_count "
                                  "(MultiWorkerMirroredStrategy)."));
        }
        if (workers) {
            if (*workers % d.instanceCount != 0) {
                ctx.error(r.field(u"worker_count"_s),
                          JobYaml::tr("worker_count (%1) must be a multiple of "
                                      "resources.instance_count (%2): each node runs the same "
                                      "number of workers.")
                              .arg(*workers)
                              .arg(d.instanceCount));
            } else if (*workers / d.instanceCount > std::numeric_limits<int>::max()) {
                ctx.error(r.field(u"worker_count"_s), JobYaml::tr("worker_count is too large."));
            } else {
                d.processCountPerInstance = int(*workers / d.instanceCount);
            }
        }
        r.finish({u"type"_s, u"worker_count"_s, u"parameter_server_count"_s});
        return;
    }
    const auto perInstance = r.integer(u"process_count_per_instance"_s, 1);
    if (perInstance && *perInstance > std::numeric_limits<int>::max()) {
        ctx.error(r.field(u"process_count_per_instance"_s),
                  JobYaml::tr("process_count_per_instance is too large."));
    } else if (perInstance) {
        d.processCountPerInstance = int(*perInstance);
    } else if (d.type == u"mpi"_s && !r.has(u"process_count_per_instance"_s)) {
        ctx.error(r.path(), JobYaml::tr("An mpi distribution needs process_count_per_instance."));
    }
    r.finish({u"type"_s, u"process_count_per_instance"_s});
}

/// Replaces `${{inputs.NAME}}` and `${{outputs.NAME}}`; an optional section `$[[ … ]]` is
/// dropped when an input it uses has no value.
QString substitute(const QString &command, const RunSpec &spec, const QSet<QString> &absent,
                   Context &ctx)
{
    static const QRegularExpression optionalSection(u"\\$\\[\\[(.*?)\\]\\]"_s,
                                                    QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression expression(u"\\$\\{\\{\\s*(.*?)\\s*\\}\\}"_s);
    static const QRegularExpression reference(u"^(inputs|outputs)\\.([A-Za-z_][A-Za-z0-9_]*)$"_s);
    const QString field = u"command"_s;

    auto declared = [&spec, &absent] {
        QStringList names = spec.inputs.keys();
        names += QStringList(absent.cbegin(), absent.cend());
        names.sort();
        return names;
    };

    // `missing` is set when a reference has no value; outside optional sections that is an
    // error, inside one it drops the section.
    auto replace = [&](const QString &text, bool optional, bool *missing) {
        QString result;
        qsizetype from = 0;
        auto it = expression.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            result += QStringView(text).mid(from, m.capturedStart() - from);
            from = m.capturedEnd();
            const auto ref = reference.match(m.captured(1));
            if (!ref.hasMatch()) {
                ctx.error(field, JobYaml::tr("“%1” is not an expression the command can use: "
                                             "use ${{inputs.NAME}} or ${{outputs.NAME}}.")
                                     .arg(m.captured(0)));
                continue;
            }
            const QString name = ref.captured(2);
            if (ref.captured(1) == u"outputs"_s) {
                if (spec.outputs.contains(name)) {
                    result += u"outputs/"_s + name;
                } else if (optional) {
                    *missing = true;
                } else {
                    ctx.error(field, JobYaml::tr("The command uses ${{outputs.%1}}, but the job "
                                                 "declares no output “%1” (add it under "
                                                 "outputs:).")
                                         .arg(name));
                }
                continue;
            }
            if (const auto input = spec.inputs.constFind(name); input != spec.inputs.cend()) {
                result += input->value;
            } else if (optional) {
                *missing = true;
            } else if (absent.contains(name)) {
                ctx.error(field, JobYaml::tr("The command uses ${{inputs.%1}}, but input “%1” "
                                             "has no value: give one (--set inputs.%1=VALUE) or "
                                             "put that part of the command in $[[ … ]].")
                                     .arg(name));
            } else {
                const QStringList names = declared();
                ctx.error(field, names.isEmpty()
                                     ? JobYaml::tr("The command uses ${{inputs.%1}}, but the job "
                                                   "declares no inputs.")
                                           .arg(name)
                                     : JobYaml::tr("The command uses ${{inputs.%1}}, but the job "
                                                   "declares no input “%1”. Its inputs: %2.")
                                           .arg(name, names.join(u", "_s)));
            }
        }
        result += QStringView(text).mid(from);
        return result;
    };

    QString result;
    qsizetype from = 0;
    auto it = optionalSection.globalMatch(command);
    while (it.hasNext()) {
        const auto m = it.next();
        bool unused = false;
        result += replace(command.mid(from, m.capturedStart() - from), false, &unused);
        bool missing = false;
        const QString section = replace(m.captured(1), true, &missing);
        if (!missing)
            result += section;
        from = m.capturedEnd();
    }
    bool unused = false;
    result += replace(command.mid(from), false, &unused);
    return result;
}

std::optional<JobYamlResult> readJob(const YAML::Node &root, Context &ctx)
{
    JobYamlResult result;
    RunSpec &spec = result.spec;
    MapReader r(root, QString(), ctx);
    const QStringList known = {
        u"$schema"_s,         u"type"_s,        u"name"_s,           u"display_name"_s,
        u"experiment_name"_s, u"description"_s, u"tags"_s,           u"properties"_s,
        u"command"_s,         u"code"_s,        u"environment"_s,    u"environment_variables"_s,
        u"compute"_s,         u"inputs"_s,      u"outputs"_s,        u"distribution"_s,
        u"resources"_s,       u"limits"_s,      u"queue_settings"_s,
    };
    r.ignore(u"$schema"_s);
    r.ignore(u"properties"_s);

    const QString type = r.text(u"type"_s).value_or(u"command"_s).toLower();
    if (type == u"sweep"_s || type == u"pipeline"_s || type == u"automl"_s || type == u"spark"_s
        || type == u"parallel"_s) {
        ctx.error(u"type"_s, JobYaml::tr("%1 jobs are not supported yet: only command jobs "
                                         "(type: command) run in Compute Studio.")
                                 .arg(type));
        return std::nullopt;
    }
    if (type != u"command"_s) {
        ctx.error(u"type"_s, JobYaml::tr("Unknown job type “%1”: use type: command.").arg(type));
        return std::nullopt;
    }
    for (const QString &unsupported : {u"component"_s, u"services"_s, u"identity"_s}) {
        if (r.contains(unsupported)) {
            ctx.error(unsupported,
                      JobYaml::tr("“%1” is not supported by Compute Studio yet.").arg(unsupported));
            r.ignore(unsupported);
        }
    }

    if (const auto name = r.text(u"name"_s)) {
        static const QRegularExpression valid(u"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,254}$"_s);
        if (!valid.match(*name).hasMatch()) {
            ctx.error(u"name"_s, JobYaml::tr("“%1” is not a valid run name: use letters, digits, "
                                             "'_', '-' and '.' (at most 255).")
                                     .arg(*name));
        }
        result.name = *name;
    }
    spec.displayName = r.text(u"display_name"_s).value_or(QString());
    spec.description = r.text(u"description"_s).value_or(QString());
    if (const auto experiment = r.text(u"experiment_name"_s)) {
        if (experiment->trimmed().isEmpty())
            ctx.error(u"experiment_name"_s, JobYaml::tr("experiment_name must not be empty."));
        else
            spec.experimentName = *experiment;
    }

    auto readStringMap = [&ctx](const YAML::Node &node, const QString &path, bool names) {
        QMap<QString, QString> map;
        MapReader m(node, path, ctx);
        for (const MapReader::Entry &e : m.entries()) {
            if (names && (e.key.contains(u'=') || e.key.contains(QChar(0)))) {
                ctx.error(m.field(e.key),
                          JobYaml::tr("“%1” is not a valid environment variable name.").arg(e.key));
                continue;
            }
            if (isNull(e.value)) {
                map.insert(e.key, QString());
            } else if (e.value.IsScalar()) {
                map.insert(e.key, qstr(e.value.Scalar()));
            } else {
                ctx.error(m.field(e.key), JobYaml::tr("%1 must be text.").arg(m.field(e.key)));
            }
        }
        return map;
    };
    spec.tags = readStringMap(r.take(u"tags"_s), u"tags"_s, false);
    spec.environmentVariables
        = readStringMap(r.take(u"environment_variables"_s), u"environment_variables"_s, true);

    const auto command = r.text(u"command"_s);
    if (!command || command->trimmed().isEmpty())
        ctx.error(u"command"_s,
                  JobYaml::tr("The job has no command: add command: with what to run, "
                              "e.g. command: python train.py."));

    if (const auto code = r.text(u"code"_s); code && !code->isEmpty()) {
        if (hasScheme(*code)) {
            ctx.error(u"code"_s, JobYaml::tr("code must be a local folder, not “%1”.").arg(*code));
        } else {
            const QString folder = ctx.resolve(*code);
            if (!QFileInfo(folder).isDir())
                ctx.error(u"code"_s, JobYaml::tr("The code folder %1 does not exist.").arg(folder));
            spec.sourceDirectory = folder;
        }
    }

    spec.environment = readEnvironment(r.take(u"environment"_s), ctx);

    if (auto compute = r.text(u"compute"_s)) {
        if (compute->startsWith(u"azureml:"_s))
            compute->remove(0, 8);
        if (compute->startsWith(u"/"_s) || compute->contains(u"://"_s))
            ctx.error(u"compute"_s, JobYaml::tr("compute must be a compute's name (azureml:NAME, "
                                                "NAME or local), not “%1”.")
                                        .arg(*compute));
        else if (!compute->isEmpty())
            spec.compute = *compute;
    }

    {
        MapReader resources(r.take(u"resources"_s), u"resources"_s, ctx);
        if (const auto count = resources.integer(u"instance_count"_s, 1)) {
            if (*count > std::numeric_limits<int>::max())
                ctx.error(resources.field(u"instance_count"_s),
                          JobYaml::tr("instance_count is too large."));
            else
                spec.distribution.instanceCount = int(*count);
        }
        resources.ignore(u"instance_type"_s);
        resources.ignore(u"shm_size"_s);
        resources.ignore(u"docker_args"_s);
        resources.finish(
            {u"instance_count"_s, u"instance_type"_s, u"shm_size"_s, u"docker_args"_s});
    }
    readDistribution(r.take(u"distribution"_s), ctx, spec);

    {
        MapReader limits(r.take(u"limits"_s), u"limits"_s, ctx);
        if (const auto timeout = limits.integer(u"timeout"_s, 1))
            spec.maxRunDurationSeconds = *timeout;
        limits.finish({u"timeout"_s});
    }
    {
        MapReader queue(r.take(u"queue_settings"_s), u"queue_settings"_s, ctx);
        const auto tier = queue.choice(
            u"job_tier"_s, {u"spot"_s, u"basic"_s, u"standard"_s, u"premium"_s, u"null"_s});
        const auto priority = queue.choice(u"priority"_s, {u"low"_s, u"medium"_s, u"high"_s});
        spec.lowPriority = tier == u"spot"_s || priority == u"low"_s;
        queue.finish({u"job_tier"_s, u"priority"_s});
    }

    QSet<QString> absentInputs;
    readInputs(r.take(u"inputs"_s), ctx, spec, absentInputs);
    readOutputs(r.take(u"outputs"_s), ctx, spec);

    r.finish(known);

    if (command)
        spec.command = substitute(*command, spec, absentInputs, ctx);
    return result;
}

/// A --set value: YAML when it reads as what was typed (a number, true, [a, b], {k: v},
/// "quoted"), else the text itself — `echo a: b` stays a command, not a mapping.
YAML::Node overrideValue(const QString &value, bool *ok)
{
    *ok = true;
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return YAML::Node(YAML::NodeType::Null);
    const bool structured = trimmed.startsWith(u'[') || trimmed.startsWith(u'{')
                            || trimmed.startsWith(u'"') || trimmed.startsWith(u'\'');
    YAML::Node node;
    try {
        node = YAML::Load(value.toStdString());
    } catch (const YAML::Exception &) {
        if (structured) {
            *ok = false;
            return {};
        }
        node = YAML::Node();
    }
    if (structured || (node.IsScalar() && qstr(node.Scalar()) == trimmed) || isNull(node))
        return node;
    YAML::Node text(value.toStdString());
    text.SetTag("!");
    return text;
}

void applyOverrides(YAML::Node &root, const QStringList &overrides, Context &ctx)
{
    for (const QString &arg : overrides) {
        const qsizetype eq = arg.indexOf(u'=');
        const QString key = eq < 0 ? QString() : arg.left(eq).trimmed();
        const QStringList parts = key.split(u'.');
        if (key.isEmpty() || parts.contains(QString())) {
            ctx.error(QString(), JobYaml::tr("--set %1: give KEY=VALUE, e.g. --set "
                                             "compute=cpu-cluster or --set inputs.alpha=0.3.")
                                     .arg(arg));
            continue;
        }
        bool ok = true;
        const YAML::Node value = overrideValue(arg.mid(eq + 1), &ok);
        if (!ok) {
            ctx.error(QString(), JobYaml::tr("--set %1: the value is not valid YAML.").arg(arg));
            continue;
        }
        YAML::Node current;
        current.reset(root);
        QString walked;
        bool reachable = true;
        for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
            const std::string part = parts.at(i).toStdString();
            walked = joinPath(walked, parts.at(i));
            if (isNull(current[part])) {
                current[part] = YAML::Node(YAML::NodeType::Map);
            } else if (!current[part].IsMap()) {
                ctx.error(QString(), JobYaml::tr("--set %1: %2 is not a mapping, so it has no "
                                                 "“%3”.")
                                         .arg(arg, walked, parts.at(i + 1)));
                reachable = false;
                break;
            }
            YAML::Node next = current[part];
            current.reset(next);
        }
        if (!reachable)
            continue;
        current[parts.last().toStdString()] = value;
        ctx.overrides.insert(key, arg);
    }
}

// --- writing -----------------------------------------------------------------------------

/// Whether `text`, written plainly, reads back as the same text.
bool plainIsExact(const QString &text)
{
    if (text.isEmpty())
        return false;
    try {
        const YAML::Node n = YAML::Load(text.toStdString());
        return n.IsScalar() && n.Tag() == "?" && !isNull(n) && qstr(n.Scalar()) == text;
    } catch (const YAML::Exception &) {
        return false;
    }
}

/// Whether `text` as a literal block (`|`) reads back as the same text.
bool literalIsExact(const std::string &text)
{
    try {
        YAML::Emitter out;
        out << YAML::BeginMap << YAML::Key << "a" << YAML::Value << YAML::BeginMap << YAML::Key
            << "b" << YAML::Value << YAML::Literal << text << YAML::Key << "c" << YAML::Value << "d"
            << YAML::EndMap << YAML::EndMap;
        const YAML::Node n = YAML::Load(out.c_str());
        return n["a"]["b"].Scalar() == text && n["a"]["c"].Scalar() == "d";
    } catch (const YAML::Exception &) {
        return false;
    }
}

/// Whether plain `text` would read as a number or a boolean (YAML 1.1 and 1.2 spellings).
bool looksTyped(const QString &text)
{
    static const QRegularExpression typed(
        u"^([-+]?[0-9][0-9_]*|[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?"
        u"|0x[0-9a-fA-F_]+|0o?[0-7_]+|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)"
        u"|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N)$"_s);
    return typed.match(text).hasMatch();
}

enum class TextKind {
    String, ///< quoted when it would read as a number or boolean: Azure ML wants text here
    AsIs    ///< an input literal: 0.3 stays a number, true a boolean
};

void emitText(YAML::Emitter &out, const QString &text, TextKind kind = TextKind::String)
{
    const std::string s = text.toStdString();
    if (text.contains(u'\n') && literalIsExact(s))
        out << YAML::Literal << s;
    else if (plainIsExact(text) && (kind == TextKind::AsIs || !looksTyped(text)))
        out << s;
    else
        out << YAML::DoubleQuoted << s;
}

void emitKey(YAML::Emitter &out, const QString &key)
{
    out << YAML::Key;
    if (plainIsExact(key) && !looksTyped(key))
        out << key.toStdString();
    else
        out << YAML::DoubleQuoted << key.toStdString();
    out << YAML::Value;
}

void emitTextMap(YAML::Emitter &out, const QMap<QString, QString> &map)
{
    out << YAML::BeginMap;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        emitKey(out, it.key());
        emitText(out, it.value());
    }
    out << YAML::EndMap;
}

void emitEnvironment(YAML::Emitter &out, const EnvironmentSpec &env)
{
    const bool reference = env.name.startsWith(u"azureml:"_s) && env.interpreter.isEmpty()
                           && env.requirements.isEmpty() && env.conda.isEmpty()
                           && env.image.isEmpty() && env.pipOptions.isEmpty();
    if (reference) {
        emitKey(out, u"environment"_s);
        emitText(out, env.name);
        return;
    }
    if (env == EnvironmentSpec())
        return; // the system Python: the default
    emitKey(out, u"environment"_s);
    out << YAML::BeginMap;
    if (!env.name.isEmpty()) {
        emitKey(out, u"name"_s);
        emitText(out, env.name);
    }
    if (!env.image.isEmpty()) {
        emitKey(out, u"image"_s);
        emitText(out, env.image);
    }
    if (!env.interpreter.isEmpty()) {
        emitKey(out, u"studio_python"_s);
        emitText(out, env.interpreter);
    }
    if (!env.conda.isEmpty()) {
        emitKey(out, u"studio_conda"_s);
        emitText(out, env.conda);
    }
    if (!env.requirements.isEmpty()) {
        emitKey(out, u"studio_requirements"_s);
        emitText(out, env.requirements);
    }
    if (!env.pipOptions.isEmpty()) {
        emitKey(out, u"studio_pip_options"_s);
        out << YAML::Flow << YAML::BeginSeq;
        for (const QString &option : env.pipOptions)
            emitText(out, option);
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;
}

} // namespace

QString JobYaml::schemaUrl()
{
    return u"https://azuremlschemas.azureedge.net/latest/commandJob.schema.json"_s;
}

std::optional<JobYamlResult> JobYaml::parseFile(const QString &path, const QStringList &overrides,
                                                QList<ValidationIssue> *issues)
{
    QList<ValidationIssue> local;
    QList<ValidationIssue> *out = issues ? issues : &local;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out->append({QString(), tr("Could not read %1: %2.").arg(path, file.errorString()),
                     ValidationIssue::Severity::Error});
        return std::nullopt;
    }
    if (file.size() > MaxFileSize) {
        out->append({QString(), tr("%1 is too large to be a job file (over 1 MiB).").arg(path),
                     ValidationIssue::Severity::Error});
        return std::nullopt;
    }
    return parse(file.readAll(), QFileInfo(path).absolutePath(), overrides, out);
}

std::optional<JobYamlResult> JobYaml::parse(const QByteArray &text, const QString &baseDir,
                                            const QStringList &overrides,
                                            QList<ValidationIssue> *issues)
{
    QList<ValidationIssue> local;
    Context ctx;
    ctx.issues = issues ? issues : &local;
    ctx.baseDir = QDir(baseDir.isEmpty() ? QDir::currentPath() : baseDir).absolutePath();
    const qsizetype before = ctx.issues->size();

    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        ctx.error(QString(), tr("The YAML is not valid at line %1, column %2: %3.")
                                 .arg(e.mark.line + 1)
                                 .arg(e.mark.column + 1)
                                 .arg(qstr(e.msg)));
        return std::nullopt;
    }
    if (isNull(root))
        root.reset(YAML::Node(YAML::NodeType::Map));
    if (!root.IsMap()) {
        ctx.error(QString(), tr("A job file is a YAML mapping (key: value lines) with at least "
                                "“command:”."));
        return std::nullopt;
    }

    std::optional<JobYamlResult> result;
    try {
        applyOverrides(root, overrides, ctx);
        result = readJob(root, ctx);
    } catch (const YAML::Exception &e) {
        ctx.error(
            QString(),
            tr("The YAML could not be read at line %1: %2.").arg(e.mark.line + 1).arg(qstr(e.msg)));
        return std::nullopt;
    }
    std::stable_sort(ctx.issues->begin() + before, ctx.issues->end(),
                     [&ctx](const ValidationIssue &a, const ValidationIssue &b) {
                         return ctx.sortKey(a.field) < ctx.sortKey(b.field);
                     });
    const bool failed = std::any_of(ctx.issues->cbegin() + before, ctx.issues->cend(),
                                    [](const ValidationIssue &i) { return i.isError(); });
    if (failed)
        return std::nullopt;
    return result;
}

QByteArray JobYaml::write(const RunSpec &spec, const QString &name)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out.SetSeqFormat(YAML::Block);
    out << YAML::BeginMap;
    emitKey(out, u"$schema"_s);
    out << schemaUrl().toStdString();
    emitKey(out, u"type"_s);
    out << "command";
    if (!name.isEmpty()) {
        emitKey(out, u"name"_s);
        emitText(out, name);
    }
    if (!spec.displayName.isEmpty()) {
        emitKey(out, u"display_name"_s);
        emitText(out, spec.displayName);
    }
    emitKey(out, u"experiment_name"_s);
    emitText(out, spec.experimentName);
    if (!spec.description.isEmpty()) {
        emitKey(out, u"description"_s);
        emitText(out, spec.description);
    }
    if (!spec.tags.isEmpty()) {
        emitKey(out, u"tags"_s);
        emitTextMap(out, spec.tags);
    }
    if (!spec.sourceDirectory.isEmpty()) {
        emitKey(out, u"code"_s);
        emitText(out, spec.sourceDirectory);
    }
    emitKey(out, u"command"_s);
    emitText(out, spec.command);
    emitEnvironment(out, spec.environment);
    if (!spec.environmentVariables.isEmpty()) {
        emitKey(out, u"environment_variables"_s);
        emitTextMap(out, spec.environmentVariables);
    }
    if (!spec.inputs.isEmpty()) {
        emitKey(out, u"inputs"_s);
        out << YAML::BeginMap;
        for (auto it = spec.inputs.cbegin(); it != spec.inputs.cend(); ++it) {
            emitKey(out, it.key());
            if (it->kind == JobInput::Kind::Literal) {
                emitText(out, it->value, TextKind::AsIs);
                continue;
            }
            out << YAML::BeginMap;
            emitKey(out, u"type"_s);
            out << (it->kind == JobInput::Kind::UriFile ? "uri_file" : "uri_folder");
            emitKey(out, u"path"_s);
            emitText(out, it->value);
            out << YAML::EndMap;
        }
        out << YAML::EndMap;
    }
    if (!spec.outputs.isEmpty()) {
        emitKey(out, u"outputs"_s);
        out << YAML::BeginMap;
        for (const QString &output : spec.outputs) {
            emitKey(out, output);
            out << YAML::Flow << YAML::BeginMap << YAML::Key << "type" << YAML::Value
                << "uri_folder" << YAML::EndMap;
        }
        out << YAML::EndMap;
    }
    emitKey(out, u"compute"_s);
    const QString compute = spec.compute.isEmpty() ? u"local"_s : spec.compute;
    emitText(out, compute == u"local"_s || compute.startsWith(u"azureml:"_s)
                      ? compute
                      : QString(u"azureml:"_s + compute));
    const DistributionSpec &d = spec.distribution;
    if (d.instanceCount != 1) {
        emitKey(out, u"resources"_s);
        out << YAML::BeginMap << YAML::Key << "instance_count" << YAML::Value << d.instanceCount
            << YAML::EndMap;
    }
    if (!d.type.isEmpty() || d.processCountPerInstance != 1) {
        emitKey(out, u"distribution"_s);
        out << YAML::BeginMap;
        if (!d.type.isEmpty()) {
            emitKey(out, u"type"_s);
            emitText(out, d.type);
        }
        if (d.type == u"tensorflow"_s) {
            out << YAML::Key << "worker_count" << YAML::Value
                << qint64(d.processCountPerInstance) * d.instanceCount;
        } else {
            out << YAML::Key << "process_count_per_instance" << YAML::Value
                << d.processCountPerInstance;
        }
        out << YAML::EndMap;
    }
    if (spec.maxRunDurationSeconds) {
        emitKey(out, u"limits"_s);
        out << YAML::BeginMap << YAML::Key << "timeout" << YAML::Value
            << *spec.maxRunDurationSeconds << YAML::EndMap;
    }
    if (spec.lowPriority) {
        emitKey(out, u"queue_settings"_s);
        out << YAML::BeginMap << YAML::Key << "job_tier" << YAML::Value << "spot" << YAML::EndMap;
    }
    out << YAML::EndMap;
    QByteArray text(out.c_str());
    if (!text.endsWith('\n'))
        text.append('\n');
    return text;
}

} // namespace Studio
