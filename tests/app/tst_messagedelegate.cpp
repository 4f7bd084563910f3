// The thread view's delegate and the text layout behind it: messages look as they were
// written (line breaks, right-to-left paragraphs, links, no markup), "Seen", date separators
// and the "New messages" line, and the read-only text for selecting part of a message.

#include "apptest.h"
#include "manualclock.h"
#include "messagedelegate.h"
#include "messagerepository.h"
#include "messagetext.h"
#include "storeassert.h"
#include "teststore.h"
#include "threadmodel.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QImage>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <QTreeView>

using namespace signalbox;

// Stands in for the desktop's browser and mail program.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

class TestMessageDelegate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void everyLineBreakShown();
    void longMessageKeepsItsParagraphs();
    void sizeHintGrowsWithLineCount();
    void rightToLeftPerParagraph();
    void rightToLeftParagraphIsPaintedOnTheRight();
    void linksFound_data();
    void linksFound();
    void onlyWebAndMailAreOpenable();
    void linkHitTestingAndClick();
    void returnOpensTheFirstLink();
    void markupShownLiterally();
    void seenOnOwnMessagesFollowsTheReadFlag();
    void daySeparatorsBetweenDays();
    void dayLabels();
    void newMessagesLineAboveFirstUnread();
    void doubleClickOpensSelectableText();
    void narrowHeaderKeepsTimeAndMark();

private:
    QModelIndex showMessage(const QString &text);

    UrlCatcher m_catcher;
    std::unique_ptr<test::TestStore> m_store;
    std::unique_ptr<ThreadModel> m_model;
    std::unique_ptr<QTreeView> m_view;
    MessageDelegate *m_delegate = nullptr;
    User m_alice;
    User m_bob;
};

void TestMessageDelegate::initTestCase()
{
    // No settings are read or written here; the shared test settings stay untouched.
    QStandardPaths::setTestModeEnabled(true);
    test::useFastPasswordHashing();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    for (const char *scheme : {"http", "https", "mailto", "ftp", "file", "javascript"})
        QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &m_catcher, "open");
}

void TestMessageDelegate::cleanupTestCase()
{
    for (const char *scheme : {"http", "https", "mailto", "ftp", "file", "javascript"})
        QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
}

