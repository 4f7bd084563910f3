#pragma once

#include "storeerror.h"

#include <QString>

namespace signalbox {

// Looks at a SQLite store file before anything opens it, so that a damaged or foreign file is
// refused without a single byte of it being changed (Qt's open() succeeds on any file).
class StoreFile
{
public:
    enum class State { Missing, Sqlite };

    static Result<State> inspect(const QString &path);
};

} // namespace signalbox
