#include "hostiletext.h"
#include "manualclock.h"
#include "rawdatabase.h"
#include "storeassert.h"
#include "teststore.h"

#include "database.h"
#include "messagepolicy.h"
#include "messagerepository.h"
#include "migrator.h"
#include "searchindexer.h"
#include "searchrepository.h"
#include "searchsnippet.h"
#include "storesignals.h"
#include "textfold.h"
#include "userrepository.h"

#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace signalbox;

namespace {

QList<Id> idsOf(const Result<QList<SearchHit>> &hits)
{
    QList<Id> ids;
    if (hits)
        for (const SearchHit &hit : *hits)
            ids.append(hit.message.id);
    return ids;
}

// Statements of a search: SQLite first asks whether changes wait on the index's pending list.
qint64 searchStatements(qint64 statements)
{
    return test::TestStore::onPostgres() ? statements : statements + 1;
}

// Takes the index's pending list in, as a search does first (SQLite; PostgreSQL has none).
Status applyPending(Store &store)
{
    if (test::TestStore::onPostgres())
        return success();
    return store.write([&store] { return SearchIndexer::applyPending(store.database()); });
}

// What the index holds, per message, once its pending list is taken in (as every search does
// first): its body terms in order, read back through fts5vocab (SQLite); and what it should
// hold: the words of every message that is not a placeholder.
QMap<Id, QStringList> indexedTerms(Store &store)
{
    Database &db = store.database();
    QMap<Id, QStringList> terms;
    if (Status applied = applyPending(store); !applied)
        return {{-1, {applied.error().message}}};
    if (!db.execute(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms USING "
                                   "fts5vocab(main, messages_fts, instance)")))
        return {{-1, {QStringLiteral("fts5vocab failed")}}};
    QMap<Id, QMap<int, QString>> positions;
    Status read = db.select(QStringLiteral("SELECT doc, offset, term FROM temp.search_terms "
                                           "WHERE col = 'body'"),
                            {}, [&](const QSqlQuery &q) {
                                positions[q.value(0).toLongLong()][q.value(1).toInt()]
                                    = q.value(2).toString();
                            });
    if (!read)
        return {{-1, {read.error().message}}};
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        terms.insert(it.key(), it.value().values());
    return terms;
}

QMap<Id, QStringList> expectedTerms(Store &store)
{
    QMap<Id, QStringList> terms;
    Status read = store.database().select(
        QStringLiteral("SELECT id, content FROM messages WHERE deleted = 0"), {},
        [&](const QSqlQuery &q) {
            const QString folded = textfold::fold(q.value(1).toString());
            QStringList words;
            for (const auto &span : textfold::words(folded))
                words.append(folded.mid(span.start, span.length));
            if (!words.isEmpty())
                terms.insert(q.value(0).toLongLong(), words);
        });
    if (!read)
        return {{-1, {read.error().message}}};
    return terms;
}

} // namespace

class tst_Search : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void allWordsInAnyOrder();
    void caseAndAccentsNeverMatter_data();
    void caseAndAccentsNeverMatter();
    void phrasesAndPrefixes();
    void prefixesFindEveryWordTheyStandFor();
    void cjkMatchesSubstrings();
    void filtersByPeopleAndDates();
    void onlyWhatTheSearcherMaySee();
    void editedMessagesByCurrentTextOnly();
    void deletedMessagesAndAccountsAreNeverFound();
    void newestFirstWithMarkedSnippetsAndLimit();
    void newestFirstEvenWhenTheClockWentBack();
    void badQueriesAreClearErrors();
    void hostileTextIsSearchedAsText_data();
    void hostileTextIsSearchedAsText();
    void oneStatementPerSearch();
    void indexStaysInStepWithEveryChange();
    void pendingListIsTakenInBeforeEverySearch();
    void pendingListIsTakenInWhenItIsLong();
    void anotherProcessTakesTheListIn();
    void failedWriteLeavesTheIndexAsItWas();
    void migrationIndexesAnExistingStore();
};

void tst_Search::initTestCase()
{
    test::useFastPasswordHashing();
}

void tst_Search::allWordsInAnyOrder()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const Message both = ts.send(alice, bob, QStringLiteral("Lunch at noon, then coffee?"));
    const Message one = ts.send(bob, alice, QStringLiteral("coffee is fine"));
    ts.send(bob, alice, QStringLiteral("nothing here"));

    QCOMPARE(idsOf(ts->search().search(alice, QStringLiteral("coffee lunch"))), QList<Id>{both.id});
    QCOMPARE(idsOf(ts->search().search(bob, QStringLiteral("LUNCH noon coffee"))),
             QList<Id>{both.id});
    QCOMPARE(idsOf(ts->search().search(alice, QStringLiteral("coffee"))),
             (QList<Id>{one.id, both.id}));
    QVERIFY(idsOf(ts->search().search(alice, QStringLiteral("coffee tea"))).isEmpty());
    // Words only match whole words (a prefix needs its star).
    QVERIFY(idsOf(ts->search().search(alice, QStringLiteral("coff"))).isEmpty());
}

