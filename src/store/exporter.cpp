#include "exporter.h"

#include "rows.h"
#include "store.h"
#include "userrepository.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>

#include <optional>

namespace signalbox {

namespace {

struct Version
{
    QString content;
    QDateTime editedAt;
};

struct Entry
{
    Message message;
    QList<Version> history; // oldest first
};

// One conversation: the peer and its messages, oldest first.
struct Conversation
{
    User peer;
    QList<Entry> entries;
};

constexpr qint64 ProgressEvery = 500;

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(isoTime(time)) : QJsonValue(QJsonValue::Null);
}

StoreError cancelled()
{
    return StoreError::make(StoreError::Cancelled,
                            Exporter::tr("The export was cancelled; no file was written."));
}

// Every message of the viewer (with one peer, or all), each with its earlier versions, in one
// statement: one snapshot of the store, however long writing it out takes.
Result<QList<Conversation>> gather(Store &store, const User &viewer, Id peerId)
{
    QString sql = QStringLiteral("SELECT ") + rows::messageColumns()
                  + QStringLiteral(", h.old_content, h.edited_at FROM messages m")
                  + rows::messageJoins()
                  + QStringLiteral("LEFT JOIN message_history h ON h.message_id = m.id WHERE ");
    QVariantList values;
    if (peerId > 0) {
        sql += QStringLiteral("((m.sender_id = ? AND m.receiver_id = ?) OR (m.sender_id = ? AND "
                              "m.receiver_id = ?))");
        values = {viewer.id, peerId, peerId, viewer.id};
    } else {
        sql += QStringLiteral("(m.sender_id = ? OR m.receiver_id = ?)");
        values = {viewer.id, viewer.id};
    }
    sql += QStringLiteral(" ORDER BY m.timestamp, m.id, h.edited_at, h.id");
    QMap<QString, Conversation> byPeer; // by folded name: a stable order
    QHash<Id, QString> keyOf;
    Conversation *current = nullptr;
    Id currentId = 0;
    Status read = store.database().select(sql, values, [&](const QSqlQuery &q) {
        const Id id = q.value(0).toLongLong();
        if (id != currentId) {
            const Message m = rows::message(q, 0);
            const Id peer = m.peerOf(viewer.id);
            QString key = keyOf.value(peer);
            if (key.isEmpty()) {
                const QString name = m.senderId == peer ? m.senderName : m.receiverName;
                key = name.toCaseFolded() + QLatin1Char('\n') + QString::number(peer);
                keyOf.insert(peer, key);
                byPeer[key].peer = User{peer, name, {}};
            }
            current = &byPeer[key];
            current->entries.append(Entry{m, {}});
            currentId = id;
        }
        if (!q.value(rows::MessageColumnCount).isNull())
            current->entries.last().history.append(
                {q.value(rows::MessageColumnCount).toString(),
                 rows::toTime(q.value(rows::MessageColumnCount + 1))});
    });
    if (!read)
        return read.error();
    return QList<Conversation>(byPeer.cbegin(), byPeer.cend());
}

qint64 messageCount(const QList<Conversation> &conversations)
{
    qint64 count = 0;
    for (const Conversation &c : conversations)
        count += c.entries.size();
    return count;
}

// Counts written messages and asks the caller whether to go on.
class Tick
{
public:
    Tick(const Exporter::Progress &progress, qint64 total)
        : m_progress(progress)
        , m_total(total)
    {}
    bool next()
    {
        ++m_done;
        if (m_progress && (m_done % ProgressEvery == 0 || m_done == m_total))
            return m_progress(m_done, m_total);
        return true;
    }
    bool start() { return !m_progress || m_progress(0, m_total); }

private:
    const Exporter::Progress &m_progress;
    qint64 m_total;
    qint64 m_done = 0;
};

std::optional<QByteArray> renderJson(const User &viewer, Id peerId,
                                     const QList<Conversation> &conversations, Tick &tick)
{
    QMap<Id, QString> people{{viewer.id, viewer.username}};
    QJsonArray conversationArray;
    for (const Conversation &c : conversations) {
        people.insert(c.peer.id, c.peer.username);
        QJsonArray messages;
        for (const Entry &e : c.entries) {
            const Message &m = e.message;
            QJsonArray history;
            for (const Version &v : e.history)
                history.append(
                    QJsonObject{{QStringLiteral("content"), v.content},
                                {QStringLiteral("replaced_at"), timeOrNull(v.editedAt)}});
            messages.append(QJsonObject{
                {QStringLiteral("id"), m.id},
                {QStringLiteral("sender_id"), m.senderId},
                {QStringLiteral("receiver_id"), m.receiverId},
                {QStringLiteral("parent_id"),
                 m.parentId > 0 ? QJsonValue(m.parentId) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("timestamp"), isoTime(m.timestamp)},
                {QStringLiteral("content"),
                 m.deleted ? QJsonValue(QJsonValue::Null) : QJsonValue(m.content)},
                {QStringLiteral("deleted"), m.deleted},
                {QStringLiteral("read"), m.read},
                {QStringLiteral("edited_at"), timeOrNull(m.editedAt)},
                {QStringLiteral("history"), history},
            });
            if (!tick.next())
                return std::nullopt;
        }
        conversationArray.append(QJsonObject{{QStringLiteral("peer_id"), c.peer.id},
                                             {QStringLiteral("messages"), messages}});
    }
    QJsonArray peopleArray;
    for (auto it = people.cbegin(); it != people.cend(); ++it)
        peopleArray.append(QJsonObject{{QStringLiteral("id"), it.key()},
                                       {QStringLiteral("username"), it.value()}});
    const QJsonObject document{
        {QStringLiteral("format"), QStringLiteral("signalbox-export")},
        {QStringLiteral("version"), Exporter::FormatVersion},
        {QStringLiteral("owner_id"), viewer.id},
        {QStringLiteral("scope"),
         peerId > 0 ? QStringLiteral("conversation") : QStringLiteral("all")},
        {QStringLiteral("people"), peopleArray},
        {QStringLiteral("conversations"), conversationArray},
    };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

QString escaped(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\''), QStringLiteral("&#39;"));
    return html;
}

