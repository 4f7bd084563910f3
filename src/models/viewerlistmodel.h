#pragma once

#include "syncedlistmodel.h"

#include "storeerror.h"
#include "values.h"

#include <optional>

namespace signalbox {

class Store;
struct ChangeSet;

// The base of the lists that show one viewer's rows (conversations, unread messages,
// notifications). It holds the store, the viewer and the last error, follows Store::changed and
// re-reads when a change concerns the viewer. A subclass answers two questions: does a change
// touch my rows (concerns), and what are my rows now (RowListModel::fetchRows).
class ViewerListModel : public SyncedListModel
{
    Q_OBJECT

public:
    ~ViewerListModel() override;

    User viewer() const { return m_viewer; }
    // Re-reads the rows (one statement) and applies only the difference; false, with
    // errorString() and errorOccurred(), when the store failed.
    bool reload();
    // "" when the last read succeeded.
    QString errorString() const { return m_error; }
    // From the subclass's Q_ENUM Roles: PeerIdRole is "peerId".
    QHash<int, QByteArray> roleNames() const override;

signals:
    void errorOccurred(const QString &message);

protected:
    ViewerListModel(Store *store, const User &viewer, QObject *parent);

    Store *store() const { return m_store; }
    // The first read, from the subclass's constructor: an error is kept, not emitted, since
    // nobody can be connected yet.
    void load();
    // True when the change may alter the viewer's rows.
    virtual bool concerns(const ChangeSet &changes) const = 0;
    // Reads the rows and brings the model to them; the error when the store failed.
    virtual std::optional<StoreError> refresh() = 0;
    // For concerns(): a conversation of the viewer's changed.
    bool touchesViewersConversations(const ChangeSet &changes) const;
    // Qt::FontRole of a row that is bold while unread.
    static QVariant boldWhen(bool unread);

private:
    void onStoreChanged(const ChangeSet &changes);

    Store *m_store = nullptr;
    User m_viewer;
    QString m_error;
};

// A ViewerListModel over a list of values of one type, each with an id as its key.
template<typename Row>
class RowListModel : public ViewerListModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    // The row's value; a default one outside the list.
    Row rowAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Row{}; }
    // -1 when no row has that key.
    int rowOfKey(Id key) const
    {
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (keyOf(m_rows.at(i)) == key)
                return int(i);
        }
        return -1;
    }

protected:
    using ViewerListModel::ViewerListModel;

    // The viewer's rows as the store has them now, in display order.
    virtual Result<QList<Row>> fetchRows() const = 0;
    virtual Id keyOf(const Row &row) const = 0;
    // The roles whose data differ between two versions of a row (empty: none).
    virtual QList<int> changedRoles(const Row &old, const Row &now) const = 0;
    // Called after every successful refresh, for state derived from the rows.
    virtual void rowsRefreshed() {}

    // The row behind a valid index of this model, or nullptr.
    const Row *rowFor(const QModelIndex &index) const
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return nullptr;
        return &m_rows.at(index.row());
    }

    std::optional<StoreError> refresh() final
    {
        Result<QList<Row>> rows = fetchRows();
        if (!rows)
            return rows.error();
        syncRows(
            m_rows, *rows, [this](const Row &row) { return keyOf(row); },
            [this](const Row &old, const Row &now) { return changedRoles(old, now); });
        rowsRefreshed();
        return std::nullopt;
    }

    const QList<Row> &rows() const { return m_rows; }

private:
    QList<Row> m_rows;
};

} // namespace signalbox
