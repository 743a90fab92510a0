<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>ActionFieldsRow</name>
    <message>
        <source>&amp;Owner:</source>
        <extracomment>A new due date starts a week ahead, the most common follow-up; the user adjusts it from there. The organisation this row filled in for the owner chosen last: a user&apos;s own text is never replaced, a filled one follows when another participant is chosen. Participants changed since the suggestions were read (a walk-in at the door): they are read again when the owner field is next used, not on every check-in.</extracomment>
        <translation>&amp;Ansvarig:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>Klart se&amp;nast:</translation>
    </message>
    <message>
        <source>Give the action item a due date</source>
        <translation>Ange ett datum då åtgärden ska vara klar</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>&amp;Klar</translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation>Ansvarig för åtgärden</translation>
    </message>
    <message>
        <source>Participants are suggested as you type; choosing one fills the organisation.</source>
        <translation>Deltagare föreslås medan du skriver; om du väljer en fylls organisationen i.</translation>
    </message>
    <message>
        <source>Action organisation</source>
        <translation>Organisation som ansvarar för åtgärden</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Klart senast</translation>
    </message>
</context>
<context>
    <name>ActionItemsView</name>
    <message numerus="yes">
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n åtgärd</numerusform>
            <numerusform>%n åtgärder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n öppen</numerusform>
            <numerusform>%n öppna</numerusform>
        </translation>
    </message>
    <message>
        <source>Only &amp;open ones</source>
        <translation>Bara &amp;öppna</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Click a heading to sort. Space marks done or open; Enter opens the note.</source>
        <translation>Klicka på en rubrik för att sortera. Blanksteg markerar som klar eller öppen; Enter öppnar anteckningen.</translation>
    </message>
</context>
<context>
    <name>ActualTimesDialog</name>
    <message>
        <source>Actual times</source>
        <translation>Faktiska tider</translation>
    </message>
    <message>
        <source>When did “{title}” really start and end?</source>
        <translation>När började och slutade ”{title}” egentligen?</translation>
    </message>
    <message>
        <source>&amp;Started at:</source>
        <translation>&amp;Började:</translation>
    </message>
    <message>
        <source>&amp;Ended at:</source>
        <translation>&amp;Slutade:</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Faktisk start</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Faktiskt slut</translation>
    </message>
    <message>
        <source>When the item really started</source>
        <translation>När programpunkten faktiskt började</translation>
    </message>
    <message>
        <source>When the item really ended</source>
        <translation>När programpunkten faktiskt slutade</translation>
    </message>
    <message>
        <source>The actual end cannot be before the actual start.</source>
        <translation>Det faktiska slutet kan inte ligga före den faktiska starten.</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>The item would run past midnight.</source>
        <extracomment>The published plan (see ``plan.py``); None until published, or for an item added after.</extracomment>
        <translation>Programpunkten skulle pågå efter midnatt.</translation>
    </message>
    <message>
        <source>The item needs a title.</source>
        <translation>Programpunkten behöver en titel.</translation>
    </message>
    <message>
        <source>The title is too long.</source>
        <translation>Titeln är för lång.</translation>
    </message>
    <message>
        <source>The item must end after it starts.</source>
        <translation>Programpunkten måste sluta efter att den börjar.</translation>
    </message>
    <message>
        <source>This agenda item no longer exists.</source>
        <translation>Den här programpunkten finns inte längre.</translation>
    </message>
    <message>
        <source>Choose another event to copy the agenda from.</source>
        <translation>Välj ett annat evenemang att kopiera programmet från.</translation>
    </message>
    <message>
        <source>That event has no agenda to copy.</source>
        <translation>Det evenemanget har inget program att kopiera.</translation>
    </message>
    <message>
        <source>This day is not one of the event&apos;s days.</source>
        <translation>Den här dagen är inte en av evenemangets dagar.</translation>
    </message>
    <message>
        <source>It ends before it starts.</source>
        <translation>Den slutar innan den börjar.</translation>
    </message>
    <message>
        <source>It starts before the item above it.</source>
        <translation>Den börjar före programpunkten ovanför.</translation>
    </message>
    <message>
        <source>It overlaps “{title}” (until {end}).</source>
        <translation>Den överlappar ”{title}” (till {end}).</translation>
    </message>
</context>
<context>
    <name>AgendaImport</name>
    <message>
        <source>Date</source>
        <extracomment>field -&gt; header spellings (en, et, lv, sv, ru); matching ignores case, accents and script. The names of the fields, for the mapping preview.</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Time (start–end)</source>
        <translation>Tid (start–slut)</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Längd (minuter)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Facilitator(s)</source>
        <translation>Samtalsledare</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Fixed time</source>
        <translation>Fast tid</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <extracomment>What reading an agenda file gives: one row per item, each new or invalid.</extracomment>
        <translation>Rad {row}: {problem}</translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… och {n} till.</translation>
    </message>
    <message>
        <source>The file&apos;s dates are too far apart to be moved onto the event&apos;s days.</source>
        <translation>Datumen i filen ligger för långt ifrån varandra för att kunna flyttas till evenemangets dagar.</translation>
    </message>
    <message>
        <source>The file has a header row but no agenda items.</source>
        <translation>Filen har en rubrikrad men inga programpunkter.</translation>
    </message>
    <message>
        <source>“{value}” is not a time.</source>
        <translation>”{value}” är ingen tid.</translation>
    </message>
    <message>
        <source>It looks like a list of people; import it as participants instead.</source>
        <extracomment>Length of the last item of a day when the file gives start times only.</extracomment>
        <translation>Det ser ut som en lista med personer; importera den som deltagare i stället.</translation>
    </message>
    <message>
        <source>“{value}” is not a date, day number or weekday.</source>
        <translation>”{value}” är inget datum, dagnummer eller veckodag.</translation>
    </message>
    <message>
        <source>“{value}” is not a time or a range of times.</source>
        <translation>”{value}” är varken en tid eller ett tidsintervall.</translation>
    </message>
    <message>
        <source>“{value}” is not a number of minutes.</source>
        <translation>”{value}” är inget antal minuter.</translation>
    </message>
    <message>
        <source>The start time is missing.</source>
        <translation>Starttid saknas.</translation>
    </message>
    <message>
        <source>Rows {rows}: no end time is given; each item ends when the next one starts.</source>
        <translation>Rad(er) {rows}: ingen sluttid anges; varje programpunkt slutar när nästa börjar.</translation>
    </message>
    <message>
        <source>Rows {rows}: no end time is given and no item follows; the item lasts {minutes} minutes.</source>
        <translation>Rad(er) {rows}: ingen sluttid anges och ingen programpunkt följer; programpunkten pågår i {minutes} minuter.</translation>
    </message>
    <message>
        <source>Rows {rows}: the item ends at midnight; it is kept as ending 23:59.</source>
        <translation>Rad(er) {rows}: programpunkten slutar vid midnatt; den behålls med sluttiden 23:59.</translation>
    </message>
    <message>
        <source>Kind “{value}” is not known; it becomes “Other”.</source>
        <translation>Typen ”{value}” är okänd; den blir ”Övrigt”.</translation>
    </message>
    <message>
        <source>The title is missing.</source>
        <translation>Titel saknas.</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Det finns inget att importera.</translation>
    </message>
    <message>
        <source>“{value}”: the event ({first} – {last}) has no such day; write the date instead.</source>
        <extracomment>Words in front of a day number: &quot;Day 2&quot;, &quot;Päev 2&quot;, &quot;Tag 2&quot;, &quot;День 2&quot;.</extracomment>
        <translation>”{value}”: evenemanget ({first} – {last}) har ingen sådan dag; skriv datumet i stället.</translation>
    </message>
    <message>
        <source>“{value}”: the event has {count} days of that name; write the date instead.</source>
        <translation>”{value}”: evenemanget har {count} dagar med det namnet; skriv datumet i stället.</translation>
    </message>
</context>
<context>
    <name>AgendaLive</name>
    <message>
        <source>Every item of the agenda has been held; nothing is left to start.</source>
        <extracomment>The plan was published by this start (the first F5 of the event).</extracomment>
        <translation>Alla programpunkter har genomförts; det finns inget kvar att starta.</translation>
    </message>
    <message>
        <source>No item is running.</source>
        <translation>Ingen programpunkt pågår.</translation>
    </message>
    <message>
        <source>An item that ended must have started.</source>
        <translation>En programpunkt som har slutat måste ha börjat.</translation>
    </message>
    <message>
        <source>The actual end cannot be before the actual start.</source>
        <translation>Det faktiska slutet kan inte ligga före den faktiska starten.</translation>
    </message>
    <message numerus="yes">
        <source>Over time by %n min</source>
        <extracomment>Seconds since the running item started, and left of its planned length (negative: over). Minutes the day is behind (positive) or ahead (negative) of the plan; None: not started. item id -&gt; projected start, for the items of the running day not yet started. The calendar date the running day is being held on (planned times are on this date). Fixed items the day runs into: item id -&gt; minutes the items before it must be cut to keep its time. A fixed item is expected at its time; it does not move with the day.</extracomment>
        <translation>
            <numerusform>%n min över tiden</numerusform>
            <numerusform>%n min över tiden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The day is still %n min ahead; expected end {time}.</source>
        <translation>
            <numerusform>Dagen ligger fortfarande %n min före schemat; väntat slut {time}.</numerusform>
            <numerusform>Dagen ligger fortfarande %n min före schemat; väntat slut {time}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The day runs %n min late; expected end {time}.</source>
        <translation>
            <numerusform>Dagen ligger %n min efter schemat; väntat slut {time}.</numerusform>
            <numerusform>Dagen ligger %n min efter schemat; väntat slut {time}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Day expected to end at {time} if %n min are cut before the fixed items.</source>
        <translation>
            <numerusform>Dagen väntas sluta kl. {time} om %n minut kortas före de fasta programpunkterna.</numerusform>
            <numerusform>Dagen väntas sluta kl. {time} om %n minuter kortas före de fasta programpunkterna.</numerusform>
        </translation>
    </message>
    <message>
        <source>Day expected to end at {time}</source>
        <translation>Dagen väntas sluta kl. {time}</translation>
    </message>
    <message numerus="yes">
        <source>Running %n min late</source>
        <translation>
            <numerusform>%n min efter schemat</numerusform>
            <numerusform>%n min efter schemat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running %n min early</source>
        <translation>
            <numerusform>%n min före schemat</numerusform>
            <numerusform>%n min före schemat</numerusform>
        </translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Enligt schemat</translation>
    </message>
</context>
<context>
    <name>AgendaPlan</name>
    <message>
        <source>Pu&amp;blish plan…</source>
        <translation>Pu&amp;blicera planen…</translation>
    </message>
    <message>
        <source>Keep the current times as the published plan: later changes move the expected times, and the report compares the day with this plan.</source>
        <translation>Behåll de nuvarande tiderna som publicerad plan: senare ändringar flyttar de väntade tiderna, och rapporten jämför dagen med den här planen.</translation>
    </message>
    <message>
        <source>Move the later items?</source>
        <translation>Flytta de senare programpunkterna?</translation>
    </message>
    <message numerus="yes">
        <source>“{title}” now ends at {end} instead of {old}. Also move the %n later item(s) of this day by the same amount?</source>
        <translation>
            <numerusform>”{title}” slutar nu {end} i stället för {old}. Vill du också flytta dagens %n senare programpunkt lika mycket?</numerusform>
            <numerusform>”{title}” slutar nu {end} i stället för {old}. Vill du också flytta dagens %n senare programpunkter lika mycket?</numerusform>
        </translation>
    </message>
    <message>
        <source>Fixed items keep their time. The published plan does not change either way; Ctrl+Z takes the change back.</source>
        <translation>Programpunkter med fast tid behåller sin tid. Den publicerade planen ändras inte i något av fallen; Ctrl+Z ångrar ändringen.</translation>
    </message>
    <message>
        <source>&amp;Move them too</source>
        <translation>&amp;Flytta dem också</translation>
    </message>
    <message>
        <source>&amp;Only this item</source>
        <translation>&amp;Bara den här programpunkten</translation>
    </message>
    <message>
        <source>Publish the plan again?</source>
        <translation>Publicera planen igen?</translation>
    </message>
    <message>
        <source>The plan was already published. Publish the current times as the new plan? The report then compares the day with them. Ctrl+Z brings the old plan back.</source>
        <translation>Planen har redan publicerats. Vill du publicera de nuvarande tiderna som ny plan? Rapporten jämför då dagen med dem. Ctrl+Z tar tillbaka den gamla planen.</translation>
    </message>
    <message numerus="yes">
        <source>%n later item(s) moved with it (Ctrl+Z takes it back).</source>
        <translation>
            <numerusform>%n senare programpunkt flyttades med (Ctrl+Z ångrar).</numerusform>
            <numerusform>%n senare programpunkter flyttades med (Ctrl+Z ångrar).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this item changed; the later items keep their times.</source>
        <translation>Bara den här programpunkten ändrades; de senare programpunkterna behåller sina tider.</translation>
    </message>
    <message numerus="yes">
        <source>“{title}” runs into “{next}”. Move the %n later item(s) of this day back to make room?</source>
        <translation>
            <numerusform>”{title}” drar över in i ”{next}”. Vill du skjuta upp dagens %n senare programpunkt för att ge plats?</numerusform>
            <numerusform>”{title}” drar över in i ”{next}”. Vill du skjuta upp dagens %n senare programpunkter för att ge plats?</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish the plan</source>
        <translation>Publicera planen</translation>
    </message>
    <message numerus="yes">
        <source>Plan published (%n item(s)). Changes from now on move the expected times; the report compares the day with this plan.</source>
        <translation>
            <numerusform>Planen har publicerats (%n programpunkt). Ändringar från och med nu flyttar de väntade tiderna; rapporten jämför dagen med den här planen.</numerusform>
            <numerusform>Planen har publicerats (%n programpunkter). Ändringar från och med nu flyttar de väntade tiderna; rapporten jämför dagen med den här planen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>Agenda</source>
        <extracomment>Agenda items change elsewhere through undo/redo and imports; the event&apos;s days with it. The wall clock; tests and rehearsals replace it.
