#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QCoreApplication;
QT_END_NAMESPACE

namespace Studio {

/// Installs the studio's (embedded) and Qt's own translations for `language` ("en", "ko",
/// …); an empty `language` follows the system locale. Returns the language in effect.
QString installTranslations(QCoreApplication &app, const QString &language = {});

/// Languages the studio ships a translation for, "en" first.
QStringList availableLanguages();

} // namespace Studio
