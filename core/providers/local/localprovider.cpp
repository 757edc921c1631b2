#include "localprovider.h"

#include "../../store/workspace.h"
#include "../../util/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>
#include <filesystem>
#include <system_error>

using namespace Qt::StringLiterals;
namespace fs = std::filesystem;

namespace Studio {

namespace {

fs::path toPath(const QString &path)
{
    return fs::path(path.toStdString());
}

QString reason(const std::error_code &error)
{
    return QString::fromLocal8Bit(error.message());
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Names reach the file system as folder names: refuse anything that could leave
// `computes/` even if validation was skipped.
bool isSafeFolderName(const QString &name)
{
    return !name.isEmpty() && !name.startsWith(u'.') && !name.contains(u'/')
           && !name.contains(u'\\') && !name.contains(QChar(0));
}

QJsonObject sizeJson(const VmSize &size)
{
    return QJsonObject{{u"name"_s, size.name},
                       {u"vcpus"_s, size.vCpus},
                       {u"memory_gib"_s, size.memoryGiB},
                       {u"gpus"_s, size.gpus},
                       {u"family"_s, size.family}};
}

// Memory for `share` of the machine, rounded down to 0.1 GiB so no size claims more than
// the machine has.
double shareOfMemoryGiB(qint64 memoryBytes, int part, int whole)
{
    const double gib = double(memoryBytes) / double(1LL << 30) * part / whole;
    return std::floor(gib * 10.0) / 10.0;
}

QString sizeName(int vCpus, qint64 memoryBytes, int part, int whole, int gpus)
{
    const double gib = double(memoryBytes) / double(1LL << 30) * part / whole;
    const QString memory = gib >= 1.0 ? u"%1G"_s.arg(qint64(std::floor(gib)))
                                      : u"%1M"_s.arg(qint64(std::floor(gib * 1024.0)));
    QString name = u"Local_%1C_"_s.arg(vCpus) + memory;
    if (gpus > 0)
        name += u"_%1GPU"_s.arg(gpus);
    return name;
}

// 1, 2, 4, … below `count`, then `count` itself.
QList<int> steps(int count)
{
    QList<int> result;
    for (int n = 1; n < count; n *= 2)
        result.append(n);
    result.append(count);
    return result;
}

Result<void> writeManifest(const QString &area, const QJsonObject &manifest)
{
    const QString path = area + u'/' + LocalProvider::manifestFileName();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(manifest).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        return Error{LocalProvider::tr("Could not write %1: %2.").arg(path, file.errorString()),
                     {}};
    }
    return {};
}

// Makes the folder `path` and any missing parents; an existing folder is fine.
Result<void> makeFolders(const QString &path)
{
    std::error_code error;
    fs::create_directories(toPath(path), error);
    if (error) {
        return Error{
            LocalProvider::tr("Could not create the folder %1: %2.").arg(path, reason(error)), {}};
    }
    return {};
}

Error canceledError(const QString &name)
{
    return Error{LocalProvider::tr("The creation of %1 was canceled; what it had made was removed.")
                     .arg(name),
                 {}};
}

// The compute's area while a create runs: made by this step, so removed again when the
// step fails or is cancelled.
class AreaUnderConstruction
{
public:
    explicit AreaUnderConstruction(QString path)
        : m_path(std::move(path))
    {}
    ~AreaUnderConstruction()
    {
        if (m_made && !m_kept) {
            std::error_code error;
            fs::remove_all(toPath(m_path), error);
            if (error)
                qCWarning(lcLocal).noquote() << "Could not remove" << m_path << reason(error);
        }
    }
    Q_DISABLE_COPY_MOVE(AreaUnderConstruction)

    /// Makes the folder (and `computes/` when missing). It must not exist yet, or be empty.
    Result<void> make()
    {
        const fs::path path = toPath(m_path);
        std::error_code error;
        const fs::file_status status = fs::symlink_status(path, error);
        if (fs::exists(status)) {
            if (!fs::is_directory(status)) {
                return Error{LocalProvider::tr("Could not create the folder %1: a file of that "
                                               "name is in the way. Move it away or choose "
                                               "another name.")
                                 .arg(m_path),
                             {}};
            }
            if (!fs::is_empty(path, error) || error) {
                return Error{LocalProvider::tr("Could not create the folder %1: it already "
                                               "exists and is not empty. Move it away or choose "
                                               "another name.")
                                 .arg(m_path),
                             reason(error)};
            }
        }
        if (auto made = makeFolders(m_path); !made)
            return made;
        m_made = true;
        return {};
    }

