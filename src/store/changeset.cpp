#include "changeset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <algorithm>
#include <charconv>
#include <iterator>
#include <utility>

namespace signalbox {

namespace {

void appendNumber(QByteArray &out, Id id)
{
    char digits[24];
    const auto end = std::to_chars(std::begin(digits), std::end(digits), id).ptr;
    out.append(digits, end - digits);
}

// Ids in ascending order, so that equal sets give equal text. Most sets of a single send or
// edit are empty or hold one id: those skip the copy and the sort.
void appendIds(QByteArray &out, const QSet<Id> &ids)
{
    out.append('[');
    if (ids.size() == 1) {
        appendNumber(out, *ids.cbegin());
    } else if (!ids.isEmpty()) {
        QList<Id> sorted(ids.cbegin(), ids.cend());
        std::sort(sorted.begin(), sorted.end());
        for (qsizetype i = 0; i < sorted.size(); ++i) {
            if (i > 0)
                out.append(',');
            appendNumber(out, sorted.at(i));
        }
    }
    out.append(']');
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
    draftsChanged.unite(other.draftsChanged);
}

// Compact JSON with its keys sorted, as QJsonDocument would write it, but built directly: a
// send writes one change-log row, and going through QJsonObject cost a third of the send's
// instructions (callgrind, see docs/benchmarks.md). Only integers are written, so nothing
// needs escaping; fromJson reads it back with QJsonDocument.
QByteArray ChangeSet::toJson() const
{
    QList<ConversationKey> pairs;
    if (conversations.size() == 1) {
        pairs.append(*conversations.cbegin());
    } else if (!conversations.isEmpty()) {
        pairs = QList<ConversationKey>(conversations.cbegin(), conversations.cend());
        std::sort(pairs.begin(), pairs.end(),
                  [](const ConversationKey &a, const ConversationKey &b) {
                      return std::pair{a.low, a.high} < std::pair{b.low, b.high};
                  });
    }
    QByteArray out;
    out.reserve(96 + 12 * (pairs.size() * 2 + messagesAdded.size() + messagesRead.size()));
    out.append("{\"cv\":[");
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        out.append(i > 0 ? ",[" : "[");
        appendNumber(out, pairs.at(i).low);
        out.append(',');
        appendNumber(out, pairs.at(i).high);
        out.append(']');
    }
    out.append("],\"dr\":");
    appendIds(out, draftsChanged);
    out.append(",\"ma\":");
    appendIds(out, messagesAdded);
    out.append(",\"mc\":");
    appendIds(out, messagesChanged);
    out.append(",\"md\":");
    appendIds(out, messagesRemoved);
    out.append(",\"mr\":");
    appendIds(out, messagesRead);
    out.append(",\"na\":");
    appendIds(out, notificationsAdded);
    out.append(",\"nc\":");
    appendIds(out, notificationsChanged);
    out.append(",\"nu\":");
    appendIds(out, notifiedUsers);
    out.append(",\"ua\":");
    appendIds(out, usersAdded);
    out.append(",\"ud\":");
    appendIds(out, usersRemoved);
    out.append('}');
    return out;
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
    changes.draftsChanged = idsFromJson(o.value(QStringLiteral("dr")));
    for (const QJsonValue &pair : o.value(QStringLiteral("cv")).toArray()) {
        const QJsonArray ids = pair.toArray();
        if (ids.size() == 2)
            changes.conversations.insert(
                ConversationKey::of(ids.at(0).toInteger(), ids.at(1).toInteger()));
    }
    return changes;
}

QList<Id> ChangeSet::concernedUsers() const
{
    QSet<Id> users = notifiedUsers;
    users.unite(draftsChanged);
    for (const ConversationKey &key : conversations) {
        users.insert(key.low);
        users.insert(key.high);
    }
    QList<Id> sorted(users.cbegin(), users.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

std::pair<ChangeSet, ChangeSet> ChangeSet::splitDirectory() const
{
    ChangeSet directory;
    directory.usersAdded = usersAdded;
    directory.usersRemoved = usersRemoved;
    ChangeSet rest = *this;
    rest.usersAdded.clear();
    rest.usersRemoved.clear();
    return {directory, rest};
}

} // namespace signalbox
