#pragma once

#include "invocation.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace signalbox {

// Turns the words after the program name into an Invocation. Options may stand anywhere;
// "--" ends them, so that a TEXT may begin with a dash. Each command states the options it
// takes, and anything else is a usage error.
class ArgumentParser
{
    Q_DECLARE_TR_FUNCTIONS(signalbox::ArgumentParser)

public:
    [[nodiscard]] bool parse(const QStringList &arguments);

    const Invocation &invocation() const { return m_invocation; }
    // One sentence saying what is wrong with the command line; empty after a success.
    QString errorText() const { return m_error; }

    static QString usage();

private:
    bool takeOptions(const QStringList &arguments);
    bool resolveCommand();
    bool allowOnly(const QSet<QString> &allowed, const QSet<QString> &required);
    bool takeId(const QString &word, Id *id);
    bool fail(const QString &error);

    Invocation m_invocation;
    QStringList m_words;             // the positional arguments
    QHash<QString, QString> m_given; // option name (without dashes) -> value ("" for flags)
    QString m_commandName;
    QString m_error;
};

} // namespace signalbox
