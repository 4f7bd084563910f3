#include "benchrun.h"

#include "machineclock.h"
#include "messagerepository.h"
#include "passwordhasher.h"
#include "rawbaseline.h"
#include "rawreader.h"
#include "searchrepository.h"
#include "store.h"
#include "threadrepository.h"
#include "userrepository.h"
#include "workload.h"

#include "viewcache.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace signalbox::bench {

namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// VmHWM: the most resident memory this process has had, in KiB.
qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void progress(const char *step, double seconds)
{
    std::fprintf(stderr, "signalbox-bench: %-28s %9.4f s\n", step, seconds);
}

double processCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// Times one step and counts the statements it ran.
class StepClock
{
public:
    explicit StepClock(const Store &store)
        : m_store(store)
        , m_statements(store.statementCount())
    {
        m_timer.start();
    }
    double seconds() const { return double(m_timer.nsecsElapsed()) / 1e9; }
    // CPU time of the process (user + system): less disturbed than wall time on a busy machine.
    double cpuSeconds() const { return processCpuSeconds() - m_cpu; }
    qint64 statements() const { return m_store.statementCount() - m_statements; }
    QJsonObject figures() const
    {
        return QJsonObject{{QStringLiteral("seconds"), seconds()},
                           {QStringLiteral("cpu_seconds"), cpuSeconds()},
                           {QStringLiteral("queries"), statements()}};
    }

private:
    const Store &m_store;
    qint64 m_statements;
    double m_cpu = processCpuSeconds();
    QElapsedTimer m_timer;
};

} // namespace

BenchRun::BenchRun(const Workload &workload, const QString &directory, bool rawBaseline)
    : m_workload(workload)
    , m_directory(directory)
    , m_rawBaseline(rawBaseline)
{}

void BenchRun::expect(const QString &what, const QString &expected, const QString &got)
{
    if (expected != got)
        m_mismatches.append(QStringLiteral("%1: expected %2, got %3").arg(what, expected, got));
}

void BenchRun::expect(const QString &what, qint64 expected, qint64 got)
{
    expect(what, QString::number(expected), QString::number(got));
}

