#pragma once

#include <QWidget>

#include <deque>
#include <functional>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;
class QToolButton;
QT_END_NAMESPACE

namespace Studio {
class LogFollower;
}

namespace Studio::Ui {

/// A run's log: its last lines at once (read from the end of the file, however big), then
/// live as the run writes, with search and "load earlier".
///
/// Memory: the view does not use QPlainTextEdit::setMaximumBlockCount — that trims the top
/// of the document on any insertion, so lines loaded *earlier* (inserted at the top) would be
/// the ones dropped. The view trims itself instead: while following, lines that scrolled more
/// than MaxLines above the end are dropped a read at a time (each read remembers its byte
/// offset, so "Load earlier lines" brings them back from the file). Not following, nothing
/// the reader may be looking at is dropped until the view holds 4 × MaxLines.
///
/// A line being written (no newline yet — a progress bar redrawn with '\r') shows as the last
/// line and is updated in place until it is complete.
class LogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogView)

public:
    static constexpr int InitialLines = 5000;
    static constexpr int EarlierLines = 5000;
    static constexpr int MaxLines = 200000;

    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    /// Shows the last InitialLines lines of the file at once and follows it (unless the run
    /// has finished). A file that does not exist yet is waited for. Turns following on.
    void setFile(const QString &path);
    QString file() const { return m_path; }

    /// "Follow": scroll to the end as lines arrive. Scrolling up turns it off; scrolling back
    /// to the end, Jump to end or the button turn it on.
    void setFollowing(bool following);
    bool isFollowing() const { return m_following; }

    /// The run ended: read what is left, show the last line even without its newline, stop
    /// watching the file. false (a rerun writing the same file) follows it again.
    void setFinished(bool finished);
    bool isFinished() const { return m_finished; }

    void jumpToEnd();

    /// Whether the file has text before what is shown, and loading EarlierLines more of it,
    /// keeping what is on screen where it is.
    bool canLoadEarlier() const { return m_startOffset > 0; }
    void loadEarlier();

    /// What is shown (for tests).
    QString text() const;

    /// Searches (case-insensitively) forward/backward from the current match or cursor,
    /// wrapping around; all matches are highlighted and the status says "n of m".
    void findNext(const QString &text);
    void findPrevious(const QString &text);
    /// "3 of 12", "Not found", … (for tests and the accessible status).
    QString searchStatus() const;

signals:
    void followingChanged(bool following);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Chunk
    {
        qint64 startOffset = 0; ///< in the file
        int lines = 0;
    };

    void load();
    void startFollower(qint64 offset);
    void stopFollower();
    void appendLines(const QStringList &lines, qint64 startOffset);
    void showPartialLine(const QString &text);
    void removePartialLine();
    void trimTop();
    void changeTop(const std::function<void()> &change); // keeps the view where it was
    void scrollToBottom();
    void onScrolled(int value);
    void updateControls();
    void find(const QString &needle, bool backward, bool includeCurrent);
    void refreshMatches();
    void highlightMatches();
    void setSearchStatus(const QString &status, bool failed);

    QString m_path;
    bool m_following = true;
    bool m_finished = false;
    qint64 m_startOffset = 0; // in the file, where the first shown line starts
    std::deque<Chunk> m_chunks;
    int m_completeLines = 0; // shown lines, the partial one not included
    bool m_partialShown = false;
    int m_quietScroll = 0; // >0 while the view itself moves the scroll bar

    QString m_matchesFor;
    QList<int> m_matches; // document positions of the matches of m_matchesFor
    int m_currentMatch = -1;
    bool m_matchesStale = true;

    LogFollower *m_follower = nullptr;  // Owned (child); replaced per file.
    QToolButton *m_follow = nullptr;    // Owned (child).
    QToolButton *m_jump = nullptr;      // Owned (child).
    QToolButton *m_earlier = nullptr;   // Owned (child).
    QToolButton *m_wrap = nullptr;      // Owned (child).
    QLineEdit *m_search = nullptr;      // Owned (child).
    QToolButton *m_previous = nullptr;  // Owned (child).
    QToolButton *m_next = nullptr;      // Owned (child).
    QLabel *m_status = nullptr;         // Owned (child).
    QLabel *m_message = nullptr;        // Owned (child).
    QPlainTextEdit *m_editor = nullptr; // Owned (child).
    QTimer *m_refreshSearch = nullptr;  // Owned (child).
};

} // namespace Studio::Ui
