#include "modeltesthelpers.h"
#include "teststore.h"

#include "conversationlistmodel.h"
#include "historymodel.h"
#include "listroles.h"
#include "notificationmodel.h"
#include "searchmodel.h"
#include "threadmodel.h"
#include "unreadmodel.h"
#include "userlistmodel.h"

#include <QTest>

#include <algorithm>
#include <memory>

using namespace signalbox;

namespace {

// A model with Qt's role names and no others.
class QtRolesOnly : public QAbstractListModel
{
public:
    int rowCount(const QModelIndex & = {}) const override { return 0; }
    QVariant data(const QModelIndex &, int) const override { return {}; }
};

} // namespace

// The roles the lists share (ListRoles): one number and one name in every model, answered the
// same way for the same message; and each model's role names are the ones its views have used.
class tst_ListRoles : public QObject
{
    Q_OBJECT

private slots:
    void roleNamesStay_data();
    void roleNamesStay();
    void aSharedNameIsOneRole();
    void theSameMessageAnswersAlikeInEveryList();
    void peerRolesNeedAViewer();
};

namespace {

// bob's one message to alice, and every list model as alice sees it.
struct OneMessage
{
    OneMessage() { test::useSteppingClock(ts.store()); }

    QList<std::shared_ptr<QAbstractItemModel>> models()
    {
        auto thread = std::make_shared<ThreadModel>(&ts.store(), alice);
        thread->setPeer(bob.id);
        auto search = std::make_shared<SearchModel>(&ts.store(), alice);
        search->setQuery(QStringLiteral("picnic"));
        return {std::make_shared<ConversationListModel>(&ts.store(), alice),
                std::make_shared<NotificationModel>(&ts.store(), alice),
                std::make_shared<UnreadModel>(&ts.store(), alice),
                std::make_shared<UserListModel>(&ts.store(), alice),
                std::make_shared<HistoryModel>(&ts.store(), alice, message.id),
                thread,
                search};
    }

    test::TestStore ts;
    User alice = ts.addUser(QStringLiteral("alice"));
    User bob = ts.addUser(QStringLiteral("bob"));
    Message message = ts.send(bob, alice, QStringLiteral("picnic on sunday"));
};

} // namespace

// The names beyond Qt's own, as they were before the roles were shared.
void tst_ListRoles::roleNamesStay_data()
{
    QTest::addColumn<int>("model");
    QTest::addColumn<QByteArrayList>("names");
    QTest::newRow("conversations")
        << 0 << QByteArrayList{"peerId",      "peerName",     "lastMessage",   "lastTimestamp",
                               "unreadCount", "lastSenderId", "lastMessageId", "draft"};
    QTest::newRow("notifications")
        << 1 << QByteArrayList{"notificationId", "messageId", "senderId", "senderName",
                               "content",        "createdAt", "read"};
    QTest::newRow("unread") << 2 << QByteArrayList{"messageId", "senderId",  "senderName",
                                                   "content",   "timestamp", "parentId"};
    QTest::newRow("users") << 3 << QByteArrayList{"userId", "userName"};
    QTest::newRow("history") << 4 << QByteArrayList{"content",   "editedAt", "editor",
                                                    "isCurrent", "version",  "diffHtml"};
    QTest::newRow("thread") << 5 << QByteArrayList{"messageId",     "senderId",   "senderName",
                                                   "receiverId",    "content",    "timestamp",
                                                   "edited",        "editedAt",   "read",
                                                   "deleted",       "parentId",   "depth",
                                                   "subtreeUnread", "replyCount", "unreadForViewer",
                                                   "daySeparator",  "firstUnread"};
    QTest::newRow("search") << 6 << QByteArrayList{"messageId", "peerId",  "peerName", "senderName",
                                                   "timestamp", "snippet", "content"};
}

void tst_ListRoles::roleNamesStay()
{
    QFETCH(int, model);
    QFETCH(QByteArrayList, names);
    OneMessage one;
    const auto all = one.models();
    const QHash<int, QByteArray> qtNames = QtRolesOnly().roleNames();
    QByteArrayList own;
    const QHash<int, QByteArray> roleNames = all.at(model)->roleNames();
    for (auto it = roleNames.cbegin(); it != roleNames.cend(); ++it) {
        if (it.key() >= Qt::UserRole)
            own << it.value();
        else
            QCOMPARE(it.value(), qtNames.value(it.key()));
    }
    std::sort(own.begin(), own.end());
    std::sort(names.begin(), names.end());
    QCOMPARE(own, names);
}

