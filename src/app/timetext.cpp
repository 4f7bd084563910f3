#include "timetext.h"

#include <QLocale>

namespace signalbox {

QString TimeText::brief(const QDateTime &utc, const QDateTime &now)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    const QDate today = now.toLocalTime().date();
    const QLocale locale;
    // The locale's short time without seconds (the C locale's short format has them).
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss"));
    const auto shortTime = [&](const QTime &time) {
        return locale.toString(time, timeFormat);
    };
    if (local.date() == today)
        return shortTime(local.time());
    if (local.date().daysTo(today) == 1)
        return tr("Yesterday %1").arg(shortTime(local.time()));
    if (local.date().year() == today.year())
        return locale.toString(local, QStringLiteral("d MMM, ")) + shortTime(local.time());
    return locale.toString(local.date(), QLocale::ShortFormat);
}

QString TimeText::full(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss"));
    return locale.toString(local.date(), QStringLiteral("d MMMM yyyy")) + QLatin1Char(' ')
           + locale.toString(local.time(), timeFormat);
}

} // namespace signalbox