void tst_Search::caseAndAccentsNeverMatter_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("query");
    QTest::newRow("latin") << QStringLiteral("Un Café crème") << QStringLiteral("cafe CREME");
    QTest::newRow("latin reversed") << QStringLiteral("a plain cafe") << QStringLiteral("Café");
    QTest::newRow("german") << QStringLiteral("Ärger über Öl") << QStringLiteral("arger UBER ol");
    QTest::newRow("greek") << QStringLiteral("Ένας καφές, παρακαλώ")
                           << QStringLiteral("ΕΝΑΣ καφες παρακαλω");
    QTest::newRow("cyrillic") << QStringLiteral("Привет, Ёжик!") << QStringLiteral("привет ежик");
    QTest::newRow("arabic") << QStringLiteral("مرحبا بالعالم") << QStringLiteral("بالعالم");
    QTest::newRow("hebrew") << QStringLiteral("שלום עולם") << QStringLiteral("עולם");
}

void tst_Search::caseAndAccentsNeverMatter()
{
    QFETCH(QString, content);
    QFETCH(QString, query);
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const Message m = ts.send(alice, bob, content);
    ts.send(alice, bob, QStringLiteral("something else entirely"));
    auto hits = ts->search().search(bob, query);
    SB_VERIFY_OK(hits);
    QCOMPARE(idsOf(hits), QList<Id>{m.id});
    QVERIFY2(hits->first().snippet.contains(SearchSnippet::MatchStart),
             qPrintable(hits->first().snippet));
}

void tst_Search::phrasesAndPrefixes()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const Message phrase = ts.send(alice, bob, QStringLiteral("see you at the station tomorrow"));
    const Message apart = ts.send(alice, bob, QStringLiteral("the tomorrow station you see"));
    const Message prefixed = ts.send(alice, bob, QStringLiteral("Stationery is on sale"));

    QCOMPARE(idsOf(ts->search().search(bob, QStringLiteral("\"at the station\""))),
             QList<Id>{phrase.id});
    QCOMPARE(idsOf(ts->search().search(bob, QStringLiteral("station"))),
             (QList<Id>{apart.id, phrase.id}));
    QCOMPARE(idsOf(ts->search().search(bob, QStringLiteral("stat*"))),
             (QList<Id>{prefixed.id, apart.id, phrase.id}));
    QCOMPARE(idsOf(ts->search().search(bob, QStringLiteral("\"the stat\"*"))),
             (QList<Id>{phrase.id}));
}

// A prefix of ASCII letters and digits is matched as the words of the index's vocabulary that
// it stands for (up to 128 of them), others by FTS5's own prefix query: both find the same.
void tst_Search::prefixesFindEveryWordTheyStandFor()
{
    if (test::TestStore::onPostgres())
        QSKIP("The vocabulary is SQLite's (PostgreSQL answers prefixes from its GIN index).");
    test::TestStore ts;
    test::ManualClock clock(ts.store());
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User carol = ts.addUser(QStringLiteral("carol"));
    const auto send = [&](const User &from, const User &to, const QString &text) {
        clock.advance(1000);
        return ts.send(from, to, text).id;
    };
    // 200 words beginning with "zq": more than the vocabulary path takes; 100 with "zq1".
    QList<Id> zq;
    QList<Id> zq1;
    QList<Id> zq15;
    for (int i = 0; i < 200; ++i) {
        const Id id = send(i % 2 ? alice : bob, i % 2 ? bob : alice,
                           QStringLiteral("code zq%1 here").arg(i * 7 % 200, 3, 10, QChar(u'0')));
        zq.prepend(id);
        if (i * 7 % 200 >= 100 && i * 7 % 200 < 200)
            zq1.prepend(id);
        if (i * 7 % 200 >= 150 && i * 7 % 200 < 160)
            zq15.prepend(id);
    }
    send(carol, bob, QStringLiteral("zq100 for bob only"));
    const Id cafe = send(bob, alice, QStringLiteral("Un Café crème, Ёжик"));
    const Id phrase = send(alice, bob, QStringLiteral("alpha beta gamma"));
    send(alice, bob, QStringLiteral("beta alpha"));
    const Id digits = send(alice, bob, QStringLiteral("room 1204 at 12:30"));

    QCOMPARE(idsOf(ts->search().search(alice, QStringLiteral("zq*"), 0, 10000)), zq);
    QCOMPARE(idsOf(ts->search().search(alice, QStringLiteral("ZQ*"), 0, 5)), zq.mid(0, 5));
    QCOMPARE(idsOf(ts->search().search(alice, QStringLiteral("zq1*"), 0, 10000)), zq1);
    QCOMPARE(idsOf(ts->search().search(alice, QStringLiteral("zq1* code"), 0, 7)), zq1.mid(0, 7));
    QCOMPARE(idsOf(ts->search().search(alice, QStringLiteral("zq15*"))), zq15);
    QCOMPARE(idsOf(ts->search().search(alice, QStringLiteral("caf*"))), QList<Id>{cafe});
    QCOMPARE(idsOf(ts->search().search(alice, QStringLiteral("ёж*"))), QList<Id>{cafe});
    QCOMPARE(idsOf(ts->search().search(alice, QStringLiteral("\"alpha be\"*"))), QList<Id>{phrase});
    QCOMPARE(idsOf(ts->search().search(alice, QStringLiteral("12*"))), QList<Id>{digits});
    // Nothing begins so; and the people tokens of the index ("u1", "s2") are no body words.
    QVERIFY(idsOf(ts->search().search(alice, QStringLiteral("zz*"))).isEmpty());
    QVERIFY(idsOf(ts->search().search(alice, QStringLiteral("u1*"))).isEmpty());
    QVERIFY(idsOf(ts->search().search(alice, QStringLiteral("s2*"))).isEmpty());
    QCOMPARE(idsOf(ts->search().search(alice, QStringLiteral("u*"))), QList<Id>{cafe}); // "Un"
    // The vocabulary those words come from (migration 0008).
    test::RawDatabase raw(ts.path());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM messages_fts_terms WHERE col = "
                                       "'body' AND term >= 'zq1' AND term < 'zq2'"))
                 .toInt(),
             100);
    // Still one statement for the search.
    const qint64 before = ts->statementCount();
    SB_VERIFY_OK(ts->search().search(alice, QStringLiteral("zq1* zq*")));
    QCOMPARE(ts->statementCount() - before, searchStatements(1));
}

