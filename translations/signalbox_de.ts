<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
</TS>
