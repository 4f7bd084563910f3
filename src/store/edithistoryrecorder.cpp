#include "edithistoryrecorder.h"

#include "rows.h"
#include "store.h"
#include "storesignals.h"

namespace signalbox {

EditHistoryRecorder::EditHistoryRecorder(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

void EditHistoryRecorder::onMessageAboutToBeSaved(const Message &old, Message *pending)
{
    if (old.content == pending->content)
        return;
    const QDateTime now = m_store.now();
    // Only the sender may edit, so the sender is the editor.
    auto id = m_store.database().insert(
        QStringLiteral("INSERT INTO message_history (message_id, old_content, edited_at, "
                       "edited_by_id) VALUES (?, ?, ?, ?) RETURNING id"),
        {old.id, old.content, rows::fromTime(now), pending->senderId});
    if (!id) {
        m_store.hooks()->fail(id.error());
        return;
    }
    pending->edited = true;
    pending->editedAt = now;
}

} // namespace signalbox
