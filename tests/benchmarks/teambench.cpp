// signalbox-teambench: what a team store's operations cost on PostgreSQL, in time, statements
// and round trips, on loopback and through DelayProxy (docs/benchmarks.md, "Team mode (issue
// 11)"). scripts/bench-postgres.sh starts the clusters and runs it twice: built from this
// tree against a team store (a member's own login, row-level security), and built from the
// release before team mode (commit cea525c, one role owning everything) with
// SIGNALBOX_TEAMBENCH_BEFORE_TEAM_MODE defined. Only the setup differs between the two; every
// measured call is the same public store API.
#include "delayproxy.h"
#include "machineclock.h"

#include "messagerepository.h"
#include "passwordhasher.h"
#include "store.h"
#include "threadrepository.h"
#include "userrepository.h"
#ifndef SIGNALBOX_TEAMBENCH_BEFORE_TEAM_MODE
#include "teamadmin.h"
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <libpq-fe.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <map>
#include <optional>

using namespace signalbox;
using signalbox::bench::DelayProxy;
using signalbox::bench::loadAverage;
using signalbox::bench::threadCpuMs;

namespace {

constexpr int Users = 20;
constexpr int HubMessages = 600;
constexpr int OtherMessages = 1400;
constexpr int PageRoots = 50;
const QString Password = QStringLiteral("Team-bench-password-7");

QString nameOf(int i)
{
    return QStringLiteral("user%1").arg(i, 2, 10, QLatin1Char('0'));
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "signalbox-teambench: %s\n", qPrintable(what));
    std::exit(1);
}

template<typename T>
T need(Result<T> result, const QString &what)
{
    if (!result)
        fail(what + QStringLiteral(": ") + result.error().message);
    return std::move(result).value();
}

std::unique_ptr<Store> openStore(const QString &url)
{
    return need(Store::open(url),
                QStringLiteral("opening ") + QUrl(url).toDisplayString(QUrl::RemovePassword));
}

struct Sample
{
    double ms = 0;
    double cpuMs = 0;
    qint64 statements = 0;
    qint64 roundTrips = -1; // -1: no proxy in between
    double serverCpuMs = 0;
};

// The server's CPU time for an operation: what the store's backends spent on a CPU (Linux's
// /proc/PID/schedstat, in nanoseconds), read around the operation. The backends are found
// through a connection of the administrator's own (pg_stat_activity), which is not counted.
// On a busy machine this moves much less than the wall time.
class ServerCpu
{
public:
    explicit ServerCpu(const QString &adminUrl)
    {
        const QUrl u(adminUrl);
        const QByteArray host = u.host().toUtf8(), port = QByteArray::number(u.port(5432)),
                         db = u.path().mid(1).toUtf8(), user = u.userName().toUtf8();
        const char *keys[] = {"host", "port", "dbname", "user", nullptr};
        const char *values[]
            = {host.constData(), port.constData(), db.constData(), user.constData(), nullptr};
        m_conn = PQconnectdbParams(keys, values, 0);
        if (PQstatus(m_conn) != CONNECTION_OK)
            fail(QStringLiteral("monitor connection: ")
                 + QString::fromUtf8(PQerrorMessage(m_conn)));
    }
    ~ServerCpu() { PQfinish(m_conn); }
    ServerCpu(const ServerCpu &) = delete;
    ServerCpu &operator=(const ServerCpu &) = delete;

    // CPU nanoseconds of every client backend but this one (and the superuser's), by pid.
    std::map<int, qint64> snapshot()
    {
        std::map<int, qint64> cpu;
        PGresult *r = PQexec(m_conn,
                             // backend_type is hidden from a non-superuser for others'
                             // sessions; the user name is not (postgres: the launcher).
                             "SELECT pid FROM pg_stat_activity WHERE usename IS NOT NULL AND "
                             "usename <> 'postgres' AND pid <> pg_backend_pid()");
        if (PQresultStatus(r) != PGRES_TUPLES_OK)
            fail(QStringLiteral("pg_stat_activity: ") + QString::fromUtf8(PQerrorMessage(m_conn)));
        for (int i = 0; i < PQntuples(r); ++i) {
            const int pid = std::atoi(PQgetvalue(r, i, 0));
            QFile stat(QStringLiteral("/proc/%1/schedstat").arg(pid));
            if (stat.open(QIODevice::ReadOnly))
                cpu[pid] = stat.readAll().split(' ').value(0).toLongLong();
        }
        PQclear(r);
        return cpu;
    }

