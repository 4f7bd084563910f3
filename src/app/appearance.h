#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QObject>
#include <QPalette>

#include <optional>

class QActionGroup;
class QMenu;
class QWidget;

namespace signalbox {

enum class ColorScheme { Light, Dark };

// The colours Signalbox paints beyond the palette's own roles, each with a light and a dark
// variant readable on the palette it goes with (contrast at least 4.5:1 for text).
class ThemeColors
{
public:
    static bool isDark(const QPalette &palette);
    // Error and warning text (the sign-in, composer, history and delete-account dialogs).
    static QColor errorText(const QPalette &palette);

    // The palettes Signalbox applies. light() starts from the style's own, so that a desktop's
    // light theme still looks like itself where it is readable.
    static QPalette light(const QPalette &base);
    static QPalette dark();

    // Paints a label's (or a button's) text in the error colour, and keeps doing so when the
    // application's palette changes.
    static void useErrorColor(QWidget *widget);
};

// Light or dark for the whole application: what the desktop prefers (the XDG desktop portal's
// org.freedesktop.appearance color-scheme, followed live; else the platform theme's palette),
// or what the person chose in View ▸ Appearance (System / Light / Dark, kept in AppSettings).
class AppearanceController : public QObject
{
    Q_OBJECT

public:
    enum class Mode { System, Light, Dark };
    Q_ENUM(Mode)

    // Reads the saved mode and asks the portal on bus (asynchronously) for the desktop's
    // preference. Applies the resulting palette at once.
    explicit AppearanceController(const QDBusConnection &bus = QDBusConnection::sessionBus(),
                                  QObject *parent = nullptr);
    ~AppearanceController() override;

    // The controller of the running application (nullptr before there is one).
    static AppearanceController *instance();

    Mode mode() const { return m_mode; }
    // Applies and saves the choice.
    void setMode(Mode mode);
    // For this run only (signalbox --appearance): nothing is saved.
    void overrideMode(Mode mode);
    // What the desktop prefers: from the portal when it says, else from the platform palette.
    ColorScheme systemScheme() const;
    ColorScheme scheme() const { return m_applied; }
    bool portalAnswered() const { return m_portalScheme.has_value() || m_portalSaidNothing; }

    static QString modeName(Mode mode);
    static std::optional<Mode> modeFromName(const QString &name);

    // Three checkable actions (System, Light, Dark) in an exclusive group, kept in step with
    // the mode; choosing one calls setMode(). For View ▸ Appearance.
    QActionGroup *createActionGroup(QObject *parent);
    // The "Appearance" submenu holding such a group.
    QMenu *createMenu(QWidget *parent);

signals:
    void schemeChanged(signalbox::ColorScheme scheme);
    void modeChanged(signalbox::AppearanceController::Mode mode);

private slots:
    void onPortalSettingChanged(const QDBusMessage &message);

private:
    void readPortal();
    void setPortalValue(const QVariant &value);
    void apply();

    QDBusConnection m_bus;
    Mode m_mode = Mode::System;
    QPalette m_platformPalette;
    std::optional<ColorScheme> m_portalScheme;
    bool m_portalSaidNothing = false;
    ColorScheme m_applied = ColorScheme::Light;
    bool m_appliedOnce = false;
};

} // namespace signalbox
