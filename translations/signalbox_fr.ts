<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Signalbox</source>
        <translation>À propos de Signalbox</translation>
    </message>
    <message>
        <source>Signalbox icon</source>
        <translation>Icône de Signalbox</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Nom de l&apos;application</translation>
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
        <translation>Description</translation>
    </message>
    <message>
        <source>Store location</source>
        <translation>Emplacement de la base</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Composer</source>
        <translation>Zone de rédaction</translation>
    </message>
    <message>
        <source>Reply or edit</source>
        <translation>Répondre ou modifier</translation>
    </message>
    <message>
        <source>Composer mode</source>
        <translation>Mode de la zone de rédaction</translation>
    </message>
    <message>
        <source>Cancel reply or edit</source>
        <translation>Annuler la réponse ou la modification</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annuler (Échap)</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Sending problem</source>
        <translation>Problème d&apos;envoi</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Conversation title</source>
        <translation>Titre de la conversation</translation>
    </message>
    <message>
        <source>Mark conversation read</source>
        <translation>Marquer la conversation comme lue</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>No conversation open</source>
        <translation>Aucune conversation ouverte</translation>
    </message>
    <message>
        <source>Messages in this conversation</source>
        <translation>Messages de cette conversation</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Zone de rédaction</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Edit &amp;history…</source>
        <translation>&amp;Historique des modifications…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Mark unread from &amp;here</source>
        <translation>Marquer non lu à partir d’&amp;ici</translation>
    </message>
    <message>
        <source>Mark this message and every later one you received as unread</source>
        <translation>Marquer ce message et tous les messages reçus ensuite comme non lus</translation>
    </message>
    <message>
        <source>Mark &amp;unread</source>
        <translation>Marquer comme &amp;non lu</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Mark &amp;conversation read</source>
        <translation>Marquer la &amp;conversation comme lue</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>Go to the message &amp;replied to</source>
        <translation>Aller au message &amp;auquel il répond</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Jump to &amp;latest</source>
        <translation>Aller au plus &amp;récent</translation>
    </message>
</context>
<context>
    <name>ConversationsPane</name>
    <message>
        <source>Conversations and unread messages</source>
        <translation>Conversations et messages non lus</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>New conversation…</source>
        <translation>Nouvelle conversation…</translation>
    </message>
    <message>
        <source>Unread messages</source>
        <translation>Messages non lus</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <source>Unread messages, newest first</source>
        <translation>Messages non lus, les plus récents en premier</translation>
    </message>
</context>
<context>
    <name>DeleteAccountDialog</name>
    <message>
        <source>Delete account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>What will be removed</source>
        <translation>Ce qui sera supprimé</translation>
    </message>
    <message>
        <source>Enter your &amp;password to confirm:</source>
        <translation>Saisissez votre &amp;mot de passe pour confirmer :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password problem</source>
        <translation>Problème de mot de passe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Delete my account</source>
        <translation>Supprimer mon compte</translation>
    </message>
    <message>
        <source>&amp;Delete my account</source>
        <translation>&amp;Supprimer mon compte</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Edit history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Changes between versions</source>
        <translation>Différences entre les versions</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>Problème d&apos;historique</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
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
        <translation>Conversations et messages</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barre de menus</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;New conversation…</source>
        <translation>&amp;Nouvelle conversation…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Delete account…</source>
        <translation>&amp;Supprimer le compte…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Conversations</source>
        <translation>&amp;Conversations</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Unread</source>
        <translation>Non &amp;lus</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Do not &amp;disturb</source>
        <translation>Ne pas &amp;déranger</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;About Signalbox</source>
        <translation>À &amp;propos de Signalbox</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the store to a file</source>
        <translation>Écrire une copie cohérente de la base dans un fichier</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when closed</source>
        <translation>&amp;Rester dans la zone de notification à la fermeture</translation>
    </message>
    <message>
        <source>&amp;Export this conversation…</source>
        <translation>&amp;Exporter cette conversation…</translation>
    </message>
    <message>
        <source>Save the open conversation as a web page or as JSON</source>
        <translation>Enregistrer la conversation ouverte en page web ou en JSON</translation>
    </message>
    <message>
        <source>Export &amp;all conversations…</source>
        <translation>Exporter &amp;toutes les conversations…</translation>
    </message>
    <message>
        <source>Save all your conversations as a web page or as JSON</source>
        <translation>Enregistrer toutes vos conversations en page web ou en JSON</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Find in this c&amp;onversation…</source>
        <translation>Rechercher dans cette c&amp;onversation…</translation>
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
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>Who do you want to write to?</source>
        <translation>À qui voulez-vous écrire ?</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Chercher une personne</translation>
    </message>
    <message>
        <source>Type a name to filter</source>
        <translation>Saisissez un nom pour filtrer</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>No people</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
</context>
<context>
    <name>NotificationsDock</name>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Notifications, newest first</source>
        <translation>Notifications, les plus récentes en premier</translation>
    </message>
    <message>
        <source>Mark all notifications read</source>
        <translation>Marquer toutes les notifications comme lues</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Signalbox</source>
        <translation>Se connecter à Signalbox</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Welcome to Signalbox</source>
        <translation>Bienvenue dans Signalbox</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Sign in with your username and password.</source>
        <translation>Connectez-vous avec votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>Nom d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Username problem</source>
        <translation>Problème de nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password problem</source>
        <translation>Problème de mot de passe</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Répéter le mot de passe</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Répéter le mot de passe</translation>
    </message>
    <message>
        <source>Repeated password problem</source>
        <translation>Problème avec le mot de passe répété</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>Switch between signing in and creating an account</source>
        <translation>Basculer entre la connexion et la création de compte</translation>
    </message>
    <message>
        <source>Create an account…</source>
        <translation>Créer un compte…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
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
        <translation>Des messages directs avec réponses en fils de discussion, historique des modifications et notifications, conservés dans une base sur votre ordinateur ou partagée par votre équipe.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Base : %1</translation>
    </message>
</context>
<context>
    <name>signalbox::AppearanceController</name>
    <message>
        <source>&amp;System</source>
        <extracomment>View ▸ Appearance: follow the desktop&apos;s light or dark preference</extracomment>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s light or dark preference</source>
        <translation>Suivre la préférence claire ou sombre du bureau</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <extracomment>View ▸ Appearance</extracomment>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>Always light</source>
        <translation>Toujours clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <extracomment>View ▸ Appearance</extracomment>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>Always dark</source>
        <translation>Toujours sombre</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <extracomment>The View menu&apos;s submenu for light and dark</extracomment>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
