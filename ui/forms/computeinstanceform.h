#pragma once

#include "computeform.h"

QT_BEGIN_NAMESPACE
class QCheckBox;
class QSpinBox;
QT_END_NAMESPACE

namespace Studio::Ui {

class ChoiceButtons;
class DisclosureButton;
class FilePathEdit;
class VmSizePicker;

/// Creates a compute instance: name, VM type, VM size, SSH access (off by default; a public
/// key when on), idle shutdown, and collapsed advanced settings (provider, virtual network).
class ComputeInstanceForm final : public ComputeForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComputeInstanceForm)

public:
    explicit ComputeInstanceForm(QWidget *parent = nullptr);

    ChoiceButtons *vmType() const { return m_vmType; }
    VmSizePicker *sizePicker() const { return m_size; }
    QCheckBox *sshEnabled() const { return m_sshEnabled; }
    QLineEdit *publicKey() const { return m_publicKey; }
    QSpinBox *idleShutdown() const { return m_idleShutdown; }
    DisclosureButton *advancedToggle() const { return m_advanced; }

protected:
    void readFields(ComputeSpec &spec) const override;
    void writeFields(const ComputeSpec &spec) override;
    void providerChanged() override;

private:
    void vmTypeChanged();
    void updateSshRows();
    void choosePublicKeyFile();

    ChoiceButtons *m_vmType = nullptr;      // Owned (widget tree).
    VmSizePicker *m_size = nullptr;         // Owned (widget tree).
    QCheckBox *m_sshEnabled = nullptr;      // Owned (widget tree).
    QLineEdit *m_publicKey = nullptr;       // Owned (widget tree).
    QSpinBox *m_idleShutdown = nullptr;     // Owned (widget tree).
    DisclosureButton *m_advanced = nullptr; // Owned (widget tree).
    NetworkFields m_networkEdits;
    Field *m_publicKeyField = nullptr;
    QList<Field *> m_advancedFields;
};

} // namespace Studio::Ui
