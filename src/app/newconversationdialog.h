#pragma once

#include "values.h"

#include <QDialog>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class NewConversationDialog;
}

namespace signalbox {

class Store;
class UserListModel;

// File ▸ New conversation: pick the person to write to from everyone else in the store.
class NewConversationDialog : public QDialog
{
    Q_OBJECT

public:
    NewConversationDialog(Store *store, const User &viewer, QWidget *parent = nullptr);
    ~NewConversationDialog() override;

    // The chosen person (invalid until one is selected).
    User selectedUser() const;
    // Selects the person with that name; false if there is none.
    bool selectUser(const QString &username);

signals:
    void userChosen(const signalbox::User &user);

private:
    void updateState();
    void choose();

    std::unique_ptr<Ui::NewConversationDialog> m_ui;
    UserListModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
};

} // namespace signalbox
