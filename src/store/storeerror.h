#pragma once

#include <QCoreApplication>
#include <QString>

#include <utility>
#include <variant>

namespace signalbox {

// An error a store operation returns to the layer that can tell the user.
struct StoreError
{
    Q_DECLARE_TR_FUNCTIONS(signalbox::StoreError)

public:
    enum Code {
        InvalidInput,     // empty or oversized text, bad username, reply across conversations
        NotFound,         // no such user or message
        PermissionDenied, // the acting user may not do this
        WrongPassword,
        Duplicate,   // username taken
        Busy,        // another writer holds the store longer than the busy timeout
        Corrupt,     // not a Signalbox store, or damaged
        NewerSchema, // written by a newer Signalbox
        CannotOpen,  // unreadable, a directory, no permission
        Full,        // disk full or the store's size limit reached
        Cancelled,   // the person stopped a long operation (an export); nothing was written
        Internal,    // an unexpected database error
    };

    Code code = Internal;
    QString message;

    static StoreError make(Code code, const QString &message) { return {code, message}; }
    // The driver's text appended to a translated sentence, as Trojitá reports SQL errors.
    static StoreError fromDriver(const QString &what, const QString &driverText, int sqliteCode);
    static QString codeName(Code code);
};

// Either a value or a StoreError. A tiny std::expected for C++20.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(StoreError error)
        : m_data(std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }

    const StoreError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, StoreError> m_data;
};

// Result of an operation that yields nothing but success.
struct Done
{
};
using Status = Result<Done>;

inline Status success()
{
    return Done{};
}

} // namespace signalbox
