<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AccountCoordinator</name>
    <message>
        <source>No secure storage (keychain) is available, so Portal Desk cannot remember this sign-in: you will need to sign in again next time.</source>
        <translation>Nessun archivio sicuro (portachiavi) disponibile: Portal Desk non può ricordare questo accesso e la prossima volta sarà necessario accedere di nuovo.</translation>
    </message>
    <message>
        <source>There is no stored sign-in for %1. Sign in once with --user EMAIL and --password-stdin.</source>
        <translation>Non c’è un accesso salvato per %1. Accedi una volta con --user EMAIL e --password-stdin.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>The demo space could not start: no free local port.</source>
        <translation>Impossibile avviare lo Spazio demo: nessuna porta locale libera.</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>Impossibile accedere: %1</translation>
    </message>
    <message>
        <source>Starting the demo space…</source>
        <translation>Avvio dello Spazio demo…</translation>
    </message>
    <message>
        <source>Sign in with --user EMAIL and --password-stdin.</source>
        <translation>Accedere con --user EMAIL e --password-stdin.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Accesso a %1…</translation>
    </message>
    <message>
        <source>an account</source>
        <translation>un account</translation>
    </message>
    <message>
        <source>There is no stored sign-in for %1 at %2. Sign in once with --user EMAIL and --password-stdin.</source>
        <translation>Non c’è un accesso salvato per %1 su %2. Accedi una volta con --user EMAIL e --password-stdin.</translation>
    </message>
    <message>
        <source>Opening your account…</source>
        <translation>Apertura dell’account…</translation>
    </message>
    <message>
        <source>There is no stored account to sign out of.</source>
        <translation>Non c’è alcun account memorizzato da cui disconnettersi.</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Disconnessione da %1 effettuata.</translation>
    </message>
    <message>
        <source>Signed out of %1, but the keychain entry could not be removed.</source>
        <translation>Disconnessione da %1 effettuata, ma non è stato possibile rimuovere la voce dal portachiavi.</translation>
    </message>
    <message>
        <source>Demo space (%1)</source>
        <translation>Spazio demo (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>Rinomina account</translation>
    </message>
    <message>
        <source>Name shown in the account menu:</source>
        <translation>Nome mostrato nel menu degli account:</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Rimuovi account</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Disconnetti</translation>
    </message>
    <message>
        <source>Remove this account from Portal Desk? Its sign-in is deleted from the keychain.</source>
        <translation>Rimuovere questo account da Portal Desk? Le credenziali di accesso verranno eliminate dal portachiavi.</translation>
    </message>
    <message>
        <source>Sign out of this account? Its sign-in is deleted from the keychain.</source>
        <translation>Disconnettere questo account? Le credenziali di accesso verranno eliminate dal portachiavi.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>There is no stored API key for %1. Sign in once with --property-os URL --api-key-stdin.</source>
        <translation>Non c&apos;è nessuna chiave API salvata per %1. Accedi una volta con --property-os URL --api-key-stdin.</translation>
    </message>
    <message>
        <source>Give the Property OS account as a web address, e.g. https://nexus.example.com.</source>
        <translation>Indica l&apos;account Property OS come indirizzo web, ad es. https://nexus.example.com.</translation>
    </message>
    <message>
        <source>No API key came on standard input. Pipe the key from Settings › API Keys of your NEXUS dashboard into --api-key-stdin.</source>
        <translation>Nessuna chiave API è arrivata dallo standard input. Passa a --api-key-stdin la chiave di Impostazioni › Chiavi API della tua dashboard NEXUS.</translation>
    </message>
    <message>
        <source>Checking the API key with %1…</source>
        <translation>Verifica della chiave API con %1…</translation>
    </message>
    <message>
        <source>NEXUS Property OS refused this API key. Create a new key under Settings › API Keys in your NEXUS dashboard and sign in with it.</source>
        <translation>NEXUS Property OS ha rifiutato questa chiave API. Crea una nuova chiave in Impostazioni › Chiavi API della tua dashboard NEXUS e accedi con quella.</translation>
    </message>
    <message>
        <source>Could not reach NEXUS Property OS: %1</source>
        <translation>Impossibile raggiungere NEXUS Property OS: %1</translation>
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
        <translation>Accesso non effettuato</translation>
    </message>
    <message>
        <source>%1 (staff)</source>
        <translation>%1 (staff)</translation>
    </message>
    <message>
        <source>Remove the offline copy</source>
        <translation>Rimuovi copia offline</translation>
    </message>
    <message>
        <source>Forget everything saved on this computer for this account: rooms, bookings, news and, for staff, applications and resources? It is all fetched again from the space when you are online.</source>
        <translation>Dimenticare tutto ciò che è salvato su questo computer per questo account: sale, prenotazioni, notizie e, per lo staff, applicazioni e risorse? Tutto verrà recuperato di nuovo dallo spazio quando sarai online.</translation>
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
        <translation>I dati dello Spazio non sono stati caricati in tempo.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>La sessione è terminata. Accedere di nuovo.</translation>
    </message>
    <message>
        <source>Sign in to your space to see its rooms. To look around first, start Portal Desk with --demo.</source>
        <translation>Accedere al proprio Spazio per vederne le sale. Per dare prima un’occhiata, avviare Portal Desk con --demo.</translation>
    </message>
    <message>
        <source>My &amp;bookings</source>
        <translation>Le mie &amp;prenotazioni</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; view is not part of this version yet; showing the rooms.</source>
        <translation>La vista “%1” non è ancora disponibile in questa versione; vengono mostrate le sale.</translation>
    </message>
    <message>
        <source>&amp;News</source>
        <translation>&amp;Notizie</translation>
    </message>
    <message>
        <source>Resource &amp;review</source>
        <translation>&amp;Revisione risorse</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>Appl&amp;icazioni</translation>
    </message>
    <message>
        <source>There is no account to sync. Sign in once first.</source>
        <translation>Non c’è alcun account da sincronizzare. Accedere prima una volta.</translation>
    </message>
    <message>
        <source>The offline copy of this account was removed.</source>
        <translation>La copia offline di questo account è stata rimossa.</translation>
    </message>
    <message>
        <source>--sync does not cover Property OS accounts yet.</source>
        <translation>--sync non comprende ancora gli account Property OS.</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Proprietà</translation>
    </message>
    <message>
        <source>&amp;Tenants</source>
        <translation>&amp;Inquilini</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Book rooms and read the news of your Nexudus coworking space.</source>
        <translation>Prenotare sale e leggere le notizie del proprio Spazio di coworking Nexudus.</translation>
    </message>
    <message>
        <source>Open the built-in demo space.</source>
        <translation>Apre lo Spazio demo integrato.</translation>
    </message>
    <message>
        <source>Demo account to sign in with.</source>
        <translation>Account demo con cui accedere.</translation>
    </message>
    <message>
        <source>Space slug or web address.</source>
        <translation>Slug o indirizzo web dello Spazio.</translation>
    </message>
    <message>
        <source>E-mail address to sign in with.</source>
        <translation>Indirizzo e-mail con cui accedere.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Legge la password dallo standard input.</translation>
    </message>
    <message>
        <source>Refresh the offline data and exit.</source>
        <translation>Aggiorna i dati offline ed esce.</translation>
    </message>
    <message>
        <source>Forget the stored account and exit.</source>
        <translation>Dimentica l’account memorizzato ed esce.</translation>
    </message>
    <message>
        <source>View to open: %1.</source>
        <translation>Vista da aprire: %1.</translation>
    </message>
    <message>
        <source>Language code (en, es, fr, de, it, pt).</source>
        <translation>Codice della lingua (en, es, fr, de, it, pt).</translation>
    </message>
    <message>
        <source>Save the window as PNG once its data has loaded, then exit.</source>
        <translation>Salva la finestra come PNG dopo il caricamento dei dati, poi esce.</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;. Choose one of: %2.</source>
        <translation>Vista “%1” sconosciuta. Scegliere tra: %2.</translation>
    </message>
    <message>
        <source>Use either --demo or --server, not both.</source>
        <translation>Usare --demo oppure --server, non entrambi.</translation>
    </message>
    <message>
        <source>Web address of a NEXUS Property OS account.</source>
        <translation>Indirizzo web di un account NEXUS Property OS.</translation>
    </message>
    <message>
        <source>Read the Property OS API key from standard input.</source>
        <translation>Leggi la chiave API di Property OS dallo standard input.</translation>
    </message>
    <message>
        <source>--property-os opens a Property OS account: use it without --demo, --server and --password-stdin.</source>
        <translation>--property-os apre un account Property OS: usalo senza --demo, --server e --password-stdin.</translation>
    </message>
    <message>
        <source>--api-key-stdin needs --property-os URL.</source>
        <translation>--api-key-stdin richiede --property-os URL.</translation>
    </message>
</context>
<context>
    <name>ApplicationForm</name>
    <message>
        <source>Application</source>
        <translation>Applicazione</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>&amp;Developer id:</source>
        <translation>ID &amp;sviluppatore:</translation>
    </message>
    <message>
        <source>Id of the developer who owns the application</source>
        <translation>ID dello sviluppatore proprietario dell’applicazione</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Display name of the application</source>
        <translation>Nome visualizzato dell’applicazione</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Riepilogo:</translation>
    </message>
    <message>
        <source>Brief summary shown in listings</source>
        <translation>Breve riepilogo mostrato negli elenchi</translation>
    </message>
    <message>
        <source>&amp;Install URL:</source>
        <translation>URL di &amp;installazione:</translation>
    </message>
    <message>
        <source>URL the space calls when a location installs the application</source>
        <translation>URL chiamato dallo Spazio quando una sede installa l’applicazione</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escrizione:</translation>
    </message>
    <message>
        <source>Full description shown on the detail page</source>
        <translation>Descrizione completa mostrata nella pagina dei dettagli</translation>
    </message>
    <message>
        <source>Whether the application is available for installation</source>
        <translation>Indica se l’applicazione è disponibile per l’installazione</translation>
    </message>
    <message>
        <source>&amp;Published (available for installation)</source>
        <translation>&amp;Pubblicata (disponibile per l’installazione)</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>&amp;Chiave segreta:</translation>
    </message>
    <message>
        <source>Secret used to authenticate the application&apos;s API calls</source>
        <translation>Segreto usato per autenticare le chiamate API dell’applicazione</translation>
    </message>
    <message>
        <source>Edit application</source>
        <translation>Modifica applicazione</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Nuova applicazione</translation>
    </message>
    <message>
        <source>Leave the secret key empty to keep the current one.</source>
        <translation>Lasciare vuota la chiave segreta per mantenere quella attuale.</translation>
    </message>
    <message>
        <source>Leave the secret key empty to let the space generate one.</source>
        <translation>Lasciare vuota la chiave segreta perché lo Spazio ne generi una.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 Saving applications needs the Application-Create or Application-Edit role.</source>
        <translation>%1 Per salvare le applicazioni serve il ruolo Application-Create o Application-Edit.</translation>
    </message>
</context>
<context>
    <name>ApplicationsView</name>
    <message>
        <source>Applications</source>
        <translation>Applicazioni</translation>
    </message>
    <message>
        <source>&amp;Search by name:</source>
        <translation>&amp;Cerca per nome:</translation>
    </message>
    <message>
        <source>Application name, then Enter</source>
        <translation>Nome dell’applicazione, poi Invio</translation>
    </message>
    <message>
        <source>Search applications by name</source>
        <translation>Cerca applicazioni per nome</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Aggio&amp;rna</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;Nuova applicazione…</translation>
    </message>
    <message>
        <source>Applications status</source>
        <translation>Stato delle applicazioni</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Applicazione</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Riepilogo:</translation>
    </message>
    <message>
        <source>Install URL:</source>
        <translation>URL di installazione:</translation>
    </message>
    <message>
        <source>Developer id:</source>
        <translation>ID sviluppatore:</translation>
    </message>
    <message>
        <source>Application key:</source>
        <translation>Chiave dell’applicazione:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Chiave segreta:</translation>
    </message>
    <message>
        <source>Secret key (hidden)</source>
        <translation>Chiave segreta (nascosta)</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>M&amp;ostra</translation>
    </message>
    <message>
        <source>Shows the secret key on screen until you hide it</source>
        <translation>Mostra la chiave segreta sullo schermo finché non viene nascosta</translation>
    </message>
    <message>
        <source>&amp;Copy secret</source>
        <translation>Copia &amp;segreto</translation>
    </message>
    <message>
        <source>Puts the secret key on the clipboard</source>
        <translation>Copia la chiave segreta negli appunti</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Pubblica</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>This space has no applications yet.</source>
        <translation>Questo Spazio non ha ancora applicazioni.</translation>
    </message>
    <message>
        <source>No application is called &quot;%1&quot;.</source>
        <translation>Nessuna applicazione si chiama “%1”.</translation>
    </message>
    <message>
        <source>read this application</source>
        <translation>leggere questa applicazione</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <source>Secret key (shown)</source>
        <translation>Chiave segreta (visibile)</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Nascon&amp;di</translation>
    </message>
    <message>
        <source>The secret key of %1 is on the clipboard.</source>
        <translation>La chiave segreta di %1 è negli appunti.</translation>
    </message>
    <message>
        <source>Un&amp;publish</source>
        <translation>Annulla &amp;pubblicazione</translation>
    </message>
    <message>
        <source>Your account may not %1: it needs the matching Application role (List, Read, Create, Edit or Delete) or full administrator rights.</source>
        <extracomment>%1 is what was tried, e.g. &quot;delete this application&quot;</extracomment>
        <translation>L’account non può %1: serve il ruolo Application corrispondente (List, Read, Create, Edit o Delete) o i diritti completi di amministratore.</translation>
    </message>
    <message>
        <source>Could not %1. %2</source>
        <extracomment>%1 is what was tried, %2 the reason</extracomment>
        <translation>Impossibile %1. %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>Application created.</source>
        <translation>Applicazione creata.</translation>
    </message>
    <message>
        <source>%1 is published.</source>
        <translation>%1 è pubblicata.</translation>
    </message>
    <message>
        <source>%1 is no longer published.</source>
        <translation>%1 non è più pubblicata.</translation>
    </message>
    <message>
        <source>publish this application</source>
        <translation>pubblicare questa applicazione</translation>
    </message>
    <message>
        <source>unpublish this application</source>
        <translation>annullare la pubblicazione di questa applicazione</translation>
    </message>
    <message>
        <source>Delete application</source>
        <translation>Elimina applicazione</translation>
    </message>
    <message>
        <source>Delete the application &quot;%1&quot;? Locations that installed it lose it. This cannot be undone.</source>
        <translation>Eliminare l’applicazione “%1”? Le sedi che l’hanno installata la perderanno. L’operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 è stata eliminata.</translation>
    </message>
    <message>
        <source>delete this application</source>
        <translation>eliminare questa applicazione</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>Creating, editing, publishing and deleting applications need a connection to the space, and so does the secret key, which is never kept offline.</source>
        <translation>Per creare, modificare, pubblicare ed eliminare applicazioni serve una connessione allo Spazio, così come per la chiave segreta, che non viene mai conservata offline.</translation>
    </message>
    <message>
        <source>The space cannot be reached: this is the offline copy from %1.</source>
        <translation>Lo Spazio non è raggiungibile: questa è la copia offline del %1.</translation>
    </message>
    <message>
        <source>The space cannot be reached, and its offline copy from %1 has no applications.</source>
        <translation>Lo Spazio non è raggiungibile e la sua copia offline del %1 non contiene applicazioni.</translation>
    </message>
    <message>
        <source>The space cannot be reached, and its offline copy from %1 has no application called &quot;%2&quot;.</source>
        <translation>Lo Spazio non è raggiungibile e la sua copia offline del %1 non contiene alcuna applicazione chiamata “%2”.</translation>
    </message>
    <message>
        <source>Needs a connection to the space</source>
        <translation>Richiede una connessione allo Spazio</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book a room</source>
        <translation>Prenota una sala</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Giorno:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Ora di inizio:</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Ora di inizio</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Durata:</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Notes for the space</source>
        <translation>Note per lo Spazio</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facoltativo</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <source>Booking rules</source>
        <translation>Regole di prenotazione</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilità</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Prenota</translation>
    </message>
    <message>
        <source>Free at that time.</source>
        <translation>Disponibile a quell’ora.</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Prezzo: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica…</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>Prenotazione in corso…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Times are the space&apos;s local time (%1).</source>
        <translation>Gli orari sono nell’ora locale dello Spazio (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ora</numerusform>
            <numerusform>%n ore</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Book %n free date(s)</source>
        <translation>
            <numerusform>&amp;Prenota %n data libera</numerusform>
            <numerusform>&amp;Prenota %n date libere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingMonthCalendar</name>
    <message>
        <source>Month overview of your bookings</source>
        <translation>Panoramica mensile delle tue prenotazioni</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n prenotazione</numerusform>
            <numerusform>%n prenotazioni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingsView</name>
    <message>
        <source>Your bookings, upcoming first. Times are the space&apos;s local time.</source>
        <translation>Le prenotazioni, a partire dalle prossime. Gli orari sono nell’ora locale dello Spazio.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Aggio&amp;rna</translation>
    </message>
    <message>
        <source>Refresh bookings</source>
        <translation>Aggiorna le prenotazioni</translation>
    </message>
    <message>
        <source>Export &amp;upcoming (.ics)…</source>
        <translation>Esporta le pross&amp;ime (.ics)…</translation>
    </message>
    <message>
        <source>Export all upcoming bookings as a calendar file</source>
        <translation>Esporta tutte le prossime prenotazioni in un file di calendario</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Prenotazioni</translation>
    </message>
    <message>
        <source>Booking status</source>
        <translation>Stato delle prenotazioni</translation>
    </message>
    <message>
        <source>&amp;Export booking (.ics)…</source>
        <translation>Esp&amp;orta la prenotazione (.ics)…</translation>
    </message>
    <message>
        <source>Export the selected booking as a calendar file</source>
        <translation>Esporta la prenotazione selezionata in un file di calendario</translation>
    </message>
    <message>
        <source>&amp;Cancel booking…</source>
        <translation>Ann&amp;ulla la prenotazione…</translation>
    </message>
    <message>
        <source>Cancel the selected booking</source>
        <translation>Annulla la prenotazione selezionata</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Esporta nel calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>File di calendario (*.ics)</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Annulla prenotazione</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n prenotazione</numerusform>
            <numerusform>%n prenotazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling now is late and costs %1. Cancel the booking anyway?</source>
        <translation>Un annullamento adesso è tardivo e costa %1. Annullare comunque la prenotazione?</translation>
    </message>
    <message>
        <source>Cancelling this booking is free. Cancel it?</source>
        <translation>L’annullamento di questa prenotazione è gratuito. Annullarla?</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>The booking was cancelled.</source>
        <translation>La prenotazione è stata annullata.</translation>
    </message>
    <message>
        <source>Loading your bookings…</source>
        <translation>Caricamento delle prenotazioni…</translation>
    </message>
    <message>
        <source>Checking the cancellation fee…</source>
        <translation>Verifica della penale di annullamento…</translation>
    </message>
    <message>
        <source>There are no upcoming bookings to export.</source>
        <translation>Non ci sono prossime prenotazioni da esportare.</translation>
    </message>
    <message>
        <source>booking.ics</source>
        <translation>prenotazione.ics</translation>
    </message>
    <message>
        <source>bookings.ics</source>
        <translation>prenotazioni.ics</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossibile salvare %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n booking(s) to %1.</source>
        <translation>
            <numerusform>%n prenotazione salvata in %1.</numerusform>
            <numerusform>%n prenotazioni salvate in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s). %1</source>
        <translation>
            <numerusform>%n prenotazione. %1</numerusform>
            <numerusform>%n prenotazioni. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel this and &amp;later…</source>
        <translation>Annulla questa e le &amp;successive…</translation>
    </message>
    <message>
        <source>Cancel the selected booking of a series and every later one</source>
        <translation>Annulla la prenotazione scelta di una serie e tutte le successive</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n booking(s) of this series, from %1 to %2? Cancelling them is free.</source>
        <translation>
            <numerusform>Annullare %n prenotazione di questa serie, dal %1 al %2? Annullarla è gratuito.</numerusform>
            <numerusform>Annullare %n prenotazioni di questa serie, dal %1 al %2? Annullarle è gratuito.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n booking(s) of this series, from %1 to %2? Some are late: cancelling costs %3 in all.</source>
        <translation>
            <numerusform>Annullare %n prenotazione di questa serie, dal %1 al %2? È tardiva: annullare costa %3 in tutto.</numerusform>
            <numerusform>Annullare %n prenotazioni di questa serie, dal %1 al %2? Alcune sono tardive: annullare costa %3 in tutto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) cancelled.</source>
        <translation>
            <numerusform>%n prenotazione annullata.</numerusform>
            <numerusform>%n prenotazioni annullate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) cancelled; %1 could not be: %2</source>
        <translation>
            <numerusform>%n prenotazione annullata; %1 no: %2</numerusform>
            <numerusform>%n prenotazioni annullate; %1 no: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was cancelled: %1</source>
        <translation>Non è stato annullato nulla: %1</translation>
    </message>
    <message>
        <source>Checking the cancellation fees…</source>
        <translation>Verifica delle penali di annullamento…</translation>
    </message>
    <message>
        <source>series.ics</source>
        <translation>serie.ics</translation>
    </message>
    <message>
        <source>Pick a day to list only its bookings.</source>
        <translation>Scegli un giorno per vedere solo le sue prenotazioni.</translation>
    </message>
    <message>
        <source>Show &amp;all days</source>
        <translation>Mostra &amp;tutti i giorni</translation>
    </message>
    <message>
        <source>List the bookings of every day</source>
        <translation>Elenca le prenotazioni di tutti i giorni</translation>
    </message>
    <message>
        <source>Cancel &amp;dates…</source>
        <translation>Annulla &amp;date…</translation>
    </message>
    <message>
        <source>Cancel the bookings of this series on the days you pick</source>
        <translation>Annulla le prenotazioni di questa serie nei giorni scelti</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) on %1.</source>
        <translation>
            <numerusform>%n prenotazione il %1.</numerusform>
            <numerusform>%n prenotazioni il %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyTimesFeed</name>
    <message>
        <source>Could not check which rooms are free: %1</source>
        <translation>Impossibile verificare quali sale sono libere: %1</translation>
    </message>
