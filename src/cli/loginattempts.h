#pragma once

#include <QDateTime>
#include <QString>

#include <chrono>

namespace signalbox {

// Consecutive wrong passwords per store and username, kept in a small file beside the CLI's
// other state, so that repeated runs of signalbox-cli slow guessing down as the app does
// (LoginThrottle's policy). The store itself is never written for a failed sign-in.
class LoginAttempts
{
public:
    // stateFile: where the counts are kept; store: the store URL they belong to.
    LoginAttempts(const QString &stateFile, const QString &store);

    static QString defaultStateFile();

    // How long this username must still wait before the next try (0 = now).
    std::chrono::milliseconds waitFor(const QString &username, const QDateTime &now) const;
    void recordFailure(const QString &username, const QDateTime &now);
    void recordSuccess(const QString &username);

private:
    QString keyOf(const QString &username) const;

    QString m_stateFile;
    QString m_store;
};

} // namespace signalbox
