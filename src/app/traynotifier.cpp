#include "traynotifier.h"

#include "changeset.h"
#include "desktopnotifier.h"
#include "messagerepository.h"
#include "notificationrepository.h"
#include "store.h"
#include "textpreview.h"
#include "traybackend.h"

#include <QLoggingCategory>

#include <algorithm>

namespace signalbox {

namespace {
Q_LOGGING_CATEGORY(lcTray, "signalbox.tray")

constexpr int PreviewLength = 140;
} // namespace

TrayNotifier::TrayNotifier(Store *store, const User &viewer, TrayBackend *backend, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_viewer(viewer)
    , m_backend(backend)
{
    Q_ASSERT(m_store);
    Q_ASSERT(m_backend);
    connect(m_store, &Store::changed, this, &TrayNotifier::onStoreChanged);
    connect(m_backend, &TrayBackend::bubbleClicked, this, &TrayNotifier::openMessageRequested);
    connect(m_backend, &TrayBackend::activated, this, &TrayNotifier::showWindowRequested);
    refreshCount();
}

TrayNotifier::~TrayNotifier()
{
    if (m_shown && m_backend)
        m_backend->setVisible(false);
}

void TrayNotifier::setDoNotDisturb(bool on)
{
    if (m_doNotDisturb == on)
        return;
    m_doNotDisturb = on;
    if (m_desktop)
        m_desktop->setDoNotDisturb(on);
    emit doNotDisturbChanged(on);
}

void TrayNotifier::useDesktopNotifier(DesktopNotifier *notifier)
{
    if (!notifier || notifier == m_desktop)
        return;
    delete m_desktop;
    m_desktop = notifier;
    m_desktop->setParent(this);
    m_desktop->setDoNotDisturb(m_doNotDisturb);
    connect(m_desktop, &DesktopNotifier::openMessageRequested, this,
            &TrayNotifier::openMessageRequested);
    connect(m_desktop, &DesktopNotifier::errorOccurred, this, &TrayNotifier::errorOccurred);
}

QString TrayNotifier::toolTipFor(int unreadCount)
{
    if (unreadCount <= 0) {
        //: Tray icon tooltip when every message has been read
        return tr("Signalbox: no unread messages");
    }
    //: Tray icon tooltip; %n is the number of unread messages
    return tr("Signalbox: %n unread message(s)", nullptr, unreadCount);
}

QString TrayNotifier::previewOf(const QString &content)
{
    return oneLinePreview(content, PreviewLength);
}

bool TrayNotifier::isAvailable() const
{
    return m_backend && m_backend->isAvailable();
}

void TrayNotifier::showNote(const QString &title, const QString &body)
{
    if (m_doNotDisturb || !ensureVisible())
        return;
    m_backend->showBubble(title, body, 0);
}

bool TrayNotifier::ensureVisible()
{
    if (!m_backend->isAvailable())
        return false;
    if (!m_shown) {
        m_backend->setVisible(true);
        m_shown = true;
    }
    return true;
}

void TrayNotifier::onStoreChanged(const ChangeSet &changes)
{
    if (!changes.notifiedUsers.contains(m_viewer.id) && !changes.usersRemoved.contains(m_viewer.id))
        return;
    refreshCount();
    if (!changes.notificationsAdded.isEmpty())
        showBubbles(changes);
}

void TrayNotifier::refreshCount()
{
    auto count = m_store->messages().unreadCount(m_viewer);
    if (!count) {
        qCWarning(lcTray) << "cannot count unread messages:" << count.error().message;
        return;
    }
    const bool changed = *count != m_unread;
    m_unread = *count;
    if (ensureVisible())
        m_backend->setUnreadCount(m_unread, toolTipFor(m_unread));
    if (changed)
        emit unreadCountChanged(m_unread);
}

void TrayNotifier::showBubbles(const ChangeSet &changes)
{
    if (m_doNotDisturb || m_desktop || !m_backend->isAvailable())
        return;
    QList<Id> ids(changes.notificationsAdded.cbegin(), changes.notificationsAdded.cend());
    std::sort(ids.begin(), ids.end());
    for (Id id : std::as_const(ids)) {
        // Notifications of other users are refused: only the viewer's own are shown.
        auto notification = m_store->notifications().get(m_viewer, id);
        if (!notification)
            continue;
        const Message &message = notification->message;
        if (notification->read || message.deleted)
            continue;
        m_backend->showBubble(message.senderName, previewOf(message.content), message.id);
    }
}

} // namespace signalbox
