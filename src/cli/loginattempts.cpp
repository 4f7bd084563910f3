#include "loginattempts.h"

#include "loginthrottle.h"
#include "privatefiles.h"
#include "storeurl.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

namespace signalbox {

namespace {

QJsonObject readState(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Entries of this version are keyed by a hex BLAKE2b hash; older ones by the store URL and the
// username in clear, a PostgreSQL password included.
bool isHashedKey(const QString &key)
{
    if (key.size() != 2 * crypto_generichash_BYTES)
        return false;
    for (const QChar c : key) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

// The folder 0700 and the file 0600 before anything is written to it: QSaveFile keeps the
// mode of the file it replaces, so its temporary copy is never more open than that.
bool preparePrivate(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!PrivateFiles::createFolder(folder).ok())
        return false;
    PrivateFiles::tighten(folder, PrivateFiles::FolderMode);
    if (PrivateFiles::isSymLink(path))
        return false;
    if (QFileInfo::exists(path))
        return PrivateFiles::tighten(path, PrivateFiles::FileMode);
    const Status created = PrivateFiles::createFile(path);
    return created.ok() || created.error().code == StoreError::Duplicate;
}

void writeState(const QString &path, const QJsonObject &state);

// Drops what an older signalbox-cli wrote in clear; true when there was any.
bool dropClearEntries(QJsonObject *state)
{
    bool dropped = false;
    for (const QString &key : state->keys()) {
        if (!isHashedKey(key)) {
            state->remove(key);
            dropped = true;
        }
    }
    return dropped;
}

void writeState(const QString &path, const QJsonObject &state)
{
    if (!preparePrivate(path))
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QJsonDocument(state).toJson(QJsonDocument::Compact));
    file.commit();
}

} // namespace

LoginAttempts::LoginAttempts(const QString &stateFile, const QString &store)
    : m_stateFile(stateFile)
    , m_identity(storeIdentity(store))
{}

QString LoginAttempts::defaultStateFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("cli-login-attempts.json"));
}

QString LoginAttempts::keyFileOf(const QString &stateFile)
{
    return QFileInfo(stateFile).absoluteDir().filePath(QStringLiteral("cli-login-attempts.key"));
}

QString LoginAttempts::storeIdentity(const QString &store)
{
    const auto url = StoreUrl::parse(store);
    if (!url)
        return QStringLiteral("unparsed:") + store;
    if (url->kind() == StoreUrl::Kind::Postgres)
        return QStringLiteral("postgresql:") + url->displayText();
    if (url->kind() == StoreUrl::Kind::SqliteMemory)
        return QStringLiteral("memory");
    // stat() follows links: every spelling of the path names the same device and inode.
    struct stat info;
    if (::stat(QFile::encodeName(url->path()).constData(), &info) == 0)
        return QStringLiteral("sqlite:%1:%2").arg(quint64(info.st_dev)).arg(quint64(info.st_ino));
    const QString canonical = QFileInfo(url->path()).canonicalFilePath();
    return QStringLiteral("sqlite-path:")
           + (canonical.isEmpty() ? QFileInfo(url->path()).absoluteFilePath() : canonical);
}

QByteArray LoginAttempts::secret() const
{
    if (!m_secret.isEmpty())
        return m_secret;
    const QString keyFile = keyFileOf(m_stateFile);
    const auto readKey = [&keyFile]() {
        QFile file(keyFile);
        if (PrivateFiles::isSymLink(keyFile) || !file.open(QIODevice::ReadOnly))
            return QByteArray();
        const QByteArray key = file.read(crypto_generichash_KEYBYTES + 1);
        return key.size() == crypto_generichash_KEYBYTES ? key : QByteArray();
    };
    m_secret = readKey();
    if (!m_secret.isEmpty()) {
        PrivateFiles::tighten(keyFile, PrivateFiles::FileMode);
        return m_secret;
    }
    // A new key, written 0600 under a temporary name and linked into place: two runs that
    // start at once agree on one key (link() never replaces a file).
    if (sodium_init() < 0 || !PrivateFiles::createFolder(QFileInfo(keyFile).absolutePath()).ok())
        return {};
    QByteArray key(crypto_generichash_KEYBYTES, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    const QString temporary
        = keyFile + QLatin1Char('.') + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (PrivateFiles::createFile(temporary).ok()) {
        QFile file(temporary);
        if (file.open(QIODevice::WriteOnly) && file.write(key) == key.size() && file.flush()) {
            file.close();
            (void)::link(QFile::encodeName(temporary).constData(),
                         QFile::encodeName(keyFile).constData());
        }
        QFile::remove(temporary);
    }
    m_secret = readKey();
    return m_secret;
}

QString LoginAttempts::keyOf(const QString &username) const
{
    const QByteArray key = secret();
    const QByteArray input = (m_identity + QLatin1Char('\n') + username.toCaseFolded()).toUtf8();
    unsigned char hash[crypto_generichash_BYTES];
    if (key.isEmpty() || sodium_init() < 0
        || crypto_generichash(
               hash, sizeof hash, reinterpret_cast<const unsigned char *>(input.constData()),
               size_t(input.size()), reinterpret_cast<const unsigned char *>(key.constData()),
               size_t(key.size()))
               != 0)
        return {};
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(hash), sizeof hash).toHex());
}

std::chrono::milliseconds LoginAttempts::waitFor(const QString &username,
                                                 const QDateTime &now) const
{
    const QString key = keyOf(username);
    if (key.isEmpty())
        return std::chrono::milliseconds(0);
    QJsonObject state = readState(m_stateFile);
    // A file an older version wrote is rewritten at once without its clear-text entries.
    if (dropClearEntries(&state))
        writeState(m_stateFile, state);
    const QJsonObject entry = state.value(key).toObject();
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
    const QString key = keyOf(username);
    if (key.isEmpty())
        return;
    QJsonObject state = readState(m_stateFile);
    dropClearEntries(&state);
    QJsonObject entry = state.value(key).toObject();
    entry.insert(QStringLiteral("failures"), entry.value(QStringLiteral("failures")).toInt() + 1);
    entry.insert(QStringLiteral("last"), now.toMSecsSinceEpoch());
    state.insert(key, entry);
    writeState(m_stateFile, state);
}

void LoginAttempts::recordSuccess(const QString &username)
{
    const QString key = keyOf(username);
    QJsonObject state = readState(m_stateFile);
    const bool dropped = dropClearEntries(&state);
    if (key.isEmpty() || (!state.contains(key) && !dropped))
        return;
    state.remove(key);
    writeState(m_stateFile, state);
}

} // namespace signalbox
