<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountCoordinator</name>
    <message>
        <source>No secure storage (keychain) is available, so Portal Desk cannot remember this sign-in: you will need to sign in again next time.</source>
        <translation>No secure storage (keychain) is available, so Portal Desk cannot remember this sign-in: you will need to sign in again next time.</translation>
    </message>
    <message>
        <source>There is no stored sign-in for %1. Sign in once with --user EMAIL and --password-stdin.</source>
        <translation>There is no stored sign-in for %1. Sign in once with --user EMAIL and --password-stdin.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>The demo space could not start: no free local port.</source>
        <translation>The demo space could not start: no free local port.</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>Could not sign in: %1</translation>
    </message>
    <message>
        <source>Starting the demo space…</source>
        <translation>Starting the demo space…</translation>
    </message>
    <message>
        <source>Sign in with --user EMAIL and --password-stdin.</source>
        <translation>Sign in with --user EMAIL and --password-stdin.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Signing in to %1…</translation>
    </message>
    <message>
        <source>an account</source>
        <translation>an account</translation>
    </message>
    <message>
        <source>There is no stored sign-in for %1 at %2. Sign in once with --user EMAIL and --password-stdin.</source>
        <translation>There is no stored sign-in for %1 at %2. Sign in once with --user EMAIL and --password-stdin.</translation>
    </message>
    <message>
        <source>Opening your account…</source>
        <translation>Opening your account…</translation>
    </message>
    <message>
        <source>There is no stored account to sign out of.</source>
        <translation>There is no stored account to sign out of.</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Signed out of %1.</translation>
    </message>
    <message>
        <source>Signed out of %1, but the keychain entry could not be removed.</source>
        <translation>Signed out of %1, but the keychain entry could not be removed.</translation>
    </message>
    <message>
        <source>Demo space (%1)</source>
        <translation>Demo space (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>Rename account</translation>
    </message>
    <message>
        <source>Name shown in the account menu:</source>
        <translation>Name shown in the account menu:</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Remove account</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Remove this account from Portal Desk? Its sign-in is deleted from the keychain.</source>
        <translation>Remove this account from Portal Desk? Its sign-in is deleted from the keychain.</translation>
    </message>
    <message>
        <source>Sign out of this account? Its sign-in is deleted from the keychain.</source>
        <translation>Sign out of this account? Its sign-in is deleted from the keychain.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>There is no stored API key for %1. Sign in once with --property-os URL --api-key-stdin.</source>
        <translation>There is no stored API key for %1. Sign in once with --property-os URL --api-key-stdin.</translation>
    </message>
    <message>
        <source>Give the Property OS account as a web address, e.g. https://nexus.example.com.</source>
        <translation>Give the Property OS account as a web address, e.g. https://nexus.example.com.</translation>
    </message>
    <message>
        <source>No API key came on standard input. Pipe the key from Settings › API Keys of your NEXUS dashboard into --api-key-stdin.</source>
        <translation>No API key came on standard input. Pipe the key from Settings › API Keys of your NEXUS dashboard into --api-key-stdin.</translation>
    </message>
    <message>
        <source>Checking the API key with %1…</source>
        <translation>Checking the API key with %1…</translation>
    </message>
    <message>
        <source>NEXUS Property OS refused this API key. Create a new key under Settings › API Keys in your NEXUS dashboard and sign in with it.</source>
        <translation>NEXUS Property OS refused this API key. Create a new key under Settings › API Keys in your NEXUS dashboard and sign in with it.</translation>
    </message>
    <message>
        <source>Could not reach NEXUS Property OS: %1</source>
        <translation>Could not reach NEXUS Property OS: %1</translation>
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
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>%1 (staff)</source>
        <translation>%1 (staff)</translation>
    </message>
    <message>
        <source>Remove the offline copy</source>
        <translation>Remove the offline copy</translation>
    </message>
    <message>
        <source>Forget everything saved on this computer for this account: rooms, bookings, news and, for staff, applications and resources? It is all fetched again from the space when you are online.</source>
        <translation>Forget everything saved on this computer for this account: rooms, bookings, news and, for staff, applications and resources? It is all fetched again from the space when you are online.</translation>
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
        <translation>The space&apos;s data did not load in time.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Your session has ended. Please sign in again.</translation>
    </message>
    <message>
        <source>Sign in to your space to see its rooms. To look around first, start Portal Desk with --demo.</source>
        <translation>Sign in to your space to see its rooms. To look around first, start Portal Desk with --demo.</translation>
    </message>
    <message>
        <source>My &amp;bookings</source>
        <translation>My &amp;bookings</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; view is not part of this version yet; showing the rooms.</source>
        <translation>The &quot;%1&quot; view is not part of this version yet; showing the rooms.</translation>
    </message>
    <message>
        <source>&amp;News</source>
        <translation>&amp;News</translation>
    </message>
    <message>
        <source>Resource &amp;review</source>
        <translation>Resource &amp;review</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Applications</translation>
    </message>
    <message>
        <source>There is no account to sync. Sign in once first.</source>
        <translation>There is no account to sync. Sign in once first.</translation>
    </message>
    <message>
        <source>The offline copy of this account was removed.</source>
        <translation>The offline copy of this account was removed.</translation>
    </message>
    <message>
        <source>--sync does not cover Property OS accounts yet.</source>
        <translation>--sync does not cover Property OS accounts yet.</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Schedule</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Properties</translation>
    </message>
    <message>
        <source>&amp;Tenants</source>
        <translation>&amp;Tenants</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Book rooms and read the news of your Nexudus coworking space.</source>
        <translation>Book rooms and read the news of your Nexudus coworking space.</translation>
    </message>
    <message>
        <source>Open the built-in demo space.</source>
        <translation>Open the built-in demo space.</translation>
    </message>
    <message>
        <source>Demo account to sign in with.</source>
        <translation>Demo account to sign in with.</translation>
    </message>
    <message>
        <source>Space slug or web address.</source>
        <translation>Space slug or web address.</translation>
    </message>
    <message>
        <source>E-mail address to sign in with.</source>
        <translation>E-mail address to sign in with.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Read the password from standard input.</translation>
    </message>
    <message>
        <source>Refresh the offline data and exit.</source>
        <translation>Refresh the offline data and exit.</translation>
    </message>
    <message>
        <source>Forget the stored account and exit.</source>
        <translation>Forget the stored account and exit.</translation>
    </message>
    <message>
        <source>View to open: %1.</source>
        <translation>View to open: %1.</translation>
    </message>
    <message>
        <source>Language code (en, es, fr, de, it, pt).</source>
        <translation>Language code (en, es, fr, de, it, pt).</translation>
    </message>
    <message>
        <source>Save the window as PNG once its data has loaded, then exit.</source>
        <translation>Save the window as PNG once its data has loaded, then exit.</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;. Choose one of: %2.</source>
        <translation>Unknown view &quot;%1&quot;. Choose one of: %2.</translation>
    </message>
    <message>
        <source>Use either --demo or --server, not both.</source>
        <translation>Use either --demo or --server, not both.</translation>
    </message>
    <message>
        <source>Web address of a NEXUS Property OS account.</source>
        <translation>Web address of a NEXUS Property OS account.</translation>
    </message>
    <message>
        <source>Read the Property OS API key from standard input.</source>
        <translation>Read the Property OS API key from standard input.</translation>
    </message>
    <message>
        <source>--property-os opens a Property OS account: use it without --demo, --server and --password-stdin.</source>
        <translation>--property-os opens a Property OS account: use it without --demo, --server and --password-stdin.</translation>
    </message>
    <message>
        <source>--api-key-stdin needs --property-os URL.</source>
        <translation>--api-key-stdin needs --property-os URL.</translation>
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
        <translation>Error</translation>
    </message>
    <message>
        <source>&amp;Developer id:</source>
        <translation>&amp;Developer id:</translation>
    </message>
    <message>
        <source>Id of the developer who owns the application</source>
        <translation>Id of the developer who owns the application</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Display name of the application</source>
        <translation>Display name of the application</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>S&amp;ummary:</translation>
    </message>
    <message>
        <source>Brief summary shown in listings</source>
        <translation>Brief summary shown in listings</translation>
    </message>
    <message>
        <source>&amp;Install URL:</source>
        <translation>&amp;Install URL:</translation>
    </message>
    <message>
        <source>URL the space calls when a location installs the application</source>
        <translation>URL the space calls when a location installs the application</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription:</translation>
    </message>
    <message>
        <source>Full description shown on the detail page</source>
        <translation>Full description shown on the detail page</translation>
    </message>
    <message>
        <source>Whether the application is available for installation</source>
        <translation>Whether the application is available for installation</translation>
    </message>
    <message>
        <source>&amp;Published (available for installation)</source>
        <translation>&amp;Published (available for installation)</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>Secret &amp;key:</translation>
    </message>
    <message>
        <source>Secret used to authenticate the application&apos;s API calls</source>
        <translation>Secret used to authenticate the application&apos;s API calls</translation>
    </message>
    <message>
        <source>Edit application</source>
        <translation>Edit application</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>Leave the secret key empty to keep the current one.</source>
        <translation>Leave the secret key empty to keep the current one.</translation>
    </message>
    <message>
        <source>Leave the secret key empty to let the space generate one.</source>
        <translation>Leave the secret key empty to let the space generate one.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 Saving applications needs the Application-Create or Application-Edit role.</source>
        <translation>%1 Saving applications needs the Application-Create or Application-Edit role.</translation>
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
        <translation>&amp;Search by name:</translation>
    </message>
    <message>
        <source>Application name, then Enter</source>
        <translation>Application name, then Enter</translation>
    </message>
    <message>
        <source>Search applications by name</source>
        <translation>Search applications by name</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;New application…</translation>
    </message>
    <message>
        <source>Applications status</source>
        <translation>Applications status</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
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
        <translation>Summary:</translation>
    </message>
    <message>
        <source>Install URL:</source>
        <translation>Install URL:</translation>
    </message>
    <message>
        <source>Developer id:</source>
        <translation>Developer id:</translation>
    </message>
    <message>
        <source>Application key:</source>
        <translation>Application key:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Secret key:</translation>
    </message>
    <message>
        <source>Secret key (hidden)</source>
        <translation>Secret key (hidden)</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>Re&amp;veal</translation>
    </message>
    <message>
        <source>Shows the secret key on screen until you hide it</source>
        <translation>Shows the secret key on screen until you hide it</translation>
    </message>
    <message>
        <source>&amp;Copy secret</source>
        <translation>&amp;Copy secret</translation>
    </message>
    <message>
        <source>Puts the secret key on the clipboard</source>
        <translation>Puts the secret key on the clipboard</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>This space has no applications yet.</source>
        <translation>This space has no applications yet.</translation>
    </message>
    <message>
        <source>No application is called &quot;%1&quot;.</source>
        <translation>No application is called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>read this application</source>
        <translation>read this application</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Secret key (shown)</source>
        <translation>Secret key (shown)</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Hide</translation>
    </message>
    <message>
        <source>The secret key of %1 is on the clipboard.</source>
        <translation>The secret key of %1 is on the clipboard.</translation>
    </message>
    <message>
        <source>Un&amp;publish</source>
        <translation>Un&amp;publish</translation>
    </message>
    <message>
        <source>Your account may not %1: it needs the matching Application role (List, Read, Create, Edit or Delete) or full administrator rights.</source>
        <extracomment>%1 is what was tried, e.g. &quot;delete this application&quot;</extracomment>
        <translation>Your account may not %1: it needs the matching Application role (List, Read, Create, Edit or Delete) or full administrator rights.</translation>
    </message>
    <message>
        <source>Could not %1. %2</source>
        <extracomment>%1 is what was tried, %2 the reason</extracomment>
        <translation>Could not %1. %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Application created.</source>
        <translation>Application created.</translation>
    </message>
    <message>
        <source>%1 is published.</source>
        <translation>%1 is published.</translation>
    </message>
    <message>
        <source>%1 is no longer published.</source>
        <translation>%1 is no longer published.</translation>
    </message>
    <message>
        <source>publish this application</source>
        <translation>publish this application</translation>
    </message>
    <message>
        <source>unpublish this application</source>
        <translation>unpublish this application</translation>
    </message>
    <message>
        <source>Delete application</source>
        <translation>Delete application</translation>
    </message>
    <message>
        <source>Delete the application &quot;%1&quot;? Locations that installed it lose it. This cannot be undone.</source>
        <translation>Delete the application &quot;%1&quot;? Locations that installed it lose it. This cannot be undone.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 was deleted.</translation>
    </message>
    <message>
        <source>delete this application</source>
        <translation>delete this application</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Creating, editing, publishing and deleting applications need a connection to the space, and so does the secret key, which is never kept offline.</source>
        <translation>Creating, editing, publishing and deleting applications need a connection to the space, and so does the secret key, which is never kept offline.</translation>
    </message>
    <message>
        <source>The space cannot be reached: this is the offline copy from %1.</source>
        <translation>The space cannot be reached: this is the offline copy from %1.</translation>
    </message>
    <message>
        <source>The space cannot be reached, and its offline copy from %1 has no applications.</source>
        <translation>The space cannot be reached, and its offline copy from %1 has no applications.</translation>
    </message>
    <message>
        <source>The space cannot be reached, and its offline copy from %1 has no application called &quot;%2&quot;.</source>
        <translation>The space cannot be reached, and its offline copy from %1 has no application called &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Needs a connection to the space</source>
        <translation>Needs a connection to the space</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book a room</source>
        <translation>Book a room</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Starts at:</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Notes for the space</source>
        <translation>Notes for the space</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Booking rules</source>
        <translation>Booking rules</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Book</translation>
    </message>
    <message>
        <source>Free at that time.</source>
        <translation>Free at that time.</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Price: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>Booking…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Times are the space&apos;s local time (%1).</source>
        <translation>Times are the space&apos;s local time (%1).</translation>
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
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Book %n free date(s)</source>
        <translation>
            <numerusform>&amp;Book %n free date</numerusform>
            <numerusform>&amp;Book %n free dates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingMonthCalendar</name>
    <message>
        <source>Month overview of your bookings</source>
        <translation>Month overview of your bookings</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n booking</numerusform>
            <numerusform>%n bookings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingsView</name>
    <message>
        <source>Your bookings, upcoming first. Times are the space&apos;s local time.</source>
        <translation>Your bookings, upcoming first. Times are the space&apos;s local time.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Refresh bookings</source>
        <translation>Refresh bookings</translation>
    </message>
    <message>
        <source>Export &amp;upcoming (.ics)…</source>
        <translation>Export &amp;upcoming (.ics)…</translation>
    </message>
    <message>
        <source>Export all upcoming bookings as a calendar file</source>
        <translation>Export all upcoming bookings as a calendar file</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>Booking status</source>
        <translation>Booking status</translation>
    </message>
    <message>
        <source>&amp;Export booking (.ics)…</source>
        <translation>&amp;Export booking (.ics)…</translation>
    </message>
    <message>
        <source>Export the selected booking as a calendar file</source>
        <translation>Export the selected booking as a calendar file</translation>
    </message>
    <message>
        <source>&amp;Cancel booking…</source>
        <translation>&amp;Cancel booking…</translation>
    </message>
    <message>
        <source>Cancel the selected booking</source>
        <translation>Cancel the selected booking</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Export to calendar</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Cancel booking</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n booking</numerusform>
            <numerusform>%n bookings</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling now is late and costs %1. Cancel the booking anyway?</source>
        <translation>Cancelling now is late and costs %1. Cancel the booking anyway?</translation>
    </message>
    <message>
        <source>Cancelling this booking is free. Cancel it?</source>
        <translation>Cancelling this booking is free. Cancel it?</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>The booking was cancelled.</source>
        <translation>The booking was cancelled.</translation>
    </message>
    <message>
        <source>Loading your bookings…</source>
        <translation>Loading your bookings…</translation>
    </message>
    <message>
        <source>Checking the cancellation fee…</source>
        <translation>Checking the cancellation fee…</translation>
    </message>
    <message>
        <source>There are no upcoming bookings to export.</source>
        <translation>There are no upcoming bookings to export.</translation>
    </message>
    <message>
        <source>booking.ics</source>
        <translation>booking.ics</translation>
    </message>
    <message>
        <source>bookings.ics</source>
        <translation>bookings.ics</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n booking(s) to %1.</source>
        <translation>
            <numerusform>Saved %n booking to %1.</numerusform>
            <numerusform>Saved %n bookings to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s). %1</source>
        <translation>
            <numerusform>%n booking. %1</numerusform>
            <numerusform>%n bookings. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel this and &amp;later…</source>
        <translation>Cancel this and &amp;later…</translation>
    </message>
    <message>
        <source>Cancel the selected booking of a series and every later one</source>
        <translation>Cancel the selected booking of a series and every later one</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n booking(s) of this series, from %1 to %2? Cancelling them is free.</source>
        <translation>
            <numerusform>Cancel %n booking of this series, from %1 to %2? Cancelling it is free.</numerusform>
            <numerusform>Cancel %n bookings of this series, from %1 to %2? Cancelling them is free.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n booking(s) of this series, from %1 to %2? Some are late: cancelling costs %3 in all.</source>
        <translation>
            <numerusform>Cancel %n booking of this series, from %1 to %2? It is late: cancelling costs %3 in all.</numerusform>
            <numerusform>Cancel %n bookings of this series, from %1 to %2? Some are late: cancelling costs %3 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) cancelled.</source>
        <translation>
            <numerusform>%n booking cancelled.</numerusform>
            <numerusform>%n bookings cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) cancelled; %1 could not be: %2</source>
        <translation>
            <numerusform>%n booking cancelled; %1 could not be: %2</numerusform>
            <numerusform>%n bookings cancelled; %1 could not be: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was cancelled: %1</source>
        <translation>Nothing was cancelled: %1</translation>
    </message>
    <message>
        <source>Checking the cancellation fees…</source>
        <translation>Checking the cancellation fees…</translation>
    </message>
    <message>
        <source>series.ics</source>
        <translation>series.ics</translation>
    </message>
    <message>
        <source>Pick a day to list only its bookings.</source>
        <translation>Pick a day to list only its bookings.</translation>
    </message>
    <message>
        <source>Show &amp;all days</source>
        <translation>Show &amp;all days</translation>
    </message>
    <message>
        <source>List the bookings of every day</source>
        <translation>List the bookings of every day</translation>
    </message>
    <message>
        <source>Cancel &amp;dates…</source>
        <translation>Cancel &amp;dates…</translation>
    </message>
    <message>
        <source>Cancel the bookings of this series on the days you pick</source>
        <translation>Cancel the bookings of this series on the days you pick</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) on %1.</source>
        <translation>
            <numerusform>%n booking on %1.</numerusform>
            <numerusform>%n bookings on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyTimesFeed</name>
    <message>
        <source>Could not check which rooms are free: %1</source>
        <translation>Could not check which rooms are free: %1</translation>
    </message>
