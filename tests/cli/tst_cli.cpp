#include "cliprocess.h"
#include "teststore.h"

#include "historyrepository.h"
#include "messagerepository.h"
#include "notificationrepository.h"
#include "userrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace signalbox;
using test::CliProcess;
using test::CliResult;
using test::TestStore;

// Every command of signalbox-cli, run as a real process against a store the test prepared,
// in text mode and in JSON mode.
class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void userAdd();
    void userAddFromStandardInput();
    void userList();
    void userDelete();
    void send();
    void sendJoinsWords();
    void sendReply();
    void edit();
    void history();
    void show();
    void read();
    void deleteRemovesOrKeepsPlaceholder();
    void thread();
    void threadOfDeepChain();
    void conversation();
    void conversations();
    void unread();
    void notifications();
    void hostileTextStoredExactly_data();
    void hostileTextStoredExactly();
    void help();
    void version();
    void search();
    void searchRefusesWhatItCannotRead();
    void exportJsonFollowsTheSchemaAndRepeats();
    void exportHtmlEscapesAndNests();
    void userDeleteHelpOffersTheExport();

private:
    CliResult as(const QString &name, const QStringList &arguments, const QByteArray &input = {});
    static void verifyMessageJson(const QJsonObject &json, const Message &message);

    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<CliProcess> m_cli;
    User m_alice;
    User m_bob;
    User m_carol;
};

void tst_Cli::init()
{
    m_store = std::make_unique<TestStore>();
    QVERIFY(m_store->isValid());
    // Messages the test writes are one second apart (in the past, so that those the CLI
    // writes come after them), which makes every "newest first" order certain.
    m_store->store().setClock(
        [tick = QDateTime(QDate(2024, 1, 1), QTime(9, 0), QTimeZone::utc())]() mutable {
            tick = tick.addSecs(1);
            return tick;
        });
    m_alice = m_store->addUser(QStringLiteral("alice"));
    m_bob = m_store->addUser(QStringLiteral("bob"));
    m_carol = m_store->addUser(QStringLiteral("carol"));
    QVERIFY(m_alice.isValid() && m_bob.isValid() && m_carol.isValid());
    m_cli = std::make_unique<CliProcess>();
    m_cli->setStoreVariable(m_store->path());
}

void tst_Cli::cleanup()
{
    m_cli.reset();
    m_store.reset();
}

CliResult tst_Cli::as(const QString &name, const QStringList &arguments, const QByteArray &input)
{
    m_cli->setPassword(TestStore::passwordOf(name));
    return m_cli->run(arguments, input);
}

void tst_Cli::verifyMessageJson(const QJsonObject &json, const Message &message)
{
    QCOMPARE(json.keys(),
             QStringList({"content", "deleted", "edited", "edited_at", "id", "parent_message",
                          "read", "receiver", "sender", "timestamp"}));
    QCOMPARE(json.value("id").toInteger(), message.id);
    QCOMPARE(json.value("sender").toString(), message.senderName);
    QCOMPARE(json.value("receiver").toString(), message.receiverName);
    if (message.parentId > 0)
        QCOMPARE(json.value("parent_message").toInteger(), message.parentId);
    else
        QVERIFY(json.value("parent_message").isNull());
    QCOMPARE(json.value("content").toString(), message.content);
    static const QRegularExpression iso(
        QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"));
    QVERIFY2(iso.match(json.value("timestamp").toString()).hasMatch(),
             qPrintable(json.value("timestamp").toString()));
    QCOMPARE(QDateTime::fromString(json.value("timestamp").toString(), Qt::ISODateWithMs),
             message.timestamp);
    QCOMPARE(json.value("edited").toBool(), message.edited);
    if (message.editedAt.isValid())
        QCOMPARE(QDateTime::fromString(json.value("edited_at").toString(), Qt::ISODateWithMs),
                 message.editedAt);
    else
        QVERIFY(json.value("edited_at").isNull());
    QCOMPARE(json.value("read").toBool(), message.read);
    QCOMPARE(json.value("deleted").toBool(), message.deleted);
}

void tst_Cli::userAdd()
{
    m_cli->setPassword(QStringLiteral("dave-secret-1"));
    const CliResult text = m_cli->run({"user", "add", "dave"});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.text().contains(QStringLiteral("dave")), text.out);
    auto dave = m_store->store().users().authenticate(QStringLiteral("dave"),
                                                      QStringLiteral("dave-secret-1"));
    QVERIFY(dave);

    const CliResult json = m_cli->run({"--json", "user", "add", "erin"});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject user = json.object();
    QCOMPARE(user.keys(), QStringList({"created_at", "id", "username"}));
    QCOMPARE(user.value("username").toString(), QStringLiteral("erin"));
    auto erin = m_store->store().users().byName(QStringLiteral("erin"));
    QVERIFY(erin);
    QCOMPARE(user.value("id").toInteger(), erin->id);
    QCOMPARE(QDateTime::fromString(user.value("created_at").toString(), Qt::ISODateWithMs),
             erin->createdAt);
}

