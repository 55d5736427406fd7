<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountCoordinator</name>
    <message>
        <source>No secure storage (keychain) is available, so Portal Desk cannot remember this sign-in: you will need to sign in again next time.</source>
        <translation>No hay ningún almacenamiento seguro (llavero) disponible, por lo que Portal Desk no puede recordar este inicio de sesión: será necesario volver a iniciar sesión la próxima vez.</translation>
    </message>
    <message>
        <source>There is no stored sign-in for %1. Sign in once with --user EMAIL and --password-stdin.</source>
        <translation>No hay ningún inicio de sesión guardado para %1. Inicia sesión una vez con --user EMAIL y --password-stdin.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>The demo space could not start: no free local port.</source>
        <translation>No se ha podido iniciar el espacio de demostración: no hay ningún puerto local libre.</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>No se ha podido iniciar sesión: %1</translation>
    </message>
    <message>
        <source>Starting the demo space…</source>
        <translation>Iniciando el espacio de demostración…</translation>
    </message>
    <message>
        <source>Sign in with --user EMAIL and --password-stdin.</source>
        <translation>Iniciar sesión con --user EMAIL y --password-stdin.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Iniciando sesión en %1…</translation>
    </message>
    <message>
        <source>an account</source>
        <translation>una cuenta</translation>
    </message>
    <message>
        <source>There is no stored sign-in for %1 at %2. Sign in once with --user EMAIL and --password-stdin.</source>
        <translation>No hay ningún inicio de sesión guardado para %1 en %2. Inicia sesión una vez con --user EMAIL y --password-stdin.</translation>
    </message>
    <message>
        <source>Opening your account…</source>
        <translation>Abriendo la cuenta…</translation>
    </message>
    <message>
        <source>There is no stored account to sign out of.</source>
        <translation>No hay ninguna cuenta guardada en la que cerrar sesión.</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Sesión cerrada en %1.</translation>
    </message>
    <message>
        <source>Signed out of %1, but the keychain entry could not be removed.</source>
        <translation>Sesión cerrada en %1, pero no se ha podido eliminar la entrada del llavero.</translation>
    </message>
    <message>
        <source>Demo space (%1)</source>
        <translation>Espacio de demostración (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>Cambiar el nombre de la cuenta</translation>
    </message>
    <message>
        <source>Name shown in the account menu:</source>
        <translation>Nombre que se muestra en el menú de cuentas:</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Quitar cuenta</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Remove this account from Portal Desk? Its sign-in is deleted from the keychain.</source>
        <translation>¿Quitar esta cuenta de Portal Desk? Sus datos de inicio de sesión se eliminan del llavero.</translation>
    </message>
    <message>
        <source>Sign out of this account? Its sign-in is deleted from the keychain.</source>
        <translation>¿Cerrar sesión en esta cuenta? Sus datos de inicio de sesión se eliminan del llavero.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>There is no stored API key for %1. Sign in once with --property-os URL --api-key-stdin.</source>
        <translation>No hay ninguna clave de API guardada para %1. Inicia sesión una vez con --property-os URL --api-key-stdin.</translation>
    </message>
    <message>
        <source>Give the Property OS account as a web address, e.g. https://nexus.example.com.</source>
        <translation>Indica la cuenta de Property OS como dirección web, p. ej. https://nexus.example.com.</translation>
    </message>
    <message>
        <source>No API key came on standard input. Pipe the key from Settings › API Keys of your NEXUS dashboard into --api-key-stdin.</source>
        <translation>No llegó ninguna clave de API por la entrada estándar. Pasa la clave de Ajustes › Claves de API de tu panel de NEXUS a --api-key-stdin.</translation>
    </message>
    <message>
        <source>Checking the API key with %1…</source>
        <translation>Comprobando la clave de API con %1…</translation>
    </message>
    <message>
        <source>NEXUS Property OS refused this API key. Create a new key under Settings › API Keys in your NEXUS dashboard and sign in with it.</source>
        <translation>NEXUS Property OS ha rechazado esta clave de API. Crea una clave nueva en Ajustes › Claves de API de tu panel de NEXUS e inicia sesión con ella.</translation>
    </message>
    <message>
        <source>Could not reach NEXUS Property OS: %1</source>
        <translation>No se pudo contactar con NEXUS Property OS: %1</translation>
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
        <translation>Sesión no iniciada</translation>
    </message>
    <message>
        <source>%1 (staff)</source>
        <translation>%1 (personal)</translation>
    </message>
    <message>
        <source>Remove the offline copy</source>
        <translation>Quitar la copia sin conexión</translation>
    </message>
    <message>
        <source>Forget everything saved on this computer for this account: rooms, bookings, news and, for staff, applications and resources? It is all fetched again from the space when you are online.</source>
        <translation>¿Olvidar todo lo guardado en este ordenador para esta cuenta: salas, reservas, noticias y, para el personal, aplicaciones y recursos? Todo se vuelve a obtener del espacio cuando haya conexión.</translation>
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
        <translation>Los datos del espacio no se han cargado a tiempo.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>La sesión ha finalizado. Es necesario volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>Sign in to your space to see its rooms. To look around first, start Portal Desk with --demo.</source>
        <translation>Para ver las salas, hay que iniciar sesión en el espacio. Para echar un vistazo antes, se puede iniciar Portal Desk con --demo.</translation>
    </message>
    <message>
        <source>My &amp;bookings</source>
        <translation>Mis &amp;reservas</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; view is not part of this version yet; showing the rooms.</source>
        <translation>La vista «%1» aún no forma parte de esta versión; se muestran las salas.</translation>
    </message>
    <message>
        <source>&amp;News</source>
        <translation>&amp;Noticias</translation>
    </message>
    <message>
        <source>Resource &amp;review</source>
        <translation>Re&amp;visión de recursos</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>A&amp;plicaciones</translation>
    </message>
    <message>
        <source>There is no account to sync. Sign in once first.</source>
        <translation>No hay ninguna cuenta que sincronizar. Primero hay que iniciar sesión una vez.</translation>
    </message>
    <message>
        <source>The offline copy of this account was removed.</source>
        <translation>Se ha quitado la copia sin conexión de esta cuenta.</translation>
    </message>
    <message>
        <source>--sync does not cover Property OS accounts yet.</source>
        <translation>--sync todavía no incluye las cuentas de Property OS.</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Propiedades</translation>
    </message>
    <message>
        <source>&amp;Tenants</source>
        <translation>&amp;Inquilinos</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Book rooms and read the news of your Nexudus coworking space.</source>
        <translation>Reservar salas y leer las noticias del espacio de coworking de Nexudus.</translation>
    </message>
    <message>
        <source>Open the built-in demo space.</source>
        <translation>Abrir el espacio de demostración integrado.</translation>
    </message>
    <message>
        <source>Demo account to sign in with.</source>
        <translation>Cuenta de demostración con la que iniciar sesión.</translation>
    </message>
    <message>
        <source>Space slug or web address.</source>
        <translation>Identificador (slug) o dirección web del espacio.</translation>
    </message>
    <message>
        <source>E-mail address to sign in with.</source>
        <translation>Dirección de correo electrónico con la que iniciar sesión.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Leer la contraseña de la entrada estándar.</translation>
    </message>
    <message>
        <source>Refresh the offline data and exit.</source>
        <translation>Actualizar los datos sin conexión y salir.</translation>
    </message>
    <message>
        <source>Forget the stored account and exit.</source>
        <translation>Olvidar la cuenta guardada y salir.</translation>
    </message>
    <message>
        <source>View to open: %1.</source>
        <translation>Vista que se abre: %1.</translation>
    </message>
    <message>
        <source>Language code (en, es, fr, de, it, pt).</source>
        <translation>Código de idioma (en, es, fr, de, it, pt).</translation>
    </message>
    <message>
        <source>Save the window as PNG once its data has loaded, then exit.</source>
        <translation>Guardar la ventana como PNG cuando se hayan cargado sus datos y salir.</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;. Choose one of: %2.</source>
        <translation>Vista desconocida «%1». Opciones posibles: %2.</translation>
    </message>
    <message>
        <source>Use either --demo or --server, not both.</source>
        <translation>Usar --demo o --server, pero no ambos.</translation>
    </message>
    <message>
        <source>Web address of a NEXUS Property OS account.</source>
        <translation>Dirección web de una cuenta de NEXUS Property OS.</translation>
    </message>
    <message>
        <source>Read the Property OS API key from standard input.</source>
        <translation>Lee la clave de API de Property OS de la entrada estándar.</translation>
    </message>
    <message>
        <source>--property-os opens a Property OS account: use it without --demo, --server and --password-stdin.</source>
        <translation>--property-os abre una cuenta de Property OS: úsalo sin --demo, --server ni --password-stdin.</translation>
    </message>
    <message>
        <source>--api-key-stdin needs --property-os URL.</source>
        <translation>--api-key-stdin necesita --property-os URL.</translation>
    </message>
</context>
<context>
    <name>ApplicationForm</name>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>&amp;Developer id:</source>
        <translation>ID de &amp;desarrollador:</translation>
    </message>
    <message>
        <source>Id of the developer who owns the application</source>
        <translation>ID del desarrollador propietario de la aplicación</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Display name of the application</source>
        <translation>Nombre visible de la aplicación</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Res&amp;umen:</translation>
    </message>
    <message>
        <source>Brief summary shown in listings</source>
        <translation>Resumen breve que se muestra en los listados</translation>
    </message>
    <message>
        <source>&amp;Install URL:</source>
        <translation>URL de &amp;instalación:</translation>
    </message>
    <message>
        <source>URL the space calls when a location installs the application</source>
        <translation>URL a la que llama el espacio cuando una ubicación instala la aplicación</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escripción:</translation>
    </message>
    <message>
        <source>Full description shown on the detail page</source>
        <translation>Descripción completa que se muestra en la página de detalles</translation>
    </message>
    <message>
        <source>Whether the application is available for installation</source>
        <translation>Indica si la aplicación está disponible para instalarse</translation>
    </message>
    <message>
        <source>&amp;Published (available for installation)</source>
        <translation>&amp;Publicada (disponible para instalarse)</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>Clave &amp;secreta:</translation>
    </message>
    <message>
        <source>Secret used to authenticate the application&apos;s API calls</source>
        <translation>Secreto con el que se autentican las llamadas a la API de la aplicación</translation>
    </message>
    <message>
        <source>Edit application</source>
        <translation>Editar aplicación</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Nueva aplicación</translation>
    </message>
    <message>
        <source>Leave the secret key empty to keep the current one.</source>
        <translation>Dejar la clave secreta vacía para conservar la actual.</translation>
    </message>
    <message>
        <source>Leave the secret key empty to let the space generate one.</source>
        <translation>Dejar la clave secreta vacía para que el espacio genere una.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 Saving applications needs the Application-Create or Application-Edit role.</source>
        <translation>%1 Para guardar aplicaciones se necesita el rol Application-Create o Application-Edit.</translation>
    </message>
</context>
<context>
    <name>ApplicationsView</name>
    <message>
        <source>Applications</source>
        <translation>Aplicaciones</translation>
    </message>
    <message>
        <source>&amp;Search by name:</source>
        <translation>&amp;Buscar por nombre:</translation>
    </message>
    <message>
        <source>Application name, then Enter</source>
        <translation>Nombre de la aplicación y, después, Intro</translation>
    </message>
    <message>
        <source>Search applications by name</source>
        <translation>Buscar aplicaciones por nombre</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;Nueva aplicación…</translation>
    </message>
    <message>
        <source>Applications status</source>
        <translation>Estado de las aplicaciones</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Resumen:</translation>
    </message>
    <message>
        <source>Install URL:</source>
        <translation>URL de instalación:</translation>
    </message>
    <message>
        <source>Developer id:</source>
        <translation>ID de desarrollador:</translation>
    </message>
    <message>
        <source>Application key:</source>
        <translation>Clave de la aplicación:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Clave secreta:</translation>
    </message>
    <message>
        <source>Secret key (hidden)</source>
        <translation>Clave secreta (oculta)</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Shows the secret key on screen until you hide it</source>
        <translation>Muestra la clave secreta en pantalla hasta que se oculte</translation>
    </message>
    <message>
        <source>&amp;Copy secret</source>
        <translation>&amp;Copiar secreto</translation>
    </message>
    <message>
        <source>Puts the secret key on the clipboard</source>
        <translation>Copia la clave secreta en el portapapeles</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>This space has no applications yet.</source>
        <translation>Este espacio aún no tiene aplicaciones.</translation>
    </message>
    <message>
        <source>No application is called &quot;%1&quot;.</source>
        <translation>Ninguna aplicación se llama «%1».</translation>
    </message>
    <message>
        <source>read this application</source>
        <translation>consultar esta aplicación</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Secret key (shown)</source>
        <translation>Clave secreta (visible)</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>The secret key of %1 is on the clipboard.</source>
        <translation>La clave secreta de %1 está en el portapapeles.</translation>
    </message>
    <message>
        <source>Un&amp;publish</source>
        <translation>Dejar de &amp;publicar</translation>
    </message>
    <message>
        <source>Your account may not %1: it needs the matching Application role (List, Read, Create, Edit or Delete) or full administrator rights.</source>
        <extracomment>%1 is what was tried, e.g. &quot;delete this application&quot;</extracomment>
        <translation>Esta cuenta no tiene permiso para %1: necesita el rol Application correspondiente (List, Read, Create, Edit o Delete) o permisos completos de administrador.</translation>
    </message>
    <message>
        <source>Could not %1. %2</source>
        <extracomment>%1 is what was tried, %2 the reason</extracomment>
        <translation>No se ha podido %1. %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Se ha guardado.</translation>
    </message>
    <message>
        <source>Application created.</source>
        <translation>Se ha creado la aplicación.</translation>
    </message>
    <message>
        <source>%1 is published.</source>
        <translation>%1 está publicada.</translation>
    </message>
    <message>
        <source>%1 is no longer published.</source>
        <translation>%1 ya no está publicada.</translation>
    </message>
    <message>
        <source>publish this application</source>
        <translation>publicar esta aplicación</translation>
    </message>
    <message>
        <source>unpublish this application</source>
        <translation>dejar de publicar esta aplicación</translation>
    </message>
    <message>
        <source>Delete application</source>
        <translation>Eliminar aplicación</translation>
    </message>
    <message>
        <source>Delete the application &quot;%1&quot;? Locations that installed it lose it. This cannot be undone.</source>
        <translation>¿Eliminar la aplicación «%1»? Las ubicaciones que la hayan instalado la perderán. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>Se ha eliminado %1.</translation>
    </message>
    <message>
        <source>delete this application</source>
        <translation>eliminar esta aplicación</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Creating, editing, publishing and deleting applications need a connection to the space, and so does the secret key, which is never kept offline.</source>
        <translation>Para crear, editar, publicar y eliminar aplicaciones se necesita conexión con el espacio, y también para la clave secreta, que nunca se guarda sin conexión.</translation>
    </message>
    <message>
        <source>The space cannot be reached: this is the offline copy from %1.</source>
        <translation>No se puede contactar con el espacio: esta es la copia sin conexión del %1.</translation>
    </message>
    <message>
        <source>The space cannot be reached, and its offline copy from %1 has no applications.</source>
        <translation>No se puede contactar con el espacio y su copia sin conexión del %1 no tiene aplicaciones.</translation>
    </message>
    <message>
        <source>The space cannot be reached, and its offline copy from %1 has no application called &quot;%2&quot;.</source>
        <translation>No se puede contactar con el espacio y su copia sin conexión del %1 no tiene ninguna aplicación llamada «%2».</translation>
    </message>
    <message>
        <source>Needs a connection to the space</source>
        <translation>Necesita conexión con el espacio</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book a room</source>
        <translation>Reservar una sala</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Hora de inicio:</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>D&amp;uración:</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Notes for the space</source>
        <translation>Notas para el espacio</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Booking rules</source>
        <translation>Normas de reserva</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Reservar</translation>
    </message>
    <message>
        <source>Free at that time.</source>
        <translation>Libre a esa hora.</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Precio: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>Reservando…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Times are the space&apos;s local time (%1).</source>
        <translation>Las horas son la hora local del espacio (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Book %n free date(s)</source>
        <translation>
            <numerusform>&amp;Reservar %n fecha libre</numerusform>
            <numerusform>&amp;Reservar %n fechas libres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingMonthCalendar</name>
    <message>
        <source>Month overview of your bookings</source>
        <translation>Resumen mensual de tus reservas</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n reserva</numerusform>
            <numerusform>%n reservas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingsView</name>
    <message>
        <source>Your bookings, upcoming first. Times are the space&apos;s local time.</source>
        <translation>Reservas, primero las próximas. Las horas son la hora local del espacio.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Refresh bookings</source>
        <translation>Actualizar las reservas</translation>
    </message>
    <message>
        <source>Export &amp;upcoming (.ics)…</source>
        <translation>Exportar &amp;próximas (.ics)…</translation>
    </message>
    <message>
        <source>Export all upcoming bookings as a calendar file</source>
        <translation>Exportar todas las próximas reservas como archivo de calendario</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>Booking status</source>
        <translation>Estado de las reservas</translation>
    </message>
    <message>
        <source>&amp;Export booking (.ics)…</source>
        <translation>E&amp;xportar reserva (.ics)…</translation>
    </message>
    <message>
        <source>Export the selected booking as a calendar file</source>
        <translation>Exportar la reserva seleccionada como archivo de calendario</translation>
    </message>
    <message>
        <source>&amp;Cancel booking…</source>
        <translation>Cancelar reser&amp;va…</translation>
    </message>
    <message>
        <source>Cancel the selected booking</source>
        <translation>Cancelar la reserva seleccionada</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Exportar al calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Cancelar reserva</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n reserva</numerusform>
            <numerusform>%n reservas</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling now is late and costs %1. Cancel the booking anyway?</source>
        <translation>Ya es tarde para cancelar sin coste: cancelar ahora cuesta %1. ¿Cancelar la reserva de todos modos?</translation>
    </message>
    <message>
        <source>Cancelling this booking is free. Cancel it?</source>
        <translation>Cancelar esta reserva es gratuito. ¿Cancelarla?</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>The booking was cancelled.</source>
        <translation>La reserva se ha cancelado.</translation>
    </message>
    <message>
        <source>Loading your bookings…</source>
        <translation>Cargando las reservas…</translation>
    </message>
    <message>
        <source>Checking the cancellation fee…</source>
        <translation>Comprobando el cargo por cancelación…</translation>
    </message>
    <message>
        <source>There are no upcoming bookings to export.</source>
        <translation>No hay próximas reservas que exportar.</translation>
    </message>
    <message>
        <source>booking.ics</source>
        <translation>reserva.ics</translation>
    </message>
    <message>
        <source>bookings.ics</source>
        <translation>reservas.ics</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se ha podido guardar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n booking(s) to %1.</source>
        <translation>
            <numerusform>Se ha guardado %n reserva en %1.</numerusform>
            <numerusform>Se han guardado %n reservas en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s). %1</source>
        <translation>
            <numerusform>%n reserva. %1</numerusform>
            <numerusform>%n reservas. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel this and &amp;later…</source>
        <translation>Cancelar esta y las &amp;siguientes…</translation>
    </message>
    <message>
        <source>Cancel the selected booking of a series and every later one</source>
        <translation>Cancelar la reserva elegida de una serie y todas las siguientes</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n booking(s) of this series, from %1 to %2? Cancelling them is free.</source>
        <translation>
            <numerusform>¿Cancelar %n reserva de esta serie, del %1 al %2? Cancelarla es gratis.</numerusform>
            <numerusform>¿Cancelar %n reservas de esta serie, del %1 al %2? Cancelarlas es gratis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n booking(s) of this series, from %1 to %2? Some are late: cancelling costs %3 in all.</source>
        <translation>
            <numerusform>¿Cancelar %n reserva de esta serie, del %1 al %2? Es tarde: cancelar cuesta %3 en total.</numerusform>
            <numerusform>¿Cancelar %n reservas de esta serie, del %1 al %2? Algunas son tardías: cancelar cuesta %3 en total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) cancelled.</source>
        <translation>
            <numerusform>%n reserva cancelada.</numerusform>
            <numerusform>%n reservas canceladas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) cancelled; %1 could not be: %2</source>
        <translation>
            <numerusform>%n reserva cancelada; %1 no se pudo: %2</numerusform>
            <numerusform>%n reservas canceladas; %1 no se pudo: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was cancelled: %1</source>
        <translation>No se canceló nada: %1</translation>
    </message>
    <message>
        <source>Checking the cancellation fees…</source>
        <translation>Comprobando los cargos de cancelación…</translation>
    </message>
    <message>
        <source>series.ics</source>
        <translation>serie.ics</translation>
    </message>
    <message>
        <source>Pick a day to list only its bookings.</source>
        <translation>Elige un día para ver solo sus reservas.</translation>
    </message>
    <message>
        <source>Show &amp;all days</source>
        <translation>Mostrar &amp;todos los días</translation>
    </message>
    <message>
        <source>List the bookings of every day</source>
        <translation>Listar las reservas de todos los días</translation>
    </message>
    <message>
        <source>Cancel &amp;dates…</source>
        <translation>Cancelar &amp;fechas…</translation>
    </message>
    <message>
        <source>Cancel the bookings of this series on the days you pick</source>
        <translation>Cancelar las reservas de esta serie en los días que elijas</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) on %1.</source>
        <translation>
            <numerusform>%n reserva el %1.</numerusform>
            <numerusform>%n reservas el %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyTimesFeed</name>
    <message>
        <source>Could not check which rooms are free: %1</source>
        <translation>No se ha podido comprobar qué salas están libres: %1</translation>
    </message>
