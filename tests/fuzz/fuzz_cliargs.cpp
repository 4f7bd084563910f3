// ArgumentParser::parse on a command line made of the input split at NUL bytes, each word
// decoded as the local 8-bit encoding (invalid UTF-8 included). Never crashes; succeeds exactly
// when it has no error to report; a refusal is one sentence; what it accepts is consistent.
#include "argumentparser.h"

#include <QByteArrayView>
#include <QStringList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace signalbox;

namespace {

using Command = Invocation::Command;

[[noreturn]] void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(detail));
    std::abort();
}

// Whether a word is the option (alone or with "=value"). It may also be the value of another
// option, or stand after a "--" that was itself such a value, so this only shows that the
// option could have been given.
bool given(const QStringList &words, const QString &option)
{
    for (const QString &word : words) {
        if (word == option || word.startsWith(option + QLatin1Char('=')))
            return true;
    }
    return false;
}

void checkAccepted(const QStringList &words, const Invocation &inv)
{
    if (inv.command == Command::Help) {
        if (!given(words, QStringLiteral("--help")) && !given(words, QStringLiteral("-h")))
            fail("help without --help or -h", words.join(QLatin1Char(' ')));
        return;
    }
    if (inv.command == Command::Version) {
        if (!given(words, QStringLiteral("--version")))
            fail("version without --version", words.join(QLatin1Char(' ')));
        return;
    }
    if (inv.storeUrlGiven && !given(words, QStringLiteral("--db")))
        fail("a store URL without --db", words.join(QLatin1Char(' ')));
    switch (inv.command) {
    case Command::Edit:
    case Command::Delete:
    case Command::Read:
    case Command::Show:
    case Command::History:
    case Command::Thread:
        if (inv.messageId <= 0)
            fail("a message command without a positive ID", words.join(QLatin1Char(' ')));
        break;
    case Command::Seed:
        if (inv.seedUsers < 2 || inv.seedMessages < 0)
            fail("seed accepted out-of-range counts", words.join(QLatin1Char(' ')));
        break;
    case Command::Search:
        if (inv.limit < 1 || inv.limit > 10000)
            fail("search accepted a bad limit", words.join(QLatin1Char(' ')));
        break;
    case Command::Export:
        if ((inv.format != QLatin1String("json") && inv.format != QLatin1String("html"))
            || inv.path.isEmpty())
            fail("export accepted a bad format or no PATH", words.join(QLatin1Char(' ')));
        break;
    default:
        break;
    }
    if (inv.replyTo < 0)
        fail("a negative reply-to ID", words.join(QLatin1Char(' ')));
}

void checkRefused(const QStringList &words, const QString &error)
{
    if (error.isEmpty())
        fail("refused without an error", words.join(QLatin1Char(' ')));
    if (error.front().isSpace() || !error.endsWith(QLatin1Char('.')))
        fail("the error is not one sentence", error);
    // A line break can only come from a word the user gave.
    bool wordsHaveBreaks = false;
    for (const QString &word : words)
        wordsHaveBreaks = wordsHaveBreaks || word.contains(QLatin1Char('\n'));
    if (!wordsHaveBreaks && error.contains(QLatin1Char('\n')))
        fail("the error spans several lines", error);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QStringList words;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    qsizetype start = 0;
    for (qsizetype i = 0; i <= input.size(); ++i) {
        if (i == input.size() || input.at(i) == '\0') {
            if (i < input.size() || start < input.size())
                words.append(QString::fromLocal8Bit(input.sliced(start, i - start)));
            start = i + 1;
        }
    }

    ArgumentParser parser;
    const bool ok = parser.parse(words);
    if (ok != parser.errorText().isEmpty())
        fail(ok ? "accepted with an error" : "refused without an error", parser.errorText());
    if (ok)
        checkAccepted(words, parser.invocation());
    else
        checkRefused(words, parser.errorText());

    // The parser keeps nothing from one command line to the next.
    const QString firstError = parser.errorText();
    if (parser.parse({QStringLiteral("user"), QStringLiteral("list")}) != true
        || parser.parse(words) != ok || parser.errorText() != firstError)
        fail("a second parse differs", words.join(QLatin1Char(' ')));
    return 0;
}
