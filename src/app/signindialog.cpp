#include "signindialog.h"
#include "ui_signindialog.h"

#include "appearance.h"
#include "store.h"
#include "userrepository.h"

#include <QLayout>
#include <QPushButton>
#include <QTimer>

namespace signalbox {

namespace {

void styleErrorLabel(QLabel *label)
{
    ThemeColors::useErrorColor(label);
    label->setTextFormat(Qt::PlainText);
    label->hide();
}

} // namespace

SignInDialog::SignInDialog(Store *store, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_store(store)
    , m_team(store && store->isTeamStore())
    , m_lockoutTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("signInDialog"));

    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    for (QLabel *label :
         {m_ui->usernameError, m_ui->passwordError, m_ui->confirmError, m_ui->formError})
        styleErrorLabel(label);

    m_lockoutTimer->setObjectName(QStringLiteral("lockoutTimer"));
    m_lockoutTimer->setInterval(1000);
    connect(m_lockoutTimer, &QTimer::timeout, this, &SignInDialog::updateLockout);

    connect(m_ui->submitButton, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(m_ui->quitButton, &QPushButton::clicked, this, [this] {
        emit quitRequested();
        reject();
    });
    connect(m_ui->modeButton, &QPushButton::clicked, this,
            [this] { setMode(m_mode == Mode::SignIn ? Mode::CreateAccount : Mode::SignIn); });
    connect(m_ui->usernameEdit, &QLineEdit::textChanged, this, &SignInDialog::updateSubmitButton);
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, &SignInDialog::updateSubmitButton);

    // As tall as its content: error lines come and go without leaving holes.
    layout()->setSizeConstraint(QLayout::SetFixedSize);
    m_ui->usernameEdit->setMinimumWidth(360);
    m_ui->modeButton->setStyleSheet(QStringLiteral("QPushButton { color: palette(link); }"));
    m_ui->modeButton->setCursor(Qt::PointingHandCursor);
    m_ui->noticeLabel->setTextFormat(Qt::PlainText);
    m_ui->noticeLabel->setStyleSheet(
        QStringLiteral("background: palette(alternate-base); border-left: 3px solid "
                       "palette(highlight); padding: 6px;"));
    m_ui->noticeLabel->hide();

    // A team store's accounts are its administrator's to make (a login role on the server):
    // no "create account" there, but who to ask and what they type.
    m_ui->teamAccountsLabel->setTextFormat(Qt::PlainText);
    m_ui->teamAccountsLabel->setText(
        tr("Accounts on this team store are made by its administrator: ask them to run "
           "“signalbox-cli team add NAME” for you."));
    m_ui->teamAccountsLabel->setVisible(m_team);
    m_ui->modeButton->setVisible(!m_team);
    m_ui->modeButton->setEnabled(!m_team);

    // Which store this is: people with several (--db) see where they are signing in.
    m_storeLabel = new QLabel(this);
    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    m_storeLabel->setAccessibleName(tr("Store"));
    m_storeLabel->setTextFormat(Qt::PlainText);
    m_storeLabel->setWordWrap(true);
    m_storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_storeLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_storeLabel->hide();
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->formError) + 1, m_storeLabel);

    setMode(Mode::SignIn);
    m_ui->usernameEdit->setFocus();
}

void SignInDialog::setStoreLocation(const QString &displayText)
{
    m_storeLocation = displayText;
    //: Under the sign-in form; %1 is the store's file or server
    m_storeLabel->setText(tr("Store: %1").arg(displayText));
    m_storeLabel->setToolTip(displayText);
    m_storeLabel->setVisible(!displayText.isEmpty());
}

