#pragma once

#include "storeerror.h"
#include "values.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace signalbox {

class AppearanceController;
class ChangePasswordDialog;
class MainWindow;
class SignInDialog;
class SingleInstance;
class ChangeFeed;
struct ChangeSet;
class Store;

// The desktop application's start-up and session: parses the command line, loads the
// translation, opens the store (reporting any store error clearly), and moves between the
// sign-in dialog and the main window as people sign in and out.
class Application : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString storeUrl; // empty: SIGNALBOX_DB, else the default store
        bool demo = false;
        QString language; // empty: the system locale
        // Sign in as $SIGNALBOX_USER with $SIGNALBOX_PASSWORD, open the newest conversation,
        // print the time to the first paint and the memory held, and quit.
        bool measureStartup = false;
        // Open a window of its own even when another process already has this store.
        bool newInstance = false;
        QString appearance; // --appearance system|light|dark for this run; empty: the saved one
        QString error;      // a command line that could not be parsed
    };

    explicit Application(QObject *parent = nullptr);
    ~Application() override;

    // `signalbox [--db URL] [--demo] [--lang CODE] [--new-instance]`. --help and --version
    // print and exit.
    static Options parseArguments(const QStringList &arguments);
    // --db, else $SIGNALBOX_DB, else the default file in the application data folder.
    static QString resolveStoreUrl(const QString &dbOption);
    // Loads ":/i18n/signalbox_<code>.qm" (or the system locale's) and Qt's own translation.
    // Returns false when an explicitly asked-for language has no translation.
    static bool installTranslations(const QString &language);
    // The sentence shown when the store cannot be used at start-up.
    static QString startupErrorText(const QString &url, const StoreError &error);
    // The SQLite file an explicitly given store (--db or SIGNALBOX_DB) would create because
    // nothing is there yet; "" when the store exists, is the default one (created silently on
    // the first start), in memory or on a server.
    static QString newStoreFile(const QString &dbOption);
    // Asks whether to create a new, empty store at that path (and the folders it needs).
    static bool askToCreateStore(const QString &path, QWidget *parent = nullptr);

    // The whole start-up for main(): returns the exit code.
    int run(const QStringList &arguments);
    // Opens the store (or a demo store) and shows the sign-in dialog or, for the demo, the
    // window. On failure nothing is shown and the error is returned.
    Status start(const Options &options);

    Store *store() const { return m_store.get(); }
    QString storeLocation() const { return m_storeUrl; }
    SignInDialog *signInDialog() const;
    MainWindow *mainWindow() const;
    // The password a team member must choose after the administrator set theirs; the window
    // opens once it is changed (nullptr when not asked).
    ChangePasswordDialog *changePasswordDialog() const;
    // Live updates from other processes and clients (on a team store through the signed-in
    // person's own connection, so only while someone is signed in).
    ChangeFeed *changeFeed() const { return m_feed.get(); }

    // Brings the window (or the sign-in dialog) to the front: another start asked for it.
    void activate();
    // The first start for a store listens for later ones; nullptr for --new-instance, --demo
    // and measuring runs.
    SingleInstance *singleInstance() const { return m_instance; }
    // Light or dark for the whole application; made by run(), before any window.
    AppearanceController *appearance() const { return m_appearance; }

    void showSignIn(const QString &notice = {});
    // After the sign-in dialog: on a team store a member with an initial password chooses their
    // own first (Cancel signs out); then the window opens.
    void signIn(const User &user);
    void signOut();
    // The account signed in to the window (invalid at the sign-in dialog).
    User signedInUser() const { return m_user; }

private:
    void adopt(std::unique_ptr<Store> store);
    void openWindow(const User &user);
    void askForOwnPassword(const User &user);
    // The change feed on the connection that is current now (a team store: the person's own).
    void startFeed();
    // Closes the person's own connection on a team store (the feed that listened on it first).
    void endSession(const User &user);
    Status measureStartup();
    void onStoreChanged(const signalbox::ChangeSet &changes);
    // Back to the sign-in dialog, which says the account was deleted.
    void onAccountDeleted(const User &user);
    // The feed could not read what changed: on a team store, refused means the server no
    // longer lets this person in (team remove dropped their role), and the session ends.
    void onFeedFailed(const signalbox::StoreError &error);
    // Closes the window and returns to the sign-in dialog with a notice.
    void endWindowSession(const QString &notice);

    std::unique_ptr<QTemporaryDir> m_demoDir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ChangeFeed> m_feed; // after m_store: stops before the store closes
    QString m_storeUrl;
    QPointer<SignInDialog> m_signIn;
    QPointer<MainWindow> m_window;
    QPointer<ChangePasswordDialog> m_passwordDialog;
    User m_user; // signed in to m_window
    SingleInstance *m_instance = nullptr;
    AppearanceController *m_appearance = nullptr;
};

} // namespace signalbox
