#pragma once

#include "core/model/compute.h"
#include "core/util/result.h"

#include <QSqlDatabase>

namespace Studio::Test {

/// A plausible compute of `kind` (names follow the service's rules), for tests and benches.
ComputeRecord sampleCompute(ComputeKind kind, int index);

/// Inserts `computes` computes (spread over the four kinds) and `runs` runs (in one
/// experiment per 1,000 runs) in one transaction each. Runs go in with plain SQL: the run
/// store arrives with the run engine.
Result<void> seedWorkspace(QSqlDatabase db, int computes, int runs);

/// Makes a workspace in `dir` as if a Compute Studio of schema `version` had written it
/// (a future one, for the refusal tests). Returns false when that failed.
bool makeWorkspaceOfSchema(const QString &dir, int version);

/// Adds a sample compute named `name` to the workspace in `dir` from a process of its own
/// (studio-seed), as another Compute Studio or cstudio would. False when that failed.
bool addComputeFromAnotherProcess(const QString &dir, const QString &name, ComputeKind kind);

} // namespace Studio::Test
