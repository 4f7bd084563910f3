#pragma once

#include "values.h"

#include <QDate>
#include <QPointer>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QUrl>

#include <memory>

namespace signalbox {

class MessageText;

// One message in the thread tree, as it was written: a date separator above the first message
// of a day ("Today", "Yesterday", "28 November"), a "New messages" line above the first one
// that was unread when the conversation opened, then sender, time, "(edited)" and, on the
// viewer's own messages, "Seen" once the peer has read it; below, the text with every line
// break and each paragraph in its own direction (bold while unread for the viewer, a
// placeholder for a deleted message), links to http, https and mailto addresses, and, on a
// collapsed branch, "n replies · m unread". Rows are as tall as their text at the view's width.
//
// Links open in the desktop's browser or mail program (QDesktopServices) on a click, or with
// Return on the selected message (its first link). Nothing else is clickable and no text is
// ever read as markup. A double click on the text opens it read-only for selecting and
// copying part of it (the model's ItemIsEditable; setModelData never writes).
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit MessageDelegate(QTreeView *view, Id viewerId, QObject *parent = nullptr);
    ~MessageDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

    // The text painted under a collapsed branch ("" when there is none).
    static QString replySummary(const QModelIndex &index, bool expanded);
    static QString headerText(const QModelIndex &index, Id viewerId);
    // Time, "(edited)" and "Seen", as painted after the sender's name.
    static QString metaText(const QModelIndex &index, Id viewerId);
    static QString timeText(const QModelIndex &index);              // the time and "(edited)"
    static QString seenText(const QModelIndex &index, Id viewerId); // "Seen" or ""
    // The header line in `available` pixels: the time and "(edited)" stay whole while the
    // name is shortened (to one letter and an ellipsis at least), then "Seen" goes, and only
    // then is the time itself cut.
    struct Header
    {
        QString name;
        QString meta;
    };
    static Header fitHeader(const QString &name, const QString &time, const QString &seen,
                            const QFontMetrics &nameMetrics, const QFontMetrics &metaMetrics,
                            int available);
    // The separator's label for a day: "Today", "Yesterday", "28 November" (with the year
    // when it is not this year's).
    static QString dayLabel(const QDate &day, const QDate &today = QDate::currentDate());

    // Where the message's text is painted, in the view's viewport (empty when not shown).
    QRect bodyRect(const QModelIndex &index) const;
    // The link at a point of the viewport (an empty URL when there is none).
    QUrl linkAt(const QModelIndex &index, const QPoint &viewportPos) const;
    // The message's text as laid out for painting at the view's current width.
    std::unique_ptr<MessageText> textLayout(const QModelIndex &index) const;
    // Opens an http, https or mailto URL with QDesktopServices; refuses every other one.
    static bool openLink(const QUrl &url);

signals:
    // A link was opened from a message (after QDesktopServices took it).
    void linkOpened(const QUrl &url);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Layout
    {
        QRect separator;   // the day separator, or empty
        QRect newMessages; // the "New messages" line, or empty
        QRect header;
        QRect body;
        QRect footer;
        int height = 0;
    };
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
    int bodyHeight(const QFont &font, const QModelIndex &index, int width) const;
    QStyleOptionViewItem optionFor(const QModelIndex &index) const;
    int contentWidth(const QModelIndex &index) const;
    bool isExpanded(const QModelIndex &index) const;
    static QString bodyText(const QModelIndex &index);
    void openSelectableText(const QModelIndex &index, const QPoint &viewportPos);
    void watchModel(const QAbstractItemModel *model) const;

    // The view, or nullptr once it has gone or while it is being destroyed (then it is no
    // longer a QTreeView): qobject_cast asks the object what it is now, where QPointer<QTreeView>
    // would cast it regardless (undefined behaviour, found by UBSan).
    class ViewRef
    {
    public:
        explicit ViewRef(QTreeView *view)
            : m_object(view)
        {}
        QTreeView *data() const { return qobject_cast<QTreeView *>(m_object.data()); }
        operator QTreeView *() const { return data(); }
        QTreeView *operator->() const { return data(); }

    private:
        QPointer<QObject> m_object;
    };
    ViewRef m_view;
    // Compared as a plain QObject: the filter also sees events while the view is being
    // destroyed, when it is no longer a QTreeView.
    QObject *m_viewport = nullptr;
    QObject *m_viewObject = nullptr;
    Id m_viewerId = 0;
    int m_lastWidth = -1;
    // Body heights by (message id, width, bold): a view with per-pixel scrolling measures
    // every row; the text is laid out again only when it or the width changes.
    mutable QHash<Id, std::pair<int, int>> m_heights; // id -> (width * 2 + bold, height)
    mutable QPointer<const QAbstractItemModel> m_cachedModel;
};

} // namespace signalbox
