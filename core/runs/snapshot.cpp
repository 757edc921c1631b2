#include "snapshot.h"

#include "../util/logging.h"
#include "ignorerules.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <ctime>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Studio {

namespace {

constexpr int manifestVersion = 1;
/// Files up to this size are read once into memory; larger ones are streamed.
constexpr qint64 wholeReadLimit = 4 << 20;
constexpr qsizetype chunkSize = 1 << 20;
constexpr quint32 cacheMagic = 0x43535343; // "CSSC"
constexpr quint32 cacheVersion = 2;

QString errnoText(int error)
{
    return QString::fromLocal8Bit(strerror(error));
}

qint64 nanoseconds(const struct timespec &ts)
{
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

qint64 nowNs()
{
    struct timespec ts
    {
    };
    clock_gettime(CLOCK_REALTIME, &ts);
    return nanoseconds(ts);
}

bool isHexSha256(QStringView text)
{
    if (text.size() != 64)
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
}

/// A path a manifest may hold: relative, '/'-separated, no empty, "." or ".." parts.
bool isSafeRelativePath(QStringView path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(QChar(0)))
        return false;
    for (QStringView part : path.tokenize(u'/')) {
        if (part.isEmpty() || part == u"." || part == u"..")
            return false;
    }
    return true;
}

/// Appends `text` as a JSON string, escaped as QJsonDocument escapes it.
void appendJsonString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

/// What the stat cache remembers of one file.
struct CacheEntry
{
    qint64 size = 0;
    qint64 mtimeNs = 0;
    qint64 ctimeNs = 0;
    quint64 inode = 0;
    quint64 device = 0;
    QByteArray sha256; ///< hex

    bool sameStat(const struct stat &st) const
    {
        return size == qint64(st.st_size) && mtimeNs == nanoseconds(st.st_mtim)
               && ctimeNs == nanoseconds(st.st_ctim) && inode == quint64(st.st_ino)
               && device == quint64(st.st_dev);
    }
};

struct StatCache
{
    QHash<QString, CacheEntry> entries;
    /// The id of the manifest of exactly these entries, when every file was cached.
    QString manifestId;
};

/// Reads a stat cache; anything unexpected gives an empty cache (the files are read again).
StatCache readStatCache(const QString &path, const QString &sourceDir)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = file.readAll();
    // The payload, then a checksum of it: a damaged cache must not vouch for wrong hashes.
    if (all.size() < qsizetype(sizeof(quint64))) {
        qCDebug(lcSnapshot) << "ignoring the stat cache" << path;
        return {};
    }
    const QByteArrayView bytes = QByteArrayView(all).chopped(sizeof(quint64));
    quint64 checksum = 0;
    memcpy(&checksum, all.constData() + bytes.size(), sizeof checksum);
    if (checksum != quint64(qHash(bytes, 0))) {
        qCWarning(lcSnapshot) << "the stat cache" << path << "is damaged; reading all files";
        return {};
    }
    QDataStream in(bytes.toByteArray());
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    QString source;
    quint32 count = 0;
    QString manifestId;
    in >> magic >> version >> source >> manifestId >> count;
    if (in.status() != QDataStream::Ok || magic != cacheMagic || version != cacheVersion
        || source != sourceDir || count > 50'000'000) {
        qCDebug(lcSnapshot) << "ignoring the stat cache" << path;
        return {};
    }
    StatCache cache;
    cache.manifestId = manifestId;
    cache.entries.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        QString name;
        CacheEntry e;
        in >> name >> e.size >> e.mtimeNs >> e.ctimeNs >> e.inode >> e.device >> e.sha256;
        if (in.status() != QDataStream::Ok || e.sha256.size() != 64) {
            qCWarning(lcSnapshot) << "the stat cache" << path << "is damaged; reading all files";
            return {};
        }
        cache.entries.insert(name, e);
    }
    if (!in.atEnd()) {
        qCWarning(lcSnapshot) << "the stat cache" << path << "is damaged; reading all files";
        return {};
    }
    return cache;
}

