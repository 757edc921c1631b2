#include "environment.h"

#include "../util/logging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <csignal>
#include <cstdio>

#include <sys/types.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Studio {

namespace {

/// Bump when the way environments are built changes, so older builds are not reused.
constexpr auto buildRecipeVersion = "studio-env-1";
/// Written last into a built environment: its presence means "complete, reusable".
constexpr auto markerFileName = "studio-environment.json";
constexpr int probeTimeoutMs = 120'000; // importing torch the first time can take a while
constexpr int engineInfoTimeoutMs = 15'000;
constexpr int hashLength = 32; // hex digits of the SHA-256 kept in folder names

using LogLine = std::function<void(const QString &)>;
using IsCanceled = std::function<bool()>;

bool canceled(const IsCanceled &isCanceled)
{
    return isCanceled && isCanceled();
}

void emitLine(const LogLine &logLine, const QString &line)
{
    qCDebug(lcEnv).noquote() << line;
    if (logLine)
        logLine(line);
}

/// How a process ended.
struct ProcessOutcome
{
    bool started = false;
    bool canceled = false;
    bool timedOut = false;
    bool crashed = false;
    int exitCode = -1;
    QByteArray out;     ///< stdout (all output when streamed: channels merged)
    QByteArray err;     ///< stderr (empty when streamed)
    QString startError; ///< why it did not start

    bool succeeded() const
    {
        return started && !canceled && !timedOut && !crashed && exitCode == 0;
    }
};

/// Runs a program to its end. With `logLine`, stdout and stderr are merged and passed on line by
/// line while it runs. The program runs in a process group of its own so that canceling kills
/// what it started too (pip runs build back-ends in child processes).
ProcessOutcome runProcess(const QString &program, const QStringList &args, int timeoutMs,
                          const IsCanceled &isCanceled, const LogLine &logLine = {},
                          const QProcessEnvironment &environment = {})
{
    ProcessOutcome outcome;
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.setStandardInputFile(QProcess::nullDevice());
    if (!environment.isEmpty())
        p.setProcessEnvironment(environment);
    if (logLine)
        p.setProcessChannelMode(QProcess::MergedChannels);
    p.setChildProcessModifier([] { ::setpgid(0, 0); });
    p.start();
    if (!p.waitForStarted(30'000)) {
        outcome.startError = p.errorString();
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
        }
        return outcome;
    }
    outcome.started = true;
    const qint64 pid = p.processId();
    auto killGroup = [&p, pid] {
        if (pid > 0)
            ::kill(-static_cast<pid_t>(pid), SIGKILL);
        p.kill();
        p.waitForFinished(-1);
    };

    QByteArray pending;
    auto flushLines = [&](bool all) {
        if (!logLine)
            return;
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            emitLine(logLine, QString::fromUtf8(pending.left(newline)).trimmed());
            pending.remove(0, newline + 1);
        }
        if (all && !pending.trimmed().isEmpty()) {
            emitLine(logLine, QString::fromUtf8(pending).trimmed());
            pending.clear();
        }
    };
    auto collect = [&] {
        const QByteArray chunk = p.readAllStandardOutput();
        outcome.out += chunk;
        pending += chunk;
        flushLines(false);
    };

    QElapsedTimer clock;
    clock.start();
    while (p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(100);
        collect();
        if (canceled(isCanceled)) {
            outcome.canceled = true;
            killGroup();
            break;
        }
        if (timeoutMs > 0 && clock.elapsed() > timeoutMs) {
            outcome.timedOut = true;
            killGroup();
            break;
        }
    }
    p.waitForFinished(-1);
    collect();
    flushLines(true);
    if (!logLine)
        outcome.err = p.readAllStandardError();
    outcome.crashed = p.exitStatus() == QProcess::CrashExit;
    outcome.exitCode = p.exitCode();
    return outcome;
}

QString firstLine(const QByteArray &text)
{
    const QString s = QString::fromUtf8(text).trimmed();
    return s.section(u'\n', 0, 0).trimmed();
}

QString lastLines(const QByteArray &text, int count)
{
    QStringList lines = QString::fromUtf8(text).trimmed().split(u'\n');
    if (lines.size() > count)
        lines = lines.mid(lines.size() - count);
    return lines.join(u'\n');
}

