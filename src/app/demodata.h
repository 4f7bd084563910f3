#pragma once

#include "storeerror.h"
#include "values.h"

#include <QString>

namespace signalbox {

class Store;

// Fills an empty store with a small, friendly data set to try the application with: four
// people, conversations with deep reply trees, edited messages and read and unread ones.
class DemoData
{
public:
    // Everyone's password.
    static QString password() { return QStringLiteral("demo-password"); }
    static QStringList usernames();

    // Creates the demo users and messages; returns the user to sign in as (alice). Fails with
    // Duplicate when one of the demo users exists already. The store's clock is left unset.
    [[nodiscard]] static Result<User> populate(Store &store);
};

} // namespace signalbox
