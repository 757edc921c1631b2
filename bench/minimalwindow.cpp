// The baseline of the start-up benchmark: a minimal Qt window linking the same libraries
// as computestudio (studio_ui and everything it pulls in), exiting after its first paint.
#include "core/store/workspace.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

namespace {
class FirstPaint final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, [] {
                std::printf("first-paint\n");
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};
} // namespace

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
    window.installEventFilter(new FirstPaint(&window));
    window.show();
    return app.exec();
}
