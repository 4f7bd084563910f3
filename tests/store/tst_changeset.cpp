// ChangeSet's change-log form: exact text (compact, keys sorted, ids ascending), identical to
// what QJsonDocument writes for the same object, and a lossless round trip.
#include "changeset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace signalbox;

class tst_ChangeSet : public QObject
{
    Q_OBJECT
private slots:
    void emptySetHasEveryKey();
    void exactText();
    void sameTextAsQJsonDocument();
    void roundTrip();
    void malformedInputIsRefused_data();
    void malformedInputIsRefused();
};

namespace {

ChangeSet sample()
{
    ChangeSet c;
    c.messagesAdded = {42, 7, 1000000000001};
    c.messagesChanged = {3};
    c.messagesRead = {9, 8};
    c.messagesRemoved = {5};
    c.notificationsAdded = {77};
    c.notificationsChanged = {78, 79};
    c.usersAdded = {2};
    c.usersRemoved = {4};
    c.notifiedUsers = {6, 1};
    c.conversations = {ConversationKey::of(9, 2), ConversationKey::of(1, 3)};
    c.draftsChanged = {11, 10};
    return c;
}

QJsonArray sortedArray(const QSet<Id> &ids)
{
    QList<Id> list(ids.cbegin(), ids.cend());
    std::sort(list.begin(), list.end());
    QJsonArray array;
    for (const Id id : list)
        array.append(id);
    return array;
}

} // namespace

void tst_ChangeSet::emptySetHasEveryKey()
{
    QCOMPARE(
        ChangeSet().toJson(),
        QByteArray(R"({"cv":[],"dr":[],"ma":[],"mc":[],"md":[],"mr":[],"na":[],"nc":[],"nu":[],)"
                   R"("ua":[],"ud":[]})"));
}

void tst_ChangeSet::exactText()
{
    QCOMPARE(
        sample().toJson(),
        QByteArray(R"({"cv":[[1,3],[2,9]],"dr":[10,11],"ma":[7,42,1000000000001],"mc":[3],)"
                   R"("md":[5],"mr":[8,9],"na":[77],"nc":[78,79],"nu":[1,6],"ua":[2],"ud":[4]})"));
}

void tst_ChangeSet::sameTextAsQJsonDocument()
{
    const ChangeSet c = sample();
    const QJsonObject object{
        {QStringLiteral("cv"), QJsonArray{QJsonArray{1, 3}, QJsonArray{2, 9}}},
        {QStringLiteral("dr"), sortedArray(c.draftsChanged)},
        {QStringLiteral("ma"), sortedArray(c.messagesAdded)},
        {QStringLiteral("mc"), sortedArray(c.messagesChanged)},
        {QStringLiteral("md"), sortedArray(c.messagesRemoved)},
        {QStringLiteral("mr"), sortedArray(c.messagesRead)},
        {QStringLiteral("na"), sortedArray(c.notificationsAdded)},
        {QStringLiteral("nc"), sortedArray(c.notificationsChanged)},
        {QStringLiteral("nu"), sortedArray(c.notifiedUsers)},
        {QStringLiteral("ua"), sortedArray(c.usersAdded)},
        {QStringLiteral("ud"), sortedArray(c.usersRemoved)},
    };
    QCOMPARE(c.toJson(), QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void tst_ChangeSet::roundTrip()
{
    const ChangeSet c = sample();
    const std::optional<ChangeSet> back = ChangeSet::fromJson(c.toJson());
    QVERIFY(back.has_value());
    QCOMPARE(back->messagesAdded, c.messagesAdded);
    QCOMPARE(back->messagesChanged, c.messagesChanged);
    QCOMPARE(back->messagesRead, c.messagesRead);
    QCOMPARE(back->messagesRemoved, c.messagesRemoved);
    QCOMPARE(back->notificationsAdded, c.notificationsAdded);
    QCOMPARE(back->notificationsChanged, c.notificationsChanged);
    QCOMPARE(back->usersAdded, c.usersAdded);
    QCOMPARE(back->usersRemoved, c.usersRemoved);
    QCOMPARE(back->notifiedUsers, c.notifiedUsers);
    QCOMPARE(back->draftsChanged, c.draftsChanged);
    QVERIFY(back->conversations == c.conversations);
}

void tst_ChangeSet::malformedInputIsRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("truncated") << QByteArray(R"({"ma":[1,)");
    QTest::newRow("not json") << QByteArray("DROP TABLE messages");
}

void tst_ChangeSet::malformedInputIsRefused()
{
    QFETCH(QByteArray, text);
    QVERIFY(!ChangeSet::fromJson(text).has_value());
}

QTEST_GUILESS_MAIN(tst_ChangeSet)
#include "tst_changeset.moc"
