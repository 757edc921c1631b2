#pragma once

#include "../../util/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Studio {

struct GpuInfo
{
    QString name;
    qint64 memoryMiB = 0;
    QString uuid;
    QString driverVersion;

    friend bool operator==(const GpuInfo &, const GpuInfo &) = default;
};

/// What the local provider knows about this machine.
struct LocalMachineInfo
{
    QString hostname;
    int cores = 0;
    qint64 memoryBytes = 0;
    QString os;     ///< PRETTY_NAME of /etc/os-release, e.g. "Debian GNU/Linux 12 (bookworm)"
    QString kernel; ///< kernel version
    QString arch;   ///< CPU architecture
    QList<GpuInfo> gpus;
    QString gpuProbe; ///< how the GPU list was obtained, or why there is none

    /// The spec stored for the "local" compute.
    QJsonObject toSpec() const;
};

namespace LocalMachine {

/// The name of the always-present local compute.
inline constexpr char16_t computeName[] = u"local";

/// Cores, memory, OS: cheap, no processes started.
LocalMachineInfo probeBasic();

/// GPUs as `nvidia-smi` reports them. Blocking (starts a process, up to `timeoutMs`):
/// call it from a worker thread. An absent `nvidia-smi` is no error: the list is empty.
Result<QList<GpuInfo>> probeGpus(int timeoutMs = 5000);

/// Parses `nvidia-smi --query-gpu=name,memory.total,uuid,driver_version
/// --format=csv,noheader,nounits` output.
QList<GpuInfo> parseNvidiaSmiCsv(const QByteArray &csv);

/// PRETTY_NAME (else NAME VERSION) from os-release text.
QString parseOsRelease(const QByteArray &osRelease);

/// MemTotal from /proc/meminfo text, in bytes.
qint64 parseMemInfoTotal(const QByteArray &meminfo);

} // namespace LocalMachine
} // namespace Studio
