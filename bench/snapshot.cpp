// Re-snapshot of an unchanged source tree, against the baseline of `git status --porcelain`
// on the same tree (issue 4). Both have to find out that nothing changed: git from its index,
// the snapshot store from its stat cache. Both include their set-up (git: starting the
// process; the store: walking, reading the ignore files, loading its cache).
//
// bench_snapshot [FILES]   (default 10000)

#include "core/runs/snapshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Studio;

namespace {

constexpr int rounds = 15;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

bool runGit(const QString &dir, const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(u"git"_s,
            QStringList{u"-c"_s, u"user.name=Bench"_s, u"-c"_s, u"user.email=bench@example.com"_s,
                        u"-c"_s, u"commit.gpgsign=false"_s}
                + args);
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "git %s failed: %s\n", qPrintable(args.join(u' ')),
                     p.readAllStandardError().constData());
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}

/// FILES files in 10 × 10 folders (plus a few at the top), 200 B – 8 KiB each, and a
/// .gitignore whose ignored files exist too.
bool makeTree(const QString &root, int files)
{
    QDir dir(root);
    QByteArray content;
    for (int i = 0; i < files; ++i) {
        const QString folder
            = i < 20 ? QString() : u"pkg%1/mod%2/"_s.arg(i % 10).arg((i / 10) % 10);
        if (!folder.isEmpty() && !dir.mkpath(folder))
            return false;
        QFile f(root + u'/' + folder + u"file%1.py"_s.arg(i));
        if (!f.open(QIODevice::WriteOnly))
            return false;
        const int size = 200 + (i * 7919) % 8000;
        content.fill('a' + char(i % 26), size);
        content.append("\n# " + QByteArray::number(i) + '\n');
        f.write(content);
    }
    QFile ignore(root + u"/.gitignore"_s);
    if (!ignore.open(QIODevice::WriteOnly))
        return false;
    ignore.write("__pycache__/\n*.pyc\n/outputs/\n*.ckpt\n");
    ignore.close();
    dir.mkpath(u"outputs"_s);
    dir.mkpath(u"pkg1/__pycache__"_s);
    for (int i = 0; i < 50; ++i) {
        QFile f(root + u"/outputs/out%1.ckpt"_s.arg(i));
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(QByteArray(4096, 'w'));
        QFile pyc(root + u"/pkg1/__pycache__/m%1.pyc"_s.arg(i));
        if (!pyc.open(QIODevice::WriteOnly))
            return false;
        pyc.write(QByteArray(1024, 'c'));
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int files = argc > 1 ? std::max(1, atoi(argv[1])) : 10000;
    if (QStandardPaths::findExecutable(u"git"_s).isEmpty()) {
        std::fprintf(stderr, "bench_snapshot: git is needed for the baseline\n");
        return 1;
    }
    QTemporaryDir tmp;
    const QString src = tmp.filePath(u"src"_s);
    const QString storeDir = tmp.filePath(u"snapshots"_s);
    QElapsedTimer t;
    t.start();
    if (!QDir().mkpath(src) || !makeTree(src, files)) {
        std::fprintf(stderr, "bench_snapshot: cannot write the tree in %s\n", qPrintable(src));
        return 1;
    }
    const double madeS = double(t.elapsed()) / 1000.0;
    if (!runGit(src, {u"init"_s, u"-q"_s}))
        return 1;
    t.restart();
    if (!runGit(src, {u"add"_s, u"-A"_s}))
        return 1;
    const double gitAddMs = double(t.nsecsElapsed()) / 1e6;
    if (!runGit(src, {u"commit"_s, u"-q"_s, u"-m"_s, u"tree"_s}))
        return 1;
    // Past the stat cache's racily-clean window (git has the same rule for its index), then
    // one git status to settle git's index.
    QThread::msleep(SnapshotStore::racyWindowMs + 200);
    QByteArray status;
    runGit(src, {u"status"_s, u"--porcelain"_s}, &status);
    if (!status.isEmpty()) {
        std::fprintf(stderr, "bench_snapshot: the tree is not clean after commit:\n%s",
                     status.constData());
        return 1;
    }
    std::printf("tree: %d files (+100 ignored) in %s, written in %.1f s\n", files, qPrintable(src),
                madeS);
    std::printf("rounds: %d (median reported)\n\n", rounds);

    const SnapshotStore store(storeDir);
    SnapshotStats stats;
    t.restart();
    auto first = store.snapshot(src, &stats);
    const double firstMs = double(t.nsecsElapsed()) / 1e6;
    if (!first) {
        std::fprintf(stderr, "%s\n", qPrintable(first.error().fullText()));
        return 1;
    }
    std::printf("%-46s %8.1f ms   (%d files, %d read, %d blobs, %.1f MB)\n",
                "first snapshot (empty store)", firstMs, stats.files, stats.hashed,
                stats.blobsAdded, double(stats.bytesAdded) / 1e6);
    std::printf("%-46s %8.1f ms   (reference for the first snapshot)\n", "git add -A (same tree)",
                gitAddMs);

    QList<double> again;
    for (int i = 0; i < rounds; ++i) {
        t.restart();
        auto m = store.snapshot(src, &stats);
        again.append(double(t.nsecsElapsed()) / 1e6);
        if (!m || m->id != first->id || stats.hashed != 0 || stats.blobsAdded != 0) {
            std::fprintf(stderr, "bench_snapshot: the unchanged re-snapshot read %d files\n",
                         stats.hashed);
            return 1;
        }
    }

    QList<double> git;
    for (int i = 0; i < rounds; ++i) {
        t.restart();
        if (!runGit(src, {u"status"_s, u"--porcelain"_s}))
            return 1;
        git.append(double(t.nsecsElapsed()) / 1e6);
    }

    // One file changed: what a typical edit-and-resubmit costs.
    QList<double> oneChanged;
    for (int i = 0; i < rounds; ++i) {
        QFile f(src + u"/file0.py"_s);
        if (!f.open(QIODevice::Append))
            return 1;
        f.write("# edit\n");
        f.close();
        t.restart();
        auto m = store.snapshot(src, &stats);
        oneChanged.append(double(t.nsecsElapsed()) / 1e6);
        if (!m || stats.blobsAdded != 1) {
            std::fprintf(stderr, "bench_snapshot: the edit was not seen\n");
            return 1;
        }
    }

    const double snap = median(again);
    const double base = median(git);
    std::printf("%-46s %8.1f ms\n", "git status --porcelain (baseline)", base);
    std::printf("%-46s %8.1f ms\n", "re-snapshot, unchanged (nothing read)", snap);
    std::printf("%-46s %8.1f ms\n", "re-snapshot, one file edited", median(oneChanged));
    std::printf("%-46s %8.2fx\n", "ratio unchanged re-snapshot / git status", snap / base);
    return 0;
}
