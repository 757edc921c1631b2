#include "ui/views/logview.h"

#include "core/runs/logfile.h"

#include "../support/testsupport.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Studio;
using Studio::Ui::LogView;

namespace {

void writeFile(const QString &path, const QByteArray &bytes, QIODevice::OpenMode mode = {})
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | mode), qPrintable(f.errorString()));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray numbered(int from, int to, const char *prefix = "line ")
{
    QByteArray out;
    for (int i = from; i < to; ++i)
        out += prefix + QByteArray::number(i) + '\n';
    return out;
}

QStringList shownLines(const LogView &view)
{
    return view.text().split(u'\n');
}

/// The line at the top of the visible area.
QString topLine(QPlainTextEdit *editor)
{
    return editor->cursorForPosition(QPoint(2, 2)).block().text();
}

} // namespace

class tst_LogView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheLastLines();
    void followsAppendedLines();
    void scrollingUpStopsFollowing();
    void jumpToEndFollowsAgain();
    void searchFindsHighlightsAndWraps();
    void searchFromTheKeyboard();
    void loadEarlierKeepsThePlace();
    void progressLineUpdatesInPlace();
    void finishedShowsTheUnterminatedLine();
    void truncatedFileIsShownAnew();
    void fileAppearingLater();
    void invalidUtf8ShowsReplacementCharacters();
    void trimsWhileFollowingAndLoadsBack();
    void controlsAreNamedAndReachable();

private:
    QPlainTextEdit *editor() const { return m_view->findChild<QPlainTextEdit *>(u"logText"_s); }
    QToolButton *button(const QString &name) const
    {
        return m_view->findChild<QToolButton *>(name);
    }

    QTemporaryDir m_dir;
    QString m_path;
    LogView *m_view = nullptr;
};

void tst_LogView::initTestCase()
{
    Test::initTestEnvironment();
    QVERIFY(m_dir.isValid());
}

void tst_LogView::init()
{
    m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".log"_s);
    m_view = new LogView;
    m_view->resize(800, 400);
    m_view->show();
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void tst_LogView::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

void tst_LogView::showsTheLastLines()
{
    writeFile(m_path, numbered(0, 12000));
    m_view->setFile(m_path);
    QCOMPARE(m_view->file(), m_path);
    const QStringList lines = shownLines(*m_view);
    QCOMPARE(lines.size(), LogView::InitialLines);
    QCOMPARE(lines.first(), u"line 7000"_s);
    QCOMPARE(lines.last(), u"line 11999"_s);
    QVERIFY(m_view->canLoadEarlier());
    QVERIFY(button(u"logLoadEarlier"_s)->isVisible());
    QVERIFY(m_view->isFollowing());
    QScrollBar *bar = editor()->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());
}

void tst_LogView::followsAppendedLines()
{
    writeFile(m_path, numbered(0, 300));
    m_view->setFile(m_path);
    QVERIFY(!m_view->canLoadEarlier());
    QVERIFY(!button(u"logLoadEarlier"_s)->isVisible());
    for (int batch = 0; batch < 3; ++batch) {
        writeFile(m_path, numbered(300 + batch * 100, 400 + batch * 100), QIODevice::Append);
        const QString last = u"line "_s + QString::number(399 + batch * 100);
        QTRY_COMPARE(shownLines(*m_view).last(), last);
        QScrollBar *bar = editor()->verticalScrollBar();
        QCOMPARE(bar->value(), bar->maximum());
        QCOMPARE(topLine(editor()).isEmpty(), false);
    }
    QCOMPARE(shownLines(*m_view), QString::fromLatin1(numbered(0, 600)).split(u'\n').mid(0, 600));
}

