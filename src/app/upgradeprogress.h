#pragma once

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

namespace signalbox {

// While it lives, a long upgrade of the store (building the search index of a large store when
// it is first opened by this version) is shown in a progress dialog, which appears only when
// the work takes more than a moment. It cannot be cancelled: the upgrade is one transaction,
// and until it ends other programs hear "busy".
class UpgradeProgress : public QObject
{
    Q_OBJECT

public:
    explicit UpgradeProgress(QObject *parent = nullptr);
    ~UpgradeProgress() override;

    // The dialog once progress was reported, else nullptr.
    QProgressDialog *dialog() const { return m_dialog; }

private:
    void report(const QString &step, qint64 done, qint64 total);

    QPointer<QProgressDialog> m_dialog;
};

} // namespace signalbox
