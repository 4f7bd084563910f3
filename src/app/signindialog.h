#pragma once

#include "loginthrottle.h"
#include "values.h"

#include <QDialog>

#include <memory>

class QLabel;
class QTimer;

namespace Ui {
class SignInDialog;
}

namespace signalbox {

class Store;
struct StoreError;

// Signs a person in, or creates their account, against the store's rules. Errors are shown
// under the field they are about; repeated wrong passwords make the next try wait longer. On a
// team store (PostgreSQL) the name and password are the person's own database login, and
// there is no "create account": a line says the administrator makes accounts.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { SignIn, CreateAccount };

    explicit SignInDialog(Store *store, QWidget *parent = nullptr);
    ~SignInDialog() override;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    void setUsername(const QString &username);
    // A sentence shown above the form, e.g. after an account was deleted ("" hides it).
    void setNotice(const QString &notice);
    // Which store the dialog signs in to, shown under the form (a path, or a PostgreSQL URL
    // without its password; "" hides the line).
    void setStoreLocation(const QString &displayText);
    QString storeLocation() const;
    QString username() const;
    // The account that signed in (valid once signedIn() was emitted).
    User user() const { return m_user; }

    // Wrong passwords in a row for the username in the field, and how long the sign-in button
    // stays disabled after the last one (0 = not at all): LoginThrottle's policy.
    int failedAttempts() const;
    int lockoutSeconds() const;
    bool isLockedOut() const;

signals:
    void signedIn(const signalbox::User &user);
    void quitRequested();

private:
    void submit();
    void signIn();
    void createAccount();
    void clearErrors();
    void showFieldError(QLabel *label, const QString &text);
    void showStoreError(const StoreError &error);
    void showTeamStoreError(const StoreError &error);
    void startLockout();
    void updateLockout();
    void updateSubmitButton();
    void finish(const User &user);

    std::unique_ptr<Ui::SignInDialog> m_ui;
    Store *m_store = nullptr;
    bool m_team = false; // a PostgreSQL team store: the server checks names and passwords
    Mode m_mode = Mode::SignIn;
    User m_user;
    LoginThrottle m_throttle;
    int m_remainingSeconds = 0;
    QTimer *m_lockoutTimer = nullptr;
    QLabel *m_storeLabel = nullptr;
    QString m_storeLocation;
};

} // namespace signalbox
