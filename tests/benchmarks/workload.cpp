#include "workload.h"

#include "splitmix64.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace signalbox::bench {

namespace {

// Writes compact JSON the way Python's json.dumps(separators=(',', ':')) does with the
// default ensure_ascii=True, straight into a hash instead of a 3 MB string.
class CompactJsonHasher
{
public:
    CompactJsonHasher()
        : m_hash(QCryptographicHash::Sha256)
    {
        m_buffer.reserve(BufferSize + 1024);
    }

    void raw(const char *text) { append(QByteArray(text)); }
    void integer(qint64 value) { append(QByteArray::number(value)); }
    void integerOrNull(int value)
    {
        if (value < 0)
            raw("null");
        else
            integer(value);
    }
    void boolean(bool value) { raw(value ? "true" : "false"); }
    void string(const QString &text)
    {
        static const char hex[] = "0123456789abcdef";
        QByteArray out;
        out.reserve(text.size() + 2);
        out.append('"');
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            switch (u) {
            case u'"':
                out.append("\\\"");
                break;
            case u'\\':
                out.append("\\\\");
                break;
            case u'\n':
                out.append("\\n");
                break;
            case u'\r':
                out.append("\\r");
                break;
            case u'\t':
                out.append("\\t");
                break;
            case u'\b':
                out.append("\\b");
                break;
            case u'\f':
                out.append("\\f");
                break;
            default:
                if (u < 0x20 || u > 0x7e) {
                    // ensure_ascii: one \uxxxx per UTF-16 unit, lower-case hex; DEL stays raw
                    if (u == 0x7f) {
                        out.append(char(u));
                        break;
                    }
                    out.append("\\u");
                    out.append(hex[(u >> 12) & 0xf]);
                    out.append(hex[(u >> 8) & 0xf]);
                    out.append(hex[(u >> 4) & 0xf]);
                    out.append(hex[u & 0xf]);
                } else {
                    out.append(char(u));
                }
            }
        }
        out.append('"');
        append(out);
    }

    QByteArray hexDigest()
    {
        flush();
        return m_hash.result().toHex();
    }

private:
    static constexpr qsizetype BufferSize = 64 * 1024;

    void append(const QByteArray &bytes)
    {
        m_buffer.append(bytes);
        if (m_buffer.size() >= BufferSize)
            flush();
    }
    void flush()
    {
        m_hash.addData(m_buffer);
        m_buffer.clear();
    }

    QCryptographicHash m_hash;
    QByteArray m_buffer;
};

int pairKey(int a, int b, int users)
{
    return std::min(a, b) * users + std::max(a, b);
}

} // namespace

QByteArray Workload::sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

