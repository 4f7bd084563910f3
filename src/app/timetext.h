#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace signalbox {

// How message times read in lists: the time for today, the day for this year, else the date.
class TimeText
{
    Q_DECLARE_TR_FUNCTIONS(signalbox::TimeText)

public:
    static QString brief(const QDateTime &utc, const QDateTime &now = QDateTime::currentDateTime());
    // The full local date and time, for tooltips and the history dialog.
    static QString full(const QDateTime &utc);
};

} // namespace signalbox