void tst_Search::cjkMatchesSubstrings()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const Message ja = ts.send(alice, bob, QStringLiteral("私は東京に住んでいます"));
    const Message zh = ts.send(bob, alice, QStringLiteral("我在北京工作, Tokyo next"));
    const Message ko = ts.send(bob, alice, QStringLiteral("한국어를 공부합니다"));

    auto hits = ts->search().search(alice, QStringLiteral("東京"));
    QCOMPARE(idsOf(hits), QList<Id>{ja.id});
    QCOMPARE(hits->first().snippet, QStringLiteral("私は") + SearchSnippet::MatchStart
                                        + QStringLiteral("東京") + SearchSnippet::MatchEnd
                                        + QStringLiteral("に住んでいます"));
    QCOMPARE(idsOf(ts->search().search(alice, QStringLiteral("北京 tokyo"))), QList<Id>{zh.id});
    QCOMPARE(idsOf(ts->search().search(alice, QStringLiteral("공부"))), QList<Id>{ko.id});
    QVERIFY(idsOf(ts->search().search(alice, QStringLiteral("大阪"))).isEmpty());
}

void tst_Search::filtersByPeopleAndDates()
{
    test::TestStore ts;
    test::ManualClock clock(ts.store());
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User carol = ts.addUser(QStringLiteral("carol"));
    clock.set(QDateTime(QDate(2024, 3, 1), QTime(23, 59), Qt::UTC));
    const Message march1 = ts.send(alice, bob, QStringLiteral("report draft"));
    clock.set(QDateTime(QDate(2024, 3, 2), QTime(0, 0), Qt::UTC));
    const Message march2 = ts.send(bob, alice, QStringLiteral("report reviewed"));
    clock.set(QDateTime(QDate(2024, 3, 3), QTime(12, 0), Qt::UTC));
    const Message march3 = ts.send(carol, alice, QStringLiteral("report from carol"));

    QCOMPARE(idsOf(ts->search().search(alice, QStringLiteral("report"))),
             (QList<Id>{march3.id, march2.id, march1.id}));
    QCOMPARE(idsOf(ts->search().search(alice, QStringLiteral("report from:BOB"))),
             QList<Id>{march2.id});
    QCOMPARE(idsOf(ts->search().search(alice, QStringLiteral("report from:alice"))),
             QList<Id>{march1.id});
    QCOMPARE(idsOf(ts->search().search(alice, QStringLiteral("report with:bob"))),
             (QList<Id>{march2.id, march1.id}));
    QCOMPARE(idsOf(ts->search().search(alice, QStringLiteral("with:carol"))), QList<Id>{march3.id});
    QCOMPARE(idsOf(ts->search().search(alice, QStringLiteral("report before:2024-03-02"))),
             QList<Id>{march1.id});
    QCOMPARE(idsOf(ts->search().search(alice, QStringLiteral("report after:2024-03-01"))),
             (QList<Id>{march3.id, march2.id}));
    QCOMPARE(
        idsOf(ts->search().search(alice, QStringLiteral("after:2024-03-01 before:2024-03-03"))),
        QList<Id>{march2.id});
    // The conversation scope (Ctrl+Shift+F) is the same as with:.
    QCOMPARE(idsOf(ts->search().search(alice, QStringLiteral("report"), carol.id)),
             QList<Id>{march3.id});
    QCOMPARE(idsOf(ts->search().search(alice, QStringLiteral("from:carol"), bob.id)), QList<Id>{});
}