</context>
<context>
    <name>DayTimeline</name>
    <message>
        <source>Busy times are not known yet.</source>
        <translation>Busy times are not known yet.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1: free all day.</source>
        <translation>%1: free all day.</translation>
    </message>
    <message>
        <source>%1: busy %2.</source>
        <translation>%1: busy %2.</translation>
    </message>
    <message>
        <source>Free %1.</source>
        <translation>Free %1.</translation>
    </message>
    <message>
        <source>Day timeline</source>
        <translation>Day timeline</translation>
    </message>
    <message>
        <source>Day timeline of %1</source>
        <translation>Day timeline of %1</translation>
    </message>
    <message>
        <source>Busy times not known</source>
        <translation>Busy times not known</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>&amp;People</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <source>Minimum number of people</source>
        <translation>Minimum number of people</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Type of room</source>
        <translation>Type of room</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>&amp;Amenities (all of them)</source>
        <translation>&amp;Amenities (all of them)</translation>
    </message>
    <message>
        <source>Amenities the room must have</source>
        <translation>Amenities the room must have</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <source>Any number of people</source>
        <translation>Any number of people</translation>
    </message>
    <message>
        <source>%1 or more (%2)</source>
        <translation>%1 or more (%2)</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Any type</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every location</source>
        <translation>Every location</translation>
    </message>
    <message>
        <source>&amp;Who may book</source>
        <translation>&amp;Who may book</translation>
    </message>
    <message>
        <source>Who may book the room</source>
        <translation>Who may book the room</translation>
    </message>
    <message>
        <source>&amp;Free between</source>
        <translation>&amp;Free between</translation>
    </message>
    <message>
        <source>Only rooms free in this time window</source>
        <translation>Only rooms free in this time window</translation>
    </message>
    <message>
        <source>Day of the time window</source>
        <translation>Day of the time window</translation>
    </message>
    <message>
        <source>Start of the time window</source>
        <translation>Start of the time window</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>End of the time window</source>
        <translation>End of the time window</translation>
    </message>
    <message>
        <source>Time zone and state of the time window</source>
        <translation>Time zone and state of the time window</translation>
    </message>
    <message>
        <source>Times are the space&apos;s local time.</source>
        <translation>Times are the space&apos;s local time.</translation>
    </message>
    <message>
        <source>Times are in %1.</source>
        <translation>Times are in %1.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>The end must be after the start.</translation>
    </message>
    <message>
        <source>Checking which rooms are free…</source>
        <translation>Checking which rooms are free…</translation>
    </message>
    <message>
        <source>&amp;Free between (%1)</source>
        <translation>&amp;Free between (%1)</translation>
    </message>
    <message>
        <source>Every room</source>
        <translation>Every room</translation>
    </message>
