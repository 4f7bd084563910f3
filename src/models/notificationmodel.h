#pragma once

#include "viewerlistmodel.h"

namespace signalbox {

// The viewer's newest notifications, newest first, bold while unread. Follows Store::changed
// whenever the viewer is notified or one of their conversations changes (one statement, minimal
// signals).
class NotificationModel : public RowListModel<Notification>
{
    Q_OBJECT

public:
    // Besides the shared MessageIdRole, SenderIdRole, SenderNameRole, ContentRole (of the
    // message) and ReadRole (of the notification).
    enum Roles {
        NotificationIdRole = FirstOwnRole,
        CreatedAtRole,
    };
    Q_ENUM(Roles)

    // The dock shows the newest notifications; older ones are in the conversations. Re-reading
    // a bounded list keeps a busy account's updates cheap.
    static constexpr int ListedAtMost = 200;

    NotificationModel(Store *store, const User &viewer, QObject *parent = nullptr);

    Notification notificationAt(int row) const { return rowAt(row); }
    int rowForNotification(Id notificationId) const { return rowOfKey(notificationId); }
    int unreadCount() const { return m_unread; }

signals:
    void unreadCountChanged(int count);

protected:
    bool concerns(const ChangeSet &changes) const override;

private:
    void countUnread();

    int m_unread = 0;
};

} // namespace signalbox
