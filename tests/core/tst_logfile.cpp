#include "core/runs/logfile.h"

#include "../support/testsupport.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Studio;

namespace {

void writeFile(const QString &path, const QByteArray &bytes, QIODevice::OpenMode mode = {})
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | mode), qPrintable(f.errorString()));
    QCOMPARE(f.write(bytes), bytes.size());
}

/// What read(2) has returned to this process so far (Linux), -1 elsewhere.
qint64 bytesReadByProcess()
{
    QFile io(u"/proc/self/io"_s);
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = io.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("rchar:"))
            return line.mid(6).trimmed().toLongLong();
    }
    return -1;
}

/// Lines of varying lengths (empty ones, ones longer than a read block) and their text.
QByteArray varied(int count, QStringList *expected)
{
    QByteArray out;
    for (int i = 0; i < count; ++i) {
        QByteArray line = "line " + QByteArray::number(i);
        if (i % 97 == 0)
            line.clear();
        else if (i % 501 == 0)
            line += ' ' + QByteArray(LogFile::BlockBytes + 1234, char('a' + i % 26));
        else
            line += QByteArray(i % 40, 'x');
        out += line + '\n';
        expected->append(QString::fromLatin1(line));
    }
    return out;
}

/// Everything linesBefore() gives, from `tail` back to the file's start, in file order.
QStringList readBackToStart(const QString &path, LogFile::Tail tail, int chunk)
{
    QStringList all = tail.lines;
    int guard = 0;
    while (tail.startOffset > 0 && ++guard < 100000) {
        const qint64 before = tail.startOffset;
        const Result<LogFile::Tail> earlier = LogFile::linesBefore(path, before, chunk);
        if (!earlier) {
            qWarning() << earlier.error().fullText();
            return {};
        }
        if (earlier->endOffset != before || earlier->completeEndOffset != before
            || earlier->startOffset >= before
            || (earlier->lines.size() != chunk && earlier->startOffset != 0)) {
            qWarning() << "inconsistent chunk before" << before << earlier->startOffset
                       << earlier->endOffset << earlier->lines.size();
            return {};
        }
        all = earlier->lines + all;
        tail = *earlier;
    }
    return all;
}

} // namespace

class tst_LogFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void lastLines_data();
    void lastLines();
    void longLines();
    void missingFile();
    void linesBeforeConcatenates_data();
    void linesBeforeConcatenates();
    void bigFileReadsOnlyItsEnd();
    void lineWithoutNewlinesStopsAtBudget();

    void followsAWriterProcess();
    void partialLineWaitsForItsNewline();
    void progressBarShowsItsLastState();
    void truncationResets();
    void replacementResets();
    void fileAppearingLater();
    void startsAtOffset();
    void catchesUpInChunks();

private:
    QTemporaryDir m_dir;
};

void tst_LogFile::lastLines_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<qint64>("startOffset");
    QTest::addColumn<qint64>("completeEndOffset");

    QTest::newRow("last two") << QByteArray("a\nb\nc\n") << 2 << QStringList{u"b"_s, u"c"_s}
                              << qint64(2) << qint64(6);
    QTest::newRow("no trailing newline")
        << QByteArray("a\nb\nc") << 2 << QStringList{u"b"_s, u"c"_s} << qint64(2) << qint64(4);
    QTest::newRow("one unterminated line")
        << QByteArray("only") << 3 << QStringList{u"only"_s} << qint64(0) << qint64(0);
    QTest::newRow("empty file") << QByteArray() << 10 << QStringList{} << qint64(0) << qint64(0);
    QTest::newRow("count zero") << QByteArray("a\nb\n") << 0 << QStringList{} << qint64(4)
                                << qint64(4);
    QTest::newRow("more than the file has")
        << QByteArray("x\ny\n") << 100 << QStringList{u"x"_s, u"y"_s} << qint64(0) << qint64(4);
    QTest::newRow("CRLF") << QByteArray("one\r\ntwo\r\nthree\r\n") << 2
                          << QStringList{u"two"_s, u"three"_s} << qint64(5) << qint64(17);
    QTest::newRow("empty lines") << QByteArray("\n\n\n") << 2 << QStringList{u""_s, u""_s}
                                 << qint64(1) << qint64(3);
    QTest::newRow("progress bar") << QByteArray("start\nepoch 1\r 50%\r100%\ndone\n") << 2
                                  << QStringList{u"100%"_s, u"done"_s} << qint64(6) << qint64(29);
    QTest::newRow("progress bar ending in CR")
        << QByteArray("10%\r20%\r") << 1 << QStringList{u"20%"_s} << qint64(0) << qint64(0);
    QTest::newRow("invalid UTF-8") << QByteArray("ok\xff\xfeok\n") << 1
                                   << QStringList{u"ok\uFFFD\uFFFDok"_s} << qint64(0) << qint64(7);
    QTest::newRow("UTF-8") << QByteArray("caf\xc3\xa9\n\xea\xb0\x80\n") << 5
                           << QStringList{u"caf\u00e9"_s, u"\uAC00"_s} << qint64(0) << qint64(10);
    QTest::newRow("paragraph separator and NUL")
        << QByteArray("a\xe2\x80\xa9"
                      "b\0c\n",
                      8)
        << 1 << QStringList{u"a\uFFFDb\uFFFDc"_s} << qint64(0) << qint64(8);
    QTest::newRow("ANSI colours") << QByteArray("\x1b[1;31mred\x1b[0m plain\n") << 1
                                  << QStringList{u"red plain"_s} << qint64(0) << qint64(21);
}