----------
The Check-in tab, shown first when the window opens on an event.</extracomment>
        <translation>Program</translation>
    </message>
    <message>
        <source>Agenda items of the day</source>
        <extracomment>The closed banner: dark text on a light grey, with a lock, so it does not rely on colour.</extracomment>
        <translation>Dagens programpunkter</translation>
    </message>
    <message>
        <source>Enter edits the item, Insert adds one, Delete removes it, Alt+Up and Alt+Down move it, F5 starts the next item.</source>
        <translation>Enter redigerar programpunkten, Insert lägger till en, Delete tar bort den, Alt+Up och Alt+Down flyttar den, F5 startar nästa programpunkt.</translation>
    </message>
    <message>
        <source>Days of the event</source>
        <translation>Evenemangets dagar</translation>
    </message>
    <message>
        <source>Ctrl+PgUp and Ctrl+PgDown switch days.</source>
        <translation>Ctrl+PgUp och Ctrl+PgDown byter dag.</translation>
    </message>
    <message>
        <source>Agenda tools</source>
        <translation>Programverktyg</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mer</translation>
    </message>
    <message>
        <source>More agenda actions</source>
        <translation>Fler åtgärder för programmet</translation>
    </message>
    <message>
        <source>Publish the plan, import, copy or print the agenda</source>
        <translation>Publicera planen, importera, kopiera eller skriv ut programmet</translation>
    </message>
    <message>
        <source>No agenda items</source>
        <translation>Inga programpunkter</translation>
    </message>
    <message>
        <source>Agenda problems</source>
        <translation>Problem i programmet</translation>
    </message>
    <message>
        <source>This event is closed: its agenda is read-only. Reopen the event (File → Reopen event) to change it.</source>
        <translation>Evenemanget är avslutat: programmet kan bara läsas. Öppna evenemanget igen (Arkiv → Öppna evenemanget igen) för att ändra det.</translation>
    </message>
    <message>
        <source>Event closed</source>
        <translation>Evenemanget är avslutat</translation>
    </message>
    <message>
        <source>No items on this day yet. Press Insert to add one, or import the agenda from a spreadsheet (Event → Import agenda…).</source>
        <translation>Inga programpunkter den här dagen ännu. Tryck på Insert för att lägga till en, eller importera programmet från ett kalkylblad (Evenemang → Importera program…).</translation>
    </message>
    <message>
        <source>Day {number} · {date}</source>
        <translation>Dag {number} · {date}</translation>
    </message>
    <message>
        <source>Not one of the event&apos;s days</source>
        <translation>Inte en av evenemangets dagar</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need attention: overlapping, ending before they start or outside the event&apos;s days. Hover over ⚠ to see why.</source>
        <translation>
            <numerusform>%n programpunkt behöver åtgärdas: den överlappar, slutar innan den börjar eller ligger utanför evenemangets dagar. Håll muspekaren över ⚠ för att se varför.</numerusform>
            <numerusform>%n programpunkter behöver åtgärdas: de överlappar, slutar innan de börjar eller ligger utanför evenemangets dagar. Håll muspekaren över ⚠ för att se varför.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of them on other days)</source>
        <translation>
            <numerusform>(%n av dem en annan dag)</numerusform>
            <numerusform>(%n av dem andra dagar)</numerusform>
        </translation>
    </message>
    <message>
        <source>This step cannot be undone any more: the agenda changed.</source>
        <translation>Det här steget kan inte längre ångras: programmet har ändrats.</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>Redigera ”{title}”</translation>
    </message>
    <message>
        <source>Move “{title}”</source>
        <translation>Flytta ”{title}”</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <extracomment>Asked before an item that started under a minute ago is ended (tests replace it).</extracomment>
        <translation>&amp;Lägg till programpunkt…</translation>
    </message>
    <message>
        <source>&amp;Edit item…</source>
        <translation>&amp;Redigera programpunkt…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplicera</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>Actual &amp;times…</source>
        <translation>&amp;Faktiska tider…</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Föregående dag</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nästa dag</translation>
    </message>
    <message>
        <source>&amp;Import agenda…</source>
        <translation>&amp;Importera program…</translation>
    </message>
    <message>
        <source>&amp;Copy agenda from another event…</source>
        <translation>Kopiera program &amp;från ett annat evenemang…</translation>
    </message>
    <message>
        <source>&amp;Print agenda (save as PDF)…</source>
        <translation>Skriv &amp;ut program (spara som PDF)…</translation>
    </message>
    <message>
        <source>S&amp;top running item</source>
        <translation>Sto&amp;ppa pågående programpunkt</translation>
    </message>
    <message>
        <source>Started “{title}” at {time}. Ctrl+Z takes it back.</source>
        <translation>”{title}” startade kl. {time}. Ctrl+Z ångrar.</translation>
    </message>
    <message>
        <source>The plan as it stood is kept as the published plan.</source>
        <translation>Planen som den såg ut behålls som publicerad plan.</translation>
    </message>
    <message numerus="yes">
        <source>Ended “{title}” at {time} after %n min. Ctrl+Z takes it back.</source>
        <translation>
            <numerusform>”{title}” avslutades kl. {time} efter %n min. Ctrl+Z ångrar.</numerusform>
            <numerusform>”{title}” avslutades kl. {time} efter %n min. Ctrl+Z ångrar.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;End “{title}”</source>
        <translation>A&amp;vsluta ”{title}”</translation>
    </message>
    <message>
        <source>&amp;Start next item</source>
        <translation>&amp;Starta nästa programpunkt</translation>
    </message>
    <message>
        <source>Start the next item: {title}</source>
        <translation>Starta nästa programpunkt: {title}</translation>
    </message>
    <message>
        <source>Add “{title}”</source>
        <translation>Lägg till ”{title}”</translation>
    </message>
    <message>
        <source>Duplicate “{title}”</source>
        <translation>Duplicera ”{title}”</translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation>Ta bort ”{title}”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Ta bort %n programpunkt</numerusform>
            <numerusform>Ta bort %n programpunkter</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Borttagen. Ångra (Ctrl+Z) tar tillbaka den.</translation>
    </message>
    <message>
        <source>Correct actual times of “{title}”</source>
        <translation>Rätta faktiska tider för ”{title}”</translation>
    </message>
    <message>
        <source>Start “{title}”</source>
        <translation>Starta ”{title}”</translation>
    </message>
    <message>
        <source>End running item</source>
        <translation>Avsluta pågående programpunkt</translation>
    </message>
    <message>
        <source>Stop running item</source>
        <translation>Stoppa pågående programpunkt</translation>
    </message>
    <message>
        <source>Import agenda</source>
        <translation>Importera program</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Kalkylblad (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Läser {name}…</translation>
    </message>
    <message>
        <source>Import agenda from {name}</source>
        <translation>Importera program från {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s) imported. Ctrl+Z takes the import back.</source>
        <translation>
            <numerusform>%n programpunkt importerad. Ctrl+Z ångrar importen.</numerusform>
            <numerusform>%n programpunkter importerade. Ctrl+Z ångrar importen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy agenda</source>
        <translation>Kopiera program</translation>
    </message>
    <message>
        <source>No other event has an agenda to copy.</source>
        <translation>Inget annat evenemang har ett program att kopiera.</translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s) copied.</source>
        <translation>
            <numerusform>%n programpunkt kopierad.</numerusform>
            <numerusform>%n programpunkter kopierade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save agenda as PDF</source>
        <translation>Spara program som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Skriver {name}…</translation>
    </message>
    <message>
        <source>The agenda could not be saved as PDF: {reason}</source>
        <translation>Programmet kunde inte sparas som PDF: {reason}</translation>
    </message>
    <message>
        <source>Agenda saved</source>
        <translation>Programmet har sparats</translation>
    </message>
    <message>
        <source>The agenda was saved as {path}.</source>
        <translation>Programmet har sparats som {path}.</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>&amp;Öppna den</translation>
    </message>
    <message>
        <source>End the item now?</source>
        <translation>Avsluta programpunkten nu?</translation>
    </message>
    <message>
        <source>“{title}” started less than a minute ago. If you end it now, it is recorded as a 0-minute item.</source>
        <translation>”{title}” startade för mindre än en minut sedan. Om du avslutar den nu sparas den som en programpunkt på 0 minuter.</translation>
    </message>
    <message>
        <source>&amp;End it now</source>
        <translation>&amp;Avsluta nu</translation>
    </message>
    <message>
        <source>&amp;Keep it running</source>
        <translation>&amp;Låt den fortsätta</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <source>A fixed item keeps its time when earlier items change length.</source>
        <extracomment>A closed event: nothing can be edited or dragged.</extracomment>
        <translation>En programpunkt med fast tid behåller sin tid när tidigare punkter ändrar längd.</translation>
    </message>
    <message>
        <source>When the item is expected to start, given how the day is running.</source>
        <translation>När programpunkten väntas börja, med hänsyn till hur dagen går.</translation>
    </message>
    <message>
        <source>The times in the published plan (the printed programme). Edits change the expected times, never these.</source>
        <translation>Tiderna i den publicerade planen (det utskrivna programmet). Ändringar påverkar de väntade tiderna, aldrig dessa.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>tillagd</translation>
    </message>
    <message numerus="yes">
        <source>Fixed time: the items before it run %n min into it. Shorten them to keep this time.</source>
        <translation>
            <numerusform>Fast tid: programpunkterna före den drar över %n min in i den. Korta ned dem för att hålla tiden.</numerusform>
            <numerusform>Fast tid: programpunkterna före den drar över %n min in i den. Korta ned dem för att hålla tiden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Facilitator(s)</source>
        <translation>Samtalsledare</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fast</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Väntad</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicerad</translation>
    </message>
    <message>
        <source>Added after the plan was published; not in the printed programme.</source>
        <translation>Tillagd efter att planen publicerades; finns inte i det utskrivna programmet.</translation>
    </message>
    <message>
        <source>Moved to another day since the plan.</source>
        <translation>Flyttad till en annan dag sedan planen publicerades.</translation>
    </message>
    <message numerus="yes">
        <source>Expected %n min later than the published plan.</source>
        <translation>
            <numerusform>Väntas %n min senare än i den publicerade planen.</numerusform>
            <numerusform>Väntas %n min senare än i den publicerade planen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected %n min earlier than the published plan.</source>
        <translation>
            <numerusform>Väntas %n min tidigare än i den publicerade planen.</numerusform>
            <numerusform>Väntas %n min tidigare än i den publicerade planen.</numerusform>
        </translation>
    </message>
    <message>
        <source>As in the published plan.</source>
        <translation>Som i den publicerade planen.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something unexpected went wrong. Everything saved so far is safe.

Details are in the log file:
{path}</source>
        <translation>Något oväntat gick fel. Allt som har sparats hittills finns kvar.

Detaljer finns i loggfilen:
{path}</translation>
    </message>
</context>
<context>
    <name>BackgroundRunner</name>
    <message>
        <source>Cancel</source>
        <extracomment>Quicker work shows no progress dialog at all.</extracomment>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>ChathamHouse</name>
    <message>
        <source>Chatham House rule</source>
        <translation>Chatham House-regeln</translation>
    </message>
    <message>
        <source>Switch on the Chatham House rule for the whole event? Notes and quotes are then shown and exported without names.</source>
        <translation>Vill du tillämpa Chatham House-regeln för hela evenemanget? Anteckningar och citat visas och exporteras då utan namn.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) already name an author or speaker. While the rule is on the names are hidden, but they stay in the store unless you erase them.</source>
        <translation>
            <numerusform>%n anteckning anger redan en författare eller talare. Medan regeln gäller döljs namnen, men de finns kvar i datafilen om du inte raderar dem.</numerusform>
            <numerusform>%n anteckningar anger redan en författare eller talare. Medan regeln gäller döljs namnen, men de finns kvar i datafilen om du inte raderar dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Erase the names already entered (cannot be undone)</source>
        <translation>&amp;Radera de namn som redan har angetts (kan inte ångras)</translation>
    </message>
    <message>
        <source>&amp;Switch on</source>
        <translation>&amp;Tillämpa</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>{day} is not a day of this event.</source>
        <extracomment>True when the person was already checked in that day: nothing was changed.</extracomment>
        <translation>{day} är inte en av evenemangets dagar.</translation>
    </message>
    <message>
        <source>This participant no longer exists (id {id}).</source>
        <translation>Deltagaren finns inte längre (id {id}).</translation>
    </message>
</context>
<context>
    <name>CheckInActions</name>
    <message>
        <source>&amp;Take back check-in</source>
        <translation>Ta &amp;bort incheckning</translation>
    </message>
    <message>
        <source>No one on the list matches “{text}”. Check the spelling, or press {key} to add a walk-in.</source>
        <translation>Ingen på listan matchar ”{text}”. Kontrollera stavningen, eller tryck på {key} för att lägga till en oanmäld deltagare.</translation>
    </message>
    <message>
        <source>&amp;Check in highlighted person</source>
        <translation>&amp;Checka in markerad person</translation>
    </message>
    <message>
        <source>Add &amp;walk-in…</source>
        <translation>Lägg till &amp;oanmäld deltagare…</translation>
    </message>
    <message>
        <source>Enter &amp;paper sign-in marks…</source>
        <translation>För in närvaro från &amp;papperslistan…</translation>
    </message>
    <message>
        <source>&amp;Add participant…</source>
        <translation>&amp;Lägg till deltagare…</translation>
    </message>
    <message>
        <source>&amp;Edit participant…	F2</source>
        <translation>&amp;Redigera deltagare…	F2</translation>
    </message>
    <message>
        <source>&amp;Delete participants…	Del</source>
        <translation>&amp;Ta bort deltagare…	Del</translation>
    </message>
    <message>
        <source>&amp;Merge selected participants</source>
        <translation>Slå i&amp;hop markerade deltagare</translation>
    </message>
    <message>
        <source>Find d&amp;uplicates…</source>
        <translation>Hitta &amp;dubbletter…</translation>
    </message>
    <message>
        <source>Print si&amp;gn-in sheet (PDF)…</source>
        <translation>Skriv &amp;ut närvarolista (PDF)…</translation>
    </message>
    <message>
        <source>check-in of {name}</source>
        <translation>incheckning av {name}</translation>
    </message>
    <message>
        <source>taking back the check-in of {name}</source>
        <translation>borttagning av incheckningen för {name}</translation>
    </message>
    <message>
        <source>walk-in {name}</source>
        <translation>tillägg av oanmäld deltagare {name}</translation>
    </message>
    <message>
        <source>paper sign-in marks ({count})</source>
        <translation>närvaro från papperslistan ({count})</translation>
    </message>
    <message>
        <source>Already on the list</source>
        <translation>Finns redan på listan</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) with this name are already on the list.</source>
        <translation>
            <numerusform>%n person med det här namnet finns redan på listan.</numerusform>
            <numerusform>%n personer med det här namnet finns redan på listan.</numerusform>
        </translation>
    </message>
    <message>
        <source>no organisation</source>
        <translation>ingen organisation</translation>
    </message>
    <message>
        <source>Check in the registered {name} ({organisation}) instead</source>
        <translation>Checka in den anmälda deltagaren {name} ({organisation}) i stället</translation>
    </message>
    <message>
        <source>Check in the earlier walk-in {name} ({organisation}) instead</source>
        <translation>Checka in den tidigare oanmälda deltagaren {name} ({organisation}) i stället</translation>
    </message>
    <message>
        <source>(already here)</source>
        <translation>(redan här)</translation>
    </message>
    <message>
        <source>Add a new walk-in</source>
        <translation>Lägg till en ny oanmäld deltagare</translation>
    </message>
    <message>
        <source>&amp;Import registration list…</source>
        <translation>Importera an&amp;mälningslista…</translation>
    </message>
    <message>
        <source>Name &amp;badges (PDF)…</source>
        <translation>N&amp;amnskyltar (PDF)…</translation>
    </message>
    <message>
        <source>{name} was already checked in {day} at {time} — nothing changed.</source>
        <translation>{name} var redan incheckad ({day}, kl. {time}) – ingenting har ändrats.</translation>
    </message>
    <message>
        <source>✓ {name} checked in at {time}. (Ctrl+Z takes it back.)</source>
        <translation>✓ {name} incheckad kl. {time}. (Ctrl+Z ångrar.)</translation>
    </message>
    <message>
        <source>{name} is no longer checked in.</source>
        <translation>{name} är inte längre incheckad.</translation>
    </message>
    <message>
        <source>✓ {name} added as a walk-in and checked in at {time}.</source>
        <translation>✓ {name} tillagd som oanmäld deltagare och incheckad kl. {time}.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) marked present from the paper list.</source>
        <translation>
            <numerusform>%n deltagare markerad som närvarande från papperslistan.</numerusform>
            <numerusform>%n deltagare markerade som närvarande från papperslistan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding {name}</source>
        <translation>Lägger till {name}</translation>
    </message>
    <message>
        <source>{name} added.</source>
        <translation>{name} har lagts till.</translation>
    </message>
    <message>
        <source>Editing {name}</source>
        <translation>Redigerar {name}</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Ta bort {name}?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n participant(s)?</source>
        <translation>
            <numerusform>Ta bort %n deltagare?</numerusform>
            <numerusform>Ta bort %n deltagare?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete participants</source>
        <translation>Ta bort deltagare</translation>
    </message>
    <message>
        <source>Their check-ins are deleted with them. Edit → Undo brings them back.</source>
        <translation>Deras incheckningar tas bort tillsammans med dem. Redigera → Ångra tar tillbaka dem.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n participant(s)</source>
        <translation>
            <numerusform>Tar bort %n deltagare</numerusform>
            <numerusform>Tar bort %n deltagare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) deleted. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%n deltagare har tagits bort. Ctrl+Z ångrar borttagningen.</numerusform>
            <numerusform>%n deltagare har tagits bort. Ctrl+Z ångrar borttagningen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merging %n duplicate(s)</source>
        <translation>
            <numerusform>Slår ihop %n dubblett</numerusform>
            <numerusform>Slår ihop %n dubbletter</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged into {names}.</source>
        <translation>Sammanslagen med {names}.</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dubbletter</translation>
    </message>
    <message>
        <source>No duplicates found: no two participants share an e-mail address, or a name and organisation.</source>
        <translation>Inga dubbletter hittades: inga två deltagare har samma e-postadress, eller samma namn och organisation.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of possible duplicates:</source>
        <translation>
            <numerusform>%n grupp med möjliga dubbletter:</numerusform>
            <numerusform>%n grupper med möjliga dubbletter:</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge each group</source>
        <translation>Slå ihop varje grupp</translation>
    </message>
</context>
<context>
    <name>CheckInFileActions</name>
    <message>
        <source>Import registration list</source>
        <extracomment>Writes the PDFs, one at a time.</extracomment>
        <translation>Importera anmälningslista</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Kalkylblad (*.xlsx *.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Läser {name}…</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importerar {name}…</translation>
    </message>
    <message>
        <source>{file}: {imported} imported, {merged} merged, {skipped} skipped.</source>
        <translation>{file}: {imported} importerade, {merged} sammanslagna, {skipped} överhoppade.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: {reason}</source>
        <translation>PDF-filen kunde inte skrivas: {reason}</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path} har sparats.</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Skriver {name}…</translation>
    </message>
    <message>
        <source>Print sign-in sheet</source>
        <translation>Skriv ut närvarolista</translation>
    </message>
    <message>
        <source>sign-in sheet.pdf</source>
        <translation>närvarolista.pdf</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Namnskyltar</translation>
    </message>
    <message>
        <source>Print badges for the selected participants or for everyone?</source>
        <translation>Skriva ut namnskyltar för de markerade deltagarna eller för alla?</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n markerad</numerusform>
            <numerusform>%n markerade</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>badges.pdf</source>
        <translation>namnskyltar.pdf</translation>
    </message>
</context>
<context>
    <name>CheckInTab</name>
    <message>
        <source>Check-in</source>
        <extracomment>Whether the highlighted row was chosen by the user (arrows, click), not by the search. The counters shown (of the chosen day), kept true after each arrival. The door of the plain read while the store opens (``show_door``), else None.</extracomment>
        <translation>Incheckning</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <extracomment>The walk-in key (the tab&apos;s, as Ctrl+N is &quot;New event&quot; in the window).</extracomment>
        <translation>&amp;Dag:</translation>
    </message>
    <message>
        <source>Day of the event</source>
        <translation>Evenemangets dag</translation>
    </message>
    <message>
        <source>Type a few letters of a name, organisation or e-mail, then Enter</source>
        <translation>Skriv några bokstäver av ett namn, en organisation eller en e-postadress och tryck på Enter</translation>
    </message>
    <message>
        <source>Find participant</source>
        <translation>Sök deltagare</translation>
    </message>
    <message>
        <source>Type a few letters, then Enter. When several people match, press 1 to 9 to choose; arrow keys move through the list.</source>
        <translation>Skriv några bokstäver och tryck på Enter. Om flera personer matchar trycker du på 1–9 för att välja; piltangenterna flyttar i listan.</translation>
    </message>
    <message>
        <source>The day people are checked in for</source>
        <translation>Dagen som deltagarna checkas in för</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Checka in</translation>
    </message>
    <message>
        <source>Check in the highlighted person, or the only one matching the search</source>
        <translation>Checka in den markerade personen, eller den enda som matchar sökningen</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Oanmäld…</translation>
    </message>
    <message>
        <source>Add walk-in</source>
        <translation>Lägg till oanmäld deltagare</translation>
    </message>
    <message>
        <source>Add someone who is not on the list and check them in ({key})</source>
        <translation>Lägg till någon som inte finns på listan och checka in personen ({key})</translation>
    </message>
    <message>
        <source>Everyone on the list; a tick and the time show who is here</source>
        <translation>Alla på listan; en bock och tiden visar vem som är här</translation>
    </message>
    <message>
        <source>No participants yet.
Import the registration list, or add people one by one. Walk-ins can be added at the door with Ctrl+Shift+N.</source>
        <translation>Inga deltagare ännu.
Importera anmälningslistan eller lägg till personer en i taget. Oanmälda deltagare kan läggas till vid entrén med Ctrl+Shift+N.</translation>
    </message>
    <message>
        <source>No participants yet</source>
        <translation>Inga deltagare ännu</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Import registration list…</source>
        <translation>Importera anmälningslista…</translation>
    </message>
    <message>
        <source>Add participant…</source>
        <translation>Lägg till deltagare…</translation>
    </message>
    <message>
        <source>Door news</source>
        <extracomment>The idle line: dark grey on the window (7:1, WCAG AAA), normal weight.</extracomment>
        <translation>Meddelanden från entrén</translation>
    </message>
    <message>
        <source>Enter checks in · 1–9 choose when several match · Ctrl+Z takes the last check-in back</source>
        <translation>Enter checkar in · 1–9 väljer när flera matchar · Ctrl+Z ångrar den senaste incheckningen</translation>
    </message>
    <message>
        <source>Day {number}: {date}</source>
        <extracomment>Set by the tab: pick the n-th person of an open chooser (True if there was one).</extracomment>
        <translation>Dag {number}: {date}</translation>
    </message>
    <message>
        <source>(today)</source>
        <translation>(i dag)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>Undone: {edit}</source>
        <translation>Ångrat: {edit}</translation>
    </message>
    <message>
        <source>Redone: {edit}</source>
        <translation>Gjort om: {edit}</translation>
    </message>
    <message>
        <source>{name} is checked in as soon as the store is open (a moment).</source>
        <extracomment>Participants (id: name) to check in once the store is open, in the order asked for.</extracomment>
        <translation>{name} checkas in så snart databasen är öppen (ett ögonblick).</translation>
    </message>
    <message>
        <source>Not checked in, because another event was opened: {names}. Check them in again on their event.</source>
        <translation>Inte incheckade, eftersom ett annat evenemang öppnades: {names}. Checka in dem igen i deras evenemang.</translation>
    </message>
