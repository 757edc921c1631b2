// studio-busy: starts creating a compute instance in a workspace and never finishes, so a
// test can kill this process in the middle of an operation (as a crash would) and check
// that the compute does not stay "Creating" forever.
//   studio-busy WORKSPACE NAME
// Prints "busy <pid>" once the compute's row shows the operation, then waits to be killed.
#include "../support/gatedprovider.h"
#include "core/ops/computeoperations.h"
#include "core/store/workspace.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Studio;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: studio-busy WORKSPACE NAME\n");
        return 2;
    }
    auto workspace = Workspace::open(args.at(1));
    if (!workspace) {
        std::fprintf(stderr, "studio-busy: %s\n", qPrintable(workspace.error().fullText()));
        return 1;
    }
    auto owned = std::make_unique<Test::GatedProvider>(u"gated"_s);
    Test::GatedProvider *gated = owned.get();
    ProviderRegistry::instance().add(std::move(owned));

    ComputeOperations operations(workspace.value().get());
    ComputeSpec spec = ComputeSpec::defaults(SpecType::ComputeInstance);
    spec.name = args.at(2);
    spec.provider = u"gated"_s;
    spec.as<InstanceSpec>()->size = Test::GatedProvider::sizeName();
    ComputeOperation *operation = operations.create(spec);
    if (operation->isFinished()) {
        std::fprintf(stderr, "studio-busy: %s\n",
                     qPrintable(operation->result().error().fullText()));
        return 1;
    }
    // The row is written before the step reaches the gate; the gate never opens.
    if (!gated->waitUntilAtGate()) {
        std::fprintf(stderr, "studio-busy: the operation never started\n");
        return 1;
    }
    std::printf("busy %lld\n", QCoreApplication::applicationPid());
    std::fflush(stdout);
    return app.exec();
}
