#pragma once

#include "computeform.h"

QT_BEGIN_NAMESPACE
class QCheckBox;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;
QT_END_NAMESPACE

namespace Studio::Ui {

class ChoiceButtons;
class DisclosureButton;
class VmSizePicker;

/// Creates a compute cluster in two steps, as the studio does. Step 1, Virtual machine:
/// location, VM type, VM priority, VM size. Step 2, Advanced settings: name, minimum and
/// maximum nodes, idle seconds before scale down, SSH access, and (collapsed) provider,
/// virtual network and managed identity. Next is enabled while step 1 has no errors; Create
/// (on step 2) while nothing has.
class ComputeClusterForm final : public ComputeForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComputeClusterForm)

public:
    explicit ComputeClusterForm(QWidget *parent = nullptr);

    int currentStep() const; ///< 0: virtual machine, 1: advanced settings
    void setCurrentStep(int step);

    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    QLineEdit *location() const { return m_location; }
    ChoiceButtons *vmType() const { return m_vmType; }
    ChoiceButtons *priority() const { return m_priority; }
    VmSizePicker *sizePicker() const { return m_size; }
    QSpinBox *minNodes() const { return m_minNodes; }
    QSpinBox *maxNodes() const { return m_maxNodes; }
    QSpinBox *idleSeconds() const { return m_idleSeconds; }
    QCheckBox *sshEnabled() const { return m_sshEnabled; }
    DisclosureButton *advancedToggle() const { return m_advanced; }

protected:
    void readFields(ComputeSpec &spec) const override;
    void writeFields(const ComputeSpec &spec) override;
    void providerChanged() override;
    void updateActions() override;

private:
    void vmTypeChanged();
    void updateOptionalRows();

    QStackedWidget *m_steps = nullptr; // Owned (widget tree).
    QWidget *m_step1 = nullptr;        // Owned (m_steps).
    QWidget *m_step2 = nullptr;        // Owned (m_steps).
    QPushButton *m_back = nullptr;     // Owned (child).
    QPushButton *m_next = nullptr;     // Owned (child).
    QLineEdit *m_location = nullptr;   // Owned (widget tree); likewise the editors below.
    ChoiceButtons *m_vmType = nullptr;
    ChoiceButtons *m_priority = nullptr;
    VmSizePicker *m_size = nullptr;
    QSpinBox *m_minNodes = nullptr;
    QSpinBox *m_maxNodes = nullptr;
    QSpinBox *m_idleSeconds = nullptr;
    QCheckBox *m_sshEnabled = nullptr;
    QLineEdit *m_adminUser = nullptr;
    ChoiceButtons *m_sshAuth = nullptr;
    QLineEdit *m_adminPassword = nullptr;
    QLineEdit *m_publicKey = nullptr;
    DisclosureButton *m_advanced = nullptr;
    NetworkFields m_networkEdits;
    ChoiceButtons *m_identity = nullptr;
    QPlainTextEdit *m_identityIds = nullptr;
    Field *m_adminUserField = nullptr;
    Field *m_sshAuthField = nullptr;
    Field *m_passwordField = nullptr;
    Field *m_publicKeyField = nullptr;
    Field *m_identityIdsField = nullptr;
    QList<Field *> m_advancedFields;
};

} // namespace Studio::Ui
