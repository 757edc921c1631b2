#include "computeclusterform.h"

#include "choicebuttons.h"
#include "disclosurebutton.h"
#include "formtexts.h"
#include "vmsizepicker.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Studio::Ui {

namespace {

QLabel *stepTitle(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

ComputeClusterForm::ComputeClusterForm(QWidget *parent)
    : ComputeForm({SpecType::AmlCompute}, parent)
{
    setObjectName(u"computeClusterForm"_s);
    setWindowTitle(tr("New compute cluster"));
    setPrimaryText(tr("&Create"));

    m_steps = new QStackedWidget;
    m_steps->setObjectName(u"steps"_s);
    bodyLayout()->addWidget(m_steps);

    // Step 1: the virtual machine.
    m_step1 = new QWidget;
    auto *page1 = new QVBoxLayout(m_step1);
    page1->setContentsMargins(0, 0, 0, 0);
    page1->addWidget(stepTitle(tr("Step 1 of 2: Virtual machine")));
    auto *form1 = createFormLayout();
    page1->addLayout(form1);
    page1->addStretch(1);

    m_location = new QLineEdit;
    m_location->setObjectName(u"location"_s);
    m_location->setPlaceholderText(tr("Same as the workspace"));
    trackEdits(addField(form1, tr("L&ocation:"), m_location,
                        tr("The region to create the compute cluster in. By default the same "
                           "location as the workspace. Another region than the workspace's or "
                           "its data's can add network latency and data transfer costs, both "
                           "when the cluster is created and when jobs run on it."),
                        {u"location"_s}),
               m_location);

    m_vmType = new ChoiceButtons({tr("C&PU"), tr("&GPU")});
    m_vmType->setObjectName(u"vmType"_s);
    Field *vmType = addField(form1, tr("Virtual machine &type:"), m_vmType, FormTexts::vmType(),
                             {u"vm_type"_s}, FormTexts::vmTypeHint());
    connect(m_vmType, &ChoiceButtons::currentIndexChanged, this,
            &ComputeClusterForm::vmTypeChanged);
    trackEdits(vmType, m_vmType);

    m_priority = new ChoiceButtons({tr("&Dedicated"), tr("Lo&w priority")});
    m_priority->setObjectName(u"priority"_s);
    m_priority->button(0)->setToolTip(tr("Nodes are yours for as long as the cluster has them."));
    m_priority->button(1)->setToolTip(tr("Cheaper, but compute nodes are not guaranteed: jobs "
                                         "may be preempted."));
    trackEdits(addField(form1, tr("Virtual machine p&riority:"), m_priority,
                        tr("Dedicated or Low priority. Low-priority virtual machines are cheaper "
                           "but compute nodes are not guaranteed: jobs may be preempted."),
                        {u"tier"_s}, tr("Low priority: cheaper, but jobs may be preempted.")),
               m_priority);

    m_size = new VmSizePicker;
    m_size->setObjectName(u"size"_s);
    trackEdits(
        addField(form1, tr("Virtual machine &size:"), m_size, FormTexts::vmSize(), {u"size"_s}),
        m_size);
    m_steps->addWidget(m_step1);

    // Step 2: advanced settings.
    m_step2 = new QWidget;
    auto *page2 = new QVBoxLayout(m_step2);
    page2->setContentsMargins(0, 0, 0, 0);
    page2->addWidget(stepTitle(tr("Step 2 of 2: Advanced settings")));
    auto *form2 = createFormLayout();
    page2->addLayout(form2);
    page2->addStretch(1);

    addNameField(form2, FormTexts::managedName());

    m_minNodes = new QSpinBox;
    m_minNodes->setObjectName(u"minNodes"_s);
    m_minNodes->setRange(0, 10000);
    trackEdits(addField(form2, tr("&Minimum number of nodes:"), m_minNodes,
                        tr("The minimum number of nodes to provision. For dedicated nodes kept "
                           "ready, set that number here. With 0 the cluster costs nothing for "
                           "nodes while it is idle."),
                        {u"min_instances"_s}, tr("0: no cost while idle.")),
               m_minNodes);

    m_maxNodes = new QSpinBox;
    m_maxNodes->setObjectName(u"maxNodes"_s);
    m_maxNodes->setRange(0, 10000);
    trackEdits(addField(form2, tr("Ma&ximum number of nodes:"), m_maxNodes,
                        tr("The maximum number of nodes to provision. The cluster scales up to "
                           "this number automatically when jobs are submitted."),
                        {u"max_instances"_s}),
               m_maxNodes);

    m_idleSeconds = new QSpinBox;
    m_idleSeconds->setObjectName(u"idleSeconds"_s);
    m_idleSeconds->setRange(0, 7 * 24 * 3600);
    m_idleSeconds->setSingleStep(30);
    m_idleSeconds->setSuffix(tr(" seconds"));
    m_idleSeconds->setAccelerated(true);
    trackEdits(addField(form2, tr("&Idle seconds before scale down:"), m_idleSeconds,
                        tr("How long the cluster stays idle before it scales down to the "
                           "minimum number of nodes (default 120 seconds)."),
                        {u"idle_time_before_scale_down"_s}),
               m_idleSeconds);

    m_sshEnabled = new QCheckBox(tr("&Enable SSH access"));
    m_sshEnabled->setObjectName(u"sshEnabled"_s);
    Field *ssh = addField(form2, tr("SSH access:"), m_sshEnabled, FormTexts::sshAccess(),
                          {u"ssh_public_access_enabled"_s}, FormTexts::sshAccessHint());
    connect(m_sshEnabled, &QCheckBox::toggled, this, &ComputeClusterForm::updateOptionalRows);
    trackEdits(ssh, m_sshEnabled);

    m_adminUser = new QLineEdit;
    m_adminUser->setObjectName(u"adminUser"_s);
    m_adminUserField = addField(form2, tr("Admin &user name:"), m_adminUser,
                                tr("The user name for SSH connections to the nodes."),
                                {u"ssh_settings.admin_username"_s});
    trackEdits(m_adminUserField, m_adminUser);

    m_sshAuth = new ChoiceButtons({tr("SSH public key"), tr("Password")});
    m_sshAuth->setObjectName(u"sshAuth"_s);
    m_sshAuthField = addField(form2, tr("Sign in &with:"), m_sshAuth,
                              tr("An SSH public key, or a password. SSH keys are safer: "
                                 "passwords are open to brute-force attacks."),
                              {});
    connect(m_sshAuth, &ChoiceButtons::currentIndexChanged, this,
            &ComputeClusterForm::updateOptionalRows);
    trackEdits(m_sshAuthField, m_sshAuth);

    m_publicKey = new QLineEdit;
    m_publicKey->setObjectName(u"publicKey"_s);
    m_publicKey->setPlaceholderText(tr("ssh-ed25519 AAAA… user@host"));
    m_publicKeyField = addField(form2, tr("&Public key:"), m_publicKey, FormTexts::publicKey(),
                                {u"ssh_settings.ssh_key_value"_s});
    trackEdits(m_publicKeyField, m_publicKey);

    m_adminPassword = new QLineEdit;
    m_adminPassword->setObjectName(u"adminPassword"_s);
    m_adminPassword->setEchoMode(QLineEdit::Password);
    m_passwordField = addField(form2, tr("Pa&ssword:"), m_adminPassword,
                               tr("The password of the admin user. It is kept in the system "
                                  "keychain, never in the workspace or in YAML files."),
                               {u"ssh_settings.admin_password"_s, u"ssh_settings.ssh_key_value"_s});
    trackEdits(m_passwordField, m_adminPassword);

    m_advanced = addDisclosure(form2, tr("&Advanced settings"), [this] {
        // Opening shows the identity ids only for user-assigned identities.
        QList<Field *> fields = m_advancedFields;
        if (m_advanced->isOpen() && m_identity->currentIndex() != 2)
            fields.removeOne(m_identityIdsField);
        return fields;
    });
    m_advanced->setObjectName(u"advanced"_s);
    m_advanced->setToolTip(tr("Optional: the provider, a virtual network to create the cluster "
                              "in, and a managed identity."));

    const qsizetype before = allFields().size();
    addProviderField(form2);
    m_networkEdits
        = addNetworkFields(form2, tr("Resource &group:"), tr("&Virtual network:"), tr("Subne&t:"));
    m_identity = new ChoiceButtons({tr("None"), tr("System-assigned"), tr("User-assigned")});
    m_identity->setObjectName(u"identity"_s);
    connect(m_identity, &ChoiceButtons::currentIndexChanged, this,
            &ComputeClusterForm::updateOptionalRows);
    trackEdits(addField(form2, tr("Managed i&dentity:"), m_identity,
                        tr("A managed identity gives the cluster access to other resources "
                           "without credentials in your code: system-assigned (made for this "
                           "cluster) or user-assigned (identities you created)."),
                        {u"identity.type"_s}),
               m_identity);
    m_identityIds = new QPlainTextEdit;
    m_identityIds->setObjectName(u"identityIds"_s);
    m_identityIds->setTabChangesFocus(true);
    m_identityIds->setPlaceholderText(tr("One resource id per line"));
    m_identityIds->setFixedHeight(m_identityIds->fontMetrics().lineSpacing() * 3 + 12);
    m_identityIdsField = addField(form2, tr("Identity res&ource ids:"), m_identityIds,
                                  tr("The resource ids of the user-assigned identities, one per "
                                     "line."),
                                  {u"identity.user_assigned_identities"_s});
    trackEdits(m_identityIdsField, m_identityIds);
    m_advancedFields = allFields().mid(before);
    setFieldsVisible(m_advancedFields, false);
    m_steps->addWidget(m_step2);

    m_back = new QPushButton(tr("&Back"), this);
    m_back->setObjectName(u"back"_s);
    m_back->setAutoDefault(false);
    m_next = new QPushButton(tr("&Next"), this);
    m_next->setObjectName(u"next"_s);
    m_next->setAutoDefault(false);
    m_next->setToolTip(tr("Go on to the advanced settings: name, nodes, SSH access."));
    connect(m_back, &QPushButton::clicked, this, [this] { setCurrentStep(0); });
    connect(m_next, &QPushButton::clicked, this, [this] { setCurrentStep(1); });
    const int primaryIndex = buttonLayout()->indexOf(primaryButton());
    buttonLayout()->insertWidget(primaryIndex, m_next);
    buttonLayout()->insertWidget(primaryIndex, m_back);

    initialize();
    setCurrentStep(0);
}

int ComputeClusterForm::currentStep() const
{
    return m_steps->currentIndex();
}

void ComputeClusterForm::setCurrentStep(int step)
{
    m_steps->setCurrentIndex(step);
    markFieldsInView();
    const bool last = step == 1;
    m_back->setVisible(last);
    m_next->setVisible(!last);
    primaryButton()->setVisible(last);
    primaryButton()->setDefault(last);
    m_next->setDefault(!last);
    refreshMessages();
    updateActions();
    if (isVisible())
        fitToContents();
    // First field of the step.
    QWidget *first = last ? editorFor(u"name"_s) : static_cast<QWidget *>(m_location);
    if (first && isVisible())
        first->setFocus(Qt::TabFocusReason);
}

void ComputeClusterForm::readFields(ComputeSpec &spec) const
{
    auto *s = spec.as<ClusterSpec>();
    s->location = m_location->text().trimmed();
    s->vmType = m_vmType->currentIndex() == 1 ? VmType::Gpu : VmType::Cpu;
    s->tier = m_priority->currentIndex() == 1 ? VmPriority::LowPriority : VmPriority::Dedicated;
    s->size = m_size->currentSize();
    s->minInstances = m_minNodes->value();
    s->maxInstances = m_maxNodes->value();
    s->idleTimeBeforeScaleDown = m_idleSeconds->value();
    s->ssh.enabled = m_sshEnabled->isChecked();
    if (s->ssh.enabled) {
        s->ssh.adminUsername = m_adminUser->text().trimmed();
        const bool password = m_sshAuth->currentIndex() == 1;
        s->ssh.publicKey = password ? QString() : m_publicKey->text().trimmed();
        if (password)
            s->ssh.adminPassword.value = m_adminPassword->text();
        else
            s->ssh.adminPassword = {};
    } else {
        s->ssh.publicKey.clear();
        s->ssh.adminPassword = {};
    }
    s->network = m_networkEdits.read();
    s->identity.type = ManagedIdentity::Type(m_identity->currentIndex());
    s->identity.userAssignedIds.clear();
    if (s->identity.type == ManagedIdentity::Type::UserAssigned) {
        const QStringList lines = m_identityIds->toPlainText().split(u'\n');
        for (const QString &line : lines) {
            if (!line.trimmed().isEmpty())
                s->identity.userAssignedIds.append(line.trimmed());
        }
    }
}

void ComputeClusterForm::writeFields(const ComputeSpec &spec)
{
    const auto *s = spec.as<ClusterSpec>();
    m_location->setText(s->location);
    m_vmType->setCurrentIndex(s->vmType == VmType::Gpu ? 1 : 0);
    m_priority->setCurrentIndex(s->tier == VmPriority::LowPriority ? 1 : 0);
    m_size->setVmTypeFilter(s->vmType);
    m_size->setCurrentSizeOrSmallest(s->size, s->vmType);
    m_minNodes->setValue(s->minInstances);
    m_maxNodes->setValue(s->maxInstances);
    m_idleSeconds->setValue(s->idleTimeBeforeScaleDown);
    m_sshEnabled->setChecked(s->ssh.enabled);
    m_adminUser->setText(s->ssh.adminUsername);
    m_sshAuth->setCurrentIndex(s->ssh.publicKey.isEmpty() && s->ssh.adminPassword.isSet() ? 1 : 0);
    m_publicKey->setText(s->ssh.publicKey);
    m_adminPassword->setText(s->ssh.adminPassword.value);
    m_networkEdits.write(s->network);
    m_identity->setCurrentIndex(int(s->identity.type));
    m_identityIds->setPlainText(s->identity.userAssignedIds.join(u'\n'));
    updateOptionalRows();
    if (!s->network.isEmpty() || s->identity.type != ManagedIdentity::Type::None
        || spec.provider != ComputeSpec().provider)
        m_advanced->setOpen(true);
}

void ComputeClusterForm::providerChanged()
{
    m_size->setSizes(providerSizes(SpecType::AmlCompute));
    if (!isFilling())
        m_size->selectSmallestIfUnlisted(m_vmType->currentIndex() == 1 ? VmType::Gpu : VmType::Cpu);
}

void ComputeClusterForm::vmTypeChanged()
{
    if (isFilling())
        return;
    m_size->switchVmType(m_vmType->currentIndex() == 1 ? VmType::Gpu : VmType::Cpu);
}

void ComputeClusterForm::updateOptionalRows()
{
    const bool ssh = m_sshEnabled->isChecked();
    const bool password = m_sshAuth->currentIndex() == 1;
    setFieldVisible(m_adminUserField, ssh);
    setFieldVisible(m_sshAuthField, ssh);
    setFieldVisible(m_publicKeyField, ssh && !password);
    setFieldVisible(m_passwordField, ssh && password);
    setFieldVisible(m_identityIdsField, m_advanced->isOpen() && m_identity->currentIndex() == 2);
    refreshMessages();
    if (isVisible())
        fitToContents();
}

void ComputeClusterForm::updateActions()
{
    ComputeForm::updateActions();
    if (m_next)
        m_next->setEnabled(!hasErrorsWithin(m_step1));
}

} // namespace Studio::Ui
