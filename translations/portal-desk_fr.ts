<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountCoordinator</name>
    <message>
        <source>No secure storage (keychain) is available, so Portal Desk cannot remember this sign-in: you will need to sign in again next time.</source>
        <translation>Aucun stockage sécurisé (trousseau) n’est disponible&#xa0;: Portal Desk ne peut donc pas mémoriser cette connexion et vous devrez vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <source>There is no stored sign-in for %1. Sign in once with --user EMAIL and --password-stdin.</source>
        <translation>Aucune connexion enregistrée pour %1. Connectez-vous une fois avec --user EMAIL et --password-stdin.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>The demo space could not start: no free local port.</source>
        <translation>L’espace de démonstration n’a pas pu démarrer&#xa0;: aucun port local disponible.</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>Connexion impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Starting the demo space…</source>
        <translation>Démarrage de l’espace de démonstration…</translation>
    </message>
    <message>
        <source>Sign in with --user EMAIL and --password-stdin.</source>
        <translation>Connectez-vous avec --user EMAIL et --password-stdin.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>an account</source>
        <translation>un compte</translation>
    </message>
    <message>
        <source>There is no stored sign-in for %1 at %2. Sign in once with --user EMAIL and --password-stdin.</source>
        <translation>Aucune connexion enregistrée pour %1 sur %2. Connectez-vous une fois avec --user EMAIL et --password-stdin.</translation>
    </message>
    <message>
        <source>Opening your account…</source>
        <translation>Ouverture de votre compte…</translation>
    </message>
    <message>
        <source>There is no stored account to sign out of.</source>
        <translation>Aucun compte enregistré&#xa0;: il n’y a rien à déconnecter.</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Déconnexion de %1 effectuée.</translation>
    </message>
    <message>
        <source>Signed out of %1, but the keychain entry could not be removed.</source>
        <translation>Déconnexion de %1 effectuée, mais l’entrée du trousseau n’a pas pu être supprimée.</translation>
    </message>
    <message>
        <source>Demo space (%1)</source>
        <translation>Espace de démonstration (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>Renommer le compte</translation>
    </message>
    <message>
        <source>Name shown in the account menu:</source>
        <translation>Nom affiché dans le menu des comptes&#xa0;:</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Remove this account from Portal Desk? Its sign-in is deleted from the keychain.</source>
        <translation>Supprimer ce compte de Portal Desk&#xa0;? Ses identifiants de connexion seront supprimés du trousseau.</translation>
    </message>
    <message>
        <source>Sign out of this account? Its sign-in is deleted from the keychain.</source>
        <translation>Se déconnecter de ce compte&#xa0;? Ses identifiants de connexion seront supprimés du trousseau.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>There is no stored API key for %1. Sign in once with --property-os URL --api-key-stdin.</source>
        <translation>Aucune clé d&apos;API n&apos;est enregistrée pour %1. Connectez-vous une fois avec --property-os URL --api-key-stdin.</translation>
    </message>
    <message>
        <source>Give the Property OS account as a web address, e.g. https://nexus.example.com.</source>
        <translation>Indiquez le compte Property OS sous forme d&apos;adresse web, p. ex. https://nexus.example.com.</translation>
    </message>
    <message>
        <source>No API key came on standard input. Pipe the key from Settings › API Keys of your NEXUS dashboard into --api-key-stdin.</source>
        <translation>Aucune clé d&apos;API n&apos;est arrivée sur l&apos;entrée standard. Transmettez à --api-key-stdin la clé de Paramètres › Clés d&apos;API de votre tableau de bord NEXUS.</translation>
    </message>
    <message>
        <source>Checking the API key with %1…</source>
        <translation>Vérification de la clé d&apos;API auprès de %1…</translation>
    </message>
    <message>
        <source>NEXUS Property OS refused this API key. Create a new key under Settings › API Keys in your NEXUS dashboard and sign in with it.</source>
        <translation>NEXUS Property OS a refusé cette clé d&apos;API. Créez une nouvelle clé dans Paramètres › Clés d&apos;API de votre tableau de bord NEXUS et connectez-vous avec.</translation>
    </message>
    <message>
        <source>Could not reach NEXUS Property OS: %1</source>
        <translation>Impossible de joindre NEXUS Property OS : %1</translation>
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
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>%1 (staff)</source>
        <translation>%1 (équipe)</translation>
    </message>
    <message>
        <source>Remove the offline copy</source>
        <translation>Supprimer la copie hors ligne</translation>
    </message>
    <message>
        <source>Forget everything saved on this computer for this account: rooms, bookings, news and, for staff, applications and resources? It is all fetched again from the space when you are online.</source>
        <translation>Oublier tout ce qui est enregistré sur cet ordinateur pour ce compte&#xa0;: salles, réservations, actualités et, pour l’équipe, applications et ressources&#xa0;? Tout sera récupéré de nouveau auprès de l’espace une fois en ligne.</translation>
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
        <translation>Les données de l’espace n’ont pas été chargées à temps.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Votre session a pris fin. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Sign in to your space to see its rooms. To look around first, start Portal Desk with --demo.</source>
        <translation>Connectez-vous à votre espace pour voir ses salles. Pour jeter d’abord un coup d’œil, lancez Portal Desk avec --demo.</translation>
    </message>
    <message>
        <source>My &amp;bookings</source>
        <translation>Mes &amp;réservations</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; view is not part of this version yet; showing the rooms.</source>
        <translation>La vue «&#xa0;%1&#xa0;» n’est pas encore disponible dans cette version&#xa0;; affichage des salles.</translation>
    </message>
    <message>
        <source>&amp;News</source>
        <translation>Ac&amp;tualités</translation>
    </message>
    <message>
        <source>Resource &amp;review</source>
        <translation>Re&amp;vue des ressources</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>A&amp;pplications</translation>
    </message>
    <message>
        <source>There is no account to sync. Sign in once first.</source>
        <translation>Aucun compte à synchroniser. Connectez-vous d’abord une fois.</translation>
    </message>
    <message>
        <source>The offline copy of this account was removed.</source>
        <translation>La copie hors ligne de ce compte a été supprimée.</translation>
    </message>
    <message>
        <source>--sync does not cover Property OS accounts yet.</source>
        <translation>--sync ne couvre pas encore les comptes Property OS.</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planning</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Propriétés</translation>
    </message>
    <message>
        <source>&amp;Tenants</source>
        <translation>&amp;Locataires</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Book rooms and read the news of your Nexudus coworking space.</source>
        <translation>Réservez des salles et lisez les actualités de votre espace de coworking Nexudus.</translation>
    </message>
    <message>
        <source>Open the built-in demo space.</source>
        <translation>Ouvrir l’espace de démonstration intégré.</translation>
    </message>
    <message>
        <source>Demo account to sign in with.</source>
        <translation>Compte de démonstration à utiliser pour la connexion.</translation>
    </message>
    <message>
        <source>Space slug or web address.</source>
        <translation>Identifiant (slug) ou adresse web de l’espace.</translation>
    </message>
    <message>
        <source>E-mail address to sign in with.</source>
        <translation>Adresse e-mail à utiliser pour la connexion.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Lire le mot de passe depuis l’entrée standard.</translation>
    </message>
    <message>
        <source>Refresh the offline data and exit.</source>
        <translation>Actualiser les données hors ligne, puis quitter.</translation>
    </message>
    <message>
        <source>Forget the stored account and exit.</source>
        <translation>Oublier le compte enregistré, puis quitter.</translation>
    </message>
    <message>
        <source>View to open: %1.</source>
        <translation>Vue à ouvrir&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Language code (en, es, fr, de, it, pt).</source>
        <translation>Code de langue (en, es, fr, de, it, pt).</translation>
    </message>
    <message>
        <source>Save the window as PNG once its data has loaded, then exit.</source>
        <translation>Enregistrer la fenêtre au format PNG une fois ses données chargées, puis quitter.</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;. Choose one of: %2.</source>
        <translation>Vue «&#xa0;%1&#xa0;» inconnue. Choisissez parmi&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Use either --demo or --server, not both.</source>
        <translation>Utilisez --demo ou --server, mais pas les deux.</translation>
    </message>
    <message>
        <source>Web address of a NEXUS Property OS account.</source>
        <translation>Adresse web d&apos;un compte NEXUS Property OS.</translation>
    </message>
    <message>
        <source>Read the Property OS API key from standard input.</source>
        <translation>Lire la clé d&apos;API Property OS sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>--property-os opens a Property OS account: use it without --demo, --server and --password-stdin.</source>
        <translation>--property-os ouvre un compte Property OS : utilisez-le sans --demo, --server ni --password-stdin.</translation>
    </message>
    <message>
        <source>--api-key-stdin needs --property-os URL.</source>
        <translation>--api-key-stdin nécessite --property-os URL.</translation>
    </message>
</context>
<context>
    <name>ApplicationForm</name>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>&amp;Developer id:</source>
        <translation>ID du &amp;développeur&#xa0;:</translation>
    </message>
    <message>
        <source>Id of the developer who owns the application</source>
        <translation>ID du développeur propriétaire de l’application</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Display name of the application</source>
        <translation>Nom affiché de l’application</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>Brief summary shown in listings</source>
        <translation>Bref résumé affiché dans les listes</translation>
    </message>
    <message>
        <source>&amp;Install URL:</source>
        <translation>URL d’&amp;installation&#xa0;:</translation>
    </message>
    <message>
        <source>URL the space calls when a location installs the application</source>
        <translation>URL appelée par l’espace lorsqu’un site installe l’application</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <source>Full description shown on the detail page</source>
        <translation>Description complète affichée sur la page de détails</translation>
    </message>
    <message>
        <source>Whether the application is available for installation</source>
        <translation>Indique si l’application est disponible à l’installation</translation>
    </message>
    <message>
        <source>&amp;Published (available for installation)</source>
        <translation>&amp;Publiée (disponible à l’installation)</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>&amp;Clé secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Secret used to authenticate the application&apos;s API calls</source>
        <translation>Secret utilisé pour authentifier les appels d’API de l’application</translation>
    </message>
    <message>
        <source>Edit application</source>
        <translation>Modifier l’application</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Nouvelle application</translation>
    </message>
    <message>
        <source>Leave the secret key empty to keep the current one.</source>
        <translation>Laissez la clé secrète vide pour conserver la clé actuelle.</translation>
    </message>
    <message>
        <source>Leave the secret key empty to let the space generate one.</source>
        <translation>Laissez la clé secrète vide pour que l’espace en génère une.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 Saving applications needs the Application-Create or Application-Edit role.</source>
        <translation>%1 L’enregistrement d’applications nécessite le rôle Application-Create ou Application-Edit.</translation>
    </message>
</context>
<context>
    <name>ApplicationsView</name>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>&amp;Search by name:</source>
        <translation>&amp;Rechercher par nom&#xa0;:</translation>
    </message>
    <message>
        <source>Application name, then Enter</source>
        <translation>Nom de l’application, puis Entrée</translation>
    </message>
    <message>
        <source>Search applications by name</source>
        <translation>Rechercher des applications par nom</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;Nouvelle application…</translation>
    </message>
    <message>
        <source>Applications status</source>
        <translation>État des applications</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>Install URL:</source>
        <translation>URL d’installation&#xa0;:</translation>
    </message>
    <message>
        <source>Developer id:</source>
        <translation>ID du développeur&#xa0;:</translation>
    </message>
    <message>
        <source>Application key:</source>
        <translation>Clé de l’application&#xa0;:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Clé secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Secret key (hidden)</source>
        <translation>Clé secrète (masquée)</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Shows the secret key on screen until you hide it</source>
        <translation>Affiche la clé secrète à l’écran jusqu’à ce que vous la masquiez</translation>
    </message>
    <message>
        <source>&amp;Copy secret</source>
        <translation>&amp;Copier le secret</translation>
    </message>
    <message>
        <source>Puts the secret key on the clipboard</source>
        <translation>Copie la clé secrète dans le presse-papiers</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>This space has no applications yet.</source>
        <translation>Cet espace n’a encore aucune application.</translation>
    </message>
    <message>
        <source>No application is called &quot;%1&quot;.</source>
        <translation>Aucune application ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>read this application</source>
        <translation>consulter cette application</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Secret key (shown)</source>
        <translation>Clé secrète (affichée)</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Mas&amp;quer</translation>
    </message>
    <message>
        <source>The secret key of %1 is on the clipboard.</source>
        <translation>La clé secrète de %1 est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Un&amp;publish</source>
        <translation>Dé&amp;publier</translation>
    </message>
    <message>
        <source>Your account may not %1: it needs the matching Application role (List, Read, Create, Edit or Delete) or full administrator rights.</source>
        <extracomment>%1 is what was tried, e.g. &quot;delete this application&quot;</extracomment>
        <translation>Votre compte n’est pas autorisé à %1&#xa0;: il lui faut le rôle Application correspondant (List, Read, Create, Edit ou Delete) ou des droits d’administrateur complets.</translation>
    </message>
    <message>
        <source>Could not %1. %2</source>
        <extracomment>%1 is what was tried, %2 the reason</extracomment>
        <translation>Impossible de %1. %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Application created.</source>
        <translation>Application créée.</translation>
    </message>
    <message>
        <source>%1 is published.</source>
        <translation>%1 est publiée.</translation>
    </message>
    <message>
        <source>%1 is no longer published.</source>
        <translation>%1 n’est plus publiée.</translation>
    </message>
    <message>
        <source>publish this application</source>
        <translation>publier cette application</translation>
    </message>
    <message>
        <source>unpublish this application</source>
        <translation>dépublier cette application</translation>
    </message>
    <message>
        <source>Delete application</source>
        <translation>Supprimer l’application</translation>
    </message>
    <message>
        <source>Delete the application &quot;%1&quot;? Locations that installed it lose it. This cannot be undone.</source>
        <translation>Supprimer l’application «&#xa0;%1&#xa0;»&#xa0;? Les sites qui l’ont installée la perdront. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 a été supprimée.</translation>
    </message>
    <message>
        <source>delete this application</source>
        <translation>supprimer cette application</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Creating, editing, publishing and deleting applications need a connection to the space, and so does the secret key, which is never kept offline.</source>
        <translation>Créer, modifier, publier et supprimer des applications nécessite une connexion à l’espace, tout comme la clé secrète, qui n’est jamais conservée hors ligne.</translation>
    </message>
    <message>
        <source>The space cannot be reached: this is the offline copy from %1.</source>
        <translation>L’espace est injoignable&#xa0;: voici la copie hors ligne du %1.</translation>
    </message>
    <message>
        <source>The space cannot be reached, and its offline copy from %1 has no applications.</source>
        <translation>L’espace est injoignable et sa copie hors ligne du %1 ne contient aucune application.</translation>
    </message>
    <message>
        <source>The space cannot be reached, and its offline copy from %1 has no application called &quot;%2&quot;.</source>
        <translation>L’espace est injoignable et sa copie hors ligne du %1 ne contient aucune application appelée «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Needs a connection to the space</source>
        <translation>Nécessite une connexion à l’espace</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book a room</source>
        <translation>Réserver une salle</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Notes for the space</source>
        <translation>Notes pour l’espace</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Booking rules</source>
        <translation>Règles de réservation</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Réserver</translation>
    </message>
    <message>
        <source>Free at that time.</source>
        <translation>Disponible à cet horaire.</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Prix&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>Réservation en cours…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Times are the space&apos;s local time (%1).</source>
        <translation>Les horaires sont à l’heure locale de l’espace (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Book %n free date(s)</source>
        <translation>
            <numerusform>&amp;Réserver %n date libre</numerusform>
            <numerusform>&amp;Réserver %n dates libres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingMonthCalendar</name>
    <message>
        <source>Month overview of your bookings</source>
        <translation>Vue du mois de vos réservations</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n réservation</numerusform>
            <numerusform>%n réservations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingsView</name>
    <message>
        <source>Your bookings, upcoming first. Times are the space&apos;s local time.</source>
        <translation>Vos réservations, les prochaines en premier. Les horaires sont à l’heure locale de l’espace.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <source>Refresh bookings</source>
        <translation>Actualiser les réservations</translation>
    </message>
    <message>
        <source>Export &amp;upcoming (.ics)…</source>
        <translation>Exporter les réservations à &amp;venir (.ics)…</translation>
    </message>
    <message>
        <source>Export all upcoming bookings as a calendar file</source>
        <translation>Exporter toutes les réservations à venir dans un fichier de calendrier</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Booking status</source>
        <translation>État des réservations</translation>
    </message>
    <message>
        <source>&amp;Export booking (.ics)…</source>
        <translation>&amp;Exporter la réservation (.ics)…</translation>
    </message>
    <message>
        <source>Export the selected booking as a calendar file</source>
        <translation>Exporter la réservation sélectionnée dans un fichier de calendrier</translation>
    </message>
    <message>
        <source>&amp;Cancel booking…</source>
        <translation>A&amp;nnuler la réservation…</translation>
    </message>
    <message>
        <source>Cancel the selected booking</source>
        <translation>Annuler la réservation sélectionnée</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Exporter vers le calendrier</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Annuler la réservation</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n réservation</numerusform>
            <numerusform>%n réservations</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling now is late and costs %1. Cancel the booking anyway?</source>
        <translation>Une annulation à ce stade est tardive et coûte %1. Annuler quand même la réservation&#xa0;?</translation>
    </message>
    <message>
        <source>Cancelling this booking is free. Cancel it?</source>
        <translation>L’annulation de cette réservation est gratuite. L’annuler&#xa0;?</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The booking was cancelled.</source>
        <translation>La réservation a été annulée.</translation>
    </message>
    <message>
        <source>Loading your bookings…</source>
        <translation>Chargement de vos réservations…</translation>
    </message>
    <message>
        <source>Checking the cancellation fee…</source>
        <translation>Vérification des frais d’annulation…</translation>
    </message>
    <message>
        <source>There are no upcoming bookings to export.</source>
        <translation>Aucune réservation à venir à exporter.</translation>
    </message>
    <message>
        <source>booking.ics</source>
        <translation>reservation.ics</translation>
    </message>
    <message>
        <source>bookings.ics</source>
        <translation>reservations.ics</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n booking(s) to %1.</source>
        <translation>
            <numerusform>%n réservation enregistrée dans %1.</numerusform>
            <numerusform>%n réservations enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s). %1</source>
        <translation>
            <numerusform>%n réservation. %1</numerusform>
            <numerusform>%n réservations. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel this and &amp;later…</source>
        <translation>Annuler celle-ci et les &amp;suivantes…</translation>
    </message>
    <message>
        <source>Cancel the selected booking of a series and every later one</source>
        <translation>Annuler la réservation choisie d’une série et toutes les suivantes</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n booking(s) of this series, from %1 to %2? Cancelling them is free.</source>
        <translation>
            <numerusform>Annuler %n réservation de cette série, du %1 au %2 ? L’annulation est gratuite.</numerusform>
            <numerusform>Annuler %n réservations de cette série, du %1 au %2 ? L’annulation est gratuite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n booking(s) of this series, from %1 to %2? Some are late: cancelling costs %3 in all.</source>
        <translation>
            <numerusform>Annuler %n réservation de cette série, du %1 au %2 ? Elle est tardive : l’annulation coûte %3 au total.</numerusform>
            <numerusform>Annuler %n réservations de cette série, du %1 au %2 ? Certaines sont tardives : l’annulation coûte %3 au total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) cancelled.</source>
        <translation>
            <numerusform>%n réservation annulée.</numerusform>
            <numerusform>%n réservations annulées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) cancelled; %1 could not be: %2</source>
        <translation>
            <numerusform>%n réservation annulée ; %1 n’a pas pu l’être : %2</numerusform>
            <numerusform>%n réservations annulées ; %1 n’ont pas pu l’être : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was cancelled: %1</source>
        <translation>Rien n’a été annulé : %1</translation>
    </message>
    <message>
        <source>Checking the cancellation fees…</source>
        <translation>Vérification des frais d’annulation…</translation>
    </message>
    <message>
        <source>series.ics</source>
        <translation>serie.ics</translation>
    </message>
    <message>
        <source>Pick a day to list only its bookings.</source>
        <translation>Choisissez un jour pour n’afficher que ses réservations.</translation>
    </message>
    <message>
        <source>Show &amp;all days</source>
        <translation>&amp;Tous les jours</translation>
    </message>
    <message>
        <source>List the bookings of every day</source>
        <translation>Lister les réservations de tous les jours</translation>
    </message>
    <message>
        <source>Cancel &amp;dates…</source>
        <translation>Annuler des &amp;dates…</translation>
    </message>
    <message>
        <source>Cancel the bookings of this series on the days you pick</source>
        <translation>Annuler les réservations de cette série aux jours choisis</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) on %1.</source>
        <translation>
            <numerusform>%n réservation le %1.</numerusform>
            <numerusform>%n réservations le %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyTimesFeed</name>
    <message>
        <source>Could not check which rooms are free: %1</source>
        <translation>Impossible de vérifier quelles salles sont disponibles&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DayTimeline</name>
    <message>
        <source>Busy times are not known yet.</source>
        <translation>Les créneaux occupés ne sont pas encore connus.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1: free all day.</source>
        <translation>%1&#xa0;: libre toute la journée.</translation>
    </message>
    <message>
        <source>%1: busy %2.</source>
        <translation>%1&#xa0;: occupée %2.</translation>
    </message>
    <message>
        <source>Free %1.</source>
        <translation>Libre %1.</translation>
    </message>
    <message>
        <source>Day timeline</source>
        <translation>Chronologie de la journée</translation>
    </message>
    <message>
        <source>Day timeline of %1</source>
        <translation>Chronologie de la journée de %1</translation>
    </message>
    <message>
        <source>Busy times not known</source>
        <translation>Créneaux occupés inconnus</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>Minimum number of people</source>
        <translation>Nombre minimal de personnes</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>Type of room</source>
        <translation>Type de salle</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>S&amp;ite</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>&amp;Amenities (all of them)</source>
        <translation>É&amp;quipements (tous requis)</translation>
    </message>
    <message>
        <source>Amenities the room must have</source>
        <translation>Équipements dont la salle doit disposer</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>S&amp;upprimer les filtres</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Supprimer tous les filtres</translation>
    </message>
    <message>
        <source>Any number of people</source>
        <translation>Nombre de personnes indifférent</translation>
    </message>
    <message>
        <source>%1 or more (%2)</source>
        <translation>%1 ou plus (%2)</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every location</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>&amp;Who may book</source>
        <translation>Qui peut &amp;réserver</translation>
    </message>
    <message>
        <source>Who may book the room</source>
        <translation>Qui peut réserver la salle</translation>
    </message>
    <message>
        <source>&amp;Free between</source>
        <translation>&amp;Disponible entre</translation>
    </message>
    <message>
        <source>Only rooms free in this time window</source>
        <translation>Uniquement les salles disponibles sur ce créneau</translation>
    </message>
    <message>
        <source>Day of the time window</source>
        <translation>Jour du créneau</translation>
    </message>
    <message>
        <source>Start of the time window</source>
        <translation>Début du créneau</translation>
    </message>
    <message>
        <source>to</source>
        <translation>et</translation>
    </message>
    <message>
        <source>End of the time window</source>
        <translation>Fin du créneau</translation>
    </message>
    <message>
        <source>Time zone and state of the time window</source>
        <translation>Fuseau horaire et état du créneau</translation>
    </message>
    <message>
        <source>Times are the space&apos;s local time.</source>
        <translation>Les horaires sont à l’heure locale de l’espace.</translation>
    </message>
    <message>
        <source>Times are in %1.</source>
        <translation>Les horaires sont exprimés dans le fuseau horaire %1.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>La fin doit être postérieure au début.</translation>
    </message>
    <message>
        <source>Checking which rooms are free…</source>
        <translation>Vérification des salles disponibles…</translation>
    </message>
    <message>
        <source>&amp;Free between (%1)</source>
        <translation>&amp;Disponible entre (%1)</translation>
    </message>
    <message>
        <source>Every room</source>
        <translation>Toutes les salles</translation>
    </message>
