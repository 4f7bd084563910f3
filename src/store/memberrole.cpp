#include "memberrole.h"

#include <QCryptographicHash>

namespace signalbox {

QString MemberRole::of(const QString &username)
{
    const QString key = username.toCaseFolded();
    const QByteArray utf8 = key.toUtf8();
    const QString prefix = QStringLiteral("sb_");
    if (utf8.size() <= MaxShortBytes)
        return prefix + key;
    QString head;
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < key.size();) {
        const qsizetype width = key.at(i).isHighSurrogate() && i + 1 < key.size() ? 2 : 1;
        const qsizetype size = key.mid(i, width).toUtf8().size();
        if (bytes + size > 40)
            break;
        head += key.mid(i, width);
        bytes += size;
        i += width;
    }
    const QByteArray digest = QCryptographicHash::hash(utf8, QCryptographicHash::Sha256).toHex();
    return prefix + head + QLatin1Char('~') + QString::fromLatin1(digest.left(16));
}

} // namespace signalbox
