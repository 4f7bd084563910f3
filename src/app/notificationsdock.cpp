#include "notificationsdock.h"
#include "ui_notificationsdock.h"

#include "messagelistdelegate.h"
#include "notificationmodel.h"
#include "notificationrepository.h"
#include "store.h"

namespace signalbox {

NotificationsDock::NotificationsDock(Store *store, const User &viewer, QWidget *parent)
    : QDockWidget(parent)
    , m_ui(std::make_unique<Ui::NotificationsDock>())
    , m_store(store)
    , m_viewer(viewer)
    , m_model(new NotificationModel(store, viewer, this))
{
    // The name keys the dock's place in the saved window state.
    setObjectName(QStringLiteral("notificationsDock"));
    m_ui->setupUi(this);
    setMinimumWidth(160);

    m_ui->notificationList->setModel(m_model);
    m_ui->notificationList->setItemDelegate(
        new MessageListDelegate({NotificationModel::SenderNameRole, NotificationModel::ContentRole,
                                 NotificationModel::CreatedAtRole, NotificationModel::ReadRole},
                                m_ui->notificationList));
    m_ui->notificationList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_ui->notificationList, &QListView::clicked, this, &NotificationsDock::activate);
    connect(m_ui->notificationList, &QListView::activated, this, &NotificationsDock::activate);
    connect(m_ui->markAllReadButton, &QPushButton::clicked, this, &NotificationsDock::markAllRead);
    connect(m_model, &NotificationModel::unreadCountChanged, this, &NotificationsDock::updateTitle);
    updateTitle();
}

NotificationsDock::~NotificationsDock() = default;

void NotificationsDock::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const Id notificationId = index.data(NotificationModel::NotificationIdRole).toLongLong();
    const Id messageId = index.data(NotificationModel::MessageIdRole).toLongLong();
    if (!index.data(NotificationModel::ReadRole).toBool()) {
        if (Status read = m_store->notifications().markRead(m_viewer, notificationId); !read)
            emit statusMessage(read.error().message);
    }
    emit messageChosen(messageId);
}

void NotificationsDock::markAllRead()
{
    auto count = m_store->notifications().markAllRead(m_viewer);
    if (!count) {
        emit failed(tr("The notifications were not marked read."), count.error().message);
        return;
    }
    emit statusMessage(tr("%n notification(s) marked read.", nullptr, *count));
}

void NotificationsDock::updateTitle()
{
    const int unread = m_model->unreadCount();
    setWindowTitle(unread > 0 ? tr("Notifications (%1)").arg(unread) : tr("Notifications"));
    m_ui->markAllReadButton->setEnabled(unread > 0);
}

} // namespace signalbox
