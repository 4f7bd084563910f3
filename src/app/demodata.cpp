#include "demodata.h"

#include "messagerepository.h"
#include "store.h"
#include "userrepository.h"

#include <QTimeZone>

#include <memory>
#include <optional>

namespace signalbox {

namespace {

// Sends the demo messages one after the other on a fixed clock that moves forward a few
// minutes at a time, so that the times look like a real conversation of the last few days.
// After the first failure every step does nothing and the error is kept.
class Script
{
public:
    explicit Script(Store &store)
        : m_store(store)
        , m_time(std::make_shared<QDateTime>())
    {
        const qint64 minute = 60 * 1000;
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        // Three days ago, at the full minute.
        *m_time = QDateTime::fromMSecsSinceEpoch(
            (nowMs / minute) * minute - qint64(3) * 24 * 60 * minute, QTimeZone::utc());
        m_store.setClock([time = m_time] { return *time; });
    }
    ~Script() { m_store.setClock({}); }

    Script(const Script &) = delete;
    Script &operator=(const Script &) = delete;

    const std::optional<StoreError> &error() const { return m_error; }

    void wait(int minutes) { *m_time = m_time->addSecs(qint64(minutes) * 60); }

    User user(const QString &name)
    {
        if (m_error)
            return {};
        wait(1);
        return keep(m_store.users().create(name, DemoData::password()));
    }

    Message say(int minutesLater, const User &from, const User &to, const QString &text,
                const Message &replyTo = {})
    {
        if (m_error)
            return {};
        wait(minutesLater);
        return keep(m_store.messages().send(from, to, text, replyTo.id));
    }

    void edit(int minutesLater, const Message &message, const QString &text)
    {
        if (m_error)
            return;
        wait(minutesLater);
        keep(m_store.messages().edit(User{message.senderId, message.senderName, {}}, message.id,
                                     text));
    }

    void read(const User &reader, const QList<Message> &messages)
    {
        for (const Message &message : messages) {
            if (m_error)
                return;
            if (Status marked = m_store.messages().markRead(reader, message.id); !marked)
                m_error = marked.error();
        }
    }

private:
    template<typename T>
    T keep(Result<T> result)
    {
        if (!result) {
            m_error = result.error();
            return {};
        }
        return std::move(result).value();
    }

