#include "interruptflag.h"

namespace signalbox {

namespace {

const int HandledSignals[] = {SIGINT, SIGTERM, SIGHUP};
volatile std::sig_atomic_t g_raised = 0;

extern "C" void onInterrupt(int number)
{
    g_raised = number;
}

} // namespace

InterruptFlag::InterruptFlag()
{
    g_raised = 0;
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    // Interrupted reads and writes go on where they were: the flag is looked at in between.
    action.sa_flags = SA_RESTART;
    for (int i = 0; i < 3; ++i)
        ::sigaction(HandledSignals[i], &action, &m_previous[i]);
}

InterruptFlag::~InterruptFlag()
{
    for (int i = 0; i < 3; ++i)
        ::sigaction(HandledSignals[i], &m_previous[i], nullptr);
}

bool InterruptFlag::raised() const
{
    return g_raised != 0;
}

} // namespace signalbox
