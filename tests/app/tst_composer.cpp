#include "apptest.h"
#include "composer.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>

using namespace signalbox;

class TestComposer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void disabledWithoutConversation();
    void ctrlReturnSubmits();
    void replyModeShowsWhoAndEscCancels();
    void editModeKeepsTheDraft();
    void errorKeepsTheText();
    void successClearsAndReturnsToCompose();

private:
    QPlainTextEdit *editor() const
    {
        return test::child<QPlainTextEdit>(m_composer.get(), "composerEdit");
    }

    std::unique_ptr<Composer> m_composer;
};

void TestComposer::init()
{
    m_composer = std::make_unique<Composer>();
    m_composer->show();
    QVERIFY(QTest::qWaitForWindowActive(m_composer.get()));
    m_composer->setRecipient(QStringLiteral("bob"));
    editor()->setFocus();
}

void TestComposer::cleanup()
{
    m_composer.reset();
}

void TestComposer::disabledWithoutConversation()
{
    m_composer->setRecipient({});
    QVERIFY(!editor()->isEnabled());
    QVERIFY(!test::child(m_composer.get(), "sendButton")->isEnabled());
    m_composer->setRecipient(QStringLiteral("bob"));
    QVERIFY(editor()->isEnabled());
    QVERIFY(editor()->placeholderText().contains(QStringLiteral("bob")));
}

void TestComposer::ctrlReturnSubmits()
{
    QSignalSpy submitted(m_composer.get(), &Composer::submitted);
    QTest::keyClicks(editor(), QStringLiteral("Hello"));
    QTest::keyClick(editor(), Qt::Key_Return); // a plain Return is a new line
    QTest::keyClicks(editor(), QStringLiteral("Bob"));
    QCOMPARE(submitted.count(), 0);
    QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(submitted.first().at(0).value<Composer::Mode>(), Composer::Mode::Compose);
    QCOMPARE(submitted.first().at(2).toString(), QStringLiteral("Hello\nBob"));
    // The composer keeps the text until the window says it was sent.
    QCOMPARE(m_composer->text(), QStringLiteral("Hello\nBob"));
}

void TestComposer::replyModeShowsWhoAndEscCancels()
{
    QSignalSpy submitted(m_composer.get(), &Composer::submitted);
    m_composer->startReply(42, QStringLiteral("alice"), QStringLiteral("Lunch at noon?"));
    auto *bar = test::child(m_composer.get(), "composerModeBar");
    auto *label = test::child<QLabel>(m_composer.get(), "composerModeLabel");
    QVERIFY(bar->isVisible());
    QCOMPARE(label->text(), QStringLiteral("Replying to alice: “Lunch at noon?”"));

    QTest::keyClicks(editor(), QStringLiteral("Yes"));
    QTest::keyClick(editor(), Qt::Key_Enter, Qt::ControlModifier);
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(submitted.first().at(0).value<Composer::Mode>(), Composer::Mode::Reply);
    QCOMPARE(submitted.first().at(1).value<Id>(), Id(42));

    QTest::keyClick(editor(), Qt::Key_Escape);
    QCOMPARE(m_composer->mode(), Composer::Mode::Compose);
    QVERIFY(!bar->isVisible());
    QCOMPARE(m_composer->text(), QStringLiteral("Yes")); // cancelling a reply keeps the text

    m_composer->startReply(42, QStringLiteral("alice"), QStringLiteral("Lunch at noon?"));
    QTest::mouseClick(test::child<QToolButton>(m_composer.get(), "cancelModeButton"),
                      Qt::LeftButton);
    QCOMPARE(m_composer->mode(), Composer::Mode::Compose);
}

void TestComposer::editModeKeepsTheDraft()
{
    QTest::keyClicks(editor(), QStringLiteral("half a thought"));
    m_composer->startEdit(7, QStringLiteral("Old text"));
    QCOMPARE(m_composer->mode(), Composer::Mode::Edit);
    QCOMPARE(m_composer->targetId(), Id(7));
    QCOMPARE(m_composer->text(), QStringLiteral("Old text"));
    QTest::keyClick(editor(), Qt::Key_Escape);
    QCOMPARE(m_composer->text(), QStringLiteral("half a thought"));

    m_composer->startEdit(7, QStringLiteral("Old text"));
    m_composer->submitSucceeded();
    QCOMPARE(m_composer->mode(), Composer::Mode::Compose);
    QCOMPARE(m_composer->text(), QStringLiteral("half a thought"));
}

void TestComposer::errorKeepsTheText()
{
    QTest::keyClicks(editor(), QStringLiteral("Important"));
    m_composer->showError(QStringLiteral("The store is busy."));
    auto *error = test::child<QLabel>(m_composer.get(), "composerError");
    QVERIFY(error->isVisible());
    QCOMPARE(m_composer->errorText(), QStringLiteral("The store is busy."));
    QCOMPARE(m_composer->text(), QStringLiteral("Important"));
}

void TestComposer::successClearsAndReturnsToCompose()
{
    m_composer->startReply(1, QStringLiteral("alice"), QStringLiteral("Hi"));
    QTest::keyClicks(editor(), QStringLiteral("Hello"));
    m_composer->submitSucceeded();
    QCOMPARE(m_composer->text(), QString());
    QCOMPARE(m_composer->mode(), Composer::Mode::Compose);
    QCOMPARE(m_composer->targetId(), Id(0));
}

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
