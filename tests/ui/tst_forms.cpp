#include "../support/testsupport.h"
#include "core/providers/provider.h"
#include "core/spec/specyaml.h"
#include "core/spec/validation.h"
#include "ui/forms/attachcomputeform.h"
#include "ui/forms/choicebuttons.h"
#include "ui/forms/computeclusterform.h"
#include "ui/forms/computeinstanceform.h"
#include "ui/forms/disclosurebutton.h"
#include "ui/forms/filepathedit.h"
#include "ui/forms/formfactory.h"
#include "ui/forms/inferenceclusterform.h"
#include "ui/forms/vmsizepicker.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Studio;
using namespace Studio::Ui;

namespace {

/// A provider that offers sizes for inference clusters, which the local provider cannot back:
/// the inference form's nodes × vCPUs rule needs sizes with known vCPUs. It creates nothing.
class SizesOnlyProvider final : public Provider
{
public:
    QString id() const override { return u"sizes-test"_s; }
    QString displayName() const override { return u"Sizes test"_s; }
    bool canBack(SpecType type) const override { return type == SpecType::InferenceCluster; }
    QList<VmSize> sizes(SpecType type) const override
    {
        if (!canBack(type))
            return {};
        return {{u"Small_2"_s, 2, 4, 0, u"test"_s},
                {u"Medium_4"_s, 4, 16, 0, u"test"_s},
                {u"Large_8"_s, 8, 32, 0, u"test"_s}};
    }
    Result<QString> create(const ComputeSpec &, const ProviderStepContext &) override
    {
        return Error{u"This provider only lists sizes."_s, {}};
    }
    Result<void> remove(const ComputeRecord &, const ProviderStepContext &) override
    {
        return Error{u"This provider only lists sizes."_s, {}};
    }
    Result<QString> act(const ComputeRecord &, Action, const ProviderStepContext &) override
    {
        return Error{u"This provider only lists sizes."_s, {}};
    }
    Result<void> update(const ComputeRecord &, const ComputeSpec &,
                        const ProviderStepContext &) override
    {
        return Error{u"This provider only lists sizes."_s, {}};
    }
};

/// Replaces a line edit's or spin box's text the way a person does: select all, type.
void retype(QWidget *editor, const QString &text)
{
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(editor, Qt::Key_Backspace);
    else
        QTest::keyClicks(editor, text);
}

QLineEdit *lineEditOf(QWidget *editor)
{
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        return edit;
    if (auto *path = qobject_cast<FilePathEdit *>(editor))
        return path->lineEdit();
    return editor ? editor->findChild<QLineEdit *>() : nullptr;
}

void typeInto(ComputeForm &form, const QString &field, const QString &text)
{
    QWidget *editor = form.editorFor(field);
    QVERIFY2(editor, qPrintable(field));
    QVERIFY2(editor->isVisibleTo(&form), qPrintable(field));
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        retype(spin, text);
        return;
    }
    retype(lineEditOf(editor), text);
}

void click(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY(button->isVisible());
    // Check boxes and radio buttons react on their indicator and text, not on the empty
    // space a form layout may give them.
    const bool indicator
        = qobject_cast<QCheckBox *>(button) || qobject_cast<QRadioButton *>(button);
    const QPoint at = indicator ? QPoint(std::min(8, button->width() / 2), button->height() / 2)
                                : button->rect().center();
    QTest::mouseClick(button, Qt::LeftButton, {}, at);
}

/// The messages Validation gives the form's spec for one field, as the form shows them.
QString expectedMessage(const ComputeForm &form, const QString &field, const QList<VmSize> &sizes)
{
    const ValidationIssues issues
        = Validation::validate(form.spec(), ValidationContext{form.existingNames(), sizes, true});
    QStringList messages;
    for (const ValidationIssue &issue : issuesForField(issues, field))
        messages.append(issue.message);
    return messages.join(u'\n');
}

QList<VmSize> localSizes(SpecType type)
{
    return ProviderRegistry::instance().find(u"local"_s)->sizes(type);
}

QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

/// Mnemonic letters of the visible labels and buttons of `form` that appear twice.
QStringList duplicateMnemonics(QWidget *form)
{
    QMultiHash<QChar, QString> seen;
    auto note = [&seen](const QString &text) {
        const QChar m = mnemonic(text);
        if (!m.isNull())
            seen.insert(m, text);
    };
    const auto labels = form->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->isVisibleTo(form) && label->buddy())
            note(label->text());
    }
    const auto buttons = form->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (button->isVisibleTo(form))
            note(button->text());
    }
    QStringList duplicates;
    const auto keys = seen.uniqueKeys();
    for (QChar key : keys) {
        const QStringList texts = seen.values(key);
        if (texts.size() > 1)
            duplicates.append(QString(key) + u": "_s + texts.join(u" | "_s));
    }
    return duplicates;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

int focusIndex(QWidget *window, QWidget *target)
{
    int i = 0;
    for (QWidget *w = window->nextInFocusChain(); w && w != window;
         w = w->nextInFocusChain(), ++i) {
        if (w == target || (target->focusProxy() && w == target->focusProxy()))
            return i;
    }
    return -1;
}

} // namespace