QString shortHash(const QString &hash)
{
    return hash.left(8);
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString shellQuote(const QString &s)
{
    QString quoted = s;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QStringList pathFolders()
{
    const QString path = qEnvironmentVariable("PATH");
    QStringList folders;
    for (const QString &f : path.split(u':', Qt::SkipEmptyParts))
        folders.append(f);
    return folders;
}

bool isExecutableFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

/// An interpreter as it answered a probe.
struct InterpreterInfo
{
    QString path;       ///< as found (may be a symlink or a pyenv shim)
    QString executable; ///< sys.executable: where Python itself says it lives
    QString version;    ///< "3.11.2"
};

/// Probe results per interpreter file (path + modification time), shared by every manager:
/// what the interpreter is, and which module sets it imports. Failed imports are not kept,
/// so installing a missing package takes effect without restarting the studio.
class ProbeCache
{
public:
    static ProbeCache &instance()
    {
        static ProbeCache cache;
        return cache;
    }

    static QString keyOf(const QString &path)
    {
        const QFileInfo info(path);
        return path + u'|' + QString::number(info.lastModified().toMSecsSinceEpoch());
    }

    std::optional<InterpreterInfo> info(const QString &key)
    {
        const QMutexLocker lock(&m_mutex);
        const auto it = m_info.constFind(key);
        if (it == m_info.cend())
            return std::nullopt;
        return *it;
    }
    void setInfo(const QString &key, const InterpreterInfo &info)
    {
        const QMutexLocker lock(&m_mutex);
        m_info.insert(key, info);
    }
    bool imports(const QString &key, const QStringList &modules)
    {
        const QMutexLocker lock(&m_mutex);
        const QSet<QString> known = m_imports.value(key);
        return std::all_of(modules.cbegin(), modules.cend(),
                           [&known](const QString &m) { return known.contains(m); });
    }
    void addImports(const QString &key, const QStringList &modules)
    {
        const QMutexLocker lock(&m_mutex);
        QSet<QString> &known = m_imports[key];
        for (const QString &m : modules)
            known.insert(m);
    }

private:
    QMutex m_mutex;
    QHash<QString, InterpreterInfo> m_info;  // Guarded by m_mutex.
    QHash<QString, QSet<QString>> m_imports; // Guarded by m_mutex.
};

/// Runs the interpreter once to learn what it is. Error: it does not run (as Python).
Result<InterpreterInfo> probeInterpreter(const QString &path, const IsCanceled &isCanceled)
{
    const QString key = ProbeCache::keyOf(path);
    if (auto cached = ProbeCache::instance().info(key))
        return *cached;
    const ProcessOutcome o = runProcess(
        path,
        {u"-c"_s, u"import sys; print(sys.executable); print('%d.%d.%d' % sys.version_info[:3])"_s},
        probeTimeoutMs, isCanceled);
    if (o.canceled)
        return Error{EnvironmentManager::tr("Canceled."), {}};
    if (!o.succeeded()) {
        QString why = o.startError;
        if (why.isEmpty() && o.timedOut)
            why = EnvironmentManager::tr("no answer within %1 s").arg(probeTimeoutMs / 1000);
        if (why.isEmpty())
            why = firstLine(o.err.isEmpty() ? o.out : o.err);
        if (why.isEmpty())
            why = EnvironmentManager::tr("exit code %1").arg(o.exitCode);
        return Error{EnvironmentManager::tr("The interpreter %1 does not run: %2").arg(path, why),
                     QString::fromUtf8(o.err)};
    }
    const QStringList lines = QString::fromUtf8(o.out).trimmed().split(u'\n');
    InterpreterInfo info;
    info.path = path;
    info.executable = lines.value(0).trimmed();
    info.version = lines.value(1).trimmed();
    if (info.executable.isEmpty() || !QFileInfo(info.executable).isAbsolute())
        info.executable = path;
    ProbeCache::instance().setInfo(key, info);
    return info;
}

/// The modules of `modules` the interpreter cannot import (each tried on its own, so the
/// answer names every missing one). Error: the probe itself did not run.
Result<QStringList> missingModules(const QString &path, const QStringList &modules,
                                   const IsCanceled &isCanceled)
{
    if (modules.isEmpty())
        return QStringList();
    const QString key = ProbeCache::keyOf(path);
    if (ProbeCache::instance().imports(key, modules))
        return QStringList();
    static const QString script = u"import sys\n"
                                  "missing = []\n"
                                  "for m in sys.argv[1:]:\n"
                                  "    try:\n"
                                  "        __import__(m)\n"
                                  "    except Exception:\n"
                                  "        missing.append(m)\n"
                                  "print('STUDIO-MISSING:' + ' '.join(missing))\n"_s;
    const ProcessOutcome o
        = runProcess(path, QStringList{u"-c"_s, script} + modules, probeTimeoutMs, isCanceled);
    if (o.canceled)
        return Error{EnvironmentManager::tr("Canceled."), {}};
    const QString out = QString::fromUtf8(o.out);
    const qsizetype at = out.lastIndexOf(u"STUDIO-MISSING:"_s);
    if (!o.succeeded() || at < 0) {
        return Error{EnvironmentManager::tr("The interpreter %1 does not run: %2")
                         .arg(path, firstLine(o.err.isEmpty() ? o.out : o.err)),
                     QString::fromUtf8(o.err)};
    }
    const QStringList missing
        = out.mid(at + 15).section(u'\n', 0, 0).split(u' ', Qt::SkipEmptyParts);
    QStringList found;
    for (const QString &m : modules) {
        if (!missing.contains(m))
            found.append(m);
    }
    ProbeCache::instance().addImports(key, found);
    return missing;
}

/// The Debian package that provides a Python module, where we know it.
QString debianPackageFor(const QString &module)
{
    static const QHash<QString, QString> packages{
        {u"numpy"_s, u"python3-numpy"_s},           {u"scipy"_s, u"python3-scipy"_s},
        {u"sklearn"_s, u"python3-sklearn"_s},       {u"joblib"_s, u"python3-joblib"_s},
        {u"torch"_s, u"python3-torch"_s},           {u"pandas"_s, u"python3-pandas"_s},
        {u"matplotlib"_s, u"python3-matplotlib"_s},
    };
    return packages.value(module, u"python3-"_s + module);
}

/// Writes a small executable file atomically (readers see the old file or the whole new one).
Result<void> writeExecutable(const QString &path, const QByteArray &content)
{
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == content
        && QFileInfo(path).isExecutable())
        return {};
    existing.close();
    QTemporaryFile temp(path + u".XXXXXX"_s);
    temp.setAutoRemove(true);
    if (!temp.open() || temp.write(content) != content.size() || !temp.flush())
        return Error{EnvironmentManager::tr("Could not write %1.").arg(path), temp.errorString()};
    temp.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                        | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                        | QFileDevice::ExeOther);
    temp.close();
    if (std::rename(QFile::encodeName(temp.fileName()).constData(),
                    QFile::encodeName(path).constData())
        != 0)
        return Error{EnvironmentManager::tr("Could not write %1.").arg(path), qt_error_string()};
    temp.setAutoRemove(false);
    return {};
}

