#pragma once

#include "storeerror.h"
#include "values.h"

#include <QCoreApplication>

#include <functional>

namespace signalbox {

class Store;

// Writes a person's conversations out of the store: one conversation, or all of them, as JSON
// (the versioned format of docs/export-format.md, schema docs/export.schema.json) or as one
// self-contained HTML page. The same store exports to the same bytes. The file appears only
// when the export is complete: it is written beside the target and renamed at the end
// (QSaveFile), so a cancelled or failed export leaves nothing behind.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(signalbox::Exporter)

public:
    static constexpr int FormatVersion = 1;
    enum class Format { Json, Html };

    // Called now and then with how many of the messages are written, and by write() once more
    // just before the file takes its name; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit Exporter(Store &store);

    // peerId 0: every conversation of the viewer.
    Status write(const User &viewer, Id peerId, Format format, const QString &path,
                 const Progress &progress = {});
    // The document itself (what write() puts in the file).
    Result<QByteArray> render(const User &viewer, Id peerId, Format format,
                              const Progress &progress = {});

    static std::optional<Format> formatNamed(const QString &name);

private:
    Store &m_store;
};

} // namespace signalbox