void tst_Cli::userAddFromStandardInput()
{
    // --password-stdin wins over the variable and reads only the first line.
    m_cli->setPassword(QStringLiteral("not-this-one"));
    const CliResult added = m_cli->run({"user", "add", "--password-stdin", "dave"},
                                       "first-line-pass\r\nsecond line\n");
    QCOMPARE(added.exitCode, 0);
    QVERIFY(m_store->store().users().authenticate(QStringLiteral("dave"),
                                                  QStringLiteral("first-line-pass")));
    QCOMPARE(m_store->store()
                 .users()
                 .authenticate(QStringLiteral("dave"), QStringLiteral("not-this-one"))
                 .error()
                 .code,
             StoreError::WrongPassword);

    // Signing in with --password-stdin works the same way.
    m_cli->setPassword(QString());
    const CliResult sent = m_cli->run(
        {"send", "--as", "dave", "--to", "alice", "--password-stdin", "hi"}, "first-line-pass\n");
    QCOMPARE(sent.exitCode, 0);
}

void tst_Cli::userList()
{
    // No password needed.
    const CliResult text = m_cli->run({"user", "list"});
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("alice")));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("carol")));

    const CliResult json = m_cli->run({"user", "list", "--json"});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray users = json.array();
    QCOMPARE(users.size(), 3);
    QCOMPARE(users.at(1).toObject().value("username").toString(), QStringLiteral("bob"));
    QCOMPARE(users.at(1).toObject().value("id").toInteger(), m_bob.id);
    QVERIFY(!users.at(1).toObject().contains("password_hash"));
}

void tst_Cli::userDelete()
{
    const Message m = m_store->send(m_alice, m_bob, QStringLiteral("one"));
    m_store->send(m_bob, m_alice, QStringLiteral("two"), m.id);
    QVERIFY(m_store->store().messages().edit(m_alice, m.id, QStringLiteral("one!")));
    m_store->send(m_carol, m_alice, QStringLiteral("not bob's"));

    const CliResult json = as(QStringLiteral("bob"), {"--json", "user", "delete", "--as", "bob"});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject counts = json.object();
    QCOMPARE(counts.keys(), QStringList({"history", "messages", "notifications"}));
    QCOMPARE(counts.value("messages").toInt(), 2);
    QCOMPARE(counts.value("notifications").toInt(), 2);
    QCOMPARE(counts.value("history").toInt(), 1);
    QCOMPARE(m_store->store().users().byName(QStringLiteral("bob")).error().code,
             StoreError::NotFound);
    auto left = m_store->store().messages().conversation(m_alice, m_carol.id);
    QVERIFY(left);
    QCOMPARE(left->size(), 1);

    const CliResult text = as(QStringLiteral("carol"), {"user", "delete", "--as", "carol"});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.text().contains(QStringLiteral("carol"))
                 && text.text().contains(QStringLiteral("1 message")),
             text.out);
}

void tst_Cli::send()
{
    const CliResult json = as(QStringLiteral("alice"),
                              {"send", "--json", "--as", "alice", "--to", "bob", "hello bob"});
    QCOMPARE(json.exitCode, 0);
    QVERIFY(json.err.isEmpty());
    const Id id = json.object().value("id").toInteger();
    auto stored = m_store->store().messages().get(m_bob, id);
    QVERIFY(stored);
    QCOMPARE(stored->content, QStringLiteral("hello bob"));
    QCOMPARE(stored->senderId, m_alice.id);
    QCOMPARE(stored->receiverId, m_bob.id);
    verifyMessageJson(json.object(), *stored);

    const CliResult text
        = as(QStringLiteral("bob"), {"send", "--as", "bob", "--to", "alice", "hi alice"});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.text().contains(QStringLiteral("bob → alice")), text.out);
    QVERIFY(text.text().contains(QStringLiteral("    hi alice\n")));
    auto conversation = m_store->store().messages().conversation(m_alice, m_bob.id);
    QVERIFY(conversation);
    QCOMPARE(conversation->size(), 2);
}

void tst_Cli::sendJoinsWords()
{
    const CliResult json
        = as(QStringLiteral("alice"), {"--json", "send", "--as", "alice", "--to", "bob", "several",
                                       "words", "--", "--dashed"});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.object().value("content").toString(), QStringLiteral("several words --dashed"));
}

void tst_Cli::sendReply()
{
    const Message root = m_store->send(m_alice, m_bob, QStringLiteral("root"));
    const CliResult json
        = as(QStringLiteral("bob"), {"--json", "send", "--as", "bob", "--to", "alice", "--reply-to",
                                     QString::number(root.id), "a reply"});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.object().value("parent_message").toInteger(), root.id);
    auto stored = m_store->store().messages().get(m_bob, json.object().value("id").toInteger());
    QVERIFY(stored);
    QCOMPARE(stored->parentId, root.id);

    const CliResult text
        = as(QStringLiteral("alice"), {"send", "--as", "alice", "--to", "bob",
                                       QStringLiteral("--reply-to=%1").arg(root.id), "another"});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.text().contains(QStringLiteral("reply to #%1").arg(root.id)), text.out);
}

