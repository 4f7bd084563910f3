#pragma once

#include "values.h"

#include <QStyledItemDelegate>

namespace signalbox {

// One conversation in the list: the peer's name and the time of the last message on top, the
// last message (with "You: " when the viewer wrote it) below, and an unread badge.
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ConversationDelegate(Id viewerId, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    Id m_viewerId = 0;
};

} // namespace signalbox
