#pragma once

#include "searchrepository.h"
#include "teamadmin.h"
#include "values.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace signalbox {

// Renders results either as readable text for people or as one JSON document for scripts.
// Every method returns the complete output, ending with a newline.
class OutputFormatter
{
    Q_DECLARE_TR_FUNCTIONS(signalbox::OutputFormatter)

public:
    explicit OutputFormatter(bool json);

    QString user(const User &user) const;
    QString users(const QList<User> &users) const;
    QString userDeleted(const User &user, const DeletionCounts &counts) const;
    QString passwordChanged(const User &user) const;
    // Team commands. A generated password is shown here once and never again.
    QString teamInitialised(const QString &store,
                            const QList<TeamAdmin::InitialPassword> &made) const;
    QString memberAdded(const User &user, const QString &role, const QString &generated) const;
    QString members(const QList<TeamAdmin::Member> &members) const;
    QString message(const Message &message) const;
    QString conversation(const QString &peer, const QList<Message> &messages) const;
    // Unread rows carry only what MessageRepository::unreadFor() reads.
    QString unread(const QList<Message> &messages) const;
    // messages: one tree in pre-order with depth set, as ThreadRepository::thread() returns it.
    QString thread(const QList<Message> &messages) const;
    QString history(Id messageId, const QList<HistoryEntry> &entries) const;
    QString conversations(const User &viewer, const QList<ConversationSummary> &rows) const;
    QString notifications(const QList<Notification> &notifications) const;
    QString markedRead(Id messageId) const;
    QString deleted(Id messageId, bool keptAsPlaceholder) const;
    // One compact JSON line whatever the mode: `watch` output is for scripts and bots.
    static QString watchedNotification(const Notification &notification, const Message &message);
    // Newest first; JSON: id, sender, receiver, timestamp, content and snippet (matches between
    // U+0002 and U+0003); text: the snippet with the matches in [brackets].
    QString searchResults(const QList<SearchHit> &hits) const;
    QString exported(const QString &path, qint64 messages) const;
    QString backedUp(const QString &store, const QString &target) const;
    QString restored(const QString &backup, const QString &store) const;
    QString seeded(int users, qint64 messages, qint64 replies, qint64 read, double seconds) const;

    static QJsonObject userObject(const User &user);
    static QJsonObject messageObject(const Message &message);
    static QJsonObject notificationObject(const Notification &notification);
    static QString isoTime(const QDateTime &time);

private:
    QString messageBlock(const Message &message, int depth) const;
    static QString readableTime(const QDateTime &time);
    static QString printable(const QString &content);

    bool m_json = false;
};

} // namespace signalbox