void tst_LogFile::lastLines()
{
    QFETCH(QByteArray, content);
    QFETCH(int, count);
    QFETCH(QStringList, lines);
    QFETCH(qint64, startOffset);
    QFETCH(qint64, completeEndOffset);

    const QString path = m_dir.filePath(u"small.log"_s);
    writeFile(path, content);
    const Result<LogFile::Tail> tail = LogFile::lastLines(path, count);
    QVERIFY2(tail.ok(), qPrintable(tail.ok() ? QString() : tail.error().fullText()));
    QCOMPARE(tail->lines, lines);
    QCOMPARE(tail->startOffset, startOffset);
    QCOMPARE(tail->endOffset, qint64(content.size()));
    QCOMPARE(tail->completeEndOffset, completeEndOffset);
}

void tst_LogFile::longLines()
{
    // Lines longer than a read block are whole; longer than MaxLineBytes, cut with a note.
    const QString path = m_dir.filePath(u"long.log"_s);
    const QByteArray longer = QByteArray(3 * LogFile::BlockBytes + 17, 'L');
    const QByteArray huge = QByteArray(LogFile::MaxLineBytes + 1000, 'H');
    writeFile(path, "first\n" + longer + "\nmiddle\n" + huge + "\nlast\n");

    Result<LogFile::Tail> tail = LogFile::lastLines(path, 4);
    QVERIFY(tail);
    QCOMPARE(tail->lines.size(), 4);
    QCOMPARE(tail->lines.at(0), QString::fromLatin1(longer));
    QCOMPARE(tail->lines.at(1), u"middle"_s);
    QVERIFY(tail->lines.at(2).startsWith(QString(LogFile::MaxLineBytes, u'H') + u' '));
    QVERIFY2(tail->lines.at(2).contains(QLocale().toString(1000)), qPrintable(tail->lines.at(2)));
    QCOMPARE(tail->lines.at(3), u"last"_s);
    QCOMPARE(tail->startOffset, qint64(6));

    // The cut keeps whole UTF-8 characters.
    const QByteArray wide = QByteArray("\xea\xb0\x80").repeated(LogFile::MaxLineBytes / 3 + 10);
    const QString shown = LogFile::displayLine(wide);
    QVERIFY(!shown.contains(QChar::ReplacementCharacter));
    QVERIFY(shown.startsWith(QString(LogFile::MaxLineBytes / 3, QChar(0xAC00)) + u' '));
}

void tst_LogFile::missingFile()
{
    const Result<LogFile::Tail> tail = LogFile::lastLines(m_dir.filePath(u"none.log"_s), 10);
    QVERIFY(!tail);
    QVERIFY(tail.error().message.contains(u"none.log"_s));
}

void tst_LogFile::linesBeforeConcatenates_data()
{
    QTest::addColumn<bool>("trailingNewline");
    QTest::addColumn<int>("chunk");
    QTest::newRow("newline, 777") << true << 777;
    QTest::newRow("newline, 1") << true << 1;
    QTest::newRow("no newline, 1000") << false << 1000;
}

