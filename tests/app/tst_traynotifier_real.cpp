// The real tray, once: run under Xvfb with a tray host (run-with-tray.sh starts trayer).

#include "appsettings.h"
#include "mainwindow.h"
#include "systemtraybackend.h"
#include "teststore.h"
#include "traynotifier.h"

#include <QApplication>
#include <QCursor>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTest>
#include <QtTest/qtestspontaneevent.h>

using namespace signalbox;

class TestTrayNotifierReal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void iconAppearsWithCount();
    void badgedIconDiffersFromPlain();
    void bubbleRemembersMessage();
    void closeButtonKeepsSignalboxInTheTray();
    void rightClickOnIconWhileBubbleUpOpensNothing();

private:
    static QWidget *topLevelOfClass(const char *className);
    static bool moveCursorTo(const QPoint &globalPos);
};

QWidget *TestTrayNotifierReal::topLevelOfClass(const char *className)
{
    const auto widgets = QApplication::topLevelWidgets();
    for (QWidget *widget : widgets) {
        if (widget->isVisible() && qstrcmp(widget->metaObject()->className(), className) == 0)
            return widget;
    }
    return nullptr;
}

bool TestTrayNotifierReal::moveCursorTo(const QPoint &globalPos)
{
    QCursor::setPos(globalPos);
    return QTest::qWaitFor([&] { return QCursor::pos() == globalPos; }, 5000);
}

void TestTrayNotifierReal::initTestCase()
{
    if (QGuiApplication::platformName() != QLatin1String("xcb"))
        QSKIP("needs an X display with a tray host: run it through run-with-tray.sh");
    // trayer may take a moment to claim the tray selection.
    QTRY_VERIFY_WITH_TIMEOUT(SystemTrayBackend::available(), 10000);
}

void TestTrayNotifierReal::iconAppearsWithCount()
{
    test::TestStore store;
    const User alice = store.addUser(QStringLiteral("alice"));
    const User bob = store.addUser(QStringLiteral("bob"));
    store.send(alice, bob, QStringLiteral("one"));
    store.send(alice, bob, QStringLiteral("two"));
    store.send(alice, bob, QStringLiteral("three"));

    SystemTrayBackend backend;
    QVERIFY(backend.isAvailable());
    TrayNotifier notifier(&store.store(), bob, &backend);
    QCOMPARE(notifier.unreadCount(), 3);

    QSystemTrayIcon *icon = backend.trayIcon();
    QVERIFY(icon->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!icon->geometry().isEmpty(), 10000);
    QVERIFY(icon->toolTip().contains(QLatin1String("3")));
    QCOMPARE(icon->toolTip(), TrayNotifier::toolTipFor(3));
    QCOMPARE(backend.unreadCount(), 3);

    store.send(alice, bob, QStringLiteral("four"));
    QCOMPARE(icon->toolTip(), TrayNotifier::toolTipFor(4));
    QCOMPARE(backend.unreadCount(), 4);
}

void TestTrayNotifierReal::badgedIconDiffersFromPlain()
{
    const QIcon plain(QStringLiteral(":/icons/signalbox.svg"));
    QVERIFY(!plain.isNull());
    const QImage before = plain.pixmap(32, 32).toImage();
    const QImage after = SystemTrayBackend::badgedIcon(plain, 5).pixmap(32, 32).toImage();
    QCOMPARE(after.size(), before.size());
    QVERIFY(after != before);
    // Near the lower right corner the badge is red.
    const QColor corner = after.pixelColor(26, 26);
    QVERIFY2(corner.red() > 150 && corner.green() < 120, qPrintable(corner.name()));
    QCOMPARE(SystemTrayBackend::badgedIcon(plain, 0).cacheKey(), plain.cacheKey());
}

void TestTrayNotifierReal::bubbleRemembersMessage()
{
    test::TestStore store;
    const User alice = store.addUser(QStringLiteral("alice"));
    const User bob = store.addUser(QStringLiteral("bob"));
    SystemTrayBackend backend;
    TrayNotifier notifier(&store.store(), bob, &backend);
    QSignalSpy open(&notifier, &TrayNotifier::openMessageRequested);
    const Message sent = store.send(alice, bob, QStringLiteral("Hello from the real tray"));
    QCOMPARE(backend.lastBubbleMessageId(), sent.id);
    // A click on the bubble is reported by the tray host; the icon's own signal stands in.
    emit backend.trayIcon()->messageClicked();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).value<Id>(), sent.id);
}

