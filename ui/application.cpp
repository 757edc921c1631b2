#include "application.h"

#include "core/runs/runs.h"
#include "core/store/workspace.h"
#include "core/util/translations.h"
#include "firstpaintprobe.h"
#include "mainwindow.h"
#include "settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Studio::Ui {

namespace {

bool hasArgument(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0
            || (std::strncmp(argv[i], name, std::strlen(name)) == 0
                && argv[i][std::strlen(name)] == '='))
            return true;
    }
    return false;
}

} // namespace

int runStudio(int argc, char **argv)
{
    // A screenshot needs no display: fall back to the offscreen platform when there is none.
    if (hasArgument(argc, argv, "--screenshot") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(u"computestudio"_s);
    QApplication::setApplicationDisplayName(u"Compute Studio"_s);
    QApplication::setApplicationVersion(QStringLiteral(STUDIO_VERSION));
    QApplication::setDesktopFileName(u"computestudio"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/computestudio.svg"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Compute Studio: machine-learning compute on your desktop."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(
        u"workspace"_s, QApplication::translate("main", "Open the workspace in <dir>."), u"dir"_s);
    const QCommandLineOption pageOption(u"page"_s,
                                        QApplication::translate("main", "Start on <page>: %1.")
                                            .arg(MainWindow::pageIds().join(u", "_s)),
                                        u"page"_s);
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        QApplication::translate("main",
                                "Render the page once its data is loaded, write it to <file> "
                                "(PNG) and exit."),
        u"file"_s);
    const QCommandLineOption langOption(u"lang"_s,
                                        QApplication::translate("main",
                                                                "User interface language: en or ko "
                                                                "(default: the system's)."),
                                        u"lang"_s);
    QCommandLineOption firstPaintOption(u"exit-after-first-paint"_s,
                                        u"Exit after the first paint (start-up benchmark)."_s);
    firstPaintOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions(
        {workspaceOption, pageOption, screenshotOption, langOption, firstPaintOption});
    parser.process(app);

    if (parser.isSet(langOption) && !availableLanguages().contains(parser.value(langOption))) {
        // No translation is loaded yet: this one message stays in English.
        std::fprintf(stderr, "computestudio: unknown language '%s' (available: %s)\n",
                     qPrintable(parser.value(langOption)),
                     qPrintable(availableLanguages().join(u", "_s)));
        return 2;
    }
    installTranslations(app, parser.value(langOption));

    if (parser.isSet(pageOption) && !MainWindow::isPageId(parser.value(pageOption))) {
        std::fprintf(
            stderr, "computestudio: %s\n",
            qPrintable(QApplication::translate("main", "unknown page '%1' (pages: %2)")
                           .arg(parser.value(pageOption), MainWindow::pageIds().join(u", "_s))));
        return 2;
    }

    QSettings settings(settingsFilePath(), QSettings::IniFormat);
    QString workspaceDir = parser.value(workspaceOption);
    if (workspaceDir.isEmpty()) {
        const QString last = settings.value(u"workspace/last"_s).toString();
        workspaceDir
            = !last.isEmpty() && QFileInfo::exists(last + u'/' + Workspace::databaseFileName())
                  ? last
                  : Workspace::defaultPath();
    }
    auto workspace = Workspace::open(workspaceDir);
    if (!workspace) {
        const QString text = workspace.error().fullText();
        std::fprintf(stderr, "computestudio: %s\n", qPrintable(text));
        if (!parser.isSet(screenshotOption) && !parser.isSet(firstPaintOption)) {
            // Nothing else is on screen yet, so a modal box is all there is to wait for.
            QMessageBox box(QMessageBox::Critical,
                            QApplication::translate("main", "Compute Studio"), text);
            box.exec();
        }
        return 1;
    }
    settings.setValue(u"workspace/last"_s, workspace.value()->path());
    if (!parser.isSet(screenshotOption) && !parser.isSet(firstPaintOption)) {
        // Local runs left without an agent (it was killed, or the machine restarted) are
        // reattached or finalised by a new one; on the pool, so the window does not wait.
        const QString path = workspace.value()->path();
        workspace.value()->threadPool()->start([path] { RunEngine(path).reviveAgentIfNeeded(); });
    }

    MainWindow window(std::move(workspace.value()));
    if (parser.isSet(pageOption))
        window.setCurrentPage(parser.value(pageOption));

    if (parser.isSet(firstPaintOption))
        new FirstPaintProbe(&window); // Owned by the window.
    int exitCode = 0;
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        auto shoot = [&window, &exitCode, file] {
            // Let the layout settle, then grab what a person would see.
            QTimer::singleShot(50, &window, [&window, &exitCode, file] {
                const QPixmap pixmap = window.grab();
                if (pixmap.isNull() || !pixmap.save(file, "PNG")) {
                    std::fprintf(stderr, "computestudio: %s\n",
                                 qPrintable(QApplication::translate(
                                                "main", "could not write the screenshot %1")
                                                .arg(file)));
                    exitCode = 3;
                }
                QCoreApplication::exit(exitCode);
            });
        };
        if (window.isCurrentPageReady())
            shoot();
        else
            QObject::connect(&window, &MainWindow::currentPageReady, &window, shoot,
                             Qt::SingleShotConnection);
    }
    window.show();
    const int rc = app.exec();
    return exitCode ? exitCode : rc;
}

} // namespace Studio::Ui
