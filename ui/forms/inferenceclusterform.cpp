#include "inferenceclusterform.h"

#include "choicebuttons.h"
#include "filepathedit.h"
#include "formtexts.h"
#include "vmsizepicker.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Studio::Ui {

InferenceClusterForm::InferenceClusterForm(QWidget *parent)
    : ComputeForm({SpecType::InferenceCluster}, parent)
{
    setObjectName(u"inferenceClusterForm"_s);
    setWindowTitle(tr("New inference cluster"));
    setPrimaryText(tr("&Create"));

    auto *form = createFormLayout();
    bodyLayout()->addLayout(form);

    addNameField(form, tr("Required. 2 to 16 characters: letters, digits and hyphens (-). It "
                          "must start with a letter, and a hyphen must be followed by at least "
                          "one more character. The name must be unique among the computes of "
                          "the region: a warning says when it is not."));

    m_service = new ChoiceButtons({tr("Create new"), tr("Use existing")});
    m_service->setObjectName(u"service"_s);
    connect(m_service, &ChoiceButtons::currentIndexChanged, this,
            &InferenceClusterForm::updateOptionalRows);
    trackEdits(addField(form, tr("&Kubernetes service:"), m_service,
                        tr("Create new: a new Kubernetes service cluster, described by the rest "
                           "of the form. Use existing: an existing Kubernetes service cluster "
                           "of your subscription."),
                        {u"kubernetes_service.create_new"_s}),
               m_service);

    m_existing = new QLineEdit;
    m_existing->setObjectName(u"existingService"_s);
    m_existingField = addField(form, tr("E&xisting service:"), m_existing,
                               tr("The name of the existing Kubernetes service cluster to use."),
                               {u"kubernetes_service.name"_s});
    trackEdits(m_existingField, m_existing);

    m_location = new QLineEdit;
    m_location->setObjectName(u"location"_s);
    m_location->setPlaceholderText(tr("Same as the workspace"));
    trackEdits(addField(form, tr("Regi&on:"), m_location,
                        tr("The region the cluster is created in. Empty: the workspace's."),
                        {u"location"_s}),
               m_location);

    m_size = new VmSizePicker;
    m_size->setObjectName(u"size"_s);
    trackEdits(
        addField(form, tr("Virtual machine &size:"), m_size, FormTexts::vmSize(), {u"size"_s}),
        m_size);

    m_purpose = new ChoiceButtons({tr("Production"), tr("Dev-test")});
    m_purpose->setObjectName(u"purpose"_s);
    trackEdits(addField(form, tr("Cluster &purpose:"), m_purpose,
                        tr("Production for models served to users; Dev-test for developing "
                           "and testing deployments."),
                        {u"cluster_purpose"_s}),
               m_purpose);

    m_nodes = new QSpinBox;
    m_nodes->setObjectName(u"nodeCount"_s);
    m_nodes->setRange(0, 1000);
    trackEdits(addField(form, tr("N&umber of nodes:"), m_nodes,
                        tr("The number of nodes. The number of nodes times the virtual "
                           "machine's cores (vCPUs) must be 12 or more."),
                        {u"node_count"_s}, tr("Nodes × vCPUs must be at least 12.")),
               m_nodes);

    m_network = new ChoiceButtons({tr("Basic"), tr("Advanced")});
    m_network->setObjectName(u"network"_s);
    connect(m_network, &ChoiceButtons::currentIndexChanged, this,
            &InferenceClusterForm::updateOptionalRows);
    trackEdits(addField(form, tr("Net&work configuration:"), m_network,
                        tr("Basic: the cluster gets a network of its own. Advanced: create the "
                           "cluster inside an existing virtual network."),
                        {u"network_configuration"_s}),
               m_network);

    const qsizetype networkStart = allFields().size();
    m_networkEdits
        = addNetworkFields(form, tr("Resource &group:"), tr("&Virtual network:"), tr("Subne&t:"));
    m_networkFields = allFields().mid(networkStart);

    m_ssl = new QCheckBox(tr("&Enable SSL configuration"));
    m_ssl->setObjectName(u"sslEnabled"_s);
    connect(m_ssl, &QCheckBox::toggled, this, &InferenceClusterForm::updateOptionalRows);
    trackEdits(addField(form, tr("SSL:"), m_ssl,
                        tr("Enable to configure an SSL certificate on the compute, so that "
                           "its web services are reached over HTTPS."),
                        {u"ssl_settings.enabled"_s}),
               m_ssl);

    const qsizetype sslStart = allFields().size();
    m_cname = new QLineEdit;
    m_cname->setObjectName(u"cname"_s);
    m_cname->setPlaceholderText(tr("e.g. models.example.com"));
    trackEdits(addField(form, tr("CN&AME:"), m_cname,
                        tr("The domain name (CNAME) the certificate is for."),
                        {u"ssl_settings.cname"_s}),
               m_cname);
    const QStringList pem{tr("PEM files (*.pem *.crt *.cer *.key)"), tr("All files (*)")};
    m_certFile = new FilePathEdit;
    m_certFile->setObjectName(u"certFile"_s);
    m_certFile->setDialogTitle(tr("Choose the SSL certificate"));
    m_certFile->setNameFilters(pem);
    trackEdits(addField(form, tr("Certi&ficate file:"), m_certFile,
                        tr("The SSL certificate file (PEM)."), {u"ssl_settings.cert_file"_s}),
               m_certFile);
    m_keyFile = new FilePathEdit;
    m_keyFile->setObjectName(u"keyFile"_s);
    m_keyFile->setDialogTitle(tr("Choose the SSL key"));
    m_keyFile->setNameFilters(pem);
    trackEdits(addField(form, tr("Key f&ile:"), m_keyFile,
                        tr("The private key file (PEM) of the SSL certificate."),
                        {u"ssl_settings.key_file"_s}),
               m_keyFile);
    m_sslFields = allFields().mid(sslStart);

    addProviderField(form);

    initialize();
}

