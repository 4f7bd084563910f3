#pragma once

#include "desktopnotifier.h"
#include "values.h"

#include <QObject>
#include <QPointer>

namespace signalbox {

class Store;
class TrayBackend;
struct ChangeSet;

// Keeps the tray up to date for the signed-in user: the unread count on the icon and in its
// tooltip, and a bubble for every new notification. Where no tray exists it shows nothing.
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    TrayNotifier(Store *store, const User &viewer, TrayBackend *backend, QObject *parent = nullptr);
    ~TrayNotifier() override;

    int unreadCount() const { return m_unread; }
    // Whether the desktop has a system tray to keep Signalbox in.
    bool isAvailable() const;
    // A bubble that is not about a message (clicking it opens nothing); silenced by Do not
    // disturb like the others.
    void showNote(const QString &title, const QString &body);
    bool doNotDisturb() const { return m_doNotDisturb; }
    // Silences the bubbles; the count on the icon keeps following the store.
    void setDoNotDisturb(bool on);

    // Hands new-message notifications to the desktop's notification server: no more bubbles
    // here, Do not disturb goes to it too, and its Open requests come out of this notifier's
    // openMessageRequested. nullptr (no server) keeps the bubbles. Takes ownership.
    void useDesktopNotifier(DesktopNotifier *notifier);
    DesktopNotifier *desktopNotifier() const { return m_desktop; }

    // The tooltip for a count, as the tray shows it.
    static QString toolTipFor(int unreadCount);
    // The body of a bubble: the message text on one line, shortened.
    static QString previewOf(const QString &content);

signals:
    void openMessageRequested(signalbox::Id messageId);
    void showWindowRequested();
    void unreadCountChanged(int count);
    void doNotDisturbChanged(bool on);
    // An action taken in a desktop notification (Mark as read, Reply) failed.
    void errorOccurred(const QString &message);

private:
    void onStoreChanged(const ChangeSet &changes);
    void refreshCount();
    void showBubbles(const ChangeSet &changes);
    bool ensureVisible();

    Store *m_store = nullptr;
    User m_viewer;
    // Guarded: the backend may be destroyed first when both are children of one window.
    QPointer<TrayBackend> m_backend;
    QPointer<DesktopNotifier> m_desktop;
    int m_unread = 0;
    bool m_doNotDisturb = false;
    bool m_shown = false;
};

} // namespace signalbox
