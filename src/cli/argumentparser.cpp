#include "argumentparser.h"

namespace signalbox {

namespace {

using Command = Invocation::Command;

const QSet<QString> &valueOptions()
{
    static const QSet<QString> options{QStringLiteral("db"),       QStringLiteral("as"),
                                       QStringLiteral("to"),       QStringLiteral("with"),
                                       QStringLiteral("reply-to"), QStringLiteral("users"),
                                       QStringLiteral("messages"), QStringLiteral("seed"),
                                       QStringLiteral("limit"),    QStringLiteral("format")};
    return options;
}

const QSet<QString> &flagOptions()
{
    static const QSet<QString> options{QStringLiteral("json"), QStringLiteral("password-stdin"),
                                       QStringLiteral("unread"), QStringLiteral("help"),
                                       QStringLiteral("version")};
    return options;
}

// Options every command accepts.
const QSet<QString> &globalOptions()
{
    static const QSet<QString> options{QStringLiteral("db"), QStringLiteral("json"),
                                       QStringLiteral("password-stdin"), QStringLiteral("help"),
                                       QStringLiteral("version")};
    return options;
}

const QString As = QStringLiteral("as");

} // namespace

QString ArgumentParser::usage()
{
    return tr(
        "Usage: signalbox-cli [--db URL] [--json] [--password-stdin] COMMAND …\n"
        "\n"
        "Commands:\n"
        "  user add NAME                        create a user\n"
        "  user list                            list all users\n"
        "  user delete --as NAME                delete NAME and all their data (export it\n"
        "                                       first: export --as NAME --format html PATH)\n"
        "  send --as NAME --to PEER [--reply-to ID] TEXT\n"
        "  edit --as NAME ID TEXT\n"
        "  delete --as NAME ID                  delete a message (one with replies stays as a\n"
        "                                       \"deleted\" placeholder)\n"
        "  read --as NAME ID                    mark a message read\n"
        "  show --as NAME ID\n"
        "  history --as NAME ID                 earlier versions, oldest first\n"
        "  thread --as NAME ID                  the whole reply tree ID belongs to\n"
        "  conversation --as NAME --with PEER   both directions, oldest first\n"
        "  conversations --as NAME              one row per peer\n"
        "  unread --as NAME\n"
        "  notifications --as NAME [--unread]\n"
        "  watch --as NAME                      print each new notification as one JSON line,\n"
        "                                       until interrupted\n"
        "  search --as NAME [--with PEER] [--limit N] QUERY\n"
        "                                       find messages, newest first (words, \"a phrase\",\n"
        "                                       prefix*, from:NAME, with:NAME,\n"
        "                                       before:YYYY-MM-DD, after:YYYY-MM-DD)\n"
        "  export --as NAME [--with PEER] --format json|html PATH\n"
        "                                       write one conversation, or all, to PATH\n"
        "  seed [--users N] [--messages N] [--seed N]\n"
        "                                       fill the store with test data (users user0000…,\n"
        "                                       password \"seed-password\")\n"
        "  backup PATH                          write a consistent copy of the store to PATH\n"
        "  restore PATH                         replace the store with the backup at PATH\n"
        "                                       (refused while the store is open elsewhere)\n"
        "  passwd --as NAME                     change NAME's password (the new one from\n"
        "                                       $SIGNALBOX_NEW_PASSWORD or the next line of\n"
        "                                       standard input)\n"
        "\n"
        "Team stores (PostgreSQL), with the administrator's URL:\n"
        "  team init                            set the store up: roles, grants, row-level\n"
        "                                       security; every account gets a login\n"
        "  team add NAME                        add a member (initial password generated and\n"
        "                                       shown once, or --password-stdin)\n"
        "  team remove NAME                     remove a member and all their data\n"
        "  team list                            each member's name and database role\n"
        "\n"
        "The store is --db, else $SIGNALBOX_DB, else the default store.\n"
        "The password is read from $SIGNALBOX_PASSWORD, or with --password-stdin from the\n"
        "first line of standard input. Put \"--\" before a TEXT that begins with a dash.\n"
        "\n"
        "Exit codes: 0 success, 64 usage, 65 invalid input, 66 no such user or message,\n"
        "74 store cannot be opened, 75 store busy or export interrupted, 77 wrong password or not "
        "permitted.\n");
}

bool ArgumentParser::fail(const QString &error)
{
    m_error = error;
    return false;
}

bool ArgumentParser::parse(const QStringList &arguments)
{
    m_invocation = {};
    m_words.clear();
    m_given.clear();
    m_commandName.clear();
    m_error.clear();
    if (!takeOptions(arguments))
        return false;
    if (m_given.contains(QStringLiteral("help"))) {
        m_invocation.command = Command::Help;
        return true;
    }
    if (m_given.contains(QStringLiteral("version"))) {
        m_invocation.command = Command::Version;
        return true;
    }
    return resolveCommand();
}

bool ArgumentParser::takeOptions(const QStringList &arguments)
{
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &word = arguments.at(i);
        if (optionsEnded || word == QLatin1String("-") || !word.startsWith(QLatin1Char('-'))) {
            m_words.append(word);
            continue;
        }
        if (word == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (word == QLatin1String("-h")) {
            m_given.insert(QStringLiteral("help"), QString());
            continue;
        }
        if (!word.startsWith(QLatin1String("--")))
            return fail(tr("Unknown option “%1”.").arg(word));
        QString name = word.mid(2);
        QString value;
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        const bool inlineValue = equals >= 0;
        if (inlineValue) {
            value = name.mid(equals + 1);
            name.truncate(equals);
        }
        if (valueOptions().contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= arguments.size())
                    return fail(tr("The option --%1 needs a value.").arg(name));
                value = arguments.at(++i);
            }
        } else if (flagOptions().contains(name)) {
            if (inlineValue)
                return fail(tr("The option --%1 takes no value.").arg(name));
        } else {
            return fail(tr("Unknown option “%1”.").arg(word));
        }
        if (m_given.contains(name))
            return fail(tr("The option --%1 is given twice.").arg(name));
        m_given.insert(name, value);
    }
    return true;
}