void TestMessageDelegate::init()
{
    m_catcher.opened.clear();
    m_store = std::make_unique<test::TestStore>();
    m_alice = m_store->addUser(QStringLiteral("alice"));
    m_bob = m_store->addUser(QStringLiteral("bob"));
    m_model = std::make_unique<ThreadModel>(&m_store->store(), m_alice);
    m_view = std::make_unique<QTreeView>();
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setModel(m_model.get());
    m_delegate = new MessageDelegate(m_view.get(), m_alice.id, m_view.get());
    m_view->setItemDelegate(m_delegate);
    m_view->resize(600, 500);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestMessageDelegate::cleanup()
{
    m_view.reset();
    m_model.reset();
    m_store.reset();
}

QModelIndex TestMessageDelegate::showMessage(const QString &text)
{
    const Message sent = m_store->send(m_bob, m_alice, text);
    m_model->setPeer(m_bob.id);
    return m_model->indexForMessage(sent.id);
}

void TestMessageDelegate::everyLineBreakShown()
{
    const QString text = QStringLiteral("See example.org\nsecond line\r\nthird line");
    const MessageText layout(text, m_view->font(), 400);
    QCOMPARE(layout.paragraphDirections().size(), 3);
    QCOMPARE(layout.lineCount(), 3);
    const QFontMetrics metrics(m_view->font());
    QCOMPARE(layout.height(), 3 * metrics.lineSpacing());
    // The carriage return of "\r\n" is not shown as a character.
    QCOMPARE(layout.plainText(), QStringLiteral("See example.org\nsecond line\nthird line"));
}

void TestMessageDelegate::longMessageKeepsItsParagraphs()
{
    QStringList paragraphs;
    QString text;
    for (int i = 0; text.size() < 5000; ++i) {
        const QString paragraph
            = QStringLiteral("Paragraph %1: ").arg(i)
              + QString(180, QLatin1Char('w'))
                    .replace(QRegularExpression(QStringLiteral("(w{9})")), QStringLiteral("\\1 "));
        paragraphs.append(paragraph);
        text = paragraphs.join(QStringLiteral("\n\n"));
    }
    QVERIFY(text.size() >= 5000);
    const int width = 300;
    const MessageText layout(text, m_view->font(), width);
    // Every paragraph and every blank line between them is there.
    QCOMPARE(layout.paragraphDirections().size(), paragraphs.size() * 2 - 1);
    QCOMPARE(layout.plainText(), text);
    // Long paragraphs wrap at the width: more lines than paragraphs and blank lines.
    QVERIFY(layout.lineCount() > paragraphs.size() * 2);
    const QFontMetrics metrics(m_view->font());
    QCOMPARE(layout.height(), layout.lineCount() * metrics.lineSpacing());

    // In the view: the row is as tall as all of it at the view's width, and more.
    const QModelIndex index = showMessage(text);
    QVERIFY(index.isValid());
    const auto shown = m_delegate->textLayout(index);
    QCOMPARE(shown->plainText(), text);
    QCOMPARE(shown->paragraphDirections().size(), paragraphs.size() * 2 - 1);
    QStyleOptionViewItem option;
    option.font = m_view->font();
    QVERIFY(m_delegate->sizeHint(option, index).height() > shown->height());
}

void TestMessageDelegate::sizeHintGrowsWithLineCount()
{
    // The first row carries the day separator and the "New messages" line: measure the others.
    m_store->send(m_bob, m_alice, QStringLiteral("first"));
    const Message one = m_store->send(m_bob, m_alice, QStringLiteral("one line"));
    const Message three = m_store->send(m_bob, m_alice, QStringLiteral("one\ntwo\nthree"));
    const Message blank = m_store->send(m_bob, m_alice, QStringLiteral("one\n\n\nfour"));
    m_model->setPeer(m_bob.id);
    QStyleOptionViewItem option;
    option.font = m_view->font();
    const auto height = [&](const Message &m) {
        return m_delegate->sizeHint(option, m_model->indexForMessage(m.id)).height();
    };
    // All three are unread, so bold.
    QFont bold = m_view->font();
    bold.setBold(true);
    const int line = QFontMetrics(bold).lineSpacing();
    QCOMPARE(height(three) - height(one), 2 * line);
    // Blank lines count as lines.
    QCOMPARE(height(blank) - height(three), line);
}

void TestMessageDelegate::rightToLeftPerParagraph()
{
    const QString text = QStringLiteral("Hello there\n") + QStringLiteral("שלום עולם, hello\n")
                         + QStringLiteral("123 مرحبا بالعالم\n") + QStringLiteral("42\n")
                         + QStringLiteral("Back to English");
    const MessageText layout(text, m_view->font(), 400);
    // A paragraph with no strong character (digits only) follows the message's first one.
    QCOMPARE(layout.paragraphDirections(),
             (QList<Qt::LayoutDirection>{Qt::LeftToRight, Qt::RightToLeft, Qt::RightToLeft,
                                         Qt::LeftToRight, Qt::LeftToRight}));
    const MessageText hebrewFirst(QStringLiteral("שלום\n42"), m_view->font(), 400);
    QCOMPARE(hebrewFirst.paragraphDirections(),
             (QList<Qt::LayoutDirection>{Qt::RightToLeft, Qt::RightToLeft}));
}

void TestMessageDelegate::rightToLeftParagraphIsPaintedOnTheRight()
{
    const int width = 400;
    const auto inkSpan = [&](const QString &text) {
        const MessageText layout(text, m_view->font(), width);
        QImage image(width, layout.height(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setPen(Qt::black);
        layout.draw(&painter, QPointF(0, 0), Qt::blue);
        painter.end();
        int left = width;
        int right = -1;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < width; ++x) {
                if (qGray(image.pixel(x, y)) < 128) {
                    left = std::min(left, x);
                    right = std::max(right, x);
                }
            }
        }
        return std::pair{left, right};
    };
    const auto [ltrLeft, ltrRight] = inkSpan(QStringLiteral("Hello"));
    const auto [rtlLeft, rtlRight] = inkSpan(QStringLiteral("שלום"));
    QVERIFY(ltrRight > 0 && rtlRight > 0);
    QVERIFY2(ltrLeft < width / 4, qPrintable(QString::number(ltrLeft)));
    QVERIFY2(rtlRight > width * 3 / 4, qPrintable(QString::number(rtlRight)));
    QVERIFY2(rtlLeft > width / 2, qPrintable(QString::number(rtlLeft)));
}

void TestMessageDelegate::linksFound_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("links");
    QTest::newRow("https, sentence end")
        << QStringLiteral("Look at https://example.org/a?b=1#c.")
        << QStringList{QStringLiteral("https://example.org/a?b=1#c")};
    QTest::newRow("http in brackets") << QStringLiteral("(see http://example.org/x)")
                                      << QStringList{QStringLiteral("http://example.org/x")};
    QTest::newRow("bracket inside the address")
        << QStringLiteral("https://en.wikipedia.org/wiki/Signal_(software)")
        << QStringList{QStringLiteral("https://en.wikipedia.org/wiki/Signal_(software)")};
    QTest::newRow("mailto") << QStringLiteral("write to mailto:bob@example.org, please")
                            << QStringList{QStringLiteral("mailto:bob@example.org")};
    QTest::newRow("several on lines")
        << QStringLiteral("https://a.example\nhttps://b.example")
        << QStringList{QStringLiteral("https://a.example"), QStringLiteral("https://b.example")};
    QTest::newRow("other schemes are text")
        << QStringLiteral("ftp://example.org file:///etc/passwd javascript:alert(1) "
                          "data:text/html,hi example.org www.example.org")
        << QStringList{};
    QTest::newRow("scheme inside a word")
        << QStringLiteral("xhttps://example.org") << QStringList{};
    QTest::newRow("no host") << QStringLiteral("https:// nothing") << QStringList{};
    QTest::newRow("markup around") << QStringLiteral("<a href=\"https://evil.example\">x</a>")
                                   << QStringList{QStringLiteral("https://evil.example")};
}

