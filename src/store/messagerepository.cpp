#include "messagerepository.h"

#include "changeset.h"
#include "messagepolicy.h"
#include "rows.h"
#include "store.h"
#include "storesignals.h"

#include <QHash>
#include <QTextBoundaryFinder>

namespace signalbox {

namespace {

StoreError noSuchMessage(Id id)
{
    return StoreError::make(StoreError::NotFound,
                            StoreError::tr("There is no message %1.").arg(id));
}

StoreError notPermitted(const QString &what)
{
    return StoreError::make(StoreError::PermissionDenied, what);
}

// Whether both back ends give the text back exactly: PostgreSQL refuses NUL in text, SQLite
// turns an unpaired UTF-16 surrogate or U+FFFE/U+FFFF into other characters and takes a leading
// U+FEFF for a byte-order mark.
bool storable(const QString &text)
{
    if (text.startsWith(QChar(0xFEFF)))
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == 0 || c == 0xFFFE || c == 0xFFFF || QChar::isLowSurrogate(c))
            return false;
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 == text.size() || !QChar::isLowSurrogate(text.at(i + 1).unicode()))
                return false;
            ++i;
        }
    }
    return true;
}

void noteConversation(ChangeSet &changes, const Message &m)
{
    changes.conversations.insert(ConversationKey::of(m.senderId, m.receiverId));
}

} // namespace

MessageRepository::MessageRepository(Store &store)
    : m_store(store)
{}

int MessageRepository::characterCount(const QString &content)
{
    // What a person counts as one character: a grapheme cluster (a letter with its accents, an
    // emoji with its modifiers), not a UTF-16 unit.
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, content);
    int count = 0;
    while (finder.toNextBoundary() > 0)
        ++count;
    return count;
}

bool MessageRepository::isBlank(const QString &content)
{
    // Spaces, and format characters that show nothing (U+200B, U+2060, U+FEFF, the other Cf).
    for (const char32_t c : content.toUcs4()) {
        if (!QChar::isSpace(c) && QChar::category(c) != QChar::Other_Format)
            return false;
    }
    return true;
}

Status MessageRepository::validateContent(const QString &content)
{
    if (isBlank(content))
        return StoreError::make(StoreError::InvalidInput,
                                StoreError::tr("A message cannot be empty."));
    if (!storable(content))
        return StoreError::make(StoreError::InvalidInput,
                                StoreError::tr("A message cannot contain NUL characters, broken "
                                               "characters (unpaired surrogates), non-characters "
                                               "or a leading byte-order mark."));
    // Never more characters than UTF-16 units: only a longer text needs counting.
    if (content.size() > MaxContentLength) {
        if (const int count = characterCount(content); count > MaxContentLength)
            return StoreError::make(
                StoreError::InvalidInput,
                StoreError::tr("A message has at most %1 characters; this one has %2.")
                    .arg(MaxContentLength)
                    .arg(count));
    }
    return success();
}

Result<Message> MessageRepository::load(Id messageId)
{
    // Built once: every edit, delete and read-state change loads its message first.
    static const QString sql = QStringLiteral("SELECT ") + rows::messageColumns()
                               + QStringLiteral(" FROM messages m") + rows::messageJoins()
                               + QStringLiteral("WHERE m.id = ?");
    Message message;
    Status loaded = m_store.database().select(
        sql, {messageId}, [&](const QSqlQuery &q) { message = rows::message(q, 0); });
    if (!loaded)
        return loaded.error();
    if (!message.isValid())
        return noSuchMessage(messageId);
    return message;
}

Result<Message> MessageRepository::get(const User &viewer, Id messageId)
{
    const Store::Acting acting(m_store, viewer.id);
    auto message = load(messageId);
    if (message && !MessagePolicy::maySee(*message, viewer.id))
        return notPermitted(
            StoreError::tr("Only the sender and the receiver may see message %1.").arg(messageId));
    return message;
}

Result<Message> MessageRepository::send(const User &sender, const User &receiver,
                                        const QString &content, Id parentId)
{
    const Store::Acting acting(m_store, sender.id);
    return send(sender, receiver, content, parentId, Delivery::Unread);
}