</context>
<context>
    <name>DayTimeline</name>
    <message>
        <source>Busy times are not known yet.</source>
        <translation>Aún no se conocen las horas ocupadas.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1: free all day.</source>
        <translation>%1: libre todo el día.</translation>
    </message>
    <message>
        <source>%1: busy %2.</source>
        <translation>%1: ocupada %2.</translation>
    </message>
    <message>
        <source>Free %1.</source>
        <translation>Libre %1.</translation>
    </message>
    <message>
        <source>Day timeline</source>
        <translation>Línea de tiempo del día</translation>
    </message>
    <message>
        <source>Day timeline of %1</source>
        <translation>Línea de tiempo del día de %1</translation>
    </message>
    <message>
        <source>Busy times not known</source>
        <translation>Horas ocupadas desconocidas</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>Minimum number of people</source>
        <translation>Número mínimo de personas</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Type of room</source>
        <translation>Tipo de sala</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Ubicación</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>&amp;Amenities (all of them)</source>
        <translation>S&amp;ervicios (todos)</translation>
    </message>
    <message>
        <source>Amenities the room must have</source>
        <translation>Servicios que debe tener la sala</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Borrar todos los filtros</translation>
    </message>
    <message>
        <source>Any number of people</source>
        <translation>Cualquier número de personas</translation>
    </message>
    <message>
        <source>%1 or more (%2)</source>
        <translation>%1 o más (%2)</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every location</source>
        <translation>Todas las ubicaciones</translation>
    </message>
    <message>
        <source>&amp;Who may book</source>
        <translation>&amp;Quién puede reservar</translation>
    </message>
    <message>
        <source>Who may book the room</source>
        <translation>Quién puede reservar la sala</translation>
    </message>
    <message>
        <source>&amp;Free between</source>
        <translation>&amp;Libre entre</translation>
    </message>
    <message>
        <source>Only rooms free in this time window</source>
        <translation>Solo salas libres en esta franja horaria</translation>
    </message>
    <message>
        <source>Day of the time window</source>
        <translation>Día de la franja horaria</translation>
    </message>
    <message>
        <source>Start of the time window</source>
        <translation>Inicio de la franja horaria</translation>
    </message>
    <message>
        <source>to</source>
        <translation>y</translation>
    </message>
    <message>
        <source>End of the time window</source>
        <translation>Fin de la franja horaria</translation>
    </message>
    <message>
        <source>Time zone and state of the time window</source>
        <translation>Zona horaria y estado de la franja horaria</translation>
    </message>
    <message>
        <source>Times are the space&apos;s local time.</source>
        <translation>Las horas son la hora local del espacio.</translation>
    </message>
    <message>
        <source>Times are in %1.</source>
        <translation>Las horas están en la zona horaria %1.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>El final debe ser posterior al inicio.</translation>
    </message>
    <message>
        <source>Checking which rooms are free…</source>
        <translation>Comprobando qué salas están libres…</translation>
    </message>
    <message>
        <source>&amp;Free between (%1)</source>
        <translation>&amp;Libre entre (%1)</translation>
    </message>
    <message>
        <source>Every room</source>
        <translation>Todas las salas</translation>
    </message>
