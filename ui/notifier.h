#pragma once

#include <QObject>
#include <QString>

QT_BEGIN_NAMESPACE
class QSystemTrayIcon;
QT_END_NAMESPACE

namespace Studio::Ui {

/// Desktop notifications ("Run completed"). The default sends them to the desktop's
/// notification server (org.freedesktop.Notifications over D-Bus) and falls back to a tray
/// icon's message where there is none. Subclass it to observe notifications (tests).
class Notifier : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    enum class Urgency { Normal, Critical };

    explicit Notifier(QObject *parent = nullptr);
    ~Notifier() override;

    virtual void notify(const QString &title, const QString &body, Urgency urgency);

signals:
    /// A notification was handed on (to D-Bus or the tray); `via` is "dbus" or "tray".
    void sent(const QString &title, const QString &via);

private:
    void showInTray(const QString &title, const QString &body, Urgency urgency);

    QSystemTrayIcon *m_tray = nullptr; // Owned (child), made on first fallback.
};

} // namespace Studio::Ui
