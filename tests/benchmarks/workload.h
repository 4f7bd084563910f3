#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace signalbox::bench {

// The fixed workload of workload.json: its parameters, the operation stream its generator
// draws (at full size or scaled down), and the values a correct run must reproduce, computed
// from that stream alone so that they are exact at any scale.
class Workload
{
public:
    struct MessageOp
    {
        int sender = 0;
        int receiver = 0;
        int parent = -1; // index of an earlier message, -1 for a root
        QString content;
    };
    struct EditOp
    {
        int message = 0; // index into messages()
        QString content;
    };
    struct ThreadOp
    {
        int parent = -1; // index of an earlier thread message, -1 for the root
        int sender = 0;
        int receiver = 0;
        QString content;
    };
    struct ConversationCase
    {
        QString name;
        int viewer = 0;
        int peer = 0;
    };
    struct Expectations
    {
        int replies = 0;
        int readRows = 0;
        int threadNodes = 0;
        int threadMaxDepth = 0;
        QByteArray threadPreorderSha256;
        int unreadTotal = 0;
        QList<int> unreadPerUser;
        QByteArray unreadPerUserSha256;
        QList<int> conversationMessages; // one per conversation case
        int deletedMessages = 0;
        int deletedNotifications = 0;
        int deletedHistories = 0;
        int usersAfter = 0;
        int messagesAfter = 0;
        int notificationsAfter = 0;
        int historiesAfter = 0;
    };

    // Reads the parameters; nullopt and *error set when the file is not a usable workload.
    static std::optional<Workload> load(const QString &path, QString *error);

    // Draws the operation stream. scale 1 is the workload itself; a smaller scale keeps the
    // users, the generator and the order of draws and shrinks the counts of messages, edits
    // and thread replies.
    void generate(double scale);

    QString name() const { return m_name; }
    double scale() const { return m_scale; }
    int runs() const { return m_runs; }
    int conversationRepeats() const { return m_conversationRepeats; }
    int deleteUser() const { return m_deleteUser; }
    const QList<ConversationCase> &conversationCases() const { return m_cases; }
    const QStringList &users() const { return m_users; }
    const QList<MessageOp> &messages() const { return m_messages; }
    const QList<bool> &read() const { return m_read; }
    const QList<EditOp> &edits() const { return m_edits; }
    const QList<ThreadOp> &thread() const { return m_thread; }

    // sha256 (hex) of the stream serialised as Python's
    // json.dumps(sort_keys=True, separators=(',', ':')) would.
    QByteArray opsSha256() const;
    Expectations expectations() const;
    // Every difference between these expectations (and the stream's hash) and the "expected"
    // block of workload.json. Meaningful at scale 1 only.
    QStringList compareWithSpec(const Expectations &computed, const QByteArray &opsSha) const;

    static QByteArray sha256Hex(const QByteArray &data);

private:
    QString m_name;
    QJsonObject m_expected;
    int m_runs = 0;
    quint64 m_seed = 0;
    int m_userCount = 0;
    int m_messageCount = 0;
    double m_replyProbability = 0;
    int m_contentMin = 0;
    int m_contentMax = 0;
    QString m_lorem;
    double m_readProbability = 0;
    int m_editCount = 0;
    int m_threadFirst = 0;
    int m_threadSecond = 0;
    int m_threadReplies = 0;
    int m_conversationRepeats = 0;
    int m_deleteUser = 0;
    QList<ConversationCase> m_cases;

    double m_scale = 0;
    QStringList m_users;
    QList<MessageOp> m_messages;
    QList<bool> m_read;
    QList<EditOp> m_edits;
    QList<ThreadOp> m_thread;
};

} // namespace signalbox::bench
