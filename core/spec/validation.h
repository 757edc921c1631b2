#pragma once

#include "computespec.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Studio {

/// One finding about a spec: which field (its YAML path, e.g. "max_instances" or
/// "ssh_settings.admin_password"; empty for the whole spec), what a person should know,
/// and whether it blocks (Error) or only informs (Warning).
struct ValidationIssue
{
    enum class Severity { Error, Warning };
    QString field;
    QString message;
    Severity severity = Severity::Error;

    bool isError() const { return severity == Severity::Error; }
    QJsonObject toJson() const; ///< {"field","message","severity":"error"|"warning"}
    friend bool operator==(const ValidationIssue &, const ValidationIssue &) = default;
};
using ValidationIssues = QList<ValidationIssue>;

bool hasErrors(const ValidationIssues &issues);
ValidationIssues issuesForField(const ValidationIssues &issues, const QString &field);
QJsonArray toJson(const ValidationIssues &issues);

/// What validation knows besides the spec itself.
struct ValidationContext
{
    /// Names already used in the workspace (compared case-insensitively): a warning on the
    /// form; Provider::create refuses them.
    QStringList existingNames;
    /// Sizes the spec's provider offers; when empty, sizes are not checked against a list
    /// (and the inference cluster's vCPU rule cannot be checked: a warning says so).
    QList<VmSize> sizes;
    /// Whether files named in the spec (private keys, certificates) must exist and be
    /// readable now. True for forms and `compute validate`; false when only the shape matters.
    bool checkFiles = true;
};

/// The one place every rule of the Compute pages lives (REQUIREMENTS.md §1). Forms,
/// `cstudio` and providers all call it, so the same words appear everywhere.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Studio::Validation)

public:
    /// Every issue of `spec`, in field order.
    static ValidationIssues validate(const ComputeSpec &spec, const ValidationContext &context);

    /// The name rules of `type` alone (instances and clusters 3–24, inference clusters
    /// 2–16, attached 2–16, …) plus the not-unique warning.
    static ValidationIssues validateName(SpecType type, const QString &name,
                                         const ValidationContext &context);

    /// Changes not allowed after creation (VM type, SSH access, size, type, provider).
    static ValidationIssues validateUpdate(const ComputeSpec &before, const ComputeSpec &after);

    /// The service's name pattern for instances and clusters.
    static QString managedNamePattern();
    /// Characters a Data Science VM name must not contain (§1.5).
    static QString forbiddenVmNameCharacters();
};

/// The capability matrix of §1: what each target can be used for.
enum class Workload { ScriptRun, DistributedRun, HyperparameterTuning, AutomatedMl, Pipeline };

struct Capabilities
{
    enum class Support { No, Yes, Maybe, Only };
    Support gpu = Support::No;
    Support hyperparameterTuning = Support::No;
    Support automatedMl = Support::No;
    Support pipelines = Support::No; ///< Only: usable in pipelines and nowhere else
    bool distributedRuns = false;
};

class CapabilityMatrix
{
    Q_DECLARE_TR_FUNCTIONS(Studio::CapabilityMatrix)

public:
    static Capabilities of(SpecType type);
    static Capabilities ofLocalMachine();
    /// Empty when `workload` may run on a target of `type`; else why not and what to use.
    static QString refusal(SpecType type, Workload workload);
    static QString localMachineRefusal(Workload workload);
};

} // namespace Studio
