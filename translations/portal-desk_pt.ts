<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>AppController</name>
    <message>
        <source>The space&apos;s data did not load in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo space could not start: no free local port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with --user EMAIL and --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor or area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading rooms… page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bookable room(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure storage (keychain) is available, so Portal Desk cannot remember this sign-in: you will need to sign in again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not signed in. Sign in once without --screenshot first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sync needs the offline store, which this version does not have yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your space to see its rooms. To look around first, start Portal Desk with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stored account to sign out of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of %1, but the keychain entry could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo space (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name shown in the account menu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this account from Portal Desk? Its sign-in is deleted from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of this account? Its sign-in is deleted from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; view is not part of this version yet; showing the rooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked %1: waiting for the space to approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; view is only for the space&apos;s staff; this account is a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;News</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The space did not answer; trying again in %n second(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Book rooms and read the news of your Nexudus coworking space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the built-in demo space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo account to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space slug or web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the offline data and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the stored account and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View to open: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language code (en, es, fr, de, it, pt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the window as PNG once its data has loaded, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --demo or --server, not both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free at that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time has already passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are the space&apos;s local time (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingsView</name>
    <message>
        <source>Your bookings, upcoming first. Times are the space&apos;s local time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;upcoming (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all upcoming bookings as a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export booking (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected booking as a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling now is late and costs %1. Cancel the booking anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling this booking is free. Cancel it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your bookings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the cancellation fee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no upcoming bookings to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booking.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookings.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n booking(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum number of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amenities (all of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amenities the room must have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any number of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or more (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Portal Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space and account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search rooms by name, type, floor or location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookable resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Portal Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — signed in as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Portal Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Portal Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal Desk %1
A desktop client for Nexudus coworking spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book selected room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewsView</name>
    <message>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the articles of this category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Featured articles come first and are marked “Featured”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected article with its comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try loading the news again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the full article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full article could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an article to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The news could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading news…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No news here yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomDetails</name>
    <message>
        <source>Room details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book this room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book this room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings need the space&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amenities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a room to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Portal Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the e-mail and password you use on your space&apos;s website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Space:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coworkfactory, or the space&apos;s web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your space&apos;s name or web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code shown by your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a &amp;new password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens your space&apos;s password page in the web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the e-mail address of your account, such as name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in did not work. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code was not accepted. Enter the current code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more step:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>api::ApiError</name>
    <message>
        <source>The connection was lost before the space answered. The change may or may not have been saved: check before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The space could not be reached. Check your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The space did not answer in time. The change may or may not have been saved: check before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The space took too long to answer. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not allowed to see this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item no longer exists on the space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The space is busy. Trying again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The space is busy. Please wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The space refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The space refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The space had a problem answering. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The space sent an answer Portal Desk cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The space refused the request (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>api::ListPage</name>
    <message>
        <source>The list answer has no records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>api::ServerAddress</name>
    <message>
        <source>Enter your space&apos;s name or web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid space name or web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only https:// addresses are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is not safe for signing in. Use the space&apos;s https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>auth::SignInError</name>
    <message>
        <source>The e-mail or password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need to set a new password on the space&apos;s website first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain::Amenity</name>
    <message>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whiteboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tea and coffee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCTV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice recorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air conditioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wireless charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soundproof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video conferencing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dual display screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wireless presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flip chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure storage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain::AmenityGroup</name>
    <message>
        <source>Audio-visual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food &amp; drink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain::BookingErrors</name>
    <message>
        <source>This room no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account cannot book at this space yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room is already booked at that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event takes place in the room at that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room is full at that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room is not open at that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time has already passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have reached your booking limit for this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have reached your booking limit for this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan does not include this room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room is not available for booking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is too soon: this room must be booked further in advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is too far ahead: this room cannot be booked that early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking is longer than this room allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking is shorter than this room allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room needs a break between bookings at that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You booked this recently; the space asks you to wait before booking again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The space does not allow this booking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room cannot be booked at that time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain::SystemResourceType</name>
    <message>
        <source>Uncategorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone booth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>html::BlogPostHtml</name>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments are closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models::BlogPostListModel</name>
    <message>
        <source>★ Featured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models::BookingListModel</name>
    <message>
        <source>%1, %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models::ResourceListModel</name>
    <message numerus="yes">
        <source>%n people</source>
        <comment>capacity of a resource</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between location and floor in a resource summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the parts of a resource summary</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>repository::BlogPostLoader</name>
    <message>
        <source>The article could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>repository::BookingService</name>
    <message>
        <source>The space accepted the booking, but it does not appear in your bookings yet. Check again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking was sent, but your bookings could not be read to confirm it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
