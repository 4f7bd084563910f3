#include "manualclock.h"
#include "rawdatabase.h"
#include "storeassert.h"
#include "teststore.h"

#include "historyrepository.h"
#include "messagerepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace signalbox;

class tst_History : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void editRecordsOneHistoryRow();
    void identicalEditChangesNothing();
    void historyAndContentGiveEveryVersion();
    void onlySenderAndReceiverMaySeeHistory();
};

void tst_History::initTestCase()
{
    test::useFastPasswordHashing();
}

void tst_History::editRecordsOneHistoryRow()
{
    test::TestStore ts;
    test::ManualClock clock(ts.store());
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const Message m = ts.send(alice, bob, QStringLiteral("first"));
    QVERIFY(!m.edited);
    test::RawDatabase raw(ts.path());
    clock.advance(60'000);
    const QDateTime editTime = clock.now();

    auto edited = ts->messages().edit(alice, m.id, QStringLiteral("second"));
    SB_VERIFY_OK(edited);
    QCOMPARE(edited->content, QStringLiteral("second"));
    QVERIFY(edited->edited);
    QCOMPARE(edited->editedAt, editTime);
    QCOMPARE(edited->timestamp, m.timestamp); // the send time stays

    const auto rows
        = raw.rows(QStringLiteral("SELECT message_id, old_content, edited_at, edited_by_id "
                                  "FROM message_history"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first(),
             (QVariantList{m.id, QStringLiteral("first"), editTime.toMSecsSinceEpoch(), alice.id}));

    auto stored = ts->messages().get(bob, m.id);
    SB_VERIFY_OK(stored);
    QCOMPARE(*stored, *edited);
    QVERIFY(stored->edited);
    QCOMPARE(stored->editedAt, editTime);

    auto history = ts->history().forMessage(bob, m.id);
    SB_VERIFY_OK(history);
    QCOMPARE(history->size(), 1);
    const HistoryEntry &entry = history->first();
    QCOMPARE(entry.messageId, m.id);
    QCOMPARE(entry.oldContent, QStringLiteral("first"));
    QCOMPARE(entry.editedAt, editTime);
    QCOMPARE(entry.editedById, alice.id);
    QCOMPARE(entry.editedBy, alice.username);
}

void tst_History::identicalEditChangesNothing()
{
    test::TestStore ts;
    test::ManualClock clock(ts.store());
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const Message m = ts.send(alice, bob, QStringLiteral("same"));
    const Message other = ts.send(alice, bob, QStringLiteral("other"));
    SB_VERIFY_OK(ts->messages().edit(alice, other.id, QStringLiteral("other, edited")));
    test::RawDatabase raw(ts.path());
    const auto before = raw.snapshot();
    QSignalSpy changed(&ts.store(), &Store::changed);
    clock.advance(1000);

    auto unchanged = ts->messages().edit(alice, m.id, QStringLiteral("same"));
    SB_VERIFY_OK(unchanged);
    QCOMPARE(*unchanged, m);
    QVERIFY(!unchanged->edited);
    // An edited message edited to what it already says: no new row either.
    SB_VERIFY_OK(ts->messages().edit(alice, other.id, QStringLiteral("other, edited")));

    QVERIFY(raw.snapshot() == before);
    QCOMPARE(changed.count(), 0);
    QVERIFY(ts->history().forMessage(alice, m.id)->isEmpty());
    QCOMPARE(ts->history().forMessage(alice, other.id)->size(), 1);
}

void tst_History::historyAndContentGiveEveryVersion()
{
    test::TestStore ts;
    test::ManualClock clock(ts.store());
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    constexpr int Edits = 12;
    QStringList versions{QStringLiteral("version 0")};
    QList<QDateTime> editTimes;
    const Message m = ts.send(alice, bob, versions.first());
    for (int i = 1; i <= Edits; ++i) {
        // Some edits share a millisecond: the order must still hold.
        if (i % 3 != 0)
            clock.advance(i);
        editTimes.append(clock.now());
        versions.append(QStringLiteral("version %1").arg(i));
        auto edited = ts->messages().edit(alice, m.id, versions.last());
        SB_VERIFY_OK(edited);
        QCOMPARE(edited->editedAt, clock.now());
    }

    auto history = ts->history().forMessage(alice, m.id);
    SB_VERIFY_OK(history);
    QCOMPARE(history->size(), Edits);
    QStringList rebuilt;
    for (int i = 0; i < history->size(); ++i) {
        const HistoryEntry &entry = history->at(i);
        rebuilt.append(entry.oldContent);
        QCOMPARE(entry.editedAt, editTimes.at(i));
        QCOMPARE(entry.editedById, alice.id);
        if (i > 0)
            QVERIFY(entry.id > history->at(i - 1).id);
    }
    rebuilt.append(ts->messages().get(bob, m.id)->content);
    QCOMPARE(rebuilt, versions);
    // The same list for the receiver.
    QCOMPARE(*ts->history().forMessage(bob, m.id), *history);
}

void tst_History::onlySenderAndReceiverMaySeeHistory()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User eve = ts.addUser(QStringLiteral("eve"));
    const Message m = ts.send(alice, bob, QStringLiteral("secret v1"));
    SB_VERIFY_OK(ts->messages().edit(alice, m.id, QStringLiteral("secret v2")));

    SB_VERIFY_OK(ts->history().forMessage(alice, m.id));
    SB_VERIFY_OK(ts->history().forMessage(bob, m.id));
    auto seen = ts->history().forMessage(eve, m.id);
    SB_VERIFY_ERROR(seen, test::TestStore::hiddenRow());
    QVERIFY(!seen.error().message.contains(QStringLiteral("secret")));
    SB_VERIFY_ERROR(ts->history().forMessage(alice, m.id + 1000), StoreError::NotFound);
}

QTEST_GUILESS_MAIN(tst_History)
#include "tst_history.moc"
