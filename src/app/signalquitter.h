#pragma once

#include <QObject>

class QSocketNotifier;

namespace signalbox {

// Turns SIGTERM, SIGINT and SIGHUP into a clean exit of the event loop (exit code 0): the
// handler only writes the signal's number into a self-pipe, and a QSocketNotifier on the other
// end calls QCoreApplication::exit(0) from the event loop, so windows, models and the store are
// torn down by the usual destructors after the loop returns. One per process.
class SignalQuitter : public QObject
{
    Q_OBJECT

public:
    explicit SignalQuitter(QObject *parent = nullptr);
    ~SignalQuitter() override;

    // False when the pipe or a handler could not be set up (the signals then keep their
    // default action).
    bool isActive() const { return m_notifier != nullptr; }

signals:
    // Emitted from the event loop just before it is asked to exit.
    void received(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace signalbox