</context>
<context>
    <name>signalbox::Application</name>
    <message>
        <source>Signalbox: direct messages with threads, edit history and notifications.</source>
        <translation>Signalbox : messages directs avec fils de discussion, historique des modifications et notifications.</translation>
    </message>
    <message>
        <source>The store to use: a file path, sqlite:PATH or postgresql://user@host:port/database. Overrides SIGNALBOX_DB.</source>
        <translation>La base à utiliser : un chemin de fichier, sqlite:CHEMIN ou postgresql://utilisateur@hôte:port/base. Remplace SIGNALBOX_DB.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Start with a throw-away store full of example conversations.</source>
        <translation>Démarrer avec une base jetable remplie de conversations d&apos;exemple.</translation>
    </message>
    <message>
        <source>The language of the user interface, e.g. de (default: the system&apos;s).</source>
        <translation>La langue de l&apos;interface, par exemple de (par défaut : celle du système).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
    <message>
        <source>The store %1 is damaged or is not a Signalbox store. Signalbox has not changed it. Choose another store with --db.</source>
        <translation>La base %1 est endommagée ou n&apos;est pas une base Signalbox. Signalbox ne l&apos;a pas modifiée. Choisissez une autre base avec --db.</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer version of Signalbox. Please update Signalbox; the store has not been changed.</source>
        <translation>La base %1 a été écrite par une version plus récente de Signalbox. Veuillez mettre Signalbox à jour ; la base n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>The store %1 is busy: another program is holding it. Close that program and start Signalbox again.</source>
        <translation>La base %1 est occupée : un autre programme la bloque. Fermez ce programme et relancez Signalbox.</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened. Check that the file or server exists and that you may use it.</source>
        <translation>La base %1 ne peut pas être ouverte. Vérifiez que le fichier ou le serveur existe et que vous avez le droit de l&apos;utiliser.</translation>
    </message>
    <message>
        <source>The store %1 is full: free some disk space and try again.</source>
        <translation>La base %1 est pleine : libérez de l&apos;espace disque et réessayez.</translation>
    </message>
    <message>
        <source>Signalbox could not open the store %1.</source>
        <translation>Signalbox n&apos;a pas pu ouvrir la base %1.</translation>
    </message>
    <message>
        <source>No translation for the language %1; using English.</source>
        <translation>Pas de traduction pour la langue %1 ; l&apos;anglais est utilisé.</translation>
    </message>
    <message>
        <source>Signalbox cannot start</source>
        <translation>Signalbox ne peut pas démarrer</translation>
    </message>
    <message>
        <source>No temporary folder for the demo store: %1</source>
        <translation>Aucun dossier temporaire pour la base de démonstration : %1</translation>
    </message>
    <message>
        <source>The account “%1” and everything that belonged to it have been deleted.</source>
        <translation>Le compte « %1 » et tout ce qui lui appartenait ont été supprimés.</translation>
    </message>
    <message>
        <source>Sign in as $SIGNALBOX_USER (password: $SIGNALBOX_PASSWORD), show the newest conversation, print the milliseconds to the first paint and the memory used, and quit.</source>
        <translation>Se connecter en tant que $SIGNALBOX_USER (mot de passe : $SIGNALBOX_PASSWORD), afficher la conversation la plus récente, indiquer les millisecondes jusqu’au premier affichage et la mémoire utilisée, puis quitter.</translation>
    </message>
    <message>
        <source>Open a window of its own even when Signalbox already runs for this store.</source>
        <translation>Ouvrir sa propre fenêtre même si Signalbox est déjà lancé pour cette base.</translation>
    </message>
    <message>
        <source>Signalbox is already running for this store: its window has been brought to the front.</source>
        <translation>Signalbox est déjà lancé pour cette base : sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>Light or dark for this run: system, light or dark (default: as chosen in View ▸ Appearance).</source>
        <translation>Clair ou sombre pour ce lancement : system, light ou dark (par défaut : le choix fait dans Affichage ▸ Apparence).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Unknown appearance “%1”: use system, light or dark.</source>
        <translation>Apparence « %1 » inconnue : utilisez system, light ou dark.</translation>
    </message>
    <message>
        <source>Create a new store?</source>
        <translation>Créer une nouvelle base ?</translation>
    </message>
    <message>
        <source>There is no Signalbox store at %1.</source>
        <translation>Il n’y a pas de base Signalbox à l’emplacement %1.</translation>
    </message>
    <message>
        <source>Neither the file nor its folder %1 exists. Create them with a new, empty store, or quit and check the path given with --db or SIGNALBOX_DB?</source>
        <translation>Ni le fichier ni son dossier %1 n’existent. Les créer avec une nouvelle base vide, ou quitter et vérifier le chemin donné avec --db ou SIGNALBOX_DB ?</translation>
    </message>
    <message>
        <source>Create a new, empty store there, or quit and check the path given with --db or SIGNALBOX_DB?</source>
        <translation>Y créer une nouvelle base vide, ou quitter et vérifier le chemin donné avec --db ou SIGNALBOX_DB ?</translation>
    </message>
    <message>
        <source>&amp;Create store</source>
        <translation>&amp;Créer la base</translation>
    </message>
    <message>
        <source>Create store</source>
        <translation>Créer la base</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>signalbox::Composer</name>
    <message>
        <source>Write to %1… (Ctrl+Enter sends)</source>
        <translation>Écrire à %1… (Ctrl+Entrée pour envoyer)</translation>
    </message>
    <message>
        <source>Choose a conversation to write a message.</source>
        <translation>Choisissez une conversation pour écrire un message.</translation>
    </message>
    <message>
        <source>Replying to %1: %2</source>
        <translation>Réponse à %1 : %2</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Envoyer la réponse</translation>
    </message>
    <message>
        <source>Editing your message: %1</source>
        <translation>Modification de votre message : %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the edited message</source>
        <translation>Enregistrer le message modifié</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>signalbox::ConversationDelegate</name>
    <message>
        <source>You: %1</source>
        <translation>Vous : %1</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>Brouillon : %1</translation>
    </message>
</context>
<context>
    <name>signalbox::ConversationListModel</name>
    <message numerus="yes">
        <source>%1: %2 (%n unread)</source>
        <translation>
            <numerusform>%1 : %2 (%n non lu)</numerusform>
            <numerusform>%1 : %2 (%n non lus)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>signalbox::ConversationView</name>
    <message>
        <source>The message cannot be opened.</source>
        <translation>Le message ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>That message is no longer in this conversation.</source>
        <translation>Ce message ne fait plus partie de cette conversation.</translation>
    </message>
    <message>
        <source>Could not mark the message read: %1</source>
        <translation>Le message n&apos;a pas pu être marqué comme lu : %1</translation>
    </message>
    <message>
        <source>Choose a conversation first.</source>
        <translation>Choisissez d&apos;abord une conversation.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>Message edited.</source>
        <translation>Message modifié.</translation>
    </message>
    <message>
        <source>Message sent to %1.</source>
        <translation>Message envoyé à %1.</translation>
    </message>
    <message>
        <source>yourself</source>
        <translation>vous-même</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Supprimer le message</translation>
    </message>
    <message>
        <source>Delete this message?</source>
        <translation>Supprimer ce message ?</translation>
    </message>
    <message>
        <source>Confirm deletion</source>
        <translation>Confirmer la suppression</translation>
    </message>
    <message numerus="yes">
        <source>“%1”

