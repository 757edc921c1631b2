#pragma once

#include <QStringList>

QT_BEGIN_NAMESPACE
class QTextStream;
QT_END_NAMESPACE

namespace Studio::Cli {

/// Exit codes of cstudio, as `az ml` users expect them.
enum ExitCode { Ok = 0, UserError = 1, UsageError = 2, BackendError = 3 };

/// Runs one cstudio command line (arguments without the program name), writing results to
/// `out` and errors to `err`. Needs a QCoreApplication.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Studio::Cli
