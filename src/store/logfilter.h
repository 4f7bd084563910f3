#pragma once

namespace signalbox {

// The default logging of the app and the CLI: their standard error is for the sentences they
// promise, so driver and debug lines (signalbox.store.database, the SQL drivers' warnings) are
// off unless the person asks for them with QT_LOGGING_RULES (or QT_LOGGING_CONF). Critical
// messages always pass.
class LogFilter
{
public:
    // The rules installed when the environment sets none.
    static const char *defaultRules();
    // Installs defaultRules() unless QT_LOGGING_RULES or QT_LOGGING_CONF is set; returns
    // whether it did. Call once, after the Q(Core)Application exists.
    static bool install();
};

} // namespace signalbox
