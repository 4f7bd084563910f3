#include "appearance.h"

#include "appsettings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QLoggingCategory>
#include <QMenu>
#include <QPointer>
#include <QStyle>
#include <QWidget>

#include <cmath>

namespace signalbox {

namespace {
Q_LOGGING_CATEGORY(lcAppearance, "signalbox.appearance")

const QString PortalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString PortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString PortalSettings = QStringLiteral("org.freedesktop.portal.Settings");
const QString AppearanceGroup = QStringLiteral("org.freedesktop.appearance");
const QString ColorSchemeKey = QStringLiteral("color-scheme");

AppearanceController *s_instance = nullptr;

// Keeps a widget's text in the error colour of the application's current palette.
class ErrorColorKeeper : public QObject
{
public:
    explicit ErrorColorKeeper(QWidget *widget)
        : QObject(widget)
        , m_widget(widget)
    {
        widget->installEventFilter(this);
        apply();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::ApplicationPaletteChange)
            apply();
        return false;
    }

private:
    void apply()
    {
        const QColor color = ThemeColors::errorText(QGuiApplication::palette());
        QPalette palette = m_widget->palette();
        for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
            for (QPalette::ColorRole role :
                 {QPalette::WindowText, QPalette::ButtonText, QPalette::Text})
                palette.setColor(group, role, color);
        }
        m_widget->setPalette(palette);
    }

    QWidget *m_widget;
};

double luminance(const QColor &color)
{
    auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
           + 0.0722 * channel(color.blueF());
}

// WCAG 2 contrast ratio, 1 to 21.
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

constexpr double ReadableContrast = 4.5;

// The colour, darkened (on a light background) until text in it is readable there.
QColor readableOn(QColor color, const QColor &background)
{
    for (int step = 0; step < 40 && contrast(color, background) < ReadableContrast; ++step)
        color = color.darker(110);
    return color;
}

// The portal wraps the value in one or two variants, depending on the method and version.
QVariant unwrap(QVariant value)
{
    while (value.canConvert<QDBusVariant>()
           && value.metaType() == QMetaType::fromType<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    return value;
}
} // namespace

bool ThemeColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor ThemeColors::errorText(const QPalette &palette)
{
    // 4.7:1 on the light window colour, 6:1 on the dark one.
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xc0, 0x39, 0x2b);
}

QPalette ThemeColors::light(const QPalette &base)
{
    // The desktop is dark but the person chose light: the style's own light palette.
    QPalette palette = !isDark(base)           ? base
                       : QApplication::style() ? QApplication::style()->standardPalette()
                                               : QPalette();
    // Signalbox writes text in the accent (unread times), in Mid (empty states) and in the
    // link colour: where the theme's are too faint for that, darker variants of them.
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const QColor background = palette.color(group, QPalette::Base);
        const QColor window = palette.color(group, QPalette::Window);
        const QColor highlight = readableOn(palette.color(group, QPalette::Highlight), background);
        palette.setColor(group, QPalette::Highlight, highlight);
        if (contrast(palette.color(group, QPalette::HighlightedText), highlight) < ReadableContrast)
            palette.setColor(group, QPalette::HighlightedText, Qt::white);
        palette.setColor(group, QPalette::Mid,
                         readableOn(palette.color(group, QPalette::Mid), window));
        palette.setColor(
            group, QPalette::Link,
            readableOn(readableOn(palette.color(group, QPalette::Link), background), window));
    }
    return palette;
}

QPalette ThemeColors::dark()
{
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1f, 0x1f, 0x1f);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x80, 0x80, 0x80);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x36, 0x36, 0x36));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    palette.setColor(QPalette::Midlight, QColor(0x3e, 0x3e, 0x3e));
    // Mid is also the faint text of counts and empty states: readable on the window (5:1).
    palette.setColor(QPalette::Mid, QColor(0x98, 0x98, 0x98));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    // A light blue: readable as text on the base (unread times) and under dark text (badges,
    // the selected row).
    palette.setColor(QPalette::Highlight, QColor(0x5a, 0xa0, 0xf0));
    palette.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
    palette.setColor(QPalette::Link, QColor(0x7a, 0xb8, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xc5, 0x9c, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    return palette;
}

void ThemeColors::useErrorColor(QWidget *widget)
{
    new ErrorColorKeeper(widget);
}

AppearanceController::AppearanceController(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_platformPalette(QGuiApplication::palette())
{
    s_instance = this;
    m_mode = modeFromName(AppSettings().appearance()).value_or(Mode::System);
    if (m_bus.isConnected()) {
        const bool subscribed = m_bus.connect(PortalService, PortalPath, PortalSettings,
                                              QStringLiteral("SettingChanged"), this,
                                              SLOT(onPortalSettingChanged(QDBusMessage)));
        if (!subscribed)
            qCWarning(lcAppearance)
                << "cannot follow the portal's colour scheme:" << m_bus.lastError().message();
        readPortal();
    }
    apply();
}

AppearanceController::~AppearanceController()
{
    if (s_instance == this)
        s_instance = nullptr;
}

AppearanceController *AppearanceController::instance()
{
    return s_instance;
}

QString AppearanceController::modeName(Mode mode)
{
    switch (mode) {
    case Mode::System:
        return QStringLiteral("system");
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    }
    return {};
}

std::optional<AppearanceController::Mode> AppearanceController::modeFromName(const QString &name)
{
    for (Mode mode : {Mode::System, Mode::Light, Mode::Dark}) {
        if (name == modeName(mode))
            return mode;
    }
    return std::nullopt;
}

void AppearanceController::setMode(Mode mode)
{
    AppSettings().setAppearance(modeName(mode));
    overrideMode(mode);
}

void AppearanceController::overrideMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    apply();
    emit modeChanged(mode);
}

ColorScheme AppearanceController::systemScheme() const
{
    if (m_portalScheme)
        return *m_portalScheme;
    return ThemeColors::isDark(m_platformPalette) ? ColorScheme::Dark : ColorScheme::Light;
}

void AppearanceController::readPortal()
{
    QDBusMessage call = QDBusMessage::createMethodCall(PortalService, PortalPath, PortalSettings,
                                                       QStringLiteral("Read"));
    call << AppearanceGroup << ColorSchemeKey;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                const QDBusPendingReply<QDBusVariant> reply = *finished;
                if (reply.isError()) {
                    // No portal, or one without the appearance settings: the platform decides.
                    qCDebug(lcAppearance)
                        << "no colour scheme from the portal:" << reply.error().message();
                    m_portalSaidNothing = true;
                    return;
                }
                setPortalValue(reply.value().variant());
            });
}

