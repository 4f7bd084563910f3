// AppearanceController: System / Light / Dark, what is saved, the View ▸ Appearance actions,
// and the XDG desktop portal's color-scheme, served by a fake portal on a private session bus
// (dbus-run-session).
#include "appearance.h"
#include "appsettings.h"
#include "apptest.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace signalbox;

namespace {

// org.freedesktop.portal.Settings, as xdg-desktop-portal serves it.
class FakePortal : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    std::atomic<uint> scheme{0};
    std::atomic<int> reads{0};

public slots:
    QDBusVariant Read(const QString &group, const QString &key)
    {
        ++reads;
        if (group != QLatin1String("org.freedesktop.appearance")
            || key != QLatin1String("color-scheme"))
            return QDBusVariant(QVariant());
        // The portal's Read wraps the value in a second variant.
        return QDBusVariant(QVariant::fromValue(QDBusVariant(QVariant::fromValue(scheme.load()))));
    }
    void change(uint value)
    {
        scheme = value;
        emit SettingChanged(QStringLiteral("org.freedesktop.appearance"),
                            QStringLiteral("color-scheme"),
                            QDBusVariant(QVariant::fromValue(value)));
    }

signals:
    void SettingChanged(const QString &group, const QString &key, const QDBusVariant &value);
};

QDBusConnection noBus()
{
    return QDBusConnection(QStringLiteral("no-such-connection"));
}

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void systemFollowsThePlatformWithoutAPortal();
    void choiceIsAppliedAndSaved();
    void actionsFollowAndSetTheMode();
    void overrideIsNotSaved();
    void portalPreferenceIsFollowed();
    void choiceBeatsThePortal();

private:
    void startPortal(uint scheme);

    QPalette m_platform;
    QThread m_thread;
    FakePortal *m_portal = nullptr;
};

void TestAppearance::initTestCase()
{
    test::isolateSettings();
    m_platform = QApplication::palette();
    QVERIFY(!ThemeColors::isDark(m_platform)); // offscreen: the style's light palette
    m_thread.start();
}

void TestAppearance::init()
{
    AppSettings().settings().clear();
    QApplication::setPalette(m_platform);
}

void TestAppearance::cleanupTestCase()
{
    if (m_portal) {
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-portal"));
        QMetaObject::invokeMethod(m_portal, &QObject::deleteLater);
    }
    m_thread.quit();
    m_thread.wait();
}

void TestAppearance::startPortal(uint scheme)
{
    if (!QDBusConnection::sessionBus().isConnected())
        QSKIP("no session bus: run under dbus-run-session");
    if (!m_portal) {
        m_portal = new FakePortal;
        QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                                            QStringLiteral("fake-portal"));
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/portal/desktop"), m_portal,
                                   QDBusConnection::ExportAllSlots
                                       | QDBusConnection::ExportAllSignals));
        m_portal->moveToThread(&m_thread);
        QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.portal.Desktop")));
    }
    m_portal->scheme = scheme;
}

void TestAppearance::systemFollowsThePlatformWithoutAPortal()
{
    AppearanceController controller(noBus());
    QCOMPARE(AppearanceController::instance(), &controller);
    QCOMPARE(controller.mode(), AppearanceController::Mode::System);
    QCOMPARE(controller.systemScheme(), ColorScheme::Light);
    QCOMPARE(controller.scheme(), ColorScheme::Light);
    QCOMPARE(QApplication::palette().color(QPalette::Window), m_platform.color(QPalette::Window));
}

void TestAppearance::choiceIsAppliedAndSaved()
{
    {
        AppearanceController controller(noBus());
        QSignalSpy schemes(&controller, &AppearanceController::schemeChanged);
        controller.setMode(AppearanceController::Mode::Dark);
        QCOMPARE(controller.scheme(), ColorScheme::Dark);
        QCOMPARE(schemes.count(), 1);
        QVERIFY(ThemeColors::isDark(QApplication::palette()));
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 ThemeColors::dark().color(QPalette::Window));
        QCOMPARE(AppSettings().appearance(), QStringLiteral("dark"));
    }
    // The next start reads it.
    AppearanceController next(noBus());
    QCOMPARE(next.mode(), AppearanceController::Mode::Dark);
    QVERIFY(ThemeColors::isDark(QApplication::palette()));
    next.setMode(AppearanceController::Mode::Light);
    QVERIFY(!ThemeColors::isDark(QApplication::palette()));
    QCOMPARE(QApplication::palette().color(QPalette::Window), m_platform.color(QPalette::Window));
    QCOMPARE(AppSettings().appearance(), QStringLiteral("light"));
}

