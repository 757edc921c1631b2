#include "../support/testsupport.h"
#include "core/runs/jobyaml.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Studio;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Studio::RunSpec)

namespace {

QByteArray pretty(const RunSpec &spec)
{
    return QJsonDocument(spec.toJson()).toJson(QJsonDocument::Indented);
}

QString describe(const QList<ValidationIssue> &issues)
{
    QStringList lines;
    for (const ValidationIssue &i : issues)
        lines.append(QString(i.field + u" | "_s + i.message));
    return lines.join(u'\n');
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(content);
}

const QByteArray condaText = "# the project's conda file\n"
                             "name: train\n"
                             "channels: [conda-forge]\n"
                             "dependencies:\n"
                             "  - python=3.11\n"
                             "  - pip\n"
                             "  - pip:\n"
                             "      - scikit-learn==1.2.2   # pinned\n";
const QByteArray requirementsText = "numpy\nscikit-learn>=1.0\n";

} // namespace

class TestJobYaml : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &relative) const { return m_dir.filePath(relative); }

    std::optional<JobYamlResult> parseHere(const QByteArray &yaml, QList<ValidationIssue> *issues,
                                           const QStringList &overrides = {})
    {
        return JobYaml::parse(yaml, m_dir.path(), overrides, issues);
    }

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
        writeFile(path(u"src/train.py"_s), "print('hi')\n");
        writeFile(path(u"data/iris.csv"_s), "a,b\n1,2\n");
        writeFile(path(u"data/images/1.png"_s), "png");
        writeFile(path(u"env/conda.yml"_s), condaText);
        writeFile(path(u"env/requirements.txt"_s), requirementsText);
    }

    void validJobs_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<RunSpec>("expected");
        QTest::addColumn<QString>("name");

        {
            RunSpec s;
            s.command = u"echo hello"_s;
            QTest::newRow("minimal") << QByteArray("command: echo hello\n") << s << QString();
        }
        {
            RunSpec s;
            s.command = u"python train.py --alpha 0.30 --flag true --text hello world "_s
                        u"--data "_s
                        + path(u"data/iris.csv"_s) + u" --images "_s + path(u"data/images"_s)
                        + u" --out outputs/model"_s;
            s.sourceDirectory = path(u"src"_s);
            s.environment.name = u"azureml:AzureML-sklearn-1.0-ubuntu20.04-py38-cpu@latest"_s;
            s.environmentVariables = {{u"FOO"_s, u"bar"_s}, {u"N"_s, u"3"_s}};
            s.inputs = {{u"alpha"_s, {JobInput::Kind::Literal, u"0.30"_s}},
                        {u"flag"_s, {JobInput::Kind::Literal, u"true"_s}},
                        {u"text"_s, {JobInput::Kind::Literal, u"hello world"_s}},
                        {u"data"_s, {JobInput::Kind::UriFile, path(u"data/iris.csv"_s)}},
                        {u"images"_s, {JobInput::Kind::UriFolder, path(u"data/images"_s)}}};
            s.outputs = {u"model"_s, u"metrics"_s};
            s.maxRunDurationSeconds = 600;
            s.experimentName = u"iris"_s;
            s.displayName = u"Iris, first try"_s;
            s.description = u"Trains a classifier.\nTwo lines."_s;
            s.tags = {{u"team"_s, u"ml"_s}, {u"n"_s, u"1"_s}, {u"empty"_s, QString()}};
            QTest::newRow("local, every key") << QByteArray(
                "$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json\n"
                "type: command\n"
                "name: iris_run_1\n"
                "display_name: Iris, first try\n"
                "experiment_name: iris\n"
                "description: |-\n"
                "  Trains a classifier.\n"
                "  Two lines.\n"
                "tags: {team: ml, n: 1, empty: }\n"
                "code: ./src\n"
                "command: >-\n"
                "  python train.py --alpha ${{inputs.alpha}} --flag ${{inputs.flag}}\n"
                "  --text ${{inputs.text}} --data ${{inputs.data}}\n"
                "  --images ${{ inputs.images }} --out ${{outputs.model}}\n"
                "environment: azureml:AzureML-sklearn-1.0-ubuntu20.04-py38-cpu@latest\n"
                "environment_variables:\n"
                "  FOO: bar\n"
                "  N: 3\n"
                "compute: local\n"
                "inputs:\n"
                "  alpha: 0.30\n"
                "  flag: true\n"
                "  text: hello world\n"
                "  data:\n"
                "    type: uri_file\n"
                "    path: data/iris.csv\n"
                "    mode: download\n"
                "  images:\n"
                "    path: ./data/images\n"
                "    mode: ro_mount\n"
                "outputs:\n"
                "  model:\n"
                "    type: uri_folder\n"
                "    mode: rw_mount\n"
                "  metrics:\n"
                "limits:\n"
                "  timeout: 600\n"
                "properties: {anything: goes}\n")
                                              << s << u"iris_run_1"_s;
        }
        {
            RunSpec s;
            s.command = u"python train.py"_s;
            s.compute = u"dev-box"_s;
            s.lowPriority = true;
            s.environment.name = u"azureml:sklearn-env:3"_s;
            QTest::newRow("compute instance, spot")
                << QByteArray("command: python train.py\n"
                              "compute: azureml:dev-box\n"
                              "environment: azureml:sklearn-env:3\n"
                              "resources:\n  instance_count: 1\n  instance_type: Standard_DS3_v2\n"
                              "queue_settings:\n  job_tier: Spot\n")
                << s << QString();
        }
        {
            RunSpec s;
            s.command = u"python train.py"_s;
            s.compute = u"gpu-cluster"_s;
            s.distribution = {u"pytorch"_s, 3, 2};
            QTest::newRow("cluster, pytorch")
                << QByteArray("command: python train.py\n"
                              "compute: gpu-cluster\n"
                              "resources: {instance_count: 2}\n"
                              "distribution:\n  type: PyTorch\n  process_count_per_instance: 3\n")
                << s << QString();
        }
        {
            RunSpec s;
            s.command = u"python hvd.py"_s;
            s.compute = u"cpu-cluster"_s;
            s.distribution = {u"mpi"_s, 2, 1};
            QTest::newRow("mpi") << QByteArray(
                "command: python hvd.py\ncompute: azureml:cpu-cluster\n"
                "distribution: {type: mpi, process_count_per_instance: 2}\n")
                                 << s << QString();
        }
        {
            RunSpec s;
            s.command = u"python tf.py"_s;
            s.compute = u"cpu-cluster"_s;
            s.distribution = {u"tensorflow"_s, 2, 2};
            QTest::newRow("tensorflow, worker_count across nodes")
                << QByteArray("command: python tf.py\ncompute: azureml:cpu-cluster\n"
                              "resources: {instance_count: 2}\n"
                              "distribution: {type: tensorflow, worker_count: 4, "
                              "parameter_server_count: 0}\n")
                << s << QString();
        }
        {
            RunSpec s;
            s.command = u"python tf.py"_s;
            s.distribution = {u"tensorflow"_s, 1, 3};
            QTest::newRow("tensorflow, worker_count defaults to instance_count")
                << QByteArray("command: python tf.py\nresources: {instance_count: 3}\n"
                              "distribution: {type: tensorflow}\n")
                << s << QString();
        }
        {
            RunSpec s;
            s.command = u"python t.py"_s;
            s.distribution = {QString(), 1, 2};
            QTest::newRow("several nodes, no distribution")
                << QByteArray("command: python t.py\nresources: {instance_count: 2}\n") << s
                << QString();
        }
        {
            RunSpec s;
            s.command = u"python t.py"_s;
            s.environment.kind = EnvironmentSpec::Kind::Container;
            s.environment.image = u"mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu20.04:latest"_s;
            s.environment.conda = QString::fromUtf8(condaText);
            QTest::newRow("inline image with conda file")
                << QByteArray("command: python t.py\n"
                              "environment:\n"
                              "  image: mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu20.04:latest\n"
                              "  conda_file: env/conda.yml\n"
                              "  description: ignored\n"
                              "  os_type: linux\n")
                << s << QString();
        }
        {
            RunSpec s;
            s.command = u"python t.py"_s;
            s.environment.kind = EnvironmentSpec::Kind::SystemManaged;
            s.environment.conda = QString::fromUtf8(condaText);
            QTest::newRow("conda file: system-managed")
                << QByteArray("command: python t.py\nenvironment:\n  conda_file: ./env/conda.yml\n")
                << s << QString();
        }
        {
            RunSpec s;
            s.command = u"python t.py"_s;
            s.environment.kind = EnvironmentSpec::Kind::SystemManaged;
            s.environment.conda = u"dependencies:\n  - pip\n  - pip:\n      - numpy\n"_s;
            QTest::newRow("inline conda mapping")
                << QByteArray("command: python t.py\nenvironment:\n  conda_file:\n"
                              "    dependencies:\n      - pip\n      - pip:\n          - numpy\n")
                << s << QString();
        }
        {
            RunSpec s;
            s.command = u"python t.py"_s;
            s.environment.kind = EnvironmentSpec::Kind::SystemManaged;
            s.environment.name = u"my-env"_s;
            s.environment.interpreter = u"/usr/bin/python3"_s;
            s.environment.requirements = QString::fromUtf8(requirementsText);
            s.environment.pipOptions = {u"--no-index"_s, u"--find-links"_s, u"/srv/wheels"_s};
            QTest::newRow("studio extensions: requirements, python, pip options")
                << QByteArray("command: python t.py\nenvironment:\n"
                              "  name: my-env\n"
                              "  version: 2\n"
                              "  studio_python: /usr/bin/python3\n"
                              "  studio_requirements_file: env/requirements.txt\n"
                              "  studio_pip_options: [--no-index, --find-links, /srv/wheels]\n")
                << s << QString();
        }
        {
            RunSpec s;
            s.command = u"python t.py"_s;
            s.environment.interpreter = u"python3.11"_s;
            QTest::newRow("user-managed interpreter")
                << QByteArray("command: python t.py\nenvironment: {studio_python: python3.11}\n")
                << s << QString();
        }
        {
            RunSpec s;
            s.command = u"python t.py"_s;
            s.lowPriority = true;
            QTest::newRow("priority low")
                << QByteArray("command: python t.py\nqueue_settings: {job_tier: standard, "
                              "priority: low}\n")
                << s << QString();
        }
        {
            RunSpec s;
            s.command = u"python t.py"_s;
            QTest::newRow("standard tier is not low priority")
                << QByteArray("command: python t.py\nqueue_settings: {job_tier: standard}\n") << s
                << QString();
        }
        {
            RunSpec s;
            s.command = u"python t.py  --seed 1"_s;
            s.inputs = {{u"seed"_s, {JobInput::Kind::Literal, u"1"_s}}};
            QTest::newRow("optional section dropped, absent input not in the spec")
                << QByteArray("command: python t.py $[[--lr ${{inputs.lr}}]] --seed "
                              "${{inputs.seed}}\ninputs:\n  lr:\n  seed: 1\n")
                << s << QString();
        }
    }

    void validJobs()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(RunSpec, expected);
        QFETCH(QString, name);
        QList<ValidationIssue> issues;
        const auto parsed = parseHere(yaml, &issues);
        QVERIFY2(parsed, qPrintable(describe(issues)));
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
        QCOMPARE(pretty(parsed->spec), pretty(expected));
        QVERIFY(parsed->spec == expected);
        QCOMPARE(parsed->name, name);
    }

    void invalidJobs_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<int>("line"); // 0: the message names no line

        const QByteArray c = "command: python t.py\n"; // line 1
        QTest::newRow("no command")
            << QByteArray("compute: local\n") << u"command"_s << u"has no command"_s << 0;
        QTest::newRow("empty command")
            << QByteArray("command: '  '\n") << u"command"_s << u"has no command"_s << 1;
        QTest::newRow("sweep") << QByteArray("type: sweep\ncommand: x\n") << u"type"_s
                               << u"sweep jobs are not supported yet"_s << 1;
        QTest::newRow("pipeline") << QByteArray("command: x\ntype: pipeline\n") << u"type"_s
                                  << u"pipeline jobs are not supported yet"_s << 2;
        QTest::newRow("unknown type") << QByteArray("type: banana\ncommand: x\n") << u"type"_s
                                      << u"Unknown job type “banana”"_s << 1;
        QTest::newRow("unknown key")
            << c + "comand: typo\n"
            << u"comand"_s << u"Unknown key “comand”. Known keys here: $schema, code,"_s << 2;
        QTest::newRow("unknown nested key")
            << c + "resources:\n  instance_count: 2\n  instance_typo: x\n"
            << u"resources.instance_typo"_s << u"Known keys here: docker_args, instance_count"_s
            << 4;
        QTest::newRow("component")
            << c + "component: azureml:train:1\n"
            << u"component"_s << u"not supported by Compute Studio yet"_s << 2;
        QTest::newRow("undeclared input")
            << QByteArray("inputs:\n  a: 1\n  b: 2\ncommand: run ${{inputs.x}}\n") << u"command"_s
            << u"declares no input “x”. Its inputs: a, b."_s << 4;
        QTest::newRow("no inputs at all") << QByteArray("command: run ${{inputs.x}}\n")
                                          << u"command"_s << u"declares no inputs"_s << 1;
        QTest::newRow("input without value outside $[[ ]]")
            << QByteArray("command: run ${{inputs.x}}\ninputs:\n  x: ~\n") << u"command"_s
            << u"has no value"_s << 1;
        QTest::newRow("undeclared output") << QByteArray("command: run ${{outputs.model}}\n")
                                           << u"command"_s << u"no output “model”"_s << 1;
        QTest::newRow("unknown expression") << QByteArray("\ncommand: run ${{search_space.lr}}\n")
                                            << u"command"_s << u"is not an expression"_s << 2;
        QTest::newRow("instance_count 0")
            << c + "resources:\n  instance_count: 0\n"
            << u"resources.instance_count"_s << u"must be at least 1, not 0"_s << 3;
        QTest::newRow("instance_count text")
            << c + "resources: {instance_count: two}\n"
            << u"resources.instance_count"_s << u"must be a whole number, not “two”"_s << 2;
        QTest::newRow("process count 0")
            << c + "distribution:\n  type: pytorch\n  process_count_per_instance: 0\n"
            << u"distribution.process_count_per_instance"_s << u"at least 1"_s << 4;
        QTest::newRow("mpi needs a count")
            << c + "distribution:\n  type: mpi\n"
            << u"distribution"_s << u"needs process_count_per_instance"_s << 2;
        QTest::newRow("unknown distribution")
            << c + "distribution:\n  type: ray\n"
            << u"distribution.type"_s << u"one of pytorch, mpi, tensorflow, not “ray”"_s << 3;
        QTest::newRow("worker_count per node")
            << c
                   + "resources: {instance_count: 2}\ndistribution: {type: tensorflow, "
                     "worker_count: 3}\n"
            << u"distribution.worker_count"_s << u"multiple of resources.instance_count"_s << 3;
        QTest::newRow("parameter servers")
            << c + "distribution: {type: tensorflow, parameter_server_count: 1}\n"
            << u"distribution.parameter_server_count"_s << u"not supported"_s << 2;
        QTest::newRow("worker_count on pytorch")
            << c + "distribution: {type: pytorch, worker_count: 2}\n"
            << u"distribution.worker_count"_s << u"Unknown key"_s << 2;
        QTest::newRow("timeout 0") << c + "limits:\n  timeout: 0\n"
                                   << u"limits.timeout"_s << u"at least 1"_s << 3;
        QTest::newRow("timeout text") << c + "limits:\n  timeout: 1h\n"
                                      << u"limits.timeout"_s << u"whole number"_s << 3;
        QTest::newRow("code asset") << c + "code: azureml:src:1\n"
                                    << u"code"_s << u"must be a local folder"_s << 2;
        QTest::newRow("code missing") << c + "code: ./nowhere\n"
                                      << u"code"_s << u"does not exist"_s << 2;
        QTest::newRow("input data asset")
            << c + "inputs:\n  d:\n    type: uri_folder\n    path: azureml:cifar10@latest\n"
            << u"inputs.d.path"_s << u"Only local paths"_s << 5;
        QTest::newRow("input https")
            << c + "inputs:\n  d:\n    type: uri_file\n    path: https://x.org/iris.csv\n"
            << u"inputs.d.path"_s << u"Only local paths"_s << 5;
        QTest::newRow("input file missing")
            << c + "inputs:\n  d: {type: uri_file, path: data/none.csv}\n"
            << u"inputs.d.path"_s << u"does not exist"_s << 3;
        QTest::newRow("input file is a folder")
            << c + "inputs:\n  d: {type: uri_file, path: data}\n"
            << u"inputs.d.path"_s << u"is not a file"_s << 3;
        QTest::newRow("input folder is a file")
            << c + "inputs:\n  d: {type: uri_folder, path: data/iris.csv}\n"
            << u"inputs.d.path"_s << u"is not a folder"_s << 3;
        QTest::newRow("input without path") << c + "inputs:\n  d: {type: uri_file}\n"
                                            << u"inputs.d.path"_s << u"needs a path"_s << 0;
        QTest::newRow("input mltable")
            << c + "inputs:\n  d:\n    type: mltable\n    path: x\n"
            << u"inputs.d.type"_s << u"“mltable” is not supported"_s << 4;
        QTest::newRow("input mode") << c + "inputs:\n  d: {path: data, mode: rw_mount}\n"
                                    << u"inputs.d.mode"_s << u"ro_mount, download, direct"_s << 3;
        QTest::newRow("input name") << c + "inputs:\n  1x: 3\n"
                                    << u"inputs.1x"_s << u"not a valid input name"_s << 3;
        QTest::newRow("input list") << c + "inputs:\n  x: [1, 2]\n"
                                    << u"inputs.x"_s << u"must be a value"_s << 3;
        QTest::newRow("output path")
            << c + "outputs:\n  model:\n    path: azureml://datastores/x/paths/y\n"
            << u"outputs.model.path"_s << u"outputs/model"_s << 4;
        QTest::newRow("output type") << c + "outputs:\n  model: {type: mlflow_model}\n"
                                     << u"outputs.model.type"_s << u"not supported"_s << 3;
        QTest::newRow("environment name only")
            << c + "environment: sklearn\n"
            << u"environment"_s << u"not an environment reference"_s << 2;
        QTest::newRow("environment build")
            << c + "environment:\n  build:\n    path: docker-context\n"
            << u"environment.build"_s << u"build contexts are not supported"_s << 3;
        QTest::newRow("conda file missing")
            << c + "environment:\n  conda_file: env/none.yml\n"
            << u"environment.conda_file"_s << u"no such file"_s << 3;
        QTest::newRow("conda twice")
            << c + "environment:\n  conda_file: env/conda.yml\n  studio_conda: 'name: x'\n"
            << u"environment.studio_conda"_s << u"not both"_s << 4;
        QTest::newRow("requirements twice")
            << c
                   + "environment:\n  studio_requirements_file: env/requirements.txt\n"
                     "  studio_requirements: numpy\n"
            << u"environment.studio_requirements"_s << u"not both"_s << 4;
        QTest::newRow("environment unknown key")
            << c + "environment:\n  dockerfile: x\n"
            << u"environment.dockerfile"_s << u"Unknown key"_s << 3;
        QTest::newRow("pip options not a list")
            << c + "environment:\n  studio_requirements: numpy\n  studio_pip_options: -q\n"
            << u"environment.studio_pip_options"_s << u"must be a list"_s << 4;
        QTest::newRow("windows") << c + "environment: {image: x, os_type: windows}\n"
                                 << u"environment.os_type"_s << u"Windows"_s << 2;
        QTest::newRow("tags nested") << c + "tags:\n  a: {b: c}\n"
                                     << u"tags.a"_s << u"must be text"_s << 3;
        QTest::newRow("env var name")
            << c + "environment_variables:\n  'A=B': x\n"
            << u"environment_variables.A=B"_s << u"not a valid environment variable name"_s << 3;
        QTest::newRow("run name") << c + "name: bad name!\n"
                                  << u"name"_s << u"not a valid run name"_s << 2;
        QTest::newRow("experiment empty") << c + "experiment_name: ''\n"
                                          << u"experiment_name"_s << u"must not be empty"_s << 2;
        QTest::newRow("job tier") << c + "queue_settings:\n  job_tier: gold\n"
                                  << u"queue_settings.job_tier"_s << u"spot"_s << 3;
        QTest::newRow("command a list") << QByteArray("command:\n  - python\n  - t.py\n")
                                        << u"command"_s << u"must be text"_s << 1;
        QTest::newRow("compute a path") << c + "compute: /dev/null\n"
                                        << u"compute"_s << u"must be a compute's name"_s << 2;
        QTest::newRow("resources a list") << c + "resources: [1]\n"
                                          << u"resources"_s << u"must be a mapping"_s << 2;
        QTest::newRow("duplicate key") << c + "compute: a\ncompute: b\n"
                                       << u"compute"_s << u"given twice"_s << 3;
        QTest::newRow("syntax") << QByteArray("command: [unclosed\n") << QString()
                                << u"not valid at line"_s << 0;
        QTest::newRow("not a mapping")
            << QByteArray("- command: x\n") << QString() << u"YAML mapping"_s << 0;
    }

    void invalidJobs()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, field);
        QFETCH(QString, fragment);
        QFETCH(int, line);
        QList<ValidationIssue> issues;
        const auto parsed = parseHere(yaml, &issues);
        QVERIFY2(!parsed, qPrintable(describe(issues)));
        const auto it = std::find_if(issues.cbegin(), issues.cend(),
                                     [&](const ValidationIssue &i) { return i.field == field; });
        QVERIFY2(it != issues.cend(), qPrintable(describe(issues)));
        QVERIFY(it->isError());
        QVERIFY2(it->message.contains(fragment), qPrintable(describe(issues)));
        if (line > 0)
            QVERIFY2(it->message.startsWith(u"Line %1: "_s.arg(line)), qPrintable(it->message));
        else
            QVERIFY2(!it->message.startsWith(u"Line "_s), qPrintable(it->message));
    }

    void issuesInFileOrder()
    {
        QList<ValidationIssue> issues;
        const auto parsed = parseHere("limits: {timeout: -1}\n"
                                      "command: run ${{inputs.zz}}\n"
                                      "resources: {instance_count: 0}\n"
                                      "bogus: 1\n",
                                      &issues, {u"compute=/x"_s});
        QVERIFY(!parsed);
        QStringList fields;
        for (const ValidationIssue &i : std::as_const(issues))
            fields.append(i.field);
        QCOMPARE(fields, (QStringList{u"limits.timeout"_s, u"command"_s,
                                      u"resources.instance_count"_s, u"bogus"_s, u"compute"_s}));
    }

    void warningDoesNotFail()
    {
        QList<ValidationIssue> issues;
        const auto parsed
            = parseHere("command: x\nenvironment: {studio_pip_options: [-q]}\n", &issues);
        QVERIFY(parsed);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().severity, ValidationIssue::Severity::Warning);
        QCOMPARE(issues.first().field, u"environment.studio_pip_options"_s);
        QCOMPARE(parsed->spec.environment.pipOptions, QStringList{u"-q"_s});

        // An Azure ML data asset given as a value: passed on as text, with a warning.
        issues.clear();
        const auto asset
            = parseHere("command: x ${{inputs.d}}\ninputs:\n  d: azureml:cifar:1\n", &issues);
        QVERIFY(asset);
        QCOMPARE(asset->spec.command, u"x azureml:cifar:1"_s);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().severity, ValidationIssue::Severity::Warning);
        QCOMPARE(issues.first().field, u"inputs.d"_s);
        QVERIFY2(issues.first().message.startsWith(u"Line 3: "_s),
                 qPrintable(issues.first().message));
    }

    void pathsRelativeToTheYamlFolder()
    {
        QTemporaryDir project;
        QTemporaryDir elsewhere;
        writeFile(project.filePath(u"jobs/src/train.py"_s), "print(1)\n");
        writeFile(project.filePath(u"jobs/data/x.csv"_s), "1\n");
        writeFile(project.filePath(u"jobs/req.txt"_s), "numpy\n");
        writeFile(project.filePath(u"jobs/job.yml"_s),
                  "command: python train.py --data ${{inputs.data}}\n"
                  "code: src\n"
                  "environment: {studio_requirements_file: req.txt}\n"
                  "inputs:\n  data: {type: uri_file, path: ../jobs/data/x.csv}\n");
        const QString before = QDir::currentPath();
        auto restore = qScopeGuard([&] { QDir::setCurrent(before); });
        QVERIFY(QDir::setCurrent(elsewhere.path()));

        for (const QString &file :
             {project.filePath(u"jobs/job.yml"_s),
              QDir(elsewhere.path()).relativeFilePath(project.filePath(u"jobs/job.yml"_s))}) {
            QList<ValidationIssue> issues;
            const auto parsed = JobYaml::parseFile(file, {}, &issues);
            QVERIFY2(parsed, qPrintable(describe(issues)));
            QCOMPARE(parsed->spec.sourceDirectory, project.filePath(u"jobs/src"_s));
            QCOMPARE(parsed->spec.inputs.value(u"data"_s).value,
                     project.filePath(u"jobs/data/x.csv"_s));
            QCOMPARE(parsed->spec.command,
                     u"python train.py --data "_s + project.filePath(u"jobs/data/x.csv"_s));
            QCOMPARE(parsed->spec.environment.requirements, u"numpy\n"_s);
        }

        // The same text parsed against the current folder does not find the code.
        QList<ValidationIssue> issues;
        QFile f(project.filePath(u"jobs/job.yml"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!JobYaml::parse(f.readAll(), QString(), {}, &issues));
        QVERIFY(std::any_of(issues.cbegin(), issues.cend(),
                            [](const ValidationIssue &i) { return i.field == u"code"_s; }));
    }

    void parseFileErrors()
    {
        QList<ValidationIssue> issues;
        QVERIFY(!JobYaml::parseFile(path(u"no-such-job.yml"_s), {}, &issues));
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().message.contains(u"no-such-job.yml"_s));
    }

    void condaFileIsReadVerbatim()
    {
        QList<ValidationIssue> issues;
        const auto parsed
            = parseHere("command: x\nenvironment:\n  conda_file: env/conda.yml\n", &issues);
        QVERIFY2(parsed, qPrintable(describe(issues)));
        QCOMPARE(parsed->spec.environment.conda.toUtf8(), condaText);
        QCOMPARE(parsed->spec.environment.kind, EnvironmentSpec::Kind::SystemManaged);
        // Read at parse time: changing the file afterwards changes nothing already parsed.
        QVERIFY(parsed->spec.environment.conda.contains(u"# pinned"_s));
    }

    void substitution_data()
    {
        QTest::addColumn<QByteArray>("inputs");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("expected");

        const QByteArray io = "inputs:\n"
                              "  a: 1\n"
                              "  b: 'two words'\n"
                              "  f: {type: uri_file, path: data/iris.csv}\n"
                              "  unset:\n"
                              "outputs:\n"
                              "  model:\n";
        QTest::newRow("literal") << io << u"run ${{inputs.a}}"_s << u"run 1"_s;
        QTest::newRow("spaces inside braces") << io << u"run ${{  inputs.a }}"_s << u"run 1"_s;
        QTest::newRow("raw text, not quoted")
            << io << u"run --b ${{inputs.b}}"_s << u"run --b two words"_s;
        QTest::newRow("quoted by the author")
            << io << u"run --b \"${{inputs.b}}\""_s << u"run --b \"two words\""_s;
        QTest::newRow("file path")
            << io << u"run ${{inputs.f}}"_s << QString(u"run "_s + path(u"data/iris.csv"_s));
        QTest::newRow("output") << io << u"run --out ${{outputs.model}}"_s
                                << u"run --out outputs/model"_s;
        QTest::newRow("twice") << io << u"${{inputs.a}}${{inputs.a}}"_s << u"11"_s;
        QTest::newRow("optional kept")
            << io << u"run $[[--a ${{inputs.a}}]] x"_s << u"run --a 1 x"_s;
        QTest::newRow("optional dropped: no value")
            << io << u"run $[[--u ${{inputs.unset}}]] x"_s << u"run  x"_s;
        QTest::newRow("optional dropped: undeclared")
            << io << u"run $[[--n ${{inputs.nope}}]]$[[ --a ${{inputs.a}}]]"_s << u"run  --a 1"_s;
        QTest::newRow("optional dropped when one of two is missing")
            << io << u"run $[[--p ${{inputs.a}} ${{inputs.unset}}]]."_s << u"run ."_s;
        QTest::newRow("optional with an output")
            << io << u"run $[[-o ${{outputs.model}}]]"_s << u"run -o outputs/model"_s;
        QTest::newRow("optional across lines")
            << io << u"run $[[\\\n --a ${{inputs.a}}]]"_s << u"run \\\n --a 1"_s;
        QTest::newRow("unclosed section stays")
            << io << u"echo '$[[' ${{inputs.a}}"_s << u"echo '$[[' 1"_s;
        QTest::newRow("shell variables untouched") << io << u"echo ${HOME} $AZURE_ML_OUTPUT_model"_s
                                                   << u"echo ${HOME} $AZURE_ML_OUTPUT_model"_s;
        QTest::newRow("no second pass") << QByteArray("inputs:\n  t: '${{inputs.u}}'\n  u: 5\n")
                                        << u"echo ${{inputs.t}}"_s << u"echo ${{inputs.u}}"_s;
    }

    void substitution()
    {
        QFETCH(QByteArray, inputs);
        QFETCH(QString, command);
        QFETCH(QString, expected);
        // The command as a double-quoted YAML scalar, so every character arrives as is.
        QByteArray quoted = command.toUtf8();
        quoted.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
        const QByteArray yaml = inputs + "command: \"" + quoted + "\"\n";
        QList<ValidationIssue> issues;
        const auto parsed = parseHere(yaml, &issues);
        QVERIFY2(parsed, qPrintable(describe(issues) + u'\n' + QString::fromUtf8(yaml)));
        QCOMPARE(parsed->spec.command, expected);
    }

    void overrides()
    {
        const QByteArray yaml = "command: python t.py --alpha ${{inputs.alpha}} "
                                "$[[--beta ${{inputs.beta}}]]\n"
                                "compute: local\n"
                                "environment_variables: {KEEP: 1, FOO: old}\n"
                                "inputs:\n  alpha: 0.1\n  beta:\n";
        QList<ValidationIssue> issues;
        const auto parsed = parseHere(
            yaml, &issues,
            {u"compute=cpu-cluster"_s, u"environment_variables.FOO=bar"_s,
             u"environment_variables.NEW=x y"_s, u"resources.instance_count=2"_s,
             u"inputs.alpha=0.3"_s, u"inputs.beta=7"_s,
             u"distribution={type: pytorch, process_count_per_instance: 2}"_s,
             u"tags.note=a: b # not a comment"_s, u"environment.studio_requirements=numpy"_s,
             u"environment.studio_pip_options=[--no-index, -q]"_s, u"display_name='quoted'"_s});
        QVERIFY2(parsed, qPrintable(describe(issues)));
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
        const RunSpec &s = parsed->spec;
        QCOMPARE(s.compute, u"cpu-cluster"_s);
        QCOMPARE(s.environmentVariables,
                 (QMap<QString, QString>{
                     {u"KEEP"_s, u"1"_s}, {u"FOO"_s, u"bar"_s}, {u"NEW"_s, u"x y"_s}}));
        QCOMPARE(s.distribution, (DistributionSpec{u"pytorch"_s, 2, 2}));
        QCOMPARE(s.inputs.value(u"alpha"_s).value, u"0.3"_s);
        QCOMPARE(s.command, u"python t.py --alpha 0.3 --beta 7"_s);
        QCOMPARE(s.tags.value(u"note"_s), u"a: b # not a comment"_s);
        QCOMPARE(s.environment.kind, EnvironmentSpec::Kind::SystemManaged);
        QCOMPARE(s.environment.requirements, u"numpy"_s);
        QCOMPARE(s.environment.pipOptions, (QStringList{u"--no-index"_s, u"-q"_s}));
        QCOMPARE(s.displayName, u"quoted"_s);

        // --compute NAME arrives as compute=NAME; azureml: is accepted there too.
        const auto viaCompute = parseHere(yaml, &issues, {u"compute=azureml:gpu"_s});
        QVERIFY(viaCompute);
        QCOMPARE(viaCompute->spec.compute, u"gpu"_s);
        QCOMPARE(viaCompute->spec.command, u"python t.py --alpha 0.1 "_s);

        // An empty file plus --set is a job too.
        const auto fromNothing = parseHere("", &issues, {u"command=echo hi"_s});
        QVERIFY(fromNothing);
        QCOMPARE(fromNothing->spec.command, u"echo hi"_s);
    }

    void badOverrides_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("no =") << u"compute"_s << QString() << u"give KEY=VALUE"_s;
        QTest::newRow("no key") << u"=x"_s << QString() << u"give KEY=VALUE"_s;
        QTest::newRow("empty part") << u"inputs..a=1"_s << QString() << u"give KEY=VALUE"_s;
        QTest::newRow("through a scalar")
            << u"command.x=1"_s << QString() << u"command is not a mapping"_s;
        QTest::newRow("bad YAML") << u"inputs.x=[1, 2"_s << QString() << u"not valid YAML"_s;
        QTest::newRow("value rejected")
            << u"resources.instance_count=0"_s << u"resources.instance_count"_s
            << u"--set resources.instance_count=0: "_s;
        QTest::newRow("nested value rejected")
            << u"distribution={type: pytorch, process_count_per_instance: -2}"_s
            << u"distribution.process_count_per_instance"_s
            << u"--set distribution={type: pytorch, process_count_per_instance: -2}: "_s;
        QTest::newRow("unknown key set") << u"resource.instance_count=2"_s << u"resource"_s
                                         << u"--set resource.instance_count=2: Unknown key"_s;
    }

    void badOverrides()
    {
        QFETCH(QString, argument);
        QFETCH(QString, field);
        QFETCH(QString, fragment);
        QList<ValidationIssue> issues;
        QVERIFY(!parseHere("command: echo\n", &issues, {argument}));
        const auto it = std::find_if(issues.cbegin(), issues.cend(),
                                     [&](const ValidationIssue &i) { return i.field == field; });
        QVERIFY2(it != issues.cend(), qPrintable(describe(issues)));
        QVERIFY2(it->message.contains(fragment), qPrintable(it->message));
        QVERIFY2(it->message.contains(argument), qPrintable(it->message));
        QVERIFY(!it->message.startsWith(u"Line"_s));
    }

    void roundTrip_data()
    {
        QTest::addColumn<RunSpec>("spec");
        QTest::addColumn<QString>("name");

        RunSpec minimal;
        minimal.command = u"echo hello"_s;
        QTest::newRow("minimal") << minimal << QString();

        RunSpec full;
        full.sourceDirectory = path(u"src"_s);
        full.command = u"python train.py --data "_s + path(u"data/iris.csv"_s);
        full.compute = u"cpu-cluster"_s;
        full.environment.name = u"azureml:AzureML-sklearn-1.0@latest"_s;
        full.environmentVariables
            = {{u"FOO"_s, u"bar"_s}, {u"EMPTY"_s, QString()}, {u"NUM"_s, u"007"_s}};
        full.inputs = {{u"alpha"_s, {JobInput::Kind::Literal, u"0.30"_s}},
                       {u"flag"_s, {JobInput::Kind::Literal, u"True"_s}},
                       {u"nothing"_s, {JobInput::Kind::Literal, u"null"_s}},
                       {u"empty"_s, {JobInput::Kind::Literal, QString()}},
                       {u"data"_s, {JobInput::Kind::UriFile, path(u"data/iris.csv"_s)}},
                       {u"images"_s, {JobInput::Kind::UriFolder, path(u"data/images"_s)}}};
        full.outputs = {u"model"_s, u"metrics"_s};
        full.distribution = {u"pytorch"_s, 2, 3};
        full.maxRunDurationSeconds = 3600;
        full.experimentName = u"iris"_s;
        full.displayName = u"Iris: run #1"_s;
        full.description = u"First line\nsecond line\n"_s;
        full.tags = {{u"team"_s, u"ml"_s}, {u"odd key: yes"_s, u"- dash"_s}};
        full.lowPriority = true;
        QTest::newRow("full") << full << u"iris-1"_s;

        RunSpec tricky;
        tricky.command = u"set -e\ncd src\n  python t.py --msg \"it's: #1\" \\\n  --x 'y'\n"_s;
        tricky.displayName = u"  leading and trailing  "_s;
        tricky.description = u"no trailing newline\nhere"_s;
        tricky.experimentName = u"ünïcødé 実験"_s;
        tricky.tags = {{u"true"_s, u"false"_s},
                       {u"~"_s, u"~"_s},
                       {u"tab"_s, u"a\tb"_s},
                       {u"blank lines"_s, u"a\n\n\nb\n\n"_s},
                       {u"cr"_s, u"a\r\nb"_s}};
        tricky.inputs = {{u"n"_s, {JobInput::Kind::Literal, u"0123"_s}},
                         {u"q"_s, {JobInput::Kind::Literal, u"\"quoted\""_s}},
                         {u"star"_s, {JobInput::Kind::Literal, u"*alias"_s}},
                         {u"brace"_s, {JobInput::Kind::Literal, u"{a: b}"_s}}};
        QTest::newRow("tricky text") << tricky << u"run.2"_s;

        RunSpec container;
        container.command = u"python t.py"_s;
        container.environment.kind = EnvironmentSpec::Kind::Container;
        container.environment.image = u"python:3.11-slim"_s;
        container.environment.conda = QString::fromUtf8(condaText);
        container.environment.name = u"my-image-env"_s;
        QTest::newRow("container") << container << QString();

        RunSpec system;
        system.command = u"python t.py"_s;
        system.environment.kind = EnvironmentSpec::Kind::SystemManaged;
        system.environment.interpreter = u"/usr/bin/python3"_s;
        system.environment.requirements = QString::fromUtf8(requirementsText);
        system.environment.conda = u"dependencies:\n- pip:\n  - numpy"_s;
        system.environment.pipOptions = {u"--no-index"_s, u"--find-links"_s, u"/a b/wheels"_s};
        system.compute = u"dev-box"_s;
        QTest::newRow("system-managed") << system << QString();

        RunSpec user;
        user.command = u"python t.py"_s;
        user.environment.interpreter = u"python3.11"_s;
        user.environment.name = u"azureml:custom@latest"_s;
        QTest::newRow("user-managed, named") << user << QString();

        RunSpec tf;
        tf.command = u"python tf.py"_s;
        tf.compute = u"azureml:cpu-cluster"_s.mid(8);
        tf.distribution = {u"tensorflow"_s, 2, 2};
        QTest::newRow("tensorflow") << tf << QString();

        RunSpec mpi;
        mpi.command = u"python hvd.py"_s;
        mpi.distribution = {u"mpi"_s, 1, 4};
        QTest::newRow("mpi, one process per node") << mpi << QString();

        RunSpec untyped;
        untyped.command = u"python ddp.py"_s;
        untyped.distribution = {QString(), 4, 1};
        QTest::newRow("processes without a type") << untyped << QString();

        RunSpec nodes;
        nodes.command = u"hostname"_s;
        nodes.distribution = {QString(), 1, 3};
        nodes.maxRunDurationSeconds = 1;
        QTest::newRow("nodes only") << nodes << QString();
    }

    void roundTrip()
    {
        QFETCH(RunSpec, spec);
        QFETCH(QString, name);
        const QByteArray yaml = JobYaml::write(spec, name);
        QTemporaryDir elsewhere; // absolute paths do not depend on the folder
        QList<ValidationIssue> issues;
        const auto parsed = JobYaml::parse(yaml, elsewhere.path(), {}, &issues);
        QVERIFY2(parsed, qPrintable(describe(issues) + u"\n"_s + QString::fromUtf8(yaml)));
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
        QCOMPARE(pretty(parsed->spec), pretty(spec));
        QVERIFY(parsed->spec == spec);
        QCOMPARE(parsed->name, name);
        // Writing is stable.
        QCOMPARE(JobYaml::write(parsed->spec, parsed->name), yaml);
    }

    void writtenLikeAzureMl()
    {
        RunSpec spec;
        spec.command = u"python train.py"_s;
        spec.compute = u"cpu-cluster"_s;
        spec.sourceDirectory = path(u"src"_s);
        spec.distribution = {u"pytorch"_s, 2, 2};
        spec.outputs = {u"model"_s};
        spec.inputs = {{u"alpha"_s, {JobInput::Kind::Literal, u"0.30"_s}},
                       {u"on"_s, {JobInput::Kind::Literal, u"true"_s}}};
        spec.environmentVariables = {{u"NUM"_s, u"007"_s}, {u"YES"_s, u"yes"_s}};
        spec.tags = {{u"1"_s, u"2.5"_s}};
        const QString yaml = QString::fromUtf8(JobYaml::write(spec, u"job-1"_s));
        QVERIFY2(yaml.startsWith(u"$schema: "_s + JobYaml::schemaUrl() + u"\ntype: command\n"_s),
                 qPrintable(yaml));
        QVERIFY2(yaml.contains(u"\nname: job-1\n"_s), qPrintable(yaml));
        QVERIFY2(yaml.contains(u"\ncode: "_s + path(u"src"_s) + u'\n'), qPrintable(yaml));
        QVERIFY2(yaml.contains(u"\ncompute: azureml:cpu-cluster\n"_s), qPrintable(yaml));
        QVERIFY2(yaml.contains(u"resources:\n  instance_count: 2\n"_s), qPrintable(yaml));
        QVERIFY2(
            yaml.contains(u"distribution:\n  type: pytorch\n  process_count_per_instance: 2\n"_s),
            qPrintable(yaml));
        QVERIFY2(yaml.contains(u"outputs:\n  model: {type: uri_folder}\n"_s), qPrintable(yaml));
        QVERIFY2(!yaml.contains(u"environment:"_s), qPrintable(yaml));
        // Inputs keep their YAML types; texts Azure ML reads as strings are quoted.
        QVERIFY2(yaml.contains(u"inputs:\n  alpha: 0.30\n  \"on\": true\n"_s), qPrintable(yaml));
        QVERIFY2(yaml.contains(u"environment_variables:\n  NUM: \"007\"\n  \"YES\": \"yes\"\n"_s),
                 qPrintable(yaml));
        QVERIFY2(yaml.contains(u"tags:\n  \"1\": \"2.5\"\n"_s), qPrintable(yaml));
    }

    void jsonRoundTrip_data() { roundTrip_data(); }

    void jsonRoundTrip()
    {
        QFETCH(RunSpec, spec);
        const QJsonObject json = spec.toJson();
        QCOMPARE(pretty(RunSpec::fromJson(json)), pretty(spec));
        QVERIFY(RunSpec::fromJson(json) == spec);
        // Through text, as the workspace keeps it.
        const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        QVERIFY(RunSpec::fromJson(reread) == spec);
        QVERIFY(EnvironmentSpec::fromJson(spec.environment.toJson()) == spec.environment);
    }

    void jsonDefaults()
    {
        QVERIFY(RunSpec::fromJson(QJsonObject()) == RunSpec());
        QVERIFY(EnvironmentSpec::fromJson(QJsonObject()) == EnvironmentSpec());
        RunSpec emptied;
        emptied.compute.clear();
        emptied.experimentName.clear();
        emptied.maxRunDurationSeconds = 0;
        QVERIFY(RunSpec::fromJson(emptied.toJson()) == emptied);
        QCOMPARE(RunSpec().toJson().value(u"compute"_s).toString(), u"local"_s);
        QVERIFY(!RunSpec().toJson().contains(u"max_run_duration_seconds"_s));
    }
};

QTEST_GUILESS_MAIN(TestJobYaml)
#include "tst_jobyaml.moc"
