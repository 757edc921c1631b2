// The Compute page driving real operations on the local provider: create through the form,
// start/stop/restart, scale settings, delete with confirmation, failures shown where the
// user looks.
#include "../support/keyring.h"
#include "../support/testsupport.h"
#include "core/ops/computeoperations.h"
#include "core/secrets/secretstore.h"
#include "core/spec/specyaml.h"
#include "core/store/workspace.h"
#include "ui/forms/choicebuttons.h"
#include "ui/forms/computeform.h"
#include "ui/models/computelistmodel.h"
#include "ui/pages/computepage.h"
#include "ui/pages/computetab.h"
#include "ui/widgets/computedetailspanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Studio;
using namespace Studio::Ui;

namespace {

template<typename T>
T *findTopLevel(const QString &objectName = {})
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        auto *t = qobject_cast<T *>(w);
        if (t && t->isVisible() && (objectName.isEmpty() || t->objectName() == objectName))
            return t;
    }
    // Dialogs with a parent are not top-level widgets in Qt's list; search the tree.
    for (QWidget *w : QApplication::allWidgets()) {
        auto *t = qobject_cast<T *>(w);
        if (t && t->isVisible() && t->isWindow()
            && (objectName.isEmpty() || t->objectName() == objectName))
            return t;
    }
    return nullptr;
}

std::optional<ComputeRecord> row(ComputeTab *tab, const QString &name)
{
    ComputeListModel *model = tab->model();
    for (int i = 0; i < model->rowCount(); ++i) {
        if (model->computeAt(i).name == name)
            return model->computeAt(i);
    }
    return std::nullopt;
}

QString stateOf(ComputeTab *tab, const QString &name)
{
    const auto c = row(tab, name);
    return c ? c->displayState() : QString();
}

} // namespace

class tst_ComputePage : public QObject
{
    Q_OBJECT

