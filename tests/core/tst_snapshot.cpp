#include "../support/testsupport.h"
#include "core/runs/gitinfo.h"
#include "core/runs/ignorerules.h"
#include "core/runs/snapshot.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Studio;

namespace {

void writeFile(const QString &path, const QByteArray &content, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(f.write(content), content.size());
    f.close();
    QFile::Permissions p
        = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
    if (executable)
        p |= QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(path, p));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString sha(const QByteArray &content)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

/// Files under `dir`, relative, sorted.
QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(dir).relativeFilePath(it.next()));
    files.sort();
    return files;
}

/// Waits until files written so far are past the racily-clean window, so the stat cache
/// may vouch for them.
void waitPastRacyWindow()
{
    QThread::msleep(SnapshotStore::racyWindowMs + 150);
}

QStringList paths(const SnapshotManifest &m)
{
    QStringList list;
    for (const SnapshotEntry &e : m.files)
        list.append(e.path);
    return list;
}

struct GitRun
{
    int exitCode = -1;
    QString out;
};

GitRun git(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"git"_s,
            QStringList{u"-c"_s, u"user.name=Test"_s, u"-c"_s, u"user.email=test@example.com"_s,
                        u"-c"_s, u"commit.gpgsign=false"_s, u"-c"_s, u"init.defaultBranch=main"_s}
                + args);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitCode(), QString::fromUtf8(p.readAll()).trimmed()};
}

} // namespace

class TestSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void wildmatch_data();
    void wildmatch();
    void ignoreRules_data();
    void ignoreRules();
    void amlignoreBeatsGitignore();

    void contentsAndStableId();
    void manifestJson();
    void unchangedResubmitStoresNothing();
    void oneChangedFile();
    void racilyCleanFilesAreReadAgain();
    void quickSameSizeChangeIsDetected();
    void changeWithRestoredMtimeIsDetected();
    void damagedCacheMeansRereading();
    void missingBlobIsStoredAgain();
    void unreadableFileIsNamed();
    void canceled();
    void materialize();
    void materializeRefusesDamagedBlob();

    void gitInfo();
    void gitInfoNotARepository();

private:
    QTemporaryDir m_tmp;
};

void TestSnapshot::initTestCase()
{
    Test::initTestEnvironment();
    QVERIFY(m_tmp.isValid());
    // git must not find a repository above the temporary folders.
    qputenv("GIT_CEILING_DIRECTORIES", QFile::encodeName(QDir::tempPath()));
}

void TestSnapshot::wildmatch_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");

    QTest::newRow("literal") << u"abc"_s << u"abc"_s << true;
    QTest::newRow("literal differs") << u"abc"_s << u"abd"_s << false;
    QTest::newRow("star") << u"*.py"_s << u"train.py"_s << true;
    QTest::newRow("star empty") << u"*.py"_s << u".py"_s << true;
    QTest::newRow("star stops at slash") << u"*.py"_s << u"a/train.py"_s << false;
    QTest::newRow("question") << u"f?le"_s << u"file"_s << true;
    QTest::newRow("question one char") << u"f?le"_s << u"fle"_s << false;
    QTest::newRow("question not slash") << u"a?b"_s << u"a/b"_s << false;
    QTest::newRow("range") << u"v[0-9]"_s << u"v7"_s << true;
    QTest::newRow("range miss") << u"v[0-9]"_s << u"vx"_s << false;
    QTest::newRow("negated class !") << u"[!a]x"_s << u"bx"_s << true;
    QTest::newRow("negated class ^") << u"[^a]x"_s << u"ax"_s << false;
    QTest::newRow("class ]") << u"[]]"_s << u"]"_s << true;
    QTest::newRow("posix class") << u"[[:digit:]]x"_s << u"3x"_s << true;
    QTest::newRow("unclosed class") << u"[ab"_s << u"a"_s << false;
    QTest::newRow("escape") << u"\\*"_s << u"*"_s << true;
    QTest::newRow("escape literal") << u"\\*"_s << u"a"_s << false;
    QTest::newRow("leading **") << u"**/foo"_s << u"a/b/foo"_s << true;
    QTest::newRow("leading ** zero dirs") << u"**/foo"_s << u"foo"_s << true;
    QTest::newRow("middle **") << u"a/**/b"_s << u"a/x/y/b"_s << true;
    QTest::newRow("middle ** zero dirs") << u"a/**/b"_s << u"a/b"_s << true;
    QTest::newRow("middle ** not a name part") << u"a/**/b"_s << u"a/xb"_s << false;
    QTest::newRow("trailing **") << u"a/**"_s << u"a/x/y"_s << true;
    QTest::newRow("trailing ** not the folder") << u"a/**"_s << u"a"_s << false;
    QTest::newRow("** inside a name is *") << u"a**b"_s << u"axyb"_s << true;
    QTest::newRow("** inside a name stops at /") << u"a**b"_s << u"a/b"_s << false;
}