</context>
<context>
    <name>GuiSync</name>
    <message>
        <source>Syncing %1 (%2 of %3)</source>
        <translation>Syncing %1 (%2 of %3)</translation>
    </message>
    <message>
        <source>The offline copy is up to date: %1.</source>
        <translation>The offline copy is up to date: %1.</translation>
    </message>
    <message>
        <source>Sync stopped. The offline copy keeps what was complete before.</source>
        <translation>Sync stopped. The offline copy keeps what was complete before.</translation>
    </message>
</context>
<context>
    <name>HeadlessSync</name>
    <message>
        <source>[%1/%2] %3: page %4 of %5</source>
        <translation>[%1/%2] %3: page %4 of %5</translation>
    </message>
    <message numerus="yes">
        <source>%1: the space did not answer; trying again in %n second(s)…</source>
        <translation>
            <numerusform>%1: the space did not answer; trying again in %n second…</numerusform>
            <numerusform>%1: the space did not answer; trying again in %n seconds…</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation>Skipped %1: %2.</translation>
    </message>
    <message>
        <source>Synced %1 for %2 in %3 s; the offline copy is at %4.</source>
        <translation>Synced %1 for %2 in %3 s; the offline copy is at %4.</translation>
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
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Space and account</source>
        <translation>Space and account</translation>
    </message>
    <message>
        <source>Search rooms</source>
        <translation>Search rooms</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Bookable resources</source>
        <translation>Bookable resources</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Portal Desk</source>
        <translation>&amp;About Portal Desk</translation>
    </message>
    <message>
        <source>%1 — signed in as %2</source>
        <translation>%1 — signed in as %2</translation>
    </message>
    <message>
        <source>%1 — Portal Desk</source>
        <translation>%1 — Portal Desk</translation>
    </message>
    <message>
        <source>About Portal Desk</source>
        <translation>About Portal Desk</translation>
    </message>
    <message>
        <source>Portal Desk %1
A desktop client for Nexudus coworking spaces.</source>
        <translation>Portal Desk %1
A desktop client for Nexudus coworking spaces.</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Accounts</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Add account…</translation>
    </message>
    <message>
        <source>&amp;Rename account…</source>
        <translation>&amp;Rename account…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Sign out</translation>
    </message>
    <message>
        <source>Re&amp;move account…</source>
        <translation>Re&amp;move account…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>&amp;Rooms</source>
        <translation>&amp;Rooms</translation>
    </message>
    <message>
        <source>R&amp;ooms</source>
        <translation>R&amp;ooms</translation>
    </message>
    <message>
        <source>&amp;Book selected room…</source>
        <translation>&amp;Book selected room…</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Search rooms by name, description, type, floor or location</source>
        <translation>Search rooms by name, description, type, floor or location</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Connection state</translation>
    </message>
    <message>
        <source>Remove the &amp;offline copy…</source>
        <translation>Remove the &amp;offline copy…</translation>
    </message>
    <message>
        <source>Forget the rooms, bookings and news saved on this computer for this account</source>
        <translation>Forget the rooms, bookings and news saved on this computer for this account</translation>
    </message>
    <message>
        <source>&amp;Sync for offline use</source>
        <translation>&amp;Sync for offline use</translation>
    </message>
    <message>
        <source>Fetch the rooms, bookings and news of this account so they can be read without a connection</source>
        <translation>Fetch the rooms, bookings and news of this account so they can be read without a connection</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
</context>
<context>
    <name>NewPropertyDialog</name>
    <message>
        <source>New property</source>
        <translation>New property</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name of the property</source>
        <translation>Name of the property</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Residential, commercial or mixed use</source>
        <translation>Residential, commercial or mixed use</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Street:</translation>
    </message>
    <message>
        <source>Street and number of the address</source>
        <translation>Street and number of the address</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>District or neighbourhood (optional)</source>
        <translation>District or neighbourhood (optional)</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <source>City of the address</source>
        <translation>City of the address</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postal code:</translation>
    </message>
    <message>
        <source>Postal code (optional)</source>
        <translation>Postal code (optional)</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>C&amp;ountry:</translation>
    </message>
    <message>
        <source>Two-letter country code, e.g. AE</source>
        <translation>Two-letter country code, e.g. AE</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Units:</translation>
    </message>
    <message>
        <source>How many units the property has</source>
        <translation>How many units the property has</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The answer was lost, so the property may or may not have been created. Close this form and refresh the list to see before you save it again.</source>
        <translation>The answer was lost, so the property may or may not have been created. Close this form and refresh the list to see before you save it again.</translation>
    </message>
</context>
<context>
    <name>NewsView</name>
    <message>
        <source>News</source>
        <translation>News</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>News category</source>
        <translation>News category</translation>
    </message>
    <message>
        <source>Shows only the articles of this category</source>
        <translation>Shows only the articles of this category</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Refresh news</source>
        <translation>Refresh news</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Featured articles come first and are marked “Featured”</source>
        <translation>Featured articles come first and are marked “Featured”</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>The selected article with its comments</source>
        <translation>The selected article with its comments</translation>
    </message>
    <message>
        <source>News status</source>
        <translation>News status</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>Try loading the news again</source>
        <translation>Try loading the news again</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Loading the full article…</source>
        <translation>Loading the full article…</translation>
    </message>
    <message>
        <source>The full article could not be loaded: %1</source>
        <translation>The full article could not be loaded: %1</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Could not open %1</translation>
    </message>
    <message>
        <source>Select an article to read it.</source>
        <translation>Select an article to read it.</translation>
    </message>
    <message>
        <source>The news could not be loaded: %1</source>
        <translation>The news could not be loaded: %1</translation>
    </message>
    <message>
        <source>Loading news…</source>
        <translation>Loading news…</translation>
    </message>
    <message>
        <source>No news here yet.</source>
        <translation>No news here yet.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences — Portal Desk</source>
        <translation>Preferences — Portal Desk</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>&amp;Ask the space for its rooms at start when they are older than:</source>
        <translation>&amp;Ask the space for its rooms at start when they are older than:</translation>
    </message>
    <message>
        <source>Refresh the rooms at start after</source>
        <translation>Refresh the rooms at start after</translation>
    </message>
    <message>
        <source>Every start</source>
        <translation>Every start</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Rooms change rarely: until then the offline copy is shown without asking. Busy times and your bookings are always asked for, and Reload (F5) always asks.</source>
        <translation>Rooms change rarely: until then the offline copy is shown without asking. Busy times and your bookings are always asked for, and Reload (F5) always asks.</translation>
    </message>
</context>
<context>
    <name>PropertiesView</name>
    <message>
        <source>Properties</source>
        <translation>Properties</translation>
    </message>
    <message>
        <source>Portfolio figures</source>
        <translation>Portfolio figures</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Occupied units</source>
        <translation>Occupied units</translation>
    </message>
    <message>
        <source>Occupancy rate</source>
        <translation>Occupancy rate</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Property status</source>
        <translation>Property status</translation>
    </message>
    <message>
        <source>Shows only the properties of this status</source>
        <translation>Shows only the properties of this status</translation>
    </message>
    <message>
        <source>&amp;New property…</source>
        <translation>&amp;New property…</translation>
    </message>
    <message>
        <source>New property</source>
        <translation>New property</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Refresh properties</source>
        <translation>Refresh properties</translation>
    </message>
    <message>
        <source>Loading the properties…</source>
        <translation>Loading the properties…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>The portfolio&apos;s occupancy rate; %1 is the number (e.g. &quot;87.5&quot;) in the locale&apos;s digits.</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>NEXUS Property OS refused the API key of this account. Sign in again with a new key from Settings › API Keys in your NEXUS dashboard.</source>
        <translation>NEXUS Property OS refused the API key of this account. Sign in again with a new key from Settings › API Keys in your NEXUS dashboard.</translation>
    </message>
    <message>
        <source>The properties could not be loaded: %1</source>
        <translation>The properties could not be loaded: %1</translation>
    </message>
