// studio-agent: the local agent of a workspace (see core/runs/localagent.h), and the small
// "shim" each run process is started through (`studio-agent --exec …`).

#include "core/runs/localagent.h"
#include "core/util/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <signal.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

int signalPipe[2] = {-1, -1};

void onTerminate(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(signalPipe[1], &byte, 1);
}

/// `--exec --status FILE --log FILE --cwd DIR --nice N -- PROGRAM ARGS…`
/// Starts PROGRAM in a session of its own (so the agent can kill all it starts), output
/// appended to the log file, waits for it and writes its exit status to FILE atomically.
/// No Qt here: it must be small, and it must survive the agent.
int runShim(int argc, char **argv)
{
    std::string statusFile, logFile, cwd;
    int niceness = 0;
    int i = 2;
    for (; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--")
            break;
        if (i + 1 >= argc)
            return 127;
        if (arg == "--status")
            statusFile = argv[++i];
        else if (arg == "--log")
            logFile = argv[++i];
        else if (arg == "--cwd")
            cwd = argv[++i];
        else if (arg == "--nice")
            niceness = std::atoi(argv[++i]);
        else
            return 127;
    }
    if (i + 1 >= argc || statusFile.empty())
        return 127;
    char **command = argv + i + 1;

    ::setsid();
    const int log
        = logFile.empty() ? -1 : ::open(logFile.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    const int null = ::open("/dev/null", O_RDONLY);
    if (null >= 0) {
        ::dup2(null, STDIN_FILENO);
        ::close(null);
    }
    if (log >= 0) {
        ::dup2(log, STDOUT_FILENO);
        ::dup2(log, STDERR_FILENO);
        ::close(log);
    }
    // The shim outlives a polite stop of its session, to write the status down.
    ::signal(SIGTERM, SIG_IGN);
    ::signal(SIGINT, SIG_IGN);
    ::signal(SIGHUP, SIG_IGN);

    const pid_t child = ::fork();
    if (child < 0)
        return 127;
    if (child == 0) {
        ::signal(SIGTERM, SIG_DFL);
        ::signal(SIGINT, SIG_DFL);
        ::signal(SIGHUP, SIG_DFL);
        ::signal(SIGPIPE, SIG_DFL);
        if (niceness > 0)
            ::setpriority(PRIO_PROCESS, 0, niceness);
        if (!cwd.empty() && ::chdir(cwd.c_str()) != 0) {
            std::fprintf(stderr, "studio-agent: cannot enter %s: %s\n", cwd.c_str(),
                         std::strerror(errno));
            ::_exit(127);
        }
        ::execvp(command[0], command);
        std::fprintf(stderr, "studio-agent: cannot start %s: %s\n", command[0],
                     std::strerror(errno));
        ::_exit(127);
    }
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    std::string json;
    if (WIFEXITED(status))
        json = "{\"pid\": " + std::to_string(child)
               + ", \"exit_code\": " + std::to_string(WEXITSTATUS(status)) + "}\n";
    else if (WIFSIGNALED(status))
        json = "{\"pid\": " + std::to_string(child)
               + ", \"signal\": " + std::to_string(WTERMSIG(status)) + "}\n";
    else
        json = "{\"pid\": " + std::to_string(child) + "}\n";
    const std::string tmp = statusFile + ".tmp";
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
        const ssize_t written = ::write(fd, json.data(), json.size());
        ::fsync(fd);
        ::close(fd);
        if (written == ssize_t(json.size()))
            ::rename(tmp.c_str(), statusFile.c_str());
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], "--exec") == 0)
        return runShim(argc, argv);

    // Not part of the terminal's or the parent's session: closing them does not stop runs.
    ::setsid();
    ::signal(SIGPIPE, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"studio-agent"_s);
    QCoreApplication::setOrganizationName(u"ComputeStudio"_s);
    Studio::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Runs the local runs of a Compute Studio workspace."));
    parser.addHelpOption();
    const QCommandLineOption workspace(
        u"workspace"_s, QCoreApplication::translate("main", "The workspace folder."), u"dir"_s);
    const QCommandLineOption idle(
        u"idle-exit"_s,
        QCoreApplication::translate("main",
                                    "Seconds with nothing to do before exiting (0: never)."),
        u"seconds"_s, qEnvironmentVariable("STUDIO_AGENT_IDLE_SECONDS", u"5"_s));
    parser.addOption(workspace);
    parser.addOption(idle);
    parser.process(app);
    if (!parser.isSet(workspace)) {
        std::fprintf(stderr, "studio-agent: --workspace is required\n");
        return 2;
    }
    Studio::LocalAgent agent(QDir(parser.value(workspace)).absolutePath(),
                             QCoreApplication::applicationFilePath());
    agent.setIdleExitSeconds(parser.value(idle).toInt());
    QObject::connect(&agent, &Studio::LocalAgent::idle, &app, &QCoreApplication::quit);
    // SIGTERM and SIGINT end the agent cleanly (its lock released); runs go on without it
    // and the next agent reattaches them.
    if (::pipe(signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        struct sigaction action = {};
        action.sa_handler = onTerminate;
        ::sigaction(SIGTERM, &action, nullptr);
        ::sigaction(SIGINT, &action, nullptr);
    }
    if (auto started = agent.start(); !started) {
        std::fprintf(stderr, "studio-agent: %s\n", qPrintable(started.error().fullText()));
        return 1;
    }
    return app.exec();
}
