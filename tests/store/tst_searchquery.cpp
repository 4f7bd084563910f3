#include "storeassert.h"

#include "searchquery.h"
#include "searchsnippet.h"
#include "textfold.h"

#include <QTest>

using namespace signalbox;

class tst_SearchQuery : public QObject
{
    Q_OBJECT

private slots:
    void foldRemovesCaseAndAccents_data();
    void foldRemovesCaseAndAccents();
    void wordsSplitLikeTheTokenizer();
    void parsesEveryKindOfTerm();
    void parsesFilters();
    void cjkBecomesSubstrings();
    void refusesWhatItCannotRead_data();
    void refusesWhatItCannotRead();
    void snippetMarksMatches();
    void snippetCutsAroundTheFirstMatch();
    void snippetReplacesMarkersInTheText();
};

void tst_SearchQuery::foldRemovesCaseAndAccents_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("ascii") << QStringLiteral("Hello WORLD") << QStringLiteral("hello world");
    QTest::newRow("latin accents")
        << QStringLiteral("Café NAÏVE Ångström") << QStringLiteral("cafe naive angstrom");
    QTest::newRow("decomposed input") << QStringLiteral("Cafe\u0301") << QStringLiteral("cafe");
    QTest::newRow("greek") << QStringLiteral("ΚΑΦΈΣ καφές") << QStringLiteral("καφεσ καφεσ");
    QTest::newRow("cyrillic") << QStringLiteral("Ёжик ПРИВЕТ") << QStringLiteral("ежик привет");
    QTest::newRow("arabic harakat") << QStringLiteral("مَرْحَبًا") << QStringLiteral("مرحبا");
    QTest::newRow("hangul stays composed") << QStringLiteral("한국어") << QStringLiteral("한국어");
}

void tst_SearchQuery::foldRemovesCaseAndAccents()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(textfold::fold(text), folded);
}

void tst_SearchQuery::wordsSplitLikeTheTokenizer()
{
    const QString text = QStringLiteral("e-mail, naïve (x2) 🙂 “quoted”");
    QStringList words;
    for (const auto &span : textfold::words(text))
        words.append(text.mid(span.start, span.length));
    QCOMPARE(words,
             (QStringList{QStringLiteral("e"), QStringLiteral("mail"), QStringLiteral("naïve"),
                          QStringLiteral("x2"), QStringLiteral("quoted")}));
}

void tst_SearchQuery::parsesEveryKindOfTerm()
{
    auto parsed = SearchQuery::parse(QStringLiteral("  Café  \"Exact Phrase\" caf* e-mail  "));
    SB_VERIFY_OK(parsed);
    const QList<SearchQuery::Term> terms = parsed->terms();
    QCOMPARE(terms.size(), 4);
    QCOMPARE(terms.at(0).words, QStringList{QStringLiteral("cafe")});
    QCOMPARE(terms.at(0).raw, QStringList{QStringLiteral("Café")});
    QVERIFY(!terms.at(0).prefix);
    QCOMPARE(terms.at(1).words, (QStringList{QStringLiteral("exact"), QStringLiteral("phrase")}));
    QCOMPARE(terms.at(2).words, QStringList{QStringLiteral("caf")});
    QVERIFY(terms.at(2).prefix);
    // Written together, several words are a phrase.
    QCOMPARE(terms.at(3).words, (QStringList{QStringLiteral("e"), QStringLiteral("mail")}));
    QVERIFY(parsed->from().isEmpty());
    QVERIFY(!parsed->before());
}

void tst_SearchQuery::parsesFilters()
{
    auto parsed = SearchQuery::parse(
        QStringLiteral("FROM:Alice with:bob after:2024-01-31 before:2024-03-01 lunch"));
    SB_VERIFY_OK(parsed);
    QCOMPARE(parsed->from(), QStringLiteral("Alice"));
    QCOMPARE(parsed->with(), QStringLiteral("bob"));
    QCOMPARE(*parsed->after(), QDate(2024, 1, 31));
    QCOMPARE(*parsed->before(), QDate(2024, 3, 1));
    QCOMPARE(parsed->terms().size(), 1);
    // Filters alone are a search; an unknown key is text.
    auto only = SearchQuery::parse(QStringLiteral("from:alice"));
    SB_VERIFY_OK(only);
    QVERIFY(!only->hasTextTerms());
    auto time = SearchQuery::parse(QStringLiteral("at:10:30"));
    SB_VERIFY_OK(time);
    QCOMPARE(time->terms().first().words,
             (QStringList{QStringLiteral("at"), QStringLiteral("10"), QStringLiteral("30")}));
}

