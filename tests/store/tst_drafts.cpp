#include "manualclock.h"
#include "rawdatabase.h"
#include "storeassert.h"
#include "teststore.h"

#include "draftrepository.h"
#include "messagerepository.h"
#include "userrepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace signalbox;

// Drafts per account and peer: saved, replaced, loaded, cleared, private to their owner, and
// removed with either account.
class tst_Drafts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saveLoadReplaceClear();
    void perAccountAndPeer();
    void survivesReopening();
    void blankTextClears();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void replyTargetGoneLoadsAsNewMessage();
    void statementCounts();
    void changesNameTheOwner();
    void removedWithEitherAccount();
};

void tst_Drafts::initTestCase()
{
    test::useFastPasswordHashing();
}

void tst_Drafts::saveLoadReplaceClear()
{
    test::TestStore ts;
    test::ManualClock clock(ts.store());
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));

    auto none = ts->drafts().load(alice, bob.id);
    SB_VERIFY_OK(none);
    QVERIFY(none->isEmpty());
    QCOMPARE(none->peerId, bob.id);

    const QString text = QStringLiteral("First line\n\nsecond paragraph, not sent yet");
    SB_VERIFY_OK(ts->drafts().save(alice, bob.id, text));
    auto loaded = ts->drafts().load(alice, bob.id);
    SB_VERIFY_OK(loaded);
    QCOMPARE(loaded->content, text);
    QCOMPARE(loaded->replyToId, Id(0));
    QCOMPARE(loaded->updatedAt, clock.now());

    clock.advance(1000);
    SB_VERIFY_OK(ts->drafts().save(alice, bob.id, QStringLiteral("changed my mind")));
    loaded = ts->drafts().load(alice, bob.id);
    SB_VERIFY_OK(loaded);
    QCOMPARE(loaded->content, QStringLiteral("changed my mind"));
    QCOMPARE(loaded->updatedAt, clock.now());
    test::RawDatabase raw(ts.path());
    QCOMPARE(raw.count(QStringLiteral("drafts")), 1);

    SB_VERIFY_OK(ts->drafts().clear(alice, bob.id));
    loaded = ts->drafts().load(alice, bob.id);
    SB_VERIFY_OK(loaded);
    QVERIFY(loaded->isEmpty());
    QCOMPARE(raw.count(QStringLiteral("drafts")), 0);
    // Clearing what is not there is no error.
    SB_VERIFY_OK(ts->drafts().clear(alice, bob.id));
}

void tst_Drafts::perAccountAndPeer()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User carol = ts.addUser(QStringLiteral("carol"));
    SB_VERIFY_OK(ts->drafts().save(alice, bob.id, QStringLiteral("alice to bob")));
    SB_VERIFY_OK(ts->drafts().save(alice, carol.id, QStringLiteral("alice to carol")));
    SB_VERIFY_OK(ts->drafts().save(bob, alice.id, QStringLiteral("bob to alice")));

    QCOMPARE(ts->drafts().load(alice, bob.id)->content, QStringLiteral("alice to bob"));
    QCOMPARE(ts->drafts().load(alice, carol.id)->content, QStringLiteral("alice to carol"));
    QCOMPARE(ts->drafts().load(bob, alice.id)->content, QStringLiteral("bob to alice"));
    // Nobody reads another account's draft: bob's own draft to carol does not exist.
    QVERIFY(ts->drafts().load(bob, carol.id)->isEmpty());
    QVERIFY(ts->drafts().load(carol, alice.id)->isEmpty());

    auto alicePeers = ts->drafts().peersWithDrafts(alice);
    SB_VERIFY_OK(alicePeers);
    QCOMPARE(*alicePeers, (QSet<Id>{bob.id, carol.id}));
    QCOMPARE(*ts->drafts().peersWithDrafts(bob), QSet<Id>{alice.id});
    QVERIFY(ts->drafts().peersWithDrafts(carol)->isEmpty());
}

