#include "startupprobe.h"

#include <QEvent>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace signalbox {

namespace {

qint64 statusField(const char *name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(name) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace

StartupProbe::StartupProbe(QWidget *watched, const QElapsedTimer &sinceStart, QObject *parent)
    : QObject(parent)
    , m_sinceStart(sinceStart)
{
    watched->installEventFilter(this);
}

QElapsedTimer &StartupProbe::processClock()
{
    static QElapsedTimer clock;
    return clock;
}

qint64 StartupProbe::residentKb()
{
    return statusField("VmRSS");
}

qint64 StartupProbe::peakResidentKb()
{
    return statusField("VmHWM");
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_done) {
        m_done = true;
        const qint64 ms = m_sinceStart.elapsed();
        // Measured once the paint that is starting has been delivered.
        QTimer::singleShot(0, this, [this, ms] {
            const QJsonObject report{{QStringLiteral("first_paint_ms"), ms},
                                     {QStringLiteral("rss_kb"), residentKb()},
                                     {QStringLiteral("peak_rss_kb"), peakResidentKb()}};
            const QByteArray line = QJsonDocument(report).toJson(QJsonDocument::Compact) + '\n';
            std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
            std::fflush(stdout);
            emit measured(ms);
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace signalbox