void tst_Search::onlyWhatTheSearcherMaySee()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User carol = ts.addUser(QStringLiteral("carol"));
    const User mallory = ts.addUser(QStringLiteral("mallory"));
    const Message ab = ts.send(alice, bob, QStringLiteral("secret plan"));
    const Message bc = ts.send(bob, carol, QStringLiteral("secret plan too"));
    ts.send(carol, alice, QStringLiteral("no match"));

    QCOMPARE(idsOf(ts->search().search(alice, QStringLiteral("secret"))), QList<Id>{ab.id});
    QCOMPARE(idsOf(ts->search().search(bob, QStringLiteral("secret"))), (QList<Id>{bc.id, ab.id}));
    QCOMPARE(idsOf(ts->search().search(carol, QStringLiteral("secret plan"))), QList<Id>{bc.id});
    QVERIFY(idsOf(ts->search().search(mallory, QStringLiteral("secret"))).isEmpty());
    QVERIFY(idsOf(ts->search().search(mallory, QStringLiteral("from:alice"))).isEmpty());
    QVERIFY(idsOf(ts->search().search(mallory, QStringLiteral("secret with:bob"))).isEmpty());
    // The people column is not searchable as text.
    QVERIFY(idsOf(ts->search().search(alice, QStringLiteral("u%1").arg(alice.id))).isEmpty());
}

void tst_Search::editedMessagesByCurrentTextOnly()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const Message m = ts.send(alice, bob, QStringLiteral("meet at the harbour"));
    SB_VERIFY_OK(ts->messages().edit(alice, m.id, QStringLiteral("meet at the station")));
    QVERIFY(idsOf(ts->search().search(bob, QStringLiteral("harbour"))).isEmpty());
    auto hits = ts->search().search(bob, QStringLiteral("station"));
    QCOMPARE(idsOf(hits), QList<Id>{m.id});
    QCOMPARE(hits->first().message.content, QStringLiteral("meet at the station"));
    QVERIFY(hits->first().message.edited);
    SB_VERIFY_OK(ts->messages().edit(alice, m.id, QStringLiteral("meet at the harbour")));
    QCOMPARE(idsOf(ts->search().search(bob, QStringLiteral("harbour"))), QList<Id>{m.id});
    QVERIFY(idsOf(ts->search().search(bob, QStringLiteral("station"))).isEmpty());
}

void tst_Search::deletedMessagesAndAccountsAreNeverFound()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User carol = ts.addUser(QStringLiteral("carol"));
    const Message root = ts.send(alice, bob, QStringLiteral("topic one"));
    const Message reply = ts.send(bob, alice, QStringLiteral("topic reply"), root.id);
    const Message lone = ts.send(alice, bob, QStringLiteral("topic alone"));
    const Message fromCarol = ts.send(carol, alice, QStringLiteral("topic from carol"));

    auto kept = ts->messages().remove(alice, root.id); // a placeholder: it has a reply
    SB_VERIFY_OK(kept);
    QVERIFY(*kept);
    SB_VERIFY_OK(ts->messages().remove(alice, lone.id));
    QCOMPARE(idsOf(ts->search().search(alice, QStringLiteral("topic"))),
             (QList<Id>{fromCarol.id, reply.id}));
    QVERIFY(idsOf(ts->search().search(alice, QStringLiteral("one"))).isEmpty());
    QVERIFY(idsOf(ts->search().search(alice, QStringLiteral("from:alice"))).isEmpty());

    SB_VERIFY_OK(ts->users().remove(carol, test::TestStore::passwordOf(QStringLiteral("carol"))));
    QCOMPARE(idsOf(ts->search().search(alice, QStringLiteral("topic"))), QList<Id>{reply.id});
    SB_VERIFY_ERROR(ts->search().search(alice, QStringLiteral("from:carol")), StoreError::NotFound);
}

void tst_Search::newestFirstWithMarkedSnippetsAndLimit()
{
    test::TestStore ts;
    test::ManualClock clock(ts.store());
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    QList<Id> sent;
    for (int i = 0; i < 12; ++i) {
        clock.advance(1000);
        sent.prepend(ts.send(i % 2 ? alice : bob, i % 2 ? bob : alice,
                             QStringLiteral("note number %1").arg(i))
                         .id);
    }
    // Same time: the later id first.
    const Message tie = ts.send(alice, bob, QStringLiteral("note tie"));
    sent.prepend(tie.id);
    auto hits = ts->search().search(alice, QStringLiteral("note"), 0, 5);
    SB_VERIFY_OK(hits);
    QCOMPARE(idsOf(hits), sent.mid(0, 5));
    QCOMPARE(hits->first().snippet, QString(SearchSnippet::MatchStart) + QStringLiteral("note")
                                        + SearchSnippet::MatchEnd + QStringLiteral(" tie"));
    QCOMPARE(hits->first().message.senderName, QStringLiteral("alice"));
    QCOMPARE(hits->first().message.receiverName, QStringLiteral("bob"));
    QCOMPARE(idsOf(ts->search().search(alice, QStringLiteral("note"))), sent);
    SB_VERIFY_ERROR(ts->search().search(alice, QStringLiteral("note"), 0, 0),
                    StoreError::InvalidInput);
}

