#include "newconversationdialog.h"
#include "ui_newconversationdialog.h"

#include "userlistmodel.h"

#include <QPushButton>
#include <QSortFilterProxyModel>

namespace signalbox {

NewConversationDialog::NewConversationDialog(Store *store, const User &viewer, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewConversationDialog>())
    , m_model(new UserListModel(store, viewer, this))
    , m_filter(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("newConversationDialog"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Start conversation"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setObjectName(QStringLiteral("startConversationButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Start conversation"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(UserListModel::UserNameRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->userList->setModel(m_filter);

    QFont faint = m_ui->emptyLabel->font();
    faint.setItalic(true);
    m_ui->emptyLabel->setFont(faint);
    // It quotes the filter text, which is shown as typed, never read as markup.
    m_ui->emptyLabel->setTextFormat(Qt::PlainText);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        if (!m_ui->userList->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_ui->userList->setCurrentIndex(m_filter->index(0, 0));
        updateState();
    });
    connect(m_ui->userList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &NewConversationDialog::updateState);
    connect(m_ui->userList, &QListView::activated, this, &NewConversationDialog::choose);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewConversationDialog::choose);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &NewConversationDialog::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &NewConversationDialog::updateState);
    updateState();
    m_ui->filterEdit->setFocus();
}

NewConversationDialog::~NewConversationDialog() = default;

User NewConversationDialog::selectedUser() const
{
    const QModelIndex current = m_ui->userList->currentIndex();
    if (!current.isValid())
        return {};
    return m_model->userAt(m_filter->mapToSource(current).row());
}

bool NewConversationDialog::selectUser(const QString &username)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(UserListModel::UserNameRole).toString() == username) {
            m_ui->userList->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

void NewConversationDialog::updateState()
{
    const bool anyone = m_model->rowCount() > 0;
    m_ui->emptyLabel->setVisible(!anyone || m_filter->rowCount() == 0);
    m_ui->emptyLabel->setText(anyone ? tr("Nobody matches “%1”.").arg(m_ui->filterEdit->text())
                                     : tr("Nobody else has an account in this store yet."));
    if (!m_model->errorString().isEmpty()) {
        m_ui->emptyLabel->setText(m_model->errorString());
        m_ui->emptyLabel->show();
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(selectedUser().isValid());
}

void NewConversationDialog::choose()
{
    const User user = selectedUser();
    if (!user.isValid())
        return;
    emit userChosen(user);
    accept();
}

} // namespace signalbox
