#pragma once

#include <QCoreApplication>
#include <QString>

namespace signalbox {

// The names that decide where the default store lives: with no organization name,
// QStandardPaths::AppDataLocation is ~/.local/share/signalbox on Linux. The GUI and the CLI
// must set the same names, or they would look for the default store in different folders.
class ApplicationIdentity
{
public:
    static QString applicationName() { return QStringLiteral("signalbox"); }
    static QString organizationName() { return QString(); }

    static void apply()
    {
        QCoreApplication::setApplicationName(applicationName());
        QCoreApplication::setOrganizationName(organizationName());
    }
};

} // namespace signalbox
