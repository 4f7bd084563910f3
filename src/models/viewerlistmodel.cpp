#include "viewerlistmodel.h"

#include "changeset.h"
#include "store.h"

#include <QFont>

#include <algorithm>

namespace signalbox {

ViewerListModel::ViewerListModel(Store *store, const User &viewer, QObject *parent)
    : SyncedListModel(parent)
    , m_store(store)
    , m_viewer(viewer)
{
    Q_ASSERT(m_store);
    connect(m_store, &Store::changed, this, &ViewerListModel::onStoreChanged);
}

ViewerListModel::~ViewerListModel() = default;

void ViewerListModel::load()
{
    if (std::optional<StoreError> failed = refresh())
        m_error = failed->message;
}

bool ViewerListModel::reload()
{
    if (std::optional<StoreError> failed = refresh()) {
        m_error = failed->message;
        emit errorOccurred(m_error);
        return false;
    }
    m_error.clear();
    return true;
}

bool ViewerListModel::touchesViewersConversations(const ChangeSet &changes) const
{
    return std::any_of(changes.conversations.cbegin(), changes.conversations.cend(),
                       [this](const ConversationKey &key) { return key.involves(m_viewer.id); });
}

QVariant ViewerListModel::boldWhen(bool unread)
{
    if (!unread)
        return {};
    QFont font;
    font.setBold(true);
    return font;
}

void ViewerListModel::onStoreChanged(const ChangeSet &changes)
{
    if (concerns(changes))
        (void)reload();
}

} // namespace signalbox
