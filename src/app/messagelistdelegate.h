#pragma once

#include <QStyledItemDelegate>

namespace signalbox {

// A message in a flat list (unread messages, notifications): sender and time on top, the
// text on one line below; bold while unread. The roles to read are given by the list's model.
class MessageListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    struct Roles
    {
        int sender = 0;
        int content = 0;
        int time = 0;
        int read = AlwaysUnread; // a role that is true for read rows, or one of the two below
    };
    static constexpr int AlwaysUnread = -1;
    static constexpr int NeverUnread = -2;

    explicit MessageListDelegate(Roles roles, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    Roles m_roles;
};

} // namespace signalbox
