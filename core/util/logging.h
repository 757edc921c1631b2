#pragma once

#include <QLoggingCategory>

// One logging category per core module (studio.<module>).
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcLocal)
Q_DECLARE_LOGGING_CATEGORY(lcI18n)
Q_DECLARE_LOGGING_CATEGORY(lcRuns)     // studio.runs: run engine, local agent
Q_DECLARE_LOGGING_CATEGORY(lcSnapshot) // studio.snapshot
Q_DECLARE_LOGGING_CATEGORY(lcEnv)      // studio.env: environments
Q_DECLARE_LOGGING_CATEGORY(lcMlflow)   // studio.mlflow: the tracking endpoint
