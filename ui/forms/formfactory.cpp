#include "formfactory.h"

#include "attachcomputeform.h"
#include "computeclusterform.h"
#include "computeinstanceform.h"
#include "inferenceclusterform.h"

namespace Studio::Ui {

ComputeForm *createFormFor(ComputeKind kind, QWidget *parent)
{
    ComputeForm *form = nullptr;
    switch (kind) {
    case ComputeKind::Instance:
        form = new ComputeInstanceForm(parent);
        break;
    case ComputeKind::Cluster:
        form = new ComputeClusterForm(parent);
        break;
    case ComputeKind::Inference:
        form = new InferenceClusterForm(parent);
        break;
    case ComputeKind::Attached:
        form = new AttachComputeForm(parent);
        break;
    case ComputeKind::Local:
        return nullptr;
    }
    form->setAttribute(Qt::WA_DeleteOnClose);
    return form;
}

ComputeForm *openFormFor(ComputeKind kind, QWidget *parent, const QStringList &existingNames)
{
    ComputeForm *form = createFormFor(kind, parent);
    if (!form)
        return nullptr;
    form->setExistingNames(existingNames);
    form->open();
    return form;
}

} // namespace Studio::Ui
