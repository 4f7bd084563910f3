<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Signalbox</source>
        <translation>Über Signalbox</translation>
    </message>
    <message>
        <source>Signalbox icon</source>
        <translation>Signalbox-Symbol</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Name der Anwendung</translation>
    </message>
    <message>
        <source>Signalbox</source>
        <translation>Signalbox</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Store location</source>
        <translation>Ort des Datenspeichers</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Composer</source>
        <translation>Eingabebereich</translation>
    </message>
    <message>
        <source>Reply or edit</source>
        <translation>Antworten oder bearbeiten</translation>
    </message>
    <message>
        <source>Composer mode</source>
        <translation>Modus des Eingabebereichs</translation>
    </message>
    <message>
        <source>Cancel reply or edit</source>
        <translation>Antworten oder Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Abbrechen (Esc)</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Sending problem</source>
        <translation>Problem beim Senden</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Conversation title</source>
        <translation>Titel der Unterhaltung</translation>
    </message>
    <message>
        <source>Mark conversation read</source>
        <translation>Unterhaltung als gelesen markieren</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>No conversation open</source>
        <translation>Keine Unterhaltung geöffnet</translation>
    </message>
    <message>
        <source>Messages in this conversation</source>
        <translation>Nachrichten dieser Unterhaltung</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Eingabebereich</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Edit &amp;history…</source>
        <translation>Bearbeitungs&amp;verlauf…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Mark unread from &amp;here</source>
        <translation>Ab &amp;hier als ungelesen markieren</translation>
    </message>
    <message>
        <source>Mark this message and every later one you received as unread</source>
        <translation>Diese und jede spätere empfangene Nachricht als ungelesen markieren</translation>
    </message>
    <message>
        <source>Mark &amp;unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Mark &amp;conversation read</source>
        <translation>Unterhaltung als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>Go to the message &amp;replied to</source>
        <translation>Zur beantworteten &amp;Nachricht</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Jump to &amp;latest</source>
        <translation>Zur &amp;neuesten Nachricht</translation>
    </message>
</context>
<context>
    <name>ConversationsPane</name>
    <message>
        <source>Conversations and unread messages</source>
        <translation>Unterhaltungen und ungelesene Nachrichten</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>New conversation…</source>
        <translation>Neue Unterhaltung…</translation>
    </message>
    <message>
        <source>Unread messages</source>
        <translation>Ungelesene Nachrichten</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Unread messages, newest first</source>
        <translation>Ungelesene Nachrichten, neueste zuerst</translation>
    </message>
</context>
<context>
    <name>DeleteAccountDialog</name>
    <message>
        <source>Delete account</source>
        <translation>Konto löschen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>What will be removed</source>
        <translation>Was gelöscht wird</translation>
    </message>
    <message>
        <source>Enter your &amp;password to confirm:</source>
        <translation>Geben Sie zur Bestätigung Ihr &amp;Passwort ein:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password problem</source>
        <translation>Problem mit dem Passwort</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Delete my account</source>
        <translation>Mein Konto löschen</translation>
    </message>
    <message>
        <source>&amp;Delete my account</source>
        <translation>Mein Konto &amp;löschen</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Edit history</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Changes between versions</source>
        <translation>Änderungen zwischen den Versionen</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>Problem mit dem Verlauf</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Signalbox</source>
        <translation>Signalbox</translation>
    </message>
    <message>
        <source>Conversations and messages</source>
        <translation>Unterhaltungen und Nachrichten</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Menüleiste</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;New conversation…</source>
        <translation>&amp;Neue Unterhaltung…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Delete account…</source>
        <translation>Konto &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Conversations</source>
        <translation>Unter&amp;haltungen</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Unread</source>
        <translation>&amp;Ungelesen</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Do not &amp;disturb</source>
        <translation>&amp;Nicht stören</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;About Signalbox</source>
        <translation>Ü&amp;ber Signalbox</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern …</translation>
    </message>
    <message>
        <source>Write a consistent copy of the store to a file</source>
        <translation>Eine konsistente Kopie des Speichers in eine Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when closed</source>
        <translation>Beim Schließen im &amp;Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>&amp;Export this conversation…</source>
        <translation>Diese Unterhaltung &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the open conversation as a web page or as JSON</source>
        <translation>Die geöffnete Unterhaltung als Webseite oder als JSON speichern</translation>
    </message>
    <message>
        <source>Export &amp;all conversations…</source>
        <translation>&amp;Alle Unterhaltungen exportieren…</translation>
    </message>
    <message>
        <source>Save all your conversations as a web page or as JSON</source>
        <translation>Alle Ihre Unterhaltungen als Webseite oder als JSON speichern</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Find in this c&amp;onversation…</source>
        <translation>In dieser &amp;Unterhaltung suchen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
</context>
<context>
    <name>NewConversationDialog</name>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>Who do you want to write to?</source>
        <translation>Wem möchten Sie schreiben?</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Person suchen</translation>
    </message>
    <message>
        <source>Type a name to filter</source>
        <translation>Namen zum Filtern eingeben</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>No people</source>
        <translation>Keine Personen</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>NotificationsDock</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Notifications, newest first</source>
        <translation>Benachrichtigungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Mark all notifications read</source>
        <translation>Alle Benachrichtigungen als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Signalbox</source>
        <translation>Bei Signalbox anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Welcome to Signalbox</source>
        <translation>Willkommen bei Signalbox</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Sign in with your username and password.</source>
        <translation>Melden Sie sich mit Ihrem Benutzernamen und Passwort an.</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Username problem</source>
        <translation>Problem mit dem Benutzernamen</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password problem</source>
        <translation>Problem mit dem Passwort</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>Passwort &amp;wiederholen</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Repeated password problem</source>
        <translation>Problem mit dem wiederholten Passwort</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problem bei der Anmeldung</translation>
    </message>
    <message>
        <source>Switch between signing in and creating an account</source>
        <translation>Zwischen Anmelden und Konto erstellen wechseln</translation>
    </message>
    <message>
        <source>Create an account…</source>
        <translation>Konto erstellen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
</context>
<context>
    <name>signalbox::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Direct messages with threaded replies, edit history and notifications, kept in one store on your computer or shared by your team.</source>
        <translation>Direktnachrichten mit Antworten in Threads, Bearbeitungsverlauf und Benachrichtigungen – in einem Datenspeicher auf Ihrem Computer oder gemeinsam mit Ihrem Team.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Datenspeicher: %1</translation>
    </message>
</context>
<context>
    <name>signalbox::AppearanceController</name>
    <message>
        <source>&amp;System</source>
        <extracomment>View ▸ Appearance: follow the desktop&apos;s light or dark preference</extracomment>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s light or dark preference</source>
        <translation>Der hellen oder dunklen Vorgabe der Arbeitsumgebung folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <extracomment>View ▸ Appearance</extracomment>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Always light</source>
        <translation>Immer hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <extracomment>View ▸ Appearance</extracomment>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Always dark</source>
        <translation>Immer dunkel</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <extracomment>The View menu&apos;s submenu for light and dark</extracomment>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