void tst_Cli::edit()
{
    const Message m = m_store->send(m_alice, m_bob, QStringLiteral("first"));
    const CliResult json = as(QStringLiteral("alice"),
                              {"--json", "edit", "--as", "alice", QString::number(m.id), "second"});
    QCOMPARE(json.exitCode, 0);
    auto stored = m_store->store().messages().get(m_alice, m.id);
    QVERIFY(stored);
    QCOMPARE(stored->content, QStringLiteral("second"));
    QVERIFY(stored->edited);
    verifyMessageJson(json.object(), *stored);
    QVERIFY(json.object().value("edited_at").isString());

    const CliResult text = as(QStringLiteral("alice"),
                              {"edit", "--as", "alice", QString::number(m.id), "third", "version"});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.text().contains(QStringLiteral("edited ")), text.out);
    QVERIFY(text.text().contains(QStringLiteral("    third version\n")));
    auto history = m_store->store().history().forMessage(m_alice, m.id);
    QVERIFY(history);
    QCOMPARE(history->size(), 2);
}

void tst_Cli::history()
{
    const Message m = m_store->send(m_alice, m_bob, QStringLiteral("v1"));
    const CliResult none
        = as(QStringLiteral("bob"), {"--json", "history", "--as", "bob", QString::number(m.id)});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.json().isArray());
    QCOMPARE(none.array().size(), 0);

    QVERIFY(m_store->store().messages().edit(m_alice, m.id, QStringLiteral("v2")));
    QVERIFY(m_store->store().messages().edit(m_alice, m.id, QStringLiteral("v3")));
    auto entries = m_store->store().history().forMessage(m_alice, m.id);
    QVERIFY(entries);

    const CliResult json
        = as(QStringLiteral("bob"), {"--json", "history", "--as", "bob", QString::number(m.id)});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray rows = json.array();
    QCOMPARE(rows.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject row = rows.at(i).toObject();
        QCOMPARE(row.keys(),
                 QStringList({"edited_at", "edited_by", "id", "message", "old_content"}));
        QCOMPARE(row.value("id").toInteger(), entries->at(i).id);
        QCOMPARE(row.value("message").toInteger(), m.id);
        QCOMPARE(row.value("edited_by").toString(), QStringLiteral("alice"));
        QCOMPARE(QDateTime::fromString(row.value("edited_at").toString(), Qt::ISODateWithMs),
                 entries->at(i).editedAt);
    }
    // Oldest first.
    QCOMPARE(rows.at(0).toObject().value("old_content").toString(), QStringLiteral("v1"));
    QCOMPARE(rows.at(1).toObject().value("old_content").toString(), QStringLiteral("v2"));

    const CliResult text
        = as(QStringLiteral("alice"), {"history", "--as", "alice", QString::number(m.id)});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.text().indexOf(QStringLiteral("    v1\n"))
                 < text.text().indexOf(QStringLiteral("    v2\n")),
             text.out);
    QVERIFY(text.text().indexOf(QStringLiteral("    v1\n")) >= 0);
}

void tst_Cli::show()
{
    const Message root = m_store->send(m_alice, m_bob, QStringLiteral("root"));
    const Message reply
        = m_store->send(m_bob, m_alice, QStringLiteral("line one\nline two"), root.id);
    const CliResult json = as(QStringLiteral("alice"),
                              {"--json", "show", "--as", "alice", QString::number(reply.id)});
    QCOMPARE(json.exitCode, 0);
    auto stored = m_store->store().messages().get(m_alice, reply.id);
    QVERIFY(stored);
    verifyMessageJson(json.object(), *stored);

    const CliResult text
        = as(QStringLiteral("alice"), {"show", "--as", "alice", QString::number(reply.id)});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.text().startsWith(QStringLiteral("#%1 bob → alice").arg(reply.id)), text.out);
    QVERIFY(text.text().contains(QStringLiteral("reply to #%1").arg(root.id)));
    QVERIFY(text.text().endsWith(QStringLiteral("\n    line one\n    line two\n")));
}

void tst_Cli::read()
{
    const Message m = m_store->send(m_alice, m_bob, QStringLiteral("read me"));
    const CliResult json
        = as(QStringLiteral("bob"), {"--json", "read", "--as", "bob", QString::number(m.id)});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.object(), QJsonObject({{"id", m.id}, {"read", true}}));
    auto stored = m_store->store().messages().get(m_bob, m.id);
    QVERIFY(stored);
    QVERIFY(stored->read);
    auto unread = m_store->store().notifications().unreadCount(m_bob);
    QVERIFY(unread);
    QCOMPARE(*unread, 0);

    const Message other = m_store->send(m_alice, m_bob, QStringLiteral("and me"));
    const CliResult text
        = as(QStringLiteral("bob"), {"read", "--as", "bob", QString::number(other.id)});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.text().contains(QStringLiteral("#%1").arg(other.id)), text.out);
}