void AppearanceController::onPortalSettingChanged(const QDBusMessage &message)
{
    // SettingChanged(s namespace, s key, v value)
    const QList<QVariant> arguments = message.arguments();
    if (arguments.size() == 3 && arguments.at(0).toString() == AppearanceGroup
        && arguments.at(1).toString() == ColorSchemeKey)
        setPortalValue(arguments.at(2));
}

void AppearanceController::setPortalValue(const QVariant &value)
{
    // org.freedesktop.appearance color-scheme: 0 no preference, 1 prefer dark, 2 prefer light.
    const uint scheme = unwrap(value).toUInt();
    if (scheme == 1)
        m_portalScheme = ColorScheme::Dark;
    else if (scheme == 2)
        m_portalScheme = ColorScheme::Light;
    else
        m_portalScheme.reset();
    m_portalSaidNothing = !m_portalScheme;
    qCDebug(lcAppearance) << "the portal's colour scheme:" << scheme;
    apply();
}

void AppearanceController::apply()
{
    ColorScheme wanted = systemScheme();
    if (m_mode == Mode::Light)
        wanted = ColorScheme::Light;
    else if (m_mode == Mode::Dark)
        wanted = ColorScheme::Dark;
    if (m_appliedOnce && wanted == m_applied)
        return;
    const QPalette palette
        = wanted == ColorScheme::Dark ? ThemeColors::dark() : ThemeColors::light(m_platformPalette);
    // Nothing to set when the desktop's own palette is already the one (it then keeps
    // following the desktop's theme changes by itself).
    const bool platformAlready = !m_appliedOnce && palette == m_platformPalette;
    m_applied = wanted;
    m_appliedOnce = true;
    if (!platformAlready) {
        QApplication::setPalette(palette);
        // Style sheets resolve palette(...) when they are set: set them again.
        const QList<QWidget *> widgets = QApplication::allWidgets();
        for (QWidget *widget : widgets) {
            const QString sheet = widget->styleSheet();
            if (sheet.contains(QLatin1String("palette("))) {
                widget->setStyleSheet(QString());
                widget->setStyleSheet(sheet);
            }
        }
    }
    emit schemeChanged(wanted);
}

QActionGroup *AppearanceController::createActionGroup(QObject *parent)
{
    auto *group = new QActionGroup(parent);
    group->setObjectName(QStringLiteral("appearanceGroup"));
    group->setExclusive(true);
    struct Choice
    {
        Mode mode;
        QString text;
        QString tip;
        const char *name;
    };
    const Choice choices[] = {
        //: View ▸ Appearance: follow the desktop's light or dark preference
        {Mode::System, tr("&System"), tr("Follow the desktop's light or dark preference"),
         "appearanceSystemAction"},
        //: View ▸ Appearance
        {Mode::Light, tr("&Light"), tr("Always light"), "appearanceLightAction"},
        //: View ▸ Appearance
        {Mode::Dark, tr("&Dark"), tr("Always dark"), "appearanceDarkAction"},
    };
    for (const Choice &choice : choices) {
        QAction *action = group->addAction(choice.text);
        action->setObjectName(QLatin1String(choice.name));
        action->setCheckable(true);
        action->setChecked(m_mode == choice.mode);
        action->setStatusTip(choice.tip);
        action->setToolTip(choice.tip);
        action->setData(QVariant::fromValue(int(choice.mode)));
        connect(action, &QAction::triggered, this, [this, mode = choice.mode] { setMode(mode); });
    }
    QPointer<QActionGroup> guarded(group);
    connect(this, &AppearanceController::modeChanged, group, [guarded](Mode mode) {
        for (QAction *action : guarded->actions())
            action->setChecked(action->data().toInt() == int(mode));
    });
    return group;
}

QMenu *AppearanceController::createMenu(QWidget *parent)
{
    //: The View menu's submenu for light and dark
    auto *menu = new QMenu(tr("&Appearance"), parent);
    menu->setObjectName(QStringLiteral("appearanceMenu"));
    menu->setAccessibleName(tr("Appearance"));
    menu->addActions(createActionGroup(menu)->actions());
    return menu;
}

} // namespace signalbox
