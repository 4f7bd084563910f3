#include "largebench.h"

#include "conversationrepository.h"
#include "exporter.h"
#include "machineclock.h"
#include "messagerepository.h"
#include "migrator.h"
#include "rawreader.h"
#include "searchrepository.h"
#include "seeder.h"
#include "store.h"
#include "threadrepository.h"
#include "userrepository.h"

#include "threadmodel.h"
#include "threadpaging.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

#include <unistd.h>

namespace signalbox::bench {

namespace {

// The targets of the issue "Performance", section 3, in milliseconds.
constexpr double ConversationListTargetMs = 2;
constexpr double OpenConversationTargetMs = 30;
constexpr double SendTargetMs = 1;
constexpr double UnreadCountTargetMs = 1;
constexpr double DeleteUserTargetMs = 150;
// Issue 13: each search median <= 20 ms, the first (cold) <= 100 ms.
constexpr double SearchTargetMs = 20;
constexpr double SearchFirstTargetMs = 100;
// Issue 13: exporting a 10,000-message conversation takes <= 2 s.
constexpr double ExportTargetMs = 2000;

template<typename T>
T medianOf(QList<T> values)
{
    if (values.isEmpty())
        return T{};
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

void note(const char *what, double ms)
{
    std::fprintf(stderr, "signalbox-bench --large: %-28s %10.3f ms (median)\n", what, ms);
}

// Wall time, CPU time and statements of each repeat of one operation.
struct Samples
{
    QList<double> wallMs;
    QList<double> cpuMs;
    QList<qint64> statements;

    // op() does the timed work and returns false on failure (its error already recorded).
    bool measure(Store &store, const std::function<bool()> &op)
    {
        const qint64 statementsBefore = store.statementCount();
        const double cpuBefore = threadCpuMs();
        QElapsedTimer timer;
        timer.start();
        const bool ok = op();
        wallMs.append(double(timer.nsecsElapsed()) / 1e6);
        cpuMs.append(threadCpuMs() - cpuBefore);
        statements.append(store.statementCount() - statementsBefore);
        return ok;
    }

    QJsonObject figures(double targetMs) const
    {
        const double wall = medianOf(wallMs);
        const double cpu = medianOf(cpuMs);
        return QJsonObject{
            {QStringLiteral("median_ms"), wall},
            {QStringLiteral("cpu_median_ms"), cpu},
            {QStringLiteral("first_ms"), wallMs.value(0)},
            {QStringLiteral("min_ms"), *std::min_element(wallMs.cbegin(), wallMs.cend())},
            {QStringLiteral("max_ms"), *std::max_element(wallMs.cbegin(), wallMs.cend())},
            {QStringLiteral("repeats"), int(wallMs.size())},
            {QStringLiteral("statements"), medianOf(statements)},
            {QStringLiteral("statements_max"),
             *std::max_element(statements.cbegin(), statements.cend())},
            {QStringLiteral("target_ms"), targetMs},
            {QStringLiteral("met"), wall <= targetMs},
            {QStringLiteral("met_by_cpu"), cpu <= targetMs},
        };
    }
};

// Copies a closed store (and its write-ahead log, should one be left) to target.
bool copyStore(const QString &from, const QString &to, QString *error)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile::remove(to + suffix);
        if (!QFile::exists(from + suffix))
            continue;
        if (!QFile::copy(from + suffix, to + suffix)) {
            *error = QStringLiteral("cannot copy %1 to %2").arg(from + suffix, to + suffix);
            return false;
        }
        // On disk before the clock starts: otherwise the first checkpoint's fsync inside a
        // timed operation would write the whole fresh copy.
        QFile written(to + suffix);
        if (!written.open(QIODevice::ReadWrite) || ::fsync(written.handle()) != 0) {
            *error = QStringLiteral("cannot flush %1").arg(to + suffix);
            return false;
        }
    }
    return true;
}

void removeStore(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

LargeBench::LargeBench(Options options)
    : m_options(std::move(options))
{}

std::optional<QJsonObject> LargeBench::run(QString *error)
{
    const QString path = m_options.storePath;
    QStringList mismatches;
    const auto expect = [&](const QString &what, qint64 expected, qint64 got) {
        if (expected != got)
            mismatches.append(
                QStringLiteral("%1: expected %2, got %3").arg(what).arg(expected).arg(got));
    };
    const auto storeFailed = [error](const QString &what, const StoreError &e) {
        *error = QStringLiteral("%1: %2 (%3)").arg(what, e.message, StoreError::codeName(e.code));
        return std::nullopt;
    };
    // Opening a missing file would create an empty store: refuse instead.
    if (!QFileInfo(path).isFile()) {
        *error
            = QStringLiteral("%1 is not a store file (seed one with signalbox-cli seed)").arg(path);
        return std::nullopt;
    }
    const double loadAtStart = loadAverage();

    // A store from before the search index (schema 3) builds it while it opens (migration 5).
    const auto schemaBefore = Migrator::inspectReadOnly(path);
    QElapsedTimer openTimer;
    openTimer.start();
    auto opened = Store::open(path);
    const double openSeconds = double(openTimer.nsecsElapsed()) / 1e9;
    if (!opened)
        return storeFailed(QStringLiteral("open %1").arg(path), opened.error());
    std::unique_ptr<Store> store = std::move(opened).value();
    auto reader = std::make_unique<RawReader>(path);
    if (!reader->isOpen()) {
        *error = QStringLiteral("cannot open a reading connection: %1").arg(reader->error());
        return std::nullopt;
    }
    const auto rawCount = [&](const QString &sql) -> qint64 {
        const auto n = reader->count(sql.toUtf8().constData());
        if (!n) {
            mismatches.append(reader->error());
            return -1;
        }
        return *n;
    };

    auto hub = store->users().byName(Seeder::userName(0));
    if (!hub)
        return storeFailed(QStringLiteral("user %1").arg(Seeder::userName(0)), hub.error());
    auto partner = store->users().byName(Seeder::userName(1));
    if (!partner)
        return storeFailed(QStringLiteral("user %1").arg(Seeder::userName(1)), partner.error());
    const Id h = hub->id;
    const Id p = partner->id;
    const QString pairWhere = QStringLiteral("((sender_id = %1 AND receiver_id = %2) OR "
                                             "(sender_id = %2 AND receiver_id = %1))")
                                  .arg(h)
                                  .arg(p);
    QJsonObject report{
        {QStringLiteral("store"), path},
        {QStringLiteral("store_bytes"), QFileInfo(path).size()},
        {QStringLiteral("users"), rawCount(QStringLiteral("SELECT count(*) FROM users"))},
        {QStringLiteral("messages"), rawCount(QStringLiteral("SELECT count(*) FROM messages"))},
        {QStringLiteral("load_average_at_start"), loadAtStart},
        {QStringLiteral("viewer"), hub->username},
        {QStringLiteral("peer"), partner->username},
        {QStringLiteral("schema_before_open"), schemaBefore ? *schemaBefore : -1},
        {QStringLiteral("open_seconds"), openSeconds},
    };
    QString failure;
    const auto failed = [&](const QString &what, const StoreError &e) {
        failure = QStringLiteral("%1: %2 (%3)").arg(what, e.message, StoreError::codeName(e.code));
        return false;
    };

    // 1. The conversation list of the user with the most peers.
    {
        Samples samples;
        qsizetype rows = -1;
        for (int r = 0; r < m_options.readRepeats; ++r) {
            const bool ok = samples.measure(*store, [&] {
                auto list = store->conversations().listFor(*hub);
                if (!list)
                    return failed(QStringLiteral("listFor"), list.error());
                rows = list->size();
                return true;
            });
            if (!ok)
                return (*error = failure, std::nullopt);
        }
        expect(QStringLiteral("conversation list rows"),
               rawCount(QStringLiteral("SELECT count(DISTINCT CASE WHEN sender_id = %1 THEN "
                                       "receiver_id ELSE sender_id END) FROM messages WHERE "
                                       "sender_id = %1 OR receiver_id = %1")
                            .arg(h)),
               rows);
        QJsonObject figures = samples.figures(ConversationListTargetMs);
        figures.insert(QStringLiteral("api"), QStringLiteral("ConversationRepository::listFor"));
        figures.insert(QStringLiteral("rows"), rows);
        report.insert(QStringLiteral("conversation_list"), figures);
        note("conversation list", figures.value(QLatin1String("median_ms")).toDouble());
    }

    // 2. The first page of the big conversation.
    const qint64 conversationMessages
        = rawCount(QStringLiteral("SELECT count(*) FROM messages WHERE ") + pairWhere);
    const qint64 conversationRoots = rawCount(
        QStringLiteral("SELECT count(*) FROM messages WHERE parent_message_id IS NULL AND ")
        + pairWhere);
    qsizetype pageMessages = -1;
    qsizetype pageRoots = -1;
    {
        Samples samples;
        bool hasOlder = false;
        bool foreign = false;
        for (int r = 0; r < m_options.readRepeats; ++r) {
            const bool ok = samples.measure(*store, [&] {
                auto page = store->threads().page(*hub, p, ThreadPageSize);
                if (!page)
                    return failed(QStringLiteral("ThreadRepository::page"), page.error());
                pageMessages = page->messages.size();
                pageRoots = std::count_if(page->messages.cbegin(), page->messages.cend(),
                                          [](const Message &m) { return m.depth == 0; });
                hasOlder = page->hasOlder;
                for (const Message &m : std::as_const(page->messages))
                    foreign = foreign
                              || ConversationKey::of(m.senderId, m.receiverId)
                                     != ConversationKey::of(h, p);
                return true;
            });
            if (!ok)
                return (*error = failure, std::nullopt);
        }
        expect(QStringLiteral("first page roots"), qMin<qint64>(ThreadPageSize, conversationRoots),
               pageRoots);
        expect(QStringLiteral("first page has older"), conversationRoots > ThreadPageSize,
               hasOlder);
        expect(QStringLiteral("first page messages of other conversations"), 0, foreign);
        QJsonObject figures = samples.figures(OpenConversationTargetMs);
        figures.insert(QStringLiteral("api"), QStringLiteral("ThreadRepository::page"));
        figures.insert(QStringLiteral("page_size"), ThreadPageSize);
        figures.insert(QStringLiteral("roots"), pageRoots);
        figures.insert(QStringLiteral("messages"), pageMessages);
        figures.insert(QStringLiteral("has_older"), hasOlder);
        figures.insert(QStringLiteral("conversation_messages"), conversationMessages);
        figures.insert(QStringLiteral("conversation_roots"), conversationRoots);
        report.insert(QStringLiteral("open_conversation"), figures);
        note("open conversation (page)", figures.value(QLatin1String("median_ms")).toDouble());
    }
    {
        // What the window does: a fresh ThreadModel (no view cache) shown the peer.
        Samples samples;
        for (int r = 0; r < m_options.readRepeats; ++r) {
            ThreadModel model(store.get(), *hub);
            const bool ok = samples.measure(*store, [&] {
                model.setPeer(p);
                if (!model.errorString().isEmpty()) {
                    failure = QStringLiteral("ThreadModel::setPeer: %1").arg(model.errorString());
                    return false;
                }
                return true;
            });
            if (!ok)
                return (*error = failure, std::nullopt);
            expect(QStringLiteral("model roots"), pageRoots, model.loadedRootCount());
            expect(QStringLiteral("model messages"), pageMessages, model.loadedMessageCount());
        }
        QJsonObject figures = samples.figures(OpenConversationTargetMs);
        figures.insert(QStringLiteral("api"),
                       QStringLiteral("ThreadModel::setPeer (no ViewCache)"));
        report.insert(QStringLiteral("open_conversation_model"), figures);
        note("open conversation (model)", figures.value(QLatin1String("median_ms")).toDouble());
    }

    // 3. The tray's unread count.
    {
        Samples samples;
        int unread = -1;
        for (int r = 0; r < m_options.readRepeats * 5; ++r) {
            const bool ok = samples.measure(*store, [&] {
                auto count = store->messages().unreadCount(*hub);
                if (!count)
                    return failed(QStringLiteral("unreadCount"), count.error());
                unread = *count;
                return true;
            });
            if (!ok)
                return (*error = failure, std::nullopt);
        }
        expect(QStringLiteral("unread count"),
               rawCount(QStringLiteral(
                            "SELECT count(*) FROM messages WHERE receiver_id = %1 AND read = 0")
                            .arg(h)),
               unread);
        QJsonObject figures = samples.figures(UnreadCountTargetMs);
        figures.insert(QStringLiteral("api"), QStringLiteral("MessageRepository::unreadCount"));
        figures.insert(QStringLiteral("unread"), unread);
        report.insert(QStringLiteral("unread_count"), figures);
        note("unread count", figures.value(QLatin1String("median_ms")).toDouble());
    }

    // 4. Search for the hub user (issue 13): two words, a prefix and a from: query, each a
    //    median over repeats with its first (cold) run, checked against the raw connection.
    {
        struct SearchCase
        {
            const char *key;
            QString query;
            QString rawNewest; // the id of the newest message the query must find first
            QString rawCount;  // how many the raw connection finds (results are capped at 50)
        };
        const QString hubPair = pairWhere + QStringLiteral(" AND deleted = 0");
        const QList<SearchCase> cases{
            {"search_two_words", QStringLiteral("message %1").arg(partner->username),
             QStringLiteral("SELECT id FROM messages WHERE %1 ORDER BY timestamp DESC, id DESC "
                            "LIMIT 1")
                 .arg(hubPair),
             QStringLiteral("SELECT count(*) FROM messages WHERE %1").arg(hubPair)},
            {"search_prefix", QStringLiteral("user01*"), QString(),
             QStringLiteral("SELECT count(*) FROM messages WHERE (sender_id = %1 OR receiver_id "
                            "= %1) AND deleted = 0 AND (sender_id IN (SELECT id FROM users WHERE "
                            "username LIKE 'user01%') OR receiver_id IN (SELECT id FROM users "
                            "WHERE username LIKE 'user01%'))")
                 .arg(h)},
            {"search_from", QStringLiteral("from:%1").arg(partner->username),
             QStringLiteral("SELECT id FROM messages WHERE sender_id = %1 AND receiver_id = %2 "
                            "AND deleted = 0 ORDER BY timestamp DESC, id DESC LIMIT 1")
                 .arg(p)
                 .arg(h),
             QStringLiteral("SELECT count(*) FROM messages WHERE sender_id = %1 AND receiver_id "
                            "= %2 AND deleted = 0")
                 .arg(p)
                 .arg(h)},
        };
        for (const SearchCase &c : cases) {
            Samples samples;
            QList<SearchHit> hits;
            for (int r = 0; r < m_options.readRepeats; ++r) {
                const bool ok = samples.measure(*store, [&] {
                    auto found = store->search().search(*hub, c.query);
                    if (!found)
                        return failed(QStringLiteral("search %1").arg(c.query), found.error());
                    hits = *found;
                    return true;
                });
                if (!ok)
                    return (*error = failure, std::nullopt);
            }
            const qint64 matching = rawCount(c.rawCount);
            expect(QStringLiteral("%1 results").arg(QLatin1String(c.key)),
                   qMin<qint64>(matching, SearchRepository::DefaultLimit), hits.size());
            if (!c.rawNewest.isEmpty() && !hits.isEmpty())
                expect(QStringLiteral("%1 newest").arg(QLatin1String(c.key)), rawCount(c.rawNewest),
                       hits.first().message.id);
            QJsonObject figures = samples.figures(SearchTargetMs);
            figures.insert(QStringLiteral("api"), QStringLiteral("SearchRepository::search"));
            figures.insert(QStringLiteral("query"), c.query);
            figures.insert(QStringLiteral("results"), int(hits.size()));
            figures.insert(QStringLiteral("matching_messages"), matching);
            figures.insert(QStringLiteral("first_target_ms"), SearchFirstTargetMs);
            figures.insert(QStringLiteral("first_met"),
                           samples.wallMs.value(0) <= SearchFirstTargetMs);
            report.insert(QLatin1String(c.key), figures);
            note(c.key, figures.value(QLatin1String("median_ms")).toDouble());
        }
        // The index's size: its shadow tables' pages (SQLite's dbstat).
        report.insert(QStringLiteral("search_index_bytes"),
                      rawCount(QStringLiteral("SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE "
                                              "name LIKE 'messages_fts%'")));
    }

    // 5. Export the hub's big conversation (issue 13), as JSON and as HTML, to a file.
    {
        QTemporaryDir exportDir;
        for (const auto &[key, format] : {std::pair{"export_json", Exporter::Format::Json},
                                          std::pair{"export_html", Exporter::Format::Html}}) {
            Samples samples;
            qint64 written = 0;
            const QString target = exportDir.filePath(QLatin1String(key));
            for (int r = 0; r < 3; ++r) {
                const bool ok = samples.measure(*store, [&] {
                    Status done = Exporter(*store).write(*hub, p, format, target,
                                                         [&written](qint64 n, qint64) {
                                                             written = n;
                                                             return true;
                                                         });
                    if (!done)
                        return failed(QStringLiteral("export"), done.error());
                    return true;
                });
                if (!ok)
                    return (*error = failure, std::nullopt);
            }
            expect(QStringLiteral("%1 messages").arg(QLatin1String(key)),
                   rawCount(QStringLiteral("SELECT count(*) FROM messages WHERE ") + pairWhere),
                   written);
            QJsonObject figures = samples.figures(ExportTargetMs);
            figures.insert(QStringLiteral("api"), QStringLiteral("Exporter::write"));
            figures.insert(QStringLiteral("messages"), written);
            figures.insert(QStringLiteral("bytes"), QFileInfo(target).size());
            report.insert(QLatin1String(key), figures);
            note(key, figures.value(QLatin1String("median_ms")).toDouble());
        }
    }

    // Whom to delete: the user whose messages (sent and received) come closest to the target.
    User doomed;
    DeletionCounts owned;
    {
        auto users = store->users().list();
        if (!users)
            return storeFailed(QStringLiteral("users"), users.error());
        qint64 best = -1;
        for (const User &user : std::as_const(*users)) {
            auto counts = store->users().countOwnedData(user);
            if (!counts)
                return storeFailed(QStringLiteral("countOwnedData"), counts.error());
            const qint64 distance = qAbs(qint64(counts->messages) - m_options.deleteTarget);
            if (best < 0 || distance < best) {
                best = distance;
                doomed = user;
                owned = *counts;
            }
        }
        expect(QStringLiteral("messages of the user to delete"),
               rawCount(QStringLiteral("SELECT count(*) FROM messages WHERE sender_id = %1 OR "
                                       "receiver_id = %1")
                            .arg(doomed.id)),
               owned.messages);
    }

    // Sends and deletes change the store: they run on copies of the closed file.
    reader.reset();
    store.reset();
    QTemporaryDir copies;
    if (!copies.isValid()) {
        *error = QStringLiteral("no temporary folder: %1").arg(copies.errorString());
        return std::nullopt;
    }
    const QString copy = copies.filePath(QStringLiteral("copy.sqlite3"));
    QList<double> copySeconds;
    const auto freshCopy = [&]() -> std::unique_ptr<Store> {
        removeStore(copy);
        QElapsedTimer timer;
        timer.start();
        if (!copyStore(path, copy, error))
            return nullptr;
        copySeconds.append(double(timer.nsecsElapsed()) / 1e9);
        auto opened = Store::open(copy);
        if (!opened) {
            storeFailed(QStringLiteral("open %1").arg(copy), opened.error());
            return nullptr;
        }
        return std::move(opened).value();
    };

    // 4. Sends, each its own transaction, alternating between the two users of the big
    // conversation.
    {
        store = freshCopy();
        if (!store)
            return std::nullopt;
        Samples samples;
        for (int i = 0; i < m_options.sends; ++i) {
            const User &from = i % 2 ? *partner : *hub;
            const User &to = i % 2 ? *hub : *partner;
            const bool ok = samples.measure(*store, [&] {
                auto sent = store->messages().send(
                    from, to,
                    QStringLiteral("Benchmark message %1 from %2").arg(i).arg(from.username));
                if (!sent)
                    return failed(QStringLiteral("send"), sent.error());
                return true;
            });
            if (!ok)
                return (*error = failure, std::nullopt);
        }
        store.reset();
        RawReader copyReader(copy);
        const auto after
            = copyReader.count((QStringLiteral("SELECT count(*) FROM messages WHERE ") + pairWhere)
                                   .toUtf8()
                                   .constData());
        expect(QStringLiteral("conversation messages after the sends"),
               conversationMessages + m_options.sends, after.value_or(-1));
        QJsonObject figures = samples.figures(SendTargetMs);
        figures.insert(QStringLiteral("api"), QStringLiteral("MessageRepository::send"));
        report.insert(QStringLiteral("send"), figures);
        note("send", figures.value(QLatin1String("median_ms")).toDouble());
    }

    // 5. Deleting that user, on a fresh copy each time. remove() checks the password first
    // (Argon2id at the cost the seeding used): timed on its own too, and subtracted.
    {
        Samples samples;
        QList<double> passwordMs;
        QList<double> passwordCpuMs;
        DeletionCounts removed;
        for (int r = 0; r < m_options.deleteRepeats; ++r) {
            store = freshCopy();
            if (!store)
                return std::nullopt;
            QElapsedTimer check;
            const double cpuBefore = threadCpuMs();
            check.start();
            auto verified = store->users().authenticate(doomed.username, m_options.password);
            passwordMs.append(double(check.nsecsElapsed()) / 1e6);
            passwordCpuMs.append(threadCpuMs() - cpuBefore);
            if (!verified)
                return storeFailed(QStringLiteral("authenticate %1").arg(doomed.username),
                                   verified.error());
            const bool ok = samples.measure(*store, [&] {
                auto gone = store->users().remove(doomed, m_options.password);
                if (!gone)
                    return failed(QStringLiteral("remove"), gone.error());
                removed = *gone;
                return true;
            });
            if (!ok)
                return (*error = failure, std::nullopt);
            store.reset();
            RawReader copyReader(copy);
            const auto left = copyReader.count(
                QStringLiteral(
                    "SELECT count(*) FROM messages WHERE sender_id = %1 OR receiver_id = %1")
                    .arg(doomed.id)
                    .toUtf8()
                    .constData());
            expect(QStringLiteral("messages left of the deleted user"), 0, left.value_or(-1));
        }
        removeStore(copy);
        expect(QStringLiteral("deleted messages"), owned.messages, removed.messages);
        expect(QStringLiteral("deleted notifications"), owned.notifications, removed.notifications);
        expect(QStringLiteral("deleted history entries"), owned.history, removed.history);
        QJsonObject figures = samples.figures(DeleteUserTargetMs);
        const double password = medianOf(passwordMs);
        const double wall = figures.value(QLatin1String("median_ms")).toDouble();
        figures.insert(QStringLiteral("api"), QStringLiteral("UserRepository::remove"));
        figures.insert(QStringLiteral("user"), doomed.username);
        figures.insert(QStringLiteral("target_messages"), m_options.deleteTarget);
        figures.insert(QStringLiteral("messages"), removed.messages);
        figures.insert(QStringLiteral("notifications"), removed.notifications);
        figures.insert(QStringLiteral("history"), removed.history);
        figures.insert(QStringLiteral("password_check_ms"), password);
        figures.insert(QStringLiteral("without_password_check_ms"), wall - password);
        figures.insert(QStringLiteral("password_check_cpu_ms"), medianOf(passwordCpuMs));
        figures.insert(QStringLiteral("cpu_without_password_check_ms"),
                       figures.value(QLatin1String("cpu_median_ms")).toDouble()
                           - medianOf(passwordCpuMs));
        figures.insert(QStringLiteral("met_without_password_check"),
                       wall - password <= DeleteUserTargetMs);
        report.insert(QStringLiteral("delete_user"), figures);
        note("delete user", wall);
    }
    report.insert(QStringLiteral("copy_seconds_median"), medianOf(copySeconds));

    if (!mismatches.isEmpty()) {
        *error = QStringLiteral("the results differ from the store file:\n  ")
                 + mismatches.join(QLatin1String("\n  "));
        return std::nullopt;
    }
    report.insert(QStringLiteral("verified"),
                  QStringLiteral("every count against a second, read-only SQLite connection"));
    return report;
}

} // namespace signalbox::bench