void TestSnapshot::wildmatch()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(bool, matches);
    QCOMPARE(IgnoreRules::wildmatch(pattern, text), matches);
}

void TestSnapshot::ignoreRules_data()
{
    // files: "folder:text" per ignore file ("" = the root), as IgnoreRules::addRules takes.
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("isDir");
    QTest::addColumn<bool>("ignored");

    const QStringList logs{u":*.log"_s};
    QTest::newRow("blank and comment lines")
        << QStringList{u":\n# a.txt\n\n"_s} << u"a.txt"_s << false << false;
    QTest::newRow("comment is no pattern")
        << QStringList{u":#a.txt"_s} << u"#a.txt"_s << false << false;
    QTest::newRow("escaped #") << QStringList{u":\\#a.txt"_s} << u"#a.txt"_s << false << true;
    QTest::newRow("escaped !") << QStringList{u":\\!a.txt"_s} << u"!a.txt"_s << false << true;
    QTest::newRow("CRLF lines") << QStringList{u":a.txt\r\nb.txt\r\n"_s} << u"b.txt"_s << false
                                << true;
    QTest::newRow("trailing spaces dropped")
        << QStringList{u":a.txt   "_s} << u"a.txt"_s << false << true;
    QTest::newRow("escaped trailing space kept")
        << QStringList{u":a\\ "_s} << u"a "_s << false << true;
    QTest::newRow("name at the root") << logs << u"x.log"_s << false << true;
    QTest::newRow("name at any depth") << logs << u"a/b/x.log"_s << false << true;
    QTest::newRow("name only as a whole") << logs << u"x.logs"_s << false << false;
    QTest::newRow("name matches folders")
        << QStringList{u":cache"_s} << u"a/cache"_s << true << true;
    QTest::newRow("negation") << QStringList{u":*.log\n!keep.log"_s} << u"a/keep.log"_s << false
                              << false;
    QTest::newRow("negation others")
        << QStringList{u":*.log\n!keep.log"_s} << u"x.log"_s << false << true;
    QTest::newRow("last match wins")
        << QStringList{u":!keep.log\n*.log"_s} << u"keep.log"_s << false << true;
    QTest::newRow("dir only: folder") << QStringList{u":build/"_s} << u"a/build"_s << true << true;
    QTest::newRow("dir only: file") << QStringList{u":build/"_s} << u"a/build"_s << false << false;
    QTest::newRow("inside an ignored folder")
        << QStringList{u":build/"_s} << u"build/x/y.o"_s << false << true;
    QTest::newRow("leading slash anchors")
        << QStringList{u":/todo"_s} << u"todo"_s << false << true;
    QTest::newRow("leading slash: not deeper")
        << QStringList{u":/todo"_s} << u"a/todo"_s << false << false;
    QTest::newRow("middle slash anchors")
        << QStringList{u":doc/frotz"_s} << u"doc/frotz"_s << false << true;
    QTest::newRow("middle slash: not deeper")
        << QStringList{u":doc/frotz"_s} << u"a/doc/frotz"_s << false << false;
    QTest::newRow("anchored star stays in folder")
        << QStringList{u":doc/*.txt"_s} << u"doc/sub/a.txt"_s << false << false;
    QTest::newRow("leading ** anywhere")
        << QStringList{u":**/foo/bar"_s} << u"x/y/foo/bar"_s << false << true;
    QTest::newRow("leading ** at the root")
        << QStringList{u":**/foo/bar"_s} << u"foo/bar"_s << false << true;
    QTest::newRow("middle **") << QStringList{u":a/**/z"_s} << u"a/b/c/z"_s << false << true;
    QTest::newRow("trailing **") << QStringList{u":data/**"_s} << u"data/x/y.csv"_s << false
                                 << true;
    QTest::newRow("trailing **, negated file")
        << QStringList{u":data/**\n!data/keep.csv"_s} << u"data/keep.csv"_s << false << false;
    QTest::newRow("no re-include below an ignored folder")
        << QStringList{u":logs/\n!logs/keep.txt"_s} << u"logs/keep.txt"_s << false << true;
    QTest::newRow("re-include below folder/*")
        << QStringList{u":logs/*\n!logs/keep.txt"_s} << u"logs/keep.txt"_s << false << false;
    QTest::newRow(".git always") << QStringList{} << u".git"_s << true << true;
    QTest::newRow(".git inside") << QStringList{} << u"sub/.git/config"_s << false << true;
    QTest::newRow(".gitignore kept") << QStringList{} << u".gitignore"_s << false << false;
    QTest::newRow("nested applies below")
        << QStringList{u"sub:*.tmp"_s} << u"sub/d/a.tmp"_s << false << true;
    QTest::newRow("nested not beside")
        << QStringList{u"sub:*.tmp"_s} << u"a.tmp"_s << false << false;
    QTest::newRow("nested not in a sibling prefix")
        << QStringList{u"sub:*.tmp"_s} << u"subway/a.tmp"_s << false << false;
    QTest::newRow("nested overrides root")
        << QStringList{u":*.log"_s, u"sub:!*.log"_s} << u"sub/a.log"_s << false << false;
    QTest::newRow("root still applies")
        << QStringList{u":*.log"_s, u"sub:!*.log"_s} << u"a.log"_s << false << true;
    QTest::newRow("nested given first")
        << QStringList{u"sub:!*.log"_s, u":*.log"_s} << u"sub/a.log"_s << false << false;
    QTest::newRow("nested anchored to its folder")
        << QStringList{u"sub:/only"_s} << u"sub/only"_s << false << true;
    QTest::newRow("nested anchored: not deeper")
        << QStringList{u"sub:/only"_s} << u"sub/x/only"_s << false << false;
}