</context>
<context>
    <name>GuiSync</name>
    <message>
        <source>Syncing %1 (%2 of %3)</source>
        <translation>Synchronisation&#xa0;: %1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>The offline copy is up to date: %1.</source>
        <translation>La copie hors ligne est à jour&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Sync stopped. The offline copy keeps what was complete before.</source>
        <translation>Synchronisation arrêtée. La copie hors ligne garde ce qui était complet auparavant.</translation>
    </message>
</context>
<context>
    <name>HeadlessSync</name>
    <message>
        <source>[%1/%2] %3: page %4 of %5</source>
        <translation>[%1/%2] %3&#xa0;: page %4 sur %5</translation>
    </message>
    <message numerus="yes">
        <source>%1: the space did not answer; trying again in %n second(s)…</source>
        <translation>
            <numerusform>%1&#xa0;: l’espace n’a pas répondu&#xa0;; nouvelle tentative dans %n seconde…</numerusform>
            <numerusform>%1&#xa0;: l’espace n’a pas répondu&#xa0;; nouvelle tentative dans %n secondes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation>%1 ignorés : %2.</translation>
    </message>
    <message>
        <source>Synced %1 for %2 in %3 s; the offline copy is at %4.</source>
        <translation>Synchronisation terminée pour %2 en %3 s (%1)&#xa0;; la copie hors ligne se trouve dans %4.</translation>
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
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Space and account</source>
        <translation>Espace et compte</translation>
    </message>
    <message>
        <source>Search rooms</source>
        <translation>Rechercher des salles</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Bookable resources</source>
        <translation>Ressources réservables</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
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
        <source>&amp;About Portal Desk</source>
        <translation>À &amp;propos de Portal Desk</translation>
    </message>
    <message>
        <source>%1 — signed in as %2</source>
        <translation>%1 — connecté en tant que %2</translation>
    </message>
    <message>
        <source>%1 — Portal Desk</source>
        <translation>%1 — Portal Desk</translation>
    </message>
    <message>
        <source>About Portal Desk</source>
        <translation>À propos de Portal Desk</translation>
    </message>
    <message>
        <source>Portal Desk %1
