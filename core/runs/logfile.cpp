#include "logfile.h"

#include "../util/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLocale>
#include <QTimer>

#include <algorithm>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace Studio {

namespace {

/// Polls prompted by the watcher come at most this often: a writer flushing every line
/// should not make a poll (and a view update) per line.
constexpr int minPollGapMs = 50;

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

/// The largest position <= at that does not split a UTF-8 sequence.
qsizetype utf8Boundary(QByteArrayView bytes, qsizetype at)
{
    at = std::min(at, bytes.size());
    while (at > 0 && at < bytes.size() && isContinuationByte(bytes[at]))
        --at;
    return at;
}

/// Drops ANSI escape sequences (colours, cursor moves): CSI `ESC [ … final`, OSC
/// `ESC ] … BEL|ESC \`, and two-byte `ESC x`.
QByteArray withoutEscapes(QByteArrayView in)
{
    QByteArray out;
    out.reserve(in.size());
    const qsizetype n = in.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (in[i] != '\x1b') {
            out.append(in[i]);
            continue;
        }
        if (i + 1 >= n)
            break;
        const char kind = in[i + 1];
        i += 2;
        if (kind == '[') {
            while (i < n && !(in[i] >= 0x40 && in[i] <= 0x7e))
                ++i;
        } else if (kind == ']') {
            while (i < n && in[i] != '\a' && !(in[i] == '\x1b' && i + 1 < n && in[i + 1] == '\\'))
                ++i;
            if (i < n && in[i] == '\x1b')
                ++i;
        } else {
            --i; // ESC x: x is the last byte of the sequence
        }
    }
    return out;
}

struct FileId
{
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = 0;
};

bool statPath(const QString &path, FileId *id)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    *id = {quint64(st.st_dev), quint64(st.st_ino), qint64(st.st_size)};
    return true;
}

bool statOpen(int fd, FileId *id)
{
    struct stat st;
    if (fd < 0 || ::fstat(fd, &st) != 0)
        return false;
    *id = {quint64(st.st_dev), quint64(st.st_ino), qint64(st.st_size)};
    return true;
}

} // namespace

QString LogFile::displayLine(QByteArrayView line, qint64 droppedBytes)
{
    // "50%\r100%\r\n": a line rewritten in place shows what a terminal would end with.
    while (!line.isEmpty() && line.back() == '\r')
        line.chop(1);
    if (const qsizetype cr = line.lastIndexOf('\r'); cr >= 0) {
        line = line.sliced(cr + 1);
    }
    QByteArrayView shown = line;
    if (shown.size() > MaxLineBytes)
        shown = line.first(utf8Boundary(line, MaxLineBytes));
    const qint64 left = line.size() - shown.size() + droppedBytes;

    QString text = shown.contains('\x1b') ? QString::fromUtf8(withoutEscapes(shown))
                                          : QString::fromUtf8(shown);
    // One line of the file stays one line: characters a text document takes for paragraph
    // or frame breaks, and NUL, show as U+FFFD.
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u == 0 || u == 0x2029 || u == 0xfdd0 || u == 0xfdd1)
            c = QChar::ReplacementCharacter;
    }
    if (left > 0)
        text += u' ' + tr("[… %1 more bytes]").arg(QLocale().toString(left));
    return text;
}

Result<LogFile::Tail> LogFile::lastLines(const QString &path, int count)
{
    return readBackwards(path, -1, count);
}

Result<LogFile::Tail> LogFile::linesBefore(const QString &path, qint64 before, int count)
{
    return readBackwards(path, std::max<qint64>(before, 0), count);
}