void writeStatCache(const QString &path, const QString &sourceDir, const StatCache &cache)
{
    QByteArray bytes;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << cacheMagic << cacheVersion << sourceDir << cache.manifestId
            << quint32(cache.entries.size());
        for (auto it = cache.entries.cbegin(); it != cache.entries.cend(); ++it) {
            const CacheEntry &e = it.value();
            out << it.key() << e.size << e.mtimeNs << e.ctimeNs << e.inode << e.device << e.sha256;
        }
    }
    const quint64 checksum = qHash(QByteArrayView(bytes), 0);
    bytes.append(reinterpret_cast<const char *>(&checksum), sizeof checksum);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        qCWarning(lcSnapshot) << "cannot write the stat cache" << path << file.errorString();
}

/// A file the walk found, with the stat data of what will be read.
struct FoundFile
{
    QString path;    ///< relative
    int dir = 0;     ///< index in Walker::dirs
    QByteArray name; ///< native
    struct stat st;
};

/// Walks a source folder, honouring the ignore files.
class Walker
{
public:
    Walker(const std::function<bool()> &isCanceled, SnapshotStats &stats)
        : m_isCanceled(isCanceled)
        , m_stats(stats)
    {}

    QList<FoundFile> files;
    QList<QByteArray> dirs; ///< absolute, native

    QByteArray absolutePath(const FoundFile &file) const
    {
        return dirs.at(file.dir) + '/' + file.name;
    }

