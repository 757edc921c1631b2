// Environments (issue 4): user-managed interpreters, curated presets, venvs built with pip,
// containers. Real interpreters and real pip: Debian's /usr/bin/python3 (with its numpy,
// sklearn, torch) and wheels this test builds itself, installed offline (--no-index).
#include "../support/testsupport.h"
#include "core/runs/environment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Studio;

namespace {

const QString debianPython = u"/usr/bin/python3"_s;

struct Ran
{
    int exitCode = -1;
    QString out;
    QString err;
};

Ran run(const QString &program, const QStringList &args,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
        const QString &workDir = {})
{
    QProcess p;
    p.setProcessEnvironment(environment);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(p.readAllStandardError()).trimmed()};
}

/// Runs `command` with /bin/sh the way the run engine does: pathPrepend first on PATH.
Ran runInEnvironment(const PreparedEnvironment &env, const QString &command)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(u"PATH"_s, env.pathPrepend.join(u':') + u':' + e.value(u"PATH"_s));
    return run(u"/bin/sh"_s, {u"-c"_s, command}, e);
}

bool writeFile(const QString &path, const QByteArray &content, bool executable = false)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        return false;
    f.close();
    if (executable)
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeGroup
                         | QFileDevice::ExeOther);
    return true;
}

/// Makes a pure-Python wheel of `mypkg` (VALUE = version) with Python's zipfile, the files
/// a wheel must hold and a RECORD with real hashes.
bool buildWheel(const QString &dir, const QString &version)
{
    const QString script = uR"PY(
import base64, hashlib, sys, zipfile
out, version = sys.argv[1], sys.argv[2]
info = 'mypkg-%s.dist-info' % version
files = {
    'mypkg/__init__.py': 'VALUE = %r\n' % version,
    info + '/METADATA': 'Metadata-Version: 2.1\nName: mypkg\nVersion: %s\n' % version,
    info + '/WHEEL': 'Wheel-Version: 1.0\nGenerator: tst_environment\nRoot-Is-Purelib: true\nTag: py3-none-any\n',
}
record = []
for name, text in files.items():
    data = text.encode()
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b'=').decode()
    record.append('%s,sha256=%s,%d' % (name, digest, len(data)))
record.append(info + '/RECORD,,')
files[info + '/RECORD'] = '\n'.join(record) + '\n'
with zipfile.ZipFile('%s/mypkg-%s-py3-none-any.whl' % (out, version), 'w') as z:
    for name, text in files.items():
        z.writestr(name, text)
)PY"_s;
    return run(debianPython, {u"-c"_s, script, dir, version}).exitCode == 0;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

struct Identity
{
    qint64 inode = -1;
    qint64 mtimeNs = -1;
    friend bool operator==(const Identity &, const Identity &) = default;
};

Identity identityOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return {static_cast<qint64>(st.st_ino),
            static_cast<qint64>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

} // namespace

class TestEnvironment : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void userManagedExplicitInterpreter();
    void userManagedMissing_data();
    void userManagedMissing();
    void systemPythonResolution();
    void findCurated_data();
    void findCurated();
    void curatedPicksInterpreterWithModules_data();
    void curatedPicksInterpreterWithModules();
    void curatedNoInterpreterHasModules();
    void unknownCuratedName();
    void systemManagedBuildsAndReuses();
    void systemManagedFailingPipLeavesNothing();
    void systemManagedCancel();
    void systemManagedConcurrentBuildsWait();
    void condaPipSection();
    void condaOnlyDependencies();
    void condaInvalid_data();
    void condaInvalid();
    void containerDockerWithoutDaemon();
    void containerNoEngine();
    void containerFakeEngine();

private:
    EnvironmentSpec venvSpec(const QString &requirements) const;
    QString makeScript(const QString &dir, const QString &name, const QByteArray &body) const;

    QTemporaryDir m_root;
    QString m_wheels;
    QByteArray m_path;
    std::optional<QByteArray> m_studioPython;
    std::unique_ptr<QTemporaryDir> m_envs; ///< a fresh environments folder per test
};

void TestEnvironment::initTestCase()
{
    Test::initTestEnvironment();
    QVERIFY(m_root.isValid());
    m_path = qgetenv("PATH");
    if (qEnvironmentVariableIsSet("STUDIO_PYTHON"))
        m_studioPython = qgetenv("STUDIO_PYTHON");
    if (!QFileInfo(debianPython).isExecutable())
        QSKIP("Debian's /usr/bin/python3 is missing (packaging/install-deps.sh installs it)");
    m_wheels = m_root.filePath(u"wheels"_s);
    QVERIFY(QDir().mkpath(m_wheels));
    QVERIFY(buildWheel(m_wheels, u"0.1"_s));
    QVERIFY(buildWheel(m_wheels, u"0.2"_s));
}

