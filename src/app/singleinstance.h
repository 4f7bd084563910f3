#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;

namespace signalbox {

// One Signalbox per person and store: the first process for a store listens on a local socket
// in the person's runtime folder (XDG_RUNTIME_DIR, mode 0700), named by a hash of the
// canonical store; a later one for the same store asks it to come to the front and quits.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket for a store as --db or SIGNALBOX_DB give it: the same for every spelling of
    // one SQLite file (relative, "sqlite:", through a symbolic link) and for one PostgreSQL
    // database whatever the password. Empty for a store no other process can share (":memory:")
    // or that cannot be parsed (the store's own error is reported later).
    static QString serverNameFor(const QString &storeUrl);

    enum class Outcome {
        Primary,   // no other process had the store: this one listens now
        Activated, // another process has it and was asked to come to the front
        Failed,    // neither: this one goes on alone (see errorString())
    };
    // Asks a running instance for serverName to activate itself, or else becomes it.
    Outcome claim(const QString &serverName);
    QString errorString() const { return m_error; }
    bool isListening() const;

    // Asks the instance listening on serverName to activate itself; false when none answers.
    static bool activateRunning(const QString &serverName);

signals:
    // Another start for the same store asked for this one: raise and focus the window.
    void activationRequested();

private:
    void onNewConnection();

    std::unique_ptr<QLocalServer> m_server;
    QString m_error;
};

} // namespace signalbox