void TestSnapshot::ignoreRules()
{
    QFETCH(QStringList, files);
    QFETCH(QString, path);
    QFETCH(bool, isDir);
    QFETCH(bool, ignored);
    IgnoreRules rules;
    for (const QString &file : std::as_const(files)) {
        const qsizetype colon = file.indexOf(u':');
        rules.addRules(file.left(colon), QStringView(file).sliced(colon + 1));
    }
    QCOMPARE(rules.isIgnored(path, isDir), ignored);
}

void TestSnapshot::amlignoreBeatsGitignore()
{
    const QString src = m_tmp.filePath(u"aml"_s);
    writeFile(src + u"/.gitignore"_s, "*.txt\n");
    writeFile(src + u"/.amlignore"_s, "*.log\n");
    writeFile(src + u"/sub/.gitignore"_s, "*.dat\n");    // no .amlignore here: used
    writeFile(src + u"/other/.amlignore"_s, "!*.log\n"); // re-includes below
    writeFile(src + u"/other/.gitignore"_s, "*\n");      // not used
    for (const char *name :
         {"a.txt", "a.log", "sub/x.dat", "sub/x.txt", "other/y.log", "other/y.bin"})
        writeFile(src + u'/' + QLatin1StringView(name), "x");

    QCOMPARE(IgnoreRules::ignoreFileName(src), u".amlignore"_s);
    QCOMPARE(IgnoreRules::ignoreFileName(src + u"/sub"_s), u".gitignore"_s);
    QCOMPARE(IgnoreRules::ignoreFileName(src + u"/none"_s), QString());

    const IgnoreRules rootOnly = IgnoreRules::load(src);
    QVERIFY(!rootOnly.isIgnored(u"a.txt"_s, false));
    QVERIFY(rootOnly.isIgnored(u"a.log"_s, false));
    QVERIFY(!rootOnly.isIgnored(u"sub/x.dat"_s, false)); // nested files not loaded

    const IgnoreRules tree = IgnoreRules::loadTree(src);
    QCOMPARE(tree.directoryCount(), 3);
    QVERIFY(!tree.isIgnored(u"a.txt"_s, false));
    QVERIFY(tree.isIgnored(u"a.log"_s, false));
    QVERIFY(tree.isIgnored(u"sub/x.dat"_s, false));
    QVERIFY(!tree.isIgnored(u"sub/x.txt"_s, false));
    QVERIFY(!tree.isIgnored(u"other/y.log"_s, false));
    QVERIFY(!tree.isIgnored(u"other/y.bin"_s, false));

    // The snapshot walks with the same rules.
    const SnapshotStore store(m_tmp.filePath(u"aml-store"_s));
    auto m = store.snapshot(src);
    QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().fullText()));
    QCOMPARE(paths(*m), (QStringList{u".amlignore"_s, u".gitignore"_s, u"a.txt"_s,
                                     u"other/.amlignore"_s, u"other/.gitignore"_s, u"other/y.bin"_s,
                                     u"other/y.log"_s, u"sub/.gitignore"_s, u"sub/x.txt"_s}));
}

