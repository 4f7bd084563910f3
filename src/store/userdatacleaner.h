#pragma once

#include "storeerror.h"
#include "values.h"

#include <QObject>

namespace signalbox {

class Database;
class Store;

// post_delete receiver: removes every message a deleted user sent or received, with their
// notifications and histories, and the user's own notifications and conversation rows.
class UserDataCleaner : public QObject
{
    Q_OBJECT

public:
    explicit UserDataCleaner(Store &store, QObject *parent = nullptr);

    void onUserDeleted(const signalbox::User &user, signalbox::DeletionCounts *removed);

private:
    // The conversation summaries that name the account (its own and its peers'); how many.
    Result<int> removeSummaries(Database &db, Id account) const;
    Store &m_store;
};

} // namespace signalbox
