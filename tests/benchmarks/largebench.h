#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace signalbox::bench {

// signalbox-bench --large STORE: the interactive operations on a big seeded store
// (signalbox-cli seed): the conversation list of user0000, the first page of the
// user0000 ↔ user0001 conversation, the tray's unread count, sends, and deleting the user whose
// message count is closest to deleteTarget. Reads run on STORE itself; sends and deletes run on
// plain copies of it in a temporary folder, so STORE stays as it was. Every figure is a median
// over repeats with its statement count, and every result is checked against a second,
// read-only SQLite connection.
class LargeBench
{
public:
    struct Options
    {
        QString storePath;
        int readRepeats = 21;
        int sends = 200;
        int deleteRepeats = 3;
        int deleteTarget = 5000;
        QString password = QStringLiteral("seed-password");
    };

    explicit LargeBench(Options options);

    // The figures, or nullopt with *error (a store error or a mismatch).
    std::optional<QJsonObject> run(QString *error);

private:
    Options m_options;
};

} // namespace signalbox::bench
