#include "deleteaccountdialog.h"
#include "ui_deleteaccountdialog.h"

#include "appearance.h"
#include "exportrunner.h"
#include "store.h"
#include "userrepository.h"

#include <QBoxLayout>
#include <QKeyEvent>
#include <QPushButton>

namespace signalbox {

DeleteAccountDialog::DeleteAccountDialog(Store *store, const User &user, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DeleteAccountDialog>())
    , m_store(store)
    , m_user(user)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("deleteAccountDialog"));
    ThemeColors::useErrorColor(m_ui->passwordError);
    m_ui->passwordError->hide();
    // The destructive button: bold, in the error colour while it can be pressed.
    QFont danger = m_ui->deleteButton->font();
    danger.setBold(true);
    m_ui->deleteButton->setFont(danger);
    ThemeColors::useErrorColor(m_ui->deleteButton);

    QFont headline = m_ui->headlineLabel->font();
    headline.setBold(true);
    headline.setPointSizeF(headline.pointSizeF() * 1.2);
    m_ui->headlineLabel->setFont(headline);
    m_ui->headlineLabel->setText(
        tr("Delete the account “%1” for good?").arg(user.username.toHtmlEscaped()));

    auto counts = store->users().countOwnedData(user);
    if (counts) {
        m_counts = *counts;
        m_ui->summaryLabel->setText(
            tr("This removes, permanently and for everyone:")
            + QStringLiteral("<ul><li>%1</li><li>%2</li><li>%3</li><li>%4</li></ul>")
                  .arg(tr("%n message(s) you sent or received", nullptr, m_counts.messages),
                       tr("%n notification(s)", nullptr, m_counts.notifications),
                       tr("%n earlier version(s) of edited messages", nullptr, m_counts.history),
                       tr("your account and your password"))
            + tr("It cannot be undone."));
    } else {
        m_ui->summaryLabel->setText(tr("What belongs to your account could not be counted: %1")
                                        .arg(counts.error().message.toHtmlEscaped()));
    }

    // Before anything goes: take a copy of the conversations.
    m_exportRunner = new ExportRunner(store, user, this);
    auto *exportButton = new QPushButton(tr("&Download your data first…"), this);
    exportButton->setObjectName(QStringLiteral("exportFirstButton"));
    exportButton->setAccessibleName(tr("Download your data first"));
    exportButton->setToolTip(
        tr("Save all your conversations as a web page or as JSON before deleting the account."));
    if (auto *layout = qobject_cast<QBoxLayout *>(this->layout()))
        layout->insertWidget(layout->indexOf(m_ui->passwordLabel), exportButton, 0, Qt::AlignLeft);
    connect(exportButton, &QPushButton::clicked, this,
            [this] { m_exportRunner->exportInteractively(); });
    connect(m_exportRunner, &ExportRunner::finished, this,
            [this](bool written, const QString &path) {
                if (written)
                    emit dataExported(path);
            });

    m_ui->deleteButton->setEnabled(false);
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_ui->deleteButton->setEnabled(!text.isEmpty());
        m_ui->passwordError->hide();
    });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &DeleteAccountDialog::confirm);
    // Return in the password field checks the password like the delete button; elsewhere it
    // still means Cancel, the default button. The filter keeps the key from the dialog.
    m_ui->passwordEdit->installEventFilter(this);
    m_ui->passwordEdit->setFocus();
}

DeleteAccountDialog::~DeleteAccountDialog() = default;

bool DeleteAccountDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->passwordEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            confirm();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void DeleteAccountDialog::confirm()
{
    if (m_ui->passwordEdit->text().isEmpty())
        return;
    auto removed = m_store->users().remove(m_user, m_ui->passwordEdit->text());
    if (!removed) {
        m_ui->passwordError->setText(removed.error().code == StoreError::WrongPassword
                                         ? tr("That password is not right. Nothing was deleted.")
                                         : removed.error().message);
        m_ui->passwordError->show();
        m_ui->passwordEdit->selectAll();
        m_ui->passwordEdit->setFocus();
        return;
    }
    m_removed = *removed;
    m_ui->passwordEdit->clear();
    emit accountDeleted(m_user);
    accept();
}

} // namespace signalbox