    Result<void> walk(const QString &relativeDir, const QByteArray &absoluteDir)
    {
        if (m_isCanceled && m_isCanceled())
            return canceled();
        DIR *dir = opendir(absoluteDir.constData());
        if (!dir) {
            const int error = errno;
            return Error{SnapshotStore::tr("Cannot read the folder %1: %2.")
                             .arg(QFile::decodeName(absoluteDir), errnoText(error)),
                         {}};
        }
        struct Entry
        {
            QByteArray name;
            unsigned char type;
        };
        QList<Entry> entries;
        bool hasAmlignore = false;
        bool hasGitignore = false;
        errno = 0;
        while (const dirent *d = readdir(dir)) {
            const char *n = d->d_name;
            if (n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0)))
                continue;
            entries.append({QByteArray(n), d->d_type});
            hasAmlignore = hasAmlignore || qstrcmp(n, ".amlignore") == 0;
            hasGitignore = hasGitignore || qstrcmp(n, ".gitignore") == 0;
        }
        const int readError = errno;
        const int fd = dirfd(dir);
        if (readError != 0) {
            closedir(dir);
            return Error{SnapshotStore::tr("Cannot read the folder %1: %2.")
                             .arg(QFile::decodeName(absoluteDir), errnoText(readError)),
                         {}};
        }

        const int dirIndex = int(dirs.size());
        dirs.append(absoluteDir);
        bool pushedRules = false;
        if (hasAmlignore || hasGitignore) {
            QFile ignoreFile(QFile::decodeName(absoluteDir + '/'
                                               + (hasAmlignore ? ".amlignore" : ".gitignore")));
            if (!ignoreFile.open(QIODevice::ReadOnly)) {
                closedir(dir);
                return Error{SnapshotStore::tr("Cannot read %1: %2.")
                                 .arg(ignoreFile.fileName(), ignoreFile.errorString()),
                             {}};
            }
            m_rules.addRules(relativeDir, QString::fromUtf8(ignoreFile.readAll()));
            pushedRules = true;
        }

        QList<QPair<QString, QByteArray>> subdirs;
        for (const Entry &e : std::as_const(entries)) {
            const QString name = QFile::decodeName(e.name);
            const QString relative = relativeDir.isEmpty() ? name : relativeDir + u'/' + name;
            unsigned char type = e.type;
            struct stat st;
            bool haveStat = false;
            if (type == DT_UNKNOWN) {
                if (fstatat(fd, e.name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
                    continue; // gone since readdir
                haveStat = true;
                type = S_ISDIR(st.st_mode)   ? DT_DIR
                       : S_ISREG(st.st_mode) ? DT_REG
                       : S_ISLNK(st.st_mode) ? DT_LNK
                                             : DT_UNKNOWN;
            }
            if (type == DT_DIR) {
                if (!m_rules.isIgnoredEntry(relative, true))
                    subdirs.append({relative, absoluteDir + '/' + e.name});
                continue;
            }
            if (type == DT_REG) {
                if (m_rules.isIgnoredEntry(relative, false))
                    continue;
                if (!haveStat && fstatat(fd, e.name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
                    continue;
                if (!S_ISREG(st.st_mode)) // replaced since readdir
                    continue;
                files.append({relative, dirIndex, e.name, st});
                continue;
            }
            if (type == DT_LNK) {
                if (m_rules.isIgnoredEntry(relative, false))
                    continue;
                if (fstatat(fd, e.name.constData(), &st, 0) != 0) {
                    qCInfo(lcSnapshot) << "skipping the dangling link" << relative;
                    ++m_stats.skipped;
                } else if (S_ISREG(st.st_mode)) {
                    files.append({relative, dirIndex, e.name, st});
                } else {
                    qCInfo(lcSnapshot)
                        << "not following the link" << relative << "(not to a regular file)";
                    ++m_stats.skipped;
                }
                continue;
            }
            if (!m_rules.isIgnoredEntry(relative, false)) {
                qCInfo(lcSnapshot) << "skipping" << relative << "(not a regular file)";
                ++m_stats.skipped;
            }
        }
        closedir(dir);

        for (const auto &[relative, absolute] : std::as_const(subdirs)) {
            if (Result<void> r = walk(relative, absolute); !r)
                return r;
        }
        if (pushedRules)
            m_rules.removeLastDirectory();
        return {};
    }

    static Error canceled() { return Error{SnapshotStore::tr("The snapshot was canceled."), {}}; }

private:
    const std::function<bool()> &m_isCanceled;
    SnapshotStats &m_stats;
    IgnoreRules m_rules;
};

/// Closes a file descriptor when it goes out of scope.
struct Fd
{
    int fd = -1;
    explicit Fd(int f)
        : fd(f)
    {}
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
    Q_DISABLE_COPY_MOVE(Fd)
};

/// Reads up to `size` bytes (fewer at end of file); -1 with errno on failure.
qint64 readFully(int fd, char *data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = ::read(fd, data + done, size_t(size - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        if (n == 0)
            break;
        done += n;
    }
    return done;
}

bool writeFully(int fd, const char *data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = ::write(fd, data + done, size_t(size - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        done += n;
    }
    return true;
}

/// Writes blobs into blobs/ab/cdef… as temp file + rename.
class BlobWriter
{
public:
    explicit BlobWriter(QString blobsDir)
        : m_dir(std::move(blobsDir))
        , m_native(QFile::encodeName(m_dir))
    {}

    Result<void> open()
    {
        if (!QDir().mkpath(m_dir)) {
            return Error{SnapshotStore::tr("Cannot make the snapshot folder %1.").arg(m_dir), {}};
        }
        m_fd = ::open(m_native.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (m_fd < 0) {
            const int error = errno;
            return Error{SnapshotStore::tr("Cannot open the snapshot folder %1: %2.")
                             .arg(m_dir, errnoText(error)),
                         {}};
        }
        return {};
    }
    ~BlobWriter()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Q_DISABLE_COPY_MOVE(BlobWriter)

    static QByteArray relativePath(const QByteArray &hex) { return hex.left(2) + '/' + hex.mid(2); }

    /// Whether a blob of this hash and size is stored.
    bool has(const QByteArray &hex, qint64 size) const
    {
        struct stat st;
        return fstatat(m_fd, relativePath(hex).constData(), &st, 0) == 0 && S_ISREG(st.st_mode)
               && qint64(st.st_size) == size;
    }

    /// Starts a temporary file in the blob's folder; -1 with errno on failure.
    int startTemp(const QByteArray &hex, QByteArray *tempPath)
    {
        const QByteArray prefix = hex.left(2);
        if (!m_madeDirs.contains(prefix)) {
            if (mkdirat(m_fd, prefix.constData(), 0777) != 0 && errno != EEXIST)
                return -1;
            m_madeDirs.insert(prefix);
        }
        for (int attempt = 0; attempt < 100; ++attempt) {
            *tempPath = prefix + "/.tmp-" + QByteArray::number(getpid()) + '-'
                        + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
            const int fd = openat(m_fd, tempPath->constData(),
                                  O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0444);
            if (fd >= 0 || errno != EEXIST)
                return fd;
        }
        return -1;
    }

    /// Moves a finished temporary file to its blob name (or drops it if that is there).
    bool finish(const QByteArray &tempPath, const QByteArray &hex)
    {
        if (renameat(m_fd, tempPath.constData(), m_fd, relativePath(hex).constData()) != 0) {
            const int error = errno;
            unlinkat(m_fd, tempPath.constData(), 0);
            errno = error;
            return false;
        }
        return true;
    }

    void drop(const QByteArray &tempPath) { unlinkat(m_fd, tempPath.constData(), 0); }

    /// Stores `data` as the blob `hex` unless it is there.
    Result<bool> store(const QByteArray &hex, const QByteArray &data, const QString &source)
    {
        if (has(hex, data.size()))
            return false;
        QByteArray temp;
        const int fd = startTemp(hex, &temp);
        if (fd < 0)
            return storeError(source, errno);
        const bool written = writeFully(fd, data.constData(), data.size());
        const int error = errno;
        const bool closed = ::close(fd) == 0;
        if (!written || !closed) {
            drop(temp);
            return storeError(source, written ? errno : error);
        }
        if (!finish(temp, hex))
            return storeError(source, errno);
        return true;
    }

    Error storeError(const QString &source, int error) const
    {
        return Error{SnapshotStore::tr("Cannot store %1 in the snapshot folder %2: %3.")
                         .arg(source, m_dir, errnoText(error)),
                     {}};
    }

private:
    QString m_dir;
    QByteArray m_native;
    int m_fd = -1;
    QSet<QByteArray> m_madeDirs;
};

Error readError(const QString &path, int error)
{
    return Error{SnapshotStore::tr("Cannot read %1: %2.").arg(path, errnoText(error)), {}};
}

/// What hashAndStore() stored.
struct Stored
{
    QByteArray hex;
    qint64 size = 0;
};

/// Reads a file, stores its content unless stored, and returns its hash and size (of what was
/// stored, should the file change while it is read).
Result<Stored> hashAndStore(const QByteArray &absolute, const struct stat &st, BlobWriter &blobs,
                            SnapshotStats &stats)
{
    const QString shown = QFile::decodeName(absolute);
    Fd in(::open(absolute.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY));
    if (in.fd < 0)
        return readError(shown, errno);

    if (st.st_size <= wholeReadLimit) {
        QByteArray data(qsizetype(st.st_size), Qt::Uninitialized);
        qint64 n = readFully(in.fd, data.data(), data.size());
        if (n < 0)
            return readError(shown, errno);
        data.truncate(n);
        // It may have grown since it was stat'ed: read the rest too.
        char more[65536];
        while ((n = readFully(in.fd, more, sizeof more)) > 0)
            data.append(more, n);
        if (n < 0)
            return readError(shown, errno);
        const QByteArray hex = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
        Result<bool> added = blobs.store(hex, data, shown);
        if (!added)
            return added.error();
        if (*added) {
            ++stats.blobsAdded;
            stats.bytesAdded += data.size();
        }
        return Stored{hex, qint64(data.size())};
    }

    // Large: hash while streaming; copy in a second pass only if the blob is new.
    QByteArray buffer(chunkSize, Qt::Uninitialized);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    for (;;) {
        const qint64 n = readFully(in.fd, buffer.data(), buffer.size());
        if (n < 0)
            return readError(shown, errno);
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        total += n;
    }
    QByteArray hex = hash.result().toHex();
    if (blobs.has(hex, total))
        return Stored{hex, total};
    if (lseek(in.fd, 0, SEEK_SET) != 0)
        return readError(shown, errno);
    QByteArray temp;
    const int out = blobs.startTemp(hex, &temp);
    if (out < 0)
        return blobs.storeError(shown, errno);
    QCryptographicHash copied(QCryptographicHash::Sha256);
    qint64 copiedBytes = 0;
    for (;;) {
        const qint64 n = readFully(in.fd, buffer.data(), buffer.size());
        if (n < 0) {
            const int error = errno;
            ::close(out);
            blobs.drop(temp);
            return readError(shown, error);
        }
        if (n == 0)
            break;
        if (!writeFully(out, buffer.constData(), n)) {
            const int error = errno;
            ::close(out);
            blobs.drop(temp);
            return blobs.storeError(shown, error);
        }
        copied.addData(QByteArrayView(buffer.constData(), n));
        copiedBytes += n;
    }
    if (::close(out) != 0) {
        const int error = errno;
        blobs.drop(temp);
        return blobs.storeError(shown, error);
    }
    const QByteArray copiedHex = copied.result().toHex();
    if (copiedHex != hex)
        qCInfo(lcSnapshot) << shown << "changed while it was snapshotted; keeping the copy";
    if (blobs.has(copiedHex, copiedBytes)) {
        blobs.drop(temp);
    } else {
        if (!blobs.finish(temp, copiedHex))
            return blobs.storeError(shown, errno);
        ++stats.blobsAdded;
        stats.bytesAdded += copiedBytes;
    }
    return Stored{copiedHex, copiedBytes};
}

} // namespace

// ---- SnapshotManifest ----

qint64 SnapshotManifest::totalBytes() const
{
    qint64 total = 0;
    for (const SnapshotEntry &e : files)
        total += e.size;
    return total;
}

const SnapshotEntry *SnapshotManifest::find(QStringView path) const
{
    for (const SnapshotEntry &e : files) {
        if (e.path == path)
            return &e;
    }
    return nullptr;
}

QByteArray SnapshotManifest::canonicalJson() const
{
    // By hand rather than through QJsonDocument: several times faster for 10,000 files.
    QList<const SnapshotEntry *> sorted;
    sorted.reserve(files.size());
    for (const SnapshotEntry &e : files)
        sorted.append(&e);
    std::sort(sorted.begin(), sorted.end(),
              [](const SnapshotEntry *a, const SnapshotEntry *b) { return a->path < b->path; });
    QByteArray out;
    out.reserve(32 + files.size() * 150);
    out += "{\"files\":[";
    bool first = true;
    for (const SnapshotEntry *e : std::as_const(sorted)) {
        if (!first)
            out += ',';
        first = false;
        out += e->executable ? "{\"executable\":true,\"path\":" : "{\"executable\":false,\"path\":";
        appendJsonString(out, e->path);
        out += ",\"sha256\":";
        appendJsonString(out, e->sha256);
        out += ",\"size\":";
        out += QByteArray::number(e->size);
        out += '}';
    }
    out += "],\"version\":";
    out += QByteArray::number(manifestVersion);
    out += '}';
    return out;
}

void SnapshotManifest::seal()
{
    std::sort(files.begin(), files.end(),
              [](const SnapshotEntry &a, const SnapshotEntry &b) { return a.path < b.path; });
    id = QString::fromLatin1(
        QCryptographicHash::hash(canonicalJson(), QCryptographicHash::Sha256).toHex());
}

QJsonObject SnapshotManifest::toJson() const
{
    QJsonArray array;
    for (const SnapshotEntry &e : files) {
        array.append(QJsonObject{{u"path"_s, e.path},
                                 {u"sha256"_s, e.sha256},
                                 {u"size"_s, double(e.size)},
                                 {u"executable"_s, e.executable}});
    }
    return QJsonObject{{u"id"_s, id}, {u"version"_s, manifestVersion}, {u"files"_s, array}};
}

Result<SnapshotManifest> SnapshotManifest::fromJson(const QJsonObject &json)
{
    auto damaged = [](const QString &why) {
        return Error{SnapshotStore::tr("The snapshot manifest is damaged."), why};
    };
    if (json.value(u"version"_s).toInt() != manifestVersion)
        return damaged(u"unknown version "_s + json.value(u"version"_s).toVariant().toString());
    SnapshotManifest m;
    QSet<QString> seen;
    const QJsonArray array = json.value(u"files"_s).toArray();
    m.files.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        SnapshotEntry e;
        e.path = o.value(u"path"_s).toString();
        e.sha256 = o.value(u"sha256"_s).toString();
        const double size = o.value(u"size"_s).toDouble(-1);
        e.size = qint64(size);
        e.executable = o.value(u"executable"_s).toBool();
        if (!isSafeRelativePath(e.path))
            return damaged(u"bad path: "_s + e.path);
        if (!isHexSha256(e.sha256))
            return damaged(u"bad sha256 for "_s + e.path);
        if (size < 0 || double(e.size) != size)
            return damaged(u"bad size for "_s + e.path);
        if (seen.contains(e.path))
            return damaged(u"duplicate path: "_s + e.path);
        seen.insert(e.path);
        m.files.append(std::move(e));
    }
    m.seal();
    const QString stated = json.value(u"id"_s).toString();
    if (!stated.isEmpty() && stated != m.id)
        return damaged(u"id "_s + stated + u" does not match its content ("_s + m.id + u')');
    return m;
}

// ---- SnapshotStore ----

SnapshotStore::SnapshotStore(QString storeDir)
    : m_dir(std::move(storeDir))
{}

QString SnapshotStore::blobPath(const QString &sha256) const
{
    return m_dir + u"/blobs/"_s + sha256.left(2) + u'/' + sha256.mid(2);
}

QString SnapshotStore::manifestPath(const QString &id) const
{
    return m_dir + u"/manifests/"_s + id + u".json"_s;
}

QString SnapshotStore::statCachePath(const QString &sourceDir) const
{
    QString canonical = QFileInfo(sourceDir).canonicalFilePath();
    if (canonical.isEmpty())
        canonical = QFileInfo(sourceDir).absoluteFilePath();
    const QByteArray key
        = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex();
    return m_dir + u"/statcache/"_s + QString::fromLatin1(key);
}

Result<SnapshotManifest> SnapshotStore::snapshot(const QString &sourceDir, SnapshotStats *stats,
                                                 const std::function<bool()> &isCanceled) const
{
    SnapshotStats local;
    SnapshotStats &s = stats ? *stats : local;
    s = {};
    const QFileInfo info(sourceDir);
    const QString root = info.canonicalFilePath();
    if (root.isEmpty() || !info.isDir())
        return Error{tr("The source folder %1 does not exist.").arg(sourceDir), {}};

    const qint64 startNs = nowNs();
    Walker walker(isCanceled, s);
    if (Result<void> walked = walker.walk({}, QFile::encodeName(root)); !walked)
        return walked.error();

    BlobWriter blobs(m_dir + u"/blobs"_s);
    if (Result<void> opened = blobs.open(); !opened)
        return opened.error();

    const QString cachePath = statCachePath(root);
    const StatCache cache = readStatCache(cachePath, root);
    bool cacheChanged = false;
    const qint64 trustedBefore = startNs - qint64(racyWindowMs) * 1'000'000;
    // Racily clean: changed so recently that it may change again within the same timestamp;
    // not cached, so it is read next time. So is a file that changed while it was read (its
    // stat data do not describe what was stored).
    auto cacheable = [trustedBefore](const FoundFile &file, const SnapshotEntry &entry) {
        return nanoseconds(file.st.st_mtim) < trustedBefore
               && nanoseconds(file.st.st_ctim) < trustedBefore && entry.size == file.st.st_size;
    };
    int cacheableCount = 0;

    SnapshotManifest manifest;
    manifest.files.reserve(walker.files.size());
    for (const FoundFile &file : std::as_const(walker.files)) {
        if (isCanceled && isCanceled())
            return Walker::canceled();
        Stored stored;
        const auto cached = cache.entries.constFind(file.path);
        if (cached != cache.entries.cend() && cached->sameStat(file.st)) {
            stored = {cached->sha256, cached->size};
        } else {
            Result<Stored> hashed = hashAndStore(walker.absolutePath(file), file.st, blobs, s);
            if (!hashed)
                return hashed.error();
            stored = *hashed;
            ++s.hashed;
            cacheChanged = true;
        }
        SnapshotEntry entry;
        entry.path = file.path;
        entry.sha256 = QString::fromLatin1(stored.hex);
        entry.size = stored.size;
        entry.executable = (file.st.st_mode & S_IXUSR) != 0;
        if (cacheable(file, entry))
            ++cacheableCount;
        manifest.files.append(std::move(entry));
    }
    // Every file as the cache had it, and nothing else: the manifest is the cached one.
    const bool unchanged = !cacheChanged && cacheableCount == cache.entries.size()
                           && manifest.files.size() == cache.entries.size()
                           && isHexSha256(cache.manifestId);
    StatCache newCache;
    if (!unchanged) {
        newCache.entries.reserve(cacheableCount);
        for (qsizetype i = 0; i < walker.files.size(); ++i) {
            const FoundFile &file = walker.files.at(i);
            const SnapshotEntry &entry = manifest.files.at(i);
            if (cacheable(file, entry)) {
                newCache.entries.insert(
                    file.path, CacheEntry{qint64(file.st.st_size), nanoseconds(file.st.st_mtim),
                                          nanoseconds(file.st.st_ctim), quint64(file.st.st_ino),
                                          quint64(file.st.st_dev), entry.sha256.toLatin1()});
            }
        }
    }
    if (unchanged) {
        std::sort(manifest.files.begin(), manifest.files.end(),
                  [](const SnapshotEntry &a, const SnapshotEntry &b) { return a.path < b.path; });
        manifest.id = cache.manifestId;
    } else {
        manifest.seal();
        if (cacheableCount == manifest.files.size())
            newCache.manifestId = manifest.id;
        writeStatCache(cachePath, root, newCache);
    }
    s.files = int(manifest.files.size());

    const QString path = manifestPath(manifest.id);
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(m_dir + u"/manifests"_s);
        QSaveFile out(path);
        // toJson()'s content, written from the canonical bytes (10,000 files: QJsonDocument
        // would take longer than the whole unchanged snapshot).
        const QByteArray bytes = "{\"id\":\"" + manifest.id.toLatin1() + "\","
                                 + manifest.canonicalJson().sliced(1) + '\n';
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
            return Error{
                tr("Cannot write the snapshot manifest %1: %2.").arg(path, out.errorString()), {}};
        }
    }
    qCDebug(lcSnapshot) << "snapshot" << manifest.id << "of" << root << s.files << "files,"
                        << s.hashed << "read," << s.blobsAdded << "new blobs";
    return manifest;
}

Result<SnapshotManifest> SnapshotStore::manifest(const QString &id) const
{
    if (!isHexSha256(id))
        return Error{tr("\"%1\" is not a snapshot id.").arg(id), {}};
    QFile file(manifestPath(id));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{tr("There is no snapshot %1 in %2.").arg(id, m_dir), file.errorString()};
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        return Error{tr("The snapshot manifest %1 is damaged.").arg(file.fileName()),
                     parseError.errorString()};
    }
    Result<SnapshotManifest> m = SnapshotManifest::fromJson(doc.object());
    if (!m)
        return Error{tr("The snapshot manifest %1 is damaged.").arg(file.fileName()),
                     m.error().detail};
    if (m->id != id) {
        return Error{tr("The snapshot manifest %1 is damaged.").arg(file.fileName()),
                     u"its content has the id "_s + m->id};
    }
    return m;
}