</context>
<context>
    <name>GuiSync</name>
    <message>
        <source>Syncing %1 (%2 of %3)</source>
        <translation>Sincronizando %1 (%2 de %3)</translation>
    </message>
    <message>
        <source>The offline copy is up to date: %1.</source>
        <translation>La copia sin conexión está al día: %1.</translation>
    </message>
    <message>
        <source>Sync stopped. The offline copy keeps what was complete before.</source>
        <translation>Sincronización detenida. La copia sin conexión conserva lo que ya estaba completo.</translation>
    </message>
</context>
<context>
    <name>HeadlessSync</name>
    <message>
        <source>[%1/%2] %3: page %4 of %5</source>
        <translation>[%1/%2] %3: página %4 de %5</translation>
    </message>
    <message numerus="yes">
        <source>%1: the space did not answer; trying again in %n second(s)…</source>
        <translation>
            <numerusform>%1: el espacio no ha respondido; se reintentará en %n segundo…</numerusform>
            <numerusform>%1: el espacio no ha respondido; se reintentará en %n segundos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation>%1 omitidos: %2.</translation>
    </message>
    <message>
        <source>Synced %1 for %2 in %3 s; the offline copy is at %4.</source>
        <translation>Sincronización de %2 completada en %3 s (%1); la copia sin conexión está en %4.</translation>
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
        <translation>Sesión no iniciada</translation>
    </message>
    <message>
        <source>Space and account</source>
        <translation>Espacio y cuenta</translation>
    </message>
    <message>
        <source>Search rooms</source>
        <translation>Buscar salas</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Bookable resources</source>
        <translation>Recursos reservables</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Portal Desk</source>
        <translation>&amp;Acerca de Portal Desk</translation>
    </message>
    <message>
        <source>%1 — signed in as %2</source>
        <translation>%1 — sesión iniciada como %2</translation>
    </message>
    <message>
        <source>%1 — Portal Desk</source>
        <translation>%1 — Portal Desk</translation>
    </message>
    <message>
        <source>About Portal Desk</source>
        <translation>Acerca de Portal Desk</translation>
    </message>
    <message>
        <source>Portal Desk %1
A desktop client for Nexudus coworking spaces.</source>
        <translation>Portal Desk %1
Un cliente de escritorio para espacios de coworking de Nexudus.</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Cuentas</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Añadir cuenta…</translation>
    </message>
    <message>
        <source>&amp;Rename account…</source>
        <translation>Cambiar el &amp;nombre de la cuenta…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Re&amp;move account…</source>
        <translation>&amp;Quitar cuenta…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>&amp;Rooms</source>
        <translation>Sa&amp;las</translation>
    </message>
    <message>
        <source>R&amp;ooms</source>
        <translation>&amp;Salas</translation>
    </message>
    <message>
        <source>&amp;Book selected room…</source>
        <translation>&amp;Reservar la sala seleccionada…</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Search rooms by name, description, type, floor or location</source>
        <translation>Buscar salas por nombre, descripción, tipo, planta o ubicación</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>Remove the &amp;offline copy…</source>
        <translation>Quitar la &amp;copia sin conexión…</translation>
    </message>
    <message>
        <source>Forget the rooms, bookings and news saved on this computer for this account</source>
        <translation>Olvidar las salas, las reservas y las noticias guardadas en este equipo para esta cuenta</translation>
    </message>
    <message>
        <source>&amp;Sync for offline use</source>
        <translation>Sincronizar para usar sin &amp;conexión</translation>
    </message>
    <message>
        <source>Fetch the rooms, bookings and news of this account so they can be read without a connection</source>
        <translation>Descarga las salas, reservas y noticias de esta cuenta para poder consultarlas sin conexión</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
</context>
<context>
    <name>NewPropertyDialog</name>
    <message>
        <source>New property</source>
        <translation>Nueva propiedad</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Name of the property</source>
        <translation>Nombre de la propiedad</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Residential, commercial or mixed use</source>
        <translation>Residencial, comercial o uso mixto</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Calle:</translation>
    </message>
    <message>
        <source>Street and number of the address</source>
        <translation>Calle y número de la dirección</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Zona:</translation>
    </message>
    <message>
        <source>District or neighbourhood (optional)</source>
        <translation>Distrito o barrio (opcional)</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ciudad:</translation>
    </message>
    <message>
        <source>City of the address</source>
        <translation>Ciudad de la dirección</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Código &amp;postal:</translation>
    </message>
    <message>
        <source>Postal code (optional)</source>
        <translation>Código postal (opcional)</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Pa&amp;ís:</translation>
    </message>
    <message>
        <source>Two-letter country code, e.g. AE</source>
        <translation>Código de país de dos letras, p. ej. AE</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Unidades:</translation>
    </message>
    <message>
        <source>How many units the property has</source>
        <translation>Cuántas unidades tiene la propiedad</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The answer was lost, so the property may or may not have been created. Close this form and refresh the list to see before you save it again.</source>
        <translation>Se perdió la respuesta, así que puede que la propiedad se haya creado o no. Cierra este formulario y actualiza la lista para comprobarlo antes de volver a guardar.</translation>
    </message>
</context>
<context>
    <name>NewsView</name>
    <message>
        <source>News</source>
        <translation>Noticias</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>Cat&amp;egoría:</translation>
    </message>
    <message>
        <source>News category</source>
        <translation>Categoría de noticias</translation>
    </message>
    <message>
        <source>Shows only the articles of this category</source>
        <translation>Muestra solo los artículos de esta categoría</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Refresh news</source>
        <translation>Actualizar las noticias</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Featured articles come first and are marked “Featured”</source>
        <translation>Los artículos destacados aparecen primero y se marcan como «Destacado»</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>The selected article with its comments</source>
        <translation>El artículo seleccionado con sus comentarios</translation>
    </message>
    <message>
        <source>News status</source>
        <translation>Estado de las noticias</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Reinten&amp;tar</translation>
    </message>
    <message>
        <source>Try loading the news again</source>
        <translation>Volver a intentar cargar las noticias</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Loading the full article…</source>
        <translation>Cargando el artículo completo…</translation>
    </message>
    <message>
        <source>The full article could not be loaded: %1</source>
        <translation>No se ha podido cargar el artículo completo: %1</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>No se ha podido abrir %1</translation>
    </message>
    <message>
        <source>Select an article to read it.</source>
        <translation>Seleccionar un artículo para leerlo.</translation>
    </message>
    <message>
        <source>The news could not be loaded: %1</source>
        <translation>No se han podido cargar las noticias: %1</translation>
    </message>
    <message>
        <source>Loading news…</source>
        <translation>Cargando noticias…</translation>
    </message>
    <message>
        <source>No news here yet.</source>
        <translation>Aún no hay noticias.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences — Portal Desk</source>
        <translation>Preferencias — Portal Desk</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Ask the space for its rooms at start when they are older than:</source>
        <translation>&amp;Pedir las salas al espacio al iniciar si tienen más de:</translation>
    </message>
    <message>
        <source>Refresh the rooms at start after</source>
        <translation>Actualizar las salas al iniciar tras</translation>
    </message>
    <message>
        <source>Every start</source>
        <translation>En cada inicio</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Rooms change rarely: until then the offline copy is shown without asking. Busy times and your bookings are always asked for, and Reload (F5) always asks.</source>
        <translation>Las salas cambian poco: hasta entonces se muestra la copia sin conexión sin preguntar. Los horarios ocupados y tus reservas se piden siempre, y Recargar (F5) siempre pregunta.</translation>
    </message>
