#include "application.h"
#include "apptest.h"
#include "composer.h"
#include "historyrepository.h"
#include "hostiletext.h"
#include "mainwindow.h"
#include "messagerepository.h"
#include "newconversationdialog.h"
#include "signindialog.h"
#include "storeassert.h"
#include "storedump.h"
#include "storeurl.h"
#include "teststore.h"
#include "threadmodel.h"
#include "userrepository.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTimer>
#include <QTreeView>

using namespace signalbox;

namespace {

// A password that must never appear in anything the app shows.
const QString Secret = QStringLiteral("hunter2-Secret");
const QString GoodPassword = QStringLiteral("a-good-password");

// QTest types Latin-1 only (it sends one key event per character, as Latin-1): printable text of
// that kind is typed key by key, anything else is put in as a paste would.
bool typeable(const QString &text)
{
    if (text.size() > 300)
        return false;
    for (const QChar c : text) {
        if (c.unicode() > 0xFF || !c.isPrint())
            return false;
    }
    return true;
}

void enterText(QPlainTextEdit *editor, const QString &text)
{
    editor->setFocus();
    if (typeable(text))
        QTest::keyClicks(editor, text);
    else
        editor->setPlainText(text);
}

void enterText(QLineEdit *edit, const QString &text)
{
    edit->clear();
    edit->setFocus();
    if (typeable(text))
        QTest::keyClicks(edit, text);
    else
        edit->setText(text);
}

// A text box holds paragraphs: every kind of line break in what was put in comes out as "\n".
QString asParagraphs(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    for (const QChar lineBreak : {QChar(u'\r'), QChar(0x2028), QChar(0x2029)})
        text.replace(lineBreak, QLatin1Char('\n'));
    return text;
}

// What a person reads: rich text (QLabel's AutoText, any tool tip) is rendered first.
QString rendered(const QString &text, Qt::TextFormat format)
{
    const bool rich
        = format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
    if (!rich)
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

QString renderedLabel(const QLabel *label)
{
    return rendered(label->text(), label->textFormat());
}

// Every file and folder under dir, relative to it.
QStringList entriesUnder(const QString &dir)
{
    QStringList entries;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        entries.append(QDir(dir).relativeFilePath(it.next()));
    entries.sort();
    return entries;
}

} // namespace

// The hostile texts of tests/support/hostiletext.h typed into the app's own widgets: the
// composer (sending and editing), the sign-in dialog (creating an account, signing in), the
// new-conversation filter, and the store given on the command line. Each is stored exactly and
// shown as written, or refused with the error next to the field and nothing in the store changed.
class TestHostileInputApp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void composerSends_data() { test::addHostileColumns(); }
    void composerSends();
    void composerEdits_data() { test::addHostileColumns(); }
    void composerEdits();
    void replyQuotesAsWritten_data() { test::addHostileColumns(); }
    void replyQuotesAsWritten();
    void createsAccounts_data() { test::addHostileColumns(); }
    void createsAccounts();
    void signsIn_data() { test::addHostileColumns(); }
    void signsIn();
    void filtersPeople_data() { test::addHostileColumns(); }
    void filtersPeople();
    void refusesStoreUrls_data();
    void refusesStoreUrls();

private:
    // alice's window on her conversation with bob; carol and dave have one message of their own.
    void openAlicesWindow();
    QPlainTextEdit *editor() const
    {
        return test::child<QPlainTextEdit>(m_window.get(), "composerEdit");
    }
    // Fills in and submits the sign-in dialog (in its current mode); true when it signed in.
    bool submitSignIn(const QString &username, const QString &password);
    // Runs the application as main() does and returns what its start-up error box said.
    QStringList runAndReadErrorBox(const QStringList &arguments, int *exitCode);

    std::unique_ptr<test::TestStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SignInDialog> m_dialog;
    User m_alice;
    User m_bob;
    Message m_bystander;
};

void TestHostileInputApp::initTestCase()
{
    test::useFastPasswordHashing();
    test::isolateSettings();
}

