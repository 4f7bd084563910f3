#pragma once

#include "storeerror.h"
#include "values.h"

namespace signalbox {

class Store;

// A user's notifications, newest first, with the message each one is about.
class NotificationRepository
{
public:
    explicit NotificationRepository(Store &store);

    Result<QList<Notification>> listFor(const User &user, bool unreadOnly = false);
    Result<Notification> get(const User &user, Id notificationId);
    Result<int> unreadCount(const User &user);
    // Marks the notification and its message read.
    Status markRead(const User &user, Id notificationId);
    Result<int> markAllRead(const User &user);

private:
    Store &m_store;
};

} // namespace signalbox