const char *const Style = R"(
body { font: 15px/1.45 "DejaVu Sans", system-ui, sans-serif; margin: 0; background: #f3f4f6;
       color: #1f2328; }
header { background: #1f6feb; color: #fff; padding: 16px 24px; }
header h1 { margin: 0; font-size: 20px; }
header p { margin: 4px 0 0; opacity: .85; font-size: 13px; }
main { max-width: 860px; margin: 0 auto; padding: 8px 16px 32px; }
section { margin-top: 24px; }
section > h2 { font-size: 17px; border-bottom: 1px solid #d0d7de; padding-bottom: 6px; }
ul.thread, ul.replies { list-style: none; margin: 0; padding: 0; }
ul.replies { margin-left: 22px; padding-left: 12px; border-left: 2px solid #d0d7de; }
li.message { margin: 8px 0; }
.bubble { background: #fff; border: 1px solid #d0d7de; border-radius: 10px; padding: 8px 12px;
          max-width: 640px; }
.mine > .bubble { background: #ddf4ff; border-color: #b6e3ff; }
.meta { font-size: 12px; color: #57606a; margin-bottom: 3px; }
.meta .who { font-weight: bold; color: #1f2328; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
.deleted > .bubble > .text { font-style: italic; color: #6e7781; }
.edited { font-size: 12px; color: #57606a; }
.unread { font-size: 11px; color: #fff; background: #cf222e; border-radius: 8px; padding: 0 6px; }
details { margin-top: 4px; font-size: 13px; }
details ol { margin: 4px 0; padding-left: 20px; color: #57606a; }
)";

std::optional<QByteArray> renderHtml(const User &viewer, Id peerId,
                                     const QList<Conversation> &conversations, Tick &tick)
{
    QString html;
    html.reserve(int(messageCount(conversations)) * 400 + 4096);
    const QString title = peerId > 0 && !conversations.isEmpty()
                              ? Exporter::tr("Conversation of %1 with %2")
                                    .arg(viewer.username, conversations.first().peer.username)
                              : Exporter::tr("Conversations of %1").arg(viewer.username);
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                           "'none'; style-src 'unsafe-inline'\">\n<title>")
            + escaped(title) + QStringLiteral("</title>\n<style>") + QString::fromLatin1(Style)
            + QStringLiteral("</style>\n</head>\n<body>\n<header><h1>") + escaped(title)
            + QStringLiteral("</h1><p>")
            + escaped(Exporter::tr("Exported from Signalbox, format %1. Times are UTC.")
                          .arg(Exporter::FormatVersion))
            + QStringLiteral("</p></header>\n<main>\n");
    bool stopped = false;
    for (const Conversation &c : conversations) {
        html += QStringLiteral("<section>\n<h2>")
                + escaped(Exporter::tr("With %1").arg(c.peer.username))
                + QStringLiteral("</h2>\n<ul class=\"thread\">\n");
        // Children by parent, in time order; a reply whose parent is not here stays a root.
        QHash<Id, QList<const Entry *>> children;
        QSet<Id> present;
        for (const Entry &e : c.entries)
            present.insert(e.message.id);
        QList<const Entry *> roots;
        for (const Entry &e : c.entries) {
            if (e.message.parentId > 0 && present.contains(e.message.parentId))
                children[e.message.parentId].append(&e);
            else
                roots.append(&e);
        }
        // Depth-first without recursion (threads may be very deep).
        struct Frame
        {
            QList<const Entry *> list;
            qsizetype next = 0;
        };
        QList<Frame> stack{{roots, 0}};
        while (!stack.isEmpty() && !stopped) {
            Frame &top = stack.last();
            if (top.next == top.list.size()) {
                stack.removeLast();
                html += stack.isEmpty() ? QString() : QStringLiteral("</ul></li>\n");
                continue;
            }
            const Entry &e = *top.list.at(top.next++);
            const Message &m = e.message;
            QStringList classes{QStringLiteral("message")};
            if (m.senderId == viewer.id)
                classes.append(QStringLiteral("mine"));
            if (m.deleted)
                classes.append(QStringLiteral("deleted"));
            html += QStringLiteral("<li class=\"") + classes.join(QLatin1Char(' '))
                    + QStringLiteral("\" id=\"m") + QString::number(m.id)
                    + QStringLiteral("\"><div class=\"bubble\"><div class=\"meta\"><span "
                                     "class=\"who\"><bdi>")
                    + escaped(m.senderName) + QStringLiteral("</bdi></span> · <time datetime=\"")
                    + isoTime(m.timestamp) + QStringLiteral("\">")
                    + m.timestamp.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                    + QStringLiteral("</time>");
            if (!m.read && !m.deleted && m.receiverId == viewer.id)
                html += QStringLiteral(" <span class=\"unread\">") + escaped(Exporter::tr("unread"))
                        + QStringLiteral("</span>");
            html += QStringLiteral("</div>");
            if (m.deleted)
                html += QStringLiteral("<div class=\"text\">")
                        + escaped(Exporter::tr("This message was deleted."))
                        + QStringLiteral("</div>");
            else
                html += QStringLiteral("<div class=\"text\" dir=\"auto\"><bdi>")
                        + escaped(m.content) + QStringLiteral("</bdi></div>");
            if (m.edited && !m.deleted) {
                html += QStringLiteral("<div class=\"edited\">")
                        + escaped(Exporter::tr("edited %1")
                                      .arg(m.editedAt.toUTC().toString(
                                          QStringLiteral("yyyy-MM-dd HH:mm"))))
                        + QStringLiteral("</div>");
            }
            if (!e.history.isEmpty() && !m.deleted) {
                html += QStringLiteral("<details><summary>")
                        + escaped(Exporter::tr("Earlier versions: %1").arg(e.history.size()))
                        + QStringLiteral("</summary><ol>");
                for (const Version &v : e.history)
                    html += QStringLiteral("<li><span class=\"text\" dir=\"auto\"><bdi>")
                            + escaped(v.content)
                            + QStringLiteral("</bdi></span> <span "
                                             "class=\"edited\">(")
                            + escaped(Exporter::tr("until %1")
                                          .arg(v.editedAt.toUTC().toString(
                                              QStringLiteral("yyyy-MM-dd HH:mm"))))
                            + QStringLiteral(")</span></li>");
                html += QStringLiteral("</ol></details>");
            }
            html += QStringLiteral("</div>");
            const QList<const Entry *> replies = children.value(m.id);
            if (replies.isEmpty()) {
                html += QStringLiteral("</li>\n");
            } else {
                html += QStringLiteral("\n<ul class=\"replies\">\n");
                stack.append({replies, 0});
            }
            if (!tick.next())
                stopped = true;
        }
        if (stopped)
            return std::nullopt;
        html += QStringLiteral("</ul>\n</section>\n");
    }
    if (conversations.isEmpty())
        html += QStringLiteral("<p>") + escaped(Exporter::tr("There are no messages."))
                + QStringLiteral("</p>\n");
    html += QStringLiteral("</main>\n</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace

Exporter::Exporter(Store &store)
    : m_store(store)
{}

std::optional<Exporter::Format> Exporter::formatNamed(const QString &name)
{
    if (name == QLatin1String("json"))
        return Format::Json;
    if (name == QLatin1String("html"))
        return Format::Html;
    return std::nullopt;
}

Result<QByteArray> Exporter::render(const User &viewer, Id peerId, Format format,
                                    const Progress &progress)
{
    const Store::Acting acting(m_store, viewer.id);
    auto conversations = gather(m_store, viewer, peerId);
    if (!conversations)
        return conversations.error();
    Tick tick(progress, messageCount(*conversations));
    if (!tick.start())
        return cancelled();
    const std::optional<QByteArray> bytes = format == Format::Json
                                                ? renderJson(viewer, peerId, *conversations, tick)
                                                : renderHtml(viewer, peerId, *conversations, tick);
    if (!bytes)
        return cancelled();
    return *bytes;
}

Status Exporter::write(const User &viewer, Id peerId, Format format, const QString &path,
                       const Progress &progress)
{
    const Store::Acting acting(m_store, viewer.id);
    qint64 done = 0;
    qint64 total = 0;
    auto bytes = render(viewer, peerId, format, [&](qint64 d, qint64 t) {
        done = d;
        total = t;
        return !progress || progress(d, t);
    });
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    const auto failed = [&](const QString &why) {
        file.cancelWriting();
        return StoreError::make(StoreError::CannotOpen,
                                tr("The export cannot be written to %1: %2").arg(path, why));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    if (file.write(*bytes) != bytes->size())
        return failed(file.errorString());
    // Asked once more before the file takes its name: a cancel while it was written (the CLI's
    // Ctrl+C) discards the temporary file too.
    if (progress && !progress(done, total)) {
        file.cancelWriting();
        return cancelled();
    }
    if (!file.commit())
        return StoreError::make(StoreError::CannotOpen, tr("The export cannot be written to "
                                                           "%1: %2")
                                                            .arg(path, file.errorString()));
    return success();
}

} // namespace signalbox
