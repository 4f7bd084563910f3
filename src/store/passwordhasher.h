#pragma once

#include "storeerror.h"

#include <QString>

namespace signalbox {

// Argon2id password hashes made and checked by libsodium. Only the hash string is ever stored.
class PasswordHasher
{
public:
    // Always true in the product. Tests may lower the cost to libsodium's minimum.
    static void setInteractiveCost(bool interactive);
    static Result<QString> hash(const QString &password);
    static bool verify(const QString &hash, const QString &password);
};

} // namespace signalbox
