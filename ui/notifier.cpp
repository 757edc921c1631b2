#include "notifier.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QSystemTrayIcon>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace Studio::Ui {

namespace {

const QString notificationsService = u"org.freedesktop.Notifications"_s;

} // namespace

Notifier::Notifier(QObject *parent)
    : QObject(parent)
{}

Notifier::~Notifier() = default;

void Notifier::notify(const QString &title, const QString &body, Urgency urgency)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface()
        || !bus.interface()->isServiceRegistered(notificationsService).value()) {
        showInTray(title, body, urgency);
        return;
    }
    QDBusMessage call
        = QDBusMessage::createMethodCall(notificationsService, u"/org/freedesktop/Notifications"_s,
                                         notificationsService, u"Notify"_s);
    QVariantMap hints;
    hints.insert(u"urgency"_s, QVariant::fromValue(uchar(urgency == Urgency::Critical ? 2 : 1)));
    hints.insert(u"desktop-entry"_s, QApplication::desktopFileName());
    call << QApplication::applicationDisplayName() << uint(0) << u"computestudio"_s << title << body
         << QStringList() << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, watcher, title, body, urgency] {
                watcher->deleteLater();
                if (watcher->isError())
                    showInTray(title, body, urgency);
                else
                    emit sent(title, u"dbus"_s);
            });
}

void Notifier::showInTray(const QString &title, const QString &body, Urgency urgency)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
    }
    m_tray->show();
    m_tray->showMessage(title, body,
                        urgency == Urgency::Critical ? QSystemTrayIcon::Warning
                                                     : QSystemTrayIcon::Information);
    emit sent(title, u"tray"_s);
}

} // namespace Studio::Ui
