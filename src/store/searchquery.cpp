#include "searchquery.h"

#include "textfold.h"

namespace signalbox {

namespace {

StoreError invalid(const QString &why)
{
    return StoreError::make(StoreError::InvalidInput, why);
}

// One chunk of text (a bare word or a quoted phrase) as a term; nullopt when it holds no letter
// or digit.
std::optional<SearchQuery::Term> termOf(const QString &text, bool prefix)
{
    SearchQuery::Term term;
    term.text = text;
    if (textfold::containsCjk(text)) {
        term.kind = SearchQuery::Term::Kind::Substring;
        term.text = text.simplified();
        return term.text.isEmpty() ? std::nullopt : std::optional(term);
    }
    for (const textfold::Span &span : textfold::words(text)) {
        const QStringView word = QStringView(text).mid(span.start, span.length);
        const QString folded = textfold::fold(word);
        if (folded.isEmpty()) // only combining marks: nothing the index holds
            continue;
        term.raw.append(word.toString());
        term.words.append(folded);
    }
    if (term.words.isEmpty())
        return std::nullopt;
    term.prefix = prefix;
    return term;
}

} // namespace

Result<SearchQuery> SearchQuery::parse(const QString &input)
{
    SearchQuery query;
    if (input.contains(QChar(0)))
        return invalid(tr("A search cannot contain NUL characters."));
    bool filters = false;
    const qsizetype n = input.size();
    qsizetype i = 0;
    while (i < n) {
        if (input.at(i).isSpace()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        if (input.at(i) == u'"') {
            const qsizetype close = input.indexOf(u'"', i + 1);
            if (close < 0)
                return invalid(tr("The quotation mark at character %1 is not closed: put a \" "
                                  "after the phrase.")
                                   .arg(start + 1));
            const QString phrase = input.mid(i + 1, close - i - 1);
            i = close + 1;
            bool prefix = false;
            if (i < n && input.at(i) == u'*') {
                prefix = true;
                ++i;
            }
            if (i < n && !input.at(i).isSpace())
                return invalid(
                    tr("Put a space after the phrase that ends at character %1.").arg(i));
            if (auto term = termOf(phrase, prefix))
                query.m_terms.append(*term);
            else
                return invalid(tr("The phrase at character %1 has no letters or digits to "
                                  "search for.")
                                   .arg(start + 1));
            continue;
        }
        while (i < n && !input.at(i).isSpace())
            ++i;
        const QString word = input.mid(start, i - start);

        const qsizetype colon = word.indexOf(u':');
        if (colon > 0) {
            const QString key = word.left(colon).toLower();
            const QString value = word.mid(colon + 1);
            if (key == QLatin1String("from") || key == QLatin1String("with")) {
                QString &slot = key == QLatin1String("from") ? query.m_from : query.m_with;
                if (value.isEmpty())
                    return invalid(tr("%1: needs a user name, as in %1:alice.").arg(key));
                if (!slot.isEmpty())
                    return invalid(tr("%1: is given twice; a search takes one.").arg(key));
                slot = value;
                filters = true;
                continue;
            }
            if (key == QLatin1String("before") || key == QLatin1String("after")) {
                std::optional<QDate> &slot
                    = key == QLatin1String("before") ? query.m_before : query.m_after;
                const QDate date = QDate::fromString(value, QStringLiteral("yyyy-MM-dd"));
                if (value.size() != 10 || !date.isValid())
                    return invalid(tr("%1: needs a date written YYYY-MM-DD, as in "
                                      "%1:2024-03-31; “%2” is not one.")
                                       .arg(key, value));
                if (slot)
                    return invalid(tr("%1: is given twice; a search takes one.").arg(key));
                slot = date;
                filters = true;
                continue;
            }
        }

        bool prefix = false;
        QString text = word;
        if (text.endsWith(u'*')) {
            prefix = true;
            text.chop(1);
        }
        if (text.contains(u'*'))
            return invalid(tr("“%1”: a * may only end a word, to find every word that begins "
                              "so (as in caf*).")
                               .arg(word));
        if (text.contains(u'"'))
            return invalid(tr("“%1”: a quotation mark starts a phrase only at the beginning of "
                              "a word.")
                               .arg(word));
        if (prefix && text.isEmpty())
            return invalid(tr("A * on its own finds nothing: write the beginning of a word "
                              "before it (as in caf*)."));
        if (auto term = termOf(text, prefix))
            query.m_terms.append(*term);
    }

    if (query.m_terms.isEmpty() && !filters)
        return invalid(input.trimmed().isEmpty()
                           ? tr("The search is empty: type a word to look for.")
                           : tr("The search has no letters or digits to look for."));
    if (query.m_before && query.m_after && *query.m_after >= query.m_before->addDays(-1))
        return invalid(
            tr("after:%1 and before:%2 leave no day in between.")
                .arg(query.m_after->toString(Qt::ISODate), query.m_before->toString(Qt::ISODate)));
    return query;
}

} // namespace signalbox