void tst_LogFile::linesBeforeConcatenates()
{
    QFETCH(bool, trailingNewline);
    QFETCH(int, chunk);
    QStringList expected;
    QByteArray content = varied(chunk == 1 ? 1500 : 12000, &expected);
    if (!trailingNewline)
        content.chop(1);
    const QString path = m_dir.filePath(u"varied.log"_s);
    writeFile(path, content);

    const Result<LogFile::Tail> tail = LogFile::lastLines(path, chunk);
    QVERIFY(tail);
    QCOMPARE(tail->lines.size(), chunk);
    QCOMPARE(tail->completeEndOffset, trailingNewline
                                          ? qint64(content.size())
                                          : qint64(content.size() - expected.last().size()));
    const QStringList all = readBackToStart(path, *tail, chunk);
    QCOMPARE(all.size(), expected.size());
    QCOMPARE(all, expected);
    // And as text: the lines joined are the file.
    QCOMPARE(all.join(u'\n') + (trailingNewline ? u"\n"_s : QString()),
             QString::fromLatin1(content));
}

void tst_LogFile::bigFileReadsOnlyItsEnd()
{
    // 200 MB of log, written fast as one repeated 1 MiB block, then 1,500 distinct lines.
    const QString path = m_dir.filePath(u"big.log"_s);
    {
        QByteArray block;
        for (int i = 0; block.size() < (1 << 20); ++i)
            block += "2024-05-01 12:00:00 INFO step " + QByteArray::number(i)
                     + " loss=0.12345 lr=0.001 filler filler filler\n";
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 200; ++i)
            QCOMPARE(f.write(block), block.size());
        for (int i = 0; i < 1500; ++i)
            f.write("tail line " + QByteArray::number(i) + '\n');
    }
    QStringList expected;
    for (int i = 500; i < 1500; ++i)
        expected.append(u"tail line "_s + QString::number(i));

    const qint64 before = bytesReadByProcess();
    const Result<LogFile::Tail> tail = LogFile::lastLines(path, 1000);
    const qint64 after = bytesReadByProcess();
    QVERIFY(tail);
    QCOMPARE(tail->lines, expected);
    QCOMPARE(tail->endOffset, QFileInfo(path).size());
    QCOMPARE(tail->startOffset, tail->endOffset - QByteArray("tail line 1000\n").size() * 500
                                    - QByteArray("tail line 500\n").size() * 500);
    // ~16 KB of lines: one block read, not 200 MB.
    QCOMPARE(tail->bytesRead, LogFile::BlockBytes);
    if (before >= 0 && after >= 0)
        QVERIFY2(after - before < 4 * LogFile::BlockBytes,
                 qPrintable(u"read %1 bytes"_s.arg(after - before)));

    // Loading earlier from there stays as small.
    const Result<LogFile::Tail> earlier = LogFile::linesBefore(path, tail->startOffset, 1000);
    QVERIFY(earlier);
    QCOMPARE(earlier->lines.size(), 1000);
    QCOMPARE(earlier->lines.last(), u"tail line 499"_s);
    QVERIFY(earlier->lines.first().startsWith(u"2024-05-01 12:00:00 INFO step "_s));
    QVERIFY(earlier->bytesRead <= 2 * LogFile::BlockBytes);
    QFile::remove(path);
}

void tst_LogFile::lineWithoutNewlinesStopsAtBudget()
{
    const QString path = m_dir.filePath(u"oneline.log"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray block(1 << 20, 'z');
        for (qint64 written = 0; written < LogFile::ScanBudget + (8 << 20); written += block.size())
            f.write(block);
    }
    const Result<LogFile::Tail> tail = LogFile::lastLines(path, 10);
    QVERIFY(tail);
    QVERIFY(tail->bytesRead <= LogFile::ScanBudget);
    QCOMPARE(tail->lines.size(), 1);
    QCOMPARE(tail->startOffset, tail->endOffset - tail->bytesRead);
    QVERIFY(tail->lines.first().startsWith(u"zzzz"_s));
    QFile::remove(path);
}

