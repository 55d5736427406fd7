<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountCoordinator</name>
    <message>
        <source>No secure storage (keychain) is available, so Portal Desk cannot remember this sign-in: you will need to sign in again next time.</source>
        <translation>Es ist kein sicherer Speicher (Schlüsselbund) verfügbar, daher kann sich Portal Desk diese Anmeldung nicht merken: Sie müssen sich beim nächsten Mal erneut anmelden.</translation>
    </message>
    <message>
        <source>There is no stored sign-in for %1. Sign in once with --user EMAIL and --password-stdin.</source>
        <translation>Für %1 ist keine Anmeldung gespeichert. Melden Sie sich einmal mit --user EMAIL und --password-stdin an.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>The demo space could not start: no free local port.</source>
        <translation>Der Demo-Space konnte nicht starten: Kein lokaler Port ist frei.</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>Anmeldung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Starting the demo space…</source>
        <translation>Demo-Space wird gestartet…</translation>
    </message>
    <message>
        <source>Sign in with --user EMAIL and --password-stdin.</source>
        <translation>Melden Sie sich mit --user E-MAIL und --password-stdin an.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>an account</source>
        <translation>ein Konto</translation>
    </message>
    <message>
        <source>There is no stored sign-in for %1 at %2. Sign in once with --user EMAIL and --password-stdin.</source>
        <translation>Für %1 bei %2 ist keine Anmeldung gespeichert. Melden Sie sich einmal mit --user EMAIL und --password-stdin an.</translation>
    </message>
    <message>
        <source>Opening your account…</source>
        <translation>Ihr Konto wird geöffnet…</translation>
    </message>
    <message>
        <source>There is no stored account to sign out of.</source>
        <translation>Es gibt kein gespeichertes Konto, von dem Sie sich abmelden könnten.</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Von %1 abgemeldet.</translation>
    </message>
    <message>
        <source>Signed out of %1, but the keychain entry could not be removed.</source>
        <translation>Von %1 abgemeldet, aber der Eintrag im Schlüsselbund konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Demo space (%1)</source>
        <translation>Demo-Space (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>Konto umbenennen</translation>
    </message>
    <message>
        <source>Name shown in the account menu:</source>
        <translation>Im Kontenmenü angezeigter Name:</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Remove this account from Portal Desk? Its sign-in is deleted from the keychain.</source>
        <translation>Dieses Konto aus Portal Desk entfernen? Die Anmeldedaten werden aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>Sign out of this account? Its sign-in is deleted from the keychain.</source>
        <translation>Von diesem Konto abmelden? Die Anmeldedaten werden aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>There is no stored API key for %1. Sign in once with --property-os URL --api-key-stdin.</source>
        <translation>Für %1 ist kein API-Schlüssel gespeichert. Melden Sie sich einmal mit --property-os URL --api-key-stdin an.</translation>
    </message>
    <message>
        <source>Give the Property OS account as a web address, e.g. https://nexus.example.com.</source>
        <translation>Geben Sie das Property-OS-Konto als Webadresse an, z. B. https://nexus.example.com.</translation>
    </message>
    <message>
        <source>No API key came on standard input. Pipe the key from Settings › API Keys of your NEXUS dashboard into --api-key-stdin.</source>
        <translation>Auf der Standardeingabe kam kein API-Schlüssel an. Leiten Sie den Schlüssel aus Einstellungen › API-Schlüssel Ihres NEXUS-Dashboards an --api-key-stdin weiter.</translation>
    </message>
    <message>
        <source>Checking the API key with %1…</source>
        <translation>API-Schlüssel wird bei %1 geprüft…</translation>
    </message>
    <message>
        <source>NEXUS Property OS refused this API key. Create a new key under Settings › API Keys in your NEXUS dashboard and sign in with it.</source>
        <translation>NEXUS Property OS hat diesen API-Schlüssel abgelehnt. Erstellen Sie unter Einstellungen › API-Schlüssel in Ihrem NEXUS-Dashboard einen neuen Schlüssel und melden Sie sich damit an.</translation>
    </message>
    <message>
        <source>Could not reach NEXUS Property OS: %1</source>
        <translation>NEXUS Property OS ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>%1 — NEXUS Property OS</source>
        <translation>%1 — NEXUS Property OS</translation>
    </message>
</context>
<context>
    <name>AccountMenu</name>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>%1 (staff)</source>
        <translation>%1 (Team)</translation>
    </message>
    <message>
        <source>Remove the offline copy</source>
        <translation>Offline-Kopie entfernen</translation>
    </message>
    <message>
        <source>Forget everything saved on this computer for this account: rooms, bookings, news and, for staff, applications and resources? It is all fetched again from the space when you are online.</source>
        <translation>Alles vergessen, was auf diesem Computer für dieses Konto gespeichert ist: Räume, Buchungen, Neuigkeiten und für das Team Anwendungen und Ressourcen? Alles wird erneut vom Space geladen, sobald Sie online sind.</translation>
    </message>
    <message>
        <source>NEXUS Property OS</source>
        <translation>NEXUS Property OS</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The space&apos;s data did not load in time.</source>
        <translation>Die Daten des Spaces wurden nicht rechtzeitig geladen.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Sign in to your space to see its rooms. To look around first, start Portal Desk with --demo.</source>
        <translation>Melden Sie sich bei Ihrem Space an, um seine Räume zu sehen. Um sich zuerst umzusehen, starten Sie Portal Desk mit --demo.</translation>
    </message>
    <message>
        <source>My &amp;bookings</source>
        <translation>Meine &amp;Buchungen</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; view is not part of this version yet; showing the rooms.</source>
        <translation>Die Ansicht „%1“ ist in dieser Version noch nicht enthalten; die Räume werden angezeigt.</translation>
    </message>
    <message>
        <source>&amp;News</source>
        <translation>&amp;Neuigkeiten</translation>
    </message>
    <message>
        <source>Resource &amp;review</source>
        <translation>Ressourcen-&amp;Prüfung</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Anwendungen</translation>
    </message>
    <message>
        <source>There is no account to sync. Sign in once first.</source>
        <translation>Es gibt kein Konto zum Synchronisieren. Melden Sie sich zuerst einmal an.</translation>
    </message>
    <message>
        <source>The offline copy of this account was removed.</source>
        <translation>Die Offline-Kopie dieses Kontos wurde entfernt.</translation>
    </message>
    <message>
        <source>--sync does not cover Property OS accounts yet.</source>
        <translation>--sync umfasst Property-OS-Konten noch nicht.</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Zeitplan</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Immobilien</translation>
    </message>
    <message>
        <source>&amp;Tenants</source>
        <translation>&amp;Mieter</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Book rooms and read the news of your Nexudus coworking space.</source>
        <translation>Räume buchen und die Neuigkeiten Ihres Nexudus-Coworking-Spaces lesen.</translation>
    </message>
    <message>
        <source>Open the built-in demo space.</source>
        <translation>Den integrierten Demo-Space öffnen.</translation>
    </message>
    <message>
        <source>Demo account to sign in with.</source>
        <translation>Demo-Konto für die Anmeldung.</translation>
    </message>
    <message>
        <source>Space slug or web address.</source>
        <translation>Kurzname oder Webadresse des Spaces.</translation>
    </message>
    <message>
        <source>E-mail address to sign in with.</source>
        <translation>E-Mail-Adresse für die Anmeldung.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Das Passwort von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Refresh the offline data and exit.</source>
        <translation>Die Offline-Daten aktualisieren und beenden.</translation>
    </message>
    <message>
        <source>Forget the stored account and exit.</source>
        <translation>Das gespeicherte Konto vergessen und beenden.</translation>
    </message>
    <message>
        <source>View to open: %1.</source>
        <translation>Zu öffnende Ansicht: %1.</translation>
    </message>
    <message>
        <source>Language code (en, es, fr, de, it, pt).</source>
        <translation>Sprachcode (en, es, fr, de, it, pt).</translation>
    </message>
    <message>
        <source>Save the window as PNG once its data has loaded, then exit.</source>
        <translation>Das Fenster als PNG speichern, sobald seine Daten geladen sind, und dann beenden.</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;. Choose one of: %2.</source>
        <translation>Unbekannte Ansicht „%1“. Wählen Sie eine von: %2.</translation>
    </message>
    <message>
        <source>Use either --demo or --server, not both.</source>
        <translation>Verwenden Sie entweder --demo oder --server, nicht beides.</translation>
    </message>
    <message>
        <source>Web address of a NEXUS Property OS account.</source>
        <translation>Webadresse eines NEXUS-Property-OS-Kontos.</translation>
    </message>
    <message>
        <source>Read the Property OS API key from standard input.</source>
        <translation>Den Property-OS-API-Schlüssel von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>--property-os opens a Property OS account: use it without --demo, --server and --password-stdin.</source>
        <translation>--property-os öffnet ein Property-OS-Konto: Verwenden Sie es ohne --demo, --server und --password-stdin.</translation>
    </message>
    <message>
        <source>--api-key-stdin needs --property-os URL.</source>
        <translation>--api-key-stdin benötigt --property-os URL.</translation>
    </message>
</context>
<context>
    <name>ApplicationForm</name>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;Developer id:</source>
        <translation>&amp;Entwickler-ID:</translation>
    </message>
    <message>
        <source>Id of the developer who owns the application</source>
        <translation>ID des Entwicklers, dem die Anwendung gehört</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Display name of the application</source>
        <translation>Angezeigter Name der Anwendung</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Kurzbeschreibung:</translation>
    </message>
    <message>
        <source>Brief summary shown in listings</source>
        <translation>Kurze Zusammenfassung, die in Listen angezeigt wird</translation>
    </message>
    <message>
        <source>&amp;Install URL:</source>
        <translation>&amp;Installations-URL:</translation>
    </message>
    <message>
        <source>URL the space calls when a location installs the application</source>
        <translation>URL, die der Space aufruft, wenn ein Standort die Anwendung installiert</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Full description shown on the detail page</source>
        <translation>Vollständige Beschreibung, die auf der Detailseite angezeigt wird</translation>
    </message>
    <message>
        <source>Whether the application is available for installation</source>
        <translation>Ob die Anwendung zur Installation verfügbar ist</translation>
    </message>
    <message>
        <source>&amp;Published (available for installation)</source>
        <translation>&amp;Veröffentlicht (zur Installation verfügbar)</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>&amp;Geheimer Schlüssel:</translation>
    </message>
    <message>
        <source>Secret used to authenticate the application&apos;s API calls</source>
        <translation>Geheimnis zur Authentifizierung der API-Aufrufe der Anwendung</translation>
    </message>
    <message>
        <source>Edit application</source>
        <translation>Anwendung bearbeiten</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Neue Anwendung</translation>
    </message>
    <message>
        <source>Leave the secret key empty to keep the current one.</source>
        <translation>Lassen Sie den geheimen Schlüssel leer, um den aktuellen beizubehalten.</translation>
    </message>
    <message>
        <source>Leave the secret key empty to let the space generate one.</source>
        <translation>Lassen Sie den geheimen Schlüssel leer, damit der Space einen erzeugt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 Saving applications needs the Application-Create or Application-Edit role.</source>
        <translation>%1 Zum Speichern von Anwendungen ist die Rolle Application-Create oder Application-Edit erforderlich.</translation>
    </message>
</context>
<context>
    <name>ApplicationsView</name>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>&amp;Search by name:</source>
        <translation>Nach Name &amp;suchen:</translation>
    </message>
    <message>
        <source>Application name, then Enter</source>
        <translation>Anwendungsname, dann Eingabetaste</translation>
    </message>
    <message>
        <source>Search applications by name</source>
        <translation>Anwendungen nach Name suchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;Neue Anwendung…</translation>
    </message>
    <message>
        <source>Applications status</source>
        <translation>Status der Anwendungen</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Kurzbeschreibung:</translation>
    </message>
    <message>
        <source>Install URL:</source>
        <translation>Installations-URL:</translation>
    </message>
    <message>
        <source>Developer id:</source>
        <translation>Entwickler-ID:</translation>
    </message>
    <message>
        <source>Application key:</source>
        <translation>Anwendungsschlüssel:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Geheimer Schlüssel:</translation>
    </message>
    <message>
        <source>Secret key (hidden)</source>
        <translation>Geheimer Schlüssel (verborgen)</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Shows the secret key on screen until you hide it</source>
        <translation>Zeigt den geheimen Schlüssel auf dem Bildschirm an, bis Sie ihn ausblenden</translation>
    </message>
    <message>
        <source>&amp;Copy secret</source>
        <translation>Schlüssel &amp;kopieren</translation>
    </message>
    <message>
        <source>Puts the secret key on the clipboard</source>
        <translation>Kopiert den geheimen Schlüssel in die Zwischenablage</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>B&amp;earbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>This space has no applications yet.</source>
        <translation>Dieser Space hat noch keine Anwendungen.</translation>
    </message>
    <message>
        <source>No application is called &quot;%1&quot;.</source>
        <translation>Keine Anwendung heißt „%1“.</translation>
    </message>
    <message>
        <source>read this application</source>
        <translation>diese Anwendung abzurufen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Secret key (shown)</source>
        <translation>Geheimer Schlüssel (angezeigt)</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Aus&amp;blenden</translation>
    </message>
    <message>
        <source>The secret key of %1 is on the clipboard.</source>
        <translation>Der geheime Schlüssel von %1 ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Un&amp;publish</source>
        <translation>&amp;Veröffentlichung aufheben</translation>
    </message>
    <message>
        <source>Your account may not %1: it needs the matching Application role (List, Read, Create, Edit or Delete) or full administrator rights.</source>
        <extracomment>%1 is what was tried, e.g. &quot;delete this application&quot;</extracomment>
        <translation>Ihr Konto ist nicht berechtigt, %1: Es benötigt die passende Application-Rolle (List, Read, Create, Edit oder Delete) oder volle Administratorrechte.</translation>
    </message>
    <message>
        <source>Could not %1. %2</source>
        <extracomment>%1 is what was tried, %2 the reason</extracomment>
        <translation>Es war nicht möglich, %1. %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Application created.</source>
        <translation>Anwendung erstellt.</translation>
    </message>
    <message>
        <source>%1 is published.</source>
        <translation>%1 ist veröffentlicht.</translation>
    </message>
    <message>
        <source>%1 is no longer published.</source>
        <translation>%1 ist nicht mehr veröffentlicht.</translation>
    </message>
    <message>
        <source>publish this application</source>
        <translation>diese Anwendung zu veröffentlichen</translation>
    </message>
    <message>
        <source>unpublish this application</source>
        <translation>die Veröffentlichung dieser Anwendung aufzuheben</translation>
    </message>
    <message>
        <source>Delete application</source>
        <translation>Anwendung löschen</translation>
    </message>
    <message>
        <source>Delete the application &quot;%1&quot;? Locations that installed it lose it. This cannot be undone.</source>
        <translation>Die Anwendung „%1“ löschen? Standorte, die sie installiert haben, verlieren sie. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>delete this application</source>
        <translation>diese Anwendung zu löschen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Creating, editing, publishing and deleting applications need a connection to the space, and so does the secret key, which is never kept offline.</source>
        <translation>Zum Erstellen, Bearbeiten, Veröffentlichen und Löschen von Anwendungen ist eine Verbindung zum Space nötig, ebenso für den geheimen Schlüssel, der nie offline gespeichert wird.</translation>
    </message>
    <message>
        <source>The space cannot be reached: this is the offline copy from %1.</source>
        <translation>Der Space ist nicht erreichbar: Dies ist die Offline-Kopie vom %1.</translation>
    </message>
    <message>
        <source>The space cannot be reached, and its offline copy from %1 has no applications.</source>
        <translation>Der Space ist nicht erreichbar, und seine Offline-Kopie vom %1 enthält keine Anwendungen.</translation>
    </message>
    <message>
        <source>The space cannot be reached, and its offline copy from %1 has no application called &quot;%2&quot;.</source>
        <translation>Der Space ist nicht erreichbar, und seine Offline-Kopie vom %1 enthält keine Anwendung namens „%2“.</translation>
    </message>
    <message>
        <source>Needs a connection to the space</source>
        <translation>Benötigt eine Verbindung zum Space</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book a room</source>
        <translation>Raum buchen</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>Be&amp;ginn:</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Notes for the space</source>
        <translation>Notizen für den Space</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Booking rules</source>
        <translation>Buchungsregeln</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Buchen</translation>
    </message>
    <message>
        <source>Free at that time.</source>
        <translation>Zu dieser Zeit frei.</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Preis: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>Wird gebucht…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Times are the space&apos;s local time (%1).</source>
        <translation>Zeiten in Ortszeit des Spaces (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Book %n free date(s)</source>
        <translation>
            <numerusform>&amp;%n freien Termin buchen</numerusform>
            <numerusform>&amp;%n freie Termine buchen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingMonthCalendar</name>
    <message>
        <source>Month overview of your bookings</source>
        <translation>Monatsübersicht Ihrer Buchungen</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n Buchung</numerusform>
            <numerusform>%n Buchungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingsView</name>
    <message>
        <source>Your bookings, upcoming first. Times are the space&apos;s local time.</source>
        <translation>Ihre Buchungen, die kommenden zuerst. Zeiten in Ortszeit des Spaces.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh bookings</source>
        <translation>Buchungen aktualisieren</translation>
    </message>
    <message>
        <source>Export &amp;upcoming (.ics)…</source>
        <translation>Kommende e&amp;xportieren (.ics)…</translation>
    </message>
    <message>
        <source>Export all upcoming bookings as a calendar file</source>
        <translation>Alle kommenden Buchungen als Kalenderdatei exportieren</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>Booking status</source>
        <translation>Buchungsstatus</translation>
    </message>
    <message>
        <source>&amp;Export booking (.ics)…</source>
        <translation>Buchung ex&amp;portieren (.ics)…</translation>
    </message>
    <message>
        <source>Export the selected booking as a calendar file</source>
        <translation>Die ausgewählte Buchung als Kalenderdatei exportieren</translation>
    </message>
    <message>
        <source>&amp;Cancel booking…</source>
        <translation>Buchung s&amp;tornieren…</translation>
    </message>
    <message>
        <source>Cancel the selected booking</source>
        <translation>Die ausgewählte Buchung stornieren</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>In Kalender exportieren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Buchung stornieren</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n Buchung</numerusform>
            <numerusform>%n Buchungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling now is late and costs %1. Cancel the booking anyway?</source>
        <translation>Eine Stornierung ist jetzt kurzfristig und kostet %1. Die Buchung trotzdem stornieren?</translation>
    </message>
    <message>
        <source>Cancelling this booking is free. Cancel it?</source>
        <translation>Die Stornierung dieser Buchung ist kostenlos. Jetzt stornieren?</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird storniert…</translation>
    </message>
    <message>
        <source>The booking was cancelled.</source>
        <translation>Die Buchung wurde storniert.</translation>
    </message>
    <message>
        <source>Loading your bookings…</source>
        <translation>Ihre Buchungen werden geladen…</translation>
    </message>
    <message>
        <source>Checking the cancellation fee…</source>
        <translation>Stornogebühr wird geprüft…</translation>
    </message>
    <message>
        <source>There are no upcoming bookings to export.</source>
        <translation>Es gibt keine kommenden Buchungen zum Exportieren.</translation>
    </message>
    <message>
        <source>booking.ics</source>
        <translation>buchung.ics</translation>
    </message>
    <message>
        <source>bookings.ics</source>
        <translation>buchungen.ics</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n booking(s) to %1.</source>
        <translation>
            <numerusform>%n Buchung in %1 gespeichert.</numerusform>
            <numerusform>%n Buchungen in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s). %1</source>
        <translation>
            <numerusform>%n Buchung. %1</numerusform>
            <numerusform>%n Buchungen. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel this and &amp;later…</source>
        <translation>Diese und alle &amp;späteren stornieren…</translation>
    </message>
    <message>
        <source>Cancel the selected booking of a series and every later one</source>
        <translation>Die gewählte Buchung einer Serie und alle späteren stornieren</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n booking(s) of this series, from %1 to %2? Cancelling them is free.</source>
        <translation>
            <numerusform>%n Buchung dieser Serie stornieren, vom %1 bis %2? Die Stornierung ist kostenlos.</numerusform>
            <numerusform>%n Buchungen dieser Serie stornieren, vom %1 bis %2? Die Stornierung ist kostenlos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n booking(s) of this series, from %1 to %2? Some are late: cancelling costs %3 in all.</source>
        <translation>
            <numerusform>%n Buchung dieser Serie stornieren, vom %1 bis %2? Sie ist kurzfristig: Die Stornierung kostet insgesamt %3.</numerusform>
            <numerusform>%n Buchungen dieser Serie stornieren, vom %1 bis %2? Einige sind kurzfristig: Die Stornierung kostet insgesamt %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) cancelled.</source>
        <translation>
            <numerusform>%n Buchung storniert.</numerusform>
            <numerusform>%n Buchungen storniert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) cancelled; %1 could not be: %2</source>
        <translation>
            <numerusform>%n Buchung storniert; %1 nicht: %2</numerusform>
            <numerusform>%n Buchungen storniert; %1 nicht: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was cancelled: %1</source>
        <translation>Nichts wurde storniert: %1</translation>
    </message>
    <message>
        <source>Checking the cancellation fees…</source>
        <translation>Stornogebühren werden geprüft…</translation>
    </message>
    <message>
        <source>series.ics</source>
        <translation>serie.ics</translation>
    </message>
    <message>
        <source>Pick a day to list only its bookings.</source>
        <translation>Wählen Sie einen Tag, um nur seine Buchungen zu sehen.</translation>
    </message>
    <message>
        <source>Show &amp;all days</source>
        <translation>&amp;Alle Tage zeigen</translation>
    </message>
    <message>
        <source>List the bookings of every day</source>
        <translation>Die Buchungen aller Tage auflisten</translation>
    </message>
    <message>
        <source>Cancel &amp;dates…</source>
        <translation>&amp;Tage stornieren…</translation>
    </message>
    <message>
        <source>Cancel the bookings of this series on the days you pick</source>
        <translation>Die Buchungen dieser Serie an den gewählten Tagen stornieren</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) on %1.</source>
        <translation>
            <numerusform>%n Buchung am %1.</numerusform>
            <numerusform>%n Buchungen am %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyTimesFeed</name>
    <message>
        <source>Could not check which rooms are free: %1</source>
        <translation>Es konnte nicht geprüft werden, welche Räume frei sind: %1</translation>
    </message>
