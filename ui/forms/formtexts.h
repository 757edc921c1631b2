#pragma once

#include <QCoreApplication>

namespace Studio::Ui {

/// What the fields the forms share mean, in the source documents' words (tooltips).
class FormTexts
{
    Q_DECLARE_TR_FUNCTIONS(Studio::Ui::FormTexts)

public:
    static QString managedName();
    static QString vmType();
    static QString vmTypeHint();
    static QString vmSize();
    static QString sshAccess();
    static QString sshAccessHint();
    static QString publicKey();
    static QString resourceGroup();
    static QString virtualNetwork();
    static QString subnet();
};

} // namespace Studio::Ui
