#include "changepassworddialog.h"
#include "ui_changepassworddialog.h"

#include "appearance.h"
#include "store.h"
#include "userrepository.h"

#include <QLayout>
#include <QPushButton>

namespace signalbox {

ChangePasswordDialog::ChangePasswordDialog(Store *store, const User &user, Reason reason,
                                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChangePasswordDialog>())
    , m_store(store)
    , m_user(user)
    , m_reason(reason)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("changePasswordDialog"));
    for (QLabel *label :
         {m_ui->currentError, m_ui->newError, m_ui->confirmError, m_ui->formError}) {
        ThemeColors::useErrorColor(label);
        label->setTextFormat(Qt::PlainText);
        label->hide();
    }
    QFont headline = m_ui->headlineLabel->font();
    headline.setBold(true);
    headline.setPointSizeF(headline.pointSizeF() * 1.2);
    m_ui->headlineLabel->setFont(headline);
    m_ui->headlineLabel->setTextFormat(Qt::PlainText);
    m_ui->explanationLabel->setTextFormat(Qt::PlainText);

    const QString rule
        = tr("A password has at least %1 characters.").arg(UserRepository::MinPasswordLength);
    if (reason == Reason::Required) {
        setWindowTitle(tr("Choose your password"));
        m_ui->headlineLabel->setText(tr("Choose your own password, %1").arg(user.username));
        m_ui->explanationLabel->setText(
            tr("The team's administrator set the password you signed in with. Choose one only "
               "you know before you continue; Sign out leaves it unchanged.")
            + QLatin1Char(' ') + rule);
        m_ui->cancelButton->setText(tr("&Sign out"));
        m_ui->cancelButton->setAccessibleName(tr("Sign out"));
    } else {
        m_ui->headlineLabel->setText(tr("Change the password of %1").arg(user.username));
        m_ui->explanationLabel->setText(rule);
    }

    // As tall as its content: error lines come and go without leaving holes.
    layout()->setSizeConstraint(QLayout::SetFixedSize);
    m_ui->currentEdit->setMinimumWidth(340);
    connect(m_ui->changeButton, &QPushButton::clicked, this, &ChangePasswordDialog::submit);
    m_ui->currentEdit->setFocus();
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

void ChangePasswordDialog::reject()
{
    if (m_reason == Reason::Required && isVisible())
        emit signOutRequested();
    QDialog::reject();
}

void ChangePasswordDialog::submit()
{
    clearErrors();
    const QString current = m_ui->currentEdit->text();
    const QString next = m_ui->newEdit->text();
    QWidget *firstProblem = nullptr;
    if (current.isEmpty()) {
        showError(m_ui->currentError, tr("Enter your current password."));
        firstProblem = m_ui->currentEdit;
    }
    if (Status valid = UserRepository::validatePassword(next); !valid) {
        showError(m_ui->newError, valid.error().message);
        if (!firstProblem)
            firstProblem = m_ui->newEdit;
    } else if (!current.isEmpty() && next == current) {
        showError(m_ui->newError, tr("The new password is the same as the current one."));
        if (!firstProblem)
            firstProblem = m_ui->newEdit;
    } else if (m_ui->confirmEdit->text() != next) {
        showError(m_ui->confirmError, tr("The two new passwords are not the same."));
        if (!firstProblem)
            firstProblem = m_ui->confirmEdit;
    }
    if (firstProblem) {
        firstProblem->setFocus();
        return;
    }
    if (Status changed = m_store->users().changePassword(m_user, current, next); !changed) {
        showStoreError(changed.error());
        return;
    }
    m_ui->currentEdit->clear();
    m_ui->newEdit->clear();
    m_ui->confirmEdit->clear();
    emit passwordChanged(m_user);
    accept();
}

void ChangePasswordDialog::clearErrors()
{
    for (QLabel *label :
         {m_ui->currentError, m_ui->newError, m_ui->confirmError, m_ui->formError}) {
        label->clear();
        label->hide();
    }
}

void ChangePasswordDialog::showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->show();
}

void ChangePasswordDialog::showStoreError(const StoreError &error)
{
    switch (error.code) {
    case StoreError::WrongPassword:
        showError(m_ui->currentError,
                  tr("That is not your current password. Nothing was changed."));
        m_ui->currentEdit->selectAll();
        m_ui->currentEdit->setFocus();
        break;
    case StoreError::InvalidInput:
        showError(m_ui->newError, error.message);
        m_ui->newEdit->setFocus();
        break;
    default:
        //: %1 is the store's reason
        showError(m_ui->formError, tr("The password was not changed. %1").arg(error.message));
        break;
    }
}

} // namespace signalbox