A desktop client for Nexudus coworking spaces.</source>
        <translation>Portal Desk %1
Un client de bureau pour les espaces de coworking Nexudus.</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Comptes</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>&amp;Rename account…</source>
        <translation>&amp;Renommer le compte…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Re&amp;move account…</source>
        <translation>S&amp;upprimer le compte…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>&amp;Rooms</source>
        <translation>Sall&amp;es</translation>
    </message>
    <message>
        <source>R&amp;ooms</source>
        <translation>&amp;Salles</translation>
    </message>
    <message>
        <source>&amp;Book selected room…</source>
        <translation>&amp;Réserver la salle sélectionnée…</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Search rooms by name, description, type, floor or location</source>
        <translation>Rechercher des salles par nom, description, type, étage ou site</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Remove the &amp;offline copy…</source>
        <translation>Supprimer la copie &amp;hors ligne…</translation>
    </message>
    <message>
        <source>Forget the rooms, bookings and news saved on this computer for this account</source>
        <translation>Oublier les salles, réservations et actualités enregistrées sur cet ordinateur pour ce compte</translation>
    </message>
    <message>
        <source>&amp;Sync for offline use</source>
        <translation>&amp;Synchroniser pour l’usage hors ligne</translation>
    </message>
    <message>
        <source>Fetch the rooms, bookings and news of this account so they can be read without a connection</source>
        <translation>Récupère les salles, réservations et actualités de ce compte pour les consulter sans connexion</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
</context>
<context>
    <name>NewPropertyDialog</name>
    <message>
        <source>New property</source>
        <translation>Nouvelle propriété</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the property</source>
        <translation>Nom de la propriété</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Residential, commercial or mixed use</source>
        <translation>Résidentiel, commercial ou usage mixte</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Rue :</translation>
    </message>
    <message>
        <source>Street and number of the address</source>
        <translation>Rue et numéro de l&apos;adresse</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Quartier :</translation>
    </message>
    <message>
        <source>District or neighbourhood (optional)</source>
        <translation>Quartier ou secteur (facultatif)</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>City of the address</source>
        <translation>Ville de l&apos;adresse</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <source>Postal code (optional)</source>
        <translation>Code postal (facultatif)</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>Two-letter country code, e.g. AE</source>
        <translation>Code pays à deux lettres, p. ex. AE</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Lots :</translation>
    </message>
    <message>
        <source>How many units the property has</source>
        <translation>Nombre de lots de la propriété</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The answer was lost, so the property may or may not have been created. Close this form and refresh the list to see before you save it again.</source>
        <translation>La réponse a été perdue : la propriété a peut-être été créée, peut-être pas. Fermez ce formulaire et actualisez la liste pour vérifier avant d&apos;enregistrer à nouveau.</translation>
    </message>
</context>
<context>
    <name>NewsView</name>
    <message>
        <source>News</source>
        <translation>Actualités</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>Caté&amp;gorie&#xa0;:</translation>
    </message>
    <message>
        <source>News category</source>
        <translation>Catégorie d’actualités</translation>
    </message>
    <message>
        <source>Shows only the articles of this category</source>
        <translation>Affiche uniquement les articles de cette catégorie</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <source>Refresh news</source>
        <translation>Recharger les actualités</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Featured articles come first and are marked “Featured”</source>
        <translation>Les articles à la une apparaissent en premier et portent la mention «&#xa0;À la une&#xa0;»</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>The selected article with its comments</source>
        <translation>L’article sélectionné et ses commentaires</translation>
    </message>
    <message>
        <source>News status</source>
        <translation>État des actualités</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Try loading the news again</source>
        <translation>Réessayer de charger les actualités</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Loading the full article…</source>
        <translation>Chargement de l’article complet…</translation>
    </message>
    <message>
        <source>The full article could not be loaded: %1</source>
        <translation>L’article complet n’a pas pu être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Impossible d’ouvrir %1</translation>
    </message>
    <message>
        <source>Select an article to read it.</source>
        <translation>Sélectionnez un article pour le lire.</translation>
    </message>
    <message>
        <source>The news could not be loaded: %1</source>
        <translation>Les actualités n’ont pas pu être chargées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading news…</source>
        <translation>Chargement des actualités…</translation>
    </message>
    <message>
        <source>No news here yet.</source>
        <translation>Aucune actualité pour le moment.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences — Portal Desk</source>
        <translation>Préférences — Portal Desk</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Ask the space for its rooms at start when they are older than:</source>
        <translation>&amp;Demander les salles à l’espace au démarrage si elles datent de plus de :</translation>
    </message>
    <message>
        <source>Refresh the rooms at start after</source>
        <translation>Actualiser les salles au démarrage après</translation>
    </message>
    <message>
        <source>Every start</source>
        <translation>À chaque démarrage</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Rooms change rarely: until then the offline copy is shown without asking. Busy times and your bookings are always asked for, and Reload (F5) always asks.</source>
        <translation>Les salles changent rarement : d’ici là, la copie hors ligne est affichée sans demander. Les créneaux occupés et vos réservations sont toujours demandés, et Recharger (F5) demande toujours.</translation>
    </message>
</context>
<context>
    <name>PropertiesView</name>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Portfolio figures</source>
        <translation>Chiffres du portefeuille</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Occupied units</source>
        <translation>Lots occupés</translation>
    </message>
    <message>
        <source>Occupancy rate</source>
        <translation>Taux d&apos;occupation</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Property status</source>
        <translation>Statut de la propriété</translation>
    </message>
    <message>
        <source>Shows only the properties of this status</source>
        <translation>N&apos;affiche que les propriétés de ce statut</translation>
    </message>
    <message>
        <source>&amp;New property…</source>
        <translation>&amp;Nouvelle propriété…</translation>
    </message>
    <message>
        <source>New property</source>
        <translation>Nouvelle propriété</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <source>Refresh properties</source>
        <translation>Actualiser les propriétés</translation>
    </message>
    <message>
        <source>Loading the properties…</source>
        <translation>Chargement des propriétés…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>The portfolio&apos;s occupancy rate; %1 is the number (e.g. &quot;87.5&quot;) in the locale&apos;s digits.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>NEXUS Property OS refused the API key of this account. Sign in again with a new key from Settings › API Keys in your NEXUS dashboard.</source>
        <translation>NEXUS Property OS a refusé la clé d&apos;API de ce compte. Reconnectez-vous avec une nouvelle clé de Paramètres › Clés d&apos;API de votre tableau de bord NEXUS.</translation>
    </message>
    <message>
        <source>The properties could not be loaded: %1</source>
        <translation>Impossible de charger les propriétés : %1</translation>
    </message>