void tst_LogView::scrollingUpStopsFollowing()
{
    writeFile(m_path, numbered(0, 1000));
    m_view->setFile(m_path);
    QSignalSpy following(m_view, &LogView::followingChanged);
    QScrollBar *bar = editor()->verticalScrollBar();
    QCOMPARE(bar->value(), bar->maximum());

    bar->triggerAction(QAbstractSlider::SliderPageStepSub); // as a reader scrolling up
    QVERIFY(!m_view->isFollowing());
    QCOMPARE(following.count(), 1);
    QCOMPARE(following.at(0).at(0).toBool(), false);
    QVERIFY(!button(u"logFollow"_s)->isChecked());

    const int where = bar->value();
    const QString top = topLine(editor());
    writeFile(m_path, numbered(1000, 1200), QIODevice::Append);
    QTRY_COMPARE(shownLines(*m_view).last(), u"line 1199"_s);
    QCOMPARE(bar->value(), where);
    QCOMPARE(topLine(editor()), top);
    QVERIFY(bar->value() < bar->maximum());
    QVERIFY(!m_view->isFollowing());

    // Resizing while not following keeps the place; following, the end stays in sight.
    m_view->resize(800, 300);
    QTest::qWait(20);
    QVERIFY(!m_view->isFollowing());
    QCOMPARE(topLine(editor()), top);

    // The Follow button turns it back on and goes to the end.
    button(u"logFollow"_s)->click();
    QVERIFY(m_view->isFollowing());
    QCOMPARE(bar->value(), bar->maximum());
    QCOMPARE(following.count(), 2);
    m_view->resize(800, 200);
    QTRY_COMPARE(bar->value(), bar->maximum());
    QVERIFY(m_view->isFollowing());
}

void tst_LogView::jumpToEndFollowsAgain()
{
    writeFile(m_path, numbered(0, 1000));
    m_view->setFile(m_path);
    QScrollBar *bar = editor()->verticalScrollBar();
    bar->setValue(0);
    QVERIFY(!m_view->isFollowing());
    QCOMPARE(topLine(editor()), u"line 0"_s);

    button(u"logJumpToEnd"_s)->click();
    QVERIFY(m_view->isFollowing());
    QCOMPARE(bar->value(), bar->maximum());

    // Ctrl+End in the text does the same.
    bar->setValue(0);
    QVERIFY(!m_view->isFollowing());
    editor()->setFocus();
    QTest::keyClick(editor(), Qt::Key_End, Qt::ControlModifier);
    QVERIFY(m_view->isFollowing());
    QCOMPARE(bar->value(), bar->maximum());

    // And following continues with new lines.
    writeFile(m_path, numbered(1000, 1100), QIODevice::Append);
    QTRY_COMPARE(shownLines(*m_view).last(), u"line 1099"_s);
    QCOMPARE(bar->value(), bar->maximum());
}

void tst_LogView::searchFindsHighlightsAndWraps()
{
    QByteArray content;
    for (int i = 0; i < 400; ++i)
        content += "step " + QByteArray::number(i)
                   + (i % 100 == 50 ? " ERROR: out of memory\n" : " ok\n");
    writeFile(m_path, content);
    m_view->setFile(m_path);
    QPlainTextEdit *text = editor();

    m_view->findNext(u"error"_s);
    QCOMPARE(m_view->searchStatus(), u"1 of 4"_s);
    QCOMPARE(text->textCursor().selectedText(), u"ERROR"_s);
    QCOMPARE(text->textCursor().block().text(), u"step 50 ERROR: out of memory"_s);
    QCOMPARE(text->extraSelections().size(), 4);
    QVERIFY(!m_view->isFollowing()); // the view went up to the match
    QVERIFY(text->cursorRect().intersects(text->viewport()->rect()));

    m_view->findNext(u"error"_s);
    QCOMPARE(m_view->searchStatus(), u"2 of 4"_s);
    QCOMPARE(text->textCursor().block().text(), u"step 150 ERROR: out of memory"_s);
    m_view->findNext(u"error"_s);
    m_view->findNext(u"error"_s);
    QCOMPARE(text->textCursor().block().text(), u"step 350 ERROR: out of memory"_s);
    m_view->findNext(u"error"_s);
    QVERIFY2(m_view->searchStatus().startsWith(u"1 of 4, wrapped"_s),
             qPrintable(m_view->searchStatus()));
    QCOMPARE(text->textCursor().block().text(), u"step 50 ERROR: out of memory"_s);
    QVERIFY(text->cursorRect().intersects(text->viewport()->rect()));

    m_view->findPrevious(u"error"_s);
    QVERIFY(m_view->searchStatus().startsWith(u"4 of 4, wrapped"_s));
    QCOMPARE(text->textCursor().block().text(), u"step 350 ERROR: out of memory"_s);

    m_view->findNext(u"no such text"_s);
    QCOMPARE(m_view->searchStatus(), u"Not found"_s);
    QVERIFY(text->extraSelections().isEmpty());

    // New matches arriving are counted.
    m_view->findNext(u"error"_s);
    writeFile(m_path, "late ERROR\n", QIODevice::Append);
    QTRY_COMPARE(text->extraSelections().size(), 5);
    QTRY_VERIFY(m_view->searchStatus().endsWith(u" of 5"_s));
}

