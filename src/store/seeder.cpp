#include "seeder.h"

#include "messagerepository.h"
#include "passwordhasher.h"
#include "store.h"
#include "userrepository.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>

namespace signalbox {

namespace {
// The page cache while seeding, in KiB (SQLite's default is 2,000 KiB).
constexpr int SeedingCacheKib = 256 * 1024;
} // namespace

QString Seeder::userName(int index)
{
    return QStringLiteral("user%1").arg(index, 4, 10, QLatin1Char('0'));
}

Result<Seeder::Report> Seeder::run(Store &store, const Options &options,
                                   const std::function<void(qint64)> &progress)
{
    if (options.users < 2 || options.messages < 0 || options.batchSize < 1)
        return StoreError::make(
            StoreError::InvalidInput,
            StoreError::tr("Seeding needs at least two users and a positive batch size."));
    QElapsedTimer timer;
    timer.start();
    QRandomGenerator random(options.seed);
    Report report;

    // One hash for every seeded user: hashing a thousand passwords would take minutes.
    auto hash = PasswordHasher::hash(options.password);
    if (!hash)
        return hash.error();
    QList<User> users;
    users.reserve(options.users);
    auto created = store.write([&]() -> Status {
        for (int i = 0; i < options.users; ++i) {
            auto user = store.users().createWithHash(userName(i), *hash);
            if (!user)
                return user.error();
            users.append(*user);
        }
        return success();
    });
    if (!created)
        return created.error();
    report.users = users.size();

    // Who talks to whom: a few peers each, and one hub user with many.
    QList<QList<int>> peers(options.users);
    QSet<std::pair<int, int>> linked;
    const auto link = [&](int a, int b) {
        if (a == b || linked.contains({a, b}))
            return;
        linked.insert({a, b});
        linked.insert({b, a});
        peers[a].append(b);
        peers[b].append(a);
    };
    for (int peer = 1; peer <= qMin(options.hubPeers, options.users - 1); ++peer)
        link(0, peer);
    for (int user = 1; user < options.users; ++user) {
        for (int k = 0; k < options.peersPerUser; ++k)
            link(user, int(random.bounded(options.users)));
    }

    // Messages a day apart at the start, ending now; seconds apart at the end.
    const qint64 end = QDateTime::currentMSecsSinceEpoch();
    const qint64 span = qint64(365) * 24 * 3600 * 1000;
    const qint64 step = options.messages > 0 ? qMax<qint64>(1, span / options.messages) : 1;
    qint64 clock = end - span;
    store.setClock([&clock] { return QDateTime::fromMSecsSinceEpoch(clock, Qt::UTC); });

    // Every largeEvery-th message goes between the first two users.
    const qint64 largeEvery = options.largeConversation > 0
                                  ? qMax<qint64>(1, options.messages / options.largeConversation)
                                  : 0;
    QHash<std::pair<int, int>, QList<Id>> threads; // (low, high) -> message ids

    // A batch dirties pages all over the message, notification and summary indexes (about ten
    // random index pages per message). SQLite's default page cache (2 MiB) spills them to the
    // WAL in the middle of the transaction and reads them back from there: a bigger cache while
    // seeding keeps each page in memory until the COMMIT writes it once.
    QVariant previousCacheSize;
    if (store.database().dialect() == Database::Dialect::Sqlite) {
        auto cacheSize = store.database().scalar(QStringLiteral("PRAGMA cache_size"));
        if (!cacheSize)
            return cacheSize.error();
        previousCacheSize = *cacheSize;
        auto raised = store.database().execute(
            QStringLiteral("PRAGMA cache_size = -%1").arg(SeedingCacheKib));
        if (!raised)
            return raised.error();
    }
    qint64 done = 0;
    Status status = success();
    while (done < options.messages && status) {
        const qint64 batchEnd = qMin(options.messages, done + options.batchSize);
        status = store.write([&]() -> Status {
            for (; done < batchEnd; ++done) {
                int sender = 0;
                int receiver = 1;
                if (largeEvery > 0 && done % largeEvery == 0) {
                    if (random.bounded(2) == 1)
                        std::swap(sender, receiver);
                } else {
                    sender = int(random.bounded(options.users));
                    const QList<int> &theirs = peers.at(sender);
                    receiver = theirs.isEmpty() ? (sender + 1) % options.users
                                                : theirs.at(int(random.bounded(theirs.size())));
                }
                const std::pair<int, int> key{qMin(sender, receiver), qMax(sender, receiver)};
                QList<Id> &thread = threads[key];
                Id parent = 0;
                if (!thread.isEmpty() && random.generateDouble() < options.replyRatio)
                    parent = thread.at(int(random.bounded(thread.size())));
                clock += step;
                const QString text
                    = QStringLiteral("Message %1 from %2 to %3")
                          .arg(done)
                          .arg(users.at(sender).username, users.at(receiver).username);
                // Stored read at once: sending unread and marking read afterwards wrote every
                // read message twice (and its unread index entry and summary count).
                const bool read = random.generateDouble() < options.readRatio;
                auto sent
                    = store.messages().send(users.at(sender), users.at(receiver), text, parent,
                                            read ? MessageRepository::Delivery::AlreadyRead
                                                 : MessageRepository::Delivery::Unread);
                if (!sent)
                    return sent.error();
                thread.append(sent->id);
                if (parent > 0)
                    ++report.replies;
                if (read)
                    ++report.read;
            }
            return success();
        });
        if (progress)
            progress(done);
    }
    store.setClock({});
    if (previousCacheSize.isValid()) {
        auto restored = store.database().execute(
            QStringLiteral("PRAGMA cache_size = %1").arg(previousCacheSize.toLongLong()));
        if (!restored && status)
            status = restored.error();
    }
    if (!status)
        return status.error();
    report.messages = done;
    report.seconds = timer.nsecsElapsed() / 1e9;
    return report;
}

} // namespace signalbox