</context>
<context>
    <name>ResourceAuditRows</name>
    <message>
        <source>Not run yet</source>
        <translation>Not run yet</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
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
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ResourceCardDelegate</name>
    <message>
        <source>Needs approval</source>
        <translation>Needs approval</translation>
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
        <translation>Bookable resources as cards</translation>
    </message>
    <message>
        <source>Each card shows a room&apos;s picture, name, type and location, capacity, and whether bookings need approval. Press Enter to book the current room.</source>
        <translation>Each card shows a room&apos;s picture, name, type and location, capacity, and whether bookings need approval. Press Enter to book the current room.</translation>
    </message>
</context>
<context>
    <name>ResourceReviewDetails</name>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>No limit (0)</source>
        <translation>No limit (0)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>Set (hidden)</source>
        <translation>Set (hidden)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Unique id</source>
        <translation>Unique id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Floor or area</source>
        <translation>Floor or area</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Confirmation e-mail</source>
        <translation>Confirmation e-mail</translation>
    </message>
    <message>
        <source>Picture file</source>
        <translation>Picture file</translation>
    </message>
    <message>
        <source>New picture URL</source>
        <translation>New picture URL</translation>
    </message>
    <message>
        <source>Clear picture on save</source>
        <translation>Clear picture on save</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>Updated by</translation>
    </message>
    <message>
        <source>System id</source>
        <translation>System id</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Listing</translation>
    </message>
    <message>
        <source>Visible to members</source>
        <translation>Visible to members</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Hidden in calendar</source>
        <translation>Hidden in calendar</translation>
    </message>
    <message>
        <source>Display order</source>
        <translation>Display order</translation>
    </message>
    <message>
        <source>Amenities</source>
        <translation>Amenities</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Capacity and rules</source>
        <translation>Capacity and rules</translation>
    </message>
    <message>
        <source>Allocation (capacity)</source>
        <translation>Allocation (capacity)</translation>
    </message>
    <message>
        <source>Multiple bookings at once</source>
        <translation>Multiple bookings at once</translation>
    </message>
    <message>
        <source>Visitors limited to allocation</source>
        <translation>Visitors limited to allocation</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>Needs approval</translation>
    </message>
    <message>
        <source>Minimum length</source>
        <translation>Minimum length</translation>
    </message>
    <message>
        <source>Maximum length</source>
        <translation>Maximum length</translation>
    </message>
    <message>
        <source>Book in advance (days)</source>
        <translation>Book in advance (days)</translation>
    </message>
    <message>
        <source>Late booking limit (minutes)</source>
        <translation>Late booking limit (minutes)</translation>
    </message>
    <message>
        <source>Late cancellation limit</source>
        <translation>Late cancellation limit</translation>
    </message>
    <message>
        <source>Gap between bookings</source>
        <translation>Gap between bookings</translation>
    </message>
    <message>
        <source>No return: same person</source>
        <translation>No return: same person</translation>
    </message>
    <message>
        <source>No return: any resource</source>
        <translation>No return: any resource</translation>
    </message>
    <message>
        <source>No return: anyone</source>
        <translation>No return: anyone</translation>
    </message>
    <message>
        <source>Repeat bookings (count)</source>
        <translation>Repeat bookings (count)</translation>
    </message>
    <message>
        <source>Repeat bookings (months)</source>
        <translation>Repeat bookings (months)</translation>
    </message>
    <message>
        <source>Opening hours (shifts)</source>
        <translation>Opening hours (shifts)</translation>
    </message>
    <message>
        <source>Availability exceptions</source>
        <translation>Availability exceptions</translation>
    </message>
    <message>
        <source>Linked resources</source>
        <translation>Linked resources</translation>
    </message>
    <message>
        <source>In plain words</source>
        <translation>In plain words</translation>
    </message>
    <message>
        <source>No limits</source>
        <translation>No limits</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>Members only</translation>
    </message>
    <message>
        <source>Contacts only</source>
        <translation>Contacts only</translation>
    </message>
    <message>
        <source>Customers of the location only</source>
        <translation>Customers of the location only</translation>
    </message>
    <message>
        <source>Plans (tariffs)</source>
        <translation>Plans (tariffs)</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>Fixed amount</translation>
    </message>
    <message>
        <source>Percentage of the booking</source>
        <translation>Percentage of the booking</translation>
    </message>
    <message>
        <source>Cancellation fee</source>
        <translation>Cancellation fee</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Charged</translation>
    </message>
    <message>
        <source>Not charged</source>
        <translation>Not charged</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrations</translation>
    </message>
    <message>
        <source>Google calendar</source>
        <translation>Google calendar</translation>
    </message>
    <message>
        <source>Office 365 calendar</source>
        <translation>Office 365 calendar</translation>
    </message>
    <message>
        <source>Kisi group</source>
        <translation>Kisi group</translation>
    </message>
    <message>
        <source>Access control group</source>
        <translation>Access control group</translation>
    </message>
    <message>
        <source>Access control groups</source>
        <translation>Access control groups</translation>
    </message>
    <message>
        <source>Shared Zoom account</source>
        <translation>Shared Zoom account</translation>
    </message>
    <message>
        <source>Zoom user</source>
        <translation>Zoom user</translation>
    </message>
    <message>
        <source>Zoom access token</source>
        <translation>Zoom access token</translation>
    </message>
    <message>
        <source>Zoom refresh token</source>
        <translation>Zoom refresh token</translation>
    </message>
    <message>
        <source>Place and sensor</source>
        <translation>Place and sensor</translation>
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
        <translation>Sensor reading</translation>
    </message>
    <message>
        <source>Sensor says occupied</source>
        <translation>Sensor says occupied</translation>
    </message>
    <message>
        <source>Last cleaned</source>
        <translation>Last cleaned</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
</context>
<context>
    <name>ResourceReviewView</name>
    <message>
        <source>Resource review</source>
        <translation>Resource review</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Exact name, then Enter</source>
        <translation>Exact name, then Enter</translation>
    </message>
    <message>
        <source>Filter resources by name</source>
        <translation>Filter resources by name</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>Filter resources by location</source>
        <translation>Filter resources by location</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Filter resources by type</source>
        <translation>Filter resources by type</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Filter resources by visibility</source>
        <translation>Filter resources by visibility</translation>
    </message>
    <message>
        <source>Min. &amp;capacity:</source>
        <translation>Min. &amp;capacity:</translation>
    </message>
    <message>
        <source>Minimum capacity</source>
        <translation>Minimum capacity</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Refresh the resources and the audit</source>
        <translation>Refresh the resources and the audit</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Export the filtered resources as CSV</source>
        <translation>Export the filtered resources as CSV</translation>
    </message>
    <message>
        <source>Resource review status</source>
        <translation>Resource review status</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Every field of the resource</source>
        <translation>Every field of the resource</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Audit of all resources</source>
        <translation>Audit of all resources</translation>
    </message>
    <message>
        <source>Audit rules with the number of resources each flags</source>
        <translation>Audit rules with the number of resources each flags</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Why it matters</translation>
    </message>
    <message>
        <source>Audit status</source>
        <translation>Audit status</translation>
    </message>
    <message>
        <source>Show &amp;all resources</source>
        <translation>Show &amp;all resources</translation>
    </message>
    <message>
        <source>Show all resources again</source>
        <translation>Show all resources again</translation>
    </message>
    <message>
        <source>Loading resources…</source>
        <translation>Loading resources…</translation>
    </message>
    <message>
        <source>No resource matches these filters.</source>
        <translation>No resource matches these filters.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n resource(s).</source>
        <translation>
            <numerusform>Showing %1 of %n resource.</numerusform>
            <numerusform>Showing %1 of %n resources.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every resource… %1 of %2</source>
        <translation>Checking every resource… %1 of %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>All locations</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>All resources</translation>
    </message>
    <message>
        <source>Visible, not archived</source>
        <translation>Visible, not archived</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>The audit could not read the resources: %1</source>
        <translation>The audit could not read the resources: %1</translation>
    </message>
    <message>
        <source>Checking every resource…</source>
        <translation>Checking every resource…</translation>
    </message>
    <message numerus="yes">
        <source>Checked all %n resource(s) of the account. Click a rule to list its resources.</source>
        <translation>
            <numerusform>Checked all %n resource of the account. Click a rule to list its resources.</numerusform>
            <numerusform>Checked all %n resources of the account. Click a rule to list its resources.</numerusform>
        </translation>
    </message>
    <message>
        <source>No resource is flagged by &quot;%1&quot;.</source>
        <translation>No resource is flagged by &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n resource(s) flagged by &quot;%1&quot;.</source>
        <translation>
            <numerusform>Showing the %n resource flagged by &quot;%1&quot;.</numerusform>
            <numerusform>Showing the %n resources flagged by &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting… %1 of %2 resources</source>
        <translation>Exporting… %1 of %2 resources</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n resource(s) to %1.</source>
        <translation>
            <numerusform>Exported %n resource to %1.</numerusform>
            <numerusform>Exported %n resources to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>The export failed: %1</translation>
    </message>
    <message>
        <source>Export resources</source>
        <translation>Export resources</translation>
    </message>
    <message>
        <source>resources.csv</source>
        <translation>resources.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again to review the resources.</source>
        <translation>Your sign-in has expired or was revoked. Sign in again to review the resources.</translation>
    </message>
    <message>
        <source>This account may not read the space&apos;s resources: the review is for the space&apos;s administrators.</source>
        <translation>This account may not read the space&apos;s resources: the review is for the space&apos;s administrators.</translation>
    </message>
    <message>
        <source>The resources could not be loaded: %1</source>
        <translation>The resources could not be loaded: %1</translation>
    </message>
    <message>
        <source>The space cannot be reached, and no resource of its offline copy from %1 matches these filters.</source>
        <translation>The space cannot be reached, and no resource of its offline copy from %1 matches these filters.</translation>
    </message>
    <message numerus="yes">
        <source>The space cannot be reached: this is the offline copy from %1, %n resource(s), sorted and filtered on this computer. Exporting needs a connection.</source>
        <translation>
            <numerusform>The space cannot be reached: this is the offline copy from %1, %n resource, sorted and filtered on this computer. Exporting needs a connection.</numerusform>
            <numerusform>The space cannot be reached: this is the offline copy from %1, %n resources, sorted and filtered on this computer. Exporting needs a connection.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting needs a connection to the space.</source>
        <translation>Exporting needs a connection to the space.</translation>
    </message>
    <message numerus="yes">
        <source>Checked the %n resource(s) of the offline copy from %1. Click a rule to list its resources.</source>
        <translation>
            <numerusform>Checked the %n resource of the offline copy from %1. Click a rule to list its resources.</numerusform>
            <numerusform>Checked the %n resources of the offline copy from %1. Click a rule to list its resources.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourceViewStack</name>
    <message>
        <source>Show rooms as &amp;cards</source>
        <translation>Show rooms as &amp;cards</translation>
    </message>
    <message>
        <source>Switch the rooms between cards with pictures and a list (Ctrl+Shift+V)</source>
        <translation>Switch the rooms between cards with pictures and a list (Ctrl+Shift+V)</translation>
    </message>
