#include "computeoperations.h"

#include "../providers/provider.h"
#include "../secrets/secretstore.h"
#include "../spec/specyaml.h"
#include "../store/computestore.h"
#include "../store/workspace.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QThreadPool>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOps, "studio.ops", QtWarningMsg)

namespace Studio {

namespace {

using Type = ComputeOperation::Type;

// Every `…_keychain_key` value in a stored spec, however deep: what delete must remove from
// the keychain, whatever the spec's type (and even when it no longer parses).
void collectKeychainKeys(const QJsonValue &value, QStringList *keys)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key().endsWith(u"_keychain_key") && it.value().isString()
                && !it.value().toString().isEmpty()) {
                keys->append(it.value().toString());
            } else {
                collectKeychainKeys(it.value(), keys);
            }
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectKeychainKeys(item, keys);
    }
}

QString issuesText(const ValidationIssues &issues)
{
    QStringList lines;
    for (const ValidationIssue &issue : issues) {
        if (issue.isError())
            lines.append(issue.field.isEmpty() ? issue.message
                                               : issue.field + u": "_s + issue.message);
    }
    return lines.join(u'\n');
}

} // namespace

// The job's side of an operation: posts progress and the outcome to the operation's thread
// through `relay`, a plain object living there that outlives every post (the last one
// deletes it), so the job never touches an operation that may be gone.
class ComputeOperations::JobChannel
{
public:
    JobChannel(QObject *relay, QPointer<ComputeOperation> operation)
        : m_relay(relay)
        , m_operation(std::move(operation))
    {}

    /// Records the progress in the compute's row and reports it on the operation.
    void progress(const ComputeStore &store, const QString &name, int percent,
                  const QString &text) const
    {
        if (auto saved = store.setProgress(name, percent, text); !saved)
            qCWarning(lcOps).noquote() << saved.error().fullText();
        post([operation = m_operation, percent, text] {
            if (operation)
                operation->setProgress(percent, text);
        });
    }

    /// The last post: finishes the operation and deletes the relay.
    void finish(Result<void> result, bool canceled = false) const
    {
        post([operation = m_operation, relay = m_relay, result = std::move(result),
              canceled]() mutable {
            if (operation)
                operation->finish(std::move(result), canceled);
            relay->deleteLater();
        });
    }

private:
    template<typename Fn>
    void post(Fn fn) const
    {
        QMetaObject::invokeMethod(m_relay, std::move(fn), Qt::QueuedConnection);
    }

    QObject *m_relay; // Not owned: deletes itself after the last post.
    QPointer<ComputeOperation> m_operation;
};

// ComputeOperation ------------------------------------------------------------------------

ComputeOperation::ComputeOperation(Type type, QString computeName, QObject *parent)
    : QObject(parent)
    , m_type(type)
    , m_computeName(std::move(computeName))
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{}

bool ComputeOperation::canCancel() const
{
    return !m_finished && (m_type == Type::Create || m_type == Type::Attach);
}

void ComputeOperation::cancel()
{
    if (canCancel())
        m_cancelled->store(true);
}

const Result<void> &ComputeOperation::waitForFinished()
{
    if (!m_finished) {
        QEventLoop loop;
        connect(this, &ComputeOperation::finished, &loop, &QEventLoop::quit);
        // finished() may have been queued already while the loop was being made.
        if (!m_finished)
            loop.exec();
    }
    return m_result;
}

void ComputeOperation::setProgress(int percent, const QString &text)
{
    if (m_finished || (percent == m_percent && text == m_progressText))
        return;
    m_percent = percent;
    m_progressText = text;
    emit progressChanged(percent, text);
}

void ComputeOperation::finish(Result<void> result, bool canceled)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(result);
    m_canceled = canceled;
    emit finished();
}

// ComputeOperations -----------------------------------------------------------------------