void TestHostileInputApp::init()
{
    test::isolateSettings();
    m_store = std::make_unique<test::TestStore>();
    QVERIFY(m_store->isValid());
}

void TestHostileInputApp::cleanup()
{
    m_dialog.reset();
    m_window.reset();
    m_store.reset();
    qunsetenv("SIGNALBOX_DB");
}

void TestHostileInputApp::openAlicesWindow()
{
    m_alice = m_store->addUser(QStringLiteral("alice"));
    m_bob = m_store->addUser(QStringLiteral("bob"));
    const User carol = m_store->addUser(QStringLiteral("carol"));
    const User dave = m_store->addUser(QStringLiteral("dave"));
    m_bystander = m_store->send(carol, dave, QStringLiteral("not yours"));
    QVERIFY(m_alice.isValid() && m_bob.isValid() && m_bystander.isValid());
    m_window = std::make_unique<MainWindow>(&m_store->store(), m_alice);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->openConversation(m_bob);
    QCOMPARE(m_window->peer().id, m_bob.id);
    QVERIFY(editor() && editor()->isEnabled());
}

void TestHostileInputApp::composerSends()
{
    QFETCH(QString, text);
    QFETCH(bool, validMessage);
    openAlicesWindow();
    if (QTest::currentTestFailed())
        return;
    const auto before = test::dumpAll(m_store->store());

    enterText(editor(), text);
    const QString written = m_window->composer()->text();
    QCOMPARE(written, asParagraphs(text));
    QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);

    auto *error = test::child<QLabel>(m_window.get(), "composerError");
    QVERIFY(error);
    if (!validMessage) {
        // A clear error under the text box, the text kept for another try, the store as it was.
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(error->textFormat(), Qt::PlainText);
        QVERIFY(!m_window->lastError().isEmpty());
        QCOMPARE(m_window->composer()->text(), written);
        QCOMPARE(m_window->composer()->mode(), Composer::Mode::Compose);
        QVERIFY(test::dumpAll(m_store->store()) == before);
        return;
    }
    QVERIFY2(m_window->lastError().isEmpty(), qPrintable(m_window->lastError()));
    QVERIFY(!error->isVisible());
    QCOMPARE(m_window->composer()->text(), QString());

    // Stored exactly: read back from the file on a connection of its own, as bob.
    auto other = Store::open(m_store->path());
    SB_VERIFY_OK(other);
    auto conversation = (*other)->messages().conversation(m_bob, m_alice.id);
    SB_VERIFY_OK(conversation);
    QCOMPARE(conversation->size(), 1);
    const Message sent = conversation->constFirst();
    QCOMPARE(sent.content, written);
    QCOMPARE(sent.senderId, m_alice.id);

    // Shown exactly: the thread view's model, and the selection the window moved to it.
    const QModelIndex index = m_window->threadModel()->indexForMessage(sent.id);
    QVERIFY(index.isValid());
    QCOMPARE(index.data(Qt::DisplayRole).toString(), written);
    QCOMPARE(index.data(ThreadModel::ContentRole).toString(), written);
    QCOMPARE(m_window->selectedMessage().id, sent.id);

    // Nothing else changed: the schema, the users, the bystanders' message.
    const auto after = test::dumpAll(m_store->store());
    QCOMPARE(after.value(QStringLiteral("(schema)")), before.value(QStringLiteral("(schema)")));
    QCOMPARE(after.value(QStringLiteral("users")), before.value(QStringLiteral("users")));
    QCOMPARE(after.value(QStringLiteral("messages")).constFirst(),
             before.value(QStringLiteral("messages")).constFirst());
}

