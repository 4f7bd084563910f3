#include "conversationrepository.h"
#include "historyrepository.h"
#include "messagerepository.h"
#include "notificationrepository.h"
#include "storeassert.h"
#include "storedump.h"
#include "testfiles.h"
#include "teststore.h"
#include "threadrepository.h"
#include "userrepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace signalbox;

// Who may do what: every operation against every kind of actor. Exactly the permitted ones
// succeed; every other one gets its error and leaves the store exactly as it was.
class tst_Authorization : public QObject
{
    Q_OBJECT

public:
    enum class Actor { Sender, Receiver, ThirdUser, DeletedUser };
    Q_ENUM(Actor)
    enum class Op {
        Get,
        Thread,
        History,
        Edit,
        Delete,
        MarkRead,
        MarkUnread,
        NotificationGet,
        NotificationMarkRead,
        DeleteAccountRightPassword,
        DeleteAccountWrongPassword,
        DeleteAccountForged,
        Authenticate,
        AuthenticateWrongPassword
    };
    Q_ENUM(Op)

private slots:
    void initTestCase();
    void matrix_data();
    void matrix();
    void outsidersSeeNothing();

private:
    struct World
    {
        User alice; // sender of the message under test
        User bob;   // its receiver
        User carol; // a third user
        User dave;  // a deleted user: the value is kept, the row is gone
        Message message;
        Message reply;
        Id notificationId = 0;
    };
    static bool build(test::TestStore &ts, World &world);
};

void tst_Authorization::initTestCase()
{
    test::useFastPasswordHashing();
}

bool tst_Authorization::build(test::TestStore &ts, World &w)
{
    w.alice = ts.addUser(QStringLiteral("alice"));
    w.bob = ts.addUser(QStringLiteral("bob"));
    w.carol = ts.addUser(QStringLiteral("carol"));
    w.dave = ts.addUser(QStringLiteral("dave"));
    w.message = ts.send(w.alice, w.bob, QStringLiteral("alice to bob"));
    w.reply = ts.send(w.bob, w.alice, QStringLiteral("bob to alice"), w.message.id);
    ts.send(w.dave, w.alice, QStringLiteral("dave to alice"));
    ts.send(w.alice, w.carol, QStringLiteral("alice to carol"));
    if (!w.message.isValid() || !w.reply.isValid())
        return false;
    if (!ts->messages().edit(w.alice, w.message.id, QStringLiteral("alice to bob, edited")))
        return false;
    if (!ts->users().remove(w.dave, test::TestStore::passwordOf(QStringLiteral("dave"))))
        return false;
    auto notifications = ts->notifications().listFor(w.bob);
    if (!notifications || notifications->isEmpty())
        return false;
    for (const Notification &n : *notifications) {
        if (n.messageId == w.message.id)
            w.notificationId = n.id;
    }
    return w.notificationId > 0;
}

void tst_Authorization::matrix_data()
{
    QTest::addColumn<Op>("op");
    QTest::addColumn<Actor>("actor");
    QTest::addColumn<int>("expected"); // -1 = permitted, else a StoreError::Code

    const int ok = -1;
    const int denied = StoreError::PermissionDenied;
    // Someone else's row, for a third person (and a notification, for the sender).
    const int hidden = test::TestStore::hiddenRow();
    struct Row
    {
        Op op;
        int sender, receiver, third, deleted;
    };
    const Row rows[] = {
        {Op::Get, ok, ok, hidden, denied},
        {Op::Thread, ok, ok, hidden, denied},
        {Op::History, ok, ok, hidden, denied},
        {Op::Edit, ok, denied, hidden, denied},
        {Op::Delete, ok, denied, hidden, denied},
        {Op::MarkRead, denied, ok, hidden, denied},
        {Op::MarkUnread, denied, ok, hidden, denied},
        // The notification under test is the receiver's.
        {Op::NotificationGet, hidden, ok, hidden, denied},
        {Op::NotificationMarkRead, hidden, ok, hidden, denied},
        {Op::DeleteAccountRightPassword, ok, ok, ok, StoreError::NotFound},
        {Op::DeleteAccountWrongPassword, StoreError::WrongPassword, StoreError::WrongPassword,
         StoreError::WrongPassword, StoreError::NotFound},
        // The actor's own name and password, but another user's id.
        {Op::DeleteAccountForged, StoreError::NotFound, StoreError::NotFound, StoreError::NotFound,
         StoreError::NotFound},
        {Op::Authenticate, ok, ok, ok, StoreError::NotFound},
        {Op::AuthenticateWrongPassword, StoreError::WrongPassword, StoreError::WrongPassword,
         StoreError::WrongPassword, StoreError::NotFound},
    };
    const auto opName = QMetaEnum::fromType<Op>();
    const auto actorName = QMetaEnum::fromType<Actor>();
    for (const Row &row : rows) {
        const int expected[] = {row.sender, row.receiver, row.third, row.deleted};
        for (int a = 0; a < 4; ++a) {
            QTest::addRow("%s by %s", opName.valueToKey(int(row.op)), actorName.valueToKey(a))
                << row.op << Actor(a) << expected[a];
        }
    }
}

