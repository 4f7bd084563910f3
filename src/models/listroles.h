#pragma once

#include "values.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QVariant>

#include <initializer_list>

namespace signalbox {

// The roles that mean the same in several of Signalbox's lists: what a message is (its id,
// sender, text, time, …) wherever a list shows messages (the unread list, the notifications,
// the search results, a thread, a message's versions), and the peer of a conversation (the
// conversation list, the search results). Each has one number and one name (for roleNames(),
// views and QML) here, so a delegate written for one of these lists reads the others.
// A model brings them into its scope with `using enum ListRoles::Role;` (so that, say,
// UnreadModel::ContentRole names the shared role) and numbers its own roles from FirstOwnRole.
namespace ListRoles {
Q_NAMESPACE

enum Role {
    MessageIdRole = Qt::UserRole + 1,
    SenderIdRole,
    SenderNameRole,
    ReceiverIdRole,
    ContentRole,
    TimestampRole, // when the message was sent
    EditedRole,
    EditedAtRole,
    ReadRole,
    DeletedRole,
    ParentIdRole,
    PeerIdRole, // the other person of the viewer's conversation
    PeerNameRole,

    FirstOwnRole = Qt::UserRole + 64, // a model's own roles are numbered from here
};
Q_ENUM_NS(Role)

// The role's name ("messageId", …); empty for a role that is not one of these.
QByteArray nameOf(int role);
// `names` (a model's QAbstractItemModel::roleNames()) with the names of the shared `roles` added.
QHash<int, QByteArray> withNames(QHash<int, QByteArray> names, std::initializer_list<int> roles);
// How a message answers a shared role: its members, and with a `viewer` the viewer's peer
// (PeerIdRole, PeerNameRole); an invalid QVariant for any other role.
QVariant ofMessage(const Message &message, int role, Id viewer = 0);

} // namespace ListRoles

} // namespace signalbox
