// Submit → process started: how long from RunEngine::submit() until the run's script runs,
// against the baseline of starting the same interpreter directly with QProcess.
//
// Both sides measure until the script's first line has written the wall-clock time, so
// Python's own start-up is in both. "Cold" includes starting the local agent; "warm" has
// it running already.

#include "core/runs/runs.h"
#include "core/store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <signal.h>

using namespace Qt::StringLiterals;
using namespace Studio;

namespace {

const char script[] = "import time, sys\n"
                      "open(sys.argv[1], 'w').write(repr(time.time()))\n";

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double waitForStamp(const QString &path)
{
    for (int i = 0; i < 60000; ++i) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray text = f.readAll();
            bool ok = false;
            const double t = text.toDouble(&ok);
            if (ok)
                return t;
        }
        QThread::usleep(500);
    }
    return -1;
}

double now()
{
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    // The interpreter users have: python3 from PATH (resolved, not hard-coded).
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty()) {
        std::fprintf(stderr, "bench_submit: no python3 on PATH\n");
        return 1;
    }
    QTemporaryDir tmp;
    const QString ws = tmp.filePath(u"ws"_s);
    const QString src = tmp.filePath(u"src"_s);
    QDir().mkpath(src);
    {
        QFile f(src + u"/stamp.py"_s);
        f.open(QIODevice::WriteOnly);
        f.write(script);
    }
    {
        auto opened = Workspace::open(ws);
        if (!opened) {
            std::fprintf(stderr, "bench_submit: %s\n", qPrintable(opened.error().fullText()));
            return 1;
        }
    }
    const int rounds = 10;

    // Baseline: the interpreter started directly.
    QList<double> direct;
    for (int i = 0; i < rounds; ++i) {
        const QString stamp = tmp.filePath(u"direct%1"_s.arg(i));
        const double t0 = now();
        QProcess p;
        p.start(python, {src + u"/stamp.py"_s, stamp});
        const double t1 = waitForStamp(stamp);
        p.waitForFinished();
        direct.append((t1 - t0) * 1000.0);
    }

    const RunEngine engine(ws);
    auto submitOnce = [&](int i, double *total) -> bool {
        const QString stamp = tmp.filePath(u"run%1"_s.arg(i));
        RunSpec spec;
        spec.sourceDirectory = src;
        spec.command = u"python stamp.py "_s + stamp;
        spec.environment.interpreter = python;
        const double t0 = now();
        auto run = engine.submit(spec);
        if (!run) {
            std::fprintf(stderr, "bench_submit: %s\n", qPrintable(run.error().fullText()));
            return false;
        }
        const double t1 = waitForStamp(stamp);
        *total = (t1 - t0) * 1000.0;
        return t1 > 0;
    };

    double cold = 0;
    if (!submitOnce(0, &cold))
        return 1;
    QList<double> warm;
    for (int i = 1; i <= rounds; ++i) {
        double ms = 0;
        if (!submitOnce(i, &ms))
            return 1;
        warm.append(ms);
    }
    const double base = median(direct);
    std::printf("bench_submit: submit → script running (median of %d, ms)\n", rounds);
    std::printf("  baseline: %s started directly          %8.1f ms\n", qPrintable(python), base);
    std::printf("  submit, agent already running (warm)        %8.1f ms   %.2fx baseline\n",
                median(warm), median(warm) / base);
    std::printf("  submit, agent started on demand (cold, 1×)  %8.1f ms   %.2fx baseline\n", cold,
                cold / base);

    const qint64 agent = QJsonDocument::fromJson([&] {
                             QFile f(ws + u"/agent.json"_s);
                             f.open(QIODevice::ReadOnly);
                             return f.readAll();
                         }())
                             .object()
                             .value(u"pid"_s)
                             .toInteger();
    if (agent > 0)
        ::kill(pid_t(agent), SIGTERM);
    return 0;
}