void TestEnvironment::init()
{
    qunsetenv("STUDIO_PYTHON");
    qputenv("PATH", m_path);
    m_envs = std::make_unique<QTemporaryDir>();
    QVERIFY(m_envs->isValid());
}

void TestEnvironment::cleanup()
{
    qputenv("PATH", m_path);
    if (m_studioPython)
        qputenv("STUDIO_PYTHON", *m_studioPython);
    else
        qunsetenv("STUDIO_PYTHON");
    m_envs.reset();
}

EnvironmentSpec TestEnvironment::venvSpec(const QString &requirements) const
{
    EnvironmentSpec spec;
    spec.kind = EnvironmentSpec::Kind::SystemManaged;
    spec.requirements = requirements;
    spec.pipOptions = {u"--no-index"_s, u"--find-links"_s, m_wheels};
    return spec;
}

QString TestEnvironment::makeScript(const QString &dir, const QString &name,
                                    const QByteArray &body) const
{
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name);
    if (!writeFile(path, "#!/bin/sh\n" + body + '\n', true))
        return {};
    return path;
}

void TestEnvironment::userManagedExplicitInterpreter()
{
    EnvironmentSpec spec;
    spec.interpreter = debianPython;
    const EnvironmentManager manager(m_envs->path());
    const auto prepared = manager.prepare(spec);
    QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().fullText()));
    QCOMPARE(prepared->python, debianPython);
    QVERIFY(prepared->commandPrefix.isEmpty());
    QVERIFY(!prepared->reused);
    const QString version
        = run(debianPython, {u"-c"_s, u"import platform; print(platform.python_version())"_s}).out;
    QCOMPARE(prepared->description, u"user-managed: /usr/bin/python3 (Python %1)"_s.arg(version));

    // `python` and `python3` in a run's command are this interpreter, whatever PATH holds.
    QVERIFY(!prepared->pathPrepend.isEmpty());
    QVERIFY(prepared->pathPrepend.first().startsWith(m_envs->path()));
    for (const QString &name : {u"python"_s, u"python3"_s}) {
        const Ran r = runInEnvironment(*prepared,
                                       name + u" -c 'import numpy, sys; print(sys.executable)'"_s);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, debianPython);
    }
    const Ran argv
        = runInEnvironment(*prepared, u"python -c 'import sys; print(sys.argv[1:])' a 'b c'"_s);
    QCOMPARE(argv.out, u"['a', 'b c']"_s);

    // A command name is looked up on PATH.
    spec.interpreter = u"python3"_s;
    qputenv("PATH", "/usr/bin:/bin");
    const auto byName = manager.prepare(spec);
    QVERIFY2(byName, qPrintable(byName ? QString() : byName.error().fullText()));
    QCOMPARE(byName->python, u"/usr/bin/python3"_s);
}

void TestEnvironment::userManagedMissing_data()
{
    QTest::addColumn<QString>("interpreter");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no such file") << u"/nonexistent/bin/python3"_s << u"does not exist"_s;
    QTest::newRow("not on PATH") << u"python-that-does-not-exist-42"_s << u"is not on PATH"_s;
    QTest::newRow("not executable") << u"@plain"_s << u"is not an executable file"_s;
    QTest::newRow("does not run") << u"@failing"_s << u"does not run: broken interpreter"_s;
}

void TestEnvironment::userManagedMissing()
{
    QFETCH(QString, interpreter);
    QFETCH(QString, expected);
    if (interpreter == u"@plain"_s) {
        interpreter = m_envs->filePath(u"plain-python"_s);
        QVERIFY(writeFile(interpreter, "not a program\n"));
    } else if (interpreter == u"@failing"_s) {
        interpreter = makeScript(m_envs->filePath(u"bin"_s), u"python3"_s,
                                 "echo 'broken interpreter' >&2; exit 3");
    }
    EnvironmentSpec spec;
    spec.interpreter = interpreter;
    const auto prepared = EnvironmentManager(m_envs->path()).prepare(spec);
    QVERIFY(!prepared);
    QVERIFY2(prepared.error().message.contains(expected), qPrintable(prepared.error().message));
    QVERIFY2(prepared.error().message.contains(interpreter), qPrintable(prepared.error().message));
}