void TestSnapshot::contentsAndStableId()
{
    const QString src = m_tmp.filePath(u"contents"_s);
    writeFile(src + u"/train.py"_s, "print('hi')\n");
    writeFile(src + u"/run.sh"_s, "#!/bin/sh\necho hi\n", true);
    QByteArray binary;
    for (int i = 0; i < 300000; ++i)
        binary.append(char(i * 7 % 256));
    writeFile(src + u"/data/deep/blob.bin"_s, binary);
    QByteArray large(5 << 20, 'L'); // over the whole-read limit: streamed
    large[123] = 'x';
    writeFile(src + u"/data/large.bin"_s, large);
    writeFile(src + u"/empty.txt"_s, {});
    writeFile(src + u"/.gitignore"_s, "*.ckpt\noutputs/\n");
    writeFile(src + u"/model.ckpt"_s, "weights");
    writeFile(src + u"/outputs/result.txt"_s, "old");
    writeFile(src + u"/.git/HEAD"_s, "ref: refs/heads/main\n");
    QVERIFY(QDir().mkpath(src + u"/empty-folder"_s));
    QVERIFY(QFile::link(src + u"/train.py"_s, src + u"/link-to-train.py"_s));
    QVERIFY(QFile::link(src + u"/data"_s, src + u"/link-to-data"_s));
    QVERIFY(QFile::link(src + u"/missing"_s, src + u"/dangling"_s));
    QVERIFY(mkfifo(QFile::encodeName(src + u"/fifo"_s).constData(), 0600) == 0);

    const SnapshotStore store(m_tmp.filePath(u"contents-store"_s));
    SnapshotStats stats;
    auto m = store.snapshot(src, &stats);
    QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().fullText()));
    QCOMPARE(paths(*m),
             (QStringList{u".gitignore"_s, u"data/deep/blob.bin"_s, u"data/large.bin"_s,
                          u"empty.txt"_s, u"link-to-train.py"_s, u"run.sh"_s, u"train.py"_s}));
    QCOMPARE(stats.files, 7);
    QCOMPARE(stats.hashed, 7);
    QCOMPARE(stats.blobsAdded, 6); // train.py and its link share a blob
    QCOMPARE(stats.skipped, 3);    // the folder link, the dangling link, the FIFO

    const SnapshotEntry *run = m->find(u"run.sh");
    QVERIFY(run);
    QVERIFY(run->executable);
    QCOMPARE(run->sha256, sha("#!/bin/sh\necho hi\n"));
    QCOMPARE(run->size, 18);
    const SnapshotEntry *train = m->find(u"train.py");
    QVERIFY(train);
    QVERIFY(!train->executable);
    QCOMPARE(m->find(u"link-to-train.py")->sha256, train->sha256);
    QCOMPARE(m->find(u"data/deep/blob.bin")->sha256, sha(binary));
    QCOMPARE(m->find(u"data/large.bin")->sha256, sha(large));
    QCOMPARE(m->find(u"data/large.bin")->size, large.size());
    QCOMPARE(m->find(u"empty.txt")->sha256, sha({}));
    QCOMPARE(m->totalBytes(), qint64(12 + 18 + binary.size() + large.size() + 0 + 12 + 16));
    QCOMPARE(m->id.size(), 64);

    QCOMPARE(*store.readFile(*m, u"data/large.bin"_s), large);
    QVERIFY(!store.readFile(*m, u"model.ckpt"_s).ok());

    // The same tree gives the same id, in this store or another one.
    auto again = store.snapshot(src);
    QVERIFY(again.ok());
    QCOMPARE(again->id, m->id);
    const SnapshotStore other(m_tmp.filePath(u"contents-store-2"_s));
    auto elsewhere = other.snapshot(src);
    QVERIFY(elsewhere.ok());
    QCOMPARE(*elsewhere, *m);

    // The stored manifest is the snapshot's.
    auto stored = store.manifest(m->id);
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().fullText()));
    QCOMPARE(*stored, *m);
    QVERIFY(!store.manifest(QString(64, u'0')).ok());
    QVERIFY(!store.manifest(u"../etc/passwd"_s).ok());

    // Content and the executable bit both change the id.
    writeFile(src + u"/train.py"_s, "print('bye')\n");
    auto changed = store.snapshot(src);
    QVERIFY(changed.ok());
    QVERIFY(changed->id != m->id);
    writeFile(src + u"/train.py"_s, "print('hi')\n", true);
    auto executable = store.snapshot(src);
    QVERIFY(executable.ok());
    QVERIFY(executable->id != m->id);
    QVERIFY(executable->id != changed->id);
    writeFile(src + u"/train.py"_s, "print('hi')\n");
    auto back = store.snapshot(src);
    QVERIFY(back.ok());
    QCOMPARE(back->id, m->id);
}

void TestSnapshot::manifestJson()
{
    SnapshotManifest m;
    m.files = {{u"b/x.py"_s, sha("x"), 1, false}, {u"a.sh"_s, sha("ab"), 2, true}};
    m.seal();
    QCOMPARE(m.files.first().path, u"a.sh"_s); // sorted
    QCOMPARE(m.id, sha(m.canonicalJson()));

    auto parsed = SnapshotManifest::fromJson(m.toJson());
    QVERIFY(parsed.ok());
    QCOMPARE(*parsed, m);

    QJsonObject wrongId = m.toJson();
    wrongId.insert(u"id"_s, sha("other"));
    QVERIFY(!SnapshotManifest::fromJson(wrongId).ok());

    for (const QString &bad : {u"../x"_s, u"/etc/passwd"_s, u"a//b"_s, u"a/./b"_s, u""_s}) {
        SnapshotManifest evil = m;
        evil.files.first().path = bad;
        QJsonObject json = evil.toJson();
        json.remove(u"id"_s);
        QVERIFY2(!SnapshotManifest::fromJson(json).ok(), qPrintable(bad));
    }
    SnapshotManifest badHash = m;
    badHash.files.first().sha256 = u"xyz"_s;
    QJsonObject json = badHash.toJson();
    json.remove(u"id"_s);
    QVERIFY(!SnapshotManifest::fromJson(json).ok());
}

