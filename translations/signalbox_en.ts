<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>signalbox::ConversationListModel</name>
    <message numerus="yes">
        <source>%1: %2 (%n unread)</source>
        <translation>
            <numerusform>%1: %2 (%n unread)</numerusform>
            <numerusform>%1: %2 (%n unread)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signalbox::ConversationView</name>
    <message numerus="yes">
        <source>“%1”

It has %n reply(s): they stay, under a “This message was deleted.” placeholder.</source>
        <translation>
            <numerusform>“%1”

It has %n reply: they stay, under a “This message was deleted.” placeholder.</numerusform>
            <numerusform>“%1”

It has %n replies: they stay, under a “This message was deleted.” placeholder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) marked unread.</source>
        <translation>
            <numerusform>%n message marked unread.</numerusform>
            <numerusform>%n messages marked unread.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) marked read.</source>
        <translation>
            <numerusform>%n message marked read.</numerusform>
            <numerusform>%n messages marked read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signalbox::DeleteAccountDialog</name>
    <message numerus="yes">
        <source>%n message(s) you sent or received</source>
        <translation>
            <numerusform>%n message you sent or received</numerusform>
            <numerusform>%n messages you sent or received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s)</source>
        <translation>
            <numerusform>%n notification</numerusform>
            <numerusform>%n notifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s) of edited messages</source>
        <translation>
            <numerusform>%n earlier version of edited messages</numerusform>
            <numerusform>%n earlier versions of edited messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signalbox::HistoryDialog</name>
    <message numerus="yes">
        <source>This message has %n version(s), newest last.</source>
        <translation>
            <numerusform>This message has %n version, newest last.</numerusform>
            <numerusform>This message has %n versions, newest last.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signalbox::MessageDelegate</name>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n unread</source>
        <translation>
            <numerusform>%1 · %n unread</numerusform>
            <numerusform>%1 · %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signalbox::NotificationsDock</name>
    <message numerus="yes">
        <source>%n notification(s) marked read.</source>
        <translation>
            <numerusform>%n notification marked read.</numerusform>
            <numerusform>%n notifications marked read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signalbox::SignInDialog</name>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passwords. Try again in %n second.</numerusform>
            <numerusform>Too many wrong passwords. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signalbox::StoreError</name>
    <message numerus="yes">
        <source>The store cannot be brought up to date: %n row(s) refer to rows that do not exist. It was left unchanged.</source>
        <translation>
            <numerusform>The store cannot be brought up to date: %n row refers to rows that do not exist. It was left unchanged.</numerusform>
            <numerusform>The store cannot be brought up to date: %n rows refer to rows that do not exist. It was left unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signalbox::TrayNotifier</name>
    <message numerus="yes">
        <source>Signalbox: %n unread message(s)</source>
        <extracomment>Tray icon tooltip; %n is the number of unread messages</extracomment>
        <translation>
            <numerusform>Signalbox: %n unread message</numerusform>
            <numerusform>Signalbox: %n unread messages</numerusform>
        </translation>
    </message>
</context>
</TS>