</context>
<context>
    <name>ResourceAuditRows</name>
    <message>
        <source>Not run yet</source>
        <translation>Pas encore exécuté</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n type(s))</source>
        <translation>
            <numerusform>%1 (%n type)</numerusform>
            <numerusform>%1 (%n types)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ResourceCardDelegate</name>
    <message>
        <source>Needs approval</source>
        <translation>Approbation requise</translation>
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
        <translation>Ressources réservables sous forme de cartes</translation>
    </message>
    <message>
        <source>Each card shows a room&apos;s picture, name, type and location, capacity, and whether bookings need approval. Press Enter to book the current room.</source>
        <translation>Chaque carte affiche la photo, le nom, le type et le site d’une salle, sa capacité et si les réservations doivent être approuvées. Appuyez sur Entrée pour réserver la salle sélectionnée.</translation>
    </message>
</context>
<context>
    <name>ResourceReviewDetails</name>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>No limit (0)</source>
        <translation>Aucune limite (0)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>Set (hidden)</source>
        <translation>Défini (masqué)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Unique id</source>
        <translation>ID unique</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Floor or area</source>
        <translation>Étage ou zone</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Confirmation e-mail</source>
        <translation>E-mail de confirmation</translation>
    </message>
    <message>
        <source>Picture file</source>
        <translation>Fichier de la photo</translation>
    </message>
    <message>
        <source>New picture URL</source>
        <translation>URL de la nouvelle photo</translation>
    </message>
    <message>
        <source>Clear picture on save</source>
        <translation>Effacer la photo à l’enregistrement</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>Modifiée par</translation>
    </message>
    <message>
        <source>System id</source>
        <translation>ID système</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Visible to members</source>
        <translation>Visible par les membres</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <source>Hidden in calendar</source>
        <translation>Masquée dans le calendrier</translation>
    </message>
    <message>
        <source>Display order</source>
        <translation>Ordre d’affichage</translation>
    </message>
    <message>
        <source>Amenities</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Capacity and rules</source>
        <translation>Capacité et règles</translation>
    </message>
    <message>
        <source>Allocation (capacity)</source>
        <translation>Allocation (capacité)</translation>
    </message>
    <message>
        <source>Multiple bookings at once</source>
        <translation>Plusieurs réservations simultanées</translation>
    </message>
    <message>
        <source>Visitors limited to allocation</source>
        <translation>Visiteurs limités à l’allocation</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>Approbation requise</translation>
    </message>
    <message>
        <source>Minimum length</source>
        <translation>Durée minimale</translation>
    </message>
    <message>
        <source>Maximum length</source>
        <translation>Durée maximale</translation>
    </message>
    <message>
        <source>Book in advance (days)</source>
        <translation>Réservation à l’avance (jours)</translation>
    </message>
    <message>
        <source>Late booking limit (minutes)</source>
        <translation>Délai de réservation tardive (minutes)</translation>
    </message>
    <message>
        <source>Late cancellation limit</source>
        <translation>Délai d’annulation tardive</translation>
    </message>
    <message>
        <source>Gap between bookings</source>
        <translation>Intervalle entre les réservations</translation>
    </message>
    <message>
        <source>No return: same person</source>
        <translation>Délai avant nouvelle réservation&#xa0;: même personne</translation>
    </message>
    <message>
        <source>No return: any resource</source>
        <translation>Délai avant nouvelle réservation&#xa0;: toute ressource</translation>
    </message>
    <message>
        <source>No return: anyone</source>
        <translation>Délai avant nouvelle réservation&#xa0;: tout le monde</translation>
    </message>
    <message>
        <source>Repeat bookings (count)</source>
        <translation>Réservations récurrentes (nombre)</translation>
    </message>
    <message>
        <source>Repeat bookings (months)</source>
        <translation>Réservations récurrentes (mois)</translation>
    </message>
    <message>
        <source>Opening hours (shifts)</source>
        <translation>Horaires d’ouverture (créneaux)</translation>
    </message>
    <message>
        <source>Availability exceptions</source>
        <translation>Exceptions de disponibilité</translation>
    </message>
    <message>
        <source>Linked resources</source>
        <translation>Ressources liées</translation>
    </message>
    <message>
        <source>In plain words</source>
        <translation>En clair</translation>
    </message>
    <message>
        <source>No limits</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>Membres uniquement</translation>
    </message>
    <message>
        <source>Contacts only</source>
        <translation>Contacts uniquement</translation>
    </message>
    <message>
        <source>Customers of the location only</source>
        <translation>Clients du site uniquement</translation>
    </message>
    <message>
        <source>Plans (tariffs)</source>
        <translation>Formules d’abonnement</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>Montant fixe</translation>
    </message>
    <message>
        <source>Percentage of the booking</source>
        <translation>Pourcentage de la réservation</translation>
    </message>
    <message>
        <source>Cancellation fee</source>
        <translation>Frais d’annulation</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Facturés</translation>
    </message>
    <message>
        <source>Not charged</source>
        <translation>Non facturés</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <source>Google calendar</source>
        <translation>Calendrier Google</translation>
    </message>
    <message>
        <source>Office 365 calendar</source>
        <translation>Calendrier Office 365</translation>
    </message>
    <message>
        <source>Kisi group</source>
        <translation>Groupe Kisi</translation>
    </message>
    <message>
        <source>Access control group</source>
        <translation>Groupe de contrôle d’accès</translation>
    </message>
    <message>
        <source>Access control groups</source>
        <translation>Groupes de contrôle d’accès</translation>
    </message>
    <message>
        <source>Shared Zoom account</source>
        <translation>Compte Zoom partagé</translation>
    </message>
    <message>
        <source>Zoom user</source>
        <translation>Utilisateur Zoom</translation>
    </message>
    <message>
        <source>Zoom access token</source>
        <translation>Jeton d’accès Zoom</translation>
    </message>
    <message>
        <source>Zoom refresh token</source>
        <translation>Jeton d’actualisation Zoom</translation>
    </message>
    <message>
        <source>Place and sensor</source>
        <translation>Emplacement et capteur</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Sensor reading</source>
        <translation>Relevé du capteur</translation>
    </message>
    <message>
        <source>Sensor says occupied</source>
        <translation>Occupée selon le capteur</translation>
    </message>
    <message>
        <source>Last cleaned</source>
        <translation>Dernier nettoyage</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
</context>
<context>
    <name>ResourceReviewView</name>
    <message>
        <source>Resource review</source>
        <translation>Revue des ressources</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Exact name, then Enter</source>
        <translation>Nom exact, puis Entrée</translation>
    </message>
    <message>
        <source>Filter resources by name</source>
        <translation>Filtrer les ressources par nom</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Site&#xa0;:</translation>
    </message>
    <message>
        <source>Filter resources by location</source>
        <translation>Filtrer les ressources par site</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Filter resources by type</source>
        <translation>Filtrer les ressources par type</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <source>Filter resources by visibility</source>
        <translation>Filtrer les ressources par visibilité</translation>
    </message>
    <message>
        <source>Min. &amp;capacity:</source>
        <translation>&amp;Capacité min.&#xa0;:</translation>
    </message>
    <message>
        <source>Minimum capacity</source>
        <translation>Capacité minimale</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Indifférente</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <source>Refresh the resources and the audit</source>
        <translation>Actualiser les ressources et l’audit</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the filtered resources as CSV</source>
        <translation>Exporter les ressources filtrées au format CSV</translation>
    </message>
    <message>
        <source>Resource review status</source>
        <translation>État de la revue des ressources</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Every field of the resource</source>
        <translation>Tous les champs de la ressource</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Audit of all resources</source>
        <translation>Audit de toutes les ressources</translation>
    </message>
    <message>
        <source>Audit rules with the number of resources each flags</source>
        <translation>Règles d’audit avec le nombre de ressources signalées par chacune</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c’est important</translation>
    </message>
    <message>
        <source>Audit status</source>
        <translation>État de l’audit</translation>
    </message>
    <message>
        <source>Show &amp;all resources</source>
        <translation>Afficher toutes les &amp;ressources</translation>
    </message>
    <message>
        <source>Show all resources again</source>
        <translation>Afficher de nouveau toutes les ressources</translation>
    </message>
    <message>
        <source>Loading resources…</source>
        <translation>Chargement des ressources…</translation>
    </message>
    <message>
        <source>No resource matches these filters.</source>
        <translation>Aucune ressource ne correspond à ces filtres.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n resource(s).</source>
        <translation>
            <numerusform>Affichage de %1 sur %n ressource.</numerusform>
            <numerusform>Affichage de %1 sur %n ressources.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every resource… %1 of %2</source>
        <translation>Vérification de toutes les ressources… %1 sur %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>Toutes les ressources</translation>
    </message>
    <message>
        <source>Visible, not archived</source>
        <translation>Visibles, non archivées</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masquées</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivées</translation>
    </message>
    <message>
        <source>The audit could not read the resources: %1</source>
        <translation>L’audit n’a pas pu lire les ressources&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checking every resource…</source>
        <translation>Vérification de toutes les ressources…</translation>
    </message>
    <message numerus="yes">
        <source>Checked all %n resource(s) of the account. Click a rule to list its resources.</source>
        <translation>
            <numerusform>%n ressource du compte vérifiée. Cliquez sur une règle pour afficher ses ressources.</numerusform>
            <numerusform>Les %n ressources du compte ont été vérifiées. Cliquez sur une règle pour afficher ses ressources.</numerusform>
        </translation>
    </message>
    <message>
        <source>No resource is flagged by &quot;%1&quot;.</source>
        <translation>Aucune ressource n’est signalée par «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n resource(s) flagged by &quot;%1&quot;.</source>
        <translation>
            <numerusform>Affichage de %n ressource signalée par «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>Affichage des %n ressources signalées par «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting… %1 of %2 resources</source>
        <translation>Export en cours… %1 ressources sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n resource(s) to %1.</source>
        <translation>
            <numerusform>%n ressource exportée vers %1.</numerusform>
            <numerusform>%n ressources exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L’exportation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export resources</source>
        <translation>Exporter les ressources</translation>
    </message>
    <message>
        <source>resources.csv</source>
        <translation>ressources.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again to review the resources.</source>
        <translation>Votre connexion a expiré ou a été révoquée. Reconnectez-vous pour consulter les ressources.</translation>
    </message>
    <message>
        <source>This account may not read the space&apos;s resources: the review is for the space&apos;s administrators.</source>
        <translation>Ce compte n’est pas autorisé à lire les ressources de l’espace&#xa0;: la revue est réservée aux administrateurs de l’espace.</translation>
    </message>
    <message>
        <source>The resources could not be loaded: %1</source>
        <translation>Les ressources n’ont pas pu être chargées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The space cannot be reached, and no resource of its offline copy from %1 matches these filters.</source>
        <translation>L’espace est injoignable et aucune ressource de sa copie hors ligne du %1 ne correspond à ces filtres.</translation>
    </message>
    <message numerus="yes">
        <source>The space cannot be reached: this is the offline copy from %1, %n resource(s), sorted and filtered on this computer. Exporting needs a connection.</source>
        <translation>
            <numerusform>L’espace est injoignable&#xa0;: voici la copie hors ligne du %1, %n ressource, triée et filtrée sur cet ordinateur. L’export nécessite une connexion.</numerusform>
            <numerusform>L’espace est injoignable&#xa0;: voici la copie hors ligne du %1, %n ressources, triées et filtrées sur cet ordinateur. L’export nécessite une connexion.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting needs a connection to the space.</source>
        <translation>L’export nécessite une connexion à l’espace.</translation>
    </message>
    <message numerus="yes">
        <source>Checked the %n resource(s) of the offline copy from %1. Click a rule to list its resources.</source>
        <translation>
            <numerusform>%n ressource de la copie hors ligne du %1 vérifiée. Cliquez sur une règle pour afficher ses ressources.</numerusform>
            <numerusform>Les %n ressources de la copie hors ligne du %1 ont été vérifiées. Cliquez sur une règle pour afficher ses ressources.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourceViewStack</name>
    <message>
        <source>Show rooms as &amp;cards</source>
        <translation>Afficher les salles sous forme de &amp;cartes</translation>
    </message>
    <message>
        <source>Switch the rooms between cards with pictures and a list (Ctrl+Shift+V)</source>
        <translation>Basculer l’affichage des salles entre des cartes avec photos et une liste (Ctrl+Shift+V)</translation>
    </message>
