// A second process for the live and crash tests: sends messages between two existing users,
// printing each id on its own line once the transaction has committed.
//   signalbox-test-writer STORE FROM TO COUNT   (COUNT 0 = until killed)
#include "messagerepository.h"
#include "store.h"
#include "userrepository.h"

#include <QCoreApplication>

#include <cstdio>

using namespace signalbox;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: signalbox-test-writer STORE FROM TO COUNT\n");
        return 64;
    }
    auto store = Store::open(args.at(1));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 74;
    }
    auto from = (*store)->users().byName(args.at(2));
    auto to = (*store)->users().byName(args.at(3));
    if (!from || !to)
        return 66;
    const int count = args.at(4).toInt();
    for (int i = 0; count == 0 || i < count; ++i) {
        auto sent = (*store)->messages().send(
            *from, *to, QStringLiteral("message %1 from %2").arg(i).arg(args.at(2)));
        if (!sent) {
            std::fprintf(stderr, "%s\n", qPrintable(sent.error().message));
            return sent.error().code == StoreError::Busy ? 75 : 70;
        }
        std::printf("%lld\n", static_cast<long long>(sent->id));
        std::fflush(stdout);
    }
    return 0;
}
