#pragma once

#include "../util/result.h"
#include "computespec.h"
#include "validation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace Studio {

/// Compute specs as YAML (the Azure ML CLI v2 compute schema where it has the type, the same
/// style for the rest: docs/compute-yaml.md) and as the JSON kept in the workspace.
class SpecYaml
{
    Q_DECLARE_TR_FUNCTIONS(Studio::SpecYaml)

public:
    /// Parses one spec. Syntax errors and a missing or unknown `type` fail; unknown keys and
    /// values of the wrong kind are added to `issues` as errors with their field path.
    static Result<ComputeSpec> parse(const QByteArray &yaml, ValidationIssues *issues);
    static Result<ComputeSpec> parseFile(const QString &path, ValidationIssues *issues);

    enum class Secrets {
        Omit,   ///< a comment says the secret is kept in the keychain (files, View YAML)
        Include ///< in-memory round trips only; never written to disk
    };
    /// Writes the spec in a stable key order: every setting of its type, optional strings
    /// and sections only when set. parse(write(spec)) == spec (with Secrets::Include).
    static QByteArray write(const ComputeSpec &spec, Secrets secrets = Secrets::Omit);

    /// The spec as stored in the workspace's `computes.spec` column: the same keys as the
    /// YAML, secrets replaced by their keychain keys (`…_keychain_key`), never their values.
    static QJsonObject toStoredJson(const ComputeSpec &spec);
    static Result<ComputeSpec> fromStoredJson(const QJsonObject &json);
};

} // namespace Studio