</context>
<context>
    <name>DayTimeline</name>
    <message>
        <source>Busy times are not known yet.</source>
        <translation>Gli orari occupati non sono ancora noti.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1: free all day.</source>
        <translation>%1: libera tutto il giorno.</translation>
    </message>
    <message>
        <source>%1: busy %2.</source>
        <translation>%1: occupata %2.</translation>
    </message>
    <message>
        <source>Free %1.</source>
        <translation>Libera %1.</translation>
    </message>
    <message>
        <source>Day timeline</source>
        <translation>Cronologia della giornata</translation>
    </message>
    <message>
        <source>Day timeline of %1</source>
        <translation>Cronologia della giornata di %1</translation>
    </message>
    <message>
        <source>Busy times not known</source>
        <translation>Orari occupati non noti</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libero</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupato</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>&amp;People</source>
        <translation>Pe&amp;rsone</translation>
    </message>
    <message>
        <source>Minimum number of people</source>
        <translation>Numero minimo di persone</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Type of room</source>
        <translation>Tipo di sala</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>Se&amp;de</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>&amp;Amenities (all of them)</source>
        <translation>D&amp;otazioni (tutte)</translation>
    </message>
    <message>
        <source>Amenities the room must have</source>
        <translation>Dotazioni che la sala deve avere</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>A&amp;zzera filtri</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Azzera tutti i filtri</translation>
    </message>
    <message>
        <source>Any number of people</source>
        <translation>Qualsiasi numero di persone</translation>
    </message>
    <message>
        <source>%1 or more (%2)</source>
        <translation>%1 o più (%2)</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Qualsiasi tipo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every location</source>
        <translation>Tutte le sedi</translation>
    </message>
    <message>
        <source>&amp;Who may book</source>
        <translation>&amp;Chi può prenotare</translation>
    </message>
    <message>
        <source>Who may book the room</source>
        <translation>Chi può prenotare la sala</translation>
    </message>
    <message>
        <source>&amp;Free between</source>
        <translation>&amp;Libere tra</translation>
    </message>
    <message>
        <source>Only rooms free in this time window</source>
        <translation>Solo sale libere in questa fascia oraria</translation>
    </message>
    <message>
        <source>Day of the time window</source>
        <translation>Giorno della fascia oraria</translation>
    </message>
    <message>
        <source>Start of the time window</source>
        <translation>Inizio della fascia oraria</translation>
    </message>
    <message>
        <source>to</source>
        <translation>e</translation>
    </message>
    <message>
        <source>End of the time window</source>
        <translation>Fine della fascia oraria</translation>
    </message>
    <message>
        <source>Time zone and state of the time window</source>
        <translation>Fuso orario e stato della fascia oraria</translation>
    </message>
    <message>
        <source>Times are the space&apos;s local time.</source>
        <translation>Gli orari sono nell’ora locale dello Spazio.</translation>
    </message>
    <message>
        <source>Times are in %1.</source>
        <translation>Gli orari sono nel fuso orario %1.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>La fine deve essere successiva all’inizio.</translation>
    </message>
    <message>
        <source>Checking which rooms are free…</source>
        <translation>Verifica delle sale libere…</translation>
    </message>
    <message>
        <source>&amp;Free between (%1)</source>
        <translation>&amp;Libere tra (%1)</translation>
    </message>
    <message>
        <source>Every room</source>
        <translation>Tutte le sale</translation>
    </message>
