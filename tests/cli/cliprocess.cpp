#include "cliprocess.h"

#include <QDir>
#include <QProcess>

namespace signalbox::test {

QJsonDocument CliResult::json() const
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), out.constData());
    return document;
}

CliProcess::CliProcess()
    : m_environment(QProcessEnvironment::systemEnvironment())
{
    m_environment.remove(QStringLiteral("SIGNALBOX_DB"));
    m_environment.remove(QStringLiteral("SIGNALBOX_PASSWORD"));
    // The CLI's own default logging, whatever the caller's shell asks for.
    m_environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    m_environment.remove(QStringLiteral("QT_LOGGING_CONF"));
    QDir(m_home.path()).mkpath(QStringLiteral("data"));
    m_environment.insert(QStringLiteral("HOME"), m_home.path());
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
}

QString CliProcess::program()
{
    return QStringLiteral(SIGNALBOX_CLI_PATH);
}

void CliProcess::setStoreVariable(const QString &url)
{
    if (url.isEmpty())
        m_environment.remove(QStringLiteral("SIGNALBOX_DB"));
    else
        m_environment.insert(QStringLiteral("SIGNALBOX_DB"), url);
}

void CliProcess::setVariable(const QString &name, const QString &value)
{
    if (value.isNull())
        m_environment.remove(name);
    else
        m_environment.insert(name, value);
}

void CliProcess::setPassword(const QString &password)
{
    if (password.isNull())
        m_environment.remove(QStringLiteral("SIGNALBOX_PASSWORD"));
    else
        m_environment.insert(QStringLiteral("SIGNALBOX_PASSWORD"), password);
}

CliResult CliProcess::run(const QStringList &arguments, const QByteArray &input,
                          int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.start(program(), arguments);
    CliResult result;
    if (!process.waitForStarted())
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    result.finished
        = process.waitForFinished(timeoutMs) && process.exitStatus() == QProcess::NormalExit;
    if (!result.finished)
        process.kill();
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

CliResult CliProcess::runRaw(const QList<QByteArray> &arguments) const
{
    // Each byte goes to sh as an octal escape for printf, so the arguments reach the binary
    // exactly as given, valid UTF-8 or not.
    QString script = QStringLiteral("exec \"$SIGNALBOX_TEST_CLI\"");
    for (const QByteArray &argument : arguments) {
        QString escaped;
        for (const char byte : argument)
            escaped += QStringLiteral("\\%1").arg(uint(uchar(byte)), 3, 8, QLatin1Char('0'));
        script += QStringLiteral(" \"$(printf '%1')\"").arg(escaped);
    }
    QProcessEnvironment environment = m_environment;
    environment.insert(QStringLiteral("SIGNALBOX_TEST_CLI"), program());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    CliResult result;
    process.closeWriteChannel();
    result.finished
        = process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace signalbox::test