</context>
<context>
    <name>DayTimeline</name>
    <message>
        <source>Busy times are not known yet.</source>
        <translation>Die belegten Zeiten sind noch nicht bekannt.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1: free all day.</source>
        <translation>%1: den ganzen Tag frei.</translation>
    </message>
    <message>
        <source>%1: busy %2.</source>
        <translation>%1: belegt %2.</translation>
    </message>
    <message>
        <source>Free %1.</source>
        <translation>Frei %1.</translation>
    </message>
    <message>
        <source>Day timeline</source>
        <translation>Tageszeitleiste</translation>
    </message>
    <message>
        <source>Day timeline of %1</source>
        <translation>Tageszeitleiste von %1</translation>
    </message>
    <message>
        <source>Busy times not known</source>
        <translation>Belegte Zeiten unbekannt</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Belegt</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>Minimum number of people</source>
        <translation>Mindestanzahl an Personen</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>Type of room</source>
        <translation>Art des Raums</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>Stand&amp;ort</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>&amp;Amenities (all of them)</source>
        <translation>&amp;Ausstattung (alle erforderlich)</translation>
    </message>
    <message>
        <source>Amenities the room must have</source>
        <translation>Ausstattung, die der Raum haben muss</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;löschen</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle Filter löschen</translation>
    </message>
    <message>
        <source>Any number of people</source>
        <translation>Beliebige Personenzahl</translation>
    </message>
    <message>
        <source>%1 or more (%2)</source>
        <translation>%1 oder mehr (%2)</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Jeder Typ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every location</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>&amp;Who may book</source>
        <translation>&amp;Wer darf buchen</translation>
    </message>
    <message>
        <source>Who may book the room</source>
        <translation>Wer den Raum buchen darf</translation>
    </message>
    <message>
        <source>&amp;Free between</source>
        <translation>&amp;Frei zwischen</translation>
    </message>
    <message>
        <source>Only rooms free in this time window</source>
        <translation>Nur Räume, die in diesem Zeitfenster frei sind</translation>
    </message>
    <message>
        <source>Day of the time window</source>
        <translation>Tag des Zeitfensters</translation>
    </message>
    <message>
        <source>Start of the time window</source>
        <translation>Beginn des Zeitfensters</translation>
    </message>
    <message>
        <source>to</source>
        <translation>und</translation>
    </message>
    <message>
        <source>End of the time window</source>
        <translation>Ende des Zeitfensters</translation>
    </message>
    <message>
        <source>Time zone and state of the time window</source>
        <translation>Zeitzone und Status des Zeitfensters</translation>
    </message>
    <message>
        <source>Times are the space&apos;s local time.</source>
        <translation>Zeiten in Ortszeit des Spaces.</translation>
    </message>
    <message>
        <source>Times are in %1.</source>
        <translation>Zeiten in der Zeitzone %1.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <source>Checking which rooms are free…</source>
        <translation>Freie Räume werden ermittelt…</translation>
    </message>
    <message>
        <source>&amp;Free between (%1)</source>
        <translation>&amp;Frei zwischen (%1)</translation>
    </message>
    <message>
        <source>Every room</source>
        <translation>Alle Räume</translation>
    </message>
