#include "searchrepository.h"

#include "rows.h"
#include "searchindexer.h"
#include "searchsnippet.h"
#include "store.h"
#include "userrepository.h"

#include <algorithm>

namespace signalbox {

namespace {

// FTS5 query text for the word terms, each limited to the body column; words are runs of
// letters and digits, so quoting them needs no escapes.
QString ftsWords(const SearchQuery::Term &term)
{
    QString phrase
        = QStringLiteral("body : \"") + term.words.join(QLatin1Char(' ')) + QLatin1Char('"');
    if (term.prefix)
        phrase += QStringLiteral(" *");
    return phrase;
}

// A tsquery operand for PostgreSQL: the same words, typed as written (signalbox_fold() in the
// statement folds them as the index folds the messages).
QString tsWords(const SearchQuery::Term &term)
{
    QStringList parts;
    for (qsizetype i = 0; i < term.raw.size(); ++i) {
        QString part = QLatin1Char('\'') + term.raw.at(i) + QLatin1Char('\'');
        if (term.prefix && i == term.raw.size() - 1)
            part += QStringLiteral(":*");
        parts.append(part);
    }
    return QLatin1Char('(') + parts.join(QStringLiteral(" <-> ")) + QLatin1Char(')');
}

// A prefix whose last word is plain ASCII letters and digits is looked up in the index's
// vocabulary (messages_fts_terms, migration 0008) and matched as the words it stands for, up to
// this many: FTS5 answers "body : (\"user0100\" OR ...)" in rowid order as far as the page
// needs, where "user01*" first merges the whole posting list of every such word (100 words of
// 2,000 messages each: 15 ms against 5). Other prefixes, and those that stand for more words
// or none, keep FTS5's own prefix query. ASCII only, because the vocabulary is compared byte by
// byte with the word as the query folded it, and only ASCII is certain to be the same bytes
// after FTS5's own tokenizer.
constexpr int ExpandedPrefixTerms = 128;

bool expandable(const SearchQuery::Term &term)
{
    if (!term.prefix || term.words.isEmpty())
        return false;
    const QString &last = term.words.last();
    return !last.isEmpty() && std::all_of(last.cbegin(), last.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
    });
}

// The MATCH text for an expandable prefix, made by the statement itself from the vocabulary
// (so that the search stays one statement), with its values.
std::pair<QString, QVariantList> expandedPrefix(const SearchQuery::Term &term)
{
    const QString last = term.words.last();
    QString leading;
    for (qsizetype i = 0; i + 1 < term.words.size(); ++i)
        leading += term.words.at(i) + QLatin1Char(' ');
    QString upper = last;
    upper.back() = QChar(upper.back().unicode() + 1);
    return {QStringLiteral(
                "(SELECT CASE WHEN count(*) BETWEEN 1 AND ? THEN 'body : (' || "
                "group_concat('\"' || coalesce(?, '') || term || '\"', ' OR ') || ')' ELSE ? END "
                "FROM (SELECT term FROM messages_fts_terms WHERE col = 'body' AND "
                "term >= ? AND term < ? LIMIT ?))"),
            {ExpandedPrefixTerms, leading, ftsWords(term), last, upper, ExpandedPrefixTerms + 1}};
}

qint64 dayStart(const QDate &date)
{
    return date.startOfDay(Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

SearchRepository::SearchRepository(Store &store)
    : m_store(store)
{}

Result<QList<SearchHit>> SearchRepository::search(const User &viewer, const QString &text,
                                                  Id peerId, int limit)
{
    const Store::Acting acting(m_store, viewer.id);
    auto query = SearchQuery::parse(text);
    if (!query)
        return query.error();
    return search(viewer, *query, peerId, limit);
}

Result<QList<SearchHit>> SearchRepository::search(const User &viewer, const SearchQuery &query,
                                                  Id peerId, int limit)
{
    const Store::Acting acting(m_store, viewer.id);
    if (limit < 1 || limit > MaxLimit)
        return StoreError::make(
            StoreError::InvalidInput,
            StoreError::tr("A search shows 1 to %1 results, not %2.").arg(MaxLimit).arg(limit));
    Id fromId = 0;
    Id withId = 0;
    if (!query.from().isEmpty()) {
        auto from = m_store.users().byName(query.from());
        if (!from)
            return from.error();
        fromId = from->id;
    }
    if (!query.with().isEmpty()) {
        auto with = m_store.users().byName(query.with());
        if (!with)
            return with.error();
        withId = with->id;
    }

    const bool sqlite = m_store.database().dialect() == Database::Dialect::Sqlite;
    QStringList words; // SQLite: FTS5 phrases; PostgreSQL: tsquery expressions
    QList<std::pair<QString, QVariantList>> expanded; // SQLite: prefixes made from the vocabulary
    QVariantList wordValues;                          // PostgreSQL: what each expression parses
    QStringList substrings;
    for (const SearchQuery::Term &term : query.terms()) {
        if (term.kind == SearchQuery::Term::Kind::Substring) {
            substrings.append(term.text);
        } else if (sqlite) {
            if (expandable(term))
                expanded.append(expandedPrefix(term));
            else
                words.append(ftsWords(term));
        } else if (term.prefix) {
            words.append(QStringLiteral("to_tsquery('simple', signalbox_fold(?))"));
            wordValues.append(tsWords(term));
        } else {
            // The words as typed, parsed by the parser that parsed the messages, so that what
            // it keeps whole (an address, a file name) is compared whole.
            words.append(QStringLiteral("phraseto_tsquery('simple', signalbox_fold(?))"));
            wordValues.append(term.text);
        }
    }

    // Every condition with its values, in the order they appear in the statement.
    QStringList where;
    QVariantList values;
    const auto require = [&](const QString &condition, const QVariantList &bound) {
        where.append(condition);
        values += bound;
    };
    // The inner statement finds and orders the ids with every condition; only the page it
    // keeps is joined to the users (a broad query matches thousands of the viewer's messages).
    QString from;
    QVariantList matchValues;
    const bool ftsDrives = sqlite && !(words.isEmpty() && expanded.isEmpty());
    if (ftsDrives) {
        // Changes waiting on the index's pending list go in first (SearchIndexer), so the index
        // agrees with the messages; the search reads it in a transaction of its own after. A
        // search without words reads the messages themselves and needs no index.
        auto pending = SearchIndexer::hasPending(m_store.database());
        if (!pending)
            return pending.error();
        if (*pending) {
            Status applied
                = m_store.write([this] { return SearchIndexer::applyPending(m_store.database()); });
            if (!applied)
                return applied.error();
        }
        // The index drives: the people column narrows the words to the viewer's messages (and
        // to the sender or peer asked for) inside the one MATCH.
        QStringList match = words;
        match.append(QStringLiteral("people : \"u%1\"").arg(viewer.id));
        if (fromId > 0)
            match.append(QStringLiteral("people : \"s%1\"").arg(fromId));
        if (withId > 0)
            match.append(QStringLiteral("people : \"u%1\"").arg(withId));
        if (peerId > 0)
            match.append(QStringLiteral("people : \"u%1\"").arg(peerId));
        from = QStringLiteral(" FROM messages_fts f CROSS JOIN messages m ON m.id = f.rowid ");
        if (expanded.isEmpty()) {
            require(QStringLiteral("messages_fts MATCH ?"), {match.join(QStringLiteral(" AND "))});
        } else {
            QString text = QStringLiteral("messages_fts MATCH (?");
            QVariantList bound{match.join(QStringLiteral(" AND "))};
            for (const auto &[sql, values] : std::as_const(expanded)) {
                text += QStringLiteral(" || ' AND ' || ") + sql;
                bound += values;
            }
            require(text + QLatin1Char(')'), bound);
        }
    } else {
        from = QStringLiteral(" FROM messages m ");
        if (!words.isEmpty())
            require(QStringLiteral("to_tsvector('simple', signalbox_fold(m.content)) @@ (")
                        + words.join(QStringLiteral(" && ")) + QLatin1Char(')'),
                    wordValues);
    }
    require(QStringLiteral("m.deleted = 0"), {});
    // Who: written so that the pair index serves from: and one conversation directly.
    const QString either = QStringLiteral("(m.sender_id = ? OR m.receiver_id = ?)");
    const Id other = withId > 0 ? withId : peerId;
    if (fromId > 0 && fromId != viewer.id)
        require(QStringLiteral("m.sender_id = ? AND m.receiver_id = ?"), {fromId, viewer.id});
    else if (fromId > 0)
        require(QStringLiteral("m.sender_id = ?"), {viewer.id});
    else if (other > 0)
        require(QStringLiteral("((m.sender_id = ? AND m.receiver_id = ?) OR (m.sender_id = ? AND "
                               "m.receiver_id = ?))"),
                {viewer.id, other, other, viewer.id});
    else
        require(either, {viewer.id, viewer.id});
    if (withId > 0)
        require(either, {withId, withId});
    if (peerId > 0)
        require(either, {peerId, peerId});
    if (query.before())
        require(QStringLiteral("m.timestamp < ?"), {dayStart(*query.before())});
    if (query.after())
        require(QStringLiteral("m.timestamp >= ?"), {dayStart(query.after()->addDays(1))});
    for (const QString &text : std::as_const(substrings))
        require(sqlite ? QStringLiteral("instr(m.content, ?) > 0")
                       : QStringLiteral("strpos(m.content, ?) > 0"),
                {text});
    const QString whereText = QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
    const QString order = QStringLiteral(" ORDER BY m.timestamp DESC, m.id DESC");
    QString sql;
    QVariantList bound;
    if (ftsDrives) {
        // Newest first is by (timestamp, id), and FTS5 hands its matches out by id, newest id
        // first, stopping after the page: no match beyond it is read. Ids follow time unless
        // the clock was set back between two sends, so the page of the newest ids is the page
        // of the newest times unless an older id of the viewer's has a later time than the
        // page's oldest (the guard, through the pair index from the viewer's conversations; a
        // page that is not full holds every match anyway). Only then does the statement sort
        // every match by time (the second branch, whose LIMIT is 0 otherwise, so it reads
        // nothing). One statement either way.
        sql = QStringLiteral("WITH hits AS (SELECT m.id, m.timestamp") + from + whereText
              + QStringLiteral(" ORDER BY f.rowid DESC LIMIT ?), exact AS (SELECT page.n < ? OR "
                               "NOT EXISTS (SELECT 1 FROM conversations c CROSS JOIN messages m "
                               "WHERE c.user_id = ? AND ((m.sender_id = ? AND m.receiver_id = "
                               "c.peer_id) OR (m.sender_id = c.peer_id AND m.receiver_id = ?)) "
                               "AND m.timestamp > page.oldest AND m.id < page.lowest) AS yes "
                               "FROM (SELECT count(*) AS n, min(timestamp) AS oldest, min(id) AS "
                               "lowest FROM hits) page) SELECT ")
              + rows::messageColumns()
              + QStringLiteral(" FROM (SELECT id FROM hits WHERE (SELECT yes FROM exact) UNION "
                               "ALL SELECT id FROM (SELECT m.id")
              + from + whereText + order
              + QStringLiteral(" LIMIT (SELECT CASE WHEN yes THEN 0 ELSE ? END FROM exact))) "
                               "page JOIN messages m ON m.id = page.id")
              + rows::messageJoins() + order;
        bound = values;
        bound += QVariantList{limit, limit, viewer.id, viewer.id, viewer.id};
        bound += values;
        bound.append(limit);
    } else {
        sql = QStringLiteral("SELECT ") + rows::messageColumns()
              + QStringLiteral(" FROM (SELECT m.id") + from + whereText + order
              + QStringLiteral(" LIMIT ?) page JOIN messages m ON m.id = page.id")
              + rows::messageJoins() + order;
        bound = values;
        bound.append(limit);
    }

    QList<SearchHit> hits;
    Status listed = m_store.database().select(sql, bound, [&](const QSqlQuery &q) {
        SearchHit hit;
        hit.message = rows::message(q, 0);
        hit.snippet = SearchSnippet::make(hit.message.content, query);
        hits.append(std::move(hit));
    });
    if (!listed)
        return listed.error();
    return hits;
}

} // namespace signalbox