void TestAppearance::actionsFollowAndSetTheMode()
{
    AppearanceController controller(noBus());
    QWidget window;
    QMenu *menu = controller.createMenu(&window);
    QCOMPARE(menu->objectName(), QStringLiteral("appearanceMenu"));
    QVERIFY(!menu->accessibleName().isEmpty());
    const QList<QAction *> actions = menu->actions();
    QCOMPARE(actions.size(), 3);
    QCOMPARE(actions.at(0)->objectName(), QStringLiteral("appearanceSystemAction"));
    QCOMPARE(actions.at(1)->objectName(), QStringLiteral("appearanceLightAction"));
    QCOMPARE(actions.at(2)->objectName(), QStringLiteral("appearanceDarkAction"));
    QVERIFY(actions.at(0)->isChecked());
    QVERIFY(actions.at(0)->actionGroup()->isExclusive());

    actions.at(2)->trigger();
    QCOMPARE(controller.mode(), AppearanceController::Mode::Dark);
    QVERIFY(actions.at(2)->isChecked() && !actions.at(0)->isChecked());
    QCOMPARE(AppSettings().appearance(), QStringLiteral("dark"));

    // A change made elsewhere (another menu's group) shows here too.
    QActionGroup *other = controller.createActionGroup(&window);
    other->actions().at(1)->trigger();
    QCOMPARE(controller.mode(), AppearanceController::Mode::Light);
    QVERIFY(actions.at(1)->isChecked() && !actions.at(2)->isChecked());
}

void TestAppearance::overrideIsNotSaved()
{
    AppearanceController controller(noBus());
    controller.overrideMode(AppearanceController::Mode::Dark);
    QCOMPARE(controller.scheme(), ColorScheme::Dark);
    QVERIFY(AppSettings().appearance().isEmpty());
    QCOMPARE(AppearanceController::modeFromName(QStringLiteral("dark")),
             AppearanceController::Mode::Dark);
    QVERIFY(!AppearanceController::modeFromName(QStringLiteral("purple")));
}

void TestAppearance::portalPreferenceIsFollowed()
{
    startPortal(1); // prefer dark
    AppearanceController controller(QDBusConnection::sessionBus());
    QTRY_VERIFY(controller.portalAnswered());
    QCOMPARE(controller.systemScheme(), ColorScheme::Dark);
    QCOMPARE(controller.scheme(), ColorScheme::Dark);
    QVERIFY(ThemeColors::isDark(QApplication::palette()));

    // The desktop switches while Signalbox runs.
    QSignalSpy schemes(&controller, &AppearanceController::schemeChanged);
    QMetaObject::invokeMethod(m_portal, "change", Q_ARG(uint, 2u));
    QTRY_COMPARE(controller.scheme(), ColorScheme::Light);
    QCOMPARE(schemes.count(), 1);
    QVERIFY(!ThemeColors::isDark(QApplication::palette()));

    QMetaObject::invokeMethod(m_portal, "change", Q_ARG(uint, 1u));
    QTRY_COMPARE(controller.scheme(), ColorScheme::Dark);
    QCOMPARE(schemes.count(), 2);

    // No preference: the platform's palette decides (light here).
    QMetaObject::invokeMethod(m_portal, "change", Q_ARG(uint, 0u));
    QTRY_COMPARE(controller.scheme(), ColorScheme::Light);
    QCOMPARE(schemes.count(), 3);
}

void TestAppearance::choiceBeatsThePortal()
{
    startPortal(1);
    AppSettings().setAppearance(QStringLiteral("light"));
    AppearanceController controller(QDBusConnection::sessionBus());
    QTRY_VERIFY(controller.portalAnswered());
    QCOMPARE(controller.systemScheme(), ColorScheme::Dark);
    QCOMPARE(controller.scheme(), ColorScheme::Light);
    QVERIFY(!ThemeColors::isDark(QApplication::palette()));
    controller.setMode(AppearanceController::Mode::System);
    QCOMPARE(controller.scheme(), ColorScheme::Dark);
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