void TestSnapshot::unchangedResubmitStoresNothing()
{
    const QString src = m_tmp.filePath(u"unchanged"_s);
    for (int i = 0; i < 200; ++i)
        writeFile(src + u"/d%1/f%2.txt"_s.arg(i % 10).arg(i), QByteArray::number(i));
    waitPastRacyWindow();

    const QString storeDir = m_tmp.filePath(u"unchanged-store"_s);
    const SnapshotStore store(storeDir);
    SnapshotStats first;
    auto m1 = store.snapshot(src, &first);
    QVERIFY(m1.ok());
    QCOMPARE(first.files, 200);
    QCOMPARE(first.hashed, 200);
    QCOMPARE(first.blobsAdded, 200);
    QCOMPARE(first.bytesAdded, m1->totalBytes());

    const QStringList before = filesUnder(storeDir);
    const QFileInfo cache(store.statCachePath(src));
    QVERIFY(cache.exists());
    const QDateTime cacheWritten = cache.lastModified();

    SnapshotStats second;
    auto m2 = store.snapshot(src, &second);
    QVERIFY(m2.ok());
    QCOMPARE(m2->id, m1->id);
    QCOMPARE(second.files, 200);
    QCOMPARE(second.hashed, 0);
    QCOMPARE(second.blobsAdded, 0);
    QCOMPARE(second.bytesAdded, 0);
    QCOMPARE(filesUnder(storeDir), before);
    QCOMPARE(QFileInfo(store.statCachePath(src)).lastModified(), cacheWritten);

    // Through another path to the same folder (the cache is keyed by the canonical path).
    const QString link = m_tmp.filePath(u"unchanged-link"_s);
    QVERIFY(QFile::link(src, link));
    SnapshotStats viaLink;
    auto m3 = store.snapshot(link, &viaLink);
    QVERIFY(m3.ok());
    QCOMPARE(m3->id, m1->id);
    QCOMPARE(viaLink.hashed, 0);
}

void TestSnapshot::oneChangedFile()
{
    const QString src = m_tmp.filePath(u"onechange"_s);
    for (int i = 0; i < 50; ++i)
        writeFile(src + u"/f%1.txt"_s.arg(i), "content " + QByteArray::number(i));
    waitPastRacyWindow();
    const SnapshotStore store(m_tmp.filePath(u"onechange-store"_s));
    auto m1 = store.snapshot(src);
    QVERIFY(m1.ok());

    writeFile(src + u"/f7.txt"_s, "something else");
    SnapshotStats stats;
    auto m2 = store.snapshot(src, &stats);
    QVERIFY(m2.ok());
    QCOMPARE(stats.files, 50);
    QCOMPARE(stats.hashed, 1);
    QCOMPARE(stats.blobsAdded, 1);
    QCOMPARE(stats.bytesAdded, 14);
    QVERIFY(m2->id != m1->id);
    QCOMPARE(m2->find(u"f7.txt")->sha256, sha("something else"));

    // Deleting and adding files changes the manifest; known content adds no blob.
    QVERIFY(QFile::remove(src + u"/f8.txt"_s));
    writeFile(src + u"/new.txt"_s, "content 9");
    auto m3 = store.snapshot(src, &stats);
    QVERIFY(m3.ok());
    QCOMPARE(stats.files, 50);
    QVERIFY(!m3->find(u"f8.txt"));
    QCOMPARE(m3->find(u"new.txt")->sha256, sha("content 9"));
    QCOMPARE(stats.blobsAdded, 0);
}

void TestSnapshot::racilyCleanFilesAreReadAgain()
{
    // Files written just now may change again within their timestamp's granularity: the
    // next snapshot reads them again instead of trusting the cache.
    const QString src = m_tmp.filePath(u"racy"_s);
    writeFile(src + u"/old.txt"_s, "old");
    waitPastRacyWindow();
    writeFile(src + u"/fresh.txt"_s, "fresh");
    const SnapshotStore store(m_tmp.filePath(u"racy-store"_s));
    SnapshotStats stats;
    QVERIFY(store.snapshot(src, &stats).ok());
    QCOMPARE(stats.hashed, 2);
    QVERIFY(store.snapshot(src, &stats).ok());
    QCOMPARE(stats.hashed, 1); // fresh.txt, not old.txt
    QCOMPARE(stats.blobsAdded, 0);
    waitPastRacyWindow();
    QVERIFY(store.snapshot(src, &stats).ok());
    QCOMPARE(stats.hashed, 1); // the last one was within its window still
    QVERIFY(store.snapshot(src, &stats).ok());
    QCOMPARE(stats.hashed, 0);
}