Result<LogFile::Tail> LogFile::readBackwards(const QString &path, qint64 before, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        const QString where = QDir::toNativeSeparators(path);
        if (!QFileInfo::exists(path))
            return Error{tr("The log %1 does not exist (yet).").arg(where), file.errorString()};
        return Error{tr("Cannot open the log %1.").arg(where), file.errorString()};
    }
    const qint64 size = file.size();
    const qint64 end = before < 0 ? size : std::min(before, size);

    Tail tail;
    tail.endOffset = end;
    tail.startOffset = end;
    tail.completeEndOffset = end;
    if (count <= 0 || end == 0)
        return tail;

    // Backwards in blocks, counting the newlines that end lines other than the last, until
    // `count` lines are covered, the file's start, or the budget.
    QList<QByteArray> blocks; // the latest first
    qint64 pos = end;
    qint64 start = -1;
    qint64 earliestNewline = -1;
    int separators = 0;
    while (pos > 0 && end - pos < ScanBudget) {
        const qint64 n = std::min(BlockBytes, pos);
        pos -= n;
        if (!file.seek(pos))
            return Error{tr("Cannot read the log %1.").arg(QDir::toNativeSeparators(path)),
                         file.errorString()};
        QByteArray block = file.read(n);
        tail.bytesRead += block.size();
        if (block.size() != n) {
            // Truncated under us: what is there now is what counts.
            return Error{
                tr("The log %1 changed while it was read.").arg(QDir::toNativeSeparators(path)),
                file.errorString()};
        }
        qsizetype i = block.size();
        while (i > 0) {
            i = QByteArrayView(block).first(i).lastIndexOf('\n');
            if (i < 0)
                break;
            const qint64 at = pos + i;
            if (at != end - 1) { // the newline ending the last line separates nothing
                earliestNewline = at;
                if (++separators == count) {
                    start = at + 1;
                    break;
                }
            }
        }
        blocks.append(std::move(block));
        if (start >= 0)
            break;
    }
    if (start < 0) {
        if (pos == 0)
            start = 0;
        else // over budget: whole lines if any, else the end of one enormous line
            start = earliestNewline >= 0 ? earliestNewline + 1 : pos;
    }

    QByteArray data;
    data.reserve(end - start);
    qint64 blockStart = pos; // the last block read is the earliest in the file
    for (qsizetype b = blocks.size() - 1; b >= 0; --b) {
        const qint64 skip = std::max<qint64>(0, start - blockStart);
        if (skip < blocks[b].size())
            data.append(QByteArrayView(blocks[b]).sliced(skip));
        blockStart += blocks[b].size();
    }
    blocks.clear();

    tail.startOffset = start;
    qsizetype from = 0;
    while (from < data.size()) {
        const qsizetype nl = data.indexOf('\n', from);
        if (nl < 0) {
            tail.lines.append(displayLine(QByteArrayView(data).sliced(from)));
            tail.completeEndOffset = start + from;
            break;
        }
        tail.lines.append(displayLine(QByteArrayView(data).sliced(from, nl - from)));
        from = nl + 1;
    }
    return tail;
}

// LogFollower

LogFollower::LogFollower(QString path, qint64 startOffset, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_readOffset(std::max<qint64>(0, startOffset))
    , m_lineStart(m_readOffset)
    , m_watcher(new QFileSystemWatcher(this))
    , m_timer(new QTimer(this))
    , m_kick(new QTimer(this))
{
    m_timer->setInterval(PollIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &LogFollower::poll);
    m_kick->setSingleShot(true);
    connect(m_kick, &QTimer::timeout, this, &LogFollower::poll);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &LogFollower::schedulePoll);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &LogFollower::schedulePoll);
}

LogFollower::~LogFollower() = default;

void LogFollower::start()
{
    m_active = true;
    m_timer->start();
    poll();
}

void LogFollower::stop()
{
    m_active = false;
    m_timer->stop();
    m_kick->stop();
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
}

void LogFollower::flush()
{
    m_flushing = true;
    if (!m_active) {
        m_active = true; // reads to the end over as many polls as that takes
    }
    poll();
}

void LogFollower::schedulePoll()
{
    if (!m_active || m_kick->isActive())
        return;
    const qint64 since = m_sinceLastPoll.isValid() ? m_sinceLastPoll.elapsed() : minPollGapMs;
    m_kick->start(int(std::max<qint64>(0, minPollGapMs - since)));
}

void LogFollower::restartFromBeginning()
{
    m_readOffset = 0;
    m_lineStart = 0;
    m_pending.clear();
    m_pendingDropped = 0;
    m_partialShown.clear();
    emit reset();
}