std::optional<Workload> Workload::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the workload %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("%1 is not a JSON object: %2").arg(path, parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    Workload w;
    w.m_name = root.value(QLatin1String("name")).toString();
    w.m_runs = root.value(QLatin1String("runs")).toInt(3);
    const QJsonObject prng = root.value(QLatin1String("prng")).toObject();
    if (prng.value(QLatin1String("algorithm")).toString() != QLatin1String("splitmix64")) {
        *error = QStringLiteral("%1: only the splitmix64 generator is known").arg(path);
        return std::nullopt;
    }
    w.m_seed = quint64(prng.value(QLatin1String("seed")).toInteger());
    w.m_userCount
        = root.value(QLatin1String("users")).toObject().value(QLatin1String("count")).toInt();
    const QJsonObject messages = root.value(QLatin1String("messages")).toObject();
    w.m_messageCount = messages.value(QLatin1String("count")).toInt();
    w.m_replyProbability = messages.value(QLatin1String("reply_probability")).toDouble();
    const QJsonArray length = messages.value(QLatin1String("content_length")).toArray();
    w.m_contentMin = length.at(0).toInt();
    w.m_contentMax = length.at(1).toInt();
    w.m_lorem = messages.value(QLatin1String("lorem")).toString();
    w.m_readProbability = root.value(QLatin1String("read"))
                              .toObject()
                              .value(QLatin1String("probability"))
                              .toDouble();
    w.m_editCount
        = root.value(QLatin1String("edits")).toObject().value(QLatin1String("count")).toInt();
    const QJsonObject thread = root.value(QLatin1String("thread")).toObject();
    const QJsonArray participants = thread.value(QLatin1String("participants")).toArray();
    w.m_threadFirst = participants.at(0).toInt();
    w.m_threadSecond = participants.at(1).toInt();
    w.m_threadReplies = thread.value(QLatin1String("replies")).toInt();
    const QJsonObject view = root.value(QLatin1String("conversation_view")).toObject();
    w.m_conversationRepeats = view.value(QLatin1String("repeats")).toInt();
    for (const QJsonValue &c : view.value(QLatin1String("cases")).toArray()) {
        const QJsonObject o = c.toObject();
        w.m_cases.append({o.value(QLatin1String("name")).toString(),
                          o.value(QLatin1String("viewer")).toInt(),
                          o.value(QLatin1String("peer")).toInt()});
    }
    w.m_deleteUser = root.value(QLatin1String("delete_user"))
                         .toObject()
                         .value(QLatin1String("user_index"))
                         .toInt();
    w.m_expected = root.value(QLatin1String("expected")).toObject();

    const bool sane = w.m_userCount >= 2 && w.m_messageCount > 0 && w.m_contentMin > 0
                      && w.m_contentMax >= w.m_contentMin && !w.m_lorem.isEmpty()
                      && w.m_editCount <= w.m_messageCount && w.m_threadReplies >= 0
                      && w.m_threadFirst != w.m_threadSecond && w.m_threadFirst < w.m_userCount
                      && w.m_threadSecond < w.m_userCount && w.m_deleteUser < w.m_userCount
                      && w.m_conversationRepeats > 0 && !w.m_expected.isEmpty();
    if (!sane) {
        *error = QStringLiteral("%1 lacks workload parameters or has inconsistent ones").arg(path);
        return std::nullopt;
    }
    return w;
}

void Workload::generate(double scale)
{
    const auto scaled = [scale](int count) {
        return std::max(1, int(std::lround(double(count) * scale)));
    };
    m_scale = scale;
    const int messageCount = scaled(m_messageCount);
    const int editCount = std::min(scaled(m_editCount), messageCount);
    const int replies = scaled(m_threadReplies);

    m_users.clear();
    for (int i = 0; i < m_userCount; ++i)
        m_users.append(QStringLiteral("user%1").arg(i, 3, 10, QLatin1Char('0')));

    SplitMix64 rng(m_seed);
    const QString lorem3 = m_lorem.repeated(3);
    const quint64 lengthSpan = quint64(m_contentMax - m_contentMin + 1);
    QHash<int, QList<int>> pairMessages;
    m_messages.clear();
    m_messages.reserve(messageCount);
    for (int i = 0; i < messageCount; ++i) {
        MessageOp op;
        op.sender = int(rng.below(quint64(m_userCount)));
        op.receiver = int(rng.below(quint64(m_userCount - 1)));
        if (op.receiver >= op.sender)
            ++op.receiver;
        QList<int> &pair = pairMessages[pairKey(op.sender, op.receiver, m_userCount)];
        const double u = rng.unit();
        if (u < m_replyProbability && !pair.isEmpty())
            op.parent = pair.at(qsizetype(rng.below(quint64(pair.size()))));
        const int length = m_contentMin + int(rng.below(lengthSpan));
        const QString prefix = QStringLiteral("m%1 u%2>u%3 ")
                                   .arg(i)
                                   .arg(op.sender, 3, 10, QLatin1Char('0'))
                                   .arg(op.receiver, 3, 10, QLatin1Char('0'));
        op.content = (prefix + lorem3).left(length);
        pair.append(i);
        m_messages.append(std::move(op));
    }

    m_read.clear();
    m_read.reserve(messageCount);
    for (int i = 0; i < messageCount; ++i)
        m_read.append(rng.unit() < m_readProbability);

    m_edits.clear();
    QSet<int> chosen;
    for (int k = 0; k < editCount;) {
        const int j = int(rng.below(quint64(messageCount)));
        if (chosen.contains(j))
            continue;
        chosen.insert(j);
        m_edits.append({j, QStringLiteral("[edit %1] ").arg(k) + m_messages.at(j).content});
        ++k;
    }

    m_thread.clear();
    m_thread.reserve(replies + 1);
    m_thread.append({-1, m_threadFirst, m_threadSecond, QStringLiteral("t0 root")});
    for (int k = 1; k <= replies; ++k) {
        const int p = int(rng.below(quint64(k)));
        const ThreadOp &parent = m_thread.at(p);
        m_thread.append(
            {p, parent.receiver, parent.sender, QStringLiteral("t%1 re t%2").arg(k).arg(p)});
    }
}

