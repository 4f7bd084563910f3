// Smoke test of signalbox-bench --large: a small seeded store, the bench run on it, and every
// figure of its JSON present with the counts this test works out through other store calls.
// Nothing here is timed.
#include "teststore.h"

#include "messagerepository.h"
#include "seeder.h"
#include "store.h"
#include "userrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace signalbox;

namespace {

constexpr int Users = 50;
constexpr qint64 Messages = 5000;
constexpr int Sends = 20;
constexpr int DeleteTarget = 150;
constexpr int PageSize = 50; // src/models/threadpaging.h

struct Expected
{
    int peers = 0;
    int conversationMessages = 0;
    int conversationRoots = 0;
    int pageRoots = 0;
    int pageMessages = 0;
    int unread = 0;
    QString doomed;
    DeletionCounts owned;
    qint64 doomedDistance = -1;
    int tiedUsers = 0; // users as close to the target as the one picked
};

} // namespace

class tst_LargeBench : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportsEveryFigureWithTheRightCounts();

private:
    QTemporaryDir m_dir;
    QString m_path;
    Expected m_expected;
};

void tst_LargeBench::initTestCase()
{
    test::useFastPasswordHashing();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("large.sqlite3"));
    auto opened = Store::open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    std::unique_ptr<Store> store = std::move(opened).value();

    Seeder::Options options;
    options.users = Users;
    options.messages = Messages;
    options.seed = 7;
    options.largeConversation = 250; // every 20th message between user0000 and user0001
    auto seeded = Seeder::run(*store, options);
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));
    QCOMPARE(seeded->messages, Messages);

    // What the bench should find, worked out from whole conversations rather than the
    // summaries and paging queries it times.
    auto hub = store->users().byName(Seeder::userName(0));
    auto partner = store->users().byName(Seeder::userName(1));
    QVERIFY(hub.ok() && partner.ok());
    for (int i = 1; i < Users; ++i) {
        auto peer = store->users().byName(Seeder::userName(i));
        QVERIFY(peer.ok());
        auto messages = store->messages().conversation(*hub, peer->id);
        QVERIFY(messages.ok());
        if (!messages->isEmpty())
            ++m_expected.peers;
    }
    auto conversation = store->messages().conversation(*hub, partner->id);
    QVERIFY(conversation.ok());
    m_expected.conversationMessages = int(conversation->size());
    QHash<Id, Id> parentOf;
    QList<Message> roots;
    for (const Message &m : std::as_const(*conversation)) {
        parentOf.insert(m.id, m.parentId);
        if (m.parentId == 0)
            roots.append(m);
    }
    m_expected.conversationRoots = int(roots.size());
    std::sort(roots.begin(), roots.end(), [](const Message &a, const Message &b) {
        return std::pair(a.timestamp, a.id) > std::pair(b.timestamp, b.id);
    });
    QSet<Id> newest;
    for (qsizetype i = 0; i < qMin<qsizetype>(PageSize, roots.size()); ++i)
        newest.insert(roots.at(i).id);
    m_expected.pageRoots = int(newest.size());
    for (const Message &m : std::as_const(*conversation)) {
        Id root = m.id;
        while (parentOf.value(root) != 0)
            root = parentOf.value(root);
        if (newest.contains(root))
            ++m_expected.pageMessages;
    }
    auto unread = store->messages().unreadFor(*hub);
    QVERIFY(unread.ok());
    m_expected.unread = int(unread->size());

    auto users = store->users().list();
    QVERIFY(users.ok());
    QCOMPARE(users->size(), Users);
    for (const User &user : std::as_const(*users)) {
        auto counts = store->users().countOwnedData(user);
        QVERIFY(counts.ok());
        const qint64 distance = qAbs(qint64(counts->messages) - DeleteTarget);
        if (m_expected.doomedDistance < 0 || distance < m_expected.doomedDistance) {
            m_expected.doomedDistance = distance;
            m_expected.doomed = user.username;
            m_expected.owned = *counts;
            m_expected.tiedUsers = 1;
        } else if (distance == m_expected.doomedDistance) {
            ++m_expected.tiedUsers;
        }
    }
    QVERIFY(m_expected.peers > 0);
    QVERIFY(m_expected.conversationRoots > PageSize); // so that has_older is exercised
}