</context>
<context>
    <name>signalbox::Application</name>
    <message>
        <source>Signalbox: direct messages with threads, edit history and notifications.</source>
        <translation>Signalbox: Direktnachrichten mit Threads, Bearbeitungsverlauf und Benachrichtigungen.</translation>
    </message>
    <message>
        <source>The store to use: a file path, sqlite:PATH or postgresql://user@host:port/database. Overrides SIGNALBOX_DB.</source>
        <translation>Der zu verwendende Datenspeicher: ein Dateipfad, sqlite:PFAD oder postgresql://benutzer@host:port/datenbank. Hat Vorrang vor SIGNALBOX_DB.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Start with a throw-away store full of example conversations.</source>
        <translation>Mit einem Wegwerf-Datenspeicher voller Beispielunterhaltungen starten.</translation>
    </message>
    <message>
        <source>The language of the user interface, e.g. de (default: the system&apos;s).</source>
        <translation>Die Sprache der Benutzeroberfläche, z. B. de (Vorgabe: die des Systems).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>The store %1 is damaged or is not a Signalbox store. Signalbox has not changed it. Choose another store with --db.</source>
        <translation>Der Datenspeicher %1 ist beschädigt oder kein Signalbox-Datenspeicher. Signalbox hat ihn nicht verändert. Wählen Sie mit --db einen anderen Datenspeicher.</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer version of Signalbox. Please update Signalbox; the store has not been changed.</source>
        <translation>Der Datenspeicher %1 wurde von einer neueren Version von Signalbox geschrieben. Bitte aktualisieren Sie Signalbox; der Datenspeicher wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The store %1 is busy: another program is holding it. Close that program and start Signalbox again.</source>
        <translation>Der Datenspeicher %1 ist belegt: Ein anderes Programm hält ihn fest. Schließen Sie dieses Programm und starten Sie Signalbox erneut.</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened. Check that the file or server exists and that you may use it.</source>
        <translation>Der Datenspeicher %1 kann nicht geöffnet werden. Prüfen Sie, ob die Datei oder der Server existiert und ob Sie darauf zugreifen dürfen.</translation>
    </message>
    <message>
        <source>The store %1 is full: free some disk space and try again.</source>
        <translation>Der Datenspeicher %1 ist voll: Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Signalbox could not open the store %1.</source>
        <translation>Signalbox konnte den Datenspeicher %1 nicht öffnen.</translation>
    </message>
    <message>
        <source>No translation for the language %1; using English.</source>
        <translation>Keine Übersetzung für die Sprache %1; Englisch wird verwendet.</translation>
    </message>
    <message>
        <source>Signalbox cannot start</source>
        <translation>Signalbox kann nicht starten</translation>
    </message>
    <message>
        <source>No temporary folder for the demo store: %1</source>
        <translation>Kein temporärer Ordner für den Demo-Datenspeicher: %1</translation>
    </message>
    <message>
        <source>The account “%1” and everything that belonged to it have been deleted.</source>
        <translation>Das Konto „%1“ und alles, was dazugehörte, wurden gelöscht.</translation>
    </message>
    <message>
        <source>Sign in as $SIGNALBOX_USER (password: $SIGNALBOX_PASSWORD), show the newest conversation, print the milliseconds to the first paint and the memory used, and quit.</source>
        <translation>Als $SIGNALBOX_USER anmelden (Passwort: $SIGNALBOX_PASSWORD), die neueste Unterhaltung zeigen, die Millisekunden bis zur ersten Darstellung und den belegten Speicher ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Open a window of its own even when Signalbox already runs for this store.</source>
        <translation>Ein eigenes Fenster öffnen, auch wenn Signalbox für diesen Datenspeicher schon läuft.</translation>
    </message>
    <message>
        <source>Signalbox is already running for this store: its window has been brought to the front.</source>
        <translation>Signalbox läuft bereits für diesen Datenspeicher: sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>Light or dark for this run: system, light or dark (default: as chosen in View ▸ Appearance).</source>
        <translation>Hell oder dunkel für diesen Start: system, light oder dark (Vorgabe: wie unter Ansicht ▸ Erscheinungsbild gewählt).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>Unknown appearance “%1”: use system, light or dark.</source>
        <translation>Unbekanntes Erscheinungsbild „%1“: system, light oder dark verwenden.</translation>
    </message>
    <message>
        <source>Create a new store?</source>
        <translation>Neuen Datenspeicher anlegen?</translation>
    </message>
    <message>
        <source>There is no Signalbox store at %1.</source>
        <translation>Unter %1 gibt es keinen Signalbox-Datenspeicher.</translation>
    </message>
    <message>
        <source>Neither the file nor its folder %1 exists. Create them with a new, empty store, or quit and check the path given with --db or SIGNALBOX_DB?</source>
        <translation>Weder die Datei noch ihr Ordner %1 existiert. Beides mit einem neuen, leeren Datenspeicher anlegen, oder beenden und den mit --db oder SIGNALBOX_DB angegebenen Pfad prüfen?</translation>
    </message>
    <message>
        <source>Create a new, empty store there, or quit and check the path given with --db or SIGNALBOX_DB?</source>
        <translation>Dort einen neuen, leeren Datenspeicher anlegen, oder beenden und den mit --db oder SIGNALBOX_DB angegebenen Pfad prüfen?</translation>
    </message>
    <message>
        <source>&amp;Create store</source>
        <translation>Datenspeicher &amp;anlegen</translation>
    </message>
    <message>
        <source>Create store</source>
        <translation>Datenspeicher anlegen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>signalbox::Composer</name>
    <message>
        <source>Write to %1… (Ctrl+Enter sends)</source>
        <translation>An %1 schreiben… (Strg+Eingabe sendet)</translation>
    </message>
    <message>
        <source>Choose a conversation to write a message.</source>
        <translation>Wählen Sie eine Unterhaltung, um eine Nachricht zu schreiben.</translation>
    </message>
    <message>
        <source>Replying to %1: %2</source>
        <translation>Antwort an %1: %2</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <source>Editing your message: %1</source>
        <translation>Ihre Nachricht bearbeiten: %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the edited message</source>
        <translation>Die bearbeitete Nachricht speichern</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>signalbox::ConversationDelegate</name>
    <message>
        <source>You: %1</source>
        <translation>Sie: %1</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>Entwurf: %1</translation>
    </message>
