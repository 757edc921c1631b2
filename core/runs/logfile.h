#pragma once

#include "../util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QFileSystemWatcher;
class QTimer;
QT_END_NAMESPACE

namespace Studio {

/// Reading the end of a run's log without loading it: the file is read backwards in blocks
/// from the end, so the last lines of a multi-gigabyte log cost what they are, not what the
/// file is.
///
/// Lines are split at '\n'; a '\n' that ends the file does not start an empty line. Each line
/// is made presentable (displayLine()): CRLF endings dropped, a line rewritten in place with
/// '\r' (progress bars) shows its last text, ANSI colour sequences removed, invalid UTF-8
/// shown as U+FFFD, and a line longer than MaxLineBytes cut there with a note of what is
/// left out. One line of the file is always one line of the result.
///
/// Blocking (bounded by ScanBudget bytes a call): fine on the UI thread for a tail, as `tail`
/// is; call it off the UI thread on slow network file systems.
class LogFile
{
    Q_DECLARE_TR_FUNCTIONS(Studio::LogFile)

public:
    /// Bytes read from the file at a time, backwards.
    static constexpr qint64 BlockBytes = 64 * 1024;
    /// At most this many bytes are read by one lastLines()/linesBefore(): a "line" of several
    /// gigabytes (a file without newlines) gives its last ScanBudget bytes, not a stall.
    static constexpr qint64 ScanBudget = 32 * 1024 * 1024;
    /// A line is shown up to this many bytes; the rest is summarised.
    static constexpr qsizetype MaxLineBytes = 256 * 1024;

    /// The last `count` lines of the file, read backwards in blocks from the end (never the
    /// whole file), plus the byte offset where they start (for loading earlier text) and the
    /// file size they end at.
    struct Tail
    {
        QStringList lines;
        qint64 startOffset = 0; ///< where lines.first() starts; 0 when the file has no more
        qint64 endOffset = 0;   ///< where the text read ends (the file's size for lastLines)
        /// Where the last complete line ends: endOffset when the text ends with '\n' (or is
        /// empty), else where lines.last() starts — that line has no newline (yet): it is
        /// still being written, or the file's unterminated last line. A follower that should
        /// see that line complete starts here.
        qint64 completeEndOffset = 0;
        qint64 bytesRead = 0; ///< what this call read from the file (a diagnostic)
    };

    static Result<Tail> lastLines(const QString &path, int count);
    /// Up to `count` lines ending before byte offset `before` (for "load earlier"): pass the
    /// startOffset of what is shown. A `before` past the end of the file means the end.
    static Result<Tail> linesBefore(const QString &path, qint64 before, int count);

    /// One line of the file (without its '\n') as it is shown. `droppedBytes`: how many
    /// bytes of the line the caller already left out at its end (said in the note).
    static QString displayLine(QByteArrayView line, qint64 droppedBytes = 0);

private:
    static Result<Tail> readBackwards(const QString &path, qint64 before, int count);
};

/// Follows a growing file: polls (a QFileSystemWatcher for promptness and a 250 ms timer as
/// the fallback) and emits the text appended since the last read, in whole lines. A partial
/// last line waits for its newline, or for flush(); meanwhile partialLineChanged() shows it
/// (a progress bar written with '\r' updates in place there).
///
/// Truncation (the file got shorter than what was read) and replacement (the path names
/// another file: rotated, deleted and re-created) emit reset() and start again from the
/// start of the file. A file that does not exist yet is waited for. Each poll reads at most
/// ReadChunk bytes and catches up over the next turns of the event loop, so a follower
/// started far behind never blocks its thread for long.
class LogFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFollower)

public:
    static constexpr qint64 ReadChunk = 1024 * 1024;
    static constexpr int PollIntervalMs = 250;

    explicit LogFollower(QString path, qint64 startOffset = 0, QObject *parent = nullptr);
    ~LogFollower() override;

    QString path() const { return m_path; }
    /// Reads what is there now and keeps following.
    void start();
    void stop();
    bool isActive() const { return m_active; }
    /// Where the next line to emit starts: the end of the last line emitted.
    qint64 offset() const { return m_lineStart; }
    /// The writer is done: read to the end of the file (over several polls when far behind),
    /// emit the partial last line as a line, stop, and emit flushed().
    void flush();

signals:
    /// Whole lines, in file order; `startOffset` is where the first one starts. Replaces any
    /// partial line announced before.
    void linesAppended(const QStringList &lines, qint64 startOffset);
    /// The line being written, as far as it got (empty: none). Shown until the next
    /// linesAppended(), which includes it once complete.
    void partialLineChanged(const QString &text);
    /// The file was truncated or replaced; reading starts again at its beginning.
    void reset();
    /// flush() has read everything and emitted the last line; the follower has stopped.
    void flushed();

private:
    void schedulePoll();
    void poll();
    bool reopenIfReplaced();
    void appendPending(QByteArrayView bytes);
    void restartFromBeginning();

    QString m_path;
    QFile m_file;
    QByteArray m_pending;        // the partial line, compacted to its last '\r' segment
    qint64 m_pendingDropped = 0; // bytes of the partial line beyond MaxLineBytes
    QString m_partialShown;      // what partialLineChanged() last said
    qint64 m_readOffset = 0;     // how far the file has been read
    qint64 m_lineStart = 0;      // where the partial line starts
    quint64 m_device = 0;
    quint64 m_inode = 0;
    bool m_active = false;
    bool m_flushing = false;
    QFileSystemWatcher *m_watcher = nullptr; // Owned (child).
    QTimer *m_timer = nullptr;               // Owned (child): the fallback poll.
    QTimer *m_kick = nullptr;                // Owned (child): a soon poll after a change.
    QElapsedTimer m_sinceLastPoll;
};

} // namespace Studio
