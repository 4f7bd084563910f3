#include "logfilter.h"

#include <QLoggingCategory>
#include <QtGlobal>

namespace signalbox {

const char *LogFilter::defaultRules()
{
    return "*.debug=false\n*.info=false\n*.warning=false";
}

bool LogFilter::install()
{
    if (qEnvironmentVariableIsSet("QT_LOGGING_RULES")
        || qEnvironmentVariableIsSet("QT_LOGGING_CONF"))
        return false;
    QLoggingCategory::setFilterRules(QString::fromLatin1(defaultRules()));
    return true;
}

} // namespace signalbox
