#include "formtexts.h"

namespace Studio::Ui {

QString FormTexts::managedName()
{
    return tr("Required. 3 to 24 characters: letters, digits and hyphens (-). It must start "
              "with a letter, and a hyphen must be followed by at least one more character. "
              "The name must be unique among the computes of the region: a warning says when "
              "it is not.");
}

QString FormTexts::vmType()
{
    return tr("CPU or GPU. The type cannot be changed after the compute is created.");
}

QString FormTexts::vmTypeHint()
{
    return tr("Cannot be changed after creation.");
}

QString FormTexts::vmSize()
{
    return tr("The virtual machine size: its cores (vCPUs), memory and GPUs. Supported sizes "
              "may be limited by region and quota; the list shows what this provider offers.");
}

QString FormTexts::sshAccess()
{
    return tr("SSH access is disabled by default and cannot be changed after creation. "
              "Enable it to connect with SSH, for example to debug interactively with VS Code "
              "Remote.");
}

QString FormTexts::sshAccessHint()
{
    return tr("Off by default; cannot be changed after creation.");
}

QString FormTexts::publicKey()
{
    return tr("SSH access uses a public/private key pair: give your OpenSSH public key (one "
              "line such as the contents of ~/.ssh/id_ed25519.pub) and connect with the "
              "matching private key.");
}

QString FormTexts::resourceGroup()
{
    return tr("Optional. The resource group of an existing virtual network to create the "
              "compute in.");
}

QString FormTexts::virtualNetwork()
{
    return tr("Optional. The name of an existing virtual network (VNet) to create the compute "
              "in. It must be in the same region as the workspace.");
}

QString FormTexts::subnet()
{
    return tr("The subnet within the virtual network. The compute gets IP addresses from the "
              "subnet's range.");
}

} // namespace Studio::Ui
