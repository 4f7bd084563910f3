#include "changeset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace signalbox {

namespace {

QJsonArray idsToJson(const QSet<Id> &ids)
{
    QJsonArray array;
    for (const Id id : ids)
        array.append(id);
    return array;
}

QSet<Id> idsFromJson(const QJsonValue &value)
{
    QSet<Id> ids;
    for (const QJsonValue &id : value.toArray())
        ids.insert(id.toInteger());
    return ids;
}

} // namespace

void ChangeSet::unite(const ChangeSet &other)
{
    messagesAdded.unite(other.messagesAdded);
    messagesChanged.unite(other.messagesChanged);
    messagesRead.unite(other.messagesRead);
    messagesRemoved.unite(other.messagesRemoved);
    notificationsAdded.unite(other.notificationsAdded);
    notificationsChanged.unite(other.notificationsChanged);
    usersAdded.unite(other.usersAdded);
    usersRemoved.unite(other.usersRemoved);
    conversations.unite(other.conversations);
    notifiedUsers.unite(other.notifiedUsers);
}

QByteArray ChangeSet::toJson() const
{
    QJsonArray pairs;
    for (const ConversationKey &key : conversations)
        pairs.append(QJsonArray{key.low, key.high});
    const QJsonObject object{
        {QStringLiteral("ma"), idsToJson(messagesAdded)},
        {QStringLiteral("mc"), idsToJson(messagesChanged)},
        {QStringLiteral("mr"), idsToJson(messagesRead)},
        {QStringLiteral("md"), idsToJson(messagesRemoved)},
        {QStringLiteral("na"), idsToJson(notificationsAdded)},
        {QStringLiteral("nc"), idsToJson(notificationsChanged)},
        {QStringLiteral("ua"), idsToJson(usersAdded)},
        {QStringLiteral("ud"), idsToJson(usersRemoved)},
        {QStringLiteral("nu"), idsToJson(notifiedUsers)},
        {QStringLiteral("cv"), pairs},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<ChangeSet> ChangeSet::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject o = document.object();
    ChangeSet changes;
    changes.messagesAdded = idsFromJson(o.value(QStringLiteral("ma")));
    changes.messagesChanged = idsFromJson(o.value(QStringLiteral("mc")));
    changes.messagesRead = idsFromJson(o.value(QStringLiteral("mr")));
    changes.messagesRemoved = idsFromJson(o.value(QStringLiteral("md")));
    changes.notificationsAdded = idsFromJson(o.value(QStringLiteral("na")));
    changes.notificationsChanged = idsFromJson(o.value(QStringLiteral("nc")));
    changes.usersAdded = idsFromJson(o.value(QStringLiteral("ua")));
    changes.usersRemoved = idsFromJson(o.value(QStringLiteral("ud")));
    changes.notifiedUsers = idsFromJson(o.value(QStringLiteral("nu")));
    for (const QJsonValue &pair : o.value(QStringLiteral("cv")).toArray()) {
        const QJsonArray ids = pair.toArray();
        if (ids.size() == 2)
            changes.conversations.insert(
                ConversationKey::of(ids.at(0).toInteger(), ids.at(1).toInteger()));
    }
    return changes;
}

} // namespace signalbox
