#include "passwordhasher.h"

#include <sodium.h>

#include <atomic>

namespace signalbox {

namespace {
std::atomic_bool s_interactive{true};

bool initSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

void PasswordHasher::setInteractiveCost(bool interactive)
{
    s_interactive = interactive;
}

Result<QString> PasswordHasher::hash(const QString &password)
{
    if (!initSodium())
        return StoreError::make(StoreError::Internal, StoreError::tr("libsodium could not start."));
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const unsigned long long ops
        = s_interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE : crypto_pwhash_OPSLIMIT_MIN;
    const size_t mem
        = s_interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE : crypto_pwhash_MEMLIMIT_MIN;
    const int rc = crypto_pwhash_str_alg(out, utf8.constData(), size_t(utf8.size()), ops, mem,
                                         crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0)
        return StoreError::make(
            StoreError::Internal,
            StoreError::tr("The password could not be hashed (out of memory)."));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password)
{
    if (!initSodium())
        return false;
    const QByteArray encoded = hash.toLatin1();
    QByteArray utf8 = password.toUtf8();
    const bool ok
        = crypto_pwhash_str_verify(encoded.constData(), utf8.constData(), size_t(utf8.size())) == 0;
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return ok;
}

} // namespace signalbox