bool ArgumentParser::allowOnly(const QSet<QString> &allowed, const QSet<QString> &required)
{
    for (auto it = m_given.cbegin(); it != m_given.cend(); ++it) {
        if (!allowed.contains(it.key()) && !globalOptions().contains(it.key()))
            return fail(
                tr("The command “%1” does not take the option --%2.").arg(m_commandName, it.key()));
    }
    for (const QString &name : required) {
        if (!m_given.contains(name))
            return fail(tr("The command “%1” needs the option --%2.").arg(m_commandName, name));
    }
    return true;
}

bool ArgumentParser::takeId(const QString &word, Id *id)
{
    bool ok = false;
    const Id value = word.toLongLong(&ok);
    if (!ok || value <= 0)
        return fail(tr("A message ID is a positive whole number, not “%1”.").arg(word));
    *id = value;
    return true;
}

bool ArgumentParser::resolveCommand()
{
    Invocation &inv = m_invocation;
    inv.storeUrlGiven = m_given.contains(QStringLiteral("db"));
    inv.storeUrl = m_given.value(QStringLiteral("db"));
    inv.json = m_given.contains(QStringLiteral("json"));
    inv.passwordFromStdin = m_given.contains(QStringLiteral("password-stdin"));
    inv.actor = m_given.value(As);
    inv.unreadOnly = m_given.contains(QStringLiteral("unread"));

    if (m_words.isEmpty())
        return fail(tr("No command was given."));
    QStringList words = m_words;
    m_commandName = words.takeFirst();

    // Each command: its options, then its positional arguments.
    const auto expectWords = [&](qsizetype count, const QString &what) {
        if (words.size() < count)
            return fail(tr("The command “%1” needs %2.").arg(m_commandName, what));
        if (words.size() > count)
            return fail(tr("The command “%1” got an unexpected argument “%2”.")
                            .arg(m_commandName, words.at(count)));
        return true;
    };
    // TEXT is one argument; several trailing words are joined with spaces.
    const auto takeText = [&]() {
        if (words.isEmpty())
            return fail(tr("The command “%1” needs a TEXT.").arg(m_commandName));
        inv.text = words.join(QLatin1Char(' '));
        words.clear();
        return true;
    };
    const auto idCommand = [&](Command command) {
        inv.command = command;
        return allowOnly({As}, {As}) && expectWords(1, tr("a message ID"))
               && takeId(words.first(), &inv.messageId);
    };

    if (m_commandName == QLatin1String("team")) {
        if (words.isEmpty())
            return fail(tr("The command “team” needs init, add, remove or list."));
        const QString sub = words.takeFirst();
        m_commandName = QStringLiteral("team ") + sub;
        if (sub == QLatin1String("init") || sub == QLatin1String("list")) {
            inv.command = sub == QLatin1String("init") ? Command::TeamInit : Command::TeamList;
            return allowOnly({}, {}) && expectWords(0, QString());
        }
        if (sub == QLatin1String("add") || sub == QLatin1String("remove")) {
            inv.command = sub == QLatin1String("add") ? Command::TeamAdd : Command::TeamRemove;
            if (!allowOnly({}, {}) || !expectWords(1, tr("a NAME")))
                return false;
            inv.username = words.first();
            return true;
        }
        return fail(tr("Unknown command “%1”.").arg(m_commandName));
    }
    if (m_commandName == QLatin1String("passwd")) {
        inv.command = Command::Passwd;
        return allowOnly({As}, {As}) && expectWords(0, QString());
    }
    if (m_commandName == QLatin1String("user")) {
        if (words.isEmpty())
            return fail(tr("The command “user” needs add, list or delete."));
        const QString sub = words.takeFirst();
        m_commandName = QStringLiteral("user ") + sub;
        if (sub == QLatin1String("add")) {
            inv.command = Command::UserAdd;
            if (!allowOnly({}, {}) || !expectWords(1, tr("a NAME")))
                return false;
            inv.username = words.first();
            return true;
        }
        if (sub == QLatin1String("list")) {
            inv.command = Command::UserList;
            return allowOnly({}, {}) && expectWords(0, QString());
        }
        if (sub == QLatin1String("delete")) {
            inv.command = Command::UserDelete;
            return allowOnly({As}, {As}) && expectWords(0, QString());
        }
        return fail(tr("Unknown command “%1”.").arg(m_commandName));
    }
    if (m_commandName == QLatin1String("send")) {
        inv.command = Command::Send;
        const QString replyTo = QStringLiteral("reply-to");
        if (!allowOnly({As, QStringLiteral("to"), replyTo}, {As, QStringLiteral("to")}))
            return false;
        inv.peer = m_given.value(QStringLiteral("to"));
        if (m_given.contains(replyTo) && !takeId(m_given.value(replyTo), &inv.replyTo))
            return false;
        return takeText();
    }
    if (m_commandName == QLatin1String("edit")) {
        inv.command = Command::Edit;
        if (!allowOnly({As}, {As}))
            return false;
        if (words.isEmpty())
            return fail(tr("The command “edit” needs a message ID and a TEXT."));
        if (!takeId(words.takeFirst(), &inv.messageId))
            return false;
        return takeText();
    }
    if (m_commandName == QLatin1String("delete"))
        return idCommand(Command::Delete);
    if (m_commandName == QLatin1String("read"))
        return idCommand(Command::Read);
    if (m_commandName == QLatin1String("show"))
        return idCommand(Command::Show);
    if (m_commandName == QLatin1String("history"))
        return idCommand(Command::History);
    if (m_commandName == QLatin1String("thread"))
        return idCommand(Command::Thread);
    if (m_commandName == QLatin1String("conversation")) {
        inv.command = Command::Conversation;
        const QString with = QStringLiteral("with");
        if (!allowOnly({As, with}, {As, with}))
            return false;
        inv.peer = m_given.value(with);
        return expectWords(0, QString());
    }
    if (m_commandName == QLatin1String("conversations")) {
        inv.command = Command::Conversations;
        return allowOnly({As}, {As}) && expectWords(0, QString());
    }
    if (m_commandName == QLatin1String("unread")) {
        inv.command = Command::Unread;
        return allowOnly({As}, {As}) && expectWords(0, QString());
    }
    if (m_commandName == QLatin1String("notifications")) {
        inv.command = Command::Notifications;
        return allowOnly({As, QStringLiteral("unread")}, {As}) && expectWords(0, QString());
    }
    if (m_commandName == QLatin1String("watch")) {
        inv.command = Command::Watch;
        return allowOnly({As}, {As}) && expectWords(0, QString());
    }
    if (m_commandName == QLatin1String("backup") || m_commandName == QLatin1String("restore")) {
        inv.command = m_commandName == QLatin1String("backup") ? Command::Backup : Command::Restore;
        if (!allowOnly({}, {}) || !expectWords(1, tr("a PATH")))
            return false;
        inv.path = words.first();
        return true;
    }
    if (m_commandName == QLatin1String("search")) {
        inv.command = Command::Search;
        const QString with = QStringLiteral("with");
        const QString limit = QStringLiteral("limit");
        if (!allowOnly({As, with, limit}, {As}))
            return false;
        inv.peer = m_given.value(with);
        if (m_given.contains(limit)) {
            bool ok = false;
            inv.limit = m_given.value(limit).toInt(&ok);
            if (!ok || inv.limit < 1 || inv.limit > 10000)
                return fail(tr("--limit takes a whole number from 1 to 10000."));
        }
        if (words.isEmpty())
            return fail(tr("The command “search” needs a QUERY."));
        inv.text = words.join(QLatin1Char(' '));
        return true;
    }
    if (m_commandName == QLatin1String("export")) {
        inv.command = Command::Export;
        const QString with = QStringLiteral("with");
        const QString format = QStringLiteral("format");
        if (!allowOnly({As, with, format}, {As, format}) || !expectWords(1, tr("a PATH")))
            return false;
        inv.peer = m_given.value(with);
        inv.format = m_given.value(format);
        if (inv.format != QLatin1String("json") && inv.format != QLatin1String("html"))
            return fail(tr("--format takes json or html, not “%1”.").arg(inv.format));
        inv.path = words.first();
        if (inv.path.isEmpty())
            return fail(tr("The command “export” needs a PATH that is not empty."));
        return true;
    }
    if (m_commandName == QLatin1String("seed")) {
        inv.command = Command::Seed;
        const QString users = QStringLiteral("users");
        const QString messages = QStringLiteral("messages");
        const QString seed = QStringLiteral("seed");
        if (!allowOnly({users, messages, seed}, {}) || !expectWords(0, QString()))
            return false;
        bool ok = true;
        if (m_given.contains(users))
            inv.seedUsers = m_given.value(users).toInt(&ok);
        if (!ok || inv.seedUsers < 2)
            return fail(tr("--users takes a whole number of at least 2."));
        if (m_given.contains(messages))
            inv.seedMessages = m_given.value(messages).toLongLong(&ok);
        if (!ok || inv.seedMessages < 0)
            return fail(tr("--messages takes a whole number."));
        if (m_given.contains(seed))
            inv.seedValue = m_given.value(seed).toUInt(&ok);
        if (!ok)
            return fail(tr("--seed takes a whole number."));
        return true;
    }
    return fail(tr("Unknown command “%1”.").arg(m_commandName));
}

} // namespace signalbox
