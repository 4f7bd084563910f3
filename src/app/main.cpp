#include "application.h"
#include "logfilter.h"
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
    QApplication::setApplicationDisplayName(QStringLiteral("Signalbox"));
    QApplication::setApplicationVersion(QStringLiteral(SIGNALBOX_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("signalbox"));

    signalbox::Application application;
    return application.run(QApplication::arguments());
}