void TestHostileInputApp::composerEdits()
{
    QFETCH(QString, text);
    QFETCH(bool, validMessage);
    const QString original = QStringLiteral("original");
    openAlicesWindow();
    if (QTest::currentTestFailed())
        return;
    const Message mine = m_store->send(m_alice, m_bob, original);
    QVERIFY(mine.isValid());
    QTRY_VERIFY(m_window->threadModel()->indexForMessage(mine.id).isValid());
    const auto before = test::dumpAll(m_store->store());

    // Ctrl+E on the selected message, as a person edits.
    QVERIFY(m_window->selectMessage(mine.id));
    auto *thread = test::child<QTreeView>(m_window.get(), "threadView");
    thread->setFocus();
    QTest::keyClick(thread, Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(m_window->composer()->mode(), Composer::Mode::Edit);
    QCOMPARE(m_window->composer()->text(), original);
    editor()->selectAll();
    QTest::keyClick(editor(), Qt::Key_Backspace);
    enterText(editor(), text);
    const QString written = m_window->composer()->text();
    QCOMPARE(written, asParagraphs(text));
    QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);

    auto *error = test::child<QLabel>(m_window.get(), "composerError");
    if (!validMessage) {
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(!m_window->lastError().isEmpty());
        QCOMPARE(m_window->composer()->mode(), Composer::Mode::Edit);
        QCOMPARE(m_window->composer()->text(), written);
        QCOMPARE(m_store->store().messages().get(m_bob, mine.id)->content, original);
        QCOMPARE(m_window->threadModel()->indexForMessage(mine.id).data().toString(), original);
        QVERIFY(test::dumpAll(m_store->store()) == before);
        return;
    }
    QVERIFY2(m_window->lastError().isEmpty(), qPrintable(m_window->lastError()));
    QVERIFY(!error->isVisible());
    QCOMPARE(m_window->composer()->mode(), Composer::Mode::Compose);

    auto other = Store::open(m_store->path());
    SB_VERIFY_OK(other);
    auto edited = (*other)->messages().get(m_bob, mine.id);
    SB_VERIFY_OK(edited);
    QCOMPARE(edited->content, written);
    QVERIFY(edited->edited);
    auto history = (*other)->history().forMessage(m_bob, mine.id);
    SB_VERIFY_OK(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->constFirst().oldContent, original);
    const QModelIndex index = m_window->threadModel()->indexForMessage(mine.id);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), written);
    QCOMPARE(index.data(ThreadModel::ContentRole).toString(), written);
    QVERIFY(index.data(ThreadModel::EditedRole).toBool());

    // Editing it again quotes the new text in the mode bar exactly as written, markup included.
    QVERIFY(m_window->selectMessage(mine.id));
    thread->setFocus();
    QTest::keyClick(thread, Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(m_window->composer()->mode(), Composer::Mode::Edit);
    QCOMPARE(m_window->composer()->text(), written);
    auto *modeLabel = test::child<QLabel>(m_window.get(), "composerModeLabel");
    QVERIFY(modeLabel->isVisible());
    QVERIFY(modeLabel->text().contains(written.simplified().left(40)));
    QCOMPARE(renderedLabel(modeLabel), modeLabel->text());
    QCOMPARE(rendered(modeLabel->toolTip(), Qt::AutoText).simplified(),
             modeLabel->text().simplified());
}