void TestEnvironment::systemPythonResolution()
{
    // STUDIO_PYTHON first, whatever PATH holds.
    qputenv("STUDIO_PYTHON", debianPython.toUtf8());
    QCOMPARE(EnvironmentManager::systemPython().value(), debianPython);
    EnvironmentSpec systemSpec; // user-managed, no interpreter: the system Python
    const auto prepared = EnvironmentManager(m_envs->path()).prepare(systemSpec);
    QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().fullText()));
    QCOMPARE(prepared->python, debianPython);

    const QString own
        = makeScript(m_envs->filePath(u"own"_s), u"mypython"_s, "exec /usr/bin/python3 \"$@\"");
    qputenv("STUDIO_PYTHON", own.toUtf8());
    QCOMPARE(EnvironmentManager::systemPython().value(), own);

    qputenv("STUDIO_PYTHON", "/nonexistent/python");
    const auto wrong = EnvironmentManager::systemPython();
    QVERIFY(!wrong);
    QVERIFY2(wrong.error().message.contains(u"/nonexistent/python"_s),
             qPrintable(wrong.error().message));

    // Without it: python3 on PATH, then python.
    qunsetenv("STUDIO_PYTHON");
    const QString first = m_envs->filePath(u"first"_s);
    const QString second = m_envs->filePath(u"second"_s);
    const QString onlyPython = makeScript(first, u"python"_s, "exit 0");
    const QString python3 = makeScript(second, u"python3"_s, "exit 0");
    qputenv("PATH", QString(first + u':' + second).toUtf8());
    QCOMPARE(EnvironmentManager::systemPython().value(), python3);
    qputenv("PATH", first.toUtf8());
    QCOMPARE(EnvironmentManager::systemPython().value(), onlyPython);
    qputenv("PATH", m_envs->filePath(u"nothing-here"_s).toUtf8());
    const auto none = EnvironmentManager::systemPython();
    QVERIFY(!none);
    QVERIFY2(none.error().message.contains(u"STUDIO_PYTHON"_s), qPrintable(none.error().message));
}

void TestEnvironment::findCurated_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected"); // empty: not found
    const QString sklearn = u"AzureML-sklearn-1.5"_s;
    QTest::newRow("@latest") << u"azureml:AzureML-sklearn-1.5@latest"_s << sklearn;
    QTest::newRow(":version") << u"azureml:AzureML-sklearn-1.5:3"_s << sklearn;
    QTest::newRow("bare") << u"AzureML-sklearn-1.5"_s << sklearn;
    QTest::newRow("case") << u"azureml:azureml-SKLEARN-1.5@latest"_s << sklearn;
    QTest::newRow("acpt") << u"azureml:AzureML-ACPT-pytorch-1.13-py38-cuda11.7-gpu:10"_s
                          << u"AzureML-ACPT-pytorch-1.13-py38-cuda11.7-gpu"_s;
    QTest::newRow("unknown") << u"azureml:AzureML-sklearn-9.9@latest"_s << QString();
    QTest::newRow("prefix of a name") << u"azureml:AzureML-sklearn@latest"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only the scheme") << u"azureml:"_s << QString();
}

void TestEnvironment::findCurated()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const auto found = EnvironmentManager::findCurated(name);
    QCOMPARE(found ? found->name : QString(), expected);
}

void TestEnvironment::curatedPicksInterpreterWithModules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("needsModules"); // false: the first candidate is good enough
    QTest::newRow("sklearn") << u"azureml:AzureML-sklearn-1.0-ubuntu20.04-py38-cpu@latest"_s
                             << true;
    QTest::newRow("pytorch") << u"azureml:AzureML-ACPT-pytorch-1.13-py38-cuda11.7-gpu@latest"_s
                             << true;
    QTest::newRow("minimal") << u"azureml:AzureML-minimal-ubuntu18.04-py37-cpu-inference@latest"_s
                             << false;
}

