#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

namespace signalbox::test {

// What one run of signalbox-cli produced.
struct CliResult
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;

    QString text() const { return QString::fromUtf8(out); }
    QString errorText() const { return QString::fromUtf8(err); }
    // Standard output parsed as JSON; an invalid document when it is not JSON.
    QJsonDocument json() const;
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
};

// Runs the real signalbox-cli binary with a clean environment: no SIGNALBOX_* variables from
// the caller, and a temporary XDG_DATA_HOME and HOME so that the default store never is the
// real one.
class CliProcess
{
public:
    CliProcess();

    static QString program();

    // Sets SIGNALBOX_DB (an empty string removes it).
    void setStoreVariable(const QString &url);
    // Sets SIGNALBOX_PASSWORD (a null string removes it).
    void setPassword(const QString &password);
    // Sets any other variable of the CLI's environment (a null string removes it).
    void setVariable(const QString &name, const QString &value);
    // The environment run() gives the CLI (for a test that starts the process itself).
    QProcessEnvironment environment() const { return m_environment; }
    // The folder that stands in for ~/.local/share.
    QString dataHome() const { return m_home.filePath(QStringLiteral("data")); }

    CliResult run(const QStringList &arguments, const QByteArray &input = {},
                  int timeoutMs = 30000) const;
    // Runs the binary through /bin/sh so that the arguments may hold bytes that are not UTF-8.
    CliResult runRaw(const QList<QByteArray> &arguments) const;

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_environment;
};

} // namespace signalbox::test