void tst_Cli::deleteRemovesOrKeepsPlaceholder()
{
    const Message root = m_store->send(m_alice, m_bob, QStringLiteral("root"));
    const Message reply = m_store->send(m_bob, m_alice, QStringLiteral("reply"), root.id);
    const Message lone = m_store->send(m_alice, m_bob, QStringLiteral("lone"));

    const CliResult kept = as(QStringLiteral("alice"),
                              {"--json", "delete", "--as", "alice", QString::number(root.id)});
    QCOMPARE(kept.exitCode, 0);
    QCOMPARE(kept.object(), QJsonObject({{"id", root.id}, {"deleted", "placeholder"}}));
    auto placeholder = m_store->store().messages().get(m_alice, root.id);
    QVERIFY(placeholder);
    QVERIFY(placeholder->deleted);
    QVERIFY(m_store->store().messages().get(m_alice, reply.id));

    const CliResult removed = as(QStringLiteral("alice"),
                                 {"--json", "delete", "--as", "alice", QString::number(lone.id)});
    QCOMPARE(removed.exitCode, 0);
    QCOMPARE(removed.object(), QJsonObject({{"id", lone.id}, {"deleted", "removed"}}));
    QCOMPARE(m_store->store().messages().get(m_alice, lone.id).error().code, StoreError::NotFound);

    const Message another = m_store->send(m_alice, m_bob, QStringLiteral("another"));
    const CliResult text
        = as(QStringLiteral("alice"), {"delete", "--as", "alice", QString::number(another.id)});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.text().contains(QStringLiteral("#%1").arg(another.id)), text.out);

    // A placeholder shows as deleted.
    const CliResult shown
        = as(QStringLiteral("bob"), {"--json", "show", "--as", "bob", QString::number(root.id)});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY(shown.object().value("deleted").toBool());
}

void tst_Cli::thread()
{
    // root ─┬─ a ── a1
    //       └─ b
    const Message root = m_store->send(m_alice, m_bob, QStringLiteral("root"));
    const Message a = m_store->send(m_bob, m_alice, QStringLiteral("a"), root.id);
    const Message b = m_store->send(m_alice, m_bob, QStringLiteral("b"), root.id);
    const Message a1 = m_store->send(m_alice, m_bob, QStringLiteral("a1"), a.id);
    m_store->send(m_alice, m_bob, QStringLiteral("another root"));

    // Asked from a leaf, the answer is the whole tree from its root.
    const CliResult json
        = as(QStringLiteral("bob"), {"--json", "thread", "--as", "bob", QString::number(a1.id)});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject top = json.object();
    QCOMPARE(top.value("id").toInteger(), root.id);
    QVERIFY(top.value("parent_message").isNull());
    const QJsonArray replies = top.value("replies").toArray();
    QCOMPARE(replies.size(), 2);
    const QJsonObject first = replies.at(0).toObject();
    const QJsonObject second = replies.at(1).toObject();
    QCOMPARE(first.value("id").toInteger(), a.id);
    QCOMPARE(first.value("parent_message").toInteger(), root.id);
    QCOMPARE(second.value("id").toInteger(), b.id);
    QVERIFY(second.value("replies").isArray());
    QCOMPARE(second.value("replies").toArray().size(), 0);
    const QJsonArray deepest = first.value("replies").toArray();
    QCOMPARE(deepest.size(), 1);
    QCOMPARE(deepest.at(0).toObject().value("id").toInteger(), a1.id);
    QCOMPARE(deepest.at(0).toObject().value("content").toString(), QStringLiteral("a1"));
    QVERIFY(deepest.at(0).toObject().value("replies").isArray());
    QCOMPARE(deepest.at(0).toObject().value("replies").toArray().size(), 0);

    const CliResult text
        = as(QStringLiteral("alice"), {"thread", "--as", "alice", QString::number(b.id)});
    QCOMPARE(text.exitCode, 0);
    const QString out = text.text();
    QVERIFY2(out.startsWith(QStringLiteral("#%1 ").arg(root.id)), text.out);
    QVERIFY(out.contains(QStringLiteral("\n  #%1 ").arg(a.id)));
    QVERIFY(out.contains(QStringLiteral("\n    #%1 ").arg(a1.id)));
    QVERIFY(out.contains(QStringLiteral("\n  #%1 ").arg(b.id)));
    QVERIFY(out.indexOf(QStringLiteral("#%1 ").arg(a1.id))
            < out.indexOf(QStringLiteral("#%1 ").arg(b.id)));
    QVERIFY(!out.contains(QStringLiteral("another root")));
}