void TestEnvironment::curatedPicksInterpreterWithModules()
{
    QFETCH(QString, name);
    QFETCH(bool, needsModules);
    const auto preset = EnvironmentManager::findCurated(name);
    QVERIFY(preset);
    QCOMPARE(preset->modules.isEmpty(), !needsModules);
    if (!preset->modules.isEmpty()
        && run(debianPython, {u"-c"_s, u"import "_s + preset->modules.join(u", "_s)}).exitCode != 0)
        QSKIP("Debian's python3 lacks the preset's modules (packaging/install-deps.sh installs "
              "them)");

    // PATH's first python3 is a real interpreter without Debian's packages (site disabled).
    const QString fakeDir = m_envs->filePath(u"first-on-path"_s);
    const QString bare = makeScript(fakeDir, u"python3"_s, "exec /usr/bin/python3 -S \"$@\"");
    QVERIFY(run(bare, {u"-c"_s, u"import numpy"_s}).exitCode != 0);
    qputenv("PATH", QString(fakeDir + u":/usr/bin:/bin"_s).toUtf8());
    QCOMPARE(EnvironmentManager::candidateInterpreters().value(0), bare);

    EnvironmentSpec spec;
    spec.name = name;
    QStringList log;
    const auto prepared
        = EnvironmentManager(m_envs->path()).prepare(spec, [&log](const QString &l) {
              log.append(l);
          });
    QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().fullText()));
    const QString expected = needsModules ? u"/usr/bin/python3"_s : bare;
    QCOMPARE(prepared->python, expected);
    QVERIFY2(prepared->description.contains(preset->name), qPrintable(prepared->description));
    if (needsModules) {
        QVERIFY2(log.join(u'\n').contains(bare + u" lacks "_s), qPrintable(log.join(u'\n')));
    }
    // The command's `python` imports what the preset promises.
    const QString imports = preset->modules.isEmpty() ? u"json"_s : preset->modules.join(u", "_s);
    const Ran r = runInEnvironment(*prepared, u"python -c 'import "_s + imports + u"'"_s);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    // STUDIO_PYTHON is tried first, and skipped as well when it lacks the modules.
    if (needsModules) {
        qputenv("STUDIO_PYTHON", bare.toUtf8());
        qputenv("PATH", "/usr/bin:/bin");
        QCOMPARE(EnvironmentManager::candidateInterpreters().value(0), bare);
        const auto again = EnvironmentManager(m_envs->path()).prepare(spec);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().fullText()));
        QCOMPARE(again->python, u"/usr/bin/python3"_s);
    }
}

void TestEnvironment::curatedNoInterpreterHasModules()
{
    const QString fakeDir = m_envs->filePath(u"only"_s);
    const QString bare = makeScript(fakeDir, u"python3"_s, "exec /usr/bin/python3 -S \"$@\"");
    const QString broken = makeScript(fakeDir, u"python3.99"_s, "exit 7");
    qputenv("PATH", fakeDir.toUtf8());
    QCOMPARE(EnvironmentManager::candidateInterpreters(), (QStringList{bare, broken}));
    EnvironmentSpec spec;
    spec.name = u"azureml:AzureML-sklearn-1.5@latest"_s;
    const auto prepared = EnvironmentManager(m_envs->path()).prepare(spec);
    QVERIFY(!prepared);
    const QString message = prepared.error().message;
    for (const QString &part : QStringList{
             u"AzureML-sklearn-1.5"_s, u"sklearn, numpy, scipy, joblib"_s, bare + u" (Python "_s,
             u"lacks sklearn, numpy, scipy, joblib"_s, broken + u" (does not run)"_s,
             u"sudo apt install python3-sklearn python3-numpy python3-scipy python3-joblib"_s}) {
        QVERIFY2(message.contains(part), qPrintable(u"missing «"_s + part + u"» in: "_s + message));
    }
}

void TestEnvironment::unknownCuratedName()
{
    EnvironmentSpec spec;
    spec.name = u"azureml:AzureML-does-not-exist@latest"_s;
    const auto prepared = EnvironmentManager(m_envs->path()).prepare(spec);
    QVERIFY(!prepared);
    const QString message = prepared.error().message;
    QVERIFY2(message.contains(spec.name), qPrintable(message));
    const QList<CuratedEnvironment> all = EnvironmentManager::curated();
    QVERIFY(all.size() >= 3);
    for (const CuratedEnvironment &c : all) {
        QVERIFY2(message.contains(c.name), qPrintable(message));
        QVERIFY(!c.description.isEmpty());
    }
}

