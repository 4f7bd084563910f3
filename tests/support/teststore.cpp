#include "teststore.h"

#include "messagerepository.h"
#include "passwordhasher.h"
#include "userrepository.h"

#include <QTest>

namespace signalbox::test {

void useFastPasswordHashing()
{
    PasswordHasher::setInteractiveCost(false);
}

TestStore::TestStore()
{
    useFastPasswordHashing();
    m_path = m_dir.filePath(QStringLiteral("store.sqlite3"));
    reopen();
}

TestStore::~TestStore() = default;

bool TestStore::reopen()
{
    m_store.reset();
    auto opened = Store::open(m_path);
    if (!opened) {
        qWarning("TestStore: %s", qPrintable(opened.error().message));
        return false;
    }
    m_store = std::move(opened).value();
    return true;
}

User TestStore::addUser(const QString &name)
{
    auto user = m_store->users().create(name, passwordOf(name));
    if (!user) {
        qWarning("TestStore::addUser: %s", qPrintable(user.error().message));
        return {};
    }
    return *user;
}

Message TestStore::send(const User &from, const User &to, const QString &text, Id parent)
{
    auto message = m_store->messages().send(from, to, text, parent);
    if (!message) {
        qWarning("TestStore::send: %s", qPrintable(message.error().message));
        return {};
    }
    return *message;
}

} // namespace signalbox::test