void tst_Cli::threadOfDeepChain()
{
    // A long reply chain nests without recursion in the CLI; Qt's parser reads up to 1024 levels.
    constexpr int Depth = 300;
    Message last = m_store->send(m_alice, m_bob, QStringLiteral("0"));
    for (int i = 1; i < Depth; ++i)
        last = m_store->send(i % 2 ? m_bob : m_alice, i % 2 ? m_alice : m_bob, QString::number(i),
                             last.id);
    const CliResult json = as(QStringLiteral("alice"),
                              {"--json", "thread", "--as", "alice", QString::number(last.id)});
    QCOMPARE(json.exitCode, 0);
    QJsonObject node = json.object();
    for (int i = 0; i < Depth; ++i) {
        QCOMPARE(node.value("content").toString(), QString::number(i));
        const QJsonArray replies = node.value("replies").toArray();
        QCOMPARE(replies.size(), i + 1 < Depth ? 1 : 0);
        if (!replies.isEmpty())
            node = replies.at(0).toObject();
    }
}

void tst_Cli::conversation()
{
    const Message m1 = m_store->send(m_alice, m_bob, QStringLiteral("one"));
    const Message m2 = m_store->send(m_bob, m_alice, QStringLiteral("two"), m1.id);
    m_store->send(m_carol, m_alice, QStringLiteral("not in it"));
    const Message m3 = m_store->send(m_alice, m_bob, QStringLiteral("three"));

    const CliResult json
        = as(QStringLiteral("alice"), {"--json", "conversation", "--as", "alice", "--with", "bob"});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray rows = json.array();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).toObject().value("id").toInteger(), m1.id);
    QCOMPARE(rows.at(1).toObject().value("id").toInteger(), m2.id);
    QCOMPARE(rows.at(2).toObject().value("id").toInteger(), m3.id);
    auto stored = m_store->store().messages().get(m_alice, m2.id);
    QVERIFY(stored);
    verifyMessageJson(rows.at(1).toObject(), *stored);

    const CliResult text
        = as(QStringLiteral("bob"), {"conversation", "--as", "bob", "--with", "alice"});
    QCOMPARE(text.exitCode, 0);
    const QString out = text.text();
    QVERIFY2(out.indexOf(QStringLiteral("    one\n")) < out.indexOf(QStringLiteral("    three\n")),
             text.out);
    QVERIFY(out.indexOf(QStringLiteral("    one\n")) >= 0);
    QVERIFY(!out.contains(QStringLiteral("not in it")));

    const CliResult empty
        = as(QStringLiteral("bob"), {"--json", "conversation", "--as", "bob", "--with", "carol"});
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(empty.array().size(), 0);
}

void tst_Cli::conversations()
{
    m_store->send(m_bob, m_alice, QStringLiteral("from bob 1"));
    m_store->send(m_bob, m_alice, QStringLiteral("from bob 2"));
    const Message toCarol = m_store->send(m_alice, m_carol, QStringLiteral("to carol"));

    const CliResult json
        = as(QStringLiteral("alice"), {"--json", "conversations", "--as", "alice"});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray rows = json.array();
    QCOMPARE(rows.size(), 2);
    // Newest activity first.
    const QJsonObject carol = rows.at(0).toObject();
    QCOMPARE(carol.keys(), QStringList({"last_content", "last_message", "last_sender",
                                        "last_timestamp", "peer", "unread"}));
    QCOMPARE(carol.value("peer").toString(), QStringLiteral("carol"));
    QCOMPARE(carol.value("last_message").toInteger(), toCarol.id);
    QCOMPARE(carol.value("last_sender").toString(), QStringLiteral("alice"));
    QCOMPARE(carol.value("last_content").toString(), QStringLiteral("to carol"));
    QCOMPARE(QDateTime::fromString(carol.value("last_timestamp").toString(), Qt::ISODateWithMs),
             toCarol.timestamp);
    QCOMPARE(carol.value("unread").toInt(), 0);
    const QJsonObject bob = rows.at(1).toObject();
    QCOMPARE(bob.value("peer").toString(), QStringLiteral("bob"));
    QCOMPARE(bob.value("last_sender").toString(), QStringLiteral("bob"));
    QCOMPARE(bob.value("last_content").toString(), QStringLiteral("from bob 2"));
    QCOMPARE(bob.value("unread").toInt(), 2);

    const CliResult text = as(QStringLiteral("alice"), {"conversations", "--as", "alice"});
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("carol")), text.out);
    QVERIFY(lines.at(1).startsWith(QStringLiteral("bob: 2 unread")));
}

