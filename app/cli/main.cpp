#include "cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cstudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STUDIO_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = Studio::Cli::run(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