void tst_SearchQuery::cjkBecomesSubstrings()
{
    auto parsed = SearchQuery::parse(QStringLiteral("東京 \"東京 タワー\" tokyo"));
    SB_VERIFY_OK(parsed);
    QCOMPARE(parsed->terms().size(), 3);
    QCOMPARE(parsed->terms().at(0).kind, SearchQuery::Term::Kind::Substring);
    QCOMPARE(parsed->terms().at(0).text, QStringLiteral("東京"));
    QCOMPARE(parsed->terms().at(1).text, QStringLiteral("東京 タワー"));
    QCOMPARE(parsed->terms().at(2).kind, SearchQuery::Term::Kind::Words);
}

void tst_SearchQuery::refusesWhatItCannotRead_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("names");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("empty");
    QTest::newRow("punctuation only") << QStringLiteral("?! ...") << QStringLiteral("no letters");
    QTest::newRow("open quote") << QStringLiteral("say \"hello") << QStringLiteral("character 5");
    QTest::newRow("star alone") << QStringLiteral("*") << QStringLiteral("*");
    QTest::newRow("star inside") << QStringLiteral("ca*fe") << QStringLiteral("ca*fe");
    QTest::newRow("from without name") << QStringLiteral("from: x") << QStringLiteral("from:");
    QTest::newRow("from twice") << QStringLiteral("from:a from:b") << QStringLiteral("twice");
    QTest::newRow("bad date") << QStringLiteral("before:2024-13-01")
                              << QStringLiteral("2024-13-01");
    QTest::newRow("short date") << QStringLiteral("after:2024-1-1") << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("empty range") << QStringLiteral("after:2024-03-01 before:2024-03-02")
                                 << QStringLiteral("no day");
    QTest::newRow("quote inside word") << QStringLiteral("a\"b") << QStringLiteral("quotation");
    QTest::newRow("sql") << QStringLiteral("x\" OR 1=1; --") << QStringLiteral("quotation");
    QTest::newRow("nul") << QStringLiteral("a") + QChar(0) + QStringLiteral("b")
                         << QStringLiteral("NUL");
}

void tst_SearchQuery::refusesWhatItCannotRead()
{
    QFETCH(QString, query);
    QFETCH(QString, names);
    auto parsed = SearchQuery::parse(query);
    SB_VERIFY_ERROR(parsed, StoreError::InvalidInput);
    QVERIFY2(parsed.error().message.contains(names), qPrintable(parsed.error().message));
}

void tst_SearchQuery::snippetMarksMatches()
{
    auto query = SearchQuery::parse(QStringLiteral("cafe lai* \"au lait\""));
    SB_VERIFY_OK(query);
    const QString text = QStringLiteral("Un CAFÉ au lait, s'il vous plaît; laitier");
    const QString s = QString(SearchSnippet::MatchStart);
    const QString e = QString(SearchSnippet::MatchEnd);
    QCOMPARE(SearchSnippet::make(text, *query),
             QStringLiteral("Un ") + s + QStringLiteral("CAFÉ") + e + QStringLiteral(" ") + s
                 + QStringLiteral("au lait") + e + QStringLiteral(", s'il vous plaît; ") + s
                 + QStringLiteral("laitier") + e);
    QCOMPARE(SearchSnippet::plain(SearchSnippet::make(text, *query)), text);
}

void tst_SearchQuery::snippetCutsAroundTheFirstMatch()
{
    auto query = SearchQuery::parse(QStringLiteral("needle"));
    SB_VERIFY_OK(query);
    const QString text = QStringLiteral("word ").repeated(40) + QStringLiteral("needle")
                         + QStringLiteral(" tail").repeated(60);
    const QString snippet = SearchSnippet::make(text, *query);
    QVERIFY(snippet.startsWith(QChar(0x2026)));
    QVERIFY(snippet.endsWith(QChar(0x2026)));
    QVERIFY(snippet.contains(QString(SearchSnippet::MatchStart) + QStringLiteral("needle")
                             + SearchSnippet::MatchEnd));
    const qsizetype at = snippet.indexOf(SearchSnippet::MatchStart);
    QVERIFY(at > 1 && at <= SearchSnippet::Lead + 1);
    QVERIFY(snippet.size() <= SearchSnippet::Width + 4);
}

void tst_SearchQuery::snippetReplacesMarkersInTheText()
{
    auto query = SearchQuery::parse(QStringLiteral("x"));
    SB_VERIFY_OK(query);
    const QString text = QStringLiteral("a\u0002b\u0003 x");
    const QString snippet = SearchSnippet::make(text, *query);
    QCOMPARE(snippet.count(SearchSnippet::MatchStart), 1);
    QCOMPARE(snippet.count(SearchSnippet::MatchEnd), 1);
    QCOMPARE(SearchSnippet::matches(text, *query).size(), 1);
}

QTEST_GUILESS_MAIN(tst_SearchQuery)
#include "tst_searchquery.moc"