</context>
<context>
    <name>GuiSync</name>
    <message>
        <source>Syncing %1 (%2 of %3)</source>
        <translation>Synchronisiere %1 (%2 von %3)</translation>
    </message>
    <message>
        <source>The offline copy is up to date: %1.</source>
        <translation>Die Offline-Kopie ist aktuell: %1.</translation>
    </message>
    <message>
        <source>Sync stopped. The offline copy keeps what was complete before.</source>
        <translation>Synchronisierung gestoppt. Die Offline-Kopie behält, was vorher vollständig war.</translation>
    </message>
</context>
<context>
    <name>HeadlessSync</name>
    <message>
        <source>[%1/%2] %3: page %4 of %5</source>
        <translation>[%1/%2] %3: Seite %4 von %5</translation>
    </message>
    <message numerus="yes">
        <source>%1: the space did not answer; trying again in %n second(s)…</source>
        <translation>
            <numerusform>%1: Der Space hat nicht geantwortet; neuer Versuch in %n Sekunde…</numerusform>
            <numerusform>%1: Der Space hat nicht geantwortet; neuer Versuch in %n Sekunden…</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation>%1 übersprungen: %2.</translation>
    </message>
    <message>
        <source>Synced %1 for %2 in %3 s; the offline copy is at %4.</source>
        <translation>Synchronisiert für %2 in %3 s: %1; die Offline-Kopie liegt unter %4.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Portal Desk</source>
        <translation>Portal Desk</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Space and account</source>
        <translation>Space und Konto</translation>
    </message>
    <message>
        <source>Search rooms</source>
        <translation>Räume suchen</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Bookable resources</source>
        <translation>Buchbare Ressourcen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
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
        <source>&amp;About Portal Desk</source>
        <translation>&amp;Über Portal Desk</translation>
    </message>
    <message>
        <source>%1 — signed in as %2</source>
        <translation>%1 — angemeldet als %2</translation>
    </message>
    <message>
        <source>%1 — Portal Desk</source>
        <translation>%1 — Portal Desk</translation>
    </message>
    <message>
        <source>About Portal Desk</source>
        <translation>Über Portal Desk</translation>
    </message>
    <message>
        <source>Portal Desk %1
A desktop client for Nexudus coworking spaces.</source>
        <translation>Portal Desk %1
Ein Desktop-Client für Nexudus-Coworking-Spaces.</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Rename account…</source>
        <translation>Konto &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Re&amp;move account…</source>
        <translation>Konto &amp;entfernen…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>&amp;Rooms</source>
        <translation>&amp;Räume</translation>
    </message>
    <message>
        <source>R&amp;ooms</source>
        <translation>Rä&amp;ume</translation>
    </message>
    <message>
        <source>&amp;Book selected room…</source>
        <translation>Ausgewählten Raum &amp;buchen…</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Search rooms by name, description, type, floor or location</source>
        <translation>Räume nach Name, Beschreibung, Typ, Etage oder Standort suchen</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Remove the &amp;offline copy…</source>
        <translation>&amp;Offline-Kopie entfernen…</translation>
    </message>
    <message>
        <source>Forget the rooms, bookings and news saved on this computer for this account</source>
        <translation>Die auf diesem Computer gespeicherten Räume, Buchungen und Neuigkeiten dieses Kontos vergessen</translation>
    </message>
    <message>
        <source>&amp;Sync for offline use</source>
        <translation>Für Offline-Nutzung &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Fetch the rooms, bookings and news of this account so they can be read without a connection</source>
        <translation>Lädt die Räume, Buchungen und Neuigkeiten dieses Kontos, damit sie ohne Verbindung lesbar sind</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>NewPropertyDialog</name>
    <message>
        <source>New property</source>
        <translation>Neue Immobilie</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name of the property</source>
        <translation>Name der Immobilie</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Residential, commercial or mixed use</source>
        <translation>Wohnen, Gewerbe oder gemischte Nutzung</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <source>Street and number of the address</source>
        <translation>Straße und Hausnummer der Adresse</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Viertel:</translation>
    </message>
    <message>
        <source>District or neighbourhood (optional)</source>
        <translation>Stadtteil oder Viertel (optional)</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>City of the address</source>
        <translation>Ort der Adresse</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <source>Postal code (optional)</source>
        <translation>Postleitzahl (optional)</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>L&amp;and:</translation>
    </message>
    <message>
        <source>Two-letter country code, e.g. AE</source>
        <translation>Ländercode aus zwei Buchstaben, z. B. AE</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Einheiten:</translation>
    </message>
    <message>
        <source>How many units the property has</source>
        <translation>Wie viele Einheiten die Immobilie hat</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The answer was lost, so the property may or may not have been created. Close this form and refresh the list to see before you save it again.</source>
        <translation>Die Antwort ging verloren, daher wurde die Immobilie vielleicht angelegt, vielleicht nicht. Schließen Sie dieses Formular und aktualisieren Sie die Liste, bevor Sie erneut speichern.</translation>
    </message>
</context>
<context>
    <name>NewsView</name>
    <message>
        <source>News</source>
        <translation>Neuigkeiten</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>Ka&amp;tegorie:</translation>
    </message>
    <message>
        <source>News category</source>
        <translation>Kategorie der Neuigkeiten</translation>
    </message>
    <message>
        <source>Shows only the articles of this category</source>
        <translation>Zeigt nur die Artikel dieser Kategorie</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh news</source>
        <translation>Neuigkeiten aktualisieren</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Featured articles come first and are marked “Featured”</source>
        <translation>Empfohlene Artikel stehen oben und sind mit „Empfohlen“ markiert</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>The selected article with its comments</source>
        <translation>Der ausgewählte Artikel mit seinen Kommentaren</translation>
    </message>
    <message>
        <source>News status</source>
        <translation>Status der Neuigkeiten</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Try loading the news again</source>
        <translation>Neuigkeiten erneut laden</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Loading the full article…</source>
        <translation>Der vollständige Artikel wird geladen…</translation>
    </message>
    <message>
        <source>The full article could not be loaded: %1</source>
        <translation>Der vollständige Artikel konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Select an article to read it.</source>
        <translation>Wählen Sie einen Artikel aus, um ihn zu lesen.</translation>
    </message>
    <message>
        <source>The news could not be loaded: %1</source>
        <translation>Die Neuigkeiten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading news…</source>
        <translation>Neuigkeiten werden geladen…</translation>
    </message>
    <message>
        <source>No news here yet.</source>
        <translation>Hier gibt es noch keine Neuigkeiten.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences — Portal Desk</source>
        <translation>Einstellungen — Portal Desk</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Ask the space for its rooms at start when they are older than:</source>
        <translation>Räume beim Start vom Space &amp;abrufen, wenn sie älter sind als:</translation>
    </message>
    <message>
        <source>Refresh the rooms at start after</source>
        <translation>Räume beim Start aktualisieren nach</translation>
    </message>
    <message>
        <source>Every start</source>
        <translation>Bei jedem Start</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Rooms change rarely: until then the offline copy is shown without asking. Busy times and your bookings are always asked for, and Reload (F5) always asks.</source>
        <translation>Räume ändern sich selten: bis dahin wird die Offline-Kopie gezeigt, ohne nachzufragen. Belegte Zeiten und Ihre Buchungen werden immer abgefragt, und Neu laden (F5) fragt immer.</translation>
    </message>
