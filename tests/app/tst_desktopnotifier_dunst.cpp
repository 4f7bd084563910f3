// DesktopNotifier against a real notification server: Debian's dunst on a private session bus
// and a virtual display (run-with-dunst.sh). What dunst received is read back with dunstctl,
// its actions are invoked with dunstctl, and the store is checked afterwards.
#include "dbusnotificationserver.h"
#include "desktopnotifier.h"
#include "messagerepository.h"
#include "teststore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace signalbox;

namespace {

QByteArray dunstctl(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("dunstctl"), arguments);
    if (!process.waitForFinished(10000) || process.exitCode() != 0)
        return QByteArray("dunstctl failed: ") + process.readAllStandardError();
    return process.readAllStandardOutput().trimmed();
}

int displayed()
{
    return dunstctl({QStringLiteral("count"), QStringLiteral("displayed")}).toInt();
}

// dunst's history (closed notifications), newest first: {"summary": {"data": ...}, ...}.
QList<QJsonObject> history()
{
    const QJsonDocument document = QJsonDocument::fromJson(dunstctl({QStringLiteral("history")}));
    QList<QJsonObject> entries;
    const QJsonArray all = document.object().value(QStringLiteral("data")).toArray();
    for (const QJsonValue &page : all) {
        for (const QJsonValue &entry : page.toArray())
            entries.append(entry.toObject());
    }
    return entries;
}

QString field(const QJsonObject &entry, const char *name)
{
    const QJsonValue value
        = entry.value(QLatin1String(name)).toObject().value(QStringLiteral("data"));
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}

} // namespace

class TestDesktopNotifierDunst : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void shownThenWithdrawnWhenRead();
    void openActionOpens();
    void markReadFromTheContextMenu();

private:
    std::unique_ptr<test::TestStore> m_store;
    std::unique_ptr<DesktopNotifier> m_notifier;
    User m_alice;
    User m_bob;
};

void TestDesktopNotifierDunst::initTestCase()
{
    // dunst takes its name on the bus once it has started.
    QTRY_VERIFY_WITH_TIMEOUT(DBusNotificationServer::isPresent(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!dunstctl({QStringLiteral("is-paused")}).startsWith("dunstctl"),
                             10000);
}

void TestDesktopNotifierDunst::init()
{
    dunstctl({QStringLiteral("close-all")});
    QTRY_COMPARE(displayed(), 0);
    m_store = std::make_unique<test::TestStore>();
    QVERIFY(m_store->isValid());
    m_alice = m_store->addUser(QStringLiteral("alice"));
    m_bob = m_store->addUser(QStringLiteral("bob"));
    m_notifier.reset(DesktopNotifier::createForSession(&m_store->store(), m_bob));
    QVERIFY(m_notifier);
    QVERIFY(!m_notifier->canReply()); // dunst has no inline replies
}

void TestDesktopNotifierDunst::cleanup()
{
    m_notifier.reset();
    m_store.reset();
}

void TestDesktopNotifierDunst::shownThenWithdrawnWhenRead()
{
    const Message sent = m_store->send(m_alice, m_bob, QStringLiteral("tea & <b>cake</b>?"));
    QTRY_VERIFY(m_notifier->serverIdOf(sent.id) != 0);
    QTRY_COMPARE(displayed(), 1);
    const uint serverId = m_notifier->serverIdOf(sent.id);

    QVERIFY(m_store->store().messages().markRead(m_bob, sent.id));
    QTRY_COMPARE(displayed(), 0);
    const QList<QJsonObject> closed = history();
    QVERIFY(!closed.isEmpty());
    const QJsonObject &entry = closed.first();
    QCOMPARE(field(entry, "id"), QString::number(serverId));
    QCOMPARE(field(entry, "summary"), QStringLiteral("alice"));
    QCOMPARE(field(entry, "appname"), QStringLiteral("tst_desktopnotifier_dunst"));
    QCOMPARE(field(entry, "category"), QStringLiteral("im.received"));
    // dunst parses markup: it got the text escaped, so that it shows as it was written.
    const QString escaped = QStringLiteral("tea &amp; &lt;b&gt;cake&lt;/b&gt;?");
    QCOMPARE(field(entry, "body"), escaped);
    QVERIFY(field(entry, "message").endsWith(escaped));
    QCOMPARE(field(entry, "default_action_name"), QStringLiteral("default"));
}

void TestDesktopNotifierDunst::openActionOpens()
{
    QSignalSpy open(m_notifier.get(), &DesktopNotifier::openMessageRequested);
    const Message sent = m_store->send(m_alice, m_bob, QStringLiteral("open me"));
    QTRY_COMPARE(displayed(), 1);
    QTRY_VERIFY(m_notifier->serverIdOf(sent.id) != 0);
    dunstctl({QStringLiteral("action"), QStringLiteral("0")});
    QTRY_COMPARE(open.count(), 1);
    QCOMPARE(open.first().first().value<Id>(), sent.id);
    QVERIFY(!m_store->store().messages().get(m_bob, sent.id)->read);
}

void TestDesktopNotifierDunst::markReadFromTheContextMenu()
{
    const Message kept = m_store->send(m_alice, m_bob, QStringLiteral("stays unread"));
    QTRY_COMPARE(displayed(), 1);
    QTRY_VERIFY(m_notifier->serverIdOf(kept.id) != 0);
    dunstctl({QStringLiteral("close-all")});
    QTRY_COMPARE(displayed(), 0);

    const Message sent = m_store->send(m_alice, m_bob, QStringLiteral("mark me read"));
    QTRY_COMPARE(displayed(), 1);
    QTRY_VERIFY(m_notifier->serverIdOf(sent.id) != 0);
    // The context menu's "dmenu" (see dunstrc) picks this notification's Mark as read.
    dunstctl({QStringLiteral("context")});
    QTRY_VERIFY(m_store->store().messages().get(m_bob, sent.id)->read);
    QVERIFY(!m_store->store().messages().get(m_bob, kept.id)->read);
    QTRY_COMPARE(displayed(), 0);
}

QTEST_MAIN(TestDesktopNotifierDunst)
#include "tst_desktopnotifier_dunst.moc"