// bob's hostile message, answered with Ctrl+R: the reply bar quotes it as written.
void TestHostileInputApp::replyQuotesAsWritten()
{
    QFETCH(QString, text);
    QFETCH(bool, validMessage);
    if (!validMessage)
        QSKIP("the store refuses this text, so nobody can receive it");
    openAlicesWindow();
    if (QTest::currentTestFailed())
        return;
    const Message received = m_store->send(m_bob, m_alice, text);
    QVERIFY(received.isValid());
    QTRY_VERIFY(m_window->threadModel()->indexForMessage(received.id).isValid());
    QVERIFY(m_window->selectMessage(received.id));
    auto *thread = test::child<QTreeView>(m_window.get(), "threadView");
    thread->setFocus();
    QTest::keyClick(thread, Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(m_window->composer()->mode(), Composer::Mode::Reply);
    auto *modeLabel = test::child<QLabel>(m_window.get(), "composerModeLabel");
    QVERIFY(modeLabel->text().contains(QStringLiteral("bob")));
    QVERIFY(modeLabel->text().contains(text.simplified().left(40)));
    QCOMPARE(renderedLabel(modeLabel), modeLabel->text());
    QCOMPARE(rendered(modeLabel->toolTip(), Qt::AutoText).simplified(),
             modeLabel->text().simplified());
}

bool TestHostileInputApp::submitSignIn(const QString &username, const QString &password)
{
    enterText(test::child<QLineEdit>(m_dialog.get(), "usernameEdit"), username);
    enterText(test::child<QLineEdit>(m_dialog.get(), "passwordEdit"), password);
    auto *confirm = test::child<QLineEdit>(m_dialog.get(), "confirmEdit");
    if (confirm->isVisible())
        enterText(confirm, password);
    QSignalSpy signedIn(m_dialog.get(), &SignInDialog::signedIn);
    QTest::mouseClick(test::child<QPushButton>(m_dialog.get(), "submitButton"), Qt::LeftButton);
    return signedIn.count() == 1;
}

void TestHostileInputApp::createsAccounts()
{
    QFETCH(QString, text);
    QFETCH(bool, validUsername);
    QFETCH(bool, validPassword);
    const auto createAccount = [this](const QString &username, const QString &password) {
        m_dialog = std::make_unique<SignInDialog>(&m_store->store());
        m_dialog->show();
        QTest::mouseClick(test::child<QPushButton>(m_dialog.get(), "modeButton"), Qt::LeftButton);
        return m_dialog->mode() == SignInDialog::Mode::CreateAccount
               && submitSignIn(username, password);
    };
    const auto errorOf = [this](const char *name) {
        auto *label = test::child<QLabel>(m_dialog.get(), name);
        return label && label->isVisible() ? renderedLabel(label) : QString();
    };

    // The text as a username, with a good password.
    auto before = test::dumpAll(m_store->store());
    const bool created = createAccount(text, GoodPassword);
    // The field keeps everything put in, however long: a name over the limit is refused with
    // an error next to the field, never cut silently into another name. What the field holds
    // (trimmed) is the name asked for.
    const QString inField = test::child<QLineEdit>(m_dialog.get(), "usernameEdit")->text();
    QCOMPARE(inField, text);
    const QString name = inField.trimmed();
    QCOMPARE(created, validUsername);
    if (created) {
        QCOMPARE(m_dialog->user().username, name);
        auto found = m_store->store().users().byName(name);
        SB_VERIFY_OK(found);
        QCOMPARE(found->username, name);
        QCOMPARE(found->id, m_dialog->user().id);
        SB_VERIFY_OK(m_store->store().users().authenticate(name, GoodPassword));
    } else {
        QVERIFY(!errorOf("usernameError").isEmpty());
        QVERIFY2(errorOf("passwordError").isEmpty(), qPrintable(errorOf("passwordError")));
        QVERIFY(m_dialog->isVisible());
        QVERIFY(test::dumpAll(m_store->store()) == before);
    }

    // The text as a password, for a plain username.
    before = test::dumpAll(m_store->store());
    const QString holder = QStringLiteral("holder");
    const bool withPassword = createAccount(holder, text);
    QCOMPARE(withPassword, validPassword);
    if (withPassword) {
        SB_VERIFY_OK(m_store->store().users().authenticate(holder, text));
        SB_VERIFY_ERROR(m_store->store().users().authenticate(holder, text + QLatin1Char('!')),
                        StoreError::WrongPassword);
        // The dialog forgets what was typed.
        QCOMPARE(test::child<QLineEdit>(m_dialog.get(), "passwordEdit")->text(), QString());
    } else {
        QVERIFY(!errorOf("passwordError").isEmpty());
        QVERIFY(errorOf("usernameError").isEmpty());
        QVERIFY(test::dumpAll(m_store->store()) == before);
    }
}

void TestHostileInputApp::signsIn()
{
    QFETCH(QString, text);
    QFETCH(bool, validUsername);
    QFETCH(bool, validPassword);
    if (validUsername)
        SB_VERIFY_OK(m_store->store().users().create(text, GoodPassword));
    const QString holder = QStringLiteral("holder");
    SB_VERIFY_OK(m_store->store().users().create(holder, validPassword ? text : GoodPassword));
    const auto before = test::dumpAll(m_store->store());
    const auto freshDialog = [this] {
        m_dialog = std::make_unique<SignInDialog>(&m_store->store());
        m_dialog->show();
    };
    const auto errorOf = [this](const char *name) {
        auto *label = test::child<QLabel>(m_dialog.get(), name);
        return label && label->isVisible() ? renderedLabel(label) : QString();
    };

    // The text as the username.
    freshDialog();
    QCOMPARE(submitSignIn(text, GoodPassword), validUsername);
    if (validUsername) {
        QCOMPARE(m_dialog->user().username, text);
    } else {
        const QString shown = errorOf("usernameError");
        QVERIFY(!shown.isEmpty());
        // An unknown name is quoted as it stands in the field (trimmed), never read as markup;
        // one longer than any account's name is not quoted: the error gives the limit.
        const QString inField = test::child<QLineEdit>(m_dialog.get(), "usernameEdit")->text();
        QCOMPARE(inField, text);
        if (inField.trimmed().size() > UserRepository::MaxUsernameLength) {
            QVERIFY2(shown.contains(QString::number(UserRepository::MaxUsernameLength)),
                     qPrintable(shown));
            QVERIFY(shown.size() < 200);
        } else {
            QVERIFY2(shown.contains(inField.trimmed()), qPrintable(shown));
        }
        QVERIFY(m_dialog->isVisible());
    }

    // The text as the password of an existing account: it opens that account only when it is
    // its password; any other password is refused next to the password field.
    freshDialog();
    QCOMPARE(submitSignIn(holder, text), validPassword);
    if (validPassword) {
        QCOMPARE(m_dialog->user().username, holder);
        freshDialog();
        QVERIFY(!submitSignIn(holder, text + QLatin1Char('!')));
    }
    QVERIFY(!m_dialog->user().isValid());
    QVERIFY(!errorOf("passwordError").isEmpty());
    QVERIFY(errorOf("usernameError").isEmpty());
    QVERIFY(m_dialog->isVisible());
    // Signing in, or failing to, writes nothing.
    QVERIFY(test::dumpAll(m_store->store()) == before);
}

void TestHostileInputApp::filtersPeople()
{
    QFETCH(QString, text);
    const QStringList people
        = {QStringLiteral("bob"), QStringLiteral("mallory@example.org"),
           QString(150, QLatin1Char('u')), QStringLiteral("Zoë_Ångström-ı.ß+日本")};
    for (const QString &name : people)
        QVERIFY(m_store->addUser(name).isValid());
    m_alice = m_store->addUser(QStringLiteral("alice"));
    m_window = std::make_unique<MainWindow>(&m_store->store(), m_alice);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const auto before = test::dumpAll(m_store->store());

    test::child<QAction>(m_window.get(), "actionNewConversation")->trigger();
    QPointer<NewConversationDialog> dialog = m_window->findChild<NewConversationDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *filter = test::child<QLineEdit>(dialog, "filterEdit");
    QVERIFY(filter);
    enterText(filter, text);
    QCOMPARE(filter->text(), text);

    // Everyone whose name holds the (trimmed) text, whatever the case; the text is no pattern.
    QStringList expected;
    for (const QString &name : people) {
        if (name.contains(text.trimmed(), Qt::CaseInsensitive))
            expected.append(name);
    }
    QStringList listed;
    auto *list = test::child<QListView>(dialog, "userList");
    for (int row = 0; row < list->model()->rowCount(); ++row)
        listed.append(list->model()->index(row, 0).data(Qt::DisplayRole).toString());
    expected.sort();
    listed.sort();
    QCOMPARE(listed, expected);

    auto *empty = test::child<QLabel>(dialog, "emptyLabel");
    QCOMPARE(empty->isVisible(), expected.isEmpty());
    if (expected.isEmpty()) {
        // "Nobody matches …" quotes the text as typed, never as markup.
        QVERIFY2(renderedLabel(empty).contains(text), qPrintable(renderedLabel(empty)));
    } else if (expected.size() == 1) {
        QTest::mouseClick(test::child<QPushButton>(dialog, "startConversationButton"),
                          Qt::LeftButton);
        QCOMPARE(m_window->peer().username, expected.constFirst());
    }
    if (dialog)
        dialog->reject();
    QVERIFY(test::dumpAll(m_store->store()) == before);
}

void TestHostileInputApp::refusesStoreUrls_data()
{
    QTest::addColumn<QString>("url"); // "%1" stands for a fresh folder, also the working folder
    QTest::addColumn<bool>("viaEnvironment");
    QTest::addColumn<int>("code"); // -1: opens
    QTest::addColumn<QString>("created");

    const int opens = -1;
    const int invalid = StoreError::InvalidInput;
    const int cannotOpen = StoreError::CannotOpen;
    QTest::newRow("SQL in the file name")
        << QStringLiteral("%1/x'; DROP TABLE users; --.sqlite3") << false << opens
        << QStringLiteral("x'; DROP TABLE users; --.sqlite3");
    QTest::newRow("quotes and spaces in the file name")
        << QStringLiteral("%1/my \"store\" 'x'.sqlite3") << false << opens
        << QStringLiteral("my \"store\" 'x'.sqlite3");
    QTest::newRow("right-to-left override in the file name")
        << QStringLiteral("%1/store\u202Egnp.sqlite3") << false << opens
        << QStringLiteral("store\u202Egnp.sqlite3");
    QTest::newRow("markup in the file name") << QStringLiteral("%1/<b>bold</b>.sqlite3") << false
                                             << opens << QStringLiteral("<b>bold</b>.sqlite3");
    QTest::newRow("sqlite: and a folder to make")
        << QStringLiteral("sqlite:%1/new folder/s.sqlite3") << false << opens
        << QStringLiteral("new folder/s.sqlite3");
    QTest::newRow("SIGNALBOX_DB with SQL in the name")
        << QStringLiteral("%1/'; DELETE FROM users; --") << true << opens
        << QStringLiteral("'; DELETE FROM users; --");
    QTest::newRow("sqlite: without a path")
        << QStringLiteral("sqlite:") << false << cannotOpen << QString();
    QTest::newRow("a folder") << QStringLiteral("%1") << false << cannotOpen << QString();
    QTest::newRow("a folder that cannot be made")
        << QStringLiteral("/proc/signalbox-hostile/s.sqlite3") << false << cannotOpen << QString();
    QTest::newRow("a file name too long")
        << (QStringLiteral("%1/") + QString(300, QLatin1Char('n'))) << false << cannotOpen
        << QString();
    QTest::newRow("NUL in the path")
        << (QStringLiteral("%1/a") + QChar(0) + QStringLiteral("b.sqlite3")) << false << invalid
        << QString();
    QTest::newRow("another scheme")
        << QStringLiteral("mysql://root:%1@db.example.org/store").arg(Secret) << false << invalid
        << QString();
    QTest::newRow("SIGNALBOX_DB with another scheme")
        << QStringLiteral("mysql://root:%1@db.example.org/store").arg(Secret) << true << invalid
        << QString();
    QTest::newRow("misspelt postgresql")
        << QStringLiteral("postgressql://signalbox:%1@localhost/signalbox").arg(Secret) << false
        << invalid << QString();
    QTest::newRow("file URL") << QStringLiteral("file://%1/f.sqlite3") << false << invalid
                              << QString();
    QTest::newRow("PostgreSQL without a host")
        << QStringLiteral("postgresql://u:%1@/db").arg(Secret) << false << invalid << QString();
    QTest::newRow("PostgreSQL with a bad port")
        << QStringLiteral("postgresql://u:%1@localhost:99999/db").arg(Secret) << false << invalid
        << QString();
    QTest::newRow("PostgreSQL with SQL for a database")
        << QStringLiteral("postgresql://u:%1@127.0.0.1:1/x;DROP DATABASE y").arg(Secret) << false
        << cannotOpen << QString();
    QTest::newRow("PostgreSQL server not there")
        << QStringLiteral("postgresql://u:%1@127.0.0.1:1/db").arg(Secret) << false << cannotOpen
        << QString();
}

QStringList TestHostileInputApp::runAndReadErrorBox(const QStringList &arguments, int *exitCode)
{
    QStringList seen;
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            // A store named on the command line that is not there is asked about first: the
            // person says "create it", and then sees why it cannot be.
            if (box && box->objectName() == QLatin1String("newStoreBox") && box->isVisible()) {
                if (auto *create
                    = box->findChild<QPushButton *>(QStringLiteral("createStoreButton")))
                    create->click();
                continue;
            }
            if (!box || box->objectName() != QLatin1String("startupErrorBox") || !box->isVisible())
                continue;
            seen = {rendered(box->text(), box->textFormat()), box->informativeText()};
            box->done(QMessageBox::Close);
        }
    });
    // Whatever happens, this test does not wait for a person.
    QTimer giveUp;
    giveUp.setSingleShot(true);
    connect(&giveUp, &QTimer::timeout, qApp, [] { QCoreApplication::exit(99); });
    giveUp.start(10000);
    poll.start();
    Application app;
    *exitCode = app.run(arguments);
    return seen;
}

