#include "logging.h"

Q_LOGGING_CATEGORY(lcStore, "studio.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLocal, "studio.local", QtWarningMsg)
Q_LOGGING_CATEGORY(lcI18n, "studio.i18n", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRuns, "studio.runs", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSnapshot, "studio.snapshot", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEnv, "studio.env", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMlflow, "studio.mlflow", QtWarningMsg)
