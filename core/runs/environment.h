#pragma once

#include "../util/result.h"
#include "runspec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Studio {

/// What a run executes in, once its EnvironmentSpec has been made real on the compute.
struct PreparedEnvironment
{
    /// Absolute path of the interpreter runs use ("python" in commands resolves to it);
    /// empty for a container (the image's own Python).
    QString python;
    /// Folders to put first on PATH: they hold `python` and `python3` resolving to `python`
    /// (a venv's bin/, or a folder of small shims).
    QStringList pathPrepend;
    /// Container only: the program and arguments the run's `/bin/sh -c COMMAND` follows.
    /// It is a `/bin/sh -c` wrapper that runs `ENGINE run --rm …` with the current folder
    /// (the run's working folder) mounted at the same path and used as the working folder,
    /// the host's network, existing absolute AZURE_ML_INPUT_* paths mounted read-only, and
    /// these variables forwarded: PYTHONUNBUFFERED, MLFLOW_*, AZUREML_*, AZURE_ML_*, the
    /// distributed ones (RANK, WORLD_SIZE, MASTER_ADDR, …, OMPI_COMM_WORLD_*) and those named,
    /// space-separated, in STUDIO_CONTAINER_ENV (the run engine sets it to the run's own).
    QStringList commandPrefix;
    QString description; ///< for people: "user-managed: /usr/bin/python3 (Python 3.11.2)"
    bool reused = false; ///< system-managed: an environment built earlier was reused

    QString containerEngine; ///< container: absolute path of docker or podman
    QString image;           ///< container: the image reference
};

/// A preset the studio ships for a curated Azure ML environment name. Locally it is not an
/// image: it is a promise that the interpreter runs use can import `modules`.
struct CuratedEnvironment
{
    QString name;        ///< as Azure ML spells it, without "azureml:" and version
    QString description; ///< what it provides, for people
    QStringList modules; ///< Python modules it provides (import names), beyond the standard library
    QString pythonVersionHint; ///< the Python the Azure image has ("3.8"); informational
};

/// Makes environments real on the local machine (REQUIREMENTS §2):
/// - user-managed: the given interpreter, or the system Python, as is;
/// - curated (`azureml:NAME@latest`): the first interpreter found that imports what the
///   preset provides;
/// - system-managed: a venv built from requirements.txt / a conda file's pip section, once per
///   spec hash under envsDir, and reused;
/// - container: checks a container engine is there and answers, and pulls the image.
///
/// prepare() blocks (processes run); call it from a worker thread. Instances are cheap; the
/// interpreter probe cache is shared by all of them and thread-safe, and builds of the same
/// environment by several threads or processes wait for one another (a lock file).
class EnvironmentManager final
{
    Q_DECLARE_TR_FUNCTIONS(Studio::EnvironmentManager)
    Q_DISABLE_COPY_MOVE(EnvironmentManager)

public:
    explicit EnvironmentManager(QString envsDir);

    /// The curated presets the studio ships.
    static QList<CuratedEnvironment> curated();
    /// Accepts "azureml:NAME@latest", "azureml:NAME:VERSION", "NAME@latest", "NAME"
    /// (case-insensitive).
    static std::optional<CuratedEnvironment> findCurated(const QString &name);

    /// Blocking. logLine gets what the studio does and build output, one line at a time;
    /// isCanceled is polled while processes run (a canceled build leaves nothing behind).
    Result<PreparedEnvironment> prepare(const EnvironmentSpec &spec,
                                        const std::function<void(const QString &line)> &logLine
                                        = {},
                                        const std::function<bool()> &isCanceled = {}) const;

    /// STUDIO_PYTHON when set, else `python3` on PATH, else `python` on PATH: an absolute path.
    static Result<QString> systemPython();

    /// The interpreters a curated preset tries, in order: STUDIO_PYTHON, every `python3` on
    /// PATH in PATH order, then every `python3.X` on PATH (newest first within a folder);
    /// one entry per distinct file.
    static QStringList candidateInterpreters();

    /// The container command for a run in `workDir` with `variables` forwarded by name:
    /// `ENGINE run --rm --network host -v WORK:WORK -w WORK [--user UID:GID] -e VAR… IMAGE`.
    static QStringList containerCommand(const QString &engine, const QString &image,
                                        const QString &workDir, const QStringList &variables);

    /// The folder where system-managed environments live.
    QString envsDir() const { return m_envsDir; }

private:
    QString m_envsDir;
};

} // namespace Studio
