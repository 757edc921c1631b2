// The submit dialog: validation next to the fields as you type, the target's rules (a
// distributed run on an instance), View YAML / Load YAML, and a refused submission that
// keeps the form.
#include "../support/testsupport.h"
#include "core/runs/jobyaml.h"
#include "core/spec/specyaml.h"
#include "core/spec/validation.h"
#include "core/store/workspace.h"
#include "ui/forms/filepathedit.h"
#include "ui/forms/submitrundialog.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Studio;
using namespace Studio::Ui;

class tst_SubmitRunDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<Workspace> m_ws;

    QString source() const { return m_tmp.filePath(u"src"_s); }

    void addCompute(const ComputeSpec &spec, ComputeKind kind, const QString &state)
    {
        ComputeRecord record;
        record.name = spec.name;
        record.kind = kind;
        record.type = kind == ComputeKind::Cluster ? u"AmlCompute"_s : u"ComputeInstance"_s;
        record.provider = u"local"_s;
        record.provisioningState = ProvisioningState::Succeeded;
        record.state = state;
        record.spec = SpecYaml::toStoredJson(spec);
        QVERIFY(m_ws->computes().insert(record));
    }

    /// A dialog with its targets read.
    SubmitRunDialog *open()
    {
        auto *dialog = new SubmitRunDialog(m_ws.get());
        QSignalSpy loaded(dialog, &SubmitRunDialog::targetsLoaded);
        dialog->show();
        if (!dialog->hasTargets())
            loaded.wait(5000);
        return dialog;
    }

    void fillValid(SubmitRunDialog *dialog)
    {
        dialog->sourceEdit()->setText(source());
        dialog->commandEdit()->setText(u"python train.py"_s);
    }

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        QVERIFY(QDir().mkpath(source()));
        QFile script(source() + u"/train.py"_s);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("print('hi')\n");
        script.close();
        auto ws = Workspace::open(m_tmp.filePath(u"ws"_s));
        QVERIFY(ws);
        m_ws = std::move(ws.value());
        ComputeSpec instance = ComputeSpec::defaults(SpecType::ComputeInstance);
        instance.name = u"dev-box"_s;
        addCompute(instance, ComputeKind::Instance, u"Running"_s);
        instance.name = u"off-box"_s;
        addCompute(instance, ComputeKind::Instance, u"Stopped"_s);
        ComputeSpec cluster = ComputeSpec::defaults(SpecType::AmlCompute);
        cluster.name = u"train-2"_s;
        cluster.as<ClusterSpec>()->maxInstances = 2;
        addCompute(cluster, ComputeKind::Cluster, u"Idle"_s);
    }

    void cleanupTestCase() { m_ws.reset(); }

    void sourceFolderIsRequired()
    {
        std::unique_ptr<SubmitRunDialog> dialog(open());
        QVERIFY(!dialog->submitButton()->isEnabled());
        // Untouched: not in red yet, but named as still needed.
        QVERIFY(dialog->messageFor(u"code"_s).isEmpty());
        QVERIFY2(dialog->statusLabel()->text().contains(u"Source folder"_s),
                 qPrintable(dialog->statusLabel()->text()));
        QTest::keyClicks(dialog->sourceEdit(), m_tmp.filePath(u"missing"_s));
        QVERIFY2(dialog->messageFor(u"code"_s).contains(u"does not exist"_s),
                 qPrintable(dialog->messageFor(u"code"_s)));
        dialog->sourceEdit()->clear();
        QCOMPARE(dialog->messageFor(u"code"_s), u"Choose the folder with your scripts."_s);
        dialog->sourceEdit()->setText(source() + u"/train.py"_s);
        QVERIFY(dialog->messageFor(u"code"_s).contains(u"is a file"_s));
        fillValid(dialog.get());
        QVERIFY(dialog->messageFor(u"code"_s).isEmpty());
        QVERIFY2(dialog->submitButton()->isEnabled(),
                 qPrintable(dialog->submitButton()->toolTip()));
    }

    void badArguments_data()
    {
        QTest::addColumn<QString>("arguments");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"--epochs 3"_s << true;
        QTest::newRow("quoted") << u"--name \"two words\" --x 'a b'"_s << true;
        QTest::newRow("escaped quote") << u"--name \\\"x"_s << true;
        QTest::newRow("open double quote") << u"--name \"two words"_s << false;
        QTest::newRow("open single quote") << u"--name 'x"_s << false;
        QTest::newRow("trailing backslash") << u"--x \\"_s << false;
    }

    void badArguments()
    {
        QFETCH(QString, arguments);
        QFETCH(bool, valid);
        std::unique_ptr<SubmitRunDialog> dialog(open());
        fillValid(dialog.get());
        QTest::keyClicks(dialog->argumentsEdit(), arguments);
        QCOMPARE(dialog->messageFor(u"arguments"_s).isEmpty(), valid);
        QCOMPARE(dialog->submitButton()->isEnabled(), valid);
        if (valid)
            QCOMPARE(dialog->spec().command, QString(u"python train.py "_s + arguments));
    }

    void distributedOnAnInstanceIsRefused()
    {
        std::unique_ptr<SubmitRunDialog> dialog(open());
        fillValid(dialog.get());
        dialog->setTarget(u"dev-box"_s);
        QCOMPARE(dialog->target(), u"dev-box"_s);
        QVERIFY(!dialog->instanceCount()->isVisibleTo(dialog.get())); // not a cluster
        dialog->setSpec([&] {
            RunSpec spec = dialog->spec();
            spec.distribution.instanceCount = 2;
            return spec;
        }());
        QVERIFY(dialog->instanceCount()->isVisibleTo(dialog.get())); // set: shown with its message
        QCOMPARE(dialog->messageFor(u"distribution"_s),
                 CapabilityMatrix::refusal(SpecType::ComputeInstance, Workload::DistributedRun));
        QVERIFY(!dialog->submitButton()->isEnabled());

        // The local machine is one node.
        dialog->setTarget(u"local"_s);
        QVERIFY(dialog->messageFor(u"distribution"_s).contains(u"single node"_s));
        // A cluster takes it, up to its max_instances.
        dialog->setTarget(u"train-2"_s);
        QVERIFY(dialog->messageFor(u"distribution"_s).isEmpty());
        QVERIFY(dialog->submitButton()->isEnabled());
        dialog->instanceCount()->setValue(3);
        QVERIFY(dialog->messageFor(u"distribution"_s).contains(u"at most 2"_s));
        dialog->instanceCount()->setValue(2);
        dialog->processCount()->setValue(2);
        QCOMPARE(dialog->spec().distribution.worldSize(), 4);
        QVERIFY(dialog->submitButton()->isEnabled());
    }

    void environmentChoices()
    {
        std::unique_ptr<SubmitRunDialog> dialog(open());
        fillValid(dialog.get());
        dialog->environmentKind()->setCurrentIndex(SubmitRunDialog::Interpreter);
        QVERIFY(!dialog->messageFor(u"environment"_s).isEmpty());
        dialog->interpreterEdit()->setPath(m_tmp.filePath(u"no-python"_s));
        QVERIFY(dialog->messageFor(u"environment"_s).contains(u"no file"_s));
        dialog->interpreterEdit()->setPath(source() + u"/train.py"_s); // not executable
        QVERIFY(dialog->messageFor(u"environment"_s).contains(u"not an executable"_s));
        dialog->interpreterEdit()->setPath(u"sh"_s);
        QVERIFY(dialog->messageFor(u"environment"_s).isEmpty());
        QCOMPARE(dialog->spec().environment.interpreter, u"sh"_s);

        dialog->environmentKind()->setCurrentIndex(SubmitRunDialog::Requirements);
        QVERIFY(!dialog->messageFor(u"environment"_s).isEmpty());
        QFile req(m_tmp.filePath(u"requirements.txt"_s));
        QVERIFY(req.open(QIODevice::WriteOnly));
        req.write("numpy\n");
        req.close();
        dialog->requirementsEdit()->setPath(req.fileName());
        QVERIFY(dialog->messageFor(u"environment"_s).isEmpty());
        QCOMPARE(dialog->spec().environment.kind, EnvironmentSpec::Kind::SystemManaged);
        QCOMPARE(dialog->spec().environment.requirements, u"numpy\n"_s);

        if (dialog->curatedChooser()->count() > 0) {
            dialog->environmentKind()->setCurrentIndex(SubmitRunDialog::Curated);
            QVERIFY(dialog->spec().environment.name.startsWith(u"azureml:"_s));
        }
        dialog->experimentEdit()->setEditText(u"bad name!"_s);
        QVERIFY(!dialog->messageFor(u"experiment_name"_s).isEmpty());
    }

    void viewAndLoadYaml()
    {
        std::unique_ptr<SubmitRunDialog> dialog(open());
        fillValid(dialog.get());
        dialog->argumentsEdit()->setText(u"--epochs 3"_s);
        dialog->experimentEdit()->setEditText(u"mnist"_s);
        dialog->displayNameEdit()->setText(u"first try"_s);
        dialog->maxDuration()->setValue(30);
        dialog->setTarget(u"train-2"_s);
        const QString yaml = dialog->yamlText();
        QVERIFY2(yaml.contains(u"python train.py --epochs 3"_s), qPrintable(yaml));
        QVERIFY(yaml.contains(u"mnist"_s));
        QDialog *view = dialog->showYaml();
        auto *text = view->findChild<QPlainTextEdit *>(u"yamlText"_s);
        QVERIFY(text);
        QCOMPARE(text->toPlainText(), yaml);
        view->close();

        // What View YAML writes, Load YAML reads back.
        QFile file(m_tmp.filePath(u"job.yml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(yaml.toUtf8());
        file.close();
        std::unique_ptr<SubmitRunDialog> second(open());
        QVERIFY2(second->loadYamlFile(file.fileName()), qPrintable(second->loadReport()->text()));
        QCOMPARE(second->commandEdit()->text(), u"python train.py --epochs 3"_s);
        QCOMPARE(second->experimentEdit()->currentText(), u"mnist"_s);
        QCOMPARE(second->displayNameEdit()->text(), u"first try"_s);
        QCOMPARE(second->maxDuration()->value(), 30);
        QCOMPARE(second->target(), u"train-2"_s);
        QCOMPARE(QDir::cleanPath(second->sourceEdit()->text()), QDir::cleanPath(source()));
        QVERIFY(second->submitButton()->isEnabled());

        // A file that is not a job: the form is left as it was.
        QFile bad(m_tmp.filePath(u"bad.yml"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("type: command\ncommand: [unclosed\n");
        bad.close();
        QVERIFY(!second->loadYamlFile(bad.fileName()));
        QVERIFY(second->loadReport()->isVisible());
        QCOMPARE(second->commandEdit()->text(), u"python train.py --epochs 3"_s);
    }

    void refusedSubmissionKeepsTheForm()
    {
        auto *dialog = open();
        QPointer<SubmitRunDialog> guard(dialog);
        fillValid(dialog);
        dialog->setTarget(u"off-box"_s); // stopped: a warning, the engine refuses
        QVERIFY(dialog->messageFor(u"compute"_s).contains(u"start it"_s));
        QVERIFY(dialog->submitButton()->isEnabled());
        QSignalSpy failed(dialog, &SubmitRunDialog::submitFailed);
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QVERIFY(failed.wait(20000));
        QVERIFY(guard);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->statusLabel()->text().contains(u"off-box"_s),
                 qPrintable(dialog->statusLabel()->text()));
        QCOMPARE(dialog->commandEdit()->text(), u"python train.py"_s);
        QVERIFY(dialog->submitButton()->isEnabled());
        delete dialog;
    }
};

QTEST_MAIN(tst_SubmitRunDialog)
#include "tst_submitrundialog.moc"