</context>
<context>
    <name>GuiSync</name>
    <message>
        <source>Syncing %1 (%2 of %3)</source>
        <translation>Sincronizzazione di %1 (%2 di %3)</translation>
    </message>
    <message>
        <source>The offline copy is up to date: %1.</source>
        <translation>La copia offline è aggiornata: %1.</translation>
    </message>
    <message>
        <source>Sync stopped. The offline copy keeps what was complete before.</source>
        <translation>Sincronizzazione interrotta. La copia offline conserva ciò che era già completo.</translation>
    </message>
</context>
<context>
    <name>HeadlessSync</name>
    <message>
        <source>[%1/%2] %3: page %4 of %5</source>
        <translation>[%1/%2] %3: pagina %4 di %5</translation>
    </message>
    <message numerus="yes">
        <source>%1: the space did not answer; trying again in %n second(s)…</source>
        <translation>
            <numerusform>%1: lo Spazio non ha risposto; nuovo tentativo tra %n secondo…</numerusform>
            <numerusform>%1: lo Spazio non ha risposto; nuovo tentativo tra %n secondi…</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation>%1 saltati: %2.</translation>
    </message>
    <message>
        <source>Synced %1 for %2 in %3 s; the offline copy is at %4.</source>
        <translation>Sincronizzazione completata per %2 in %3 s (%1); la copia offline si trova in %4.</translation>
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
        <translation>Accesso non effettuato</translation>
    </message>
    <message>
        <source>Space and account</source>
        <translation>Spazio e account</translation>
    </message>
    <message>
        <source>Search rooms</source>
        <translation>Cerca sale</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Bookable resources</source>
        <translation>Risorse prenotabili</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Guida</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Ricarica</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Portal Desk</source>
        <translation>&amp;Informazioni su Portal Desk</translation>
    </message>
    <message>
        <source>%1 — signed in as %2</source>
        <translation>%1 — accesso come %2</translation>
    </message>
    <message>
        <source>%1 — Portal Desk</source>
        <translation>%1 — Portal Desk</translation>
    </message>
    <message>
        <source>About Portal Desk</source>
        <translation>Informazioni su Portal Desk</translation>
    </message>
    <message>
        <source>Portal Desk %1
A desktop client for Nexudus coworking spaces.</source>
        <translation>Portal Desk %1
Un client desktop per gli Spazi di coworking Nexudus.</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Aggiungi account…</translation>
    </message>
    <message>
        <source>&amp;Rename account…</source>
        <translation>&amp;Rinomina account…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Disconnetti</translation>
    </message>
    <message>
        <source>Re&amp;move account…</source>
        <translation>Ri&amp;muovi account…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Viste</translation>
    </message>
    <message>
        <source>&amp;Rooms</source>
        <translation>Sal&amp;e</translation>
    </message>
    <message>
        <source>R&amp;ooms</source>
        <translation>&amp;Sale</translation>
    </message>
    <message>
        <source>&amp;Book selected room…</source>
        <translation>&amp;Prenota la sala selezionata…</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtri</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>Search rooms by name, description, type, floor or location</source>
        <translation>Cerca sale per nome, descrizione, tipo, piano o sede</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Stato della connessione</translation>
    </message>
    <message>
        <source>Remove the &amp;offline copy…</source>
        <translation>Rimuovi la copia &amp;offline…</translation>
    </message>
    <message>
        <source>Forget the rooms, bookings and news saved on this computer for this account</source>
        <translation>Dimentica le sale, le prenotazioni e le notizie salvate su questo computer per questo account</translation>
    </message>
    <message>
        <source>&amp;Sync for offline use</source>
        <translation>&amp;Sincronizza per l’uso offline</translation>
    </message>
    <message>
        <source>Fetch the rooms, bookings and news of this account so they can be read without a connection</source>
        <translation>Scarica sale, prenotazioni e notizie di questo account per consultarle senza connessione</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
</context>
<context>
    <name>NewPropertyDialog</name>
    <message>
        <source>New property</source>
        <translation>Nuova proprietà</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Name of the property</source>
        <translation>Nome della proprietà</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Residential, commercial or mixed use</source>
        <translation>Residenziale, commerciale o uso misto</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Via:</translation>
    </message>
    <message>
        <source>Street and number of the address</source>
        <translation>Via e numero civico dell&apos;indirizzo</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Zona:</translation>
    </message>
    <message>
        <source>District or neighbourhood (optional)</source>
        <translation>Quartiere o zona (facoltativo)</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Città:</translation>
    </message>
    <message>
        <source>City of the address</source>
        <translation>Città dell&apos;indirizzo</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>C&amp;AP:</translation>
    </message>
    <message>
        <source>Postal code (optional)</source>
        <translation>CAP (facoltativo)</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Pa&amp;ese:</translation>
    </message>
    <message>
        <source>Two-letter country code, e.g. AE</source>
        <translation>Codice del paese di due lettere, ad es. AE</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Unità:</translation>
    </message>
    <message>
        <source>How many units the property has</source>
        <translation>Quante unità ha la proprietà</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The answer was lost, so the property may or may not have been created. Close this form and refresh the list to see before you save it again.</source>
        <translation>La risposta è andata persa, quindi la proprietà potrebbe essere stata creata o no. Chiudi questo modulo e aggiorna l&apos;elenco per controllare prima di salvare di nuovo.</translation>
    </message>
</context>
<context>
    <name>NewsView</name>
    <message>
        <source>News</source>
        <translation>Notizie</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoria:</translation>
    </message>
    <message>
        <source>News category</source>
        <translation>Categoria delle notizie</translation>
    </message>
    <message>
        <source>Shows only the articles of this category</source>
        <translation>Mostra solo gli articoli di questa categoria</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Aggio&amp;rna</translation>
    </message>
    <message>
        <source>Refresh news</source>
        <translation>Aggiorna le notizie</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <source>Featured articles come first and are marked “Featured”</source>
        <translation>Gli articoli in evidenza compaiono per primi e sono contrassegnati come “In evidenza”</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <source>The selected article with its comments</source>
        <translation>L’articolo selezionato con i relativi commenti</translation>
    </message>
    <message>
        <source>News status</source>
        <translation>Stato delle notizie</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Ripro&amp;va</translation>
    </message>
    <message>
        <source>Try loading the news again</source>
        <translation>Riprova a caricare le notizie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Tutte le categorie</translation>
    </message>
    <message>
        <source>Loading the full article…</source>
        <translation>Caricamento dell’articolo completo…</translation>
    </message>
    <message>
        <source>The full article could not be loaded: %1</source>
        <translation>Impossibile caricare l’articolo completo: %1</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Impossibile aprire %1</translation>
    </message>
    <message>
        <source>Select an article to read it.</source>
        <translation>Selezionare un articolo per leggerlo.</translation>
    </message>
    <message>
        <source>The news could not be loaded: %1</source>
        <translation>Impossibile caricare le notizie: %1</translation>
    </message>
    <message>
        <source>Loading news…</source>
        <translation>Caricamento delle notizie…</translation>
    </message>
    <message>
        <source>No news here yet.</source>
        <translation>Ancora nessuna notizia.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences — Portal Desk</source>
        <translation>Preferenze — Portal Desk</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>&amp;Ask the space for its rooms at start when they are older than:</source>
        <translation>&amp;Chiedere le sale allo spazio all’avvio se sono più vecchie di:</translation>
    </message>
    <message>
        <source>Refresh the rooms at start after</source>
        <translation>Aggiornare le sale all’avvio dopo</translation>
    </message>
    <message>
        <source>Every start</source>
        <translation>A ogni avvio</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Rooms change rarely: until then the offline copy is shown without asking. Busy times and your bookings are always asked for, and Reload (F5) always asks.</source>
        <translation>Le sale cambiano di rado: fino ad allora si mostra la copia offline senza chiedere. Gli orari occupati e le tue prenotazioni si chiedono sempre, e Ricarica (F5) chiede sempre.</translation>
    </message>
</context>
<context>
    <name>PropertiesView</name>
    <message>
        <source>Properties</source>
        <translation>Proprietà</translation>
    </message>
    <message>
        <source>Portfolio figures</source>
        <translation>Dati del portafoglio</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Occupied units</source>
        <translation>Unità occupate</translation>
    </message>
    <message>
        <source>Occupancy rate</source>
        <translation>Tasso di occupazione</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <source>Property status</source>
        <translation>Stato della proprietà</translation>
    </message>
    <message>
        <source>Shows only the properties of this status</source>
        <translation>Mostra solo le proprietà con questo stato</translation>
    </message>
    <message>
        <source>&amp;New property…</source>
        <translation>&amp;Nuova proprietà…</translation>
    </message>
    <message>
        <source>New property</source>
        <translation>Nuova proprietà</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Aggio&amp;rna</translation>
    </message>
    <message>
        <source>Refresh properties</source>
        <translation>Aggiorna le proprietà</translation>
    </message>
    <message>
        <source>Loading the properties…</source>
        <translation>Caricamento delle proprietà…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>The portfolio&apos;s occupancy rate; %1 is the number (e.g. &quot;87.5&quot;) in the locale&apos;s digits.</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>NEXUS Property OS refused the API key of this account. Sign in again with a new key from Settings › API Keys in your NEXUS dashboard.</source>
        <translation>NEXUS Property OS ha rifiutato la chiave API di questo account. Accedi di nuovo con una nuova chiave da Impostazioni › Chiavi API della tua dashboard NEXUS.</translation>
    </message>
    <message>
        <source>The properties could not be loaded: %1</source>
        <translation>Impossibile caricare le proprietà: %1</translation>
    </message>
