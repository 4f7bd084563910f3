#include "aboutdialog.h"
#include "ui_aboutdialog.h"

#include <QApplication>

namespace signalbox {

AboutDialog::AboutDialog(const QString &storeLocation, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("aboutDialog"));
    QFont title = m_ui->nameLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->nameLabel->setFont(title);
    const QIcon icon = QApplication::windowIcon();
    if (!icon.isNull())
        m_ui->iconLabel->setPixmap(icon.pixmap(64, 64));
    else
        m_ui->iconLabel->hide();
    m_ui->versionLabel->setText(tr("Version %1").arg(QStringLiteral(SIGNALBOX_VERSION)));
    m_ui->descriptionLabel->setText(
        tr("Direct messages with threaded replies, edit history and notifications, kept in one "
           "store on your computer or shared by your team."));
    m_ui->storeLabel->setText(tr("Store: %1").arg(storeLocation));
}

AboutDialog::~AboutDialog() = default;

} // namespace signalbox