</context>
<context>
    <name>RoomDetails</name>
    <message>
        <source>Room details</source>
        <translation>Room details</translation>
    </message>
    <message>
        <source>&amp;Book this room…</source>
        <translation>&amp;Book this room…</translation>
    </message>
    <message>
        <source>Book this room</source>
        <translation>Book this room</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>Amenities</source>
        <translation>Amenities</translation>
    </message>
    <message>
        <source>About this room</source>
        <translation>About this room</translation>
    </message>
    <message>
        <source>Select a room to see its details.</source>
        <translation>Select a room to see its details.</translation>
    </message>
    <message>
        <source>Busy and free times</source>
        <translation>Busy and free times</translation>
    </message>
    <message>
        <source>Booking rules</source>
        <translation>Booking rules</translation>
    </message>
    <message>
        <source>Booking rates</source>
        <translation>Booking rates</translation>
    </message>
    <message>
        <source>%1 per minute</source>
        <translation>%1 per minute</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>%1 per hour</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 per day</translation>
    </message>
    <message>
        <source>%1 per week</source>
        <translation>%1 per week</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 per month</translation>
    </message>
    <message>
        <source>%1 per booking</source>
        <translation>%1 per booking</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Floor or area</source>
        <translation>Floor or area</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message numerus="yes">
        <source>%n bookable room(s)</source>
        <translation>
            <numerusform>%n bookable room</numerusform>
            <numerusform>%n bookable rooms</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading rooms… page %1 of %2</source>
        <translation>Loading rooms… page %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>The space did not answer; trying again in %n second(s)…</source>
        <translation>
            <numerusform>The space did not answer; trying again in %n second…</numerusform>
            <numerusform>The space did not answer; trying again in %n seconds…</numerusform>
        </translation>
    </message>
    <message>
        <source>Booking needs a connection to the space; Portal Desk will reconnect by itself.</source>
        <translation>Booking needs a connection to the space; Portal Desk will reconnect by itself.</translation>
    </message>
    <message>
        <source>Booked %1: waiting for the space to approve it.</source>
        <translation>Booked %1: waiting for the space to approve it.</translation>
    </message>
    <message>
        <source>Booked %1.</source>
        <translation>Booked %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n bookable room(s), from the offline copy of %1</source>
        <translation>
            <numerusform>%n bookable room, from the offline copy of %1</numerusform>
            <numerusform>%n bookable rooms, from the offline copy of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This account may not see the space&apos;s rooms. Your bookings and the news are still here.</source>
        <translation>This account may not see the space&apos;s rooms. Your bookings and the news are still here.</translation>
    </message>
    <message>
        <source>This space does not list its rooms to Portal Desk. Your bookings and the news are still here.</source>
        <translation>This space does not list its rooms to Portal Desk. Your bookings and the news are still here.</translation>
    </message>
    <message>
        <source>The space cannot be reached and there is no offline copy of its rooms yet: %1</source>
        <translation>The space cannot be reached and there is no offline copy of its rooms yet: %1</translation>
    </message>
    <message>
        <source>Offline — showing data from %1. Booking and other changes need a connection; Portal Desk reconnects by itself.</source>
        <translation>Offline — showing data from %1. Booking and other changes need a connection; Portal Desk reconnects by itself.</translation>
    </message>
    <message>
        <source>Offline — the space cannot be reached. Portal Desk reconnects by itself.</source>
        <translation>Offline — the space cannot be reached. Portal Desk reconnects by itself.</translation>
    </message>
    <message>
        <source>Booking needs a connection to the space.</source>
        <translation>Booking needs a connection to the space.</translation>
    </message>
    <message numerus="yes">
        <source>Booked %1 on %n date(s).</source>
        <translation>
            <numerusform>Booked %1 on %n date.</numerusform>
            <numerusform>Booked %1 on %n dates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>The day before (Page Up)</source>
        <translation>The day before (Page Up)</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <source>The day after (Page Down)</source>
        <translation>The day after (Page Down)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Next day</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Today at the space (T)</source>
        <translation>Today at the space (T)</translation>
    </message>
    <message>
        <source>Hatched: busy · Tinted and labelled: your bookings · Grey: past · Line: now</source>
        <translation>Hatched: busy · Tinted and labelled: your bookings · Grey: past · Line: now</translation>
    </message>
    <message>
        <source>Rooms by time of day</source>
        <translation>Rooms by time of day</translation>
    </message>
    <message>
        <source>Drag across free times or use Shift+arrows to pick a slot; Enter or a double-click books it.</source>
        <translation>Drag across free times or use Shift+arrows to pick a slot; Enter or a double-click books it.</translation>
    </message>
    <message>
        <source>this computer&apos;s time</source>
        <translation>this computer&apos;s time</translation>
    </message>
    <message>
        <source>Today, %1 (times in %2)</source>
        <extracomment>the day shown, then the time zone its hours are in, e.g. &quot;Saturday, 27 March 2027 (times in Europe/Madrid)&quot;</extracomment>
        <translation>Today, %1 (times in %2)</translation>
    </message>
    <message>
        <source>%1 (times in %2)</source>
        <translation>%1 (times in %2)</translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <source>No rooms match the filter.</source>
        <translation>No rooms match the filter.</translation>
    </message>
    <message>
        <source>%1; slot %2</source>
        <extracomment>the cursor cell&apos;s room, time and state, then the slot picked (e.g. &quot;…; slot 09:00–10:30&quot;)</extracomment>
        <translation>%1; slot %2</translation>
    </message>
</context>
<context>
    <name>ScreenshotRun</name>
    <message>
        <source>Could not save the screenshot to %1.</source>
        <translation>Could not save the screenshot to %1.</translation>
    </message>
    <message>
        <source>Offline: the picture shows the offline copy.</source>
        <translation>Offline: the picture shows the offline copy.</translation>
    </message>
