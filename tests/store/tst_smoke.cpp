#include "conversationrepository.h"
#include "historyrepository.h"
#include "messagerepository.h"
#include "notificationrepository.h"
#include "teststore.h"
#include "threadrepository.h"
#include "userrepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace signalbox;

class tst_Smoke : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
};

void tst_Smoke::roundTrip()
{
    test::TestStore ts;
    QVERIFY(ts.isValid());
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    QVERIFY(alice.isValid() && bob.isValid());
    QSignalSpy changed(&ts.store(), &Store::changed);
    const Message m = ts.send(alice, bob, QStringLiteral("hello"));
    QVERIFY(m.isValid());
    QCOMPARE(changed.count(), 1);
    const Message r = ts.send(bob, alice, QStringLiteral("hi back"), m.id);
    QVERIFY(r.isValid());
    auto e = ts->messages().edit(alice, m.id, QStringLiteral("hello!"));
    QVERIFY2(e, e ? "" : qPrintable(e.error().message));
    auto h = ts->history().forMessage(bob, m.id);
    QVERIFY(h);
    QCOMPARE(h->size(), 1);
    const qint64 before = ts->statementCount();
    auto t = ts->threads().thread(bob, r.id);
    QVERIFY2(t, t ? "" : qPrintable(t.error().message));
    QCOMPARE(ts->statementCount() - before, 1);
    QCOMPARE(t->size(), 2);
    QCOMPARE(t->at(1).depth, 1);
    auto p = ts->threads().page(bob, alice.id, 10);
    QVERIFY2(p, p ? "" : qPrintable(p.error().message));
    QCOMPARE(p->messages.size(), 2);
    auto u = ts->messages().unreadFor(bob);
    QVERIFY(u);
    QCOMPARE(u->size(), 1);
    QVERIFY(ts->messages().markRead(bob, m.id));
    auto c = ts->conversations().listFor(bob);
    QVERIFY(c);
    QCOMPARE(c->size(), 1);
    QCOMPARE(c->first().unreadCount, 0);
    auto n = ts->notifications().listFor(alice);
    QVERIFY(n);
    QCOMPARE(n->size(), 1);
    QVERIFY(ts.reopen());
    auto counts = ts->users().remove(bob, test::TestStore::passwordOf(QStringLiteral("bob")));
    QVERIFY2(counts, counts ? "" : qPrintable(counts.error().message));
    QCOMPARE(counts->messages, 2);
    QCOMPARE(counts->notifications, 2);
    QCOMPARE(counts->history, 1);
}

QTEST_GUILESS_MAIN(tst_Smoke)
#include "tst_smoke.moc"
