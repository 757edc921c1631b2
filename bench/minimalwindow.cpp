// The baseline of the start-up benchmark: a minimal Qt window linking the same libraries
// as computestudio (studio_ui and everything it pulls in), exiting after its first paint.
#include "core/store/workspace.h"
#include "ui/firstpaintprobe.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // Referenced so the linker keeps the studio's libraries, as computestudio does.
    volatile auto keep = &Studio::Workspace::defaultPath;
    (void)keep;
    volatile auto keepUi = &Studio::Ui::MainWindow::pageIds;
    (void)keepUi;
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Minimal window")));
    window.resize(1200, 760);
    new Studio::Ui::FirstPaintProbe(&window); // Owned by the window.
    window.show();
    return app.exec();
}
