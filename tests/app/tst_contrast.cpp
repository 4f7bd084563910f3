// Every colour Signalbox paints beyond plain text, measured on rendered pixels in the light and
// the dark appearance: the text's contrast with what is behind it is at least 4.5:1 (WCAG AA).
// Widgets are drawn with a large font so that glyph stems have pixels of the full colour;
// the measured pair is the most frequent colour of a region (the background) and the pixel
// that differs most from it (the text).
#include "appearance.h"
#include "apptest.h"
#include "conversationdelegate.h"
#include "conversationlistmodel.h"
#include "mainwindow.h"
#include "messagerepository.h"
#include "signindialog.h"
#include "teststore.h"
#include "worddiff.h"

#include <QApplication>
#include <QHash>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTest>

#include <cmath>

using namespace signalbox;

namespace {

constexpr double Required = 4.5;

double luminance(QRgb rgb)
{
    auto channel = [](int value) {
        const double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(qRed(rgb)) + 0.7152 * channel(qGreen(rgb))
           + 0.0722 * channel(qBlue(rgb));
}

double contrast(QRgb a, QRgb b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

struct Measured
{
    QRgb background = 0;
    QRgb text = 0;
    double ratio = 0;
    QString describe() const
    {
        return QStringLiteral("text #%1 on #%2: %3:1")
            .arg(text & 0xffffff, 6, 16, QLatin1Char('0'))
            .arg(background & 0xffffff, 6, 16, QLatin1Char('0'))
            .arg(ratio, 0, 'f', 2);
    }
};

Measured measure(const QImage &image, const QRect &region)
{
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    const QRect r = region.intersected(img.rect());
    QHash<QRgb, int> counts;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            ++counts[img.pixel(x, y) | 0xff000000];
    }
    Measured m;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            m.background = it.key();
        }
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const double ratio = contrast(it.key(), m.background);
        if (ratio > m.ratio) {
            m.ratio = ratio;
            m.text = it.key();
        }
    }
    return m;
}

// The bounding box of the pixels of one colour inside region.
QRect boxOf(const QImage &image, const QRect &region, QColor color)
{
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    QRect box;
    for (int y = region.top(); y <= region.bottom(); ++y) {
        for (int x = region.left(); x <= region.right(); ++x) {
            if ((img.pixel(x, y) | 0xff000000) == (color.rgb() | 0xff000000))
                box = box.united(QRect(x, y, 1, 1));
        }
    }
    return box;
}

} // namespace

class TestContrast : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void errorText_data();
    void errorText();
    void conversationList_data();
    void conversationList();
    void link_data();
    void link();
    void faintEmptyState_data();
    void faintEmptyState();
    void faintHeaderCount_data();
    void faintHeaderCount();
    void diffHighlights_data();
    void diffHighlights();

private:
    void schemes();
    void applyScheme();

    QFont m_font;
    std::unique_ptr<AppearanceController> m_appearance;
    std::unique_ptr<test::TestStore> m_store;
};

void TestContrast::initTestCase()
{
    test::isolateSettings();
    m_font = QApplication::font();
    QFont large = m_font;
    large.setPixelSize(28);
    QApplication::setFont(large);
}

void TestContrast::init()
{
    m_store = std::make_unique<test::TestStore>();
    QVERIFY(m_store->isValid());
    m_appearance = std::make_unique<AppearanceController>(QDBusConnection(QStringLiteral("none")));
    applyScheme();
}

void TestContrast::cleanup()
{
    m_appearance->overrideMode(AppearanceController::Mode::Light);
    m_appearance.reset();
    m_store.reset();
}

void TestContrast::schemes()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestContrast::applyScheme()
{
    QFETCH(bool, dark);
    m_appearance->overrideMode(dark ? AppearanceController::Mode::Dark
                                    : AppearanceController::Mode::Light);
    QCOMPARE(ThemeColors::isDark(QApplication::palette()), dark);
}

void TestContrast::errorText_data()
{
    schemes();
}

void TestContrast::errorText()
{
    QWidget window;
    auto *label = new QLabel(QStringLiteral("Wrong password"), &window);
    ThemeColors::useErrorColor(label);
    label->adjustSize();
    window.resize(label->size() + QSize(20, 20));
    const Measured m = measure(window.grab().toImage(), label->geometry());
    QVERIFY2(m.ratio >= Required, qPrintable(m.describe()));
    QCOMPARE(QColor(m.text).rgb(), ThemeColors::errorText(QApplication::palette()).rgb());
}

void TestContrast::conversationList_data()
{
    schemes();
}

