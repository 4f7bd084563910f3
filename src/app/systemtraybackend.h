#pragma once

#include "traybackend.h"

#include <QIcon>

#include <memory>

class QMenu;
class QSystemTrayIcon;

namespace signalbox {

// The real tray: a QSystemTrayIcon whose icon carries the unread count as a badge.
class SystemTrayBackend : public TrayBackend
{
    Q_OBJECT

public:
    explicit SystemTrayBackend(QObject *parent = nullptr);
    ~SystemTrayBackend() override;

    static bool available();

    bool isAvailable() const override;
    void setVisible(bool visible) override;
    void setUnreadCount(int count, const QString &toolTip) override;
    void showBubble(const QString &title, const QString &body, signalbox::Id messageId) override;

    // The application icon with count painted over it as a badge (the plain icon for 0).
    static QIcon badgedIcon(const QIcon &base, int count);

    QSystemTrayIcon *trayIcon() const { return m_tray; }
    int unreadCount() const { return m_count; }
    Id lastBubbleMessageId() const { return m_lastBubble; }
    // Whether a point on the screen is on the tray icon (where a press is not a bubble click).
    bool isOnIcon(const QPoint &globalPos) const;

signals:
    // The menu's Quit was chosen; the application quits right after (queued).
    void quitRequested();

private:
    QSystemTrayIcon *m_tray = nullptr;
    std::unique_ptr<QMenu> m_menu; // a QWidget: it cannot have a QObject parent
    QIcon m_baseIcon;
    int m_count = 0;
    Id m_lastBubble = 0;
};

} // namespace signalbox
