#include "seed.h"

#include "core/store/computestore.h"
#include "core/store/workspace.h"

#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Studio::Test {

namespace {

const QStringList words = {u"alpha"_s, u"bravo"_s, u"cedar"_s,  u"delta"_s, u"ember"_s,
                           u"fjord"_s, u"gamma"_s, u"harbor"_s, u"iris"_s,  u"juniper"_s};

QString suffix(int index)
{
    // Letters last: the service refuses names ending in "-<digits>".
    return words.at(index % words.size()) + u"-x"_s + QString::number(index);
}

} // namespace

ComputeRecord sampleCompute(ComputeKind kind, int index)
{
    ComputeRecord c;
    c.kind = kind;
    c.provisioningState = ProvisioningState::Succeeded;
    c.provider = index % 3 == 0 ? u"azureml"_s : u"local"_s;
    switch (kind) {
    case ComputeKind::Instance:
        c.name = u"dev-"_s + suffix(index);
        c.type = u"ComputeInstance"_s;
        c.state = index % 4 == 0 ? u"Stopped"_s : u"Running"_s;
        c.spec = QJsonObject{{u"size"_s, u"Standard_DS3_v2"_s},
                             {u"vm_type"_s, u"CPU"_s},
                             {u"ssh_public_access_enabled"_s, false}};
        break;
    case ComputeKind::Cluster:
        c.name = u"train-"_s + suffix(index);
        c.type = u"AmlCompute"_s;
        c.state = u"Idle"_s;
        c.spec = QJsonObject{
            {u"size"_s, u"Standard_NC6s_v3"_s},  {u"tier"_s, u"dedicated"_s},
            {u"location"_s, u"koreacentral"_s},  {u"min_instances"_s, 0},
            {u"max_instances"_s, 1 + index % 8}, {u"idle_time_before_scale_down"_s, 120}};
        break;
    case ComputeKind::Inference:
        c.name = u"inf-"_s + suffix(index).left(10);
        c.type = u"Kubernetes"_s;
        c.spec = QJsonObject{{u"size"_s, u"Standard_D3_v2"_s},
                             {u"node_count"_s, 3},
                             {u"cluster_purpose"_s, u"DevTest"_s}};
        break;
    case ComputeKind::Attached:
        c.name = u"vm-"_s + suffix(index);
        c.type = u"VirtualMachine"_s;
        c.provider = u"ssh"_s;
        c.spec = QJsonObject{{u"address"_s, u"gpu%1.example.org"_s.arg(index)},
                             {u"ssh_port"_s, 22},
                             {u"admin_username"_s, u"azureuser"_s}};
        break;
    case ComputeKind::Local:
        c.name = u"local"_s;
        c.type = u"Local"_s;
        break;
    }
    if (index % 17 == 5) {
        c.provisioningState = ProvisioningState::Failed;
        c.lastError = u"QuotaExceeded: not enough dedicated cores in the region."_s;
    }
    return c;
}

Result<void> seedWorkspace(QSqlDatabase db, int computes, int runs)
{
    const QList<ComputeKind> kinds{ComputeKind::Instance, ComputeKind::Cluster,
                                   ComputeKind::Inference, ComputeKind::Attached};
    db.transaction();
    const ComputeStore store(db);
    for (int i = 0; i < computes; ++i) {
        auto r = store.insert(sampleCompute(kinds.at(i % kinds.size()), i));
        if (!r) {
            db.rollback();
            return r.error();
        }
    }
    if (!db.commit())
        return Error{u"commit failed"_s, db.lastError().text()};

    db.transaction();
    QSqlQuery experiment(db);
    experiment.prepare(u"INSERT INTO experiments (name, created_on) VALUES (?, ?)"_s);
    QSqlQuery run(db);
    run.prepare(u"INSERT INTO runs (name, experiment_id, display_name, compute, status, "
                "created_on) VALUES (?, ?, ?, ?, ?, ?)"_s);
    const QStringList statuses{u"Completed"_s, u"Failed"_s, u"Canceled"_s, u"Completed"_s};
    qint64 experimentId = 0;
    for (int i = 0; i < runs; ++i) {
        const QString when
            = QDateTime::currentDateTimeUtc().addSecs(-i).toString(Qt::ISODateWithMs);
        if (i % 1000 == 0) {
            experiment.addBindValue(u"experiment-%1"_s.arg(i / 1000));
            experiment.addBindValue(when);
            if (!experiment.exec()) {
                db.rollback();
                return Error{u"experiment insert failed"_s, experiment.lastError().text()};
            }
            experimentId = experiment.lastInsertId().toLongLong();
        }
        run.addBindValue(u"run_%1"_s.arg(i));
        run.addBindValue(experimentId);
        run.addBindValue(u"train %1"_s.arg(i));
        run.addBindValue(u"local"_s);
        run.addBindValue(statuses.at(i % statuses.size()));
        run.addBindValue(when);
        if (!run.exec()) {
            db.rollback();
            return Error{u"run insert failed"_s, run.lastError().text()};
        }
    }
    if (!db.commit())
        return Error{u"commit failed"_s, db.lastError().text()};
    return {};
}

bool makeWorkspaceOfSchema(const QString &dir, int version)
{
    auto ws = Workspace::open(dir);
    if (!ws)
        return false;
    const Workspace::Connection c(ws.value()->databasePath());
    return QSqlQuery(c.database()).exec(u"PRAGMA user_version = %1"_s.arg(version));
}

bool addComputeFromAnotherProcess(const QString &dir, const QString &name, ComputeKind kind)
{
    QProcess seed;
    seed.start(QStringLiteral(STUDIO_BIN_DIR "/studio-seed"),
               {dir, u"0"_s, u"--name"_s, name, u"--kind"_s, toKey(kind)});
    return seed.waitForFinished(20000) && seed.exitStatus() == QProcess::NormalExit
           && seed.exitCode() == 0;
}

} // namespace Studio::Test
