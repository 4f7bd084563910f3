#pragma once

#include "storeerror.h"
#include "values.h"

#include <QObject>

#include <optional>
#include <utility>

namespace signalbox {

// The hooks of the store, Django's pre_save/post_save/post_delete as Qt signals. They are
// emitted inside the write transaction; receivers are connected with Qt::DirectConnection and
// report a failure with fail(), which rolls the whole operation back.
class StoreSignals : public QObject
{
    Q_OBJECT

public:
    explicit StoreSignals(QObject *parent = nullptr);

    // Called by a receiver that could not do its part. The first failure wins.
    void fail(const StoreError &error);
    // Called by the emitter after the signal returns: the failure, if any, cleared.
    std::optional<StoreError> takeFailure();

    // Emits one of the signals below and returns the first failure a receiver reported (and
    // clears it), so that an emitter writes
    //     if (Status done = hooks->notify(&StoreSignals::messageSaved, m, true); !done)
    //         return done.error();
    template<typename... Params, typename... Args>
    [[nodiscard]] Status notify(void (StoreSignals::*signal)(Params...), Args &&...args)
    {
        (this->*signal)(std::forward<Args>(args)...);
        if (auto failure = takeFailure())
            return *failure;
        return success();
    }

signals:
    // pre_save: before an UPDATE of a message. A receiver may amend `pending` (edited flags).
    void messageAboutToBeSaved(const signalbox::Message &old, signalbox::Message *pending);
    // post_save: after the INSERT (created) or UPDATE of a message.
    void messageSaved(const signalbox::Message &message, bool created);
    // After a message row is removed or turned into a placeholder.
    void messageRemoved(const signalbox::Message &message, bool keptAsPlaceholder);
    // After the read flag of messages between sender and receiver changed by `delta` unread.
    void readStateChanged(signalbox::Id receiverId, signalbox::Id senderId, int unreadDelta);
    // post_delete: after the user row is deleted. Receivers add what they removed to `removed`.
    void userDeleted(const signalbox::User &user, signalbox::DeletionCounts *removed);

private:
    std::optional<StoreError> m_failure;
};

} // namespace signalbox
