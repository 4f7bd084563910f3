#include "applicationidentity.h"
#include "argumentparser.h"
#include "commandrunner.h"
#include "exitcode.h"
#include "logfilter.h"
#include "migrator.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <cstdio>

using namespace signalbox;

namespace {

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void reportError(const QString &sentence)
{
    write(stderr, QStringLiteral("signalbox-cli: ") + sentence + QLatin1Char('\n'));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    ApplicationIdentity::apply();
    LogFilter::install();

    // Decoded here rather than through QCoreApplication::arguments(), which would quietly turn
    // invalid UTF-8 into replacement characters and store them.
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        arguments.append(decoder(QByteArrayView(argv[i])));
        if (decoder.hasError()) {
            reportError(QCoreApplication::translate("signalbox::CommandRunner",
                                                    "Argument %1 is not valid UTF-8 text.")
                            .arg(i));
            return ExitDataError;
        }
    }

    ArgumentParser parser;
    if (!parser.parse(arguments)) {
        reportError(parser.errorText());
        write(stderr, QLatin1Char('\n') + ArgumentParser::usage());
        return ExitUsage;
    }
    if (parser.invocation().command == Invocation::Command::Help) {
        write(stdout, ArgumentParser::usage());
        return ExitSuccess;
    }
    if (parser.invocation().command == Invocation::Command::Version) {
        write(stdout, QStringLiteral("signalbox-cli " SIGNALBOX_VERSION "\n"));
        return ExitSuccess;
    }

    // A long migration (the search index of a big store) says how far it has come, on
    // standard error so that standard output stays one document.
    Migrator::setProgressHandler([](const QString &step, qint64 done, qint64 total) {
        write(stderr, QStringLiteral("signalbox-cli: ")
                          + QCoreApplication::translate("signalbox::CommandRunner",
                                                        "%1: %2 of %3 messages (%4%)")
                                .arg(step)
                                .arg(done)
                                .arg(total)
                                .arg(total > 0 ? done * 100 / total : 0)
                          + QLatin1Char('\n'));
    });

    CommandRunner runner;
    const CommandRunner::Outcome outcome = runner.run(parser.invocation());
    if (!outcome.output.isEmpty())
        write(stdout, outcome.output);
    if (!outcome.error.isEmpty())
        reportError(outcome.error);
    return outcome.exitCode;
}