void tst_LogView::searchFromTheKeyboard()
{
    writeFile(m_path, "alpha\nbeta\nalpha beta\ngamma\n");
    m_view->setFile(m_path);
    auto *search = m_view->findChild<QLineEdit *>(u"logSearch"_s);
    QVERIFY(search);
    editor()->setFocus();
    QTRY_VERIFY(editor()->hasFocus());
    QTest::keyClick(editor(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());

    QTest::keyClicks(search, u"beta"_s); // as you type
    QCOMPARE(m_view->searchStatus(), u"1 of 2"_s);
    QCOMPARE(editor()->textCursor().block().text(), u"beta"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_view->searchStatus(), u"2 of 2"_s);
    QCOMPARE(editor()->textCursor().block().text(), u"alpha beta"_s);
    QTest::keyClick(search, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(m_view->searchStatus(), u"1 of 2"_s);
    QTest::keyClick(search, Qt::Key_F3);
    QCOMPARE(m_view->searchStatus(), u"2 of 2"_s);
    QTest::keyClick(search, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(m_view->searchStatus(), u"1 of 2"_s);
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_VERIFY(editor()->hasFocus());
}

void tst_LogView::loadEarlierKeepsThePlace()
{
    writeFile(m_path, numbered(0, 12000));
    m_view->setFile(m_path);
    QScrollBar *bar = editor()->verticalScrollBar();
    bar->setValue(10); // reading near the top of what is shown
    QCOMPARE(topLine(editor()), u"line 7010"_s);

    button(u"logLoadEarlier"_s)->click();
    QStringList lines = shownLines(*m_view);
    QCOMPARE(lines.size(), 2 * LogView::EarlierLines);
    QCOMPARE(lines.first(), u"line 2000"_s);
    QCOMPARE(lines.last(), u"line 11999"_s);
    QCOMPARE(topLine(editor()), u"line 7010"_s); // still where the reader was
    QVERIFY(!m_view->isFollowing());
    QVERIFY(m_view->canLoadEarlier());

    button(u"logLoadEarlier"_s)->click();
    lines = shownLines(*m_view);
    QCOMPARE(lines, QString::fromLatin1(numbered(0, 12000)).split(u'\n').mid(0, 12000));
    QCOMPARE(topLine(editor()), u"line 7010"_s);
    QVERIFY(!m_view->canLoadEarlier());
    QVERIFY(!button(u"logLoadEarlier"_s)->isVisible());
}

void tst_LogView::progressLineUpdatesInPlace()
{
    writeFile(m_path, "epoch 1\n\r  0%|");
    m_view->setFile(m_path);
    QCOMPARE(m_view->text(), u"epoch 1\n  0%|"_s);
    for (int p = 20; p <= 100; p += 20) {
        writeFile(m_path, "\r " + QByteArray::number(p) + "%|", QIODevice::Append);
        QTRY_COMPARE(m_view->text(), u"epoch 1\n "_s + QString::number(p) + u"%|"_s);
    }
    writeFile(m_path, "\nepoch 2\n", QIODevice::Append);
    QTRY_COMPARE(m_view->text(), u"epoch 1\n 100%|\nepoch 2"_s);
}

void tst_LogView::finishedShowsTheUnterminatedLine()
{
    writeFile(m_path, "one\ntwo\n");
    m_view->setFile(m_path);
    writeFile(m_path, "three\nlast words", QIODevice::Append);
    QTRY_COMPARE(m_view->text(), u"one\ntwo\nthree\nlast words"_s);
    m_view->setFinished(true);
    QVERIFY(m_view->isFinished());
    QCOMPARE(m_view->text(), u"one\ntwo\nthree\nlast words"_s);
    // Not following the file any more.
    writeFile(m_path, " and more\n", QIODevice::Append);
    QTest::qWait(2 * LogFollower::PollIntervalMs);
    QCOMPARE(m_view->text(), u"one\ntwo\nthree\nlast words"_s);

    // A finished run's log opened later shows its unterminated last line too.
    LogView other;
    other.setFinished(true);
    other.setFile(m_path);
    QCOMPARE(other.text(), u"one\ntwo\nthree\nlast words and more"_s);
}

void tst_LogView::truncatedFileIsShownAnew()
{
    writeFile(m_path, numbered(0, 100));
    m_view->setFile(m_path);
    QCOMPARE(shownLines(*m_view).size(), 100);
    writeFile(m_path, "fresh start\n", QIODevice::Truncate);
    QTRY_COMPARE(m_view->text(), u"fresh start"_s);
    writeFile(m_path, "and on\n", QIODevice::Append);
    QTRY_COMPARE(m_view->text(), u"fresh start\nand on"_s);
}

void tst_LogView::fileAppearingLater()
{
    m_view->setFile(m_path);
    QVERIFY(m_view->text().isEmpty());
    QVERIFY(!editor()->placeholderText().isEmpty());
    writeFile(m_path, "hello\n");
    QTRY_COMPARE(m_view->text(), u"hello"_s);
}

void tst_LogView::invalidUtf8ShowsReplacementCharacters()
{
    writeFile(m_path, "bad \xff\xfe bytes\n\x1b[32mgreen\x1b[0m\n");
    m_view->setFile(m_path);
    QCOMPARE(m_view->text(), u"bad \uFFFD\uFFFD bytes\ngreen"_s);
}

void tst_LogView::trimsWhileFollowingAndLoadsBack()
{
    // More than MaxLines arrive while following: the oldest reads are dropped from the view,
    // and "Load earlier lines" brings them back from the file, without a gap.
    writeFile(m_path, numbered(0, 10, "l"));
    m_view->setFile(m_path);
    const int total = LogView::MaxLines + 50000;
    writeFile(m_path, numbered(10, total, "l"), QIODevice::Append);
    QTRY_COMPARE_WITH_TIMEOUT(shownLines(*m_view).last(), u"l"_s + QString::number(total - 1),
                              60000);
    QStringList lines = shownLines(*m_view);
    QVERIFY2(lines.size() < total, qPrintable(QString::number(lines.size())));
    QVERIFY(lines.size() >= LogView::MaxLines);
    QVERIFY(m_view->canLoadEarlier());
    const int first = lines.first().mid(1).toInt();
    QVERIFY(first > 0);
    QCOMPARE(lines.first(), u"l"_s + QString::number(first));

    m_view->loadEarlier();
    lines = shownLines(*m_view);
    const int expectedFirst = std::max(0, first - LogView::EarlierLines);
    QCOMPARE(lines.first(), u"l"_s + QString::number(expectedFirst));
    QCOMPARE(lines.size(), total - expectedFirst);
    for (int i = 0; i < lines.size(); i += 1009)
        QCOMPARE(lines.at(i), u"l"_s + QString::number(expectedFirst + i));
}

void tst_LogView::controlsAreNamedAndReachable()
{
    const QStringList names{u"logFollow"_s, u"logJumpToEnd"_s, u"logWrap"_s, u"logFindPrevious"_s,
                            u"logFindNext"_s};
    for (const QString &name : names) {
        QToolButton *b = button(name);
        QVERIFY2(b, qPrintable(name));
        QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(name));
        QVERIFY2(!b->toolTip().isEmpty(), qPrintable(name));
        QVERIFY2(b->focusPolicy() & Qt::TabFocus, qPrintable(name));
    }
    auto *search = m_view->findChild<QLineEdit *>(u"logSearch"_s);
    QVERIFY(!search->accessibleName().isEmpty());
    QVERIFY(!editor()->accessibleName().isEmpty());
    QVERIFY(editor()->isReadOnly());
    QVERIFY(editor()->font().fixedPitch() || QFontInfo(editor()->font()).fixedPitch());

    // Tab goes from the search field through the buttons into the text.
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    QWidget *w = search;
    QList<QWidget *> visited;
    for (int i = 0; i < 10 && w != editor(); ++i) {
        w = w->nextInFocusChain();
        while (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisible())
            w = w->nextInFocusChain();
        visited.append(w);
    }
    QCOMPARE(visited.last(), editor());
    QVERIFY(visited.contains(button(u"logFindNext"_s)));
}

QTEST_MAIN(tst_LogView)
#include "tst_logview.moc"