QByteArray Workload::opsSha256() const
{
    // Keys in sorted order: edits, messages, read, thread, users.
    CompactJsonHasher json;
    json.raw("{\"edits\":[");
    for (qsizetype i = 0; i < m_edits.size(); ++i) {
        json.raw(i ? ",[" : "[");
        json.integer(m_edits.at(i).message);
        json.raw(",");
        json.string(m_edits.at(i).content);
        json.raw("]");
    }
    json.raw("],\"messages\":[");
    for (qsizetype i = 0; i < m_messages.size(); ++i) {
        const MessageOp &m = m_messages.at(i);
        json.raw(i ? ",[" : "[");
        json.integer(m.sender);
        json.raw(",");
        json.integer(m.receiver);
        json.raw(",");
        json.integerOrNull(m.parent);
        json.raw(",");
        json.string(m.content);
        json.raw("]");
    }
    json.raw("],\"read\":[");
    for (qsizetype i = 0; i < m_read.size(); ++i) {
        if (i)
            json.raw(",");
        json.boolean(m_read.at(i));
    }
    json.raw("],\"thread\":[");
    for (qsizetype i = 0; i < m_thread.size(); ++i) {
        const ThreadOp &t = m_thread.at(i);
        json.raw(i ? ",[" : "[");
        json.integerOrNull(t.parent);
        json.raw(",");
        json.integer(t.sender);
        json.raw(",");
        json.integer(t.receiver);
        json.raw(",");
        json.string(t.content);
        json.raw("]");
    }
    json.raw("],\"users\":[");
    for (qsizetype i = 0; i < m_users.size(); ++i) {
        if (i)
            json.raw(",");
        json.string(m_users.at(i));
    }
    json.raw("]}");
    return json.hexDigest();
}

Workload::Expectations Workload::expectations() const
{
    Expectations e;
    e.unreadPerUser.fill(0, m_userCount);
    for (qsizetype i = 0; i < m_messages.size(); ++i) {
        const MessageOp &m = m_messages.at(i);
        if (m.parent >= 0)
            ++e.replies;
        if (m_read.at(i))
            ++e.readRows;
        else
            ++e.unreadPerUser[m.receiver];
    }
    // Thread messages are created after the read flags are applied: all of them stay unread.
    for (const ThreadOp &t : m_thread)
        ++e.unreadPerUser[t.receiver];

    // Pre-order with children in creation order, which is (timestamp, id) order in the store.
    e.threadNodes = int(m_thread.size());
    QList<QList<int>> children(m_thread.size());
    for (qsizetype k = 1; k < m_thread.size(); ++k)
        children[m_thread.at(k).parent].append(int(k));
    QByteArray preorder;
    QList<std::pair<int, int>> stack{{0, 0}};
    while (!stack.isEmpty()) {
        const auto [node, depth] = stack.takeLast();
        e.threadMaxDepth = std::max(e.threadMaxDepth, depth);
        preorder.append(m_thread.at(node).content.toUtf8());
        preorder.append('\n');
        const QList<int> &kids = children.at(node);
        for (auto it = kids.crbegin(); it != kids.crend(); ++it)
            stack.append({*it, depth + 1});
    }
    e.threadPreorderSha256 = sha256Hex(preorder);

    QStringList counts;
    for (const int c : std::as_const(e.unreadPerUser)) {
        e.unreadTotal += c;
        counts.append(QString::number(c));
    }
    e.unreadPerUserSha256 = sha256Hex(
        (QLatin1Char('[') + counts.join(QLatin1String(", ")) + QLatin1Char(']')).toUtf8());

    for (const ConversationCase &c : m_cases) {
        const int key = pairKey(c.viewer, c.peer, m_userCount);
        int count = 0;
        for (const MessageOp &m : m_messages)
            count += pairKey(m.sender, m.receiver, m_userCount) == key ? 1 : 0;
        if (pairKey(m_threadFirst, m_threadSecond, m_userCount) == key)
            count += int(m_thread.size());
        e.conversationMessages.append(count);
    }

    const int d = m_deleteUser;
    QSet<int> related;
    for (qsizetype i = 0; i < m_messages.size(); ++i) {
        if (m_messages.at(i).sender == d || m_messages.at(i).receiver == d)
            related.insert(int(i));
    }
    e.deletedMessages = int(related.size());
    if (m_threadFirst == d || m_threadSecond == d)
        e.deletedMessages += int(m_thread.size());
    e.deletedNotifications = e.deletedMessages; // one notification per message
    for (const EditOp &edit : m_edits)
        e.deletedHistories += related.contains(edit.message) ? 1 : 0;
    const int allMessages = int(m_messages.size() + m_thread.size());
    e.usersAfter = m_userCount - 1;
    e.messagesAfter = allMessages - e.deletedMessages;
    e.notificationsAfter = allMessages - e.deletedNotifications;
    e.historiesAfter = int(m_edits.size()) - e.deletedHistories;
    return e;
}