void TestContrast::conversationList()
{
    const User alice = m_store->addUser(QStringLiteral("alice"));
    const User bob = m_store->addUser(QStringLiteral("bob"));
    const User carol = m_store->addUser(QStringLiteral("carol"));
    const Message read = m_store->send(carol, alice, QStringLiteral("read long ago"));
    QVERIFY(m_store->store().messages().markRead(alice, read.id));
    m_store->send(bob, alice, QStringLiteral("one"));
    m_store->send(bob, alice, QStringLiteral("two"));

    ConversationListModel model(&m_store->store(), alice);
    QCOMPARE(model.rowCount(), 2);
    QListView view;
    view.setModel(&model);
    view.setItemDelegate(new ConversationDelegate(alice.id, &view));
    view.resize(700, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage image = view.viewport()->grab().toImage();
    const QPalette palette = view.palette();

    for (int row = 0; row < 2; ++row) {
        const QRect rect = view.visualRect(model.index(row, 0));
        const bool unread
            = model.index(row, 0).data(ConversationListModel::UnreadCountRole).toInt() > 0;
        const QRect firstLine(rect.left(), rect.top(), rect.width(), rect.height() / 2);
        const QRect secondLine(rect.left(), rect.center().y(), rect.width(), rect.height() / 2);
        // The name (left) and the time (right; the accent colour while unread, else faint).
        const Measured name = measure(image, firstLine.adjusted(0, 0, -rect.width() / 2, 0));
        const Measured time = measure(image, firstLine.adjusted(rect.width() * 3 / 4, 0, 0, 0));
        QVERIFY2(name.ratio >= Required, qPrintable(QStringLiteral("name: ") + name.describe()));
        QVERIFY2(time.ratio >= Required, qPrintable(QStringLiteral("time: ") + time.describe()));
        // The preview: faint once read.
        const Measured preview = measure(image, secondLine.adjusted(0, 0, -rect.width() / 2, 0));
        QVERIFY2(preview.ratio >= Required,
                 qPrintable(QStringLiteral("preview: ") + preview.describe()));
        if (!unread)
            continue;
        // The unread badge: its count on the badge's own colour, inside its rounded ends.
        const QRect badge = boxOf(image, secondLine.adjusted(rect.width() / 2, 0, 0, 0),
                                  palette.color(QPalette::Highlight));
        QVERIFY(badge.isValid());
        const int inset = badge.height() / 2;
        const Measured count = measure(image, badge.adjusted(inset, 2, -inset, -2));
        QCOMPARE(QColor(count.background).rgb(), palette.color(QPalette::Highlight).rgb());
        QVERIFY2(count.ratio >= Required, qPrintable(QStringLiteral("badge: ") + count.describe()));
    }
}

void TestContrast::link_data()
{
    schemes();
}

void TestContrast::link()
{
    SignInDialog dialog(&m_store->store());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *link = test::child<QPushButton>(&dialog, "modeButton");
    QVERIFY(link);
    const Measured m = measure(link->grab().toImage(), link->rect().adjusted(4, 4, -4, -4));
    QVERIFY2(m.ratio >= Required, qPrintable(m.describe()));
}

void TestContrast::faintEmptyState_data()
{
    schemes();
}

void TestContrast::faintEmptyState()
{
    const User alice = m_store->addUser(QStringLiteral("alice"));
    MainWindow window(&m_store->store(), alice);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *empty = test::child<QLabel>(&window, "emptyStateLabel");
    QVERIFY(empty && empty->isVisible());
    const Measured m = measure(empty->grab().toImage(), empty->rect());
    QVERIFY2(m.ratio >= Required, qPrintable(m.describe()));
}

void TestContrast::faintHeaderCount_data()
{
    schemes();
}

void TestContrast::faintHeaderCount()
{
    const User alice = m_store->addUser(QStringLiteral("alice"));
    const User bob = m_store->addUser(QStringLiteral("bob"));
    m_store->send(bob, alice, QStringLiteral("unread"));
    MainWindow window(&m_store->store(), alice);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openConversation(bob);
    auto *title = test::child<QLabel>(&window, "conversationTitle");
    QVERIFY(title);
    QVERIFY2(title->text().contains(QStringLiteral("palette(mid)")), qPrintable(title->text()));
    const QImage image = title->grab().toImage().convertToFormat(QImage::Format_RGB32);
    // "bob · 1 unread": the right half of the written part is the faint count.
    const QRgb background = measure(image, image.rect()).background;
    QRect written;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if ((image.pixel(x, y) | 0xff000000) != background)
                written = written.united(QRect(x, y, 1, 1));
        }
    }
    QVERIFY(written.isValid());
    const Measured count = measure(image, written.adjusted(written.width() / 2, 0, 0, 0));
    QCOMPARE(count.background, background);
    QVERIFY2(count.ratio >= Required, qPrintable(count.describe()));
    // It is fainter than the name: the measure is of the count, not of the name.
    const Measured name = measure(image, written.adjusted(0, 0, -written.width() * 3 / 4, 0));
    QVERIFY2(name.ratio > count.ratio,
             qPrintable(name.describe() + QStringLiteral(" / ") + count.describe()));
}

void TestContrast::diffHighlights_data()
{
    schemes();
}

void TestContrast::diffHighlights()
{
    for (DiffSegment::Kind kind : {DiffSegment::Removed, DiffSegment::Added}) {
        QLabel label;
        label.setTextFormat(Qt::RichText);
        label.setText(WordDiff::toHtml({{kind, QStringLiteral("WWWWWWWW")}}));
        label.setAutoFillBackground(true);
        label.setBackgroundRole(QPalette::Base);
        label.adjustSize();
        const QImage image = label.grab().toImage();
        // The tinted run: everything that is not the plain background.
        const QColor base = label.palette().color(QPalette::Base);
        QRect run;
        const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < rgb.height(); ++y) {
            for (int x = 0; x < rgb.width(); ++x) {
                if ((rgb.pixel(x, y) | 0xff000000) != (base.rgb() | 0xff000000))
                    run = run.united(QRect(x, y, 1, 1));
            }
        }
        QVERIFY(run.isValid());
        const Measured m = measure(image, run);
        QVERIFY(QColor(m.background) != base); // the tint itself
        QVERIFY2(m.ratio >= Required, qPrintable(m.describe()));
    }
}

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