</context>
<context>
    <name>signalbox::ConversationListModel</name>
    <message numerus="yes">
        <source>%1: %2 (%n unread)</source>
        <translation>
            <numerusform>%1: %2 (%n ungelesen)</numerusform>
            <numerusform>%1: %2 (%n ungelesen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>signalbox::ConversationView</name>
    <message>
        <source>The message cannot be opened.</source>
        <translation>Die Nachricht kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>That message is no longer in this conversation.</source>
        <translation>Diese Nachricht ist nicht mehr in dieser Unterhaltung.</translation>
    </message>
    <message>
        <source>Could not mark the message read: %1</source>
        <translation>Die Nachricht konnte nicht als gelesen markiert werden: %1</translation>
    </message>
    <message>
        <source>Choose a conversation first.</source>
        <translation>Wählen Sie zuerst eine Unterhaltung.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Message edited.</source>
        <translation>Nachricht bearbeitet.</translation>
    </message>
    <message>
        <source>Message sent to %1.</source>
        <translation>Nachricht an %1 gesendet.</translation>
    </message>
    <message>
        <source>yourself</source>
        <translation>Sie selbst</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Nachricht löschen</translation>
    </message>
    <message>
        <source>Delete this message?</source>
        <translation>Diese Nachricht löschen?</translation>
    </message>
    <message>
        <source>Confirm deletion</source>
        <translation>Löschen bestätigen</translation>
    </message>
    <message numerus="yes">
        <source>“%1”

It has %n reply(s): they stay, under a “This message was deleted.” placeholder.</source>
        <translation>
            <numerusform>„%1“

Sie hat %n Antwort: Sie bleibt erhalten, unter dem Platzhalter „Diese Nachricht wurde gelöscht.“</numerusform>
            <numerusform>„%1“

Sie hat %n Antworten: Sie bleiben erhalten, unter dem Platzhalter „Diese Nachricht wurde gelöscht.“</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”

This cannot be undone.</source>
        <translation>„%1“

Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The message was not deleted.</source>
        <translation>Die Nachricht wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>Message deleted; its replies remain.</source>
        <translation>Nachricht gelöscht; ihre Antworten bleiben erhalten.</translation>
    </message>
    <message>
        <source>Message deleted.</source>
        <translation>Nachricht gelöscht.</translation>
    </message>
    <message>
        <source>The message was not marked unread.</source>
        <translation>Die Nachricht wurde nicht als ungelesen markiert.</translation>
    </message>
    <message>
        <source>Marked unread.</source>
        <translation>Als ungelesen markiert.</translation>
    </message>
    <message>
        <source>The messages were not marked unread.</source>
        <translation>Die Nachrichten wurden nicht als ungelesen markiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) marked unread.</source>
        <translation>
            <numerusform>%n Nachricht als ungelesen markiert.</numerusform>
            <numerusform>%n Nachrichten als ungelesen markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversation was not marked read.</source>
        <translation>Die Unterhaltung wurde nicht als gelesen markiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) marked read.</source>
        <translation>
            <numerusform>%n Nachricht als gelesen markiert.</numerusform>
            <numerusform>%n Nachrichten als gelesen markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>That person&apos;s account has been deleted.</source>
        <translation>Das Konto dieser Person wurde gelöscht.</translation>
    </message>
    <message>
        <source>No conversation open</source>
        <translation>Keine Unterhaltung geöffnet</translation>
    </message>
    <message>
        <source>Choose a conversation on the left, or start a new one with File ▸ New conversation (Ctrl+N).</source>
        <translation>Wählen Sie links eine Unterhaltung oder beginnen Sie eine neue mit Datei ▸ Neue Unterhaltung (Strg+N).</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Unterhaltung mit %1</translation>
    </message>
    <message>
        <source>No messages with %1 yet. Write the first one below.</source>
        <translation>Noch keine Nachrichten mit %1. Schreiben Sie unten die erste.</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>Zur neuesten Nachricht springen</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>Aktionen für die Nachricht</translation>
    </message>
    <message>
        <source>Message copied.</source>
        <translation>Nachricht kopiert.</translation>
    </message>
    <message>
        <source>%1 has deleted their account. The conversation and its messages are gone.</source>
        <translation>%1 hat das Konto gelöscht. Die Unterhaltung und ihre Nachrichten gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The draft was not saved: %1</source>
        <translation>Der Entwurf wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The draft could not be read: %1</source>
        <translation>Der Entwurf konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>signalbox::ConversationsPane</name>
    <message>
        <source>Unread (%1)</source>
        <translation>Ungelesen (%1)</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Conversations or search</source>
        <translation>Unterhaltungen oder Suche</translation>
    </message>
</context>
<context>
    <name>signalbox::DeleteAccountDialog</name>
    <message>
        <source>Delete the account “%1” for good?</source>
        <translation>Das Konto „%1“ endgültig löschen?</translation>
    </message>
    <message>
        <source>This removes, permanently and for everyone:</source>
        <translation>Dadurch wird dauerhaft und für alle gelöscht:</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) you sent or received</source>
        <translation>
            <numerusform>%n Nachricht, die Sie gesendet oder empfangen haben</numerusform>
            <numerusform>%n Nachrichten, die Sie gesendet oder empfangen haben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s)</source>
        <translation>
            <numerusform>%n Benachrichtigung</numerusform>
            <numerusform>%n Benachrichtigungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s) of edited messages</source>
        <translation>
            <numerusform>%n frühere Version bearbeiteter Nachrichten</numerusform>
            <numerusform>%n frühere Versionen bearbeiteter Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>your account and your password</source>
        <translation>Ihr Konto und Ihr Passwort</translation>
    </message>
    <message>
        <source>It cannot be undone.</source>
        <translation>Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>What belongs to your account could not be counted: %1</source>
        <translation>Was zu Ihrem Konto gehört, konnte nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>That password is not right. Nothing was deleted.</source>
        <translation>Das Passwort ist nicht richtig. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Download your data first…</source>
        <translation>Ihre Daten zuerst &amp;herunterladen…</translation>
    </message>
    <message>
        <source>Download your data first</source>
        <translation>Ihre Daten zuerst herunterladen</translation>
    </message>
    <message>
        <source>Save all your conversations as a web page or as JSON before deleting the account.</source>
        <translation>Alle Ihre Unterhaltungen als Webseite oder als JSON speichern, bevor das Konto gelöscht wird.</translation>
    </message>
</context>
<context>
    <name>signalbox::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <extracomment>Action of a desktop notification: open the message in its conversation</extracomment>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <extracomment>Action of a desktop notification</extracomment>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>Reply</source>
        <extracomment>Action of a desktop notification: answer in the notification itself</extracomment>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <extracomment>Placeholder of the reply field in a desktop notification</extracomment>
        <translation>%1 antworten</translation>
    </message>
    <message>
        <source>The message could not be marked as read: %1</source>
        <translation>Die Nachricht konnte nicht als gelesen markiert werden: %1</translation>
    </message>
    <message>
        <source>The reply was not sent: %1</source>
        <translation>Die Antwort wurde nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>signalbox::ExportRunner</name>
    <message>
        <source>signalbox-%1-with-%2</source>
        <translation>signalbox-%1-mit-%2</translation>
    </message>
    <message>
        <source>signalbox-%1</source>
        <translation>signalbox-%1</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>JSON for other programs (*.json)</source>
        <translation>JSON für andere Programme (*.json)</translation>
    </message>
    <message>
        <source>Export this conversation</source>
        <translation>Diese Unterhaltung exportieren</translation>
    </message>
    <message>
        <source>Export all conversations</source>
        <translation>Alle Unterhaltungen exportieren</translation>
    </message>
    <message>
        <source>Exporting your messages…</source>
        <translation>Ihre Nachrichten werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>signalbox::Exporter</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Conversation of %1 with %2</source>
        <translation>Unterhaltung von %1 mit %2</translation>
    </message>
    <message>
        <source>Conversations of %1</source>
        <translation>Unterhaltungen von %1</translation>
    </message>
    <message>
        <source>Exported from Signalbox, format %1. Times are UTC.</source>
        <translation>Aus Signalbox exportiert, Format %1. Zeiten in UTC.</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Mit %1</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>ungelesen</translation>
    </message>
    <message>
        <source>This message was deleted.</source>
        <translation>Diese Nachricht wurde gelöscht.</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>bearbeitet %1</translation>
    </message>
    <message>
        <source>Earlier versions: %1</source>
        <translation>Frühere Versionen: %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>There are no messages.</source>
        <translation>Es gibt keine Nachrichten.</translation>
    </message>
    <message>
        <source>The export cannot be written to %1: %2</source>
        <translation>Der Export kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>signalbox::HistoryDialog</name>
    <message>
        <source>This message has not been edited.</source>
        <translation>Diese Nachricht wurde nicht bearbeitet.</translation>
    </message>
    <message numerus="yes">
        <source>This message has %n version(s), newest last.</source>
        <translation>
            <numerusform>Diese Nachricht hat %n Version, die neueste zuletzt.</numerusform>
            <numerusform>Diese Nachricht hat %n Versionen, die neueste zuletzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 — sent %2 by %3</source>
        <translation>Version %1 — gesendet %2 von %3</translation>
    </message>
    <message>
        <source>Version %1 — edited %2 by %3</source>
        <translation>Version %1 — bearbeitet %2 von %3</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(aktuell)</translation>
    </message>
