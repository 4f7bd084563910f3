#include "exitcode.h"

namespace signalbox {

int exitCodeFor(StoreError::Code code)
{
    switch (code) {
    case StoreError::InvalidInput:
    case StoreError::Duplicate:
        return ExitDataError;
    case StoreError::NotFound:
        return ExitNoInput;
    case StoreError::PermissionDenied:
    case StoreError::WrongPassword:
        return ExitNoPermission;
    case StoreError::Busy:
    case StoreError::Cancelled:
        return ExitTemporary;
    case StoreError::Corrupt:
    case StoreError::NewerSchema:
    case StoreError::CannotOpen:
    case StoreError::Full:
        return ExitIoError;
    case StoreError::Internal:
        return ExitSoftware;
    }
    return ExitSoftware;
}

} // namespace signalbox