</context>
<context>
    <name>CloseEventDialog</name>
    <message>
        <source>Close event and export</source>
        <translation>Avsluta evenemanget och exportera</translation>
    </message>
    <message>
        <source>Close “{title}” and write its workbook and PDF summary into the export folder (a subfolder per event, dated file names; earlier exports are kept). You can reopen the event later.</source>
        <translation>Avsluta ”{title}” och skriv dess arbetsbok och PDF-sammanfattning till exportmappen (en undermapp per evenemang, filnamn med datum; tidigare exporter finns kvar). Du kan öppna evenemanget igen senare.</translation>
    </message>
    <message>
        <source>&amp;Use this folder from now on</source>
        <translation>&amp;Använd den här mappen från och med nu</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Export &amp;folder:</source>
        <translation>Export&amp;mapp:</translation>
    </message>
    <message>
        <source>Close and e&amp;xport</source>
        <translation>Avsluta och e&amp;xportera</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Mappen {folder} finns inte.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare events</source>
        <translation>Jämför evenemang</translation>
    </message>
    <message>
        <source>Tick the events to compare in one workbook.</source>
        <translation>Markera de evenemang som ska jämföras i en arbetsbok.</translation>
    </message>
    <message>
        <source>Events to compare</source>
        <translation>Evenemang att jämföra</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <source>E&amp;vents:</source>
        <translation>&amp;Evenemang:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Jämför</translation>
    </message>
    <message>
        <source>Tick at least one event.</source>
        <translation>Markera minst ett evenemang.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Mappen {folder} finns inte.</translation>
    </message>
</context>
<context>
    <name>CopyAgendaDialog</name>
    <message>
        <source>Copy agenda from another event</source>
        <translation>Kopiera program från ett annat evenemang</translation>
    </message>
    <message>
        <source>Event to copy from</source>
        <translation>Evenemang att kopiera från</translation>
    </message>
    <message>
        <source>Its items are added to this event&apos;s agenda; actual times are not copied.</source>
        <translation>Programpunkterna läggs till i det här evenemangets program; faktiska tider kopieras inte.</translation>
    </message>
    <message numerus="yes">
        <source>{title} · {date} (%n item(s))</source>
        <translation>
            <numerusform>{title} · {date} (%n programpunkt)</numerusform>
            <numerusform>{title} · {date} (%n programpunkter)</numerusform>
        </translation>
    </message>
    <message>
        <source>Its items are added to this event&apos;s agenda, moved so that its first day falls on {day}. Actual times are not copied; Undo takes the copy back.</source>
        <translation>Programpunkterna läggs till i det här evenemangets program, flyttade så att den första dagen blir {day}. Faktiska tider kopieras inte; Ångra tar bort kopian.</translation>
    </message>
    <message>
        <source>&amp;Copy agenda</source>
        <translation>&amp;Kopiera program</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Evenemang:</translation>
    </message>
</context>
<context>
    <name>CountersPanel</name>
    <message>
        <source>By day</source>
        <translation>Per dag</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>By stakeholder group (here / on the list)</source>
        <translation>Per intressentgrupp (här / på listan)</translation>
    </message>
    <message>
        <source>Registered people here today</source>
        <translation>Anmälda som är här i dag</translation>
    </message>
    <message>
        <source>Registered people here on {day}</source>
        <translation>Anmälda som var här den {day}</translation>
    </message>
    <message numerus="yes">
        <source>+ %n walk-in(s) here</source>
        <translation>
            <numerusform>+ %n oanmäld deltagare här</numerusform>
            <numerusform>+ %n oanmälda deltagare här</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people here in all</source>
        <translation>
            <numerusform>%n person här totalt</numerusform>
            <numerusform>%n personer här totalt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered participant(s).</source>
        <translation>
            <numerusform>%n anmäld deltagare.</numerusform>
            <numerusform>%n anmälda deltagare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them here.</source>
        <translation>
            <numerusform>%n av dem är här.</numerusform>
            <numerusform>%n av dem är här.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in(s) here.</source>
        <translation>
            <numerusform>%n oanmäld deltagare är här.</numerusform>
            <numerusform>%n oanmälda deltagare är här.</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}: {count} here</source>
        <translation>{day}: {count} här</translation>
    </message>
    <message>
        <source>No one checked in yet.</source>
        <translation>Ingen har checkats in ännu.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The file could not be used{where}: {reason}. Nothing was changed.</source>
        <extracomment>What guards catch: errors a user can act on. Bugs are left to ``describe`` or the last handler.</extracomment>
        <translation>Filen kunde inte användas{where}: {reason}. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>Something went wrong unexpectedly ({name}). Details are in {log}.</source>
        <translation>Något gick oväntat fel ({name}). Detaljer finns i {log}.</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>There is no evaluation form {id}.</source>
        <translation>Det finns inget utvärderingsformulär med id {id}.</translation>
    </message>
    <message>
        <source>The question needs a text in at least one language.</source>
        <extracomment>A question&apos;s machine name, as XLSForm and ODK accept it. (XML names: letters of any script, digits, _ . -, not starting with a digit.)</extracomment>
        <translation>Frågan behöver en text på minst ett språk.</translation>
    </message>
    <message>
        <source>The name “{name}” may hold only letters, digits and _ and must not start with a digit.</source>
        <translation>Namnet ”{name}” får bara innehålla bokstäver, siffror och _ och får inte börja med en siffra.</translation>
    </message>
    <message>
        <source>Another question of this form is already named “{name}”.</source>
        <translation>En annan fråga i formuläret heter redan ”{name}”.</translation>
    </message>
    <message>
        <source>A rating scale runs from 0 or more to a higher number, at most 11 points.</source>
        <translation>En betygsskala går från 0 eller mer till ett högre tal, högst 11 steg.</translation>
    </message>
    <message>
        <source>A choice question needs at least two choices.</source>
        <translation>En fråga med svarsalternativ måste ha minst två alternativ.</translation>
    </message>
    <message>
        <source>Two choices have the same name.</source>
        <translation>Två svarsalternativ har samma namn.</translation>
    </message>
    <message>
        <source>A choice name cannot contain spaces.</source>
        <translation>Ett svarsalternativs namn får inte innehålla mellanslag.</translation>
    </message>
    <message>
        <source>The form needs a title.</source>
        <translation>Formuläret behöver en titel.</translation>
    </message>
    <message>
        <source>Question {n}: {problem}</source>
        <translation>Fråga {n}: {problem}</translation>
    </message>
    <message>
        <source>This question already has answers; its kind cannot change. Add a new question instead.</source>
        <translation>Frågan har redan svar; dess typ kan inte ändras. Lägg till en ny fråga i stället.</translation>
    </message>
    <message>
        <source>There is no question {id}.</source>
        <translation>Det finns ingen fråga med id {id}.</translation>
    </message>
    <message>
        <source>Several forms are called “{title}” (ids {ids}); give the id.</source>
        <translation>Flera formulär heter ”{title}” (id {ids}); ange id.</translation>
    </message>
    <message>
        <source>There is no evaluation form “{form}”.</source>
        <translation>Det finns inget utvärderingsformulär ”{form}”.</translation>
    </message>
    <message>
        <source>Give a whole number from {low} to {high}.</source>
        <translation>Ange ett heltal från {low} till {high}.</translation>
    </message>
    <message>
        <source>Give a number.</source>
        <translation>Ange ett tal.</translation>
    </message>
    <message>
        <source>Give a number of at least {low}.</source>
        <translation>Ange ett tal som är minst {low}.</translation>
    </message>
    <message>
        <source>Give a number of at most {high}.</source>
        <translation>Ange ett tal som är högst {high}.</translation>
    </message>
    <message>
        <source>Give a whole number.</source>
        <translation>Ange ett heltal.</translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation>Svara ja eller nej.</translation>
    </message>
    <message>
        <source>Pick one of the choices.</source>
        <translation>Välj ett av svarsalternativen.</translation>
    </message>
    <message>
        <source>“{name}” is not one of the choices.</source>
        <translation>”{name}” är inte ett av svarsalternativen.</translation>
    </message>
    <message>
        <source>Confirm with OK, or leave it blank.</source>
        <translation>Bekräfta med OK eller lämna tomt.</translation>
    </message>
    <message>
        <source>Put the choices in order, each once.</source>
        <translation>Ordna svarsalternativen, vart och ett en gång.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>Texten är för lång.</translation>
    </message>
    <message>
        <source>This is a heading; it takes no answer.</source>
        <translation>Det här är en rubrik; den ska inte besvaras.</translation>
    </message>
    <message>
        <source>Give it as {example}.</source>
        <translation>Ange det som {example}.</translation>
    </message>
    <message>
        <source>The form has no question “{name}”.</source>
        <translation>Formuläret har ingen fråga ”{name}”.</translation>
    </message>
    <message>
        <source>This question needs an answer.</source>
        <translation>Frågan måste besvaras.</translation>
    </message>
    <message>
        <source>Pick one of the choices offered.</source>
        <translation>Välj ett av de erbjudna svarsalternativen.</translation>
    </message>
    <message>
        <source>There is no response {id}.</source>
        <translation>Det finns inget svar med id {id}.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>There is no built-in form “{key}”.</source>
        <extracomment>The key of ``EvaluationForm.settings`` holding a built-in form&apos;s title in each language.</extracomment>
        <translation>Det finns inget inbyggt formulär ”{key}”.</translation>
    </message>
    <message>
        <source>This answer is not allowed here.</source>
        <extracomment>The logic keys that hold an expression (checked at import, evaluated here). Passes over the form: a calculation may use a later answer; two more settle nearly every form. Names of questions and groups that are relevant (asked). Answerable questions not asked (their relevance is false), in form order. Questions that need an answer now. Calculated values (calculate, hidden with a calculation), as text. Questions with a choice_filter: the names of the choices to offer. Violated constraints: question name -&gt; message in the respondent&apos;s language.</extracomment>
        <translation>Det här svaret är inte tillåtet här.</translation>
    </message>
</context>
<context>
    <name>EvaluationCommands</name>
    <message>
        <source>Add question</source>
        <translation>Lägg till fråga</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Redigera fråga</translation>
    </message>
    <message>
        <source>Move question</source>
        <translation>Flytta fråga</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Ta bort fråga</translation>
    </message>
    <message>
        <source>Enter response</source>
        <translation>För in svar</translation>
    </message>
    <message>
        <source>Change response {n}</source>
        <translation>Ändra svar {n}</translation>
    </message>
    <message>
        <source>Delete response {n}</source>
        <translation>Ta bort svar {n}</translation>
    </message>
</context>
<context>
    <name>EvaluationTab</name>
    <message>
        <source>Evaluation</source>
        <extracomment>Forms and responses changed by undo/redo or another view; the event&apos;s languages.</extracomment>
        <translation>Utvärdering</translation>
    </message>
    <message>
        <source>&amp;New form</source>
        <translation>&amp;Nytt formulär</translation>
    </message>
    <message>
        <source>Dialogue event evaluation (built in)</source>
        <translation>Utvärdering av dialogmöte (inbyggd)</translation>
    </message>
    <message>
        <source>Training seminar evaluation (built in)</source>
        <translation>Utvärdering av utbildningsseminarium (inbyggd)</translation>
    </message>
    <message>
        <source>Empty form</source>
        <translation>Tomt formulär</translation>
    </message>
    <message>
        <source>&amp;Import XLSForm…</source>
        <translation>Importera &amp;XLSForm…</translation>
    </message>
    <message>
        <source>&amp;Export as XLSForm…</source>
        <translation>&amp;Exportera som XLSForm…</translation>
    </message>
    <message>
        <source>&amp;Rename form…</source>
        <translation>&amp;Byt namn på formulär…</translation>
    </message>
    <message>
        <source>Form &amp;languages…</source>
        <translation>Formulärets &amp;språk…</translation>
    </message>
    <message>
        <source>&amp;Delete form…</source>
        <translation>&amp;Ta bort formulär…</translation>
    </message>
    <message>
        <source>Start &amp;kiosk…</source>
        <translation>Starta &amp;kiosk…</translation>
    </message>
    <message>
        <source>Start evaluation &amp;kiosk…</source>
        <translation>Starta utvärderings&amp;kiosk…</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Utformning</translation>
    </message>
    <message>
        <source>Enter paper forms</source>
        <translation>För in pappersformulär</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message numerus="yes">
        <source>{title} — %n question(s)</source>
        <translation>
            <numerusform>{title} – %n fråga</numerusform>
            <numerusform>{title} – %n frågor</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or create an event to evaluate it.</source>
        <translation>Öppna eller skapa ett evenemang för att utvärdera det.</translation>
    </message>
    <message>
        <source>This event has no evaluation form yet.

Create one with New form (the built-in dialogue-event evaluation is ready in five languages), or import the XLSForm your coordinator wrote.</source>
        <translation>Evenemanget har inget utvärderingsformulär ännu.

Skapa ett med Nytt formulär (den inbyggda utvärderingen av dialogmöten finns på fem språk) eller importera den XLSForm som din samordnare har skrivit.</translation>
    </message>
    <message>
        <source>No form created</source>
        <translation>Inget formulär skapades</translation>
    </message>
    <message>
        <source>New form</source>
        <translation>Nytt formulär</translation>
    </message>
    <message>
        <source>Title of the form:</source>
        <translation>Formulärets titel:</translation>
    </message>
    <message>
        <source>Import XLSForm</source>
        <translation>Importera XLSForm</translation>
    </message>
    <message>
        <source>XLSForm (*.xlsx *.xls)</source>
        <translation>XLSForm (*.xlsx *.xls)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Läser {file}…</translation>
    </message>
    <message>
        <source>Form not imported</source>
        <translation>Formuläret importerades inte</translation>
    </message>
    <message>
        <source>F&amp;orm:</source>
        <translation>&amp;Formulär:</translation>
    </message>
    <message>
        <source>Form actions</source>
        <translation>Formuläråtgärder</translation>
    </message>
    <message>
        <source>Export as XLSForm</source>
        <translation>Exportera som XLSForm</translation>
    </message>
    <message>
        <source>XLSForm (*.xlsx)</source>
        <translation>XLSForm (*.xlsx)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Inte exporterat</translation>
    </message>
    <message>
        <source>Rename form</source>
        <translation>Byt namn på formulär</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>Namnet ändrades inte</translation>
    </message>
    <message>
        <source>Form languages</source>
        <translation>Formulärets språk</translation>
    </message>
    <message>
        <source>Language codes the form is given in, the default first (e.g. et,ru,en):</source>
        <translation>Språkkoder som formuläret finns på, standardspråket först (t.ex. et,ru,en):</translation>
    </message>
    <message>
        <source>Languages not changed</source>
        <translation>Språken ändrades inte</translation>
    </message>
    <message>
        <source>Give two- or three-letter language codes separated by commas, such as et,ru,en.</source>
        <translation>Ange språkkoder med två eller tre bokstäver, åtskilda med kommatecken, till exempel et,ru,en.</translation>
    </message>
    <message>
        <source>Delete form</source>
        <translation>Ta bort formulär</translation>
    </message>
    <message numerus="yes">
        <source>Delete “{title}” with its %n response(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Ta bort ”{title}” med dess %n svar? Det kan inte ångras.</numerusform>
            <numerusform>Ta bort ”{title}” med dess %n svar? Det kan inte ångras.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <extracomment>The countries these events are held in come first in the list; the rest follow by name.</extracomment>
        <translation>Redigera evenemang</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nytt evenemang</translation>
    </message>
    <message>
        <source>Chatham House rule: notes and exports never say who said what</source>
        <translation>Chatham House-regeln: anteckningar och exporter anger aldrig vem som sa vad</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Börjar</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Slutar</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Plats</translation>
    </message>
    <message>
        <source>O&amp;rganiser</source>
        <translation>&amp;Arrangör</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>Sp&amp;råk</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>B&amp;eskrivning</translation>
    </message>
</context>
<context>
    <name>EventTab</name>
    <message>
        <source>Undone: {edit}</source>
        <extracomment>The changes made elsewhere that this tab shows and must refresh for.</extracomment>
        <translation>Ångrat: {edit}</translation>
    </message>
    <message>
        <source>Redone: {edit}</source>
        <translation>Gjort om: {edit}</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>The event needs a title.</source>
        <extracomment>Longest event accepted; a longer span is almost always a mistyped year.</extracomment>
        <translation>Evenemanget behöver en titel.</translation>
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation>Evenemanget kan inte sluta innan det börjar.</translation>
    </message>
    <message numerus="yes">
        <source>An event can last at most %n day(s).</source>
        <translation>
            <numerusform>Ett evenemang kan pågå i högst %n dag.</numerusform>
            <numerusform>Ett evenemang kan pågå i högst %n dagar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The country is a two-letter code such as EE, LV or SE.</source>
        <translation>Landet anges med en kod på två bokstäver, till exempel EE, LV eller SE.</translation>
    </message>
    <message>
        <source>There is no event {id}.</source>
        <translation>Det finns inget evenemang med id {id}.</translation>
    </message>
    <message>
        <source>More than one event matches “{ref}”; use its id.</source>
        <translation>Flera evenemang matchar ”{ref}”; använd evenemangets id.</translation>
    </message>
    <message>
        <source>There is no event “{ref}”.</source>
        <translation>Det finns inget evenemang ”{ref}”.</translation>
    </message>
</context>
<context>
    <name>ExercisePanel</name>
    <message>
        <source>Exercises</source>
        <extracomment>Exercises done on this event: once ticked, an exercise stays ticked (reopening the event or a moment between two writes of an export does not take it back). What the list shows now, so an unchanged state does not rebuild it.</extracomment>
        <translation>Övningar</translation>
    </message>
    <message>
        <source>Work through these on the practice event. Each ticks itself off when done.</source>
        <translation>Gör övningarna i övningsevenemanget. Varje övning bockas av automatiskt när den är klar.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>inte klar än</translation>
    </message>
    <message>
        <source>All exercises done. Well done! Reset practice (File menu) to go through them again, or leave practice mode for your real events.</source>
        <translation>Alla övningar är klara. Bra jobbat! Återställ övningen (menyn Arkiv) för att göra dem igen, eller lämna övningsläget för dina riktiga evenemang.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Exporten avbröts; ingenting skrevs.</translation>
    </message>
    <message>
        <source>The disk is full, so {path} could not be written. Free some space or choose another folder; any older file was left as it was.</source>
        <extracomment>progress(done, total): called between steps of slow work; raises Cancelled (ExportCancelled in an export) once the user stopped it. The one progress type of imports, exports and the runner.</extracomment>
        <translation>Disken är full, så {path} kunde inte skrivas. Frigör utrymme eller välj en annan mapp; en eventuell äldre fil lämnades orörd.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. Choose another folder; nothing was written.</source>
        <translation>Mappen {folder} är skrivskyddad. Välj en annan mapp; ingenting skrevs.</translation>
    </message>
    <message>
        <source>{path} is open in another program (Excel, LibreOffice or a PDF viewer) or is protected. Close it there and try again; the older file was left as it was.</source>
        <translation>{path} är öppen i ett annat program (Excel, LibreOffice eller en PDF-läsare) eller är skyddad. Stäng den där och försök igen; den äldre filen lämnades orörd.</translation>
    </message>
    <message>
        <source>The file name {path} is too long; choose a shorter one.</source>
        <translation>Filnamnet {path} är för långt; välj ett kortare.</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}); any older file was left as it was.</source>
        <translation>{path} kunde inte skrivas ({reason}); en eventuell äldre fil lämnades orörd.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name.</source>
        <translation>{path} är en mapp; välj ett filnamn.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Create it or choose another folder.</source>
        <translation>Mappen {folder} finns inte. Skapa den eller välj en annan mapp.</translation>
    </message>
    <message>
        <source>{path} is open in another program (Excel or LibreOffice). Close it there and try again; the older file was left as it was.</source>
        <translation>{path} är öppen i ett annat program (Excel eller LibreOffice). Stäng den där och försök igen; den äldre filen lämnades orörd.</translation>
    </message>
    <message>
        <source>The export folder {folder} could not be created ({reason}). Choose another export folder.</source>
        <extracomment>Why there is no PDF (&quot;&quot; when there is one).</extracomment>
        <translation>Exportmappen {folder} kunde inte skapas ({reason}). Välj en annan exportmapp.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export &amp;workbook…</source>
        <translation>Exportera ar&amp;betsbok…</translation>
    </message>
    <message>
        <source>Export &amp;PDF summary…</source>
        <translation>Exportera &amp;PDF-sammanfattning…</translation>
    </message>
    <message>
        <source>&amp;Compare events…</source>
        <translation>&amp;Jämför evenemang…</translation>
    </message>
    <message>
        <source>C&amp;lose event and export…</source>
        <translation>Av&amp;sluta evenemanget och exportera…</translation>
    </message>
    <message>
        <source>&amp;Reopen event</source>
        <translation>&amp;Öppna evenemanget igen</translation>
    </message>
    <message>
        <source>Write the coordinator&apos;s workbook of this event</source>
        <translation>Skriv samordnarens arbetsbok för det här evenemanget</translation>
    </message>
    <message>
        <source>Write workbook and PDF into the export folder and mark the event closed</source>
        <translation>Skriv arbetsbok och PDF till exportmappen och markera evenemanget som avslutat</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporterar</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Skriver {name}…</translation>
    </message>
    <message>
        <source>There are no events to compare yet.</source>
        <translation>Det finns inga evenemang att jämföra ännu.</translation>
    </message>
    <message>
        <source>Comparison of events</source>
        <translation>Jämförelse av evenemang</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n event(s)…</source>
        <translation>
            <numerusform>Jämför %n evenemang…</numerusform>
            <numerusform>Jämför %n evenemang…</numerusform>
        </translation>
    </message>
    <message>
        <source>Closing “{title}”…</source>
        <translation>Avslutar ”{title}”…</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Skrivet: {path}</translation>
    </message>
    <message>
        <source>The event is closed. Written into {folder}:</source>
        <translation>Evenemanget är avslutat. Skrivet till {folder}:</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Exporten avbröts</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Exporten avbröts; ingenting skrevs.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Öppna &amp;mapp</translation>
    </message>
    <message>
        <source>“{title}” is still running: closing ends it now.</source>
        <translation>”{title}” pågår fortfarande: när du avslutar evenemanget avslutas den nu.</translation>
    </message>
    <message>
        <source>The event is planned until {date}: you are closing it before its last day.</source>
        <translation>Evenemanget är planerat till och med {date}: du avslutar det före sista dagen.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export PDF summary</source>
        <extracomment>Dark amber text: a caution, not an error (7.4:1 on the dialog&apos;s grey, WCAG AA).</extracomment>
        <translation>Exportera PDF-sammanfattning</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>Exportera arbetsbok</translation>
    </message>
    <message>
        <source>Export “{title}”.</source>
        <translation>Exportera ”{title}”.</translation>
    </message>
    <message>
        <source>&amp;Pseudonymise: participants as codes P001…, no names, e-mails or phone numbers</source>
        <translation>&amp;Pseudonymisera: deltagarna som koder P001…, inga namn, e-postadresser eller telefonnummer</translation>
    </message>
    <message>
        <source>Add language-independent &amp;codes (groups, channels, yes/no, choices), so workbooks in several languages can be combined</source>
        <translation>Lägg till språkoberoende &amp;koder (grupper, kanaler, ja/nej, svarsalternativ) så att arbetsböcker på flera språk kan slås samman</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fil att skriva</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation>Ge filen ett namn.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Mappen {folder} finns inte.</translation>
    </message>
