#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace signalbox {

// What the desktop application remembers between runs: window layout, the last username,
// Do not disturb and the appearance. Stored in the user's config folder under "signalbox".
class AppSettings
{
public:
    AppSettings();

    QString lastUsername() const;
    void setLastUsername(const QString &username);
    bool doNotDisturb() const;
    void setDoNotDisturb(bool on);
    // With a system tray, closing the window keeps Signalbox running there (default: on).
    bool closeToTray() const;
    void setCloseToTray(bool on);
    // Whether the person has been told once that closing keeps Signalbox in the tray.
    bool closeToTrayExplained() const;
    void setCloseToTrayExplained();
    // The conversation that was open when this account last left the window, per store
    // (0 = none).
    qint64 lastPeer(const QString &store, const QString &username) const;
    void setLastPeer(const QString &store, const QString &username, qint64 peerId);
    // View ▸ Appearance: "system", "light" or "dark" (empty: never chosen).
    QString appearance() const;
    void setAppearance(const QString &mode);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    QByteArray splitterState() const;
    void setWindowLayout(const QByteArray &geometry, const QByteArray &state,
                         const QByteArray &splitter);

    QSettings &settings() { return m_settings; }

private:
    QSettings m_settings;
};

} // namespace signalbox
