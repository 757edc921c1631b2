#include "logview.h"

#include "core/runs/logfile.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QShortcut>
#include <QStyle>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Studio::Ui {

namespace {

/// At most this many matches are highlighted at once, around the current one: thousands of
/// extra selections make every paint slow, and no one reads them all.
constexpr int maxHighlighted = 1000;
/// While lines stream in, the matches (and "n of m") are recounted at most this often.
constexpr int searchRefreshMs = 250;

bool isCtrlEnd(const QKeyEvent *key)
{
    return key->key() == Qt::Key_End
           && (key->modifiers() & ~Qt::KeypadModifier) == Qt::ControlModifier;
}

} // namespace

LogView::LogView(QWidget *parent)
    : QWidget(parent)
    , m_refreshSearch(new QTimer(this))
{
    const auto makeButton
        = [this](const QString &text, const QString &toolTip, const QString &name) {
              auto *button = new QToolButton(this);
              button->setText(text);
              button->setToolTip(toolTip);
              button->setAccessibleName(text);
              button->setAccessibleDescription(toolTip);
              button->setObjectName(name);
              button->setAutoRaise(true);
              button->setFocusPolicy(Qt::StrongFocus);
              button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
              return button;
          };
    m_follow = makeButton(tr("Follow"), tr("Scroll to new lines as the run writes them"),
                          u"logFollow"_s);
    m_follow->setCheckable(true);
    m_follow->setChecked(m_following);
    m_jump = makeButton(tr("Jump to end"), tr("Show the last line and follow new ones (Ctrl+End)"),
                        u"logJumpToEnd"_s);
    m_jump->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_earlier = makeButton(
        tr("Load earlier lines"),
        tr("Show up to %1 more lines from before the first one shown, keeping your place")
            .arg(QLocale().toString(EarlierLines)),
        u"logLoadEarlier"_s);
    m_earlier->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_earlier->hide();
    m_wrap = makeButton(tr("Wrap"), tr("Wrap long lines at the width of the view"), u"logWrap"_s);
    m_wrap->setCheckable(true);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"logSearch"_s);
    m_search->setPlaceholderText(tr("Find in log"));
    m_search->setAccessibleName(tr("Find in log"));
    m_search->setToolTip(
        tr("Find text in the log (Ctrl+F). Enter or F3: next match; Shift+Enter or Shift+F3: "
           "previous match"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    m_search->installEventFilter(this);
    m_previous
        = makeButton(tr("Previous match"), tr("Previous match (Shift+F3)"), u"logFindPrevious"_s);
    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_previous->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_next = makeButton(tr("Next match"), tr("Next match (F3)"), u"logFindNext"_s);
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_next->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_status = new QLabel(this);
    m_status->setObjectName(u"logSearchStatus"_s);
    m_status->setAccessibleName(tr("Search result"));
    m_status->setMinimumWidth(fontMetrics().averageCharWidth() * 12);

    m_message = new QLabel(this);
    m_message->setObjectName(u"logMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(u"logText"_s);
    m_editor->setAccessibleName(tr("Log"));
    m_editor->setReadOnly(true);
    m_editor->setUndoRedoEnabled(false);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_editor->setFont(fixed);
    m_editor->setTabStopDistance(QFontMetricsF(fixed).horizontalAdvance(u' ') * 8);
    m_editor->installEventFilter(this);
    m_editor->viewport()->installEventFilter(this);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(2);
    bar->addWidget(m_follow);
    bar->addWidget(m_jump);
    bar->addWidget(m_earlier);
    bar->addWidget(m_wrap);
    bar->addStretch(1);
    bar->addWidget(m_search);
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    bar->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_editor, 1);
    setTabOrder(m_follow, m_jump);
    setTabOrder(m_jump, m_earlier);
    setTabOrder(m_earlier, m_wrap);
    setTabOrder(m_wrap, m_search);
    setTabOrder(m_search, m_previous);
    setTabOrder(m_previous, m_next);
    setTabOrder(m_next, m_editor);
    setFocusProxy(m_editor);

    connect(m_follow, &QToolButton::toggled, this, &LogView::setFollowing);
    connect(m_jump, &QToolButton::clicked, this, &LogView::jumpToEnd);
    connect(m_earlier, &QToolButton::clicked, this, &LogView::loadEarlier);
    connect(m_wrap, &QToolButton::toggled, this, [this](bool wrap) {
        ++m_quietScroll;
        m_editor->setLineWrapMode(wrap ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
        --m_quietScroll;
        if (m_following)
            scrollToBottom();
    });
    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString &text) { find(text, false, true); });
    connect(m_previous, &QToolButton::clicked, this, [this] { findPrevious(m_search->text()); });
    connect(m_next, &QToolButton::clicked, this, [this] { findNext(m_search->text()); });
    // QPlainTextEdit moves its scroll bar with signals blocked when it scrolls by itself (page
    // up, to the cursor); updateRequest() with a dy says it scrolled, whoever asked.
    connect(m_editor->verticalScrollBar(), &QScrollBar::valueChanged, this, &LogView::onScrolled);
    connect(m_editor, &QPlainTextEdit::updateRequest, this, [this](const QRect &, int dy) {
        if (dy != 0)
            onScrolled(m_editor->verticalScrollBar()->value());
    });

    m_refreshSearch->setSingleShot(true);
    m_refreshSearch->setInterval(searchRefreshMs);
    connect(m_refreshSearch, &QTimer::timeout, this, [this] {
        if (m_search->text().isEmpty())
            return;
        refreshMatches();
        // Keep the current match if it is still selected (its position may have moved).
        const QTextCursor cursor = m_editor->textCursor();
        const auto it
            = std::lower_bound(m_matches.cbegin(), m_matches.cend(), cursor.selectionStart());
        m_currentMatch = (it != m_matches.cend() && *it == cursor.selectionStart()
                          && cursor.selectedText().size() == m_matchesFor.size())
                             ? int(it - m_matches.cbegin())
                             : -1;
        if (m_matches.isEmpty())
            setSearchStatus(tr("Not found"), true);
        else if (m_currentMatch < 0)
            setSearchStatus(tr("Matches: %1").arg(QLocale().toString(m_matches.size())), false);
        else
            setSearchStatus(tr("%1 of %2")
                                .arg(QLocale().toString(m_currentMatch + 1),
                                     QLocale().toString(m_matches.size())),
                            false);
        highlightMatches();
    });

    const auto addShortcut = [this](const QKeySequence &keys, auto slot) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    addShortcut(QKeySequence::Find, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addShortcut(QKeySequence::FindNext, [this] { findNext(m_search->text()); });
    addShortcut(QKeySequence::FindPrevious, [this] { findPrevious(m_search->text()); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_End), [this] { jumpToEnd(); });
}

LogView::~LogView() = default;

void LogView::setFile(const QString &path)
{
    stopFollower();
    m_path = path;
    load();
    setFollowing(true);
}

void LogView::load()
{
    ++m_quietScroll;
    m_editor->clear();
    --m_quietScroll;
    m_chunks.clear();
    m_completeLines = 0;
    m_partialShown = false;
    m_startOffset = 0;
    m_matchesStale = true;
    m_currentMatch = -1;
    m_message->hide();
    m_editor->setPlaceholderText(m_path.isEmpty() ? QString()
                                 : m_finished     ? tr("The log is empty.")
                                                  : tr("Waiting for output…"));
    if (m_path.isEmpty()) {
        updateControls();
        return;
    }

    qint64 followFrom = 0;
    const Result<LogFile::Tail> tail = LogFile::lastLines(m_path, InitialLines);
    if (tail) {
        QStringList lines = tail->lines;
        followFrom = tail->endOffset;
        if (!m_finished && tail->completeEndOffset < tail->endOffset && !lines.isEmpty()) {
            // Still being written: the follower shows it, and completes it.
            lines.removeLast();
            followFrom = tail->completeEndOffset;
        }
        m_startOffset = tail->startOffset;
        if (!lines.isEmpty()) {
            ++m_quietScroll;
            m_editor->setPlainText(lines.join(u'\n'));
            --m_quietScroll;
            m_completeLines = int(lines.size());
            m_chunks.push_back({tail->startOffset, m_completeLines});
        }
    } else if (QFileInfo::exists(m_path)) {
        m_message->setText(tail.error().message);
        m_message->setToolTip(tail.error().detail);
        m_message->show();
    }
    if (!m_finished)
        startFollower(followFrom);
    updateControls();
    if (m_following)
        scrollToBottom();
    if (!m_search->text().isEmpty())
        m_refreshSearch->start();
}

void LogView::startFollower(qint64 offset)
{
    m_follower = new LogFollower(m_path, offset, this);
    connect(m_follower, &LogFollower::linesAppended, this, &LogView::appendLines);
    connect(m_follower, &LogFollower::partialLineChanged, this, &LogView::showPartialLine);
    connect(m_follower, &LogFollower::reset, this, [this] {
        // Truncated or replaced: show the new file's end, as if just opened.
        stopFollower();
        load();
    });
    m_follower->start();
}

void LogView::stopFollower()
{
    if (!m_follower)
        return;
    m_follower->stop();
    disconnect(m_follower, nullptr, this, nullptr);
    m_follower->deleteLater(); // may be in the middle of emitting
    m_follower = nullptr;
}

void LogView::setFinished(bool finished)
{
    if (finished == m_finished)
        return;
    m_finished = finished;
    if (finished) {
        if (m_follower)
            m_follower->flush(); // reads the rest, completes the last line, stops
        m_editor->setPlaceholderText(m_path.isEmpty() ? QString() : tr("The log is empty."));
    } else if (!m_path.isEmpty()) {
        stopFollower();
        load();
    }
}

QString LogView::text() const
{
    return m_editor->toPlainText();
}

void LogView::appendLines(const QStringList &lines, qint64 startOffset)
{
    if (lines.isEmpty())
        return;
    ++m_quietScroll;
    removePartialLine();
    QTextCursor cursor(m_editor->document());
    cursor.movePosition(QTextCursor::End);
    const QString joined = lines.join(u'\n');
    cursor.insertText(m_completeLines == 0 ? joined : QString(u'\n' + joined));
    m_completeLines += int(lines.size());
    m_chunks.push_back({startOffset, int(lines.size())});
    --m_quietScroll;
    trimTop();
    if (m_following)
        scrollToBottom();
    m_matchesStale = true;
    if (!m_search->text().isEmpty() && !m_refreshSearch->isActive())
        m_refreshSearch->start();
}

void LogView::showPartialLine(const QString &text)
{
    ++m_quietScroll;
    if (m_partialShown && text.isEmpty()) {
        removePartialLine();
    } else if (m_partialShown) {
        QTextCursor cursor(m_editor->document());
        cursor.movePosition(QTextCursor::End);
        cursor.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
        cursor.insertText(text);
    } else if (!text.isEmpty()) {
        QTextCursor cursor(m_editor->document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(m_completeLines == 0 ? text : QString(u'\n' + text));
        m_partialShown = true;
    }
    --m_quietScroll;
    if (m_following)
        scrollToBottom();
    m_matchesStale = true;
}

void LogView::removePartialLine()
{
    if (!m_partialShown)
        return;
    ++m_quietScroll;
    QTextCursor cursor(m_editor->document());
    cursor.movePosition(QTextCursor::End);
    cursor.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
    if (m_completeLines > 0)
        cursor.movePosition(QTextCursor::PreviousCharacter, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    m_partialShown = false;
    --m_quietScroll;
}

void LogView::trimTop()
{
    // Whole reads at a time, so the first line shown always has a known offset in the file.
    const int limit = m_following ? MaxLines : 4 * MaxLines;
    int drop = 0;
    while (m_chunks.size() > 1 && m_completeLines - drop - m_chunks.front().lines >= limit) {
        drop += m_chunks.front().lines;
        m_chunks.pop_front();
    }
    if (drop == 0)
        return;
    changeTop([this, drop] {
        QTextCursor cursor(m_editor->document());
        cursor.movePosition(QTextCursor::Start);
        cursor.movePosition(QTextCursor::NextBlock, QTextCursor::KeepAnchor, drop);
        cursor.removeSelectedText();
    });
    m_completeLines -= drop;
    m_startOffset = m_chunks.front().startOffset;
    updateControls();
}

void LogView::changeTop(const std::function<void()> &change)
{
    // Text added or removed above the view moves what is on screen by its height; the scroll
    // bar moves by as much, so the reader's place stays put.
    QScrollBar *bar = m_editor->verticalScrollBar();
    const auto height
        = [this] { return m_editor->document()->documentLayout()->documentSize().height(); };
    const int value = bar->value();
    const qreal before = height();
    ++m_quietScroll;
    change();
    if (m_following)
        bar->setValue(bar->maximum());
    else
        bar->setValue(value + qRound(height() - before));
    --m_quietScroll;
}

void LogView::loadEarlier()
{
    if (!canLoadEarlier())
        return;
    const Result<LogFile::Tail> earlier = LogFile::linesBefore(m_path, m_startOffset, EarlierLines);
    if (!earlier) {
        m_message->setText(earlier.error().message);
        m_message->setToolTip(earlier.error().detail);
        m_message->show();
        return;
    }
    m_message->hide();
    const QStringList &lines = earlier->lines;
    if (!lines.isEmpty()) {
        const bool hasText = m_completeLines > 0 || m_partialShown;
        changeTop([&] {
            QTextCursor cursor(m_editor->document());
            cursor.movePosition(QTextCursor::Start);
            const QString joined = lines.join(u'\n');
            cursor.insertText(hasText ? QString(joined + u'\n') : joined);
        });
        m_completeLines += int(lines.size());
        m_chunks.push_front({earlier->startOffset, int(lines.size())});
    }
    m_startOffset = earlier->startOffset;
    updateControls();
    m_matchesStale = true;
    if (!m_search->text().isEmpty())
        m_refreshSearch->start();
    if (!canLoadEarlier() && m_earlier->hasFocus())
        m_editor->setFocus(Qt::OtherFocusReason);
}

void LogView::setFollowing(bool following)
{
    if (following == m_following) {
        if (following)
            scrollToBottom();
        return;
    }
    m_following = following;
    {
        const QSignalBlocker blocker(m_follow);
        m_follow->setChecked(following);
    }
    if (following)
        scrollToBottom();
    emit followingChanged(following);
}

void LogView::jumpToEnd()
{
    ++m_quietScroll;
    QTextCursor cursor = m_editor->textCursor();
    cursor.movePosition(QTextCursor::End);
    m_editor->setTextCursor(cursor);
    --m_quietScroll;
    setFollowing(true);
    scrollToBottom();
}

void LogView::scrollToBottom()
{
    ++m_quietScroll;
    QScrollBar *bar = m_editor->verticalScrollBar();
    bar->setValue(bar->maximum());
    --m_quietScroll;
}

void LogView::onScrolled(int value)
{
    if (m_quietScroll > 0)
        return;
    // The reader moved: up means reading, back at the very end means following again.
    setFollowing(value >= m_editor->verticalScrollBar()->maximum());
}

void LogView::updateControls()
{
    m_earlier->setVisible(canLoadEarlier());
}

bool LogView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                findPrevious(m_search->text());
            else
                findNext(m_search->text());
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_editor->setFocus(Qt::OtherFocusReason);
            return true;
        }
    } else if (watched == m_editor->viewport() && event->type() == QEvent::Resize) {
        // A smaller view has more to scroll: the end must stay in sight while following.
        if (m_following)
            QTimer::singleShot(0, this, [this] {
                if (m_following)
                    scrollToBottom();
            });
    } else if (watched == m_editor) {
        // The editor takes Ctrl+End for itself (cursor to the end); here it means follow too.
        if (event->type() == QEvent::ShortcutOverride
            && isCtrlEnd(static_cast<QKeyEvent *>(event))) {
            event->accept();
            return true;
        }
        if (event->type() == QEvent::KeyPress && isCtrlEnd(static_cast<QKeyEvent *>(event))) {
            jumpToEnd();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// Search

void LogView::findNext(const QString &text)
{
    find(text, false, false);
}

void LogView::findPrevious(const QString &text)
{
    find(text, true, false);
}

QString LogView::searchStatus() const
{
    return m_status->text();
}

void LogView::refreshMatches()
{
    m_matchesFor = m_search->text();
    m_matches.clear();
    m_matchesStale = false;
    if (m_matchesFor.isEmpty())
        return;
    // toPlainText() keeps document positions (block separators become '\n').
    const QString haystack = m_editor->document()->toPlainText();
    for (qsizetype at = haystack.indexOf(m_matchesFor, 0, Qt::CaseInsensitive); at >= 0;
         at = haystack.indexOf(m_matchesFor, at + m_matchesFor.size(), Qt::CaseInsensitive)) {
        m_matches.append(int(at));
    }
}

void LogView::find(const QString &needle, bool backward, bool includeCurrent)
{
    if (needle != m_search->text()) {
        const QSignalBlocker blocker(m_search);
        m_search->setText(needle);
    }
    if (needle.isEmpty()) {
        m_matches.clear();
        m_matchesFor.clear();
        m_currentMatch = -1;
        setSearchStatus(QString(), false);
        highlightMatches();
        return;
    }
    if (m_matchesStale || needle != m_matchesFor)
        refreshMatches();
    if (m_matches.isEmpty()) {
        m_currentMatch = -1;
        setSearchStatus(tr("Not found"), true);
        highlightMatches();
        return;
    }

    const QTextCursor cursor = m_editor->textCursor();
    const int from = cursor.selectionStart();
    bool wrapped = false;
    qsizetype index = 0;
    if (!backward) {
        const bool inclusive = includeCurrent || !cursor.hasSelection();
        const auto it = inclusive ? std::lower_bound(m_matches.cbegin(), m_matches.cend(), from)
                                  : std::upper_bound(m_matches.cbegin(), m_matches.cend(), from);
        index = it - m_matches.cbegin();
        if (index == m_matches.size()) {
            index = 0;
            wrapped = cursor.hasSelection() || from > 0;
        }
    } else {
        const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), from);
        index = (it - m_matches.cbegin()) - 1;
        if (index < 0) {
            index = m_matches.size() - 1;
            wrapped = true;
        }
    }
    m_currentMatch = int(index);

    QTextCursor match(m_editor->document());
    match.setPosition(m_matches.at(index));
    match.setPosition(m_matches.at(index) + int(needle.size()), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(match); // scrolls to it: up there, following stops
    m_editor->ensureCursorVisible();

    const QString position
        = tr("%1 of %2")
              .arg(QLocale().toString(m_currentMatch + 1), QLocale().toString(m_matches.size()));
    setSearchStatus(wrapped ? (backward ? tr("%1, wrapped from the top").arg(position)
                                        : tr("%1, wrapped from the end").arg(position))
                            : position,
                    false);
    highlightMatches();
}

void LogView::highlightMatches()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!m_matches.isEmpty() && !m_matchesStale) {
        QTextCharFormat other;
        other.setBackground(QColor(0xff, 0xe5, 0x8f));
        other.setForeground(QColor(Qt::black));
        QTextCharFormat current;
        current.setBackground(QColor(0xff, 0x96, 0x32));
        current.setForeground(QColor(Qt::black));
        const int size = int(m_matches.size());
        const int first = std::clamp(m_currentMatch - maxHighlighted / 2, 0,
                                     std::max(0, size - maxHighlighted));
        const int last = std::min(size, first + maxHighlighted);
        const int length = int(m_matchesFor.size());
        for (int i = first; i < last; ++i) {
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(m_editor->document());
            selection.cursor.setPosition(m_matches.at(i));
            selection.cursor.setPosition(m_matches.at(i) + length, QTextCursor::KeepAnchor);
            selection.format = i == m_currentMatch ? current : other;
            selections.append(selection);
        }
    }
    m_editor->setExtraSelections(selections);
}

void LogView::setSearchStatus(const QString &status, bool failed)
{
    m_status->setText(status);
    m_status->setAccessibleDescription(status);
    QPalette palette = this->palette();
    if (failed)
        palette.setColor(QPalette::WindowText, QColor(0xa4, 0x26, 0x2c));
    m_status->setPalette(palette);
}

} // namespace Studio::Ui