void TestSnapshot::quickSameSizeChangeIsDetected()
{
    // A change right after a snapshot, of the same size, with the mtime put back as it was
    // (as a same-tick write would leave it): the next snapshot still sees it.
    const QString src = m_tmp.filePath(u"quick"_s);
    const QString file = src + u"/params.txt"_s;
    writeFile(file, "lr=0.1");
    const SnapshotStore store(m_tmp.filePath(u"quick-store"_s));
    auto m1 = store.snapshot(src);
    QVERIFY(m1.ok());
    struct stat before;
    QCOMPARE(::stat(QFile::encodeName(file).constData(), &before), 0);

    writeFile(file, "lr=0.9");
    const struct timespec times[2] = {before.st_atim, before.st_mtim};
    QCOMPARE(utimensat(AT_FDCWD, QFile::encodeName(file).constData(), times, 0), 0);

    SnapshotStats stats;
    auto m2 = store.snapshot(src, &stats);
    QVERIFY(m2.ok());
    QCOMPARE(stats.hashed, 1);
    QCOMPARE(stats.blobsAdded, 1);
    QCOMPARE(m2->find(u"params.txt")->sha256, sha("lr=0.9"));
}

void TestSnapshot::changeWithRestoredMtimeIsDetected()
{
    // An old file changed with its size kept and its mtime put back (touch -d, rsync -t,
    // cp -p): the ctime tells.
    const QString src = m_tmp.filePath(u"restored"_s);
    const QString file = src + u"/params.txt"_s;
    writeFile(file, "lr=0.1");
    writeFile(src + u"/other.txt"_s, "other");
    waitPastRacyWindow();
    const SnapshotStore store(m_tmp.filePath(u"restored-store"_s));
    QVERIFY(store.snapshot(src).ok());
    struct stat before;
    QCOMPARE(::stat(QFile::encodeName(file).constData(), &before), 0);

    writeFile(file, "lr=0.9");
    const struct timespec times[2] = {before.st_atim, before.st_mtim};
    QCOMPARE(utimensat(AT_FDCWD, QFile::encodeName(file).constData(), times, 0), 0);
    struct stat after;
    QCOMPARE(::stat(QFile::encodeName(file).constData(), &after), 0);
    QCOMPARE(after.st_mtim.tv_nsec, before.st_mtim.tv_nsec);
    QCOMPARE(after.st_ino, before.st_ino);

    SnapshotStats stats;
    auto m = store.snapshot(src, &stats);
    QVERIFY(m.ok());
    QCOMPARE(stats.hashed, 1);
    QCOMPARE(stats.blobsAdded, 1);
    QCOMPARE(m->find(u"params.txt")->sha256, sha("lr=0.9"));
}

void TestSnapshot::damagedCacheMeansRereading()
{
    const QString src = m_tmp.filePath(u"damaged"_s);
    for (int i = 0; i < 20; ++i)
        writeFile(src + u"/f%1"_s.arg(i), QByteArray::number(i * 1000));
    waitPastRacyWindow();
    const SnapshotStore store(m_tmp.filePath(u"damaged-store"_s));
    auto m1 = store.snapshot(src);
    QVERIFY(m1.ok());
    const QString cachePath = store.statCachePath(src);
    const QByteArray cache = readAll(cachePath);
    QVERIFY(cache.size() > 100);

    QByteArray flipped = cache;
    flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 0x01);
    const QList<QByteArray> damages{QByteArray("garbage"), cache.left(cache.size() / 2),
                                    cache + "trailing", QByteArray(), flipped};
    for (const QByteArray &damage : damages) {
        QFile f(cachePath);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(damage);
        f.close();
        SnapshotStats stats;
        auto m = store.snapshot(src, &stats);
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().fullText()));
        QCOMPARE(m->id, m1->id);
        QCOMPARE(stats.hashed, 20);
        QCOMPARE(stats.blobsAdded, 0);
        // And it is good again afterwards.
        QVERIFY(store.snapshot(src, &stats).ok());
        QCOMPARE(stats.hashed, 0);
    }
}

void TestSnapshot::missingBlobIsStoredAgain()
{
    const QString src = m_tmp.filePath(u"missing"_s);
    writeFile(src + u"/a.txt"_s, "aaa");
    writeFile(src + u"/b.txt"_s, "bbb");
    waitPastRacyWindow();
    const SnapshotStore store(m_tmp.filePath(u"missing-store"_s));
    auto m1 = store.snapshot(src);
    QVERIFY(m1.ok());
    // Blobs removed behind the store's back (it never removes one itself): the stat cache
    // still vouches for the file, but the copy says what is missing, and the snapshot after
    // that stores the content again.
    QVERIFY(QFile::remove(store.blobPath(sha("aaa"))));
    SnapshotStats stats;
    auto m2 = store.snapshot(src, &stats);
    QVERIFY(m2.ok());
    QCOMPARE(stats.hashed, 0);
    auto copied = store.materialize(*m2, m_tmp.filePath(u"missing-work"_s));
    QVERIFY(!copied.ok());
    QVERIFY2(copied.error().message.contains(u"a.txt"_s), qPrintable(copied.error().message));

    auto m3 = store.snapshot(src, &stats);
    QVERIFY(m3.ok());
    QCOMPARE(m3->id, m1->id);
    QCOMPARE(stats.hashed, 2);
    QCOMPARE(stats.blobsAdded, 1);
    QVERIFY(store.materialize(*m3, m_tmp.filePath(u"missing-work"_s)).ok());
    QCOMPARE(*store.readFile(*m3, u"a.txt"_s), QByteArray("aaa"));
}

