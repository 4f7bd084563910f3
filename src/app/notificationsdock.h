#pragma once

#include "values.h"

#include <QDockWidget>

#include <memory>

namespace Ui {
class NotificationsDock;
}

namespace signalbox {

class NotificationModel;
class Store;

// The viewer's notifications, newest first, in a dock. Activating one marks it read and asks
// for its message; "Mark all read" marks them all. The title counts the unread ones.
class NotificationsDock : public QDockWidget
{
    Q_OBJECT

public:
    NotificationsDock(Store *store, const User &viewer, QWidget *parent = nullptr);
    ~NotificationsDock() override;

    NotificationModel *model() const { return m_model; }

public slots:
    void markAllRead();

signals:
    void messageChosen(signalbox::Id messageId);
    // A sentence for the status bar.
    void statusMessage(const QString &message);
    // A write the person asked for failed.
    void failed(const QString &what, const QString &why);

private:
    void activate(const QModelIndex &index);
    void updateTitle();

    std::unique_ptr<Ui::NotificationsDock> m_ui;
    Store *m_store = nullptr;
    User m_viewer;
    NotificationModel *m_model = nullptr;
};

} // namespace signalbox