</context>
<context>
    <name>PropertiesView</name>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Portfolio figures</source>
        <translation>Cifras de la cartera</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Occupied units</source>
        <translation>Unidades ocupadas</translation>
    </message>
    <message>
        <source>Occupancy rate</source>
        <translation>Tasa de ocupación</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Property status</source>
        <translation>Estado de la propiedad</translation>
    </message>
    <message>
        <source>Shows only the properties of this status</source>
        <translation>Muestra solo las propiedades con este estado</translation>
    </message>
    <message>
        <source>&amp;New property…</source>
        <translation>&amp;Nueva propiedad…</translation>
    </message>
    <message>
        <source>New property</source>
        <translation>Nueva propiedad</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Refresh properties</source>
        <translation>Actualizar las propiedades</translation>
    </message>
    <message>
        <source>Loading the properties…</source>
        <translation>Cargando las propiedades…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>The portfolio&apos;s occupancy rate; %1 is the number (e.g. &quot;87.5&quot;) in the locale&apos;s digits.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>NEXUS Property OS refused the API key of this account. Sign in again with a new key from Settings › API Keys in your NEXUS dashboard.</source>
        <translation>NEXUS Property OS ha rechazado la clave de API de esta cuenta. Vuelve a iniciar sesión con una clave nueva de Ajustes › Claves de API de tu panel de NEXUS.</translation>
    </message>
    <message>
        <source>The properties could not be loaded: %1</source>
        <translation>No se pudieron cargar las propiedades: %1</translation>
    </message>
</context>
<context>
    <name>ResourceAuditRows</name>
    <message>
        <source>Not run yet</source>
        <translation>Aún no se ha ejecutado</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n type(s))</source>
        <translation>
            <numerusform>%1 (%n tipo)</numerusform>
            <numerusform>%1 (%n tipos)</numerusform>
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
        <translation>Requiere aprobación</translation>
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
        <translation>Recursos reservables en tarjetas</translation>
    </message>
    <message>
        <source>Each card shows a room&apos;s picture, name, type and location, capacity, and whether bookings need approval. Press Enter to book the current room.</source>
        <translation>Cada tarjeta muestra la imagen, el nombre, el tipo y la ubicación de una sala, su capacidad y si las reservas requieren aprobación. Pulsar Intro para reservar la sala actual.</translation>
    </message>
</context>
<context>
    <name>ResourceReviewDetails</name>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>No limit (0)</source>
        <translation>Sin límite (0)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>Set (hidden)</source>
        <translation>Definido (oculto)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Unique id</source>
        <translation>ID único</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Floor or area</source>
        <translation>Planta o zona</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Confirmation e-mail</source>
        <translation>Correo electrónico de confirmación</translation>
    </message>
    <message>
        <source>Picture file</source>
        <translation>Archivo de imagen</translation>
    </message>
    <message>
        <source>New picture URL</source>
        <translation>URL de la nueva imagen</translation>
    </message>
    <message>
        <source>Clear picture on save</source>
        <translation>Quitar la imagen al guardar</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>Actualizado por</translation>
    </message>
    <message>
        <source>System id</source>
        <translation>ID de sistema</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Visible to members</source>
        <translation>Visible para los miembros</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Hidden in calendar</source>
        <translation>Oculto en el calendario</translation>
    </message>
    <message>
        <source>Display order</source>
        <translation>Orden de visualización</translation>
    </message>
    <message>
        <source>Amenities</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Capacity and rules</source>
        <translation>Capacidad y normas</translation>
    </message>
    <message>
        <source>Allocation (capacity)</source>
        <translation>Asignación (capacidad)</translation>
    </message>
    <message>
        <source>Multiple bookings at once</source>
        <translation>Varias reservas a la vez</translation>
    </message>
    <message>
        <source>Visitors limited to allocation</source>
        <translation>Visitantes limitados a la asignación</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>Requiere aprobación</translation>
    </message>
    <message>
        <source>Minimum length</source>
        <translation>Duración mínima</translation>
    </message>
    <message>
        <source>Maximum length</source>
        <translation>Duración máxima</translation>
    </message>
    <message>
        <source>Book in advance (days)</source>
        <translation>Antelación máxima de reserva (días)</translation>
    </message>
    <message>
        <source>Late booking limit (minutes)</source>
        <translation>Límite de reserva tardía (minutos)</translation>
    </message>
    <message>
        <source>Late cancellation limit</source>
        <translation>Límite de cancelación tardía</translation>
    </message>
    <message>
        <source>Gap between bookings</source>
        <translation>Intervalo entre reservas</translation>
    </message>
    <message>
        <source>No return: same person</source>
        <translation>Espera tras reservar: misma persona</translation>
    </message>
    <message>
        <source>No return: any resource</source>
        <translation>Espera tras reservar: cualquier recurso</translation>
    </message>
    <message>
        <source>No return: anyone</source>
        <translation>Espera tras reservar: todos</translation>
    </message>
    <message>
        <source>Repeat bookings (count)</source>
        <translation>Reservas periódicas (número)</translation>
    </message>
    <message>
        <source>Repeat bookings (months)</source>
        <translation>Reservas periódicas (meses)</translation>
    </message>
    <message>
        <source>Opening hours (shifts)</source>
        <translation>Horario de apertura (turnos)</translation>
    </message>
    <message>
        <source>Availability exceptions</source>
        <translation>Excepciones de disponibilidad</translation>
    </message>
    <message>
        <source>Linked resources</source>
        <translation>Recursos vinculados</translation>
    </message>
    <message>
        <source>In plain words</source>
        <translation>En lenguaje sencillo</translation>
    </message>
    <message>
        <source>No limits</source>
        <translation>Sin límites</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>Solo miembros</translation>
    </message>
    <message>
        <source>Contacts only</source>
        <translation>Solo contactos</translation>
    </message>
    <message>
        <source>Customers of the location only</source>
        <translation>Solo clientes de la ubicación</translation>
    </message>
    <message>
        <source>Plans (tariffs)</source>
        <translation>Planes (tarifas)</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>Importe fijo</translation>
    </message>
    <message>
        <source>Percentage of the booking</source>
        <translation>Porcentaje de la reserva</translation>
    </message>
    <message>
        <source>Cancellation fee</source>
        <translation>Cargo por cancelación</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Se cobra</translation>
    </message>
    <message>
        <source>Not charged</source>
        <translation>No se cobra</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integraciones</translation>
    </message>
    <message>
        <source>Google calendar</source>
        <translation>Calendario de Google</translation>
    </message>
    <message>
        <source>Office 365 calendar</source>
        <translation>Calendario de Office 365</translation>
    </message>
    <message>
        <source>Kisi group</source>
        <translation>Grupo de Kisi</translation>
    </message>
    <message>
        <source>Access control group</source>
        <translation>Grupo de control de acceso</translation>
    </message>
    <message>
        <source>Access control groups</source>
        <translation>Grupos de control de acceso</translation>
    </message>
    <message>
        <source>Shared Zoom account</source>
        <translation>Cuenta de Zoom compartida</translation>
    </message>
    <message>
        <source>Zoom user</source>
        <translation>Usuario de Zoom</translation>
    </message>
    <message>
        <source>Zoom access token</source>
        <translation>Token de acceso de Zoom</translation>
    </message>
    <message>
        <source>Zoom refresh token</source>
        <translation>Token de actualización de Zoom</translation>
    </message>
    <message>
        <source>Place and sensor</source>
        <translation>Lugar y sensor</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Sensor reading</source>
        <translation>Lectura del sensor</translation>
    </message>
    <message>
        <source>Sensor says occupied</source>
        <translation>Ocupado según el sensor</translation>
    </message>
    <message>
        <source>Last cleaned</source>
        <translation>Última limpieza</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
</context>
<context>
    <name>ResourceReviewView</name>
    <message>
        <source>Resource review</source>
        <translation>Revisión de recursos</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Exact name, then Enter</source>
        <translation>Nombre exacto y, después, Intro</translation>
    </message>
    <message>
        <source>Filter resources by name</source>
        <translation>Filtrar recursos por nombre</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>Filter resources by location</source>
        <translation>Filtrar recursos por ubicación</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Filter resources by type</source>
        <translation>Filtrar recursos por tipo</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Filter resources by visibility</source>
        <translation>Filtrar recursos por visibilidad</translation>
    </message>
    <message>
        <source>Min. &amp;capacity:</source>
        <translation>&amp;Capacidad mín.:</translation>
    </message>
    <message>
        <source>Minimum capacity</source>
        <translation>Capacidad mínima</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Refresh the resources and the audit</source>
        <translation>Actualizar los recursos y la auditoría</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the filtered resources as CSV</source>
        <translation>Exportar los recursos filtrados como CSV</translation>
    </message>
    <message>
        <source>Resource review status</source>
        <translation>Estado de la revisión de recursos</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Every field of the resource</source>
        <translation>Todos los campos del recurso</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Audit of all resources</source>
        <translation>Auditoría de todos los recursos</translation>
    </message>
    <message>
        <source>Audit rules with the number of resources each flags</source>
        <translation>Reglas de auditoría con el número de recursos que marca cada una</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué es importante</translation>
    </message>
    <message>
        <source>Audit status</source>
        <translation>Estado de la auditoría</translation>
    </message>
    <message>
        <source>Show &amp;all resources</source>
        <translation>Mostrar tod&amp;os los recursos</translation>
    </message>
    <message>
        <source>Show all resources again</source>
        <translation>Volver a mostrar todos los recursos</translation>
    </message>
    <message>
        <source>Loading resources…</source>
        <translation>Cargando recursos…</translation>
    </message>
    <message>
        <source>No resource matches these filters.</source>
        <translation>Ningún recurso coincide con estos filtros.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n resource(s).</source>
        <translation>
            <numerusform>Recursos mostrados: %1 de %n.</numerusform>
            <numerusform>Recursos mostrados: %1 de %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every resource… %1 of %2</source>
        <translation>Comprobando todos los recursos… %1 de %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Todas las ubicaciones</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>Todos los recursos</translation>
    </message>
    <message>
        <source>Visible, not archived</source>
        <translation>Visibles, no archivados</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ocultos</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivados</translation>
    </message>
    <message>
        <source>The audit could not read the resources: %1</source>
        <translation>La auditoría no ha podido leer los recursos: %1</translation>
    </message>
    <message>
        <source>Checking every resource…</source>
        <translation>Comprobando todos los recursos…</translation>
    </message>
    <message numerus="yes">
        <source>Checked all %n resource(s) of the account. Click a rule to list its resources.</source>
        <translation>
            <numerusform>Se ha comprobado %n recurso de la cuenta. Hacer clic en una regla para ver la lista de sus recursos.</numerusform>
            <numerusform>Se han comprobado los %n recursos de la cuenta. Hacer clic en una regla para ver la lista de sus recursos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No resource is flagged by &quot;%1&quot;.</source>
        <translation>La regla «%1» no marca ningún recurso.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n resource(s) flagged by &quot;%1&quot;.</source>
        <translation>
            <numerusform>Se muestra %n recurso marcado por «%1».</numerusform>
            <numerusform>Se muestran los %n recursos marcados por «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting… %1 of %2 resources</source>
        <translation>Exportando… %1 de %2 recursos</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n resource(s) to %1.</source>
        <translation>
            <numerusform>Se ha exportado %n recurso a %1.</numerusform>
            <numerusform>Se han exportado %n recursos a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>No se ha podido exportar: %1</translation>
    </message>
    <message>
        <source>Export resources</source>
        <translation>Exportar recursos</translation>
    </message>
    <message>
        <source>resources.csv</source>
        <translation>recursos.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again to review the resources.</source>
        <translation>El inicio de sesión ha caducado o se ha revocado. Hay que volver a iniciar sesión para revisar los recursos.</translation>
    </message>
    <message>
        <source>This account may not read the space&apos;s resources: the review is for the space&apos;s administrators.</source>
        <translation>Esta cuenta no tiene permiso para consultar los recursos del espacio: la revisión es para los administradores del espacio.</translation>
    </message>
    <message>
        <source>The resources could not be loaded: %1</source>
        <translation>No se han podido cargar los recursos: %1</translation>
    </message>
    <message>
        <source>The space cannot be reached, and no resource of its offline copy from %1 matches these filters.</source>
        <translation>No se puede contactar con el espacio y ningún recurso de su copia sin conexión del %1 coincide con estos filtros.</translation>
    </message>
    <message numerus="yes">
        <source>The space cannot be reached: this is the offline copy from %1, %n resource(s), sorted and filtered on this computer. Exporting needs a connection.</source>
        <translation>
            <numerusform>No se puede contactar con el espacio: esta es la copia sin conexión del %1, %n recurso, ordenado y filtrado en este equipo. Para exportar se necesita conexión.</numerusform>
            <numerusform>No se puede contactar con el espacio: esta es la copia sin conexión del %1, %n recursos, ordenados y filtrados en este equipo. Para exportar se necesita conexión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting needs a connection to the space.</source>
        <translation>Para exportar se necesita conexión con el espacio.</translation>
    </message>
    <message numerus="yes">
        <source>Checked the %n resource(s) of the offline copy from %1. Click a rule to list its resources.</source>
        <translation>
            <numerusform>Se comprobó %n recurso de la copia sin conexión del %1. Haga clic en una regla para ver sus recursos.</numerusform>
            <numerusform>Se comprobaron los %n recursos de la copia sin conexión del %1. Haga clic en una regla para ver sus recursos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourceViewStack</name>
    <message>
        <source>Show rooms as &amp;cards</source>
        <translation>Mostrar salas como &amp;tarjetas</translation>
    </message>
    <message>
        <source>Switch the rooms between cards with pictures and a list (Ctrl+Shift+V)</source>
        <translation>Alternar las salas entre tarjetas con imágenes y una lista (Ctrl+Shift+V)</translation>
    </message>