/// A folder holding `python` and `python3` that start `executable`: shell scripts rather than
/// symbolic links, because a venv's interpreter only finds its venv when started by its own path.
Result<QString> shimFolder(const QString &envsDir, const QString &executable)
{
    const QString dir
        = QDir(envsDir).filePath(u"shims/"_s + sha256Hex(executable.toUtf8()).left(16));
    if (!QDir().mkpath(dir))
        return Error{EnvironmentManager::tr("Could not create the folder %1.").arg(dir), {}};
    const QByteArray script
        = QString(u"#!/bin/sh\n# Made by Compute Studio: runs use this interpreter.\nexec "_s
                  + shellQuote(executable) + u" \"$@\"\n"_s)
              .toUtf8();
    for (const QString &name : {u"python"_s, u"python3"_s}) {
        if (auto written = writeExecutable(QDir(dir).filePath(name), script); !written)
            return written.error();
    }
    return dir;
}

/// A python=X.Y (or ==X.Y[.Z]) pin from a conda file, as "X.Y"; empty when none.
QString pinnedPythonVersion(const QString &dependency)
{
    static const QRegularExpression pin(uR"(^python\s*(?:==?)\s*(\d+\.\d+)(?:\.[\d*]+)*\s*$)"_s);
    const auto match = pin.match(dependency.trimmed());
    return match.hasMatch() ? match.captured(1) : QString();
}

/// The parts of a conda file the studio uses.
struct CondaFile
{
    QStringList pip;       ///< the `- pip:` list
    QStringList condaOnly; ///< dependencies other than python and pip
    QString python;        ///< "3.8" from python=3.8; empty when not pinned
};

Result<CondaFile> parseConda(const QString &text)
{
    CondaFile conda;
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        return Error{EnvironmentManager::tr("The conda file is not valid YAML: %1")
                         .arg(QString::fromStdString(e.msg)),
                     QString::fromStdString(e.what())};
    }
    if (!root.IsMap())
        return Error{EnvironmentManager::tr("The conda file has no `dependencies:` list."), {}};
    const YAML::Node deps = root["dependencies"];
    if (!deps || deps.IsNull())
        return conda;
    if (!deps.IsSequence())
        return Error{EnvironmentManager::tr("The conda file's `dependencies:` is not a list."), {}};
    try {
        for (const YAML::Node &dep : deps) {
            if (dep.IsScalar()) {
                const QString d = QString::fromStdString(dep.as<std::string>()).trimmed();
                static const QRegularExpression pipOrPython(uR"(^(pip|python)\s*([=<>!~].*)?$)"_s);
                const auto match = pipOrPython.match(d);
                if (match.hasMatch()) {
                    if (match.captured(1) == u"python"_s)
                        conda.python = pinnedPythonVersion(d);
                    continue;
                }
                conda.condaOnly.append(d);
            } else if (dep.IsMap() && dep["pip"]) {
                const YAML::Node pip = dep["pip"];
                if (!pip.IsSequence())
                    return Error{EnvironmentManager::tr("The conda file's `pip:` is not a list."),
                                 {}};
                for (const YAML::Node &p : pip) {
                    if (!p.IsScalar())
                        return Error{EnvironmentManager::tr(
                                         "The conda file's `pip:` list holds something other "
                                         "than package names."),
                                     {}};
                    conda.pip.append(QString::fromStdString(p.as<std::string>()).trimmed());
                }
            } else {
                return Error{EnvironmentManager::tr(
                                 "The conda file's `dependencies:` holds an entry that is neither "
                                 "a package nor a `pip:` list."),
                             {}};
            }
        }
    } catch (const YAML::Exception &e) {
        return Error{EnvironmentManager::tr("The conda file could not be read: %1")
                         .arg(QString::fromStdString(e.msg)),
                     {}};
    }
    return conda;
}

/// requirements.txt lines that matter (no blank lines, no comments), in order.
QStringList requirementLines(const QString &text)
{
    QStringList lines;
    for (const QString &raw : text.split(u'\n')) {
        const QString line = raw.trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            lines.append(line);
    }
    return lines;
}

