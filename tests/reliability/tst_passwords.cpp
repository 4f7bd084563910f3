#include "messagerepository.h"
#include "storeassert.h"
#include "testfiles.h"
#include "teststore.h"
#include "userrepository.h"

#include <QDir>
#include <QLoggingCategory>
#include <QTest>

using namespace signalbox;

namespace {
QStringList *g_log = nullptr;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (g_log)
        g_log->append(QString::fromUtf8(context.category ? context.category : "") + QLatin1Char(' ')
                      + message);
}
} // namespace

// A password's clear text never reaches the disk (store file, its log) nor any log message.
class tst_Passwords : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void clearTextNowhere();
};

void tst_Passwords::init()
{
    if (test::TestStore::onPostgres())
        QSKIP("Looks at the bytes of the SQLite file.");
}

static bool containsText(const QByteArray &bytes, const QString &text)
{
    // UTF-8 and UTF-16 (either byte order) are the forms SQLite or Qt could have written.
    const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QByteArray swapped = utf16;
    for (qsizetype i = 0; i + 1 < swapped.size(); i += 2)
        std::swap(swapped[i], swapped[i + 1]);
    return bytes.contains(text.toUtf8()) || bytes.contains(utf16) || bytes.contains(swapped)
           || bytes.contains(text.toLatin1());
}

void tst_Passwords::clearTextNowhere()
{
    const QString password = QStringLiteral("Zebra-Quartz-Pässwort-8731");
    const QString wrong = QStringLiteral("Zebra-Quartz-Wrong-9942");
    const QString secondPassword = QStringLiteral("Other-Secret-Gibbon-5511");
    QStringList log;
    g_log = &log;
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(capture);

    QByteArray fileBytes;
    QString storeDir;
    {
        test::TestStore ts;
        QVERIFY(ts.isValid());
        storeDir = ts.dir();
        auto paula = ts->users().create(QStringLiteral("paula"), password);
        SB_VERIFY_OK(paula);
        auto other = ts->users().create(QStringLiteral("otto"), secondPassword);
        SB_VERIFY_OK(other);
        // Something in the log beside the users, so the file is not trivially small.
        SB_VERIFY_OK(ts->messages().send(*paula, *other, QStringLiteral("hello")));
        SB_VERIFY_OK(ts->users().authenticate(QStringLiteral("paula"), password));
        SB_VERIFY_ERROR(ts->users().authenticate(QStringLiteral("paula"), wrong),
                        StoreError::WrongPassword);
        SB_VERIFY_ERROR(ts->users().create(QStringLiteral("paula"), password),
                        StoreError::Duplicate);
        SB_VERIFY_ERROR(ts->users().remove(*other, wrong), StoreError::WrongPassword);
        // While the store is open: the file and its write-ahead log.
        fileBytes = test::files::storeBytes(ts.path());
        QVERIFY(QFileInfo::exists(ts.path() + QStringLiteral("-wal")));
        SB_VERIFY_OK(ts->users().remove(*other, secondPassword));
        fileBytes += test::files::storeBytes(ts.path());
        QVERIFY(ts.reopen());
        SB_VERIFY_OK(ts->users().authenticate(QStringLiteral("paula"), password));
        // Every file in the store's folder, after all of it.
        for (const QFileInfo &info : QDir(ts.dir()).entryInfoList(QDir::Files | QDir::Hidden))
            fileBytes += test::files::readAll(info.filePath());
    }

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    g_log = nullptr;

    QVERIFY(!fileBytes.isEmpty());
    // The hashes are there, in libsodium's Argon2id form.
    QVERIFY(fileBytes.contains("$argon2id$"));
    for (const QString &secret : {password, wrong, secondPassword}) {
        QVERIFY2(!containsText(fileBytes, secret),
                 qPrintable(QStringLiteral("found on disk: ") + secret));
        for (const QString &line : std::as_const(log))
            QVERIFY2(!line.contains(secret),
                     qPrintable(QStringLiteral("found in the log: ") + line));
    }
}

QTEST_GUILESS_MAIN(tst_Passwords)
#include "tst_passwords.moc"