</context>
<context>
    <name>RoomDetails</name>
    <message>
        <source>Room details</source>
        <translation>Détails de la salle</translation>
    </message>
    <message>
        <source>&amp;Book this room…</source>
        <translation>Réser&amp;ver cette salle…</translation>
    </message>
    <message>
        <source>Book this room</source>
        <translation>Réserver cette salle</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <source>Amenities</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <source>About this room</source>
        <translation>À propos de cette salle</translation>
    </message>
    <message>
        <source>Select a room to see its details.</source>
        <translation>Sélectionnez une salle pour afficher ses détails.</translation>
    </message>
    <message>
        <source>Busy and free times</source>
        <translation>Créneaux occupés et disponibles</translation>
    </message>
    <message>
        <source>Booking rules</source>
        <translation>Règles de réservation</translation>
    </message>
    <message>
        <source>Booking rates</source>
        <translation>Tarifs de réservation</translation>
    </message>
    <message>
        <source>%1 per minute</source>
        <translation>%1 par minute</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>%1 de l’heure</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 par jour</translation>
    </message>
    <message>
        <source>%1 per week</source>
        <translation>%1 par semaine</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 par mois</translation>
    </message>
    <message>
        <source>%1 per booking</source>
        <translation>%1 par réservation</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RoomsPresenter</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Floor or area</source>
        <translation>Étage ou zone</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message numerus="yes">
        <source>%n bookable room(s)</source>
        <translation>
            <numerusform>%n salle réservable</numerusform>
            <numerusform>%n salles réservables</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading rooms… page %1 of %2</source>
        <translation>Chargement des salles… page %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>The space did not answer; trying again in %n second(s)…</source>
        <translation>
            <numerusform>L’espace n’a pas répondu&#xa0;; nouvelle tentative dans %n seconde…</numerusform>
            <numerusform>L’espace n’a pas répondu&#xa0;; nouvelle tentative dans %n secondes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Booking needs a connection to the space; Portal Desk will reconnect by itself.</source>
        <translation>La réservation nécessite une connexion à l’espace&#xa0;; Portal Desk se reconnectera automatiquement.</translation>
    </message>
    <message>
        <source>Booked %1: waiting for the space to approve it.</source>
        <translation>Réservation de %1 effectuée&#xa0;: en attente de l’approbation de l’espace.</translation>
    </message>
    <message>
        <source>Booked %1.</source>
        <translation>Réservation de %1 effectuée.</translation>
    </message>
    <message numerus="yes">
        <source>%n bookable room(s), from the offline copy of %1</source>
        <translation>
            <numerusform>%n salle réservable, d’après la copie hors ligne du %1</numerusform>
            <numerusform>%n salles réservables, d’après la copie hors ligne du %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This account may not see the space&apos;s rooms. Your bookings and the news are still here.</source>
        <translation>Ce compte ne peut pas voir les salles de l’espace. Vos réservations et les actualités restent disponibles.</translation>
    </message>
    <message>
        <source>This space does not list its rooms to Portal Desk. Your bookings and the news are still here.</source>
        <translation>Cet espace ne fournit pas la liste de ses salles à Portal Desk. Vos réservations et les actualités restent disponibles.</translation>
    </message>
    <message>
        <source>The space cannot be reached and there is no offline copy of its rooms yet: %1</source>
        <translation>Impossible de joindre l’espace, et il n’existe encore aucune copie hors ligne de ses salles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Offline — showing data from %1. Booking and other changes need a connection; Portal Desk reconnects by itself.</source>
        <translation>Hors ligne — affichage des données du %1. La réservation et les autres modifications nécessitent une connexion&#xa0;; Portal Desk se reconnecte automatiquement.</translation>
    </message>
    <message>
        <source>Offline — the space cannot be reached. Portal Desk reconnects by itself.</source>
        <translation>Hors ligne — impossible de joindre l’espace. Portal Desk se reconnecte automatiquement.</translation>
    </message>
    <message>
        <source>Booking needs a connection to the space.</source>
        <translation>La réservation nécessite une connexion à l’espace.</translation>
    </message>
    <message numerus="yes">
        <source>Booked %1 on %n date(s).</source>
        <translation>
            <numerusform>%1 réservée pour %n date.</numerusform>
            <numerusform>%1 réservée pour %n dates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>The day before (Page Up)</source>
        <translation>La veille (Page précédente)</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <source>The day after (Page Down)</source>
        <translation>Le lendemain (Page suivante)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd’hui</translation>
    </message>
    <message>
        <source>Today at the space (T)</source>
        <translation>Aujourd’hui à l’espace (T)</translation>
    </message>
    <message>
        <source>Hatched: busy · Tinted and labelled: your bookings · Grey: past · Line: now</source>
        <translation>Hachuré : occupé · Teinté et nommé : vos réservations · Gris : passé · Ligne : maintenant</translation>
    </message>
    <message>
        <source>Rooms by time of day</source>
        <translation>Salles par heure de la journée</translation>
    </message>
    <message>
        <source>Drag across free times or use Shift+arrows to pick a slot; Enter or a double-click books it.</source>
        <translation>Faites glisser sur des heures libres ou utilisez Maj+flèches pour choisir un créneau ; Entrée ou un double-clic le réserve.</translation>
    </message>
    <message>
        <source>this computer&apos;s time</source>
        <translation>l’heure de cet ordinateur</translation>
    </message>
    <message>
        <source>Today, %1 (times in %2)</source>
        <extracomment>the day shown, then the time zone its hours are in, e.g. &quot;Saturday, 27 March 2027 (times in Europe/Madrid)&quot;</extracomment>
        <translation>Aujourd’hui, %1 (heures en %2)</translation>
    </message>
    <message>
        <source>%1 (times in %2)</source>
        <translation>%1 (heures en %2)</translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <source>No rooms match the filter.</source>
        <translation>Aucune salle ne correspond au filtre.</translation>
    </message>
    <message>
        <source>%1; slot %2</source>
        <extracomment>the cursor cell&apos;s room, time and state, then the slot picked (e.g. &quot;…; slot 09:00–10:30&quot;)</extracomment>
        <translation>%1 ; créneau %2</translation>
    </message>
</context>
<context>
    <name>ScreenshotRun</name>
    <message>
        <source>Could not save the screenshot to %1.</source>
        <translation>Impossible d’enregistrer la capture d’écran dans %1.</translation>
    </message>
    <message>
        <source>Offline: the picture shows the offline copy.</source>
        <translation>Hors ligne&#xa0;: l’image montre la copie hors ligne.</translation>
    </message>
