#include "singleinstance.h"

#include "storeurl.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace signalbox {

namespace {
Q_LOGGING_CATEGORY(lcInstance, "signalbox.instance")

const QByteArray Request = "activate\n";
const QByteArray Answer = "ok\n";
// A running instance answers at once; a hung one must not keep a new start waiting long.
constexpr int AnswerTimeoutMs = 2000;

QString canonicalStore(const QString &storeUrl)
{
    auto url = StoreUrl::parse(storeUrl);
    if (!url)
        return {};
    switch (url->kind()) {
    case StoreUrl::Kind::SqliteMemory:
        return {};
    case StoreUrl::Kind::SqliteFile: {
        const QFileInfo file(url->path());
        const QString canonical = file.canonicalFilePath();
        return QStringLiteral("sqlite:")
               + (canonical.isEmpty() ? QDir::cleanPath(file.absoluteFilePath()) : canonical);
    }
    case StoreUrl::Kind::Postgres:
        return QStringLiteral("postgresql://%1@%2:%3/%4")
            .arg(url->userName(), url->host().toLower())
            .arg(url->port())
            .arg(url->databaseName());
    }
    return {};
}
} // namespace

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent)
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString &storeUrl)
{
    const QString store = canonicalStore(storeUrl);
    if (store.isEmpty())
        return {};
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        return {};
    const QByteArray hash
        = QCryptographicHash::hash(store.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QDir(runtime).filePath(QStringLiteral("signalbox-%1.socket").arg(QLatin1String(hash)));
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

bool SingleInstance::activateRunning(const QString &serverName)
{
    QLocalSocket socket;
    socket.connectToServer(serverName);
    if (!socket.waitForConnected(AnswerTimeoutMs))
        return false;
    socket.write(Request);
    if (!socket.waitForBytesWritten(AnswerTimeoutMs))
        return false;
    QByteArray answer;
    while (!answer.endsWith('\n') && socket.waitForReadyRead(AnswerTimeoutMs))
        answer += socket.readAll();
    return answer == Answer;
}

SingleInstance::Outcome SingleInstance::claim(const QString &serverName)
{
    if (serverName.isEmpty()) {
        m_error = tr("This store cannot be shared with another window.");
        return Outcome::Failed;
    }
    // Two starts at the same moment: the lock lets one of them ask and listen at a time.
    QLockFile lock(serverName + QStringLiteral(".lock"));
    lock.setStaleLockTime(AnswerTimeoutMs * 4);
    if (!lock.tryLock(AnswerTimeoutMs * 2)) {
        m_error = tr("Another start of Signalbox holds %1.").arg(lock.fileName());
        return Outcome::Failed;
    }
    if (activateRunning(serverName)) {
        qCDebug(lcInstance) << "asked the running instance to come to the front";
        return Outcome::Activated;
    }
    // Nobody answers: a socket left behind by a process that crashed can go.
    QLocalServer::removeServer(serverName);
    m_server = std::make_unique<QLocalServer>();
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(serverName)) {
        m_error = m_server->errorString();
        m_server.reset();
        return Outcome::Failed;
    }
    connect(m_server.get(), &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    qCDebug(lcInstance) << "listening for later starts on" << serverName;
    return Outcome::Primary;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() < Request.size() && !socket->canReadLine())
                return;
            const QByteArray request = socket->readLine(Request.size() + 1);
            if (request != Request) {
                socket->disconnectFromServer();
                return;
            }
            socket->write(Answer);
            socket->flush();
            socket->disconnectFromServer();
            qCDebug(lcInstance) << "another start asked for this window";
            emit activationRequested();
        });
    }
}

} // namespace signalbox
