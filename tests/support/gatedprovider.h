#pragma once

#include "core/providers/provider.h"

#include <QList>
#include <QMutex>
#include <QSemaphore>

namespace Studio::Test {

/// A provider whose every step stops at a gate until the test opens it, so tests can look
/// at an operation while it runs (its row, its progress, other processes' view of it) and
/// cancel it at a known point. Everything around it — ComputeOperations, the workspace's
/// SQLite file, the worker threads — is the real thing. Register it once per process with
/// ProviderRegistry::instance().add(); the registry owns it.
class GatedProvider final : public Provider
{
public:
    explicit GatedProvider(QString id, QList<SpecType> types
                                       = {SpecType::ComputeInstance, SpecType::AmlCompute})
        : m_id(std::move(id))
        , m_types(std::move(types))
    {}

    static QString sizeName() { return QStringLiteral("Gated_2C_4G"); }

    QString id() const override { return m_id; }
    QString displayName() const override { return QStringLiteral("Gated test provider"); }
    bool canBack(SpecType type) const override { return m_types.contains(type); }
    QList<VmSize> sizes(SpecType type) const override
    {
        if (!canBack(type))
            return {};
        return {VmSize{sizeName(), 2, 4.0, 0, QStringLiteral("gated")}};
    }

    Result<QString> create(const ComputeSpec &spec, const ProviderStepContext &ctx) override
    {
        if (auto passed = pass(ctx, true); !passed)
            return passed.error();
        return spec.type() == SpecType::AmlCompute ? QStringLiteral("Idle")
                                                   : QStringLiteral("Running");
    }
    Result<void> remove(const ComputeRecord &, const ProviderStepContext &ctx) override
    {
        return pass(ctx, false);
    }
    Result<QString> act(const ComputeRecord &, Action action,
                        const ProviderStepContext &ctx) override
    {
        if (auto passed = pass(ctx, false); !passed)
            return passed.error();
        return action == Action::Stop ? QStringLiteral("Stopped") : QStringLiteral("Running");
    }
    Result<void> update(const ComputeRecord &, const ComputeSpec &,
                        const ProviderStepContext &ctx) override
    {
        return pass(ctx, false);
    }

    /// Lets `steps` waiting (or future) steps through.
    void open(int steps = 1) { m_gate.release(steps); }
    /// Waits until a step has reached the gate (its progress is recorded by then).
    bool waitUntilAtGate(int timeoutMs = 60000) { return m_atGate.tryAcquire(1, timeoutMs); }
    /// Forgets permits and arrivals left by earlier tests.
    void reset()
    {
        m_gate.tryAcquire(m_gate.available());
        m_atGate.tryAcquire(m_atGate.available());
        const QMutexLocker lock(&m_mutex);
        m_failure.clear();
    }
    /// The next step that passes the gate fails with `message`.
    void failNextWith(const QString &message)
    {
        const QMutexLocker lock(&m_mutex);
        m_failure = message;
    }

private:
    Result<void> pass(const ProviderStepContext &ctx, bool cancellable)
    {
        ctx.progress(30, QStringLiteral("Waiting at the gate"));
        m_atGate.release();
        // Poll for cancellation while waiting: steps must stop when asked.
        while (!m_gate.tryAcquire(1, 10)) {
            if (cancellable && ctx.isCancelled())
                return Error{QStringLiteral("Canceled at the gate."), {}};
        }
        ctx.progress(100, QStringLiteral("Through the gate"));
        const QMutexLocker lock(&m_mutex);
        if (!m_failure.isEmpty())
            return Error{std::exchange(m_failure, QString()), {}};
        return {};
    }

    QString m_id;
    QList<SpecType> m_types;
    QSemaphore m_gate;
    QSemaphore m_atGate;
    QMutex m_mutex;
    QString m_failure; // Guarded by m_mutex.
};

} // namespace Studio::Test
