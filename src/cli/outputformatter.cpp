#include "outputformatter.h"

#include "storeurl.h"

#include "searchsnippet.h"
#include "textpreview.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace signalbox {

namespace {

constexpr qsizetype PreviewLength = 81; // characters, the ellipsis included

QJsonValue idOrNull(Id id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(OutputFormatter::isoTime(time))
                          : QJsonValue(QJsonValue::Null);
}

QString document(const QJsonDocument &json)
{
    QString text = QString::fromUtf8(json.toJson(QJsonDocument::Indented));
    if (!text.endsWith(QLatin1Char('\n')))
        text.append(QLatin1Char('\n'));
    return text;
}

QString document(const QJsonObject &object)
{
    return document(QJsonDocument(object));
}

QString document(const QJsonArray &array)
{
    return document(QJsonDocument(array));
}

} // namespace

OutputFormatter::OutputFormatter(bool json)
    : m_json(json)
{}

QString OutputFormatter::isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString OutputFormatter::readableTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

// Control characters would drive the terminal (colours, cursor moves, a cleared screen): people
// see them escaped. JSON escapes them by itself.
QString OutputFormatter::printable(const QString &content)
{
    QString text;
    text.reserve(content.size());
    for (const QChar c : content) {
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t')
            text.append(QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
        else
            text.append(c);
    }
    return text;
}

QJsonObject OutputFormatter::userObject(const User &user)
{
    return QJsonObject{{QStringLiteral("id"), user.id},
                       {QStringLiteral("username"), user.username},
                       {QStringLiteral("created_at"), timeOrNull(user.createdAt)}};
}

QJsonObject OutputFormatter::messageObject(const Message &message)
{
    return QJsonObject{{QStringLiteral("id"), message.id},
                       {QStringLiteral("sender"), message.senderName},
                       {QStringLiteral("receiver"), message.receiverName},
                       {QStringLiteral("parent_message"), idOrNull(message.parentId)},
                       {QStringLiteral("content"), message.content},
                       {QStringLiteral("timestamp"), timeOrNull(message.timestamp)},
                       {QStringLiteral("edited"), message.edited},
                       {QStringLiteral("edited_at"), timeOrNull(message.editedAt)},
                       {QStringLiteral("read"), message.read},
                       {QStringLiteral("deleted"), message.deleted}};
}

QString OutputFormatter::messageBlock(const Message &message, int depth) const
{
    const QString indent(depth * 2, QLatin1Char(' '));
    QStringList notes;
    if (message.parentId > 0)
        notes.append(tr("reply to #%1").arg(message.parentId));
    if (message.edited)
        notes.append(tr("edited %1").arg(readableTime(message.editedAt)));
    if (message.deleted)
        notes.append(tr("deleted"));
    else if (!message.read)
        notes.append(tr("unread"));
    QString text
        = indent
          + tr("#%1 %2 → %3, %4")
                .arg(message.id)
                .arg(message.senderName, message.receiverName, readableTime(message.timestamp));
    if (!notes.isEmpty())
        text += QStringLiteral(" (") + notes.join(QStringLiteral(", ")) + QLatin1Char(')');
    text += QLatin1Char('\n');
    const QString content = message.deleted ? tr("[deleted]") : printable(message.content);
    for (const QString &line : content.split(QLatin1Char('\n')))
        text += indent + QStringLiteral("    ") + line + QLatin1Char('\n');
    return text;
}

QString OutputFormatter::user(const User &user) const
{
    if (m_json)
        return document(userObject(user));
    return tr("Created user “%1” (id %2).\n").arg(user.username).arg(user.id);
}

QString OutputFormatter::users(const QList<User> &users) const
{
    if (m_json) {
        QJsonArray array;
        for (const User &user : users)
            array.append(userObject(user));
        return document(array);
    }
    if (users.isEmpty())
        return tr("There are no users yet.\n");
    QString text;
    for (const User &user : users)
        text += tr("%1 (id %2, since %3)\n")
                    .arg(user.username)
                    .arg(user.id)
                    .arg(readableTime(user.createdAt));
    return text;
}

QString OutputFormatter::userDeleted(const User &user, const DeletionCounts &counts) const
{
    if (m_json)
        return document(QJsonObject{{QStringLiteral("messages"), counts.messages},
                                    {QStringLiteral("notifications"), counts.notifications},
                                    {QStringLiteral("history"), counts.history}});
    return tr("Deleted user “%1” with %2, %3 and %4.\n")
        .arg(user.username, tr("%n message(s)", nullptr, counts.messages),
             tr("%n notification(s)", nullptr, counts.notifications),
             tr("%n earlier version(s)", nullptr, counts.history));
}

QString OutputFormatter::passwordChanged(const User &user) const
{
    if (m_json)
        return document(QJsonObject{{QStringLiteral("name"), user.username},
                                    {QStringLiteral("password_changed"), true}});
    return tr("Changed the password of “%1”.\n").arg(user.username);
}

QString OutputFormatter::teamInitialised(const QString &store,
                                         const QList<TeamAdmin::InitialPassword> &made) const
{
    if (m_json) {
        QJsonArray logins;
        for (const auto &login : made)
            logins.append(QJsonObject{{QStringLiteral("name"), login.username},
                                      {QStringLiteral("role"), login.role},
                                      {QStringLiteral("initial_password"), login.password}});
        return document(QJsonObject{{QStringLiteral("store"), StoreUrl::displayTextOf(store)},
                                    {QStringLiteral("new_logins"), logins}});
    }
    QString text = tr("The team store %1 is set up: roles, grants and row-level security.\n")
                       .arg(StoreUrl::displayTextOf(store));
    if (made.isEmpty())
        return text;
    text += tr("%n account(s) got a login. Each initial password is shown only this once; give "
               "it to its owner, who must change it at first sign-in:\n",
               nullptr, int(made.size()));
    for (const auto &login : made)
        text += QStringLiteral("  %1\t%2\t%3\n")
                    .arg(printable(login.username), login.role, login.password);
    return text;
}

QString OutputFormatter::memberAdded(const User &user, const QString &role,
                                     const QString &generated) const
{
    if (m_json) {
        QJsonObject object{{QStringLiteral("id"), user.id},
                           {QStringLiteral("name"), user.username},
                           {QStringLiteral("role"), role}};
        if (!generated.isEmpty())
            object.insert(QStringLiteral("initial_password"), generated);
        return document(object);
    }
    QString text = tr("Added “%1” (id %2, database role %3).\n")
                       .arg(printable(user.username))
                       .arg(user.id)
                       .arg(role);
    if (!generated.isEmpty())
        text += tr("Initial password (shown only this once; it must be changed at first sign-in): "
                   "%1\n")
                    .arg(generated);
    return text;
}

QString OutputFormatter::members(const QList<TeamAdmin::Member> &members) const
{
    if (m_json) {
        QJsonArray array;
        for (const auto &member : members)
            array.append(
                QJsonObject{{QStringLiteral("name"), member.username},
                            {QStringLiteral("role"), member.role},
                            {QStringLiteral("must_change_password"), member.mustChangePassword}});
        return document(array);
    }
    QString text;
    for (const auto &member : members) {
        text += QStringLiteral("%1\t%2").arg(printable(member.username), member.role);
        if (member.mustChangePassword)
            text += QLatin1Char('\t') + tr("(has not chosen a password yet)");
        text += QLatin1Char('\n');
    }
    return text;
}

QString OutputFormatter::message(const Message &message) const
{
    if (m_json)
        return document(messageObject(message));
    return messageBlock(message, 0);
}

QString OutputFormatter::conversation(const QString &peer, const QList<Message> &messages) const
{
    if (m_json) {
        QJsonArray array;
        for (const Message &message : messages)
            array.append(messageObject(message));
        return document(array);
    }
    if (messages.isEmpty())
        return tr("No messages with “%1” yet.\n").arg(peer);
    QString text;
    for (const Message &message : messages)
        text += messageBlock(message, 0);
    return text;
}

QString OutputFormatter::unread(const QList<Message> &messages) const
{
    if (m_json) {
        QJsonArray array;
        for (const Message &message : messages)
            array.append(QJsonObject{{QStringLiteral("id"), message.id},
                                     {QStringLiteral("sender"), message.senderName},
                                     {QStringLiteral("receiver"), message.receiverName},
                                     {QStringLiteral("parent_message"), idOrNull(message.parentId)},
                                     {QStringLiteral("content"), message.content},
                                     {QStringLiteral("timestamp"), timeOrNull(message.timestamp)},
                                     {QStringLiteral("read"), false}});
        return document(array);
    }
    if (messages.isEmpty())
        return tr("No unread messages.\n");
    QString text;
    for (const Message &message : messages)
        text += messageBlock(message, 0);
    return text;
}

QString OutputFormatter::thread(const QList<Message> &messages) const
{
    if (!m_json) {
        QString text;
        for (const Message &message : messages)
            text += messageBlock(message, message.depth);
        return text;
    }
    // Pre-order with depths: a stack of the open ancestors nests the tree in one pass, and
    // without recursion, so that a very deep reply chain cannot exhaust the call stack.
    struct Open
    {
        QJsonObject node;
        QJsonArray replies;
    };
    QList<Open> open;
    QJsonObject root;
    const auto closeLast = [&]() {
        Open last = open.takeLast();
        last.node.insert(QStringLiteral("replies"), last.replies);
        if (open.isEmpty())
            root = last.node;
        else
            open.last().replies.append(last.node);
    };
    for (const Message &message : messages) {
        while (open.size() > message.depth)
            closeLast();
        open.append({messageObject(message), {}});
    }
    while (!open.isEmpty())
        closeLast();
    return document(root);
}

QString OutputFormatter::history(Id messageId, const QList<HistoryEntry> &entries) const
{
    if (m_json) {
        QJsonArray array;
        for (const HistoryEntry &entry : entries)
            array.append(QJsonObject{{QStringLiteral("id"), entry.id},
                                     {QStringLiteral("message"), entry.messageId},
                                     {QStringLiteral("old_content"), entry.oldContent},
                                     {QStringLiteral("edited_at"), timeOrNull(entry.editedAt)},
                                     {QStringLiteral("edited_by"), entry.editedBy}});
        return document(array);
    }
    if (entries.isEmpty())
        return tr("Message #%1 was never edited.\n").arg(messageId);
    QString text;
    for (const HistoryEntry &entry : entries) {
        text += tr("Before the edit by %1 at %2:\n")
                    .arg(entry.editedBy, readableTime(entry.editedAt));
        for (const QString &line : printable(entry.oldContent).split(QLatin1Char('\n')))
            text += QStringLiteral("    ") + line + QLatin1Char('\n');
    }
    return text;
}

QString OutputFormatter::conversations(const User &viewer,
                                       const QList<ConversationSummary> &rows) const
{
    const auto lastSender = [&viewer](const ConversationSummary &row) {
        if (row.lastMessageId <= 0)
            return QString();
        return row.lastSenderId == viewer.id ? viewer.username : row.peerName;
    };
    if (m_json) {
        QJsonArray array;
        for (const ConversationSummary &row : rows) {
            const bool hasLast = row.lastMessageId > 0;
            array.append(
                QJsonObject{{QStringLiteral("peer"), row.peerName},
                            {QStringLiteral("last_message"), idOrNull(row.lastMessageId)},
                            {QStringLiteral("last_sender"),
                             hasLast ? QJsonValue(lastSender(row)) : QJsonValue()},
                            {QStringLiteral("last_content"),
                             hasLast ? QJsonValue(row.lastContent) : QJsonValue()},
                            {QStringLiteral("last_timestamp"), timeOrNull(row.lastTimestamp)},
                            {QStringLiteral("unread"), row.unreadCount}});
        }
        return document(array);
    }
    if (rows.isEmpty())
        return tr("No conversations yet.\n");
    QString text;
    for (const ConversationSummary &row : rows) {
        text += tr("%1: %n unread", nullptr, row.unreadCount).arg(row.peerName);
        if (row.lastMessageId > 0) {
            QString preview = printable(row.lastContent.section(QLatin1Char('\n'), 0, 0));
            preview = elided(preview, PreviewLength);
            text += tr(", last %1 from %2: %3")
                        .arg(readableTime(row.lastTimestamp), lastSender(row), preview);
        }
        text += QLatin1Char('\n');
    }
    return text;
}

QJsonObject OutputFormatter::notificationObject(const Notification &n)
{
    return QJsonObject{{QStringLiteral("id"), n.id},
                       {QStringLiteral("user"), n.username},
                       {QStringLiteral("message"), n.messageId},
                       {QStringLiteral("created_at"), timeOrNull(n.createdAt)},
                       {QStringLiteral("read"), n.read}};
}

QString OutputFormatter::notifications(const QList<Notification> &notifications) const
{
    if (m_json) {
        QJsonArray array;
        for (const Notification &n : notifications)
            array.append(notificationObject(n));
        return document(array);
    }
    if (notifications.isEmpty())
        return tr("No notifications.\n");
    QString text;
    for (const Notification &n : notifications) {
        QString preview = n.message.deleted
                              ? tr("[deleted]")
                              : printable(n.message.content.section(QLatin1Char('\n'), 0, 0));
        preview = elided(preview, PreviewLength);
        text += tr("%1 %2 message #%3 from %4: %5\n")
                    .arg(n.read ? QStringLiteral("  ") : QStringLiteral("* "),
                         readableTime(n.createdAt))
                    .arg(n.messageId)
                    .arg(n.message.senderName, preview);
    }
    return text;
}

QString OutputFormatter::watchedNotification(const Notification &n, const Message &message)
{
    const QJsonObject object{{QStringLiteral("notification"), notificationObject(n)},
                             {QStringLiteral("message"), messageObject(message)}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
           + QLatin1Char('\n');
}

QString OutputFormatter::searchResults(const QList<SearchHit> &hits) const
{
    if (m_json) {
        QJsonArray array;
        for (const SearchHit &hit : hits)
            array.append(
                QJsonObject{{QStringLiteral("id"), hit.message.id},
                            {QStringLiteral("sender"), hit.message.senderName},
                            {QStringLiteral("receiver"), hit.message.receiverName},
                            {QStringLiteral("timestamp"), timeOrNull(hit.message.timestamp)},
                            {QStringLiteral("content"), hit.message.content},
                            {QStringLiteral("snippet"), hit.snippet}});
        return document(array);
    }
    if (hits.isEmpty())
        return tr("No messages found.\n");
    QString text;
    for (const SearchHit &hit : hits) {
        QString snippet = hit.snippet;
        snippet.replace(SearchSnippet::MatchStart, QLatin1Char('['));
        snippet.replace(SearchSnippet::MatchEnd, QLatin1Char(']'));
        snippet = printable(snippet);
        text += tr("#%1 %2 → %3, %4")
                    .arg(hit.message.id)
                    .arg(hit.message.senderName, hit.message.receiverName,
                         readableTime(hit.message.timestamp))
                + QLatin1Char('\n') + QStringLiteral("    ") + snippet + QLatin1Char('\n');
    }
    return text;
}

QString OutputFormatter::exported(const QString &path, qint64 messages) const
{
    if (m_json)
        return document(
            QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("messages"), messages}});
    return tr("Exported %n message(s) to %1.\n", nullptr, int(messages)).arg(path);
}

