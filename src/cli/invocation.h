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

    // Every command but `user list` and help acts as a signed-in user or creates one.
    bool needsPassword() const
    {
        return command != Command::Help && command != Command::UserList && command != Command::Seed
               && command != Command::Backup && command != Command::Restore;
    }
};

} // namespace signalbox
