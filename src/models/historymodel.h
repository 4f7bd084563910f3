#pragma once

#include "listroles.h"
#include "storeerror.h"
#include "values.h"

#include <QAbstractListModel>

namespace signalbox {

class Store;
struct ChangeSet;

// Every version of one message, oldest first: the kept old contents, then the current content
// as the last row. load() reads it (two statements) and returns false with errorString() set
// when the message cannot be shown to the viewer; the constructor calls load() once.
// Afterwards the model follows Store::changed: a new edit appends a row, a deletion empties it.
class HistoryModel : public QAbstractListModel
{
    Q_OBJECT

public:
    // Besides the shared ContentRole (this version's text) and EditedAtRole (when this version
    // came to be: the send time for version 1):
    using enum ListRoles::Role;
    enum Roles {
        EditorRole = FirstOwnRole, // who wrote this version (name)
        IsCurrentRole,
        VersionRole,  // 1 for the original
        DiffHtmlRole, // WordDiff::toHtml against the previous version (version 1: plain escaped)
    };
    Q_ENUM(Roles)

    HistoryModel(Store *store, const User &viewer, Id messageId, QObject *parent = nullptr);
    ~HistoryModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Id messageId() const { return m_messageId; }
    Message message() const { return m_message; }
    [[nodiscard]] bool load();
    QString errorString() const { return m_error; }

signals:
    void errorOccurred(const QString &message);

private:
    struct Version
    {
        QString content;
        QDateTime at;
        QString editor;
    };
    Result<QList<Version>> read();
    void applyChanges(const ChangeSet &changes);

    Store *m_store = nullptr;
    User m_viewer;
    Id m_messageId = 0;
    Message m_message;
    QList<Version> m_versions;
    QString m_error;
};

} // namespace signalbox
