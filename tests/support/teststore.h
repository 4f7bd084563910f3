#pragma once

#include "store.h"
#include "values.h"

#include <QTemporaryDir>

#include <memory>

namespace signalbox::test {

// A fresh file store in a temporary folder, with cheap password hashing, for one test.
class TestStore
{
public:
    TestStore();
    ~TestStore();

    bool isValid() const { return m_store != nullptr; }
    Store &store() { return *m_store; }
    Store *operator->() { return m_store.get(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

    // Creates a user whose password is "<name>-password".
    User addUser(const QString &name);
    static QString passwordOf(const QString &name) { return name + QStringLiteral("-password"); }
    Message send(const User &from, const User &to, const QString &text, Id parent = 0);
    // Closes and reopens the store (to check what reached the file).
    bool reopen();

    // SIGNALBOX_TEST_BACKEND=postgresql runs the suite against SIGNALBOX_TEST_PG_URL (an empty
    // schema per test); otherwise a new SQLite file per test.
    static bool onPostgres();
    // What a person hears about a row that is not theirs to see (someone else's message,
    // notification or history): on SQLite the store's own check says PermissionDenied; on a
    // team store the server's row-level security hides the row, so for them it does not exist.
    static StoreError::Code hiddenRow()
    {
        return onPostgres() ? StoreError::NotFound : StoreError::PermissionDenied;
    }

private:
    static bool resetPostgres(const QString &url);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
};

// Lowers the password hashing cost to libsodium's minimum: tests only, never the product.
void useFastPasswordHashing();

} // namespace signalbox::test
