#pragma once

#include "values.h"

#include <QPointer>
#include <QStyledItemDelegate>

class QTreeView;

namespace signalbox {

// One message in the thread tree: sender, time and "(edited)" on top, the wrapped text below
// (bold while unread for the viewer, a placeholder for a deleted message) and, on a collapsed
// branch, "n replies · m unread". Rows are as tall as their text at the view's width.
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit MessageDelegate(QTreeView *view, Id viewerId, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // The text painted under a collapsed branch ("" when there is none).
    static QString replySummary(const QModelIndex &index, bool expanded);
    static QString headerText(const QModelIndex &index, Id viewerId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Layout
    {
        QRect header;
        QRect body;
        QRect footer;
        int height = 0;
    };
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
    int contentWidth(const QModelIndex &index) const;
    bool isExpanded(const QModelIndex &index) const;
    static QString bodyText(const QModelIndex &index);

    QPointer<QTreeView> m_view;
    // Compared as a plain QObject: the filter also sees events while the view is being
    // destroyed, when it is no longer a QTreeView.
    QObject *m_viewport = nullptr;
    Id m_viewerId = 0;
    int m_lastWidth = -1;
};

} // namespace signalbox