</context>
<context>
    <name>RoomDetails</name>
    <message>
        <source>Room details</source>
        <translation>Detalles de la sala</translation>
    </message>
    <message>
        <source>&amp;Book this room…</source>
        <translation>Reser&amp;var esta sala…</translation>
    </message>
    <message>
        <source>Book this room</source>
        <translation>Reservar esta sala</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>Amenities</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>About this room</source>
        <translation>Acerca de esta sala</translation>
    </message>
    <message>
        <source>Select a room to see its details.</source>
        <translation>Seleccionar una sala para ver sus detalles.</translation>
    </message>
    <message>
        <source>Busy and free times</source>
        <translation>Horas ocupadas y libres</translation>
    </message>
    <message>
        <source>Booking rules</source>
        <translation>Normas de reserva</translation>
    </message>
    <message>
        <source>Booking rates</source>
        <translation>Tarifas de reserva</translation>
    </message>
    <message>
        <source>%1 per minute</source>
        <translation>%1 por minuto</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>%1 por hora</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 por día</translation>
    </message>
    <message>
        <source>%1 per week</source>
        <translation>%1 por semana</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 al mes</translation>
    </message>
    <message>
        <source>%1 per booking</source>
        <translation>%1 por reserva</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Floor or area</source>
        <translation>Planta o zona</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message numerus="yes">
        <source>%n bookable room(s)</source>
        <translation>
            <numerusform>%n sala reservable</numerusform>
            <numerusform>%n salas reservables</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading rooms… page %1 of %2</source>
        <translation>Cargando salas… página %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>The space did not answer; trying again in %n second(s)…</source>
        <translation>
            <numerusform>El espacio no ha respondido; se reintentará en %n segundo…</numerusform>
            <numerusform>El espacio no ha respondido; se reintentará en %n segundos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Booking needs a connection to the space; Portal Desk will reconnect by itself.</source>
        <translation>Para reservar se necesita conexión con el espacio; Portal Desk volverá a conectarse automáticamente.</translation>
    </message>
    <message>
        <source>Booked %1: waiting for the space to approve it.</source>
        <translation>Se ha reservado %1: pendiente de la aprobación del espacio.</translation>
    </message>
    <message>
        <source>Booked %1.</source>
        <translation>Se ha reservado %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n bookable room(s), from the offline copy of %1</source>
        <translation>
            <numerusform>%n sala reservable, de la copia sin conexión del %1</numerusform>
            <numerusform>%n salas reservables, de la copia sin conexión del %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This account may not see the space&apos;s rooms. Your bookings and the news are still here.</source>
        <translation>Esta cuenta no puede ver las salas del espacio. Tus reservas y las noticias siguen aquí.</translation>
    </message>
    <message>
        <source>This space does not list its rooms to Portal Desk. Your bookings and the news are still here.</source>
        <translation>Este espacio no ofrece la lista de sus salas a Portal Desk. Tus reservas y las noticias siguen aquí.</translation>
    </message>
    <message>
        <source>The space cannot be reached and there is no offline copy of its rooms yet: %1</source>
        <translation>No se puede contactar con el espacio y aún no hay ninguna copia sin conexión de sus salas: %1</translation>
    </message>
    <message>
        <source>Offline — showing data from %1. Booking and other changes need a connection; Portal Desk reconnects by itself.</source>
        <translation>Sin conexión — se muestran los datos del %1. Para reservar y hacer otros cambios se necesita conexión; Portal Desk vuelve a conectarse automáticamente.</translation>
    </message>
    <message>
        <source>Offline — the space cannot be reached. Portal Desk reconnects by itself.</source>
        <translation>Sin conexión — no se puede contactar con el espacio. Portal Desk vuelve a conectarse automáticamente.</translation>
    </message>
    <message>
        <source>Booking needs a connection to the space.</source>
        <translation>Para reservar se necesita conexión con el espacio.</translation>
    </message>
    <message numerus="yes">
        <source>Booked %1 on %n date(s).</source>
        <translation>
            <numerusform>%1 reservada para %n fecha.</numerusform>
            <numerusform>%1 reservada para %n fechas.</numerusform>
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
        <translation>El día anterior (Re Pág)</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <source>The day after (Page Down)</source>
        <translation>El día siguiente (Av Pág)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Today at the space (T)</source>
        <translation>Hoy en el espacio (T)</translation>
    </message>
    <message>
        <source>Hatched: busy · Tinted and labelled: your bookings · Grey: past · Line: now</source>
        <translation>Rayado: ocupado · Coloreado y con nombre: tus reservas · Gris: pasado · Línea: ahora</translation>
    </message>
    <message>
        <source>Rooms by time of day</source>
        <translation>Salas por hora del día</translation>
    </message>
    <message>
        <source>Drag across free times or use Shift+arrows to pick a slot; Enter or a double-click books it.</source>
        <translation>Arrastra sobre horas libres o usa Mayús+flechas para elegir una franja; Intro o un doble clic la reserva.</translation>
    </message>
    <message>
        <source>this computer&apos;s time</source>
        <translation>la hora de este ordenador</translation>
    </message>
    <message>
        <source>Today, %1 (times in %2)</source>
        <extracomment>the day shown, then the time zone its hours are in, e.g. &quot;Saturday, 27 March 2027 (times in Europe/Madrid)&quot;</extracomment>
        <translation>Hoy, %1 (horas en %2)</translation>
    </message>
    <message>
        <source>%1 (times in %2)</source>
        <translation>%1 (horas en %2)</translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <source>No rooms match the filter.</source>
        <translation>Ninguna sala coincide con el filtro.</translation>
    </message>
    <message>
        <source>%1; slot %2</source>
        <extracomment>the cursor cell&apos;s room, time and state, then the slot picked (e.g. &quot;…; slot 09:00–10:30&quot;)</extracomment>
        <translation>%1; franja %2</translation>
    </message>
</context>
<context>
    <name>ScreenshotRun</name>
    <message>
        <source>Could not save the screenshot to %1.</source>
        <translation>No se ha podido guardar la captura de pantalla en %1.</translation>
    </message>
    <message>
        <source>Offline: the picture shows the offline copy.</source>
        <translation>Sin conexión: la imagen muestra la copia sin conexión.</translation>
    </message>