</context>
<context>
    <name>PropertiesView</name>
    <message>
        <source>Properties</source>
        <translation>Immobilien</translation>
    </message>
    <message>
        <source>Portfolio figures</source>
        <translation>Kennzahlen des Portfolios</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Occupied units</source>
        <translation>Belegte Einheiten</translation>
    </message>
    <message>
        <source>Occupancy rate</source>
        <translation>Belegungsquote</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Property status</source>
        <translation>Status der Immobilie</translation>
    </message>
    <message>
        <source>Shows only the properties of this status</source>
        <translation>Zeigt nur die Immobilien mit diesem Status</translation>
    </message>
    <message>
        <source>&amp;New property…</source>
        <translation>&amp;Neue Immobilie…</translation>
    </message>
    <message>
        <source>New property</source>
        <translation>Neue Immobilie</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh properties</source>
        <translation>Immobilien aktualisieren</translation>
    </message>
    <message>
        <source>Loading the properties…</source>
        <translation>Immobilien werden geladen…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>The portfolio&apos;s occupancy rate; %1 is the number (e.g. &quot;87.5&quot;) in the locale&apos;s digits.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>NEXUS Property OS refused the API key of this account. Sign in again with a new key from Settings › API Keys in your NEXUS dashboard.</source>
        <translation>NEXUS Property OS hat den API-Schlüssel dieses Kontos abgelehnt. Melden Sie sich erneut mit einem neuen Schlüssel aus Einstellungen › API-Schlüssel in Ihrem NEXUS-Dashboard an.</translation>
    </message>
    <message>
        <source>The properties could not be loaded: %1</source>
        <translation>Die Immobilien konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>ResourceAuditRows</name>
    <message>
        <source>Not run yet</source>
        <translation>Noch nicht ausgeführt</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n type(s))</source>
        <translation>
            <numerusform>%1 (%n Typ)</numerusform>
            <numerusform>%1 (%n Typen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ResourceCardDelegate</name>
    <message>
        <source>Needs approval</source>
        <translation>Genehmigung erforderlich</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>location, floor or area</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>type · location</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between the parts of a card read aloud</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ResourceCardView</name>
    <message>
        <source>Bookable resources as cards</source>
        <translation>Buchbare Ressourcen als Karten</translation>
    </message>
    <message>
        <source>Each card shows a room&apos;s picture, name, type and location, capacity, and whether bookings need approval. Press Enter to book the current room.</source>
        <translation>Jede Karte zeigt Bild, Name, Typ und Standort eines Raums, seine Kapazität und ob Buchungen genehmigt werden müssen. Drücken Sie die Eingabetaste, um den aktuellen Raum zu buchen.</translation>
    </message>
</context>
<context>
    <name>ResourceReviewDetails</name>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>No limit (0)</source>
        <translation>Keine Begrenzung (0)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>Set (hidden)</source>
        <translation>Festgelegt (verborgen)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Unique id</source>
        <translation>Eindeutige ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Floor or area</source>
        <translation>Etage oder Bereich</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Confirmation e-mail</source>
        <translation>Bestätigungs-E-Mail</translation>
    </message>
    <message>
        <source>Picture file</source>
        <translation>Bilddatei</translation>
    </message>
    <message>
        <source>New picture URL</source>
        <translation>Neue Bild-URL</translation>
    </message>
    <message>
        <source>Clear picture on save</source>
        <translation>Bild beim Speichern entfernen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>Aktualisiert von</translation>
    </message>
    <message>
        <source>System id</source>
        <translation>System-ID</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Visible to members</source>
        <translation>Für Mitglieder sichtbar</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Hidden in calendar</source>
        <translation>Im Kalender ausgeblendet</translation>
    </message>
    <message>
        <source>Display order</source>
        <translation>Anzeigereihenfolge</translation>
    </message>
    <message>
        <source>Amenities</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Capacity and rules</source>
        <translation>Kapazität und Regeln</translation>
    </message>
    <message>
        <source>Allocation (capacity)</source>
        <translation>Kontingent (Kapazität)</translation>
    </message>
    <message>
        <source>Multiple bookings at once</source>
        <translation>Mehrere Buchungen gleichzeitig</translation>
    </message>
    <message>
        <source>Visitors limited to allocation</source>
        <translation>Besucher auf Kontingent begrenzt</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>Genehmigung erforderlich</translation>
    </message>
    <message>
        <source>Minimum length</source>
        <translation>Mindestdauer</translation>
    </message>
    <message>
        <source>Maximum length</source>
        <translation>Höchstdauer</translation>
    </message>
    <message>
        <source>Book in advance (days)</source>
        <translation>Vorausbuchung (Tage)</translation>
    </message>
    <message>
        <source>Late booking limit (minutes)</source>
        <translation>Frist für kurzfristige Buchungen (Minuten)</translation>
    </message>
    <message>
        <source>Late cancellation limit</source>
        <translation>Frist für kurzfristige Stornierungen</translation>
    </message>
    <message>
        <source>Gap between bookings</source>
        <translation>Abstand zwischen Buchungen</translation>
    </message>
    <message>
        <source>No return: same person</source>
        <translation>Sperrzeit: dieselbe Person</translation>
    </message>
    <message>
        <source>No return: any resource</source>
        <translation>Sperrzeit: alle Ressourcen</translation>
    </message>
    <message>
        <source>No return: anyone</source>
        <translation>Sperrzeit: alle Personen</translation>
    </message>
    <message>
        <source>Repeat bookings (count)</source>
        <translation>Serienbuchungen (Anzahl)</translation>
    </message>
    <message>
        <source>Repeat bookings (months)</source>
        <translation>Serienbuchungen (Monate)</translation>
    </message>
    <message>
        <source>Opening hours (shifts)</source>
        <translation>Öffnungszeiten (Schichten)</translation>
    </message>
    <message>
        <source>Availability exceptions</source>
        <translation>Verfügbarkeitsausnahmen</translation>
    </message>
    <message>
        <source>Linked resources</source>
        <translation>Verknüpfte Ressourcen</translation>
    </message>
    <message>
        <source>In plain words</source>
        <translation>In einfachen Worten</translation>
    </message>
    <message>
        <source>No limits</source>
        <translation>Keine Einschränkungen</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>Nur Mitglieder</translation>
    </message>
    <message>
        <source>Contacts only</source>
        <translation>Nur Kontakte</translation>
    </message>
    <message>
        <source>Customers of the location only</source>
        <translation>Nur Kunden des Standorts</translation>
    </message>
    <message>
        <source>Plans (tariffs)</source>
        <translation>Tarife</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>Fester Betrag</translation>
    </message>
    <message>
        <source>Percentage of the booking</source>
        <translation>Prozentsatz der Buchung</translation>
    </message>
    <message>
        <source>Cancellation fee</source>
        <translation>Stornogebühr</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Wird erhoben</translation>
    </message>
    <message>
        <source>Not charged</source>
        <translation>Wird nicht erhoben</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Prozentsatz</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>Google calendar</source>
        <translation>Google Kalender</translation>
    </message>
    <message>
        <source>Office 365 calendar</source>
        <translation>Office-365-Kalender</translation>
    </message>
    <message>
        <source>Kisi group</source>
        <translation>Kisi-Gruppe</translation>
    </message>
    <message>
        <source>Access control group</source>
        <translation>Zutrittskontrollgruppe</translation>
    </message>
    <message>
        <source>Access control groups</source>
        <translation>Zutrittskontrollgruppen</translation>
    </message>
    <message>
        <source>Shared Zoom account</source>
        <translation>Gemeinsames Zoom-Konto</translation>
    </message>
    <message>
        <source>Zoom user</source>
        <translation>Zoom-Benutzer</translation>
    </message>
    <message>
        <source>Zoom access token</source>
        <translation>Zoom-Zugriffstoken</translation>
    </message>
    <message>
        <source>Zoom refresh token</source>
        <translation>Zoom-Aktualisierungstoken</translation>
    </message>
    <message>
        <source>Place and sensor</source>
        <translation>Ort und Sensor</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>Sensor reading</source>
        <translation>Sensorwert</translation>
    </message>
    <message>
        <source>Sensor says occupied</source>
        <translation>Sensor meldet belegt</translation>
    </message>
    <message>
        <source>Last cleaned</source>
        <translation>Zuletzt gereinigt</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
</context>
<context>
    <name>ResourceReviewView</name>
    <message>
        <source>Resource review</source>
        <translation>Ressourcen-Prüfung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Exact name, then Enter</source>
        <translation>Exakter Name, dann Eingabetaste</translation>
    </message>
    <message>
        <source>Filter resources by name</source>
        <translation>Ressourcen nach Name filtern</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>Stand&amp;ort:</translation>
    </message>
    <message>
        <source>Filter resources by location</source>
        <translation>Ressourcen nach Standort filtern</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Filter resources by type</source>
        <translation>Ressourcen nach Typ filtern</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Filter resources by visibility</source>
        <translation>Ressourcen nach Sichtbarkeit filtern</translation>
    </message>
    <message>
        <source>Min. &amp;capacity:</source>
        <translation>Min. &amp;Kapazität:</translation>
    </message>
    <message>
        <source>Minimum capacity</source>
        <translation>Mindestkapazität</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the resources and the audit</source>
        <translation>Ressourcen und Audit aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the filtered resources as CSV</source>
        <translation>Die gefilterten Ressourcen als CSV exportieren</translation>
    </message>
    <message>
        <source>Resource review status</source>
        <translation>Status der Ressourcen-Prüfung</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Every field of the resource</source>
        <translation>Alle Felder der Ressource</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Audit of all resources</source>
        <translation>Audit aller Ressourcen</translation>
    </message>
    <message>
        <source>Audit rules with the number of resources each flags</source>
        <translation>Audit-Regeln mit der Anzahl der Ressourcen, die jede Regel markiert</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <source>Audit status</source>
        <translation>Audit-Status</translation>
    </message>
    <message>
        <source>Show &amp;all resources</source>
        <translation>A&amp;lle Ressourcen anzeigen</translation>
    </message>
    <message>
        <source>Show all resources again</source>
        <translation>Wieder alle Ressourcen anzeigen</translation>
    </message>
    <message>
        <source>Loading resources…</source>
        <translation>Ressourcen werden geladen…</translation>
    </message>
    <message>
        <source>No resource matches these filters.</source>
        <translation>Keine Ressource entspricht diesen Filtern.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n resource(s).</source>
        <translation>
            <numerusform>%1 von %n Ressource angezeigt.</numerusform>
            <numerusform>%1 von %n Ressourcen angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every resource… %1 of %2</source>
        <translation>Alle Ressourcen werden geprüft… %1 von %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>Alle Ressourcen</translation>
    </message>
    <message>
        <source>Visible, not archived</source>
        <translation>Sichtbar, nicht archiviert</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>The audit could not read the resources: %1</source>
        <translation>Das Audit konnte die Ressourcen nicht lesen: %1</translation>
    </message>
    <message>
        <source>Checking every resource…</source>
        <translation>Alle Ressourcen werden geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>Checked all %n resource(s) of the account. Click a rule to list its resources.</source>
        <translation>
            <numerusform>Die %n Ressource des Kontos wurde geprüft. Klicken Sie auf eine Regel, um ihre Ressourcen aufzulisten.</numerusform>
            <numerusform>Alle %n Ressourcen des Kontos wurden geprüft. Klicken Sie auf eine Regel, um ihre Ressourcen aufzulisten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No resource is flagged by &quot;%1&quot;.</source>
        <translation>Keine Ressource wird von „%1“ markiert.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n resource(s) flagged by &quot;%1&quot;.</source>
        <translation>
            <numerusform>Die %n von „%1“ markierte Ressource wird angezeigt.</numerusform>
            <numerusform>Die %n von „%1“ markierten Ressourcen werden angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting… %1 of %2 resources</source>
        <translation>Export läuft… %1 von %2 Ressourcen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n resource(s) to %1.</source>
        <translation>
            <numerusform>%n Ressource nach %1 exportiert.</numerusform>
            <numerusform>%n Ressourcen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export resources</source>
        <translation>Ressourcen exportieren</translation>
    </message>
    <message>
        <source>resources.csv</source>
        <translation>ressourcen.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again to review the resources.</source>
        <translation>Ihre Anmeldung ist abgelaufen oder wurde widerrufen. Melden Sie sich erneut an, um die Ressourcen zu prüfen.</translation>
    </message>
    <message>
        <source>This account may not read the space&apos;s resources: the review is for the space&apos;s administrators.</source>
        <translation>Dieses Konto darf die Ressourcen des Spaces nicht lesen: Die Prüfung ist für die Administratoren des Spaces bestimmt.</translation>
    </message>
    <message>
        <source>The resources could not be loaded: %1</source>
        <translation>Die Ressourcen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The space cannot be reached, and no resource of its offline copy from %1 matches these filters.</source>
        <translation>Der Space ist nicht erreichbar, und keine Ressource seiner Offline-Kopie vom %1 passt zu diesen Filtern.</translation>
    </message>
    <message numerus="yes">
        <source>The space cannot be reached: this is the offline copy from %1, %n resource(s), sorted and filtered on this computer. Exporting needs a connection.</source>
        <translation>
            <numerusform>Der Space ist nicht erreichbar: Dies ist die Offline-Kopie vom %1, %n Ressource, auf diesem Computer sortiert und gefiltert. Zum Exportieren ist eine Verbindung nötig.</numerusform>
            <numerusform>Der Space ist nicht erreichbar: Dies ist die Offline-Kopie vom %1, %n Ressourcen, auf diesem Computer sortiert und gefiltert. Zum Exportieren ist eine Verbindung nötig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting needs a connection to the space.</source>
        <translation>Zum Exportieren ist eine Verbindung zum Space nötig.</translation>
    </message>
    <message numerus="yes">
        <source>Checked the %n resource(s) of the offline copy from %1. Click a rule to list its resources.</source>
        <translation>
            <numerusform>Die %n Ressource der Offline-Kopie vom %1 wurde geprüft. Klicken Sie auf eine Regel, um ihre Ressourcen aufzulisten.</numerusform>
            <numerusform>Die %n Ressourcen der Offline-Kopie vom %1 wurden geprüft. Klicken Sie auf eine Regel, um ihre Ressourcen aufzulisten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourceViewStack</name>
    <message>
        <source>Show rooms as &amp;cards</source>
        <translation>Räume als &amp;Karten anzeigen</translation>
    </message>
    <message>
        <source>Switch the rooms between cards with pictures and a list (Ctrl+Shift+V)</source>
        <translation>Räume abwechselnd als Karten mit Bildern oder als Liste anzeigen (Ctrl+Shift+V)</translation>
    </message>
</context>
<context>
    <name>RoomDetails</name>
    <message>
        <source>Room details</source>
        <translation>Raumdetails</translation>
    </message>
    <message>
        <source>&amp;Book this room…</source>
        <translation>Diesen Raum buch&amp;en…</translation>
    </message>
    <message>
        <source>Book this room</source>
        <translation>Diesen Raum buchen</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>Amenities</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <source>About this room</source>
        <translation>Über diesen Raum</translation>
    </message>
    <message>
        <source>Select a room to see its details.</source>
        <translation>Wählen Sie einen Raum aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Busy and free times</source>
        <translation>Belegte und freie Zeiten</translation>
    </message>
    <message>
        <source>Booking rules</source>
        <translation>Buchungsregeln</translation>
    </message>
    <message>
        <source>Booking rates</source>
        <translation>Buchungspreise</translation>
    </message>
    <message>
        <source>%1 per minute</source>
        <translation>%1 pro Minute</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>%1 pro Stunde</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 pro Tag</translation>
    </message>
    <message>
        <source>%1 per week</source>
        <translation>%1 pro Woche</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <source>%1 per booking</source>
        <translation>%1 pro Buchung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RoomsPresenter</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Floor or area</source>
        <translation>Etage oder Bereich</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message numerus="yes">
        <source>%n bookable room(s)</source>
        <translation>
            <numerusform>%n buchbarer Raum</numerusform>
            <numerusform>%n buchbare Räume</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading rooms… page %1 of %2</source>
        <translation>Räume werden geladen… Seite %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>The space did not answer; trying again in %n second(s)…</source>
        <translation>
            <numerusform>Der Space hat nicht geantwortet; neuer Versuch in %n Sekunde…</numerusform>
            <numerusform>Der Space hat nicht geantwortet; neuer Versuch in %n Sekunden…</numerusform>
        </translation>
    </message>
    <message>
        <source>Booking needs a connection to the space; Portal Desk will reconnect by itself.</source>
        <translation>Zum Buchen ist eine Verbindung zum Space nötig; Portal Desk verbindet sich selbstständig neu.</translation>
    </message>
    <message>
        <source>Booked %1: waiting for the space to approve it.</source>
        <translation>%1 gebucht: Die Genehmigung durch den Space steht noch aus.</translation>
    </message>
    <message>
        <source>Booked %1.</source>
        <translation>%1 gebucht.</translation>
    </message>
    <message numerus="yes">
        <source>%n bookable room(s), from the offline copy of %1</source>
        <translation>
            <numerusform>%n buchbarer Raum, aus der Offline-Kopie vom %1</numerusform>
            <numerusform>%n buchbare Räume, aus der Offline-Kopie vom %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This account may not see the space&apos;s rooms. Your bookings and the news are still here.</source>
        <translation>Dieses Konto darf die Räume des Space nicht sehen. Ihre Buchungen und die Neuigkeiten sind weiterhin da.</translation>
    </message>
    <message>
        <source>This space does not list its rooms to Portal Desk. Your bookings and the news are still here.</source>
        <translation>Dieser Space stellt Portal Desk keine Liste seiner Räume bereit. Ihre Buchungen und die Neuigkeiten sind weiterhin da.</translation>
    </message>
    <message>
        <source>The space cannot be reached and there is no offline copy of its rooms yet: %1</source>
        <translation>Der Space ist nicht erreichbar, und es gibt noch keine Offline-Kopie seiner Räume: %1</translation>
    </message>
    <message>
        <source>Offline — showing data from %1. Booking and other changes need a connection; Portal Desk reconnects by itself.</source>
        <translation>Offline — Daten vom %1 werden angezeigt. Buchungen und andere Änderungen erfordern eine Verbindung; Portal Desk verbindet sich selbstständig neu.</translation>
    </message>
    <message>
        <source>Offline — the space cannot be reached. Portal Desk reconnects by itself.</source>
        <translation>Offline — der Space ist nicht erreichbar. Portal Desk verbindet sich selbstständig neu.</translation>
    </message>
    <message>
        <source>Booking needs a connection to the space.</source>
        <translation>Zum Buchen ist eine Verbindung zum Space nötig.</translation>
    </message>
    <message numerus="yes">
        <source>Booked %1 on %n date(s).</source>
        <translation>
            <numerusform>%1 an %n Termin gebucht.</numerusform>
            <numerusform>%1 an %n Terminen gebucht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>The day before (Page Up)</source>
        <translation>Der Tag davor (Bild auf)</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <source>The day after (Page Down)</source>
        <translation>Der Tag danach (Bild ab)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Today at the space (T)</source>
        <translation>Heute im Space (T)</translation>
    </message>
    <message>
        <source>Hatched: busy · Tinted and labelled: your bookings · Grey: past · Line: now</source>
        <translation>Schraffiert: belegt · Getönt und beschriftet: Ihre Buchungen · Grau: vergangen · Linie: jetzt</translation>
    </message>
    <message>
        <source>Rooms by time of day</source>
        <translation>Räume nach Tageszeit</translation>
    </message>
    <message>
        <source>Drag across free times or use Shift+arrows to pick a slot; Enter or a double-click books it.</source>
        <translation>Ziehen Sie über freie Zeiten oder verwenden Sie Umschalt+Pfeiltasten, um einen Zeitraum zu wählen; Eingabe oder ein Doppelklick bucht ihn.</translation>
    </message>
    <message>
        <source>this computer&apos;s time</source>
        <translation>der Zeit dieses Computers</translation>
    </message>
    <message>
        <source>Today, %1 (times in %2)</source>
        <extracomment>the day shown, then the time zone its hours are in, e.g. &quot;Saturday, 27 March 2027 (times in Europe/Madrid)&quot;</extracomment>
        <translation>Heute, %1 (Zeiten in %2)</translation>
    </message>
    <message>
        <source>%1 (times in %2)</source>
        <translation>%1 (Zeiten in %2)</translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <source>No rooms match the filter.</source>
        <translation>Kein Raum entspricht dem Filter.</translation>
    </message>
    <message>
        <source>%1; slot %2</source>
        <extracomment>the cursor cell&apos;s room, time and state, then the slot picked (e.g. &quot;…; slot 09:00–10:30&quot;)</extracomment>
        <translation>%1; Zeitraum %2</translation>
    </message>
</context>
<context>
    <name>ScreenshotRun</name>
    <message>
        <source>Could not save the screenshot to %1.</source>
        <translation>Der Screenshot konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Offline: the picture shows the offline copy.</source>
        <translation>Offline: Das Bild zeigt die Offline-Kopie.</translation>
    </message>
</context>
<context>
    <name>SeriesPanel</name>
    <message>
        <source>&amp;Repeat this booking</source>
        <translation>Buchung &amp;wiederholen</translation>
    </message>
    <message>
        <source>Re&amp;peats:</source>
        <translation>Wieder&amp;holung:</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Every how many</source>
        <translation>Alle wie viele</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Wochentage</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Endet:</translation>
    </message>
    <message>
        <source>&amp;After</source>
        <translation>&amp;Nach</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Am</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Repeat limits</source>
        <translation>Grenzen für Wiederholungen</translation>
    </message>
    <message>
        <source>Dates of the series</source>
        <translation>Termine der Serie</translation>
    </message>
    <message>
        <source>Series summary</source>
        <translation>Zusammenfassung der Serie</translation>
    </message>
    <message>
        <source>Checking every date…</source>
        <translation>Jeder Termin wird geprüft…</translation>
    </message>
    <message>
        <source>These choices give no date: choose an end after the first day.</source>
        <translation>Diese Auswahl ergibt keinen Termin: Wählen Sie ein Ende nach dem ersten Tag.</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) booked.</source>
        <translation>
            <numerusform>%n Termin gebucht.</numerusform>
            <numerusform>%n Termine gebucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) not booked.</source>
        <translation>
            <numerusform>%n Termin nicht gebucht.</numerusform>
            <numerusform>%n Termine nicht gebucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) unknown: check My bookings before booking them again.</source>
        <translation>
            <numerusform>%n Termin unbekannt: Prüfen Sie „Meine Buchungen“, bevor Sie ihn erneut buchen.</numerusform>
            <numerusform>%n Termine unbekannt: Prüfen Sie „Meine Buchungen“, bevor Sie sie erneut buchen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n date(s) can be booked.</source>
        <translation>
            <numerusform>%1 von %n Termin kann gebucht werden.</numerusform>
            <numerusform>%1 von %n Terminen können gebucht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) cannot be booked; the list says why.</source>
        <translation>
            <numerusform>%n Termin kann nicht gebucht werden; die Liste sagt, warum.</numerusform>
            <numerusform>%n Termine können nicht gebucht werden; die Liste sagt, warum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The room allows %n date(s) in one series; the later ones are left out.</source>
        <translation>
            <numerusform>Der Raum erlaubt %n Termin pro Serie; die späteren werden weggelassen.</numerusform>
            <numerusform>Der Raum erlaubt %n Termine pro Serie; die späteren werden weggelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A series of this room may run for %n month(s); the later dates are left out.</source>
        <translation>
            <numerusform>Eine Serie dieses Raums darf %n Monat dauern; die späteren Termine werden weggelassen.</numerusform>
            <numerusform>Eine Serie dieses Raums darf %n Monate dauern; die späteren Termine werden weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly, on this day</source>
        <translation>Monatlich, an diesem Tag</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>jeden %n. Tag</numerusform>
            <numerusform>alle %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>jeden %n. Monat</numerusform>
            <numerusform>alle %n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>jede %n. Woche</numerusform>
            <numerusform>alle %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n Mal</numerusform>
            <numerusform>%n Mal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesRangeDialog</name>
    <message>
        <source>Cancel dates of a series — Portal Desk</source>
        <translation>Tage einer Serie stornieren — Portal Desk</translation>
    </message>
    <message>
        <source>Cancel dates of a series</source>
        <translation>Tage einer Serie stornieren</translation>
    </message>
    <message>
        <source>Cancel the bookings of this series from one day to another, both included. The fees are shown before anything is cancelled.</source>
        <translation>Storniert die Buchungen dieser Serie von einem Tag bis zu einem anderen, beide eingeschlossen. Die Gebühren werden angezeigt, bevor etwas storniert wird.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>First day to cancel</source>
        <translation>Erster zu stornierender Tag</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Last day to cancel</source>
        <translation>Letzter zu stornierender Tag</translation>
    </message>
    <message>
        <source>Bookings in the range</source>
        <translation>Buchungen im Zeitraum</translation>
    </message>
    <message>
        <source>No booking of this series falls on these days.</source>
        <translation>An diesen Tagen liegt keine Buchung dieser Serie.</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) of this series will be cancelled.</source>
        <translation>
            <numerusform>%n Buchung dieser Serie wird storniert.</numerusform>
            <numerusform>%n Buchungen dieser Serie werden storniert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesRuleWords</name>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>jeden %n. Tag</numerusform>
            <numerusform>alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>jeden %n. Monat</numerusform>
            <numerusform>alle %n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>jede %n. Woche</numerusform>
            <numerusform>alle %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>weekly on %1</source>
        <translation>wöchentlich am %1</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s) on %1</source>
        <translation>
            <numerusform>jede Woche am %1</numerusform>
            <numerusform>alle %n Wochen am %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, bis %2</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Portal Desk</source>
        <translation>Anmelden — Portal Desk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in with the e-mail and password you use on your space&apos;s website.</source>
        <translation>Melden Sie sich mit der E-Mail-Adresse und dem Passwort an, die Sie auf der Website Ihres Spaces verwenden.</translation>
    </message>
    <message>
        <source>&amp;Space:</source>
        <translation>&amp;Space:</translation>
    </message>
    <message>
        <source>coworkfactory, or the space&apos;s web address</source>
        <translation>coworkfactory oder die Webadresse des Spaces</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Your space&apos;s name or web address</source>
        <translation>Name oder Webadresse Ihres Spaces</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Two-factor &amp;code:</source>
        <translation>Zwei-Faktor-&amp;Code:</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>6-stelliger Code</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>Zwei-Faktor-Code</translation>
    </message>
    <message>
        <source>The code shown by your authenticator app</source>
        <translation>Der Code, den Ihre Authenticator-App anzeigt</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Hinweis zur Anmeldung</translation>
    </message>
    <message>
        <source>Message icon</source>
        <translation>Meldungssymbol</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Set a &amp;new password…</source>
        <translation>&amp;Neues Passwort festlegen…</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>Neues Passwort festlegen</translation>
    </message>
    <message>
        <source>Opens your space&apos;s password page in the web browser</source>
        <translation>Öffnet die Passwortseite Ihres Spaces im Webbrowser</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Enter the e-mail address of your account, such as name@example.com.</source>
        <translation>Geben Sie die E-Mail-Adresse Ihres Kontos ein, z. B. name@example.com.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Geben Sie den Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>Signing in did not work. Please try again.</source>
        <translation>Die Anmeldung hat nicht geklappt. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The code was not accepted. Enter the current code from your authenticator app.</source>
        <translation>Der Code wurde nicht akzeptiert. Geben Sie den aktuellen Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>Could not sign in:</source>
        <translation>Anmeldung nicht möglich:</translation>
    </message>
    <message>
        <source>One more step:</source>
        <translation>Noch ein Schritt:</translation>
    </message>
