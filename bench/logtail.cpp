// bench_logtail: opening the end of a big log.
//
// Writes a real 5 GB text log (not sparse: every byte is log text) into a temporary folder,
// then times LogFile::lastLines(path, 1000) next to `tail -n 1000 FILE > /dev/null`:
// the first run of each with the file's pages dropped from the page cache (as when a
// person opens yesterday's log), then the median of warm runs. `tail` runs as a process, so
// the time to start /bin/true is printed too: that much of tail's time is not reading.
//
//     bench_logtail [SIZE_MB]     (default 5000; smaller when the disk has less than 10 GB free)

#include "core/runs/logfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Studio::LogFile;

namespace {

constexpr int lineCount = 1000;
constexpr int coldRuns = 7;
constexpr int warmRuns = 15;
constexpr qint64 mb = 1000 * 1000;

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

/// Drops the file's pages from the page cache (they are clean after fdatasync), so the next
/// read comes from the disk.
bool dropFromCache(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    ::fdatasync(fd);
    const bool ok = ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) == 0;
    ::close(fd);
    return ok;
}

/// 16 MiB of training-log lines (steps, losses, a warning now and then), repeated to size.
QByteArray logBlock()
{
    QByteArray block;
    block.reserve(17 << 20);
    for (int i = 0; block.size() < (16 << 20); ++i) {
        block += "2024-05-01T12:";
        block += QByteArray::number(10 + i % 50) + ':' + QByteArray::number(10 + i % 47);
        if (i % 97 == 0) {
            block += " WARNING dataloader worker " + QByteArray::number(i % 8)
                     + " is slow; consider num_workers=" + QByteArray::number(4 + i % 4) + '\n';
        } else {
            block += " INFO epoch=" + QByteArray::number(i / 5000)
                     + " step=" + QByteArray::number(i)
                     + " loss=" + QByteArray::number(2.0 / (1 + i % 997), 'f', 5) + " lr=0.000"
                     + QByteArray::number(100 + i % 900)
                     + " throughput=" + QByteArray::number(1000 + i % 373) + " samples/s\n";
        }
    }
    return block;
}

qint64 timeTail(const QString &path)
{
    QProcess tail;
    tail.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    tail.start(u"tail"_s, {u"-n"_s, QString::number(lineCount), path});
    if (!tail.waitForFinished(120000) || tail.exitCode() != 0)
        return -1;
    return timer.nsecsElapsed();
}

qint64 timeTrue()
{
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(u"/bin/true"_s, {});
    p.waitForFinished();
    return timer.nsecsElapsed();
}

