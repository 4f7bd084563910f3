#pragma once

#include "exporter.h"
#include "values.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QProgressDialog;
class QWidget;

namespace signalbox {

class Store;

// File ▸ Export… (and "Download your data first" before deleting an account): asks where to
// save and as what (a web page or JSON), then exports with a progress dialog that can be
// cancelled. A cancelled or failed export leaves no file behind (Exporter writes beside the
// target and renames at the end).
class ExportRunner : public QObject
{
    Q_OBJECT

public:
    ExportRunner(Store *store, const User &viewer, QWidget *window);
    ~ExportRunner() override;

    // Chooses the file (a save dialog unless setPathChooser() replaced it) and exports one
    // conversation (peerId > 0) or all of them. Returns whether a file was written.
    bool exportInteractively(Id peerId = 0, const QString &peerName = QString());
    // Exports to path with the progress dialog; a failure is also shown in a message box
    // (see setShowErrors()).
    Status run(Id peerId, Exporter::Format format, const QString &path);

    // Returns the chosen path and sets *format, or an empty string when the person cancelled.
    using PathChooser = std::function<QString(const QString &suggested, Exporter::Format *format)>;
    void setPathChooser(PathChooser chooser) { m_chooser = std::move(chooser); }
    // Message boxes for failures (on by default; tests turn them off).
    void setShowErrors(bool show) { m_showErrors = show; }

    // The dialog of the export that is running, or nullptr.
    QProgressDialog *progressDialog() const { return m_progress; }

signals:
    // During an export, after each step (done of total messages).
    void progressed(qint64 done, qint64 total);
    void finished(bool written, const QString &path);

private:
    Store *m_store = nullptr;
    User m_viewer;
    QPointer<QWidget> m_window;
    PathChooser m_chooser;
    bool m_showErrors = true;
    QProgressDialog *m_progress = nullptr;
};

} // namespace signalbox
