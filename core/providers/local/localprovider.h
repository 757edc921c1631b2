#pragma once

#include "../provider.h"
#include "localmachine.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <mutex>

namespace Studio {

/// The provider of this machine (id "local"): compute instances and compute clusters made of
/// this machine's cores, memory and GPUs. docs/providers.md describes what it backs, its
/// sizes and the folders it keeps under `<workspace>/computes/<name>/`.
///
/// A local compute instance is a workstation area with a home folder, a job queue of two
/// jobs per core of its size and a runtime state (Running, Stopped) kept in its manifest. A
/// local compute cluster is a pool of local nodes whose size and min/max/idle settings are
/// recorded for the run engine. Steps are blocking; ComputeOperations runs them off the
/// calling thread.
class LocalProvider final : public Provider
{
    Q_DECLARE_TR_FUNCTIONS(Studio::LocalProvider)
    Q_DISABLE_COPY_MOVE(LocalProvider)

public:
    LocalProvider(); ///< probes cores and memory (cheap: no process)

    static constexpr char16_t providerId[] = u"local";
    static constexpr int jobSlotsPerCore = 2; ///< a compute instance runs 2 jobs per core

    QString id() const override;
    QString displayName() const override;
    bool canBack(SpecType type) const override; ///< ComputeInstance and AmlCompute
    /// sizesFor() this machine, for the types it backs; empty for the others.
    QList<VmSize> sizes(SpecType type) const override;

    Result<QString> create(const ComputeSpec &spec, const ProviderStepContext &ctx) override;
    Result<void> remove(const ComputeRecord &record, const ProviderStepContext &ctx) override;
    Result<QString> act(const ComputeRecord &record, Action action,
                        const ProviderStepContext &ctx) override;
    Result<void> update(const ComputeRecord &record, const ComputeSpec &after,
                        const ProviderStepContext &ctx) override;

    /// The machine sizes() derive from. GPUs are those of the last probe the workspace
    /// recorded (probing starts a process, which sizes() never does).
    LocalMachineInfo machine() const;
    void setMachine(const LocalMachineInfo &machine);
    void setGpuCount(int gpus);

    /// The sizes a machine offers: 1, 2, 4, … vCPUs below its core count plus the core
    /// count itself, memory in proportion to the cores (rounded down), named
    /// `Local_<vCPUs>C_<GiB>G` (`Local_1C_512M` under 1 GiB); with GPUs, also 1, 2, 4, … up
    /// to their number with cores and memory in proportion, named `…_<n>GPU`. Never more
    /// than the machine has.
    static QList<VmSize> sizesFor(const LocalMachineInfo &machine);

    /// `<workspace>/computes/<name>`: the compute's own area.
    static QString areaPath(const QString &workspacePath, const QString &name);
    static QString manifestFileName(); ///< "manifest.json"
    /// The manifest of the compute `name`, as the run engine reads it.
    static Result<QJsonObject> readManifest(const QString &workspacePath, const QString &name);

private:
    Result<QString> createInstance(const ComputeSpec &spec, const VmSize &size,
                                   const ProviderStepContext &ctx);
    Result<QString> createCluster(const ComputeSpec &spec, const VmSize &size,
                                  const ProviderStepContext &ctx);

    mutable std::mutex m_mutex;
    LocalMachineInfo m_machine; // Guarded by m_mutex.
};

} // namespace Studio
