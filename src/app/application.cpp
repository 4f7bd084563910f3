#include "application.h"

#include "appearance.h"
#include "appsettings.h"
#include "changefeed.h"
#include "changepassworddialog.h"
#include "changeset.h"
#include "conversationrepository.h"
#include "demodata.h"
#include "mainwindow.h"
#include "signindialog.h"
#include "singleinstance.h"
#include "startupprobe.h"
#include "store.h"
#include "storeurl.h"
#include "upgradeprogress.h"
#include "userrepository.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTranslator>

#include <cstdio>
#include <utility>

namespace signalbox {

namespace {
Q_LOGGING_CATEGORY(lcApplication, "signalbox.instance")
} // namespace

Application::Application(QObject *parent)
    : QObject(parent)
{}

Application::~Application()
{
    // Windows first: they hold models that listen to the store.
    delete m_window;
    delete m_passwordDialog;
    delete m_signIn;
}

SignInDialog *Application::signInDialog() const
{
    return m_signIn;
}

MainWindow *Application::mainWindow() const
{
    return m_window;
}

ChangePasswordDialog *Application::changePasswordDialog() const
{
    return m_passwordDialog;
}

Application::Options Application::parseArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Signalbox: direct messages with threads, edit history "
                                        "and notifications."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                tr("The store to use: a file path, sqlite:PATH or "
                                   "postgresql://user@host:port/database. Overrides SIGNALBOX_DB."),
                                tr("URL"));
    const QCommandLineOption demo(
        QStringLiteral("demo"), tr("Start with a throw-away store full of example conversations."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("The language of the user interface, e.g. de (default: the "
                                     "system's)."),
                                  tr("CODE"));
    const QCommandLineOption measure(
        QStringLiteral("measure-startup"),
        tr("Sign in as $SIGNALBOX_USER (password: $SIGNALBOX_PASSWORD), show the newest "
           "conversation, print the milliseconds to the first paint and the memory used, and "
           "quit."));
    const QCommandLineOption newInstance(
        QStringLiteral("new-instance"),
        tr("Open a window of its own even when Signalbox already runs for this store."));
    const QCommandLineOption appearance(
        QStringLiteral("appearance"),
        tr("Light or dark for this run: system, light or dark (default: as chosen in View ▸ "
           "Appearance)."),
        tr("MODE"));
    parser.addOptions({db, demo, lang, measure, newInstance, appearance});

    Options options;
    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    options.measureStartup = parser.isSet(measure);
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        options.error
            = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return options;
    }
    options.storeUrl = parser.value(db);
    options.demo = parser.isSet(demo);
    options.language = parser.value(lang);
    options.newInstance = parser.isSet(newInstance);
    options.appearance = parser.value(appearance);
    if (!options.appearance.isEmpty() && !AppearanceController::modeFromName(options.appearance)) {
        options.error
            = tr("Unknown appearance “%1”: use system, light or dark.").arg(options.appearance);
    }
    return options;
}

