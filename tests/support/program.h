#pragma once

#include "testsupport.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace Studio::Test {

/// What a program run by a test printed and returned.
struct Output
{
    int exitCode = -1; ///< -1 when it crashed or timed out
    QByteArray out;
    QByteArray err;
};

/// Runs a program this project built, offscreen, in `locale`, with `input` on its stdin.
inline Output runProgram(const char *program, const QStringList &args,
                         const QString &locale = QStringLiteral("C.UTF-8"),
                         const QProcessEnvironment &extraEnvironment = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), locale);
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const QString &key : extraEnvironment.keys())
        env.insert(key, extraEnvironment.value(key));
    p.setProcessEnvironment(env);
    p.start(builtProgram(program), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace Studio::Test