void TestMessageDelegate::linksFound()
{
    QFETCH(QString, text);
    QFETCH(QStringList, links);
    QStringList found;
    for (const MessageText::Link &link : MessageText::findLinks(text)) {
        found.append(link.url.toString());
        // The range names exactly the text of the address.
        QCOMPARE(text.mid(link.start, link.length), link.url.toString());
    }
    QCOMPARE(found, links);
}

void TestMessageDelegate::onlyWebAndMailAreOpenable()
{
    QVERIFY(MessageText::isOpenable(QUrl(QStringLiteral("https://example.org"))));
    QVERIFY(MessageText::isOpenable(QUrl(QStringLiteral("http://example.org"))));
    QVERIFY(MessageText::isOpenable(QUrl(QStringLiteral("mailto:bob@example.org"))));
    for (const char *url : {"file:///etc/passwd", "javascript:alert(1)", "ftp://example.org",
                            "data:text/html,hi", "signalbox://x", "https://"}) {
        QVERIFY2(!MessageText::isOpenable(QUrl(QString::fromLatin1(url))), url);
        QVERIFY2(!MessageDelegate::openLink(QUrl(QString::fromLatin1(url))), url);
    }
    QVERIFY(m_catcher.opened.isEmpty());
}

void TestMessageDelegate::linkHitTestingAndClick()
{
    const QModelIndex index = showMessage(QStringLiteral("see https://example.org/page now"));
    QVERIFY(index.isValid());
    m_view->scrollTo(index);
    const QRect body = m_delegate->bodyRect(index);
    QVERIFY(!body.isEmpty());
    const int y = body.top() + QFontMetrics(m_view->font()).height() / 2;
    // Scan the first line: the link is a run of points in the middle, text on both sides.
    int first = -1;
    int last = -1;
    for (int x = body.left(); x < body.right(); ++x) {
        if (m_delegate->linkAt(index, QPoint(x, y))
            == QUrl(QStringLiteral("https://example.org/page"))) {
            if (first < 0)
                first = x;
            last = x;
        }
    }
    QVERIFY2(first > body.left() + 5, qPrintable(QString::number(first)));
    QVERIFY(last > first + 20);
    QVERIFY(m_delegate->linkAt(index, QPoint(body.left() + 2, y)).isEmpty());
    QVERIFY(m_delegate->linkAt(index, QPoint(last + 30, y)).isEmpty());
    // Below the text there is no link either.
    QVERIFY(m_delegate->linkAt(index, QPoint((first + last) / 2, body.bottom() + 20)).isEmpty());

    // A click on the word "see" selects the message and opens nothing.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, QPoint(body.left() + 2, y));
    QCOMPARE(m_view->currentIndex(), index);
    QVERIFY(m_catcher.opened.isEmpty());
    // A click on the link opens it in the desktop's browser.
    QSignalSpy opened(m_delegate, &MessageDelegate::linkOpened);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, QPoint((first + last) / 2, y));
    QCOMPARE(m_catcher.opened, QList<QUrl>{QUrl(QStringLiteral("https://example.org/page"))});
    QCOMPARE(opened.size(), 1);
}