</context>
<context>
    <name>ResourceAuditRows</name>
    <message>
        <source>Not run yet</source>
        <translation>Non ancora eseguito</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non verificato</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n type(s))</source>
        <translation>
            <numerusform>%1 (%n tipo)</numerusform>
            <numerusform>%1 (%n tipi)</numerusform>
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
        <translation>Richiede approvazione</translation>
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
        <translation>Risorse prenotabili come schede</translation>
    </message>
    <message>
        <source>Each card shows a room&apos;s picture, name, type and location, capacity, and whether bookings need approval. Press Enter to book the current room.</source>
        <translation>Ogni scheda mostra immagine, nome, tipo e sede di una sala, la capienza e se le prenotazioni richiedono approvazione. Premere Invio per prenotare la sala corrente.</translation>
    </message>
</context>
<context>
    <name>ResourceReviewDetails</name>
    <message>
        <source>Not set</source>
        <translation>Non impostato</translation>
    </message>
    <message>
        <source>No limit (0)</source>
        <translation>Nessun limite (0)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>Set (hidden)</source>
        <translation>Impostato (nascosto)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Unique id</source>
        <translation>ID univoco</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Floor or area</source>
        <translation>Piano o area</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Confirmation e-mail</source>
        <translation>E-mail di conferma</translation>
    </message>
    <message>
        <source>Picture file</source>
        <translation>File dell’immagine</translation>
    </message>
    <message>
        <source>New picture URL</source>
        <translation>URL della nuova immagine</translation>
    </message>
    <message>
        <source>Clear picture on save</source>
        <translation>Rimuovi l’immagine al salvataggio</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creazione</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>Modificata da</translation>
    </message>
    <message>
        <source>System id</source>
        <translation>ID di sistema</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Visualizzazione</translation>
    </message>
    <message>
        <source>Visible to members</source>
        <translation>Visibile ai membri</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviata</translation>
    </message>
    <message>
        <source>Hidden in calendar</source>
        <translation>Nascosta nel calendario</translation>
    </message>
    <message>
        <source>Display order</source>
        <translation>Ordine di visualizzazione</translation>
    </message>
    <message>
        <source>Amenities</source>
        <translation>Dotazioni</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>Capacity and rules</source>
        <translation>Capienza e regole</translation>
    </message>
    <message>
        <source>Allocation (capacity)</source>
        <translation>Allocazione (capienza)</translation>
    </message>
    <message>
        <source>Multiple bookings at once</source>
        <translation>Più prenotazioni contemporanee</translation>
    </message>
    <message>
        <source>Visitors limited to allocation</source>
        <translation>Visitatori limitati all’allocazione</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>Richiede approvazione</translation>
    </message>
    <message>
        <source>Minimum length</source>
        <translation>Durata minima</translation>
    </message>
    <message>
        <source>Maximum length</source>
        <translation>Durata massima</translation>
    </message>
    <message>
        <source>Book in advance (days)</source>
        <translation>Prenotazione in anticipo (giorni)</translation>
    </message>
    <message>
        <source>Late booking limit (minutes)</source>
        <translation>Limite per prenotazioni tardive (minuti)</translation>
    </message>
    <message>
        <source>Late cancellation limit</source>
        <translation>Limite per annullamenti tardivi</translation>
    </message>
    <message>
        <source>Gap between bookings</source>
        <translation>Intervallo tra le prenotazioni</translation>
    </message>
    <message>
        <source>No return: same person</source>
        <translation>Attesa prima di riprenotare: stessa persona</translation>
    </message>
    <message>
        <source>No return: any resource</source>
        <translation>Attesa prima di riprenotare: qualsiasi risorsa</translation>
    </message>
    <message>
        <source>No return: anyone</source>
        <translation>Attesa prima di riprenotare: chiunque</translation>
    </message>
    <message>
        <source>Repeat bookings (count)</source>
        <translation>Prenotazioni ricorrenti (numero)</translation>
    </message>
    <message>
        <source>Repeat bookings (months)</source>
        <translation>Prenotazioni ricorrenti (mesi)</translation>
    </message>
    <message>
        <source>Opening hours (shifts)</source>
        <translation>Orari di apertura (turni)</translation>
    </message>
    <message>
        <source>Availability exceptions</source>
        <translation>Eccezioni di disponibilità</translation>
    </message>
    <message>
        <source>Linked resources</source>
        <translation>Risorse collegate</translation>
    </message>
    <message>
        <source>In plain words</source>
        <translation>In parole semplici</translation>
    </message>
    <message>
        <source>No limits</source>
        <translation>Nessun limite</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>Solo membri</translation>
    </message>
    <message>
        <source>Contacts only</source>
        <translation>Solo contatti</translation>
    </message>
    <message>
        <source>Customers of the location only</source>
        <translation>Solo clienti della sede</translation>
    </message>
    <message>
        <source>Plans (tariffs)</source>
        <translation>Piani tariffari</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>Importo fisso</translation>
    </message>
    <message>
        <source>Percentage of the booking</source>
        <translation>Percentuale della prenotazione</translation>
    </message>
    <message>
        <source>Cancellation fee</source>
        <translation>Penale di annullamento</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Addebitata</translation>
    </message>
    <message>
        <source>Not charged</source>
        <translation>Non addebitata</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Percentuale</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrazioni</translation>
    </message>
    <message>
        <source>Google calendar</source>
        <translation>Calendario Google</translation>
    </message>
    <message>
        <source>Office 365 calendar</source>
        <translation>Calendario Office 365</translation>
    </message>
    <message>
        <source>Kisi group</source>
        <translation>Gruppo Kisi</translation>
    </message>
    <message>
        <source>Access control group</source>
        <translation>Gruppo di controllo accessi</translation>
    </message>
    <message>
        <source>Access control groups</source>
        <translation>Gruppi di controllo accessi</translation>
    </message>
    <message>
        <source>Shared Zoom account</source>
        <translation>Account Zoom condiviso</translation>
    </message>
    <message>
        <source>Zoom user</source>
        <translation>Utente Zoom</translation>
    </message>
    <message>
        <source>Zoom access token</source>
        <translation>Token di accesso Zoom</translation>
    </message>
    <message>
        <source>Zoom refresh token</source>
        <translation>Token di aggiornamento Zoom</translation>
    </message>
    <message>
        <source>Place and sensor</source>
        <translation>Posizione e sensore</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitudine</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitudine</translation>
    </message>
    <message>
        <source>Sensor reading</source>
        <translation>Lettura del sensore</translation>
    </message>
    <message>
        <source>Sensor says occupied</source>
        <translation>Occupata secondo il sensore</translation>
    </message>
    <message>
        <source>Last cleaned</source>
        <translation>Ultima pulizia</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identità</translation>
    </message>
</context>
<context>
    <name>ResourceReviewView</name>
    <message>
        <source>Resource review</source>
        <translation>Revisione risorse</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Exact name, then Enter</source>
        <translation>Nome esatto, poi Invio</translation>
    </message>
    <message>
        <source>Filter resources by name</source>
        <translation>Filtra le risorse per nome</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Sede:</translation>
    </message>
    <message>
        <source>Filter resources by location</source>
        <translation>Filtra le risorse per sede</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Filter resources by type</source>
        <translation>Filtra le risorse per tipo</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostra:</translation>
    </message>
    <message>
        <source>Filter resources by visibility</source>
        <translation>Filtra le risorse per visibilità</translation>
    </message>
    <message>
        <source>Min. &amp;capacity:</source>
        <translation>&amp;Capienza min.:</translation>
    </message>
    <message>
        <source>Minimum capacity</source>
        <translation>Capienza minima</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Qualsiasi</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Aggio&amp;rna</translation>
    </message>
    <message>
        <source>Refresh the resources and the audit</source>
        <translation>Aggiorna le risorse e l’audit</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Esporta CSV…</translation>
    </message>
    <message>
        <source>Export the filtered resources as CSV</source>
        <translation>Esporta le risorse filtrate in formato CSV</translation>
    </message>
    <message>
        <source>Resource review status</source>
        <translation>Stato della revisione risorse</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Risorse</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Risorsa</translation>
    </message>
    <message>
        <source>Every field of the resource</source>
        <translation>Tutti i campi della risorsa</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Audit of all resources</source>
        <translation>Audit di tutte le risorse</translation>
    </message>
    <message>
        <source>Audit rules with the number of resources each flags</source>
        <translation>Regole di audit con il numero di risorse segnalate da ciascuna</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Perché è importante</translation>
    </message>
    <message>
        <source>Audit status</source>
        <translation>Stato dell’audit</translation>
    </message>
    <message>
        <source>Show &amp;all resources</source>
        <translation>Mostra t&amp;utte le risorse</translation>
    </message>
    <message>
        <source>Show all resources again</source>
        <translation>Mostra di nuovo tutte le risorse</translation>
    </message>
    <message>
        <source>Loading resources…</source>
        <translation>Caricamento delle risorse…</translation>
    </message>
    <message>
        <source>No resource matches these filters.</source>
        <translation>Nessuna risorsa corrisponde a questi filtri.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n resource(s).</source>
        <translation>
            <numerusform>Visualizzazione di %1 su %n risorsa.</numerusform>
            <numerusform>Visualizzazione di %1 su %n risorse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every resource… %1 of %2</source>
        <translation>Verifica di tutte le risorse… %1 di %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Tutte le sedi</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>Tutte le risorse</translation>
    </message>
    <message>
        <source>Visible, not archived</source>
        <translation>Visibili, non archiviate</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Nascoste</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviate</translation>
    </message>
    <message>
        <source>The audit could not read the resources: %1</source>
        <translation>L’audit non è riuscito a leggere le risorse: %1</translation>
    </message>
    <message>
        <source>Checking every resource…</source>
        <translation>Verifica di tutte le risorse…</translation>
    </message>
    <message numerus="yes">
        <source>Checked all %n resource(s) of the account. Click a rule to list its resources.</source>
        <translation>
            <numerusform>Verificata %n risorsa dell’account. Fare clic su una regola per elencarne le risorse.</numerusform>
            <numerusform>Verificate tutte le %n risorse dell’account. Fare clic su una regola per elencarne le risorse.</numerusform>
        </translation>
    </message>
    <message>
        <source>No resource is flagged by &quot;%1&quot;.</source>
        <translation>Nessuna risorsa è segnalata da “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n resource(s) flagged by &quot;%1&quot;.</source>
        <translation>
            <numerusform>Visualizzazione di %n risorsa segnalata da “%1”.</numerusform>
            <numerusform>Visualizzazione delle %n risorse segnalate da “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting… %1 of %2 resources</source>
        <translation>Esportazione… %1 di %2 risorse</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n resource(s) to %1.</source>
        <translation>
            <numerusform>%n risorsa esportata in %1.</numerusform>
            <numerusform>%n risorse esportate in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Esportazione non riuscita: %1</translation>
    </message>
    <message>
        <source>Export resources</source>
        <translation>Esporta risorse</translation>
    </message>
    <message>
        <source>resources.csv</source>
        <translation>risorse.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again to review the resources.</source>
        <translation>L’accesso è scaduto o è stato revocato. Accedere di nuovo per consultare le risorse.</translation>
    </message>
    <message>
        <source>This account may not read the space&apos;s resources: the review is for the space&apos;s administrators.</source>
        <translation>Questo account non è autorizzato a leggere le risorse dello Spazio: la revisione è riservata agli amministratori dello Spazio.</translation>
    </message>
    <message>
        <source>The resources could not be loaded: %1</source>
        <translation>Impossibile caricare le risorse: %1</translation>
    </message>
    <message>
        <source>The space cannot be reached, and no resource of its offline copy from %1 matches these filters.</source>
        <translation>Lo Spazio non è raggiungibile e nessuna risorsa della sua copia offline del %1 corrisponde a questi filtri.</translation>
    </message>
    <message numerus="yes">
        <source>The space cannot be reached: this is the offline copy from %1, %n resource(s), sorted and filtered on this computer. Exporting needs a connection.</source>
        <translation>
            <numerusform>Lo Spazio non è raggiungibile: questa è la copia offline del %1, %n risorsa, ordinata e filtrata su questo computer. Per esportare serve una connessione.</numerusform>
            <numerusform>Lo Spazio non è raggiungibile: questa è la copia offline del %1, %n risorse, ordinate e filtrate su questo computer. Per esportare serve una connessione.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting needs a connection to the space.</source>
        <translation>Per esportare serve una connessione allo Spazio.</translation>
    </message>
    <message numerus="yes">
        <source>Checked the %n resource(s) of the offline copy from %1. Click a rule to list its resources.</source>
        <translation>
            <numerusform>Controllata %n risorsa della copia offline del %1. Fai clic su una regola per elencarne le risorse.</numerusform>
            <numerusform>Controllate le %n risorse della copia offline del %1. Fai clic su una regola per elencarne le risorse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourceViewStack</name>
    <message>
        <source>Show rooms as &amp;cards</source>
        <translation>Mostra le sale come &amp;schede</translation>
    </message>
    <message>
        <source>Switch the rooms between cards with pictures and a list (Ctrl+Shift+V)</source>
        <translation>Alterna la visualizzazione delle sale tra schede con immagini ed elenco (Ctrl+Shift+V)</translation>
    </message>