</context>
<context>
    <name>SeriesPanel</name>
    <message>
        <source>&amp;Repeat this booking</source>
        <translation>&amp;Repetir esta reserva</translation>
    </message>
    <message>
        <source>Re&amp;peats:</source>
        <translation>Se re&amp;pite:</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Con qué frecuencia</translation>
    </message>
    <message>
        <source>Every how many</source>
        <translation>Cada cuántos</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Los:</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Días de la semana</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Termina:</translation>
    </message>
    <message>
        <source>&amp;After</source>
        <translation>&amp;Tras</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Número de veces</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;El</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Repeat limits</source>
        <translation>Límites de repetición</translation>
    </message>
    <message>
        <source>Dates of the series</source>
        <translation>Fechas de la serie</translation>
    </message>
    <message>
        <source>Series summary</source>
        <translation>Resumen de la serie</translation>
    </message>
    <message>
        <source>Checking every date…</source>
        <translation>Comprobando cada fecha…</translation>
    </message>
    <message>
        <source>These choices give no date: choose an end after the first day.</source>
        <translation>Con estas opciones no hay ninguna fecha: elija un final posterior al primer día.</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) booked.</source>
        <translation>
            <numerusform>%n fecha reservada.</numerusform>
            <numerusform>%n fechas reservadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) not booked.</source>
        <translation>
            <numerusform>%n fecha sin reservar.</numerusform>
            <numerusform>%n fechas sin reservar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) unknown: check My bookings before booking them again.</source>
        <translation>
            <numerusform>%n fecha desconocida: revise Mis reservas antes de volver a reservarla.</numerusform>
            <numerusform>%n fechas desconocidas: revise Mis reservas antes de volver a reservarlas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n date(s) can be booked.</source>
        <translation>
            <numerusform>Se puede reservar %1 de %n fecha.</numerusform>
            <numerusform>Se pueden reservar %1 de %n fechas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) cannot be booked; the list says why.</source>
        <translation>
            <numerusform>%n fecha no se puede reservar; la lista dice por qué.</numerusform>
            <numerusform>%n fechas no se pueden reservar; la lista dice por qué.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The room allows %n date(s) in one series; the later ones are left out.</source>
        <translation>
            <numerusform>La sala permite %n fecha por serie; las posteriores se omiten.</numerusform>
            <numerusform>La sala permite %n fechas por serie; las posteriores se omiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A series of this room may run for %n month(s); the later dates are left out.</source>
        <translation>
            <numerusform>Una serie de esta sala puede durar %n mes; las fechas posteriores se omiten.</numerusform>
            <numerusform>Una serie de esta sala puede durar %n meses; las fechas posteriores se omiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Monthly, on this day</source>
        <translation>Cada mes, este día</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>cada %n día</numerusform>
            <numerusform>cada %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>cada %n mes</numerusform>
            <numerusform>cada %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>cada %n semana</numerusform>
            <numerusform>cada %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesRangeDialog</name>
    <message>
        <source>Cancel dates of a series — Portal Desk</source>
        <translation>Cancelar fechas de una serie — Portal Desk</translation>
    </message>
    <message>
        <source>Cancel dates of a series</source>
        <translation>Cancelar fechas de una serie</translation>
    </message>
    <message>
        <source>Cancel the bookings of this series from one day to another, both included. The fees are shown before anything is cancelled.</source>
        <translation>Cancela las reservas de esta serie de un día a otro, ambos incluidos. Las tarifas se muestran antes de cancelar nada.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>First day to cancel</source>
        <translation>Primer día que cancelar</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Last day to cancel</source>
        <translation>Último día que cancelar</translation>
    </message>
    <message>
        <source>Bookings in the range</source>
        <translation>Reservas en el intervalo</translation>
    </message>
    <message>
        <source>No booking of this series falls on these days.</source>
        <translation>Ninguna reserva de esta serie cae en estos días.</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) of this series will be cancelled.</source>
        <translation>
            <numerusform>Se cancelará %n reserva de esta serie.</numerusform>
            <numerusform>Se cancelarán %n reservas de esta serie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesRuleWords</name>
    <message>
        <source>daily</source>
        <translation>cada día</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>cada %n día</numerusform>
            <numerusform>cada %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>cada mes</translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>cada %n mes</numerusform>
            <numerusform>cada %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>cada semana</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>cada %n semana</numerusform>
            <numerusform>cada %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>weekly on %1</source>
        <translation>cada semana el %1</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s) on %1</source>
        <translation>
            <numerusform>cada semana el %1</numerusform>
            <numerusform>cada %n semanas el %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, hasta el %2</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Portal Desk</source>
        <translation>Iniciar sesión — Portal Desk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in with the e-mail and password you use on your space&apos;s website.</source>
        <translation>Iniciar sesión con el correo electrónico y la contraseña que se usan en el sitio web del espacio.</translation>
    </message>
    <message>
        <source>&amp;Space:</source>
        <translation>&amp;Espacio:</translation>
    </message>
    <message>
        <source>coworkfactory, or the space&apos;s web address</source>
        <translation>coworkfactory, o la dirección web del espacio</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Your space&apos;s name or web address</source>
        <translation>Nombre o dirección web del espacio</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Contr&amp;aseña:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Two-factor &amp;code:</source>
        <translation>Código de &amp;dos factores:</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>Código de 6 dígitos</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>Código de dos factores</translation>
    </message>
    <message>
        <source>The code shown by your authenticator app</source>
        <translation>El código que muestra la aplicación de autenticación</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Mensaje de inicio de sesión</translation>
    </message>
    <message>
        <source>Message icon</source>
        <translation>Icono del mensaje</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Set a &amp;new password…</source>
        <translation>Establecer una &amp;nueva contraseña…</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>Establecer una nueva contraseña</translation>
    </message>
    <message>
        <source>Opens your space&apos;s password page in the web browser</source>
        <translation>Abre la página de contraseñas del espacio en el navegador web</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botones del cuadro de diálogo</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Enter the e-mail address of your account, such as name@example.com.</source>
        <translation>Introducir la dirección de correo electrónico de la cuenta, por ejemplo nombre@example.com.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introducir la contraseña.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Introducir el código de la aplicación de autenticación.</translation>
    </message>
    <message>
        <source>Signing in did not work. Please try again.</source>
        <translation>No se ha podido iniciar sesión. Volver a intentarlo.</translation>
    </message>
    <message>
        <source>The code was not accepted. Enter the current code from your authenticator app.</source>
        <translation>No se ha aceptado el código. Introducir el código actual de la aplicación de autenticación.</translation>
    </message>
    <message>
        <source>Could not sign in:</source>
        <translation>No se ha podido iniciar sesión:</translation>
    </message>
    <message>
        <source>One more step:</source>
        <translation>Un paso más:</translation>
    </message>
</context>
<context>
    <name>StaffGate</name>
    <message>
        <source>The &quot;%1&quot; view is only for the space&apos;s staff; this account is a member.</source>
        <translation>La vista «%1» es solo para el personal del espacio; esta cuenta es de un miembro.</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; view is not part of this version yet; showing the rooms.</source>
        <translation>La vista «%1» aún no forma parte de esta versión; se muestran las salas.</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <source>%1: page %2 of %3</source>
        <translation>%1: página %2 de %3</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Stop sync</source>
        <translation>Detener sincronización</translation>
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
        <translation>%1; omitidos: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>this account may not read them</source>
        <translation>esta cuenta no puede leerlos</translation>
    </message>
    <message>
        <source>the space does not offer them</source>
        <translation>el espacio no los ofrece</translation>
    </message>
    <message>
        <source>Sync stopped at %1: %2 What was synced before is kept.</source>
        <translation>La sincronización se ha detenido en %1: %2 Se conserva lo que ya se había sincronizado.</translation>
    </message>
    <message>
        <source>Nothing could be synced: the space offers none of its data to this account (%1).</source>
        <translation>No se pudo sincronizar nada: el espacio no ofrece ninguno de sus datos a esta cuenta (%1).</translation>
    </message>
</context>
<context>
    <name>TenantsView</name>
    <message>
        <source>Tenants</source>
        <translation>Inquilinos</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Search tenants</source>
        <translation>Buscar inquilinos</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or unit</source>
        <translation>Nombre, correo, teléfono o unidad</translation>
    </message>
    <message>
        <source>Tenant details</source>
        <translation>Datos del inquilino</translation>
    </message>
    <message>
        <source>No tenant matches this search.</source>
        <translation>Ningún inquilino coincide con esta búsqueda.</translation>
    </message>
    <message>
        <source>The tenants could not be loaded: %1</source>
        <translation>No se pudieron cargar los inquilinos: %1</translation>
    </message>
    <message>
        <source>The tenant&apos;s details could not be loaded: %1</source>
        <translation>No se pudieron cargar los datos del inquilino: %1</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unidad: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>Correo: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>Emergency contacts:</source>
        <translation>Contactos de emergencia:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
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
        <translation>Se ha perdido la conexión antes de que el espacio respondiera. Es posible que el cambio se haya guardado o no: conviene comprobarlo antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>The space could not be reached. Check your internet connection.</source>
        <translation>No se ha podido contactar con el espacio. Comprobar la conexión a Internet.</translation>
    </message>
    <message>
        <source>The space did not answer in time. The change may or may not have been saved: check before trying again.</source>
        <translation>El espacio no ha respondido a tiempo. Es posible que el cambio se haya guardado o no: conviene comprobarlo antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>The space took too long to answer. Please try again.</source>
        <translation>El espacio ha tardado demasiado en responder. Volver a intentarlo.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>La sesión ha caducado. Es necesario volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>Your account is not allowed to see this.</source>
        <translation>Esta cuenta no tiene permiso para ver esto.</translation>
    </message>
    <message>
        <source>This item no longer exists on the space.</source>
        <translation>Este elemento ya no existe en el espacio.</translation>
    </message>
    <message numerus="yes">
        <source>The space is busy. Trying again in %n second(s).</source>
        <translation>
            <numerusform>El espacio está ocupado. Se reintentará en %n segundo.</numerusform>
            <numerusform>El espacio está ocupado. Se reintentará en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The space is busy. Please wait a moment and try again.</source>
        <translation>El espacio está ocupado. Esperar un momento y volver a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n campo requiere atención.</numerusform>
            <numerusform>%n campos requieren atención.</numerusform>
        </translation>
    </message>
    <message>
        <source>The space refused the change: %1</source>
        <translation>El espacio ha rechazado el cambio: %1</translation>
    </message>
    <message>
        <source>The space refused the change.</source>
        <translation>El espacio ha rechazado el cambio.</translation>
    </message>
    <message>
        <source>The space had a problem answering. Please try again later.</source>
        <translation>El espacio ha tenido un problema al responder. Volver a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The space sent an answer Portal Desk cannot read.</source>
        <translation>El espacio ha enviado una respuesta que Portal Desk no puede leer.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se ha cancelado la solicitud.</translation>
    </message>
    <message>
        <source>The space refused the request (error %1).</source>
        <translation>El espacio ha rechazado la solicitud (error %1).</translation>
    </message>
    <message>
        <source>This space does not offer this.</source>
        <translation>Este espacio no ofrece esto.</translation>
    </message>
    <message>
        <source>The space answered with a redirect to another address: %1. Portal Desk did not follow it, so your sign-in stays with the space.</source>
        <translation>El espacio respondió con una redirección a otra dirección: %1. Portal Desk no la siguió, así que su sesión se queda con el espacio.</translation>
    </message>
    <message>
        <source>The space sent an answer larger than %1 MB; Portal Desk stopped reading it.</source>
        <translation>El espacio envió una respuesta de más de %1 MB; Portal Desk dejó de leerla.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2</source>
        <translation>Se rechazó la conexión segura con %1: %2</translation>
    </message>
</context>
<context>
    <name>api::ListPage</name>
    <message>
        <source>The list answer has no records.</source>
        <translation>La respuesta de la lista no contiene registros.</translation>
    </message>
</context>
<context>
    <name>api::ServerAddress</name>
    <message>
        <source>Enter your space&apos;s name or web address.</source>
        <translation>Introducir el nombre o la dirección web del espacio.</translation>
    </message>
    <message>
        <source>This is not a valid space name or web address.</source>
        <translation>No es un nombre de espacio ni una dirección web válidos.</translation>
    </message>
    <message>
        <source>Only https:// addresses are supported.</source>
        <translation>Solo se admiten direcciones https://.</translation>
    </message>
    <message>
        <source>Plain http:// is not safe for signing in. Use the space&apos;s https:// address.</source>
        <translation>El protocolo http:// sin cifrar no es seguro para iniciar sesión. Usar la dirección https:// del espacio.</translation>
    </message>
</context>
<context>
    <name>auth::SignInError</name>
    <message>
        <source>The e-mail or password is not correct.</source>
        <translation>El correo electrónico o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Introducir el código de la aplicación de autenticación.</translation>
    </message>
    <message>
        <source>You need to set a new password on the space&apos;s website first.</source>
        <translation>Primero es necesario establecer una nueva contraseña en el sitio web del espacio.</translation>
    </message>
