#include "appsettings.h"

#include <QCryptographicHash>

namespace signalbox {

namespace {
const QString LastUsername = QStringLiteral("session/lastUsername");
const QString DoNotDisturb = QStringLiteral("notifications/doNotDisturb");
const QString Geometry = QStringLiteral("window/geometry");
const QString State = QStringLiteral("window/state");
const QString Splitter = QStringLiteral("window/splitter");
const QString CloseToTray = QStringLiteral("window/closeToTray");
const QString CloseToTrayExplained = QStringLiteral("window/closeToTrayExplained");
const QString Appearance = QStringLiteral("view/appearance");

// Neither the store's address nor the name needs to be readable in the file: a digest names
// the pair.
QString lastPeerKey(const QString &store, const QString &username)
{
    const QByteArray digest = QCryptographicHash::hash(
        (store + QLatin1Char('\n') + username).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("session/lastPeer/") + QString::fromLatin1(digest.toHex().left(32));
}
} // namespace

// The same name for organization and application: ~/.config/signalbox/signalbox.conf.
AppSettings::AppSettings()
    : m_settings(QStringLiteral("signalbox"), QStringLiteral("signalbox"))
{}

QString AppSettings::lastUsername() const
{
    return m_settings.value(LastUsername).toString();
}

void AppSettings::setLastUsername(const QString &username)
{
    m_settings.setValue(LastUsername, username);
}

bool AppSettings::doNotDisturb() const
{
    return m_settings.value(DoNotDisturb, false).toBool();
}

void AppSettings::setDoNotDisturb(bool on)
{
    m_settings.setValue(DoNotDisturb, on);
}

bool AppSettings::closeToTray() const
{
    return m_settings.value(CloseToTray, true).toBool();
}

void AppSettings::setCloseToTray(bool on)
{
    m_settings.setValue(CloseToTray, on);
}

bool AppSettings::closeToTrayExplained() const
{
    return m_settings.value(CloseToTrayExplained, false).toBool();
}

void AppSettings::setCloseToTrayExplained()
{
    m_settings.setValue(CloseToTrayExplained, true);
}

qint64 AppSettings::lastPeer(const QString &store, const QString &username) const
{
    return m_settings.value(lastPeerKey(store, username), 0).toLongLong();
}

void AppSettings::setLastPeer(const QString &store, const QString &username, qint64 peerId)
{
    m_settings.setValue(lastPeerKey(store, username), peerId);
}

QString AppSettings::appearance() const
{
    return m_settings.value(Appearance).toString();
}

void AppSettings::setAppearance(const QString &mode)
{
    m_settings.setValue(Appearance, mode);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(Geometry).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(State).toByteArray();
}

QByteArray AppSettings::splitterState() const
{
    return m_settings.value(Splitter).toByteArray();
}

void AppSettings::setWindowLayout(const QByteArray &geometry, const QByteArray &state,
                                  const QByteArray &splitter)
{
    m_settings.setValue(Geometry, geometry);
    m_settings.setValue(State, state);
    m_settings.setValue(Splitter, splitter);
}

} // namespace signalbox