qint64 timeOurs(const QString &path, const QString &expectedLast)
{
    QElapsedTimer timer;
    timer.start();
    const Studio::Result<LogFile::Tail> tail = LogFile::lastLines(path, lineCount);
    const qint64 elapsed = timer.nsecsElapsed();
    if (!tail || tail->lines.size() != lineCount || tail->lines.last() != expectedLast) {
        std::fprintf(stderr, "lastLines gave the wrong lines: %s\n",
                     tail ? qPrintable(tail->lines.value(tail->lines.size() - 1))
                          : qPrintable(tail.error().fullText()));
        return -1;
    }
    return elapsed;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 size = 5000 * mb;
    if (argc > 1)
        size = QByteArray(argv[1]).toLongLong() * mb;

    QTemporaryDir dir(QDir::tempPath() + u"/bench_logtail-XXXXXX"_s);
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot make a temporary folder in %s\n",
                     qPrintable(QDir::tempPath()));
        return 1;
    }
    const QString path = dir.filePath(u"run.log"_s);
    const QStorageInfo storage(dir.path());
    const qint64 available = storage.bytesAvailable();
    std::printf("bench_logtail: the last %d lines of a big log\n", lineCount);
    std::printf("  folder %s on %s: %.1f GB free\n", qPrintable(dir.path()),
                qPrintable(storage.rootPath()), double(available) / 1e9);
    if (available < 10 * 1000 * mb) {
        const qint64 smaller = std::max<qint64>(100 * mb, (available / 4) / mb * mb);
        if (smaller < size) {
            std::printf("  LESS THAN 10 GB FREE: using a %.2f GB log instead of %.2f GB\n",
                        double(smaller) / 1e9, double(size) / 1e9);
            size = smaller;
        }
    }

    // Write it: large repeated buffers, then the distinct last lines the check looks for.
    QStringList expectedLines;
    {
        const QByteArray block = logBlock();
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(path),
                         qPrintable(file.errorString()));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        QByteArray last;
        for (int i = 0; i < 2 * lineCount; ++i)
            last += "final " + QByteArray::number(i) + " accuracy=0.9" + QByteArray::number(i % 10)
                    + '\n';
        qint64 written = 0;
        while (written + block.size() + last.size() <= size) {
            if (file.write(block) != block.size()) {
                std::fprintf(stderr, "write failed: %s\n", qPrintable(file.errorString()));
                return 1;
            }
            written += block.size();
        }
        const QByteArray rest = block.left(size - written - last.size());
        file.write(rest.left(rest.lastIndexOf('\n') + 1));
        file.write(last);
        file.close();
        std::printf("  wrote %.2f GB of log text in %.1f s\n", double(QFileInfo(path).size()) / 1e9,
                    double(timer.elapsed()) / 1000);
    }
    const QString expectedLast = u"final "_s + QString::number(2 * lineCount - 1)
                                 + u" accuracy=0.9"_s + QString::number((2 * lineCount - 1) % 10);

    // Cold: the file's pages dropped from the page cache before every run (as when a person
    // opens yesterday's log); warm: straight after. The two alternate so that a noisy
    // neighbour hurts both alike.
    QList<double> oursCold, tailCold, ours, tail, spawn;
    bool dropped = true;
    for (int i = 0; i < coldRuns; ++i) {
        dropped = dropFromCache(path) && dropped;
        const qint64 o = timeOurs(path, expectedLast);
        dropFromCache(path);
        const qint64 t = timeTail(path);
        if (o < 0 || t < 0) {
            std::fprintf(stderr, "a run failed (is `tail` on PATH?)\n");
            return 1;
        }
        oursCold.append(ms(o));
        tailCold.append(ms(t));
    }
    for (int i = 0; i < warmRuns; ++i) {
        const qint64 o = timeOurs(path, expectedLast);
        const qint64 t = timeTail(path);
        if (o < 0 || t < 0)
            return 1;
        ours.append(ms(o));
        tail.append(ms(t));
        spawn.append(ms(timeTrue()));
    }

    std::printf("\n  %-42s %11s %11s %11s\n", "", "first cold", "cold median", "warm median");
    const auto row = [](const char *what, const QList<double> &cold, const QList<double> &warm) {
        std::printf("  %-42s %8.2f ms %8.2f ms %8.2f ms\n", what, cold.first(), median(cold),
                    median(warm));
    };
    row("LogFile::lastLines(path, 1000)", oursCold, ours);
    row("tail -n 1000 FILE > /dev/null (QProcess)", tailCold, tail);
    std::printf("  %-42s %11s %11s %8.2f ms\n", "  for scale: starting /bin/true (QProcess)", "",
                "", median(spawn));
    if (!dropped)
        std::printf("  (the page cache could not be dropped: the cold runs are warm)\n");
    std::printf(
        "\n  ratio lastLines / tail: cold median %.2f, warm median %.2f (below 1: faster)\n",
        median(oursCold) / median(tailCold), median(ours) / median(tail));
    std::printf("  (%d cold and %d warm runs each; the %.2f GB file is deleted now)\n", coldRuns,
                warmRuns, double(QFileInfo(path).size()) / 1e9);
    QFile::remove(path);
    return 0;
}
