#pragma once

#include "storeerror.h"

namespace signalbox {

// The exit codes scripts can rely on: the values of BSD's sysexits.h.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitUsage = 64,        // EX_USAGE: unknown command or option, missing argument
    ExitDataError = 65,    // EX_DATAERR: invalid input
    ExitNoInput = 66,      // EX_NOINPUT: no such user, message or store
    ExitSoftware = 70,     // EX_SOFTWARE: an unexpected internal error
    ExitIoError = 74,      // EX_IOERR: the store cannot be opened or written
    ExitTemporary = 75,    // EX_TEMPFAIL: the store is busy, try again
    ExitNoPermission = 77, // EX_NOPERM: wrong password or not permitted
};

// The one place where store errors become exit codes.
int exitCodeFor(StoreError::Code code);

} // namespace signalbox