void tst_LogFile::followsAWriterProcess()
{
    const QString path = m_dir.filePath(u"writer.log"_s);
    writeFile(path, "before\n");
    LogFollower follower(path, 7);
    QStringList got;
    connect(&follower, &LogFollower::linesAppended, this,
            [&got](const QStringList &lines) { got += lines; });
    QSignalSpy resets(&follower, &LogFollower::reset);
    follower.start();

    QProcess writer;
    writer.setProgram(u"/bin/sh"_s);
    writer.setArguments(
        {u"-c"_s,
         u"i=1; while [ $i -le 300 ]; do echo \"line $i\"; "
         "if [ $((i % 50)) -eq 0 ]; then sleep 0.1; fi; i=$((i+1)); done >> \"$1\""_s,
         u"sh"_s, path});
    writer.start();
    QVERIFY(writer.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(writer.state() == QProcess::NotRunning, 30000);
    QCOMPARE(writer.exitCode(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), 300, 10000);
    for (int i = 0; i < 300; ++i)
        QCOMPARE(got.at(i), u"line "_s + QString::number(i + 1));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(follower.offset(), QFileInfo(path).size());
}

void tst_LogFile::partialLineWaitsForItsNewline()
{
    const QString path = m_dir.filePath(u"partial.log"_s);
    writeFile(path, "one\nhal");
    LogFollower follower(path);
    QSignalSpy lines(&follower, &LogFollower::linesAppended);
    QSignalSpy partial(&follower, &LogFollower::partialLineChanged);
    QSignalSpy flushed(&follower, &LogFollower::flushed);
    follower.start();
    QCOMPARE(lines.count(), 1);
    QCOMPARE(lines.at(0).at(0).toStringList(), QStringList{u"one"_s});
    QCOMPARE(lines.at(0).at(1).toLongLong(), qint64(0));
    QCOMPARE(partial.count(), 1);
    QCOMPARE(partial.at(0).at(0).toString(), u"hal"_s);
    QCOMPARE(follower.offset(), qint64(4));

    writeFile(path, "f\nand a rest", QIODevice::Append);
    QTRY_COMPARE(lines.count(), 2);
    QCOMPARE(lines.at(1).at(0).toStringList(), QStringList{u"half"_s});
    QCOMPARE(lines.at(1).at(1).toLongLong(), qint64(4));
    QTRY_COMPARE(partial.count(), 2);
    QCOMPARE(partial.at(1).at(0).toString(), u"and a rest"_s);

    // The run ended: the rest is a line of its own.
    follower.flush();
    QCOMPARE(flushed.count(), 1);
    QCOMPARE(lines.count(), 3);
    QCOMPARE(lines.at(2).at(0).toStringList(), QStringList{u"and a rest"_s});
    QVERIFY(!follower.isActive());
    QCOMPARE(follower.offset(), qint64(19));
}

void tst_LogFile::progressBarShowsItsLastState()
{
    const QString path = m_dir.filePath(u"progress.log"_s);
    writeFile(path, "epoch 1\n\r  0%|");
    LogFollower follower(path);
    QStringList got;
    QString partialText;
    connect(&follower, &LogFollower::linesAppended, this,
            [&got](const QStringList &lines) { got += lines; });
    connect(&follower, &LogFollower::partialLineChanged, this,
            [&partialText](const QString &text) { partialText = text; });
    follower.start();
    QCOMPARE(partialText, u"  0%|"_s);
    for (int p = 10; p <= 100; p += 10) {
        writeFile(path, "\r " + QByteArray::number(p) + "%|" + QByteArray(p / 10, '#'),
                  QIODevice::Append);
        const QString expected = u" "_s + QString::number(p) + u"%|"_s + QString(p / 10, u'#');
        QTRY_COMPARE(partialText, expected);
    }
    writeFile(path, "\ndone\n", QIODevice::Append);
    QTRY_COMPARE(got.size(), 3);
    QCOMPARE(got, (QStringList{u"epoch 1"_s, u" 100%|##########"_s, u"done"_s}));
}

void tst_LogFile::truncationResets()
{
    const QString path = m_dir.filePath(u"truncated.log"_s);
    writeFile(path, "a long first line\nand a second one\n");
    LogFollower follower(path);
    QStringList got;
    connect(&follower, &LogFollower::linesAppended, this,
            [&got](const QStringList &lines) { got += lines; });
    QSignalSpy resets(&follower, &LogFollower::reset);
    follower.start();
    QCOMPARE(got.size(), 2);

    writeFile(path, "new\n", QIODevice::Truncate); // same file, shorter
    QTRY_COMPARE(resets.count(), 1);
    QTRY_COMPARE(got.size(), 3);
    QCOMPARE(got.last(), u"new"_s);
    QCOMPARE(follower.offset(), qint64(4));
}

void tst_LogFile::replacementResets()
{
    const QString path = m_dir.filePath(u"replaced.log"_s);
    writeFile(path, "old 1\nold 2\n");
    LogFollower follower(path);
    QStringList got;
    connect(&follower, &LogFollower::linesAppended, this,
            [&got](const QStringList &lines) { got += lines; });
    QSignalSpy resets(&follower, &LogFollower::reset);
    follower.start();
    QCOMPARE(got.size(), 2);

    // Rotated: a longer file renamed over it, so the size alone would not tell.
    const QString next = m_dir.filePath(u"replaced.log.new"_s);
    writeFile(next, "fresh 1\nfresh 2\nfresh 3\n");
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::rename(next, path));
    QTRY_COMPARE(resets.count(), 1);
    QTRY_COMPARE(got.size(), 5);
    QCOMPARE(got.mid(2), (QStringList{u"fresh 1"_s, u"fresh 2"_s, u"fresh 3"_s}));
}