void TestEnvironment::systemManagedBuildsAndReuses()
{
    qputenv("STUDIO_PYTHON", debianPython.toUtf8());
    const EnvironmentManager manager(m_envs->path());
    QStringList log;
    auto collect = [&log](const QString &l) { log.append(l); };

    const auto built = manager.prepare(venvSpec(u"mypkg==0.1\n"_s), collect);
    QVERIFY2(built, qPrintable(built ? QString() : built.error().fullText()));
    QVERIFY(!built->reused);
    QVERIFY2(built->python.startsWith(m_envs->path() + u'/'), qPrintable(built->python));
    QVERIFY(built->python.endsWith(u"/bin/python"_s));
    const QString envDir = QFileInfo(built->python).absoluteDir().absolutePath().chopped(4);
    QCOMPARE(built->pathPrepend, QStringList{envDir + u"/bin"_s});
    QVERIFY2(log.join(u'\n').contains(u"Successfully installed mypkg-0.1"_s),
             qPrintable(log.join(u'\n')));
    const Ran imported
        = runInEnvironment(*built, u"python -c 'import mypkg; print(mypkg.VALUE)'"_s);
    QCOMPARE(imported.out, u"0.1"_s);
    // Isolated: Debian's packages are not in the venv.
    QVERIFY(runInEnvironment(*built, u"python -c 'import numpy'"_s).exitCode != 0);

    // The same spec again, spelled differently (comments, blank lines): reused, not rebuilt.
    const Identity dirBefore = identityOf(envDir);
    const Identity markerBefore = identityOf(envDir + u"/studio-environment.json"_s);
    const Identity pythonBefore = identityOf(envDir + u"/lib"_s);
    QVERIFY(markerBefore.inode >= 0);
    log.clear();
    const auto reused
        = manager.prepare(venvSpec(u"# what the job needs\n\n  mypkg==0.1  \n"_s), collect);
    QVERIFY2(reused, qPrintable(reused ? QString() : reused.error().fullText()));
    QVERIFY(reused->reused);
    QCOMPARE(reused->python, built->python);
    QVERIFY2(reused->description.contains(u"reused"_s), qPrintable(reused->description));
    QCOMPARE(identityOf(envDir), dirBefore);
    QCOMPARE(identityOf(envDir + u"/studio-environment.json"_s), markerBefore);
    QCOMPARE(identityOf(envDir + u"/lib"_s), pythonBefore);
    QVERIFY2(!log.join(u'\n').contains(u"pip install"_s), qPrintable(log.join(u'\n')));

    // Other requirements: another environment; the first one stays.
    const auto other = manager.prepare(venvSpec(u"mypkg==0.2\n"_s), collect);
    QVERIFY2(other, qPrintable(other ? QString() : other.error().fullText()));
    QVERIFY(!other->reused);
    QVERIFY(other->python != built->python);
    QCOMPARE(runInEnvironment(*other, u"python -c 'import mypkg; print(mypkg.VALUE)'"_s).out,
             u"0.2"_s);
    QCOMPARE(runInEnvironment(*built, u"python -c 'import mypkg; print(mypkg.VALUE)'"_s).out,
             u"0.1"_s);

    // Other pip options are another environment too.
    EnvironmentSpec withOption = venvSpec(u"mypkg==0.1\n"_s);
    withOption.pipOptions.append(u"--no-compile"_s);
    const auto third = manager.prepare(withOption);
    QVERIFY2(third, qPrintable(third ? QString() : third.error().fullText()));
    QVERIFY(!third->reused);
    QVERIFY(third->python != built->python);
}

void TestEnvironment::systemManagedFailingPipLeavesNothing()
{
    qputenv("STUDIO_PYTHON", debianPython.toUtf8());
    const EnvironmentManager manager(m_envs->path());
    const QStringList before = entries(m_envs->path());
    QStringList log;
    const auto failed = manager.prepare(venvSpec(u"definitely-not-a-package-xyz==1.0\n"_s),
                                        [&log](const QString &l) { log.append(l); });
    QVERIFY(!failed);
    const QString message = failed.error().message;
    QVERIFY2(message.contains(u"pip install"_s), qPrintable(message));
    QVERIFY2(message.contains(u"definitely-not-a-package-xyz"_s), qPrintable(message));
    QVERIFY2(log.join(u'\n').contains(u"definitely-not-a-package-xyz"_s),
             qPrintable(log.join(u'\n')));
    QCOMPARE(entries(m_envs->path()), before);

    // The failure is not remembered: a good spec builds right after.
    const auto good = manager.prepare(venvSpec(u"mypkg\n"_s));
    QVERIFY2(good, qPrintable(good ? QString() : good.error().fullText()));
}

