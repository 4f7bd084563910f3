#pragma once

#include <csignal>

namespace signalbox {

// While one exists, SIGINT (Ctrl+C), SIGTERM and SIGHUP do not end the process: the handler
// only records the signal in a flag (the one async-signal-safe thing it does), and the
// operation that set it up polls raised() from its progress callback and cancels itself
// cleanly, so that its destructors and clean-up run (an export discards QSaveFile's temporary
// file). The destructor restores the actions there were before. One at a time.
class InterruptFlag
{
public:
    InterruptFlag();
    ~InterruptFlag();
    InterruptFlag(const InterruptFlag &) = delete;
    InterruptFlag &operator=(const InterruptFlag &) = delete;

    // True once one of the signals arrived (while this object existed).
    bool raised() const;

private:
    struct sigaction m_previous[3] = {};
};

} // namespace signalbox