void TestMessageDelegate::returnOpensTheFirstLink()
{
    const QModelIndex plain = showMessage(QStringLiteral("no link here"));
    const Message withLinks = m_store->send(
        m_bob, m_alice, QStringLiteral("mail mailto:bob@example.org or https://example.org"));
    m_model->setPeer(m_bob.id);
    m_view->setFocus();
    m_view->setCurrentIndex(
        m_model->indexForMessage(plain.data(ThreadModel::MessageIdRole).toLongLong()));
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QVERIFY(m_catcher.opened.isEmpty());
    m_view->setCurrentIndex(m_model->indexForMessage(withLinks.id));
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QCOMPARE(m_catcher.opened, QList<QUrl>{QUrl(QStringLiteral("mailto:bob@example.org"))});
}

void TestMessageDelegate::markupShownLiterally()
{
    const QString text = QStringLiteral("<b>not bold</b> &amp; <img src=x onerror=alert(1)>\n"
                                        "<a href='https://x.example'>click</a>");
    const QModelIndex index = showMessage(text);
    const auto layout = m_delegate->textLayout(index);
    QCOMPARE(layout->plainText(), text);
    // Only the address itself is a link, shown as the characters it is.
    QCOMPARE(layout->links().size(), 1);
    QCOMPARE(layout->links().first().url, QUrl(QStringLiteral("https://x.example")));

    // The selectable text is plain text too.
    QPlainTextEdit *editor = qobject_cast<QPlainTextEdit *>(
        m_delegate->createEditor(m_view->viewport(), QStyleOptionViewItem(), index));
    QVERIFY(editor);
    m_delegate->setEditorData(editor, index);
    QCOMPARE(editor->toPlainText(), text);
    QVERIFY(editor->isReadOnly());
    delete editor;
}

void TestMessageDelegate::seenOnOwnMessagesFollowsTheReadFlag()
{
    const Message mine = m_store->send(m_alice, m_bob, QStringLiteral("Did you get it?"));
    const Message theirs = m_store->send(m_bob, m_alice, QStringLiteral("Not yet"));
    m_model->setPeer(m_bob.id);
    const QString seen = MessageDelegate::tr("Seen");
    const QModelIndex myIndex = m_model->indexForMessage(mine.id);
    QVERIFY(!MessageDelegate::metaText(myIndex, m_alice.id).contains(seen));

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    SB_VERIFY_OK(m_store->store().messages().markRead(m_bob, mine.id));
    // Live: the model heard the store and the row says so.
    QVERIFY(!changed.isEmpty());
    QVERIFY(
        MessageDelegate::metaText(m_model->indexForMessage(mine.id), m_alice.id).contains(seen));
    // A message the viewer received never says "Seen", read or not.
    SB_VERIFY_OK(m_store->store().messages().markRead(m_alice, theirs.id));
    QVERIFY(
        !MessageDelegate::metaText(m_model->indexForMessage(theirs.id), m_alice.id).contains(seen));
}