</context>
<context>
    <name>SeriesPanel</name>
    <message>
        <source>&amp;Repeat this booking</source>
        <translation>&amp;Répéter cette réservation</translation>
    </message>
    <message>
        <source>Re&amp;peats:</source>
        <translation>Ré&amp;pétition :</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>À quelle fréquence</translation>
    </message>
    <message>
        <source>Every how many</source>
        <translation>Tous les combien</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Les :</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Jours de la semaine</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Se termine :</translation>
    </message>
    <message>
        <source>&amp;After</source>
        <translation>&amp;Après</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Nombre de fois</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Le</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Repeat limits</source>
        <translation>Limites de répétition</translation>
    </message>
    <message>
        <source>Dates of the series</source>
        <translation>Dates de la série</translation>
    </message>
    <message>
        <source>Series summary</source>
        <translation>Résumé de la série</translation>
    </message>
    <message>
        <source>Checking every date…</source>
        <translation>Vérification de chaque date…</translation>
    </message>
    <message>
        <source>These choices give no date: choose an end after the first day.</source>
        <translation>Ces choix ne donnent aucune date : choisissez une fin après le premier jour.</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) booked.</source>
        <translation>
            <numerusform>%n date réservée.</numerusform>
            <numerusform>%n dates réservées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) not booked.</source>
        <translation>
            <numerusform>%n date non réservée.</numerusform>
            <numerusform>%n dates non réservées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) unknown: check My bookings before booking them again.</source>
        <translation>
            <numerusform>%n date inconnue : vérifiez Mes réservations avant de la réserver à nouveau.</numerusform>
            <numerusform>%n dates inconnues : vérifiez Mes réservations avant de les réserver à nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n date(s) can be booked.</source>
        <translation>
            <numerusform>%1 date sur %n peut être réservée.</numerusform>
            <numerusform>%1 dates sur %n peuvent être réservées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) cannot be booked; the list says why.</source>
        <translation>
            <numerusform>%n date ne peut pas être réservée ; la liste dit pourquoi.</numerusform>
            <numerusform>%n dates ne peuvent pas être réservées ; la liste dit pourquoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The room allows %n date(s) in one series; the later ones are left out.</source>
        <translation>
            <numerusform>La salle permet %n date par série ; les suivantes sont omises.</numerusform>
            <numerusform>La salle permet %n dates par série ; les suivantes sont omises.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A series of this room may run for %n month(s); the later dates are left out.</source>
        <translation>
            <numerusform>Une série de cette salle peut durer %n mois ; les dates suivantes sont omises.</numerusform>
            <numerusform>Une série de cette salle peut durer %n mois ; les dates suivantes sont omises.</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <source>Monthly, on this day</source>
        <translation>Tous les mois, ce jour-là</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>tous les %n jour</numerusform>
            <numerusform>tous les %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>tous les %n mois</numerusform>
            <numerusform>tous les %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>toutes les %n semaine</numerusform>
            <numerusform>toutes les %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n fois</numerusform>
            <numerusform>%n fois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesRangeDialog</name>
    <message>
        <source>Cancel dates of a series — Portal Desk</source>
        <translation>Annuler des dates d’une série — Portal Desk</translation>
    </message>
    <message>
        <source>Cancel dates of a series</source>
        <translation>Annuler des dates d’une série</translation>
    </message>
    <message>
        <source>Cancel the bookings of this series from one day to another, both included. The fees are shown before anything is cancelled.</source>
        <translation>Annule les réservations de cette série d’un jour à un autre, tous deux inclus. Les frais sont affichés avant toute annulation.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>First day to cancel</source>
        <translation>Premier jour à annuler</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>Last day to cancel</source>
        <translation>Dernier jour à annuler</translation>
    </message>
    <message>
        <source>Bookings in the range</source>
        <translation>Réservations de la période</translation>
    </message>
    <message>
        <source>No booking of this series falls on these days.</source>
        <translation>Aucune réservation de cette série ne tombe ces jours-là.</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) of this series will be cancelled.</source>
        <translation>
            <numerusform>%n réservation de cette série sera annulée.</numerusform>
            <numerusform>%n réservations de cette série seront annulées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesRuleWords</name>
    <message>
        <source>daily</source>
        <translation>tous les jours</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>tous les %n jour</numerusform>
            <numerusform>tous les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>tous les mois</translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>tous les %n mois</numerusform>
            <numerusform>tous les %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>toutes les semaines</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>toutes les %n semaine</numerusform>
            <numerusform>toutes les %n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>weekly on %1</source>
        <translation>chaque semaine le %1</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s) on %1</source>
        <translation>
            <numerusform>chaque semaine le %1</numerusform>
            <numerusform>toutes les %n semaines le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, jusqu’au %2</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Portal Desk</source>
        <translation>Connexion — Portal Desk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign in with the e-mail and password you use on your space&apos;s website.</source>
        <translation>Connectez-vous avec l’adresse e-mail et le mot de passe que vous utilisez sur le site web de votre espace.</translation>
    </message>
    <message>
        <source>&amp;Space:</source>
        <translation>&amp;Espace&#xa0;:</translation>
    </message>
    <message>
        <source>coworkfactory, or the space&apos;s web address</source>
        <translation>coworkfactory, ou l’adresse web de l’espace</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Your space&apos;s name or web address</source>
        <translation>Le nom ou l’adresse web de votre espace</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Adresse e-&amp;mail&#xa0;:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Two-factor &amp;code:</source>
        <translation>&amp;Code à deux facteurs&#xa0;:</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>Code à 6 chiffres</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>Code à deux facteurs</translation>
    </message>
    <message>
        <source>The code shown by your authenticator app</source>
        <translation>Le code affiché par votre application d’authentification</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Message de connexion</translation>
    </message>
    <message>
        <source>Message icon</source>
        <translation>Icône du message</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Set a &amp;new password…</source>
        <translation>Définir un &amp;nouveau mot de passe…</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>Définir un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Opens your space&apos;s password page in the web browser</source>
        <translation>Ouvre la page du mot de passe de votre espace dans le navigateur web</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Enter the e-mail address of your account, such as name@example.com.</source>
        <translation>Saisissez l’adresse e-mail de votre compte, par exemple nom@example.com.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Saisissez le code de votre application d’authentification.</translation>
    </message>
    <message>
        <source>Signing in did not work. Please try again.</source>
        <translation>La connexion a échoué. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The code was not accepted. Enter the current code from your authenticator app.</source>
        <translation>Le code n’a pas été accepté. Saisissez le code actuel de votre application d’authentification.</translation>
    </message>
    <message>
        <source>Could not sign in:</source>
        <translation>Connexion impossible&#xa0;:</translation>
    </message>
    <message>
        <source>One more step:</source>
        <translation>Encore une étape&#xa0;:</translation>
    </message>
</context>
<context>
    <name>StaffGate</name>
    <message>
        <source>The &quot;%1&quot; view is only for the space&apos;s staff; this account is a member.</source>
        <translation>La vue «&#xa0;%1&#xa0;» est réservée à l’équipe de l’espace&#xa0;; ce compte est un compte membre.</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; view is not part of this version yet; showing the rooms.</source>
        <translation>La vue «&#xa0;%1&#xa0;» n’est pas encore disponible dans cette version&#xa0;; affichage des salles.</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <source>%1: page %2 of %3</source>
        <translation>%1&#xa0;: page %2 sur %3</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Stop sync</source>
        <translation>Arrêter la synchronisation</translation>
    </message>
</context>
<context>
    <name>SyncWording</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1; skipped: %2</source>
        <translation>%1 ; ignorés : %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>this account may not read them</source>
        <translation>ce compte ne peut pas les lire</translation>
    </message>
    <message>
        <source>the space does not offer them</source>
        <translation>l’espace ne les propose pas</translation>
    </message>
    <message>
        <source>Sync stopped at %1: %2 What was synced before is kept.</source>
        <translation>Synchronisation interrompue (%1)&#xa0;: %2 Les données déjà synchronisées sont conservées.</translation>
    </message>
    <message>
        <source>Nothing could be synced: the space offers none of its data to this account (%1).</source>
        <translation>Rien n’a pu être synchronisé : l’espace ne propose aucune de ses données à ce compte (%1).</translation>
    </message>
</context>
<context>
    <name>TenantsView</name>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Search tenants</source>
        <translation>Rechercher des locataires</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or unit</source>
        <translation>Nom, e-mail, téléphone ou lot</translation>
    </message>
    <message>
        <source>Tenant details</source>
        <translation>Détails du locataire</translation>
    </message>
    <message>
        <source>No tenant matches this search.</source>
        <translation>Aucun locataire ne correspond à cette recherche.</translation>
    </message>
    <message>
        <source>The tenants could not be loaded: %1</source>
        <translation>Impossible de charger les locataires : %1</translation>
    </message>
    <message>
        <source>The tenant&apos;s details could not be loaded: %1</source>
        <translation>Impossible de charger les détails du locataire : %1</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Lot : %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail : %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Téléphone : %1</translation>
    </message>
    <message>
        <source>Emergency contacts:</source>
        <translation>Contacts d&apos;urgence :</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
</context>
<context>
    <name>api::ApiError</name>
    <message>
        <source>The connection was lost before the space answered. The change may or may not have been saved: check before trying again.</source>
        <translation>La connexion a été perdue avant la réponse de l’espace. La modification a pu être enregistrée ou non&#xa0;: vérifiez avant de réessayer.</translation>
    </message>
    <message>
        <source>The space could not be reached. Check your internet connection.</source>
        <translation>Impossible de joindre l’espace. Vérifiez votre connexion Internet.</translation>
    </message>
    <message>
        <source>The space did not answer in time. The change may or may not have been saved: check before trying again.</source>
        <translation>L’espace n’a pas répondu à temps. La modification a pu être enregistrée ou non&#xa0;: vérifiez avant de réessayer.</translation>
    </message>
    <message>
        <source>The space took too long to answer. Please try again.</source>
        <translation>L’espace a mis trop de temps à répondre. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Votre session a expiré. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Your account is not allowed to see this.</source>
        <translation>Votre compte n’est pas autorisé à voir ce contenu.</translation>
    </message>
    <message>
        <source>This item no longer exists on the space.</source>
        <translation>Cet élément n’existe plus dans l’espace.</translation>
    </message>
    <message numerus="yes">
        <source>The space is busy. Trying again in %n second(s).</source>
        <translation>
            <numerusform>L’espace est occupé. Nouvelle tentative dans %n seconde.</numerusform>
            <numerusform>L’espace est occupé. Nouvelle tentative dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The space is busy. Please wait a moment and try again.</source>
        <translation>L’espace est occupé. Veuillez patienter un instant, puis réessayer.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n champ doit être vérifié.</numerusform>
            <numerusform>%n champs doivent être vérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The space refused the change: %1</source>
        <translation>L’espace a refusé la modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>The space refused the change.</source>
        <translation>L’espace a refusé la modification.</translation>
    </message>
    <message>
        <source>The space had a problem answering. Please try again later.</source>
        <translation>L’espace a rencontré un problème pour répondre. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>The space sent an answer Portal Desk cannot read.</source>
        <translation>L’espace a envoyé une réponse que Portal Desk ne peut pas lire.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The space refused the request (error %1).</source>
        <translation>L’espace a refusé la requête (erreur %1).</translation>
    </message>
    <message>
        <source>This space does not offer this.</source>
        <translation>Cet espace ne propose pas ceci.</translation>
    </message>
    <message>
        <source>The space answered with a redirect to another address: %1. Portal Desk did not follow it, so your sign-in stays with the space.</source>
        <translation>L’espace a répondu par une redirection vers une autre adresse : %1. Portal Desk ne l’a pas suivie, votre connexion reste donc auprès de l’espace.</translation>
    </message>
    <message>
        <source>The space sent an answer larger than %1 MB; Portal Desk stopped reading it.</source>
        <translation>L’espace a envoyé une réponse de plus de %1 Mo ; Portal Desk a cessé de la lire.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2</source>
        <translation>La connexion sécurisée à %1 a été refusée : %2</translation>
    </message>
</context>
<context>
    <name>api::ListPage</name>
    <message>
        <source>The list answer has no records.</source>
        <translation>La liste renvoyée ne contient aucun enregistrement.</translation>
    </message>
</context>
<context>
    <name>api::ServerAddress</name>
    <message>
        <source>Enter your space&apos;s name or web address.</source>
        <translation>Saisissez le nom ou l’adresse web de votre espace.</translation>
    </message>
    <message>
        <source>This is not a valid space name or web address.</source>
        <translation>Ce n’est pas un nom d’espace ni une adresse web valide.</translation>
    </message>
    <message>
        <source>Only https:// addresses are supported.</source>
        <translation>Seules les adresses https:// sont prises en charge.</translation>
    </message>
    <message>
        <source>Plain http:// is not safe for signing in. Use the space&apos;s https:// address.</source>
        <translation>Une adresse http:// simple n’est pas sûre pour se connecter. Utilisez l’adresse https:// de l’espace.</translation>
    </message>
</context>
<context>
    <name>auth::SignInError</name>
    <message>
        <source>The e-mail or password is not correct.</source>
        <translation>L’adresse e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Saisissez le code de votre application d’authentification.</translation>
    </message>
    <message>
        <source>You need to set a new password on the space&apos;s website first.</source>
        <translation>Vous devez d’abord définir un nouveau mot de passe sur le site web de l’espace.</translation>
    </message>
