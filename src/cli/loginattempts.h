#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <chrono>

namespace signalbox {

// Consecutive wrong passwords per store and username, kept in a small file beside the CLI's
// other state, so that repeated runs of signalbox-cli slow guessing down with the delays of
// LoginThrottle (the app's policy too). The store itself is never written for a failed sign-in.
//
// The file names no store and no user: each entry is keyed by a keyed hash (libsodium's
// crypto_generichash, BLAKE2b) of the store's identity and the case-folded username, with a
// random key kept 0600 beside it. The identity of an SQLite store is its device and inode, so
// "sqlite:PATH", "./PATH", a symbolic link and the absolute path are one store; a PostgreSQL
// store is its URL without the password. Both files are 0600, their folder 0700.
class LoginAttempts
{
public:
    // stateFile: where the counts are kept; store: the store URL they belong to.
    LoginAttempts(const QString &stateFile, const QString &store);

    static QString defaultStateFile();
    // The key file beside a state file.
    static QString keyFileOf(const QString &stateFile);
    // What names the store in the keyed hash (device and inode, or the URL without password).
    static QString storeIdentity(const QString &store);

    // How long this username must still wait before the next try (0 = now).
    std::chrono::milliseconds waitFor(const QString &username, const QDateTime &now) const;
    void recordFailure(const QString &username, const QDateTime &now);
    void recordSuccess(const QString &username);

private:
    QString keyOf(const QString &username) const;
    QByteArray secret() const;

    QString m_stateFile;
    QString m_identity;
    mutable QByteArray m_secret;
};

} // namespace signalbox