namespace {

/// A missing or damaged blob. The stat caches may vouch for it, so they go: the next
/// snapshot reads the files again and stores their content anew.
Error damagedBlob(const QString &storeDir, const QString &path, const QString &blob)
{
    qCWarning(lcSnapshot) << "missing or damaged blob" << blob << "- dropping the stat caches";
    QDir(storeDir + u"/statcache"_s).removeRecursively();
    return Error{SnapshotStore::tr("The stored copy of %1 is damaged or missing: its content "
                                   "does not match the snapshot.")
                     .arg(path),
                 blob};
}

} // namespace

Result<void> SnapshotStore::materialize(const SnapshotManifest &manifest,
                                        const QString &targetDir) const
{
    if (!QDir().mkpath(targetDir))
        return Error{tr("Cannot make the folder %1.").arg(targetDir), {}};
    const QByteArray target = QFile::encodeName(QFileInfo(targetDir).absoluteFilePath());
    QSet<QString> madeDirs;
    QByteArray buffer(chunkSize, Qt::Uninitialized);
    for (const SnapshotEntry &e : manifest.files) {
        if (!isSafeRelativePath(e.path) || !isHexSha256(e.sha256))
            return Error{tr("The snapshot manifest is damaged."), e.path};
        const qsizetype slash = e.path.lastIndexOf(u'/');
        if (slash > 0) {
            const QString dir = e.path.left(slash);
            if (!madeDirs.contains(dir)) {
                const QString dirPath = QFile::decodeName(target) + u'/' + dir;
                if (!QDir().mkpath(dirPath))
                    return Error{tr("Cannot make the folder %1.").arg(dirPath), {}};
                madeDirs.insert(dir);
            }
        }
        const QString blob = blobPath(e.sha256);
        Fd in(::open(QFile::encodeName(blob).constData(), O_RDONLY | O_CLOEXEC));
        if (in.fd < 0)
            return damagedBlob(m_dir, e.path, blob + u": "_s + errnoText(errno));
        const QByteArray outPath = target + '/' + QFile::encodeName(e.path);
        // A new file, so that the mode (under the umask) is the one asked for.
        if (::unlink(outPath.constData()) != 0 && errno != ENOENT) {
            const int error = errno;
            return Error{
                tr("Cannot write %1: %2.").arg(QFile::decodeName(outPath), errnoText(error)), {}};
        }
        Fd out(::open(outPath.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                      e.executable ? 0777 : 0666));
        if (out.fd < 0) {
            const int error = errno;
            return Error{
                tr("Cannot write %1: %2.").arg(QFile::decodeName(outPath), errnoText(error)), {}};
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 total = 0;
        for (;;) {
            const qint64 n = readFully(in.fd, buffer.data(), buffer.size());
            if (n < 0)
                return damagedBlob(m_dir, e.path, blob + u": "_s + errnoText(errno));
            if (n == 0)
                break;
            if (!writeFully(out.fd, buffer.constData(), n)) {
                const int error = errno;
                return Error{
                    tr("Cannot write %1: %2.").arg(QFile::decodeName(outPath), errnoText(error)),
                    {}};
            }
            hash.addData(QByteArrayView(buffer.constData(), n));
            total += n;
        }
        if (total != e.size || QString::fromLatin1(hash.result().toHex()) != e.sha256)
            return damagedBlob(m_dir, e.path, blob);
    }
    return {};
}

Result<QByteArray> SnapshotStore::readFile(const SnapshotManifest &manifest,
                                           const QString &path) const
{
    const SnapshotEntry *e = manifest.find(path);
    if (!e)
        return Error{tr("The snapshot has no file %1.").arg(path), {}};
    if (!isHexSha256(e->sha256))
        return Error{tr("The snapshot manifest is damaged."), e->path};
    QFile blob(blobPath(e->sha256));
    if (!blob.open(QIODevice::ReadOnly))
        return damagedBlob(m_dir, path, blob.fileName() + u": "_s + blob.errorString());
    const QByteArray data = blob.readAll();
    if (data.size() != e->size
        || QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())
               != e->sha256) {
        return damagedBlob(m_dir, path, blob.fileName());
    }
    return data;
}

} // namespace Studio
