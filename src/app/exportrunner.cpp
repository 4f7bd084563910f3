#include "exportrunner.h"

#include "store.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

namespace signalbox {

ExportRunner::ExportRunner(Store *store, const User &viewer, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_viewer(viewer)
    , m_window(window)
{
    setObjectName(QStringLiteral("exportRunner"));
}

ExportRunner::~ExportRunner() = default;

bool ExportRunner::exportInteractively(Id peerId, const QString &peerName)
{
    const QString base = peerId > 0 ? tr("signalbox-%1-with-%2").arg(m_viewer.username, peerName)
                                    : tr("signalbox-%1").arg(m_viewer.username);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(base + QStringLiteral(".html"));
    Exporter::Format format = Exporter::Format::Html;
    QString path;
    if (m_chooser) {
        path = m_chooser(suggested, &format);
    } else {
        const QString html = tr("Web page (*.html)");
        const QString json = tr("JSON for other programs (*.json)");
        QString filter = html;
        path = QFileDialog::getSaveFileName(
            m_window, peerId > 0 ? tr("Export this conversation") : tr("Export all conversations"),
            suggested, html + QStringLiteral(";;") + json, &filter);
        format = filter == json || path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
                     ? Exporter::Format::Json
                     : Exporter::Format::Html;
    }
    if (path.isEmpty())
        return false;
    return run(peerId, format, path).ok();
}

Status ExportRunner::run(Id peerId, Exporter::Format format, const QString &path)
{
    QProgressDialog progress(tr("Exporting your messages…"), tr("Cancel"), 0, 100, m_window);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setAccessibleName(tr("Export progress"));
    progress.setWindowTitle(tr("Export"));
    progress.setWindowModality(Qt::WindowModal);
    // Short exports finish before the dialog would appear.
    progress.setMinimumDuration(500);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    m_progress = &progress;
    Status written
        = Exporter(*m_store).write(m_viewer, peerId, format, path, [&](qint64 done, qint64 total) {
              progress.setMaximum(int(qMax<qint64>(1, total)));
              progress.setValue(int(done));
              emit progressed(done, total);
              QCoreApplication::processEvents();
              return !progress.wasCanceled();
          });
    m_progress = nullptr;
    progress.close();
    if (!written && written.error().code != StoreError::Cancelled && m_showErrors && m_window)
        QMessageBox::warning(m_window, tr("Export"), written.error().message);
    emit finished(written.ok(), path);
    return written;
}

} // namespace signalbox
