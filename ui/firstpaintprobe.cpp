#include "firstpaintprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <cstdio>

namespace Studio::Ui {

FirstPaintProbe::FirstPaintProbe(QObject *window)
    : QObject(window)
{
    window->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_done) {
        m_done = true;
        // After the paint event returns, so the frame is complete.
        QTimer::singleShot(0, QCoreApplication::instance(), [] {
            std::printf("first-paint\n");
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Studio::Ui