void TestMessageDelegate::daySeparatorsBetweenDays()
{
    test::ManualClock clock(m_store->store());
    const QDateTime morning(QDate(2026, 11, 28), QTime(9, 0), Qt::LocalTime);
    clock.set(morning.toUTC());
    const Message a = m_store->send(m_bob, m_alice, QStringLiteral("first of the day"));
    clock.advance(60 * 1000);
    const Message b = m_store->send(m_alice, m_bob, QStringLiteral("same day"));
    clock.advance(60 * 1000);
    const Message reply = m_store->send(m_bob, m_alice, QStringLiteral("reply"), b.id);
    clock.set(morning.addDays(1).toUTC());
    const Message c = m_store->send(m_bob, m_alice, QStringLiteral("next day"));
    m_model->setPeer(m_bob.id);

    const auto day = [&](const Message &m) {
        return m_model->indexForMessage(m.id).data(ThreadModel::DaySeparatorRole).toDate();
    };
    QCOMPARE(day(a), QDate(2026, 11, 28));
    QVERIFY(!day(b).isValid());
    QVERIFY(!day(reply).isValid()); // replies nest under their root
    QCOMPARE(day(c), QDate(2026, 11, 29));

    // A new root on the next day after c: no separator; c keeps its own.
    clock.advance(1000);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const Message d = m_store->send(m_bob, m_alice, QStringLiteral("later that day"));
    QVERIFY(!day(d).isValid());
    QCOMPARE(day(c), QDate(2026, 11, 29));
    // Removing the first message of the 29th gives the separator to the next one, and tells
    // the view that row changed.
    changed.clear();
    SB_VERIFY_OK(m_store->store().messages().remove(m_bob, c.id));
    QCOMPARE(day(d), QDate(2026, 11, 29));
    bool told = false;
    for (const auto &args : std::as_const(changed))
        told = told || args.at(0).toModelIndex() == m_model->indexForMessage(d.id);
    QVERIFY(told);
}

void TestMessageDelegate::dayLabels()
{
    const QDate today(2026, 12, 1);
    QCOMPARE(MessageDelegate::dayLabel(today, today), QStringLiteral("Today"));
    QCOMPARE(MessageDelegate::dayLabel(today.addDays(-1), today), QStringLiteral("Yesterday"));
    QCOMPARE(MessageDelegate::dayLabel(QDate(2026, 11, 28), today), QStringLiteral("28 November"));
    QCOMPARE(MessageDelegate::dayLabel(QDate(2025, 11, 28), today),
             QStringLiteral("28 November 2025"));
}

void TestMessageDelegate::newMessagesLineAboveFirstUnread()
{
    test::ManualClock clock(m_store->store());
    const Message read = m_store->send(m_bob, m_alice, QStringLiteral("already read"));
    SB_VERIFY_OK(m_store->store().messages().markRead(m_alice, read.id));
    clock.advance(1000);
    const Message mine = m_store->send(m_alice, m_bob, QStringLiteral("mine"));
    clock.advance(1000);
    const Message first = m_store->send(m_bob, m_alice, QStringLiteral("first unread"));
    clock.advance(1000);
    const Message second = m_store->send(m_bob, m_alice, QStringLiteral("second unread"));
    m_model->setPeer(m_bob.id);
    const auto marked = [&](const Message &m) {
        return m_model->indexForMessage(m.id).data(ThreadModel::FirstUnreadRole).toBool();
    };
    QCOMPARE(m_model->firstUnreadAtOpen(), first.id);
    QVERIFY(!marked(read));
    QVERIFY(!marked(mine));
    QVERIFY(marked(first));
    QVERIFY(!marked(second));

    QStyleOptionViewItem option;
    option.font = m_view->font();
    const int withLine = m_delegate->sizeHint(option, m_model->indexForMessage(first.id)).height();
    const int without = m_delegate->sizeHint(option, m_model->indexForMessage(second.id)).height();
    QVERIFY(withLine > without);

    // Reading it while the conversation is open keeps the line where it was.
    SB_VERIFY_OK(m_store->store().messages().markRead(m_alice, first.id));
    QVERIFY(marked(first));
    // Opened again with everything before `second` read, the line moves to it.
    m_model->setPeer(m_bob.id);
    QVERIFY(!marked(first));
    QVERIFY(marked(second));
    SB_VERIFY_OK(m_store->store().messages().markRead(m_alice, second.id));
    m_model->setPeer(m_bob.id);
    QCOMPARE(m_model->firstUnreadAtOpen(), Id(0));
}

