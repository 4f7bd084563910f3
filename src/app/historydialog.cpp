#include "historydialog.h"
#include "ui_historydialog.h"

#include "appearance.h"
#include "historymodel.h"
#include "messagelistdelegate.h"
#include "timetext.h"

#include <QBoxLayout>
#include <QPushButton>

namespace signalbox {

HistoryDialog::HistoryDialog(Store *store, const User &viewer, Id messageId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HistoryDialog>())
    , m_model(new HistoryModel(store, viewer, messageId, this))
{
    m_ui->setupUi(this);
    // The versions list is an index; the changes deserve the room.
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 3);
    setObjectName(QStringLiteral("historyDialog"));
    ThemeColors::useErrorColor(m_ui->errorLabel);
    m_ui->versionList->setModel(m_model);
    m_ui->versionList->setItemDelegate(
        new MessageListDelegate({HistoryModel::EditorRole, HistoryModel::ContentRole,
                                 HistoryModel::EditedAtRole, MessageListDelegate::NeverUnread},
                                m_ui->versionList));
    m_ui->versionList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->summaryLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    if (auto *box = qobject_cast<QBoxLayout *>(layout()))
        box->setStretchFactor(m_ui->splitter, 1);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setSizes({200, 480});

    connect(m_ui->versionList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showVersion(current.row()); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryDialog::rebuild);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &HistoryDialog::rebuild);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryDialog::rebuild);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &HistoryDialog::rebuild);
    connect(m_model, &HistoryModel::errorOccurred, this, [this](const QString &message) {
        m_ui->errorLabel->setText(message);
        m_ui->errorLabel->show();
    });
    rebuild();
    if (m_model->rowCount() > 0)
        m_ui->versionList->setCurrentIndex(m_model->index(m_model->rowCount() - 1, 0));
}

HistoryDialog::~HistoryDialog() = default;

QString HistoryDialog::documentText() const
{
    return m_ui->diffView->toPlainText();
}

void HistoryDialog::rebuild()
{
    const int versions = m_model->rowCount();
    const QString error = m_model->errorString();
    m_ui->errorLabel->setText(error);
    m_ui->errorLabel->setVisible(!error.isEmpty());
    m_ui->summaryLabel->setText(
        versions <= 1 ? tr("This message has not been edited.")
                      : tr("This message has %n version(s), newest last.", nullptr, versions));

    QString html = QStringLiteral("<html><body>");
    for (int row = 0; row < versions; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const int version = index.data(HistoryModel::VersionRole).toInt();
        const QString when = TimeText::full(index.data(HistoryModel::EditedAtRole).toDateTime());
        const QString editor = index.data(HistoryModel::EditorRole).toString();
        QString heading
            = row == 0 ? tr("Version %1 — sent %2 by %3") : tr("Version %1 — edited %2 by %3");
        heading = heading.arg(version).arg(when, editor);
        if (index.data(HistoryModel::IsCurrentRole).toBool())
            heading += QStringLiteral(" ") + tr("(current)");
        html += QStringLiteral("<a name=\"v%1\"></a><h4 style=\"margin-bottom:4px\">%2</h4>")
                    .arg(row)
                    .arg(heading.toHtmlEscaped());
        // The model gives the word diff against the previous version (version 1: its text).
        html += QStringLiteral("<p style=\"white-space: pre-wrap; margin-top:0\">%1</p>")
                    .arg(index.data(HistoryModel::DiffHtmlRole).toString());
        if (row + 1 < versions)
            html += QStringLiteral("<hr/>");
    }
    html += QStringLiteral("</body></html>");
    m_ui->diffView->setHtml(html);
    const QModelIndex current = m_ui->versionList->currentIndex();
    if (current.isValid())
        showVersion(current.row());
}

void HistoryDialog::showVersion(int row)
{
    if (row >= 0)
        m_ui->diffView->scrollToAnchor(QStringLiteral("v%1").arg(row));
}

} // namespace signalbox
