#pragma once

#include "values.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;

namespace signalbox {

class SearchModel;
class Store;

// The search over the conversation list (Ctrl+F) or the open conversation (Ctrl+Shift+F): a
// field whose results (peer, time, snippet with the matches highlighted) follow every key
// typed, no Enter needed. Down moves from the field into the results, Up from the first result
// back; Enter or a click on a result emits messageChosen(); Esc emits closed(). A query that
// cannot be read says why under the field.
class SearchPane : public QWidget
{
    Q_OBJECT

public:
    SearchPane(Store *store, const User &viewer, QWidget *parent = nullptr);
    ~SearchPane() override;

    // 0: every conversation; otherwise only the one with this peer (named in the pane).
    void setScopePeer(Id peerId, const QString &peerName = QString());
    Id scopePeer() const;

    // Focuses the field with its text selected, ready for a new query.
    void activate();
    // Empties the field and the results.
    void clear();

    QLineEdit *field() const { return m_field; }
    QListView *results() const { return m_results; }
    SearchModel *model() const { return m_model; }

    // The snippet as rich text for display: the text escaped, then the matches highlighted.
    static QString highlighted(const QString &snippet);

signals:
    void messageChosen(signalbox::Id messageId);
    // The same choice with the conversation it belongs to, for opening it.
    void messageInConversationChosen(signalbox::Id peerId, signalbox::Id messageId);
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(const QModelIndex &index);
    void showStatus(const QString &error);

    SearchModel *m_model = nullptr;
    QLineEdit *m_field = nullptr;
    QLabel *m_scope = nullptr;
    QLabel *m_status = nullptr;
    QListView *m_results = nullptr;
};

} // namespace signalbox
