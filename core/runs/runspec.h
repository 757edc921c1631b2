#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Studio {

/// How the environment a run executes in is made (REQUIREMENTS §2, seed 003).
struct EnvironmentSpec
{
    enum class Kind {
        UserManaged,   ///< an interpreter as is: `interpreter`, or the system Python
        SystemManaged, ///< a venv built from `requirements` / `conda` (pip section), reused per
                       ///< spec hash
        Container,     ///< a container image: needs docker or podman on the compute
    };
    Kind kind = Kind::UserManaged;
    /// The name the user gave: "azureml:NAME@latest" (curated preset), a name of their own,
    /// or empty (an anonymous inline environment).
    QString name;
    QString
        interpreter; ///< user-managed: the interpreter's path or command name; empty: system Python
    QString requirements; ///< system-managed: requirements.txt text (captured at submit)
    QString
        conda; ///< system-managed: conda YAML text (captured at submit); its pip section is used
    QString image;          ///< container: the image reference
    QStringList pipOptions; ///< extra pip options (e.g. --no-index --find-links DIR)

    QJsonObject toJson() const;
    static EnvironmentSpec fromJson(const QJsonObject &json);
    friend bool operator==(const EnvironmentSpec &, const EnvironmentSpec &) = default;
};

/// A run's distributed configuration (`distribution:` + `resources.instance_count`).
struct DistributionSpec
{
    QString type; ///< "", "pytorch", "mpi" or "tensorflow"
    int processCountPerInstance = 1;
    int instanceCount = 1; ///< nodes

    bool isDistributed() const { return instanceCount > 1 || processCountPerInstance > 1; }
    int worldSize() const { return instanceCount * processCountPerInstance; }
    friend bool operator==(const DistributionSpec &, const DistributionSpec &) = default;
};

/// One input of a command job: a literal, or a local file or folder.
struct JobInput
{
    enum class Kind { Literal, UriFile, UriFolder };
    Kind kind = Kind::Literal;
    QString value; ///< the literal, or the absolute path
    friend bool operator==(const JobInput &, const JobInput &) = default;
};

/// A run request: the seed's script run configuration, as Azure ML CLI v2 command jobs
/// spell it. The same RunSpec runs on the local machine, a compute instance or a cluster.
struct RunSpec
{
    QString sourceDirectory; ///< absolute; snapshotted at submit (`code:`)
    QString command;         ///< shell command, `${{inputs.x}}` already substituted
    QString compute = QStringLiteral("local");
    EnvironmentSpec environment;
    QMap<QString, QString> environmentVariables;
    QMap<QString, JobInput> inputs;
    QStringList outputs; ///< declared output names (written under outputs/<name>)
    DistributionSpec distribution;
    std::optional<qint64> maxRunDurationSeconds; ///< `limits.timeout`
    QString experimentName = QStringLiteral("Default");
    QString displayName;
    QString description;
    QMap<QString, QString> tags;
    bool lowPriority = false; ///< `queue_settings.job_tier: spot|low`; lower OS priority

    QJsonObject toJson() const;
    static RunSpec fromJson(const QJsonObject &json);
    friend bool operator==(const RunSpec &, const RunSpec &) = default;
};

} // namespace Studio