QStringList Workload::compareWithSpec(const Expectations &e, const QByteArray &opsSha) const
{
    QStringList mismatches;
    const auto expect = [&mismatches](const QString &what, const QJsonValue &wanted,
                                      const QJsonValue &got) {
        // Compared as text: the spec's numbers may be parsed as doubles.
        if (wanted.isUndefined() || wanted.toVariant().toString() != got.toVariant().toString())
            mismatches.append(
                QStringLiteral("%1: expected %2, got %3")
                    .arg(what, wanted.toVariant().toString(), got.toVariant().toString()));
    };
    const auto at = [this](const char *a, const char *b = nullptr, const char *c = nullptr) {
        QJsonValue v = m_expected.value(QLatin1String(a));
        if (b)
            v = v.toObject().value(QLatin1String(b));
        if (c)
            v = v.toObject().value(QLatin1String(c));
        return v;
    };
    const auto text = [](const QByteArray &bytes) {
        return QJsonValue(QString::fromLatin1(bytes));
    };
    expect(QStringLiteral("ops_sha256"), at("ops_sha256"), text(opsSha));
    expect(QStringLiteral("replies"), at("replies"), e.replies);
    expect(QStringLiteral("read_rows"), at("read_rows"), e.readRows);
    expect(QStringLiteral("thread.nodes"), at("thread", "nodes"), e.threadNodes);
    expect(QStringLiteral("thread.max_depth"), at("thread", "max_depth"), e.threadMaxDepth);
    expect(QStringLiteral("thread.preorder_content_sha256"),
           at("thread", "preorder_content_sha256"), text(e.threadPreorderSha256));
    expect(QStringLiteral("unread.total_rows"), at("unread", "total_rows"), e.unreadTotal);
    expect(QStringLiteral("unread.per_user_counts_sha256"), at("unread", "per_user_counts_sha256"),
           text(e.unreadPerUserSha256));
    for (qsizetype i = 0; i < m_cases.size(); ++i) {
        const QByteArray caseName = m_cases.at(i).name.toUtf8();
        expect(QStringLiteral("conversation_messages.") + m_cases.at(i).name,
               at("conversation_messages", caseName.constData()), e.conversationMessages.at(i));
    }
    expect(QStringLiteral("delete_user.related.messages"), at("delete_user", "related", "messages"),
           e.deletedMessages);
    expect(QStringLiteral("delete_user.related.notifications"),
           at("delete_user", "related", "notifications"), e.deletedNotifications);
    expect(QStringLiteral("delete_user.related.histories"),
           at("delete_user", "related", "histories"), e.deletedHistories);
    expect(QStringLiteral("delete_user.after.users"), at("delete_user", "after", "users"),
           e.usersAfter);
    expect(QStringLiteral("delete_user.after.messages"), at("delete_user", "after", "messages"),
           e.messagesAfter);
    expect(QStringLiteral("delete_user.after.notifications"),
           at("delete_user", "after", "notifications"), e.notificationsAfter);
    expect(QStringLiteral("delete_user.after.histories"), at("delete_user", "after", "histories"),
           e.historiesAfter);
    return mismatches;
}

} // namespace signalbox::bench