    Test::KeyringSession m_keyring; // a real keychain; never the user's own
    QTemporaryDir m_tmp;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<ComputePage> m_page;

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        const auto started = m_keyring.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().fullText()));
        auto ws = Workspace::open(m_tmp.filePath(u"ws"_s));
        QVERIFY(ws);
        m_ws = std::move(ws.value());
        m_ws->watchForChanges(100);
        m_page = std::make_unique<ComputePage>(m_ws.get());
        m_page->resize(1200, 700);
        m_page->show();
        QSignalSpy loaded(m_page.get(), &ComputePage::loaded);
        QVERIFY(m_page->hasLoaded() || loaded.wait(5000));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_ws.reset();
        m_keyring.stop();
    }

    void createInstanceThroughTheForm()
    {
        ComputeTab *tab = m_page->tab(ComputeKind::Instance);
        QVERIFY(tab->isShowingEmptyState());
        QTest::mouseClick(tab->createButton(), Qt::LeftButton);
        auto *form = findTopLevel<ComputeForm>(u"computeInstanceForm"_s);
        QVERIFY(form);
        QVERIFY(!form->primaryButton()->isEnabled()); // no name yet
        auto *name = form->findChild<QLineEdit *>(u"name"_s);
        QVERIFY(name);
        QTest::keyClicks(name, u"ui-box"_s);
        QTRY_VERIFY(form->primaryButton()->isEnabled()); // defaults fill the rest
        QTest::mouseClick(form->primaryButton(), Qt::LeftButton);
        QTRY_VERIFY(!form->isVisible());

        // The row appears, selected, and reaches Running; the details follow it.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(tab, u"ui-box"_s), u"Running"_s, 10000);
        QTRY_COMPARE(tab->currentCompute()->name, u"ui-box"_s);
        QVERIFY(QFileInfo(m_ws->computesPath() + u"/ui-box"_s).isDir());
        QTRY_COMPARE(tab->detailsPanel()->propertyText(u"State"_s), u"Running"_s);
    }

    void stopStartRestart()
    {
        ComputeTab *tab = m_page->tab(ComputeKind::Instance);
        QTRY_COMPARE(tab->currentCompute()->name, u"ui-box"_s);
        QTRY_VERIFY(tab->actionButton(u"stop"_s)->isEnabled());
        QVERIFY(!tab->actionButton(u"start"_s)->isEnabled());
        QTest::mouseClick(tab->actionButton(u"stop"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(tab, u"ui-box"_s), u"Stopped"_s, 10000);
        QTRY_VERIFY(tab->actionButton(u"start"_s)->isEnabled());
        QVERIFY(!tab->actionButton(u"stop"_s)->isEnabled());
        QVERIFY(!tab->actionButton(u"restart"_s)->isEnabled());
        QTest::mouseClick(tab->actionButton(u"start"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(tab, u"ui-box"_s), u"Running"_s, 10000);
        QTRY_VERIFY(tab->actionButton(u"restart"_s)->isEnabled());
        QTest::mouseClick(tab->actionButton(u"restart"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->runningOperations().isEmpty(), 10000);
        QTRY_COMPARE(stateOf(tab, u"ui-box"_s), u"Running"_s);
    }

    void aUsedNameIsAWarningAndTheCreateIsRefused()
    {
        ComputeTab *tab = m_page->tab(ComputeKind::Instance);
        QTest::mouseClick(tab->newButton(), Qt::LeftButton);
        auto *form = findTopLevel<ComputeForm>(u"computeInstanceForm"_s);
        QVERIFY(form);
        QTest::keyClicks(form->findChild<QLineEdit *>(u"name"_s), u"UI-BOX"_s);
        QTRY_VERIFY(
            std::any_of(form->issues().begin(), form->issues().end(), [](const ValidationIssue &i) {
                return !i.isError() && i.message.contains(u"already exists"_s);
            }));
        form->reject();
        QTRY_VERIFY(!form->isVisible());
    }

    void clusterScaleSettings()
    {
        ComputeTab *tab = m_page->tab(ComputeKind::Cluster);
        m_page->setCurrentTab(ComputeKind::Cluster);
        ComputeForm *form = m_page->openCreateForm(ComputeKind::Cluster);
        QVERIFY(form);
        // Step 1 keeps its defaults (the smallest size); Next leads to the name and nodes.
        auto *next = form->findChild<QPushButton *>(u"next"_s);
        QVERIFY(next && next->isVisible() && !form->primaryButton()->isVisible());
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_VERIFY(form->primaryButton()->isVisible());
        QTest::keyClicks(form->findChild<QLineEdit *>(u"name"_s), u"ui-train"_s);
        auto *maxNodes = form->findChild<QSpinBox *>(u"maxNodes"_s);
        maxNodes->selectAll();
        QTest::keyClicks(maxNodes, u"3"_s);
        QTRY_VERIFY(form->primaryButton()->isEnabled());
        QTest::mouseClick(form->primaryButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(row(tab, u"ui-train"_s).has_value(), true, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(row(tab, u"ui-train"_s)->provisioningState,
                                  ProvisioningState::Succeeded, 10000);
        QTRY_COMPARE(tab->currentCompute()->name, u"ui-train"_s);
        QTRY_VERIFY(tab->actionButton(u"scale"_s)->isEnabled());
        QTest::mouseClick(tab->actionButton(u"scale"_s), Qt::LeftButton);
        auto scaleDialog = [this]() -> QDialog * {
            for (QDialog *d : m_page->findChildren<QDialog *>()) {
                if (d->isVisible() && d->windowTitle().startsWith(u"Scale settings"_s))
                    return d;
            }
            return nullptr;
        };
        QTRY_VERIFY(scaleDialog());
        QDialog *dialog = scaleDialog();
        auto *minNodes = dialog->findChild<QSpinBox *>(u"minNodes"_s);
        maxNodes = dialog->findChild<QSpinBox *>(u"maxNodes"_s);
        auto *message = dialog->findChild<QLabel *>(u"scaleMessage"_s);
        QPushButton *apply = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(minNodes && maxNodes && message && apply);
        QCOMPARE(maxNodes->value(), 3);
        minNodes->setValue(5);
        QVERIFY(!apply->isEnabled()); // the validation module's rule, shown in words
        QVERIFY(message->text().contains(u"cannot be more than the maximum (3)"_s));
        maxNodes->setValue(6);
        QVERIFY(apply->isEnabled());
        QVERIFY(message->text().isEmpty());
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(row(tab, u"ui-train"_s)->nodesText(), u"5 – 6"_s, 10000);
    }

    void aPasswordTypedInTheFormNeverReachesTheDisk()
    {
        const QString password = u"Pw-Form-7319-xq"_s;
        ComputeTab *tab = m_page->tab(ComputeKind::Cluster);
        ComputeForm *form = m_page->openCreateForm(ComputeKind::Cluster);
        QTest::mouseClick(form->findChild<QPushButton *>(u"next"_s), Qt::LeftButton);
        QTest::keyClicks(form->findChild<QLineEdit *>(u"name"_s), u"ssh-train"_s);
        // Check boxes and radio buttons react on their indicator, not the row's empty space.
        auto tick = [](QAbstractButton *b) {
            QVERIFY(b && b->isVisible());
            QTest::mouseClick(b, Qt::LeftButton, {}, QPoint(8, b->height() / 2));
        };
        tick(form->findChild<QCheckBox *>(u"sshEnabled"_s));
        auto *auth = form->findChild<ChoiceButtons *>(u"sshAuth"_s);
        QVERIFY(auth);
        tick(auth->button(1)); // Password
        auto *passwordEdit = form->findChild<QLineEdit *>(u"adminPassword"_s);
        QVERIFY(passwordEdit && passwordEdit->isVisible());
        QCOMPARE(passwordEdit->echoMode(), QLineEdit::Password);
        QTest::keyClicks(passwordEdit, password);
        QTRY_VERIFY(form->primaryButton()->isEnabled());
        QTest::mouseClick(form->primaryButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(row(tab, u"ssh-train"_s).has_value()
                                      && row(tab, u"ssh-train"_s)->provisioningState
                                             == ProvisioningState::Succeeded,
                                  true, 10000);

        // The workspace keeps the keychain entry's name; the keychain has the password.
        const auto stored = SpecYaml::fromStoredJson(row(tab, u"ssh-train"_s)->spec);
        QVERIFY(stored.ok());
        const Secret secret = stored->as<ClusterSpec>()->ssh.adminPassword;
        QVERIFY(secret.value.isEmpty());
        QVERIFY(!secret.keychainKey.isEmpty());
        const auto fromKeychain = SecretStore().readNow(secret.keychainKey);
        QVERIFY2(fromKeychain.ok(),
                 qPrintable(fromKeychain.ok() ? QString() : fromKeychain.error().fullText()));
        QCOMPARE(*fromKeychain, password);
        // Nowhere in the workspace folder (as UTF-8, how its database and files hold text), nor
        // anywhere else under the test's home but the keyring's encrypted file.
        QCOMPARE(Test::filesContaining(m_ws->path(), password.toUtf8()), QStringList());
        QCOMPARE(Test::filesContaining(m_keyring.root(), password.toUtf8()), QStringList());

        // Deleting the compute removes its keychain entry too.
        QVERIFY(tab->currentCompute() && tab->currentCompute()->name == u"ssh-train"_s);
        emit tab->actionRequested(u"delete"_s, u"ssh-train"_s);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_page->findChild<QMessageBox *>()) && box->isVisible());
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
        }
        QTRY_VERIFY_WITH_TIMEOUT(!row(tab, u"ssh-train"_s), 10000);
        QVERIFY(!SecretStore().readNow(secret.keychainKey).ok());
    }

    void deleteAsksFirst()
    {
        ComputeTab *tab = m_page->tab(ComputeKind::Instance);
        m_page->setCurrentTab(ComputeKind::Instance);
        tab->selectCompute(u"ui-box"_s);
        QTRY_COMPARE(tab->currentCompute()->name, u"ui-box"_s);
        QTRY_VERIFY(tab->actionButton(u"delete"_s)->isEnabled());

        // Cancel keeps it.
        QTest::mouseClick(tab->actionButton(u"delete"_s), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_page->findChild<QMessageBox *>()) && box->isVisible());
        QVERIFY(box->text().contains(u"ui-box"_s));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!m_page->findChild<QMessageBox *>());
        QVERIFY(row(tab, u"ui-box"_s));

        // Delete deletes it and its folder.
        QTest::mouseClick(tab->actionButton(u"delete"_s), Qt::LeftButton);
        QTRY_VERIFY((box = m_page->findChild<QMessageBox *>()) && box->isVisible());
        QPushButton *confirm = nullptr;
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                confirm = qobject_cast<QPushButton *>(b);
        }
        QVERIFY(confirm);
        confirm->click();
        QTRY_VERIFY_WITH_TIMEOUT(!row(tab, u"ui-box"_s), 10000);
        QVERIFY(!QFileInfo::exists(m_ws->computesPath() + u"/ui-box"_s));
    }

    void aFailedCreateShowsOnItsRow()
    {
        QVERIFY(QDir().mkpath(m_ws->computesPath()));
        QFile blocker(m_ws->computesPath() + u"/ui-blocked"_s);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ComputeTab *tab = m_page->tab(ComputeKind::Instance);
        ComputeForm *form = m_page->openCreateForm(ComputeKind::Instance);
        QTest::keyClicks(form->findChild<QLineEdit *>(u"name"_s), u"ui-blocked"_s);
        QTRY_VERIFY(form->primaryButton()->isEnabled());
        QTest::mouseClick(form->primaryButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(tab, u"ui-blocked"_s), u"Failed"_s, 10000);
        QTRY_COMPARE(tab->currentCompute()->name, u"ui-blocked"_s);
        const QString error = tab->detailsPanel()->propertyText(u"Last error"_s);
        QVERIFY2(error.contains(u"ui-blocked"_s), qPrintable(error));
        QTRY_VERIFY(tab->notice()->isVisible()); // the operation's end may follow the row's
        QTRY_VERIFY(tab->actionButton(u"delete"_s)->isEnabled()); // a failed compute can go
    }
};

QTEST_MAIN(tst_ComputePage)
#include "tst_computepage.moc"
