#include "provider.h"

#include "local/localprovider.h"

#include <QLoggingCategory>

#include <mutex>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcProviders, "studio.providers", QtWarningMsg)

namespace Studio {

namespace {

// Providers are added at start-up (and by tests) and never removed, so a pointer handed out
// by find() stays valid; the mutex only guards the list while it grows.
std::mutex &registryMutex()
{
    static std::mutex mutex;
    return mutex;
}

} // namespace

ProviderRegistry &ProviderRegistry::instance()
{
    static ProviderRegistry registry;
    return registry;
}

ProviderRegistry::ProviderRegistry()
{
    m_providers.push_back(std::make_unique<LocalProvider>());
}

Provider *ProviderRegistry::find(const QString &id) const
{
    const std::lock_guard lock(registryMutex());
    for (const auto &provider : m_providers) {
        if (provider->id() == id)
            return provider.get();
    }
    return nullptr;
}

QStringList ProviderRegistry::ids() const
{
    const std::lock_guard lock(registryMutex());
    QStringList ids;
    for (const auto &provider : m_providers)
        ids.append(provider->id());
    return ids;
}

QStringList ProviderRegistry::providersFor(SpecType type) const
{
    const std::lock_guard lock(registryMutex());
    QStringList ids;
    for (const auto &provider : m_providers) {
        if (provider->canBack(type))
            ids.append(provider->id());
    }
    return ids;
}

QString ProviderRegistry::refusal(const QString &provider, SpecType type) const
{
    const Provider *found = find(provider);
    if (found && found->canBack(type))
        return {};
    const QStringList able = providersFor(type);
    if (!found) {
        const QString others
            = able.isEmpty() ? tr("No provider in this build can back a compute of type %1 yet.")
                                   .arg(displayName(type))
                             : tr("Providers that can back a compute of type %1: %2.")
                                   .arg(displayName(type), able.join(u", "_s));
        return tr("There is no provider \"%1\" in this build (it has: %2). %3")
            .arg(provider, ids().join(u", "_s), others);
    }
    if (able.isEmpty()) {
        return tr("The provider \"%1\" cannot back a compute of type %2, and no provider in "
                  "this build can yet.")
            .arg(provider, displayName(type));
    }
    return tr("The provider \"%1\" cannot back a compute of type %2. Providers that can: %3.")
        .arg(provider, displayName(type), able.join(u", "_s));
}

void ProviderRegistry::add(std::unique_ptr<Provider> provider)
{
    const std::lock_guard lock(registryMutex());
    // Ids are unique: a second provider with a known id is dropped, the first stays.
    for (const auto &existing : m_providers) {
        if (existing->id() == provider->id()) {
            qCWarning(lcProviders).noquote()
                << "Provider" << provider->id() << "is already registered";
            return;
        }
    }
    m_providers.push_back(std::move(provider));
}

} // namespace Studio
