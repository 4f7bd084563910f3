#pragma once

#include "listroles.h"
#include "syncedlistmodel.h"

#include "storeerror.h"
#include "values.h"

#include <initializer_list>
#include <optional>
#include <type_traits>

namespace signalbox {

class Store;
struct ChangeSet;

// The base of the lists that show one viewer's rows (conversations, unread messages,
// notifications). It holds the store, the viewer and the last error, follows Store::changed and
// re-reads when a change concerns the viewer. A subclass answers two questions: does a change
// touch my rows (concerns), and what are my rows now (the fetch function of RowListModel).
class ViewerListModel : public SyncedListModel
{
    Q_OBJECT

public:
    // The roles these lists share with each other and with the other message lists.
    using enum ListRoles::Role;

    ~ViewerListModel() override;

    User viewer() const { return m_viewer; }
    // Re-reads the rows (one statement) and applies only the difference; false, with
    // errorString() and errorOccurred(), when the store failed.
    bool reload();
    // "" when the last read succeeded.
    QString errorString() const { return m_error; }
signals:
    void errorOccurred(const QString &message);
    // The rows were read again (whether or not anything changed).
    void refreshed();

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

public:
    // Qt::FontRole of a row that is bold while unread.
    static QVariant boldWhen(bool unread);

private:
    void onStoreChanged(const ChangeSet &changes);

    Store *m_store = nullptr;
    User m_viewer;
    QString m_error;
};

// A ViewerListModel over a list of values of one type. A subclass describes it in its
// constructor: how to read the rows, each row's key, and a table of roles (each with how a row
// answers it). Data, role names and the roles that changed between two versions of a row all
// follow from that table.
template<typename Row>
class RowListModel : public ViewerListModel
{
public:
    // How a row answers a role (given too, for answers that serve several roles).
    using Answer = QVariant (*)(const Row &row, int role);
    struct Role
    {
        int role;
        Answer of;
        QByteArray name = {}; // the model's own roles only: Qt's and the shared ones have theirs
    };
    using Fetch = Result<QList<Row>> (*)(Store &store, const User &viewer);
    using Key = Id (*)(const Row &);

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const auto found = m_of.constFind(role);
        return found == m_of.cend() ? QVariant() : (*found)(m_rows.at(index.row()), role);
    }
    QHash<int, QByteArray> roleNames() const override
    {
        QHash<int, QByteArray> names = ViewerListModel::roleNames();
        for (const Role &role : m_roles) {
            const QByteArray name = role.name.isEmpty() ? ListRoles::nameOf(role.role) : role.name;
            if (!name.isEmpty())
                names.insert(role.role, name);
        }
        return names;
    }
    // The row's value; a default one outside the list.
    Row rowAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Row{}; }
    // -1 when no row has that key.
    int rowOfKey(Id key) const
    {
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (m_keyOf(m_rows.at(i)) == key)
                return int(i);
        }
        return -1;
    }

protected:
    RowListModel(Store *store, const User &viewer, Fetch fetch, Key keyOf, QList<Role> roles,
                 QObject *parent)
        : ViewerListModel(store, viewer, parent)
        , m_fetch(fetch)
        , m_keyOf(keyOf)
        , m_roles(std::move(roles))
    {
        for (const Role &role : m_roles)
            m_of.insert(role.role, role.of);
        load();
    }

    const QList<Row> &rows() const { return m_rows; }
    // For a role that is one member of the row: &field<&Row::member>.
    template<auto Member>
    static QVariant field(const Row &row, int /*role*/)
    {
        return QVariant::fromValue(row.*Member);
    }
    // The shared message roles among `roles`, answered by ListRoles::ofMessage from the message
    // the row is, or holds as its member `Held`.
    template<auto Held = nullptr>
    static QList<Role> messageRoles(std::initializer_list<int> roles)
    {
        QList<Role> list;
        for (int role : roles)
            list.append({role, &ofHeldMessage<Held>});
        return list;
    }

private:
    template<auto Held>
    static QVariant ofHeldMessage(const Row &row, int role)
    {
        if constexpr (std::is_null_pointer_v<decltype(Held)>)
            return ListRoles::ofMessage(row, role);
        else
            return ListRoles::ofMessage(row.*Held, role);
    }

    std::optional<StoreError> refresh() final
    {
        Result<QList<Row>> rows = m_fetch(*store(), viewer());
        if (!rows)
            return rows.error();
        syncRows(m_rows, *rows, m_keyOf,
                 [this](const Row &old, const Row &now) { return changedRoles(old, now); });
        emit refreshed();
        return std::nullopt;
    }
    QList<int> changedRoles(const Row &old, const Row &now) const
    {
        QList<int> changed;
        if (old == now)
            return changed;
        for (const Role &role : m_roles) {
            if (role.of(old, role.role) != role.of(now, role.role))
                changed << role.role;
        }
        return changed;
    }

    Fetch m_fetch;
    Key m_keyOf;
    QList<Role> m_roles;
    QHash<int, Answer> m_of;
    QList<Row> m_rows;
};

} // namespace signalbox
