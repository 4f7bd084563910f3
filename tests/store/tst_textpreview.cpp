#include "textpreview.h"

#include <QTest>

using namespace signalbox;

// Previews: the one shortening rule of the app, the models and the CLI.
class tst_TextPreview : public QObject
{
    Q_OBJECT

private slots:
    void elided_data();
    void elided();
    void oneLinePreviewFoldsLines();
};

void tst_TextPreview::elided_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<QString>("expected");

    const QString ellipsis(QChar(0x2026));
    QTest::newRow("short enough") << QStringLiteral("hello") << 5 << QStringLiteral("hello");
    QTest::newRow("cut") << QStringLiteral("hello world") << 6
                         << QStringLiteral("hello") + ellipsis;
    QTest::newRow("no space before the ellipsis")
        << QStringLiteral("hello world") << 7 << QStringLiteral("hello") + ellipsis;
    // U+1F600 is two UTF-16 units: it is kept whole or dropped whole.
    QTest::newRow("surrogate pair kept whole")
        << QStringLiteral("ab\U0001F600cd") << 4 << QStringLiteral("ab") + ellipsis;
    QTest::newRow("surrogate pair fits")
        << QStringLiteral("ab\U0001F600cd") << 5 << QStringLiteral("ab\U0001F600") + ellipsis;
    QTest::newRow("nothing fits") << QStringLiteral("hello") << 0 << QString();
}

void tst_TextPreview::elided()
{
    QFETCH(QString, text);
    QFETCH(int, maxLength);
    QFETCH(QString, expected);
    const QString result = signalbox::elided(text, maxLength);
    QCOMPARE(result, expected);
    QVERIFY(result.size() <= maxLength);
}

void tst_TextPreview::oneLinePreviewFoldsLines()
{
    QCOMPARE(oneLinePreview(QStringLiteral("  first\n\nsecond  "), 20),
             QStringLiteral("first second"));
    QCOMPARE(oneLinePreview(QStringLiteral("first\nsecond line"), 9),
             QStringLiteral("first se") + QChar(0x2026));
}

QTEST_GUILESS_MAIN(tst_TextPreview)
#include "tst_textpreview.moc"