</context>
<context>
    <name>cache::OfflineStore</name>
    <message>
        <source>The offline copy cannot be kept: the folder %1 cannot be created.</source>
        <translation>No se puede conservar la copia sin conexión: no se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The offline copy of this account could not be read, so it was set aside and will be rebuilt from the space.</source>
        <translation>No se ha podido leer la copia sin conexión de esta cuenta, así que se ha apartado y se volverá a crear a partir del espacio.</translation>
    </message>
    <message>
        <source>The offline copy was written by a newer version of Portal Desk.</source>
        <translation>La copia sin conexión procede de una versión más reciente de Portal Desk.</translation>
    </message>
    <message>
        <source>The offline copy could not be opened: %1</source>
        <translation>No se ha podido abrir la copia sin conexión: %1</translation>
    </message>
    <message>
        <source>The offline copy could not be updated: %1</source>
        <translation>No se ha podido actualizar la copia sin conexión: %1</translation>
    </message>
    <message>
        <source>The offline copy could not be removed: %1</source>
        <translation>No se ha podido quitar la copia sin conexión: %1</translation>
    </message>
    <message>
        <source>The disk is full, so the offline copy could not be updated. What was saved before is kept.</source>
        <translation>El disco está lleno, así que no se ha podido actualizar la copia sin conexión. Se conserva lo que ya estaba guardado.</translation>
    </message>
    <message>
        <source>The offline copy is damaged (%1).</source>
        <translation>La copia sin conexión está dañada (%1).</translation>
    </message>
</context>
<context>
    <name>domain::Amenity</name>
    <message>
        <source>Projector</source>
        <translation>Proyector</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Conference phone</source>
        <translation>Teléfono de conferencias</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Whiteboard</source>
        <translation>Pizarra blanca</translation>
    </message>
    <message>
        <source>Large display</source>
        <translation>Pantalla grande</translation>
    </message>
    <message>
        <source>Catering</source>
        <translation>Catering</translation>
    </message>
    <message>
        <source>Tea and coffee</source>
        <translation>Té y café</translation>
    </message>
    <message>
        <source>Drinks</source>
        <translation>Bebidas</translation>
    </message>
    <message>
        <source>Security lock</source>
        <translation>Cerradura de seguridad</translation>
    </message>
    <message>
        <source>CCTV</source>
        <translation>Videovigilancia</translation>
    </message>
    <message>
        <source>Voice recorder</source>
        <translation>Grabadora de voz</translation>
    </message>
    <message>
        <source>Air conditioning</source>
        <translation>Aire acondicionado</translation>
    </message>
    <message>
        <source>Heating</source>
        <translation>Calefacción</translation>
    </message>
    <message>
        <source>Natural light</source>
        <translation>Luz natural</translation>
    </message>
    <message>
        <source>Standing desk</source>
        <translation>Escritorio de pie</translation>
    </message>
    <message>
        <source>Quiet zone</source>
        <translation>Zona tranquila</translation>
    </message>
    <message>
        <source>Wireless charger</source>
        <translation>Cargador inalámbrico</translation>
    </message>
    <message>
        <source>Privacy screen</source>
        <translation>Pantalla de privacidad</translation>
    </message>
    <message>
        <source>Soundproof</source>
        <translation>Insonorización</translation>
    </message>
    <message>
        <source>Video conferencing</source>
        <translation>Videoconferencia</translation>
    </message>
    <message>
        <source>Dual display screen</source>
        <translation>Pantalla doble</translation>
    </message>
    <message>
        <source>Display screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Wireless presentation</source>
        <translation>Presentación inalámbrica</translation>
    </message>
    <message>
        <source>PA system</source>
        <translation>Sistema de megafonía</translation>
    </message>
    <message>
        <source>Desktop monitor</source>
        <translation>Monitor de escritorio</translation>
    </message>
    <message>
        <source>Flip chart</source>
        <translation>Rotafolio</translation>
    </message>
    <message>
        <source>Secure storage</source>
        <translation>Almacenamiento seguro</translation>
    </message>
</context>
<context>
    <name>domain::AmenityGroup</name>
    <message>
        <source>Audio-visual</source>
        <translation>Audiovisual</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Conectividad</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>Confort</translation>
    </message>
    <message>
        <source>Food &amp; drink</source>
        <translation>Comida y bebida</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
</context>
<context>
    <name>domain::BookingErrors</name>
    <message>
        <source>This room no longer exists.</source>
        <translation>Esta sala ya no existe.</translation>
    </message>
    <message>
        <source>Your account cannot book at this space yet.</source>
        <translation>Esta cuenta aún no puede reservar en este espacio.</translation>
    </message>
    <message>
        <source>The room is already booked at that time.</source>
        <translation>La sala ya está reservada a esa hora.</translation>
    </message>
    <message>
        <source>An event takes place in the room at that time.</source>
        <translation>Hay un evento en la sala a esa hora.</translation>
    </message>
    <message>
        <source>The room is full at that time.</source>
        <translation>La sala está completa a esa hora.</translation>
    </message>
    <message>
        <source>The room is not open at that time.</source>
        <translation>La sala no está abierta a esa hora.</translation>
    </message>
    <message>
        <source>That time has already passed.</source>
        <translation>Esa hora ya ha pasado.</translation>
    </message>
    <message>
        <source>You have reached your booking limit for this week.</source>
        <translation>Se ha alcanzado el límite de reservas de esta semana.</translation>
    </message>
    <message>
        <source>You have reached your booking limit for this month.</source>
        <translation>Se ha alcanzado el límite de reservas de este mes.</translation>
    </message>
    <message>
        <source>Your plan does not include this room.</source>
        <translation>El plan contratado no incluye esta sala.</translation>
    </message>
    <message>
        <source>The room is not available for booking.</source>
        <translation>La sala no está disponible para reservas.</translation>
    </message>
    <message>
        <source>That is too soon: this room must be booked further in advance.</source>
        <translation>Demasiado pronto: esta sala debe reservarse con más antelación.</translation>
    </message>
    <message>
        <source>That is too far ahead: this room cannot be booked that early.</source>
        <translation>Demasiado lejos: esta sala no se puede reservar con tanta antelación.</translation>
    </message>
    <message>
        <source>The booking is longer than this room allows.</source>
        <translation>La reserva es más larga de lo que permite esta sala.</translation>
    </message>
    <message>
        <source>The booking is shorter than this room allows.</source>
        <translation>La reserva es más corta de lo que permite esta sala.</translation>
    </message>
    <message>
        <source>The room needs a break between bookings at that time.</source>
        <translation>La sala necesita un intervalo entre reservas a esa hora.</translation>
    </message>
    <message>
        <source>You booked this recently; the space asks you to wait before booking again.</source>
        <translation>Esta reserva se ha hecho hace poco; el espacio pide esperar antes de volver a reservar.</translation>
    </message>
    <message>
        <source>The space does not allow this booking.</source>
        <translation>El espacio no permite esta reserva.</translation>
    </message>
    <message>
        <source>The room cannot be booked at that time.</source>
        <translation>La sala no se puede reservar a esa hora.</translation>
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
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>parts of a length of time: 1 hour 30 minutes</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cancel at least %1 before the start</source>
        <translation>Cancelar como mínimo %1 antes del inicio</translation>
    </message>
    <message>
        <source>Cancelling less than %1 before the start costs a fee</source>
        <translation>Cancelar con menos de %1 de antelación tiene un cargo</translation>
    </message>
    <message>
        <source>Cancelling less than %1 before the start costs %2</source>
        <translation>Cancelar con menos de %1 de antelación cuesta %2</translation>
    </message>
    <message>
        <source>Cancelling a booking costs a fee</source>
        <translation>Cancelar una reserva tiene un cargo</translation>
    </message>
    <message>
        <source>Cancelling a booking costs %1</source>
        <translation>Cancelar una reserva cuesta %1</translation>
    </message>
    <message>
        <source>Only members and contacts can book</source>
        <translation>Solo pueden reservar los miembros y los contactos</translation>
    </message>
    <message>
        <source>Only members can book</source>
        <translation>Solo pueden reservar los miembros</translation>
    </message>
    <message>
        <source>Only contacts can book</source>
        <translation>Solo pueden reservar los contactos</translation>
    </message>
    <message>
        <source>Only customers of this location can book</source>
        <translation>Solo pueden reservar los clientes de esta ubicación</translation>
    </message>
    <message numerus="yes">
        <source>Only members of %n team(s) can book</source>
        <translation>
            <numerusform>Solo pueden reservar los miembros de %n equipo</numerusform>
            <numerusform>Solo pueden reservar los miembros de %n equipos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only members on %n plan(s) can book</source>
        <translation>
            <numerusform>Solo pueden reservar los miembros con %n plan concreto</numerusform>
            <numerusform>Solo pueden reservar los miembros con alguno de %n planes</numerusform>
        </translation>
    </message>
    <message>
        <source>Book up to %1 ahead</source>
        <translation>Reservar con hasta %1 de antelación</translation>
    </message>
    <message>
        <source>Book at least %1 before the start</source>
        <translation>Reservar como mínimo %1 antes del inicio</translation>
    </message>
    <message>
        <source>Bookings last at least %1</source>
        <translation>Las reservas duran como mínimo %1</translation>
    </message>
    <message>
        <source>Bookings last at most %1</source>
        <translation>Las reservas duran como máximo %1</translation>
    </message>
    <message>
        <source>Bookings are at least %1 apart</source>
        <translation>Entre dos reservas debe haber como mínimo %1</translation>
    </message>
    <message>
        <source>After your booking ends, wait %1 before booking this room again</source>
        <translation>Al terminar una reserva, hay que esperar %1 para volver a reservar esta sala</translation>
    </message>
    <message>
        <source>After your booking ends, wait %1 before booking any room again</source>
        <translation>Al terminar una reserva, hay que esperar %1 para volver a reservar cualquier sala</translation>
    </message>
    <message>
        <source>After each booking, nobody can book this room for %1</source>
        <translation>Después de cada reserva, nadie puede reservar esta sala durante %1</translation>
    </message>
    <message>
        <source>Bookings need the space&apos;s approval</source>
        <translation>Las reservas necesitan la aprobación del espacio</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n booking(s) can share this room at the same time</source>
        <translation>
            <numerusform>Se admite hasta %n reserva simultánea en esta sala</numerusform>
            <numerusform>Se admiten hasta %n reservas simultáneas en esta sala</numerusform>
        </translation>
    </message>
    <message>
        <source>Several bookings can share this room at the same time</source>
        <translation>Varias reservas pueden compartir esta sala a la vez</translation>
    </message>
    <message numerus="yes">
        <source>Visitors count towards the limit of %n attendee(s)</source>
        <translation>
            <numerusform>Los visitantes cuentan para el límite de %n asistente</numerusform>
            <numerusform>Los visitantes cuentan para el límite de %n asistentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A repeating booking can have up to %n occurrence(s)</source>
        <translation>
            <numerusform>Una reserva periódica puede tener hasta %n repetición</numerusform>
            <numerusform>Una reserva periódica puede tener hasta %n repeticiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A repeating booking can run for up to %n month(s)</source>
        <translation>
            <numerusform>Una reserva periódica puede durar hasta %n mes</numerusform>
            <numerusform>Una reserva periódica puede durar hasta %n meses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain::ResourceAudit</name>
    <message>
        <source>Minimum length above maximum</source>
        <translation>Duración mínima superior a la máxima</translation>
    </message>
    <message>
        <source>Visible but archived</source>
        <translation>Visible pero archivado</translation>
    </message>
    <message>
        <source>Shared bookings without a capacity</source>
        <translation>Reservas compartidas sin capacidad</translation>
    </message>
    <message>
        <source>Type without booking rates</source>
        <translation>Tipo sin tarifas de reserva</translation>
    </message>
    <message>
        <source>Cancellation fee without an amount</source>
        <translation>Cargo por cancelación sin importe</translation>
    </message>
    <message>
        <source>Visitors limited to an unset capacity</source>
        <translation>Visitantes limitados a una capacidad sin definir</translation>
    </message>
    <message>
        <source>The minimum booking length is longer than the maximum, so no booking can satisfy both.</source>
        <translation>La duración mínima de la reserva es mayor que la máxima, así que ninguna reserva puede cumplir ambas.</translation>
    </message>
    <message>
        <source>Archived resources should not be offered, yet these are still visible to members.</source>
        <translation>Los recursos archivados no deberían ofrecerse, pero estos siguen siendo visibles para los miembros.</translation>
    </message>
    <message>
        <source>Several bookings may overlap, but no allocation says how many, so nothing caps them.</source>
        <translation>Pueden solaparse varias reservas, pero ninguna asignación indica cuántas, así que no hay nada que las limite.</translation>
    </message>
    <message>
        <source>The resource type has no booking rate, so bookings of it cannot be priced.</source>
        <translation>El tipo de recurso no tiene ninguna tarifa de reserva, así que no se puede poner precio a sus reservas.</translation>
    </message>
    <message>
        <source>A late-cancellation fee is charged, but its amount or percentage is missing or zero.</source>
        <translation>Se cobra un cargo por cancelación tardía, pero su importe o porcentaje falta o es cero.</translation>
    </message>
    <message>
        <source>Visitors are limited to the allocation, but no allocation is set.</source>
        <translation>Los visitantes están limitados a la asignación, pero no hay ninguna asignación definida.</translation>
    </message>
    <message>
        <source>Not checked: the booking rates could not be read with this account.</source>
        <translation>Sin comprobar: no se han podido leer las tarifas de reserva con esta cuenta.</translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>Sin comprobar.</translation>
    </message>