</context>
<context>
    <name>signalbox::HistoryModel</name>
    <message>
        <source>Current version, since %1</source>
        <translation>Aktuelle Version, seit %1</translation>
    </message>
    <message>
        <source>Version %1, from %2</source>
        <translation>Version %1, vom %2</translation>
    </message>
</context>
<context>
    <name>signalbox::MainWindow</name>
    <message>
        <source>Signalbox — %1</source>
        <translation>Signalbox — %1</translation>
    </message>
    <message>
        <source>Signed in user</source>
        <translation>Angemeldete Person</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Datenspeicher: %1</translation>
    </message>
    <message>
        <source>Welcome, %1.</source>
        <translation>Willkommen, %1.</translation>
    </message>
    <message>
        <source>The conversation cannot be opened.</source>
        <translation>Die Unterhaltung kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Do not disturb is off.</source>
        <translation>„Nicht stören“ ist aus.</translation>
    </message>
    <message>
        <source>Signalbox</source>
        <translation>Signalbox</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Back up the store</source>
        <translation>Speicher sichern</translation>
    </message>
    <message>
        <source>Signalbox stores (*.sqlite3)</source>
        <translation>Signalbox-Speicher (*.sqlite3)</translation>
    </message>
    <message>
        <source>The backup was not written.</source>
        <translation>Die Sicherung wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Gesichert nach %1.</translation>
    </message>
    <message>
        <source>Signalbox is still running</source>
        <translation>Signalbox läuft weiter</translation>
    </message>
    <message>
        <source>New messages appear here. To quit, use File ▸ Quit or the tray icon&apos;s menu.</source>
        <translation>Neue Nachrichten erscheinen hier. Zum Beenden: Datei ▸ Beenden oder das Menü des Symbols im Infobereich.</translation>
    </message>
    <message>
        <source>Do not disturb is on: no notifications.</source>
        <translation>„Nicht stören“ ist an: keine Benachrichtigungen.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
</context>
<context>
    <name>signalbox::MessageDelegate</name>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>This message was deleted.</source>
        <translation>Diese Nachricht wurde gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n unread</source>
        <translation>
            <numerusform>%1 · %n ungelesen</numerusform>
            <numerusform>%1 · %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(bearbeitet)</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Gesendet %1</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>Bearbeitet %1</translation>
    </message>
    <message>
        <source>Seen</source>
        <extracomment>Shown on your own message once the other person has read it</extracomment>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <extracomment>Date separator format for a day of this year (QDate format: d = day, MMMM = month)</extracomment>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date separator format for a day of another year</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>Neue Nachrichten</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Select text to copy it; Esc closes</source>
        <translation>Text markieren, um ihn zu kopieren; Esc schließt</translation>
    </message>
    <message>
        <source>Open %1</source>
        <extracomment>Tooltip of a link in a message; %1 is the address</extracomment>
        <translation>%1 öffnen</translation>
    </message>
</context>
<context>
    <name>signalbox::NewConversationDialog</name>
    <message>
        <source>&amp;Start conversation</source>
        <translation>Unterhaltung &amp;beginnen</translation>
    </message>
    <message>
        <source>Start conversation</source>
        <translation>Unterhaltung beginnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Nobody matches “%1”.</source>
        <translation>Niemand passt zu „%1“.</translation>
    </message>
    <message>
        <source>Nobody else has an account in this store yet.</source>
        <translation>In diesem Datenspeicher hat noch niemand sonst ein Konto.</translation>
    </message>
</context>
<context>
    <name>signalbox::NotificationModel</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A notification in the list: sender name, then the start of the message.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>signalbox::NotificationsDock</name>
    <message>
        <source>The notifications were not marked read.</source>
        <translation>Die Benachrichtigungen wurden nicht als gelesen markiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s) marked read.</source>
        <translation>
            <numerusform>%n Benachrichtigung als gelesen markiert.</numerusform>
            <numerusform>%n Benachrichtigungen als gelesen markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Benachrichtigungen (%1)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
</context>
<context>
    <name>signalbox::SearchModel</name>
    <message>
        <source>You to %1, %2: %3</source>
        <translation>Sie an %1, %2: %3</translation>
    </message>
    <message>
        <source>%1 to you, %2: %3</source>
        <translation>%1 an Sie, %2: %3</translation>
    </message>
</context>
<context>
    <name>signalbox::SearchPane</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>Words, &quot;an exact phrase&quot;, a prefix*, from:name, with:name, before:YYYY-MM-DD, after:YYYY-MM-DD. Press Down for the results, Esc to close.</source>
        <translation>Wörter, &quot;eine genaue Wortfolge&quot;, ein Anfang*, from:name, with:name, before:JJJJ-MM-TT, after:JJJJ-MM-TT. Pfeil nach unten führt zu den Ergebnissen, Esc schließt.</translation>
    </message>
    <message>
        <source>Search messages (from:name, &quot;phrase&quot;, pre*)</source>
        <translation>Nachrichten durchsuchen (from:name, &quot;Wortfolge&quot;, Anf*)</translation>
    </message>
    <message>
        <source>Search scope</source>
        <translation>Suchbereich</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>In your conversation with %1</source>
        <translation>In Ihrer Unterhaltung mit %1</translation>
    </message>
    <message>
        <source>Search this conversation</source>
        <translation>Diese Unterhaltung durchsuchen</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>Keine Nachrichten gefunden.</translation>
    </message>