It has %n reply(s): they stay, under a “This message was deleted.” placeholder.</source>
        <translation>
            <numerusform>« %1 »

Il a %n réponse : elle reste, sous la mention « Ce message a été supprimé. »</numerusform>
            <numerusform>« %1 »

Il a %n réponses : elles restent, sous la mention « Ce message a été supprimé. »</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”

This cannot be undone.</source>
        <translation>« %1 »

Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The message was not deleted.</source>
        <translation>Le message n&apos;a pas été supprimé.</translation>
    </message>
    <message>
        <source>Message deleted; its replies remain.</source>
        <translation>Message supprimé ; ses réponses restent.</translation>
    </message>
    <message>
        <source>Message deleted.</source>
        <translation>Message supprimé.</translation>
    </message>
    <message>
        <source>The message was not marked unread.</source>
        <translation>Le message n&apos;a pas été marqué comme non lu.</translation>
    </message>
    <message>
        <source>Marked unread.</source>
        <translation>Marqué comme non lu.</translation>
    </message>
    <message>
        <source>The messages were not marked unread.</source>
        <translation>Les messages n’ont pas été marqués non lus.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) marked unread.</source>
        <translation>
            <numerusform>%n message marqué non lu.</numerusform>
            <numerusform>%n messages marqués non lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversation was not marked read.</source>
        <translation>La conversation n&apos;a pas été marquée comme lue.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) marked read.</source>
        <translation>
            <numerusform>%n message marqué comme lu.</numerusform>
            <numerusform>%n messages marqués comme lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>That person&apos;s account has been deleted.</source>
        <translation>Le compte de cette personne a été supprimé.</translation>
    </message>
    <message>
        <source>No conversation open</source>
        <translation>Aucune conversation ouverte</translation>
    </message>
    <message>
        <source>Choose a conversation on the left, or start a new one with File ▸ New conversation (Ctrl+N).</source>
        <translation>Choisissez une conversation à gauche, ou commencez-en une avec Fichier ▸ Nouvelle conversation (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Conversation avec %1</translation>
    </message>
    <message>
        <source>No messages with %1 yet. Write the first one below.</source>
        <translation>Aucun message avec %1 pour le moment. Écrivez le premier ci-dessous.</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>Aller au message le plus récent</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>Actions sur le message</translation>
    </message>
    <message>
        <source>Message copied.</source>
        <translation>Message copié.</translation>
    </message>
    <message>
        <source>%1 has deleted their account. The conversation and its messages are gone.</source>
        <translation>%1 a supprimé son compte. La conversation et ses messages n’existent plus.</translation>
    </message>
    <message>
        <source>The draft was not saved: %1</source>
        <translation>Le brouillon n’a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>The draft could not be read: %1</source>
        <translation>Le brouillon n’a pas pu être lu : %1</translation>
    </message>
</context>
<context>
    <name>signalbox::ConversationsPane</name>
    <message>
        <source>Unread (%1)</source>
        <translation>Non lus (%1)</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <source>Conversations or search</source>
        <translation>Conversations ou recherche</translation>
    </message>
</context>
<context>
    <name>signalbox::DeleteAccountDialog</name>
    <message>
        <source>Delete the account “%1” for good?</source>
        <translation>Supprimer définitivement le compte « %1 » ?</translation>
    </message>
    <message>
        <source>This removes, permanently and for everyone:</source>
        <translation>Cela supprime, définitivement et pour tout le monde :</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) you sent or received</source>
        <translation>
            <numerusform>%n message que vous avez envoyé ou reçu</numerusform>
            <numerusform>%n messages que vous avez envoyés ou reçus</numerusform>
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
            <numerusform>%n version antérieure de messages modifiés</numerusform>
            <numerusform>%n versions antérieures de messages modifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>your account and your password</source>
        <translation>votre compte et votre mot de passe</translation>
    </message>
    <message>
        <source>It cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>What belongs to your account could not be counted: %1</source>
        <translation>Le contenu de votre compte n&apos;a pas pu être compté : %1</translation>
    </message>
    <message>
        <source>That password is not right. Nothing was deleted.</source>
        <translation>Ce mot de passe n&apos;est pas le bon. Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>&amp;Download your data first…</source>
        <translation>&amp;Télécharger d’abord vos données…</translation>
    </message>
    <message>
        <source>Download your data first</source>
        <translation>Télécharger d’abord vos données</translation>
    </message>
    <message>
        <source>Save all your conversations as a web page or as JSON before deleting the account.</source>
        <translation>Enregistrer toutes vos conversations en page web ou en JSON avant de supprimer le compte.</translation>
    </message>
</context>
<context>
    <name>signalbox::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <extracomment>Action of a desktop notification: open the message in its conversation</extracomment>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <extracomment>Action of a desktop notification</extracomment>
        <translation>Marquer comme lu</translation>
    </message>
    <message>
        <source>Reply</source>
        <extracomment>Action of a desktop notification: answer in the notification itself</extracomment>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <extracomment>Placeholder of the reply field in a desktop notification</extracomment>
        <translation>Répondre à %1</translation>
    </message>
    <message>
        <source>The message could not be marked as read: %1</source>
        <translation>Le message n’a pas pu être marqué comme lu : %1</translation>
    </message>
    <message>
        <source>The reply was not sent: %1</source>
        <translation>La réponse n’a pas été envoyée : %1</translation>
    </message>
</context>
<context>
    <name>signalbox::ExportRunner</name>
    <message>
        <source>signalbox-%1-with-%2</source>
        <translation>signalbox-%1-avec-%2</translation>
    </message>
    <message>
        <source>signalbox-%1</source>
        <translation>signalbox-%1</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>JSON for other programs (*.json)</source>
        <translation>JSON pour d’autres programmes (*.json)</translation>
    </message>
    <message>
        <source>Export this conversation</source>
        <translation>Exporter cette conversation</translation>
    </message>
    <message>
        <source>Export all conversations</source>
        <translation>Exporter toutes les conversations</translation>
    </message>
    <message>
        <source>Exporting your messages…</source>
        <translation>Exportation de vos messages…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’exportation</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