</context>
<context>
    <name>RoomDetails</name>
    <message>
        <source>Room details</source>
        <translation>Dettagli della sala</translation>
    </message>
    <message>
        <source>&amp;Book this room…</source>
        <translation>Prenota &amp;questa sala…</translation>
    </message>
    <message>
        <source>Book this room</source>
        <translation>Prenota questa sala</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>da %1</translation>
    </message>
    <message>
        <source>Amenities</source>
        <translation>Dotazioni</translation>
    </message>
    <message>
        <source>About this room</source>
        <translation>Informazioni sulla sala</translation>
    </message>
    <message>
        <source>Select a room to see its details.</source>
        <translation>Selezionare una sala per vederne i dettagli.</translation>
    </message>
    <message>
        <source>Busy and free times</source>
        <translation>Orari occupati e liberi</translation>
    </message>
    <message>
        <source>Booking rules</source>
        <translation>Regole di prenotazione</translation>
    </message>
    <message>
        <source>Booking rates</source>
        <translation>Tariffe di prenotazione</translation>
    </message>
    <message>
        <source>%1 per minute</source>
        <translation>%1 al minuto</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>%1 all’ora</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 al giorno</translation>
    </message>
    <message>
        <source>%1 per week</source>
        <translation>%1 a settimana</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 al mese</translation>
    </message>
    <message>
        <source>%1 per booking</source>
        <translation>%1 a prenotazione</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Floor or area</source>
        <translation>Piano o area</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capienza</translation>
    </message>
    <message numerus="yes">
        <source>%n bookable room(s)</source>
        <translation>
            <numerusform>%n sala prenotabile</numerusform>
            <numerusform>%n sale prenotabili</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading rooms… page %1 of %2</source>
        <translation>Caricamento delle sale… pagina %1 di %2</translation>
    </message>
    <message numerus="yes">
        <source>The space did not answer; trying again in %n second(s)…</source>
        <translation>
            <numerusform>Lo Spazio non ha risposto; nuovo tentativo tra %n secondo…</numerusform>
            <numerusform>Lo Spazio non ha risposto; nuovo tentativo tra %n secondi…</numerusform>
        </translation>
    </message>
    <message>
        <source>Booking needs a connection to the space; Portal Desk will reconnect by itself.</source>
        <translation>Per prenotare serve una connessione allo Spazio; Portal Desk si riconnetterà automaticamente.</translation>
    </message>
    <message>
        <source>Booked %1: waiting for the space to approve it.</source>
        <translation>Prenotazione di %1 effettuata: in attesa dell’approvazione dello Spazio.</translation>
    </message>
    <message>
        <source>Booked %1.</source>
        <translation>Prenotazione di %1 effettuata.</translation>
    </message>
    <message numerus="yes">
        <source>%n bookable room(s), from the offline copy of %1</source>
        <translation>
            <numerusform>%n sala prenotabile, dalla copia offline del %1</numerusform>
            <numerusform>%n sale prenotabili, dalla copia offline del %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This account may not see the space&apos;s rooms. Your bookings and the news are still here.</source>
        <translation>Questo account non può vedere le sale dello spazio. Le tue prenotazioni e le notizie sono ancora qui.</translation>
    </message>
    <message>
        <source>This space does not list its rooms to Portal Desk. Your bookings and the news are still here.</source>
        <translation>Questo spazio non fornisce a Portal Desk l’elenco delle sue sale. Le tue prenotazioni e le notizie sono ancora qui.</translation>
    </message>
    <message>
        <source>The space cannot be reached and there is no offline copy of its rooms yet: %1</source>
        <translation>Impossibile raggiungere lo Spazio e non esiste ancora una copia offline delle sue sale: %1</translation>
    </message>
    <message>
        <source>Offline — showing data from %1. Booking and other changes need a connection; Portal Desk reconnects by itself.</source>
        <translation>Offline — vengono mostrati i dati del %1. Le prenotazioni e le altre modifiche richiedono una connessione; Portal Desk si riconnette automaticamente.</translation>
    </message>
    <message>
        <source>Offline — the space cannot be reached. Portal Desk reconnects by itself.</source>
        <translation>Offline — impossibile raggiungere lo Spazio. Portal Desk si riconnette automaticamente.</translation>
    </message>
    <message>
        <source>Booking needs a connection to the space.</source>
        <translation>Per prenotare serve una connessione allo Spazio.</translation>
    </message>
    <message numerus="yes">
        <source>Booked %1 on %n date(s).</source>
        <translation>
            <numerusform>%1 prenotata per %n data.</numerusform>
            <numerusform>%1 prenotata per %n date.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Schedule</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>The day before (Page Up)</source>
        <translation>Il giorno prima (Pag su)</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Giorno precedente</translation>
    </message>
    <message>
        <source>The day after (Page Down)</source>
        <translation>Il giorno dopo (Pag giù)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Giorno successivo</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Oggi</translation>
    </message>
    <message>
        <source>Today at the space (T)</source>
        <translation>Oggi nello spazio (T)</translation>
    </message>
    <message>
        <source>Hatched: busy · Tinted and labelled: your bookings · Grey: past · Line: now</source>
        <translation>Tratteggiato: occupato · Colorato ed etichettato: le tue prenotazioni · Grigio: passato · Linea: adesso</translation>
    </message>
    <message>
        <source>Rooms by time of day</source>
        <translation>Sale per ora del giorno</translation>
    </message>
    <message>
        <source>Drag across free times or use Shift+arrows to pick a slot; Enter or a double-click books it.</source>
        <translation>Trascina sugli orari liberi o usa Maiusc+frecce per scegliere una fascia; Invio o un doppio clic la prenota.</translation>
    </message>
    <message>
        <source>this computer&apos;s time</source>
        <translation>l’ora di questo computer</translation>
    </message>
    <message>
        <source>Today, %1 (times in %2)</source>
        <extracomment>the day shown, then the time zone its hours are in, e.g. &quot;Saturday, 27 March 2027 (times in Europe/Madrid)&quot;</extracomment>
        <translation>Oggi, %1 (orari in %2)</translation>
    </message>
    <message>
        <source>%1 (times in %2)</source>
        <translation>%1 (orari in %2)</translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <source>No rooms match the filter.</source>
        <translation>Nessuna sala corrisponde al filtro.</translation>
    </message>
    <message>
        <source>%1; slot %2</source>
        <extracomment>the cursor cell&apos;s room, time and state, then the slot picked (e.g. &quot;…; slot 09:00–10:30&quot;)</extracomment>
        <translation>%1; fascia %2</translation>
    </message>
</context>
<context>
    <name>ScreenshotRun</name>
    <message>
        <source>Could not save the screenshot to %1.</source>
        <translation>Impossibile salvare lo screenshot in %1.</translation>
    </message>
    <message>
        <source>Offline: the picture shows the offline copy.</source>
        <translation>Offline: l’immagine mostra la copia offline.</translation>
    </message>
