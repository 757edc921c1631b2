#pragma once

#include "computeform.h"

QT_BEGIN_NAMESPACE
class QCheckBox;
class QSpinBox;
QT_END_NAMESPACE

namespace Studio::Ui {

class ChoiceButtons;
class FilePathEdit;
class VmSizePicker;

/// Creates an inference cluster (a Kubernetes service for hosting models): name (2–16),
/// new or existing Kubernetes service, region, VM size, cluster purpose, number of nodes
/// (nodes × vCPUs ≥ 12), network configuration and SSL.
class InferenceClusterForm final : public ComputeForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InferenceClusterForm)

public:
    explicit InferenceClusterForm(QWidget *parent = nullptr);

    ChoiceButtons *service() const { return m_service; }
    QLineEdit *existingService() const { return m_existing; }
    VmSizePicker *sizePicker() const { return m_size; }
    ChoiceButtons *purpose() const { return m_purpose; }
    QSpinBox *nodeCount() const { return m_nodes; }
    ChoiceButtons *network() const { return m_network; }
    QCheckBox *sslEnabled() const { return m_ssl; }

protected:
    void readFields(ComputeSpec &spec) const override;
    void writeFields(const ComputeSpec &spec) override;
    void providerChanged() override;

private:
    void updateOptionalRows();

    ChoiceButtons *m_service = nullptr; // Owned (widget tree); likewise the editors below.
    QLineEdit *m_existing = nullptr;
    QLineEdit *m_location = nullptr;
    VmSizePicker *m_size = nullptr;
    ChoiceButtons *m_purpose = nullptr;
    QSpinBox *m_nodes = nullptr;
    ChoiceButtons *m_network = nullptr;
    NetworkFields m_networkEdits;
    QCheckBox *m_ssl = nullptr;
    QLineEdit *m_cname = nullptr;
    FilePathEdit *m_certFile = nullptr;
    FilePathEdit *m_keyFile = nullptr;
    Field *m_existingField = nullptr;
    QList<Field *> m_networkFields;
    QList<Field *> m_sslFields;
};

} // namespace Studio::Ui