    static double spentMs(const std::map<int, qint64> &before, const std::map<int, qint64> &after)
    {
        qint64 ns = 0;
        for (const auto &[pid, total] : after) {
            const auto it = before.find(pid);
            ns += total - (it == before.end() ? 0 : it->second);
        }
        return double(ns) / 1e6;
    }

private:
    PGconn *m_conn = nullptr;
};

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

QJsonObject summarise(const QList<Sample> &samples)
{
    QList<double> ms, cpu, statements, roundTrips, serverCpu;
    for (const Sample &s : samples) {
        serverCpu.append(s.serverCpuMs);
        ms.append(s.ms);
        cpu.append(s.cpuMs);
        statements.append(double(s.statements));
        roundTrips.append(double(s.roundTrips));
    }
    QJsonObject o;
    o[QStringLiteral("repeats")] = int(samples.size());
    o[QStringLiteral("first_ms")] = samples.value(0).ms;
    o[QStringLiteral("median_ms")] = median(ms);
    o[QStringLiteral("min_ms")] = *std::min_element(ms.begin(), ms.end());
    o[QStringLiteral("max_ms")] = *std::max_element(ms.begin(), ms.end());
    o[QStringLiteral("cpu_median_ms")] = median(cpu);
    o[QStringLiteral("server_cpu_median_ms")] = median(serverCpu);
    o[QStringLiteral("server_cpu_first_ms")] = samples.value(0).serverCpuMs;
    o[QStringLiteral("statements_first")] = double(samples.value(0).statements);
    // The repeats after the first: the first use of a statement on a connection prepares it
    // (QPSQL sends PREPARE, then EXECUTE: two round trips).
    const QList<double> laterStatements = statements.mid(1), laterTrips = roundTrips.mid(1);
    o[QStringLiteral("statements")] = median(laterStatements);
    o[QStringLiteral("statements_max")]
        = *std::max_element(laterStatements.begin(), laterStatements.end());
    if (samples.value(0).roundTrips >= 0) {
        o[QStringLiteral("round_trips_first")] = double(samples.value(0).roundTrips);
        o[QStringLiteral("round_trips")] = median(laterTrips);
        o[QStringLiteral("round_trips_max")]
            = *std::max_element(laterTrips.begin(), laterTrips.end());
    }
    QJsonArray all;
    for (const Sample &s : samples)
        all.append(
            QJsonArray{s.ms, s.cpuMs, double(s.statements), double(s.roundTrips), s.serverCpuMs});
    o[QStringLiteral("samples_ms_cpu_statements_round_trips_server_cpu")] = all;
    return o;
}

// Runs body once, timed, with the statements of `store` (may be null) and the proxy's round
// trips (may be null) it took.
ServerCpu *serverCpu = nullptr;

Sample measure(const std::function<Store *()> &body, DelayProxy *proxy)
{
    const std::map<int, qint64> serverBefore
        = serverCpu ? serverCpu->snapshot() : std::map<int, qint64>{};
    const qint64 tripsBefore = proxy ? proxy->counters().roundTrips : 0;
    QElapsedTimer clock;
    const double cpuBefore = threadCpuMs();
    clock.start();
    Store *store = body();
    Sample s;
    s.ms = double(clock.nsecsElapsed()) / 1e6;
    s.cpuMs = threadCpuMs() - cpuBefore;
    (void)store;
    if (proxy) {
        // The proxy counts a burst when it reads it; everything was read before the reply came.
        s.roundTrips = proxy->counters().roundTrips - tripsBefore;
    }
    if (serverCpu)
        s.serverCpuMs = ServerCpu::spentMs(serverBefore, serverCpu->snapshot());
    return s;
}