QString SignInDialog::storeLocation() const
{
    return m_storeLocation;
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setMode(Mode mode)
{
    if (m_team)
        mode = Mode::SignIn;
    m_mode = mode;
    const bool creating = mode == Mode::CreateAccount;
    clearErrors();
    m_ui->confirmLabel->setVisible(creating);
    m_ui->confirmEdit->setVisible(creating);
    m_ui->confirmEdit->clear();
    if (creating) {
        setWindowTitle(tr("Create a Signalbox account"));
        m_ui->titleLabel->setText(tr("Create your account"));
        m_ui->subtitleLabel->setText(
            tr("Choose a username (letters, digits and @ . + - _, at most %1 characters) and a "
               "password of at least %2 characters.")
                .arg(UserRepository::MaxUsernameLength)
                .arg(UserRepository::MinPasswordLength));
        m_ui->submitButton->setText(tr("&Create account"));
        m_ui->submitButton->setAccessibleName(tr("Create account"));
        m_ui->modeButton->setText(tr("I already have an account"));
    } else {
        setWindowTitle(tr("Sign in to Signalbox"));
        m_ui->titleLabel->setText(tr("Welcome to Signalbox"));
        m_ui->subtitleLabel->setText(
            m_team ? tr("Sign in with the name and password your team's administrator gave "
                        "you: they are your own login to the team's server.")
                   : tr("Sign in with your username and password."));
        m_ui->submitButton->setText(tr("&Sign in"));
        m_ui->submitButton->setAccessibleName(tr("Sign in"));
        m_ui->modeButton->setText(tr("Create an account…"));
    }
    updateSubmitButton();
}

void SignInDialog::setUsername(const QString &username)
{
    m_ui->usernameEdit->setText(username);
    if (!username.isEmpty())
        m_ui->passwordEdit->setFocus();
}

void SignInDialog::setNotice(const QString &notice)
{
    m_ui->noticeLabel->setText(notice);
    m_ui->noticeLabel->setVisible(!notice.isEmpty());
}

QString SignInDialog::username() const
{
    return m_ui->usernameEdit->text().trimmed();
}

int SignInDialog::failedAttempts() const
{
    return m_throttle.failures(username());
}

int SignInDialog::lockoutSeconds() const
{
    const auto delay = LoginThrottle::delayAfter(failedAttempts());
    return int((delay.count() + 999) / 1000);
}

bool SignInDialog::isLockedOut() const
{
    return m_remainingSeconds > 0;
}

void SignInDialog::submit()
{
    if (isLockedOut())
        return;
    clearErrors();
    if (m_mode == Mode::SignIn)
        signIn();
    else
        createAccount();
}

void SignInDialog::signIn()
{
    const QString name = username();
    if (name.isEmpty()) {
        showFieldError(m_ui->usernameError, tr("Enter your username."));
        m_ui->usernameEdit->setFocus();
        return;
    }
    // No account has a longer name: say so, rather than quote a page of text back.
    if (name.size() > UserRepository::MaxUsernameLength) {
        showFieldError(m_ui->usernameError, UserRepository::validateUsername(name).error().message);
        m_ui->usernameEdit->setFocus();
        return;
    }
    if (m_ui->passwordEdit->text().isEmpty()) {
        showFieldError(m_ui->passwordError, tr("Enter your password."));
        m_ui->passwordEdit->setFocus();
        return;
    }
    auto user = m_store->users().authenticate(name, m_ui->passwordEdit->text());
    if (!user) {
        showStoreError(user.error());
        return;
    }
    finish(*user);
}

void SignInDialog::createAccount()
{
    const QString name = username();
    const QString password = m_ui->passwordEdit->text();
    bool valid = true;
    if (Status ok = UserRepository::validateUsername(name); !ok) {
        showFieldError(m_ui->usernameError, ok.error().message);
        valid = false;
    }
    if (Status ok = UserRepository::validatePassword(password); !ok) {
        showFieldError(m_ui->passwordError, ok.error().message);
        valid = false;
    } else if (m_ui->confirmEdit->text() != password) {
        showFieldError(m_ui->confirmError, tr("The two passwords are not the same."));
        valid = false;
    }
    if (!valid)
        return;
    auto user = m_store->users().create(name, password);
    if (!user) {
        showStoreError(user.error());
        return;
    }
    finish(*user);
}

void SignInDialog::finish(const User &user)
{
    m_user = user;
    m_throttle.recordSuccess(user.username);
    m_ui->passwordEdit->clear();
    m_ui->confirmEdit->clear();
    emit signedIn(user);
    accept();
}

void SignInDialog::clearErrors()
{
    for (QLabel *label : {m_ui->usernameError, m_ui->passwordError, m_ui->confirmError}) {
        label->clear();
        label->hide();
    }
    if (!isLockedOut()) {
        m_ui->formError->clear();
        m_ui->formError->hide();
    }
}

void SignInDialog::showFieldError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->show();
}

void SignInDialog::showStoreError(const StoreError &error)
{
    if (m_team) {
        showTeamStoreError(error);
        return;
    }
    switch (error.code) {
    case StoreError::NotFound:
        showFieldError(m_ui->usernameError, tr("There is no account named “%1”.").arg(username()));
        m_ui->usernameEdit->setFocus();
        m_ui->usernameEdit->selectAll();
        break;
    case StoreError::Duplicate:
        showFieldError(m_ui->usernameError, error.message);
        m_ui->usernameEdit->setFocus();
        m_ui->usernameEdit->selectAll();
        break;
    case StoreError::WrongPassword:
        m_throttle.recordFailure(username());
        showFieldError(m_ui->passwordError, tr("That password is not right."));
        m_ui->passwordEdit->selectAll();
        m_ui->passwordEdit->setFocus();
        startLockout();
        break;
    case StoreError::InvalidInput:
        if (m_mode == Mode::CreateAccount && !UserRepository::validateUsername(username()).ok())
            showFieldError(m_ui->usernameError, error.message);
        else
            showFieldError(m_ui->passwordError, error.message);
        break;
    default:
        showFieldError(m_ui->formError, error.message);
        break;
    }
}

void SignInDialog::showTeamStoreError(const StoreError &error)
{
    switch (error.code) {
    // The server answers an unknown name and a wrong password alike; so does the dialog
    // (NotFound comes only from a store that can read the directory before anyone signed in).
    case StoreError::WrongPassword:
    case StoreError::NotFound:
        m_throttle.recordFailure(username());
        showFieldError(m_ui->passwordError, tr("Wrong name or password."));
        m_ui->passwordEdit->selectAll();
        m_ui->passwordEdit->setFocus();
        startLockout();
        break;
    case StoreError::CannotOpen:
        //: %1 is the store's reason, e.g. that the server cannot be reached
        showFieldError(
            m_ui->formError,
            tr("Signalbox could not connect to the team's server. %1").arg(error.message));
        break;
    default:
        showFieldError(m_ui->formError, error.message);
        break;
    }
}

void SignInDialog::startLockout()
{
    m_remainingSeconds = lockoutSeconds();
    if (m_remainingSeconds <= 0)
        return;
    m_lockoutTimer->start();
    updateSubmitButton();
    showFieldError(m_ui->formError, tr("Too many wrong passwords. Try again in %n second(s).",
                                       nullptr, m_remainingSeconds));
}

void SignInDialog::updateLockout()
{
    --m_remainingSeconds;
    if (m_remainingSeconds <= 0) {
        m_remainingSeconds = 0;
        m_lockoutTimer->stop();
        m_ui->formError->clear();
        m_ui->formError->hide();
    } else {
        m_ui->formError->setText(tr("Too many wrong passwords. Try again in %n second(s).", nullptr,
                                    m_remainingSeconds));
    }
    updateSubmitButton();
}

void SignInDialog::updateSubmitButton()
{
    m_ui->submitButton->setEnabled(!isLockedOut());
}

} // namespace signalbox