</context>
<context>
    <name>SeriesPanel</name>
    <message>
        <source>&amp;Repeat this booking</source>
        <translation>&amp;Ripeti questa prenotazione</translation>
    </message>
    <message>
        <source>Re&amp;peats:</source>
        <translation>Ri&amp;petizione:</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Con quale frequenza</translation>
    </message>
    <message>
        <source>Every how many</source>
        <translation>Ogni quanti</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Il:</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Giorni della settimana</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Termina:</translation>
    </message>
    <message>
        <source>&amp;After</source>
        <translation>&amp;Dopo</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Numero di volte</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Il</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ultimo giorno</translation>
    </message>
    <message>
        <source>Repeat limits</source>
        <translation>Limiti di ripetizione</translation>
    </message>
    <message>
        <source>Dates of the series</source>
        <translation>Date della serie</translation>
    </message>
    <message>
        <source>Series summary</source>
        <translation>Riepilogo della serie</translation>
    </message>
    <message>
        <source>Checking every date…</source>
        <translation>Verifica di ogni data…</translation>
    </message>
    <message>
        <source>These choices give no date: choose an end after the first day.</source>
        <translation>Queste scelte non danno alcuna data: scegli una fine dopo il primo giorno.</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) booked.</source>
        <translation>
            <numerusform>%n data prenotata.</numerusform>
            <numerusform>%n date prenotate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) not booked.</source>
        <translation>
            <numerusform>%n data non prenotata.</numerusform>
            <numerusform>%n date non prenotate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) unknown: check My bookings before booking them again.</source>
        <translation>
            <numerusform>%n data sconosciuta: controlla Le mie prenotazioni prima di prenotarla di nuovo.</numerusform>
            <numerusform>%n date sconosciute: controlla Le mie prenotazioni prima di prenotarle di nuovo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n date(s) can be booked.</source>
        <translation>
            <numerusform>%1 data su %n può essere prenotata.</numerusform>
            <numerusform>%1 date su %n possono essere prenotate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) cannot be booked; the list says why.</source>
        <translation>
            <numerusform>%n data non può essere prenotata; l’elenco dice perché.</numerusform>
            <numerusform>%n date non possono essere prenotate; l’elenco dice perché.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The room allows %n date(s) in one series; the later ones are left out.</source>
        <translation>
            <numerusform>La sala consente %n data per serie; le successive sono escluse.</numerusform>
            <numerusform>La sala consente %n date per serie; le successive sono escluse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A series of this room may run for %n month(s); the later dates are left out.</source>
        <translation>
            <numerusform>Una serie di questa sala può durare %n mese; le date successive sono escluse.</numerusform>
            <numerusform>Una serie di questa sala può durare %n mesi; le date successive sono escluse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ogni giorno</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Ogni settimana</translation>
    </message>
    <message>
        <source>Monthly, on this day</source>
        <translation>Ogni mese, in questo giorno</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>ogni %n giorno</numerusform>
            <numerusform>ogni %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>ogni %n mese</numerusform>
            <numerusform>ogni %n mesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>ogni %n settimana</numerusform>
            <numerusform>ogni %n settimane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n volta</numerusform>
            <numerusform>%n volte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesRangeDialog</name>
    <message>
        <source>Cancel dates of a series — Portal Desk</source>
        <translation>Annulla date di una serie — Portal Desk</translation>
    </message>
    <message>
        <source>Cancel dates of a series</source>
        <translation>Annulla date di una serie</translation>
    </message>
    <message>
        <source>Cancel the bookings of this series from one day to another, both included. The fees are shown before anything is cancelled.</source>
        <translation>Annulla le prenotazioni di questa serie da un giorno a un altro, entrambi inclusi. Le penali sono mostrate prima di annullare qualsiasi cosa.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>First day to cancel</source>
        <translation>Primo giorno da annullare</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Al:</translation>
    </message>
    <message>
        <source>Last day to cancel</source>
        <translation>Ultimo giorno da annullare</translation>
    </message>
    <message>
        <source>Bookings in the range</source>
        <translation>Prenotazioni nell’intervallo</translation>
    </message>
    <message>
        <source>No booking of this series falls on these days.</source>
        <translation>Nessuna prenotazione di questa serie cade in questi giorni.</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) of this series will be cancelled.</source>
        <translation>
            <numerusform>Verrà annullata %n prenotazione di questa serie.</numerusform>
            <numerusform>Verranno annullate %n prenotazioni di questa serie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesRuleWords</name>
    <message>
        <source>daily</source>
        <translation>ogni giorno</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>ogni %n giorno</numerusform>
            <numerusform>ogni %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>ogni mese</translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>ogni %n mese</numerusform>
            <numerusform>ogni %n mesi</numerusform>
        </translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>ogni settimana</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>ogni %n settimana</numerusform>
            <numerusform>ogni %n settimane</numerusform>
        </translation>
    </message>
    <message>
        <source>weekly on %1</source>
        <translation>ogni settimana il %1</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s) on %1</source>
        <translation>
            <numerusform>ogni settimana il %1</numerusform>
            <numerusform>ogni %n settimane il %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, fino al %2</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Portal Desk</source>
        <translation>Accesso — Portal Desk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <source>Sign in with the e-mail and password you use on your space&apos;s website.</source>
        <translation>Accedere con l’e-mail e la password usate sul sito web del proprio Spazio.</translation>
    </message>
    <message>
        <source>&amp;Space:</source>
        <translation>&amp;Spazio:</translation>
    </message>
    <message>
        <source>coworkfactory, or the space&apos;s web address</source>
        <translation>coworkfactory, oppure l’indirizzo web dello Spazio</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spazio</translation>
    </message>
    <message>
        <source>Your space&apos;s name or web address</source>
        <translation>Nome o indirizzo web dello Spazio</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@example.com</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Two-factor &amp;code:</source>
        <translation>&amp;Codice a due fattori:</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>Codice a 6 cifre</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>Codice a due fattori</translation>
    </message>
    <message>
        <source>The code shown by your authenticator app</source>
        <translation>Il codice mostrato dall’app di autenticazione</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Messaggio di accesso</translation>
    </message>
    <message>
        <source>Message icon</source>
        <translation>Icona del messaggio</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Set a &amp;new password…</source>
        <translation>Imposta una &amp;nuova password…</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>Imposta una nuova password</translation>
    </message>
    <message>
        <source>Opens your space&apos;s password page in the web browser</source>
        <translation>Apre nel browser la pagina della password dello Spazio</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Pulsanti della finestra di dialogo</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Accesso in corso…</translation>
    </message>
    <message>
        <source>Enter the e-mail address of your account, such as name@example.com.</source>
        <translation>Inserire l’indirizzo e-mail dell’account, ad esempio nome@example.com.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Inserire la password.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Inserire il codice dell’app di autenticazione.</translation>
    </message>
    <message>
        <source>Signing in did not work. Please try again.</source>
        <translation>Accesso non riuscito. Riprovare.</translation>
    </message>
    <message>
        <source>The code was not accepted. Enter the current code from your authenticator app.</source>
        <translation>Il codice non è stato accettato. Inserire il codice attuale dell’app di autenticazione.</translation>
    </message>
    <message>
        <source>Could not sign in:</source>
        <translation>Impossibile accedere:</translation>
    </message>
    <message>
        <source>One more step:</source>
        <translation>Ancora un passaggio:</translation>
    </message>
</context>
<context>
    <name>StaffGate</name>
    <message>
        <source>The &quot;%1&quot; view is only for the space&apos;s staff; this account is a member.</source>
        <translation>La vista “%1” è riservata allo staff dello Spazio; questo account è di un membro.</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; view is not part of this version yet; showing the rooms.</source>
        <translation>La vista “%1” non è ancora disponibile in questa versione; vengono mostrate le sale.</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <source>%1: page %2 of %3</source>
        <translation>%1: pagina %2 di %3</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Avanzamento della sincronizzazione</translation>
    </message>
    <message>
        <source>Stop sync</source>
        <translation>Interrompi sincronizzazione</translation>
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
        <translation>%1; saltati: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>this account may not read them</source>
        <translation>questo account non può leggerli</translation>
    </message>
    <message>
        <source>the space does not offer them</source>
        <translation>lo spazio non li offre</translation>
    </message>
    <message>
        <source>Sync stopped at %1: %2 What was synced before is kept.</source>
        <translation>Sincronizzazione interrotta (%1): %2 I dati già sincronizzati vengono conservati.</translation>
    </message>
    <message>
        <source>Nothing could be synced: the space offers none of its data to this account (%1).</source>
        <translation>Non è stato possibile sincronizzare nulla: lo spazio non offre nessuno dei suoi dati a questo account (%1).</translation>
    </message>
</context>
<context>
    <name>TenantsView</name>
    <message>
        <source>Tenants</source>
        <translation>Inquilini</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cerca:</translation>
    </message>
    <message>
        <source>Search tenants</source>
        <translation>Cerca inquilini</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or unit</source>
        <translation>Nome, e-mail, telefono o unità</translation>
    </message>
    <message>
        <source>Tenant details</source>
        <translation>Dettagli dell&apos;inquilino</translation>
    </message>
    <message>
        <source>No tenant matches this search.</source>
        <translation>Nessun inquilino corrisponde a questa ricerca.</translation>
    </message>
    <message>
        <source>The tenants could not be loaded: %1</source>
        <translation>Impossibile caricare gli inquilini: %1</translation>
    </message>
    <message>
        <source>The tenant&apos;s details could not be loaded: %1</source>
        <translation>Impossibile caricare i dettagli dell&apos;inquilino: %1</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unità: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Stato: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefono: %1</translation>
    </message>
    <message>
        <source>Emergency contacts:</source>
        <translation>Contatti di emergenza:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuna</translation>
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
        <translation>La connessione si è interrotta prima della risposta dello Spazio. La modifica potrebbe essere stata salvata oppure no: verificare prima di riprovare.</translation>
    </message>
    <message>
        <source>The space could not be reached. Check your internet connection.</source>
        <translation>Impossibile raggiungere lo Spazio. Verificare la connessione a Internet.</translation>
    </message>
    <message>
        <source>The space did not answer in time. The change may or may not have been saved: check before trying again.</source>
        <translation>Lo Spazio non ha risposto in tempo. La modifica potrebbe essere stata salvata oppure no: verificare prima di riprovare.</translation>
    </message>
    <message>
        <source>The space took too long to answer. Please try again.</source>
        <translation>Lo Spazio ha impiegato troppo tempo a rispondere. Riprovare.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>La sessione è scaduta. Accedere di nuovo.</translation>
    </message>
    <message>
        <source>Your account is not allowed to see this.</source>
        <translation>L’account non è autorizzato a visualizzare questo contenuto.</translation>
    </message>
    <message>
        <source>This item no longer exists on the space.</source>
        <translation>Questo elemento non esiste più nello Spazio.</translation>
    </message>
    <message numerus="yes">
        <source>The space is busy. Trying again in %n second(s).</source>
        <translation>
            <numerusform>Lo Spazio è occupato. Nuovo tentativo tra %n secondo.</numerusform>
            <numerusform>Lo Spazio è occupato. Nuovo tentativo tra %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The space is busy. Please wait a moment and try again.</source>
        <translation>Lo Spazio è occupato. Attendere un momento e riprovare.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n campo richiede attenzione.</numerusform>
            <numerusform>%n campi richiedono attenzione.</numerusform>
        </translation>
    </message>
    <message>
        <source>The space refused the change: %1</source>
        <translation>Lo Spazio ha rifiutato la modifica: %1</translation>
    </message>
    <message>
        <source>The space refused the change.</source>
        <translation>Lo Spazio ha rifiutato la modifica.</translation>
    </message>
    <message>
        <source>The space had a problem answering. Please try again later.</source>
        <translation>Lo Spazio ha avuto un problema nel rispondere. Riprovare più tardi.</translation>
    </message>
    <message>
        <source>The space sent an answer Portal Desk cannot read.</source>
        <translation>Lo Spazio ha inviato una risposta che Portal Desk non riesce a leggere.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La richiesta è stata annullata.</translation>
    </message>
    <message>
        <source>The space refused the request (error %1).</source>
        <translation>Lo Spazio ha rifiutato la richiesta (errore %1).</translation>
    </message>
    <message>
        <source>This space does not offer this.</source>
        <translation>Questo spazio non offre questo.</translation>
    </message>
    <message>
        <source>The space answered with a redirect to another address: %1. Portal Desk did not follow it, so your sign-in stays with the space.</source>
        <translation>Lo spazio ha risposto con un reindirizzamento a un altro indirizzo: %1. Portal Desk non l’ha seguito, quindi il tuo accesso resta presso lo spazio.</translation>
    </message>
    <message>
        <source>The space sent an answer larger than %1 MB; Portal Desk stopped reading it.</source>
        <translation>Lo spazio ha inviato una risposta più grande di %1 MB; Portal Desk ha smesso di leggerla.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2</source>
        <translation>La connessione sicura con %1 è stata rifiutata: %2</translation>
    </message>
</context>
<context>
    <name>api::ListPage</name>
    <message>
        <source>The list answer has no records.</source>
        <translation>La risposta dell’elenco non contiene record.</translation>
    </message>
</context>
<context>
    <name>api::ServerAddress</name>
    <message>
        <source>Enter your space&apos;s name or web address.</source>
        <translation>Inserire il nome o l’indirizzo web dello Spazio.</translation>
    </message>
    <message>
        <source>This is not a valid space name or web address.</source>
        <translation>Questo non è un nome di Spazio o un indirizzo web valido.</translation>
    </message>
    <message>
        <source>Only https:// addresses are supported.</source>
        <translation>Sono supportati solo gli indirizzi https://.</translation>
    </message>
    <message>
        <source>Plain http:// is not safe for signing in. Use the space&apos;s https:// address.</source>
        <translation>Un semplice indirizzo http:// non è sicuro per l’accesso. Usare l’indirizzo https:// dello Spazio.</translation>
    </message>
</context>
<context>
    <name>auth::SignInError</name>
    <message>
        <source>The e-mail or password is not correct.</source>
        <translation>L’e-mail o la password non sono corrette.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Inserire il codice dell’app di autenticazione.</translation>
    </message>
    <message>
        <source>You need to set a new password on the space&apos;s website first.</source>
        <translation>È necessario impostare prima una nuova password sul sito web dello Spazio.</translation>
    </message>