void tst_Drafts::survivesReopening()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    SB_VERIFY_OK(ts->drafts().save(alice, bob.id, QStringLiteral("kept across a restart")));
    QVERIFY(ts.reopen());
    QCOMPARE(ts->drafts().load(alice, bob.id)->content, QStringLiteral("kept across a restart"));
}

void tst_Drafts::blankTextClears()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    SB_VERIFY_OK(ts->drafts().save(alice, bob.id, QStringLiteral("something")));
    SB_VERIFY_OK(ts->drafts().save(alice, bob.id, QStringLiteral("  \n\t ")));
    QVERIFY(ts->drafts().load(alice, bob.id)->isEmpty());
    QVERIFY(ts->drafts().peersWithDrafts(alice)->isEmpty());
}

void tst_Drafts::badInputWritesNothing_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<bool>("unknownPeer");
    QTest::addColumn<bool>("toSelf");
    QTest::newRow("NUL") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << false << false;
    QTest::newRow("unpaired surrogate") << QString(QChar(0xD800)) << false << false;
    QTest::newRow("too long") << QString(MessageRepository::MaxContentLength + 1, QLatin1Char('x'))
                              << false << false;
    QTest::newRow("unknown peer") << QStringLiteral("hello") << true << false;
    QTest::newRow("to oneself") << QStringLiteral("hello") << false << true;
}

void tst_Drafts::badInputWritesNothing()
{
    QFETCH(QString, content);
    QFETCH(bool, unknownPeer);
    QFETCH(bool, toSelf);
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    SB_VERIFY_OK(ts->drafts().save(alice, bob.id, QStringLiteral("the draft before")));
    const Id peer = unknownPeer ? bob.id + 1000 : toSelf ? alice.id : bob.id;
    QSignalSpy changed(&ts.store(), &Store::changed);
    const Status saved = ts->drafts().save(alice, peer, content);
    QVERIFY(!saved.ok());
    QVERIFY(!saved.error().message.isEmpty());
    QCOMPARE(saved.error().code, unknownPeer ? StoreError::NotFound : StoreError::InvalidInput);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(ts->drafts().load(alice, bob.id)->content, QStringLiteral("the draft before"));
    test::RawDatabase raw(ts.path());
    QCOMPARE(raw.count(QStringLiteral("drafts")), 1);
}

void tst_Drafts::replyTargetGoneLoadsAsNewMessage()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User carol = ts.addUser(QStringLiteral("carol"));
    const Message question = ts.send(bob, alice, QStringLiteral("Lunch?"));
    const Message elsewhere = ts.send(carol, alice, QStringLiteral("Not your conversation"));
    SB_VERIFY_OK(ts->drafts().save(alice, bob.id, QStringLiteral("Yes, at noon"), question.id));
    QCOMPARE(ts->drafts().load(alice, bob.id)->replyToId, question.id);

    // A reply target from another conversation never comes back as one.
    SB_VERIFY_OK(ts->drafts().save(alice, bob.id, QStringLiteral("odd"), elsewhere.id));
    QCOMPARE(ts->drafts().load(alice, bob.id)->replyToId, Id(0));

    SB_VERIFY_OK(ts->drafts().save(alice, bob.id, QStringLiteral("Yes, at noon"), question.id));
    SB_VERIFY_OK(ts->messages().remove(bob, question.id));
    auto loaded = ts->drafts().load(alice, bob.id);
    SB_VERIFY_OK(loaded);
    QCOMPARE(loaded->content, QStringLiteral("Yes, at noon"));
    QCOMPARE(loaded->replyToId, Id(0));
}

