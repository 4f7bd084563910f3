#include "commandrunner.h"

#include "backup.h"
#include "changefeed.h"
#include "conversationrepository.h"
#include "database.h"
#include "exitcode.h"
#include "exporter.h"
#include "historyrepository.h"
#include "interruptflag.h"
#include "loginattempts.h"
#include "memberrole.h"
#include "messagerepository.h"
#include "notificationrepository.h"
#include "outputformatter.h"
#include "searchrepository.h"
#include "seeder.h"
#include "store.h"
#include "storeurl.h"
#include "teamadmin.h"
#include "threadrepository.h"
#include "userrepository.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <cstdio>
#include <optional>

namespace signalbox {

namespace {

using Command = Invocation::Command;

// --with NAME for search and export: that person's id, or 0 (every conversation) without it.
Result<Id> optionalPeerId(Store &store, const QString &name)
{
    if (name.isEmpty())
        return Id(0);
    auto peer = store.users().byName(name);
    if (!peer)
        return peer.error();
    return peer->id;
}

Result<QString> decodeUtf8(const QByteArray &bytes, const QString &what)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return StoreError::make(StoreError::InvalidInput,
                                CommandRunner::tr("The %1 is not valid UTF-8 text.").arg(what));
    return text;
}

const char StoreVariable[] = "SIGNALBOX_DB";
const char PasswordVariable[] = "SIGNALBOX_PASSWORD";
const char NewPasswordVariable[] = "SIGNALBOX_NEW_PASSWORD";

// Standard input: the current password and a new one are its first two lines. Read byte by
// byte from stdio: QIODevice::readLine() ends a line it takes from its buffer at a NUL (Qt
// 6.4), which cut a second line short and set a shorter password than the one given.
Result<QString> readInputLine(const QString &what)
{
    QByteArray line;
    for (int c = std::getc(stdin); c != EOF; c = std::getc(stdin)) {
        line.append(char(c));
        if (c == '\n')
            break;
    }
    if (std::ferror(stdin))
        return StoreError::make(StoreError::NotFound,
                                CommandRunner::tr("Standard input cannot be read."));
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return decodeUtf8(line, what);
}

// The SQLite file a URL names, or an empty string for PostgreSQL and ":memory:".
// (An address StoreUrl refuses names no file either: opening it gives the error.)
QString sqliteFileOf(const QString &url)
{
    const auto parsed = StoreUrl::parse(url);
    return parsed && parsed->kind() == StoreUrl::Kind::SqliteFile ? parsed->path() : QString();
}

// Written and flushed at once: a watching script reads line by line.
void writeNow(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

QString CommandRunner::storeUrl(const Invocation &invocation)
{
    if (invocation.storeUrlGiven)
        return invocation.storeUrl;
    if (!qEnvironmentVariableIsEmpty(StoreVariable))
        return QFile::decodeName(qgetenv(StoreVariable));
    return Database::defaultUrl();
}

std::variant<QString, CommandRunner::Outcome> CommandRunner::password(const Invocation &invocation)
{
    Result<QString> decoded = QString();
    if (invocation.passwordFromStdin) {
        decoded = readInputLine(tr("password on standard input"));
    } else if (qEnvironmentVariableIsSet(PasswordVariable)) {
        decoded = decodeUtf8(qgetenv(PasswordVariable), tr("password in SIGNALBOX_PASSWORD"));
    } else {
        return Outcome{
            ExitUsage, QString(),
            tr("No password was given: set SIGNALBOX_PASSWORD or pass --password-stdin."), false};
    }
    if (!decoded)
        return Outcome{exitCodeFor(decoded.error().code), QString(), decoded.error().message,
                       false};
    return *decoded;
}

CommandRunner::Outcome CommandRunner::run(const Invocation &invocation)
{
    QString secret;
    if (invocation.needsPassword()) {
        auto given = password(invocation);
        if (auto *failure = std::get_if<Outcome>(&given))
            return *failure;
        secret = std::get<QString>(given);
    }

    // Only `user add` creates a store: a mistyped --db must not leave an empty store behind.
    const QString url = storeUrl(invocation);
    const QString file = sqliteFileOf(url);
    const bool creates = invocation.command == Command::UserAdd
                         || invocation.command == Command::Seed
                         || invocation.command == Command::Restore;
    if (!creates && !file.isEmpty() && !QFileInfo::exists(file))
        return Outcome{
            ExitNoInput, QString(),
            tr("There is no store at %1; “signalbox-cli user add NAME” creates one.").arg(file),
            false};

    // Repeated wrong passwords make the next try wait, across runs.
    LoginAttempts attempts(LoginAttempts::defaultStateFile(), url);
    const bool signsIn = !invocation.actor.isEmpty() && invocation.command != Command::Seed;
    if (signsIn) {
        const auto wait = attempts.waitFor(invocation.actor, QDateTime::currentDateTimeUtc());
        if (wait.count() > 0) {
            const int seconds = int((wait.count() + 999) / 1000);
            return Outcome{ExitNoPermission, QString(),
                           tr("Too many wrong passwords for “%1”; try again in %n second(s).",
                              nullptr, seconds)
                               .arg(invocation.actor),
                           false};
        }
    }

    const OutputFormatter format(invocation.json);
    if (invocation.command == Command::Restore) {
        // The store must not be opened here: restore refuses a store that is open anywhere.
        if (Status restored = Backup::restore(invocation.path, file.isEmpty() ? url : file);
            !restored)
            return Outcome{exitCodeFor(restored.error().code), QString(), restored.error().message,
                           false};
        return Outcome{ExitSuccess, format.restored(invocation.path, url), QString(), false};
    }

    if (invocation.command == Command::TeamInit) {
        // Not through Store::open: the store is not a team store until this has run.
        auto made = TeamAdmin::init(url);
        if (!made)
            return Outcome{exitCodeFor(made.error().code), QString(), made.error().message, false};
        return Outcome{ExitSuccess, format.teamInitialised(url, *made), QString(), false};
    }

    Result<QString> output = QString();
    auto opened = Store::open(url);
    if (!opened) {
        output = opened.error();
    } else if (invocation.command == Command::Seed) {
        output = runSeed(**opened, invocation);
    } else if (invocation.command == Command::Backup) {
        if (Status written = Backup::write(**opened, invocation.path); !written)
            output = written.error();
        else
            output = format.backedUp(url, invocation.path);
    } else if (invocation.command == Command::UserAdd || invocation.command == Command::UserList
               || invocation.command == Command::UserDelete) {
        output = runUserCommand(**opened, invocation, secret);
    } else if (invocation.isTeamCommand()) {
        output = runTeamCommand(**opened, invocation, secret);
    } else {
        auto actor = (*opened)->users().authenticate(invocation.actor, secret);
        if (!actor)
            output = actor.error();
        else if (invocation.command == Command::Passwd)
            output = runPasswd(**opened, invocation, *actor, secret);
        else if (auto blocked = mustChangeFirst(**opened, *actor); !blocked)
            output = blocked.error();
        else
            output = runMessageCommand(**opened, invocation, *actor);
    }
    if (signsIn && !output && output.error().code == StoreError::WrongPassword)
        attempts.recordFailure(invocation.actor, QDateTime::currentDateTimeUtc());
    else if (signsIn && output)
        attempts.recordSuccess(invocation.actor);
    if (!output)
        return Outcome{exitCodeFor(output.error().code), QString(), output.error().message, false};
    return Outcome{ExitSuccess, *output, QString(), false};
}

Status CommandRunner::mustChangeFirst(Store &store, const User &actor)
{
    auto must = store.users().mustChangePassword(actor);
    if (!must)
        return must.error();
    if (*must)
        return StoreError::make(
            StoreError::PermissionDenied,
            tr("The password of “%1” was set by the team's administrator; choose your own "
               "first: signalbox-cli passwd --as %1")
                .arg(actor.username));
    return success();
}

Result<QString> CommandRunner::runPasswd(Store &store, const Invocation &invocation,
                                         const User &actor, const QString &current)
{
    Result<QString> next = QString();
    if (qEnvironmentVariableIsSet(NewPasswordVariable))
        next = decodeUtf8(qgetenv(NewPasswordVariable), tr("password in SIGNALBOX_NEW_PASSWORD"));
    else
        next = readInputLine(tr("new password on standard input"));
    if (!next)
        return next.error();
    if (Status changed = store.users().changePassword(actor, current, *next); !changed)
        return changed.error();
    return OutputFormatter(invocation.json).passwordChanged(actor);
}

Result<QString> CommandRunner::runTeamCommand(Store &store, const Invocation &invocation,
                                              const QString &password)
{
    const OutputFormatter format(invocation.json);
    TeamAdmin team(store);
    // Before anything is looked up: a member's store (no administrator's connection) would
    // otherwise answer "sign in first" or "no such user" instead of saying who may do this.
    if (Status admin = team.requireAdministrator(); !admin)
        return admin.error();
    switch (invocation.command) {
    case Command::TeamAdd: {
        const bool generated = !invocation.passwordFromStdin;
        const QString initial = generated ? TeamAdmin::generatePassword() : password;
        auto added = team.addMember(invocation.username, initial, true);
        if (!added)
            return added.error();
        return format.memberAdded(*added, MemberRole::of(added->username),
                                  generated ? initial : QString());
    }
    case Command::TeamRemove: {
        auto user = store.users().byName(invocation.username);
        if (!user)
            return user.error();
        auto counts = team.removeMember(invocation.username);
        if (!counts)
            return counts.error();
        return format.userDeleted(*user, *counts);
    }
    case Command::TeamList: {
        auto members = team.members();
        if (!members)
            return members.error();
        return format.members(*members);
    }
    default:
        break;
    }
    return StoreError::make(StoreError::Internal, tr("This command is not handled here."));
}

Result<QString> CommandRunner::runUserCommand(Store &store, const Invocation &invocation,
                                              const QString &password)
{
    const OutputFormatter format(invocation.json);
    switch (invocation.command) {
    case Command::UserAdd: {
        auto created = store.users().create(invocation.username, password);
        if (!created)
            return created.error();
        return format.user(*created);
    }
    case Command::UserList: {
        auto users = store.users().list();
        if (!users)
            return users.error();
        return format.users(*users);
    }
    case Command::UserDelete: {
        // On a team store opened without a user nothing can be looked up before the person
        // has signed in (with their own login); remove() checks the password again.
        auto user = store.isTeamStore() && !store.database().isConnected()
                        ? store.users().authenticate(invocation.actor, password)
                        : store.users().byName(invocation.actor);
        if (!user)
            return user.error();
        // remove() checks the password itself.
        auto counts = store.users().remove(*user, password);
        if (!counts)
            return counts.error();
        return format.userDeleted(*user, *counts);
    }
    default:
        break;
    }
    return StoreError::make(StoreError::Internal, tr("This command is not handled here."));
}

Result<QString> CommandRunner::runMessageCommand(Store &store, const Invocation &invocation,
                                                 const User &actor)
{
    const OutputFormatter format(invocation.json);
    const Id id = invocation.messageId;
    switch (invocation.command) {
    case Command::Send: {
        auto peer = store.users().byName(invocation.peer);
        if (!peer)
            return peer.error();
        auto sent = store.messages().send(actor, *peer, invocation.text, invocation.replyTo);
        if (!sent)
            return sent.error();
        return format.message(*sent);
    }
    case Command::Edit: {
        auto edited = store.messages().edit(actor, id, invocation.text);
        if (!edited)
            return edited.error();
        return format.message(*edited);
    }
    case Command::Delete: {
        auto kept = store.messages().remove(actor, id);
        if (!kept)
            return kept.error();
        return format.deleted(id, *kept);
    }
    case Command::Read: {
        if (Status marked = store.messages().markRead(actor, id); !marked)
            return marked.error();
        return format.markedRead(id);
    }
    case Command::Show: {
        auto message = store.messages().get(actor, id);
        if (!message)
            return message.error();
        return format.message(*message);
    }
    case Command::History: {
        auto entries = store.history().forMessage(actor, id);
        if (!entries)
            return entries.error();
        return format.history(id, *entries);
    }
    case Command::Thread: {
        auto tree = store.threads().thread(actor, id);
        if (!tree)
            return tree.error();
        return format.thread(*tree);
    }
    case Command::Conversation: {
        auto peer = store.users().byName(invocation.peer);
        if (!peer)
            return peer.error();
        auto messages = store.messages().conversation(actor, peer->id);
        if (!messages)
            return messages.error();
        return format.conversation(peer->username, *messages);
    }
    case Command::Conversations: {
        auto rows = store.conversations().listFor(actor);
        if (!rows)
            return rows.error();
        return format.conversations(actor, *rows);
    }
    case Command::Unread: {
        auto messages = store.messages().unreadFor(actor);
        if (!messages)
            return messages.error();
        return format.unread(*messages);
    }
    case Command::Notifications: {
        auto notifications = store.notifications().listFor(actor, invocation.unreadOnly);
        if (!notifications)
            return notifications.error();
        return format.notifications(*notifications);
    }
    case Command::Search: {
        auto peerId = optionalPeerId(store, invocation.peer);
        if (!peerId)
            return peerId.error();
        auto hits = store.search().search(actor, invocation.text, *peerId, invocation.limit);
        if (!hits)
            return hits.error();
        return format.searchResults(*hits);
    }
    case Command::Export: {
        auto peerId = optionalPeerId(store, invocation.peer);
        if (!peerId)
            return peerId.error();
        const auto kind = Exporter::formatNamed(invocation.format);
        // Ctrl+C, SIGTERM or SIGHUP cancel the export instead of killing the process, so that
        // it leaves neither a file nor QSaveFile's temporary file behind (exit 75).
        const InterruptFlag interrupt;
        qint64 count = 0;
        qint64 shownPercent = -1;
        Status written
            = Exporter(store).write(actor, *peerId, kind.value_or(Exporter::Format::Json),
                                    invocation.path, [&](qint64 done, qint64 total) {
                                        count = done;
                                        // How far it has come, once per percent, on standard error
                                        // (standard output stays the one result line).
                                        const qint64 percent = total > 0 ? done * 100 / total : 100;
                                        if (percent != shownPercent) {
                                            shownPercent = percent;
                                            writeNow(stderr, QStringLiteral("signalbox-cli: ")
                                                                 + tr("%1: %2 of %3 messages (%4%)")
                                                                       .arg(tr("Export"))
                                                                       .arg(done)
                                                                       .arg(total)
                                                                       .arg(percent)
                                                                 + QLatin1Char('\n'));
                                        }
                                        return !interrupt.raised();
                                    });
        if (!written)
            return written.error();
        return format.exported(invocation.path, count);
    }
    case Command::Watch:
        return runWatch(store, actor);
    case Command::Seed:
    case Command::Backup:
    case Command::Restore:
    case Command::Help:
    case Command::Version:
    case Command::UserAdd:
    case Command::UserList:
    case Command::UserDelete:
    case Command::TeamInit:
    case Command::TeamAdd:
    case Command::TeamRemove:
    case Command::TeamList:
    case Command::Passwd:
        break;
    }
    return StoreError::make(StoreError::Internal, tr("This command is not handled here."));
}

Result<QString> CommandRunner::runSeed(Store &store, const Invocation &invocation)
{
    Seeder::Options options;
    options.users = invocation.seedUsers;
    options.messages = invocation.seedMessages;
    options.seed = invocation.seedValue;
    options.hubPeers = qMin(options.hubPeers, options.users - 1);
    options.largeConversation = qMin(options.largeConversation, options.messages / 10);
    auto report = Seeder::run(store, options);
    if (!report)
        return report.error();
    return OutputFormatter(invocation.json)
        .seeded(report->users, report->messages, report->replies, report->read, report->seconds);
}

Result<QString> CommandRunner::runWatch(Store &store, const User &actor)
{
    ChangeFeed feed(&store);
    if (Status started = feed.start(); !started)
        return started.error();
    std::optional<StoreError> ended;
    QObject::connect(&store, &Store::changed, &feed, [&](const ChangeSet &changes) {
        if (ended)
            return;
        // A session of a deleted account ends: nothing after this belongs to it.
        if (changes.usersRemoved.contains(actor.id)) {
            ended = StoreError::make(
                StoreError::PermissionDenied,
                tr("The account “%1” was deleted; watching has stopped.").arg(actor.username));
            feed.stop();
            QCoreApplication::exit(ExitNoPermission);
            return;
        }
        if (!changes.notifiedUsers.contains(actor.id))
            return;
        QList<Id> added(changes.notificationsAdded.cbegin(), changes.notificationsAdded.cend());
        std::sort(added.begin(), added.end());
        for (const Id id : std::as_const(added)) {
            // Notifications of other users are in the same change set: skip them.
            auto notification = store.notifications().get(actor, id);
            if (!notification)
                continue;
            auto message = store.messages().get(actor, notification->messageId);
            writeNow(stdout, OutputFormatter::watchedNotification(
                                 *notification, message ? *message : notification->message));
        }
    });
    // On a team store, `team remove` drops the login: the connection then reads nothing, and
    // the feed says the server no longer admits this person.
    QObject::connect(&feed, &ChangeFeed::failed, &feed, [&](const StoreError &error) {
        if (ended || error.code != StoreError::PermissionDenied)
            return;
        ended = StoreError::make(StoreError::PermissionDenied,
                                 tr("The team's server no longer admits “%1”; watching has "
                                    "stopped.")
                                     .arg(actor.username));
        feed.stop();
        QCoreApplication::exit(ExitNoPermission);
    });
    writeNow(stderr,
             tr("Watching notifications for %1; press Ctrl+C to stop.\n").arg(actor.username));
    QCoreApplication::exec();
    if (ended)
        return *ended;
    return QString();
}

} // namespace signalbox
