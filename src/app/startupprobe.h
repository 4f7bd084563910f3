#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

namespace signalbox {

// --measure-startup: waits for the first paint of a widget, then prints the milliseconds since
// the process started and the memory it holds as one JSON line, and says it is done.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    StartupProbe(QWidget *watched, const QElapsedTimer &sinceStart, QObject *parent = nullptr);

    // The process clock: started first thing in main().
    static QElapsedTimer &processClock();
    // VmRSS and VmHWM from /proc/self/status, in KiB (0 where unknown).
    static qint64 residentKb();
    static qint64 peakResidentKb();

signals:
    void measured(qint64 milliseconds);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_sinceStart;
    bool m_done = false;
};

} // namespace signalbox