Result<Message> MessageRepository::send(const User &sender, const User &receiver,
                                        const QString &content, Id parentId, Delivery delivery)
{
    const Store::Acting acting(m_store, sender.id);
    if (Status valid = validateContent(content); !valid)
        return valid.error();
    if (sender.id == receiver.id)
        return StoreError::make(StoreError::InvalidInput,
                                StoreError::tr("You cannot send a message to yourself."));

    return m_store.write([&]() -> Result<Message> {
        Database &db = m_store.database();
        // Resolved again inside the write: an account deleted since the caller looked it up is
        // "no such user" here, not a foreign key failure at COMMIT (ids are never reused).
        int present = 0;
        bool senderPresent = false;
        Status resolved
            = db.select(QStringLiteral("SELECT count(*), coalesce(sum(CASE WHEN id = ? THEN 1 ELSE "
                                       "0 END), 0) FROM users WHERE id IN (?, ?)"),
                        {sender.id, sender.id, receiver.id}, [&](const QSqlQuery &q) {
                            present = q.value(0).toInt();
                            senderPresent = q.value(1).toInt() > 0;
                        });
        if (!resolved)
            return resolved.error();
        if (present < 2)
            return StoreError::make(StoreError::NotFound,
                                    StoreError::tr("There is no user called “%1”.")
                                        .arg(senderPresent ? receiver.username : sender.username));
        if (parentId > 0) {
            Id parentSender = 0;
            Id parentReceiver = 0;
            Status found = db.select(
                QStringLiteral("SELECT sender_id, receiver_id FROM messages WHERE id = ?"),
                {parentId}, [&](const QSqlQuery &q) {
                    parentSender = q.value(0).toLongLong();
                    parentReceiver = q.value(1).toLongLong();
                });
            if (!found)
                return found.error();
            if (ConversationKey::of(parentSender, parentReceiver)
                != ConversationKey::of(sender.id, receiver.id))
                return StoreError::make(
                    StoreError::InvalidInput,
                    StoreError::tr("Message %1 is not part of your conversation with %2; "
                                   "a reply must stay in its conversation.")
                        .arg(parentId)
                        .arg(receiver.username));
        }
        Message message;
        message.senderId = sender.id;
        message.senderName = sender.username;
        message.receiverId = receiver.id;
        message.receiverName = receiver.username;
        message.parentId = parentId;
        message.content = content;
        message.timestamp = m_store.now();
        message.read = delivery == Delivery::AlreadyRead;
        auto id = db.insert(
            QStringLiteral("INSERT INTO messages (sender_id, receiver_id, parent_message_id, "
                           "content, timestamp, read) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
            {sender.id, receiver.id, rows::parentValue(parentId), content,
             rows::fromTime(message.timestamp), message.read ? 1 : 0});
        if (!id)
            return id.error();
        message.id = *id;
        if (Status done = m_store.hooks()->notify(&StoreSignals::messageSaved, message, true);
            !done)
            return done.error();
        ChangeSet &changes = m_store.pendingChanges();
        changes.messagesAdded.insert(message.id);
        noteConversation(changes, message);
        return message;
    });
}

Result<Message> MessageRepository::edit(const User &editor, Id messageId, const QString &content)
{
    const Store::Acting acting(m_store, editor.id);
    if (Status valid = validateContent(content); !valid)
        return valid.error();
    return m_store.write([&]() -> Result<Message> {
        auto old = load(messageId);
        if (!old)
            return old.error();
        if (!MessagePolicy::mayChange(*old, editor.id))
            return notPermitted(
                StoreError::tr("Only the sender may edit message %1.").arg(messageId));
        if (old->deleted)
            return StoreError::make(
                StoreError::InvalidInput,
                StoreError::tr("Message %1 was deleted and cannot be edited.").arg(messageId));
        if (old->content == content)
            return *old;
        Message pending = *old;
        pending.content = content;
        if (Status done
            = m_store.hooks()->notify(&StoreSignals::messageAboutToBeSaved, *old, &pending);
            !done)
            return done.error();
        auto updated = m_store.database().execute(
            QStringLiteral(
                "UPDATE messages SET content = ?, edited = ?, edited_at = ? WHERE id = ?"),
            {pending.content, pending.edited ? 1 : 0, rows::fromTime(pending.editedAt),
             pending.id});
        if (!updated)
            return updated.error();
        if (Status done = m_store.hooks()->notify(&StoreSignals::messageSaved, pending, false);
            !done)
            return done.error();
        ChangeSet &changes = m_store.pendingChanges();
        changes.messagesChanged.insert(pending.id);
        noteConversation(changes, pending);
        return pending;
    });
}

Result<bool> MessageRepository::remove(const User &actor, Id messageId)
{
    const Store::Acting acting(m_store, actor.id);
    return m_store.write([&]() -> Result<bool> {
        Database &db = m_store.database();
        auto message = load(messageId);
        if (!message)
            return message.error();
        if (!MessagePolicy::mayChange(*message, actor.id))
            return notPermitted(
                StoreError::tr("Only the sender may delete message %1.").arg(messageId));
        if (message->deleted)
            return true;
        auto replies
            = db.scalar(QStringLiteral("SELECT count(*) FROM messages WHERE parent_message_id = ?"),
                        {messageId});
        if (!replies)
            return replies.error();
        const bool keep = replies->toInt() > 0;
        m_store.scrubAfterCommit();
        ChangeSet &changes = m_store.pendingChanges();
        noteConversation(changes, *message);
        changes.notifiedUsers.insert(message->receiverId);

        // The message and, going up, every placeholder that no longer has replies.
        QList<Id> doomed;
        if (keep) {
            changes.messagesChanged.insert(messageId);
        } else {
            doomed.append(messageId);
            Id parent = message->parentId;
            while (parent > 0) {
                bool placeholder = false;
                Id grandParent = 0;
                int children = 0;
                Status looked = db.select(
                    QStringLiteral(
                        "SELECT deleted, parent_message_id, (SELECT count(*) FROM messages c "
                        "WHERE c.parent_message_id = p.id) FROM messages p WHERE p.id = ?"),
                    {parent}, [&](const QSqlQuery &q) {
                        placeholder = q.value(0).toInt() != 0;
                        grandParent = q.value(1).toLongLong();
                        children = q.value(2).toInt();
                    });
                if (!looked)
                    return looked.error();
                if (!placeholder || children > 1)
                    break;
                doomed.append(parent);
                parent = grandParent;
            }
        }
        const QList<Id> cleared = keep ? QList<Id>{messageId} : doomed;
        for (const Id id : cleared) {
            auto history = db.execute(
                QStringLiteral("DELETE FROM message_history WHERE message_id = ?"), {id});
            if (!history)
                return history.error();
            // Team store: the receiver's notification is not the sender's to see; a server
            // function removes it for the message's sender.
            auto notifications
                = m_store.isTeamStore()
                      ? db.execute(QStringLiteral("SELECT signalbox_remove_notifications(?)"), {id})
                      : db.execute(QStringLiteral("DELETE FROM notifications WHERE message_id = ?"),
                                   {id});
            if (!notifications)
                return notifications.error();
        }
        if (keep) {
            auto updated = db.execute(
                QStringLiteral("UPDATE messages SET content = '', deleted = 1, read = 1, "
                               "edited = 0, edited_at = NULL WHERE id = ?"),
                {messageId});
            if (!updated)
                return updated.error();
        } else {
            // Children first: the list runs from the message up towards the root.
            for (const Id id : std::as_const(doomed)) {
                auto deleted
                    = db.execute(QStringLiteral("DELETE FROM messages WHERE id = ?"), {id});
                if (!deleted)
                    return deleted.error();
                changes.messagesRemoved.insert(id);
            }
        }
        if (Status done = m_store.hooks()->notify(&StoreSignals::messageRemoved, *message, keep);
            !done)
            return done.error();
        return keep;
    });
}

Status MessageRepository::setRead(const User &reader, Id messageId, bool read)
{
    const Store::Acting acting(m_store, reader.id);
    return m_store.write([&]() -> Status {
        auto message = load(messageId);
        if (!message)
            return message.error();
        if (!MessagePolicy::mayMarkRead(*message, reader.id))
            return notPermitted(
                StoreError::tr("Only the receiver may mark message %1 read or unread.")
                    .arg(messageId));
        if (message->read == read || message->deleted)
            return success();
        Database &db = m_store.database();
        auto updated = db.execute(QStringLiteral("UPDATE messages SET read = ? WHERE id = ?"),
                                  {read ? 1 : 0, messageId});
        if (!updated)
            return updated.error();
        auto notified
            = db.execute(QStringLiteral("UPDATE notifications SET read = ? WHERE message_id = ?"),
                         {read ? 1 : 0, messageId});
        if (!notified)
            return notified.error();
        if (Status done
            = m_store.hooks()->notify(&StoreSignals::readStateChanged, message->receiverId,
                                      message->senderId, read ? -1 : 1);
            !done)
            return done.error();
        ChangeSet &changes = m_store.pendingChanges();
        changes.messagesRead.insert(messageId);
        changes.notifiedUsers.insert(reader.id);
        noteConversation(changes, *message);
        return success();
    });
}

Status MessageRepository::markRead(const User &reader, Id messageId)
{
    return setRead(reader, messageId, true);
}

Status MessageRepository::markUnread(const User &reader, Id messageId)
{
    return setRead(reader, messageId, false);
}

Result<int> MessageRepository::markUnreadFrom(const User &reader, Id messageId)
{
    const Store::Acting acting(m_store, reader.id);
    return m_store.write([&]() -> Result<int> {
        auto from = load(messageId);
        if (!from)
            return from.error();
        if (!MessagePolicy::maySee(*from, reader.id))
            return notPermitted(
                StoreError::tr("Only the sender and the receiver may see message %1.")
                    .arg(messageId));
        const Id peer = from->peerOf(reader.id);
        const qint64 time = from->timestamp.toMSecsSinceEpoch();
        Database &db = m_store.database();
        ChangeSet &changes = m_store.pendingChanges();
        int count = 0;
        Status updated = db.select(
            QStringLiteral("UPDATE messages SET read = 0 WHERE receiver_id = ? AND sender_id = ? "
                           "AND read = 1 AND deleted = 0 AND (timestamp > ? OR (timestamp = ? AND "
                           "id >= ?)) RETURNING id"),
            {reader.id, peer, time, time, messageId}, [&](const QSqlQuery &q) {
                changes.messagesRead.insert(q.value(0).toLongLong());
                ++count;
            });
        if (!updated)
            return updated.error();
        if (count == 0)
            return 0;
        auto notified = db.execute(
            QStringLiteral("UPDATE notifications SET read = 0 WHERE user_id = ? AND read = 1 AND "
                           "message_id IN (SELECT id FROM messages WHERE receiver_id = ? AND "
                           "sender_id = ? AND read = 0)"),
            {reader.id, reader.id, peer});
        if (!notified)
            return notified.error();
        if (Status done
            = m_store.hooks()->notify(&StoreSignals::readStateChanged, reader.id, peer, count);
            !done)
            return done.error();
        changes.conversations.insert(ConversationKey::of(reader.id, peer));
        changes.notifiedUsers.insert(reader.id);
        return count;
    });
}

Result<int> MessageRepository::markConversationRead(const User &reader, Id peerId)
{
    const Store::Acting acting(m_store, reader.id);
    return m_store.write([&]() -> Result<int> {
        Database &db = m_store.database();
        ChangeSet &changes = m_store.pendingChanges();
        int count = 0;
        Status updated
            = db.select(QStringLiteral("UPDATE messages SET read = 1 WHERE receiver_id = ? AND "
                                       "sender_id = ? AND read = 0 RETURNING id"),
                        {reader.id, peerId}, [&](const QSqlQuery &q) {
                            changes.messagesRead.insert(q.value(0).toLongLong());
                            ++count;
                        });
        if (!updated)
            return updated.error();
        if (count == 0)
            return 0;
        auto notified = db.execute(
            QStringLiteral("UPDATE notifications SET read = 1 WHERE user_id = ? AND read = 0 "
                           "AND message_id IN (SELECT id FROM messages WHERE "
                           "receiver_id = ? AND sender_id = ?)"),
            {reader.id, reader.id, peerId});
        if (!notified)
            return notified.error();
        if (Status done
            = m_store.hooks()->notify(&StoreSignals::readStateChanged, reader.id, peerId, -count);
            !done)
            return done.error();
        changes.conversations.insert(ConversationKey::of(reader.id, peerId));
        changes.notifiedUsers.insert(reader.id);
        return count;
    });
}

Result<int> MessageRepository::markReadBulk(const QList<Id> &ids)
{
    constexpr qsizetype Chunk = 500;
    return m_store.write([&]() -> Result<int> {
        Database &db = m_store.database();
        ChangeSet &changes = m_store.pendingChanges();
        QHash<std::pair<Id, Id>, int> deltas;
        int count = 0;
        for (qsizetype from = 0; from < ids.size(); from += Chunk) {
            const QList<Id> chunk = ids.mid(from, Chunk);
            QString marks = QStringLiteral("?");
            marks.append(QStringLiteral(",?").repeated(chunk.size() - 1));
            QVariantList values;
            values.reserve(chunk.size());
            for (const Id id : chunk)
                values.append(id);
            Status updated = db.select(
                QStringLiteral("UPDATE messages SET read = 1 WHERE read = 0 AND id IN (") + marks
                    + QStringLiteral(") RETURNING id, receiver_id, sender_id"),
                values, [&](const QSqlQuery &q) {
                    const Id receiver = q.value(1).toLongLong();
                    const Id sender = q.value(2).toLongLong();
                    changes.messagesRead.insert(q.value(0).toLongLong());
                    changes.conversations.insert(ConversationKey::of(receiver, sender));
                    changes.notifiedUsers.insert(receiver);
                    --deltas[{receiver, sender}];
                    ++count;
                });
            if (!updated)
                return updated.error();
            auto notified
                = db.execute(QStringLiteral("UPDATE notifications SET read = 1 WHERE read = 0 AND "
                                            "message_id IN (")
                                 + marks + QLatin1Char(')'),
                             values);
            if (!notified)
                return notified.error();
        }
        for (auto it = deltas.cbegin(); it != deltas.cend(); ++it)
            if (Status done = m_store.hooks()->notify(&StoreSignals::readStateChanged,
                                                      it.key().first, it.key().second, it.value());
                !done)
                return done.error();
        return count;
    });
}

Result<QList<Message>> MessageRepository::unreadFor(const User &user)
{
    const Store::Acting acting(m_store, user.id);
    QList<Message> messages;
    Status listed = m_store.database().select(
        QStringLiteral(
            "SELECT m.id, m.sender_id, s.username, m.parent_message_id, m.content, m.timestamp "
            "FROM messages m JOIN users s ON s.id = m.sender_id "
            "WHERE m.receiver_id = ? AND m.read = 0 ORDER BY m.timestamp DESC, m.id DESC"),
        {user.id}, [&](const QSqlQuery &q) {
            Message m;
            m.id = q.value(0).toLongLong();
            m.senderId = q.value(1).toLongLong();
            m.senderName = q.value(2).toString();
            m.receiverId = user.id;
            m.receiverName = user.username;
            m.parentId = q.value(3).toLongLong();
            m.content = q.value(4).toString();
            m.timestamp = rows::toTime(q.value(5));
            messages.append(std::move(m));
        });
    if (!listed)
        return listed.error();
    return messages;
}

Result<int> MessageRepository::unreadCount(const User &user)
{
    const Store::Acting acting(m_store, user.id);
    auto count = m_store.database().scalar(
        QStringLiteral(
            "SELECT coalesce(sum(unread_count), 0) FROM conversations WHERE user_id = ?"),
        {user.id});
    if (!count)
        return count.error();
    return count->toInt();
}

Result<QList<Message>> MessageRepository::conversation(const User &viewer, Id peerId)
{
    const Store::Acting acting(m_store, viewer.id);
    QList<Message> messages;
    Status listed = m_store.database().select(
        QStringLiteral("SELECT ") + rows::messageColumns() + QStringLiteral(" FROM messages m")
            + rows::messageJoins()
            + QStringLiteral(
                "WHERE (m.sender_id = ? AND m.receiver_id = ?) OR (m.sender_id = ? AND "
                "m.receiver_id = ?) ORDER BY m.timestamp, m.id"),
        {viewer.id, peerId, peerId, viewer.id},
        [&](const QSqlQuery &q) { messages.append(rows::message(q, 0)); });
    if (!listed)
        return listed.error();
    return messages;
}

} // namespace signalbox
