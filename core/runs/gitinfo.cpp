#include "gitinfo.h"

#include "../util/logging.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Studio {

namespace {

constexpr int gitTimeoutMs = 30'000;

struct GitOutput
{
    bool ok = false;
    QByteArray out;
};

GitOutput runGit(const QString &git, const QString &directory, const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C"_s);
    env.insert(u"GIT_OPTIONAL_LOCKS"_s, u"0"_s); // status must not take the index lock
    env.insert(u"GIT_TERMINAL_PROMPT"_s, u"0"_s);
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(directory);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(git, args);
    if (!process.waitForStarted(gitTimeoutMs)) {
        qCWarning(lcSnapshot) << "cannot start git:" << process.errorString();
        return {};
    }
    if (!process.waitForFinished(gitTimeoutMs)) {
        qCWarning(lcSnapshot) << "git" << args << "in" << directory << "did not finish within"
                              << gitTimeoutMs / 1000 << "s";
        process.kill();
        process.waitForFinished();
        return {};
    }
    const bool ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!ok) {
        qCDebug(lcSnapshot) << "git" << args << "in" << directory
                            << "failed:" << process.readAllStandardError().trimmed();
    }
    return {ok, process.readAllStandardOutput()};
}

/// The URL without secrets: no password, and no user at all for http(s), where the "user"
/// is often a token.
QString withoutCredentials(const QString &url)
{
    QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme().isEmpty() || parsed.host().isEmpty())
        return url; // scp-like "git@host:path" or a local path
    const bool http = parsed.scheme() == u"http" || parsed.scheme() == u"https";
    if (http)
        parsed.setUserInfo({});
    else
        parsed.setPassword({});
    return parsed.toString();
}

} // namespace

GitInfo probeGitInfo(const QString &directory)
{
    GitInfo info;
    const QString git = QStandardPaths::findExecutable(u"git"_s);
    if (git.isEmpty()) {
        qCDebug(lcSnapshot) << "no git on PATH";
        return info;
    }
    // One call tells the commit, the branch and the changes (of this folder).
    const GitOutput status
        = runGit(git, directory,
                 {u"status"_s, u"--porcelain=v2"_s, u"--branch"_s, u"--untracked-files=normal"_s,
                  u"--ignore-submodules=none"_s, u"--"_s, u"."_s});
    if (!status.ok)
        return info;
    info.isRepository = true;
    for (const QByteArray &line : status.out.split('\n')) {
        if (line.startsWith("# branch.oid ")) {
            const QByteArray oid = line.mid(13).trimmed();
            if (oid != "(initial)")
                info.commit = QString::fromLatin1(oid);
        } else if (line.startsWith("# branch.head ")) {
            const QByteArray head = line.mid(14).trimmed();
            if (head != "(detached)")
                info.branch = QString::fromUtf8(head);
        } else if (!line.isEmpty() && !line.startsWith('#')) {
            info.dirty = true;
        }
    }
    const GitOutput origin
        = runGit(git, directory, {u"config"_s, u"--get"_s, u"remote.origin.url"_s});
    if (origin.ok)
        info.repositoryUrl = withoutCredentials(QString::fromUtf8(origin.out.trimmed()));
    return info;
}

} // namespace Studio
