#include "cli.h"

#include "core/store/workspace.h"
#include "core/util/translations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

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
};

QString mainHelp()
{
    return Text::
        tr("Usage: cstudio [--workspace DIR] [-o table|json] <group> <command> [options]\n"
           "\n"
           "Manage the compute of a Compute Studio workspace from the command line.\n"
           "\n"
           "Groups:\n"
           "  compute    List and inspect compute targets.\n"
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
    return Text::tr("Usage: cstudio compute <command> [options]\n"
                    "\n"
                    "Commands:\n"
                    "  list [--kind KIND]   List computes; KIND is instance, cluster, inference,\n"
                    "                       attached or local.\n"
                    "  show NAME            Show every property of the compute NAME.\n"
                    "\n"
                    "With -o json, list prints an array of objects (name, kind, type, provider,\n"
                    "state, …) and show prints one object.\n");
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
        return {};
    }

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
