#pragma once

#include <QLoggingCategory>

// One logging category per core module (studio.<module>).
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcLocal)
Q_DECLARE_LOGGING_CATEGORY(lcI18n)
