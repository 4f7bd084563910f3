#include "upgradeprogress.h"

#include "migrator.h"

#include <QProgressDialog>

namespace signalbox {

namespace {
// Shorter upgrades finish before anyone would notice a dialog.
constexpr int ShowAfterMs = 500;
} // namespace

UpgradeProgress::UpgradeProgress(QObject *parent)
    : QObject(parent)
{
    Migrator::setProgressHandler(
        [this](const QString &step, qint64 done, qint64 total) { report(step, done, total); });
}

UpgradeProgress::~UpgradeProgress()
{
    Migrator::setProgressHandler({});
    delete m_dialog;
}

void UpgradeProgress::report(const QString &step, qint64 done, qint64 total)
{
    if (!m_dialog) {
        m_dialog = new QProgressDialog;
        m_dialog->setObjectName(QStringLiteral("upgradeProgress"));
        m_dialog->setAccessibleName(tr("Upgrading the store"));
        m_dialog->setWindowTitle(tr("Upgrading the store"));
        m_dialog->setCancelButton(nullptr);
        m_dialog->setWindowModality(Qt::ApplicationModal);
        m_dialog->setMinimumDuration(ShowAfterMs);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
    }
    m_dialog->setLabelText(
        tr("%1… Other programs using this store wait until it is done.").arg(step));
    // Progress in thousands, so that a store of any size fits an int.
    m_dialog->setMaximum(int(std::max<qint64>(total, 1) / 1000 + 1));
    m_dialog->setValue(int(done / 1000)); // a modal dialog keeps the window painted meanwhile
}

} // namespace signalbox
