#pragma once

#include "listroles.h"
#include "searchrepository.h"
#include "values.h"

#include <QAbstractListModel>

namespace signalbox {

class Store;
struct ChangeSet;

// The results of a search as a list, newest first: one row per message found, with its peer,
// time and snippet (matches between SearchSnippet::MatchStart and MatchEnd). setQuery() runs
// the search at once (one statement); the rows follow the store while a query is set, so a
// new, edited or deleted message appears in or leaves the results. A query that cannot be
// parsed empties the list and sets errorString() to the sentence that says why.
class SearchModel : public QAbstractListModel
{
    Q_OBJECT

public:
    // Besides the shared MessageIdRole, PeerIdRole, PeerNameRole, SenderNameRole,
    // TimestampRole and ContentRole of the message found:
    using enum ListRoles::Role;
    enum Roles {
        SnippetRole = FirstOwnRole, // with the match markers
    };
    Q_ENUM(Roles)

    SearchModel(Store *store, const User &viewer, QObject *parent = nullptr);
    ~SearchModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString query() const { return m_query; }
    // An empty (or blank) query shows no rows and no error.
    void setQuery(const QString &query);
    // 0: every conversation; otherwise only the one with this peer.
    void setScopePeer(Id peerId);
    Id scopePeer() const { return m_peerId; }
    void setLimit(int limit);

    SearchHit hitAt(int row) const;
    QString errorString() const { return m_error; }

signals:
    // After each search: the error sentence, or an empty string when it ran.
    void searched(const QString &error);

private:
    void run();
    void applyChanges(const ChangeSet &changes);

    Store *m_store = nullptr;
    User m_viewer;
    QString m_query;
    Id m_peerId = 0;
    int m_limit = SearchRepository::DefaultLimit;
    QList<SearchHit> m_rows;
    QString m_error;
};

} // namespace signalbox