void TestMessageDelegate::doubleClickOpensSelectableText()
{
    const QString text = QStringLiteral("Copy only this word please");
    const QModelIndex index = showMessage(text);
    m_view->scrollTo(index);
    const QRect body = m_delegate->bodyRect(index);
    const QFontMetrics metrics(m_view->font());
    // On the word "only" (the second one).
    const QPoint onWord(body.left() + metrics.horizontalAdvance(QStringLiteral("Copy o")) + 2,
                        body.top() + metrics.height() / 2);
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, onWord);
    QPlainTextEdit *editor = nullptr;
    QTRY_VERIFY((editor = m_view->findChild<QPlainTextEdit *>(QStringLiteral("messageTextView"))));
    QVERIFY(editor->isVisible());
    QVERIFY(editor->isReadOnly());
    QVERIFY(!editor->accessibleName().isEmpty());
    QCOMPARE(editor->toPlainText(), text);
    QVERIFY(editor->textInteractionFlags() & Qt::TextSelectableByMouse);
    // The word under the double click is selected, and copying takes just that part.
    QCOMPARE(editor->textCursor().selectedText().trimmed(), QStringLiteral("only"));
    editor->copy();
    QCOMPARE(QGuiApplication::clipboard()->text().trimmed(), QStringLiteral("only"));
    // The message itself is unchanged, and Esc closes the text.
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(
        !m_view->findChild<QPlainTextEdit *>(QStringLiteral("messageTextView"))
        || !m_view->findChild<QPlainTextEdit *>(QStringLiteral("messageTextView"))->isVisible());
    QCOMPARE(m_store->store()
                 .messages()
                 .get(m_alice, index.data(ThreadModel::MessageIdRole).toLongLong())
                 ->content,
             text);
}

// Nested replies at 800x600 in French: the name is shortened first, the time and the
// "(modifié)" mark stay whole, "Vu" goes before the time is cut.
void TestMessageDelegate::narrowHeaderKeepsTimeAndMark()
{
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics name(bold);
    const QFontMetrics meta(m_view->font());
    const QString sender = QStringLiteral("Bartholomew-Longname");
    const QString time = QStringLiteral("28 nov., 10:11  (modifié)");
    const QString seen = QStringLiteral("Vu");
    const int full = name.horizontalAdvance(sender) + 10
                     + meta.horizontalAdvance(time + QStringLiteral("  ") + seen);

    auto header = MessageDelegate::fitHeader(sender, time, seen, name, meta, full + 20);
    QCOMPARE(header.name, sender);
    QCOMPARE(header.meta, time + QStringLiteral("  ") + seen);

    // Less room: the name gives way, all of the rest stays.
    header = MessageDelegate::fitHeader(sender, time, seen, name, meta, full - 60);
    QVERIFY(header.name.endsWith(QChar(0x2026)));
    QVERIFY(header.name.size() >= 2);
    QCOMPARE(header.meta, time + QStringLiteral("  ") + seen);

    // Room for one letter of the name and the time: "Vu" goes, the time and mark stay.
    const int tight = name.horizontalAdvance(QStringLiteral("B") + QChar(0x2026)) + 10
                      + meta.horizontalAdvance(time) + 2;
    header = MessageDelegate::fitHeader(sender, time, seen, name, meta, tight);
    QCOMPARE(header.name, QStringLiteral("B") + QChar(0x2026));
    QCOMPARE(header.meta, time);
    QVERIFY(name.horizontalAdvance(header.name) + 10 + meta.horizontalAdvance(header.meta)
            <= tight);
}

QTEST_MAIN(TestMessageDelegate)
#include "tst_messagedelegate.moc"
