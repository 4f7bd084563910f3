#pragma once

#include "storeerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace signalbox {

// A search as a person types it: words (all must match, in any order), "exact phrases",
// prefix*, from:NAME, with:NAME, before:YYYY-MM-DD and after:YYYY-MM-DD. Case and accents never
// matter. parse() refuses what it cannot read with one sentence naming the problem; the store
// never sees an unparsed query.
class SearchQuery
{
    Q_DECLARE_TR_FUNCTIONS(signalbox::SearchQuery)

public:
    struct Term
    {
        enum class Kind {
            Words,     // one word, or several written together ("e-mail", a quoted phrase)
            Substring, // text in a script without spaces (Chinese, Japanese, Korean)
        };
        Kind kind = Kind::Words;
        QStringList words;   // folded (textfold::fold), in order; a phrase has several
        QStringList raw;     // the same words as typed
        bool prefix = false; // the last word is a prefix ("caf*")
        QString text;        // as typed, without quotes and star (Substring: what to look for)

        friend bool operator==(const Term &, const Term &) = default;
    };

    static Result<SearchQuery> parse(const QString &query);

    const QList<Term> &terms() const { return m_terms; }
    // User names as typed (the store compares them regardless of case); empty when not given.
    QString from() const { return m_from; }
    QString with() const { return m_with; }
    // Messages sent strictly before the start of this UTC day, or from the day after this one.
    std::optional<QDate> before() const { return m_before; }
    std::optional<QDate> after() const { return m_after; }

    bool hasTextTerms() const { return !m_terms.isEmpty(); }

private:
    QList<Term> m_terms;
    QString m_from;
    QString m_with;
    std::optional<QDate> m_before;
    std::optional<QDate> m_after;
};

} // namespace signalbox
