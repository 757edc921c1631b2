#pragma once

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace Studio::Test {

/// Common set-up for every test: never touch the user's files, and fail on the Qt warnings
/// that mean a bug (a process or thread destroyed while still running).
inline void initTestEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    QTest::failOnWarning(QRegularExpression(QStringLiteral("Destroyed while process")));
    QTest::failOnWarning(QRegularExpression(QStringLiteral("Destroyed while thread")));
    QTest::failOnWarning(
        QRegularExpression(QStringLiteral("is still in use, all queries will cease to work")));
}

/// Absolute path of a program built by this project.
inline QString builtProgram(const char *name)
{
    return QStringLiteral(STUDIO_BIN_DIR "/") + QLatin1StringView(name);
}

} // namespace Studio::Test

#include "core/model/compute.h"

namespace Studio {
// QTest prints values through an ADL toString(); these make QCOMPARE of enums readable.
inline char *toString(ComputeKind kind)
{
    return qstrdup(qPrintable(toKey(kind)));
}
inline char *toString(ProvisioningState state)
{
    return qstrdup(qPrintable(toKey(state)));
}
} // namespace Studio