// Results are newest first by (timestamp, id) even where ids do not follow time: a clock set
// back between sends, in this conversation or another one of the viewer's, before or inside
// the page. Every page size is compared with all matches sorted by inTimeOrder.
void tst_Search::newestFirstEvenWhenTheClockWentBack()
{
    test::TestStore ts;
    test::ManualClock clock(ts.store());
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User carol = ts.addUser(QStringLiteral("carol"));
    const QDateTime start(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
    QList<Message> matching; // alice's messages with "note"
    const auto send = [&](const User &from, const User &to, qint64 minutes, const QString &text) {
        clock.set(start.addSecs(minutes * 60));
        const Message m = ts.send(from, to, text);
        if (text.contains(QLatin1String("note")) && (from.id == alice.id || to.id == alice.id))
            matching.append(m);
    };
    // Time runs forward, then back by a day, then forward again, in two conversations.
    for (int i = 0; i < 8; ++i)
        send(i % 2 ? alice : bob, i % 2 ? bob : alice, 2000 + i, QStringLiteral("note a%1").arg(i));
    send(carol, alice, 5000, QStringLiteral("note from the future"));
    send(carol, bob, 6000, QStringLiteral("note not for alice"));
    for (int i = 0; i < 12; ++i)
        send(i % 3 ? alice : bob, i % 3 ? bob : alice, 10 + i * 5,
             QStringLiteral("note b%1").arg(i));
    send(alice, carol, 4000, QStringLiteral("note late in the page"));
    for (int i = 0; i < 6; ++i)
        send(bob, alice, 3000 + i, QStringLiteral("note c%1").arg(i));
    send(alice, bob, 3002, QStringLiteral("note tie"));
    send(alice, bob, 3002, QStringLiteral("other words"));

    QList<Message> expected = matching;
    std::sort(expected.begin(), expected.end(),
              [](const Message &a, const Message &b) { return inTimeOrder(b, a); });
    QList<Id> expectedIds;
    for (const Message &m : std::as_const(expected))
        expectedIds.append(m.id);
    QCOMPARE(expectedIds.size(), 29);
    // The newest ids are not the newest messages.
    QVERIFY(expectedIds.first() != matching.last().id);
    SB_VERIFY_OK(applyPending(ts.store()));
    for (int limit = 1; limit <= expectedIds.size() + 1; ++limit) {
        const qint64 before = ts->statementCount();
        const auto hits = ts->search().search(alice, QStringLiteral("note"), 0, limit);
        QCOMPARE(ts->statementCount() - before, searchStatements(1));
        QCOMPARE(idsOf(hits), expectedIds.mid(0, limit));
    }
    // One conversation, and a prefix, follow the same order.
    QList<Id> withBob;
    for (const Message &m : std::as_const(expected))
        if (m.senderId == bob.id || m.receiverId == bob.id)
            withBob.append(m.id);
    QCOMPARE(idsOf(ts->search().search(alice, QStringLiteral("not*"), bob.id, 10)),
             withBob.mid(0, 10));
    QCOMPARE(idsOf(ts->search().search(alice, QStringLiteral("note with:bob"), 0, 4)),
             withBob.mid(0, 4));
}

void tst_Search::badQueriesAreClearErrors()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    ts.send(alice, bob, QStringLiteral("x'); DROP TABLE messages; --"));
    for (const QString &query : {QStringLiteral("\"open"), QStringLiteral("*"),
                                 QStringLiteral("before:yesterday"), QString()}) {
        auto hits = ts->search().search(alice, query);
        SB_VERIFY_ERROR(hits, StoreError::InvalidInput);
        QVERIFY2(
            !hits.error().message.contains(QLatin1String("fts5"), Qt::CaseInsensitive)
                && !hits.error().message.contains(QLatin1String("syntax"), Qt::CaseInsensitive),
            qPrintable(hits.error().message));
    }
    auto unknown = ts->search().search(alice, QStringLiteral("from:nobody"));
    SB_VERIFY_ERROR(unknown, StoreError::NotFound);
    QVERIFY(unknown.error().message.contains(QLatin1String("nobody")));
    // Operators of the index's own query languages are only text here.
    for (const QString &query : {QStringLiteral("DROP TABLE"), QStringLiteral("NEAR(a b) OR NOT c"),
                                 QStringLiteral("body:x people:u1"),
                                 QStringLiteral("a & b | !c <-> d:*"), QStringLiteral("x'); --")}) {
        auto hits = ts->search().search(alice, query);
        SB_VERIFY_OK(hits);
    }
    QCOMPARE(ts->search().search(alice, QStringLiteral("DROP TABLE"))->size(), 1);
}

void tst_Search::hostileTextIsSearchedAsText_data()
{
    test::addHostileColumns();
}

// Every hostile text as a message and as a query: found, or refused with a sentence of the
// parser, never a database error.
void tst_Search::hostileTextIsSearchedAsText()
{
    QFETCH(QString, text);
    QFETCH(bool, validMessage);
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    Id sent = 0;
    if (validMessage)
        sent = ts.send(alice, bob, text).id;
    ts.send(alice, bob, QStringLiteral("an innocent message"));
    auto hits = ts->search().search(bob, text);
    if (!hits) {
        QCOMPARE(StoreError::codeName(hits.error().code),
                 StoreError::codeName(StoreError::InvalidInput));
        QVERIFY2(!hits.error().message.contains(QLatin1String("query failed"))
                     && !hits.error().message.contains(QLatin1String("fts5")),
                 qPrintable(hits.error().message));
        return;
    }
    // PostgreSQL indexes no word longer than 2,047 bytes.
    bool longWord = false;
    for (const auto &span : textfold::words(text))
        longWord = longWord || span.length > 2047;
    if (sent > 0 && !textfold::containsCjk(text) && !(longWord && test::TestStore::onPostgres()))
        QVERIFY2(idsOf(hits).contains(sent), "a message is found by its own words");
    for (const SearchHit &hit : *hits)
        QVERIFY(!SearchSnippet::matches(hit.message.content, *SearchQuery::parse(text)).isEmpty()
                || textfold::containsCjk(text));
}