void TestEnvironment::systemManagedCancel()
{
    qputenv("STUDIO_PYTHON", debianPython.toUtf8());
    const EnvironmentManager manager(m_envs->path());
    const QStringList before = entries(m_envs->path());
    // Cancel as soon as the build has started its first process.
    std::atomic_bool cancel = false;
    const auto canceled = manager.prepare(
        venvSpec(u"mypkg==0.1\n"_s),
        [&cancel](const QString &l) {
            if (l.startsWith(u"$ "_s))
                cancel = true;
        },
        [&cancel] { return cancel.load(); });
    QVERIFY(cancel);
    QVERIFY(!canceled);
    QVERIFY2(canceled.error().message.contains(u"Canceled"_s),
             qPrintable(canceled.error().message));
    QCOMPARE(entries(m_envs->path()), before);
}

void TestEnvironment::systemManagedConcurrentBuildsWait()
{
    qputenv("STUDIO_PYTHON", debianPython.toUtf8());
    const EnvironmentManager manager(m_envs->path());
    const EnvironmentSpec spec = venvSpec(u"mypkg==0.1\n"_s);
    std::optional<Result<PreparedEnvironment>> a, b;
    QStringList logA, logB;
    std::thread first(
        [&] { a = manager.prepare(spec, [&logA](const QString &l) { logA.append(l); }); });
    std::thread second(
        [&] { b = manager.prepare(spec, [&logB](const QString &l) { logB.append(l); }); });
    first.join();
    second.join();
    QVERIFY2(*a, qPrintable(*a ? QString() : a->error().fullText()));
    QVERIFY2(*b, qPrintable(*b ? QString() : b->error().fullText()));
    QCOMPARE((*a)->python, (*b)->python);
    // Exactly one built it; the other waited and reused it.
    QCOMPARE(int((*a)->reused) + int((*b)->reused), 1);
    const QString all = logA.join(u'\n') + u'\n' + logB.join(u'\n');
    QCOMPARE(all.count(u"Successfully installed mypkg-0.1"_s), 1);
}

void TestEnvironment::condaPipSection()
{
    qputenv("STUDIO_PYTHON", debianPython.toUtf8());
    const QString majorMinor
        = run(debianPython, {u"-c"_s, u"import sys; print('%d.%d' % sys.version_info[:2])"_s}).out;
    EnvironmentSpec spec;
    spec.kind = EnvironmentSpec::Kind::SystemManaged;
    spec.conda = uR"(name: project_environment
channels:
  - conda-forge
dependencies:
  - python=%1
  - pip
  - pip:
    - mypkg==0.2
)"_s.arg(majorMinor);
    spec.pipOptions = {u"--no-index"_s, u"--find-links"_s, m_wheels};
    QStringList log;
    const auto prepared
        = EnvironmentManager(m_envs->path()).prepare(spec, [&log](const QString &l) {
              log.append(l);
          });
    QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().fullText()));
    QCOMPARE(runInEnvironment(*prepared, u"python -c 'import mypkg; print(mypkg.VALUE)'"_s).out,
             u"0.2"_s);
    QCOMPARE(runInEnvironment(*prepared,
                              u"python -c 'import sys; print(\"%d.%d\" % sys.version_info[:2])'"_s)
                 .out,
             majorMinor);
    // The pinned Python is there: no note about another one.
    QVERIFY2(!log.join(u'\n').contains(u"asks for Python"_s), qPrintable(log.join(u'\n')));
}

void TestEnvironment::condaOnlyDependencies()
{
    qputenv("STUDIO_PYTHON", debianPython.toUtf8());
    EnvironmentSpec spec;
    spec.kind = EnvironmentSpec::Kind::SystemManaged;
    spec.conda = uR"(dependencies:
  - python=3.11
  - numpy=1.24
  - scikit-learn
  - pip:
    - mypkg
)"_s;
    spec.pipOptions = {u"--no-index"_s, u"--find-links"_s, m_wheels};
    const QStringList before = entries(m_envs->path());

    // No conda on PATH.
    const QString empty = m_envs->filePath(u"no-conda"_s);
    QVERIFY(QDir().mkpath(empty));
    qputenv("PATH", empty.toUtf8());
    auto prepared = EnvironmentManager(m_envs->path()).prepare(spec);
    QVERIFY(!prepared);
    QString message = prepared.error().message;
    QVERIFY2(message.contains(u"conda packages (numpy=1.24, scikit-learn)"_s), qPrintable(message));
    QVERIFY2(message.contains(u"conda is not installed"_s), qPrintable(message));

    // A conda on PATH: named, and still refused (only the pip section is built).
    const QString condaDir = m_envs->filePath(u"with-conda"_s);
    const QString conda = makeScript(condaDir, u"conda"_s, "exit 0");
    qputenv("PATH", condaDir.toUtf8());
    prepared = EnvironmentManager(m_envs->path()).prepare(spec);
    QVERIFY(!prepared);
    message = prepared.error().message;
    QVERIFY2(message.contains(conda), qPrintable(message));
    QVERIFY2(message.contains(u"pip:"_s), qPrintable(message));
    QDir(condaDir).removeRecursively();
    QDir(empty).removeRecursively();
    QCOMPARE(entries(m_envs->path()), before);
}

