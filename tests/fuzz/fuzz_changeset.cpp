// ChangeSet::fromJson on arbitrary bytes: never crashes, and whatever it accepts survives a
// round trip through toJson unchanged.
#include "changeset.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

using namespace signalbox;

namespace {

bool same(const ChangeSet &a, const ChangeSet &b)
{
    return a.messagesAdded == b.messagesAdded && a.messagesChanged == b.messagesChanged
           && a.messagesRead == b.messagesRead && a.messagesRemoved == b.messagesRemoved
           && a.notificationsAdded == b.notificationsAdded
           && a.notificationsChanged == b.notificationsChanged && a.usersAdded == b.usersAdded
           && a.usersRemoved == b.usersRemoved && a.conversations == b.conversations
           && a.notifiedUsers == b.notifiedUsers && a.draftsChanged == b.draftsChanged;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<ChangeSet> parsed = ChangeSet::fromJson(input);
    if (!parsed)
        return 0;
    const std::optional<ChangeSet> again = ChangeSet::fromJson(parsed->toJson());
    if (!again || !same(*parsed, *again))
        std::abort();
    (void)parsed->isEmpty();
    return 0;
}
