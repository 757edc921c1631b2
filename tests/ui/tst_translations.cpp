#include "../support/testsupport.h"
#include "core/store/workspace.h"
#include "core/util/translations.h"
#include "ui/mainwindow.h"
#include "ui/pages/computepage.h"
#include "ui/pages/computetab.h"

#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Studio;

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void koreanIsShipped()
    {
        QVERIFY(availableLanguages().contains(u"ko"_s));
        QCOMPARE(availableLanguages().constFirst(), u"en"_s);
    }

    void everySourceTextHasAKoreanTranslation()
    {
        QFile ts(QStringLiteral(STUDIO_SOURCE_DIR "/resources/translations/computestudio_ko.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList unfinished;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                ++messages;
                const bool isUnfinished = xml.attributes().value(u"type"_s) == u"unfinished"_s;
                if (isUnfinished || xml.readElementText().isEmpty())
                    unfinished.append(source);
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 100);
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(u'\n')));
    }

    void shellFollowsTheChosenLanguage()
    {
        QCOMPARE(installTranslations(*qApp, u"ko"_s), u"ko"_s);
        QTemporaryDir tmp;
        auto ws = Workspace::open(tmp.filePath(u"ws"_s));
        QVERIFY(ws);
        Ui::MainWindow window(std::move(ws.value()));
        QCOMPARE(window.navigation()->item(0)->text(), u"컴퓨팅"_s);
        QCOMPARE(window.navigation()->item(1)->text(), u"실행"_s);
        auto *tabs = window.computePage()->findChild<QTabWidget *>();
        QCOMPARE(tabs->tabText(0), u"컴퓨팅 인스턴스"_s);
        QCOMPARE(tabs->tabText(1), u"컴퓨팅 클러스터"_s);
        QCOMPARE(tabs->tabText(2), u"유추 클러스터"_s);
        QCOMPARE(tabs->tabText(3), u"연결된 컴퓨팅"_s);
        QCOMPARE(window.computePage()->tab(ComputeKind::Cluster)->createButton()->text(),
                 u"만들기"_s);
        QCOMPARE(displayName(ProvisioningState::Failed), u"실패"_s);
    }
};

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