bool LogFollower::reopenIfReplaced()
{
    FileId onDisk;
    const bool exists = statPath(m_path, &onDisk);

    // Watch the file when it is there, its folder while waiting for it to appear.
    const QString folder = QFileInfo(m_path).absolutePath();
    if (exists) {
        if (!m_watcher->files().contains(m_path))
            m_watcher->addPath(m_path);
        if (m_watcher->directories().contains(folder))
            m_watcher->removePath(folder);
    } else if (!m_watcher->directories().contains(folder) && QFileInfo::exists(folder)) {
        m_watcher->addPath(folder);
    }

    if (m_file.isOpen()) {
        if (!exists || (onDisk.device == m_device && onDisk.inode == m_inode))
            return true; // unchanged, or deleted: what the writer still writes is in ours
        qCDebug(lcRuns) << "log replaced, reading it from the start:" << m_path;
        m_file.close();
        if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            return false;
        FileId opened;
        statOpen(m_file.handle(), &opened);
        m_device = opened.device;
        m_inode = opened.inode;
        restartFromBeginning();
        return m_active;
    }
    if (!exists)
        return false;
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        qCDebug(lcRuns) << "cannot open log" << m_path << m_file.errorString();
        return false;
    }
    FileId opened;
    statOpen(m_file.handle(), &opened);
    m_device = opened.device;
    m_inode = opened.inode;
    return true;
}

void LogFollower::appendPending(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    m_pending.append(bytes);
    // Only the last '\r' segment is ever shown: keep from the last '\r' that has text after it.
    if (const qsizetype cr = m_pending.lastIndexOf('\r', m_pending.size() - 2); cr > 0) {
        m_pending.remove(0, cr);
        m_pendingDropped = 0;
    }
    if (m_pending.size() > LogFile::MaxLineBytes) {
        const qsizetype keep = utf8Boundary(m_pending, LogFile::MaxLineBytes);
        m_pendingDropped += m_pending.size() - keep;
        m_pending.truncate(keep);
    }
}

void LogFollower::poll()
{
    if (!m_active)
        return;
    m_sinceLastPoll.restart();

    const auto finishFlush = [this] {
        if (!m_pending.isEmpty() || m_pendingDropped > 0) {
            const QStringList last{LogFile::displayLine(m_pending, m_pendingDropped)};
            const qint64 at = m_lineStart;
            m_pending.clear();
            m_pendingDropped = 0;
            m_partialShown.clear();
            m_lineStart = m_readOffset;
            emit linesAppended(last, at);
        }
        m_flushing = false;
        stop();
        emit flushed();
    };

    if (!reopenIfReplaced()) {
        if (m_flushing && m_active)
            finishFlush();
        return;
    }
    FileId now;
    if (!statOpen(m_file.handle(), &now))
        return;
    if (now.size < m_readOffset) {
        qCDebug(lcRuns) << "log truncated, reading it from the start:" << m_path;
        restartFromBeginning();
        if (!m_active)
            return;
    }

    if (now.size > m_readOffset) {
        const qint64 chunkStart = m_readOffset;
        QByteArray data;
        if (m_file.seek(chunkStart))
            data = m_file.read(std::min(ReadChunk, now.size - chunkStart));
        if (data.isEmpty()) {
            qCDebug(lcRuns) << "cannot read log" << m_path << m_file.errorString();
            return;
        }
        m_readOffset += data.size();

        QStringList lines;
        const qint64 firstStart = m_lineStart;
        const QByteArrayView view(data);
        qsizetype from = 0;
        for (qsizetype nl = view.indexOf('\n'); nl >= 0; nl = view.indexOf('\n', from)) {
            const QByteArrayView piece = view.sliced(from, nl - from);
            if (m_pending.isEmpty() && m_pendingDropped == 0) {
                lines.append(LogFile::displayLine(piece));
            } else {
                appendPending(piece);
                lines.append(LogFile::displayLine(m_pending, m_pendingDropped));
                m_pending.clear();
                m_pendingDropped = 0;
            }
            m_lineStart = chunkStart + nl + 1;
            from = nl + 1;
        }
        appendPending(view.sliced(from));

        if (!lines.isEmpty()) {
            m_partialShown.clear();
            emit linesAppended(lines, firstStart);
            if (!m_active)
                return;
        }
        const QString partial = m_pending.isEmpty() && m_pendingDropped == 0
                                    ? QString()
                                    : LogFile::displayLine(m_pending, m_pendingDropped);
        if (partial != m_partialShown) {
            m_partialShown = partial;
            emit partialLineChanged(partial);
            if (!m_active)
                return;
        }
    }

    if (m_readOffset < now.size)
        m_kick->start(0); // catch up a chunk at a time, letting the event loop breathe
    else if (m_flushing)
        finishFlush();
}

} // namespace Studio