void tst_Authorization::matrix()
{
    QFETCH(Op, op);
    QFETCH(Actor, actor);
    QFETCH(int, expected);

    test::TestStore ts;
    QVERIFY(ts.isValid());
    World w;
    QVERIFY(build(ts, w));
    const User who = actor == Actor::Sender      ? w.alice
                     : actor == Actor::Receiver  ? w.bob
                     : actor == Actor::ThirdUser ? w.carol
                                                 : w.dave;
    const QString password = test::TestStore::passwordOf(who.username);
    // The receiver starts with the message read, so that marking it unread is a real change.
    SB_VERIFY_OK(ts->messages().markRead(w.bob, w.message.id));
    if (op == Op::MarkRead)
        SB_VERIFY_OK(ts->messages().markUnread(w.bob, w.message.id));

    const bool sqlite = !test::TestStore::onPostgres();
    const auto before = test::dumpAll(ts.store());
    const QByteArray bytesBefore = sqlite ? test::files::storeBytes(ts.path()) : QByteArray();

    std::optional<StoreError> error;
    const auto take = [&error](const auto &result) {
        if (!result.ok())
            error = result.error();
    };
    switch (op) {
    case Op::Get:
        take(ts->messages().get(who, w.message.id));
        break;
    case Op::Thread:
        take(ts->threads().thread(who, w.reply.id));
        break;
    case Op::History:
        take(ts->history().forMessage(who, w.message.id));
        break;
    case Op::Edit:
        take(ts->messages().edit(who, w.message.id, QStringLiteral("taken over")));
        break;
    case Op::Delete:
        take(ts->messages().remove(who, w.message.id));
        break;
    case Op::MarkRead:
        take(ts->messages().markRead(who, w.message.id));
        break;
    case Op::MarkUnread:
        take(ts->messages().markUnread(who, w.message.id));
        break;
    case Op::NotificationGet:
        take(ts->notifications().get(who, w.notificationId));
        break;
    case Op::NotificationMarkRead:
        take(ts->notifications().markRead(who, w.notificationId));
        break;
    case Op::DeleteAccountRightPassword:
        take(ts->users().remove(who, password));
        break;
    case Op::DeleteAccountWrongPassword:
        take(ts->users().remove(who, password + QStringLiteral("x")));
        break;
    case Op::DeleteAccountForged: {
        User forged = who;
        forged.id = who.id == w.alice.id ? w.bob.id : w.alice.id;
        take(ts->users().remove(forged, password));
        break;
    }
    case Op::Authenticate:
        take(ts->users().authenticate(who.username, password));
        break;
    case Op::AuthenticateWrongPassword:
        take(ts->users().authenticate(who.username, password.left(password.size() - 1)));
        break;
    }

    if (expected == -1) {
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        return;
    }
    QVERIFY2(error, "the operation was let through");
    QCOMPARE(StoreError::codeName(error->code), StoreError::codeName(StoreError::Code(expected)));
    QVERIFY(!error->message.isEmpty());
    // A refused operation changes nothing: every row of every table, and the file's bytes.
    QCOMPARE(test::dumpAll(ts.store()), before);
    if (sqlite)
        QVERIFY2(test::files::storeBytes(ts.path()) == bytesBefore, "the store file changed");
}

// conversation(), unreadFor() and the other lists only ever return the viewer's own data: a
// third user, and a deleted one, see nothing of alice and bob.
void tst_Authorization::outsidersSeeNothing()
{
    test::TestStore ts;
    World w;
    QVERIFY(build(ts, w));
    const auto before = test::dumpAll(ts.store());

    for (const User &outsider : {w.carol, w.dave}) {
        const QString who = outsider.username;
        for (const User &peer : {w.alice, w.bob}) {
            if (outsider == w.carol && peer == w.alice)
                continue; // carol and alice do have a conversation of their own
            auto conversation = ts->messages().conversation(outsider, peer.id);
            SB_VERIFY_OK(conversation);
            QVERIFY2(conversation->isEmpty(), qPrintable(who));
            auto page = ts->threads().page(outsider, peer.id, 50);
            SB_VERIFY_OK(page);
            QVERIFY(page->messages.isEmpty());
            SB_VERIFY_ERROR(ts->conversations().summary(outsider, peer.id), StoreError::NotFound);
            auto marked = ts->messages().markConversationRead(outsider, peer.id);
            SB_VERIFY_OK(marked);
            QCOMPARE(*marked, 0);
        }
        auto unread = ts->messages().unreadFor(outsider);
        SB_VERIFY_OK(unread);
        for (const Message &m : *unread)
            QVERIFY(m.receiverId == outsider.id && m.senderId != w.bob.id);
        auto count = ts->messages().unreadCount(outsider);
        SB_VERIFY_OK(count);
        QCOMPARE(*count, int(unread->size()));
        auto notifications = ts->notifications().listFor(outsider);
        SB_VERIFY_OK(notifications);
        for (const Notification &n : *notifications)
            QVERIFY(n.userId == outsider.id && n.messageId != w.message.id
                    && n.messageId != w.reply.id);
        auto list = ts->conversations().listFor(outsider);
        SB_VERIFY_OK(list);
        for (const ConversationSummary &s : *list)
            QVERIFY(s.peerId != w.bob.id);
        auto all = ts->notifications().markAllRead(w.dave);
        SB_VERIFY_OK(all);
        QCOMPARE(*all, 0);
    }
    // The deleted user has nothing left at all.
    auto conversation = ts->messages().conversation(w.alice, w.dave.id);
    SB_VERIFY_OK(conversation);
    QVERIFY(conversation->isEmpty());
    auto counts = ts->users().countOwnedData(w.dave);
    SB_VERIFY_OK(counts);
    QCOMPARE(*counts, DeletionCounts{});
    QCOMPARE(test::dumpAll(ts.store()), before);
}

QTEST_GUILESS_MAIN(tst_Authorization)
#include "tst_authorization.moc"