</context>
<context>
    <name>StaffGate</name>
    <message>
        <source>The &quot;%1&quot; view is only for the space&apos;s staff; this account is a member.</source>
        <translation>Die Ansicht „%1“ ist nur für das Team des Spaces; dieses Konto gehört einem Mitglied.</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; view is not part of this version yet; showing the rooms.</source>
        <translation>Die Ansicht „%1“ ist in dieser Version noch nicht enthalten; die Räume werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <source>%1: page %2 of %3</source>
        <translation>%1: Seite %2 von %3</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <source>Stop sync</source>
        <translation>Synchronisierung stoppen</translation>
    </message>
</context>
<context>
    <name>SyncWording</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1; skipped: %2</source>
        <translation>%1; übersprungen: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>this account may not read them</source>
        <translation>dieses Konto darf sie nicht lesen</translation>
    </message>
    <message>
        <source>the space does not offer them</source>
        <translation>der Space bietet sie nicht an</translation>
    </message>
    <message>
        <source>Sync stopped at %1: %2 What was synced before is kept.</source>
        <translation>Synchronisierung bei %1 abgebrochen: %2 Was bereits synchronisiert wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Nothing could be synced: the space offers none of its data to this account (%1).</source>
        <translation>Nichts konnte synchronisiert werden: Der Space bietet diesem Konto keine seiner Daten an (%1).</translation>
    </message>
