#pragma once

#include "values.h"

#include <QObject>

namespace signalbox {

class Store;

// post_save receiver: a new message gets one notification, for its receiver.
class NotificationDispatcher : public QObject
{
    Q_OBJECT

public:
    explicit NotificationDispatcher(Store &store, QObject *parent = nullptr);

    void onMessageSaved(const signalbox::Message &message, bool created);

private:
    Store &m_store;
};

} // namespace signalbox
