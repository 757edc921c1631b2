#pragma once

#include "../spec/validation.h"
#include "runspec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Studio {

/// A parsed command job: the run it asks for, and the job's optional `name:`.
struct JobYamlResult
{
    RunSpec spec;
    QString name; ///< `name:` (the run's name); empty: the engine picks one
};

/// Azure ML CLI v2 command jobs (`type: command`) as YAML: docs/job-yaml.md.
class JobYaml
{
    Q_DECLARE_TR_FUNCTIONS(Studio::JobYaml)

public:
    /// Reads a job file. Relative paths in it (`code`, input paths, `conda_file`, …) resolve
    /// against the file's folder, as `az ml job create -f` does.
    static std::optional<JobYamlResult> parseFile(const QString &path, const QStringList &overrides,
                                                  QList<ValidationIssue> *issues);

    /// Parses job YAML text. `overrides` are `--set` arguments (`key.sub=value`, the value
    /// read as YAML) applied before reading. Every problem found is added to `issues` (field
    /// path, "Line N: …" or "--set …: …"), in file order; returns nothing when any of them is
    /// an error. Local files named by the job (conda and requirements files) are read now:
    /// the spec holds their text.
    static std::optional<JobYamlResult> parse(const QByteArray &text, const QString &baseDir,
                                              const QStringList &overrides,
                                              QList<ValidationIssue> *issues);

    /// The job as YAML that parse() reads back to the same spec and name (View YAML). The
    /// command is written as submitted, with its inputs already substituted; captured
    /// environment files are written as text (`studio_conda`, `studio_requirements`).
    static QByteArray write(const RunSpec &spec, const QString &name = {});

    /// The `$schema` written at the top of job files.
    static QString schemaUrl();
};

} // namespace Studio