void TestSnapshot::unreadableFileIsNamed()
{
    if (geteuid() == 0)
        QSKIP("root reads every file");
    const QString src = m_tmp.filePath(u"unreadable"_s);
    writeFile(src + u"/ok.txt"_s, "ok");
    writeFile(src + u"/secret/key.pem"_s, "key");
    QVERIFY(QFile::setPermissions(src + u"/secret/key.pem"_s, QFile::WriteOwner));
    const SnapshotStore store(m_tmp.filePath(u"unreadable-store"_s));
    auto m = store.snapshot(src);
    QVERIFY(!m.ok());
    QVERIFY2(m.error().message.contains(src + u"/secret/key.pem"_s), qPrintable(m.error().message));

    // Ignored, it is no obstacle.
    writeFile(src + u"/.amlignore"_s, "*.pem\n");
    QVERIFY(store.snapshot(src).ok());

    // An unreadable folder is named too.
    QVERIFY(QFile::setPermissions(src + u"/secret"_s, QFile::WriteOwner));
    writeFile(src + u"/.amlignore"_s, "");
    auto folder = store.snapshot(src);
    QVERIFY(QFile::setPermissions(src + u"/secret"_s,
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QVERIFY(!folder.ok());
    QVERIFY2(folder.error().message.contains(src + u"/secret"_s),
             qPrintable(folder.error().message));
}

void TestSnapshot::canceled()
{
    const QString src = m_tmp.filePath(u"cancel"_s);
    for (int i = 0; i < 10; ++i)
        writeFile(src + u"/f%1"_s.arg(i), "x");
    const SnapshotStore store(m_tmp.filePath(u"cancel-store"_s));
    int polls = 0;
    auto m = store.snapshot(src, nullptr, [&polls] { return ++polls > 3; });
    QVERIFY(!m.ok());
    QVERIFY(polls > 3);
    QVERIFY(!QDir(m_tmp.filePath(u"cancel-store/manifests"_s)).exists());
}

void TestSnapshot::materialize()
{
    const QString src = m_tmp.filePath(u"mat"_s);
    writeFile(src + u"/train.py"_s, "print(1)\n");
    writeFile(src + u"/bin/tool"_s, "#!/bin/sh\n", true);
    writeFile(src + u"/data/a/b/c.csv"_s, "1,2,3\n");
    writeFile(src + u"/same1.txt"_s, "same");
    writeFile(src + u"/same2.txt"_s, "same");
    writeFile(src + u"/.amlignore"_s, "*.tmp\n");
    writeFile(src + u"/scratch.tmp"_s, "scratch");
    const SnapshotStore store(m_tmp.filePath(u"mat-store"_s));
    auto m = store.snapshot(src);
    QVERIFY(m.ok());

    const QString target = m_tmp.filePath(u"mat-run/work"_s);
    auto done = store.materialize(*m, target);
    QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().fullText()));
    QCOMPARE(filesUnder(target), paths(*m));
    QVERIFY(!QFileInfo::exists(target + u"/scratch.tmp"_s));
    for (const SnapshotEntry &e : std::as_const(m->files)) {
        const QString copy = target + u'/' + e.path;
        QCOMPARE(readAll(copy), readAll(src + u'/' + e.path));
        QCOMPARE(QFileInfo(copy).isExecutable(), e.executable);
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(copy).constData(), &st), 0);
        QCOMPARE(st.st_nlink, nlink_t(1)); // a copy, not a link into the store
    }
    QVERIFY(QFileInfo(target + u"/bin/tool"_s).isExecutable());

    // Editing the source afterwards does not reach the run's copy.
    writeFile(src + u"/train.py"_s, "print(2)\n");
    writeFile(src + u"/added.py"_s, "new");
    QCOMPARE(readAll(target + u"/train.py"_s), QByteArray("print(1)\n"));
    QVERIFY(!QFileInfo::exists(target + u"/added.py"_s));

    // Nor does the run editing its copy reach the store.
    QFile::setPermissions(target + u"/same1.txt"_s, QFile::ReadOwner | QFile::WriteOwner);
    writeFile(target + u"/same1.txt"_s, "changed by the run");
    QCOMPARE(*store.readFile(*m, u"same2.txt"_s), QByteArray("same"));
    QCOMPARE(*store.readFile(*m, u"train.py"_s), QByteArray("print(1)\n"));

    // Materializing again over the copy restores it.
    QVERIFY(store.materialize(*m, target).ok());
    QCOMPARE(readAll(target + u"/same1.txt"_s), QByteArray("same"));
}