void TestHostileInputApp::refusesStoreUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, viaEnvironment);
    QFETCH(int, code);
    QFETCH(QString, created);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    url.replace(QLatin1String("%1"), dir.path());
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    const auto restore = qScopeGuard([&] { QDir::setCurrent(previous); });
    Application::Options options;
    if (viaEnvironment)
        qputenv("SIGNALBOX_DB", url.toLocal8Bit());
    else
        options.storeUrl = url;

    {
        Application app;
        const Status started = app.start(options);
        if (code < 0) {
            SB_VERIFY_OK(started);
            QVERIFY(app.signInDialog() && app.signInDialog()->isVisible());
            QVERIFY(QFileInfo::exists(dir.filePath(created)));
        } else {
            SB_VERIFY_ERROR(started, StoreError::Code(code));
            QVERIFY(!started.error().message.isEmpty());
            QVERIFY2(!started.error().message.contains(Secret),
                     qPrintable(started.error().message));
            QVERIFY(!app.signInDialog() && !app.mainWindow());
        }
    }
    // Only the store asked for, and its folders, appear: nowhere else, not in the working folder.
    QStringList allowed;
    for (QString path = created; !path.isEmpty(); path = QFileInfo(path).path()) {
        allowed << path << path + QStringLiteral("-wal") << path + QStringLiteral("-shm");
        if (!path.contains(QLatin1Char('/')))
            break;
    }
    for (const QString &entry : entriesUnder(dir.path()))
        QVERIFY2(allowed.contains(entry), qPrintable(entry));

    // What main() shows: the error box names the store, without its password.
    if (code < 0 || url.contains(QChar(0)))
        return; // a running app waits for a person; NUL cannot come from a command line
    int exitCode = 0;
    const QStringList box = runAndReadErrorBox(
        viaEnvironment ? QStringList{QStringLiteral("signalbox")}
                       : QStringList{QStringLiteral("signalbox"), QStringLiteral("--db"), url},
        &exitCode);
    QCOMPARE(exitCode, 1);
    QCOMPARE(box.size(), 2);
    QVERIFY(!box.at(0).isEmpty() && !box.at(1).isEmpty());
    for (const QString &text : box)
        QVERIFY2(!text.contains(Secret), qPrintable(text));
    QVERIFY2(box.at(0).contains(StoreUrl::displayTextOf(url)), qPrintable(box.at(0)));
}

QTEST_MAIN(TestHostileInputApp)
#include "tst_hostileinput_app.moc"
