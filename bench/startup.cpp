// Start-up benchmark: time from process start to the first painted main window, on a
// workspace seeded with 1,000 computes and 100,000 runs, next to a minimal Qt window that
// links the same libraries. Target: <= 2x the minimal window and <= 0.5 s.
//   bench_startup [--rounds N] [--keep DIR]
#include "../tests/support/seed.h"
#include "core/store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

double timeToFirstPaint(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return -1;
    QByteArray out;
    while (!out.contains("first-paint")) {
        if (!p.waitForReadyRead(20000))
            break;
        out += p.readAllStandardOutput();
    }
    const double ms = timer.nsecsElapsed() / 1e6;
    p.waitForFinished(10000);
    if (!out.contains("first-paint")) {
        std::fprintf(stderr, "%s did not paint: %s\n", qPrintable(program),
                     p.readAllStandardError().constData());
        return -1;
    }
    return ms;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rounds
        = args.contains(u"--rounds"_s) ? args.value(args.indexOf(u"--rounds"_s) + 1).toInt() : 7;
    const QString binDir = QCoreApplication::applicationDirPath();

    QTemporaryDir tmp;
    const QString dir = args.contains(u"--keep"_s) ? args.value(args.indexOf(u"--keep"_s) + 1)
                                                   : tmp.filePath(u"ws"_s);
    QElapsedTimer seedTimer;
    seedTimer.start();
    {
        auto ws = Studio::Workspace::open(dir);
        if (!ws) {
            std::fprintf(stderr, "%s\n", qPrintable(ws.error().fullText()));
            return 1;
        }
        const Studio::Workspace::Connection c(ws.value()->databasePath());
        if (auto r = Studio::Test::seedWorkspace(c.database(), 1000, 100000); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().fullText()));
            return 1;
        }
    }
    std::printf("workspace: 1000 computes, 100000 runs (seeded in %.1f s)\n",
                seedTimer.elapsed() / 1000.0);
    std::printf("platform: %s, rounds: %d (median reported)\n",
                qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
                    ? "xcb"
                    : qgetenv("QT_QPA_PLATFORM").constData(),
                rounds);

    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit()); // no remembered state between rounds
    const QString studio = binDir + u"/computestudio"_s;
    const QString minimal = binDir + u"/bench_minimal_window"_s;
    // Warm the page cache for both, then alternate so drift hits both alike.
    timeToFirstPaint(studio, {u"--workspace"_s, dir, u"--exit-after-first-paint"_s});
    timeToFirstPaint(minimal, {});
    QList<double> studioMs, minimalMs;
    for (int i = 0; i < rounds; ++i) {
        studioMs.append(
            timeToFirstPaint(studio, {u"--workspace"_s, dir, u"--exit-after-first-paint"_s}));
        minimalMs.append(timeToFirstPaint(minimal, {}));
    }
    const double s = median(studioMs);
    const double m = median(minimalMs);
    std::printf("%-42s %8.1f ms\n", "minimal Qt window (baseline)", m);
    std::printf("%-42s %8.1f ms\n", "computestudio, first painted main window", s);
    std::printf("%-42s %8.2fx   (target <= 2.00x: %s)\n", "ratio studio / baseline", s / m,
                s / m <= 2.0 ? "met" : "MISSED");
    std::printf("%-42s %8.3f s   (target <= 0.500 s: %s)\n", "absolute", s / 1000.0,
                s <= 500 ? "met" : "MISSED");
    return 0;
}