void tst_ListRoles::aSharedNameIsOneRole()
{
    OneMessage one;
    for (const auto &model : one.models()) {
        const QHash<int, QByteArray> roleNames = model->roleNames();
        QSet<QByteArray> seen;
        for (auto it = roleNames.cbegin(); it != roleNames.cend(); ++it) {
            QVERIFY2(!seen.contains(it.value()), it.value().constData());
            seen.insert(it.value());
            if (it.key() < Qt::UserRole)
                continue;
            // A shared role has the shared name; an own role is numbered after them and
            // does not take a shared role's name.
            const QByteArray shared = ListRoles::nameOf(it.key());
            if (it.key() < ListRoles::FirstOwnRole) {
                QCOMPARE(it.value(), shared);
            } else {
                QVERIFY(shared.isEmpty());
                for (int role = Qt::UserRole + 1; role < ListRoles::FirstOwnRole; ++role)
                    QVERIFY2(ListRoles::nameOf(role) != it.value(), it.value().constData());
            }
        }
    }
}

void tst_ListRoles::theSameMessageAnswersAlikeInEveryList()
{
    OneMessage one;
    const Message &m = one.message;
    const auto all = one.models();
    QList<QModelIndex> rows;
    rows << all.at(1)->index(0, 0);                         // notifications
    rows << all.at(2)->index(0, 0);                         // unread
    rows << all.at(5)->index(0, 0);                         // thread
    rows << all.at(6)->index(0, 0);                         // search
    rows << all.at(4)->index(all.at(4)->rowCount() - 1, 0); // history: current
    for (const QModelIndex &row : std::as_const(rows)) {
        QVERIFY(row.isValid());
        QCOMPARE(row.data(ListRoles::ContentRole).toString(), m.content);
    }
    for (const QModelIndex &row : rows.first(4)) {
        QCOMPARE(row.data(ListRoles::MessageIdRole).toLongLong(), m.id);
        QCOMPARE(row.data(ListRoles::SenderNameRole).toString(), QStringLiteral("bob"));
    }
    // The thread, the unread list and the search results give the message's time.
    for (const QModelIndex &row : rows.mid(1, 3))
        QCOMPARE(row.data(ListRoles::TimestampRole).toDateTime(), m.timestamp);
    // The conversation list and the search results name the same peer.
    const QModelIndex conversation = all.at(0)->index(0, 0);
    QCOMPARE(conversation.data(ListRoles::PeerIdRole).toLongLong(), one.bob.id);
    QCOMPARE(rows.at(3).data(ListRoles::PeerIdRole).toLongLong(), one.bob.id);
    QCOMPARE(rows.at(3).data(ListRoles::PeerNameRole), conversation.data(ListRoles::PeerNameRole));
}

void tst_ListRoles::peerRolesNeedAViewer()
{
    OneMessage one;
    const Message &m = one.message;
    QCOMPARE(ListRoles::ofMessage(m, ListRoles::PeerIdRole, one.alice.id).toLongLong(), one.bob.id);
    QCOMPARE(ListRoles::ofMessage(m, ListRoles::PeerNameRole, one.bob.id).toString(),
             QStringLiteral("alice"));
    QVERIFY(!ListRoles::ofMessage(m, ListRoles::PeerIdRole).isValid());
    QVERIFY(!ListRoles::ofMessage(m, ListRoles::PeerNameRole).isValid());
    QVERIFY(!ListRoles::ofMessage(m, Qt::DisplayRole, one.alice.id).isValid());
    QVERIFY(!ListRoles::ofMessage(m, ListRoles::FirstOwnRole, one.alice.id).isValid());
    QCOMPARE(ListRoles::ofMessage(m, ListRoles::ReceiverIdRole).toLongLong(), one.alice.id);
}

QTEST_MAIN(tst_ListRoles)
#include "tst_listroles.moc"