// What the window manager's close button sends (QWidget::close() is not spontaneous).
static bool closeLikeTheWindowManager(QWidget *window)
{
    QCloseEvent close;
    QSpontaneKeyEvent::setSpontaneous(&close);
    QApplication::instance()->notify(window, &close);
    return close.isAccepted();
}

void TestTrayNotifierReal::closeButtonKeepsSignalboxInTheTray()
{
    QStandardPaths::setTestModeEnabled(true);
    AppSettings().settings().clear();
    test::TestStore store;
    const User alice = store.addUser(QStringLiteral("alice"));
    MainWindow window(&store.store(), alice);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.trayNotifier()->isAvailable());

    QVERIFY(!closeLikeTheWindowManager(&window));
    QVERIFY(!window.isVisible());                  // hidden, still running in the tray
    QVERIFY(AppSettings().closeToTrayExplained()); // told once, with a bubble

    window.show();
    AppSettings().setCloseToTray(false);
    QVERIFY(closeLikeTheWindowManager(&window)); // the setting turns it off
    AppSettings().setCloseToTray(true);
    // Quitting (File ▸ Quit, the tray menu) closes for real.
    QVERIFY(window.close());
}

// Qt's X11 tray reports every press on the icon while a bubble is up as a click on the
// bubble; a right-click for the menu must not open the message (nor mark it read).
void TestTrayNotifierReal::rightClickOnIconWhileBubbleUpOpensNothing()
{
    test::TestStore store;
    const User alice = store.addUser(QStringLiteral("alice"));
    const User bob = store.addUser(QStringLiteral("bob"));
    SystemTrayBackend backend;
    TrayNotifier notifier(&store.store(), bob, &backend);
    QSignalSpy open(&notifier, &TrayNotifier::openMessageRequested);
    QSystemTrayIcon *icon = backend.trayIcon();
    QTRY_VERIFY_WITH_TIMEOUT(!icon->geometry().isEmpty(), 10000);

    const Message first = store.send(alice, bob, QStringLiteral("First bubble"));
    QCOMPARE(backend.lastBubbleMessageId(), first.id);
    QWidget *bubble = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((bubble = topLevelOfClass("QBalloonTip")) != nullptr, 5000);

    // The icon is a widget of this process (XEmbed into trayer): press it as the X server would.
    QWidget *iconWidget = topLevelOfClass("QSystemTrayIconSys");
    QVERIFY(iconWidget);
    const QPoint onIcon = icon->geometry().center();
    QVERIFY(moveCursorTo(onIcon));
    QVERIFY(backend.isOnIcon(QCursor::pos()));
    QTest::mousePress(iconWidget, Qt::RightButton, {}, iconWidget->mapFromGlobal(onIcon));
    QTest::mouseRelease(iconWidget, Qt::RightButton, {}, iconWidget->mapFromGlobal(onIcon));
    QTest::qWait(100);
    QCOMPARE(open.size(), 0);
    if (QWidget *menu = topLevelOfClass("QMenu"))
        menu->close();

    // A click on the bubble itself opens its message.
    const Message second = store.send(alice, bob, QStringLiteral("Second bubble"));
    QTRY_VERIFY_WITH_TIMEOUT((bubble = topLevelOfClass("QBalloonTip")) != nullptr, 5000);
    const QPoint onBubble = bubble->mapToGlobal(bubble->rect().center());
    QVERIFY(!backend.isOnIcon(onBubble));
    QVERIFY(moveCursorTo(onBubble));
    QTest::mouseClick(bubble, Qt::LeftButton, {}, bubble->rect().center());
    QTRY_COMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).value<Id>(), second.id);
}

QTEST_MAIN(TestTrayNotifierReal)
#include "tst_traynotifier_real.moc"