    Result<void> makeFolder(const QString &relative)
    {
        return makeFolders(m_path + u'/' + relative);
    }

    QString path() const { return m_path; }
    void keep() { m_kept = true; }

private:
    QString m_path;
    bool m_made = false;
    bool m_kept = false;
};

} // namespace

LocalProvider::LocalProvider()
    : m_machine(LocalMachine::probeBasic())
{}

QString LocalProvider::id() const
{
    return QString::fromUtf16(providerId);
}

QString LocalProvider::displayName() const
{
    return tr("Local machine");
}

bool LocalProvider::canBack(SpecType type) const
{
    return type == SpecType::ComputeInstance || type == SpecType::AmlCompute;
}

QList<VmSize> LocalProvider::sizes(SpecType type) const
{
    if (!canBack(type))
        return {};
    return sizesFor(machine());
}

LocalMachineInfo LocalProvider::machine() const
{
    const std::lock_guard lock(m_mutex);
    return m_machine;
}

void LocalProvider::setMachine(const LocalMachineInfo &machine)
{
    const std::lock_guard lock(m_mutex);
    m_machine = machine;
}

void LocalProvider::setGpuCount(int gpus)
{
    const std::lock_guard lock(m_mutex);
    m_machine.gpus.resize(std::max(0, gpus));
}

QList<VmSize> LocalProvider::sizesFor(const LocalMachineInfo &machine)
{
    const int cores = std::max(1, machine.cores);
    const qint64 memory = std::max<qint64>(0, machine.memoryBytes);
    QList<VmSize> sizes;
    for (int vCpus : steps(cores)) {
        sizes.append(VmSize{sizeName(vCpus, memory, vCpus, cores, 0), vCpus,
                            shareOfMemoryGiB(memory, vCpus, cores), 0, u"localCpuFamily"_s});
    }
    const int gpus = int(machine.gpus.size());
    if (gpus > 0) {
        for (int g : steps(gpus)) {
            const int vCpus = std::max(1, cores * g / gpus);
            sizes.append(VmSize{sizeName(vCpus, memory, vCpus, cores, g), vCpus,
                                shareOfMemoryGiB(memory, vCpus, cores), g, u"localGpuFamily"_s});
        }
    }
    return sizes;
}

QString LocalProvider::areaPath(const QString &workspacePath, const QString &name)
{
    return QDir::cleanPath(workspacePath + u'/' + Workspace::computesFolderName() + u'/' + name);
}

QString LocalProvider::manifestFileName()
{
    return u"manifest.json"_s;
}

Result<QJsonObject> LocalProvider::readManifest(const QString &workspacePath, const QString &name)
{
    const QString path = areaPath(workspacePath, name) + u'/' + manifestFileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{tr("The folder of the compute %1 is missing or damaged: %2 cannot be read "
                        "(%3). Delete the compute and create it again.")
                         .arg(name, path, file.errorString()),
                     {}};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        return Error{tr("The folder of the compute %1 is damaged: %2 is not a manifest. Delete "
                        "the compute and create it again.")
                         .arg(name, path),
                     parseError.errorString()};
    }
    return doc.object();
}

Result<QString> LocalProvider::create(const ComputeSpec &spec, const ProviderStepContext &ctx)
{
    if (!canBack(spec.type())) {
        return Error{ProviderRegistry::instance().refusal(id(), spec.type()), {}};
    }
    if (!isSafeFolderName(spec.name))
        return Error{tr("\"%1\" cannot be the name of a local compute.").arg(spec.name), {}};

    ctx.progress(5, tr("Checking the size"));
    const QString sizeName = spec.type() == SpecType::ComputeInstance
                                 ? spec.as<InstanceSpec>()->size
                                 : spec.as<ClusterSpec>()->size;
    const VmType vmType = spec.type() == SpecType::ComputeInstance ? spec.as<InstanceSpec>()->vmType
                                                                   : spec.as<ClusterSpec>()->vmType;
    const QList<VmSize> offered = sizes(spec.type());
    QStringList names;
    const VmSize *size = nullptr;
    for (const VmSize &s : offered) {
        names.append(s.name);
        if (s.name.compare(sizeName, Qt::CaseInsensitive) == 0)
            size = &s;
    }
    if (!size) {
        return Error{tr("This machine offers no size \"%1\". Sizes it offers: %2.")
                         .arg(sizeName, names.join(u", "_s)),
                     {}};
    }
    if (vmType == VmType::Gpu && size->gpus == 0) {
        return Error{tr("The size %1 has no GPU, but the VM type is GPU. Choose a GPU size, or "
                        "the CPU type.")
                         .arg(size->name),
                     {}};
    }
    if (ctx.isCancelled())
        return canceledError(spec.name);
    return spec.type() == SpecType::ComputeInstance ? createInstance(spec, *size, ctx)
                                                    : createCluster(spec, *size, ctx);
}

