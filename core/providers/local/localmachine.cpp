#include "localmachine.h"

#include "../../util/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Studio {

QJsonObject LocalMachineInfo::toSpec() const
{
    QJsonArray gpuArray;
    for (const GpuInfo &gpu : gpus) {
        gpuArray.append(QJsonObject{{u"name"_s, gpu.name},
                                    {u"memory_mib"_s, gpu.memoryMiB},
                                    {u"uuid"_s, gpu.uuid},
                                    {u"driver_version"_s, gpu.driverVersion}});
    }
    return QJsonObject{{u"hostname"_s, hostname},
                       {u"cores"_s, cores},
                       {u"memory_bytes"_s, memoryBytes},
                       {u"os"_s, os},
                       {u"kernel"_s, kernel},
                       {u"arch"_s, arch},
                       {u"gpu_count"_s, int(gpus.size())},
                       {u"gpus"_s, gpuArray},
                       {u"gpu_probe"_s, gpuProbe}};
}

namespace LocalMachine {

static QByteArray readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(1 << 20);
}

LocalMachineInfo probeBasic()
{
    LocalMachineInfo info;
    info.hostname = QSysInfo::machineHostName();
    info.cores = QThread::idealThreadCount();
    info.memoryBytes = parseMemInfoTotal(readSmallFile(u"/proc/meminfo"_s));
    info.os = parseOsRelease(readSmallFile(u"/etc/os-release"_s));
    if (info.os.isEmpty())
        info.os = QSysInfo::prettyProductName();
    info.kernel = QSysInfo::kernelVersion();
    info.arch = QSysInfo::currentCpuArchitecture();
    return info;
}

Result<QList<GpuInfo>> probeGpus(int timeoutMs)
{
    const QString smi = QStandardPaths::findExecutable(u"nvidia-smi"_s);
    if (smi.isEmpty())
        return QList<GpuInfo>();
    QProcess process;
    process.start(smi, {u"--query-gpu=name,memory.total,uuid,driver_version"_s,
                        u"--format=csv,noheader,nounits"_s});
    // Blocking by contract: this runs on a worker thread, never the UI thread.
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return Error{QCoreApplication::translate("Studio::LocalMachine",
                                                 "nvidia-smi did not answer within %1 ms.")
                         .arg(timeoutMs),
                     smi};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return Error{
            QCoreApplication::translate("Studio::LocalMachine", "nvidia-smi failed (exit code %1).")
                .arg(process.exitCode()),
            QString::fromLocal8Bit(process.readAllStandardError()).trimmed()};
    }
    return parseNvidiaSmiCsv(process.readAllStandardOutput());
}

QList<GpuInfo> parseNvidiaSmiCsv(const QByteArray &csv)
{
    QList<GpuInfo> gpus;
    const QList<QByteArray> lines = csv.split('\n');
    for (const QByteArray &rawLine : lines) {
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> fields = line.split(',');
        if (fields.size() < 2)
            continue;
        GpuInfo gpu;
        gpu.name = QString::fromUtf8(fields.value(0).trimmed());
        bool ok = false;
        gpu.memoryMiB = fields.value(1).trimmed().toLongLong(&ok);
        if (!ok)
            gpu.memoryMiB = 0;
        gpu.uuid = QString::fromUtf8(fields.value(2).trimmed());
        gpu.driverVersion = QString::fromUtf8(fields.value(3).trimmed());
        gpus.append(gpu);
    }
    return gpus;
}

QString parseOsRelease(const QByteArray &osRelease)
{
    QString prettyName, name, version;
    for (const QByteArray &rawLine : osRelease.split('\n')) {
        const int eq = rawLine.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = rawLine.left(eq).trimmed();
        QString value = QString::fromUtf8(rawLine.mid(eq + 1).trimmed());
        if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'')
            && value.back() == value.front()) {
            value = value.mid(1, value.size() - 2);
        }
        if (key == "PRETTY_NAME")
            prettyName = value;
        else if (key == "NAME")
            name = value;
        else if (key == "VERSION")
            version = value;
    }
    if (!prettyName.isEmpty())
        return prettyName;
    return QString(name + u' ' + version).trimmed();
}

qint64 parseMemInfoTotal(const QByteArray &meminfo)
{
    for (const QByteArray &line : meminfo.split('\n')) {
        if (!line.startsWith("MemTotal:"))
            continue;
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() < 2)
            return 0;
        const qint64 value = parts.at(1).toLongLong();
        const bool kiloBytes = parts.size() >= 3 && parts.at(2).toLower() == "kb";
        return kiloBytes ? value * 1024 : value;
    }
    return 0;
}

} // namespace LocalMachine
} // namespace Studio
