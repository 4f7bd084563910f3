#include "application.h"
#include "mainwindow.h"
#include "teststore.h"
#include "traynotifier.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QKeySequence>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace signalbox;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void compiledIn_data();
    void compiledIn();
    void knownStrings_data();
    void knownStrings();
    void plurals();
    void germanMainWindow();
    void tsFilesComplete_data();
    void tsFilesComplete();
    void qtOwnStringsTranslated_data();
    void qtOwnStringsTranslated();

private:
    std::unique_ptr<QTranslator> m_translator;
};

void TestTranslations::cleanup()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
}

void TestTranslations::compiledIn_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr");
}

void TestTranslations::compiledIn()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/signalbox_%1.qm").arg(language)));
    QVERIFY(!translator.isEmpty());
    QCOMPARE(translator.language(), language);
}

void TestTranslations::knownStrings_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");

    QTest::newRow("de tray tooltip")
        << QStringLiteral("de") << QStringLiteral("signalbox::TrayNotifier")
        << QStringLiteral("Signalbox: no unread messages")
        << QStringLiteral("Signalbox: keine ungelesenen Nachrichten");
    QTest::newRow("fr tray tooltip")
        << QStringLiteral("fr") << QStringLiteral("signalbox::TrayNotifier")
        << QStringLiteral("Signalbox: no unread messages")
        << QStringLiteral("Signalbox : aucun message non lu");
    QTest::newRow("de tray quit") << QStringLiteral("de")
                                  << QStringLiteral("signalbox::SystemTrayBackend")
                                  << QStringLiteral("&Quit") << QStringLiteral("&Beenden");
    QTest::newRow("fr tray quit") << QStringLiteral("fr")
                                  << QStringLiteral("signalbox::SystemTrayBackend")
                                  << QStringLiteral("&Quit") << QStringLiteral("&Quitter");
}

void TestTranslations::knownStrings()
{
    QFETCH(QString, language);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    m_translator = std::make_unique<QTranslator>();
    QVERIFY(m_translator->load(QStringLiteral(":/i18n/signalbox_%1.qm").arg(language)));
    QVERIFY(QCoreApplication::installTranslator(m_translator.get()));
    QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData()),
             expected);
}

void TestTranslations::plurals()
{
    m_translator = std::make_unique<QTranslator>();
    QVERIFY(m_translator->load(QStringLiteral(":/i18n/signalbox_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(m_translator.get()));
    QCOMPARE(TrayNotifier::toolTipFor(1), QStringLiteral("Signalbox: 1 ungelesene Nachricht"));
    QCOMPARE(TrayNotifier::toolTipFor(5), QStringLiteral("Signalbox: 5 ungelesene Nachrichten"));
    cleanup();

    m_translator = std::make_unique<QTranslator>();
    QVERIFY(m_translator->load(QStringLiteral(":/i18n/signalbox_fr.qm")));
    QVERIFY(QCoreApplication::installTranslator(m_translator.get()));
    QCOMPARE(TrayNotifier::toolTipFor(1), QStringLiteral("Signalbox : 1 message non lu"));
    QCOMPARE(TrayNotifier::toolTipFor(5), QStringLiteral("Signalbox : 5 messages non lus"));
}

// The whole window comes up in German once the translator is installed.
void TestTranslations::germanMainWindow()
{
    m_translator = std::make_unique<QTranslator>();
    QVERIFY(m_translator->load(QStringLiteral(":/i18n/signalbox_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(m_translator.get()));

    test::TestStore store;
    const User alice = store.addUser(QStringLiteral("alice"));
    QVERIFY(alice.isValid());
    MainWindow window(&store.store(), alice);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QStringList titles;
    const auto actions = window.menuBar()->actions();
    for (const QAction *action : actions)
        titles.append(action->text());
    QVERIFY2(titles.contains(QStringLiteral("&Datei")),
             qPrintable(titles.join(QLatin1String(", "))));
    QVERIFY(titles.contains(QStringLiteral("&Nachricht")));
    QVERIFY(titles.contains(QStringLiteral("&Hilfe")));
    QVERIFY(!titles.contains(QStringLiteral("&File")));

    // The menus' entries are German too.
    QStringList entries;
    for (const QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
        for (const QAction *action : menu->actions())
            entries.append(action->text());
    }
    QVERIFY2(entries.contains(QStringLiteral("&Beenden")),
             qPrintable(entries.join(QLatin1String(", "))));
    QVERIFY(entries.contains(QStringLiteral("&Antworten")));
}

void TestTranslations::tsFilesComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("German") << QStringLiteral(SIGNALBOX_TRANSLATIONS_DIR "/signalbox_de.ts");
    QTest::newRow("French") << QStringLiteral(SIGNALBOX_TRANSLATIONS_DIR "/signalbox_fr.ts");
}

// Every message of the .ts sources is translated and finished, every plural form filled in.
void TestTranslations::tsFilesComplete()
{
    QFETCH(QString, file);
    QFile ts(file);
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(file));
    QXmlStreamReader xml(&ts);
    QString context;
    QString source;
    int messages = 0;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            if (type == QLatin1String("obsolete") || type == QLatin1String("vanished")) {
                xml.skipCurrentElement();
                --messages;
                continue;
            }
            if (type == QLatin1String("unfinished"))
                problems.append(context + QLatin1String(": unfinished: ") + source);
            // Either the text itself, or one <numerusform> per plural form.
            QString text;
            int forms = 0;
            int emptyForms = 0;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation"))
                   && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters()) {
                    text += xml.text();
                } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    ++forms;
                    if (xml.readElementText().trimmed().isEmpty())
                        ++emptyForms;
                }
            }
            if (forms == 0 && text.trimmed().isEmpty())
                problems.append(context + QLatin1String(": empty: ") + source);
            if (forms > 0 && (forms != 2 || emptyForms > 0))
                problems.append(context + QLatin1String(": plural forms: ") + source);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 0);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::qtOwnStringsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("deleteKey");
    QTest::addColumn<QString>("ctrlE");
    QTest::addColumn<QString>("cancel");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("Entf")
                            << QStringLiteral("Strg+E") << QStringLiteral("Abbrechen");
    QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("Suppr")
                            << QStringLiteral("Ctrl+E") << QStringLiteral("Annuler");
}

// Qt's own strings (buttons, shortcut names) come from qtbase_<lang>.qm, which Debian's
// qt6-translations-l10n installs where QLibraryInfo says; the app loads it beside its own.
void TestTranslations::qtOwnStringsTranslated()
{
    QFETCH(QString, language);
    QFETCH(QString, deleteKey);
    QFETCH(QString, ctrlE);
    QFETCH(QString, cancel);
    QVERIFY(Application::installTranslations(language));
    QCOMPARE(QKeySequence(Qt::Key_Delete).toString(QKeySequence::NativeText), deleteKey);
    QCOMPARE(QKeySequence(Qt::CTRL | Qt::Key_E).toString(QKeySequence::NativeText), ctrlE);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel);
    // Leave no translator behind for the next row.
    const auto translators = qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale::c());
    QCOMPARE(QKeySequence(Qt::Key_Delete).toString(QKeySequence::NativeText),
             QStringLiteral("Del"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
