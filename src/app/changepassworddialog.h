#pragma once

#include "values.h"

#include <QDialog>

#include <memory>

class QLabel;

namespace Ui {
class ChangePasswordDialog;
}

namespace signalbox {

class Store;
struct StoreError;

// File ▸ Change password…, and the first sign-in of a team member whose password the
// administrator set: asks for the current password and the new one twice, names each problem
// under its field, and changes it through UserRepository::changePassword (on a team store the
// server's password of the person's login).
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    // Chosen: from the File menu; Cancel leaves everything as it was. Required: the
    // administrator set the password; the window opens only after it is changed, and Cancel
    // signs out (the caller does that on rejected()).
    enum class Reason { Chosen, Required };

    ChangePasswordDialog(Store *store, const User &user, Reason reason = Reason::Chosen,
                         QWidget *parent = nullptr);
    ~ChangePasswordDialog() override;

    Reason reason() const { return m_reason; }

    // Cancel, Escape and closing the window; a Required dialog asks to sign out first.
    void reject() override;

signals:
    // After the store changed the password (the dialog then accepts).
    void passwordChanged(const signalbox::User &user);
    // A Required dialog is going without a new password (emitted before it closes).
    void signOutRequested();

private:
    void submit();
    void clearErrors();
    void showError(QLabel *label, const QString &text);
    void showStoreError(const StoreError &error);

    std::unique_ptr<Ui::ChangePasswordDialog> m_ui;
    Store *m_store = nullptr;
    User m_user;
    Reason m_reason = Reason::Chosen;
};

} // namespace signalbox
