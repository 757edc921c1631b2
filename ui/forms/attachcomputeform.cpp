#include "attachcomputeform.h"

#include "choicebuttons.h"
#include "filepathedit.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Studio::Ui {

namespace {

bool usesSsh(SpecType type)
{
    return type == SpecType::VirtualMachine || type == SpecType::HDInsight
           || type == SpecType::Slurm;
}

QString supportText(Capabilities::Support support)
{
    switch (support) {
    case Capabilities::Support::No:
        return AttachComputeForm::tr("no");
    case Capabilities::Support::Yes:
        return AttachComputeForm::tr("yes");
    case Capabilities::Support::Maybe:
        return AttachComputeForm::tr("maybe");
    case Capabilities::Support::Only:
        return AttachComputeForm::tr("only");
    }
    return {};
}

QLineEdit *lineEdit(const QString &objectName, QLineEdit::EchoMode echo = QLineEdit::Normal)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setEchoMode(echo);
    return edit;
}

} // namespace

AttachComputeForm::AttachComputeForm(QWidget *parent)
    : ComputeForm(attachableSpecTypes(), parent)
{
    setObjectName(u"attachComputeForm"_s);
    setWindowTitle(tr("Attach compute"));
    setPrimaryText(tr("&Attach"));

    auto *form = createFormLayout();
    bodyLayout()->addLayout(form);

    addNameField(form, tr("Required. The name this workspace gives the attached compute: "
                          "letters, digits and hyphens (-), starting with a letter."));

    m_type = new QComboBox;
    m_type->setObjectName(u"computeType"_s);
    for (SpecType type : attachableSpecTypes())
        m_type->addItem(displayName(type), int(type));
    m_typeField = addField(form, tr("Compute &type:"), m_type,
                           tr("The kind of compute to attach. Not every kind can be used for "
                              "everything: the note below says what this one can do."),
                           {u"type"_s}, capabilityText(SpecType::VirtualMachine));
    m_typeField->hint->setObjectName(u"capabilityNote"_s);
    connect(m_type, &QComboBox::currentIndexChanged, this, &AttachComputeForm::updateRows);
    trackEdits(m_typeField, m_type);

    addProviderField(form);

    // Remote VM, HDInsight, Slurm: SSH.
    qsizetype start = allFields().size();
    m_address = lineEdit(u"address"_s);
    m_addressField = addField(form, tr("A&ddress:"), m_address,
                              tr("The machine's fully qualified domain name (FQDN) or public IP "
                                 "address."),
                              {u"address"_s}, u" "_s);
    trackEdits(m_addressField, m_address);
    m_port = new QSpinBox;
    m_port->setObjectName(u"sshPort"_s);
    m_port->setRange(0, 65535);
    m_port->setMaximumWidth(m_port->sizeHint().width() + 24);
    trackEdits(addField(form, tr("SSH &port:"), m_port,
                        tr("The port the machine's SSH server listens on (22 by default)."),
                        {u"ssh_settings.ssh_port"_s}),
               m_port);
    m_username = lineEdit(u"username"_s);
    trackEdits(addField(form, tr("&User name:"), m_username,
                        tr("The SSH user to log in as (for HDInsight, the cluster's SSH user "
                           "chosen when it was created)."),
                        {u"ssh_settings.admin_username"_s}),
               m_username);
    m_auth = new ChoiceButtons({tr("Private &key file"), tr("Pass&word")});
    m_auth->setObjectName(u"authentication"_s);
    connect(m_auth, &ChoiceButtons::currentIndexChanged, this, &AttachComputeForm::updateRows);
    trackEdits(addField(form, tr("Authentication:"), m_auth,
                        tr("Log in with a private key file or a password. SSH keys are "
                           "recommended: passwords can be guessed by brute force, while keys "
                           "use cryptographic signatures."),
                        {}, tr("SSH keys are safer than passwords.")),
               m_auth);
    m_keyFile = new FilePathEdit;
    m_keyFile->setObjectName(u"privateKeyFile"_s);
    m_keyFile->setDialogTitle(tr("Choose the private key"));
    m_keyFile->setStartDirectory(QDir::home().filePath(u".ssh"_s));
    m_keyFile->lineEdit()->setPlaceholderText(tr("e.g. ~/.ssh/id_ed25519"));
    m_keyFileField
        = addField(form, tr("Private key &file:"), m_keyFile,
                   tr("The SSH private key file to log in with, e.g. "
                      "~/.ssh/id_ed25519."),
                   {u"ssh_settings.ssh_private_key_file"_s, u"ssh_settings.admin_password"_s});
    trackEdits(m_keyFileField, m_keyFile);
    m_passphrase = lineEdit(u"passphrase"_s, QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Only if the key has one"));
    m_passphraseField = addField(form, tr("Pa&ssphrase:"), m_passphrase,
                                 tr("The passphrase of the private key, if it has one. It is "
                                    "kept in the system keychain, never in the workspace or "
                                    "in YAML files."),
                                 {u"ssh_settings.ssh_key_passphrase"_s});
    trackEdits(m_passphraseField, m_passphrase);
    m_password = lineEdit(u"password"_s, QLineEdit::Password);
    m_passwordField = addField(form, tr("Pa&ssword:"), m_password,
                               tr("The SSH user's password. It is kept in the system keychain, "
                                  "never in the workspace or in YAML files."),
                               {u"ssh_settings.admin_password"_s});
    trackEdits(m_passwordField, m_password);
    m_vmName = lineEdit(u"vmName"_s);
    m_vmName->setPlaceholderText(tr("Optional"));
    m_vmNameField = addField(form, tr("Virtual &machine name:"), m_vmName,
                             tr("Optional: the virtual machine's own name (for a Data Science "
                                "VM: shorter than 64 characters, without ` ~ ! @ # $ % ^ & * "
                                "( ) = + _ [ ] { } \\ | ; : ' \" , < > / ?)."),
                             {u"vm_name"_s});
    trackEdits(m_vmNameField, m_vmName);
    m_sshFields = allFields().mid(start);

    start = allFields().size();
    m_partition = lineEdit(u"partition"_s);
    m_partition->setPlaceholderText(tr("The cluster's default"));
    trackEdits(addField(form, tr("Partit&ion:"), m_partition,
                        tr("The Slurm partition jobs are submitted to. Empty: the cluster's "
                           "default partition."),
                        {u"partition"_s}),
               m_partition);
    m_account = lineEdit(u"account"_s);
    m_account->setPlaceholderText(tr("Optional"));
    trackEdits(addField(form, tr("A&ccount:"), m_account,
                        tr("The Slurm account jobs are charged to (optional)."), {u"account"_s}),
               m_account);
    m_slurmFields = allFields().mid(start);

    // Databricks.
    start = allFields().size();
    m_dbWorkspace = lineEdit(u"databricksWorkspace"_s);
    trackEdits(addField(form, tr("Databricks &workspace:"), m_dbWorkspace,
                        tr("The name of the Azure Databricks workspace."),
                        {u"databricks_workspace"_s}),
               m_dbWorkspace);
    m_dbResourceGroup = lineEdit(u"databricksResourceGroup"_s);
    trackEdits(addField(form, tr("Resource &group:"), m_dbResourceGroup,
                        tr("The resource group that contains the Databricks workspace."),
                        {u"resource_group"_s}),
               m_dbResourceGroup);
    m_dbToken = lineEdit(u"accessToken"_s, QLineEdit::Password);
    trackEdits(addField(form, tr("Access to&ken:"), m_dbToken,
                        tr("The access token used to authenticate with Azure Databricks. It is "
                           "kept in the system keychain and never shown or written to files."),
                        {u"access_token"_s}),
               m_dbToken);
    m_databricksFields = allFields().mid(start);

    // Data Lake Analytics.
    start = allFields().size();
    m_adlaResourceGroup = lineEdit(u"adlaResourceGroup"_s);
    trackEdits(addField(form, tr("Resource &group:"), m_adlaResourceGroup,
                        tr("The resource group that contains the Data Lake Analytics account."),
                        {u"resource_group"_s}),
               m_adlaResourceGroup);
    m_adlaAccount = lineEdit(u"adlaAccount"_s);
    trackEdits(addField(form, tr("Account na&me:"), m_adlaAccount,
                        tr("The name of the Data Lake Analytics account."), {u"account_name"_s}),
               m_adlaAccount);
    m_adlaFields = allFields().mid(start);

    // Kubernetes.
    start = allFields().size();
    m_k8sResourceId = lineEdit(u"resourceId"_s);
    m_k8sResourceId->setPlaceholderText(
        tr("/subscriptions/…/resourceGroups/…/providers/…/managedClusters/…"));
    trackEdits(addField(form, tr("Resource &id:"), m_k8sResourceId,
                        tr("The resource id of the Kubernetes cluster (an AKS or Azure "
                           "Arc-enabled cluster). Give it or a kubeconfig file."),
                        {u"resource_id"_s}),
               m_k8sResourceId);
    m_kubeconfig = new FilePathEdit;
    m_kubeconfig->setObjectName(u"kubeconfig"_s);
    m_kubeconfig->setDialogTitle(tr("Choose a kubeconfig file"));
    m_kubeconfig->setStartDirectory(QDir::home().filePath(u".kube"_s));
    trackEdits(addField(form, tr("&Kubeconfig file:"), m_kubeconfig,
                        tr("A kubeconfig file that reaches the cluster's API server. Give it or "
                           "the resource id."),
                        {u"kubeconfig"_s}),
               m_kubeconfig);
    m_namespace = lineEdit(u"namespace"_s);
    trackEdits(addField(form, tr("Names&pace:"), m_namespace,
                        tr("The Kubernetes namespace the compute's work runs in (default: "
                           "“default”)."),
                        {u"namespace"_s}),
               m_namespace);
    m_kubernetesFields = allFields().mid(start);

    initialize();
}

QString AttachComputeForm::capabilityText(SpecType type)
{
    const Capabilities c = CapabilityMatrix::of(type);
    QString text = tr("GPU: %1 · Hyperparameter tuning: %2 · Automated ML: %3 · Pipelines: %4")
                       .arg(supportText(c.gpu), supportText(c.hyperparameterTuning),
                            supportText(c.automatedMl), supportText(c.pipelines));
    const QString refusal = CapabilityMatrix::refusal(type, Workload::ScriptRun);
    if (!refusal.isEmpty())
        text += u'\n' + refusal;
    return text;
}

QLabel *AttachComputeForm::capabilityNote() const
{
    return m_typeField->hint;
}

void AttachComputeForm::setComputeType(SpecType type)
{
    m_type->setCurrentIndex(m_type->findData(int(type)));
}

void AttachComputeForm::setAuthentication(Authentication authentication)
{
    m_auth->setCurrentIndex(authentication == Authentication::Password ? 1 : 0);
}

SpecType AttachComputeForm::currentType() const
{
    if (!m_type || m_type->currentIndex() < 0)
        return SpecType::VirtualMachine;
    return SpecType(m_type->currentData().toInt());
}

void AttachComputeForm::readLogin(SshLogin &login) const
{
    login.address = m_address->text().trimmed();
    login.port = m_port->value();
    login.username = m_username->text().trimmed();
    if (m_auth->currentIndex() == 1) {
        login.password.value = m_password->text();
        login.privateKeyFile.clear();
        login.passphrase = {};
    } else {
        login.password = {};
        login.privateKeyFile = QDir::fromNativeSeparators(m_keyFile->path());
        if (login.privateKeyFile.startsWith(u"~/"_s))
            login.privateKeyFile = QDir::home().filePath(login.privateKeyFile.mid(2));
        login.passphrase.value = m_passphrase->text();
    }
}

void AttachComputeForm::readFields(ComputeSpec &spec) const
{
    if (auto *vm = spec.as<VirtualMachineSpec>()) {
        readLogin(vm->login);
        vm->vmName = m_vmName->text().trimmed();
    } else if (auto *hd = spec.as<HDInsightSpec>()) {
        readLogin(hd->login);
    } else if (auto *slurm = spec.as<SlurmSpec>()) {
        readLogin(slurm->login);
        slurm->partition = m_partition->text().trimmed();
        slurm->account = m_account->text().trimmed();
    } else if (auto *db = spec.as<DatabricksSpec>()) {
        db->workspaceName = m_dbWorkspace->text().trimmed();
        db->resourceGroup = m_dbResourceGroup->text().trimmed();
        db->accessToken.value = m_dbToken->text();
    } else if (auto *adla = spec.as<DataLakeAnalyticsSpec>()) {
        adla->resourceGroup = m_adlaResourceGroup->text().trimmed();
        adla->accountName = m_adlaAccount->text().trimmed();
    } else if (auto *k8s = spec.as<KubernetesSpec>()) {
        k8s->resourceId = m_k8sResourceId->text().trimmed();
        k8s->kubeconfigFile = QDir::fromNativeSeparators(m_kubeconfig->path());
        k8s->nameSpace = m_namespace->text().trimmed();
    }
}

void AttachComputeForm::writeLogin(const SshLogin &login)
{
    m_address->setText(login.address);
    m_port->setValue(login.port);
    m_username->setText(login.username);
    const bool password = login.privateKeyFile.isEmpty() && login.password.isSet();
    m_auth->setCurrentIndex(password ? 1 : 0);
    m_password->setText(login.password.value);
    m_keyFile->setPath(QDir::toNativeSeparators(login.privateKeyFile));
    m_passphrase->setText(login.passphrase.value);
}

void AttachComputeForm::writeFields(const ComputeSpec &spec)
{
    setComputeType(spec.type());
    if (const auto *vm = spec.as<VirtualMachineSpec>()) {
        writeLogin(vm->login);
        m_vmName->setText(vm->vmName);
    } else if (const auto *hd = spec.as<HDInsightSpec>()) {
        writeLogin(hd->login);
    } else if (const auto *slurm = spec.as<SlurmSpec>()) {
        writeLogin(slurm->login);
        m_partition->setText(slurm->partition);
        m_account->setText(slurm->account);
    } else if (const auto *db = spec.as<DatabricksSpec>()) {
        m_dbWorkspace->setText(db->workspaceName);
        m_dbResourceGroup->setText(db->resourceGroup);
        m_dbToken->setText(db->accessToken.value);
    } else if (const auto *adla = spec.as<DataLakeAnalyticsSpec>()) {
        m_adlaResourceGroup->setText(adla->resourceGroup);
        m_adlaAccount->setText(adla->accountName);
    } else if (const auto *k8s = spec.as<KubernetesSpec>()) {
        m_k8sResourceId->setText(k8s->resourceId);
        m_kubeconfig->setPath(QDir::toNativeSeparators(k8s->kubeconfigFile));
        m_namespace->setText(k8s->nameSpace);
    }
    // The fields of the other types start at their defaults.
    if (spec.type() != SpecType::Kubernetes && m_namespace->text().isEmpty())
        m_namespace->setText(KubernetesSpec().nameSpace);
    updateRows();
}

void AttachComputeForm::updateRows()
{
    const SpecType type = currentType();
    const bool ssh = usesSsh(type);
    const bool password = m_auth->currentIndex() == 1;
    setFieldsVisible(m_sshFields, ssh);
    if (ssh) {
        setFieldVisible(m_keyFileField, !password);
        setFieldVisible(m_passphraseField, !password);
        setFieldVisible(m_passwordField, password);
        setFieldVisible(m_vmNameField, type == SpecType::VirtualMachine);
    }
    setFieldsVisible(m_slurmFields, type == SpecType::Slurm);
    setFieldsVisible(m_databricksFields, type == SpecType::Databricks);
    setFieldsVisible(m_adlaFields, type == SpecType::DataLakeAnalytics);
    setFieldsVisible(m_kubernetesFields, type == SpecType::Kubernetes);

    m_typeField->hint->setText(capabilityText(type));
    m_address->setPlaceholderText(type == SpecType::HDInsight
                                      ? tr("<cluster>.azurehdinsight.net or an IP address")
                                      : tr("Host name (FQDN) or IP address"));
    QString hint;
    if (type == SpecType::VirtualMachine)
        hint = tr("Only Ubuntu (Linux) machines are supported.");
    else if (type == SpecType::HDInsight)
        hint = tr("The cluster's URL in its overview, without https://.");
    else if (type == SpecType::Slurm)
        hint = tr("A login node of the cluster.");
    m_addressField->hint->setText(hint);

    refreshMessages();
    if (isVisible())
        fitToContents();
}

} // namespace Studio::Ui