</context>
<context>
    <name>signalbox::Exporter</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L’exportation a été annulée ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Conversation of %1 with %2</source>
        <translation>Conversation de %1 avec %2</translation>
    </message>
    <message>
        <source>Conversations of %1</source>
        <translation>Conversations de %1</translation>
    </message>
    <message>
        <source>Exported from Signalbox, format %1. Times are UTC.</source>
        <translation>Exporté depuis Signalbox, format %1. Heures en UTC.</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Avec %1</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>This message was deleted.</source>
        <translation>Ce message a été supprimé.</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>modifié %1</translation>
    </message>
    <message>
        <source>Earlier versions: %1</source>
        <translation>Versions antérieures : %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <source>There are no messages.</source>
        <translation>Il n’y a aucun message.</translation>
    </message>
    <message>
        <source>The export cannot be written to %1: %2</source>
        <translation>L’exportation ne peut pas être écrite dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>signalbox::HistoryDialog</name>
    <message>
        <source>This message has not been edited.</source>
        <translation>Ce message n&apos;a pas été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>This message has %n version(s), newest last.</source>
        <translation>
            <numerusform>Ce message a %n version, la plus récente en dernier.</numerusform>
            <numerusform>Ce message a %n versions, la plus récente en dernier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 — sent %2 by %3</source>
        <translation>Version %1 — envoyée %2 par %3</translation>
    </message>
    <message>
        <source>Version %1 — edited %2 by %3</source>
        <translation>Version %1 — modifiée %2 par %3</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(actuelle)</translation>
    </message>
</context>
<context>
    <name>signalbox::HistoryModel</name>
    <message>
        <source>Current version, since %1</source>
        <translation>Version actuelle, depuis %1</translation>
    </message>
    <message>
        <source>Version %1, from %2</source>
        <translation>Version %1, du %2</translation>
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
        <translation>Utilisateur connecté</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Base : %1</translation>
    </message>
    <message>
        <source>Welcome, %1.</source>
        <translation>Bienvenue, %1.</translation>
    </message>
    <message>
        <source>The conversation cannot be opened.</source>
        <translation>La conversation ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>Do not disturb is off.</source>
        <translation>Ne pas déranger est désactivé.</translation>
    </message>
    <message>
        <source>Signalbox</source>
        <translation>Signalbox</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Back up the store</source>
        <translation>Sauvegarder la base</translation>
    </message>
    <message>
        <source>Signalbox stores (*.sqlite3)</source>
        <translation>Bases Signalbox (*.sqlite3)</translation>
    </message>
    <message>
        <source>The backup was not written.</source>
        <translation>La sauvegarde n’a pas été écrite.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Sauvegardé dans %1.</translation>
    </message>
    <message>
        <source>Signalbox is still running</source>
        <translation>Signalbox est toujours ouvert</translation>
    </message>
    <message>
        <source>New messages appear here. To quit, use File ▸ Quit or the tray icon&apos;s menu.</source>
        <translation>Les nouveaux messages apparaissent ici. Pour quitter : Fichier ▸ Quitter ou le menu de l’icône de notification.</translation>
    </message>
    <message>
        <source>Do not disturb is on: no notifications.</source>
        <translation>Ne pas déranger est activé : aucune notification.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
</context>
<context>
    <name>signalbox::MessageDelegate</name>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>This message was deleted.</source>
        <translation>Ce message a été supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n unread</source>
        <translation>
            <numerusform>%1 · %n non lu</numerusform>
            <numerusform>%1 · %n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(modifié)</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Envoyé %1</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>Modifié %1</translation>
    </message>
    <message>
        <source>Seen</source>
        <extracomment>Shown on your own message once the other person has read it</extracomment>
        <translation>Vu</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <extracomment>Date separator format for a day of this year (QDate format: d = day, MMMM = month)</extracomment>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date separator format for a day of another year</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>Nouveaux messages</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Select text to copy it; Esc closes</source>
        <translation>Sélectionnez du texte pour le copier ; Échap ferme</translation>
    </message>
    <message>
        <source>Open %1</source>
        <extracomment>Tooltip of a link in a message; %1 is the address</extracomment>
        <translation>Ouvrir %1</translation>
    </message>
</context>
<context>
    <name>signalbox::NewConversationDialog</name>
    <message>
        <source>&amp;Start conversation</source>
        <translation>&amp;Commencer la conversation</translation>
    </message>
    <message>
        <source>Start conversation</source>
        <translation>Commencer la conversation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Nobody matches “%1”.</source>
        <translation>Personne ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Nobody else has an account in this store yet.</source>
        <translation>Personne d&apos;autre n&apos;a encore de compte dans cette base.</translation>
    </message>
</context>
<context>
    <name>signalbox::NotificationModel</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A notification in the list: sender name, then the start of the message.</extracomment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>signalbox::NotificationsDock</name>
    <message>
        <source>The notifications were not marked read.</source>
        <translation>Les notifications n&apos;ont pas été marquées comme lues.</translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s) marked read.</source>
        <translation>
            <numerusform>%n notification marquée comme lue.</numerusform>
            <numerusform>%n notifications marquées comme lues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Notifications (%1)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
</context>
<context>
    <name>signalbox::SearchModel</name>
    <message>
        <source>You to %1, %2: %3</source>
        <translation>Vous à %1, %2 : %3</translation>
    </message>
    <message>
        <source>%1 to you, %2: %3</source>
        <translation>%1 à vous, %2 : %3</translation>
    </message>
</context>
<context>
    <name>signalbox::SearchPane</name>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Rechercher dans les messages</translation>
    </message>
    <message>
        <source>Words, &quot;an exact phrase&quot;, a prefix*, from:name, with:name, before:YYYY-MM-DD, after:YYYY-MM-DD. Press Down for the results, Esc to close.</source>
        <translation>Des mots, &quot;une expression exacte&quot;, un début*, from:nom, with:nom, before:AAAA-MM-JJ, after:AAAA-MM-JJ. Flèche bas pour les résultats, Échap pour fermer.</translation>
    </message>
    <message>
        <source>Search messages (from:name, &quot;phrase&quot;, pre*)</source>
        <translation>Rechercher (from:nom, &quot;expression&quot;, déb*)</translation>
    </message>
    <message>
        <source>Search scope</source>
        <translation>Portée de la recherche</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>In your conversation with %1</source>
        <translation>Dans votre conversation avec %1</translation>
    </message>
    <message>
        <source>Search this conversation</source>
        <translation>Rechercher dans cette conversation</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>Aucun message trouvé.</translation>
    </message>