</context>
<context>
    <name>cache::OfflineStore</name>
    <message>
        <source>The offline copy cannot be kept: the folder %1 cannot be created.</source>
        <translation>La copie hors ligne ne peut pas être conservée&#xa0;: le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The offline copy of this account could not be read, so it was set aside and will be rebuilt from the space.</source>
        <translation>La copie hors ligne de ce compte n’a pas pu être lue&#xa0;: elle a été mise de côté et sera reconstruite à partir de l’espace.</translation>
    </message>
    <message>
        <source>The offline copy was written by a newer version of Portal Desk.</source>
        <translation>La copie hors ligne a été écrite par une version plus récente de Portal Desk.</translation>
    </message>
    <message>
        <source>The offline copy could not be opened: %1</source>
        <translation>La copie hors ligne n’a pas pu être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>The offline copy could not be updated: %1</source>
        <translation>La copie hors ligne n’a pas pu être mise à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>The offline copy could not be removed: %1</source>
        <translation>La copie hors ligne n’a pas pu être supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The disk is full, so the offline copy could not be updated. What was saved before is kept.</source>
        <translation>Le disque est plein&#xa0;: la copie hors ligne n’a pas pu être mise à jour. Les données enregistrées auparavant sont conservées.</translation>
    </message>
    <message>
        <source>The offline copy is damaged (%1).</source>
        <translation>La copie hors ligne est endommagée (%1).</translation>
    </message>
</context>
<context>
    <name>domain::Amenity</name>
    <message>
        <source>Projector</source>
        <translation>Projecteur</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Conference phone</source>
        <translation>Téléphone de conférence</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Whiteboard</source>
        <translation>Tableau blanc</translation>
    </message>
    <message>
        <source>Large display</source>
        <translation>Grand écran</translation>
    </message>
    <message>
        <source>Catering</source>
        <translation>Traiteur</translation>
    </message>
    <message>
        <source>Tea and coffee</source>
        <translation>Thé et café</translation>
    </message>
    <message>
        <source>Drinks</source>
        <translation>Boissons</translation>
    </message>
    <message>
        <source>Security lock</source>
        <translation>Serrure de sécurité</translation>
    </message>
    <message>
        <source>CCTV</source>
        <translation>Vidéosurveillance</translation>
    </message>
    <message>
        <source>Voice recorder</source>
        <translation>Enregistreur vocal</translation>
    </message>
    <message>
        <source>Air conditioning</source>
        <translation>Climatisation</translation>
    </message>
    <message>
        <source>Heating</source>
        <translation>Chauffage</translation>
    </message>
    <message>
        <source>Natural light</source>
        <translation>Lumière naturelle</translation>
    </message>
    <message>
        <source>Standing desk</source>
        <translation>Bureau debout</translation>
    </message>
    <message>
        <source>Quiet zone</source>
        <translation>Zone calme</translation>
    </message>
    <message>
        <source>Wireless charger</source>
        <translation>Chargeur sans fil</translation>
    </message>
    <message>
        <source>Privacy screen</source>
        <translation>Écran de confidentialité</translation>
    </message>
    <message>
        <source>Soundproof</source>
        <translation>Insonorisé</translation>
    </message>
    <message>
        <source>Video conferencing</source>
        <translation>Visioconférence</translation>
    </message>
    <message>
        <source>Dual display screen</source>
        <translation>Double écran</translation>
    </message>
    <message>
        <source>Display screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Wireless presentation</source>
        <translation>Présentation sans fil</translation>
    </message>
    <message>
        <source>PA system</source>
        <translation>Sonorisation</translation>
    </message>
    <message>
        <source>Desktop monitor</source>
        <translation>Moniteur de bureau</translation>
    </message>
    <message>
        <source>Flip chart</source>
        <translation>Paperboard</translation>
    </message>
    <message>
        <source>Secure storage</source>
        <translation>Rangement sécurisé</translation>
    </message>
</context>
<context>
    <name>domain::AmenityGroup</name>
    <message>
        <source>Audio-visual</source>
        <translation>Audiovisuel</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Connectivité</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>Confort</translation>
    </message>
    <message>
        <source>Food &amp; drink</source>
        <translation>Restauration et boissons</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
</context>
<context>
    <name>domain::BookingErrors</name>
    <message>
        <source>This room no longer exists.</source>
        <translation>Cette salle n’existe plus.</translation>
    </message>
    <message>
        <source>Your account cannot book at this space yet.</source>
        <translation>Votre compte ne peut pas encore réserver dans cet espace.</translation>
    </message>
    <message>
        <source>The room is already booked at that time.</source>
        <translation>La salle est déjà réservée à cet horaire.</translation>
    </message>
    <message>
        <source>An event takes place in the room at that time.</source>
        <translation>Un événement a lieu dans la salle à cet horaire.</translation>
    </message>
    <message>
        <source>The room is full at that time.</source>
        <translation>La salle est complète à cet horaire.</translation>
    </message>
    <message>
        <source>The room is not open at that time.</source>
        <translation>La salle n’est pas ouverte à cet horaire.</translation>
    </message>
    <message>
        <source>That time has already passed.</source>
        <translation>Cet horaire est déjà passé.</translation>
    </message>
    <message>
        <source>You have reached your booking limit for this week.</source>
        <translation>Vous avez atteint votre limite de réservations pour cette semaine.</translation>
    </message>
    <message>
        <source>You have reached your booking limit for this month.</source>
        <translation>Vous avez atteint votre limite de réservations pour ce mois-ci.</translation>
    </message>
    <message>
        <source>Your plan does not include this room.</source>
        <translation>Votre formule n’inclut pas cette salle.</translation>
    </message>
    <message>
        <source>The room is not available for booking.</source>
        <translation>Cette salle n’est pas disponible à la réservation.</translation>
    </message>
    <message>
        <source>That is too soon: this room must be booked further in advance.</source>
        <translation>C’est trop tôt&#xa0;: cette salle doit être réservée plus longtemps à l’avance.</translation>
    </message>
    <message>
        <source>That is too far ahead: this room cannot be booked that early.</source>
        <translation>C’est trop loin&#xa0;: cette salle ne peut pas être réservée aussi longtemps à l’avance.</translation>
    </message>
    <message>
        <source>The booking is longer than this room allows.</source>
        <translation>La réservation dépasse la durée maximale autorisée pour cette salle.</translation>
    </message>
    <message>
        <source>The booking is shorter than this room allows.</source>
        <translation>La réservation est inférieure à la durée minimale autorisée pour cette salle.</translation>
    </message>
    <message>
        <source>The room needs a break between bookings at that time.</source>
        <translation>La salle nécessite une pause entre deux réservations à cet horaire.</translation>
    </message>
    <message>
        <source>You booked this recently; the space asks you to wait before booking again.</source>
        <translation>Vous avez réservé récemment&#xa0;; l’espace vous demande d’attendre avant de réserver à nouveau.</translation>
    </message>
    <message>
        <source>The space does not allow this booking.</source>
        <translation>L’espace n’autorise pas cette réservation.</translation>
    </message>
    <message>
        <source>The room cannot be booked at that time.</source>
        <translation>La salle ne peut pas être réservée à cet horaire.</translation>
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
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>parts of a length of time: 1 hour 30 minutes</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cancel at least %1 before the start</source>
        <translation>Annulez au moins %1 avant le début</translation>
    </message>
    <message>
        <source>Cancelling less than %1 before the start costs a fee</source>
        <translation>Une annulation moins de %1 avant le début entraîne des frais</translation>
    </message>
    <message>
        <source>Cancelling less than %1 before the start costs %2</source>
        <translation>Une annulation moins de %1 avant le début coûte %2</translation>
    </message>
    <message>
        <source>Cancelling a booking costs a fee</source>
        <translation>L’annulation d’une réservation entraîne des frais</translation>
    </message>
    <message>
        <source>Cancelling a booking costs %1</source>
        <translation>L’annulation d’une réservation coûte %1</translation>
    </message>
    <message>
        <source>Only members and contacts can book</source>
        <translation>Seuls les membres et les contacts peuvent réserver</translation>
    </message>
    <message>
        <source>Only members can book</source>
        <translation>Seuls les membres peuvent réserver</translation>
    </message>
    <message>
        <source>Only contacts can book</source>
        <translation>Seuls les contacts peuvent réserver</translation>
    </message>
    <message>
        <source>Only customers of this location can book</source>
        <translation>Seuls les clients de ce site peuvent réserver</translation>
    </message>
    <message numerus="yes">
        <source>Only members of %n team(s) can book</source>
        <translation>
            <numerusform>Seuls les membres de %n équipe peuvent réserver</numerusform>
            <numerusform>Seuls les membres de %n équipes peuvent réserver</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only members on %n plan(s) can book</source>
        <translation>
            <numerusform>Seuls les membres abonnés à %n formule précise peuvent réserver</numerusform>
            <numerusform>Seuls les membres abonnés à l’une des %n formules peuvent réserver</numerusform>
        </translation>
    </message>
    <message>
        <source>Book up to %1 ahead</source>
        <translation>Réservez jusqu’à %1 à l’avance</translation>
    </message>
    <message>
        <source>Book at least %1 before the start</source>
        <translation>Réservez au moins %1 avant le début</translation>
    </message>
    <message>
        <source>Bookings last at least %1</source>
        <translation>Les réservations durent au moins %1</translation>
    </message>
    <message>
        <source>Bookings last at most %1</source>
        <translation>Les réservations durent au plus %1</translation>
    </message>
    <message>
        <source>Bookings are at least %1 apart</source>
        <translation>Les réservations sont espacées d’au moins %1</translation>
    </message>
    <message>
        <source>After your booking ends, wait %1 before booking this room again</source>
        <translation>Après la fin de votre réservation, attendez %1 avant de réserver à nouveau cette salle</translation>
    </message>
    <message>
        <source>After your booking ends, wait %1 before booking any room again</source>
        <translation>Après la fin de votre réservation, attendez %1 avant de réserver à nouveau une salle</translation>
    </message>
    <message>
        <source>After each booking, nobody can book this room for %1</source>
        <translation>Après chaque réservation, personne ne peut réserver cette salle pendant %1</translation>
    </message>
    <message>
        <source>Bookings need the space&apos;s approval</source>
        <translation>Les réservations doivent être approuvées par l’espace</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n booking(s) can share this room at the same time</source>
        <translation>
            <numerusform>Jusqu’à %n réservation simultanée dans cette salle</numerusform>
            <numerusform>Jusqu’à %n réservations simultanées dans cette salle</numerusform>
        </translation>
    </message>
    <message>
        <source>Several bookings can share this room at the same time</source>
        <translation>Plusieurs réservations peuvent partager cette salle en même temps</translation>
    </message>
    <message numerus="yes">
        <source>Visitors count towards the limit of %n attendee(s)</source>
        <translation>
            <numerusform>Les visiteurs comptent dans la limite de %n participant</numerusform>
            <numerusform>Les visiteurs comptent dans la limite de %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A repeating booking can have up to %n occurrence(s)</source>
        <translation>
            <numerusform>Une réservation récurrente peut compter jusqu’à %n occurrence</numerusform>
            <numerusform>Une réservation récurrente peut compter jusqu’à %n occurrences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A repeating booking can run for up to %n month(s)</source>
        <translation>
            <numerusform>Une réservation récurrente peut durer jusqu’à %n mois</numerusform>
            <numerusform>Une réservation récurrente peut durer jusqu’à %n mois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain::ResourceAudit</name>
    <message>
        <source>Minimum length above maximum</source>
        <translation>Durée minimale supérieure à la durée maximale</translation>
    </message>
    <message>
        <source>Visible but archived</source>
        <translation>Visible mais archivée</translation>
    </message>
    <message>
        <source>Shared bookings without a capacity</source>
        <translation>Réservations partagées sans capacité</translation>
    </message>
    <message>
        <source>Type without booking rates</source>
        <translation>Type sans tarifs de réservation</translation>
    </message>
    <message>
        <source>Cancellation fee without an amount</source>
        <translation>Frais d’annulation sans montant</translation>
    </message>
    <message>
        <source>Visitors limited to an unset capacity</source>
        <translation>Visiteurs limités à une capacité non définie</translation>
    </message>
    <message>
        <source>The minimum booking length is longer than the maximum, so no booking can satisfy both.</source>
        <translation>La durée minimale de réservation dépasse la durée maximale&#xa0;: aucune réservation ne peut donc respecter les deux.</translation>
    </message>
    <message>
        <source>Archived resources should not be offered, yet these are still visible to members.</source>
        <translation>Les ressources archivées ne devraient pas être proposées, or celles-ci sont toujours visibles par les membres.</translation>
    </message>
    <message>
        <source>Several bookings may overlap, but no allocation says how many, so nothing caps them.</source>
        <translation>Plusieurs réservations peuvent se chevaucher, mais aucune allocation n’en fixe le nombre&#xa0;: rien ne les limite donc.</translation>
    </message>
    <message>
        <source>The resource type has no booking rate, so bookings of it cannot be priced.</source>
        <translation>Le type de ressource n’a aucun tarif de réservation&#xa0;: ses réservations ne peuvent donc pas être tarifées.</translation>
    </message>
    <message>
        <source>A late-cancellation fee is charged, but its amount or percentage is missing or zero.</source>
        <translation>Des frais d’annulation tardive sont facturés, mais leur montant ou pourcentage est absent ou nul.</translation>
    </message>
    <message>
        <source>Visitors are limited to the allocation, but no allocation is set.</source>
        <translation>Les visiteurs sont limités à l’allocation, mais aucune allocation n’est définie.</translation>
    </message>
    <message>
        <source>Not checked: the booking rates could not be read with this account.</source>
        <translation>Non vérifié&#xa0;: les tarifs de réservation n’ont pas pu être lus avec ce compte.</translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>Non vérifié.</translation>
    </message>