</context>
<context>
    <name>TenantsView</name>
    <message>
        <source>Tenants</source>
        <translation>Mieter</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Search tenants</source>
        <translation>Mieter suchen</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or unit</source>
        <translation>Name, E-Mail, Telefon oder Einheit</translation>
    </message>
    <message>
        <source>Tenant details</source>
        <translation>Angaben zum Mieter</translation>
    </message>
    <message>
        <source>No tenant matches this search.</source>
        <translation>Kein Mieter passt zu dieser Suche.</translation>
    </message>
    <message>
        <source>The tenants could not be loaded: %1</source>
        <translation>Die Mieter konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The tenant&apos;s details could not be loaded: %1</source>
        <translation>Die Angaben zum Mieter konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Einheit: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>Emergency contacts:</source>
        <translation>Notfallkontakte:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>api::ApiError</name>
    <message>
        <source>The connection was lost before the space answered. The change may or may not have been saved: check before trying again.</source>
        <translation>Die Verbindung wurde unterbrochen, bevor der Space geantwortet hat. Die Änderung wurde möglicherweise gespeichert: Prüfen Sie das, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The space could not be reached. Check your internet connection.</source>
        <translation>Der Space ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>The space did not answer in time. The change may or may not have been saved: check before trying again.</source>
        <translation>Der Space hat nicht rechtzeitig geantwortet. Die Änderung wurde möglicherweise gespeichert: Prüfen Sie das, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The space took too long to answer. Please try again.</source>
        <translation>Der Space hat zu lange für die Antwort gebraucht. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your account is not allowed to see this.</source>
        <translation>Ihr Konto hat keine Berechtigung, dies zu sehen.</translation>
    </message>
    <message>
        <source>This item no longer exists on the space.</source>
        <translation>Dieser Eintrag existiert im Space nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>The space is busy. Trying again in %n second(s).</source>
        <translation>
            <numerusform>Der Space ist ausgelastet. Neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>Der Space ist ausgelastet. Neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The space is busy. Please wait a moment and try again.</source>
        <translation>Der Space ist ausgelastet. Bitte warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n Feld muss überprüft werden.</numerusform>
            <numerusform>%n Felder müssen überprüft werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The space refused the change: %1</source>
        <translation>Der Space hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The space refused the change.</source>
        <translation>Der Space hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>The space had a problem answering. Please try again later.</source>
        <translation>Der Space konnte wegen eines Problems nicht antworten. Bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The space sent an answer Portal Desk cannot read.</source>
        <translation>Der Space hat eine Antwort gesendet, die Portal Desk nicht lesen kann.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The space refused the request (error %1).</source>
        <translation>Der Space hat die Anfrage abgelehnt (Fehler %1).</translation>
    </message>
    <message>
        <source>This space does not offer this.</source>
        <translation>Dieser Space bietet das nicht an.</translation>
    </message>
    <message>
        <source>The space answered with a redirect to another address: %1. Portal Desk did not follow it, so your sign-in stays with the space.</source>
        <translation>Der Space antwortete mit einer Weiterleitung an eine andere Adresse: %1. Portal Desk ist ihr nicht gefolgt, Ihre Anmeldung bleibt beim Space.</translation>
    </message>
    <message>
        <source>The space sent an answer larger than %1 MB; Portal Desk stopped reading it.</source>
        <translation>Der Space schickte eine Antwort größer als %1 MB; Portal Desk hat das Lesen abgebrochen.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2</source>
        <translation>Die sichere Verbindung zu %1 wurde abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>api::ListPage</name>
    <message>
        <source>The list answer has no records.</source>
        <translation>Die Listenantwort enthält keine Datensätze.</translation>
    </message>
</context>
<context>
    <name>api::ServerAddress</name>
    <message>
        <source>Enter your space&apos;s name or web address.</source>
        <translation>Geben Sie den Namen oder die Webadresse Ihres Spaces ein.</translation>
    </message>
    <message>
        <source>This is not a valid space name or web address.</source>
        <translation>Dies ist kein gültiger Space-Name und keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>Only https:// addresses are supported.</source>
        <translation>Nur https://-Adressen werden unterstützt.</translation>
    </message>
    <message>
        <source>Plain http:// is not safe for signing in. Use the space&apos;s https:// address.</source>
        <translation>Einfaches http:// ist für die Anmeldung nicht sicher. Verwenden Sie die https://-Adresse des Spaces.</translation>
    </message>
</context>
<context>
    <name>auth::SignInError</name>
    <message>
        <source>The e-mail or password is not correct.</source>
        <translation>Die E-Mail-Adresse oder das Passwort ist nicht korrekt.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Geben Sie den Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>You need to set a new password on the space&apos;s website first.</source>
        <translation>Sie müssen zuerst auf der Website des Spaces ein neues Passwort festlegen.</translation>
    </message>
</context>
<context>
    <name>cache::OfflineStore</name>
    <message>
        <source>The offline copy cannot be kept: the folder %1 cannot be created.</source>
        <translation>Die Offline-Kopie kann nicht gespeichert werden: Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The offline copy of this account could not be read, so it was set aside and will be rebuilt from the space.</source>
        <translation>Die Offline-Kopie dieses Kontos konnte nicht gelesen werden; sie wurde daher beiseitegelegt und wird aus dem Space neu aufgebaut.</translation>
    </message>
    <message>
        <source>The offline copy was written by a newer version of Portal Desk.</source>
        <translation>Die Offline-Kopie wurde von einer neueren Version von Portal Desk geschrieben.</translation>
    </message>
    <message>
        <source>The offline copy could not be opened: %1</source>
        <translation>Die Offline-Kopie konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The offline copy could not be updated: %1</source>
        <translation>Die Offline-Kopie konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>The offline copy could not be removed: %1</source>
        <translation>Die Offline-Kopie konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The disk is full, so the offline copy could not be updated. What was saved before is kept.</source>
        <translation>Der Datenträger ist voll, daher konnte die Offline-Kopie nicht aktualisiert werden. Was zuvor gespeichert wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <source>The offline copy is damaged (%1).</source>
        <translation>Die Offline-Kopie ist beschädigt (%1).</translation>
    </message>