std::optional<QJsonObject> BenchRun::run(QString *error)
{
    const double loadAtStart = loadAverage();
    const Workload::Expectations want = m_workload.expectations();
    const QString path = m_directory + QStringLiteral("/bench.sqlite3");
    const auto storeFailed = [error](const char *step, const StoreError &e) {
        *error = QStringLiteral("%1: %2 (%3)")
                     .arg(QString::fromLatin1(step), e.message, StoreError::codeName(e.code));
        return std::nullopt;
    };

    // The reference creates users with an unusable password: no hashing in the timed step.
    // Here every user gets a real password, hashed at libsodium's minimum cost.
    PasswordHasher::setInteractiveCost(false);
    auto opened = Store::open(path);
    if (!opened)
        return storeFailed("open", opened.error());
    std::unique_ptr<Store> store = std::move(opened).value();
    RawReader reader(path);
    if (!reader.isOpen()) {
        *error = QStringLiteral("cannot open a reading connection: %1").arg(reader.error());
        return std::nullopt;
    }
    const auto rows = [&reader](const char *sql) {
        return reader.count(sql).value_or(-1);
    };
    QJsonObject steps;
    const auto password = [](const QString &name) {
        return name + QStringLiteral("-password");
    };

    // a. users
    QList<User> users;
    {
        StepClock clock(*store);
        for (const QString &name : m_workload.users()) {
            auto user = store->users().create(name, password(name));
            if (!user)
                return storeFailed("a_create_users", user.error());
            users.append(*user);
        }
        QJsonObject a = clock.figures();
        a.insert(QStringLiteral("users"), users.size());
        steps.insert(QStringLiteral("a_create_users"), a);
        progress("a_create_users", clock.seconds());
    }

    // b. messages, each with its notification, one transaction each
    const auto &messages = m_workload.messages();
    QList<Id> ids(messages.size());
    {
        StepClock clock(*store);
        for (qsizetype i = 0; i < messages.size(); ++i) {
            const auto &m = messages.at(i);
            auto sent = store->messages().send(users.at(m.sender), users.at(m.receiver), m.content,
                                               m.parent >= 0 ? ids.at(m.parent) : 0);
            if (!sent)
                return storeFailed("b_create_messages", sent.error());
            ids[i] = sent->id;
        }
        const double seconds = clock.seconds();
        QJsonObject b = clock.figures();
        b.insert(QStringLiteral("messages"), messages.size());
        b.insert(QStringLiteral("per_second"), double(messages.size()) / seconds);
        steps.insert(QStringLiteral("b_create_messages"), b);
        progress("b_create_messages", seconds);
        expect(QStringLiteral("b: messages"), messages.size(),
               rows("SELECT count(*) FROM messages"));
        expect(QStringLiteral("b: notifications"), messages.size(),
               rows("SELECT count(*) FROM notifications"));
        expect(QStringLiteral("b: replies"), want.replies,
               rows("SELECT count(*) FROM messages WHERE parent_message_id IS NOT NULL"));
    }

    // b2. read flags, bulk
    {
        QList<Id> readIds;
        for (qsizetype i = 0; i < messages.size(); ++i) {
            if (m_workload.read().at(i))
                readIds.append(ids.at(i));
        }
        StepClock clock(*store);
        auto marked = store->messages().markReadBulk(readIds);
        if (!marked)
            return storeFailed("b2_mark_read", marked.error());
        QJsonObject b2 = clock.figures();
        b2.insert(QStringLiteral("rows"), *marked);
        steps.insert(QStringLiteral("b2_mark_read"), b2);
        progress("b2_mark_read", clock.seconds());
        expect(QStringLiteral("b2: read_rows"), want.readRows, *marked);
        expect(QStringLiteral("b2: rows read in the file"), want.readRows,
               rows("SELECT count(*) FROM messages WHERE read = 1"));
        expect(QStringLiteral("b2: notifications read in the file"), want.readRows,
               rows("SELECT count(*) FROM notifications WHERE read = 1"));
    }

    // c. edits, editor = sender, one transaction each
    const auto &edits = m_workload.edits();
    {
        StepClock clock(*store);
        for (const auto &e : edits) {
            auto edited = store->messages().edit(users.at(messages.at(e.message).sender),
                                                 ids.at(e.message), e.content);
            if (!edited)
                return storeFailed("c_edit_messages", edited.error());
        }
        const double seconds = clock.seconds();
        QJsonObject c = clock.figures();
        c.insert(QStringLiteral("edits"), edits.size());
        c.insert(QStringLiteral("per_second"), double(edits.size()) / seconds);
        steps.insert(QStringLiteral("c_edit_messages"), c);
        progress("c_edit_messages", seconds);
        expect(QStringLiteral("c: history rows"), edits.size(),
               rows("SELECT count(*) FROM message_history"));
        expect(QStringLiteral("c: edited messages"), edits.size(),
               rows("SELECT count(*) FROM messages WHERE edited = 1"));
    }

    // d0. the thread, each reply through send with its parent
    const auto &thread = m_workload.thread();
    QList<Id> threadIds(thread.size());
    {
        StepClock clock(*store);
        for (qsizetype k = 0; k < thread.size(); ++k) {
            const auto &t = thread.at(k);
            auto sent = store->messages().send(users.at(t.sender), users.at(t.receiver), t.content,
                                               t.parent >= 0 ? threadIds.at(t.parent) : 0);
            if (!sent)
                return storeFailed("d0_build_thread", sent.error());
            threadIds[k] = sent->id;
        }
        QJsonObject d0 = clock.figures();
        d0.insert(QStringLiteral("messages"), thread.size());
        steps.insert(QStringLiteral("d0_build_thread"), d0);
        progress("d0_build_thread", clock.seconds());
    }

    // d. the whole thread in one recursive query
    {
        const User &viewer = users.at(thread.first().sender);
        StepClock clock(*store);
        auto tree = store->threads().thread(viewer, threadIds.first());
        QJsonObject d = clock.figures();
        const double seconds = clock.seconds();
        if (!tree)
            return storeFailed("d_thread_cte", tree.error());
        QByteArray preorder;
        int maxDepth = 0;
        for (const Message &m : *tree) {
            preorder.append(m.content.toUtf8());
            preorder.append('\n');
            maxDepth = std::max(maxDepth, m.depth);
        }
        d.insert(QStringLiteral("nodes"), tree->size());
        d.insert(QStringLiteral("max_depth"), maxDepth);
        steps.insert(QStringLiteral("d_thread_cte"), d);
        progress("d_thread_cte", seconds);
        expect(QStringLiteral("d: thread nodes"), want.threadNodes, tree->size());
        expect(QStringLiteral("d: thread max_depth"), want.threadMaxDepth, maxDepth);
        expect(QStringLiteral("d: thread preorder_content_sha256"),
               QString::fromLatin1(want.threadPreorderSha256),
               QString::fromLatin1(Workload::sha256Hex(preorder)));

        // The N+1 walk for comparison: the store offers no per-node query, so it runs on the
        // C API connection (a lower bound for any N+1 through a Qt layer).
        auto walk = reader.threadNPlusOne(threadIds.first());
        if (!walk) {
            *error = QStringLiteral("d_thread_n_plus_1: %1").arg(reader.error());
            return std::nullopt;
        }
        QJsonObject n1{{QStringLiteral("seconds"), walk->seconds},
                       {QStringLiteral("queries"), walk->statements}};
        n1.insert(QStringLiteral("nodes"), walk->nodes);
        n1.insert(QStringLiteral("via"), QStringLiteral("sqlite3 C API, prepared once"));
        steps.insert(QStringLiteral("d_thread_n_plus_1_raw"), n1);
        progress("d_thread_n_plus_1_raw", walk->seconds);
        expect(QStringLiteral("d (N+1): nodes"), want.threadNodes, walk->nodes);
        expect(QStringLiteral("d (N+1): preorder_content_sha256"),
               QString::fromLatin1(want.threadPreorderSha256),
               QString::fromLatin1(walk->preorderSha256));
    }

    // e. the unread list of every user
    {
        QList<int> counts;
        StepClock clock(*store);
        for (const User &user : std::as_const(users)) {
            auto unread = store->messages().unreadFor(user);
            if (!unread)
                return storeFailed("e_unread_all_users", unread.error());
            counts.append(int(unread->size()));
        }
        const double seconds = clock.seconds();
        QJsonObject e = clock.figures();
        QStringList texts;
        int total = 0;
        for (const int c : std::as_const(counts)) {
            texts.append(QString::number(c));
            total += c;
        }
        e.insert(QStringLiteral("rows"), total);
        steps.insert(QStringLiteral("e_unread_all_users"), e);
        progress("e_unread_all_users", seconds);
        expect(QStringLiteral("e: unread total_rows"), want.unreadTotal, total);
        expect(
            QStringLiteral("e: unread per_user_counts_sha256"),
            QString::fromLatin1(want.unreadPerUserSha256),
            QString::fromLatin1(Workload::sha256Hex(
                (QLatin1Char('[') + texts.join(QLatin1String(", ")) + QLatin1Char(']')).toUtf8())));
    }

    // e2. search (issue 13): every user looks for a phrase of the generated text; each
    //     result count is checked against the file through the raw connection.
    {
        StepClock clock(*store);
        qint64 hits = 0;
        QList<std::pair<Id, qsizetype>> found;
        for (const User &user : std::as_const(users)) {
            auto result = store->search().search(user, QStringLiteral("\"ipsum dolor\""), 0,
                                                 SearchRepository::MaxLimit);
            if (!result)
                return storeFailed("e2_search", result.error());
            hits += result->size();
            found.append({user.id, result->size()});
        }
        const double seconds = clock.seconds();
        QJsonObject e2 = clock.figures();
        e2.insert(QStringLiteral("query"), QStringLiteral("\"ipsum dolor\" for every user"));
        e2.insert(QStringLiteral("rows"), hits);
        e2.insert(QStringLiteral("api"), QStringLiteral("SearchRepository::search"));
        steps.insert(QStringLiteral("e2_search_all_users"), e2);
        progress("e2_search_all_users", seconds);
        for (const auto &[id, count] : std::as_const(found)) {
            const QByteArray sql = QStringLiteral("SELECT count(*) FROM messages WHERE deleted = 0 "
                                                  "AND (sender_id = %1 OR receiver_id = %1) AND "
                                                  "content LIKE '%ipsum dolor%'")
                                       .arg(id)
                                       .toUtf8();
            expect(QStringLiteral("e2: search results of user %1").arg(id), rows(sql.constData()),
                   count);
        }
    }

    // f. conversation views: cache cleared, a miss, then a hit; median of the repeats
    {
        ViewCache cache(store.get());
        const auto &cases = m_workload.conversationCases();
        for (qsizetype c = 0; c < cases.size(); ++c) {
            const User &viewer = users.at(cases.at(c).viewer);
            const User &peer = users.at(cases.at(c).peer);
            auto all = store->messages().conversation(viewer, peer.id);
            if (!all)
                return storeFailed("f_conversation", all.error());
            expect(QStringLiteral("f: conversation_messages.") + cases.at(c).name,
                   want.conversationMessages.at(c), all->size());
            QList<double> missSeconds;
            qint64 missQueries = 0;
            QJsonObject f;
            QList<double> hitSeconds;
            qint64 hitQueries = 0;
            qsizetype pageMessages = 0;
            for (int r = 0; r < m_workload.conversationRepeats(); ++r) {
                cache.clear();
                const int misses = cache.misses();
                const int hits = cache.hits();
                StepClock miss(*store);
                auto missed = cache.page(viewer, peer.id);
                missSeconds.append(miss.seconds());
                missQueries = miss.statements();
                StepClock hit(*store);
                auto hitPage = cache.page(viewer, peer.id);
                hitSeconds.append(hit.seconds());
                hitQueries = hit.statements();
                if (!missed)
                    return storeFailed("f_conversation", missed.error());
                if (!hitPage)
                    return storeFailed("f_conversation", hitPage.error());
                pageMessages = missed->messages.size();
                expect(QStringLiteral("f: cache misses per miss"), 1, cache.misses() - misses);
                expect(QStringLiteral("f: cache hits per hit"), 1, cache.hits() - hits);
                expect(QStringLiteral("f: a hit returns the page of the miss"), pageMessages,
                       hitPage->messages.size());
            }
            f.insert(QStringLiteral("hit_seconds"), median(hitSeconds));
            f.insert(QStringLiteral("hit_queries"), hitQueries);
            f.insert(QStringLiteral("page_messages"), pageMessages);
            f.insert(QStringLiteral("via"),
                     QStringLiteral("ViewCache::page (first page of ThreadRepository::page)"));
            f.insert(QStringLiteral("miss_seconds"), median(missSeconds));
            f.insert(QStringLiteral("miss_queries"), missQueries);
            f.insert(QStringLiteral("messages"), all->size());
            const QByteArray name = "f_conversation_" + cases.at(c).name.toUtf8();
            steps.insert(QString::fromLatin1(name), f);
            progress(name.constData(), median(missSeconds));
        }
    }

    // g. delete a user and everything that belongs to them
    {
        const User &doomed = users.at(m_workload.deleteUser());
        StepClock clock(*store);
        auto removed = store->users().remove(doomed, password(doomed.username));
        QJsonObject g = clock.figures();
        const double seconds = clock.seconds();
        if (!removed)
            return storeFailed("g_delete_user", removed.error());
        g.insert(QStringLiteral("messages"), removed->messages);
        g.insert(QStringLiteral("notifications"), removed->notifications);
        g.insert(QStringLiteral("histories"), removed->history);
        steps.insert(QStringLiteral("g_delete_user"), g);
        progress("g_delete_user", seconds);
        expect(QStringLiteral("g: related messages"), want.deletedMessages, removed->messages);
        expect(QStringLiteral("g: related notifications"), want.deletedNotifications,
               removed->notifications);
        expect(QStringLiteral("g: related histories"), want.deletedHistories, removed->history);
        auto remaining = store->users().list();
        if (!remaining)
            return storeFailed("g_delete_user", remaining.error());
        expect(QStringLiteral("g: users after"), want.usersAfter, remaining->size());
        expect(QStringLiteral("g: users after (file)"), want.usersAfter,
               rows("SELECT count(*) FROM users"));
        expect(QStringLiteral("g: messages after"), want.messagesAfter,
               rows("SELECT count(*) FROM messages"));
        expect(QStringLiteral("g: notifications after"), want.notificationsAfter,
               rows("SELECT count(*) FROM notifications"));
        expect(QStringLiteral("g: histories after"), want.historiesAfter,
               rows("SELECT count(*) FROM message_history"));
    }

    QJsonObject result{{QStringLiteral("steps"), steps},
                       {QStringLiteral("peak_rss_kb"), peakRssKb()},
                       {QStringLiteral("loadavg_at_start"), loadAtStart}};

    if (m_rawBaseline) {
        RawBaseline raw(m_workload, m_directory + QStringLiteral("/raw.sqlite3"));
        auto figuresRaw = raw.run(error);
        if (!figuresRaw)
            return std::nullopt;
        const auto field = [](const QJsonObject &o, const char *step, const char *name) {
            return o.value(QLatin1String(step)).toObject().value(QLatin1String(name)).toDouble();
        };
        // Signalbox ÷ raw throughput: wall time, and CPU time (the same on a quiet machine).
        QJsonObject ratio;
        for (const char *step : {"b_create_messages", "c_edit_messages"}) {
            ratio.insert(QLatin1String(step),
                         field(*figuresRaw, step, "seconds") / field(steps, step, "seconds"));
            ratio.insert(QLatin1String(step) + QLatin1String("_cpu"),
                         field(*figuresRaw, step, "cpu_seconds")
                             / field(steps, step, "cpu_seconds"));
        }
        result.insert(QStringLiteral("raw"), *figuresRaw);
        result.insert(QStringLiteral("ratio_to_raw"), ratio);
        result.insert(QStringLiteral("peak_rss_kb_with_raw"), peakRssKb());
        progress("raw b_create_messages", figuresRaw->value(QLatin1String("b_create_messages"))
                                              .toObject()
                                              .value(QLatin1String("seconds"))
                                              .toDouble());
        progress("raw c_edit_messages", figuresRaw->value(QLatin1String("c_edit_messages"))
                                            .toObject()
                                            .value(QLatin1String("seconds"))
                                            .toDouble());
    }

    if (!m_mismatches.isEmpty()) {
        *error = QStringLiteral("the run does not reproduce the workload:\n  ")
                 + m_mismatches.join(QLatin1String("\n  "));
        return std::nullopt;
    }
    return result;
}

} // namespace signalbox::bench
