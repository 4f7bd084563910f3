#include "loginattempts.h"

#include "loginthrottle.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace signalbox {

namespace {

QJsonObject readState(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeState(const QString &path, const QJsonObject &state)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QJsonDocument(state).toJson(QJsonDocument::Compact));
    file.commit();
}

} // namespace

LoginAttempts::LoginAttempts(const QString &stateFile, const QString &store)
    : m_stateFile(stateFile)
    , m_store(store)
{}

QString LoginAttempts::defaultStateFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("cli-login-attempts.json"));
}

QString LoginAttempts::keyOf(const QString &username) const
{
    return m_store + QLatin1Char('\n') + username.toCaseFolded();
}

std::chrono::milliseconds LoginAttempts::waitFor(const QString &username,
                                                 const QDateTime &now) const
{
    const QJsonObject entry = readState(m_stateFile).value(keyOf(username)).toObject();
    const int failures = entry.value(QStringLiteral("failures")).toInt();
    if (failures == 0)
        return std::chrono::milliseconds(0);
    const qint64 last = entry.value(QStringLiteral("last")).toInteger();
    const qint64 wait
        = last + LoginThrottle::delayAfter(failures).count() - now.toMSecsSinceEpoch();
    return std::chrono::milliseconds(qMax<qint64>(0, wait));
}

void LoginAttempts::recordFailure(const QString &username, const QDateTime &now)
{
    QJsonObject state = readState(m_stateFile);
    QJsonObject entry = state.value(keyOf(username)).toObject();
    entry.insert(QStringLiteral("failures"), entry.value(QStringLiteral("failures")).toInt() + 1);
    entry.insert(QStringLiteral("last"), now.toMSecsSinceEpoch());
    state.insert(keyOf(username), entry);
    writeState(m_stateFile, state);
}

void LoginAttempts::recordSuccess(const QString &username)
{
    QJsonObject state = readState(m_stateFile);
    if (!state.contains(keyOf(username)))
        return;
    state.remove(keyOf(username));
    writeState(m_stateFile, state);
}

} // namespace signalbox