</context>
<context>
    <name>signalbox::SearchQuery</name>
    <message>
        <source>A search cannot contain NUL characters.</source>
        <translation>Eine Suche darf keine NUL-Zeichen enthalten.</translation>
    </message>
    <message>
        <source>The quotation mark at character %1 is not closed: put a &quot; after the phrase.</source>
        <translation>Das Anführungszeichen an Zeichen %1 wird nicht geschlossen: Setzen Sie ein &quot; hinter die Wortfolge.</translation>
    </message>
    <message>
        <source>Put a space after the phrase that ends at character %1.</source>
        <translation>Setzen Sie ein Leerzeichen hinter die Wortfolge, die an Zeichen %1 endet.</translation>
    </message>
    <message>
        <source>The phrase at character %1 has no letters or digits to search for.</source>
        <translation>Die Wortfolge an Zeichen %1 enthält keine Buchstaben oder Ziffern, nach denen gesucht werden kann.</translation>
    </message>
    <message>
        <source>%1: needs a user name, as in %1:alice.</source>
        <translation>%1: braucht einen Benutzernamen, etwa %1:alice.</translation>
    </message>
    <message>
        <source>%1: is given twice; a search takes one.</source>
        <translation>%1: ist zweimal angegeben; eine Suche nimmt eines.</translation>
    </message>
    <message>
        <source>%1: needs a date written YYYY-MM-DD, as in %1:2024-03-31; “%2” is not one.</source>
        <translation>%1: braucht ein Datum der Form JJJJ-MM-TT, etwa %1:2024-03-31; „%2“ ist keines.</translation>
    </message>
    <message>
        <source>“%1”: a * may only end a word, to find every word that begins so (as in caf*).</source>
        <translation>„%1“: Ein * darf nur am Ende eines Wortes stehen und findet jedes Wort, das so beginnt (etwa caf*).</translation>
    </message>
    <message>
        <source>“%1”: a quotation mark starts a phrase only at the beginning of a word.</source>
        <translation>„%1“: Ein Anführungszeichen beginnt eine Wortfolge nur am Anfang eines Wortes.</translation>
    </message>
    <message>
        <source>A * on its own finds nothing: write the beginning of a word before it (as in caf*).</source>
        <translation>Ein * allein findet nichts: Schreiben Sie den Anfang eines Wortes davor (etwa caf*).</translation>
    </message>
    <message>
        <source>The search is empty: type a word to look for.</source>
        <translation>Die Suche ist leer: Geben Sie ein Wort ein, nach dem gesucht werden soll.</translation>
    </message>
    <message>
        <source>The search has no letters or digits to look for.</source>
        <translation>Die Suche enthält keine Buchstaben oder Ziffern, nach denen gesucht werden kann.</translation>
    </message>
    <message>
        <source>after:%1 and before:%2 leave no day in between.</source>
        <translation>after:%1 und before:%2 lassen keinen Tag dazwischen.</translation>
    </message>
</context>
<context>
    <name>signalbox::SignInDialog</name>
    <message>
        <source>Create a Signalbox account</source>
        <translation>Ein Signalbox-Konto erstellen</translation>
    </message>
    <message>
        <source>Create your account</source>
        <translation>Ihr Konto erstellen</translation>
    </message>
    <message>
        <source>Choose a username (letters, digits and @ . + - _, at most %1 characters) and a password of at least %2 characters.</source>
        <translation>Wählen Sie einen Benutzernamen (Buchstaben, Ziffern und @ . + - _, höchstens %1 Zeichen) und ein Passwort mit mindestens %2 Zeichen.</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>Konto &amp;erstellen</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>I already have an account</source>
        <translation>Ich habe bereits ein Konto</translation>
    </message>
    <message>
        <source>Sign in to Signalbox</source>
        <translation>Bei Signalbox anmelden</translation>
    </message>
    <message>
        <source>Welcome to Signalbox</source>
        <translation>Willkommen bei Signalbox</translation>
    </message>
    <message>
        <source>Sign in with your username and password.</source>
        <translation>Melden Sie sich mit Ihrem Benutzernamen und Passwort an.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Create an account…</source>
        <translation>Konto erstellen…</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>Es gibt kein Konto namens „%1“.</translation>
    </message>
    <message>
        <source>That password is not right.</source>
        <translation>Das Passwort ist nicht richtig.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele falsche Passwörter. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele falsche Passwörter. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <extracomment>Under the sign-in form; %1 is the store&apos;s file or server</extracomment>
        <translation>Datenspeicher: %1</translation>
    </message>
</context>
<context>
    <name>signalbox::SingleInstance</name>
    <message>
        <source>This store cannot be shared with another window.</source>
        <translation>Dieser Datenspeicher kann nicht mit einem anderen Fenster geteilt werden.</translation>
    </message>
    <message>
        <source>Another start of Signalbox holds %1.</source>
        <translation>Ein anderer Start von Signalbox hält %1.</translation>
    </message>