void TestSnapshot::materializeRefusesDamagedBlob()
{
    const QString src = m_tmp.filePath(u"matbad"_s);
    writeFile(src + u"/a.txt"_s, "original");
    const SnapshotStore store(m_tmp.filePath(u"matbad-store"_s));
    auto m = store.snapshot(src);
    QVERIFY(m.ok());
    const QString blob = store.blobPath(sha("original"));
    QVERIFY(QFile::setPermissions(blob, QFile::ReadOwner | QFile::WriteOwner));
    writeFile(blob, "tampered");
    auto done = store.materialize(*m, m_tmp.filePath(u"matbad-work"_s));
    QVERIFY(!done.ok());
    QVERIFY2(done.error().message.contains(u"a.txt"_s), qPrintable(done.error().message));
    QVERIFY(!store.readFile(*m, u"a.txt"_s).ok());

    SnapshotManifest evil = *m;
    evil.files.first().path = u"../escaped.txt"_s;
    QVERIFY(!store.materialize(evil, m_tmp.filePath(u"matbad-work2"_s)).ok());
    QVERIFY(!QFileInfo::exists(m_tmp.filePath(u"escaped.txt"_s)));
}

void TestSnapshot::gitInfo()
{
    if (QStandardPaths::findExecutable(u"git"_s).isEmpty())
        QSKIP("git is not installed");
    const QString repo = m_tmp.filePath(u"repo"_s);
    writeFile(repo + u"/src/train.py"_s, "print(1)\n");
    QCOMPARE(git(repo, {u"init"_s, u"-q"_s}).exitCode, 0);

    // A repository without a commit yet.
    GitInfo unborn = probeGitInfo(repo);
    QVERIFY(unborn.isRepository);
    QCOMPARE(unborn.commit, QString());
    QCOMPARE(unborn.branch, u"main"_s);
    QVERIFY(unborn.dirty);

    QCOMPARE(git(repo, {u"add"_s, u"."_s}).exitCode, 0);
    QCOMPARE(git(repo, {u"commit"_s, u"-q"_s, u"-m"_s, u"first"_s}).exitCode, 0);
    QCOMPARE(git(repo, {u"remote"_s, u"add"_s, u"origin"_s,
                        u"https://user:s3cret@example.com/team/project.git"_s})
                 .exitCode,
             0);
    const QString head = git(repo, {u"rev-parse"_s, u"HEAD"_s}).out;
    QCOMPARE(head.size(), 40);

    GitInfo clean = probeGitInfo(repo + u"/src"_s);
    QVERIFY(clean.isRepository);
    QCOMPARE(clean.commit, head);
    QCOMPARE(clean.branch, u"main"_s);
    QCOMPARE(clean.repositoryUrl, u"https://example.com/team/project.git"_s);
    QVERIFY(!clean.dirty);

    writeFile(repo + u"/src/train.py"_s, "print(2)\n");
    GitInfo dirty = probeGitInfo(repo + u"/src"_s);
    QVERIFY(dirty.dirty);
    QCOMPARE(dirty.commit, head);

    QCOMPARE(git(repo, {u"commit"_s, u"-q"_s, u"-am"_s, u"second"_s}).exitCode, 0);
    GitInfo committed = probeGitInfo(repo + u"/src"_s);
    QVERIFY(!committed.dirty);
    QVERIFY(committed.commit != head);
    QCOMPARE(committed.commit, git(repo, {u"rev-parse"_s, u"HEAD"_s}).out);

    writeFile(repo + u"/src/untracked.py"_s, "x");
    QVERIFY(probeGitInfo(repo + u"/src"_s).dirty);
    QVERIFY(QFile::remove(repo + u"/src/untracked.py"_s));

    QCOMPARE(git(repo, {u"checkout"_s, u"-q"_s, u"-b"_s, u"feature/x"_s}).exitCode, 0);
    QCOMPARE(probeGitInfo(repo).branch, u"feature/x"_s);
    QCOMPARE(git(repo, {u"checkout"_s, u"-q"_s, u"--detach"_s}).exitCode, 0);
    GitInfo detached = probeGitInfo(repo);
    QVERIFY(detached.isRepository);
    QCOMPARE(detached.branch, QString());
    QCOMPARE(detached.commit, committed.commit);

    QCOMPARE(
        git(repo, {u"remote"_s, u"set-url"_s, u"origin"_s, u"git@example.com:team/project.git"_s})
            .exitCode,
        0);
    QCOMPARE(probeGitInfo(repo).repositoryUrl, u"git@example.com:team/project.git"_s);
    QCOMPARE(git(repo, {u"remote"_s, u"remove"_s, u"origin"_s}).exitCode, 0);
    QCOMPARE(probeGitInfo(repo).repositoryUrl, QString());
}

void TestSnapshot::gitInfoNotARepository()
{
    const QString plain = m_tmp.filePath(u"plain"_s);
    writeFile(plain + u"/a.txt"_s, "a");
    const GitInfo info = probeGitInfo(plain);
    QVERIFY(!info.isRepository);
    QCOMPARE(info, GitInfo());
    QVERIFY(!probeGitInfo(m_tmp.filePath(u"does-not-exist"_s)).isRepository);
}

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