QString OutputFormatter::backedUp(const QString &store, const QString &target) const
{
    if (m_json)
        return document(
            QJsonObject{{QStringLiteral("store"), store}, {QStringLiteral("backup"), target}});
    return tr("Backed up %1 to %2.\n").arg(store, target);
}

QString OutputFormatter::restored(const QString &backup, const QString &store) const
{
    if (m_json)
        return document(QJsonObject{{QStringLiteral("store"), store},
                                    {QStringLiteral("restored_from"), backup}});
    return tr("Restored %1 from %2.\n").arg(store, backup);
}

QString OutputFormatter::seeded(int users, qint64 messages, qint64 replies, qint64 read,
                                double seconds) const
{
    const double rate = seconds > 0 ? messages / seconds : 0;
    if (m_json)
        return document(QJsonObject{{QStringLiteral("users"), users},
                                    {QStringLiteral("messages"), messages},
                                    {QStringLiteral("replies"), replies},
                                    {QStringLiteral("read"), read},
                                    {QStringLiteral("seconds"), seconds},
                                    {QStringLiteral("messages_per_second"), qRound64(rate)}});
    return tr("Seeded %1 users and %2 messages (%3 replies, %4 read) in %5 s: %6 messages/s.\n")
        .arg(users)
        .arg(messages)
        .arg(replies)
        .arg(read)
        .arg(seconds, 0, 'f', 1)
        .arg(qRound64(rate));
}

QString OutputFormatter::markedRead(Id messageId) const
{
    if (m_json)
        return document(
            QJsonObject{{QStringLiteral("id"), messageId}, {QStringLiteral("read"), true}});
    return tr("Message #%1 is marked read.\n").arg(messageId);
}

QString OutputFormatter::deleted(Id messageId, bool keptAsPlaceholder) const
{
    if (m_json)
        return document(QJsonObject{{QStringLiteral("id"), messageId},
                                    {QStringLiteral("deleted"), keptAsPlaceholder
                                                                    ? QStringLiteral("placeholder")
                                                                    : QStringLiteral("removed")}});
    if (keptAsPlaceholder)
        return tr("Message #%1 was deleted; it stays as a “deleted” placeholder because it has "
                  "replies.\n")
            .arg(messageId);
    return tr("Message #%1 was deleted.\n").arg(messageId);
}

} // namespace signalbox
