// studio-seed: fills a workspace with sample computes and runs from a process of its own
// (a second writer for the concurrency tests, the data set of the start-up benchmark).
//   studio-seed WORKSPACE COMPUTES [RUNS] [--kind KIND --name NAME]
#include "../support/seed.h"
#include "core/store/workspace.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr,
                     "usage: studio-seed WORKSPACE COMPUTES [RUNS] [--name NAME --kind KIND]\n");
        return 2;
    }
    auto workspace = Studio::Workspace::open(args.at(1));
    if (!workspace) {
        std::fprintf(stderr, "studio-seed: %s\n", qPrintable(workspace.error().fullText()));
        return 1;
    }
    const int nameAt = int(args.indexOf(u"--name"_s));
    if (nameAt > 0 && nameAt + 1 < args.size()) {
        const int kindAt = int(args.indexOf(u"--kind"_s));
        const auto kind
            = Studio::computeKindFromString(kindAt > 0 ? args.value(kindAt + 1) : u"instance"_s);
        Studio::ComputeRecord record
            = Studio::Test::sampleCompute(kind.value_or(Studio::ComputeKind::Instance), 1);
        record.name = args.at(nameAt + 1);
        auto inserted = workspace.value()->computes().insert(record);
        if (!inserted) {
            std::fprintf(stderr, "studio-seed: %s\n", qPrintable(inserted.error().fullText()));
            return 1;
        }
        return 0;
    }
    const int computes = args.at(2).toInt();
    const int runs = args.size() > 3 ? args.at(3).toInt() : 0;
    const Studio::Workspace::Connection connection(workspace.value()->databasePath());
    auto seeded = Studio::Test::seedWorkspace(connection.database(), computes, runs);
    if (!seeded) {
        std::fprintf(stderr, "studio-seed: %s\n", qPrintable(seeded.error().fullText()));
        return 1;
    }
    return 0;
}