void tst_Search::oneStatementPerSearch()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    for (int i = 0; i < 30; ++i)
        ts.send(i % 2 ? alice : bob, i % 2 ? bob : alice, QStringLiteral("budget line %1").arg(i));
    const auto statements = [&](const QString &query) {
        const qint64 before = ts->statementCount();
        auto hits = ts->search().search(alice, query);
        if (!hits || hits->isEmpty())
            return qint64(-1);
        return ts->statementCount() - before;
    };
    // The first search takes the thirty sends in from the pending list (SQLite): a write of
    // its own, BEGIN, the index, the list, COMMIT.
    QCOMPARE(statements(QStringLiteral("budget line")),
             test::TestStore::onPostgres() ? 1 : searchStatements(1) + 4);
    QCOMPARE(statements(QStringLiteral("budget line")), searchStatements(1));
    QCOMPARE(statements(QStringLiteral("bud*")), searchStatements(1));
    QCOMPARE(statements(QStringLiteral("budget from:bob")), searchStatements(2));
    // Without words the messages themselves are read: no question about the index.
    QCOMPARE(statements(QStringLiteral("from:bob with:alice")), 3);
}

void tst_Search::indexStaysInStepWithEveryChange()
{
    if (test::TestStore::onPostgres())
        QSKIP("PostgreSQL keeps its expression index itself.");
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User carol = ts.addUser(QStringLiteral("carol"));
    const Message a = ts.send(alice, bob, QStringLiteral("Première réunion"));
    const Message b = ts.send(bob, alice, QStringLiteral("Ответ: да"), a.id);
    ts.send(bob, alice, QStringLiteral("child of b"), b.id);
    const Message c = ts.send(carol, alice, QStringLiteral("from carol"));
    ts.send(alice, carol, QStringLiteral("to carol"), c.id);
    QCOMPARE(indexedTerms(ts.store()), expectedTerms(ts.store()));
    // An edit puts the message on the index's pending list with one statement, with the text
    // the index holds: seven statements in all, where taking out and putting in made eight.
    const qint64 beforeEdit = ts->statementCount();
    SB_VERIFY_OK(ts->messages().edit(alice, a.id, QStringLiteral("Deuxième réunion")));
    QCOMPARE(ts->statementCount() - beforeEdit, 7);
    QCOMPARE(indexedTerms(ts.store()), expectedTerms(ts.store()));
    SB_VERIFY_OK(ts->messages().edit(alice, a.id, QStringLiteral("Troisième réunion")));
    ts.send(alice, bob, QStringLiteral("sent after two edits"));
    QCOMPARE(indexedTerms(ts.store()), expectedTerms(ts.store()));
    SB_VERIFY_OK(ts->messages().remove(bob, b.id)); // placeholder
    QCOMPARE(indexedTerms(ts.store()), expectedTerms(ts.store()));
    SB_VERIFY_OK(ts->users().remove(carol, test::TestStore::passwordOf(QStringLiteral("carol"))));
    const auto expected = expectedTerms(ts.store());
    QCOMPARE(indexedTerms(ts.store()), expected);
    QCOMPARE(expected.size(), 3); // a, b's child and the one sent after the edits
    // The index's own document count agrees.
    test::RawDatabase raw(ts.path());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM messages_fts_docsize")).toInt(), 3);
}

namespace {

// How many messages the index holds, and how many changes wait on its pending list (SQLite).
qint64 indexedCount(const QString &path)
{
    test::RawDatabase raw(path);
    return raw.scalar(QStringLiteral("SELECT count(*) FROM messages_fts_docsize")).toLongLong();
}

qint64 pendingCount(const QString &path)
{
    test::RawDatabase raw(path);
    return raw.scalar(QStringLiteral("SELECT count(*) FROM search_pending")).toLongLong();
}

} // namespace