</context>
<context>
    <name>FormDesigner</name>
    <message>
        <source>&amp;Add question (Ins)</source>
        <translation>&amp;Lägg till fråga (Ins)</translation>
    </message>
    <message>
        <source>Ed&amp;it (Enter)</source>
        <translation>Redi&amp;gera (Enter)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytta ne&amp;d</translation>
    </message>
    <message>
        <source>&amp;Delete (Del)</source>
        <translation>&amp;Ta bort (Del)</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>Preview as a respondent sees it, in:</source>
        <translation>Förhandsgranska så som svaranden ser formuläret, på:</translation>
    </message>
    <message>
        <source>The form has no questions yet.</source>
        <translation>Formuläret har inga frågor ännu.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Inte ändrat</translation>
    </message>
    <message>
        <source>Kind not changed</source>
        <translation>Typen ändrades inte</translation>
    </message>
    <message>
        <source>This form already has responses, so a question cannot change its kind. Add a new question instead.</source>
        <translation>Formuläret har redan svar, så en fråga kan inte byta typ. Lägg till en ny fråga i stället.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{file}: there is no such file.</source>
        <extracomment>Unpacked size of all parts of a workbook, and of any part the reader holds in memory whole. Cells the reader may look at, blank ones included (a row of styled cells counts them all).</extracomment>
        <translation>{file}: filen finns inte.</translation>
    </message>
    <message>
        <source>{file}: the file is empty.</source>
        <translation>{file}: filen är tom.</translation>
    </message>
    <message>
        <source>{file}: the file is too large to be a list ({size} MB; at most {limit} MB).</source>
        <translation>{file}: filen är för stor för att vara en lista ({size} MB; högst {limit} MB).</translation>
    </message>
    <message>
        <source>{file}: this kind of spreadsheet cannot be read; save it as .xlsx or .csv first.</source>
        <translation>{file}: den här typen av kalkylblad kan inte läsas; spara det först som .xlsx eller .csv.</translation>
    </message>
    <message>
        <source>{file}: only .xlsx and .csv files can be imported.</source>
        <translation>{file}: bara .xlsx- och .csv-filer kan importeras.</translation>
    </message>
    <message>
        <source>{file}: there is no header row.</source>
        <translation>{file}: rubrikrad saknas.</translation>
    </message>
    <message>
        <source>{file}: row {row} cannot be read as CSV ({reason}).</source>
        <extracomment>physical line -&gt; row number, to name the rows of lines in another encoding</extracomment>
        <translation>{file}: rad {row} kan inte läsas som CSV ({reason}).</translation>
    </message>
    <message>
        <source>Rows {rows} are not in UTF-8 like the rest of the file; they were read as {encoding}. Check their names and letters.</source>
        <translation>Rad(er) {rows} är inte i UTF-8 som resten av filen; de lästes som {encoding}. Kontrollera namnen och bokstäverna i dem.</translation>
    </message>
    <message>
        <source>{file}: this is not a readable .xlsx workbook ({reason}).</source>
        <translation>{file}: det här är ingen läsbar .xlsx-arbetsbok ({reason}).</translation>
    </message>
    <message>
        <source>{file}: the workbook unpacks to {size} MB, too much for a list; save the sheet as .csv and import that.</source>
        <translation>{file}: arbetsboken packas upp till {size} MB, vilket är för mycket för en lista; spara bladet som .csv och importera det.</translation>
    </message>
    <message>
        <source>{file}: there is no sheet “{sheet}”.</source>
        <translation>{file}: bladet ”{sheet}” finns inte.</translation>
    </message>
    <message>
        <source>{file}: the sheet has more cells than a list can have; delete the empty formatted rows and columns, or save it as .csv.</source>
        <translation>{file}: bladet har fler celler än en lista kan ha; ta bort de tomma formaterade raderna och kolumnerna eller spara det som .csv.</translation>
    </message>
    <message>
        <source>{file}: this is not a text file.</source>
        <translation>{file}: det här är ingen textfil.</translation>
    </message>
    <message>
        <source>{file}: row {row} has {count} columns; a list has at most {limit}.</source>
        <extracomment>Excel&apos;s own limit for the text of one cell. After this many blank rows following the data, the rest of a sheet is formatting only. (row number in the file, 1-based as a spreadsheet shows it; cell values as strings). Rows are not padded: a row may be shorter than the headers. What reading changed or noticed (rows in another encoding, characters removed). The sheets of a workbook, for telling what kind of file it is. The row number of the header row. Cells holding a formula saved without its value (read as empty): row -&gt; column -&gt; formula.</extracomment>
        <translation>{file}: rad {row} har {count} kolumner; en lista har högst {limit}.</translation>
    </message>
    <message>
        <source>{file}: the file has more than {limit} rows; split it into smaller lists.</source>
        <translation>{file}: filen har fler än {limit} rader; dela upp den i mindre listor.</translation>
    </message>
    <message>
        <source>{file}: the cell in row {row}, column {column} holds {count} characters; a cell has at most {limit}.</source>
        <translation>{file}: cellen på rad {row}, kolumn {column} innehåller {count} tecken; en cell rymmer högst {limit}.</translation>
    </message>
    <message>
        <source>{file}: the file has no rows.</source>
        <translation>{file}: filen innehåller inga rader.</translation>
    </message>
    <message>
        <source>Rows {rows}: invisible control characters were removed from the text.</source>
        <translation>Rad(er) {rows}: osynliga styrtecken togs bort från texten.</translation>
    </message>
    <message>
        <source>first name</source>
        <extracomment>A column is of a kind when this share of its filled cells is. Two kinds closer than this in one column cannot be told apart (country or language codes). Field names as notes quote them (nominative, so any language can quote them).</extracomment>
        <translation>förnamn</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>efternamn</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>fullständigt namn</translation>
    </message>
    <message>
        <source>full name, last name first</source>
        <translation>fullständigt namn, efternamnet först</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <source>preferred language</source>
        <translation>föredraget språk</translation>
    </message>
    <message>
        <source>stakeholder group</source>
        <translation>intressentgrupp</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <extracomment>What a column holds, for the message when no names are found.</extracomment>
        <translation>e-postadresser</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>telefonnummer</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>länder</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>språk</translation>
    </message>
    <message>
        <source>yes/no answers</source>
        <translation>ja/nej-svar</translation>
    </message>
    <message>
        <source>stakeholder groups</source>
        <translation>intressentgrupper</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organisationer</translation>
    </message>
    <message>
        <source>values of two kinds</source>
        <translation>värden av två slag</translation>
    </message>
    <message>
        <source>text that does not look like names</source>
        <translation>text som inte ser ut som namn</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>Column {letter}</source>
        <translation>Kolumn {letter}</translation>
    </message>
    <message>
        <source>The file has no header row: every row is read as a person, the columns by what they hold. Check the column choices.</source>
        <translation>Filen har ingen rubrikrad: varje rad läses som en person och kolumnerna efter vad de innehåller. Kontrollera kolumnvalen.</translation>
    </message>
    <message>
        <source>column {column}: {holds}</source>
        <extracomment>What was decided, as (column, note) in column order. Columns left out with a note of their own (dates, yes/no, two kinds, a weaker rival). Column -&gt; what it was found to hold (a key of ``_HOLDS``), for the refusal.</extracomment>
        <translation>kolumn {column}: {holds}</translation>
    </message>
    <message>
        <source>{file}: the file has no header row, and no column holds names by its values ({columns}). Add a header row (for example “First name”, “Last name”, “E-mail”), or choose the name column in the column choices (--map “Column A=full_name” on the command line).</source>
        <translation>{file}: filen har ingen rubrikrad, och ingen kolumn innehåller namn att döma av värdena ({columns}). Lägg till en rubrikrad (till exempel ”Förnamn”, ”Efternamn”, ”E-post”) eller välj namnkolumnen i kolumnvalen (--map ”Kolumn A=full_name” på kommandoraden).</translation>
    </message>
    <message>
        <source>No header row: column {column} is taken as “{field}” from its values.</source>
        <translation>Ingen rubrikrad: kolumn {column} tolkas som ”{field}” utifrån värdena.</translation>
    </message>
    <message>
        <source>No header row: column {weaker} could also be “{field}”, but column {taken} fits better; column {weaker} was not imported.</source>
        <translation>Ingen rubrikrad: kolumn {weaker} kan också vara ”{field}”, men kolumn {taken} passar bättre; kolumn {weaker} importerades inte.</translation>
    </message>
    <message>
        <source>No header row: the values of column {column} fit two kinds (such as country and language codes) and cannot be told apart; it was not imported. Choose what it holds if it matters.</source>
        <translation>Ingen rubrikrad: värdena i kolumn {column} passar två slag (till exempel lands- och språkkoder) och kan inte skiljas åt; kolumnen importerades inte. Välj vad den innehåller om det spelar roll.</translation>
    </message>
    <message>
        <source>No header row: column {column} holds dates (perhaps when each person registered); a participant has no such detail, so it was not imported.</source>
        <translation>Ingen rubrikrad: kolumn {column} innehåller datum (kanske när var och en anmälde sig); en deltagare har ingen sådan uppgift, så kolumnen importerades inte.</translation>
    </message>
    <message>
        <source>No header row: column {column} holds yes/no answers, but which consent they record cannot be told from the values; it was not imported. Choose the consent it records in the column choices (or --map “Column {column}=consent_photos”, consent_listed or consent_contact on the command line).</source>
        <translation>Ingen rubrikrad: kolumn {column} innehåller ja/nej-svar, men vilket samtycke de gäller går inte att se av värdena; kolumnen importerades inte. Välj samtycket i kolumnvalen (eller --map ”Kolumn {column}=consent_photos”, consent_listed eller consent_contact på kommandoraden).</translation>
    </message>
    <message>
        <source>No header row: nothing in columns {first} and {last} tells first names from last names, so they are read in the usual order; swap them in the column choices if the list writes the last name first.</source>
        <translation>Ingen rubrikrad: inget i kolumnerna {first} och {last} skiljer förnamn från efternamn, så de läses i vanlig ordning; byt plats på dem i kolumnvalen om listan skriver efternamnet först.</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <extracomment>Rows below the first that may hold the real header (a report&apos;s title block above it). Longest list of headers a message spells out. Folded words in front of the real name of a column, as forms and ticketing tools add them. Headers of the columns with a header that are not imported, in file order.</extracomment>
        <translation>och {n} till</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) not recognised and not imported: {headers}.</source>
        <translation>
            <numerusform>%n kolumn kändes inte igen och importerades inte: {headers}.</numerusform>
            <numerusform>%n kolumner kändes inte igen och importerades inte: {headers}.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{option}” is not of the form “Header=field”.</source>
        <translation>”{option}” har inte formen ”Rubrik=fält”.</translation>
    </message>
    <message>
        <source>There is no column “{header}”; the columns are: {headers}.</source>
        <translation>Det finns ingen kolumn ”{header}”; kolumnerna är: {headers}.</translation>
    </message>
    <message>
        <source>“{field}” is not a field; the fields are: {fields}.</source>
        <translation>”{field}” är inget fält; fälten är: {fields}.</translation>
    </message>
    <message>
        <source>The column headers are in row {row}; the {count} row(s) above them were not imported.</source>
        <translation>Kolumnrubrikerna finns på rad {row}; raderna ovanför dem importerades inte (antal: {count}).</translation>
    </message>
    <message>
        <source>{file}: no column was recognised for: {fields}. The columns in the file are: {headers}. Rename a column, or choose what it holds (--map “Header=field” on the command line).</source>
        <translation>{file}: ingen kolumn kändes igen för: {fields}. Kolumnerna i filen är: {headers}. Byt namn på en kolumn eller välj vad den innehåller (--map ”Rubrik=fält” på kommandoraden).</translation>
    </message>
    <message>
        <source>It looks like an XLSForm (a form definition with a “survey” sheet); import it as an evaluation form instead.</source>
        <translation>Det ser ut som en XLSForm (en formulärdefinition med bladet ”survey”); importera den som utvärderingsformulär i stället.</translation>
    </message>
    <message>
        <source>It looks like a pivot table (a summary with totals), not a list with one row per entry; import the list the pivot table was made from.</source>
        <translation>Det ser ut som en pivottabell (en sammanställning med summor), inte en lista med en rad per post; importera listan som pivottabellen skapades från.</translation>
    </message>
    <message>
        <source>The {column} cell holds a formula ({formula}) with no value; it was left empty.</source>
        <translation>Cellen i kolumnen {column} innehåller en formel ({formula}) utan värde; den lämnades tom.</translation>
    </message>
    <message>
        <source>Row {row}: the {column} cell holds a formula ({formula}) with no value; it was left empty.</source>
        <translation>Rad {row}: cellen i kolumnen {column} innehåller en formel ({formula}) utan värde; den lämnades tom.</translation>
    </message>
    <message numerus="yes">
        <source>Rows {rows}: formulas with no value left %n other cell(s) empty.</source>
        <translation>
            <numerusform>Rad(er) {rows}: ytterligare %n cell lämnades tom eftersom dess formel saknar värde.</numerusform>
            <numerusform>Rad(er) {rows}: ytterligare %n celler lämnades tomma eftersom deras formler saknar värde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows {rows}: formulas with no value left %n cell(s) empty.</source>
        <translation>
            <numerusform>Rad(er) {rows}: %n cell lämnades tom eftersom dess formel saknar värde.</numerusform>
            <numerusform>Rad(er) {rows}: %n celler lämnades tomma eftersom deras formler saknar värde.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was saved without calculating its formulas. To import their values, open it in Excel or LibreOffice, recalculate (Ctrl+Shift+F9), save it and import it again.</source>
        <translation>Filen sparades utan att formlerna beräknades. Om du vill importera värdena öppnar du filen i Excel eller LibreOffice, räknar om (Ctrl+Skift+F9), sparar den och importerar den igen.</translation>
    </message>