Result<QString> LocalProvider::createInstance(const ComputeSpec &spec, const VmSize &size,
                                              const ProviderStepContext &ctx)
{
    AreaUnderConstruction area(areaPath(ctx.workspacePath(), spec.name));
    ctx.progress(15, tr("Creating the folder %1").arg(area.path()));
    if (auto made = area.make(); !made)
        return made.error();

    // The manifest comes first: whatever is in an area with a manifest was made here, so
    // delete may remove it even when this step is interrupted half-way.
    const QString created = now();
    QJsonObject manifest{{u"format"_s, 1},
                         {u"name"_s, spec.name},
                         {u"type"_s, toKey(SpecType::ComputeInstance)},
                         {u"provider"_s, id()},
                         {u"size"_s, sizeJson(size)},
                         {u"job_slots"_s, size.vCpus * jobSlotsPerCore},
                         {u"state"_s, u"Creating"_s},
                         {u"created_on"_s, created},
                         {u"state_changed_on"_s, created}};
    if (auto written = writeManifest(area.path(), manifest); !written)
        return written.error();
    if (ctx.isCancelled())
        return canceledError(spec.name);

    ctx.progress(40, tr("Creating the home folder and the job queue"));
    for (const QString &folder : {u"home"_s, u"queue"_s, u"logs"_s}) {
        if (auto made = area.makeFolder(folder); !made)
            return made.error();
    }
    // The shared user files, reachable from the instance's home; they are not the
    // instance's own, so deleting the instance removes only the link.
    const QString userFiles
        = QDir::cleanPath(ctx.workspacePath() + u'/' + Workspace::userFilesFolderName());
    if (auto made = makeFolders(userFiles); !made)
        return made.error();
    std::error_code error;
    const QString link = area.path() + u"/home/"_s + Workspace::userFilesFolderName();
    fs::create_directory_symlink(toPath(u"../../../"_s + Workspace::userFilesFolderName()),
                                 toPath(link), error);
    if (error)
        return Error{tr("Could not create the link %1: %2.").arg(link, reason(error)), {}};
    if (ctx.isCancelled())
        return canceledError(spec.name);

    ctx.progress(80, tr("Starting"));
    manifest[u"state"_s] = u"Running"_s;
    manifest[u"state_changed_on"_s] = now();
    manifest[u"started_on"_s] = manifest.value(u"state_changed_on"_s);
    if (auto written = writeManifest(area.path(), manifest); !written)
        return written.error();
    if (ctx.isCancelled())
        return canceledError(spec.name);

    area.keep();
    ctx.progress(100, tr("Running"));
    return u"Running"_s;
}

Result<QString> LocalProvider::createCluster(const ComputeSpec &spec, const VmSize &size,
                                             const ProviderStepContext &ctx)
{
    const ClusterSpec &cluster = *spec.as<ClusterSpec>();
    AreaUnderConstruction area(areaPath(ctx.workspacePath(), spec.name));
    ctx.progress(15, tr("Creating the folder %1").arg(area.path()));
    if (auto made = area.make(); !made)
        return made.error();

    const QString created = now();
    const QJsonObject manifest{
        {u"format"_s, 1},
        {u"name"_s, spec.name},
        {u"type"_s, toKey(SpecType::AmlCompute)},
        {u"provider"_s, id()},
        {u"size"_s, sizeJson(size)},
        {u"tier"_s, cluster.tier == VmPriority::LowPriority ? u"low_priority"_s : u"dedicated"_s},
        {u"min_instances"_s, cluster.minInstances},
        {u"max_instances"_s, cluster.maxInstances},
        {u"idle_time_before_scale_down"_s, cluster.idleTimeBeforeScaleDown},
        {u"state"_s, u"Idle"_s},
        {u"created_on"_s, created},
        {u"modified_on"_s, created}};
    if (auto written = writeManifest(area.path(), manifest); !written)
        return written.error();
    if (ctx.isCancelled())
        return canceledError(spec.name);

    ctx.progress(50, tr("Preparing the node pool"));
    for (const QString &folder : {u"nodes"_s, u"queue"_s, u"logs"_s}) {
        if (auto made = area.makeFolder(folder); !made)
            return made.error();
    }
    if (ctx.isCancelled())
        return canceledError(spec.name);

    area.keep();
    ctx.progress(100, tr("Idle"));
    return u"Idle"_s;
}