void tst_Search::pendingListIsTakenInBeforeEverySearch()
{
    if (test::TestStore::onPostgres())
        QSKIP("PostgreSQL keeps its expression index itself.");
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const Message m = ts.send(alice, bob, QStringLiteral("Alpha words"));
    // The send put the message on the list; the index itself has not changed.
    QCOMPARE(indexedCount(ts.path()), 0);
    QCOMPARE(pendingCount(ts.path()), 1);
    // A search without words reads the messages, not the index, and leaves the list.
    QCOMPARE(idsOf(ts->search().search(bob, QStringLiteral("from:alice"))), QList<Id>{m.id});
    QCOMPARE(pendingCount(ts.path()), 1);
    QCOMPARE(idsOf(ts->search().search(bob, QStringLiteral("alpha"))), QList<Id>{m.id});
    QCOMPARE(pendingCount(ts.path()), 0);
    QCOMPARE(indexedCount(ts.path()), 1);
    QCOMPARE(indexedTerms(ts.store()), expectedTerms(ts.store()));

    // An edit waits with the text the index holds, and the search finds the new text only.
    SB_VERIFY_OK(ts->messages().edit(alice, m.id, QStringLiteral("Béta words")));
    {
        test::RawDatabase raw(ts.path());
        QCOMPARE(raw.rows(QStringLiteral("SELECT message_id, indexed_body, indexed_people FROM "
                                         "search_pending")),
                 (QList<QVariantList>{{m.id, QStringLiteral("alpha words"),
                                       QStringLiteral("u%1 u%2 s%1").arg(alice.id).arg(bob.id)}}));
    }
    QVERIFY(idsOf(ts->search().search(bob, QStringLiteral("alpha"))).isEmpty());
    QCOMPARE(idsOf(ts->search().search(bob, QStringLiteral("beta"))), QList<Id>{m.id});
    QCOMPARE(indexedTerms(ts.store()), expectedTerms(ts.store()));

    // Two edits between searches: the row keeps what the index holds (the first edit's text).
    SB_VERIFY_OK(ts->messages().edit(alice, m.id, QStringLiteral("Gamma words")));
    SB_VERIFY_OK(ts->messages().edit(alice, m.id, QStringLiteral("Delta words")));
    {
        test::RawDatabase raw(ts.path());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT indexed_body FROM search_pending WHERE "
                                           "message_id = ?"),
                            {m.id})
                     .toString(),
                 QStringLiteral("beta words"));
    }
    QVERIFY(idsOf(ts->search().search(bob, QStringLiteral("beta"))).isEmpty());
    QVERIFY(idsOf(ts->search().search(bob, QStringLiteral("gamma"))).isEmpty());
    QCOMPARE(idsOf(ts->search().search(bob, QStringLiteral("delta"))), QList<Id>{m.id});
    QCOMPARE(indexedTerms(ts.store()), expectedTerms(ts.store()));

    // A deletion goes into the index at once: the list keeps no deleted text.
    const Message other = ts.send(bob, alice, QStringLiteral("Epsilon words"));
    SB_VERIFY_OK(ts->messages().edit(alice, m.id, QStringLiteral("Zeta words")));
    SB_VERIFY_OK(ts->messages().remove(alice, m.id));
    QCOMPARE(pendingCount(ts.path()), 0);
    QCOMPARE(indexedCount(ts.path()), 1); // the other message, sent since
    QCOMPARE(indexedTerms(ts.store()), expectedTerms(ts.store()));
    QVERIFY(idsOf(ts->search().search(bob, QStringLiteral("delta"))).isEmpty());
    QVERIFY(idsOf(ts->search().search(bob, QStringLiteral("zeta"))).isEmpty());
    QCOMPARE(idsOf(ts->search().search(bob, QStringLiteral("words"))), QList<Id>{other.id});

    // An account's deletion takes the list in first, then its messages leave the index.
    const Message waiting = ts.send(alice, bob, QStringLiteral("Waiting words"));
    SB_VERIFY_OK(ts->messages().edit(bob, other.id, QStringLiteral("Edited words")));
    QCOMPARE(pendingCount(ts.path()), 2);
    SB_VERIFY_OK(ts->users().remove(bob, test::TestStore::passwordOf(QStringLiteral("bob"))));
    QCOMPARE(pendingCount(ts.path()), 0);
    QCOMPARE(indexedCount(ts.path()), 0);
    QVERIFY(idsOf(ts->search().search(alice, QStringLiteral("waiting"))).isEmpty());
    test::RawDatabase raw(ts.path());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM messages WHERE id = ?"), {waiting.id})
                 .toInt(),
             0);
}

void tst_Search::pendingListIsTakenInWhenItIsLong()
{
    if (test::TestStore::onPostgres())
        QSKIP("PostgreSQL keeps its expression index itself.");
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    QList<Message> sent;
    // Sends: the one whose id is a multiple of the limit takes the list in, itself included.
    while (sent.isEmpty() || sent.last().id % SearchIndexer::PendingLimit != 0) {
        sent.append(ts.send(alice, bob, QStringLiteral("number %1").arg(sent.size())));
        if (sent.last().id % SearchIndexer::PendingLimit == SearchIndexer::PendingLimit - 1)
            QCOMPARE(pendingCount(ts.path()), sent.size());
    }
    QCOMPARE(pendingCount(ts.path()), 0);
    QCOMPARE(indexedCount(ts.path()), sent.size());
    QCOMPARE(indexedTerms(ts.store()), expectedTerms(ts.store()));
    // Edits: this process's edits and deletions count, the last of the limit takes it in.
    for (qint64 i = 0; i + 1 < SearchIndexer::PendingLimit; ++i)
        SB_VERIFY_OK(ts->messages().edit(alice, sent.at(i).id, QStringLiteral("edited %1").arg(i)));
    QCOMPARE(pendingCount(ts.path()), SearchIndexer::PendingLimit - 1);
    QCOMPARE(indexedCount(ts.path()), sent.size()); // the index holds the old texts still
    SB_VERIFY_OK(ts->messages().edit(alice, sent.at(0).id, QStringLiteral("edited again")));
    QCOMPARE(pendingCount(ts.path()), 0);
    QCOMPARE(indexedTerms(ts.store()), expectedTerms(ts.store()));
}