void tst_LogFile::fileAppearingLater()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"later/run.log"_s);
    LogFollower follower(path);
    QStringList got;
    connect(&follower, &LogFollower::linesAppended, this,
            [&got](const QStringList &lines) { got += lines; });
    follower.start();
    QTest::qWait(300);
    QVERIFY(got.isEmpty());
    QVERIFY(QDir(dir.path()).mkdir(u"later"_s));
    QTest::qWait(300);
    writeFile(path, "hello\n");
    QTRY_COMPARE(got, QStringList{u"hello"_s});
    writeFile(path, "again\n", QIODevice::Append);
    QTRY_COMPARE(got, (QStringList{u"hello"_s, u"again"_s}));
}

void tst_LogFile::startsAtOffset()
{
    const QString path = m_dir.filePath(u"offset.log"_s);
    writeFile(path, "shown already\nnew\n");
    const Result<LogFile::Tail> tail = LogFile::lastLines(path, 1);
    QVERIFY(tail);
    LogFollower follower(path, tail->completeEndOffset);
    QSignalSpy lines(&follower, &LogFollower::linesAppended);
    follower.start();
    QCOMPARE(lines.count(), 0);
    writeFile(path, "newer\n", QIODevice::Append);
    QTRY_COMPARE(lines.count(), 1);
    QCOMPARE(lines.at(0).at(0).toStringList(), QStringList{u"newer"_s});
}

void tst_LogFile::catchesUpInChunks()
{
    // Far behind: several polls of at most ReadChunk bytes each, all lines in order.
    const QString path = m_dir.filePath(u"behind.log"_s);
    QByteArray content;
    const int total = 100000;
    for (int i = 0; i < total; ++i)
        content += "row " + QByteArray::number(i) + " .................................\n";
    QVERIFY(content.size() > 3 * LogFollower::ReadChunk);
    writeFile(path, content);

    LogFollower follower(path);
    QList<int> batchSizes;
    QStringList got;
    connect(&follower, &LogFollower::linesAppended, this, [&](const QStringList &lines) {
        batchSizes.append(int(lines.size()));
        got += lines;
    });
    follower.start();
    QCOMPARE(batchSizes.size(), 1); // start() read one chunk, not everything
    QVERIFY(got.size() < total);
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), total, 20000);
    QVERIFY(batchSizes.size() >= content.size() / LogFollower::ReadChunk);
    for (int i = 0; i < total; i += 997)
        QVERIFY(got.at(i).startsWith(u"row "_s + QString::number(i) + u' '));
    QCOMPARE(got.last(), u"row 99999 ................................."_s);
}

QTEST_GUILESS_MAIN(tst_LogFile)
#include "tst_logfile.moc"
