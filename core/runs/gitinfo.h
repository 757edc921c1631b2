#pragma once

#include "runrecord.h"

#include <QString>

namespace Studio {

/// Where `directory` stands in git, for the run record: the remote "origin" URL (with any
/// password or http(s) token left out), the branch (empty on a detached HEAD), the commit
/// (empty before the first one) and whether the folder has uncommitted changes (`git status
/// --porcelain` of that folder, untracked files included, is not empty).
///
/// Runs the `git` executable found on PATH, blocking, each call within a time limit; call it
/// off the UI thread. Not a work tree, no git, or git failing -> `isRepository` is false.
GitInfo probeGitInfo(const QString &directory);

} // namespace Studio