// A second process (another Store on the file) finds what the first one put on the list, and
// takes the list in; the first one's next search reads the index that the second one wrote.
void tst_Search::anotherProcessTakesTheListIn()
{
    if (test::TestStore::onPostgres())
        QSKIP("PostgreSQL keeps its expression index itself.");
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const Message first = ts.send(alice, bob, QStringLiteral("shared words"));
    auto opened = Store::open(ts.path());
    SB_VERIFY_OK(opened);
    Store &second = **opened;
    QCOMPARE(idsOf(second.search().search(bob, QStringLiteral("shared"))), QList<Id>{first.id});
    QCOMPARE(pendingCount(ts.path()), 0);
    const Message edited = ts.send(bob, alice, QStringLiteral("before the edit"));
    SB_VERIFY_OK(second.messages().edit(bob, edited.id, QStringLiteral("shared after the edit")));
    QCOMPARE(idsOf(ts->search().search(alice, QStringLiteral("shared"))),
             (QList<Id>{edited.id, first.id}));
    QVERIFY(idsOf(second.search().search(alice, QStringLiteral("before"))).isEmpty());
    QCOMPARE(indexedTerms(ts.store()), expectedTerms(ts.store()));
    QCOMPARE(indexedTerms(second), expectedTerms(second));
}

void tst_Search::failedWriteLeavesTheIndexAsItWas()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const Message m = ts.send(alice, bob, QStringLiteral("original words"));
    // A receiver that fails after the index was updated rolls the whole edit back.
    QObject guard;
    QObject::connect(
        ts->hooks(), &StoreSignals::messageSaved, &guard,
        [&](const Message &, bool) {
            ts->hooks()->fail(StoreError::make(StoreError::Internal, QStringLiteral("no")));
        },
        Qt::DirectConnection);
    SB_VERIFY_ERROR(ts->messages().edit(alice, m.id, QStringLiteral("replacement words")),
                    StoreError::Internal);
    SB_VERIFY_ERROR(ts->messages().send(alice, bob, QStringLiteral("replacement too")),
                    StoreError::Internal);
    QObject::disconnect(ts->hooks(), nullptr, &guard, nullptr);
    QCOMPARE(idsOf(ts->search().search(bob, QStringLiteral("original"))), QList<Id>{m.id});
    QVERIFY(idsOf(ts->search().search(bob, QStringLiteral("replacement"))).isEmpty());
    if (!test::TestStore::onPostgres())
        QCOMPARE(indexedTerms(ts.store()), expectedTerms(ts.store()));
}

// A store from before the index (schema 3) gets it built when it opens, with progress.
void tst_Search::migrationIndexesAnExistingStore()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    QList<Id> ids;
    for (int i = 0; i < 120; ++i)
        ids.prepend(ts.send(alice, bob, QStringLiteral("Ärger number %1").arg(i)).id);
    const Message placeholder = ts.send(alice, bob, QStringLiteral("Ärger root"));
    ts.send(bob, alice, QStringLiteral("reply"), placeholder.id);
    SB_VERIFY_OK(ts->messages().remove(alice, placeholder.id));
    QVERIFY(ts.reopen());
    {
        // Back to schema 3: no index at all.
        test::RawDatabase raw(ts.path());
        if (raw.isPostgres()) {
            // DDL cannot be prepared on PostgreSQL: run it as it is.
            QSqlQuery ddl(raw.connection());
            QVERIFY(ddl.exec(QStringLiteral("DROP INDEX messages_search")));
            QVERIFY(ddl.exec(QStringLiteral("DROP FUNCTION signalbox_fold(text)")));
        } else {
            raw.rows(QStringLiteral("DROP TABLE messages_fts"));
            raw.rows(QStringLiteral("DROP VIEW messages_search"));
        }
        raw.rows(QStringLiteral("DELETE FROM schema_migrations WHERE version = 5"));
    }
    QStringList steps;
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    Migrator::setProgressHandler([&](const QString &step, qint64 done, qint64 total) {
        steps.append(step);
        lastDone = done;
        lastTotal = total;
    });
    const bool reopened = ts.reopen();
    Migrator::setProgressHandler({});
    QVERIFY(reopened);
    QCOMPARE(ts->database().schemaVersion(), Migrator::latestVersion());
    if (!test::TestStore::onPostgres()) {
        QVERIFY(!steps.isEmpty());
        QVERIFY(steps.first().contains(QLatin1String("search index")));
        QCOMPARE(lastDone, lastTotal);
        QVERIFY(lastTotal >= 122);
        QCOMPARE(indexedTerms(ts.store()), expectedTerms(ts.store()));
    }
    QCOMPARE(idsOf(ts->search().search(bob, QStringLiteral("arger"), 0, 500)), ids);
}

QTEST_GUILESS_MAIN(tst_Search)
#include "tst_search.moc"
