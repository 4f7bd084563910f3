#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QTest>

namespace signalbox::test {

// A hostile text, and whether the store's rules accept it in each input that takes text.
struct HostileText
{
    const char *name;
    QString text;
    bool validMessage;  // message content or edit text: not blank, storable, ≤ 20,000 units
    bool validUsername; // 1 to 150 letters, digits and @ . + - _
    bool
        validPassword; // 8 to 4,096 UTF-16 units, no NUL (libpq's strings end there), else anything
};

// The hostile texts every text input is tested with (store, CLI and app): SQL injection, quotes,
// NUL, bidirectional controls, combining marks, emoji, broken surrogates, byte-order marks,
// markup and the length limits.
inline QList<HostileText> hostileTexts()
{
    const QChar nul(0);
    return {
        {"sql injection: drop table", QStringLiteral("x'); DROP TABLE messages; --"), true, false,
         true},
        {"sql injection: or 1=1", QStringLiteral("' OR '1'='1"), true, false, true},
        {"sql injection: union", QStringLiteral("\" UNION SELECT password_hash FROM users --"),
         true, false, true},
        {"sql injection: stacked",
         QStringLiteral("a; DELETE FROM users; PRAGMA writable_schema=1;"), true, false, true},
        {"quotes and backslashes", QStringLiteral("'\"`\\\\\\'\\\"%_?:1$1@a"), true, false, true},
        {"NUL in the middle", QStringLiteral("before") + nul + QStringLiteral("after"), false,
         false, false},
        {"NUL only at the end", QStringLiteral("text") + nul, false, false, false},
        {"right-to-left override", QStringLiteral("invoice\u202Efdp.exe"), true, false, true},
        {"bidi isolates", QStringLiteral("\u2067abc\u2069\u200F\u200E"), true, false, false},
        {"combining characters", QStringLiteral("Z\u0351\u0352\u0353e\u0301\u0301\u0301\u0301"),
         true, false, true},
        {"emoji and ZWJ sequences", QStringLiteral("👩‍👩‍👧‍👦🙂🏳️‍🌈"),
         true, false, true},
        {"control characters", QStringLiteral("\a\b\t\n\r\x1b[31mred\x7f"), true, false, true},
        {"markup",
         QStringLiteral("<b>bold</b><img src=\"x\"><a href=\"https://example.org\">a</a>"), true,
         false, true},
        {"20,000 characters", QString(20000, QLatin1Char('x')), true, false, false},
        {"20,001 characters", QString(20001, QLatin1Char('x')), false, false, false},
        {"20,000 emoji units", QStringLiteral("🙂").repeated(10000), true, false, false},
        {"150 characters", QString(150, QLatin1Char('u')), true, true, true},
        {"151 characters", QString(151, QLatin1Char('u')), true, false, true},
        {"lone high surrogate", QStringLiteral("ab") + QChar(0xD800) + QStringLiteral("cd"), false,
         false, false},
        {"lone low surrogate", QChar(0xDC00) + QStringLiteral("tail"), false, false, false},
        {"reversed surrogate pair", QString(QChar(0xDE00)) + QChar(0xD83D), false, false, false},
        {"leading byte-order mark", QStringLiteral("\uFEFFhello"), false, false, false},
        {"byte-order mark inside", QStringLiteral("hel\uFEFFlo\uFEFF"), true, false, false},
        {"swapped byte-order mark", QStringLiteral("\uFFFEhello"), false, false, false},
        {"whitespace only", QStringLiteral(" \t\n "), false, false, false},
        {"empty", QString(), false, false, false},
        {"username-like", QStringLiteral("mallory@example.org"), true, true, true},
        {"letters of other scripts", QStringLiteral("Zoë_Ångström-ı.ß+日本"), true, true, true},
        {"non-characters", QString(QChar(0xFFFE)) + QChar(0xFFFF) + QStringLiteral("x"), false,
         false, false},
    };
}

// The table as QTest data: columns text, validMessage, validUsername, validPassword.
inline void addHostileColumns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("validMessage");
    QTest::addColumn<bool>("validUsername");
    QTest::addColumn<bool>("validPassword");
    for (const HostileText &row : hostileTexts())
        QTest::newRow(row.name) << row.text << row.validMessage << row.validUsername
                                << row.validPassword;
}

} // namespace signalbox::test
