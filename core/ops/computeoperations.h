#pragma once

#include "../model/compute.h"
#include "../spec/computespec.h"
#include "../spec/validation.h"
#include "../util/result.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Studio {

class ComputeStore;
class ProviderStepContext;
class Workspace;

/// One asynchronous lifecycle operation (create, attach, delete, detach, start, stop,
/// restart, update) of one compute. Lives on the thread that started it; its step runs on
/// the workspace's pool. The compute's row shows the operation's provisioning state while
/// it runs, so other processes see it too.
class ComputeOperation final : public QObject
{
    Q_OBJECT

public:
    enum class Type { Create, Attach, Delete, Detach, Start, Stop, Restart, Update };
    Q_ENUM(Type)

    Type type() const { return m_type; }
    QString computeName() const { return m_computeName; }
    bool isFinished() const { return m_finished; }
    /// Valid once finished().
    const Result<void> &result() const { return m_result; }
    int progressPercent() const { return m_percent; }
    QString progressText() const { return m_progressText; }
    bool canCancel() const; ///< create and attach, while running
    /// Finished because cancel() stopped it (result() then holds the reason).
    bool isCanceled() const { return m_canceled; }
    /// The validation findings when the spec (or the update) was refused, and any warnings.
    const ValidationIssues &issues() const { return m_issues; }

    /// Asks the step to stop; it finishes with state Canceled and undoes its work.
    void cancel();

    /// Blocks (spinning a local event loop) until finished: the CLI uses it.
    const Result<void> &waitForFinished();

signals:
    void progressChanged(int percent, const QString &text);
    /// Emitted once, always after the call that made the operation has returned — also
    /// for an operation refused at once (isFinished() is then already true).
    void finished();

private:
    friend class ComputeOperations;
    ComputeOperation(Type type, QString computeName, QObject *parent);
    void setProgress(int percent, const QString &text);
    void finish(Result<void> result, bool canceled);
    Type m_type;
    QString m_computeName;
    bool m_finished = false;
    Result<void> m_result;
    int m_percent = 0;
    QString m_progressText;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    bool m_canceled = false;
    ValidationIssues m_issues;
};

/// Starts lifecycle operations on a workspace's computes. Validates first (the same
/// Validation the forms use; a name already in use is refused), keeps secrets in the
/// keychain (only their keys reach the workspace), records provisioning states, and runs
/// the provider's step off the calling thread. Each call returns at once.
///
/// Operations are children of this object: delete one (or deleteLater()) once finished, or
/// leave them to it. docs/providers.md lists the states each operation goes through.
class ComputeOperations final : public QObject
{
    Q_OBJECT

public:
    explicit ComputeOperations(Workspace *workspace, QObject *parent = nullptr);

    /// Creates or attaches (by the spec's type). Fails at once (operation already
    /// finished with the error) on validation errors, a used name, or a provider that
    /// cannot back the type.
    ComputeOperation *create(const ComputeSpec &spec);
    ComputeOperation *remove(const QString &name); ///< delete or detach, by the compute's kind
    ComputeOperation *act(const QString &name,
                          ComputeOperation::Type action); ///< Start/Stop/Restart
    /// Changes min/max nodes and idle seconds of a cluster (unset: unchanged).
    ComputeOperation *update(const QString &name, std::optional<int> minNodes,
                             std::optional<int> maxNodes, std::optional<int> idleSeconds);

    /// Operations still running (the UI shows them; closing the window asks first).
    QList<ComputeOperation *> running() const;

    /// The key an operation is recorded under in the compute's row ("create", "start", …).
    static QString toKey(ComputeOperation::Type type);

signals:
    void operationStarted(Studio::ComputeOperation *operation);

private:
    class JobChannel;
    /// The work of an operation on an existing compute, on the pool, once the compute's row
    /// shows the operation: the job's own store, and the context for the provider's step.
    using Step
        = std::function<Result<void>(const ComputeStore &store, const ProviderStepContext &step)>;

    ComputeOperation *refuse(ComputeOperation *operation, Error error,
                             ValidationIssues issues = {});
    void started(ComputeOperation *operation);
    /// The compute `name` as stored now (interrupted operations recovered first), or why not.
    Result<ComputeRecord> findCompute(const QString &name) const;
    static Error busyError(const ComputeRecord &record);
    static Error noProviderError(const ComputeRecord &record);
    /// Starts `step` on the pool: the compute's row first shows `operation` (and the states
    /// given), then the operation finishes with what `step` returns.
    ComputeOperation *runOnCompute(ComputeOperation *operation, const ComputeRecord &record,
                                   std::optional<ProvisioningState> provisioningState,
                                   const std::optional<QString> &state, Step step);

    QPointer<Workspace> m_workspace;
    QList<QPointer<ComputeOperation>> m_operations;
};

} // namespace Studio