</context>
<context>
    <name>SeriesPanel</name>
    <message>
        <source>&amp;Repeat this booking</source>
        <translation>&amp;Repeat this booking</translation>
    </message>
    <message>
        <source>Re&amp;peats:</source>
        <translation>Re&amp;peats:</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>How often</translation>
    </message>
    <message>
        <source>Every how many</source>
        <translation>Every how many</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>On:</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Weekdays</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Ends:</translation>
    </message>
    <message>
        <source>&amp;After</source>
        <translation>&amp;After</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Number of times</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;On</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Repeat limits</source>
        <translation>Repeat limits</translation>
    </message>
    <message>
        <source>Dates of the series</source>
        <translation>Dates of the series</translation>
    </message>
    <message>
        <source>Series summary</source>
        <translation>Series summary</translation>
    </message>
    <message>
        <source>Checking every date…</source>
        <translation>Checking every date…</translation>
    </message>
    <message>
        <source>These choices give no date: choose an end after the first day.</source>
        <translation>These choices give no date: choose an end after the first day.</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) booked.</source>
        <translation>
            <numerusform>%n date booked.</numerusform>
            <numerusform>%n dates booked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) not booked.</source>
        <translation>
            <numerusform>%n date not booked.</numerusform>
            <numerusform>%n dates not booked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) unknown: check My bookings before booking them again.</source>
        <translation>
            <numerusform>%n date unknown: check My bookings before booking it again.</numerusform>
            <numerusform>%n dates unknown: check My bookings before booking them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n date(s) can be booked.</source>
        <translation>
            <numerusform>%1 of %n date can be booked.</numerusform>
            <numerusform>%1 of %n dates can be booked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) cannot be booked; the list says why.</source>
        <translation>
            <numerusform>%n date cannot be booked; the list says why.</numerusform>
            <numerusform>%n dates cannot be booked; the list says why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The room allows %n date(s) in one series; the later ones are left out.</source>
        <translation>
            <numerusform>The room allows %n date in one series; the later ones are left out.</numerusform>
            <numerusform>The room allows %n dates in one series; the later ones are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A series of this room may run for %n month(s); the later dates are left out.</source>
        <translation>
            <numerusform>A series of this room may run for %n month; the later dates are left out.</numerusform>
            <numerusform>A series of this room may run for %n months; the later dates are left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>Monthly, on this day</source>
        <translation>Monthly, on this day</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>every %n month</numerusform>
            <numerusform>every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>every %n week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesRangeDialog</name>
    <message>
        <source>Cancel dates of a series — Portal Desk</source>
        <translation>Cancel dates of a series — Portal Desk</translation>
    </message>
    <message>
        <source>Cancel dates of a series</source>
        <translation>Cancel dates of a series</translation>
    </message>
    <message>
        <source>Cancel the bookings of this series from one day to another, both included. The fees are shown before anything is cancelled.</source>
        <translation>Cancel the bookings of this series from one day to another, both included. The fees are shown before anything is cancelled.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>First day to cancel</source>
        <translation>First day to cancel</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Last day to cancel</source>
        <translation>Last day to cancel</translation>
    </message>
    <message>
        <source>Bookings in the range</source>
        <translation>Bookings in the range</translation>
    </message>
    <message>
        <source>No booking of this series falls on these days.</source>
        <translation>No booking of this series falls on these days.</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) of this series will be cancelled.</source>
        <translation>
            <numerusform>%n booking of this series will be cancelled.</numerusform>
            <numerusform>%n bookings of this series will be cancelled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesRuleWords</name>
    <message>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monthly</translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>every %n month</numerusform>
            <numerusform>every %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>weekly</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>every %n week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>weekly on %1</source>
        <translation>weekly on %1</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s) on %1</source>
        <translation>
            <numerusform>every week on %1</numerusform>
            <numerusform>every %n weeks on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, until %2</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Portal Desk</source>
        <translation>Sign in — Portal Desk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in with the e-mail and password you use on your space&apos;s website.</source>
        <translation>Sign in with the e-mail and password you use on your space&apos;s website.</translation>
    </message>
    <message>
        <source>&amp;Space:</source>
        <translation>&amp;Space:</translation>
    </message>
    <message>
        <source>coworkfactory, or the space&apos;s web address</source>
        <translation>coworkfactory, or the space&apos;s web address</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Your space&apos;s name or web address</source>
        <translation>Your space&apos;s name or web address</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
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
        <translation>Two-factor &amp;code:</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>6-digit code</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>Two-factor code</translation>
    </message>
    <message>
        <source>The code shown by your authenticator app</source>
        <translation>The code shown by your authenticator app</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Sign-in message</translation>
    </message>
    <message>
        <source>Message icon</source>
        <translation>Message icon</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Set a &amp;new password…</source>
        <translation>Set a &amp;new password…</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>Set a new password</translation>
    </message>
    <message>
        <source>Opens your space&apos;s password page in the web browser</source>
        <translation>Opens your space&apos;s password page in the web browser</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialog buttons</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Enter the e-mail address of your account, such as name@example.com.</source>
        <translation>Enter the e-mail address of your account, such as name@example.com.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Enter the code from your authenticator app.</translation>
    </message>
    <message>
        <source>Signing in did not work. Please try again.</source>
        <translation>Signing in did not work. Please try again.</translation>
    </message>
    <message>
        <source>The code was not accepted. Enter the current code from your authenticator app.</source>
        <translation>The code was not accepted. Enter the current code from your authenticator app.</translation>
    </message>
    <message>
        <source>Could not sign in:</source>
        <translation>Could not sign in:</translation>
    </message>
    <message>
        <source>One more step:</source>
        <translation>One more step:</translation>
    </message>
</context>
<context>
    <name>StaffGate</name>
    <message>
        <source>The &quot;%1&quot; view is only for the space&apos;s staff; this account is a member.</source>
        <translation>The &quot;%1&quot; view is only for the space&apos;s staff; this account is a member.</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; view is not part of this version yet; showing the rooms.</source>
        <translation>The &quot;%1&quot; view is not part of this version yet; showing the rooms.</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <source>%1: page %2 of %3</source>
        <translation>%1: page %2 of %3</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <source>Stop sync</source>
        <translation>Stop sync</translation>
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
        <translation>%1; skipped: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>this account may not read them</source>
        <translation>this account may not read them</translation>
    </message>
    <message>
        <source>the space does not offer them</source>
        <translation>the space does not offer them</translation>
    </message>
    <message>
        <source>Sync stopped at %1: %2 What was synced before is kept.</source>
        <translation>Sync stopped at %1: %2 What was synced before is kept.</translation>
    </message>
    <message>
        <source>Nothing could be synced: the space offers none of its data to this account (%1).</source>
        <translation>Nothing could be synced: the space offers none of its data to this account (%1).</translation>
    </message>
</context>
<context>
    <name>TenantsView</name>
    <message>
        <source>Tenants</source>
        <translation>Tenants</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Search tenants</source>
        <translation>Search tenants</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or unit</source>
        <translation>Name, e-mail, phone or unit</translation>
    </message>
    <message>
        <source>Tenant details</source>
        <translation>Tenant details</translation>
    </message>
    <message>
        <source>No tenant matches this search.</source>
        <translation>No tenant matches this search.</translation>
    </message>
    <message>
        <source>The tenants could not be loaded: %1</source>
        <translation>The tenants could not be loaded: %1</translation>
    </message>
    <message>
        <source>The tenant&apos;s details could not be loaded: %1</source>
        <translation>The tenant&apos;s details could not be loaded: %1</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>Emergency contacts:</source>
        <translation>Emergency contacts:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
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
        <translation>The connection was lost before the space answered. The change may or may not have been saved: check before trying again.</translation>
    </message>
    <message>
        <source>The space could not be reached. Check your internet connection.</source>
        <translation>The space could not be reached. Check your internet connection.</translation>
    </message>
    <message>
        <source>The space did not answer in time. The change may or may not have been saved: check before trying again.</source>
        <translation>The space did not answer in time. The change may or may not have been saved: check before trying again.</translation>
    </message>
    <message>
        <source>The space took too long to answer. Please try again.</source>
        <translation>The space took too long to answer. Please try again.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Your session has expired. Please sign in again.</translation>
    </message>
    <message>
        <source>Your account is not allowed to see this.</source>
        <translation>Your account is not allowed to see this.</translation>
    </message>
    <message>
        <source>This item no longer exists on the space.</source>
        <translation>This item no longer exists on the space.</translation>
    </message>
    <message numerus="yes">
        <source>The space is busy. Trying again in %n second(s).</source>
        <translation>
            <numerusform>The space is busy. Trying again in %n second.</numerusform>
            <numerusform>The space is busy. Trying again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The space is busy. Please wait a moment and try again.</source>
        <translation>The space is busy. Please wait a moment and try again.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n field needs attention.</numerusform>
            <numerusform>%n fields need attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>The space refused the change: %1</source>
        <translation>The space refused the change: %1</translation>
    </message>
    <message>
        <source>The space refused the change.</source>
        <translation>The space refused the change.</translation>
    </message>
    <message>
        <source>The space had a problem answering. Please try again later.</source>
        <translation>The space had a problem answering. Please try again later.</translation>
    </message>
    <message>
        <source>The space sent an answer Portal Desk cannot read.</source>
        <translation>The space sent an answer Portal Desk cannot read.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>The space refused the request (error %1).</source>
        <translation>The space refused the request (error %1).</translation>
    </message>
    <message>
        <source>This space does not offer this.</source>
        <translation>This space does not offer this.</translation>
    </message>
    <message>
        <source>The space answered with a redirect to another address: %1. Portal Desk did not follow it, so your sign-in stays with the space.</source>
        <translation>The space answered with a redirect to another address: %1. Portal Desk did not follow it, so your sign-in stays with the space.</translation>
    </message>
    <message>
        <source>The space sent an answer larger than %1 MB; Portal Desk stopped reading it.</source>
        <translation>The space sent an answer larger than %1 MB; Portal Desk stopped reading it.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2</source>
        <translation>The secure connection to %1 was refused: %2</translation>
    </message>
</context>
<context>
    <name>api::ListPage</name>
    <message>
        <source>The list answer has no records.</source>
        <translation>The list answer has no records.</translation>
    </message>
</context>
<context>
    <name>api::ServerAddress</name>
    <message>
        <source>Enter your space&apos;s name or web address.</source>
        <translation>Enter your space&apos;s name or web address.</translation>
    </message>
    <message>
        <source>This is not a valid space name or web address.</source>
        <translation>This is not a valid space name or web address.</translation>
    </message>
    <message>
        <source>Only https:// addresses are supported.</source>
        <translation>Only https:// addresses are supported.</translation>
    </message>
    <message>
        <source>Plain http:// is not safe for signing in. Use the space&apos;s https:// address.</source>
        <translation>Plain http:// is not safe for signing in. Use the space&apos;s https:// address.</translation>
    </message>
</context>
<context>
    <name>auth::SignInError</name>
    <message>
        <source>The e-mail or password is not correct.</source>
        <translation>The e-mail or password is not correct.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Enter the code from your authenticator app.</translation>
    </message>
    <message>
        <source>You need to set a new password on the space&apos;s website first.</source>
        <translation>You need to set a new password on the space&apos;s website first.</translation>
    </message>
</context>
<context>
    <name>cache::OfflineStore</name>
    <message>
        <source>The offline copy cannot be kept: the folder %1 cannot be created.</source>
        <translation>The offline copy cannot be kept: the folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The offline copy of this account could not be read, so it was set aside and will be rebuilt from the space.</source>
        <translation>The offline copy of this account could not be read, so it was set aside and will be rebuilt from the space.</translation>
    </message>
    <message>
        <source>The offline copy was written by a newer version of Portal Desk.</source>
        <translation>The offline copy was written by a newer version of Portal Desk.</translation>
    </message>
    <message>
        <source>The offline copy could not be opened: %1</source>
        <translation>The offline copy could not be opened: %1</translation>
    </message>
    <message>
        <source>The offline copy could not be updated: %1</source>
        <translation>The offline copy could not be updated: %1</translation>
    </message>
    <message>
        <source>The offline copy could not be removed: %1</source>
        <translation>The offline copy could not be removed: %1</translation>
    </message>
    <message>
        <source>The disk is full, so the offline copy could not be updated. What was saved before is kept.</source>
        <translation>The disk is full, so the offline copy could not be updated. What was saved before is kept.</translation>
    </message>
    <message>
        <source>The offline copy is damaged (%1).</source>
        <translation>The offline copy is damaged (%1).</translation>
    </message>
