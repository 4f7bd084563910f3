#include "listroles.h"

namespace signalbox::ListRoles {

QByteArray nameOf(int role)
{
    static const QHash<int, QByteArray> names = {
        {MessageIdRole, "messageId"},   {SenderIdRole, "senderId"}, {SenderNameRole, "senderName"},
        {ReceiverIdRole, "receiverId"}, {ContentRole, "content"},   {TimestampRole, "timestamp"},
        {EditedRole, "edited"},         {EditedAtRole, "editedAt"}, {ReadRole, "read"},
        {DeletedRole, "deleted"},       {ParentIdRole, "parentId"}, {PeerIdRole, "peerId"},
        {PeerNameRole, "peerName"},
    };
    return names.value(role);
}

QHash<int, QByteArray> withNames(QHash<int, QByteArray> names, std::initializer_list<int> roles)
{
    for (int role : roles) {
        Q_ASSERT(!nameOf(role).isEmpty());
        names.insert(role, nameOf(role));
    }
    return names;
}

QVariant ofMessage(const Message &m, int role, Id viewer)
{
    switch (role) {
    case MessageIdRole:
        return m.id;
    case SenderIdRole:
        return m.senderId;
    case SenderNameRole:
        return m.senderName;
    case ReceiverIdRole:
        return m.receiverId;
    case ContentRole:
        return m.content;
    case TimestampRole:
        return m.timestamp;
    case EditedRole:
        return m.edited;
    case EditedAtRole:
        return m.editedAt;
    case ReadRole:
        return m.read;
    case DeletedRole:
        return m.deleted;
    case ParentIdRole:
        return m.parentId;
    case PeerIdRole:
        return viewer ? QVariant(m.peerOf(viewer)) : QVariant();
    case PeerNameRole:
        return viewer ? QVariant(m.senderId == viewer ? m.receiverName : m.senderName) : QVariant();
    default:
        return {};
    }
}

} // namespace signalbox::ListRoles
