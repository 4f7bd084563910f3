#pragma once

#include "values.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DeleteAccountDialog;
}

namespace signalbox {

class ExportRunner;
class Store;

// File ▸ Delete account: says exactly what will be removed, asks for the password, then
// removes the account and everything that belongs to it in one transaction.
class DeleteAccountDialog : public QDialog
{
    Q_OBJECT

public:
    DeleteAccountDialog(Store *store, const User &user, QWidget *parent = nullptr);
    ~DeleteAccountDialog() override;

    // What the dialog announced (read from the store when it opened).
    DeletionCounts announced() const { return m_counts; }
    // What the deletion removed (valid after accountDeleted()).
    DeletionCounts removed() const { return m_removed; }
    // "Download your data first": exports all the account's conversations (a save dialog,
    // then the export with its progress dialog).
    ExportRunner *exportRunner() const { return m_exportRunner; }

signals:
    void accountDeleted(const signalbox::User &user);
    // After "Download your data first" wrote its file.
    void dataExported(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void confirm();

    std::unique_ptr<Ui::DeleteAccountDialog> m_ui;
    Store *m_store = nullptr;
    User m_user;
    DeletionCounts m_counts;
    DeletionCounts m_removed;
    ExportRunner *m_exportRunner = nullptr;
};

} // namespace signalbox