</context>
<context>
    <name>signalbox::StoreError</name>
    <message>
        <source>Live updates from the server could not be started.</source>
        <translation>Live-Aktualisierungen vom Server konnten nicht gestartet werden.</translation>
    </message>
    <message>
        <source>There is no conversation with that user.</source>
        <translation>Es gibt keine Unterhaltung mit dieser Person.</translation>
    </message>
    <message>
        <source>The store is busy with another program; try again. (%1)</source>
        <translation>Der Datenspeicher ist durch ein anderes Programm belegt; versuchen Sie es erneut. (%1)</translation>
    </message>
    <message>
        <source>The store is full: there is no room left on the disk. Nothing was saved. (%1)</source>
        <translation>Der Datenspeicher ist voll: Auf dem Datenträger ist kein Platz mehr. Es wurde nichts gespeichert. (%1)</translation>
    </message>
    <message>
        <source>The store is damaged. (%1)</source>
        <translation>Der Datenspeicher ist beschädigt. (%1)</translation>
    </message>
    <message>
        <source>The store cannot be written. (%1)</source>
        <translation>Der Datenspeicher kann nicht beschrieben werden. (%1)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>No store path was given.</source>
        <translation>Es wurde kein Pfad für den Datenspeicher angegeben.</translation>
    </message>
    <message>
        <source>A store path cannot contain NUL characters.</source>
        <translation>Ein Pfad für den Datenspeicher darf keine NUL-Zeichen enthalten.</translation>
    </message>
    <message>
        <source>Opening the store %1</source>
        <translation>Öffnen des Datenspeichers %1</translation>
    </message>
    <message>
        <source>The store address %1 is not a valid postgresql://user@host:port/database URL.</source>
        <translation>Die Adresse %1 ist keine gültige URL der Form postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>The store address %1 is neither a file path nor a postgresql://user@host:port/database URL.</source>
        <translation>Die Adresse %1 ist weder ein Dateipfad noch eine URL der Form postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>One of its parameters has no name.</source>
        <translation>Einer ihrer Parameter hat keinen Namen.</translation>
    </message>
    <message>
        <source>The parameter sslpassword would put the passphrase of the client key on the command line, where everyone on this computer can read it. Leave it out: use a key without a passphrase, in a file only you can read (mode 0600).</source>
        <translation>Der Parameter sslpassword würde die Passphrase des Client-Schlüssels in die Befehlszeile schreiben, wo jeder auf diesem Computer sie lesen kann. Lassen Sie ihn weg: Verwenden Sie einen Schlüssel ohne Passphrase in einer Datei, die nur Sie lesen können (Modus 0600).</translation>
    </message>
    <message>
        <source>The parameter password would put the password on the command line, where everyone on this computer can read it. Leave it out: give the password through SIGNALBOX_PASSWORD or --password-stdin, or keep it in ~/.pgpass (or the file PGPASSFILE names), readable only by you.</source>
        <translation>Der Parameter password würde das Passwort in die Befehlszeile schreiben, wo jeder auf diesem Computer es lesen kann. Lassen Sie ihn weg: Geben Sie das Passwort über SIGNALBOX_PASSWORD oder --password-stdin an, oder legen Sie es in ~/.pgpass ab (oder in der Datei, die PGPASSFILE nennt), lesbar nur für Sie.</translation>
    </message>
    <message>
        <source>The parameter %1 repeats a part of the address: write postgresql://user@host:port/database instead.</source>
        <translation>Der Parameter %1 wiederholt einen Teil der Adresse: Schreiben Sie stattdessen postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>The parameter client_encoding cannot be used: Signalbox always talks UTF-8 to the server.</source>
        <translation>Der Parameter client_encoding kann nicht verwendet werden: Signalbox spricht mit dem Server immer UTF-8.</translation>
    </message>
    <message>
        <source>The parameter replication cannot be used: a replication connection cannot hold a store.</source>
        <translation>Der Parameter replication kann nicht verwendet werden: Eine Replikationsverbindung kann keinen Datenspeicher tragen.</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; is not a connection parameter of PostgreSQL&apos;s client library (libpq).</source>
        <translation>Der Parameter „%1“ ist kein Verbindungsparameter der Client-Bibliothek von PostgreSQL (libpq).</translation>
    </message>
    <message>
        <source>The parameter %1 has no value.</source>
        <translation>Der Parameter %1 hat keinen Wert.</translation>
    </message>
    <message>
        <source>The value of the parameter %1 contains a NUL character.</source>
        <translation>Der Wert des Parameters %1 enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <source>The value of the parameter %1 contains a semicolon, which Qt&apos;s PostgreSQL driver cannot pass on.</source>
        <translation>Der Wert des Parameters %1 enthält ein Semikolon, das der PostgreSQL-Treiber von Qt nicht weitergeben kann.</translation>
    </message>
    <message>
        <source>The store address %1 cannot be used. %2</source>
        <translation>Die Adresse %1 kann nicht verwendet werden. %2</translation>
    </message>
    <message>
        <source>PostgreSQL addresses have no #fragment.</source>
        <translation>PostgreSQL-Adressen haben kein #Fragment.</translation>
    </message>
    <message>
        <source>A % in its parameters starts no %XX escape: write a % sign as %25.</source>
        <translation>Ein % in ihren Parametern beginnt keine %XX-Kodierung: Schreiben Sie ein Prozentzeichen als %25.</translation>
    </message>
    <message>
        <source>The parameter %1 is given twice.</source>
        <translation>Der Parameter %1 ist zweimal angegeben.</translation>
    </message>
    <message>
        <source>PostgreSQL support (Qt&apos;s QPSQL driver) is not installed.</source>
        <translation>Die PostgreSQL-Unterstützung (der QPSQL-Treiber von Qt) ist nicht installiert.</translation>
    </message>
    <message>
        <source>The PostgreSQL store %1 cannot be opened: %2</source>
        <translation>Der PostgreSQL-Datenspeicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The store returned no id.</source>
        <translation>Der Datenspeicher hat keine ID zurückgegeben.</translation>
    </message>
    <message>
        <source>A store query</source>
        <translation>Eine Abfrage des Datenspeichers</translation>
    </message>
    <message>
        <source>There is no message %1.</source>
        <translation>Es gibt keine Nachricht %1.</translation>
    </message>
    <message>
        <source>Only the sender and the receiver may see the history of message %1.</source>
        <translation>Nur Absender und Empfänger dürfen den Verlauf der Nachricht %1 sehen.</translation>
    </message>
    <message>
        <source>A message cannot be empty.</source>
        <translation>Eine Nachricht darf nicht leer sein.</translation>
    </message>
    <message>
        <source>A message has at most %1 characters; this one has %2.</source>
        <translation>Eine Nachricht hat höchstens %1 Zeichen; diese hat %2.</translation>
    </message>
    <message>
        <source>Only the sender and the receiver may see message %1.</source>
        <translation>Nur Absender und Empfänger dürfen die Nachricht %1 sehen.</translation>
    </message>
    <message>
        <source>You cannot send a message to yourself.</source>
        <translation>Sie können sich selbst keine Nachricht senden.</translation>
    </message>
    <message>
        <source>Message %1 is not part of your conversation with %2; a reply must stay in its conversation.</source>
        <translation>Die Nachricht %1 gehört nicht zu Ihrer Unterhaltung mit %2; eine Antwort muss in ihrer Unterhaltung bleiben.</translation>
    </message>
    <message>
        <source>Only the sender may edit message %1.</source>
        <translation>Nur der Absender darf die Nachricht %1 bearbeiten.</translation>
    </message>
    <message>
        <source>Message %1 was deleted and cannot be edited.</source>
        <translation>Die Nachricht %1 wurde gelöscht und kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>Only the sender may delete message %1.</source>
        <translation>Nur der Absender darf die Nachricht %1 löschen.</translation>
    </message>
    <message>
        <source>Only the receiver may mark message %1 read or unread.</source>
        <translation>Nur der Empfänger darf die Nachricht %1 als gelesen oder ungelesen markieren.</translation>
    </message>
    <message>
        <source>This store was written by a newer Signalbox (schema %1; this version knows up to %2). Update Signalbox to open it; the store was left unchanged.</source>
        <translation>Dieser Datenspeicher wurde von einer neueren Signalbox geschrieben (Schema %1; diese Version kennt bis %2). Aktualisieren Sie Signalbox, um ihn zu öffnen; der Datenspeicher blieb unverändert.</translation>
    </message>
    <message>
        <source>The store %1 is damaged or not a Signalbox store (%2). It was left unchanged.</source>
        <translation>Der Datenspeicher %1 ist beschädigt oder kein Signalbox-Datenspeicher (%2). Er blieb unverändert.</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2</source>
        <translation>Der Datenspeicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>it holds tables of another program</source>
        <translation>er enthält Tabellen eines anderen Programms</translation>
    </message>
    <message>
        <source>Migration %1 is missing.</source>
        <translation>Die Migration %1 fehlt.</translation>
    </message>
    <message>
        <source>There is no notification %1.</source>
        <translation>Es gibt keine Benachrichtigung %1.</translation>
    </message>
    <message>
        <source>Notification %1 belongs to someone else.</source>
        <translation>Die Benachrichtigung %1 gehört jemand anderem.</translation>
    </message>
    <message>
        <source>libsodium could not start.</source>
        <translation>libsodium konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory).</source>
        <translation>Das Passwort konnte nicht gehasht werden (kein Speicher mehr).</translation>
    </message>
    <message>
        <source>The store %1 is a folder, not a file.</source>
        <translation>Der Datenspeicher %1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The store %1 cannot be read: %2.</source>
        <translation>Der Datenspeicher %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is too short</source>
        <translation>die Datei ist zu kurz</translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation>keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>invalid page size</source>
        <translation>ungültige Seitengröße</translation>
    </message>
    <message>
        <source>the file size is not a whole number of pages</source>
        <translation>die Dateigröße ist kein ganzzahliges Vielfaches der Seitengröße</translation>
    </message>
    <message>
        <source>the file is truncated</source>
        <translation>die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <source>There is no user called “%1”.</source>
        <translation>Es gibt keine Person namens „%1“.</translation>
    </message>
    <message>
        <source>A username has 1 to %1 characters.</source>
        <translation>Ein Benutzername hat 1 bis %1 Zeichen.</translation>
    </message>
    <message>
        <source>A username may only contain letters, digits and @ . + - _</source>
        <translation>Ein Benutzername darf nur Buchstaben, Ziffern und @ . + - _ enthalten</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>Ein Passwort hat mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A password has at most 4096 characters.</source>
        <translation>Ein Passwort hat höchstens 4096 Zeichen.</translation>
    </message>
    <message>
        <source>The username “%1” is already taken.</source>
        <translation>Der Benutzername „%1“ ist bereits vergeben.</translation>
    </message>
    <message>
        <source>The password for “%1” is wrong.</source>
        <translation>Das Passwort für „%1“ ist falsch.</translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation>Es gibt keine Person mit der ID %1.</translation>
    </message>
    <message>
        <source>Backups of a PostgreSQL store are made by the server&apos;s tools: use pg_dump and pg_restore.</source>
        <translation>Sicherungen eines PostgreSQL-Datenspeichers erstellen die Werkzeuge des Servers: Verwenden Sie pg_dump und pg_restore.</translation>
    </message>
    <message>
        <source>No backup file was given.</source>
        <translation>Es wurde keine Sicherungsdatei angegeben.</translation>
    </message>
    <message>
        <source>The backup file %1 already exists; choose a new name.</source>
        <translation>Die Sicherungsdatei %1 existiert bereits; wählen Sie einen neuen Namen.</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation>Die Sicherungsdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The file %1 is not a Signalbox backup.</source>
        <translation>Die Datei %1 ist keine Signalbox-Sicherung.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2); nothing was restored.</source>
        <translation>Die Sicherung %1 ist beschädigt (%2); es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The store %1 is open in another program; close it before restoring a backup.</source>
        <translation>Der Datenspeicher %1 ist in einem anderen Programm geöffnet; schließen Sie ihn, bevor Sie eine Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>No store file was given.</source>
        <translation>Es wurde keine Datei für den Datenspeicher angegeben.</translation>
    </message>
    <message>
        <source>The backup and the store are the same file.</source>
        <translation>Sicherung und Datenspeicher sind dieselbe Datei.</translation>
    </message>
    <message>
        <source>The store %1 has a write-ahead log but no file; it may be in use. Nothing was restored.</source>
        <translation>Der Datenspeicher %1 hat ein Write-Ahead-Log, aber keine Datei; er wird möglicherweise verwendet. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation>Die Sicherung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The store %1 cannot be written: %2</source>
        <translation>Der Datenspeicher %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Copying the backup to %1 failed: %2. The store was left unchanged.</source>
        <translation>Das Kopieren der Sicherung nach %1 ist fehlgeschlagen: %2. Der Datenspeicher blieb unverändert.</translation>
    </message>
    <message>
        <source>The old file %1 cannot be removed; nothing was restored.</source>
        <translation>Die alte Datei %1 kann nicht entfernt werden; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Seeding needs at least two users and a positive batch size.</source>
        <translation>Das Befüllen braucht mindestens zwei Personen und eine positive Stapelgröße.</translation>
    </message>
    <message>
        <source>A message cannot contain NUL characters, broken characters (unpaired surrogates), non-characters or a leading byte-order mark.</source>
        <translation>Eine Nachricht darf keine NUL-Zeichen, keine defekten Zeichen (ungepaarte Surrogate), keine Nichtzeichen und keine führende Byte-Reihenfolge-Markierung enthalten.</translation>
    </message>
    <message>
        <source>its schema_migrations table is not Signalbox&apos;s</source>
        <translation>ihre Tabelle schema_migrations stammt nicht von Signalbox</translation>
    </message>
    <message>
        <source>The store cannot be brought up to date: its schema is not the one Signalbox wrote (migration %1 failed: %2). It was left unchanged.</source>
        <translation>Der Datenspeicher kann nicht aktualisiert werden: sein Schema ist nicht das, das Signalbox geschrieben hat (Migration %1 ist fehlgeschlagen: %2). Er wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The backup file %1 is a symbolic link; Signalbox does not write a backup through a link. Choose another name.</source>
        <translation>Die Sicherungsdatei %1 ist ein symbolischer Link; Signalbox schreibt keine Sicherung durch einen Link. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be copied into %2: %3</source>
        <translation>Die Sicherung %1 kann nicht nach %2 kopiert werden: %3</translation>
    </message>
    <message>
        <source>The backup %1 cannot be copied into %2: %3. The store was left unchanged.</source>
        <translation>Die Sicherung %1 kann nicht nach %2 kopiert werden: %3. Der Datenspeicher wurde nicht verändert.</translation>
    </message>
    <message>
        <source>the server cannot be reached</source>
        <translation>der Server ist nicht erreichbar</translation>
    </message>
    <message>
        <source>The store&apos;s log could not be emptied: another program is reading it.</source>
        <translation>Das Protokoll des Datenspeichers konnte nicht geleert werden: ein anderes Programm liest es gerade.</translation>
    </message>
    <message numerus="yes">
        <source>The store cannot be brought up to date: %n row(s) refer to rows that do not exist. It was left unchanged.</source>
        <translation>
            <numerusform>Der Datenspeicher kann nicht aktualisiert werden: %n Zeile verweist auf Zeilen, die es nicht gibt. Er wurde nicht verändert.</numerusform>
            <numerusform>Der Datenspeicher kann nicht aktualisiert werden: %n Zeilen verweisen auf Zeilen, die es nicht gibt. Er wurde nicht verändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: %2.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; Signalbox does not write through links. Choose another name.</source>
        <translation>%1 ist ein symbolischer Link; Signalbox schreibt nicht durch Links. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The file %1 already exists; choose a new name.</source>
        <translation>Die Datei %1 existiert bereits; wählen Sie einen neuen Namen.</translation>
    </message>
    <message>
        <source>The file %1 cannot be created: %2.</source>
        <translation>Die Datei %1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>A username is written in one script: “%1” mixes %2, which makes it look like another name.</source>
        <translation>Ein Benutzername ist in einer Schrift geschrieben: „%1“ mischt %2 und sieht dadurch wie ein anderer Name aus.</translation>
    </message>
    <message>
        <source>The username “%1” looks like the existing “%2”; choose one that cannot be mistaken for it.</source>
        <translation>Der Benutzername „%1“ sieht aus wie der bestehende „%2“; wählen Sie einen, der nicht mit ihm verwechselt werden kann.</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be written: the folder %2 does not exist. No backup was written.</source>
        <translation>Die Sicherungsdatei %1 kann nicht geschrieben werden: Der Ordner %2 existiert nicht. Es wurde keine Sicherung geschrieben.</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be written: the folder %2 may not be written to. No backup was written.</source>
        <translation>Die Sicherungsdatei %1 kann nicht geschrieben werden: In den Ordner %2 darf nicht geschrieben werden. Es wurde keine Sicherung geschrieben.</translation>
    </message>
    <message>
        <source>There is no room on the disk for the backup file %1. No backup was written; the store is unchanged.</source>
        <translation>Auf dem Datenträger ist kein Platz für die Sicherungsdatei %1. Es wurde keine Sicherung geschrieben; der Datenspeicher ist unverändert.</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be written. No backup was written; the store is unchanged.</source>
        <translation>Die Sicherungsdatei %1 kann nicht geschrieben werden. Es wurde keine Sicherung geschrieben; der Datenspeicher ist unverändert.</translation>
    </message>
    <message>
        <source>The search function cannot be registered with SQLite.</source>
        <translation>Die Suchfunktion kann bei SQLite nicht registriert werden.</translation>
    </message>
    <message>
        <source>Building the search index</source>
        <translation>Der Suchindex wird aufgebaut</translation>
    </message>
    <message>
        <source>A search shows 1 to %1 results, not %2.</source>
        <translation>Eine Suche zeigt 1 bis %1 Ergebnisse, nicht %2.</translation>
    </message>
    <message>
        <source>Sign in first: on the team store %1 every person connects with their own name and password.</source>
        <translation>Bitte zuerst anmelden: Im Team-Speicher %1 verbindet sich jede Person mit ihrem eigenen Namen und Passwort.</translation>
    </message>
    <message>
        <source>Wrong name or password.</source>
        <translation>Falscher Name oder falsches Passwort.</translation>
    </message>
    <message>
        <source>The PostgreSQL store %1 refused the password of its user.</source>
        <translation>Der PostgreSQL-Speicher %1 hat das Passwort seines Benutzers abgelehnt.</translation>
    </message>
    <message>
        <source>The PostgreSQL store %1 is not set up for a team, or %2 is not one of its members. Its administrator runs “signalbox-cli --db ADMIN_URL team init” once, then “team add NAME” for each person.</source>
        <translation>Der PostgreSQL-Speicher %1 ist nicht für ein Team eingerichtet, oder %2 gehört nicht zu seinen Mitgliedern. Seine Administratorin führt einmal „signalbox-cli --db ADMIN_URL team init“ aus und dann „team add NAME“ für jede Person.</translation>
    </message>
    <message>
        <source>No PostgreSQL connection to compute a password verifier with (%1).</source>
        <translation>Keine PostgreSQL-Verbindung, mit der sich ein Passwort-Prüfwert berechnen ließe (%1).</translation>
    </message>
    <message>
        <source>libpq could not compute a password verifier: %1</source>
        <translation>libpq konnte keinen Passwort-Prüfwert berechnen: %1</translation>
    </message>
    <message>
        <source>The server refused this: %1</source>
        <translation>Der Server hat das abgelehnt: %1</translation>
    </message>
    <message>
        <source>The store %1 has no Signalbox schema yet: its administrator runs “signalbox-cli --db ADMIN_URL team init”.</source>
        <translation>Der Speicher %1 hat noch kein Signalbox-Schema: Seine Administratorin führt „signalbox-cli --db ADMIN_URL team init“ aus.</translation>
    </message>
    <message>
        <source>The store %1 needs an update (migration %2) that only its administrator can make: they run “signalbox-cli --db ADMIN_URL team init”.</source>
        <translation>Der Speicher %1 braucht eine Aktualisierung (Migration %2), die nur seine Administratorin vornehmen kann: mit „signalbox-cli --db ADMIN_URL team init“.</translation>
    </message>
    <message>
        <source>A name or password cannot contain NUL characters.</source>
        <translation>Ein Name oder Passwort darf keine NUL-Zeichen enthalten.</translation>
    </message>
    <message>
        <source>The team set-up script %1 is missing.</source>
        <translation>Das Team-Einrichtungsskript %1 fehlt.</translation>
    </message>
    <message>
        <source>Only the team&apos;s administrator can do this: a database role that owns the database and may create roles (signalbox-cli --db ADMIN_URL team …).</source>
        <translation>Das kann nur die Administration des Teams: eine Datenbankrolle, der die Datenbank gehört und die Rollen anlegen darf (signalbox-cli --db ADMIN_URL team …).</translation>
    </message>
    <message>
        <source>Team mode is for PostgreSQL stores. An SQLite store is one file of one computer account.</source>
        <translation>Der Team-Modus ist für PostgreSQL-Speicher. Ein SQLite-Speicher ist eine Datei eines Benutzerkontos des Computers.</translation>
    </message>
    <message>
        <source>A password cannot contain NUL characters.</source>
        <translation>Ein Passwort darf keine NUL-Zeichen enthalten.</translation>
    </message>
    <message>
        <source>On a team store, accounts are made by its administrator (signalbox-cli team add): ask them for one.</source>
        <translation>In einem Team-Speicher legt die Administration die Konten an (signalbox-cli team add): Bitte dort um eines.</translation>
    </message>
