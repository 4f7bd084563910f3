#pragma once

#include "values.h"

#include <QObject>

namespace signalbox {

class Store;

// pre_save receiver: when a message's content changes, keep the old content as a history row
// and mark the message edited.
class EditHistoryRecorder : public QObject
{
    Q_OBJECT

public:
    explicit EditHistoryRecorder(Store &store, QObject *parent = nullptr);

    void onMessageAboutToBeSaved(const signalbox::Message &old, signalbox::Message *pending);

private:
    Store &m_store;
};

} // namespace signalbox