    Store &m_store;
    std::shared_ptr<QDateTime> m_time;
    std::optional<StoreError> m_error;
};

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

QStringList DemoData::usernames()
{
    return {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"),
            QStringLiteral("dave")};
}

Result<User> DemoData::populate(Store &store)
{
    Script s(store);
    const User alice = s.user(QStringLiteral("alice"));
    const User bob = s.user(QStringLiteral("bob"));
    const User carol = s.user(QStringLiteral("carol"));
    const User dave = s.user(QStringLiteral("dave"));

    // bob and alice plan the 1.0 release: the deepest thread.
    Message r1 = s.say(5, bob, alice,
                       text("Morning! Shall we aim for Friday with the 1.0 release? The "
                            "changelog is almost done."));
    Message r2 = s.say(4, alice, bob,
                       text("Friday works for me, as long as the migration tests are green "
                            "by Wednesday."),
                       r1);
    Message r3 = s.say(7, bob, alice,
                       text("They were green last night on SQLite. PostgreSQL still has one "
                            "flaky test around LISTEN/NOTIFY."),
                       r2);
    Message r4 = s.say(3, alice, bob,
                       text("I can look at the flaky one this afternoon. Is it the one that "
                            "times out on a slow runner?"),
                       r3);
    Message r5 = s.say(6, bob, alice,
                       text("That's it. It waits for a notification that sometimes arrives "
                            "before the listener is connected."),
                       r4);
    s.say(2, alice, bob, text("Then connecting first and sending second should fix it. On it!"),
          r5);
    Message r3b = s.say(9, alice, bob,
                        text("Also: who writes the release announcement? I can draft it."), r2);
    Message r4b = s.say(12, bob, alice, text("Please do, you write them better than I do!"), r3b);
    Message notes = s.say(40, alice, bob,
                          text("Draft release notes are in the wiki. Have a look when you "
                               "have a minute?"));
    s.edit(3, notes,
           text("Draft release notes are in the wiki under \"Releases/1.0\". Have a look when "
                "you have a minute?"));
    Message notesReply = s.say(25, bob, alice,
                               text("Read them: clear and short. I'd add a line about the new "
                                    "edit history."),
                               notes);
    s.say(4, alice, bob, text("Good point, added."), notesReply);

    // carol and alice plan a weekend trip.
    Message t1 = s.say(720, carol, alice,
                       text("Are we still on for the lake this weekend? The forecast says "
                            "sunny on Saturday."));
    Message t2 = s.say(6, alice, carol, text("Yes! I'll bring the tent. Train or car?"), t1);
    Message t3 = s.say(5, carol, alice,
                       text("Train, the 8:12 from the main station. Parking there is a "
                            "nightmare in summer."),
                       t2);
    Message t4
        = s.say(8, alice, carol, text("8:12 it is. Shall I buy the tickets for both of us?"), t3);
    s.edit(2, t4,
           text("8:12 it is. Shall I buy the tickets for both of us? Group fare is cheaper."));
    Message t5 = s.say(4, carol, alice,
                       text("Yes please, I'll pay you back. I'll pack lunch for Saturday."), t4);
    s.say(3, alice, carol, text("Deal. Sandwiches and the good coffee, please!"), t5);
    Message t2b
        = s.say(15, carol, alice, text("Should we ask dave too? He was keen last time."), t1);
    s.say(5, alice, carol, text("Sure, I'll message him."), t2b);

    // alice asks dave along and talks about a code review.
    Message d1 = s.say(10, alice, dave,
                       text("carol and I are going to the lake on Saturday. Want to come?"));
    Message d2 = s.say(45, dave, alice,
                       text("Would love to, but I promised my sister to help her move. Next "
                            "time for sure!"),
                       d1);
    s.say(3, alice, dave, text("No worries, good luck with the boxes!"), d2);
    Message c1 = s.say(1200, dave, alice,
                       text("Could you review my change to the conversation list before "
                            "lunch? It's small."));
    Message c2 = s.say(12, alice, dave,
                       text("Done, two small comments. The unread badge looks great."), c1);
    Message c3 = s.say(20, dave, alice, text("Thanks! Fixed both, pushed again."), c2);
    s.edit(1, c3, text("Thanks! Fixed both and pushed again, CI is running."));
    s.edit(30, c3, text("Thanks! Fixed both and pushed again, CI is green now."));

    // bob and carol, without alice.
    Message b1 = s.say(420, bob, carol, text("Do you have the slides from Tuesday's demo?"));
    s.say(15, carol, bob, text("Sent them to the team folder, \"Demo day\"."), b1);

    // The most recent day: what alice has not read yet.
    s.say(1560, bob, alice,
          text("Release candidate is tagged. Can you run the smoke tests on your "
               "machine?"),
          notes);
    s.say(2, dave, alice, text("Lunch at the Thai place at noon?"));
    Message n3 = s.say(20, carol, alice,
                       text("Tickets received, thank you! Here's the packing list: tent, "
                            "sleeping bags, sun cream, cards."),
                       t5);
    s.say(1, carol, alice, text("And swimsuits, obviously!"), n3);

    // Everyone has read the older messages; the last ones stay unread.
    s.read(alice, {r1, r3, r5, r4b, notesReply, t1, t3, t5, t2b, d2, c1, c3});
    s.read(bob, {r2, r4, r3b, notes});
    s.read(carol, {t2, t4, b1});
    s.read(dave, {d1, c2});

    if (s.error())
        return *s.error();
    return alice;
}

} // namespace signalbox
