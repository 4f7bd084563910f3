#include "appsettings.h"

namespace signalbox {

namespace {
const QString LastUsername = QStringLiteral("session/lastUsername");
const QString DoNotDisturb = QStringLiteral("notifications/doNotDisturb");
const QString Geometry = QStringLiteral("window/geometry");
const QString State = QStringLiteral("window/state");
const QString Splitter = QStringLiteral("window/splitter");
const QString Appearance = QStringLiteral("view/appearance");
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
