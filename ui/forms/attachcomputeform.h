#pragma once

#include "computeform.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QSpinBox;
QT_END_NAMESPACE

namespace Studio::Ui {

class ChoiceButtons;
class FilePathEdit;

/// Attaches compute created elsewhere: name, compute type, and the fields of that type —
/// remote VM, HDInsight and Slurm: address, SSH port, user name, and a private key file
/// (+ passphrase) or a password; Databricks: workspace, resource group, access token; Data
/// Lake Analytics: resource group, account; Kubernetes: resource id or kubeconfig, namespace.
/// Under the type, what the type can be used for (the capability matrix).
class AttachComputeForm final : public ComputeForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachComputeForm)

public:
    enum class Authentication { PrivateKey, Password };

    explicit AttachComputeForm(QWidget *parent = nullptr);

    void setComputeType(SpecType type);
    QComboBox *computeType() const { return m_type; }
    QLabel *capabilityNote() const;
    ChoiceButtons *authentication() const { return m_auth; }
    void setAuthentication(Authentication authentication);

    /// The line of the capability matrix for `type`, and what it cannot be used for.
    static QString capabilityText(SpecType type);

protected:
    SpecType currentType() const override;
    void readFields(ComputeSpec &spec) const override;
    void writeFields(const ComputeSpec &spec) override;

private:
    void updateRows();
    void readLogin(SshLogin &login) const;
    void writeLogin(const SshLogin &login);

    QComboBox *m_type = nullptr; // Owned (widget tree); likewise the editors below.
    QLineEdit *m_address = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_username = nullptr;
    ChoiceButtons *m_auth = nullptr;
    FilePathEdit *m_keyFile = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_vmName = nullptr;
    QLineEdit *m_partition = nullptr;
    QLineEdit *m_account = nullptr;
    QLineEdit *m_dbWorkspace = nullptr;
    QLineEdit *m_dbResourceGroup = nullptr;
    QLineEdit *m_dbToken = nullptr;
    QLineEdit *m_adlaResourceGroup = nullptr;
    QLineEdit *m_adlaAccount = nullptr;
    QLineEdit *m_k8sResourceId = nullptr;
    FilePathEdit *m_kubeconfig = nullptr;
    QLineEdit *m_namespace = nullptr;
    Field *m_typeField = nullptr;
    Field *m_addressField = nullptr;
    Field *m_keyFileField = nullptr;
    Field *m_passphraseField = nullptr;
    Field *m_passwordField = nullptr;
    Field *m_vmNameField = nullptr;
    QList<Field *> m_sshFields;
    QList<Field *> m_slurmFields;
    QList<Field *> m_databricksFields;
    QList<Field *> m_adlaFields;
    QList<Field *> m_kubernetesFields;
};

} // namespace Studio::Ui
