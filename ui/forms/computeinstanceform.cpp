#include "computeinstanceform.h"

#include "choicebuttons.h"
#include "disclosurebutton.h"
#include "formtexts.h"
#include "vmsizepicker.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Studio::Ui {

ComputeInstanceForm::ComputeInstanceForm(QWidget *parent)
    : ComputeForm({SpecType::ComputeInstance}, parent)
{
    setObjectName(u"computeInstanceForm"_s);
    setWindowTitle(tr("New compute instance"));
    setPrimaryText(tr("&Create"));

    auto *form = createFormLayout();
    bodyLayout()->addLayout(form);

    addNameField(form, FormTexts::managedName());

    m_vmType = new ChoiceButtons({tr("C&PU"), tr("&GPU")});
    m_vmType->setObjectName(u"vmType"_s);
    Field *vmType = addField(form, tr("Virtual machine &type:"), m_vmType, FormTexts::vmType(),
                             {u"vm_type"_s}, FormTexts::vmTypeHint());
    connect(m_vmType, &ChoiceButtons::currentIndexChanged, this,
            &ComputeInstanceForm::vmTypeChanged);
    trackEdits(vmType, m_vmType);

    m_size = new VmSizePicker;
    m_size->setObjectName(u"size"_s);
    trackEdits(
        addField(form, tr("Virtual machine &size:"), m_size, FormTexts::vmSize(), {u"size"_s}),
        m_size);

    m_sshEnabled = new QCheckBox(tr("&Enable SSH access"));
    m_sshEnabled->setObjectName(u"sshEnabled"_s);
    Field *ssh = addField(form, tr("SSH access:"), m_sshEnabled, FormTexts::sshAccess(),
                          {u"ssh_public_access_enabled"_s}, FormTexts::sshAccessHint());
    connect(m_sshEnabled, &QCheckBox::toggled, this, &ComputeInstanceForm::updateSshRows);
    trackEdits(ssh, m_sshEnabled);

    auto *keyRow = new QWidget;
    m_publicKey = new QLineEdit;
    m_publicKey->setObjectName(u"publicKey"_s);
    m_publicKey->setPlaceholderText(tr("ssh-ed25519 AAAA… user@host"));
    auto *browse = new QPushButton(tr("From file…"));
    browse->setAutoDefault(false);
    browse->setToolTip(tr("Read the public key from a .pub file."));
    connect(browse, &QPushButton::clicked, this, &ComputeInstanceForm::choosePublicKeyFile);
    auto *keyLayout = new QHBoxLayout(keyRow);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->addWidget(m_publicKey, 1);
    keyLayout->addWidget(browse);
    keyRow->setFocusProxy(m_publicKey);
    m_publicKeyField = addField(form, tr("SSH public &key:"), keyRow, FormTexts::publicKey(),
                                {u"ssh_settings.ssh_key_value"_s});
    trackEdits(m_publicKeyField, m_publicKey);

    m_idleShutdown = new QSpinBox;
    m_idleShutdown->setObjectName(u"idleShutdown"_s);
    m_idleShutdown->setRange(0, 7 * 24 * 60);
    m_idleShutdown->setSingleStep(15);
    m_idleShutdown->setSpecialValueText(tr("Never"));
    m_idleShutdown->setSuffix(tr(" minutes"));
    m_idleShutdown->setAccelerated(true);
    trackEdits(addField(form, tr("&Idle shutdown after:"), m_idleShutdown,
                        tr("Stop the instance after it has been idle this many minutes, so it "
                           "does not cost compute while unused. A stopped instance keeps its "
                           "quota and can be started again. Never: keep it running."),
                        {u"idle_time_before_shutdown_minutes"_s}),
               m_idleShutdown);

    m_advanced = addDisclosure(form, tr("&Advanced settings"), [this] { return m_advancedFields; });
    m_advanced->setObjectName(u"advanced"_s);
    m_advanced->setToolTip(tr("Optional: the provider, and a virtual network to create the "
                              "instance in."));

    // The provider field is made by the base; remember it with the other advanced rows.
    const qsizetype before = allFields().size();
    addProviderField(form);
    m_networkEdits
        = addNetworkFields(form, tr("Reso&urce group:"), tr("&Virtual network:"), tr("Su&bnet:"));
    m_advancedFields = allFields().mid(before);
    setFieldsVisible(m_advancedFields, false);

    initialize();
}

void ComputeInstanceForm::readFields(ComputeSpec &spec) const
{
    auto *s = spec.as<InstanceSpec>();
    s->vmType = m_vmType->currentIndex() == 1 ? VmType::Gpu : VmType::Cpu;
    s->size = m_size->currentSize();
    s->ssh.enabled = m_sshEnabled->isChecked();
    s->ssh.publicKey = s->ssh.enabled ? m_publicKey->text().trimmed() : QString();
    s->idleTimeBeforeShutdownMinutes = m_idleShutdown->value();
    s->network = m_networkEdits.read();
}

void ComputeInstanceForm::writeFields(const ComputeSpec &spec)
{
    const auto *s = spec.as<InstanceSpec>();
    m_vmType->setCurrentIndex(s->vmType == VmType::Gpu ? 1 : 0);
    m_size->setVmTypeFilter(s->vmType);
    m_size->setCurrentSizeOrSmallest(s->size, s->vmType);
    m_sshEnabled->setChecked(s->ssh.enabled);
    m_publicKey->setText(s->ssh.publicKey);
    m_idleShutdown->setValue(s->idleTimeBeforeShutdownMinutes);
    m_networkEdits.write(s->network);
    updateSshRows();
    // Settings that differ from the defaults are not hidden away.
    if (!s->network.isEmpty() || spec.provider != ComputeSpec().provider)
        m_advanced->setOpen(true);
}

void ComputeInstanceForm::providerChanged()
{
    m_size->setSizes(providerSizes(SpecType::ComputeInstance));
    if (!isFilling())
        m_size->selectSmallestIfUnlisted(m_vmType->currentIndex() == 1 ? VmType::Gpu : VmType::Cpu);
}

void ComputeInstanceForm::vmTypeChanged()
{
    if (isFilling())
        return;
    // Offer the sizes of the chosen type, starting from the smallest.
    m_size->switchVmType(m_vmType->currentIndex() == 1 ? VmType::Gpu : VmType::Cpu);
}

void ComputeInstanceForm::updateSshRows()
{
    setFieldVisible(m_publicKeyField, m_sshEnabled->isChecked());
    refreshMessages();
    if (isVisible())
        fitToContents();
}

void ComputeInstanceForm::choosePublicKeyFile()
{
    auto *dialog
        = new QFileDialog(this, tr("Choose a public key"), QDir::home().filePath(u".ssh"_s),
                          tr("Public keys (*.pub);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setFilter(dialog->filter() | QDir::Hidden);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QFile file(path);
        // A public key is one short line; a bigger file is not one.
        if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024) {
            auto *box = new QMessageBox(
                QMessageBox::Warning, tr("Public key"),
                tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        const QString text = QString::fromUtf8(file.readAll()).trimmed();
        m_publicKey->setText(text.section(u'\n', 0, 0).trimmed());
        m_publicKey->setFocus();
    });
    dialog->open();
}

} // namespace Studio::Ui