</context>
<context>
    <name>domain::ResourceReviewColumns</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Floor or area</source>
        <translation>Planta o zona</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visible</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Hidden in calendar</source>
        <translation>Oculto en el calendario</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>Requiere aprobación</translation>
    </message>
    <message>
        <source>Min. length</source>
        <translation>Duración mín.</translation>
    </message>
    <message>
        <source>Max. length</source>
        <translation>Duración máx.</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
</context>
<context>
    <name>domain::SystemResourceType</name>
    <message>
        <source>Uncategorised</source>
        <translation>Sin categoría</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Sala de reuniones</translation>
    </message>
    <message>
        <source>Hot desk</source>
        <translation>Puesto flexible</translation>
    </message>
    <message>
        <source>Private office</source>
        <translation>Despacho privado</translation>
    </message>
    <message>
        <source>Event space</source>
        <translation>Espacio para eventos</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Cocina</translation>
    </message>
    <message>
        <source>Treatment room</source>
        <translation>Sala de tratamientos</translation>
    </message>
    <message>
        <source>Storage unit</source>
        <translation>Unidad de almacenamiento</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Máquina</translation>
    </message>
    <message>
        <source>Day pass</source>
        <translation>Pase de día</translation>
    </message>
    <message>
        <source>Phone booth</source>
        <translation>Cabina telefónica</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>html::BlogPostHtml</name>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Comentarios (%n)</numerusform>
            <numerusform>Comentarios (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Aún no hay comentarios.</translation>
    </message>
    <message>
        <source>Comments are closed.</source>
        <translation>Los comentarios están cerrados.</translation>
    </message>
    <message>
        <source>A member</source>
        <translation>Un miembro</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Por %1</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>En %1</translation>
    </message>
</context>
<context>
    <name>models::ApplicationListModel</name>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>No publicada</translation>
    </message>
</context>
<context>
    <name>models::BlogPostListModel</name>
    <message>
        <source>★ Featured</source>
        <translation>★ Destacado</translation>
    </message>
</context>
<context>
    <name>models::BookingAccess</name>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>Solo miembros</translation>
    </message>
    <message>
        <source>Contacts only</source>
        <translation>Solo contactos</translation>
    </message>
    <message>
        <source>Customers of the location only</source>
        <translation>Solo clientes de la ubicación</translation>
    </message>
    <message>
        <source>Some teams or plans only</source>
        <translation>Solo algunos equipos o planes</translation>
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
        <translation>Próxima</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Pendiente de aprobación</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Pasada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, repeating)</source>
        <translation>%1 — %2 (%3, periódica)</translation>
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
            <numerusform>%1 — %2, %n reserva, próxima %3</numerusform>
            <numerusform>%1 — %2, %n reservas, próxima %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n booking(s), all past or cancelled</source>
        <translation>
            <numerusform>%1 — %2, %n reserva, todas pasadas o canceladas</numerusform>
            <numerusform>%1 — %2, %n reservas, todas pasadas o canceladas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>models::PageFeed</name>
    <message>
        <source>The space cannot be reached.</source>
        <translation>No se puede contactar con el espacio.</translation>
    </message>
</context>
<context>
    <name>models::PropertyListModel</name>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Residencial</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Mixed use</source>
        <translation>Uso mixto</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>An occupancy rate; %1 is the number (e.g. &quot;93&quot;), written with the locale&apos;s digits.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Ocupadas</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Ocupación</translation>
    </message>
</context>
<context>
    <name>models::ResourceListModel</name>
    <message numerus="yes">
        <source>%n people</source>
        <comment>capacity of a resource</comment>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
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
        <translation>Tu reserva (pendiente de aprobación)</translation>
    </message>
    <message>
        <source>Your booking</source>
        <translation>Tu reserva</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Pasada</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
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
        <translation>… Comprobando</translation>
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
        <translation>✗ No se pudo comprobar: %1</translation>
    </message>
    <message>
        <source>… Booking</source>
        <translation>… Reservando</translation>
    </message>
    <message>
        <source>✓ Booked, waiting for the space&apos;s approval</source>
        <translation>✓ Reservada, pendiente de aprobación del espacio</translation>
    </message>
    <message>
        <source>✓ Booked</source>
        <translation>✓ Reservada</translation>
    </message>
    <message>
        <source>✗ Not booked: %1</source>
        <translation>✗ Sin reservar: %1</translation>
    </message>
    <message>
        <source>? Unknown: %1</source>
        <translation>? Desconocido: %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Can it be booked?</source>
        <translation>¿Se puede reservar?</translation>
    </message>
</context>
<context>
    <name>models::TenantListModel</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Former</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
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
        <translation>No se ha podido leer el artículo.</translation>
    </message>
</context>
<context>
    <name>repository::BlogPostRepository</name>
    <message>
        <source>Not signed in.</source>
        <translation>Sesión no iniciada.</translation>
    </message>
</context>
<context>
    <name>repository::BookingCommands</name>
    <message>
        <source>The space accepted the booking, but it does not appear in your bookings yet. Check again in a moment.</source>
        <translation>El espacio ha aceptado la reserva, pero aún no aparece en las reservas. Comprobarlo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The booking was sent, but your bookings could not be read to confirm it: %1</source>
        <translation>La reserva se ha enviado, pero no se han podido leer las reservas para confirmarla: %1</translation>
    </message>
    <message>
        <source>The booking was sent, but you signed out before it could be confirmed. Check your bookings after signing in.</source>
        <translation>La reserva se envió, pero cerraste la sesión antes de poder confirmarla. Revisa tus reservas después de iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>repository::Datasets</name>
    <message>
        <source>rooms</source>
        <translation>salas</translation>
    </message>
    <message>
        <source>room details</source>
        <translation>detalles de salas</translation>
    </message>
    <message>
        <source>bookings</source>
        <translation>reservas</translation>
    </message>
    <message>
        <source>cancelled bookings</source>
        <translation>reservas canceladas</translation>
    </message>
    <message>
        <source>news</source>
        <translation>noticias</translation>
    </message>
    <message>
        <source>news articles</source>
        <translation>artículos de noticias</translation>
    </message>
    <message>
        <source>your profile</source>
        <translation>tu perfil</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>aplicaciones</translation>
    </message>
    <message>
        <source>application details</source>
        <translation>detalles de aplicaciones</translation>
    </message>
    <message>
        <source>resources for review</source>
        <translation>recursos para revisar</translation>
    </message>
    <message>
        <source>resource details for review</source>
        <translation>detalles de recursos para revisión</translation>
    </message>
    <message>
        <source>resource types</source>
        <translation>tipos de recurso</translation>
    </message>
    <message>
        <source>booking rates</source>
        <translation>tarifas de reserva</translation>
    </message>
</context>
<context>
    <name>repository::MyBookingsRepository</name>
    <message>
        <source>This account may not see cancelled bookings.</source>
        <translation>Esta cuenta no puede ver las reservas canceladas.</translation>
    </message>
    <message>
        <source>This space does not list cancelled bookings.</source>
        <translation>Este espacio no ofrece la lista de reservas canceladas.</translation>
    </message>
    <message>
        <source>This account may not see its bookings here.</source>
        <translation>Esta cuenta no puede ver sus reservas aquí.</translation>
    </message>
    <message>
        <source>This space does not list bookings to Portal Desk.</source>
        <translation>Este espacio no ofrece la lista de reservas a Portal Desk.</translation>
    </message>
</context>
<context>
    <name>repository::ResourceCsvExport</name>
    <message>
        <source>Not signed in.</source>
        <translation>Sesión no iniciada.</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>No se ha podido escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>No se ha podido escribir el archivo: %1</translation>
    </message>
</context>
<context>
    <name>repository::ResourceDetailsLoader</name>
    <message>
        <source>The room&apos;s details could not be loaded.</source>
        <translation>No se pudieron cargar los detalles de la sala.</translation>
    </message>
    <message>
        <source>The space answered with another room.</source>
        <translation>El espacio respondió con otra sala.</translation>
    </message>
</context>
<context>
    <name>repository::SeriesBooking</name>
    <message>
        <source>The clocks go forward that night: %1 does not exist on that day.</source>
        <translation>Esa noche se adelantan los relojes: las %1 no existen ese día.</translation>
    </message>
    <message>
        <source>Not sent: the answer about %1 was lost. Check your bookings, then book the rest again.</source>
        <translation>No enviada: se perdió la respuesta sobre %1. Revise sus reservas y luego reserve el resto de nuevo.</translation>
    </message>
</context>
<context>
    <name>repository::calls</name>
    <message>
        <source>Not signed in.</source>
        <translation>Sesión no iniciada.</translation>
    </message>
</context>
</TS>