void tst_Drafts::statementCounts()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    for (int i = 0; i < 3; ++i)
        SB_VERIFY_OK(ts->drafts().save(alice, ts.addUser(QStringLiteral("peer%1").arg(i)).id,
                                       QStringLiteral("x")));

    qint64 before = ts->statementCount();
    SB_VERIFY_OK(ts->drafts().load(alice, bob.id));
    QCOMPARE(ts->statementCount() - before, 1);
    before = ts->statementCount();
    auto peers = ts->drafts().peersWithDrafts(alice);
    SB_VERIFY_OK(peers);
    QCOMPARE(peers->size(), 3);
    QCOMPARE(ts->statementCount() - before, 1);

    // A save is one statement inside the write transaction, whatever was there before: the
    // same count for the first save and for a replacement.
    before = ts->statementCount();
    SB_VERIFY_OK(ts->drafts().save(alice, bob.id, QStringLiteral("first")));
    const qint64 firstSave = ts->statementCount() - before;
    before = ts->statementCount();
    SB_VERIFY_OK(ts->drafts().save(alice, bob.id, QStringLiteral("second")));
    QCOMPARE(ts->statementCount() - before, firstSave);
    // Clearing is one DELETE in the same frame (transaction and change log).
    before = ts->statementCount();
    SB_VERIFY_OK(ts->drafts().clear(alice, bob.id));
    QCOMPARE(ts->statementCount() - before, firstSave);
    // Nothing to clear: the DELETE, but no change log row and no announcement.
    before = ts->statementCount();
    SB_VERIFY_OK(ts->drafts().clear(alice, bob.id));
    QVERIFY(ts->statementCount() - before < firstSave);
}

void tst_Drafts::changesNameTheOwner()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    QSignalSpy changed(&ts.store(), &Store::changed);
    SB_VERIFY_OK(ts->drafts().save(alice, bob.id, QStringLiteral("typing")));
    QCOMPARE(changed.size(), 1);
    const ChangeSet changes = changed.at(0).at(0).value<ChangeSet>();
    QCOMPARE(changes.draftsChanged, QSet<Id>{alice.id});
    // A draft is private: it tells nobody else anything.
    QVERIFY(changes.conversations.isEmpty());
    QVERIFY(changes.notifiedUsers.isEmpty());
    QVERIFY(changes.messagesAdded.isEmpty());
    SB_VERIFY_OK(ts->drafts().clear(alice, bob.id));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(1).at(0).value<ChangeSet>().draftsChanged, QSet<Id>{alice.id});
}

void tst_Drafts::removedWithEitherAccount()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User carol = ts.addUser(QStringLiteral("carol"));
    SB_VERIFY_OK(ts->drafts().save(alice, bob.id, QStringLiteral("alice to bob")));
    SB_VERIFY_OK(ts->drafts().save(bob, alice.id, QStringLiteral("bob to alice")));
    SB_VERIFY_OK(ts->drafts().save(bob, carol.id, QStringLiteral("bob to carol")));
    SB_VERIFY_OK(ts->drafts().save(carol, alice.id, QStringLiteral("carol to alice")));

    QSignalSpy changed(&ts.store(), &Store::changed);
    SB_VERIFY_OK(ts->users().remove(bob, test::TestStore::passwordOf(QStringLiteral("bob"))));
    QCOMPARE(changed.size(), 1);
    // alice's list loses her draft to bob; bob's own drafts went with him.
    QCOMPARE(changed.at(0).at(0).value<ChangeSet>().draftsChanged, (QSet<Id>{alice.id, bob.id}));

    QVERIFY(ts->drafts().load(alice, bob.id)->isEmpty());
    QCOMPARE(ts->drafts().load(carol, alice.id)->content, QStringLiteral("carol to alice"));
    test::RawDatabase raw(ts.path());
    QCOMPARE(raw.rows(QStringLiteral("SELECT user_id, peer_id FROM drafts")),
             (QList<QVariantList>{{carol.id, alice.id}}));
    QVERIFY(raw.foreignKeyViolations().isEmpty());
}

QTEST_MAIN(tst_Drafts)
#include "tst_drafts.moc"
