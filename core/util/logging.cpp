#include "logging.h"

Q_LOGGING_CATEGORY(lcStore, "studio.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLocal, "studio.local", QtWarningMsg)
Q_LOGGING_CATEGORY(lcI18n, "studio.i18n", QtWarningMsg)