void tst_Cli::unread()
{
    const Message m1 = m_store->send(m_alice, m_bob, QStringLiteral("first"));
    const Message m2 = m_store->send(m_carol, m_bob, QStringLiteral("second"));
    const Message m3 = m_store->send(m_alice, m_bob, QStringLiteral("third"));
    QVERIFY(m_store->store().messages().markRead(m_bob, m3.id));
    m_store->send(m_bob, m_alice, QStringLiteral("sent by bob"));

    const CliResult json = as(QStringLiteral("bob"), {"--json", "unread", "--as", "bob"});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray rows = json.array();
    QCOMPARE(rows.size(), 2);
    // Newest first, only the columns the unread list reads.
    const QJsonObject newest = rows.at(0).toObject();
    QCOMPARE(newest.keys(), QStringList({"content", "id", "parent_message", "read", "receiver",
                                         "sender", "timestamp"}));
    QCOMPARE(newest.value("id").toInteger(), m2.id);
    QCOMPARE(newest.value("sender").toString(), QStringLiteral("carol"));
    QCOMPARE(newest.value("receiver").toString(), QStringLiteral("bob"));
    QCOMPARE(newest.value("content").toString(), QStringLiteral("second"));
    QCOMPARE(newest.value("read").toBool(), false);
    QCOMPARE(rows.at(1).toObject().value("id").toInteger(), m1.id);

    const CliResult text = as(QStringLiteral("bob"), {"unread", "--as", "bob"});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.text().contains(QStringLiteral("    first\n")));
    QVERIFY(!text.text().contains(QStringLiteral("third")));

    const CliResult none = as(QStringLiteral("alice"), {"--json", "unread", "--as", "alice"});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.array().size(), 1);
}

void tst_Cli::notifications()
{
    const Message m1 = m_store->send(m_alice, m_bob, QStringLiteral("first"));
    const Message m2 = m_store->send(m_carol, m_bob, QStringLiteral("second"));
    QVERIFY(m_store->store().messages().markRead(m_bob, m1.id));
    auto stored = m_store->store().notifications().listFor(m_bob);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 2);

    const CliResult json = as(QStringLiteral("bob"), {"--json", "notifications", "--as", "bob"});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray rows = json.array();
    QCOMPARE(rows.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject row = rows.at(i).toObject();
        QCOMPARE(row.keys(), QStringList({"created_at", "id", "message", "read", "user"}));
        QCOMPARE(row.value("id").toInteger(), stored->at(i).id);
        QCOMPARE(row.value("user").toString(), QStringLiteral("bob"));
        QCOMPARE(row.value("message").toInteger(), stored->at(i).messageId);
        QCOMPARE(row.value("read").toBool(), stored->at(i).read);
        QCOMPARE(QDateTime::fromString(row.value("created_at").toString(), Qt::ISODateWithMs),
                 stored->at(i).createdAt);
    }

    const CliResult unreadOnly
        = as(QStringLiteral("bob"), {"--json", "notifications", "--unread", "--as", "bob"});
    QCOMPARE(unreadOnly.exitCode, 0);
    QCOMPARE(unreadOnly.array().size(), 1);
    QCOMPARE(unreadOnly.array().at(0).toObject().value("message").toInteger(), m2.id);
    QCOMPARE(unreadOnly.array().at(0).toObject().value("read").toBool(), false);

    const CliResult text = as(QStringLiteral("bob"), {"notifications", "--as", "bob", "--unread"});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.text().contains(QStringLiteral("message #%1 from carol: second").arg(m2.id)),
             text.out);
    QVERIFY(!text.text().contains(QStringLiteral("first")));
}

void tst_Cli::hostileTextStoredExactly_data()
{
    QTest::addColumn<QString>("content");
    QTest::newRow("quotes") << QStringLiteral(R"(she said "hi" and 'bye' `now` \back\slash)");
    QTest::newRow("sql") << QStringLiteral(
        "'); DROP TABLE messages; -- \" OR 1=1; SELECT * FROM users");
    QTest::newRow("emoji") << QStringLiteral(
        "family: 👨‍👩‍👧‍👦 flag: 🇳🇴 cat: 🐈");
    QTest::newRow("rtl override") << QStringLiteral("abc \u202Egnp.exe\u202C def \u200F");
    QTest::newRow("escape sequence") << QStringLiteral("\x1b[2J\x1b[31mred\x07 bell");
    QTest::newRow("lines and tabs") << QStringLiteral("line 1\n\tline 2\r\nline 3\n");
    QTest::newRow("percent and braces") << QStringLiteral("%1 %n %s {0} ${HOME} $(id)");
    QTest::newRow("leading dash") << QStringLiteral("-n --json");
    QTest::newRow("longest") << QString(MessageRepository::MaxContentLength, QChar(u'é'));
}

void tst_Cli::hostileTextStoredExactly()
{
    QFETCH(QString, content);
    const CliResult sent = as(QStringLiteral("alice"),
                              {"--json", "send", "--as", "alice", "--to", "bob", "--", content});
    QCOMPARE(sent.exitCode, 0);
    QCOMPARE(sent.object().value("content").toString(), content);
    const Id id = sent.object().value("id").toInteger();
    auto stored = m_store->store().messages().get(m_bob, id);
    QVERIFY(stored);
    QCOMPARE(stored->content, content);

    const CliResult shown
        = as(QStringLiteral("bob"), {"--json", "show", "--as", "bob", QString::number(id)});
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(shown.object().value("content").toString(), content);

    // Text mode never passes control characters (terminal escapes) through.
    const CliResult text = as(QStringLiteral("bob"), {"show", "--as", "bob", QString::number(id)});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(!text.out.contains('\x1b'));
    QVERIFY(!text.out.contains('\r'));
    QVERIFY(!text.out.contains('\x07'));
}

