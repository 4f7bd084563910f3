#pragma once

#include "invocation.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QString>

#include <variant>

namespace signalbox {

class Store;

// Runs one Invocation against the store through the same repositories as the GUI, and says
// what to print and which exit code to return. Output is produced whole, after the operation
// succeeded, so that a failure never leaves half a document on standard output.
class CommandRunner
{
    Q_DECLARE_TR_FUNCTIONS(signalbox::CommandRunner)

public:
    struct Outcome
    {
        int exitCode = 0;
        QString output; // for standard output
        QString error;  // one sentence for standard error
        bool showUsage = false;
    };

    Outcome run(const Invocation &invocation);

    // --db, else $SIGNALBOX_DB, else Database::defaultUrl().
    static QString storeUrl(const Invocation &invocation);

private:
    // The password, or the Outcome that reports why there is none.
    std::variant<QString, Outcome> password(const Invocation &invocation);
    Result<QString> runUserCommand(Store &store, const Invocation &invocation,
                                   const QString &password);
    Result<QString> runMessageCommand(Store &store, const Invocation &invocation,
                                      const User &actor);
    Result<QString> runSeed(Store &store, const Invocation &invocation);
    Result<QString> runTeamCommand(Store &store, const Invocation &invocation,
                                   const QString &password);
    Result<QString> runPasswd(Store &store, const Invocation &invocation, const User &actor,
                              const QString &current);
    // PermissionDenied while a team member still has the password their administrator set.
    static Status mustChangeFirst(Store &store, const User &actor);
    // Runs until the process is interrupted, printing a line per new notification.
    Result<QString> runWatch(Store &store, const User &actor);
};

} // namespace signalbox