</context>
<context>
    <name>signalbox::SearchQuery</name>
    <message>
        <source>A search cannot contain NUL characters.</source>
        <translation>Une recherche ne peut pas contenir de caractères NUL.</translation>
    </message>
    <message>
        <source>The quotation mark at character %1 is not closed: put a &quot; after the phrase.</source>
        <translation>Le guillemet au caractère %1 n’est pas fermé : mettez un &quot; après l’expression.</translation>
    </message>
    <message>
        <source>Put a space after the phrase that ends at character %1.</source>
        <translation>Mettez une espace après l’expression qui se termine au caractère %1.</translation>
    </message>
    <message>
        <source>The phrase at character %1 has no letters or digits to search for.</source>
        <translation>L’expression au caractère %1 ne contient ni lettre ni chiffre à rechercher.</translation>
    </message>
    <message>
        <source>%1: needs a user name, as in %1:alice.</source>
        <translation>%1: demande un nom d’utilisateur, par exemple %1:alice.</translation>
    </message>
    <message>
        <source>%1: is given twice; a search takes one.</source>
        <translation>%1: est donné deux fois ; une recherche n’en prend qu’un.</translation>
    </message>
    <message>
        <source>%1: needs a date written YYYY-MM-DD, as in %1:2024-03-31; “%2” is not one.</source>
        <translation>%1: demande une date écrite AAAA-MM-JJ, par exemple %1:2024-03-31 ; « %2 » n’en est pas une.</translation>
    </message>
    <message>
        <source>“%1”: a * may only end a word, to find every word that begins so (as in caf*).</source>
        <translation>« %1 » : un * ne peut que terminer un mot, pour trouver tous les mots qui commencent ainsi (par exemple caf*).</translation>
    </message>
    <message>
        <source>“%1”: a quotation mark starts a phrase only at the beginning of a word.</source>
        <translation>« %1 » : un guillemet n’ouvre une expression qu’au début d’un mot.</translation>
    </message>
    <message>
        <source>A * on its own finds nothing: write the beginning of a word before it (as in caf*).</source>
        <translation>Un * seul ne trouve rien : écrivez le début d’un mot devant (par exemple caf*).</translation>
    </message>
    <message>
        <source>The search is empty: type a word to look for.</source>
        <translation>La recherche est vide : tapez un mot à rechercher.</translation>
    </message>
    <message>
        <source>The search has no letters or digits to look for.</source>
        <translation>La recherche ne contient ni lettre ni chiffre à rechercher.</translation>
    </message>
    <message>
        <source>after:%1 and before:%2 leave no day in between.</source>
        <translation>after:%1 et before:%2 ne laissent aucun jour entre les deux.</translation>
    </message>
</context>
<context>
    <name>signalbox::SignInDialog</name>
    <message>
        <source>Create a Signalbox account</source>
        <translation>Créer un compte Signalbox</translation>
    </message>
    <message>
        <source>Create your account</source>
        <translation>Créez votre compte</translation>
    </message>
    <message>
        <source>Choose a username (letters, digits and @ . + - _, at most %1 characters) and a password of at least %2 characters.</source>
        <translation>Choisissez un nom d&apos;utilisateur (lettres, chiffres et @ . + - _, %1 caractères au plus) et un mot de passe d&apos;au moins %2 caractères.</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Créer le compte</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <source>I already have an account</source>
        <translation>J&apos;ai déjà un compte</translation>
    </message>
    <message>
        <source>Sign in to Signalbox</source>
        <translation>Se connecter à Signalbox</translation>
    </message>
    <message>
        <source>Welcome to Signalbox</source>
        <translation>Bienvenue dans Signalbox</translation>
    </message>
    <message>
        <source>Sign in with your username and password.</source>
        <translation>Connectez-vous avec votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Create an account…</source>
        <translation>Créer un compte…</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Saisissez votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>Il n&apos;existe pas de compte « %1 ».</translation>
    </message>
    <message>
        <source>That password is not right.</source>
        <translation>Ce mot de passe n&apos;est pas le bon.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de mots de passe erronés. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de mots de passe erronés. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <extracomment>Under the sign-in form; %1 is the store&apos;s file or server</extracomment>
        <translation>Base : %1</translation>
    </message>
</context>
<context>
    <name>signalbox::SingleInstance</name>
    <message>
        <source>This store cannot be shared with another window.</source>
        <translation>Cette base ne peut pas être partagée avec une autre fenêtre.</translation>
    </message>
    <message>
        <source>Another start of Signalbox holds %1.</source>
        <translation>Un autre lancement de Signalbox détient %1.</translation>
    </message>