</context>
<context>
    <name>domain::Amenity</name>
    <message>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Conference phone</source>
        <translation>Conference phone</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Whiteboard</source>
        <translation>Whiteboard</translation>
    </message>
    <message>
        <source>Large display</source>
        <translation>Large display</translation>
    </message>
    <message>
        <source>Catering</source>
        <translation>Catering</translation>
    </message>
    <message>
        <source>Tea and coffee</source>
        <translation>Tea and coffee</translation>
    </message>
    <message>
        <source>Drinks</source>
        <translation>Drinks</translation>
    </message>
    <message>
        <source>Security lock</source>
        <translation>Security lock</translation>
    </message>
    <message>
        <source>CCTV</source>
        <translation>CCTV</translation>
    </message>
    <message>
        <source>Voice recorder</source>
        <translation>Voice recorder</translation>
    </message>
    <message>
        <source>Air conditioning</source>
        <translation>Air conditioning</translation>
    </message>
    <message>
        <source>Heating</source>
        <translation>Heating</translation>
    </message>
    <message>
        <source>Natural light</source>
        <translation>Natural light</translation>
    </message>
    <message>
        <source>Standing desk</source>
        <translation>Standing desk</translation>
    </message>
    <message>
        <source>Quiet zone</source>
        <translation>Quiet zone</translation>
    </message>
    <message>
        <source>Wireless charger</source>
        <translation>Wireless charger</translation>
    </message>
    <message>
        <source>Privacy screen</source>
        <translation>Privacy screen</translation>
    </message>
    <message>
        <source>Soundproof</source>
        <translation>Soundproof</translation>
    </message>
    <message>
        <source>Video conferencing</source>
        <translation>Video conferencing</translation>
    </message>
    <message>
        <source>Dual display screen</source>
        <translation>Dual display screen</translation>
    </message>
    <message>
        <source>Display screen</source>
        <translation>Display screen</translation>
    </message>
    <message>
        <source>Wireless presentation</source>
        <translation>Wireless presentation</translation>
    </message>
    <message>
        <source>PA system</source>
        <translation>PA system</translation>
    </message>
    <message>
        <source>Desktop monitor</source>
        <translation>Desktop monitor</translation>
    </message>
    <message>
        <source>Flip chart</source>
        <translation>Flip chart</translation>
    </message>
    <message>
        <source>Secure storage</source>
        <translation>Secure storage</translation>
    </message>
</context>
<context>
    <name>domain::AmenityGroup</name>
    <message>
        <source>Audio-visual</source>
        <translation>Audio-visual</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Connectivity</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>Comfort</translation>
    </message>
    <message>
        <source>Food &amp; drink</source>
        <translation>Food &amp; drink</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
</context>
<context>
    <name>domain::BookingErrors</name>
    <message>
        <source>This room no longer exists.</source>
        <translation>This room no longer exists.</translation>
    </message>
    <message>
        <source>Your account cannot book at this space yet.</source>
        <translation>Your account cannot book at this space yet.</translation>
    </message>
    <message>
        <source>The room is already booked at that time.</source>
        <translation>The room is already booked at that time.</translation>
    </message>
    <message>
        <source>An event takes place in the room at that time.</source>
        <translation>An event takes place in the room at that time.</translation>
    </message>
    <message>
        <source>The room is full at that time.</source>
        <translation>The room is full at that time.</translation>
    </message>
    <message>
        <source>The room is not open at that time.</source>
        <translation>The room is not open at that time.</translation>
    </message>
    <message>
        <source>That time has already passed.</source>
        <translation>That time has already passed.</translation>
    </message>
    <message>
        <source>You have reached your booking limit for this week.</source>
        <translation>You have reached your booking limit for this week.</translation>
    </message>
    <message>
        <source>You have reached your booking limit for this month.</source>
        <translation>You have reached your booking limit for this month.</translation>
    </message>
    <message>
        <source>Your plan does not include this room.</source>
        <translation>Your plan does not include this room.</translation>
    </message>
    <message>
        <source>The room is not available for booking.</source>
        <translation>The room is not available for booking.</translation>
    </message>
    <message>
        <source>That is too soon: this room must be booked further in advance.</source>
        <translation>That is too soon: this room must be booked further in advance.</translation>
    </message>
    <message>
        <source>That is too far ahead: this room cannot be booked that early.</source>
        <translation>That is too far ahead: this room cannot be booked that early.</translation>
    </message>
    <message>
        <source>The booking is longer than this room allows.</source>
        <translation>The booking is longer than this room allows.</translation>
    </message>
    <message>
        <source>The booking is shorter than this room allows.</source>
        <translation>The booking is shorter than this room allows.</translation>
    </message>
    <message>
        <source>The room needs a break between bookings at that time.</source>
        <translation>The room needs a break between bookings at that time.</translation>
    </message>
    <message>
        <source>You booked this recently; the space asks you to wait before booking again.</source>
        <translation>You booked this recently; the space asks you to wait before booking again.</translation>
    </message>
    <message>
        <source>The space does not allow this booking.</source>
        <translation>The space does not allow this booking.</translation>
    </message>
    <message>
        <source>The room cannot be booked at that time.</source>
        <translation>The room cannot be booked at that time.</translation>
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
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
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
        <translation>Cancel at least %1 before the start</translation>
    </message>
    <message>
        <source>Cancelling less than %1 before the start costs a fee</source>
        <translation>Cancelling less than %1 before the start costs a fee</translation>
    </message>
    <message>
        <source>Cancelling less than %1 before the start costs %2</source>
        <translation>Cancelling less than %1 before the start costs %2</translation>
    </message>
    <message>
        <source>Cancelling a booking costs a fee</source>
        <translation>Cancelling a booking costs a fee</translation>
    </message>
    <message>
        <source>Cancelling a booking costs %1</source>
        <translation>Cancelling a booking costs %1</translation>
    </message>
    <message>
        <source>Only members and contacts can book</source>
        <translation>Only members and contacts can book</translation>
    </message>
    <message>
        <source>Only members can book</source>
        <translation>Only members can book</translation>
    </message>
    <message>
        <source>Only contacts can book</source>
        <translation>Only contacts can book</translation>
    </message>
    <message>
        <source>Only customers of this location can book</source>
        <translation>Only customers of this location can book</translation>
    </message>
    <message numerus="yes">
        <source>Only members of %n team(s) can book</source>
        <translation>
            <numerusform>Only members of %n team can book</numerusform>
            <numerusform>Only members of %n teams can book</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only members on %n plan(s) can book</source>
        <translation>
            <numerusform>Only members on %n plan can book</numerusform>
            <numerusform>Only members on %n plans can book</numerusform>
        </translation>
    </message>
    <message>
        <source>Book up to %1 ahead</source>
        <translation>Book up to %1 ahead</translation>
    </message>
    <message>
        <source>Book at least %1 before the start</source>
        <translation>Book at least %1 before the start</translation>
    </message>
    <message>
        <source>Bookings last at least %1</source>
        <translation>Bookings last at least %1</translation>
    </message>
    <message>
        <source>Bookings last at most %1</source>
        <translation>Bookings last at most %1</translation>
    </message>
    <message>
        <source>Bookings are at least %1 apart</source>
        <translation>Bookings are at least %1 apart</translation>
    </message>
    <message>
        <source>After your booking ends, wait %1 before booking this room again</source>
        <translation>After your booking ends, wait %1 before booking this room again</translation>
    </message>
    <message>
        <source>After your booking ends, wait %1 before booking any room again</source>
        <translation>After your booking ends, wait %1 before booking any room again</translation>
    </message>
    <message>
        <source>After each booking, nobody can book this room for %1</source>
        <translation>After each booking, nobody can book this room for %1</translation>
    </message>
    <message>
        <source>Bookings need the space&apos;s approval</source>
        <translation>Bookings need the space&apos;s approval</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n booking(s) can share this room at the same time</source>
        <translation>
            <numerusform>Up to %n booking can share this room at the same time</numerusform>
            <numerusform>Up to %n bookings can share this room at the same time</numerusform>
        </translation>
    </message>
    <message>
        <source>Several bookings can share this room at the same time</source>
        <translation>Several bookings can share this room at the same time</translation>
    </message>
    <message numerus="yes">
        <source>Visitors count towards the limit of %n attendee(s)</source>
        <translation>
            <numerusform>Visitors count towards the limit of %n attendee</numerusform>
            <numerusform>Visitors count towards the limit of %n attendees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A repeating booking can have up to %n occurrence(s)</source>
        <translation>
            <numerusform>A repeating booking can have up to %n occurrence</numerusform>
            <numerusform>A repeating booking can have up to %n occurrences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A repeating booking can run for up to %n month(s)</source>
        <translation>
            <numerusform>A repeating booking can run for up to %n month</numerusform>
            <numerusform>A repeating booking can run for up to %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain::ResourceAudit</name>
    <message>
        <source>Minimum length above maximum</source>
        <translation>Minimum length above maximum</translation>
    </message>
    <message>
        <source>Visible but archived</source>
        <translation>Visible but archived</translation>
    </message>
    <message>
        <source>Shared bookings without a capacity</source>
        <translation>Shared bookings without a capacity</translation>
    </message>
    <message>
        <source>Type without booking rates</source>
        <translation>Type without booking rates</translation>
    </message>
    <message>
        <source>Cancellation fee without an amount</source>
        <translation>Cancellation fee without an amount</translation>
    </message>
    <message>
        <source>Visitors limited to an unset capacity</source>
        <translation>Visitors limited to an unset capacity</translation>
    </message>
    <message>
        <source>The minimum booking length is longer than the maximum, so no booking can satisfy both.</source>
        <translation>The minimum booking length is longer than the maximum, so no booking can satisfy both.</translation>
    </message>
    <message>
        <source>Archived resources should not be offered, yet these are still visible to members.</source>
        <translation>Archived resources should not be offered, yet these are still visible to members.</translation>
    </message>
    <message>
        <source>Several bookings may overlap, but no allocation says how many, so nothing caps them.</source>
        <translation>Several bookings may overlap, but no allocation says how many, so nothing caps them.</translation>
    </message>
    <message>
        <source>The resource type has no booking rate, so bookings of it cannot be priced.</source>
        <translation>The resource type has no booking rate, so bookings of it cannot be priced.</translation>
    </message>
    <message>
        <source>A late-cancellation fee is charged, but its amount or percentage is missing or zero.</source>
        <translation>A late-cancellation fee is charged, but its amount or percentage is missing or zero.</translation>
    </message>
    <message>
        <source>Visitors are limited to the allocation, but no allocation is set.</source>
        <translation>Visitors are limited to the allocation, but no allocation is set.</translation>
    </message>
    <message>
        <source>Not checked: the booking rates could not be read with this account.</source>
        <translation>Not checked: the booking rates could not be read with this account.</translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>Not checked.</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Floor or area</source>
        <translation>Floor or area</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visible</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Hidden in calendar</source>
        <translation>Hidden in calendar</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>Needs approval</translation>
    </message>
    <message>
        <source>Min. length</source>
        <translation>Min. length</translation>
    </message>
    <message>
        <source>Max. length</source>
        <translation>Max. length</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