</context>
<context>
    <name>domain::Amenity</name>
    <message>
        <source>Projector</source>
        <translation>Beamer</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Conference phone</source>
        <translation>Konferenztelefon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Whiteboard</source>
        <translation>Whiteboard</translation>
    </message>
    <message>
        <source>Large display</source>
        <translation>Großer Bildschirm</translation>
    </message>
    <message>
        <source>Catering</source>
        <translation>Catering</translation>
    </message>
    <message>
        <source>Tea and coffee</source>
        <translation>Tee und Kaffee</translation>
    </message>
    <message>
        <source>Drinks</source>
        <translation>Getränke</translation>
    </message>
    <message>
        <source>Security lock</source>
        <translation>Sicherheitsschloss</translation>
    </message>
    <message>
        <source>CCTV</source>
        <translation>Videoüberwachung</translation>
    </message>
    <message>
        <source>Voice recorder</source>
        <translation>Diktiergerät</translation>
    </message>
    <message>
        <source>Air conditioning</source>
        <translation>Klimaanlage</translation>
    </message>
    <message>
        <source>Heating</source>
        <translation>Heizung</translation>
    </message>
    <message>
        <source>Natural light</source>
        <translation>Tageslicht</translation>
    </message>
    <message>
        <source>Standing desk</source>
        <translation>Stehschreibtisch</translation>
    </message>
    <message>
        <source>Quiet zone</source>
        <translation>Ruhezone</translation>
    </message>
    <message>
        <source>Wireless charger</source>
        <translation>Kabelloses Ladegerät</translation>
    </message>
    <message>
        <source>Privacy screen</source>
        <translation>Sichtschutz</translation>
    </message>
    <message>
        <source>Soundproof</source>
        <translation>Schallisoliert</translation>
    </message>
    <message>
        <source>Video conferencing</source>
        <translation>Videokonferenz</translation>
    </message>
    <message>
        <source>Dual display screen</source>
        <translation>Zwei Bildschirme</translation>
    </message>
    <message>
        <source>Display screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>Wireless presentation</source>
        <translation>Kabellose Präsentation</translation>
    </message>
    <message>
        <source>PA system</source>
        <translation>Beschallungsanlage</translation>
    </message>
    <message>
        <source>Desktop monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Flip chart</source>
        <translation>Flipchart</translation>
    </message>
    <message>
        <source>Secure storage</source>
        <translation>Sicherer Stauraum</translation>
    </message>
</context>
<context>
    <name>domain::AmenityGroup</name>
    <message>
        <source>Audio-visual</source>
        <translation>Audio und Video</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Konnektivität</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>Komfort</translation>
    </message>
    <message>
        <source>Food &amp; drink</source>
        <translation>Essen &amp; Trinken</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
</context>
<context>
    <name>domain::BookingErrors</name>
    <message>
        <source>This room no longer exists.</source>
        <translation>Diesen Raum gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Your account cannot book at this space yet.</source>
        <translation>Ihr Konto kann in diesem Space noch nicht buchen.</translation>
    </message>
    <message>
        <source>The room is already booked at that time.</source>
        <translation>Der Raum ist zu dieser Zeit bereits gebucht.</translation>
    </message>
    <message>
        <source>An event takes place in the room at that time.</source>
        <translation>Zu dieser Zeit findet im Raum eine Veranstaltung statt.</translation>
    </message>
    <message>
        <source>The room is full at that time.</source>
        <translation>Der Raum ist zu dieser Zeit voll belegt.</translation>
    </message>
    <message>
        <source>The room is not open at that time.</source>
        <translation>Der Raum ist zu dieser Zeit nicht geöffnet.</translation>
    </message>
    <message>
        <source>That time has already passed.</source>
        <translation>Dieser Zeitpunkt liegt bereits in der Vergangenheit.</translation>
    </message>
    <message>
        <source>You have reached your booking limit for this week.</source>
        <translation>Sie haben Ihr Buchungslimit für diese Woche erreicht.</translation>
    </message>
    <message>
        <source>You have reached your booking limit for this month.</source>
        <translation>Sie haben Ihr Buchungslimit für diesen Monat erreicht.</translation>
    </message>
    <message>
        <source>Your plan does not include this room.</source>
        <translation>Ihr Tarif umfasst diesen Raum nicht.</translation>
    </message>
    <message>
        <source>The room is not available for booking.</source>
        <translation>Der Raum kann nicht gebucht werden.</translation>
    </message>
    <message>
        <source>That is too soon: this room must be booked further in advance.</source>
        <translation>Das ist zu kurzfristig: Dieser Raum muss weiter im Voraus gebucht werden.</translation>
    </message>
    <message>
        <source>That is too far ahead: this room cannot be booked that early.</source>
        <translation>Das liegt zu weit in der Zukunft: Dieser Raum kann nicht so früh gebucht werden.</translation>
    </message>
    <message>
        <source>The booking is longer than this room allows.</source>
        <translation>Die Buchung ist länger, als dieser Raum erlaubt.</translation>
    </message>
    <message>
        <source>The booking is shorter than this room allows.</source>
        <translation>Die Buchung ist kürzer, als dieser Raum erlaubt.</translation>
    </message>
    <message>
        <source>The room needs a break between bookings at that time.</source>
        <translation>Der Raum benötigt zu dieser Zeit eine Pause zwischen Buchungen.</translation>
    </message>
    <message>
        <source>You booked this recently; the space asks you to wait before booking again.</source>
        <translation>Sie haben dies kürzlich gebucht; der Space bittet Sie, vor einer erneuten Buchung etwas zu warten.</translation>
    </message>
    <message>
        <source>The space does not allow this booking.</source>
        <translation>Der Space lässt diese Buchung nicht zu.</translation>
    </message>
    <message>
        <source>The room cannot be booked at that time.</source>
        <translation>Der Raum kann zu dieser Zeit nicht gebucht werden.</translation>
    </message>
</context>
<context>
    <name>domain::BookingPolicyExplainer</name>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>parts of a length of time: 1 hour 30 minutes</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cancel at least %1 before the start</source>
        <translation>Stornieren Sie mindestens %1 vor Beginn</translation>
    </message>
    <message>
        <source>Cancelling less than %1 before the start costs a fee</source>
        <translation>Eine Stornierung weniger als %1 vor Beginn ist gebührenpflichtig</translation>
    </message>
    <message>
        <source>Cancelling less than %1 before the start costs %2</source>
        <translation>Eine Stornierung weniger als %1 vor Beginn kostet %2</translation>
    </message>
    <message>
        <source>Cancelling a booking costs a fee</source>
        <translation>Die Stornierung einer Buchung ist gebührenpflichtig</translation>
    </message>
    <message>
        <source>Cancelling a booking costs %1</source>
        <translation>Die Stornierung einer Buchung kostet %1</translation>
    </message>
    <message>
        <source>Only members and contacts can book</source>
        <translation>Nur Mitglieder und Kontakte können buchen</translation>
    </message>
    <message>
        <source>Only members can book</source>
        <translation>Nur Mitglieder können buchen</translation>
    </message>
    <message>
        <source>Only contacts can book</source>
        <translation>Nur Kontakte können buchen</translation>
    </message>
    <message>
        <source>Only customers of this location can book</source>
        <translation>Nur Kunden dieses Standorts können buchen</translation>
    </message>
    <message numerus="yes">
        <source>Only members of %n team(s) can book</source>
        <translation>
            <numerusform>Nur Mitglieder von %n Team können buchen</numerusform>
            <numerusform>Nur Mitglieder von %n Teams können buchen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only members on %n plan(s) can book</source>
        <translation>
            <numerusform>Nur Mitglieder mit %n bestimmten Tarif können buchen</numerusform>
            <numerusform>Nur Mitglieder mit einem von %n Tarifen können buchen</numerusform>
        </translation>
    </message>
    <message>
        <source>Book up to %1 ahead</source>
        <translation>Buchen Sie bis zu %1 im Voraus</translation>
    </message>
    <message>
        <source>Book at least %1 before the start</source>
        <translation>Buchen Sie mindestens %1 vor Beginn</translation>
    </message>
    <message>
        <source>Bookings last at least %1</source>
        <translation>Buchungen dauern mindestens %1</translation>
    </message>
    <message>
        <source>Bookings last at most %1</source>
        <translation>Buchungen dauern höchstens %1</translation>
    </message>
    <message>
        <source>Bookings are at least %1 apart</source>
        <translation>Zwischen zwei Buchungen liegen mindestens %1</translation>
    </message>
    <message>
        <source>After your booking ends, wait %1 before booking this room again</source>
        <translation>Warten Sie nach dem Ende Ihrer Buchung %1, bevor Sie diesen Raum erneut buchen</translation>
    </message>
    <message>
        <source>After your booking ends, wait %1 before booking any room again</source>
        <translation>Warten Sie nach dem Ende Ihrer Buchung %1, bevor Sie erneut einen Raum buchen</translation>
    </message>
    <message>
        <source>After each booking, nobody can book this room for %1</source>
        <translation>Nach jeder Buchung kann niemand diesen Raum für %1 buchen</translation>
    </message>
    <message>
        <source>Bookings need the space&apos;s approval</source>
        <translation>Buchungen müssen vom Space genehmigt werden</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n booking(s) can share this room at the same time</source>
        <translation>
            <numerusform>Bis zu %n Buchung gleichzeitig in diesem Raum möglich</numerusform>
            <numerusform>Bis zu %n Buchungen gleichzeitig in diesem Raum möglich</numerusform>
        </translation>
    </message>
    <message>
        <source>Several bookings can share this room at the same time</source>
        <translation>Mehrere Buchungen können sich diesen Raum gleichzeitig teilen</translation>
    </message>
    <message numerus="yes">
        <source>Visitors count towards the limit of %n attendee(s)</source>
        <translation>
            <numerusform>Besucher zählen zur Höchstzahl von %n Teilnehmer</numerusform>
            <numerusform>Besucher zählen zur Höchstzahl von %n Teilnehmern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A repeating booking can have up to %n occurrence(s)</source>
        <translation>
            <numerusform>Eine Serienbuchung kann bis zu %n Termin umfassen</numerusform>
            <numerusform>Eine Serienbuchung kann bis zu %n Termine umfassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A repeating booking can run for up to %n month(s)</source>
        <translation>
            <numerusform>Eine Serienbuchung kann bis zu %n Monat laufen</numerusform>
            <numerusform>Eine Serienbuchung kann bis zu %n Monate laufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain::ResourceAudit</name>
    <message>
        <source>Minimum length above maximum</source>
        <translation>Mindestdauer über Höchstdauer</translation>
    </message>
    <message>
        <source>Visible but archived</source>
        <translation>Sichtbar, aber archiviert</translation>
    </message>
    <message>
        <source>Shared bookings without a capacity</source>
        <translation>Geteilte Buchungen ohne Kapazität</translation>
    </message>
    <message>
        <source>Type without booking rates</source>
        <translation>Typ ohne Buchungspreise</translation>
    </message>
    <message>
        <source>Cancellation fee without an amount</source>
        <translation>Stornogebühr ohne Betrag</translation>
    </message>
    <message>
        <source>Visitors limited to an unset capacity</source>
        <translation>Besucher auf nicht festgelegte Kapazität begrenzt</translation>
    </message>
    <message>
        <source>The minimum booking length is longer than the maximum, so no booking can satisfy both.</source>
        <translation>Die Mindestbuchungsdauer ist länger als die Höchstdauer, daher kann keine Buchung beide erfüllen.</translation>
    </message>
    <message>
        <source>Archived resources should not be offered, yet these are still visible to members.</source>
        <translation>Archivierte Ressourcen sollten nicht angeboten werden, doch diese sind für Mitglieder weiterhin sichtbar.</translation>
    </message>
    <message>
        <source>Several bookings may overlap, but no allocation says how many, so nothing caps them.</source>
        <translation>Mehrere Buchungen dürfen sich überschneiden, aber kein Kontingent legt fest, wie viele, daher begrenzt nichts ihre Anzahl.</translation>
    </message>
    <message>
        <source>The resource type has no booking rate, so bookings of it cannot be priced.</source>
        <translation>Der Ressourcentyp hat keinen Buchungspreis, daher können Buchungen dieses Typs nicht berechnet werden.</translation>
    </message>
    <message>
        <source>A late-cancellation fee is charged, but its amount or percentage is missing or zero.</source>
        <translation>Eine Gebühr für kurzfristige Stornierungen wird erhoben, aber ihr Betrag oder Prozentsatz fehlt oder ist null.</translation>
    </message>
    <message>
        <source>Visitors are limited to the allocation, but no allocation is set.</source>
        <translation>Besucher sind auf das Kontingent begrenzt, aber es ist kein Kontingent festgelegt.</translation>
    </message>
    <message>
        <source>Not checked: the booking rates could not be read with this account.</source>
        <translation>Nicht geprüft: Die Buchungspreise konnten mit diesem Konto nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>Nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>domain::ResourceReviewColumns</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Floor or area</source>
        <translation>Etage oder Bereich</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Sichtbar</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Hidden in calendar</source>
        <translation>Im Kalender ausgeblendet</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>Genehmigung erforderlich</translation>
    </message>
    <message>
        <source>Min. length</source>
        <translation>Min. Dauer</translation>
    </message>
    <message>
        <source>Max. length</source>
        <translation>Max. Dauer</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