Result<void> LocalProvider::remove(const ComputeRecord &record, const ProviderStepContext &ctx)
{
    if (!isSafeFolderName(record.name))
        return {}; // it could never have had an area
    const QString area = areaPath(ctx.workspacePath(), record.name);
    ctx.progress(10, tr("Removing %1").arg(area));
    const fs::path path = toPath(area);
    std::error_code error;
    const fs::file_status status = fs::symlink_status(path, error);
    if (!fs::exists(status)) {
        ctx.progress(100, tr("Removed"));
        return {};
    }
    // Only what this provider made: a folder with its manifest (or an empty one). A file
    // or a folder of someone else's in the way of a failed create stays.
    bool ours = false;
    if (fs::is_directory(status)) {
        const auto manifest = readManifest(ctx.workspacePath(), record.name);
        ours = (manifest
                && manifest->value(u"name").toString().compare(record.name, Qt::CaseInsensitive)
                       == 0)
               || fs::is_empty(path, error);
    }
    if (!ours) {
        qCInfo(lcLocal).noquote() << "Leaving" << area << "in place: not made by the provider";
        ctx.progress(100, tr("Removed"));
        return {};
    }
    fs::remove_all(path, error);
    if (error) {
        return Error{tr("Could not remove the folder %1: %2.").arg(area, reason(error)), {}};
    }
    ctx.progress(100, tr("Removed"));
    return {};
}

Result<QString> LocalProvider::act(const ComputeRecord &record, Action action,
                                   const ProviderStepContext &ctx)
{
    if (record.type != serviceTypeName(SpecType::ComputeInstance)) {
        return Error{tr("Only compute instances can be started, stopped or restarted; %1 is a "
                        "%2.")
                         .arg(record.name, Studio::displayName(record.kind)),
                     {}};
    }
    auto read = readManifest(ctx.workspacePath(), record.name);
    if (!read)
        return read.error();
    QJsonObject manifest = *read;
    const QString area = areaPath(ctx.workspacePath(), record.name);
    const QString state = manifest.value(u"state").toString();

    switch (action) {
    case Action::Start:
        if (state == u"Running")
            return Error{tr("The compute instance %1 is already running.").arg(record.name), {}};
        ctx.progress(30, tr("Starting"));
        break;
    case Action::Stop:
        if (state == u"Stopped")
            return Error{tr("The compute instance %1 is already stopped.").arg(record.name), {}};
        ctx.progress(30, tr("Stopping"));
        break;
    case Action::Restart:
        if (state == u"Stopped") {
            return Error{
                tr("The compute instance %1 is stopped: start it instead.").arg(record.name), {}};
        }
        ctx.progress(30, tr("Stopping"));
        ctx.progress(60, tr("Starting"));
        break;
    }
    const QString newState = action == Action::Stop ? u"Stopped"_s : u"Running"_s;
    if (newState == u"Running") {
        // A started instance needs its home and queue; put back what went missing.
        for (const QString &folder : {u"home"_s, u"queue"_s, u"logs"_s}) {
            if (auto made = makeFolders(area + u'/' + folder); !made)
                return made.error();
        }
    }
    const QString changed = now();
    manifest[u"state"_s] = newState;
    manifest[u"state_changed_on"_s] = changed;
    manifest[newState == u"Running" ? u"started_on"_s : u"stopped_on"_s] = changed;
    if (auto written = writeManifest(area, manifest); !written)
        return written.error();
    ctx.progress(100, newState == u"Running" ? tr("Running") : tr("Stopped"));
    return newState;
}

Result<void> LocalProvider::update(const ComputeRecord &record, const ComputeSpec &after,
                                   const ProviderStepContext &ctx)
{
    const ClusterSpec *cluster = after.as<ClusterSpec>();
    if (!cluster) {
        return Error{tr("Only compute clusters can be updated; %1 is a %2.")
                         .arg(record.name, Studio::displayName(record.kind)),
                     {}};
    }
    auto read = readManifest(ctx.workspacePath(), record.name);
    if (!read)
        return read.error();
    QJsonObject manifest = *read;
    ctx.progress(50, tr("Saving the node settings"));
    manifest[u"min_instances"_s] = cluster->minInstances;
    manifest[u"max_instances"_s] = cluster->maxInstances;
    manifest[u"idle_time_before_scale_down"_s] = cluster->idleTimeBeforeScaleDown;
    manifest[u"modified_on"_s] = now();
    if (auto written = writeManifest(areaPath(ctx.workspacePath(), record.name), manifest);
        !written) {
        return written.error();
    }
    ctx.progress(100, tr("Updated"));
    return {};
}

} // namespace Studio
