#pragma once

#include "../util/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace Studio {

/// One file of a snapshot.
struct SnapshotEntry
{
    QString path;   ///< relative to the source folder, '/'-separated
    QString sha256; ///< lowercase hex of the content; names the blob
    qint64 size = 0;
    bool executable = false;
    friend bool operator==(const SnapshotEntry &, const SnapshotEntry &) = default;
};

/// What a snapshot holds: its files sorted by path. The id is the SHA-256 of the canonical
/// JSON (compact, without the id), so the same tree always gets the same id.
struct SnapshotManifest
{
    QString id;
    QList<SnapshotEntry> files;

    qint64 totalBytes() const;
    const SnapshotEntry *find(QStringView path) const; ///< nullptr when absent

    /// The canonical bytes the id is the hash of: compact JSON, keys sorted, files sorted by
    /// path: {"files":[{"executable":false,"path":"a.py","sha256":"…","size":3},…],"version":1}
    QByteArray canonicalJson() const;
    /// Sorts the files and sets the id from them.
    void seal();

    QJsonObject toJson() const;
    /// Checks the paths (relative, no "." or ".." parts), the hashes and the id.
    static Result<SnapshotManifest> fromJson(const QJsonObject &json);
    friend bool operator==(const SnapshotManifest &, const SnapshotManifest &) = default;
};

/// What one snapshot() did.
struct SnapshotStats
{
    int files = 0;      ///< in the snapshot
    int hashed = 0;     ///< read because the stat cache did not vouch for them
    int blobsAdded = 0; ///< new content stored
    qint64 bytesAdded = 0;
    int skipped = 0; ///< neither file nor folder, dangling links, links to folders
};

/// A content-addressed store of source snapshots (the workspace's `snapshots/` folder):
///
///     blobs/ab/cdef…   file contents by SHA-256, read-only, written as temp + rename
///     manifests/<id>.json
///     statcache/<sha256 of the source folder's canonical path>
///
/// A resubmit of an unchanged folder reads no file: as git's index does, a stat cache
/// remembers each file's size, mtime and ctime (nanoseconds), inode and device with its
/// hash, and a file whose stat data are unchanged is not read again. A file whose mtime or
/// ctime is within racyWindowMs of the snapshot's start is not cached ("racily clean": it
/// may change again within the file system's timestamp granularity), so it is read next
/// time. A
/// missing, damaged (it carries a checksum) or stale cache means re-reading, never a failure.
/// When everything is as cached, the manifest is the cached one and nothing is written.
///
/// The store never removes a blob; anything that does (a clean-up) must remove statcache/
/// with it. A blob missing or damaged anyway is found by materialize() and readFile(), which
/// say which file it is and drop the stat caches, so the next snapshot stores it again.
///
/// Files: regular files, and symbolic links to regular files (their content, wherever the
/// link points, as Azure ML's snapshots do). Links to folders are not followed (no cycles,
/// no surprise trees), nor are dangling links, FIFOs, sockets or devices: they are skipped
/// and logged. Empty folders are not kept. `.amlignore`/`.gitignore` rules apply
/// (IgnoreRules).
///
/// Blocking: call it off the UI thread. Cheap to create; safe for concurrent snapshots (the
/// last writer of a stat cache wins, blobs and manifests are immutable).
class SnapshotStore
{
    Q_DECLARE_TR_FUNCTIONS(Studio::SnapshotStore)

public:
    explicit SnapshotStore(QString storeDir);

    /// Files whose mtime or ctime is this close to a snapshot's start are not trusted from
    /// the stat cache next time: they may change again without a new timestamp (coarse
    /// clocks; 1–2 s granularity on some file systems).
    static constexpr int racyWindowMs = 2000;

    QString storeDir() const { return m_dir; }

    /// Snapshots `sourceDir` into the store and writes its manifest. `isCanceled` is polled
    /// between files. An unreadable file or folder fails the snapshot, naming it.
    Result<SnapshotManifest> snapshot(const QString &sourceDir, SnapshotStats *stats = nullptr,
                                      const std::function<bool()> &isCanceled = {}) const;
    /// A stored manifest by id.
    Result<SnapshotManifest> manifest(const QString &id) const;
    /// Copies the files into `targetDir` (made when missing), restoring the executable bit
    /// and checking each file's hash. A real copy, never links: the run cannot change the
    /// store, and later edits of the source cannot change the run.
    Result<void> materialize(const SnapshotManifest &manifest, const QString &targetDir) const;
    /// One file's content, checked against its hash.
    Result<QByteArray> readFile(const SnapshotManifest &manifest, const QString &path) const;

    QString blobPath(const QString &sha256) const;
    QString manifestPath(const QString &id) const;
    /// The stat cache file of a source folder (by its canonical path).
    QString statCachePath(const QString &sourceDir) const;

private:
    QString m_dir;
};

} // namespace Studio
