#pragma once

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <signal.h>

namespace Studio::Test {

/// The pids of every studio-agent started for `workspacePath` (from /proc/*/cmdline): the
/// one that runs it and any that wait for its lock.
inline QList<qint64> agentsOf(const QString &workspacePath)
{
    const QByteArray wanted = QDir(workspacePath).absolutePath().toLocal8Bit();
    QList<qint64> pids;
    QDirIterator it(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        it.next();
        bool ok = false;
        const qint64 pid = it.fileName().toLongLong(&ok);
        if (!ok)
            continue;
        QFile cmdline(it.filePath() + QStringLiteral("/cmdline"));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> args = cmdline.readAll().split('\0');
        if (args.isEmpty() || !args.first().endsWith("studio-agent"))
            continue;
        for (qsizetype i = 1; i + 1 < args.size(); ++i) {
            if (args.at(i) == "--workspace" && args.at(i + 1) == wanted)
                pids.append(pid);
        }
    }
    return pids;
}

/// Stops every agent of the workspace (SIGTERM: they exit cleanly) and waits for them, so a
/// test's temporary workspace is not deleted under a running agent.
inline void stopAgents(const QString &workspacePath)
{
    for (int round = 0; round < 3; ++round) {
        const QList<qint64> pids = agentsOf(workspacePath);
        if (pids.isEmpty())
            return;
        for (qint64 pid : pids)
            ::kill(pid_t(pid), SIGTERM);
        QDeadlineTimer deadline(10000);
        while (!agentsOf(workspacePath).isEmpty() && !deadline.hasExpired())
            QTest::qWait(20);
    }
}

/// Kills what is left of the runs of the workspace (a failed test may leave scripts waiting):
/// every session a run's shim started (runs/<name>/processes/<rank>.json).
inline void killRunProcesses(const QString &workspacePath)
{
    QDirIterator it(workspacePath + QStringLiteral("/runs"), {QStringLiteral("*.json")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (!file.contains(QStringLiteral("/processes/")))
            continue;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = f.readAll();
        const qsizetype at = text.indexOf("\"pid\"");
        if (at < 0)
            continue;
        const qsizetype colon = text.indexOf(':', at);
        const qint64 pid
            = text.mid(colon + 1, 16).trimmed().split(',').first().trimmed().toLongLong();
        if (pid > 1)
            ::kill(-pid_t(pid), SIGKILL);
    }
}

} // namespace Studio::Test
