#include "worddiff.h"

#include <QTest>

using namespace signalbox;

namespace QTest {
template<>
char *toString(const QList<DiffSegment> &segments)
{
    QString text;
    for (const DiffSegment &s : segments) {
        const char *mark = s.kind == DiffSegment::Same      ? "="
                           : s.kind == DiffSegment::Removed ? "-"
                                                            : "+";
        text += QLatin1String(mark) + QLatin1Char('[') + s.text + QStringLiteral("] ");
    }
    return qstrdup(text.toUtf8().constData());
}
} // namespace QTest

class tst_WordDiff : public QObject
{
    Q_OBJECT

private slots:
    void tokenize();
    void compare_data();
    void compare();
    void segmentsRebuildBothVersions_data();
    void segmentsRebuildBothVersions();
    void html();
};

using Segments = QList<DiffSegment>;

void tst_WordDiff::tokenize()
{
    QCOMPARE(WordDiff::tokenize(QStringLiteral("hello  big\nworld ")),
             (QStringList{QStringLiteral("hello"), QStringLiteral("  "), QStringLiteral("big"),
                          QStringLiteral("\n"), QStringLiteral("world"), QStringLiteral(" ")}));
    QVERIFY(WordDiff::tokenize(QString()).isEmpty());
}

void tst_WordDiff::compare_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<Segments>("expected");
    const auto same = [](const char16_t *t) {
        return DiffSegment{DiffSegment::Same, QString::fromUtf16(t)};
    };
    const auto removed = [](const char16_t *t) {
        return DiffSegment{DiffSegment::Removed, QString::fromUtf16(t)};
    };
    const auto added = [](const char16_t *t) {
        return DiffSegment{DiffSegment::Added, QString::fromUtf16(t)};
    };

    QTest::newRow("identical") << QStringLiteral("a b") << QStringLiteral("a b")
                               << Segments{same(u"a b")};
    QTest::newRow("word inserted")
        << QStringLiteral("hello world") << QStringLiteral("hello big world")
        << Segments{same(u"hello "), added(u"big "), same(u"world")};
    QTest::newRow("word removed") << QStringLiteral("see you soon") << QStringLiteral("see soon")
                                  << Segments{same(u"see "), removed(u"you "), same(u"soon")};
    QTest::newRow("word replaced")
        << QStringLiteral("meet at noon") << QStringLiteral("meet at five")
        << Segments{same(u"meet at "), removed(u"noon"), added(u"five")};
    QTest::newRow("two words replaced together")
        << QStringLiteral("a b c d") << QStringLiteral("a x y d")
        << Segments{same(u"a "), removed(u"b c"), added(u"x y"), same(u" d")};
    QTest::newRow("from nothing") << QString() << QStringLiteral("new") << Segments{added(u"new")};
    QTest::newRow("to nothing") << QStringLiteral("old") << QString() << Segments{removed(u"old")};
    QTest::newRow("unicode") << QStringLiteral("caf\u00e9 ouvert")
                             << QStringLiteral("caf\u00e9 ferm\u00e9")
                             << Segments{same(u"caf\u00e9 "), removed(u"ouvert"),
                                         added(u"ferm\u00e9")};
}

void tst_WordDiff::compare()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(Segments, expected);
    QCOMPARE(WordDiff::compare(before, after), expected);
}

void tst_WordDiff::segmentsRebuildBothVersions_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("prose") << QStringLiteral("The quick brown fox jumps over the lazy dog.")
                           << QStringLiteral("The quick red fox leaps over the very lazy dog!");
    QTest::newRow("lines") << QStringLiteral("one\ntwo\nthree")
                           << QStringLiteral("one\n2\nthree\nfour");
    QTest::newRow("spaces") << QStringLiteral("  a   b ") << QStringLiteral("a b");
}

void tst_WordDiff::segmentsRebuildBothVersions()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QString oldText;
    QString newText;
    for (const DiffSegment &s : WordDiff::compare(before, after)) {
        if (s.kind != DiffSegment::Added)
            oldText += s.text;
        if (s.kind != DiffSegment::Removed)
            newText += s.text;
    }
    QCOMPARE(oldText, before);
    QCOMPARE(newText, after);
}

void tst_WordDiff::html()
{
    const QString html = WordDiff::toHtml(
        WordDiff::compare(QStringLiteral("if a < b & c"), QStringLiteral("if a > b & c\nthen")));
    QVERIFY(html.startsWith(QStringLiteral("if a ")));
    QVERIFY(html.contains(QStringLiteral("&lt;</del>")));
    QVERIFY(html.contains(QStringLiteral("&gt;</ins>")));
    QVERIFY(html.contains(QStringLiteral("&amp;")));
    QVERIFY(html.contains(QStringLiteral("<br/>then</ins>")));
    QVERIFY(!html.contains(QStringLiteral("< b")));
    QVERIFY(html.contains(QStringLiteral("<del style=\"background-color: rgba(")));
    QVERIFY(html.contains(QStringLiteral("<ins style=\"background-color: rgba(")));
    QCOMPARE(WordDiff::toHtml({{DiffSegment::Same, QStringLiteral("<b>x</b>")}}),
             QStringLiteral("&lt;b&gt;x&lt;/b&gt;"));
}

QTEST_GUILESS_MAIN(tst_WordDiff)
#include "tst_worddiff.moc"