</context>
<context>
    <name>domain::SystemResourceType</name>
    <message>
        <source>Uncategorised</source>
        <translation>Ohne Kategorie</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Besprechungsraum</translation>
    </message>
    <message>
        <source>Hot desk</source>
        <translation>Flexibler Arbeitsplatz</translation>
    </message>
    <message>
        <source>Private office</source>
        <translation>Privatbüro</translation>
    </message>
    <message>
        <source>Event space</source>
        <translation>Veranstaltungsraum</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Küche</translation>
    </message>
    <message>
        <source>Treatment room</source>
        <translation>Behandlungsraum</translation>
    </message>
    <message>
        <source>Storage unit</source>
        <translation>Lagerraum</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Day pass</source>
        <translation>Tagespass</translation>
    </message>
    <message>
        <source>Phone booth</source>
        <translation>Telefonkabine</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>html::BlogPostHtml</name>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Kommentare (%n)</numerusform>
            <numerusform>Kommentare (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Noch keine Kommentare.</translation>
    </message>
    <message>
        <source>Comments are closed.</source>
        <translation>Kommentare sind deaktiviert.</translation>
    </message>
    <message>
        <source>A member</source>
        <translation>Ein Mitglied</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
</context>
<context>
    <name>models::ApplicationListModel</name>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Nicht veröffentlicht</translation>
    </message>
</context>
<context>
    <name>models::BlogPostListModel</name>
    <message>
        <source>★ Featured</source>
        <translation>★ Empfohlen</translation>
    </message>
</context>
<context>
    <name>models::BookingAccess</name>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>Nur Mitglieder</translation>
    </message>
    <message>
        <source>Contacts only</source>
        <translation>Nur Kontakte</translation>
    </message>
    <message>
        <source>Customers of the location only</source>
        <translation>Nur Kunden des Standorts</translation>
    </message>
    <message>
        <source>Some teams or plans only</source>
        <translation>Nur bestimmte Teams oder Tarife</translation>
    </message>
</context>
<context>
    <name>models::BookingListModel</name>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Bevorstehend</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Genehmigung ausstehend</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, repeating)</source>
        <translation>%1 — %2 (%3, wiederkehrend)</translation>
    </message>
</context>
<context>
    <name>models::BookingSeriesTreeProxy</name>
    <message>
        <source>series</source>
        <translation>Serie</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n booking(s), next %3</source>
        <translation>
            <numerusform>%1 — %2, %n Buchung, nächste %3</numerusform>
            <numerusform>%1 — %2, %n Buchungen, nächste %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n booking(s), all past or cancelled</source>
        <translation>
            <numerusform>%1 — %2, %n Buchung, alle vergangen oder storniert</numerusform>
            <numerusform>%1 — %2, %n Buchungen, alle vergangen oder storniert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>models::PageFeed</name>
    <message>
        <source>The space cannot be reached.</source>
        <translation>Der Space ist nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>models::PropertyListModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Wohnen</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Gewerbe</translation>
    </message>
    <message>
        <source>Mixed use</source>
        <translation>Gemischte Nutzung</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>An occupancy rate; %1 is the number (e.g. &quot;93&quot;), written with the locale&apos;s digits.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Belegung</translation>
    </message>
</context>
<context>
    <name>models::ResourceListModel</name>
    <message numerus="yes">
        <source>%n people</source>
        <comment>capacity of a resource</comment>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between location and floor in a resource summary</comment>
        <translation>, </translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the parts of a resource summary</comment>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>models::ScheduleModel</name>
    <message>
        <source>Your booking (waiting for approval)</source>
        <translation>Ihre Buchung (wartet auf Bestätigung)</translation>
    </message>
    <message>
        <source>Your booking</source>
        <translation>Ihre Buchung</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>room, slot start–end: state (e.g. &quot;Room 1, 09:00–09:30: Busy&quot;)</extracomment>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>models::SeriesOccurrenceModel</name>
    <message>
        <source>… Checking</source>
        <translation>… Wird geprüft</translation>
    </message>
    <message>
        <source>✓ Free</source>
        <translation>✓ Frei</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✗ Could not be checked: %1</source>
        <translation>✗ Konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>… Booking</source>
        <translation>… Wird gebucht</translation>
    </message>
    <message>
        <source>✓ Booked, waiting for the space&apos;s approval</source>
        <translation>✓ Gebucht, wartet auf die Freigabe des Spaces</translation>
    </message>
    <message>
        <source>✓ Booked</source>
        <translation>✓ Gebucht</translation>
    </message>
    <message>
        <source>✗ Not booked: %1</source>
        <translation>✗ Nicht gebucht: %1</translation>
    </message>
    <message>
        <source>? Unknown: %1</source>
        <translation>? Unbekannt: %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Can it be booked?</source>
        <translation>Buchbar?</translation>
    </message>
</context>
<context>
    <name>models::TenantListModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Former</source>
        <translation>Ehemalig</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <extracomment>A tenant in the list: name, unit and status, e.g. &quot;Omar Haddad — A-101 (Active)&quot;.</extracomment>
        <translation>%1 — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>repository::BlogPostLoader</name>
    <message>
        <source>The article could not be read.</source>
        <translation>Der Artikel konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>repository::BlogPostRepository</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
</context>
<context>
    <name>repository::BookingCommands</name>
    <message>
        <source>The space accepted the booking, but it does not appear in your bookings yet. Check again in a moment.</source>
        <translation>Der Space hat die Buchung angenommen, aber sie erscheint noch nicht in Ihren Buchungen. Sehen Sie gleich noch einmal nach.</translation>
    </message>
    <message>
        <source>The booking was sent, but your bookings could not be read to confirm it: %1</source>
        <translation>Die Buchung wurde gesendet, aber Ihre Buchungen konnten zur Bestätigung nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The booking was sent, but you signed out before it could be confirmed. Check your bookings after signing in.</source>
        <translation>Die Buchung wurde gesendet, aber Sie haben sich abgemeldet, bevor sie bestätigt werden konnte. Prüfen Sie Ihre Buchungen nach der Anmeldung.</translation>
    </message>
</context>
<context>
    <name>repository::Datasets</name>
    <message>
        <source>rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>room details</source>
        <translation>Raumdetails</translation>
    </message>
    <message>
        <source>bookings</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>cancelled bookings</source>
        <translation>stornierte Buchungen</translation>
    </message>
    <message>
        <source>news</source>
        <translation>Neuigkeiten</translation>
    </message>
    <message>
        <source>news articles</source>
        <translation>Nachrichtenartikel</translation>
    </message>
    <message>
        <source>your profile</source>
        <translation>Ihr Profil</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>application details</source>
        <translation>Anwendungsdetails</translation>
    </message>
    <message>
        <source>resources for review</source>
        <translation>Ressourcen zur Prüfung</translation>
    </message>
    <message>
        <source>resource details for review</source>
        <translation>Ressourcendetails zur Prüfung</translation>
    </message>
    <message>
        <source>resource types</source>
        <translation>Ressourcentypen</translation>
    </message>
    <message>
        <source>booking rates</source>
        <translation>Buchungspreise</translation>
    </message>
</context>
<context>
    <name>repository::MyBookingsRepository</name>
    <message>
        <source>This account may not see cancelled bookings.</source>
        <translation>Dieses Konto darf stornierte Buchungen nicht sehen.</translation>
    </message>
    <message>
        <source>This space does not list cancelled bookings.</source>
        <translation>Dieser Space listet keine stornierten Buchungen.</translation>
    </message>
    <message>
        <source>This account may not see its bookings here.</source>
        <translation>Dieses Konto darf seine Buchungen hier nicht sehen.</translation>
    </message>
    <message>
        <source>This space does not list bookings to Portal Desk.</source>
        <translation>Dieser Space stellt Portal Desk keine Buchungsliste bereit.</translation>
    </message>
</context>
<context>
    <name>repository::ResourceCsvExport</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>repository::ResourceDetailsLoader</name>
    <message>
        <source>The room&apos;s details could not be loaded.</source>
        <translation>Die Details des Raums konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>The space answered with another room.</source>
        <translation>Der Space hat mit einem anderen Raum geantwortet.</translation>
    </message>
</context>
<context>
    <name>repository::SeriesBooking</name>
    <message>
        <source>The clocks go forward that night: %1 does not exist on that day.</source>
        <translation>In dieser Nacht wird die Uhr vorgestellt: %1 gibt es an diesem Tag nicht.</translation>
    </message>
    <message>
        <source>Not sent: the answer about %1 was lost. Check your bookings, then book the rest again.</source>
        <translation>Nicht gesendet: Die Antwort zu %1 ging verloren. Prüfen Sie Ihre Buchungen und buchen Sie den Rest dann erneut.</translation>
    </message>
</context>
<context>
    <name>repository::calls</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
</context>
</TS>
