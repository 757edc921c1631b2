#pragma once

#include <QObject>

namespace Studio::Ui {

/// Installed on a window: after the window's first paint, prints "first-paint" on stdout
/// and quits the application. The start-up benchmark (bench/) times that line.
class FirstPaintProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintProbe)

public:
    explicit FirstPaintProbe(QObject *window); // The window is also the parent.

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_done = false;
};

} // namespace Studio::Ui