</context>
<context>
    <name>domain::ResourceReviewColumns</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Floor or area</source>
        <translation>Étage ou zone</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visible</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <source>Hidden in calendar</source>
        <translation>Masquée dans le calendrier</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>Approbation requise</translation>
    </message>
    <message>
        <source>Min. length</source>
        <translation>Durée min.</translation>
    </message>
    <message>
        <source>Max. length</source>
        <translation>Durée max.</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
</context>
<context>
    <name>domain::SystemResourceType</name>
    <message>
        <source>Uncategorised</source>
        <translation>Non classé</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Salle de réunion</translation>
    </message>
    <message>
        <source>Hot desk</source>
        <translation>Poste flexible</translation>
    </message>
    <message>
        <source>Private office</source>
        <translation>Bureau privé</translation>
    </message>
    <message>
        <source>Event space</source>
        <translation>Espace événementiel</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Cuisine</translation>
    </message>
    <message>
        <source>Treatment room</source>
        <translation>Salle de soins</translation>
    </message>
    <message>
        <source>Storage unit</source>
        <translation>Espace de stockage</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>Day pass</source>
        <translation>Pass journée</translation>
    </message>
    <message>
        <source>Phone booth</source>
        <translation>Cabine téléphonique</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>html::BlogPostHtml</name>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Commentaire (%n)</numerusform>
            <numerusform>Commentaires (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Aucun commentaire pour le moment.</translation>
    </message>
    <message>
        <source>Comments are closed.</source>
        <translation>Les commentaires sont fermés.</translation>
    </message>
    <message>
        <source>A member</source>
        <translation>Un membre</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Dans %1</translation>
    </message>
</context>
<context>
    <name>models::ApplicationListModel</name>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Non publiée</translation>
    </message>
</context>
<context>
    <name>models::BlogPostListModel</name>
    <message>
        <source>★ Featured</source>
        <translation>★ À la une</translation>
    </message>
</context>
<context>
    <name>models::BookingAccess</name>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>Membres uniquement</translation>
    </message>
    <message>
        <source>Contacts only</source>
        <translation>Contacts uniquement</translation>
    </message>
    <message>
        <source>Customers of the location only</source>
        <translation>Clients du site uniquement</translation>
    </message>
    <message>
        <source>Some teams or plans only</source>
        <translation>Certaines équipes ou formules uniquement</translation>
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
        <translation>À venir</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>En attente d’approbation</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, repeating)</source>
        <translation>%1 — %2 (%3, récurrente)</translation>
    </message>
</context>
<context>
    <name>models::BookingSeriesTreeProxy</name>
    <message>
        <source>series</source>
        <translation>série</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n booking(s), next %3</source>
        <translation>
            <numerusform>%1 — %2, %n réservation, prochaine %3</numerusform>
            <numerusform>%1 — %2, %n réservations, prochaine %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n booking(s), all past or cancelled</source>
        <translation>
            <numerusform>%1 — %2, %n réservation, toutes passées ou annulées</numerusform>
            <numerusform>%1 — %2, %n réservations, toutes passées ou annulées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>models::PageFeed</name>
    <message>
        <source>The space cannot be reached.</source>
        <translation>L’espace est injoignable.</translation>
    </message>
</context>
<context>
    <name>models::PropertyListModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Résidentiel</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Mixed use</source>
        <translation>Usage mixte</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>An occupancy rate; %1 is the number (e.g. &quot;93&quot;), written with the locale&apos;s digits.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Occupés</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupation</translation>
    </message>
</context>
<context>
    <name>models::ResourceListModel</name>
    <message numerus="yes">
        <source>%n people</source>
        <comment>capacity of a resource</comment>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
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
        <translation>Votre réservation (en attente d’approbation)</translation>
    </message>
    <message>
        <source>Your booking</source>
        <translation>Votre réservation</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passée</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>room, slot start–end: state (e.g. &quot;Room 1, 09:00–09:30: Busy&quot;)</extracomment>
        <translation>%1, %2 : %3</translation>
    </message>
</context>
<context>
    <name>models::SeriesOccurrenceModel</name>
    <message>
        <source>… Checking</source>
        <translation>… Vérification</translation>
    </message>
    <message>
        <source>✓ Free</source>
        <translation>✓ Libre</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✗ Could not be checked: %1</source>
        <translation>✗ Vérification impossible : %1</translation>
    </message>
    <message>
        <source>… Booking</source>
        <translation>… Réservation</translation>
    </message>
    <message>
        <source>✓ Booked, waiting for the space&apos;s approval</source>
        <translation>✓ Réservée, en attente de l’accord de l’espace</translation>
    </message>
    <message>
        <source>✓ Booked</source>
        <translation>✓ Réservée</translation>
    </message>
    <message>
        <source>✗ Not booked: %1</source>
        <translation>✗ Non réservée : %1</translation>
    </message>
    <message>
        <source>? Unknown: %1</source>
        <translation>? Inconnu : %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Can it be booked?</source>
        <translation>Réservable ?</translation>
    </message>
</context>
<context>
    <name>models::TenantListModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Former</source>
        <translation>Ancien</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
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
        <translation>L’article n’a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>repository::BlogPostRepository</name>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
</context>
<context>
    <name>repository::BookingCommands</name>
    <message>
        <source>The space accepted the booking, but it does not appear in your bookings yet. Check again in a moment.</source>
        <translation>L’espace a accepté la réservation, mais elle n’apparaît pas encore dans vos réservations. Vérifiez de nouveau dans un instant.</translation>
    </message>
    <message>
        <source>The booking was sent, but your bookings could not be read to confirm it: %1</source>
        <translation>La réservation a été envoyée, mais vos réservations n’ont pas pu être lues pour la confirmer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The booking was sent, but you signed out before it could be confirmed. Check your bookings after signing in.</source>
        <translation>La réservation a été envoyée, mais vous vous êtes déconnecté avant qu’elle puisse être confirmée. Vérifiez vos réservations après vous être connecté.</translation>
    </message>
</context>
<context>
    <name>repository::Datasets</name>
    <message>
        <source>rooms</source>
        <translation>salles</translation>
    </message>
    <message>
        <source>room details</source>
        <translation>détails des salles</translation>
    </message>
    <message>
        <source>bookings</source>
        <translation>réservations</translation>
    </message>
    <message>
        <source>cancelled bookings</source>
        <translation>réservations annulées</translation>
    </message>
    <message>
        <source>news</source>
        <translation>actualités</translation>
    </message>
    <message>
        <source>news articles</source>
        <translation>articles d’actualité</translation>
    </message>
    <message>
        <source>your profile</source>
        <translation>votre profil</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>applications</translation>
    </message>
    <message>
        <source>application details</source>
        <translation>détails des applications</translation>
    </message>
    <message>
        <source>resources for review</source>
        <translation>ressources à examiner</translation>
    </message>
    <message>
        <source>resource details for review</source>
        <translation>détails des ressources à examiner</translation>
    </message>
    <message>
        <source>resource types</source>
        <translation>types de ressource</translation>
    </message>
    <message>
        <source>booking rates</source>
        <translation>tarifs de réservation</translation>
    </message>
</context>
<context>
    <name>repository::MyBookingsRepository</name>
    <message>
        <source>This account may not see cancelled bookings.</source>
        <translation>Ce compte ne peut pas voir les réservations annulées.</translation>
    </message>
    <message>
        <source>This space does not list cancelled bookings.</source>
        <translation>Cet espace ne fournit pas la liste des réservations annulées.</translation>
    </message>
    <message>
        <source>This account may not see its bookings here.</source>
        <translation>Ce compte ne peut pas voir ses réservations ici.</translation>
    </message>
    <message>
        <source>This space does not list bookings to Portal Desk.</source>
        <translation>Cet espace ne fournit pas la liste des réservations à Portal Desk.</translation>
    </message>
</context>
<context>
    <name>repository::ResourceCsvExport</name>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Impossible d’écrire le fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>repository::ResourceDetailsLoader</name>
    <message>
        <source>The room&apos;s details could not be loaded.</source>
        <translation>Impossible de charger les détails de la salle.</translation>
    </message>
    <message>
        <source>The space answered with another room.</source>
        <translation>L’espace a répondu avec une autre salle.</translation>
    </message>
</context>
<context>
    <name>repository::SeriesBooking</name>
    <message>
        <source>The clocks go forward that night: %1 does not exist on that day.</source>
        <translation>Cette nuit-là, on avance les horloges : %1 n’existe pas ce jour-là.</translation>
    </message>
    <message>
        <source>Not sent: the answer about %1 was lost. Check your bookings, then book the rest again.</source>
        <translation>Non envoyée : la réponse concernant %1 a été perdue. Vérifiez vos réservations, puis réservez à nouveau le reste.</translation>
    </message>
</context>
<context>
    <name>repository::calls</name>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
</context>
</TS>