/// The shell script behind PreparedEnvironment::commandPrefix for containers. Arguments:
/// ENGINE IMAGE USER COMMAND... (USER: "uid:gid" for docker, empty for podman); it forwards the
/// studio's run variables and those named in STUDIO_CONTAINER_ENV, mounts the working folder and
/// file inputs at their own paths.
const char16_t containerScript[] = uR"SH(engine=$1; image=$2; user=$3; shift 3
n=$#
names=$(env | sed -n -E 's/^(PYTHONUNBUFFERED|MLFLOW_[A-Za-z0-9_]*|AZUREML_[A-Za-z0-9_]*|AZURE_ML_[A-Za-z0-9_]*|RANK|LOCAL_RANK|WORLD_SIZE|LOCAL_WORLD_SIZE|NODE_RANK|GROUP_RANK|MASTER_ADDR|MASTER_PORT|OMPI_COMM_WORLD_[A-Z_]*)=.*/\1/p')
for v in $names $STUDIO_CONTAINER_ENV; do
  case $v in '' | [0-9]* | *[!A-Za-z0-9_]*) continue ;; esac
  set -- "$@" -e "$v"
  case $v in AZURE_ML_INPUT_*)
    eval "p=\${$v}"
    case $p in /*) [ -e "$p" ] && set -- "$@" -v "$p:$p:ro" ;; esac ;;
  esac
done
[ -n "$user" ] && set -- "$@" --user "$user"
set -- "$@" "$image"
i=0
while [ "$i" -lt "$n" ]; do set -- "$@" "$1"; shift; i=$((i + 1)); done
exec "$engine" run --rm --network host -v "$PWD:$PWD" -w "$PWD" "$@"
)SH";

} // namespace

EnvironmentManager::EnvironmentManager(QString envsDir)
    : m_envsDir(std::move(envsDir))
{}

QList<CuratedEnvironment> EnvironmentManager::curated()
{
    // Real curated names (Azure ML's resource-curated-environments list and its registry).
    // `modules` is what any image of the name has: scikit-learn needs numpy, scipy and joblib;
    // PyTorch images carry numpy. Versions are not enforced: locally the preset means "an
    // interpreter that imports these".
    const QStringList sklearn{u"sklearn"_s, u"numpy"_s, u"scipy"_s, u"joblib"_s};
    const QStringList torch{u"torch"_s, u"numpy"_s};
    return {
        {u"AzureML-sklearn-1.5"_s,
         tr("Scikit-learn for regression, clustering and classification, with NumPy, SciPy and "
            "joblib."),
         sklearn,
         {}},
        {u"AzureML-sklearn-1.0-ubuntu20.04-py38-cpu"_s,
         tr("Scikit-learn for regression, clustering and classification, with NumPy, SciPy and "
            "joblib."),
         sklearn, u"3.8"_s},
        {u"AzureML-acpt-pytorch-2.2-cuda12.1"_s,
         tr("Azure Container for PyTorch: deep learning with PyTorch and NumPy."),
         torch,
         {}},
        {u"AzureML-ACPT-pytorch-1.13-py38-cuda11.7-gpu"_s,
         tr("Azure Container for PyTorch: deep learning with PyTorch and NumPy."), torch, u"3.8"_s},
        {u"AzureML-pytorch-1.10-ubuntu18.04-py38-cuda11-gpu"_s,
         tr("Deep learning with PyTorch and NumPy."), torch, u"3.8"_s},
        {u"AzureML-minimal-ubuntu18.04-py37-cpu-inference"_s,
         tr("Python and its standard library, nothing more."),
         {},
         u"3.7"_s},
    };
}

std::optional<CuratedEnvironment> EnvironmentManager::findCurated(const QString &name)
{
    QString bare = name.trimmed();
    if (bare.startsWith(u"azureml:"_s, Qt::CaseInsensitive))
        bare = bare.mid(8);
    if (const qsizetype at = bare.indexOf(u'@'); at >= 0)
        bare = bare.left(at);
    if (const qsizetype colon = bare.indexOf(u':'); colon >= 0)
        bare = bare.left(colon);
    if (bare.isEmpty())
        return std::nullopt;
    for (const CuratedEnvironment &c : curated()) {
        if (c.name.compare(bare, Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

Result<QString> EnvironmentManager::systemPython()
{
    const QString fromVariable = qEnvironmentVariable("STUDIO_PYTHON");
    if (!fromVariable.isEmpty()) {
        const QString found = fromVariable.contains(u'/')
                                  ? QFileInfo(fromVariable).absoluteFilePath()
                                  : QStandardPaths::findExecutable(fromVariable);
        if (found.isEmpty() || !isExecutableFile(found))
            return Error{
                tr("STUDIO_PYTHON names %1, which is not an executable file.").arg(fromVariable),
                {}};
        return found;
    }
    for (const QString &name : {u"python3"_s, u"python"_s}) {
        const QString found = QStandardPaths::findExecutable(name);
        if (!found.isEmpty())
            return found;
    }
    return Error{tr("There is no Python on this compute: neither python3 nor python is on PATH, "
                    "and STUDIO_PYTHON is not set. Install Python 3 (on Debian: sudo apt install "
                    "python3) or set STUDIO_PYTHON to an interpreter."),
                 qEnvironmentVariable("PATH")};
}

QStringList EnvironmentManager::candidateInterpreters()
{
    QStringList candidates;
    QSet<QString> seen;
    auto add = [&](const QString &path) {
        if (path.isEmpty() || !isExecutableFile(path))
            return;
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (seen.contains(canonical))
            return;
        seen.insert(canonical);
        candidates.append(path);
    };
    if (const QString variable = qEnvironmentVariable("STUDIO_PYTHON"); !variable.isEmpty()) {
        add(variable.contains(u'/') ? QFileInfo(variable).absoluteFilePath()
                                    : QStandardPaths::findExecutable(variable));
    }
    const QStringList folders = pathFolders();
    for (const QString &folder : folders)
        add(QDir(folder).filePath(u"python3"_s));
    static const QRegularExpression versioned(u"^python3\\.(\\d+)$"_s);
    for (const QString &folder : folders) {
        QList<QPair<int, QString>> found;
        const QStringList names
            = QDir(folder).entryList({u"python3.*"_s}, QDir::Files | QDir::System);
        for (const QString &name : names) {
            const auto match = versioned.match(name);
            if (match.hasMatch())
                found.append({match.captured(1).toInt(), QDir(folder).filePath(name)});
        }
        std::sort(found.begin(), found.end(),
                  [](const auto &a, const auto &b) { return a.first > b.first; });
        for (const auto &entry : std::as_const(found))
            add(entry.second);
    }
    return candidates;
}

QStringList EnvironmentManager::containerCommand(const QString &engine, const QString &image,
                                                 const QString &workDir,
                                                 const QStringList &variables)
{
    QStringList command{
        engine,  u"run"_s, u"--rm"_s, u"--network"_s, u"host"_s, u"-v"_s, workDir + u':' + workDir,
        u"-w"_s, workDir};
    for (const QString &v : variables)
        command += {u"-e"_s, v};
    if (QFileInfo(engine).fileName() == u"docker"_s)
        command += {u"--user"_s, u"%1:%2"_s.arg(::getuid()).arg(::getgid())};
    command.append(image);
    return command;
}

namespace {

using Manager = EnvironmentManager;

Result<PreparedEnvironment> interpreterEnvironment(const QString &envsDir,
                                                   const InterpreterInfo &info,
                                                   const QString &description)
{
    // Runs start the file that was checked, as it was checked: a wrapper script that sets
    // variables or flags before exec'ing Python stays in the way (sys.executable would skip it).
    auto shims = shimFolder(envsDir, info.path);
    if (!shims)
        return shims.error();
    PreparedEnvironment prepared;
    prepared.python = info.path;
    prepared.pathPrepend = {*shims};
    // The interpreter's own folder next: its pip and console scripts (a venv's, pyenv's).
    const QString own = QFileInfo(info.path).absolutePath();
    if (!pathFolders().contains(own))
        prepared.pathPrepend.append(own);
    prepared.description = description;
    return prepared;
}

QString describe(const InterpreterInfo &info)
{
    return info.executable == info.path
               ? EnvironmentManager::tr("%1 (Python %2)").arg(info.path, info.version)
               : EnvironmentManager::tr("%1 (Python %2 at %3)")
                     .arg(info.path, info.version, info.executable);
}

Result<PreparedEnvironment> prepareUserManaged(const QString &envsDir, const EnvironmentSpec &spec,
                                               const IsCanceled &isCanceled)
{
    QString path;
    if (spec.interpreter.isEmpty()) {
        auto system = Manager::systemPython();
        if (!system)
            return system.error();
        path = *system;
    } else if (spec.interpreter.contains(u'/')) {
        path = QFileInfo(spec.interpreter).absoluteFilePath();
        if (!QFileInfo::exists(path))
            return Error{
                EnvironmentManager::tr("The interpreter %1 does not exist on this compute.")
                    .arg(spec.interpreter),
                {}};
        if (!isExecutableFile(path))
            return Error{EnvironmentManager::tr("The interpreter %1 is not an executable file.")
                             .arg(spec.interpreter),
                         {}};
    } else {
        path = QStandardPaths::findExecutable(spec.interpreter);
        if (path.isEmpty())
            return Error{
                EnvironmentManager::tr("The interpreter \"%1\" is not on PATH on this compute.")
                    .arg(spec.interpreter),
                qEnvironmentVariable("PATH")};
    }
    auto info = probeInterpreter(path, isCanceled);
    if (!info)
        return info.error();
    return interpreterEnvironment(envsDir, *info,
                                  EnvironmentManager::tr("user-managed: %1").arg(describe(*info)));
}

Result<PreparedEnvironment> prepareCurated(const QString &envsDir, const EnvironmentSpec &spec,
                                           const CuratedEnvironment &preset, const LogLine &logLine,
                                           const IsCanceled &isCanceled)
{
    QStringList candidates;
    if (!spec.interpreter.isEmpty()) {
        const QString path = spec.interpreter.contains(u'/')
                                 ? QFileInfo(spec.interpreter).absoluteFilePath()
                                 : QStandardPaths::findExecutable(spec.interpreter);
        if (path.isEmpty() || !isExecutableFile(path))
            return Error{
                EnvironmentManager::tr("The interpreter \"%1\" was not found on this compute.")
                    .arg(spec.interpreter),
                {}};
        candidates = {path};
    } else {
        candidates = Manager::candidateInterpreters();
    }
    const QString wanted = preset.modules.isEmpty() ? EnvironmentManager::tr("the standard library")
                                                    : preset.modules.join(u", "_s);
    emitLine(logLine,
             EnvironmentManager::tr("Curated environment %1: looking for an interpreter that "
                                    "imports %2.")
                 .arg(preset.name, wanted));
    QStringList tried;
    QSet<QString> missingAnywhere;
    for (const QString &candidate : std::as_const(candidates)) {
        if (canceled(isCanceled))
            return Error{EnvironmentManager::tr("Canceled."), {}};
        auto info = probeInterpreter(candidate, isCanceled);
        if (!info) {
            tried.append(EnvironmentManager::tr("%1 (does not run)").arg(candidate));
            emitLine(logLine, info.error().message);
            continue;
        }
        auto missing = missingModules(candidate, preset.modules, isCanceled);
        if (!missing) {
            tried.append(EnvironmentManager::tr("%1 (does not run)").arg(candidate));
            emitLine(logLine, missing.error().message);
            continue;
        }
        if (!missing->isEmpty()) {
            tried.append(EnvironmentManager::tr("%1 (Python %2; lacks %3)")
                             .arg(candidate, info->version, missing->join(u", "_s)));
            emitLine(logLine,
                     EnvironmentManager::tr("%1 lacks %2.").arg(candidate, missing->join(u", "_s)));
            for (const QString &m : std::as_const(*missing))
                missingAnywhere.insert(m);
            continue;
        }
        const QString text
            = EnvironmentManager::tr("curated %1: %2").arg(preset.name, describe(*info));
        if (!preset.pythonVersionHint.isEmpty()
            && !info->version.startsWith(preset.pythonVersionHint + u'.')) {
            emitLine(logLine,
                     EnvironmentManager::tr("Note: Azure ML's %1 has Python %2; this run uses "
                                            "Python %3.")
                         .arg(preset.name, preset.pythonVersionHint, info->version));
        }
        return interpreterEnvironment(envsDir, *info, text);
    }
    if (candidates.isEmpty()) {
        return Error{EnvironmentManager::tr(
                         "The curated environment %1 needs a Python interpreter; there is "
                         "none on this compute (no python3 on PATH, STUDIO_PYTHON not "
                         "set). On Debian: sudo apt install python3.")
                         .arg(preset.name),
                     qEnvironmentVariable("PATH")};
    }
    QStringList packages;
    for (const QString &m : preset.modules) {
        if (missingAnywhere.contains(m))
            packages.append(debianPackageFor(m));
    }
    QString message
        = EnvironmentManager::tr("The curated environment %1 needs the Python modules %2; no "
                                 "interpreter on this compute imports them all. Tried: %3.")
              .arg(preset.name, preset.modules.join(u", "_s), tried.join(u"; "_s));
    if (!packages.isEmpty()) {
        message += u' '
                   + EnvironmentManager::tr("On Debian they come with: sudo apt install %1. Or set "
                                            "STUDIO_PYTHON to an interpreter that has them.")
                         .arg(packages.join(u' '));
    }
    return Error{message, {}};
}

/// Picks the base interpreter of a venv: the conda file's pinned python=X.Y when one is found,
/// else the system Python.
Result<InterpreterInfo> baseInterpreter(const QString &pinned, const LogLine &logLine,
                                        const IsCanceled &isCanceled)
{
    auto system = Manager::systemPython();
    if (!system)
        return system.error();
    auto systemInfo = probeInterpreter(*system, isCanceled);
    if (!systemInfo)
        return systemInfo.error();
    if (pinned.isEmpty() || systemInfo->version.startsWith(pinned + u'.'))
        return systemInfo;
    QStringList candidates{QStandardPaths::findExecutable(u"python"_s + pinned)};
    candidates += Manager::candidateInterpreters();
    for (const QString &candidate : std::as_const(candidates)) {
        if (candidate.isEmpty())
            continue;
        auto info = probeInterpreter(candidate, isCanceled);
        if (info && info->version.startsWith(pinned + u'.'))
            return info;
    }
    emitLine(logLine,
             EnvironmentManager::tr("The conda file asks for Python %1; there is none on this "
                                    "compute, so the environment uses Python %2 (%3).")
                 .arg(pinned, systemInfo->version, systemInfo->path));
    return systemInfo;
}

Result<PreparedEnvironment> prepareSystemManaged(const QString &envsDir,
                                                 const EnvironmentSpec &spec,
                                                 const LogLine &logLine,
                                                 const IsCanceled &isCanceled)
{
    QStringList requirements;
    QString pinned;
    if (!spec.conda.trimmed().isEmpty()) {
        auto conda = parseConda(spec.conda);
        if (!conda)
            return conda.error();
        if (!conda->condaOnly.isEmpty()) {
            QString engine;
            for (const QString &name : {u"conda"_s, u"mamba"_s, u"micromamba"_s}) {
                engine = QStandardPaths::findExecutable(name);
                if (!engine.isEmpty())
                    break;
            }
            const QString packages = conda->condaOnly.join(u", "_s);
            if (engine.isEmpty()) {
                return Error{EnvironmentManager::tr(
                                 "The conda file asks for conda packages (%1), which need "
                                 "conda; conda is not installed on this compute (neither "
                                 "conda nor mamba is on PATH). Install conda, or move "
                                 "them to the file's `pip:` list.")
                                 .arg(packages),
                             {}};
            }
            return Error{
                EnvironmentManager::tr("The conda file asks for conda packages (%1). Conda is "
                                       "installed (%2), but the studio builds environments from "
                                       "the file's `pip:` list only: move them there.")
                    .arg(packages, engine),
                {}};
        }
        requirements += conda->pip;
        pinned = conda->python;
    }
    requirements += requirementLines(spec.requirements);

    auto base = baseInterpreter(pinned, logLine, isCanceled);
    if (!base)
        return base.error();

    QByteArray identity = buildRecipeVersion;
    identity += "\ninterpreter=" + QFileInfo(base->executable).canonicalFilePath().toUtf8();
    identity += "\nversion=" + base->version.toUtf8();
    identity += "\nrequirements=\n" + requirements.join(u'\n').toUtf8();
    identity += "\npip-options=\n" + spec.pipOptions.join(u'\n').toUtf8();
    const QString hash = sha256Hex(identity).left(hashLength);
    const QString dir = QDir(envsDir).filePath(hash);
    const QString python = QDir(dir).filePath(u"bin/python"_s);
    const QString marker = QDir(dir).filePath(QLatin1StringView(markerFileName));

    auto reusedEnvironment = [&]() -> PreparedEnvironment {
        PreparedEnvironment prepared;
        prepared.python = python;
        prepared.pathPrepend = {QDir(dir).filePath(u"bin"_s)};
        prepared.reused = true;
        prepared.description = EnvironmentManager::tr("system-managed venv %1 (reused; Python %2)")
                                   .arg(shortHash(hash), base->version);
        return prepared;
    };
    auto complete = [&] { return QFileInfo::exists(marker) && isExecutableFile(python); };

    if (complete()) {
        emitLine(logLine,
                 EnvironmentManager::tr("Reusing environment %1 (%2).").arg(shortHash(hash), dir));
        return reusedEnvironment();
    }

    if (!QDir().mkpath(envsDir))
        return Error{EnvironmentManager::tr("Could not create the folder %1.").arg(envsDir), {}};
    QLockFile lock(QDir(envsDir).filePath(hash + u".lock"_s));
    lock.setStaleLockTime(0); // a build may take long: only a dead owner makes the lock stale
    bool said = false;
    while (!lock.tryLock(200)) {
        if (lock.error() == QLockFile::PermissionError || lock.error() == QLockFile::UnknownError)
            return Error{EnvironmentManager::tr("Could not lock %1.").arg(lock.fileName()), {}};
        if (!said) {
            emitLine(logLine,
                     EnvironmentManager::tr("Waiting for another run that builds environment %1.")
                         .arg(shortHash(hash)));
            said = true;
        }
        if (canceled(isCanceled))
            return Error{EnvironmentManager::tr("Canceled while waiting for environment %1.")
                             .arg(shortHash(hash)),
                         {}};
    }
    if (complete()) {
        emitLine(logLine,
                 EnvironmentManager::tr("Reusing environment %1 (%2).").arg(shortHash(hash), dir));
        return reusedEnvironment();
    }

    // A venv holds its own path (console scripts' #! lines, bin/activate), so it is built where
    // it stays; the marker written last makes it complete, and a failed build is removed.
    QDir(dir).removeRecursively(); // what an interrupted build left
    auto fail = [&](const Error &error) -> Result<PreparedEnvironment> {
        QDir(dir).removeRecursively();
        return error;
    };
    QElapsedTimer clock;
    clock.start();
    emitLine(logLine, EnvironmentManager::tr("Building environment %1 in %2 from %3 (Python %4).")
                          .arg(shortHash(hash), dir, base->executable, base->version));

    const QStringList venvArgs{u"-m"_s, u"venv"_s, dir};
    emitLine(logLine, u"$ "_s + base->executable + u' ' + venvArgs.join(u' '));
    const ProcessOutcome venv = runProcess(base->executable, venvArgs, 0, isCanceled, logLine);
    if (venv.canceled)
        return fail(Error{
            EnvironmentManager::tr("Canceled while building environment %1.").arg(shortHash(hash)),
            {}});
    if (!venv.succeeded() || !isExecutableFile(python)) {
        QString message = EnvironmentManager::tr("Could not create a venv with %1 (Python %2).")
                              .arg(base->executable, base->version);
        if (venv.out.contains("ensurepip"))
            message += u' '
                       + EnvironmentManager::tr(
                           "Its venv module lacks pip: on Debian, sudo apt install "
                           "python3-venv.");
        return fail(Error{message, lastLines(venv.out, 20)});
    }

    if (!requirements.isEmpty()) {
        const QString requirementsFile = QDir(dir).filePath(u"studio-requirements.txt"_s);
        QSaveFile file(requirementsFile);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(QString(requirements.join(u'\n') + u'\n').toUtf8()) < 0 || !file.commit())
            return fail(Error{EnvironmentManager::tr("Could not write %1.").arg(requirementsFile),
                              file.errorString()});
        QStringList pipArgs{u"-m"_s, u"pip"_s, u"install"_s, u"--disable-pip-version-check"_s,
                            u"--no-input"_s};
        pipArgs += spec.pipOptions;
        pipArgs += {u"-r"_s, requirementsFile};
        emitLine(logLine, u"$ "_s + python + u' ' + pipArgs.join(u' '));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"PYTHONUNBUFFERED"_s, u"1"_s);
        environment.insert(u"PIP_NO_INPUT"_s, u"1"_s);
        const ProcessOutcome pip = runProcess(python, pipArgs, 0, isCanceled, logLine, environment);
        if (pip.canceled)
            return fail(Error{EnvironmentManager::tr("Canceled while building environment %1.")
                                  .arg(shortHash(hash)),
                              {}});
        if (!pip.succeeded()) {
            QString reason;
            const QStringList lines = QString::fromUtf8(pip.out).split(u'\n');
            for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
                if (it->startsWith(u"ERROR:"_s)) {
                    reason = it->trimmed();
                    break;
                }
            }
            if (reason.isEmpty())
                reason = pip.startError.isEmpty()
                             ? EnvironmentManager::tr("exit code %1").arg(pip.exitCode)
                             : pip.startError;
            return fail(
                Error{EnvironmentManager::tr("Building environment %1 failed: pip install did not "
                                             "succeed: %2")
                          .arg(shortHash(hash), reason),
                      lastLines(pip.out, 30)});
        }
    }

    QJsonObject record{
        {u"hash"_s, hash},
        {u"python"_s, base->executable},
        {u"pythonVersion"_s, base->version},
        {u"requirements"_s, QJsonArray::fromStringList(requirements)},
        {u"pipOptions"_s, QJsonArray::fromStringList(spec.pipOptions)},
        {u"built"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    };
    QSaveFile markerFile(marker);
    if (!markerFile.open(QIODevice::WriteOnly)
        || markerFile.write(QJsonDocument(record).toJson()) < 0 || !markerFile.commit())
        return fail(Error{EnvironmentManager::tr("Could not write %1.").arg(marker),
                          markerFile.errorString()});

    const qint64 seconds = (clock.elapsed() + 500) / 1000;
    emitLine(logLine, EnvironmentManager::tr("Environment %1 is ready (built in %2 s).")
                          .arg(shortHash(hash))
                          .arg(seconds));
    PreparedEnvironment prepared;
    prepared.python = python;
    prepared.pathPrepend = {QDir(dir).filePath(u"bin"_s)};
    prepared.description = EnvironmentManager::tr("system-managed venv %1 (built; Python %2)")
                               .arg(shortHash(hash), base->version);
    return prepared;
}

Result<PreparedEnvironment> prepareContainer(const EnvironmentSpec &spec, const LogLine &logLine,
                                             const IsCanceled &isCanceled)
{
    const QString image = spec.image.trimmed();
    if (image.isEmpty())
        return Error{EnvironmentManager::tr("The environment is a container but names no image."),
                     {}};
    QStringList problems;
    QString engine;
    for (const QString &name : {u"docker"_s, u"podman"_s}) {
        const QString path = QStandardPaths::findExecutable(name);
        if (path.isEmpty())
            continue;
        const ProcessOutcome info = runProcess(path, {u"info"_s}, engineInfoTimeoutMs, isCanceled);
        if (info.canceled)
            return Error{EnvironmentManager::tr("Canceled."), {}};
        if (info.succeeded()) {
            engine = path;
            break;
        }
        QString why = firstLine(info.err);
        if (why.isEmpty())
            why = firstLine(info.out);
        if (info.timedOut) {
            problems.append(
                EnvironmentManager::tr("%1 is installed but does not answer within %2 s")
                    .arg(name)
                    .arg(engineInfoTimeoutMs / 1000));
        } else if (!info.started) {
            problems.append(EnvironmentManager::tr("%1 is installed but does not start: %2")
                                .arg(name, info.startError));
        } else if (name == u"docker"_s
                   && why.contains(u"permission denied"_s, Qt::CaseInsensitive)) {
            problems.append(
                EnvironmentManager::tr("docker is installed but this user may not use its "
                                       "daemon: %1")
                    .arg(why));
        } else if (name == u"docker"_s) {
            problems.append(
                EnvironmentManager::tr("docker is installed but its daemon is not running: %1")
                    .arg(why));
        } else {
            problems.append(
                EnvironmentManager::tr("%1 is installed but does not work: %2").arg(name, why));
        }
    }
    if (engine.isEmpty()) {
        if (problems.isEmpty()) {
            return Error{EnvironmentManager::tr(
                             "The environment's image %1 needs a container engine (docker "
                             "or podman); none is installed on this compute.")
                             .arg(image),
                         qEnvironmentVariable("PATH")};
        }
        return Error{
            EnvironmentManager::tr("The environment's image %1 needs a container engine: %2.")
                .arg(image, problems.join(u"; "_s)),
            {}};
    }
    const QString engineName = QFileInfo(engine).fileName();
    emitLine(logLine, EnvironmentManager::tr("Container engine: %1.").arg(engine));

    const ProcessOutcome present
        = runProcess(engine, {u"image"_s, u"inspect"_s, image}, engineInfoTimeoutMs, isCanceled);
    if (present.canceled)
        return Error{EnvironmentManager::tr("Canceled."), {}};
    if (!present.succeeded()) {
        emitLine(logLine, u"$ "_s + engineName + u" pull "_s + image);
        const ProcessOutcome pull = runProcess(engine, {u"pull"_s, image}, 0, isCanceled, logLine);
        if (pull.canceled)
            return Error{EnvironmentManager::tr("Canceled while pulling %1.").arg(image), {}};
        if (!pull.succeeded())
            return Error{EnvironmentManager::tr("Could not pull the image %1: %2")
                             .arg(image, lastLines(pull.out, 1)),
                         lastLines(pull.out, 20)};
    }

    PreparedEnvironment prepared;
    prepared.containerEngine = engine;
    prepared.image = image;
    const QString user
        = engineName == u"docker"_s ? u"%1:%2"_s.arg(::getuid()).arg(::getgid()) : QString();
    prepared.commandPrefix = {
        u"/bin/sh"_s, u"-c"_s, QString::fromUtf16(containerScript), u"studio-container"_s, engine,
        image,        user};
    prepared.description = EnvironmentManager::tr("container %1 (%2)").arg(image, engineName);
    return prepared;
}

} // namespace

Result<PreparedEnvironment> EnvironmentManager::prepare(const EnvironmentSpec &spec,
                                                        const LogLine &logLine,
                                                        const IsCanceled &isCanceled) const
{
    switch (spec.kind) {
    case EnvironmentSpec::Kind::Container:
        return prepareContainer(spec, logLine, isCanceled);
    case EnvironmentSpec::Kind::SystemManaged:
        return prepareSystemManaged(m_envsDir, spec, logLine, isCanceled);
    case EnvironmentSpec::Kind::UserManaged:
        break;
    }
    if (const auto preset = findCurated(spec.name))
        return prepareCurated(m_envsDir, spec, *preset, logLine, isCanceled);
    if (spec.name.startsWith(u"azureml:"_s, Qt::CaseInsensitive)) {
        QStringList known;
        for (const CuratedEnvironment &c : curated())
            known.append(c.name);
        return Error{tr("There is no curated environment \"%1\". Known: %2.")
                         .arg(spec.name, known.join(u", "_s)),
                     {}};
    }
    return prepareUserManaged(m_envsDir, spec, isCanceled);
}

} // namespace Studio