void tst_Cli::help()
{
    const CliResult help = m_cli->run({"--help"});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.text().startsWith(QStringLiteral("Usage: signalbox-cli")));
    QVERIFY(help.err.isEmpty());
}

void tst_Cli::version()
{
    const CliResult version = m_cli->run({"--version"});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.text(), QStringLiteral("signalbox-cli " SIGNALBOX_PROJECT_VERSION "\n"));
    QVERIFY(version.err.isEmpty());
    // No store is needed, and none is created.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("never-made.db"));
    const CliResult withMissingStore = m_cli->run({"--db", missing, "--version"});
    QCOMPARE(withMissingStore.exitCode, 0);
    QVERIFY(!QFileInfo::exists(missing));
}

void tst_Cli::search()
{
    const Message a = m_store->send(m_alice, m_bob, QStringLiteral("Un café, s'il te plaît"));
    const Message b = m_store->send(m_bob, m_alice, QStringLiteral("CAFE at noon?"), a.id);
    m_store->send(m_carol, m_alice, QStringLiteral("café with carol"));
    m_store->send(m_bob, m_carol, QStringLiteral("café for carol only"));

    const CliResult json = as(QStringLiteral("alice"),
                              {"--json", "search", "--as", "alice", "--with", "bob", "cafe"});
    QCOMPARE(json.exitCode, 0);
    QVERIFY2(json.err.isEmpty(), json.err);
    const QJsonArray hits = json.array();
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.at(0).toObject().keys(),
             QStringList({"content", "id", "receiver", "sender", "snippet", "timestamp"}));
    QCOMPARE(hits.at(0).toObject().value("id").toInteger(), b.id);
    QCOMPARE(hits.at(1).toObject().value("id").toInteger(), a.id);
    QCOMPARE(hits.at(0).toObject().value("sender").toString(), QStringLiteral("bob"));
    QCOMPARE(hits.at(0).toObject().value("receiver").toString(), QStringLiteral("alice"));
    QCOMPARE(hits.at(0).toObject().value("content").toString(), b.content);
    QCOMPARE(hits.at(0).toObject().value("snippet").toString(),
             QStringLiteral("\u0002CAFE\u0003 at noon?"));
    QCOMPARE(QDateTime::fromString(hits.at(1).toObject().value("timestamp").toString(),
                                   Qt::ISODateWithMs),
             a.timestamp);

    const CliResult limited = as(QStringLiteral("alice"),
                                 {"--json", "search", "--as", "alice", "--limit", "1", "café"});
    QCOMPARE(limited.exitCode, 0);
    QCOMPARE(limited.array().size(), 1);

    const CliResult text = as(QStringLiteral("alice"), {"search", "--as", "alice", "from:carol"});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.text().contains(QStringLiteral("carol → alice"))
                 && text.text().contains(QStringLiteral("café with carol")),
             text.out);
    const CliResult marked = as(QStringLiteral("alice"), {"search", "--as", "alice", "noon"});
    QVERIFY2(marked.text().contains(QStringLiteral("CAFE at [noon]?")), marked.out);
    const CliResult none = as(QStringLiteral("alice"), {"search", "--as", "alice", "tea"});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.text().contains(QStringLiteral("No messages found")));
}

void tst_Cli::searchRefusesWhatItCannotRead()
{
    m_store->send(m_alice, m_bob, QStringLiteral("hello"));
    const CliResult open = as(QStringLiteral("alice"), {"search", "--as", "alice", "\"hello"});
    QCOMPARE(open.exitCode, 65);
    QVERIFY(open.out.isEmpty());
    QVERIFY2(open.errorText().contains(QStringLiteral("quotation mark")), open.err);
    const CliResult date
        = as(QStringLiteral("alice"), {"search", "--as", "alice", "before:31.12.2024"});
    QCOMPARE(date.exitCode, 65);
    QVERIFY2(date.errorText().contains(QStringLiteral("YYYY-MM-DD")), date.err);
    const CliResult who = as(QStringLiteral("alice"), {"search", "--as", "alice", "from:zed"});
    QCOMPARE(who.exitCode, 66);
    const CliResult limit
        = as(QStringLiteral("alice"), {"search", "--as", "alice", "--limit", "0", "hello"});
    QCOMPARE(limit.exitCode, 64);
    const CliResult missing = as(QStringLiteral("alice"), {"search", "--as", "alice"});
    QCOMPARE(missing.exitCode, 64);
}