ComputeOperations::ComputeOperations(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{}

QString ComputeOperations::toKey(ComputeOperation::Type type)
{
    switch (type) {
    case Type::Create:
        return u"create"_s;
    case Type::Attach:
        return u"attach"_s;
    case Type::Delete:
        return u"delete"_s;
    case Type::Detach:
        return u"detach"_s;
    case Type::Start:
        return u"start"_s;
    case Type::Stop:
        return u"stop"_s;
    case Type::Restart:
        return u"restart"_s;
    case Type::Update:
        return u"update"_s;
    }
    return {};
}

QList<ComputeOperation *> ComputeOperations::running() const
{
    QList<ComputeOperation *> list;
    for (const auto &operation : m_operations) {
        if (operation && !operation->isFinished())
            list.append(operation.data());
    }
    return list;
}

ComputeOperation *ComputeOperations::refuse(ComputeOperation *operation, Error error,
                                            ValidationIssues issues)
{
    qCInfo(lcOps).noquote() << toKey(operation->type()) << operation->computeName()
                            << "refused:" << error.message;
    operation->m_issues = std::move(issues);
    operation->m_finished = true;
    operation->m_result = std::move(error);
    // Callers connect after the call returns: deliver finished() from the event loop.
    QMetaObject::invokeMethod(operation, &ComputeOperation::finished, Qt::QueuedConnection);
    return operation;
}

void ComputeOperations::started(ComputeOperation *operation)
{
    m_operations.removeIf([](const QPointer<ComputeOperation> &o) { return o.isNull(); });
    m_operations.append(operation);
    emit operationStarted(operation);
}

ComputeOperation *ComputeOperations::create(const ComputeSpec &specIn)
{
    const Type type = isAttached(specIn.type()) ? Type::Attach : Type::Create;
    auto *operation = new ComputeOperation(type, specIn.name, this);
    if (!m_workspace)
        return refuse(operation, Error{tr("The workspace is closed."), {}});

    ProviderRegistry &registry = ProviderRegistry::instance();
    if (const QString refusal = registry.refusal(specIn.provider, specIn.type());
        !refusal.isEmpty()) {
        return refuse(operation, Error{refusal, {}});
    }
    Provider *provider = registry.find(specIn.provider);

    const ComputeStore store = m_workspace->computes();
    auto existing = store.list();
    if (!existing)
        return refuse(operation, existing.error());
    ValidationContext context;
    for (const ComputeRecord &record : *existing)
        context.existingNames.append(record.name);
    context.sizes = provider->sizes(specIn.type());
    context.checkFiles = true;
    const ValidationIssues issues = Validation::validate(specIn, context);
    if (hasErrors(issues)) {
        return refuse(operation,
                      Error{type == Type::Attach
                                ? tr("%1 was not attached: its settings have errors.\n%2")
                                      .arg(specIn.name, issuesText(issues))
                                : tr("%1 was not created: its settings have errors.\n%2")
                                      .arg(specIn.name, issuesText(issues)),
                            {}},
                      issues);
    }
    for (const ComputeRecord &record : *existing) {
        if (record.name.compare(specIn.name, Qt::CaseInsensitive) == 0) {
            return refuse(operation,
                          Error{tr("A compute named %1 already exists in this workspace (%2). "
                                   "Choose another name, or delete that compute first.")
                                    .arg(record.name, record.displayStateText()),
                                {}},
                          issues);
        }
    }
    operation->m_issues = issues; // warnings only

    // Secrets go to the keychain under keys of this workspace and compute; the workspace
    // keeps the keys. The provider step gets the values.
    ComputeSpec spec = specIn;
    QList<std::pair<QString, QString>> secretsToWrite; // key, value
    for (auto &[field, secret] : spec.secrets()) {
        if (secret->value.isEmpty())
            continue;
        secret->keychainKey = SecretStore::keyFor(m_workspace->id(), spec.name, field);
        secretsToWrite.append({secret->keychainKey, secret->value});
    }

    ComputeRecord record;
    record.name = spec.name;
    record.kind = spec.kind();
    record.type = serviceTypeName(spec.type());
    record.provider = spec.provider;
    record.spec = SpecYaml::toStoredJson(spec);
    record.provisioningState = ProvisioningState::Creating;
    record.operation = toKey(type);
    record.progressText = tr("Preparing");
    record.operationPid = QCoreApplication::applicationPid();
    record.operationProcess = ComputeStore::currentProcessIdentity();
    record.operationStartedOn = QDateTime::currentDateTimeUtc();

    const JobChannel channel(new QObject, operation);
    const auto cancelled = operation->m_cancelled;
    const QString dbPath = m_workspace->databasePath();
    const QString workspacePath = m_workspace->path();
    const bool attach = type == Type::Attach;

    auto job = [=]() {
        const QString name = spec.name;
        if (cancelled->load()) {
            // Nothing was made yet: nothing to undo, no row to show.
            channel.finish(Error{attach ? tr("Attaching %1 was canceled.").arg(name)
                                        : tr("The creation of %1 was canceled.").arg(name),
                                 {}},
                           true);
            return;
        }
        Workspace::Connection connection(dbPath);
        if (!connection.isOpen()) {
            channel.finish(Error{Workspace::tr("Could not open the workspace database."),
                                 connection.errorText()});
            return;
        }
        const ComputeStore jobStore(connection.database());
        if (auto inserted = jobStore.insert(record); !inserted) {
            channel.finish(inserted.error());
            return;
        }
        auto progress = [&](int percent, const QString &text) {
            channel.progress(jobStore, name, percent, text);
        };
        auto end = [&](ProvisioningState state, const QString &runtimeState, Result<void> result,
                       bool canceled, const std::optional<QJsonObject> &storedSpec = {}) {
            const QString lastError = result || canceled ? QString() : result.error().message;
            if (auto saved
                = jobStore.finishOperation(name, state, runtimeState, lastError, storedSpec);
                !saved) {
                qCWarning(lcOps).noquote() << saved.error().fullText();
                if (result)
                    result = saved.error();
            }
            channel.finish(std::move(result), canceled);
        };

        const SecretStore secrets;
        QStringList written;
        // Removes the secrets this job saved; those the keychain keeps stay in `written`.
        auto forgetSecrets = [&] {
            written.removeIf([&secrets](const QString &key) {
                const Result<void> removed = secrets.removeNow(key);
                if (!removed)
                    qCWarning(lcOps).noquote() << removed.error().fullText();
                return removed.ok();
            });
        };
        // The row's spec once secrets were forgotten: it names only the keychain entries that
        // exist, so a compute whose secrets never reached the keychain is deleted without one.
        auto specOfWrittenSecrets = [&] {
            ComputeSpec kept = spec;
            for (auto &[field, secret] : kept.secrets()) {
                if (!written.contains(secret->keychainKey))
                    secret->keychainKey.clear();
            }
            return SpecYaml::toStoredJson(kept);
        };
        if (!secretsToWrite.isEmpty()) {
            progress(2, tr("Saving secrets in the keychain"));
            for (const auto &[key, value] : secretsToWrite) {
                if (auto saved = secrets.writeNow(key, value); !saved) {
                    forgetSecrets();
                    end(ProvisioningState::Failed, {},
                        Error{tr("The secrets of %1 could not be saved in the keychain: %2")
                                  .arg(name, saved.error().message),
                              saved.error().detail},
                        false, specOfWrittenSecrets());
                    return;
                }
                written.append(key);
            }
        }

        const ProviderStepContext step(workspacePath, progress, cancelled.get());
        const Result<QString> created = provider->create(spec, step);
        if (!created) {
            if (cancelled->load()) {
                forgetSecrets();
                end(ProvisioningState::Canceled, {}, created.error(), true, specOfWrittenSecrets());
            } else {
                // The row stays, Failed with the error; its secrets go when it is deleted.
                end(ProvisioningState::Failed, {}, created.error(), false);
            }
            return;
        }
        end(ProvisioningState::Succeeded, *created, {}, false);
    };

    started(operation);
    QThreadPool *pool = m_workspace->threadPool();
    pool->start(std::move(job));
    return operation;
}

Result<ComputeRecord> ComputeOperations::findCompute(const QString &name) const
{
    if (!m_workspace)
        return Error{tr("The workspace is closed."), {}};
    const ComputeStore store = m_workspace->computes();
    if (auto recovered = store.recoverInterruptedOperations(); !recovered)
        qCWarning(lcOps).noquote() << recovered.error().fullText();
    auto found = store.find(name);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{tr("There is no compute named %1 in this workspace.").arg(name), {}};
    return found->value();
}

Error ComputeOperations::busyError(const ComputeRecord &record)
{
    return Error{tr("%1 is busy (%2, %3%). Wait for that to finish.")
                     .arg(record.name, record.operationText())
                     .arg(record.progress),
                 {}};
}

Error ComputeOperations::noProviderError(const ComputeRecord &record)
{
    return Error{tr("There is no provider \"%1\" in this build to manage %2 with.")
                     .arg(record.provider, record.name),
                 {}};
}

ComputeOperation *
ComputeOperations::runOnCompute(ComputeOperation *operation, const ComputeRecord &record,
                                std::optional<ProvisioningState> provisioningState,
                                const std::optional<QString> &state, Step step)
{
    const JobChannel channel(new QObject, operation);
    const QString dbPath = m_workspace->databasePath();
    const QString workspacePath = m_workspace->path();
    const QString key = toKey(operation->type());
    const QString computeName = record.name;
    auto job = [=]() {
        Workspace::Connection connection(dbPath);
        if (!connection.isOpen()) {
            channel.finish(Error{Workspace::tr("Could not open the workspace database."),
                                 connection.errorText()});
            return;
        }
        const ComputeStore jobStore(connection.database());
        auto begun
            = jobStore.beginOperation(computeName, key, provisioningState, state, tr("Preparing"));
        if (!begun) {
            channel.finish(begun.error());
            return;
        }
        if (!*begun) {
            channel.finish(Error{
                tr("%1 is busy with another operation, or was deleted meanwhile.").arg(computeName),
                {}});
            return;
        }
        auto progress = [&](int percent, const QString &text) {
            channel.progress(jobStore, computeName, percent, text);
        };
        const std::atomic_bool never{false};
        channel.finish(step(jobStore, ProviderStepContext(workspacePath, progress, &never)));
    };

    started(operation);
    m_workspace->threadPool()->start(std::move(job));
    return operation;
}

ComputeOperation *ComputeOperations::remove(const QString &name)
{
    auto *operation = new ComputeOperation(Type::Delete, name, this);
    const Result<ComputeRecord> found = findCompute(name);
    if (!found)
        return refuse(operation, found.error());
    const ComputeRecord record = *found;
    const bool detach = record.kind == ComputeKind::Attached;
    operation->m_type = detach ? Type::Detach : Type::Delete;
    operation->m_computeName = record.name;
    if (record.kind == ComputeKind::Local) {
        return refuse(operation, Error{tr("The local machine is part of every workspace and "
                                          "cannot be deleted."),
                                       {}});
    }
    if (record.isBusy())
        return refuse(operation, busyError(record));
    Provider *provider = ProviderRegistry::instance().find(record.provider);
    if (!provider && !detach) {
        return refuse(operation,
                      Error{tr("%1 cannot be deleted: there is no provider \"%2\" in this build "
                               "to delete it with.")
                                .arg(record.name, record.provider),
                            {}});
    }
    QStringList keychainKeys;
    collectKeychainKeys(record.spec, &keychainKeys);

    return runOnCompute(
        operation, record, ProvisioningState::Deleting, std::nullopt,
        [=](const ComputeStore &store, const ProviderStepContext &step) -> Result<void> {
            const QString computeName = record.name;
            auto fail = [&](ProvisioningState state, Error error) -> Result<void> {
                if (auto saved
                    = store.finishOperation(computeName, state, record.state, error.message);
                    !saved) {
                    qCWarning(lcOps).noquote() << saved.error().fullText();
                }
                return error;
            };

            // Secrets first: when the keychain cannot be reached the compute is left as it was.
            if (!keychainKeys.isEmpty()) {
                step.progress(5, tr("Removing secrets from the keychain"));
                const SecretStore secrets;
                for (const QString &secretKey : keychainKeys) {
                    if (auto removed = secrets.removeNow(secretKey); !removed) {
                        return fail(record.provisioningState,
                                    Error{tr("%1 was not removed: its secrets could not be "
                                             "removed from the keychain (%2). Try again when the "
                                             "keychain is available.")
                                              .arg(computeName, removed.error().message),
                                          removed.error().detail});
                    }
                }
            }
            if (provider) {
                if (auto removed = provider->remove(record, step); !removed)
                    return fail(ProvisioningState::Failed, removed.error());
            }
            if (auto deleted = store.remove(computeName); !deleted)
                return fail(ProvisioningState::Failed, deleted.error());
            return {};
        });
}

ComputeOperation *ComputeOperations::act(const QString &name, ComputeOperation::Type action)
{
    auto *operation = new ComputeOperation(action, name, this);
    if (action != Type::Start && action != Type::Stop && action != Type::Restart) {
        return refuse(operation,
                      Error{u"ComputeOperations::act takes Start, Stop or Restart"_s, {}});
    }
    const Result<ComputeRecord> found = findCompute(name);
    if (!found)
        return refuse(operation, found.error());
    const ComputeRecord record = *found;
    operation->m_computeName = record.name;
    if (record.kind != ComputeKind::Instance) {
        return refuse(operation, Error{tr("Only compute instances can be started, stopped or "
                                          "restarted; %1 is a %2.")
                                           .arg(record.name, displayName(record.kind)),
                                       {}});
    }
    if (record.isBusy())
        return refuse(operation, busyError(record));
    if (record.provisioningState == ProvisioningState::Creating
        || record.provisioningState == ProvisioningState::Canceled) {
        return refuse(operation, Error{tr("%1 was never created (%2): delete it and create it "
                                          "again.")
                                           .arg(record.name, displayName(record.provisioningState)),
                                       {}});
    }
    if (action == Type::Start && record.state == u"Running")
        return refuse(operation, Error{tr("%1 is already running.").arg(record.name), {}});
    if (action == Type::Stop && record.state == u"Stopped")
        return refuse(operation, Error{tr("%1 is already stopped.").arg(record.name), {}});
    if (action == Type::Restart && record.state == u"Stopped") {
        return refuse(operation,
                      Error{tr("%1 is stopped: start it instead.").arg(record.name), {}});
    }
    Provider *provider = ProviderRegistry::instance().find(record.provider);
    if (!provider)
        return refuse(operation, noProviderError(record));

    const QString transitional = action == Type::Start  ? u"Starting"_s
                                 : action == Type::Stop ? u"Stopping"_s
                                                        : u"Restarting"_s;
    const Provider::Action providerAction = action == Type::Start  ? Provider::Action::Start
                                            : action == Type::Stop ? Provider::Action::Stop
                                                                   : Provider::Action::Restart;
    return runOnCompute(
        operation, record, std::nullopt, transitional,
        [=](const ComputeStore &store, const ProviderStepContext &step) -> Result<void> {
            const Result<QString> acted = provider->act(record, providerAction, step);
            // A failed start/stop leaves the compute as it was, with the error to read.
            const Result<void> saved
                = acted
                      ? store.finishOperation(record.name, ProvisioningState::Succeeded, *acted, {})
                      : store.finishOperation(record.name, record.provisioningState, record.state,
                                              acted.error().message);
            if (!acted)
                return acted.error();
            return saved;
        });
}

ComputeOperation *ComputeOperations::update(const QString &name, std::optional<int> minNodes,
                                            std::optional<int> maxNodes,
                                            std::optional<int> idleSeconds)
{
    auto *operation = new ComputeOperation(Type::Update, name, this);
    const Result<ComputeRecord> found = findCompute(name);
    if (!found)
        return refuse(operation, found.error());
    const ComputeRecord record = *found;
    operation->m_computeName = record.name;
    if (record.kind != ComputeKind::Cluster) {
        return refuse(operation, Error{tr("Only compute clusters have nodes to update; %1 is a "
                                          "%2.")
                                           .arg(record.name, displayName(record.kind)),
                                       {}});
    }
    if (record.isBusy())
        return refuse(operation, busyError(record));
    if (record.provisioningState != ProvisioningState::Succeeded) {
        return refuse(operation, Error{tr("%1 cannot be updated while it is %2.")
                                           .arg(record.name, record.displayStateText()),
                                       {}});
    }
    const Result<ComputeSpec> before = SpecYaml::fromStoredJson(record.spec);
    if (!before)
        return refuse(operation, before.error());
    ComputeSpec after = *before;
    ClusterSpec *cluster = after.as<ClusterSpec>();
    if (!cluster) {
        return refuse(
            operation,
            Error{tr("The settings of %1 are not those of a compute cluster.").arg(record.name),
                  {}});
    }
    if (minNodes)
        cluster->minInstances = *minNodes;
    if (maxNodes)
        cluster->maxInstances = *maxNodes;
    if (idleSeconds)
        cluster->idleTimeBeforeScaleDown = *idleSeconds;

    // Sizes are not rechecked: the size cannot change, and the workspace may have moved
    // to a machine that offers other sizes.
    ValidationContext context;
    context.checkFiles = false;
    ValidationIssues issues = Validation::validateUpdate(*before, after);
    issues += Validation::validate(after, context);
    if (hasErrors(issues)) {
        return refuse(operation,
                      Error{tr("%1 was not updated: the new settings have errors.\n%2")
                                .arg(record.name, issuesText(issues)),
                            {}},
                      issues);
    }
    operation->m_issues = issues;
    Provider *provider = ProviderRegistry::instance().find(record.provider);
    if (!provider)
        return refuse(operation, noProviderError(record));

    const QJsonObject afterJson = SpecYaml::toStoredJson(after);
    return runOnCompute(
        operation, record, ProvisioningState::Updating, std::nullopt,
        [=](const ComputeStore &store, const ProviderStepContext &step) -> Result<void> {
            const Result<void> updated = provider->update(record, after, step);
            // A failed update leaves the settings as they were, with the error to read.
            const Result<void> saved
                = updated ? store.finishOperation(record.name, ProvisioningState::Succeeded,
                                                  record.state, {}, afterJson)
                          : store.finishOperation(record.name, record.provisioningState,
                                                  record.state, updated.error().message);
            if (!updated)
                return updated;
            return saved;
        });
}

} // namespace Studio
