#pragma once

#include <QSettings>
#include <QStandardPaths>

namespace Studio::Ui {

/// The studio's settings file (geometry, last page, last workspace), in the XDG config
/// location; under QStandardPaths' test mode, in the test location.
inline QString settingsFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/computestudio/computestudio.conf");
}

} // namespace Studio::Ui