</context>
<context>
    <name>signalbox::StoreError</name>
    <message>
        <source>Live updates from the server could not be started.</source>
        <translation>Les mises à jour en direct du serveur n&apos;ont pas pu démarrer.</translation>
    </message>
    <message>
        <source>There is no conversation with that user.</source>
        <translation>Il n&apos;y a pas de conversation avec cet utilisateur.</translation>
    </message>
    <message>
        <source>The store is busy with another program; try again. (%1)</source>
        <translation>La base est occupée par un autre programme ; réessayez. (%1)</translation>
    </message>
    <message>
        <source>The store is full: there is no room left on the disk. Nothing was saved. (%1)</source>
        <translation>La base est pleine : il n&apos;y a plus de place sur le disque. Rien n&apos;a été enregistré. (%1)</translation>
    </message>
    <message>
        <source>The store is damaged. (%1)</source>
        <translation>La base est endommagée. (%1)</translation>
    </message>
    <message>
        <source>The store cannot be written. (%1)</source>
        <translation>La base n&apos;est pas accessible en écriture. (%1)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de %1 : %2</translation>
    </message>
    <message>
        <source>No store path was given.</source>
        <translation>Aucun chemin de base n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>A store path cannot contain NUL characters.</source>
        <translation>Un chemin de base ne peut pas contenir de caractère NUL.</translation>
    </message>
    <message>
        <source>Opening the store %1</source>
        <translation>Ouverture de la base %1</translation>
    </message>
    <message>
        <source>The store address %1 is not a valid postgresql://user@host:port/database URL.</source>
        <translation>L&apos;adresse %1 n&apos;est pas une URL postgresql://utilisateur@hôte:port/base valide.</translation>
    </message>
    <message>
        <source>The store address %1 is neither a file path nor a postgresql://user@host:port/database URL.</source>
        <translation>L&apos;adresse %1 n&apos;est ni un chemin de fichier ni une URL postgresql://utilisateur@hôte:port/base.</translation>
    </message>
    <message>
        <source>One of its parameters has no name.</source>
        <translation>L&apos;un de ses paramètres n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>The parameter sslpassword would put the passphrase of the client key on the command line, where everyone on this computer can read it. Leave it out: use a key without a passphrase, in a file only you can read (mode 0600).</source>
        <translation>Le paramètre sslpassword mettrait la phrase secrète de la clé client sur la ligne de commande, où tout le monde sur cet ordinateur peut la lire. Omettez-le : utilisez une clé sans phrase secrète, dans un fichier que vous seul pouvez lire (mode 0600).</translation>
    </message>
    <message>
        <source>The parameter password would put the password on the command line, where everyone on this computer can read it. Leave it out: give the password through SIGNALBOX_PASSWORD or --password-stdin, or keep it in ~/.pgpass (or the file PGPASSFILE names), readable only by you.</source>
        <translation>Le paramètre password mettrait le mot de passe sur la ligne de commande, où tout le monde sur cet ordinateur peut le lire. Omettez-le : donnez le mot de passe par SIGNALBOX_PASSWORD ou --password-stdin, ou gardez-le dans ~/.pgpass (ou le fichier que nomme PGPASSFILE), lisible par vous seul.</translation>
    </message>
    <message>
        <source>The parameter %1 repeats a part of the address: write postgresql://user@host:port/database instead.</source>
        <translation>Le paramètre %1 répète une partie de l&apos;adresse : écrivez plutôt postgresql://utilisateur@hôte:port/base.</translation>
    </message>
    <message>
        <source>The parameter client_encoding cannot be used: Signalbox always talks UTF-8 to the server.</source>
        <translation>Le paramètre client_encoding ne peut pas être utilisé : Signalbox parle toujours UTF-8 avec le serveur.</translation>
    </message>
    <message>
        <source>The parameter replication cannot be used: a replication connection cannot hold a store.</source>
        <translation>Le paramètre replication ne peut pas être utilisé : une connexion de réplication ne peut pas porter une base.</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; is not a connection parameter of PostgreSQL&apos;s client library (libpq).</source>
        <translation>Le paramètre « %1 » n&apos;est pas un paramètre de connexion de la bibliothèque cliente de PostgreSQL (libpq).</translation>
    </message>
    <message>
        <source>The parameter %1 has no value.</source>
        <translation>Le paramètre %1 n&apos;a pas de valeur.</translation>
    </message>
    <message>
        <source>The value of the parameter %1 contains a NUL character.</source>
        <translation>La valeur du paramètre %1 contient un caractère NUL.</translation>
    </message>
    <message>
        <source>The value of the parameter %1 contains a semicolon, which Qt&apos;s PostgreSQL driver cannot pass on.</source>
        <translation>La valeur du paramètre %1 contient un point-virgule, que le pilote PostgreSQL de Qt ne peut pas transmettre.</translation>
    </message>
    <message>
        <source>The store address %1 cannot be used. %2</source>
        <translation>L&apos;adresse %1 ne peut pas être utilisée. %2</translation>
    </message>
    <message>
        <source>PostgreSQL addresses have no #fragment.</source>
        <translation>Les adresses PostgreSQL n&apos;ont pas de #fragment.</translation>
    </message>
    <message>
        <source>A % in its parameters starts no %XX escape: write a % sign as %25.</source>
        <translation>Un % dans ses paramètres ne commence aucun échappement %XX : écrivez un signe % sous la forme %25.</translation>
    </message>
    <message>
        <source>The parameter %1 is given twice.</source>
        <translation>Le paramètre %1 est donné deux fois.</translation>
    </message>
    <message>
        <source>PostgreSQL support (Qt&apos;s QPSQL driver) is not installed.</source>
        <translation>La prise en charge de PostgreSQL (le pilote QPSQL de Qt) n&apos;est pas installée.</translation>
    </message>
    <message>
        <source>The PostgreSQL store %1 cannot be opened: %2</source>
        <translation>La base PostgreSQL %1 ne peut pas être ouverte : %2</translation>
    </message>
    <message>
        <source>The store returned no id.</source>
        <translation>La base n&apos;a renvoyé aucun identifiant.</translation>
    </message>
    <message>
        <source>A store query</source>
        <translation>Une requête sur la base</translation>
    </message>
    <message>
        <source>There is no message %1.</source>
        <translation>Il n&apos;y a pas de message %1.</translation>
    </message>
    <message>
        <source>Only the sender and the receiver may see the history of message %1.</source>
        <translation>Seuls l&apos;expéditeur et le destinataire peuvent voir l&apos;historique du message %1.</translation>
    </message>
    <message>
        <source>A message cannot be empty.</source>
        <translation>Un message ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A message has at most %1 characters; this one has %2.</source>
        <translation>Un message compte au plus %1 caractères ; celui-ci en a %2.</translation>
    </message>
    <message>
        <source>Only the sender and the receiver may see message %1.</source>
        <translation>Seuls l&apos;expéditeur et le destinataire peuvent voir le message %1.</translation>
    </message>
    <message>
        <source>You cannot send a message to yourself.</source>
        <translation>Vous ne pouvez pas vous envoyer un message à vous-même.</translation>
    </message>
    <message>
        <source>Message %1 is not part of your conversation with %2; a reply must stay in its conversation.</source>
        <translation>Le message %1 ne fait pas partie de votre conversation avec %2 ; une réponse doit rester dans sa conversation.</translation>
    </message>
    <message>
        <source>Only the sender may edit message %1.</source>
        <translation>Seul l&apos;expéditeur peut modifier le message %1.</translation>
    </message>
    <message>
        <source>Message %1 was deleted and cannot be edited.</source>
        <translation>Le message %1 a été supprimé et ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Only the sender may delete message %1.</source>
        <translation>Seul l&apos;expéditeur peut supprimer le message %1.</translation>
    </message>
    <message>
        <source>Only the receiver may mark message %1 read or unread.</source>
        <translation>Seul le destinataire peut marquer le message %1 comme lu ou non lu.</translation>
    </message>
    <message>
        <source>This store was written by a newer Signalbox (schema %1; this version knows up to %2). Update Signalbox to open it; the store was left unchanged.</source>
        <translation>Cette base a été écrite par une version plus récente de Signalbox (schéma %1 ; cette version connaît jusqu&apos;au %2). Mettez Signalbox à jour pour l&apos;ouvrir ; la base n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>The store %1 is damaged or not a Signalbox store (%2). It was left unchanged.</source>
        <translation>La base %1 est endommagée ou n&apos;est pas une base Signalbox (%2). Elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2</source>
        <translation>La base %1 ne peut pas être ouverte : %2</translation>
    </message>
    <message>
        <source>it holds tables of another program</source>
        <translation>elle contient les tables d&apos;un autre programme</translation>
    </message>
    <message>
        <source>Migration %1 is missing.</source>
        <translation>La migration %1 est manquante.</translation>
    </message>
    <message>
        <source>There is no notification %1.</source>
        <translation>Il n&apos;y a pas de notification %1.</translation>
    </message>
    <message>
        <source>Notification %1 belongs to someone else.</source>
        <translation>La notification %1 appartient à quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>libsodium could not start.</source>
        <translation>libsodium n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory).</source>
        <translation>Le mot de passe n&apos;a pas pu être haché (mémoire insuffisante).</translation>
    </message>
    <message>
        <source>The store %1 is a folder, not a file.</source>
        <translation>La base %1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>The store %1 cannot be read: %2.</source>
        <translation>La base %1 ne peut pas être lue : %2.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is too short</source>
        <translation>le fichier est trop court</translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation>ce n&apos;est pas une base SQLite</translation>
    </message>
    <message>
        <source>invalid page size</source>
        <translation>taille de page non valide</translation>
    </message>
    <message>
        <source>the file size is not a whole number of pages</source>
        <translation>la taille du fichier n&apos;est pas un nombre entier de pages</translation>
    </message>
    <message>
        <source>the file is truncated</source>
        <translation>le fichier est tronqué</translation>
    </message>
    <message>
        <source>There is no user called “%1”.</source>
        <translation>Il n&apos;y a pas d&apos;utilisateur nommé « %1 ».</translation>
    </message>
    <message>
        <source>A username has 1 to %1 characters.</source>
        <translation>Un nom d&apos;utilisateur compte de 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>A username may only contain letters, digits and @ . + - _</source>
        <translation>Un nom d&apos;utilisateur ne peut contenir que des lettres, des chiffres et @ . + - _</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>Un mot de passe compte au moins %1 caractères.</translation>
    </message>
    <message>
        <source>A password has at most 4096 characters.</source>
        <translation>Un mot de passe compte au plus 4096 caractères.</translation>
    </message>
    <message>
        <source>The username “%1” is already taken.</source>
        <translation>Le nom d&apos;utilisateur « %1 » est déjà pris.</translation>
    </message>
    <message>
        <source>The password for “%1” is wrong.</source>
        <translation>Le mot de passe de « %1 » est erroné.</translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation>Il n&apos;y a pas d&apos;utilisateur avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Backups of a PostgreSQL store are made by the server&apos;s tools: use pg_dump and pg_restore.</source>
        <translation>Les sauvegardes d&apos;une base PostgreSQL se font avec les outils du serveur : utilisez pg_dump et pg_restore.</translation>
    </message>
    <message>
        <source>No backup file was given.</source>
        <translation>Aucun fichier de sauvegarde n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>The backup file %1 already exists; choose a new name.</source>
        <translation>Le fichier de sauvegarde %1 existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation>Le fichier de sauvegarde %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file %1 is not a Signalbox backup.</source>
        <translation>Le fichier %1 n&apos;est pas une sauvegarde Signalbox.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2); nothing was restored.</source>
        <translation>La sauvegarde %1 est endommagée (%2) ; rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>The store %1 is open in another program; close it before restoring a backup.</source>
        <translation>La base %1 est ouverte dans un autre programme ; fermez-la avant de restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>No store file was given.</source>
        <translation>Aucun fichier de base n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>The backup and the store are the same file.</source>
        <translation>La sauvegarde et la base sont le même fichier.</translation>
    </message>
    <message>
        <source>The store %1 has a write-ahead log but no file; it may be in use. Nothing was restored.</source>
        <translation>La base %1 a un journal d&apos;écriture anticipée mais pas de fichier ; elle est peut-être utilisée. Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation>La sauvegarde %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>The store %1 cannot be written: %2</source>
        <translation>La base %1 ne peut pas être écrite : %2</translation>
    </message>
    <message>
        <source>Copying the backup to %1 failed: %2. The store was left unchanged.</source>
        <translation>La copie de la sauvegarde vers %1 a échoué : %2. La base n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>The old file %1 cannot be removed; nothing was restored.</source>
        <translation>L&apos;ancien fichier %1 ne peut pas être supprimé ; rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>Seeding needs at least two users and a positive batch size.</source>
        <translation>Le remplissage nécessite au moins deux utilisateurs et une taille de lot positive.</translation>
    </message>
    <message>
        <source>A message cannot contain NUL characters, broken characters (unpaired surrogates), non-characters or a leading byte-order mark.</source>
        <translation>Un message ne peut contenir ni caractères NUL, ni caractères cassés (substituts isolés), ni non-caractères, ni marque d’ordre des octets au début.</translation>
    </message>
    <message>
        <source>its schema_migrations table is not Signalbox&apos;s</source>
        <translation>sa table schema_migrations n’est pas celle de Signalbox</translation>
    </message>
    <message>
        <source>The store cannot be brought up to date: its schema is not the one Signalbox wrote (migration %1 failed: %2). It was left unchanged.</source>
        <translation>La base ne peut pas être mise à jour : son schéma n&apos;est pas celui qu&apos;écrit Signalbox (la migration %1 a échoué : %2). Elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>The backup file %1 is a symbolic link; Signalbox does not write a backup through a link. Choose another name.</source>
        <translation>Le fichier de sauvegarde %1 est un lien symbolique ; Signalbox n’écrit pas de sauvegarde à travers un lien. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be copied into %2: %3</source>
        <translation>La sauvegarde %1 ne peut pas être copiée dans %2 : %3</translation>
    </message>
    <message>
        <source>The backup %1 cannot be copied into %2: %3. The store was left unchanged.</source>
        <translation>La sauvegarde %1 ne peut pas être copiée dans %2 : %3. La base n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>the server cannot be reached</source>
        <translation>le serveur est injoignable</translation>
    </message>
    <message>
        <source>The store&apos;s log could not be emptied: another program is reading it.</source>
        <translation>Le journal de la base n’a pas pu être vidé : un autre programme est en train de le lire.</translation>
    </message>
    <message numerus="yes">
        <source>The store cannot be brought up to date: %n row(s) refer to rows that do not exist. It was left unchanged.</source>
        <translation>
            <numerusform>La base ne peut pas être mise à jour : %n ligne renvoie à des lignes qui n’existent pas. Elle n’a pas été modifiée.</numerusform>
            <numerusform>La base ne peut pas être mise à jour : %n lignes renvoient à des lignes qui n’existent pas. Elle n’a pas été modifiée.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: %2.</source>
        <translation>Le dossier %1 ne peut pas être créé : %2.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; Signalbox does not write through links. Choose another name.</source>
        <translation>%1 est un lien symbolique ; Signalbox n’écrit pas à travers les liens. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The file %1 already exists; choose a new name.</source>
        <translation>Le fichier %1 existe déjà ; choisissez un nouveau nom.</translation>
    </message>
    <message>
        <source>The file %1 cannot be created: %2.</source>
        <translation>Le fichier %1 ne peut pas être créé : %2.</translation>
    </message>
    <message>
        <source>A username is written in one script: “%1” mixes %2, which makes it look like another name.</source>
        <translation>Un nom d’utilisateur s’écrit dans une seule écriture : « %1 » mélange %2, ce qui le fait ressembler à un autre nom.</translation>
    </message>
    <message>
        <source>The username “%1” looks like the existing “%2”; choose one that cannot be mistaken for it.</source>
        <translation>Le nom d’utilisateur « %1 » ressemble à « %2 », qui existe déjà ; choisissez-en un qu’on ne peut pas confondre avec lui.</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be written: the folder %2 does not exist. No backup was written.</source>
        <translation>Le fichier de sauvegarde %1 ne peut pas être écrit : le dossier %2 n’existe pas. Aucune sauvegarde n’a été écrite.</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be written: the folder %2 may not be written to. No backup was written.</source>
        <translation>Le fichier de sauvegarde %1 ne peut pas être écrit : le dossier %2 n’est pas accessible en écriture. Aucune sauvegarde n’a été écrite.</translation>
    </message>
    <message>
        <source>There is no room on the disk for the backup file %1. No backup was written; the store is unchanged.</source>
        <translation>Il n’y a plus de place sur le disque pour le fichier de sauvegarde %1. Aucune sauvegarde n’a été écrite ; la base n’a pas changé.</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be written. No backup was written; the store is unchanged.</source>
        <translation>Le fichier de sauvegarde %1 ne peut pas être écrit. Aucune sauvegarde n’a été écrite ; la base n’a pas changé.</translation>
    </message>
    <message>
        <source>The search function cannot be registered with SQLite.</source>
        <translation>La fonction de recherche ne peut pas être enregistrée auprès de SQLite.</translation>
    </message>
    <message>
        <source>Building the search index</source>
        <translation>Construction de l’index de recherche</translation>
    </message>
    <message>
        <source>A search shows 1 to %1 results, not %2.</source>
        <translation>Une recherche affiche de 1 à %1 résultats, pas %2.</translation>
    </message>
    <message>
        <source>Sign in first: on the team store %1 every person connects with their own name and password.</source>
        <translation>Connectez-vous d’abord : sur la base d’équipe %1, chaque personne se connecte avec son propre nom et son propre mot de passe.</translation>
    </message>
    <message>
        <source>Wrong name or password.</source>
        <translation>Nom ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>The PostgreSQL store %1 refused the password of its user.</source>
        <translation>La base PostgreSQL %1 a refusé le mot de passe de son utilisateur.</translation>
    </message>
    <message>
        <source>The PostgreSQL store %1 is not set up for a team, or %2 is not one of its members. Its administrator runs “signalbox-cli --db ADMIN_URL team init” once, then “team add NAME” for each person.</source>
        <translation>La base PostgreSQL %1 n’est pas configurée pour une équipe, ou %2 n’en est pas membre. Son administrateur exécute une fois « signalbox-cli --db ADMIN_URL team init », puis « team add NOM » pour chaque personne.</translation>
    </message>
    <message>
        <source>No PostgreSQL connection to compute a password verifier with (%1).</source>
        <translation>Aucune connexion PostgreSQL pour calculer un vérificateur de mot de passe (%1).</translation>
    </message>
    <message>
        <source>libpq could not compute a password verifier: %1</source>
        <translation>libpq n’a pas pu calculer de vérificateur de mot de passe : %1</translation>
    </message>
    <message>
        <source>The server refused this: %1</source>
        <translation>Le serveur a refusé : %1</translation>
    </message>
    <message>
        <source>The store %1 has no Signalbox schema yet: its administrator runs “signalbox-cli --db ADMIN_URL team init”.</source>
        <translation>La base %1 n’a pas encore de schéma Signalbox : son administrateur exécute « signalbox-cli --db ADMIN_URL team init ».</translation>
    </message>
    <message>
        <source>The store %1 needs an update (migration %2) that only its administrator can make: they run “signalbox-cli --db ADMIN_URL team init”.</source>
        <translation>La base %1 a besoin d’une mise à jour (migration %2) que seul son administrateur peut faire : avec « signalbox-cli --db ADMIN_URL team init ».</translation>
    </message>
    <message>
        <source>A name or password cannot contain NUL characters.</source>
        <translation>Un nom ou un mot de passe ne peut pas contenir de caractères NUL.</translation>
    </message>
    <message>
        <source>The team set-up script %1 is missing.</source>
        <translation>Le script de configuration d’équipe %1 est manquant.</translation>
    </message>
    <message>
        <source>Only the team&apos;s administrator can do this: a database role that owns the database and may create roles (signalbox-cli --db ADMIN_URL team …).</source>
        <translation>Seul l’administrateur de l’équipe peut faire cela : un rôle de base de données propriétaire de la base et autorisé à créer des rôles (signalbox-cli --db ADMIN_URL team …).</translation>
    </message>
    <message>
        <source>Team mode is for PostgreSQL stores. An SQLite store is one file of one computer account.</source>
        <translation>Le mode équipe est destiné aux bases PostgreSQL. Une base SQLite est un fichier d’un seul compte de l’ordinateur.</translation>
    </message>
    <message>
        <source>A password cannot contain NUL characters.</source>
        <translation>Un mot de passe ne peut pas contenir de caractères NUL.</translation>
    </message>
    <message>
        <source>On a team store, accounts are made by its administrator (signalbox-cli team add): ask them for one.</source>
        <translation>Sur une base d’équipe, les comptes sont créés par son administrateur (signalbox-cli team add) : demandez-lui en un.</translation>
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
        <translation>&amp;Afficher Signalbox</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>Tray icon menu: quit the application</extracomment>
        <translation>&amp;Quitter</translation>
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
        <translation>(message supprimé)</translation>
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
        <translation>Hier %1</translation>
    </message>
</context>
<context>
    <name>signalbox::TrayNotifier</name>
    <message>
        <source>Signalbox: no unread messages</source>
        <extracomment>Tray icon tooltip when every message has been read</extracomment>
        <translation>Signalbox : aucun message non lu</translation>
    </message>
    <message numerus="yes">
        <source>Signalbox: %n unread message(s)</source>
        <extracomment>Tray icon tooltip; %n is the number of unread messages</extracomment>
        <translation>
            <numerusform>Signalbox : %n message non lu</numerusform>
            <numerusform>Signalbox : %n messages non lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signalbox::UnreadModel</name>
    <message>
        <source>From %1, %2</source>
        <extracomment>Tooltip of an unread message: who sent it, when.</extracomment>
        <translation>De %1, %2</translation>
    </message>
</context>
<context>
    <name>signalbox::UpgradeProgress</name>
    <message>
        <source>Upgrading the store</source>
        <translation>Mise à jour de la base</translation>
    </message>
    <message>
        <source>%1… Other programs using this store wait until it is done.</source>
        <translation>%1… Les autres programmes qui utilisent cette base attendent la fin.</translation>
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
        <translation>%1 (%2 : %3)</translation>
    </message>
</context>
</TS>