QString withPort(const QString &url, quint16 port)
{
    QUrl u(url);
    u.setPort(port);
    return u.toString();
}

QString withoutUser(const QString &url)
{
    QUrl u(url);
    u.setUserInfo(QString());
    return u.toString();
}

struct Seeded
{
    QList<Id> hubSentByFirst; // messages user00 sent to user01, for the edits
};

Seeded seed(const QString &setupUrl, bool team)
{
#ifndef SIGNALBOX_TEAMBENCH_BEFORE_TEAM_MODE
    if (team) {
        auto initialised = TeamAdmin::init(setupUrl);
        if (!initialised)
            fail(QStringLiteral("team init: ") + initialised.error().message);
    }
#else
    if (team)
        fail(QStringLiteral("--team needs a build with team mode"));
#endif
    auto store = openStore(setupUrl);
    QList<User> users;
    for (int i = 0; i < Users; ++i)
        users.append(need(store->users().create(nameOf(i), Password), QStringLiteral("create")));
    Seeded seeded;
    quint64 state = 42;
    auto next = [&state] {
        state += 0x9E3779B97F4A7C15ULL;
        quint64 z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    };
    QList<Id> hub;
    for (int i = 0; i < HubMessages; ++i) {
        const bool fromFirst = i % 2 == 0;
        const User &from = users[fromFirst ? 0 : 1];
        const User &to = users[fromFirst ? 1 : 0];
        const Id parent = (i % 4 == 3 && !hub.isEmpty()) ? hub[qsizetype(next() % hub.size())] : 0;
        // Two thirds of what user00 received are read, the newest third not.
        const auto delivery = (!fromFirst && i < HubMessages * 2 / 3)
                                  ? MessageRepository::Delivery::AlreadyRead
                                  : MessageRepository::Delivery::Unread;
        const Message m
            = need(store->messages().send(from, to, QStringLiteral("hub message %1").arg(i), parent,
                                          delivery),
                   QStringLiteral("send"));
        hub.append(m.id);
        if (fromFirst)
            seeded.hubSentByFirst.append(m.id);
    }
    for (int i = 0; i < OtherMessages; ++i) {
        const int a = int(next() % Users);
        int b = int(next() % (Users - 1));
        if (b >= a)
            ++b;
        need(store->messages().send(users[a], users[b], QStringLiteral("message %1").arg(i), 0,
                                    MessageRepository::Delivery::Unread),
             QStringLiteral("send"));
    }
    return seeded;
}

// The libpq connection handshake alone (TCP, SSL request, startup, authentication), to tell
// sign-in's round trips apart from its statements.
Sample handshake(const QString &memberUrl, const QString &user, const QString &secret,
                 DelayProxy *proxy)
{
    const QUrl u(memberUrl);
    return measure(
        [&]() -> Store * {
            const QByteArray host = u.host().toUtf8(), port = QByteArray::number(u.port(5432)),
                             db = u.path().mid(1).toUtf8(), name = user.toUtf8(),
                             password = secret.toUtf8();
            // Without a password libpq looks in PGPASSFILE, as the release before did.
            const char *keys[] = {
                "host", "port", "dbname", "user", secret.isEmpty() ? nullptr : "password", nullptr};
            const char *values[] = {host.constData(), port.constData(),     db.constData(),
                                    name.constData(), password.constData(), nullptr};
            PGconn *conn = PQconnectdbParams(keys, values, 0);
            if (PQstatus(conn) != CONNECTION_OK)
                fail(QStringLiteral("libpq: ") + QString::fromUtf8(PQerrorMessage(conn)));
            PQfinish(conn);
            return nullptr;
        },
        proxy);
}