void InferenceClusterForm::readFields(ComputeSpec &spec) const
{
    auto *s = spec.as<InferenceSpec>();
    s->createNewService = m_service->currentIndex() == 0;
    s->existingService = s->createNewService ? QString() : m_existing->text().trimmed();
    s->location = m_location->text().trimmed();
    s->size = m_size->currentSize();
    s->purpose = m_purpose->currentIndex() == 1 ? InferenceSpec::Purpose::DevTest
                                                : InferenceSpec::Purpose::Production;
    s->agentCount = m_nodes->value();
    s->advancedNetwork = m_network->currentIndex() == 1;
    s->network = s->advancedNetwork ? m_networkEdits.read() : NetworkSettings();
    s->sslEnabled = m_ssl->isChecked();
    s->sslCname = s->sslEnabled ? m_cname->text().trimmed() : QString();
    s->sslCertificateFile = s->sslEnabled ? m_certFile->path() : QString();
    s->sslKeyFile = s->sslEnabled ? m_keyFile->path() : QString();
}

void InferenceClusterForm::writeFields(const ComputeSpec &spec)
{
    const auto *s = spec.as<InferenceSpec>();
    m_service->setCurrentIndex(s->createNewService ? 0 : 1);
    m_existing->setText(s->existingService);
    m_location->setText(s->location);
    m_size->setCurrentSizeOrSmallest(s->size, std::nullopt);
    m_purpose->setCurrentIndex(s->purpose == InferenceSpec::Purpose::DevTest ? 1 : 0);
    m_nodes->setValue(s->agentCount);
    m_network->setCurrentIndex(s->advancedNetwork ? 1 : 0);
    m_networkEdits.write(s->network);
    m_ssl->setChecked(s->sslEnabled);
    m_cname->setText(s->sslCname);
    m_certFile->setPath(s->sslCertificateFile);
    m_keyFile->setPath(s->sslKeyFile);
    updateOptionalRows();
}

void InferenceClusterForm::providerChanged()
{
    m_size->setSizes(providerSizes(SpecType::InferenceCluster));
    if (!isFilling())
        m_size->selectSmallestIfUnlisted(std::nullopt);
}

void InferenceClusterForm::updateOptionalRows()
{
    setFieldVisible(m_existingField, m_service->currentIndex() == 1);
    setFieldsVisible(m_networkFields, m_network->currentIndex() == 1);
    setFieldsVisible(m_sslFields, m_ssl->isChecked());
    refreshMessages();
    if (isVisible())
        fitToContents();
}

} // namespace Studio::Ui