</context>
<context>
    <name>ImportAgendaDialog</name>
    <message>
        <source>Import agenda — {file}</source>
        <translation>Importera program – {file}</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Filens kolumner</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Rader att importera</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Replace the current agenda (%n item(s)) instead of adding to it</source>
        <translation>
            <numerusform>&amp;Ersätt det nuvarande programmet (%n programpunkt) i stället för att lägga till</numerusform>
            <numerusform>&amp;Ersätt det nuvarande programmet (%n programpunkter) i stället för att lägga till</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes about the file</source>
        <extracomment>What reading noticed and which columns are not imported.</extracomment>
        <translation>Anmärkningar om filen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Facilitator(s)</source>
        <translation>Samtalsledare</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>The file&apos;s dates ({first} to {last}) are not all days of this event ({start} to {end}).</source>
        <translation>Några datum i filen ({first}–{last}) ligger utanför evenemangets dagar ({start}–{end}).</translation>
    </message>
    <message>
        <source>&amp;Move the dates: the file&apos;s first day ({first}) becomes the event&apos;s first day ({start})</source>
        <translation>&amp;Flytta datumen: filens första dag ({first}) blir evenemangets första dag ({start})</translation>
    </message>
    <message>
        <source>&amp;Keep the dates as they are (the items are flagged as outside the event)</source>
        <translation>&amp;Behåll datumen som de är (programpunkterna markeras som utanför evenemanget)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) will be imported.</source>
        <translation>
            <numerusform>%n programpunkt importeras.</numerusform>
            <numerusform>%n programpunkter importeras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported until every row is right. Fix the file (or the columns above) and try again.</source>
        <translation>Ingenting kan importeras förrän alla rader är korrekta. Rätta filen (eller kolumnerna ovan) och försök igen.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Full name (first last)</source>
        <translation>Fullständigt namn (förnamn efternamn)</translation>
    </message>
    <message>
        <source>Full name (last first)</source>
        <translation>Fullständigt namn (efternamn förnamn)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Intressentgrupp</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Önskat språk</translation>
    </message>
    <message>
        <source>Consent: may be listed</source>
        <translation>Samtycke: får listas</translation>
    </message>
    <message>
        <source>Consent: photos</source>
        <translation>Samtycke: foton</translation>
    </message>
    <message>
        <source>Consent: contact afterwards</source>
        <translation>Samtycke: kontakt efteråt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Import registration list — {file}</source>
        <translation>Importera anmälningslista – {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeat a person of an earlier row (a report lists every join) and are merged, not imported twice.</source>
        <translation>
            <numerusform>%n rad upprepar en person från en tidigare rad (en rapport visar varje sammanslagning) och slås ihop i stället för att importeras två gånger.</numerusform>
            <numerusform>%n rader upprepar en person från en tidigare rad (en rapport visar varje sammanslagning) och slås ihop i stället för att importeras två gånger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column in the file</source>
        <extracomment>How many rows the &quot;First values&quot; column samples.</extracomment>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importeras som</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Första värdena</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Kolumnmatchning</translation>
    </message>
    <message>
        <source>Not recognised: this column is not imported unless you choose a field.</source>
        <translation>Känns inte igen: kolumnen importeras inte om du inte väljer ett fält.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation / e-mail</source>
        <translation>Organisation / e-post</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Preview of the rows</source>
        <translation>Förhandsgranskning av raderna</translation>
    </message>
    <message>
        <source>Merge duplicates: add their new details</source>
        <translation>Slå ihop dubbletter: lägg till nya uppgifter</translation>
    </message>
    <message>
        <source>Skip duplicates: keep what is there</source>
        <translation>Hoppa över dubbletter: behåll det som finns</translation>
    </message>
    <message>
        <source>Import only the valid rows</source>
        <translation>Importera bara giltiga rader</translation>
    </message>
    <message>
        <source>&amp;Duplicates:</source>
        <translation>&amp;Dubbletter:</translation>
    </message>
    <message>
        <source>(column {number} without a header)</source>
        <translation>(kolumn {number} utan rubrik)</translation>
    </message>
    <message>
        <source>Import column {column} as</source>
        <translation>Importera kolumn {column} som</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(importeras inte)</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n data row(s)</source>
        <translation>
            <numerusform>{file}: %n datarad</numerusform>
            <numerusform>{file}: %n datarader</numerusform>
        </translation>
    </message>
    <message>
        <source>text encoding {encoding}, separator “{separator}”</source>
        <translation>teckenkodning {encoding}, avgränsare ”{separator}”</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n ny</numerusform>
            <numerusform>%n nya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged into existing entries</source>
        <translation>
            <numerusform>%n sammanslagen med befintliga poster</numerusform>
            <numerusform>%n sammanslagna med befintliga poster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped as duplicates</source>
        <translation>
            <numerusform>%n överhoppad som dubblett</numerusform>
            <numerusform>%n överhoppade som dubbletter</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Kontrollerar {name}…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Slå ihop</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Kan inte importeras</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Form imported</source>
        <translation>Formuläret har importerats</translation>
    </message>
    <message numerus="yes">
        <source>{file} was imported. %n part(s) of it could not be taken over:</source>
        <translation>
            <numerusform>{file} har importerats. %n del av den kunde inte tas över:</numerusform>
            <numerusform>{file} har importerats. %n delar av den kunde inte tas över:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Edit agenda item</source>
        <translation>Redigera programpunkt</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Ny programpunkt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Namn, åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>&amp;Fixed time: keep this time when earlier items change</source>
        <translation>&amp;Fast tid: behåll tiden när tidigare programpunkter ändras</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Dag:</translation>
    </message>
    <message>
        <source>&amp;Start – end:</source>
        <translation>&amp;Start – slut:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>F&amp;acilitator(s):</source>
        <translation>Sa&amp;mtalsledare:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Lokal:</translation>
    </message>
    <message>
        <source>Descri&amp;ption / goal:</source>
        <translation>&amp;Beskrivning / mål:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Sluttid</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Längd i minuter</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Changing it moves the end time.</source>
        <translation>Om du ändrar den flyttas sluttiden.</translation>
    </message>
    <message>
        <source>A fixed item keeps its time when earlier items change length.</source>
        <translation>En programpunkt med fast tid behåller sin tid när tidigare punkter ändrar längd.</translation>
    </message>
    <message>
        <source>Published plan: {day}, {start}–{end}. Changes here move the expected times; the published plan stays as it was announced.</source>
        <translation>Publicerad plan: {day}, {start}–{end}. Ändringar här flyttar de väntade tiderna; den publicerade planen förblir som den meddelades.</translation>
    </message>
</context>
<context>
    <name>KeyboardHelp</name>
    <message>
        <source>Everywhere</source>
        <translation>Överallt</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Incheckning</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Paper forms and kiosk</source>
        <translation>Pappersformulär och kiosk</translation>
    </message>
    <message>
        <source>Agenda, Check-in, Notes, Evaluation</source>
        <translation>Program, Incheckning, Anteckningar, Utvärdering</translation>
    </message>
    <message>
        <source>Search on the current tab</source>
        <translation>Sök på den aktuella fliken</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nytt evenemang</translation>
    </message>
    <message>
        <source>Edit the event</source>
        <translation>Redigera evenemanget</translation>
    </message>
    <message>
        <source>Undo the last edit (its name is in the Edit menu)</source>
        <translation>Ångra den senaste ändringen (dess namn står i menyn Redigera)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Start the next agenda item</source>
        <translation>Starta nästa programpunkt</translation>
    </message>
    <message>
        <source>Stop the running agenda item</source>
        <translation>Stoppa den pågående programpunkten</translation>
    </message>
    <message>
        <source>Export the event workbook</source>
        <translation>Exportera evenemangets arbetsbok</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Den här listan</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Letters, then Enter</source>
        <translation>Bokstäver, sedan Enter</translation>
    </message>
    <message>
        <source>Check in the only person matching; when several match, a numbered list opens</source>
        <translation>Checka in den enda personen som matchar; om flera matchar öppnas en numrerad lista</translation>
    </message>
    <message>
        <source>Check in that person from the numbered list</source>
        <translation>Checka in den personen från den numrerade listan</translation>
    </message>
    <message>
        <source>Arrow keys, Page Up/Down</source>
        <translation>Piltangenter, Page Up/Down</translation>
    </message>
    <message>
        <source>Move through the list; Enter checks in</source>
        <translation>Flytta i listan; Enter checkar in</translation>
    </message>
    <message>
        <source>Close the numbered list, or clear the search</source>
        <translation>Stäng den numrerade listan eller töm sökningen</translation>
    </message>
    <message>
        <source>Add a walk-in (from what was typed)</source>
        <translation>Lägg till en oanmäld deltagare (utifrån det som skrevs)</translation>
    </message>
    <message>
        <source>Edit the highlighted participant</source>
        <translation>Redigera den markerade deltagaren</translation>
    </message>
    <message>
        <source>Delete the selected participants</source>
        <translation>Ta bort de markerade deltagarna</translation>
    </message>
    <message>
        <source>Add an agenda item</source>
        <translation>Lägg till en programpunkt</translation>
    </message>
    <message>
        <source>Duplicate the item</source>
        <translation>Duplicera programpunkten</translation>
    </message>
    <message>
        <source>Move the item</source>
        <translation>Flytta programpunkten</translation>
    </message>
    <message>
        <source>Enter actual times</source>
        <translation>För in faktiska tider</translation>
    </message>
    <message>
        <source>Previous or next day</source>
        <translation>Föregående eller nästa dag</translation>
    </message>
    <message>
        <source>Kind of note</source>
        <translation>Typ av anteckning</translation>
    </message>
    <message>
        <source>Save the note and start the next</source>
        <translation>Spara anteckningen och börja på nästa</translation>
    </message>
    <message>
        <source>Answer the question (a rating moves on to the next question)</source>
        <translation>Svara på frågan (efter ett betyg går det vidare till nästa fråga)</translation>
    </message>
    <message>
        <source>Save the paper form and open a blank one</source>
        <translation>Spara pappersformuläret och öppna ett tomt</translation>
    </message>
    <message>
        <source>Previous or next response already entered</source>
        <translation>Föregående eller nästa svar som redan har förts in</translation>
    </message>
    <message>
        <source>Start the evaluation kiosk</source>
        <translation>Starta utvärderingskiosken</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Vad den gör</translation>
    </message>
    <message>
        <source>Where each key works, the key, and what it does</source>
        <translation>Var varje tangent fungerar, tangenten och vad den gör</translation>
    </message>
</context>
<context>
    <name>KioskSetupDialog</name>
    <message>
        <source>Start kiosk</source>
        <translation>Starta kiosk</translation>
    </message>
    <message>
        <source>Participants will answer “{form}” full screen. Nothing else of the app can be reached until this PIN is typed.</source>
        <translation>Deltagarna besvarar ”{form}” i helskärm. Inget annat i appen kan nås förrän den här PIN-koden har angetts.</translation>
    </message>
    <message>
        <source>&amp;PIN (at least 4 digits):</source>
        <translation>&amp;PIN-kod (minst 4 siffror):</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>PIN-kod &amp;igen:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kod</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN-kod igen</translation>
    </message>
    <message>
        <source>&amp;One question (or group) per page, with Back and Next</source>
        <translation>&amp;En fråga (eller grupp) per sida, med Tillbaka och Nästa</translation>
    </message>
    <message>
        <source>The PIN is at least 4 digits.</source>
        <translation>PIN-koden måste ha minst 4 siffror.</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>PIN-koderna skiljer sig åt; skriv samma PIN-kod två gånger.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Facilitator</source>
        <extracomment>How often the kiosk checks that it is still shown full screen on top (a window manager can iconify it, send it to another desktop, or show the desktop).</extracomment>
        <translation>Samtalsledare</translation>
    </message>
    <message>
        <source>Facilitator: leave the kiosk with the PIN</source>
        <translation>Samtalsledare: lämna kiosken med PIN-koden</translation>
    </message>
    <message>
        <source>Facilitator PIN to leave the kiosk:</source>
        <extracomment>A form left half-filled is cleared for the next person after a while.</extracomment>
        <translation>Samtalsledarens PIN-kod för att lämna kiosken:</translation>
    </message>
    <message>
        <source>Facilitator PIN</source>
        <translation>Samtalsledarens PIN-kod</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Tillbaka till formuläret</translation>
    </message>
    <message>
        <source>Leave kiosk</source>
        <translation>Lämna kiosken</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Please tell the facilitator.</source>
        <translation>Inte sparat: {reason}. Säg till samtalsledaren.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again in a minute.</source>
        <translation>För många felaktiga PIN-koder: försök igen om en minut.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Try again in %n second(s).</source>
        <translation>
            <numerusform>Fel PIN-kod. Försök igen om %n sekund.</numerusform>
            <numerusform>Fel PIN-kod. Försök igen om %n sekunder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Dialogue event</source>
        <translation>Dialogmöte</translation>
    </message>
    <message>
        <source>Training seminar</source>
        <translation>Utbildningsseminarium</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plenum</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panelsamtal</translation>
    </message>
    <message>
        <source>Group discussion</source>
        <translation>Gruppdiskussion</translation>
    </message>
    <message>
        <source>World café</source>
        <translation>Världscafé</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Paus</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Nätverkande</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation>Myndighet eller kommun</translation>
    </message>
    <message>
        <source>Immigrant or ethnic-minority association</source>
        <translation>Invandrar- eller minoritetsförening</translation>
    </message>
    <message>
        <source>Consultative body</source>
        <translation>Rådgivande organ</translation>
    </message>
    <message>
        <source>Research institution</source>
        <translation>Forskningsinstitution</translation>
    </message>
    <message>
        <source>NGO / civil society</source>
        <translation>Ideell organisation / civilsamhälle</translation>
    </message>
    <message>
        <source>Other stakeholder</source>
        <translation>Annan intressent</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Vid entrén</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Oanmäld</translation>
    </message>
    <message>
        <source>Paper list</source>
        <translation>Papperslista</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Key point</source>
        <translation>Huvudpunkt</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Betygsskala</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Enkelval</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Flerval</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Ja / nej</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>Short text</source>
        <translation>Kort text</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>Lång text</translation>
    </message>
    <message>
        <source>Section heading</source>
        <translation>Avsnittsrubrik</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum och tid</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Bekräftelse</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangordning</translation>
    </message>
    <message>
        <source>Calculated (not shown)</source>
        <translation>Beräknad (visas inte)</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papper</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>LaptopNameDialog</name>
    <message>
        <source>Name this laptop</source>
        <translation>Namnge den här datorn</translation>
    </message>
    <message>
        <source>The other laptops and the coordinator&apos;s workbook show this name beside everything recorded here. Choose one people will recognise, for example “Door 2” or “Kiosk”.</source>
        <translation>De andra datorerna och samordnarens arbetsbok visar det här namnet bredvid allt som registreras här. Välj ett namn som folk känner igen, till exempel ”Entré 2” eller ”Kiosk”.</translation>
    </message>
    <message>
        <source>For example: Door 2</source>
        <translation>Till exempel: Entré 2</translation>
    </message>
    <message>
        <source>This laptop&apos;s name</source>
        <translation>Den här datorns namn</translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation>Använd det här namnet</translation>
    </message>
    <message>
        <source>Keep “{name}”</source>
        <translation>Behåll ”{name}”</translation>
    </message>
    <message>
        <source>Another laptop of this event is already called “{name}”. Choose a name only this laptop has, so the workbook can tell them apart.</source>
        <translation>En annan dator i det här evenemanget heter redan ”{name}”. Välj ett namn som bara den här datorn har, så att arbetsboken kan skilja dem åt.</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>End ■</source>
        <translation>Avsluta ■</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Nästa ▶</translation>
    </message>
    <message>
        <source>Start ▶</source>
        <translation>Starta ▶</translation>
    </message>
    <message>
        <source>Now running (since {time}):</source>
        <translation>Pågår nu (sedan {time}):</translation>
    </message>
    <message>
        <source>Ends the running item now (Shift+F5).</source>
        <translation>Avslutar den pågående programpunkten nu (Shift+F5).</translation>
    </message>
    <message>
        <source>Over time; {elapsed} elapsed</source>
        <translation>Över tiden; {elapsed} har gått</translation>
    </message>
    <message>
        <source>{over} over time, {elapsed} elapsed</source>
        <translation>{over} över tiden, {elapsed} har gått</translation>
    </message>
    <message>
        <source>Time left; {elapsed} elapsed</source>
        <translation>Återstående tid; {elapsed} har gått</translation>
    </message>
    <message>
        <source>{left} left, {elapsed} elapsed</source>
        <translation>{left} kvar, {elapsed} har gått</translation>
    </message>
    <message>
        <source>Nothing is running.</source>
        <translation>Ingenting pågår.</translation>
    </message>
    <message>
        <source>Press F5 to start the next item.</source>
        <translation>Tryck på F5 för att starta nästa programpunkt.</translation>
    </message>
    <message>
        <source>The agenda is empty.</source>
        <translation>Programmet är tomt.</translation>
    </message>
    <message>
        <source>Next: {title} at {time}</source>
        <translation>Nästa: {title} kl. {time}</translation>
    </message>
    <message>
        <source>(expected {time})</source>
        <translation>(väntas {time})</translation>
    </message>
    <message>
        <source>No more items to start.</source>
        <translation>Inga fler programpunkter att starta.</translation>
    </message>
    <message>
        <source>No delay</source>
        <translation>Ingen försening</translation>
    </message>
    <message>
        <source>Day end not known yet</source>
        <translation>Dagens slut är inte känt ännu</translation>
    </message>
    <message>
        <source>Closed: nothing runs any more.</source>
        <translation>Avslutat: ingenting pågår längre.</translation>
    </message>
    <message>
        <source>The event is closed.</source>
        <translation>Evenemanget är avslutat.</translation>
    </message>
</context>
<context>
    <name>LogicEditor</name>
    <message>
        <source>Asked only &amp;if:</source>
        <extracomment>(logic key, is an expression)</extracomment>
        <translation>Ställs bara &amp;om:</translation>
    </message>
    <message>
        <source>Required if:</source>
        <translation>Obligatorisk om:</translation>
    </message>
    <message>
        <source>Allowed answer (c&amp;onstraint):</source>
        <translation>Tillåtet svar (vi&amp;llkor):</translation>
    </message>
    <message>
        <source>Choice &amp;filter:</source>
        <translation>&amp;Filter för svarsalternativ:</translation>
    </message>
    <message>
        <source>Calculation:</source>
        <translation>Beräkning:</translation>
    </message>
    <message>
        <source>Default answer:</source>
        <translation>Standardsvar:</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>Utseende:</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Even&amp;t</source>
        <translation>&amp;Evenemang</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nytt evenemang…</translation>
    </message>
    <message>
        <source>&amp;Edit event…</source>
        <translation>&amp;Redigera evenemang…</translation>
    </message>
    <message>
        <source>&amp;Delete event…</source>
        <translation>&amp;Ta bort evenemang…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Practice &amp;mode</source>
        <translation>Övnings&amp;läge</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;Reset practice…</source>
        <translation>&amp;Återställ övningen…</translation>
    </message>
    <message>
        <source>&amp;Undo {edit}</source>
        <translation>&amp;Ångra {edit}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo {edit}</source>
        <translation>&amp;Gör om {edit}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <extracomment>The Event menu&apos;s submenus, one per tab (in tab order), by key.</extracomment>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <source>&amp;Check-in and participants</source>
        <translation>&amp;Incheckning och deltagare</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
    <message>
        <source>E&amp;valuation</source>
        <translation>&amp;Utvärdering</translation>
    </message>
    <message>
        <source>&amp;Sharing and sync</source>
        <translation>&amp;Delning och synkronisering</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>&amp;About Dialogue Desk</source>
        <translation>&amp;Om Dialogue Desk</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Öppna &amp;datamappen</translation>
    </message>
    <message>
        <source>Event:</source>
        <extracomment>The user asked to enter (True) or leave (False) practice mode; the app controller swaps the store and the window.
----------
The door shown from the plain read (``show_door``) until ``attach``, else None. The id of the event whose door was shown before the store was open. The tabs built so far, by index (all four once ``tabs_loaded``). What is still to build, one piece per event-loop turn (``attach(in_steps=True)``).</extracomment>
        <translation>Evenemang:</translation>
    </message>
    <message>
        <source>Current event</source>
        <translation>Aktuellt evenemang</translation>
    </message>
    <message>
        <source>Event tabs</source>
        <translation>Evenemangets flikar</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>Datafilen öppnas…</translation>
    </message>
    <message>
        <source>Store: {path}</source>
        <translation>Datafil: {path}</translation>
    </message>
    <message>
        <source>Event created.</source>
        <translation>Evenemanget har skapats.</translation>
    </message>
    <message>
        <source>Its agenda items ({agenda_items}), participants ({participants}) with their check-ins ({check_ins}), notes ({notes}) and evaluation forms ({forms}) with their responses ({responses}) are deleted with it.</source>
        <translation>Evenemangets programpunkter ({agenda_items}), deltagare ({participants}) med deras incheckningar ({check_ins}), anteckningar ({notes}) och utvärderingsformulär ({forms}) med deras svar ({responses}) tas bort tillsammans med det.</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Ta bort evenemang</translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>Ta bort ”{title}”?</translation>
    </message>
    <message>
        <source>A backup of the store is kept in the backups folder.</source>
        <translation>En säkerhetskopia av datafilen sparas först i mappen för säkerhetskopior (backups).</translation>
    </message>
    <message>
        <source>Event deleted.</source>
        <translation>Evenemanget har tagits bort.</translation>
    </message>
    <message>
        <source>{event} · closed</source>
        <translation>{event} · stängt</translation>
    </message>
    <message>
        <source>About Dialogue Desk</source>
        <translation>Om Dialogue Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dialogue Desk {version}&lt;/h3&gt;&lt;p&gt;The offline companion for facilitators of integration dialogue.&lt;/p&gt;&lt;p&gt;Data folder:&lt;br&gt;&lt;code&gt;{data}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Store:&lt;br&gt;&lt;code&gt;{store}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dialogue Desk {version}&lt;/h3&gt;&lt;p&gt;Offlineverktyget för samtalsledare i integrationsdialoger.&lt;/p&gt;&lt;p&gt;Datamapp:&lt;br&gt;&lt;code&gt;{data}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Datafil:&lt;br&gt;&lt;code&gt;{store}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Licens: EUPL-1.2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reset practice</source>
        <translation>Återställ övningen</translation>
    </message>
    <message>
        <source>Start the practice event afresh? Everything done in practice is removed; your real events are not touched.</source>
        <translation>Starta om övningsevenemanget från början? Allt som har gjorts i övningsläget tas bort; dina riktiga evenemang påverkas inte.</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Övningsläge</translation>
    </message>
    <message>
        <source>No event open.</source>
        <translation>Inget evenemang är öppet.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltagare</numerusform>
            <numerusform>%n deltagare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n programpunkt</numerusform>
            <numerusform>%n programpunkter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchChooser</name>
    <message>
        <source>(already here since {time})</source>
        <extracomment>How many matches the chooser offers (one digit key each).</extracomment>
        <translation>(redan här sedan kl. {time})</translation>
    </message>
    <message>
        <source>People to choose from</source>
        <translation>Personer att välja bland</translation>
    </message>
    <message numerus="yes">
        <source>%n people match “{query}”. Press 1–{count} to check in one of the best {count}, or type more letters.</source>
        <translation>
            <numerusform>%n person matchar ”{query}”. Tryck på 1–{count} för att checka in en av de {count} bästa, eller skriv fler bokstäver.</numerusform>
            <numerusform>%n personer matchar ”{query}”. Tryck på 1–{count} för att checka in en av de {count} bästa, eller skriv fler bokstäver.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people match “{query}”. Press 1–{count} to check in the right one, or type more letters.</source>
        <translation>
            <numerusform>%n person matchar ”{query}”. Tryck på 1–{count} för att checka in rätt person, eller skriv fler bokstäver.</numerusform>
            <numerusform>%n personer matchar ”{query}”. Tryck på 1–{count} för att checka in rätt person, eller skriv fler bokstäver.</numerusform>
        </translation>
    </message>
    <message>
        <source>No one on the list matches “{query}”. Did you mean this person? Press 1 to check them in, or {key} to add a walk-in.</source>
        <translation>Ingen på listan matchar ”{query}”. Menade du den här personen? Tryck på 1 för att checka in, eller på {key} för att lägga till en oanmäld deltagare.</translation>
    </message>
    <message>
        <source>No one on the list matches “{query}”. Did you mean one of these? Press 1–{count} to check in, or {key} to add a walk-in.</source>
        <translation>Ingen på listan matchar ”{query}”. Menade du någon av dessa? Tryck på 1–{count} för att checka in, eller på {key} för att lägga till en oanmäld deltagare.</translation>
    </message>
</context>
<context>
    <name>MergeReview</name>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Visas nu</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Andra versionen</translation>
    </message>
    <message>
        <source>Probable duplicate</source>
        <translation>Trolig dubblett</translation>
    </message>
    <message>
        <source>{name} (added on {device})</source>
        <translation>{name} (tillagd på {device})</translation>
    </message>
    <message>
        <source>Edited on two laptops: {field}</source>
        <translation>Ändrat på två datorer: {field}</translation>
    </message>
    <message>
        <source>{value} (from {device})</source>
        <translation>{value} (från {device})</translation>
    </message>
</context>
<context>
    <name>MergeReviewDialog</name>
    <message>
        <source>Merge review</source>
        <translation>Granskning av sammanslagningar</translation>
    </message>
    <message>
        <source>Lines to review</source>
        <translation>Rader att granska</translation>
    </message>
    <message>
        <source>&amp;Keep what is shown</source>
        <translation>&amp;Behåll det som visas</translation>
    </message>
    <message>
        <source>Keep the &amp;other version</source>
        <translation>Behåll den &amp;andra versionen</translation>
    </message>
    <message>
        <source>&amp;Merge the two people</source>
        <translation>&amp;Slå ihop de två personerna</translation>
    </message>
    <message>
        <source>Keep what is shown</source>
        <translation>Behåll det som visas</translation>
    </message>
    <message>
        <source>Keep the other version</source>
        <translation>Behåll den andra versionen</translation>
    </message>
    <message>
        <source>Merge two people</source>
        <translation>Slå ihop två personer</translation>
    </message>
    <message>
        <source>Nothing to review: every merge so far decided itself.</source>
        <translation>Inget att granska: alla sammanslagningar hittills har avgjorts automatiskt.</translation>
    </message>
    <message>
        <source>These differed between laptops. What is shown now stays unless you choose otherwise; every choice can be undone with Edit → Undo.</source>
        <translation>De här uppgifterna skilde sig åt mellan datorerna. Det som visas nu gäller om du inte väljer något annat; varje val kan ångras med Redigera → Ångra.</translation>
    </message>
    <message>
        <source>&amp;Keep both: they are different people</source>
        <translation>&amp;Behåll båda: de är olika personer</translation>
    </message>
</context>
<context>
    <name>NoteCommands</name>
    <message>
        <source>Delete note</source>
        <translation>Ta bort anteckning</translation>
    </message>
    <message>
        <source>Move note</source>
        <translation>Flytta anteckning</translation>
    </message>
    <message>
        <source>Mark action item done</source>
        <translation>Markera åtgärd som klar</translation>
    </message>
    <message>
        <source>Reopen action item</source>
        <translation>Öppna åtgärd igen</translation>
    </message>
    <message>
        <source>Move note to another agenda item</source>
        <translation>Flytta anteckning till en annan programpunkt</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Sai&amp;d by:</source>
        <extracomment>Save after this long without typing... ...and at the latest this long after the first unsaved change, however fast the typing. After a failed save (disk full, store busy) try again this often; the text stays in the editor. A note was committed to the store (the record as saved). Ctrl+Enter: the note is finished; the editor now holds a new, empty note. Where the note in hand goes (its agenda item when it was started): it stays whole there even when the running item changes meanwhile (F5 while typing).</extracomment>
        <translation>&amp;Sagt av:</translation>
    </message>
    <message>
        <source>Autho&amp;r:</source>
        <translation>&amp;Författare:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>New note — {where}</source>
        <translation>Ny anteckning – {where}</translation>
    </message>
    <message>
        <source>Note of {time} — {where}</source>
        <translation>Anteckning kl. {time} – {where}</translation>
    </message>
    <message>
        <source>(Ctrl+Enter: the next note goes to {next})</source>
        <translation>(Ctrl+Enter: nästa anteckning hamnar under {next})</translation>
    </message>
    <message>
        <source>⚠ Not saved: {reason}</source>
        <translation>⚠ Inte sparat: {reason}</translation>
    </message>
    <message>
        <source>Typing…</source>
        <translation>Skriver…</translation>
    </message>
    <message>
        <source>✓ Saved {time}</source>
        <translation>✓ Sparat {time}</translation>
    </message>
    <message>
        <source>Mark as {kind} (Alt+{n})</source>
        <translation>Markera typ: {kind} (Alt+{n})</translation>
    </message>
    <message>
        <source>Type the note. Ctrl+Enter starts the next one; Alt+1…6 mark the kind.</source>
        <translation>Skriv anteckningen. Ctrl+Enter börjar på nästa; Alt+1…6 anger typen.</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Anteckningstext</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valfritt</translation>
    </message>
    <message>
        <source>Author or speaker</source>
        <translation>Författare eller talare</translation>
    </message>
    <message>
        <source>Chatham House rule: notes and quotes are not attributed.</source>
        <translation>Chatham House-regeln: anteckningar och citat tillskrivs ingen.</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>This note no longer exists.</source>
        <extracomment>Longest note accepted; far beyond any real note, it keeps a pasted book out of the store.</extracomment>
        <translation>Den här anteckningen finns inte längre.</translation>
    </message>
    <message>
        <source>The owner can be at most {n} characters.</source>
        <translation>Namnet på den ansvariga får vara högst {n} tecken.</translation>
    </message>
    <message>
        <source>The organisation can be at most {n} characters.</source>
        <translation>Organisationens namn får vara högst {n} tecken.</translation>
    </message>
    <message>
        <source>A note can be at most {n} characters.</source>
        <translation>En anteckning får vara högst {n} tecken.</translation>
    </message>
    <message>
        <source>The name can be at most {n} characters.</source>
        <translation>Namnet får vara högst {n} tecken.</translation>
    </message>
    <message>
        <source>This agenda item no longer exists.</source>
        <translation>Den här programpunkten finns inte längre.</translation>
    </message>
    <message>
        <source>This note is not an action item.</source>
        <translation>Den här anteckningen är ingen åtgärd.</translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <extracomment>(agenda item id or None for General, the text to show) for the &quot;Move to&quot; menu. A closed event: notes can be read and searched, not changed.</extracomment>
        <translation>
            <numerusform>%n anteckning</numerusform>
            <numerusform>%n anteckningar</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to agenda item</source>
        <translation>Flytta till programpunkt</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Edit the selected note (Enter or F2)</source>
        <translation>Redigera den markerade anteckningen (Enter eller F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Delete the selected note (Del); Ctrl+Z undoes</source>
        <translation>Ta bort den markerade anteckningen (Del); Ctrl+Z ångrar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move the selected note up (Alt+Up)</source>
        <translation>Flytta upp den markerade anteckningen (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Move the selected note down (Alt+Down)</source>
        <translation>Flytta ned den markerade anteckningen (Alt+Down)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Enter or F2 edits the selected note, Del deletes it, Alt+Up/Down move it.</source>
        <translation>Enter eller F2 redigerar den markerade anteckningen, Del tar bort den, Alt+Up/Down flyttar den.</translation>
    </message>
    <message>
        <source>Number of notes</source>
        <translation>Antal anteckningar</translation>
    </message>
</context>
<context>
    <name>NotesModels</name>
    <message>
        <source>Time</source>
        <extracomment>Role giving the record (Section or NoteRecord) of a row. How much of a note a list row shows; the editor and the tooltip show more.</extracomment>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Said by</source>
        <translation>Sagt av</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Programpunkt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Running now: new notes go here.</source>
        <translation>Pågår nu: nya anteckningar hamnar här.</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>senast den {date}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Notes</source>
        <extracomment>The running agenda item moves, Chatham House is switched, undo/redo changes notes. True while the list follows the running item by itself (F5), not by the user&apos;s click.</extracomment>
        <translation>Anteckningar</translation>
    </message>
    <message numerus="yes">
        <source>Action items (%n open)</source>
        <translation>
            <numerusform>Åtgärder (%n öppen)</numerusform>
            <numerusform>Åtgärder (%n öppna)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <extracomment>The closed banner: dark text on light grey with a lock, so it does not rely on colour.</extracomment>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Programpunkter</translation>
    </message>
    <message>
        <source>Search all notes of the event (Ctrl+F)</source>
        <translation>Sök i alla anteckningar för evenemanget (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Sök i anteckningar</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Show notes of kind</source>
        <translation>Visa anteckningar av typen</translation>
    </message>
    <message>
        <source>Chatham House ru&amp;le</source>
        <translation>&amp;Chatham House-regeln</translation>
    </message>
    <message>
        <source>Chatham House ru&amp;le (no attribution)</source>
        <translation>&amp;Chatham House-regeln (ingen tillskrivning)</translation>
    </message>
    <message>
        <source>When on, notes and quotes carry no names and exports never attribute.</source>
        <translation>När regeln gäller har anteckningar och citat inga namn, och exporter anger aldrig vem som sa vad.</translation>
    </message>
    <message>
        <source>&amp;Action items overview</source>
        <translation>Översikt över å&amp;tgärder</translation>
    </message>
    <message>
        <source>Notes and action items</source>
        <translation>Anteckningar och åtgärder</translation>
    </message>
    <message>
        <source>New notes go to the selected item; it follows the running item.</source>
        <translation>Nya anteckningar hamnar under den markerade programpunkten; markeringen följer den pågående programpunkten.</translation>
    </message>
    <message>
        <source>This event is closed: its notes can be read and searched, not changed. Reopen the event (File → Reopen event) to change them.</source>
        <translation>Evenemanget är avslutat: anteckningarna kan läsas och sökas i, men inte ändras. Öppna evenemanget igen (Arkiv → Öppna evenemanget igen) för att ändra dem.</translation>
    </message>
    <message>
        <source>Event closed</source>
        <translation>Evenemanget är avslutat</translation>
    </message>
</context>
<context>
    <name>OpenLocation</name>
    <message>
        <source>Could not open it</source>
        <translation>Det gick inte att öppna</translation>
    </message>
    <message>
        <source>No program on this computer could open {path}. Open it from your file manager: the path is copied, paste it into the address bar.</source>
        <translation>Inget program på den här datorn kunde öppna {path}. Öppna den i filhanteraren: sökvägen är kopierad, klistra in den i adressfältet.</translation>
    </message>
</context>
<context>
    <name>PaperEntry</name>
    <message>
        <source>Paper form &amp;language:</source>
        <extracomment>Index into ``responses`` of the one shown; len(responses) is the blank new one.</extracomment>
        <translation>&amp;Språk på pappersformuläret:</translation>
    </message>
    <message>
        <source>◀ Previous (PgUp)</source>
        <translation>◀ Föregående (PgUp)</translation>
    </message>
    <message>
        <source>Next (PgDn) ▶</source>
        <translation>Nästa (PgDn) ▶</translation>
    </message>
    <message>
        <source>New (Ctrl+End)</source>
        <translation>Nytt (Ctrl+End)</translation>
    </message>
    <message>
        <source>Delete response (Ctrl+Del)</source>
        <translation>Ta bort svar (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Save and next (Ctrl+Enter)</source>
        <translation>Spara och nästa (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Choose or create a form first.</source>
        <translation>Välj eller skapa ett formulär först.</translation>
    </message>
    <message>
        <source>New response (number {n})</source>
        <translation>Nytt svar (nummer {n})</translation>
    </message>
    <message>
        <source>Response {n} of {total} ({channel})</source>
        <translation>Svar {n} av {total} ({channel})</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) so far</source>
        <translation>
            <numerusform>%n svar hittills</numerusform>
            <numerusform>%n svar hittills</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: correct the marked answers.</source>
        <translation>Inte sparat: rätta de markerade svaren.</translation>
    </message>
    <message>
        <source>Response {n} changed.</source>
        <translation>Svar {n} har ändrats.</translation>
    </message>
    <message>
        <source>Response {n} saved; here is a blank form.</source>
        <translation>Svar {n} har sparats; här är ett tomt formulär.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Response {n} deleted (Ctrl+Z brings it back).</source>
        <translation>Svar {n} har tagits bort (Ctrl+Z tar tillbaka det).</translation>
    </message>
</context>
<context>
    <name>PaperMarksDialog</name>
    <message>
        <source>Enter paper sign-in marks</source>
        <translation>För in närvaro från papperslistan</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>Ankomsttid</translation>
    </message>
    <message numerus="yes">
        <source>%n selected participant(s) will be marked present on {day}.</source>
        <translation>
            <numerusform>%n markerad deltagare markeras som närvarande den {day}.</numerusform>
            <numerusform>%n markerade deltagare markeras som närvarande den {day}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrival &amp;time:</source>
        <translation>&amp;Ankomsttid:</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Edit participant</source>
        <translation>Redigera deltagare</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Lägg till deltagare</translation>
    </message>
    <message>
        <source>EE, LV, SE…</source>
        <translation>EE, LV, SE…</translation>
    </message>
    <message>
        <source>May be listed in the report</source>
        <translation>Får listas i rapporten</translation>
    </message>
    <message>
        <source>Agrees to photos</source>
        <translation>Samtycker till foton</translation>
    </message>
    <message>
        <source>May be contacted after the event</source>
        <translation>Får kontaktas efter evenemanget</translation>
    </message>
    <message>
        <source>Walk-in (not pre-registered)</source>
        <translation>Oanmäld (inte föranmäld)</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Förnamn:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Efternamn:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group:</source>
        <translation>&amp;Intressentgrupp:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Preferred lan&amp;guage:</source>
        <translation>Önskat &amp;språk:</translation>
    </message>
    <message>
        <source>Consents:</source>
        <translation>Samtycken:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Registration: walk-ins are marked with a plus sign</source>
        <extracomment>The participant id of a row. The row&apos;s ParticipantRecord. Whether the row&apos;s person is checked in on the shown day. Everyone, in the current sort order. Everyone by participant id (built once per reload). The rows shown: everyone, or the matches ranked best first. The id-to-row map of everyone (the list shown after each arrival), kept until the order or the people change.</extracomment>
        <translation>Anmälan: oanmälda deltagare markeras med ett plustecken</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Här</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Intressentgrupp</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Incheckad</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Inte incheckad</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Oanmäld</translation>
    </message>
    <message>
        <source>Pre-registered</source>
        <translation>Anmäld</translation>
    </message>
    <message>
        <source>Checked in at {time} ({method})</source>
        <translation>Incheckad kl. {time} ({method})</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>A participant needs a first or a last name.</source>
        <extracomment>Everyone involved as they were before the merge (the kept person first), for undo.</extracomment>
        <translation>En deltagare behöver ett förnamn eller ett efternamn.</translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address.</source>
        <translation>”{email}” är ingen e-postadress.</translation>
    </message>
    <message>
        <source>The country is a two-letter code such as EE, LV or SE.</source>
        <translation>Landet anges med en kod på två bokstäver, till exempel EE, LV eller SE.</translation>
    </message>
    <message>
        <source>The preferred language is a code such as et, lv, sv, ru or en.</source>
        <translation>Önskat språk anges med en kod, till exempel et, lv, sv, ru eller en.</translation>
    </message>
    <message>
        <source>This participant no longer exists (id {id}).</source>
        <translation>Deltagaren finns inte längre (id {id}).</translation>
    </message>
    <message>
        <source>Choose at least two participants to merge.</source>
        <translation>Välj minst två deltagare att slå ihop.</translation>
    </message>
    <message>
        <source>Only participants of one event can be merged.</source>
        <translation>Bara deltagare i samma evenemang kan slås ihop.</translation>
    </message>
</context>
<context>
    <name>ParticipantsImport</name>
    <message>
        <source>and {n} more</source>
        <extracomment>identity_keys of the rows being imported, computed once for planning and applying. Cleared after every apply, so no list stays in memory. Longest list of row numbers a message spells out before saying &quot;and N more&quot;. A registration list read (and perhaps planned): one row per line of the file. Rows that repeat a person of an earlier row of the file (Zoom joins, re-registrations), merged into that row or skipped; counted in ``merged`` / ``skipped`` too.</extracomment>
        <translation>och {n} till</translation>
    </message>
    <message>
        <source>{file}: the file cannot be read ({reason}).</source>
        <translation>{file}: filen kan inte läsas ({reason}).</translation>
    </message>
    <message>
        <source>Same person as row {row}</source>
        <translation>Samma person som rad {row}</translation>
    </message>
    <message>
        <source>Already registered as {name}</source>
        <translation>Redan anmäld som {name}</translation>
    </message>
    <message>
        <source>The column “{header}” was not imported: it records consent to the online meeting being recorded (in a Zoom report, everyone who stayed after the recording notice), not consent to photos at the event. Ask for photo consent separately.</source>
        <translation>Kolumnen ”{header}” importerades inte: den visar samtycke till att onlinemötet spelas in (i en Zoom-rapport alla som stannade efter meddelandet om inspelning), inte samtycke till foto på evenemanget. Be om samtycke till foto separat.</translation>
    </message>
    <message>
        <source>It looks like a programme (dates and times); import it as the agenda instead.</source>
        <translation>Det ser ut som ett program (datum och tider); importera det som program i stället.</translation>
    </message>
    <message>
        <source>names</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>{file}: the file has a header row but no people.</source>
        <translation>{file}: filen har en rubrikrad men inga personer.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>inget namn</translation>
    </message>
    <message>
        <source>Rows {rows}: the e-mail address is not valid and was left out.</source>
        <translation>Rad(er) {rows}: e-postadressen är ogiltig och har utelämnats.</translation>
    </message>
    <message>
        <source>Rows {rows}: the stakeholder group was not recognised; set to Other.</source>
        <translation>Rad(er) {rows}: intressentgruppen kändes inte igen; satt till Annan intressent.</translation>
    </message>
    <message>
        <source>Rows {rows}: the country “{value}” was not recognised and was left out.</source>
        <translation>Rad(er) {rows}: landet ”{value}” kändes inte igen och har utelämnats.</translation>
    </message>
    <message>
        <source>Rows {rows}: a consent answer was not recognised; taken as no.</source>
        <translation>Rad(er) {rows}: ett svar om samtycke kändes inte igen; tolkat som nej.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported</source>
        <translation>
            <numerusform>%n rad kan inte importeras</numerusform>
            <numerusform>%n rader kan inte importeras</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {count} ({reasons}) — row numbers {rows}. Nothing was imported.</source>
        <translation>{file}: {count} ({reasons}) – radnummer {rows}. Ingenting importerades.</translation>
    </message>
    <message>
        <source>{file}: the participant list changed while importing; nothing was imported. Try again.</source>
        <translation>{file}: deltagarlistan ändrades under importen; ingenting importerades. Försök igen.</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>There is no one to print a badge for.</source>
        <translation>Det finns ingen att skriva ut en namnskylt för.</translation>
    </message>
    <message>
        <source>The font {file} that PDFs need is missing or damaged ({reason}).</source>
        <extracomment>The Latin/Cyrillic/Greek family; its face names are the ones the styles use. The bundled font files (the installer and its test check they are shipped).</extracomment>
        <translation>Typsnittet {file} som behövs för PDF-filer saknas eller är skadat ({reason}).</translation>
    </message>
    <message>
        <source>{path} was written, but no font on this computer has every letter of: {names}. Those letters print as empty boxes; install a font for that script (for example a Noto font) and export again.</source>
        <translation>{path} har skrivits, men inget typsnitt på den här datorn har alla bokstäver i: {names}. De bokstäverna skrivs ut som tomma rutor; installera ett typsnitt för den skriften (till exempel ett Noto-typsnitt) och exportera igen.</translation>
    </message>
    <message>
        <source>Some text is too large to fit on a page, so {path} was not written. Shorten very long notes or titles and try again.</source>
        <translation>En del text är för stor för att få plats på en sida, så {path} skrevs inte. Korta ned mycket långa anteckningar eller titlar och försök igen.</translation>
    </message>
    <message>
        <source>There is no report language “{code}”; use one of {codes}.</source>
        <extracomment>A report longer than this many pages gets a table of contents after the cover. Above this many listed participants the report is long whatever else it holds.</extracomment>
        <translation>Det finns inget rapportspråk ”{code}”; använd något av {codes}.</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Check in ten arrivals, two of them walk-ins</source>
        <translation>Checka in tio ankommande, varav två oanmälda</translation>
    </message>
    <message>
        <source>Check-in tab: type two or three letters of a name and press Enter; add a walk-in for someone who is not on the list.</source>
        <translation>Fliken Incheckning: skriv två eller tre bokstäver av ett namn och tryck på Enter; lägg till en oanmäld deltagare för någon som inte finns på listan.</translation>
    </message>
    <message>
        <source>Keep the agenda on time when an item overruns</source>
        <translation>Håll programmet i tid när en programpunkt drar över</translation>
    </message>
    <message>
        <source>Agenda tab: press F5 to start an item, let it run past its end, then start the next one and watch how late the day is running.</source>
        <translation>Fliken Program: tryck på F5 för att starta en programpunkt, låt den dra över tiden, starta sedan nästa och se hur mycket dagen ligger efter.</translation>
    </message>
    <message>
        <source>Record two decisions and an action item</source>
        <translation>Anteckna två beslut och en åtgärd</translation>
    </message>
    <message>
        <source>Notes tab (Ctrl+3): type a note, mark it as a decision or an action item with an owner and a due date.</source>
        <translation>Fliken Anteckningar (Ctrl+3): skriv en anteckning och markera den som beslut, eller som åtgärd med ansvarig och datum för när den ska vara klar.</translation>
    </message>
    <message>
        <source>Run the evaluation kiosk for three respondents</source>
        <translation>Kör utvärderingskiosken för tre svarande</translation>
    </message>
    <message>
        <source>Evaluation tab: start the kiosk, answer the form three times as different participants, then leave the kiosk with the PIN.</source>
        <translation>Fliken Utvärdering: starta kiosken, besvara formuläret tre gånger som olika deltagare och lämna sedan kiosken med PIN-koden.</translation>
    </message>
    <message>
        <source>Close the event and export its workbook and PDF</source>
        <translation>Avsluta evenemanget och exportera dess arbetsbok och PDF</translation>
    </message>
    <message>
        <source>File menu: Close event and export… writes the workbook and the PDF summary; open them with Open folder in the message that follows.</source>
        <translation>Menyn Arkiv: ”Avsluta evenemanget och exportera…” skriver arbetsboken och PDF-sammanfattningen; öppna dem med ”Öppna mapp” i meddelandet som följer.</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice — nothing here touches your real events</source>
        <extracomment>Translation context of the exercises (``services.practice.CONTEXT``). The window accent of practice mode: a warm orange frame no one mistakes for the real thing.</extracomment>
        <translation>Övningsläge – ingenting här påverkar dina riktiga evenemang</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message numerus="yes">
        <source>n = %n</source>
        <extracomment>Lower and QtCharts elides the category labels to &quot;...&quot; at the default font.</extracomment>
        <translation>
            <numerusform>n = %n</numerusform>
            <numerusform>n = %n</numerusform>
        </translation>
    </message>
    <message>
        <source>yes: {share}</source>
        <translation>ja: {share}</translation>
    </message>
    <message>
        <source>mean {mean}</source>
        <translation>medelvärde {mean}</translation>
    </message>
    <message>
        <source>median {median}</source>
        <translation>median {median}</translation>
    </message>
    <message numerus="yes">
        <source>%n left blank</source>
        <translation>
            <numerusform>%n lämnade tomt</numerusform>
            <numerusform>%n lämnade tomt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not asked (skip logic)</source>
        <translation>
            <numerusform>%n fick inte frågan (hopplogik)</numerusform>
            <numerusform>%n fick inte frågan (hopplogik)</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>Inga svar ännu.</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Edit question</source>
        <translation>Redigera fråga</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Lägg till fråga</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>An answer is &amp;required</source>
        <translation>Svar &amp;krävs</translation>
    </message>
    <message>
        <source>made up from the text when left blank</source>
        <translation>skapas från texten om fältet lämnas tomt</translation>
    </message>
    <message>
        <source>&amp;Name (for exports):</source>
        <translation>&amp;Namn (för export):</translation>
    </message>
    <message>
        <source>Lowest point of the scale</source>
        <translation>Skalans lägsta värde</translation>
    </message>
    <message>
        <source>Highest point of the scale</source>
        <translation>Skalans högsta värde</translation>
    </message>
    <message>
        <source>Rating &amp;scale:</source>
        <translation>Betygs&amp;skala:</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Frågetext</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hjälptext</translation>
    </message>
    <message>
        <source>Low end label</source>
        <translation>Etikett för lägsta värdet</translation>
    </message>
    <message>
        <source>High end label</source>
        <translation>Etikett för högsta värdet</translation>
    </message>
    <message>
        <source>Message when not allowed</source>
        <translation>Meddelande när svaret inte är tillåtet</translation>
    </message>
    <message>
        <source>&amp;Texts in each language:</source>
        <translation>&amp;Texter på varje språk:</translation>
    </message>
    <message>
        <source>&amp;Choices (name, then the text in each language):</source>
        <translation>S&amp;varsalternativ (namn, sedan texten på varje språk):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Add c&amp;hoice</source>
        <translation>Lägg till &amp;alternativ</translation>
    </message>
    <message>
        <source>Remove choi&amp;ce</source>
        <translation>Ta &amp;bort alternativ</translation>
    </message>
    <message>
        <source>Logic (XLSForm expressions, optional):</source>
        <translation>Logik (XLSForm-uttryck, valfritt):</translation>
    </message>
</context>
<context>
    <name>QuestionModel</name>
    <message>
        <source>required</source>
        <translation>obligatorisk</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorisk</translation>
    </message>
    <message>
        <source>Asked if / allowed / computed</source>
        <translation>Ställs om / tillåtet / beräknat</translation>
    </message>
    <message>
        <source>if {expression}</source>
        <translation>om {expression}</translation>
    </message>
    <message>
        <source>allowed: {expression}</source>
        <translation>tillåtet: {expression}</translation>
    </message>
    <message>
        <source>choices: {expression}</source>
        <translation>svarsalternativ: {expression}</translation>
    </message>
    <message>
        <source>= {expression}</source>
        <translation>= {expression}</translation>
    </message>
    <message>
        <source>in {group}</source>
        <translation>i {group}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>The agenda is empty.</source>
        <translation>Programmet är tomt.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Med</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <extracomment>Empty lines at the end of the sign-in sheet, for people who come without registering.</extracomment>
        <translation>Närvarolista</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Please sign in the box of each day you attend.</source>
        <translation>Skriv under i rutan för varje dag som du deltar.</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Namnskyltar</translation>
    </message>
    <message>
        <source>PRACTICE</source>
        <extracomment>Badges and sign-in sheets use the whole page and draw no header.</extracomment>
        <translation>ÖVNING</translation>
    </message>
    <message>
        <source>Generated on {date}</source>
        <translation>Skapad {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Sida {page} av {pages}</translation>
    </message>
    <message>
        <source>Summary report</source>
        <translation>Sammanfattande rapport</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>The list of participants is left out of a pseudonymised report.</source>
        <translation>Deltagarförteckningen utelämnas i en pseudonymiserad rapport.</translation>
    </message>
    <message>
        <source>The list of participants is left out: the event was held under the Chatham House rule.</source>
        <translation>Deltagarförteckningen utelämnas: evenemanget hölls enligt Chatham House-regeln.</translation>
    </message>
    <message>
        <source>Listed here with their consent: {listed} of {total} participants.</source>
        <translation>Förtecknade här med sitt samtycke: {listed} av {total} deltagare.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Intressentgrupp</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Arrangör</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>Arbetsspråk</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>The event was held under the Chatham House rule: nothing in this report is attributed to anyone.</source>
        <translation>Evenemanget hölls enligt Chatham House-regeln: ingenting i denna rapport tillskrivs någon.</translation>
    </message>
    <message>
        <source>Pseudonymised: participants appear as codes (P001…), without names or contact details.</source>
        <translation>Pseudonymiserad: deltagarna anges som koder (P001…), utan namn eller kontaktuppgifter.</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>anmälda</translation>
    </message>
    <message>
        <source>attended (at least one day)</source>
        <translation>närvarande (minst en dag)</translation>
    </message>
    <message>
        <source>attendance rate of those registered</source>
        <translation>närvarograd bland anmälda</translation>
    </message>
    <message>
        <source>walk-ins</source>
        <translation>oanmälda deltagare</translation>
    </message>
    <message>
        <source>attended on day {number}, {date}</source>
        <translation>närvarande dag {number}, {date}</translation>
    </message>
    <message>
        <source>evaluation responses</source>
        <translation>utvärderingssvar</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>How many free-text comments per question the report quotes, and how long each may be. A chart taller than this (points) is not kept on one page with its question. (label, count) in the order to show, for ratings and choices.</extracomment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Utvärdering</translation>
    </message>
    <message>
        <source>No evaluation responses yet.</source>
        <translation>Inga utvärderingssvar ännu.</translation>
    </message>
    <message>
        <source>Responses: {count}</source>
        <translation>Svar: {count}</translation>
    </message>
    <message>
        <source>({percent} of those who attended)</source>
        <translation>({percent} av de närvarande)</translation>
    </message>
    <message>
        <source>not relevant to {count} (skipped)</source>
        <translation>inte relevant för {count} svarande (överhoppad)</translation>
    </message>
    <message>
        <source>mean {value}</source>
        <translation>medelvärde {value}</translation>
    </message>
    <message>
        <source>from {low} to {high}</source>
        <translation>från {low} till {high}</translation>
    </message>
    <message>
        <source>several answers possible</source>
        <translation>flera svar möjliga</translation>
    </message>
    <message>
        <source>Comments: {count}</source>
        <translation>Kommentarer: {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n different one(s) shown</source>
        <translation>
            <numerusform>%n unik kommentar visas</numerusform>
            <numerusform>%n unika kommentarer visas</numerusform>
        </translation>
    </message>
    <message>
        <source>Day {number}</source>
        <extracomment>More days than this and the attendance chart shows &quot;any day&quot; instead of one bar per day.</extracomment>
        <translation>Dag {number}</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>of them walk-ins</source>
        <translation>varav oanmälda</translation>
    </message>
    <message>
        <source>Share of those registered</source>
        <translation>Andel av anmälda</translation>
    </message>
    <message>
        <source>No one has registered yet.</source>
        <translation>Ingen har anmält sig ännu.</translation>
    </message>
    <message>
        <source>By stakeholder group</source>
        <translation>Per intressentgrupp</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Anmälda</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Oanmälda</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Agenda as run</source>
        <translation>Genomfört program</translation>
    </message>
    <message>
        <source>Planned and actual times. An item that took longer than planned is marked in red with the extra minutes.</source>
        <translation>Planerade och faktiska tider. En programpunkt som tog längre tid än planerat markeras i rött med antalet extra minuter.</translation>
    </message>
    <message>
        <source>Planned end {planned}, actual end {actual}</source>
        <translation>Planerat slut {planned}, faktiskt slut {actual}</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Faktiskt</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Programpunkt</translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation>Avvikelse</translation>
    </message>
    <message>
        <source>Key points</source>
        <extracomment>Kinds in the order a reader wants them, with their section names.</extracomment>
        <translation>Huvudpunkter</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Öppna frågor</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Notes and decisions</source>
        <translation>Anteckningar och beslut</translation>
    </message>
    <message>
        <source>No notes were taken.</source>
        <translation>Inga anteckningar fördes.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>Removed agenda item</source>
        <translation>Borttagen programpunkt</translation>
    </message>
    <message>
        <source>No action items were recorded.</source>
        <translation>Inga åtgärder registrerades.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ResultsOverview</name>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Medelvärde</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Chosen most</source>
        <translation>Vanligaste svaret</translation>
    </message>
    <message>
        <source>yes: {share}</source>
        <translation>ja: {share}</translation>
    </message>
    <message>
        <source>{mean} of {top}</source>
        <translation>{mean} av {top}</translation>
    </message>
    <message>
        <source>Results overview</source>
        <translation>Översikt över resultaten</translation>
    </message>
    <message>
        <source>One row per question; Enter or a click shows its chart below.</source>
        <translation>En rad per fråga; Enter eller ett klick visar dess diagram längre ned.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>Questions and answers &amp;in:</source>
        <translation>Frågor och svar &amp;på:</translation>
    </message>
    <message>
        <source>All responses</source>
        <translation>Alla svar</translation>
    </message>
    <message>
        <source>{choice} ({question})</source>
        <translation>{choice} ({question})</translation>
    </message>
    <message>
        <source>Choose or create a form first.</source>
        <translation>Välj eller skapa ett formulär först.</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n svar</numerusform>
            <numerusform>%n svar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Dialogue Desk</source>
        <extracomment>What a second start sends, and what the first answers once its window is in front. How long a second start waits for the first (it may be busy opening the store).</extracomment>
        <translation>Dialogue Desk</translation>
    </message>
    <message>
        <source>Dialogue Desk is already open on this computer. Switch to its window (it may be behind other windows or on another desktop), or close it and start again.</source>
        <translation>Dialogue Desk är redan öppet på den här datorn. Byt till dess fönster (det kan ligga bakom andra fönster eller på ett annat skrivbord), eller stäng det och starta igen.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The store could not be used: {detail}</source>
        <translation>Datafilen kunde inte användas: {detail}</translation>
    </message>
    <message>
        <source>{path} is not a Dialogue Desk store. It was left untouched; choose another file.</source>
        <translation>{path} är ingen datafil för Dialogue Desk. Filen har lämnats orörd; välj en annan fil.</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}). It was left untouched; restore a copy from the backups folder or choose another file.</source>
        <translation>{path} är skadad ({detail}). Filen har lämnats orörd; återställ en kopia från mappen för säkerhetskopior (backups) eller välj en annan fil.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Dialogue Desk (schema {detail}). It was left untouched; install the newer version to open it.</source>
        <translation>{path} har skrivits av en nyare version av Dialogue Desk (schema {detail}). Filen har lämnats orörd; installera den nyare versionen för att öppna den.</translation>
    </message>
    <message>
        <source>{path} was written by an older version of Dialogue Desk. Open it once in the app to upgrade it, then try again.</source>
        <translation>{path} har skrivits av en äldre version av Dialogue Desk. Öppna den en gång i appen för att uppgradera den och försök sedan igen.</translation>
    </message>
    <message>
        <source>There is no store at {path}.</source>
        <translation>Det finns ingen datafil på {path}.</translation>
    </message>
    <message>
        <source> (process {pid})</source>
        <translation> (process {pid})</translation>
    </message>
    <message>
        <source>{path} is already open in another Dialogue Desk{holder}. Close that window first, or open a different store.</source>
        <translation>{path} är redan öppen i ett annat Dialogue Desk-fönster{holder}. Stäng det fönstret först eller öppna en annan datafil.</translation>
    </message>
    <message>
        <source>The change could not be saved to {path}: {detail}. Nothing was changed; free some disk space or check the folder&apos;s permissions, then try again.</source>
        <translation>Ändringen kunde inte sparas i {path}: {detail}. Ingenting har ändrats; frigör diskutrymme eller kontrollera mappens behörigheter och försök sedan igen.</translation>
    </message>
    <message>
        <source>{path} cannot be changed: {detail}. Nothing was changed, and it can still be read and exported; to change it, make the file and its folder writable, or copy it to a writable folder.</source>
        <translation>{path} kan inte ändras: {detail}. Ingenting har ändrats, och filen kan fortfarande läsas och exporteras; för att ändra den, gör filen och dess mapp skrivbara eller kopiera den till en skrivbar mapp.</translation>
    </message>
    <message>
        <source>{path} cannot be written: the disk is full. Nothing was changed; free some space on it, then try again.</source>
        <translation>{path} kan inte skrivas: disken är full. Ingenting har ändrats; frigör lite utrymme på disken och försök sedan igen.</translation>
    </message>
    <message>
        <source>{path} has another name on this disk (a hard link), so its changes could be lost or mixed up. It was left untouched; open the original file, or copy this one (a copy is safe) and open the copy.</source>
        <translation>{path} har ett annat namn på den här disken (en hård länk), så ändringar i filen kan gå förlorade eller blandas ihop. Filen har lämnats orörd; öppna originalfilen, eller kopiera den här (en kopia är säker) och öppna kopian.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}). It was left untouched; check that the file belongs to you and may be read, then try again.</source>
        <translation>{path} kan inte läsas ({detail}). Filen har lämnats orörd; kontrollera att filen tillhör dig och får läsas och försök sedan igen.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>filen eller dess mapp är skrivskyddad</translation>
    </message>
    <message>
        <source>the store is busy</source>
        <translation>datafilen är upptagen</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <extracomment>Every Alembic revision this version of the app knows, oldest first. The last is the head. A test checks this against the migration scripts; kept here so opening a current store does not need to import Alembic. The tables of schema 0001, which every later revision keeps (a test checks them against the models); a store of ours lacking one is damaged. A file holding only (some of) these, all empty and with no version, is what a crash during the very first creation of a store left behind before that creation became one transaction. Whether SQLite&apos;s integrity check has run (it reads the whole file). The file holds the empty, unversioned tables of a creation that never finished.</extracomment>
        <translation>filen är skrivskyddad</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>dess mapp är skrivskyddad</translation>
    </message>
    <message>
        <source>the table {table} is missing</source>
        <translation>tabellen {table} saknas</translation>
    </message>
    <message>
        <source>the column {table}.{column} is missing</source>
        <translation>kolumnen {table}.{column} saknas</translation>
    </message>
    <message>
        <source>{problem}, and {count} more</source>
        <extracomment>Seconds a connection waits for another one&apos;s lock before reporting the store busy.</extracomment>
        <translation>{problem} och {count} till</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disken är skrivskyddad</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>{path} was not used: {reason} Nothing was taken from it.</source>
        <extracomment>Device UUID -&gt; name of every laptop whose changes are inside.</extracomment>
        <translation>{path} användes inte: {reason} Ingenting hämtades från den.</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (perhaps still being copied).</source>
        <translation>filen är skadad eller ofullständig (kanske kopieras den fortfarande).</translation>
    </message>
    <message>
        <source>it is not a Dialogue Desk event file.</source>
        <translation>den är ingen evenemangsfil för Dialogue Desk.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} finns inte.</translation>
    </message>
    <message>
        <source>it was written by a newer Dialogue Desk; update this laptop first.</source>
        <translation>den har skrivits av en nyare version av Dialogue Desk; uppdatera den här datorn först.</translation>
    </message>
    <message>
        <source>it is a change file, not an event package.</source>
        <translation>den är en ändringsfil, inte ett evenemangspaket.</translation>
    </message>
    <message>
        <source>it is an event package, not a change file.</source>
        <translation>den är ett evenemangspaket, inte en ändringsfil.</translation>
    </message>
    <message>
        <source>its contents do not match its checksum (it was damaged or edited by hand).</source>
        <translation>innehållet stämmer inte med kontrollsumman (filen har skadats eller redigerats för hand).</translation>
    </message>
    <message>
        <source>it belongs to another event ({title}).</source>
        <translation>den hör till ett annat evenemang ({title}).</translation>
    </message>
    <message>
        <source>The sync folder {folder} does not exist. Plug in the stick or choose another folder.</source>
        <translation>Synkroniseringsmappen {folder} finns inte. Anslut USB-minnet eller välj en annan mapp.</translation>
    </message>
    <message>
        <source>{path} was not used: it was moved or renamed by hand.</source>
        <translation>{path} användes inte: den har flyttats eller bytt namn för hand.</translation>
    </message>
    <message>
        <source>Give this laptop a name, for example “Door 2 – Anna”.</source>
        <translation>Ge den här datorn ett namn, till exempel ”Entré 2 – Anna”.</translation>
    </message>
    <message>
        <source>There is no event {id}.</source>
        <translation>Det finns inget evenemang med id {id}.</translation>
    </message>
    <message>
        <source>The package holds no event (it was deleted before sharing).</source>
        <translation>Paketet innehåller inget evenemang (det togs bort innan det delades).</translation>
    </message>
    <message>
        <source>This line of the merge review no longer exists.</source>
        <extracomment>What the row shows now, and the version that lost (raw stored values, as text). Who or what the line is about (&quot;Anna Tamm&quot;, &quot;Opening plenary&quot;).</extracomment>
        <translation>Den här raden i granskningen av sammanslagningar finns inte längre.</translation>
    </message>
    <message>
        <source>This field can no longer be changed here.</source>
        <translation>Det här fältet kan inte längre ändras här.</translation>
    </message>
    <message>
        <source>The row this line is about was deleted.</source>
        <translation>Raden som det här gäller har tagits bort.</translation>
    </message>
    <message>
        <source>Two people are merged, not kept apart here.</source>
        <translation>Två personer har slagits ihop; de kan inte hållas isär här.</translation>
    </message>
    <message>
        <source>One of these two people was already removed.</source>
        <translation>En av de här två personerna har redan tagits bort.</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Share e&amp;vent…</source>
        <translation>&amp;Dela evenemang…</translation>
    </message>
    <message>
        <source>Open s&amp;hared event…</source>
        <translation>Öppna d&amp;elat evenemang…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Synkronisera nu</translation>
    </message>
    <message>
        <source>Sync se&amp;ttings…</source>
        <translation>Synk&amp;inställningar…</translation>
    </message>
    <message>
        <source>&amp;Merge review…</source>
        <translation>&amp;Granska sammanslagningar…</translation>
    </message>
    <message>
        <source>Sync failed: {reason}</source>
        <translation>Synkroniseringen misslyckades: {reason}</translation>
    </message>
    <message>
        <source>Sync settings</source>
        <translation>Synkinställningar</translation>
    </message>
    <message>
        <source>Share the event to which folder or USB stick?</source>
        <translation>Till vilken mapp eller vilket USB-minne ska evenemanget delas?</translation>
    </message>
    <message>
        <source>Share event</source>
        <translation>Dela evenemang</translation>
    </message>
    <message>
        <source>The event was written to {path}. On the other laptop choose File → Open shared event… and pick this file.</source>
        <translation>Evenemanget har skrivits till {path}. Välj Arkiv → Öppna delat evenemang… på den andra datorn och välj den här filen.</translation>
    </message>
    <message>
        <source>Open a shared event</source>
        <translation>Öppna ett delat evenemang</translation>
    </message>
    <message>
        <source>Shared events (*{suffix})</source>
        <translation>Delade evenemang (*{suffix})</translation>
    </message>
    <message>
        <source>Open shared event</source>
        <translation>Öppna delat evenemang</translation>
    </message>
    <message>
        <source>“{title}” is ready on this laptop.</source>
        <translation>”{title}” är klart på den här datorn.</translation>
    </message>
    <message>
        <source>Sync with which shared folder?</source>
        <translation>Vilken delad mapp ska synkroniseras?</translation>
    </message>
    <message>
        <source>Syncing with {folder}…</source>
        <translation>Synkroniserar med {folder}…</translation>
    </message>
    <message>
        <source>Synced: {files} files from other laptops, {rows} rows merged.</source>
        <translation>Synkroniserat: filer från andra datorer: {files}, sammanslagna rader: {rows}.</translation>
    </message>
    <message>
        <source>{count} to review in Event → Sharing and sync → Merge review…</source>
        <translation>Att granska: {count} (Evenemang → Delning och synkronisering → Granska sammanslagningar…)</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Sync settings</source>
        <translation>Synkinställningar</translation>
    </message>
    <message>
        <source>For example: Door 2 – Anna</source>
        <translation>Till exempel: Entré 2 – Anna</translation>
    </message>
    <message>
        <source>This laptop&apos;s name</source>
        <translation>Den här datorns namn</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Delad mapp</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Only when I choose Sync now</source>
        <translation>Bara när jag väljer Synkronisera nu</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sync every so many minutes</source>
        <translation>Antal minuter mellan synkroniseringar</translation>
    </message>
    <message>
        <source>This laptop&apos;s &amp;name:</source>
        <translation>Den här datorns &amp;namn:</translation>
    </message>
    <message>
        <source>Shared &amp;folder:</source>
        <translation>Delad &amp;mapp:</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Synkronisera &amp;var:</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in</source>
        <translation>Oanmäld</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Förnamn:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Efternamn:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group:</source>
        <translation>&amp;Intressentgrupp:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <source>Save and check in</source>
        <translation>Spara och checka in</translation>
    </message>
    <message>
        <source>Someone not on the list: add them and check them in.</source>
        <translation>Någon som inte finns på listan: lägg till personen och checka in.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Dialogue Desk</source>
        <extracomment>The primary button: white on a dark blue (7:1), and a focus ring that a projector shows. How long the language box&apos;s choice rests before the window takes it (arrow keys step). The language chosen in the page&apos;s language row (a code such as &quot;et&quot;).</extracomment>
        <translation>Välkommen till Dialogue Desk</translation>
    </message>
    <message>
        <source>Plan the agenda, check participants in at the door, take notes and collect evaluations, all without an internet connection. Start by creating your event.</source>
        <translation>Planera programmet, checka in deltagarna vid entrén, för anteckningar och samla in utvärderingar – allt utan internetanslutning. Börja med att skapa ditt evenemang.</translation>
    </message>
    <message>
        <source>Create an event…</source>
        <translation>Skapa ett evenemang…</translation>
    </message>
    <message>
        <source>Open the practice event</source>
        <translation>Öppna övningsevenemanget</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Gränssnittsspråk</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>Event</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Första dagen</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sista dagen</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Anmälda</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Oanmälda</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Närvarograd</translation>
    </message>
    <message>
        <source>Mix: {group}</source>
        <translation>Fördelning: {group}</translation>
    </message>
    <message>
        <source>Evaluation responses</source>
        <translation>Utvärderingssvar</translation>
    </message>
    <message>
        <source>Mean: {question}</source>
        <translation>Medelvärde: {question}</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Jämförelse</translation>
    </message>
    <message>
        <source>Stakeholder mix</source>
        <translation>Intressentfördelning</translation>
    </message>
    <message>
        <source>Scale {low} to {high}</source>
        <translation>Skala {low} till {high}</translation>
    </message>
    <message>
        <source>Comparison of events</source>
        <translation>Jämförelse av evenemang</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Sida {page} av {pages}</translation>
    </message>
    <message>
        <source>Summary</source>
        <extracomment>The sheets in order; names translated into the export language.</extracomment>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Evaluation summary</source>
        <translation>Sammanfattning av utvärdering</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Exported from the practice store: training data, not a real event.</source>
        <translation>Exporterad från övningsdatafilen: övningsdata, inte ett riktigt evenemang.</translation>
    </message>
    <message>
        <source>Pseudonymised</source>
        <translation>Pseudonymiserad</translation>
    </message>
    <message>
        <source>Participants appear as codes (P001…); names, e-mails and phone numbers were removed.</source>
        <translation>Deltagarna anges som koder (P001…); namn, e-postadresser och telefonnummer har tagits bort.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Arrangör</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>Arbetsspråk</translation>
    </message>
    <message>
        <source>Chatham House rule</source>
        <translation>Chatham House-regeln</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporterad</translation>
    </message>
    <message>
        <source>Attended (at least one day)</source>
        <translation>Närvarande (minst en dag)</translation>
    </message>
    <message>
        <source>Attended on day {number} ({date})</source>
        <translation>Närvarande dag {number} ({date})</translation>
    </message>
    <message>
        <source>Attendance rate (registered who came)</source>
        <translation>Närvarograd (anmälda som kom)</translation>
    </message>
    <message>
        <source>Stakeholder mix (attended): {group}</source>
        <translation>Intressentfördelning (närvarande): {group}</translation>
    </message>
    <message>
        <source>Stakeholder mix (registered): {group}</source>
        <translation>Intressentfördelning (anmälda): {group}</translation>
    </message>
    <message>
        <source>Response rate (responses per attendee)</source>
        <translation>Svarsfrekvens (svar per närvarande)</translation>
    </message>
    <message>
        <source>Mean rating: {question}</source>
        <translation>Medelbetyg: {question}</translation>
    </message>
    <message>
        <source>Answered yes: {question}</source>
        <translation>Svarade ja: {question}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Planerad start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planerat slut</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Faktisk start</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Faktiskt slut</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Planerade minuter</translation>
    </message>
    <message>
        <source>Actual minutes</source>
        <translation>Faktiska minuter</translation>
    </message>
    <message>
        <source>Started late (minutes)</source>
        <translation>Sen start (minuter)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Samtalsledare</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Intressentgrupp</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Oanmäld</translation>
    </message>
    <message>
        <source>May be listed</source>
        <translation>Får listas</translation>
    </message>
    <message>
        <source>Photos allowed</source>
        <translation>Foton tillåtna</translation>
    </message>
    <message>
        <source>May be contacted</source>
        <translation>Får kontaktas</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Anmäld den</translation>
    </message>
    <message>
        <source>Days attended</source>
        <translation>Närvarodagar</translation>
    </message>
    <message>
        <source>Day {number} ({date})</source>
        <translation>Dag {number} ({date})</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Incheckningssätt</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Programpunkt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Författare</translation>
    </message>
    <message>
        <source>Written at</source>
        <translation>Antecknad</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulär</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>Inlämnat</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papper</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Skipped (not relevant)</source>
        <translation>Överhoppad (inte relevant)</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Obesvarad</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Medelvärde</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Fördelning</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Registrerat på dator</translation>
    </message>
</context>
<context>
    <name>WorkbookParticipants</name>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>XLSForm</name>
    <message>
        <source>Question “{name}”</source>
        <extracomment>Metadata an XLSForm may collect silently; they ask nothing and are left out without a word. What cannot be asked on a kiosk or on paper; left out with a warning. The rows pyxform makes up to draw a table-list group (a header row of choice labels). {code: the column&apos;s language name as the file wrote it (&quot;Eesti (et)&quot;)}</extracomment>
        <translation>Fråga ”{name}”</translation>
    </message>
    <message>
        <source>Survey row {row} (“{name}”)</source>
        <translation>Rad {row} på bladet survey (”{name}”)</translation>
    </message>
    <message>
        <source>the repeated group and the {n} question(s) in it are left out (a kiosk asks each question once).</source>
        <translation>den upprepade gruppen och frågorna i den ({n}) utelämnas (en kiosk ställer varje fråga en gång).</translation>
    </message>
    <message>
        <source>the question asks for {what} ({type}), which a kiosk or a paper form cannot take; it is left out.</source>
        <translation>frågan efterfrågar {what} ({type}), vilket en kiosk eller ett pappersformulär inte kan ta emot; den utelämnas.</translation>
    </message>
    <message>
        <source>another question of the form has the same name; this one is called “{new}” here.</source>
        <translation>en annan fråga i formuläret har samma namn; den här heter ”{new}” här.</translation>
    </message>
    <message>
        <source>the {column} expression “{expression}” cannot be evaluated here ({reason}); it is kept but not applied.</source>
        <translation>{column}-uttrycket ”{expression}” kan inte utvärderas här ({reason}); det behålls men tillämpas inte.</translation>
    </message>
    <message>
        <source>its {column} refers to “{name}”, which is left out; that answer counts as blank.</source>
        <translation>dess {column} hänvisar till ”{name}”, som utelämnas; det svaret räknas som tomt.</translation>
    </message>
    <message>
        <source>its choices come from the file “{file}”, which is not part of the form; it is left out.</source>
        <translation>dess svarsalternativ kommer från filen ”{file}”, som inte ingår i formuläret; den utelämnas.</translation>
    </message>
    <message>
        <source>its choice list names a choice twice; the second is left out.</source>
        <translation>dess lista med svarsalternativ nämner ett alternativ två gånger; det andra utelämnas.</translation>
    </message>
    <message>
        <source>the type “{type}” cannot be asked here; it is left out.</source>
        <translation>typen ”{type}” kan inte ställas här; den utelämnas.</translation>
    </message>
    <message>
        <source>the range parameters are not numbers.</source>
        <translation>intervallparametrarna är inte tal.</translation>
    </message>
    <message>
        <source>{file}: {n} problems:</source>
        <translation>{file}: {n} problem:</translation>
    </message>
    <message>
        <source>{file}: there is no such file.</source>
        <translation>{file}: filen finns inte.</translation>
    </message>
    <message>
        <source>{file}: an XLSForm is an Excel workbook (.xlsx or .xls).</source>
        <translation>{file}: en XLSForm är en Excel-arbetsbok (.xlsx eller .xls).</translation>
    </message>
    <message>
        <source>{file}: the form has no question it can ask.</source>
        <translation>{file}: formuläret har ingen fråga som kan ställas.</translation>
    </message>
    <message>
        <source>Row {n}:</source>
        <extracomment>pyxform stops at the first problem; taking that row out and asking again finds the next. The file is not an XLSForm this app can take (read here, or stored by the service).</extracomment>
        <translation>Rad {n}:</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>What pyxform writes (its own English), and the app&apos;s source text for it.</extracomment>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Specify other.</source>
        <translation>Ange annat.</translation>
    </message>
</context>
<context>
    <name>_PathRow</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Exportmapp</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportera till</translation>
    </message>
</context>
</TS>
