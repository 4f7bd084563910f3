#include "systemtraybackend.h"

#include <QAction>
#include <QCoreApplication>
#include <QCursor>
#include <QFont>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>

namespace signalbox {

namespace {
const int BadgeSizes[] = {16, 22, 24, 32, 48, 64, 128, 256};
} // namespace

SystemTrayBackend::SystemTrayBackend(QObject *parent)
    : TrayBackend(parent)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(std::make_unique<QMenu>())
    , m_baseIcon(QStringLiteral(":/icons/signalbox.svg"))
{
    m_tray->setIcon(m_baseIcon);
    m_tray->setToolTip(tr("Signalbox"));

    m_menu->setObjectName(QStringLiteral("trayMenu"));
    //: Tray icon menu: bring the main window to the front
    QAction *show = m_menu->addAction(tr("&Show Signalbox"));
    show->setObjectName(QStringLiteral("trayShowAction"));
    m_menu->addSeparator();
    //: Tray icon menu: quit the application
    QAction *quit = m_menu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("trayQuitAction"));
    connect(show, &QAction::triggered, this, &TrayBackend::activated);
    // The menu's Quit quits, whatever the windows do: the window closes itself through
    // quitRequested, and one that is hidden in the tray (which QApplication::closeAllWindows
    // passes over, as it is not visible) goes when the event loop ends. Found by the
    // end-to-end suite: before, Quit from the tray left the process running.
    connect(quit, &QAction::triggered, this, [this] {
        emit quitRequested();
        QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    });
    m_tray->setContextMenu(m_menu.get());

    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    emit activated();
            });
    // QSystemTrayIcon does not say which bubble was clicked: only the last one can be. Qt's
    // X11 tray also reports any press on the icon while a bubble is up as a click on the
    // bubble (a right-click for the menu included): only a click away from the icon counts.
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_lastBubble == 0 || isOnIcon(QCursor::pos()))
            return;
        emit bubbleClicked(m_lastBubble);
    });
}

SystemTrayBackend::~SystemTrayBackend()
{
    // The icon refers to the menu: let it go first.
    m_tray->setContextMenu(nullptr);
}

bool SystemTrayBackend::isOnIcon(const QPoint &globalPos) const
{
    const QRect icon = m_tray->geometry();
    return icon.isValid() && icon.contains(globalPos);
}

bool SystemTrayBackend::available()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

bool SystemTrayBackend::isAvailable() const
{
    return available();
}

void SystemTrayBackend::setVisible(bool visible)
{
    m_tray->setVisible(visible);
}

void SystemTrayBackend::setUnreadCount(int count, const QString &toolTip)
{
    if (count != m_count) {
        m_count = count;
        m_tray->setIcon(badgedIcon(m_baseIcon, count));
    }
    m_tray->setToolTip(toolTip);
}

void SystemTrayBackend::showBubble(const QString &title, const QString &body, Id messageId)
{
    m_lastBubble = messageId;
    // showMessage() is passive: the bubble never takes the keyboard focus.
    m_tray->showMessage(title, body, QSystemTrayIcon::Information);
}

QIcon SystemTrayBackend::badgedIcon(const QIcon &base, int count)
{
    if (count <= 0)
        return base;
    //: The unread count on the tray icon when it does not fit in two digits
    const QString text = count > 99 ? tr("99+") : QString::number(count);
    QIcon icon;
    for (int size : BadgeSizes) {
        QPixmap pixmap = base.pixmap(size, size);
        if (pixmap.isNull()) {
            pixmap = QPixmap(size, size);
            pixmap.fill(Qt::transparent);
        }
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        // A red disc in the lower right corner, a little over half the icon wide.
        const qreal diameter = size * 0.62;
        const QRectF disc(size - diameter, size - diameter, diameter, diameter);
        painter.setPen(QPen(Qt::white, qMax(1.0, size / 24.0)));
        painter.setBrush(QColor(0xd9, 0x30, 0x25));
        painter.drawEllipse(disc.adjusted(0.5, 0.5, -0.5, -0.5));
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(qMax(6, int(diameter * (text.size() > 2 ? 0.42 : 0.6))));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(disc, Qt::AlignCenter, text);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace signalbox