void tst_Cli::exportJsonFollowsTheSchemaAndRepeats()
{
    const Message root = m_store->send(m_alice, m_bob, QStringLiteral("first <b>draft</b>"));
    const Message reply = m_store->send(m_bob, m_alice, QStringLiteral("a reply"), root.id);
    m_store->send(m_alice, m_bob, QStringLiteral("reply to the reply"), reply.id);
    QVERIFY(m_store->store().messages().edit(m_alice, root.id, QStringLiteral("first draft")));
    QVERIFY(m_store->store().messages().markRead(m_bob, root.id));
    QVERIFY(m_store->store().messages().remove(m_bob, reply.id)); // a placeholder
    m_store->send(m_carol, m_alice, QStringLiteral("from carol"));

    QTemporaryDir dir;
    const QString one = dir.filePath(QStringLiteral("one.json"));
    const QString again = dir.filePath(QStringLiteral("again.json"));
    const QString all = dir.filePath(QStringLiteral("all.json"));
    for (const QString &path : {one, again}) {
        const CliResult run = as(QStringLiteral("alice"), {"export", "--as", "alice", "--with",
                                                           "bob", "--format", "json", path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.text().contains(QStringLiteral("Exported 3 message")), run.out);
    }
    QCOMPARE(
        as(QStringLiteral("alice"), {"export", "--as", "alice", "--format", "json", all}).exitCode,
        0);
    QFile a(one);
    QFile b(again);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray bytes = a.readAll();
    QCOMPARE(bytes, b.readAll());

    // Every file against the schema, with Debian's python3-jsonschema.
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import json, sys, jsonschema\n"
                                 "schema = json.load(open(sys.argv[1]))\n"
                                 "jsonschema.Draft202012Validator.check_schema(schema)\n"
                                 "for path in sys.argv[2:]:\n"
                                 "    jsonschema.Draft202012Validator(schema).validate("
                                 "json.load(open(path)))\n"),
                  QStringLiteral(SIGNALBOX_EXPORT_SCHEMA), one, all});
    QVERIFY(python.waitForFinished(30000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError());

    const QJsonObject doc = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(doc.value("version").toInt(), 1);
    QCOMPARE(doc.value("owner_id").toInteger(), m_alice.id);
    QCOMPARE(doc.value("people").toArray().size(), 2);
    const QJsonArray messages
        = doc.value("conversations").toArray().at(0).toObject().value("messages").toArray();
    QCOMPARE(messages.size(), 3);
    const QJsonObject first = messages.at(0).toObject();
    QCOMPARE(first.value("id").toInteger(), root.id);
    QCOMPARE(first.value("content").toString(), QStringLiteral("first draft"));
    QCOMPARE(first.value("read").toBool(), true);
    QCOMPARE(first.value("history").toArray().at(0).toObject().value("content").toString(),
             QStringLiteral("first <b>draft</b>"));
    const QJsonObject placeholder = messages.at(1).toObject();
    QVERIFY(placeholder.value("deleted").toBool());
    QVERIFY(placeholder.value("content").isNull());
    QCOMPARE(placeholder.value("parent_id").toInteger(), root.id);
    QCOMPARE(messages.at(2).toObject().value("parent_id").toInteger(), reply.id);
    QCOMPARE(QJsonDocument::fromJson([&] {
                 QFile f(all);
                 return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
             }())
                 .object()
                 .value("conversations")
                 .toArray()
                 .size(),
             2);
}

void tst_Cli::exportHtmlEscapesAndNests()
{
    const Message root = m_store->send(m_alice, m_bob, QStringLiteral("<script>alert(1)</script>"));
    const Message reply = m_store->send(m_bob, m_alice, QStringLiteral("a & b"), root.id);
    QVERIFY(m_store->store().messages().edit(m_bob, reply.id, QStringLiteral("a && b")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bob.html"));
    const CliResult run = as(QStringLiteral("alice"), {"export", "--as", "alice", "--with", "bob",
                                                       "--format", "html", path});
    QCOMPARE(run.exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(!html.contains(QStringLiteral("http://"))
            && !html.contains(QStringLiteral("https://")));
    QVERIFY(!html.contains(QStringLiteral(" src=")));
    // The reply sits in a nested list under its parent, with its earlier version.
    const qsizetype rootAt = html.indexOf(QStringLiteral("id=\"m%1\"").arg(root.id));
    const qsizetype nested = html.indexOf(QStringLiteral("<ul class=\"replies\">"), rootAt);
    const qsizetype replyAt = html.indexOf(QStringLiteral("id=\"m%1\"").arg(reply.id));
    QVERIFY(rootAt > 0 && rootAt < nested && nested < replyAt);
    QVERIFY(html.contains(QStringLiteral("a &amp;&amp; b")));
    QVERIFY(html.contains(QStringLiteral("<details><summary>Earlier versions: 1</summary>")));
    QVERIFY(html.contains(QStringLiteral("a &amp; b")));
    // Nothing else was left in the folder (no temporary file).
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"bob.html"});
}

void tst_Cli::userDeleteHelpOffersTheExport()
{
    const CliResult help = m_cli->run({"user", "delete", "--help"});
    QCOMPARE(help.exitCode, 0);
    const qsizetype at = help.text().indexOf(QStringLiteral("user delete --as NAME"));
    QVERIFY(at >= 0);
    QVERIFY2(help.text().mid(at, 200).contains(QStringLiteral("export")), help.out);
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