class tst_Forms : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        ProviderRegistry::instance().add(std::make_unique<SizesOnlyProvider>());
        QVERIFY(!localSizes(SpecType::ComputeInstance).isEmpty());
    }

    void factoryMakesTheFormOfEachTab()
    {
        QWidget parent;
        std::unique_ptr<ComputeForm> instance(createFormFor(ComputeKind::Instance, &parent));
        QVERIFY(qobject_cast<ComputeInstanceForm *>(instance.get()));
        std::unique_ptr<ComputeForm> cluster(createFormFor(ComputeKind::Cluster, &parent));
        QVERIFY(qobject_cast<ComputeClusterForm *>(cluster.get()));
        std::unique_ptr<ComputeForm> inference(createFormFor(ComputeKind::Inference, &parent));
        QVERIFY(qobject_cast<InferenceClusterForm *>(inference.get()));
        std::unique_ptr<ComputeForm> attach(createFormFor(ComputeKind::Attached, &parent));
        QVERIFY(qobject_cast<AttachComputeForm *>(attach.get()));
        QCOMPARE(attach->acceptedTypes(), attachableSpecTypes());
        QVERIFY(!createFormFor(ComputeKind::Local, &parent));

        ComputeForm *opened = openFormFor(ComputeKind::Cluster, &parent, {u"taken"_s});
        QVERIFY(opened->isVisible());
        QVERIFY(opened->testAttribute(Qt::WA_DeleteOnClose));
        QCOMPARE(opened->existingNames(), QStringList{u"taken"_s});
        QPointer<ComputeForm> guard(opened);
        opened->reject();
        QTRY_VERIFY(!guard);
    }

    void freshFormHasDefaultsAndWaitsForAName()
    {
        ComputeInstanceForm form;
        form.show();
        const ComputeSpec spec = form.spec();
        QCOMPARE(spec.type(), SpecType::ComputeInstance);
        QCOMPARE(spec.provider, u"local"_s);
        const auto *instance = spec.as<InstanceSpec>();
        // The smallest size this machine offers, CPU, SSH off.
        QCOMPARE(instance->size, localSizes(SpecType::ComputeInstance).constFirst().name);
        QCOMPARE(instance->vmType, VmType::Cpu);
        QVERIFY(!instance->ssh.enabled);
        QVERIFY(!form.editorFor(u"ssh_settings.ssh_key_value"_s)->isVisibleTo(&form));
        // No name yet: Create is off, and the form says what is missing without a red message.
        QVERIFY(!form.primaryButton()->isEnabled());
        QVERIFY(form.messageFor(u"name"_s).isEmpty());
        QVERIFY(form.statusLabel()->isVisibleTo(&form));
        QVERIFY2(form.statusLabel()->text().contains(u"Compute name"_s),
                 qPrintable(form.statusLabel()->text()));
        QVERIFY(!form.primaryButton()->toolTip().isEmpty());
    }

    void instanceName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("valid") << u"my-box"_s << true;
        QTest::newRow("too short") << u"ab"_s << false;
        QTest::newRow("25 characters") << u"a234567890123456789012345"_s << false;
        QTest::newRow("24 characters") << u"a23456789012345678901234"_s << true;
        QTest::newRow("starts with a digit") << u"1box"_s << false;
        QTest::newRow("underscore") << u"my_box"_s << false;
        QTest::newRow("ends with hyphen") << u"mybox-"_s << false;
        QTest::newRow("hyphen then digits") << u"mybox-12"_s << false;
        QTest::newRow("hyphen then letter") << u"mybox-a2"_s << true;
    }

    void instanceName()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        ComputeInstanceForm form;
        form.show();
        typeInto(form, u"name"_s, name);
        QCOMPARE(form.spec().name, name);
        const QString expected
            = expectedMessage(form, u"name"_s, localSizes(SpecType::ComputeInstance));
        QCOMPARE(expected.isEmpty(), valid);
        QCOMPARE(form.messageFor(u"name"_s), expected);
        QCOMPARE(form.primaryButton()->isEnabled(), valid);
        if (!valid) {
            // Fixing the name enables Create and clears the message.
            typeInto(form, u"name"_s, u"fixed-name"_s);
            QVERIFY(form.messageFor(u"name"_s).isEmpty());
            QVERIFY(form.primaryButton()->isEnabled());
        }
    }

    void usedNameWarnsButCreateStaysEnabled()
    {
        ComputeInstanceForm form;
        form.setExistingNames({u"taken-box"_s});
        form.show();
        typeInto(form, u"name"_s, u"bad_name"_s);
        const QColor errorColor
            = form.messageLabelFor(u"name"_s)->palette().color(QPalette::WindowText);
        typeInto(form, u"name"_s, u"Taken-Box"_s);
        const ValidationIssues issues = Validation::validateName(
            SpecType::ComputeInstance, u"Taken-Box"_s, {{u"taken-box"_s}, {}, true});
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.constFirst().severity, ValidationIssue::Severity::Warning);
        QCOMPARE(form.messageFor(u"name"_s), issues.constFirst().message);
        QVERIFY(form.messageLabelFor(u"name"_s)->palette().color(QPalette::WindowText)
                != errorColor);
        // A warning does not block: the operation refuses the name, and the page keeps the
        // form open with its message.
        QVERIFY(form.primaryButton()->isEnabled());
        QSignalSpy submitted(&form, &ComputeForm::submitted);
        connect(&form, &ComputeForm::submitted, &form,
                [&form] { form.refuseSubmission(u"A compute named taken-box already exists."_s); });
        click(form.primaryButton());
        QCOMPARE(submitted.size(), 1);
        QVERIFY(form.isVisible());
        QCOMPARE(form.result(), int(QDialog::Rejected));
        QVERIFY(form.statusLabel()->text().contains(u"already exists"_s));
    }

    void createEmitsTheSpecAndCloses()
    {
        ComputeInstanceForm form;
        form.show();
        QSignalSpy submitted(&form, &ComputeForm::submitted);
        QSignalSpy accepted(&form, &QDialog::accepted);
        typeInto(form, u"name"_s, u"dev-box"_s);
        click(form.sshEnabled());
        QVERIFY(form.editorFor(u"ssh_settings.ssh_key_value"_s)->isVisibleTo(&form));
        // SSH on needs a key: the row that just appeared is named, not yet red.
        QVERIFY(!form.primaryButton()->isEnabled());
        QVERIFY(form.messageFor(u"ssh_settings.ssh_key_value"_s).isEmpty());
        QVERIFY(form.statusLabel()->text().contains(u"SSH public key"_s));
        typeInto(form, u"ssh_settings.ssh_key_value"_s, u"not a key"_s);
        QCOMPARE(form.messageFor(u"ssh_settings.ssh_key_value"_s),
                 expectedMessage(form, u"ssh_settings.ssh_key_value"_s,
                                 localSizes(SpecType::ComputeInstance)));
        QVERIFY(!form.messageFor(u"ssh_settings.ssh_key_value"_s).isEmpty());
        const QString key
            = u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl me@host"_s;
        typeInto(form, u"ssh_settings.ssh_key_value"_s, key);
        QVERIFY(form.messageFor(u"ssh_settings.ssh_key_value"_s).isEmpty());
        QVERIFY(form.primaryButton()->isEnabled());
        click(form.primaryButton());
        QCOMPARE(submitted.size(), 1);
        QCOMPARE(accepted.size(), 1);
        const auto spec = submitted.constFirst().constFirst().value<ComputeSpec>();
        QCOMPARE(spec, form.spec());
        QCOMPARE(spec.name, u"dev-box"_s);
        QVERIFY(spec.as<InstanceSpec>()->ssh.enabled);
        QCOMPARE(spec.as<InstanceSpec>()->ssh.publicKey, key);
    }

    void escapeCancels()
    {
        ComputeClusterForm form;
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QSignalSpy rejected(&form, &QDialog::rejected);
        QSignalSpy submitted(&form, &ComputeForm::submitted);
        QTest::keyClick(form.location(), Qt::Key_Escape);
        QCOMPARE(rejected.size(), 1);
        QVERIFY(!form.isVisible());
        QCOMPARE(submitted.size(), 0);
    }

    void clusterStepsAndNodes()
    {
        ComputeClusterForm form;
        form.show();
        // Step 1: the virtual machine, with Next.
        QCOMPARE(form.currentStep(), 0);
        QVERIFY(form.nextButton()->isVisible());
        QVERIFY(form.nextButton()->isEnabled());
        QVERIFY(!form.primaryButton()->isVisible());
        QVERIFY(!form.backButton()->isVisible());
        QVERIFY(form.sizePicker()->isVisible());
        QVERIFY(!form.editorFor(u"name"_s)->isVisibleTo(&form));
        // Defaults of the seed: min 0, idle 120 s, dedicated, the smallest size.
        const ComputeSpec defaults = form.spec();
        const auto *cluster = defaults.as<ClusterSpec>();
        QCOMPARE(cluster->minInstances, 0);
        QCOMPARE(cluster->idleTimeBeforeScaleDown, 120);
        QCOMPARE(cluster->tier, VmPriority::Dedicated);
        QCOMPARE(cluster->size, localSizes(SpecType::AmlCompute).constFirst().name);
        QCOMPARE(form.minNodes()->value(), 0);
        QCOMPARE(form.idleSeconds()->value(), 120);

        click(form.priority()->button(1));
        QCOMPARE(form.spec().as<ClusterSpec>()->tier, VmPriority::LowPriority);

        click(form.nextButton());
        QCOMPARE(form.currentStep(), 1);
        QVERIFY(form.backButton()->isVisible());
        QVERIFY(form.primaryButton()->isVisible());
        QVERIFY(!form.nextButton()->isVisible());
        QCOMPARE(form.primaryButton()->text().remove(u'&'), u"Create"_s);
        QVERIFY(!form.primaryButton()->isEnabled()); // no name yet

        typeInto(form, u"name"_s, u"train-cluster"_s);
        QVERIFY(form.primaryButton()->isEnabled());
        typeInto(form, u"max_instances"_s, u"2"_s);
        typeInto(form, u"min_instances"_s, u"5"_s);
        const QString expected
            = expectedMessage(form, u"min_instances"_s, localSizes(SpecType::AmlCompute));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(form.messageFor(u"min_instances"_s), expected);
        QVERIFY(!form.primaryButton()->isEnabled());
        typeInto(form, u"max_instances"_s, u"6"_s);
        QVERIFY(form.messageFor(u"min_instances"_s).isEmpty());
        QVERIFY(form.primaryButton()->isEnabled());
        typeInto(form, u"max_instances"_s, u"0"_s);
        QCOMPARE(form.messageFor(u"max_instances"_s),
                 expectedMessage(form, u"max_instances"_s, localSizes(SpecType::AmlCompute)));
        QVERIFY(!form.messageFor(u"max_instances"_s).isEmpty());
        typeInto(form, u"max_instances"_s, u"6"_s);

        // Back keeps what was entered.
        click(form.backButton());
        QCOMPARE(form.currentStep(), 0);
        QCOMPARE(form.spec().name, u"train-cluster"_s);
        QCOMPARE(form.spec().as<ClusterSpec>()->maxInstances, 6);
        QCOMPARE(form.spec().as<ClusterSpec>()->tier, VmPriority::LowPriority);
    }

    void clusterStepOneErrorsHoldNext()
    {
        ComputeClusterForm form;
        form.show();
        // GPU on a machine whose sizes are all CPU, or a GPU size: either way the size must
        // match the type, and Next waits for it.
        ComputeSpec spec = ComputeSpec::defaults(SpecType::AmlCompute);
        spec.name = u"gpu-cluster"_s;
        spec.as<ClusterSpec>()->size = u"No_Such_Size"_s;
        form.setSpec(spec);
        QVERIFY(!form.nextButton()->isEnabled());
        QCOMPARE(form.messageFor(u"size"_s), QString());
        QVERIFY(form.statusLabel()->text().contains(u"size"_s, Qt::CaseInsensitive));
        // Choosing a listed size with the keyboard fixes it.
        QTreeView *view = form.sizePicker()->view();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Home);
        QCOMPARE(form.spec().as<ClusterSpec>()->size,
                 localSizes(SpecType::AmlCompute).constFirst().name);
        QVERIFY(form.nextButton()->isEnabled());
    }

    void clusterSshPasswordOrKey()
    {
        ComputeClusterForm form;
        form.show();
        click(form.nextButton());
        typeInto(form, u"name"_s, u"ssh-cluster"_s);
        click(form.sshEnabled());
        QVERIFY(!form.primaryButton()->isEnabled());
        auto *auth = form.findChild<ChoiceButtons *>(u"sshAuth"_s);
        QVERIFY(auth);
        click(auth->button(1)); // password
        QVERIFY(form.editorFor(u"ssh_settings.admin_password"_s)->isVisibleTo(&form));
        auto *password
            = qobject_cast<QLineEdit *>(form.editorFor(u"ssh_settings.admin_password"_s));
        QVERIFY(password);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        typeInto(form, u"ssh_settings.admin_password"_s, u"s3cret-Pass"_s);
        QVERIFY(form.primaryButton()->isEnabled());
        const ComputeSpec spec = form.spec();
        QCOMPARE(spec.as<ClusterSpec>()->ssh.adminPassword.value, u"s3cret-Pass"_s);
        QVERIFY(spec.as<ClusterSpec>()->ssh.publicKey.isEmpty());
        QVERIFY(!SpecYaml::write(spec).contains("s3cret-Pass"));
    }

    void clusterManagedIdentity()
    {
        ComputeClusterForm form;
        form.show();
        click(form.nextButton());
        typeInto(form, u"name"_s, u"id-cluster"_s);
        QVERIFY(!form.editorFor(u"identity.type"_s)->isVisibleTo(&form));
        click(form.advancedToggle());
        QVERIFY(form.editorFor(u"identity.type"_s)->isVisibleTo(&form));
        QVERIFY(!form.editorFor(u"identity.user_assigned_identities"_s)->isVisibleTo(&form));
        auto *identity = qobject_cast<ChoiceButtons *>(form.editorFor(u"identity.type"_s));
        click(identity->button(2));
        QVERIFY(form.editorFor(u"identity.user_assigned_identities"_s)->isVisibleTo(&form));
        QVERIFY(!form.primaryButton()->isEnabled());
        // The row just appeared: named above the buttons until it is touched.
        QVERIFY(form.messageFor(u"identity.user_assigned_identities"_s).isEmpty());
        QVERIFY(form.statusLabel()->text().contains(u"Identity resource ids"_s));
        auto *ids = qobject_cast<QPlainTextEdit *>(
            form.editorFor(u"identity.user_assigned_identities"_s));
        QTest::keyClicks(ids, u"x"_s);
        QTest::keyClick(ids, Qt::Key_Backspace);
        QCOMPARE(form.messageFor(u"identity.user_assigned_identities"_s),
                 expectedMessage(form, u"identity.user_assigned_identities"_s,
                                 localSizes(SpecType::AmlCompute)));
        QVERIFY(!form.messageFor(u"identity.user_assigned_identities"_s).isEmpty());
        QTest::keyClicks(ids, u"/subscriptions/s/resourceGroups/g/providers/"
                              u"Microsoft.ManagedIdentity/userAssignedIdentities/me"_s);
        QVERIFY(form.messageFor(u"identity.user_assigned_identities"_s).isEmpty());
        QVERIFY(form.primaryButton()->isEnabled());
        QCOMPARE(form.spec().as<ClusterSpec>()->identity.type, ManagedIdentity::Type::UserAssigned);
        QCOMPARE(form.spec().as<ClusterSpec>()->identity.userAssignedIds.size(), 1);
    }

    void inferenceNodesTimesVcpus_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("3 × 2 vCPUs") << u"Small_2"_s << 3 << false;
        QTest::newRow("6 × 2 vCPUs") << u"Small_2"_s << 6 << true;
        QTest::newRow("3 × 4 vCPUs") << u"Medium_4"_s << 3 << true;
        QTest::newRow("2 × 4 vCPUs") << u"Medium_4"_s << 2 << false;
        QTest::newRow("1 × 8 vCPUs") << u"Large_8"_s << 1 << false;
        QTest::newRow("2 × 8 vCPUs") << u"Large_8"_s << 2 << true;
    }

    void inferenceNodesTimesVcpus()
    {
        QFETCH(QString, size);
        QFETCH(int, nodes);
        QFETCH(bool, valid);
        InferenceClusterForm form;
        form.show();
        typeInto(form, u"name"_s, u"scoring"_s);
        auto *provider = qobject_cast<QComboBox *>(form.editorFor(u"provider"_s));
        provider->setCurrentIndex(provider->findData(u"sizes-test"_s));
        QCOMPARE(form.spec().provider, u"sizes-test"_s);
        QCOMPARE(form.sizePicker()->sizes().size(), 3);

        // Pick the size with the mouse, the node count with the keyboard.
        QTreeView *view = form.sizePicker()->view();
        const QModelIndexList rows
            = view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, size);
        QCOMPARE(rows.size(), 1);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(rows.constFirst()).center());
        QCOMPARE(form.spec().as<InferenceSpec>()->size, size);
        typeInto(form, u"node_count"_s, QString::number(nodes));
        QCOMPARE(form.spec().as<InferenceSpec>()->agentCount, nodes);

        const QString expected = expectedMessage(
            form, u"node_count"_s,
            ProviderRegistry::instance().find(u"sizes-test"_s)->sizes(SpecType::InferenceCluster));
        QCOMPARE(expected.isEmpty(), valid);
        QCOMPARE(form.messageFor(u"node_count"_s), expected);
        QCOMPARE(form.primaryButton()->isEnabled(), valid);
    }

    void inferenceOnLocalWarnsAboutTheProvider()
    {
        InferenceClusterForm form;
        form.show();
        QCOMPARE(form.spec().provider, u"local"_s);
        // The local provider cannot back inference clusters: a warning names who can, and
        // it is shown without the field being touched.
        const QString refusal
            = ProviderRegistry::instance().refusal(u"local"_s, SpecType::InferenceCluster);
        QVERIFY(!refusal.isEmpty());
        QCOMPARE(form.messageFor(u"provider"_s), refusal);
        // No size list: the size is typed.
        QVERIFY(form.sizePicker()->nameEdit()->isVisibleTo(&form));
    }

    void inferenceOptionalSections()
    {
        InferenceClusterForm form;
        form.show();
        QVERIFY(!form.editorFor(u"kubernetes_service.name"_s)->isVisibleTo(&form));
        click(form.service()->button(1));
        QVERIFY(form.editorFor(u"kubernetes_service.name"_s)->isVisibleTo(&form));
        QVERIFY(!form.editorFor(u"network_settings.vnet_name"_s)->isVisibleTo(&form));
        click(form.network()->button(1));
        QVERIFY(form.editorFor(u"network_settings.vnet_name"_s)->isVisibleTo(&form));
        QVERIFY(!form.editorFor(u"ssl_settings.cname"_s)->isVisibleTo(&form));
        click(form.sslEnabled());
        QVERIFY(form.editorFor(u"ssl_settings.cert_file"_s)->isVisibleTo(&form));
        typeInto(form, u"ssl_settings.cert_file"_s, u"/nonexistent/cert.pem"_s);
        QCOMPARE(form.messageFor(u"ssl_settings.cert_file"_s),
                 expectedMessage(form, u"ssl_settings.cert_file"_s, {}));
        QVERIFY(!form.messageFor(u"ssl_settings.cert_file"_s).isEmpty());
        const ComputeSpec inference = form.spec();
        const auto *spec = inference.as<InferenceSpec>();
        QVERIFY(!spec->createNewService);
        QVERIFY(spec->advancedNetwork);
        QVERIFY(spec->sslEnabled);
    }

    void attachPasswordOrKeyFile()
    {
        QTemporaryDir tmp;
        AttachComputeForm form;
        form.show();
        QCOMPARE(form.spec().type(), SpecType::VirtualMachine);
        typeInto(form, u"name"_s, u"dsvm"_s);
        typeInto(form, u"address"_s, u"dsvm.example.com"_s);
        typeInto(form, u"ssh_settings.admin_username"_s, u"azureuser"_s);
        QCOMPARE(form.spec().as<VirtualMachineSpec>()->login.port, 22);

        // A private key file is the default (the seed recommends keys).
        QVERIFY(form.editorFor(u"ssh_settings.ssh_private_key_file"_s)->isVisibleTo(&form));
        QVERIFY(form.editorFor(u"ssh_settings.ssh_key_passphrase"_s)->isVisibleTo(&form));
        QVERIFY(!form.primaryButton()->isEnabled());
        const QString missing = tmp.filePath(u"no_such_key"_s);
        typeInto(form, u"ssh_settings.ssh_private_key_file"_s, missing);
        QCOMPARE(form.messageFor(u"ssh_settings.ssh_private_key_file"_s),
                 expectedMessage(form, u"ssh_settings.ssh_private_key_file"_s, {}));
        QVERIFY(form.messageFor(u"ssh_settings.ssh_private_key_file"_s).contains(missing));
        QVERIFY(!form.primaryButton()->isEnabled());

        const QString key = writeFile(tmp, u"id_test"_s, "-----BEGIN OPENSSH PRIVATE KEY-----\n");
        typeInto(form, u"ssh_settings.ssh_private_key_file"_s, key);
        QVERIFY(form.messageFor(u"ssh_settings.ssh_private_key_file"_s).isEmpty());
        QVERIFY(form.primaryButton()->isEnabled());
        QCOMPARE(form.primaryButton()->text().remove(u'&'), u"Attach"_s);
        typeInto(form, u"ssh_settings.ssh_key_passphrase"_s, u"pass phrase"_s);
        auto *passphrase
            = qobject_cast<QLineEdit *>(form.editorFor(u"ssh_settings.ssh_key_passphrase"_s));
        QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
        ComputeSpec spec = form.spec();
        QCOMPARE(spec.as<VirtualMachineSpec>()->login.privateKeyFile, key);
        QCOMPARE(spec.as<VirtualMachineSpec>()->login.passphrase.value, u"pass phrase"_s);
        QVERIFY(!spec.as<VirtualMachineSpec>()->login.password.isSet());

        // Password: the key rows go, the password row comes; the key is not sent.
        click(form.authentication()->button(1));
        QVERIFY(!form.editorFor(u"ssh_settings.ssh_private_key_file"_s)->isVisibleTo(&form));
        QVERIFY(form.editorFor(u"ssh_settings.admin_password"_s)->isVisibleTo(&form));
        QCOMPARE(
            qobject_cast<QLineEdit *>(form.editorFor(u"ssh_settings.admin_password"_s))->echoMode(),
            QLineEdit::Password);
        QVERIFY(!form.primaryButton()->isEnabled());
        typeInto(form, u"ssh_settings.admin_password"_s, u"hunter2-secret"_s);
        QVERIFY(form.primaryButton()->isEnabled());
        spec = form.spec();
        QCOMPARE(spec.as<VirtualMachineSpec>()->login.password.value, u"hunter2-secret"_s);
        QVERIFY(spec.as<VirtualMachineSpec>()->login.privateKeyFile.isEmpty());
        QVERIFY(!spec.as<VirtualMachineSpec>()->login.passphrase.isSet());
        QVERIFY(!SpecYaml::write(spec).contains("hunter2-secret"));

        // Back to the key: what was typed there is still there.
        click(form.authentication()->button(0));
        spec = form.spec();
        QCOMPARE(spec.as<VirtualMachineSpec>()->login.privateKeyFile, key);
        QVERIFY(!spec.as<VirtualMachineSpec>()->login.password.isSet());
        QVERIFY(form.primaryButton()->isEnabled());
    }

    void attachEmptyKeyFileSaysWhatIsNeeded()
    {
        AttachComputeForm form;
        form.show();
        typeInto(form, u"name"_s, u"vm1"_s);
        typeInto(form, u"address"_s, u"10.0.0.4"_s);
        typeInto(form, u"ssh_settings.admin_username"_s, u"me"_s);
        QVERIFY(!form.primaryButton()->isEnabled());
        // Not yet touched: named above the buttons, not red next to the field.
        QVERIFY(form.messageFor(u"ssh_settings.ssh_private_key_file"_s).isEmpty());
        QVERIFY(form.statusLabel()->text().contains(u"Private key file"_s));
        typeInto(form, u"ssh_settings.ssh_private_key_file"_s, u"x"_s);
        typeInto(form, u"ssh_settings.ssh_private_key_file"_s, QString());
        // Touched and empty: the rule's own words next to the key file.
        QCOMPARE(form.messageFor(u"ssh_settings.ssh_private_key_file"_s),
                 expectedMessage(form, u"ssh_settings.admin_password"_s, {}));
        QVERIFY(!form.messageFor(u"ssh_settings.ssh_private_key_file"_s).isEmpty());
    }

    void attachTypes_data()
    {
        QTest::addColumn<SpecType>("type");
        QTest::addColumn<QStringList>("shown");
        QTest::addColumn<QStringList>("hidden");
        const QStringList ssh{u"address"_s, u"ssh_settings.ssh_port"_s,
                              u"ssh_settings.admin_username"_s,
                              u"ssh_settings.ssh_private_key_file"_s};
        QTest::newRow("remote VM") << SpecType::VirtualMachine << (ssh + QStringList{u"vm_name"_s})
                                   << QStringList{u"access_token"_s, u"partition"_s};
        QTest::newRow("HDInsight")
            << SpecType::HDInsight << ssh << QStringList{u"vm_name"_s, u"databricks_workspace"_s};
        QTest::newRow("Slurm") << SpecType::Slurm
                               << (ssh + QStringList{u"partition"_s, u"account"_s})
                               << QStringList{u"vm_name"_s, u"namespace"_s};
        QTest::newRow("Databricks")
            << SpecType::Databricks
            << QStringList{u"databricks_workspace"_s, u"resource_group"_s, u"access_token"_s}
            << QStringList{u"address"_s, u"account_name"_s};
        QTest::newRow("Data Lake Analytics")
            << SpecType::DataLakeAnalytics << QStringList{u"resource_group"_s, u"account_name"_s}
            << QStringList{u"address"_s, u"access_token"_s};
        QTest::newRow("Kubernetes")
            << SpecType::Kubernetes
            << QStringList{u"resource_id"_s, u"kubeconfig"_s, u"namespace"_s}
            << QStringList{u"address"_s, u"ssh_settings.ssh_port"_s};
    }

    void attachTypes()
    {
        QFETCH(SpecType, type);
        QFETCH(QStringList, shown);
        QFETCH(QStringList, hidden);
        AttachComputeForm form;
        form.show();
        // Choose the type with the keyboard.
        QComboBox *combo = form.computeType();
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Home);
        for (int i = 0; i < attachableSpecTypes().indexOf(type); ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(form.spec().type(), type);
        for (const QString &field : shown) {
            QVERIFY2(form.editorFor(field), qPrintable(field));
            QVERIFY2(form.editorFor(field)->isVisibleTo(&form), qPrintable(field));
        }
        for (const QString &field : hidden) {
            QWidget *editor = form.editorFor(field);
            QVERIFY2(!editor || !editor->isVisibleTo(&form), qPrintable(field));
        }
        // What the type can be used for, from the capability matrix.
        QCOMPARE(form.capabilityNote()->text(), AttachComputeForm::capabilityText(type));
        const QString refusal = CapabilityMatrix::refusal(type, Workload::ScriptRun);
        QCOMPARE(form.capabilityNote()->text().contains(refusal), true);
        if (CapabilityMatrix::of(type).pipelines == Capabilities::Support::Only)
            QVERIFY(!refusal.isEmpty());
    }

    void databricksTokenIsASecret()
    {
        AttachComputeForm form;
        form.show();
        form.setComputeType(SpecType::Databricks);
        typeInto(form, u"name"_s, u"dbx"_s);
        typeInto(form, u"databricks_workspace"_s, u"my-dbx"_s);
        typeInto(form, u"resource_group"_s, u"rg"_s);
        QVERIFY(!form.primaryButton()->isEnabled());
        auto *token = qobject_cast<QLineEdit *>(form.editorFor(u"access_token"_s));
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        typeInto(form, u"access_token"_s, u"dapi-0123456789abcdef"_s);
        QVERIFY(form.primaryButton()->isEnabled());
        const ComputeSpec spec = form.spec();
        QCOMPARE(spec.as<DatabricksSpec>()->accessToken.value, u"dapi-0123456789abcdef"_s);

        auto *dialog = form.showYaml();
        auto *yaml = dialog->findChild<QPlainTextEdit *>();
        QVERIFY(yaml->toPlainText().contains(u"databricks_workspace: my-dbx"_s));
        QVERIFY(!yaml->toPlainText().contains(u"dapi-0123456789abcdef"_s));
        dialog->close();
    }

    void viewYamlShowsTheSpec()
    {
        ComputeClusterForm form;
        form.show();
        click(form.nextButton());
        typeInto(form, u"name"_s, u"yaml-cluster"_s);
        typeInto(form, u"max_instances"_s, u"4"_s);
        click(form.viewYamlButton());
        auto *dialog = form.findChild<QDialog *>(u"yamlDialog"_s);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *yaml = dialog->findChild<QPlainTextEdit *>();
        QVERIFY(yaml->isReadOnly());
        QCOMPARE(yaml->toPlainText(), QString::fromUtf8(SpecYaml::write(form.spec())));
        QVERIFY(yaml->toPlainText().contains(u"name: yaml-cluster"_s));
        QVERIFY(yaml->toPlainText().contains(u"type: amlcompute"_s));
        QVERIFY(yaml->toPlainText().contains(u"max_instances: 4"_s));
        auto *copy = dialog->findChild<QPushButton *>(u"copy"_s);
        click(copy);
        QCOMPARE(QGuiApplication::clipboard()->text(), yaml->toPlainText());
        QPointer<QDialog> guard(dialog);
        QTest::keyClick(yaml, Qt::Key_Escape);
        QTRY_VERIFY(!guard);
        QVERIFY(form.isVisible());
    }

    void loadYamlFillsTheForm()
    {
        QTemporaryDir tmp;
        const QString size = localSizes(SpecType::AmlCompute).constLast().name;
        const QString path = writeFile(tmp, u"cluster.yml"_s,
                                       "name: loaded-cluster\n"
                                       "type: amlcompute\n"
                                       "tier: low_priority\n"
                                       "size: "
                                           + size.toUtf8()
                                           + "\n"
                                             "min_instances: 1\n"
                                             "max_instances: 3\n"
                                             "idle_time_before_scale_down: 300\n"
                                             "network_settings:\n"
                                             "  vnet_name: my-vnet\n"
                                             "  subnet: default\n");
        ComputeClusterForm form;
        form.show();
        QVERIFY(form.loadYamlFile(path));
        QCOMPARE(form.spec().name, u"loaded-cluster"_s);
        QCOMPARE(form.priority()->currentIndex(), 1);
        QCOMPARE(form.sizePicker()->currentSize(), size);
        QCOMPARE(form.minNodes()->value(), 1);
        QCOMPARE(form.maxNodes()->value(), 3);
        QCOMPARE(form.idleSeconds()->value(), 300);
        // Settings that differ from the defaults are shown, not left collapsed.
        QVERIFY(form.advancedToggle()->isOpen());
        QCOMPARE(qobject_cast<QLineEdit *>(form.editorFor(u"network_settings.vnet_name"_s))->text(),
                 u"my-vnet"_s);
        QVERIFY(form.loadReport()->isVisible());
        QVERIFY(form.loadReport()->text().contains(u"cluster.yml"_s));
        QVERIFY(form.nextButton()->isEnabled());
        ComputeSpec expected = SpecYaml::parseFile(path, nullptr).value();
        QCOMPARE(form.spec(), expected);
    }

    void loadYamlReportsProblemsAndKeepsTheForm_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<bool>("loads");
        QTest::addColumn<QString>("reported");
        QTest::newRow("not YAML") << QByteArray("name: [unclosed\n") << false << QString();
        QTest::newRow("another kind")
            << QByteArray("name: some-vm\ntype: virtualmachine\n") << false << u"virtualmachine"_s;
        QTest::newRow("no type") << QByteArray("name: x\n") << false << QString();
        QTest::newRow("unknown key") << QByteArray("name: odd-box\ntype: computeinstance\n"
                                                   "colour: blue\n")
                                     << true << u"colour"_s;
    }

    void loadYamlReportsProblemsAndKeepsTheForm()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(bool, loads);
        QFETCH(QString, reported);
        QTemporaryDir tmp;
        const QString path = writeFile(tmp, u"spec.yml"_s, yaml);
        ComputeInstanceForm form;
        form.show();
        typeInto(form, u"name"_s, u"typed-before"_s);
        const ComputeSpec before = form.spec();
        QCOMPARE(form.loadYamlFile(path), loads);
        QVERIFY(form.loadReport()->isVisible());
        QVERIFY(form.loadReport()->text().contains(u"spec.yml"_s));
        if (!reported.isEmpty())
            QVERIFY2(form.loadReport()->text().contains(reported),
                     qPrintable(form.loadReport()->text()));
        if (!loads)
            QCOMPARE(form.spec(), before); // nothing lost
        else
            QCOMPARE(form.spec().name, u"odd-box"_s);
    }

    void attachLoadsEveryAttachableType()
    {
        QTemporaryDir tmp;
        const QString path = writeFile(tmp, u"adla.yaml"_s,
                                       "name: lake\ntype: datalakeanalytics\n"
                                       "resource_group: rg1\naccount_name: acct1\n");
        AttachComputeForm form;
        form.show();
        QVERIFY(form.loadYamlFile(path));
        QCOMPARE(form.spec().type(), SpecType::DataLakeAnalytics);
        QCOMPARE(form.computeType()->currentData().toInt(), int(SpecType::DataLakeAnalytics));
        QVERIFY(form.editorFor(u"account_name"_s)->isVisibleTo(&form));
        QCOMPARE(qobject_cast<QLineEdit *>(form.editorFor(u"account_name"_s))->text(), u"acct1"_s);
        QVERIFY(form.primaryButton()->isEnabled());
    }

    void sizePickerFiltersAndFollowsTheKeyboard()
    {
        VmSizePicker picker;
        const QList<VmSize> sizes{{u"Local_1C_2G"_s, 1, 2, 0, u"cpu"_s},
                                  {u"Local_2C_4G"_s, 2, 4, 0, u"cpu"_s},
                                  {u"Local_4C_8G"_s, 4, 8, 0, u"cpu"_s},
                                  {u"Local_4C_8G_1GPU"_s, 4, 8, 1, u"gpu"_s}};
        picker.setSizes(sizes);
        picker.show();
        QCOMPARE(picker.visibleRowCount(), 4);
        QCOMPARE(picker.view()->model()->columnCount(), int(VmSizePicker::ColumnCount));
        QSignalSpy changed(&picker, &VmSizePicker::currentSizeChanged);
        QTest::keyClicks(picker.filterEdit(), u"4c"_s);
        QCOMPARE(picker.visibleRowCount(), 2);
        // Down moves from the filter into the table and picks the first row.
        QTest::keyClick(picker.filterEdit(), Qt::Key_Down);
        QVERIFY(picker.view()->hasFocus() || !QApplication::activeWindow());
        QCOMPARE(picker.currentSize(), u"Local_4C_8G"_s);
        QTest::keyClick(picker.view(), Qt::Key_Down);
        QCOMPARE(picker.currentSize(), u"Local_4C_8G_1GPU"_s);
        QCOMPARE(changed.size(), 2);
        picker.setVmTypeFilter(VmType::Cpu);
        QCOMPARE(picker.visibleRowCount(), 1);
        QVERIFY(picker.findChild<QLabel *>(u"sizeSummary"_s)->isVisibleTo(&picker));
        picker.setVmTypeFilter(VmType::Gpu);
        QCOMPARE(picker.visibleRowCount(), 1);
        QCOMPARE(picker.smallest(VmType::Gpu)->name, u"Local_4C_8G_1GPU"_s);
        QCOMPARE(picker.smallest(VmType::Cpu)->name, u"Local_1C_2G"_s);
    }

    void everyFieldExplainsItself_data()
    {
        QTest::addColumn<ComputeKind>("kind");
        QTest::newRow("instance") << ComputeKind::Instance;
        QTest::newRow("cluster") << ComputeKind::Cluster;
        QTest::newRow("inference") << ComputeKind::Inference;
        QTest::newRow("attached") << ComputeKind::Attached;
    }

    void everyFieldExplainsItself()
    {
        QFETCH(ComputeKind, kind);
        QWidget parent;
        std::unique_ptr<ComputeForm> form(createFormFor(kind, &parent));
        const auto fields = form->fields();
        QVERIFY(fields.size() >= 5);
        for (const auto &[label, editor] : fields) {
            QVERIFY2(!label->toolTip().isEmpty(), qPrintable(label->text()));
            QVERIFY2(!editor->toolTip().isEmpty(), qPrintable(label->text()));
            QCOMPARE(label->buddy(), editor);
            QVERIFY2(!editor->accessibleName().isEmpty(), qPrintable(label->text()));
        }
    }

    void mnemonicsAreUniqueInEveryState_data()
    {
        QTest::addColumn<ComputeKind>("kind");
        QTest::addColumn<int>("state");
        for (int state = 0; state < 2; ++state) {
            QTest::addRow("instance %d", state) << ComputeKind::Instance << state;
            QTest::addRow("cluster step 1, %d", state) << ComputeKind::Cluster << state;
            QTest::addRow("cluster step 2, %d", state) << ComputeKind::Cluster << state + 2;
            QTest::addRow("inference %d", state) << ComputeKind::Inference << state;
        }
        for (int i = 0; i < int(attachableSpecTypes().size()); ++i) {
            QTest::addRow("attach %d, key", i) << ComputeKind::Attached << i * 2;
            QTest::addRow("attach %d, password", i) << ComputeKind::Attached << i * 2 + 1;
        }
    }

    void mnemonicsAreUniqueInEveryState()
    {
        QFETCH(ComputeKind, kind);
        QFETCH(int, state);
        QWidget parent;
        std::unique_ptr<ComputeForm> form(createFormFor(kind, &parent));
        form->show();
        // State 0 shows the fewest rows; the odd ones open every optional section.
        const bool all = state % 2 == 1;
        if (auto *f = qobject_cast<ComputeInstanceForm *>(form.get())) {
            f->sshEnabled()->setChecked(all);
            f->advancedToggle()->setOpen(all);
        } else if (auto *c = qobject_cast<ComputeClusterForm *>(form.get())) {
            c->setCurrentStep(state / 2);
            c->sshEnabled()->setChecked(all);
            c->advancedToggle()->setOpen(all);
            if (all)
                c->findChild<ChoiceButtons *>(u"identity"_s)->setCurrentIndex(2);
        } else if (auto *i = qobject_cast<InferenceClusterForm *>(form.get())) {
            i->service()->setCurrentIndex(all ? 1 : 0);
            i->network()->setCurrentIndex(all ? 1 : 0);
            i->sslEnabled()->setChecked(all);
        } else if (auto *a = qobject_cast<AttachComputeForm *>(form.get())) {
            a->setComputeType(attachableSpecTypes().at(state / 2));
            a->setAuthentication(all ? AttachComputeForm::Authentication::Password
                                     : AttachComputeForm::Authentication::PrivateKey);
        }
        const QStringList duplicates = duplicateMnemonics(form.get());
        QVERIFY2(duplicates.isEmpty(), qPrintable(duplicates.join(u'\n')));
    }

    void tabOrderFollowsTheForm()
    {
        ComputeInstanceForm form;
        form.show();
        const QList<QWidget *> order{
            form.editorFor(u"name"_s), form.vmType(),         form.sizePicker()->filterEdit(),
            form.sizePicker()->view(), form.sshEnabled(),     form.idleShutdown(),
            form.advancedToggle(),     form.viewYamlButton(), form.loadYamlButton(),
            form.cancelButton(),       form.primaryButton()};
        int previous = -1;
        for (QWidget *w : order) {
            const int index = focusIndex(&form, w);
            QVERIFY2(index > previous, qPrintable(w->objectName()));
            previous = index;
        }
    }

    /// Not a check: pictures of each form for people to look at. Set STUDIO_FORM_SCREENSHOTS
    /// to a folder (and run under Xvfb for the desktop's style).
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("STUDIO_FORM_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("STUDIO_FORM_SCREENSHOTS is not set");
        QVERIFY(QDir().mkpath(dir));
        auto save = [&dir](ComputeForm &form, const QString &name) {
            QApplication::processEvents();
            QVERIFY(form.grab().save(dir + u'/' + name + u".png"_s));
        };
        QTemporaryDir tmp;
        {
            ComputeInstanceForm form;
            form.setExistingNames({u"dev-box"_s});
            form.show();
            QVERIFY(QTest::qWaitForWindowExposed(&form));
            save(form, u"instance-fresh"_s);
            typeInto(form, u"name"_s, u"dev-box"_s);
            click(form.sshEnabled());
            click(form.advancedToggle());
            typeInto(form, u"network_settings.subnet"_s, u"default"_s);
            save(form, u"instance-filled"_s);
        }
        {
            ComputeClusterForm form;
            form.show();
            QVERIFY(QTest::qWaitForWindowExposed(&form));
            save(form, u"cluster-step1"_s);
            click(form.nextButton());
            typeInto(form, u"name"_s, u"train"_s);
            typeInto(form, u"max_instances"_s, u"2"_s);
            typeInto(form, u"min_instances"_s, u"4"_s);
            save(form, u"cluster-step2"_s);
            click(form.sshEnabled());
            click(form.advancedToggle());
            click(form.findChild<ChoiceButtons *>(u"identity"_s)->button(2));
            save(form, u"cluster-step2-advanced"_s);
        }
        {
            InferenceClusterForm form;
            form.show();
            QVERIFY(QTest::qWaitForWindowExposed(&form));
            typeInto(form, u"name"_s, u"scoring"_s);
            auto *provider = qobject_cast<QComboBox *>(form.editorFor(u"provider"_s));
            provider->setCurrentIndex(provider->findData(u"sizes-test"_s));
            typeInto(form, u"node_count"_s, u"2"_s);
            save(form, u"inference"_s);
            click(form.network()->button(1));
            click(form.sslEnabled());
            save(form, u"inference-advanced"_s);
        }
        {
            AttachComputeForm form;
            form.show();
            QVERIFY(QTest::qWaitForWindowExposed(&form));
            typeInto(form, u"name"_s, u"dsvm"_s);
            typeInto(form, u"address"_s, u"dsvm.example.com"_s);
            typeInto(form, u"ssh_settings.ssh_private_key_file"_s, tmp.filePath(u"id_missing"_s));
            save(form, u"attach-vm"_s);
            form.setComputeType(SpecType::Databricks);
            save(form, u"attach-databricks"_s);
            form.setComputeType(SpecType::Kubernetes);
            save(form, u"attach-kubernetes"_s);
        }
        {
            ComputeClusterForm form;
            form.show();
            const QString path
                = writeFile(tmp, u"bad.yml"_s, "name: x\ntype: amlcompute\nmin_nodes: 2\n");
            form.loadYamlFile(path);
            save(form, u"cluster-load-report"_s);
            QDialog *yaml = form.showYaml();
            QVERIFY(QTest::qWaitForWindowExposed(yaml));
            QApplication::processEvents();
            QVERIFY(yaml->grab().save(dir + u"/view-yaml.png"_s));
        }
    }
};

QTEST_MAIN(tst_Forms)
#include "tst_forms.moc"