</context>
<context>
    <name>signalbox::SystemTrayBackend</name>
    <message>
        <source>Signalbox</source>
        <translation>Signalbox</translation>
    </message>
    <message>
        <source>&amp;Show Signalbox</source>
        <extracomment>Tray icon menu: bring the main window to the front</extracomment>
        <translation>Signalbox &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>Tray icon menu: quit the application</extracomment>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>99+</source>
        <extracomment>The unread count on the tray icon when it does not fit in two digits</extracomment>
        <translation>99+</translation>
    </message>
</context>
<context>
    <name>signalbox::ThreadModel</name>
    <message>
        <source>(message deleted)</source>
        <translation>(Nachricht gelöscht)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Tooltip of a message in a conversation: sender, then the time it was sent.</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>signalbox::TimeText</name>
    <message>
        <source>Yesterday %1</source>
        <translation>Gestern %1</translation>
    </message>
</context>
<context>
    <name>signalbox::TrayNotifier</name>
    <message>
        <source>Signalbox: no unread messages</source>
        <extracomment>Tray icon tooltip when every message has been read</extracomment>
        <translation>Signalbox: keine ungelesenen Nachrichten</translation>
    </message>
    <message numerus="yes">
        <source>Signalbox: %n unread message(s)</source>
        <extracomment>Tray icon tooltip; %n is the number of unread messages</extracomment>
        <translation>
            <numerusform>Signalbox: %n ungelesene Nachricht</numerusform>
            <numerusform>Signalbox: %n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signalbox::UnreadModel</name>
    <message>
        <source>From %1, %2</source>
        <extracomment>Tooltip of an unread message: who sent it, when.</extracomment>
        <translation>Von %1, %2</translation>
    </message>
</context>
<context>
    <name>signalbox::UpgradeProgress</name>
    <message>
        <source>Upgrading the store</source>
        <translation>Der Datenspeicher wird aktualisiert</translation>
    </message>
    <message>
        <source>%1… Other programs using this store wait until it is done.</source>
        <translation>%1 … Andere Programme, die diesen Datenspeicher nutzen, warten, bis es fertig ist.</translation>
    </message>
</context>
<context>
    <name>signalbox::UserListModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a username and its scripts</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <comment>a username, its scripts and its non-ASCII characters</comment>
        <translation>%1 (%2: %3)</translation>
    </message>
</context>
</TS>
