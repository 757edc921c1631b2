#include "runspec.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

// The JSON kept in the workspace's `runs.spec` column. Keys follow the job YAML's spelling
// where it has one; every field is written (empty ones too), so that fromJson(toJson(s)) == s
// holds even for values that differ from the defaults only by being empty.

namespace Studio {

namespace {

QString kindKey(EnvironmentSpec::Kind kind)
{
    switch (kind) {
    case EnvironmentSpec::Kind::UserManaged:
        return u"user_managed"_s;
    case EnvironmentSpec::Kind::SystemManaged:
        return u"system_managed"_s;
    case EnvironmentSpec::Kind::Container:
        return u"container"_s;
    }
    return u"user_managed"_s;
}

EnvironmentSpec::Kind kindFromKey(const QString &key)
{
    if (key == u"system_managed"_s)
        return EnvironmentSpec::Kind::SystemManaged;
    if (key == u"container"_s)
        return EnvironmentSpec::Kind::Container;
    return EnvironmentSpec::Kind::UserManaged;
}

QString inputKindKey(JobInput::Kind kind)
{
    switch (kind) {
    case JobInput::Kind::Literal:
        return u"literal"_s;
    case JobInput::Kind::UriFile:
        return u"uri_file"_s;
    case JobInput::Kind::UriFolder:
        return u"uri_folder"_s;
    }
    return u"literal"_s;
}

JobInput::Kind inputKindFromKey(const QString &key)
{
    if (key == u"uri_file"_s)
        return JobInput::Kind::UriFile;
    if (key == u"uri_folder"_s)
        return JobInput::Kind::UriFolder;
    return JobInput::Kind::Literal;
}

QJsonObject stringMap(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QMap<QString, QString> stringMap(const QJsonValue &value)
{
    QMap<QString, QString> map;
    const QJsonObject o = value.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

QString stringOr(const QJsonObject &o, const QString &key, const QString &fallback)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : fallback;
}

int positiveInt(const QJsonObject &o, const QString &key)
{
    const int n = o.value(key).toInt(1);
    return n < 1 ? 1 : n;
}

} // namespace

QJsonObject EnvironmentSpec::toJson() const
{
    return QJsonObject{
        {u"kind"_s, kindKey(kind)},
        {u"name"_s, name},
        {u"interpreter"_s, interpreter},
        {u"requirements"_s, requirements},
        {u"conda"_s, conda},
        {u"image"_s, image},
        {u"pip_options"_s, QJsonArray::fromStringList(pipOptions)},
    };
}

EnvironmentSpec EnvironmentSpec::fromJson(const QJsonObject &json)
{
    EnvironmentSpec e;
    e.kind = kindFromKey(json.value(u"kind"_s).toString());
    e.name = json.value(u"name"_s).toString();
    e.interpreter = json.value(u"interpreter"_s).toString();
    e.requirements = json.value(u"requirements"_s).toString();
    e.conda = json.value(u"conda"_s).toString();
    e.image = json.value(u"image"_s).toString();
    for (const QJsonValue &option : json.value(u"pip_options"_s).toArray())
        e.pipOptions.append(option.toString());
    return e;
}

QJsonObject RunSpec::toJson() const
{
    QJsonObject inputsJson;
    for (auto it = inputs.cbegin(); it != inputs.cend(); ++it) {
        inputsJson.insert(
            it.key(), QJsonObject{{u"type"_s, inputKindKey(it->kind)}, {u"value"_s, it->value}});
    }
    QJsonObject o{
        {u"source_directory"_s, sourceDirectory},
        {u"command"_s, command},
        {u"compute"_s, compute},
        {u"environment"_s, environment.toJson()},
        {u"environment_variables"_s, stringMap(environmentVariables)},
        {u"inputs"_s, inputsJson},
        {u"outputs"_s, QJsonArray::fromStringList(outputs)},
        {u"distribution"_s,
         QJsonObject{{u"type"_s, distribution.type},
                     {u"process_count_per_instance"_s, distribution.processCountPerInstance},
                     {u"instance_count"_s, distribution.instanceCount}}},
        {u"experiment_name"_s, experimentName},
        {u"display_name"_s, displayName},
        {u"description"_s, description},
        {u"tags"_s, stringMap(tags)},
        {u"low_priority"_s, lowPriority},
    };
    if (maxRunDurationSeconds)
        o.insert(u"max_run_duration_seconds"_s, double(*maxRunDurationSeconds));
    return o;
}

RunSpec RunSpec::fromJson(const QJsonObject &json)
{
    RunSpec s;
    s.sourceDirectory = json.value(u"source_directory"_s).toString();
    s.command = json.value(u"command"_s).toString();
    s.compute = stringOr(json, u"compute"_s, s.compute);
    s.environment = EnvironmentSpec::fromJson(json.value(u"environment"_s).toObject());
    s.environmentVariables = stringMap(json.value(u"environment_variables"_s));
    const QJsonObject inputsJson = json.value(u"inputs"_s).toObject();
    for (auto it = inputsJson.constBegin(); it != inputsJson.constEnd(); ++it) {
        const QJsonObject input = it.value().toObject();
        s.inputs.insert(it.key(), JobInput{inputKindFromKey(input.value(u"type"_s).toString()),
                                           input.value(u"value"_s).toString()});
    }
    for (const QJsonValue &output : json.value(u"outputs"_s).toArray())
        s.outputs.append(output.toString());
    const QJsonObject d = json.value(u"distribution"_s).toObject();
    s.distribution.type = d.value(u"type"_s).toString();
    s.distribution.processCountPerInstance = positiveInt(d, u"process_count_per_instance"_s);
    s.distribution.instanceCount = positiveInt(d, u"instance_count"_s);
    if (const QJsonValue limit = json.value(u"max_run_duration_seconds"_s); limit.isDouble())
        s.maxRunDurationSeconds = qint64(limit.toDouble());
    s.experimentName = stringOr(json, u"experiment_name"_s, s.experimentName);
    s.displayName = json.value(u"display_name"_s).toString();
    s.description = json.value(u"description"_s).toString();
    s.tags = stringMap(json.value(u"tags"_s));
    s.lowPriority = json.value(u"low_priority"_s).toBool();
    return s;
}

} // namespace Studio
