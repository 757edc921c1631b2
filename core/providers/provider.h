#pragma once

#include "../model/compute.h"
#include "../spec/computespec.h"
#include "../util/result.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace Studio {

class Workspace;

/// What a provider step may use while it runs on a worker thread: progress reporting
/// (0–100 and a short text for the list and details) and cooperative cancellation.
class ProviderStepContext
{
public:
    using ProgressFn = std::function<void(int percent, const QString &text)>;
    ProviderStepContext(QString workspacePath, ProgressFn progress,
                        const std::atomic_bool *cancelled)
        : m_workspacePath(std::move(workspacePath))
        , m_progress(std::move(progress))
        , m_cancelled(cancelled)
    {}
    QString workspacePath() const { return m_workspacePath; }
    void progress(int percent, const QString &text) const
    {
        if (m_progress)
            m_progress(percent, text);
    }
    bool isCancelled() const { return m_cancelled && m_cancelled->load(); }

private:
    QString m_workspacePath;
    ProgressFn m_progress;
    const std::atomic_bool *m_cancelled = nullptr;
};

/// A backend that computes live on: the local machine, SSH hosts, Slurm, Azure ML, …
/// Steps are blocking and run on a worker thread (ComputeOperations runs them); they
/// must check ctx.isCancelled() between pieces of work and undo what they did when
/// cancelled or failing. The spec given to create() has its secrets' values filled in;
/// update() gets the stored spec, whose secrets carry only their keychain keys (it changes
/// no secret, so the keychain is not asked). Steps run concurrently for different computes.
class Provider
{
public:
    virtual ~Provider() = default;

    virtual QString id() const = 0;          ///< "local", "ssh", "slurm", "azureml"
    virtual QString displayName() const = 0; ///< translated
    virtual bool canBack(SpecType type) const = 0;
    /// Sizes this provider offers for `type`, smallest first (may be empty: any size).
    virtual QList<VmSize> sizes(SpecType type) const = 0;

    /// Creates (or attaches) the compute. Returns the runtime state it is left in
    /// ("Running" for a new instance, "Idle" for a cluster, "" where the kind has none).
    virtual Result<QString> create(const ComputeSpec &spec, const ProviderStepContext &ctx) = 0;
    /// Deletes (or detaches) the compute and everything the provider made for it.
    virtual Result<void> remove(const ComputeRecord &record, const ProviderStepContext &ctx) = 0;

    enum class Action { Start, Stop, Restart };
    /// Start/stop/restart (instances). Returns the new runtime state.
    virtual Result<QString> act(const ComputeRecord &record, Action action,
                                const ProviderStepContext &ctx)
        = 0;
    /// Applies changed mutable settings (cluster min/max nodes and idle time).
    virtual Result<void> update(const ComputeRecord &record, const ComputeSpec &after,
                                const ProviderStepContext &ctx)
        = 0;
};

/// The providers this build has. The local one is always there.
class ProviderRegistry
{
    Q_DECLARE_TR_FUNCTIONS(Studio::ProviderRegistry)

public:
    static ProviderRegistry &instance();

    Provider *find(const QString &id) const;
    QStringList ids() const;
    /// Providers (their ids) that can back `type`.
    QStringList providersFor(SpecType type) const;
    /// Empty when `provider` can back `type`; otherwise a message naming the providers that
    /// can (or saying none in this build can yet).
    QString refusal(const QString &provider, SpecType type) const;

    void add(std::unique_ptr<Provider> provider); ///< tests and later providers

private:
    ProviderRegistry();
    std::vector<std::unique_ptr<Provider>> m_providers;
};

} // namespace Studio
