#include "application.h"
#include "logfilter.h"
#include "signalquitter.h"
#include "startupprobe.h"

#include <QApplication>

#include <cstdio>
#include <cstring>

int main(int argc, char *argv[])
{
    signalbox::StartupProbe::processClock().start();
    // Answered before there is a display to connect to: it works in any terminal.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::puts("signalbox " SIGNALBOX_VERSION);
            return 0;
        }
        if (std::strcmp(argv[i], "--") == 0)
            break;
    }
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