</context>
<context>
    <name>cache::OfflineStore</name>
    <message>
        <source>The offline copy cannot be kept: the folder %1 cannot be created.</source>
        <translation>Impossibile conservare la copia offline: non è possibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>The offline copy of this account could not be read, so it was set aside and will be rebuilt from the space.</source>
        <translation>Impossibile leggere la copia offline di questo account: è stata messa da parte e verrà ricostruita dallo Spazio.</translation>
    </message>
    <message>
        <source>The offline copy was written by a newer version of Portal Desk.</source>
        <translation>La copia offline è stata scritta da una versione più recente di Portal Desk.</translation>
    </message>
    <message>
        <source>The offline copy could not be opened: %1</source>
        <translation>Impossibile aprire la copia offline: %1</translation>
    </message>
    <message>
        <source>The offline copy could not be updated: %1</source>
        <translation>Impossibile aggiornare la copia offline: %1</translation>
    </message>
    <message>
        <source>The offline copy could not be removed: %1</source>
        <translation>Impossibile rimuovere la copia offline: %1</translation>
    </message>
    <message>
        <source>The disk is full, so the offline copy could not be updated. What was saved before is kept.</source>
        <translation>Il disco è pieno, quindi non è stato possibile aggiornare la copia offline. I dati salvati in precedenza vengono conservati.</translation>
    </message>
    <message>
        <source>The offline copy is damaged (%1).</source>
        <translation>La copia offline è danneggiata (%1).</translation>
    </message>
</context>
<context>
    <name>domain::Amenity</name>
    <message>
        <source>Projector</source>
        <translation>Proiettore</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Conference phone</source>
        <translation>Telefono per conferenze</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Whiteboard</source>
        <translation>Lavagna bianca</translation>
    </message>
    <message>
        <source>Large display</source>
        <translation>Schermo grande</translation>
    </message>
    <message>
        <source>Catering</source>
        <translation>Catering</translation>
    </message>
    <message>
        <source>Tea and coffee</source>
        <translation>Tè e caffè</translation>
    </message>
    <message>
        <source>Drinks</source>
        <translation>Bevande</translation>
    </message>
    <message>
        <source>Security lock</source>
        <translation>Serratura di sicurezza</translation>
    </message>
    <message>
        <source>CCTV</source>
        <translation>Videosorveglianza</translation>
    </message>
    <message>
        <source>Voice recorder</source>
        <translation>Registratore vocale</translation>
    </message>
    <message>
        <source>Air conditioning</source>
        <translation>Aria condizionata</translation>
    </message>
    <message>
        <source>Heating</source>
        <translation>Riscaldamento</translation>
    </message>
    <message>
        <source>Natural light</source>
        <translation>Luce naturale</translation>
    </message>
    <message>
        <source>Standing desk</source>
        <translation>Scrivania regolabile in altezza</translation>
    </message>
    <message>
        <source>Quiet zone</source>
        <translation>Zona silenziosa</translation>
    </message>
    <message>
        <source>Wireless charger</source>
        <translation>Caricatore wireless</translation>
    </message>
    <message>
        <source>Privacy screen</source>
        <translation>Schermo privacy</translation>
    </message>
    <message>
        <source>Soundproof</source>
        <translation>Insonorizzazione</translation>
    </message>
    <message>
        <source>Video conferencing</source>
        <translation>Videoconferenza</translation>
    </message>
    <message>
        <source>Dual display screen</source>
        <translation>Doppio schermo</translation>
    </message>
    <message>
        <source>Display screen</source>
        <translation>Schermo</translation>
    </message>
    <message>
        <source>Wireless presentation</source>
        <translation>Presentazione wireless</translation>
    </message>
    <message>
        <source>PA system</source>
        <translation>Impianto audio</translation>
    </message>
    <message>
        <source>Desktop monitor</source>
        <translation>Monitor da scrivania</translation>
    </message>
    <message>
        <source>Flip chart</source>
        <translation>Lavagna a fogli mobili</translation>
    </message>
    <message>
        <source>Secure storage</source>
        <translation>Armadietto di sicurezza</translation>
    </message>
</context>
<context>
    <name>domain::AmenityGroup</name>
    <message>
        <source>Audio-visual</source>
        <translation>Audiovisivi</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Connettività</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Area di lavoro</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>Comfort</translation>
    </message>
    <message>
        <source>Food &amp; drink</source>
        <translation>Cibo e bevande</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicurezza</translation>
    </message>
</context>
<context>
    <name>domain::BookingErrors</name>
    <message>
        <source>This room no longer exists.</source>
        <translation>Questa sala non esiste più.</translation>
    </message>
    <message>
        <source>Your account cannot book at this space yet.</source>
        <translation>L’account non può ancora prenotare in questo Spazio.</translation>
    </message>
    <message>
        <source>The room is already booked at that time.</source>
        <translation>La sala è già prenotata a quell’ora.</translation>
    </message>
    <message>
        <source>An event takes place in the room at that time.</source>
        <translation>A quell’ora nella sala si tiene un evento.</translation>
    </message>
    <message>
        <source>The room is full at that time.</source>
        <translation>La sala è al completo a quell’ora.</translation>
    </message>
    <message>
        <source>The room is not open at that time.</source>
        <translation>La sala non è aperta a quell’ora.</translation>
    </message>
    <message>
        <source>That time has already passed.</source>
        <translation>Quell’orario è già passato.</translation>
    </message>
    <message>
        <source>You have reached your booking limit for this week.</source>
        <translation>È stato raggiunto il limite di prenotazioni per questa settimana.</translation>
    </message>
    <message>
        <source>You have reached your booking limit for this month.</source>
        <translation>È stato raggiunto il limite di prenotazioni per questo mese.</translation>
    </message>
    <message>
        <source>Your plan does not include this room.</source>
        <translation>Il piano sottoscritto non include questa sala.</translation>
    </message>
    <message>
        <source>The room is not available for booking.</source>
        <translation>La sala non è disponibile per la prenotazione.</translation>
    </message>
    <message>
        <source>That is too soon: this room must be booked further in advance.</source>
        <translation>Troppo presto: questa sala va prenotata con più anticipo.</translation>
    </message>
    <message>
        <source>That is too far ahead: this room cannot be booked that early.</source>
        <translation>Troppo in là nel tempo: questa sala non può essere prenotata con tanto anticipo.</translation>
    </message>
    <message>
        <source>The booking is longer than this room allows.</source>
        <translation>La prenotazione supera la durata massima consentita per questa sala.</translation>
    </message>
    <message>
        <source>The booking is shorter than this room allows.</source>
        <translation>La prenotazione è più breve della durata minima consentita per questa sala.</translation>
    </message>
    <message>
        <source>The room needs a break between bookings at that time.</source>
        <translation>A quell’ora la sala richiede una pausa tra una prenotazione e l’altra.</translation>
    </message>
    <message>
        <source>You booked this recently; the space asks you to wait before booking again.</source>
        <translation>È stata effettuata una prenotazione di recente; lo Spazio chiede di attendere prima di prenotare di nuovo.</translation>
    </message>
    <message>
        <source>The space does not allow this booking.</source>
        <translation>Lo Spazio non consente questa prenotazione.</translation>
    </message>
    <message>
        <source>The room cannot be booked at that time.</source>
        <translation>La sala non può essere prenotata a quell’ora.</translation>
    </message>
</context>
<context>
    <name>domain::BookingPolicyExplainer</name>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ora</numerusform>
            <numerusform>%n ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuti</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>parts of a length of time: 1 hour 30 minutes</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cancel at least %1 before the start</source>
        <translation>Annullare almeno %1 prima dell’inizio</translation>
    </message>
    <message>
        <source>Cancelling less than %1 before the start costs a fee</source>
        <translation>L’annullamento a meno di %1 dall’inizio comporta una penale</translation>
    </message>
    <message>
        <source>Cancelling less than %1 before the start costs %2</source>
        <translation>L’annullamento a meno di %1 dall’inizio costa %2</translation>
    </message>
    <message>
        <source>Cancelling a booking costs a fee</source>
        <translation>L’annullamento di una prenotazione comporta una penale</translation>
    </message>
    <message>
        <source>Cancelling a booking costs %1</source>
        <translation>L’annullamento di una prenotazione costa %1</translation>
    </message>
    <message>
        <source>Only members and contacts can book</source>
        <translation>Possono prenotare solo i membri e i contatti</translation>
    </message>
    <message>
        <source>Only members can book</source>
        <translation>Possono prenotare solo i membri</translation>
    </message>
    <message>
        <source>Only contacts can book</source>
        <translation>Possono prenotare solo i contatti</translation>
    </message>
    <message>
        <source>Only customers of this location can book</source>
        <translation>Possono prenotare solo i clienti di questa sede</translation>
    </message>
    <message numerus="yes">
        <source>Only members of %n team(s) can book</source>
        <translation>
            <numerusform>Possono prenotare solo i membri di %n team</numerusform>
            <numerusform>Possono prenotare solo i membri di %n team</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only members on %n plan(s) can book</source>
        <translation>
            <numerusform>Possono prenotare solo i membri con %n piano specifico</numerusform>
            <numerusform>Possono prenotare solo i membri con uno di %n piani</numerusform>
        </translation>
    </message>
    <message>
        <source>Book up to %1 ahead</source>
        <translation>Prenotare fino a %1 in anticipo</translation>
    </message>
    <message>
        <source>Book at least %1 before the start</source>
        <translation>Prenotare almeno %1 prima dell’inizio</translation>
    </message>
    <message>
        <source>Bookings last at least %1</source>
        <translation>Le prenotazioni durano almeno %1</translation>
    </message>
    <message>
        <source>Bookings last at most %1</source>
        <translation>Le prenotazioni durano al massimo %1</translation>
    </message>
    <message>
        <source>Bookings are at least %1 apart</source>
        <translation>Tra una prenotazione e l’altra devono passare almeno %1</translation>
    </message>
    <message>
        <source>After your booking ends, wait %1 before booking this room again</source>
        <translation>Al termine di una prenotazione, attendere %1 prima di prenotare di nuovo questa sala</translation>
    </message>
    <message>
        <source>After your booking ends, wait %1 before booking any room again</source>
        <translation>Al termine di una prenotazione, attendere %1 prima di prenotare di nuovo qualsiasi sala</translation>
    </message>
    <message>
        <source>After each booking, nobody can book this room for %1</source>
        <translation>Dopo ogni prenotazione nessuno può prenotare questa sala per %1</translation>
    </message>
    <message>
        <source>Bookings need the space&apos;s approval</source>
        <translation>Le prenotazioni richiedono l’approvazione dello Spazio</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n booking(s) can share this room at the same time</source>
        <translation>
            <numerusform>Fino a %n prenotazione contemporanea in questa sala</numerusform>
            <numerusform>Fino a %n prenotazioni contemporanee in questa sala</numerusform>
        </translation>
    </message>
    <message>
        <source>Several bookings can share this room at the same time</source>
        <translation>Più prenotazioni possono condividere questa sala contemporaneamente</translation>
    </message>
    <message numerus="yes">
        <source>Visitors count towards the limit of %n attendee(s)</source>
        <translation>
            <numerusform>I visitatori rientrano nel limite di %n partecipante</numerusform>
            <numerusform>I visitatori rientrano nel limite di %n partecipanti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A repeating booking can have up to %n occurrence(s)</source>
        <translation>
            <numerusform>Una prenotazione ricorrente può avere fino a %n occorrenza</numerusform>
            <numerusform>Una prenotazione ricorrente può avere fino a %n occorrenze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A repeating booking can run for up to %n month(s)</source>
        <translation>
            <numerusform>Una prenotazione ricorrente può durare fino a %n mese</numerusform>
            <numerusform>Una prenotazione ricorrente può durare fino a %n mesi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain::ResourceAudit</name>
    <message>
        <source>Minimum length above maximum</source>
        <translation>Durata minima superiore alla massima</translation>
    </message>
    <message>
        <source>Visible but archived</source>
        <translation>Visibile ma archiviata</translation>
    </message>
    <message>
        <source>Shared bookings without a capacity</source>
        <translation>Prenotazioni condivise senza capienza</translation>
    </message>
    <message>
        <source>Type without booking rates</source>
        <translation>Tipo senza tariffe di prenotazione</translation>
    </message>
    <message>
        <source>Cancellation fee without an amount</source>
        <translation>Penale di annullamento senza importo</translation>
    </message>
    <message>
        <source>Visitors limited to an unset capacity</source>
        <translation>Visitatori limitati a una capienza non impostata</translation>
    </message>
    <message>
        <source>The minimum booking length is longer than the maximum, so no booking can satisfy both.</source>
        <translation>La durata minima di prenotazione supera quella massima, quindi nessuna prenotazione può rispettarle entrambe.</translation>
    </message>
    <message>
        <source>Archived resources should not be offered, yet these are still visible to members.</source>
        <translation>Le risorse archiviate non dovrebbero essere offerte, eppure queste sono ancora visibili ai membri.</translation>
    </message>
    <message>
        <source>Several bookings may overlap, but no allocation says how many, so nothing caps them.</source>
        <translation>Più prenotazioni possono sovrapporsi, ma nessuna allocazione ne stabilisce il numero, quindi nulla le limita.</translation>
    </message>
    <message>
        <source>The resource type has no booking rate, so bookings of it cannot be priced.</source>
        <translation>Il tipo di risorsa non ha alcuna tariffa di prenotazione, quindi non è possibile calcolare il prezzo delle sue prenotazioni.</translation>
    </message>
    <message>
        <source>A late-cancellation fee is charged, but its amount or percentage is missing or zero.</source>
        <translation>È prevista una penale per annullamento tardivo, ma l’importo o la percentuale mancano o sono pari a zero.</translation>
    </message>
    <message>
        <source>Visitors are limited to the allocation, but no allocation is set.</source>
        <translation>I visitatori sono limitati all’allocazione, ma nessuna allocazione è impostata.</translation>
    </message>
    <message>
        <source>Not checked: the booking rates could not be read with this account.</source>
        <translation>Non verificato: non è stato possibile leggere le tariffe di prenotazione con questo account.</translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>Non verificato.</translation>
    </message>