void TestEnvironment::condaInvalid_data()
{
    QTest::addColumn<QString>("conda");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not yaml") << u"dependencies: [unclosed"_s << u"not valid YAML"_s;
    QTest::newRow("not a map") << u"- numpy"_s << u"no `dependencies:`"_s;
    QTest::newRow("dependencies not a list") << u"dependencies: 5"_s << u"is not a list"_s;
    QTest::newRow("pip not a list")
        << u"dependencies:\n  - pip: mypkg"_s << u"`pip:` is not a list"_s;
    QTest::newRow("odd entry") << u"dependencies:\n  - {other: 1}"_s << u"neither a package"_s;
}

void TestEnvironment::condaInvalid()
{
    QFETCH(QString, conda);
    QFETCH(QString, expected);
    EnvironmentSpec spec;
    spec.kind = EnvironmentSpec::Kind::SystemManaged;
    spec.conda = conda;
    const auto prepared = EnvironmentManager(m_envs->path()).prepare(spec);
    QVERIFY(!prepared);
    QVERIFY2(prepared.error().message.contains(expected), qPrintable(prepared.error().message));
}

void TestEnvironment::containerDockerWithoutDaemon()
{
    const QString docker = QStandardPaths::findExecutable(u"docker"_s);
    if (docker.isEmpty())
        QSKIP("no docker client on PATH: the daemon-less case cannot be shown here");
    const Ran info = run(docker, {u"info"_s});
    if (info.exitCode == 0)
        QSKIP("docker's daemon runs here: the daemon-less case cannot be shown");
    if (const QString podman = QStandardPaths::findExecutable(u"podman"_s);
        !podman.isEmpty() && run(podman, {u"info"_s}).exitCode == 0)
        QSKIP("podman works here: the environment would use it");

    EnvironmentSpec spec;
    spec.kind = EnvironmentSpec::Kind::Container;
    spec.image = u"mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest"_s;
    const auto prepared = EnvironmentManager(m_envs->path()).prepare(spec);
    QVERIFY(!prepared);
    const QString message = prepared.error().message;
    QVERIFY2(message.contains(spec.image), qPrintable(message));
    QVERIFY2(message.contains(u"needs a container engine"_s), qPrintable(message));
    QVERIFY2(message.contains(u"docker is installed but its daemon is not running: "_s
                              + info.err.section(u'\n', 0, 0).trimmed()),
             qPrintable(message + u"\n--- docker info said: "_s + info.err));
}

void TestEnvironment::containerNoEngine()
{
    const QString empty = m_envs->filePath(u"empty-path"_s);
    QVERIFY(QDir().mkpath(empty));
    qputenv("PATH", empty.toUtf8());
    EnvironmentSpec spec;
    spec.kind = EnvironmentSpec::Kind::Container;
    spec.image = u"python:3.11-slim"_s;
    const auto prepared = EnvironmentManager(m_envs->path()).prepare(spec);
    QVERIFY(!prepared);
    QCOMPARE(prepared.error().message,
             u"The environment's image python:3.11-slim needs a container engine (docker or "
             "podman); none is installed on this compute."_s);
}

void TestEnvironment::containerFakeEngine()
{
    // A stand-in docker: answers `info`, has no image (so it is pulled), and prints what
    // `run` gets, one argument per line. It checks how the studio drives an engine; a real
    // container cannot run on this machine (no daemon).
    const QString bin = m_envs->filePath(u"engine-bin"_s);
    const QString docker = makeScript(bin, u"docker"_s, R"(case "$1" in
  info) echo "Server Version: fake"; exit 0 ;;
  image) exit 1 ;;
  pull) echo "pulled $2"; exit 0 ;;
  run) shift; for a in "$@"; do printf '%s\n' "$a"; done; exit 0 ;;