QJsonObject runAll(const QString &memberUrl, const QString &roleOfFirst,
                   const QString &secretOfFirst, const Seeded &seeded, int repeats,
                   int signInRepeats, DelayProxy *proxy, const QString &label)
{
    QJsonObject report;
    const QString first = nameOf(0), second = nameOf(1);

    QList<Sample> connectOnly, opens, signIns, both;
    for (int i = 0; i < signInRepeats; ++i)
        connectOnly.append(handshake(memberUrl, roleOfFirst, secretOfFirst, proxy));
    for (int i = 0; i < signInRepeats; ++i) {
        std::unique_ptr<Store> store;
        Sample open = measure(
            [&] {
                store = openStore(memberUrl);
                return store.get();
            },
            proxy);
        open.statements = store->statementCount();
        Sample in = measure(
            [&] {
                need(store->users().authenticate(first, Password), QStringLiteral("sign-in"));
                return store.get();
            },
            proxy);
        in.statements = store->statementCount() - open.statements;
        opens.append(open);
        signIns.append(in);
        both.append(Sample{open.ms + in.ms, open.cpuMs + in.cpuMs, open.statements + in.statements,
                           proxy ? open.roundTrips + in.roundTrips : -1,
                           open.serverCpuMs + in.serverCpuMs});
    }
    report[QStringLiteral("connection_handshake")] = summarise(connectOnly);
    report[QStringLiteral("open")] = summarise(opens);
    report[QStringLiteral("authenticate")] = summarise(signIns);
    report[QStringLiteral("sign_in")] = summarise(both);

    auto store = openStore(memberUrl);
    const User a = need(store->users().authenticate(first, Password), QStringLiteral("sign-in"));
    const User b = need(store->users().authenticate(second, Password), QStringLiteral("sign-in"));

    auto series = [&](const char *key, const std::function<void(int)> &op) {
        QList<Sample> samples;
        for (int i = 0; i < repeats; ++i) {
            const qint64 before = store->statementCount();
            Sample s = measure(
                [&] {
                    op(i);
                    return store.get();
                },
                proxy);
            s.statements = store->statementCount() - before;
            samples.append(s);
        }
        report[QLatin1String(key)] = summarise(samples);
    };
    qsizetype pageSize = 0;
    series("open_conversation", [&](int) {
        pageSize = need(store->threads().page(a, b.id, PageRoots), QStringLiteral("page"))
                       .messages.size();
    });
    int unread = 0;
    series("unread_count", [&](int) {
        unread = need(store->messages().unreadCount(a), QStringLiteral("unread count"));
    });
    series("send", [&](int i) {
        const User &from = i % 2 ? b : a;
        const User &to = i % 2 ? a : b;
        need(store->messages().send(from, to, QStringLiteral("%1 send %2").arg(label).arg(i)),
             QStringLiteral("send"));
    });
    series("edit", [&](int i) {
        const Id id = seeded.hubSentByFirst.value(i % seeded.hubSentByFirst.size());
        need(store->messages().edit(a, id, QStringLiteral("%1 edit %2").arg(label).arg(i)),
             QStringLiteral("edit"));
    });
    report[QStringLiteral("page_messages")] = int(pageSize);
    report[QStringLiteral("unread_of_user00")] = unread;
    return report;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Team store operations on PostgreSQL: time, statements and round trips, on loopback "
        "and through a delaying proxy."));
    parser.addHelpOption();
    const QCommandLineOption setupOption(
        QStringLiteral("setup-url"),
        QStringLiteral("The store to set up: the administrator's URL (--team) or the one role "
                       "that owns everything (the release before team mode)."),
        QStringLiteral("url"));
    const QCommandLineOption teamOption(
        QStringLiteral("team"),
        QStringLiteral("Team mode: team init, then every person signs in with their own login."));
    const QCommandLineOption repeatsOption(QStringLiteral("repeats"),
                                           QStringLiteral("Repeats of each operation."),
                                           QStringLiteral("n"), QStringLiteral("25"));
    const QCommandLineOption signInOption(QStringLiteral("sign-in-repeats"),
                                          QStringLiteral("Repeats of sign-in."),
                                          QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption delayOption(QStringLiteral("delay-us"),
                                         QStringLiteral("The proxy's delay in each direction."),
                                         QStringLiteral("microseconds"), QStringLiteral("5000"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("The JSON report."),
                                       QStringLiteral("file"));
    const QCommandLineOption backToBackOption(
        QStringLiteral("back-to-back"),
        QStringLiteral("Operations back to back: no monitoring query between two of them, and no "
                       "server CPU figures (the query runs on the server between every two "
                       "operations and leaves its caches cold)."));
    parser.addOptions({setupOption, teamOption, repeatsOption, signInOption, delayOption, outOption,
                       backToBackOption});
    parser.process(app);
    const QString setupUrl = parser.value(setupOption);
    if (setupUrl.isEmpty())
        fail(QStringLiteral("--setup-url is required"));
    const bool team = parser.isSet(teamOption);
    const int repeats = std::max(2, parser.value(repeatsOption).toInt());
    const int signInRepeats = std::max(2, parser.value(signInOption).toInt());
    const int delayUs = parser.value(delayOption).toInt();

    ServerCpu monitor(setupUrl);
    const bool backToBack = parser.isSet(backToBackOption);
    if (!backToBack)
        serverCpu = &monitor;

    QElapsedTimer setupClock;
    setupClock.start();
    const Seeded seeded = seed(setupUrl, team);
    const double setupMs = double(setupClock.nsecsElapsed()) / 1e6;

    // A member connects with their own name and password and no user in the URL; the release
    // before connects as the one role (trust) and checks the account's password hash itself.
    const QString memberUrl = team ? withoutUser(setupUrl) : setupUrl;
    const QString firstRole = team ? QStringLiteral("sb_") + nameOf(0) : QUrl(setupUrl).userName();
    const QString firstSecret = team ? Password : QString();

    QJsonObject report;
    report[QStringLiteral("mode")] = team
                                         ? QStringLiteral("team (row-level security, member login)")
                                         : QStringLiteral("one owning role (before team mode)");
    report[QStringLiteral("users")] = Users;
    report[QStringLiteral("messages")] = HubMessages + OtherMessages;
    report[QStringLiteral("setup_ms")] = setupMs;
    report[QStringLiteral("back_to_back")] = backToBack;
    report[QStringLiteral("load_average_before")] = loadAverage();
    report[QStringLiteral("loopback")] = runAll(memberUrl, firstRole, firstSecret, seeded, repeats,
                                                signInRepeats, nullptr, QStringLiteral("loopback"));

    const QUrl u(memberUrl);
    DelayProxy proxy(QHostAddress(u.host()), quint16(u.port(5432)), delayUs);
    if (!proxy.start())
        fail(QStringLiteral("the delaying proxy cannot listen"));
    report[QStringLiteral("delayed")]
        = runAll(withPort(memberUrl, proxy.port()), firstRole, firstSecret, seeded, repeats,
                 signInRepeats, &proxy, QStringLiteral("delayed"));
    const DelayProxy::Counters c = proxy.counters();
    report[QStringLiteral("proxy")] = QJsonObject{
        {QStringLiteral("delay_each_way_us"), delayUs},
        {QStringLiteral("connections"), double(c.connections)},
        {QStringLiteral("round_trips"), double(c.roundTrips)},
        {QStringLiteral("chunks"), double(c.chunks)},
        {QStringLiteral("bytes_to_server"), double(c.bytesToServer)},
        {QStringLiteral("bytes_to_client"), double(c.bytesToClient)},
        {QStringLiteral("least_held_us"), double(c.minHeldUs)},
        {QStringLiteral("longest_held_us"), double(c.maxHeldUs)},
    };
    report[QStringLiteral("load_average_after")] = loadAverage();

    const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Indented);
    if (parser.isSet(outOption)) {
        QFile out(parser.value(outOption));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(json) != json.size())
            fail(QStringLiteral("cannot write ") + parser.value(outOption));
    }
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    return 0;
}
