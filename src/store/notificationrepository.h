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

    // Newest first; at most limit of them (0: all).
    Result<QList<Notification>> listFor(const User &user, bool unreadOnly = false, int limit = 0);
    Result<Notification> get(const User &user, Id notificationId);
    Result<int> unreadCount(const User &user);
    // Marks the notification and its message read.
    Status markRead(const User &user, Id notificationId);
    Result<int> markAllRead(const User &user);

private:
    Store &m_store;
};

} // namespace signalbox