esac
exit 2)");
    qputenv("PATH", QString(bin + u":/usr/bin:/bin"_s).toUtf8());
    EnvironmentSpec spec;
    spec.kind = EnvironmentSpec::Kind::Container;
    spec.image = u"mcr.microsoft.com/azureml/minimal-ubuntu22.04-py39-cpu-inference:latest"_s;
    QStringList log;
    const auto prepared
        = EnvironmentManager(m_envs->path()).prepare(spec, [&log](const QString &l) {
              log.append(l);
          });
    QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().fullText()));
    QCOMPARE(prepared->containerEngine, docker);
    QCOMPARE(prepared->image, spec.image);
    QVERIFY(prepared->python.isEmpty());
    QVERIFY2(log.contains(u"pulled "_s + spec.image), qPrintable(log.join(u'\n')));

    // As the run engine starts it: PREFIX /bin/sh -c COMMAND, in the run's working folder.
    const QString work = m_envs->filePath(u"run/wd"_s);
    QVERIFY(QDir().mkpath(work));
    const QString inputFile = m_envs->filePath(u"input.csv"_s);
    QVERIFY(writeFile(inputFile, "a,b\n"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MLFLOW_RUN_ID"_s, u"run-1"_s);
    env.insert(u"AZUREML_RUN_ID"_s, u"run-1"_s);
    env.insert(u"AZURE_ML_INPUT_data"_s, inputFile);
    env.insert(u"RANK"_s, u"0"_s);
    env.insert(u"ALPHA"_s, u"0.5"_s);
    env.insert(u"NOT_FORWARDED"_s, u"x"_s);
    // Names that are not variable names are left out (and do not break the wrapper).
    env.insert(u"STUDIO_CONTAINER_ENV"_s, u"ALPHA AZURE_ML_INPUT_bad-name 9LIVES"_s);
    const QStringList prefix = prepared->commandPrefix;
    QVERIFY(!prefix.isEmpty());
    const Ran r = run(
        prefix.first(),
        prefix.mid(1) + QStringList{u"/bin/sh"_s, u"-c"_s, u"python train.py 'x y'"_s}, env, work);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList args = r.out.split(u'\n');
    const QString canonicalWork = QFileInfo(work).canonicalFilePath();
    QCOMPARE(args.mid(0, 7),
             (QStringList{u"--rm"_s, u"--network"_s, u"host"_s, u"-v"_s,
                          canonicalWork + u':' + canonicalWork, u"-w"_s, canonicalWork}));
    QCOMPARE(args.mid(args.size() - 4),
             (QStringList{spec.image, u"/bin/sh"_s, u"-c"_s, u"python train.py 'x y'"_s}));
    const QString joined = args.join(u' ');
    for (const QString &forwarded : QStringList{
             u"-e MLFLOW_RUN_ID"_s, u"-e AZUREML_RUN_ID"_s, u"-e AZURE_ML_INPUT_data"_s,
             u"-e RANK"_s, u"-e ALPHA"_s, u"-v "_s + inputFile + u':' + inputFile + u":ro"_s}) {
        QVERIFY2(joined.contains(forwarded), qPrintable(forwarded + u" not in: "_s + joined));
    }
    QVERIFY2(!joined.contains(u"NOT_FORWARDED"_s), qPrintable(joined));
    QVERIFY2(!joined.contains(u"bad-name"_s) && !joined.contains(u"9LIVES"_s), qPrintable(joined));
    QVERIFY2(!joined.contains(u"-e PATH"_s), qPrintable(joined));
    QVERIFY2(joined.contains(u"--user "_s), qPrintable(joined));

    // The explicit form says the same.
    const QStringList explicitCommand
        = EnvironmentManager::containerCommand(docker, spec.image, canonicalWork, {u"ALPHA"_s});
    QCOMPARE(explicitCommand.mid(0, 9),
             (QStringList{docker, u"run"_s, u"--rm"_s, u"--network"_s, u"host"_s, u"-v"_s,
                          canonicalWork + u':' + canonicalWork, u"-w"_s, canonicalWork}));
    QCOMPARE(explicitCommand.last(), spec.image);

    // An engine that does not answer: the run fails before it starts, saying why.
    makeScript(bin, u"docker"_s,
               "echo 'Cannot connect to the Docker daemon at unix:///x.sock.' >&2; exit 1");
    const auto down = EnvironmentManager(m_envs->path()).prepare(spec);
    QVERIFY(!down);
    QVERIFY2(down.error().message.contains(
                 u"docker is installed but its daemon is not running: Cannot connect to the "
                 "Docker daemon at unix:///x.sock."_s),
             qPrintable(down.error().message));
}

QTEST_GUILESS_MAIN(TestEnvironment)
#include "tst_environment.moc"
