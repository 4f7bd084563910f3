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
    if (local.date() == today)
        return locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date().daysTo(today) == 1)
        return tr("Yesterday %1").arg(locale.toString(local.time(), QLocale::ShortFormat));
    if (local.date().year() == today.year())
        return locale.toString(local, QStringLiteral("d MMM, "))
               + locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local.date(), QLocale::ShortFormat);
}

QString TimeText::full(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toLocalTime(), QLocale::LongFormat);
}

} // namespace signalbox
