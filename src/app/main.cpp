#include "application.h"
#include "logfilter.h"
#include "signalquitter.h"
#include "startupprobe.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    signalbox::StartupProbe::processClock().start();
    QApplication app(argc, argv);
    signalbox::LogFilter::install();
    // No organization: the store lives in ~/.local/share/signalbox, as for signalbox-cli.
    QApplication::setApplicationName(QStringLiteral("signalbox"));
    QApplication::setOrganizationName(QString());
    // No application display name: Qt would append " — Signalbox" to every window title, and
    // the titles already name the app where it belongs ("Signalbox — alice", "Sign in to
    // Signalbox"), so it would appear twice.
    QApplication::setApplicationVersion(QStringLiteral(SIGNALBOX_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("signalbox"));

    // SIGTERM, SIGINT and SIGHUP end the event loop; everything is then closed as on File ▸ Quit.
    signalbox::SignalQuitter signalQuitter;
    signalbox::Application application;
    return application.run(QApplication::arguments());
}