void tst_LargeBench::reportsEveryFigureWithTheRightCounts()
{
    QProcess bench;
    bench.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    bench.start(QStringLiteral(SIGNALBOX_BENCH_BINARY),
                {QStringLiteral("--large"), m_path, QStringLiteral("--sends"),
                 QString::number(Sends), QStringLiteral("--delete-target"),
                 QString::number(DeleteTarget)});
    QVERIFY(bench.waitForStarted());
    QVERIFY(bench.waitForFinished(240000));
    QCOMPARE(bench.exitStatus(), QProcess::NormalExit);
    QCOMPARE(bench.exitCode(), 0);
    QJsonParseError parsed{};
    const QJsonObject report
        = QJsonDocument::fromJson(bench.readAllStandardOutput(), &parsed).object();
    QCOMPARE(parsed.error, QJsonParseError::NoError);

    QCOMPARE(report.value(QLatin1String("users")).toInt(), Users);
    QCOMPARE(report.value(QLatin1String("messages")).toInteger(), Messages);
    QCOMPARE(report.value(QLatin1String("viewer")).toString(), Seeder::userName(0));
    QVERIFY(report.contains(QLatin1String("verified")));

    const QStringList figures{QStringLiteral("conversation_list"),
                              QStringLiteral("open_conversation"),
                              QStringLiteral("open_conversation_model"),
                              QStringLiteral("unread_count"),
                              QStringLiteral("send"),
                              QStringLiteral("delete_user"),
                              QStringLiteral("search_two_words"),
                              QStringLiteral("search_prefix"),
                              QStringLiteral("search_from"),
                              QStringLiteral("export_json"),
                              QStringLiteral("export_html")};
    for (const QString &name : figures) {
        QVERIFY2(report.value(name).isObject(), qPrintable(name));
        const QJsonObject figure = report.value(name).toObject();
        for (const char *field : {"median_ms", "cpu_median_ms", "first_ms", "statements", "repeats",
                                  "target_ms", "met", "met_by_cpu", "api"})
            QVERIFY2(figure.contains(QLatin1String(field)),
                     qPrintable(name + QLatin1Char('.') + QLatin1String(field)));
        QVERIFY2(figure.value(QLatin1String("median_ms")).toDouble() >= 0, qPrintable(name));
        QVERIFY2(figure.value(QLatin1String("statements")).toInteger() >= 1, qPrintable(name));
        QVERIFY2(figure.value(QLatin1String("target_ms")).toDouble() > 0, qPrintable(name));
    }

    // The store promises one statement for each of the read paths.
    const QJsonObject list = report.value(QLatin1String("conversation_list")).toObject();
    QCOMPARE(list.value(QLatin1String("rows")).toInt(), m_expected.peers);
    QCOMPARE(list.value(QLatin1String("statements_max")).toInteger(), 1);

    const QJsonObject page = report.value(QLatin1String("open_conversation")).toObject();
    QCOMPARE(page.value(QLatin1String("page_size")).toInt(), PageSize);
    QCOMPARE(page.value(QLatin1String("conversation_messages")).toInt(),
             m_expected.conversationMessages);
    QCOMPARE(page.value(QLatin1String("conversation_roots")).toInt(), m_expected.conversationRoots);
    QCOMPARE(page.value(QLatin1String("roots")).toInt(), m_expected.pageRoots);
    QCOMPARE(page.value(QLatin1String("messages")).toInt(), m_expected.pageMessages);
    QCOMPARE(page.value(QLatin1String("has_older")).toBool(), true);
    QCOMPARE(page.value(QLatin1String("statements_max")).toInteger(), 1);

    const QJsonObject unread = report.value(QLatin1String("unread_count")).toObject();
    QCOMPARE(unread.value(QLatin1String("unread")).toInt(), m_expected.unread);
    QCOMPARE(unread.value(QLatin1String("statements_max")).toInteger(), 1);

    // Search: one statement, two with a from: name. A search with words first asks whether
    // changes wait on the index's pending list, and the first one of the run may take the list
    // in (a write of four statements: BEGIN, the index, the list, COMMIT); from: alone reads the
    // messages. The counts were checked by the bench against its raw connection, and the small
    // store has enough matches to fill a page.
    for (const auto &[key, statements] :
         {std::pair{"search_two_words", 2}, std::pair{"search_prefix", 2},
          std::pair{"search_from", 2}}) {
        const QJsonObject search = report.value(QLatin1String(key)).toObject();
        QCOMPARE(search.value(QLatin1String("statements")).toInteger(), statements);
        QVERIFY2(search.value(QLatin1String("statements_max")).toInteger() <= statements + 4, key);
    }
    QVERIFY(report.value(QLatin1String("search_two_words"))
                .toObject()
                .value(QLatin1String("results"))
                .toInt()
            > 0);
    QVERIFY(report.value(QLatin1String("search_index_bytes")).toInteger() > 0);
    // The export reads the conversation in one statement.
    QCOMPARE(report.value(QLatin1String("export_json"))
                 .toObject()
                 .value(QLatin1String("statements_max"))
                 .toInteger(),
             1);
    QCOMPARE(report.value(QLatin1String("export_html"))
                 .toObject()
                 .value(QLatin1String("messages"))
                 .toInt(),
             m_expected.conversationMessages);

    QCOMPARE(report.value(QLatin1String("send")).toObject().value(QLatin1String("repeats")).toInt(),
             Sends);

    const QJsonObject removed = report.value(QLatin1String("delete_user")).toObject();
    if (m_expected.tiedUsers == 1)
        QCOMPARE(removed.value(QLatin1String("user")).toString(), m_expected.doomed);
    QCOMPARE(qAbs(removed.value(QLatin1String("messages")).toInt() - DeleteTarget),
             int(m_expected.doomedDistance));
    if (m_expected.tiedUsers == 1) {
        QCOMPARE(removed.value(QLatin1String("notifications")).toInt(),
                 m_expected.owned.notifications);
        QCOMPARE(removed.value(QLatin1String("history")).toInt(), m_expected.owned.history);
    }
    QVERIFY(removed.contains(QLatin1String("password_check_ms")));

    // The store file itself is left as it was: sends and deletes ran on copies.
    auto reopened = Store::open(m_path);
    QVERIFY(reopened.ok());
    auto users = (*reopened)->users().list();
    QVERIFY(users.ok());
    QCOMPARE(users->size(), Users);
    auto hub = (*reopened)->users().byName(Seeder::userName(0));
    auto partner = (*reopened)->users().byName(Seeder::userName(1));
    QVERIFY(hub.ok() && partner.ok());
    auto conversation = (*reopened)->messages().conversation(*hub, partner->id);
    QVERIFY(conversation.ok());
    QCOMPARE(int(conversation->size()), m_expected.conversationMessages);
}

QTEST_GUILESS_MAIN(tst_LargeBench)
#include "tst_largebench.moc"
