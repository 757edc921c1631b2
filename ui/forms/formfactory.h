#pragma once

#include "core/model/compute.h"

#include <QStringList>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace Studio::Ui {

class ComputeForm;

/// The create (or attach) form for a tab of the Compute page; nullptr for the local machine.
/// The form is a child of `parent` and deletes itself when closed.
ComputeForm *createFormFor(ComputeKind kind, QWidget *parent);

/// createFormFor(), told the workspace's names, then opened (window-modal, no nested event
/// loop). Connect to ComputeForm::submitted to act on the spec.
ComputeForm *openFormFor(ComputeKind kind, QWidget *parent, const QStringList &existingNames = {});

} // namespace Studio::Ui