QString Application::resolveStoreUrl(const QString &dbOption)
{
    if (!dbOption.isEmpty())
        return dbOption;
    const QString fromEnvironment = qEnvironmentVariable("SIGNALBOX_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return Database::defaultUrl();
}

bool Application::installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);

    auto *qtTranslator = new QTranslator(qApp);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *translator = new QTranslator(qApp);
    const bool loaded
        = language.isEmpty()
              ? translator->load(locale, QStringLiteral("signalbox"), QStringLiteral("_"),
                                 QStringLiteral(":/i18n"))
              : translator->load(QStringLiteral(":/i18n/signalbox_%1.qm").arg(language));
    // English needs a translation too: its plural forms ("1 reply", "2 replies").
    if (!loaded && translator->load(QStringLiteral(":/i18n/signalbox_en.qm"))) {
        QCoreApplication::installTranslator(translator);
        return language.isEmpty();
    }
    if (!loaded) {
        delete translator;
        return language.isEmpty();
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

QString Application::startupErrorText(const QString &url, const StoreError &error)
{
    switch (error.code) {
    case StoreError::Corrupt:
        return tr("The store %1 is damaged or is not a Signalbox store. Signalbox has not "
                  "changed it. Choose another store with --db.")
            .arg(url);
    case StoreError::NewerSchema:
        return tr("The store %1 was written by a newer version of Signalbox. Please update "
                  "Signalbox; the store has not been changed.")
            .arg(url);
    case StoreError::Busy:
        return tr("The store %1 is busy: another program is holding it. Close that program "
                  "and start Signalbox again.")
            .arg(url);
    case StoreError::CannotOpen:
        return tr("The store %1 cannot be opened. Check that the file or server exists and "
                  "that you may use it.")
            .arg(url);
    case StoreError::Full:
        return tr("The store %1 is full: free some disk space and try again.").arg(url);
    default:
        return tr("Signalbox could not open the store %1.").arg(url);
    }
}

QString Application::newStoreFile(const QString &dbOption)
{
    const QString given = !dbOption.isEmpty() ? dbOption : qEnvironmentVariable("SIGNALBOX_DB");
    if (given.isEmpty())
        return {};
    const auto url = StoreUrl::parse(given);
    if (!url || url->kind() != StoreUrl::Kind::SqliteFile)
        return {};
    const QFileInfo file(url->path());
    if (file.exists())
        return {};
    return file.absoluteFilePath();
}

bool Application::askToCreateStore(const QString &path, QWidget *parent)
{
    const QFileInfo file(path);
    const bool folderMissing = !file.absoluteDir().exists();
    QMessageBox box(QMessageBox::Question, tr("Create a new store?"),
                    tr("There is no Signalbox store at %1.").arg(path), QMessageBox::NoButton,
                    parent);
    box.setObjectName(QStringLiteral("newStoreBox"));
    box.setAccessibleName(tr("Create a new store?"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(
        folderMissing
            ? tr("Neither the file nor its folder %1 exists. Create them with a new, empty "
                 "store, or quit and check the path given with --db or SIGNALBOX_DB?")
                  .arg(file.absolutePath())
            : tr("Create a new, empty store there, or quit and check the path given with --db "
                 "or SIGNALBOX_DB?"));
    QPushButton *create = box.addButton(tr("&Create store"), QMessageBox::AcceptRole);
    create->setObjectName(QStringLiteral("createStoreButton"));
    create->setAccessibleName(tr("Create store"));
    QPushButton *quit = box.addButton(tr("&Quit"), QMessageBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    quit->setAccessibleName(tr("Quit"));
    box.setDefaultButton(create);
    box.setEscapeButton(quit);
    box.exec();
    return box.clickedButton() == create;
}

int Application::run(const QStringList &arguments)
{
    const Options options = parseArguments(arguments);
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "signalbox: %s\n", qPrintable(options.error));
        return 2;
    }
    if (!installTranslations(options.language))
        std::fprintf(
            stderr, "signalbox: %s\n",
            qPrintable(
                tr("No translation for the language %1; using English.").arg(options.language)));

    // A store named on the command line that is not there is more often a typo than a wish
    // for a new one: ask before creating it (and any folders on the way).
    if (!options.demo && !options.measureStartup) {
        const QString fresh = newStoreFile(options.storeUrl);
        if (!fresh.isEmpty() && !askToCreateStore(fresh))
            return 0;
    }

    // One process per person and store: a second start brings the first one's window forward.
    if (!options.demo && !options.newInstance && !options.measureStartup) {
        m_instance = new SingleInstance(this);
        const SingleInstance::Outcome claimed
            = m_instance->claim(SingleInstance::serverNameFor(resolveStoreUrl(options.storeUrl)));
        if (claimed == SingleInstance::Outcome::Activated) {
            std::fprintf(stderr, "signalbox: %s\n",
                         qPrintable(tr("Signalbox is already running for this store: its window "
                                       "has been brought to the front.")));
            return 0;
        }
        if (claimed == SingleInstance::Outcome::Failed)
            qWarning("A second start will open a second window: %s",
                     qPrintable(m_instance->errorString()));
        connect(m_instance, &SingleInstance::activationRequested, this, &Application::activate);
    } else if (options.newInstance) {
        qCDebug(lcApplication) << "--new-instance: not looking for a running Signalbox";
    }

    m_appearance = new AppearanceController(QDBusConnection::sessionBus(), this);
    if (const auto mode = AppearanceController::modeFromName(options.appearance))
        m_appearance->overrideMode(*mode);

    if (Status started = start(options); !started) {
        // A measuring run is scripted: it reports on standard error instead of a dialog.
        if (options.measureStartup) {
            std::fprintf(stderr, "signalbox: %s\n", qPrintable(started.error().message));
            return 1;
        }
        QMessageBox box(QMessageBox::Critical, tr("Signalbox cannot start"),
                        startupErrorText(StoreUrl::displayTextOf(m_storeUrl), started.error()),
                        QMessageBox::Close);
        box.setObjectName(QStringLiteral("startupErrorBox"));
        box.setInformativeText(started.error().message);
        box.exec();
        return 1;
    }
    return QApplication::exec();
}

Status Application::start(const Options &options)
{
    if (options.demo) {
        m_demoDir = std::make_unique<QTemporaryDir>();
        if (!m_demoDir->isValid())
            return StoreError::make(
                StoreError::CannotOpen,
                tr("No temporary folder for the demo store: %1").arg(m_demoDir->errorString()));
        m_storeUrl = m_demoDir->filePath(QStringLiteral("demo.sqlite3"));
        auto opened = Store::open(m_storeUrl);
        if (!opened)
            return opened.error();
        adopt(std::move(opened).value());
        auto user = DemoData::populate(*m_store);
        if (!user)
            return user.error();
        signIn(*user);
        return success();
    }

    m_storeUrl = resolveStoreUrl(options.storeUrl);
    Result<std::unique_ptr<Store>> opened = [this] {
        const UpgradeProgress progress; // building the search index of a large store
        return Store::open(m_storeUrl);
    }();
    if (!opened)
        return opened.error();
    adopt(std::move(opened).value());
    if (options.measureStartup)
        return measureStartup();
    showSignIn();
    return success();
}

Status Application::measureStartup()
{
    auto user = m_store->users().authenticate(qEnvironmentVariable("SIGNALBOX_USER"),
                                              qEnvironmentVariable("SIGNALBOX_PASSWORD"));
    if (!user)
        return user.error();
    signIn(*user);
    if (!m_window) // a team member who must choose their own password first
        return StoreError::make(
            StoreError::PermissionDenied,
            tr("%1 must change the initial password before measuring.").arg(user->username));
    auto conversations = m_store->conversations().listFor(*user);
    if (!conversations)
        return conversations.error();
    QWidget *painted = m_window;
    if (!conversations->isEmpty()) {
        auto peer = m_store->users().byId(conversations->first().peerId);
        if (!peer)
            return peer.error();
        m_window->openConversation(*peer);
        painted = m_window->findChild<QWidget *>(QStringLiteral("threadView"));
        if (auto *view = qobject_cast<QAbstractScrollArea *>(painted))
            painted = view->viewport();
    }
    auto *probe = new StartupProbe(painted, StartupProbe::processClock(), this);
    connect(probe, &StartupProbe::measured, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    return success();
}

void Application::adopt(std::unique_ptr<Store> store)
{
    m_feed.reset();
    m_store = std::move(store);
    // A session whose account is deleted ends, whoever deleted it: this window or another
    // program. Queued, so that the write that deleted it has returned first.
    connect(m_store.get(), &Store::changed, this, &Application::onStoreChanged,
            Qt::QueuedConnection);
    // A team store has no connection of its own to listen on until someone signs in.
    if (!m_store->isTeamStore())
        startFeed();
}

void Application::startFeed()
{
    // Changes other windows, processes and clients commit arrive as Store::changed.
    m_feed.reset();
    m_feed = std::make_unique<ChangeFeed>(m_store.get());
    connect(m_feed.get(), &ChangeFeed::failed, this, &Application::onFeedFailed,
            Qt::QueuedConnection);
    if (Status started = m_feed->start(); !started)
        qWarning("Live updates are off: %s", qPrintable(started.error().message));
}

void Application::endSession(const User &user)
{
    if (!m_store || !m_store->isTeamStore() || !user.isValid())
        return;
    // The feed listens on the person's connection: it stops before that closes.
    m_feed.reset();
    m_store->signOut(user.id);
}

void Application::activate()
{
    QWidget *front = m_window           ? static_cast<QWidget *>(m_window.data())
                     : m_passwordDialog ? static_cast<QWidget *>(m_passwordDialog.data())
                                        : static_cast<QWidget *>(m_signIn.data());
    if (!front)
        return;
    qCDebug(lcApplication) << "brought" << front->objectName() << "to the front";
    if (front->isMinimized())
        front->showNormal();
    else
        front->show();
    front->raise();
    front->activateWindow();
}

void Application::showSignIn(const QString &notice)
{
    if (!m_signIn) {
        m_signIn = new SignInDialog(m_store.get());
        connect(m_signIn, &SignInDialog::signedIn, this, &Application::signIn);
        connect(m_signIn, &SignInDialog::quitRequested, qApp, &QCoreApplication::quit,
                Qt::QueuedConnection);
        connect(m_signIn, &QDialog::rejected, this, [this] {
            if (!m_window)
                QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        });
    }
    m_signIn->setMode(SignInDialog::Mode::SignIn);
    m_signIn->setUsername(AppSettings().lastUsername());
    m_signIn->setNotice(notice);
    m_signIn->setStoreLocation(StoreUrl::displayTextOf(m_storeUrl));
    m_signIn->show();
    m_signIn->raise();
    m_signIn->activateWindow();
}

void Application::signIn(const User &user)
{
    AppSettings().setLastUsername(user.username);
    if (m_signIn) {
        // Called from the dialog's own signal: it goes once it has finished.
        m_signIn->hide();
        m_signIn->deleteLater();
        m_signIn = nullptr;
    }
    if (m_store->isTeamStore()) {
        auto mustChange = m_store->users().mustChangePassword(user);
        if (!mustChange) {
            // Not knowing is not a licence to skip it: back to the sign-in dialog.
            endSession(user);
            showSignIn(mustChange.error().message);
            return;
        }
        if (*mustChange) {
            askForOwnPassword(user);
            return;
        }
    }
    openWindow(user);
}

void Application::askForOwnPassword(const User &user)
{
    if (m_passwordDialog)
        m_passwordDialog->deleteLater();
    m_passwordDialog
        = new ChangePasswordDialog(m_store.get(), user, ChangePasswordDialog::Reason::Required);
    m_passwordDialog->setAttribute(Qt::WA_DeleteOnClose);
    // Before the dialog closes, so that a window is always open and the application stays.
    connect(m_passwordDialog, &ChangePasswordDialog::passwordChanged, this, [this](const User &u) {
        m_passwordDialog = nullptr;
        openWindow(u);
    });
    // Cancel (or Escape, or closing it) signs out: nothing opens with the administrator's
    // password.
    connect(m_passwordDialog, &ChangePasswordDialog::signOutRequested, this, [this, user] {
        m_passwordDialog = nullptr;
        endSession(user);
        showSignIn(tr("You are signed out: choose your own password the next time you sign in."));
    });
    m_passwordDialog->show();
    m_passwordDialog->raise();
    m_passwordDialog->activateWindow();
}

void Application::openWindow(const User &user)
{
    if (m_window) {
        m_window->close();
        m_window->deleteLater();
    }
    m_user = user;
    m_window = new MainWindow(m_store.get(), user, StoreUrl::displayTextOf(m_storeUrl));
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::signOutRequested, this, &Application::signOut);
    connect(m_window, &MainWindow::accountDeleted, this, &Application::onAccountDeleted);
    if (m_store->isTeamStore()) {
        // Live updates through the person's own connection, which a new password keeps open.
        startFeed();
    }
    m_window->show();
}

void Application::signOut()
{
    const User user = std::exchange(m_user, {});
    // The dialog first, so that closing the window does not end the application.
    showSignIn();
    if (m_window) {
        MainWindow *window = m_window;
        m_window = nullptr;
        window->close(); // keeps the draft: through the person's connection, still open
    }
    endSession(user);
}

void Application::onStoreChanged(const ChangeSet &changes)
{
    if (m_window && m_user.isValid() && changes.usersRemoved.contains(m_user.id))
        onAccountDeleted(m_user);
}

void Application::onAccountDeleted(const User &deleted)
{
    const User user = deleted; // may be m_user itself
    endWindowSession(tr("The account “%1” and everything that belonged to it have been deleted.")
                         .arg(user.username));
    endSession(user);
}

void Application::onFeedFailed(const StoreError &error)
{
    if (!m_store || !m_store->isTeamStore() || !m_window || !m_user.isValid()
        || error.code != StoreError::PermissionDenied)
        return;
    const User user = m_user;
    endWindowSession(tr("The team's server no longer lets “%1” in: the account was removed by "
                        "the team's administrator, or its access was taken away. Ask them if "
                        "you did not expect this.")
                         .arg(user.username));
    endSession(user);
}

void Application::endWindowSession(const QString &notice)
{
    m_user = {};
    showSignIn(notice);
    if (m_signIn)
        m_signIn->setUsername({});
    if (m_window) {
        MainWindow *window = m_window;
        m_window = nullptr;
        window->close();
    }
}

} // namespace signalbox
