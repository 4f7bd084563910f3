#pragma once

#include "values.h"

#include <QString>

namespace signalbox {

// One parsed command line: what to run and with which arguments.
struct Invocation
{
    enum class Command {
        Help,
        UserAdd,
        UserList,
        UserDelete,
        Send,
        Edit,
        Delete,
        Read,
        Show,
        History,
        Thread,
        Conversation,
        Conversations,
        Unread,
        Notifications,
        Watch,
        Seed,
        Backup,
        Restore,
        Version, // --version: prints the version, touches no store
        Search,
        Export,
        TeamInit,   // team init: set a PostgreSQL store up for a team (the administrator)
        TeamAdd,    // team add NAME [--password-stdin]
        TeamRemove, // team remove NAME
        TeamList,   // team list
        Passwd,     // passwd --as NAME: change one's own password
    };

    Command command = Command::Help;
    QString storeUrl; // --db
    bool storeUrlGiven = false;
    bool json = false;
    bool passwordFromStdin = false;
    QString actor;    // --as
    QString peer;     // --to (send) or --with (conversation)
    QString username; // user add NAME
    Id messageId = 0;
    Id replyTo = 0;
    QString text;
    bool unreadOnly = false;
    // seed
    int seedUsers = 1000;
    qint64 seedMessages = 1000000;
    quint32 seedValue = 1;
    QString path; // backup target, restore source or export target
    // search
    int limit = 50;
    // export: "json" or "html"
    QString format;

    // Every command but `user list` and help acts as a signed-in user or creates one. The
    // team commands run on the administrator's connection (its URL, PGPASSFILE); `team add`
    // takes the member's initial password only with --password-stdin (else one is generated).
    bool needsPassword() const
    {
        switch (command) {
        case Command::Help:
        case Command::UserList:
        case Command::Seed:
        case Command::Backup:
        case Command::Restore:
        case Command::Version:
        case Command::TeamInit:
        case Command::TeamRemove:
        case Command::TeamList:
            return false;
        case Command::TeamAdd:
            return passwordFromStdin;
        default:
            return true;
        }
    }
    bool isTeamCommand() const
    {
        return command == Command::TeamInit || command == Command::TeamAdd
               || command == Command::TeamRemove || command == Command::TeamList;
    }
};

} // namespace signalbox