</context>
<context>
    <name>domain::SystemResourceType</name>
    <message>
        <source>Uncategorised</source>
        <translation>Uncategorised</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Meeting room</translation>
    </message>
    <message>
        <source>Hot desk</source>
        <translation>Hot desk</translation>
    </message>
    <message>
        <source>Private office</source>
        <translation>Private office</translation>
    </message>
    <message>
        <source>Event space</source>
        <translation>Event space</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Lab</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Kitchen</translation>
    </message>
    <message>
        <source>Treatment room</source>
        <translation>Treatment room</translation>
    </message>
    <message>
        <source>Storage unit</source>
        <translation>Storage unit</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>Day pass</source>
        <translation>Day pass</translation>
    </message>
    <message>
        <source>Phone booth</source>
        <translation>Phone booth</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>html::BlogPostHtml</name>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Comments (%n)</numerusform>
            <numerusform>Comments (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>No comments yet.</translation>
    </message>
    <message>
        <source>Comments are closed.</source>
        <translation>Comments are closed.</translation>
    </message>
    <message>
        <source>A member</source>
        <translation>A member</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>By %1</translation>
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
        <translation>Published</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Not published</translation>
    </message>
</context>
<context>
    <name>models::BlogPostListModel</name>
    <message>
        <source>★ Featured</source>
        <translation>★ Featured</translation>
    </message>
</context>
<context>
    <name>models::BookingAccess</name>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>Members only</translation>
    </message>
    <message>
        <source>Contacts only</source>
        <translation>Contacts only</translation>
    </message>
    <message>
        <source>Customers of the location only</source>
        <translation>Customers of the location only</translation>
    </message>
    <message>
        <source>Some teams or plans only</source>
        <translation>Some teams or plans only</translation>
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
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Pending approval</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Past</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, repeating)</source>
        <translation>%1 — %2 (%3, repeating)</translation>
    </message>
</context>
<context>
    <name>models::BookingSeriesTreeProxy</name>
    <message>
        <source>series</source>
        <translation>series</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n booking(s), next %3</source>
        <translation>
            <numerusform>%1 — %2, %n booking, next %3</numerusform>
            <numerusform>%1 — %2, %n bookings, next %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n booking(s), all past or cancelled</source>
        <translation>
            <numerusform>%1 — %2, %n booking, all past or cancelled</numerusform>
            <numerusform>%1 — %2, %n bookings, all past or cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>models::PageFeed</name>
    <message>
        <source>The space cannot be reached.</source>
        <translation>The space cannot be reached.</translation>
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
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Residential</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Mixed use</source>
        <translation>Mixed use</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>An occupancy rate; %1 is the number (e.g. &quot;93&quot;), written with the locale&apos;s digits.</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Occupied</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupancy</translation>
    </message>
</context>
<context>
    <name>models::ResourceListModel</name>
    <message numerus="yes">
        <source>%n people</source>
        <comment>capacity of a resource</comment>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
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
        <translation>Your booking (waiting for approval)</translation>
    </message>
    <message>
        <source>Your booking</source>
        <translation>Your booking</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Past</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
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
        <translation>… Checking</translation>
    </message>
    <message>
        <source>✓ Free</source>
        <translation>✓ Free</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✗ Could not be checked: %1</source>
        <translation>✗ Could not be checked: %1</translation>
    </message>
    <message>
        <source>… Booking</source>
        <translation>… Booking</translation>
    </message>
    <message>
        <source>✓ Booked, waiting for the space&apos;s approval</source>
        <translation>✓ Booked, waiting for the space&apos;s approval</translation>
    </message>
    <message>
        <source>✓ Booked</source>
        <translation>✓ Booked</translation>
    </message>
    <message>
        <source>✗ Not booked: %1</source>
        <translation>✗ Not booked: %1</translation>
    </message>
    <message>
        <source>? Unknown: %1</source>
        <translation>? Unknown: %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Can it be booked?</source>
        <translation>Can it be booked?</translation>
    </message>
</context>
<context>
    <name>models::TenantListModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Former</source>
        <translation>Former</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
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
        <translation>The article could not be read.</translation>
    </message>
</context>
<context>
    <name>repository::BlogPostRepository</name>
    <message>
        <source>Not signed in.</source>
        <translation>Not signed in.</translation>
    </message>
</context>
<context>
    <name>repository::BookingCommands</name>
    <message>
        <source>The space accepted the booking, but it does not appear in your bookings yet. Check again in a moment.</source>
        <translation>The space accepted the booking, but it does not appear in your bookings yet. Check again in a moment.</translation>
    </message>
    <message>
        <source>The booking was sent, but your bookings could not be read to confirm it: %1</source>
        <translation>The booking was sent, but your bookings could not be read to confirm it: %1</translation>
    </message>
    <message>
        <source>The booking was sent, but you signed out before it could be confirmed. Check your bookings after signing in.</source>
        <translation>The booking was sent, but you signed out before it could be confirmed. Check your bookings after signing in.</translation>
    </message>
</context>
<context>
    <name>repository::Datasets</name>
    <message>
        <source>rooms</source>
        <translation>rooms</translation>
    </message>
    <message>
        <source>room details</source>
        <translation>room details</translation>
    </message>
    <message>
        <source>bookings</source>
        <translation>bookings</translation>
    </message>
    <message>
        <source>cancelled bookings</source>
        <translation>cancelled bookings</translation>
    </message>
    <message>
        <source>news</source>
        <translation>news</translation>
    </message>
    <message>
        <source>news articles</source>
        <translation>news articles</translation>
    </message>
    <message>
        <source>your profile</source>
        <translation>your profile</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>applications</translation>
    </message>
    <message>
        <source>application details</source>
        <translation>application details</translation>
    </message>
    <message>
        <source>resources for review</source>
        <translation>resources for review</translation>
    </message>
    <message>
        <source>resource details for review</source>
        <translation>resource details for review</translation>
    </message>
    <message>
        <source>resource types</source>
        <translation>resource types</translation>
    </message>
    <message>
        <source>booking rates</source>
        <translation>booking rates</translation>
    </message>
</context>
<context>
    <name>repository::MyBookingsRepository</name>
    <message>
        <source>This account may not see cancelled bookings.</source>
        <translation>This account may not see cancelled bookings.</translation>
    </message>
    <message>
        <source>This space does not list cancelled bookings.</source>
        <translation>This space does not list cancelled bookings.</translation>
    </message>
    <message>
        <source>This account may not see its bookings here.</source>
        <translation>This account may not see its bookings here.</translation>
    </message>
    <message>
        <source>This space does not list bookings to Portal Desk.</source>
        <translation>This space does not list bookings to Portal Desk.</translation>
    </message>
</context>
<context>
    <name>repository::ResourceCsvExport</name>
    <message>
        <source>Not signed in.</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>Could not write &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Could not write the file: %1</translation>
    </message>
</context>
<context>
    <name>repository::ResourceDetailsLoader</name>
    <message>
        <source>The room&apos;s details could not be loaded.</source>
        <translation>The room&apos;s details could not be loaded.</translation>
    </message>
    <message>
        <source>The space answered with another room.</source>
        <translation>The space answered with another room.</translation>
    </message>
</context>
<context>
    <name>repository::SeriesBooking</name>
    <message>
        <source>The clocks go forward that night: %1 does not exist on that day.</source>
        <translation>The clocks go forward that night: %1 does not exist on that day.</translation>
    </message>
    <message>
        <source>Not sent: the answer about %1 was lost. Check your bookings, then book the rest again.</source>
        <translation>Not sent: the answer about %1 was lost. Check your bookings, then book the rest again.</translation>
    </message>
</context>
<context>
    <name>repository::calls</name>
    <message>
        <source>Not signed in.</source>
        <translation>Not signed in.</translation>
    </message>
</context>
</TS>