</context>
<context>
    <name>domain::ResourceReviewColumns</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Floor or area</source>
        <translation>Piano o area</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capienza</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visibile</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviata</translation>
    </message>
    <message>
        <source>Hidden in calendar</source>
        <translation>Nascosta nel calendario</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>Richiede approvazione</translation>
    </message>
    <message>
        <source>Min. length</source>
        <translation>Durata min.</translation>
    </message>
    <message>
        <source>Max. length</source>
        <translation>Durata max.</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Nessun limite</translation>
    </message>
</context>
<context>
    <name>domain::SystemResourceType</name>
    <message>
        <source>Uncategorised</source>
        <translation>Senza categoria</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Sala riunioni</translation>
    </message>
    <message>
        <source>Hot desk</source>
        <translation>Postazione flessibile</translation>
    </message>
    <message>
        <source>Private office</source>
        <translation>Ufficio privato</translation>
    </message>
    <message>
        <source>Event space</source>
        <translation>Sala eventi</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Cucina</translation>
    </message>
    <message>
        <source>Treatment room</source>
        <translation>Sala trattamenti</translation>
    </message>
    <message>
        <source>Storage unit</source>
        <translation>Box deposito</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Macchinario</translation>
    </message>
    <message>
        <source>Day pass</source>
        <translation>Pass giornaliero</translation>
    </message>
    <message>
        <source>Phone booth</source>
        <translation>Cabina telefonica</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
</context>
<context>
    <name>html::BlogPostHtml</name>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Commento (%n)</numerusform>
            <numerusform>Commenti (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Ancora nessun commento.</translation>
    </message>
    <message>
        <source>Comments are closed.</source>
        <translation>I commenti sono chiusi.</translation>
    </message>
    <message>
        <source>A member</source>
        <translation>Un membro</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Di %1</translation>
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
        <translation>Pubblicata</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Non pubblicata</translation>
    </message>
</context>
<context>
    <name>models::BlogPostListModel</name>
    <message>
        <source>★ Featured</source>
        <translation>★ In evidenza</translation>
    </message>
</context>
<context>
    <name>models::BookingAccess</name>
    <message>
        <source>Anyone</source>
        <translation>Chiunque</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>Solo membri</translation>
    </message>
    <message>
        <source>Contacts only</source>
        <translation>Solo contatti</translation>
    </message>
    <message>
        <source>Customers of the location only</source>
        <translation>Solo clienti della sede</translation>
    </message>
    <message>
        <source>Some teams or plans only</source>
        <translation>Solo alcuni team o piani</translation>
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
        <translation>In programma</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>In attesa di approvazione</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passata</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, repeating)</source>
        <translation>%1 — %2 (%3, ricorrente)</translation>
    </message>
</context>
<context>
    <name>models::BookingSeriesTreeProxy</name>
    <message>
        <source>series</source>
        <translation>serie</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n booking(s), next %3</source>
        <translation>
            <numerusform>%1 — %2, %n prenotazione, prossima %3</numerusform>
            <numerusform>%1 — %2, %n prenotazioni, prossima %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n booking(s), all past or cancelled</source>
        <translation>
            <numerusform>%1 — %2, %n prenotazione, tutte passate o annullate</numerusform>
            <numerusform>%1 — %2, %n prenotazioni, tutte passate o annullate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>models::PageFeed</name>
    <message>
        <source>The space cannot be reached.</source>
        <translation>Lo Spazio non è raggiungibile.</translation>
    </message>
</context>
<context>
    <name>models::PropertyListModel</name>
    <message>
        <source>Active</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inattiva</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Manutenzione</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Residenziale</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Commerciale</translation>
    </message>
    <message>
        <source>Mixed use</source>
        <translation>Uso misto</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>An occupancy rate; %1 is the number (e.g. &quot;93&quot;), written with the locale&apos;s digits.</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Occupate</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupazione</translation>
    </message>
</context>
<context>
    <name>models::ResourceListModel</name>
    <message numerus="yes">
        <source>%n people</source>
        <comment>capacity of a resource</comment>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n persone</numerusform>
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
        <translation>La tua prenotazione (in attesa di approvazione)</translation>
    </message>
    <message>
        <source>Your booking</source>
        <translation>La tua prenotazione</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupato</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passata</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libero</translation>
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
        <translation>… Verifica</translation>
    </message>
    <message>
        <source>✓ Free</source>
        <translation>✓ Libera</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✗ Could not be checked: %1</source>
        <translation>✗ Impossibile verificare: %1</translation>
    </message>
    <message>
        <source>… Booking</source>
        <translation>… Prenotazione</translation>
    </message>
    <message>
        <source>✓ Booked, waiting for the space&apos;s approval</source>
        <translation>✓ Prenotata, in attesa dell’approvazione dello spazio</translation>
    </message>
    <message>
        <source>✓ Booked</source>
        <translation>✓ Prenotata</translation>
    </message>
    <message>
        <source>✗ Not booked: %1</source>
        <translation>✗ Non prenotata: %1</translation>
    </message>
    <message>
        <source>? Unknown: %1</source>
        <translation>? Sconosciuto: %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Orario</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <source>Can it be booked?</source>
        <translation>Prenotabile?</translation>
    </message>
</context>
<context>
    <name>models::TenantListModel</name>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Former</source>
        <translation>Precedente</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
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
        <translation>Impossibile leggere l’articolo.</translation>
    </message>
</context>
<context>
    <name>repository::BlogPostRepository</name>
    <message>
        <source>Not signed in.</source>
        <translation>Accesso non effettuato.</translation>
    </message>
</context>
<context>
    <name>repository::BookingCommands</name>
    <message>
        <source>The space accepted the booking, but it does not appear in your bookings yet. Check again in a moment.</source>
        <translation>Lo Spazio ha accettato la prenotazione, ma non compare ancora tra le prenotazioni. Ricontrollare tra qualche istante.</translation>
    </message>
    <message>
        <source>The booking was sent, but your bookings could not be read to confirm it: %1</source>
        <translation>La prenotazione è stata inviata, ma non è stato possibile leggere le prenotazioni per confermarla: %1</translation>
    </message>
    <message>
        <source>The booking was sent, but you signed out before it could be confirmed. Check your bookings after signing in.</source>
        <translation>La prenotazione è stata inviata, ma sei uscito prima che potesse essere confermata. Controlla le tue prenotazioni dopo aver effettuato l’accesso.</translation>
    </message>
</context>
<context>
    <name>repository::Datasets</name>
    <message>
        <source>rooms</source>
        <translation>sale</translation>
    </message>
    <message>
        <source>room details</source>
        <translation>dettagli delle sale</translation>
    </message>
    <message>
        <source>bookings</source>
        <translation>prenotazioni</translation>
    </message>
    <message>
        <source>cancelled bookings</source>
        <translation>prenotazioni annullate</translation>
    </message>
    <message>
        <source>news</source>
        <translation>notizie</translation>
    </message>
    <message>
        <source>news articles</source>
        <translation>articoli delle notizie</translation>
    </message>
    <message>
        <source>your profile</source>
        <translation>il tuo profilo</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>applicazioni</translation>
    </message>
    <message>
        <source>application details</source>
        <translation>dettagli delle applicazioni</translation>
    </message>
    <message>
        <source>resources for review</source>
        <translation>risorse da verificare</translation>
    </message>
    <message>
        <source>resource details for review</source>
        <translation>dettagli delle risorse da rivedere</translation>
    </message>
    <message>
        <source>resource types</source>
        <translation>tipi di risorsa</translation>
    </message>
    <message>
        <source>booking rates</source>
        <translation>tariffe di prenotazione</translation>
    </message>
</context>
<context>
    <name>repository::MyBookingsRepository</name>
    <message>
        <source>This account may not see cancelled bookings.</source>
        <translation>Questo account non può vedere le prenotazioni annullate.</translation>
    </message>
    <message>
        <source>This space does not list cancelled bookings.</source>
        <translation>Questo spazio non fornisce l’elenco delle prenotazioni annullate.</translation>
    </message>
    <message>
        <source>This account may not see its bookings here.</source>
        <translation>Questo account non può vedere qui le sue prenotazioni.</translation>
    </message>
    <message>
        <source>This space does not list bookings to Portal Desk.</source>
        <translation>Questo spazio non fornisce a Portal Desk l’elenco delle prenotazioni.</translation>
    </message>
</context>
<context>
    <name>repository::ResourceCsvExport</name>
    <message>
        <source>Not signed in.</source>
        <translation>Accesso non effettuato.</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>Impossibile scrivere “%1”: %2</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Impossibile scrivere il file: %1</translation>
    </message>
</context>
<context>
    <name>repository::ResourceDetailsLoader</name>
    <message>
        <source>The room&apos;s details could not be loaded.</source>
        <translation>Impossibile caricare i dettagli della sala.</translation>
    </message>
    <message>
        <source>The space answered with another room.</source>
        <translation>Lo spazio ha risposto con un’altra sala.</translation>
    </message>
</context>
<context>
    <name>repository::SeriesBooking</name>
    <message>
        <source>The clocks go forward that night: %1 does not exist on that day.</source>
        <translation>Quella notte gli orologi vanno avanti: le %1 non esistono in quel giorno.</translation>
    </message>
    <message>
        <source>Not sent: the answer about %1 was lost. Check your bookings, then book the rest again.</source>
        <translation>Non inviata: la risposta su %1 è andata persa. Controlla le tue prenotazioni, poi prenota di nuovo il resto.</translation>
    </message>
</context>
<context>
    <name>repository::calls</name>
    <message>
        <source>Not signed in.</source>
        <translation>Accesso non effettuato.</translation>
    </message>
</context>
</TS>
