<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv" sourcelanguage="en">
<context>
    <name>ActionFieldsRow</name>
    <message>
        <source>&amp;Owner:</source>
        <extracomment>A new due date starts a week ahead, the most common follow-up; the user adjusts it from there. The organisation this row filled in for the owner chosen last: a user&apos;s own text is never replaced, a filled one follows when another participant is chosen. Participants changed since the suggestions were read (a walk-in at the door): they are read again when the owner field is next used, not on every check-in.</extracomment>
        <translation>&amp;Atbildīgais:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Or&amp;ganizācija:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>Ter&amp;miņš:</translation>
    </message>
    <message>
        <source>Give the action item a due date</source>
        <translation>Norādīt uzdevuma termiņu</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>&amp;Izpildīts</translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation>Uzdevuma atbildīgais</translation>
    </message>
    <message>
        <source>Participants are suggested as you type; choosing one fills the organisation.</source>
        <translation>Rakstot tiek piedāvāti dalībnieki; izvēloties kādu no tiem, tiek aizpildīta organizācija.</translation>
    </message>
    <message>
        <source>Action organisation</source>
        <translation>Atbildīgā organizācija</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termiņš</translation>
    </message>
</context>
<context>
    <name>ActionItemsView</name>
    <message numerus="yes">
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n uzdevums</numerusform>
            <numerusform>%n uzdevumi</numerusform>
            <numerusform>%n uzdevumu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n atvērts</numerusform>
            <numerusform>%n atvērti</numerusform>
            <numerusform>%n atvērtu</numerusform>
        </translation>
    </message>
    <message>
        <source>Only &amp;open ones</source>
        <translation>Tikai &amp;atvērtie</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Uzdevumi</translation>
    </message>
    <message>
        <source>Click a heading to sort. Space marks done or open; Enter opens the note.</source>
        <translation>Noklikšķiniet uz virsraksta, lai kārtotu. Atstarpe atzīmē kā izpildītu vai atvērtu; Enter atver piezīmi.</translation>
    </message>
</context>
<context>
    <name>ActualTimesDialog</name>
    <message>
        <source>Actual times</source>
        <translation>Faktiskais laiks</translation>
    </message>
    <message>
        <source>When did “{title}” really start and end?</source>
        <translation>Kad „{title}” faktiski sākās un beidzās?</translation>
    </message>
    <message>
        <source>&amp;Started at:</source>
        <translation>&amp;Sākās:</translation>
    </message>
    <message>
        <source>&amp;Ended at:</source>
        <translation>&amp;Beidzās:</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Faktiskais sākums</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Faktiskās beigas</translation>
    </message>
    <message>
        <source>When the item really started</source>
        <translation>Kad punkts faktiski sākās</translation>
    </message>
    <message>
        <source>When the item really ended</source>
        <translation>Kad punkts faktiski beidzās</translation>
    </message>
    <message>
        <source>The actual end cannot be before the actual start.</source>
        <translation>Faktiskās beigas nevar būt pirms faktiskā sākuma.</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>The item would run past midnight.</source>
        <extracomment>The published plan (see ``plan.py``); None until published, or for an item added after.</extracomment>
        <translation>Punkts turpinātos pēc pusnakts.</translation>
    </message>
    <message>
        <source>The item needs a title.</source>
        <translation>Punktam jānorāda nosaukums.</translation>
    </message>
    <message>
        <source>The title is too long.</source>
        <translation>Nosaukums ir pārāk garš.</translation>
    </message>
    <message>
        <source>The item must end after it starts.</source>
        <translation>Punktam jābeidzas pēc tā sākuma.</translation>
    </message>
    <message>
        <source>This agenda item no longer exists.</source>
        <translation>Šis programmas punkts vairs nepastāv.</translation>
    </message>
    <message>
        <source>Choose another event to copy the agenda from.</source>
        <translation>Izvēlieties citu pasākumu, no kura kopēt programmu.</translation>
    </message>
    <message>
        <source>That event has no agenda to copy.</source>
        <translation>Šim pasākumam nav programmas, ko kopēt.</translation>
    </message>
    <message>
        <source>This day is not one of the event&apos;s days.</source>
        <translation>Šī diena neietilpst pasākuma norises dienās.</translation>
    </message>
    <message>
        <source>It ends before it starts.</source>
        <translation>Tas beidzas pirms sākuma.</translation>
    </message>
    <message>
        <source>It starts before the item above it.</source>
        <translation>Tas sākas pirms augstāk esošā punkta.</translation>
    </message>
    <message>
        <source>It overlaps “{title}” (until {end}).</source>
        <translation>Tas pārklājas ar „{title}” (līdz {end}).</translation>
    </message>
</context>
<context>
    <name>AgendaImport</name>
    <message>
        <source>Date</source>
        <extracomment>field -&gt; header spellings (en, et, lv, sv, ru); matching ignores case, accents and script. The names of the fields, for the mapping preview.</extracomment>
        <translation>Datums</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Sākums</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beigas</translation>
    </message>
    <message>
        <source>Time (start–end)</source>
        <translation>Laiks (sākums–beigas)</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Ilgums (minūtes)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Facilitator(s)</source>
        <translation>Moderators(-i)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Telpa</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Apraksts</translation>
    </message>
    <message>
        <source>Fixed time</source>
        <translation>Fiksēts laiks</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <extracomment>What reading an agenda file gives: one row per item, each new or invalid.</extracomment>
        <translation>{row}. rinda: {problem}</translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… un vēl {n}.</translation>
    </message>
    <message>
        <source>The file&apos;s dates are too far apart to be moved onto the event&apos;s days.</source>
        <translation>Faila datumi ir pārāk tālu viens no otra, lai tos varētu pārbīdīt uz pasākuma dienām.</translation>
    </message>
    <message>
        <source>The file has a header row but no agenda items.</source>
        <translation>Failā ir galvenes rinda, bet nav programmas punktu.</translation>
    </message>
    <message>
        <source>“{value}” is not a time.</source>
        <translation>„{value}” nav laiks.</translation>
    </message>
    <message>
        <source>It looks like a list of people; import it as participants instead.</source>
        <extracomment>Length of the last item of a day when the file gives start times only.</extracomment>
        <translation>Šķiet, ka tas ir personu saraksts; importējiet to kā dalībniekus.</translation>
    </message>
    <message>
        <source>“{value}” is not a date, day number or weekday.</source>
        <translation>„{value}” nav datums, dienas numurs vai nedēļas diena.</translation>
    </message>
    <message>
        <source>“{value}” is not a time or a range of times.</source>
        <translation>„{value}” nav laiks vai laika intervāls.</translation>
    </message>
    <message>
        <source>“{value}” is not a number of minutes.</source>
        <translation>„{value}” nav minūšu skaits.</translation>
    </message>
    <message>
        <source>The start time is missing.</source>
        <translation>Nav norādīts sākuma laiks.</translation>
    </message>
    <message>
        <source>Rows {rows}: no end time is given; each item ends when the next one starts.</source>
        <translation>Rindas {rows}: nav norādīts beigu laiks; katrs punkts beidzas, kad sākas nākamais.</translation>
    </message>
    <message>
        <source>Rows {rows}: no end time is given and no item follows; the item lasts {minutes} minutes.</source>
        <translation>Rindas {rows}: nav norādīts beigu laiks, un tam neseko neviens punkts; punkta ilgums: {minutes} min.</translation>
    </message>
    <message>
        <source>Rows {rows}: the item ends at midnight; it is kept as ending 23:59.</source>
        <translation>Rindas {rows}: punkts beidzas pusnaktī; tiek saglabāts beigu laiks 23:59.</translation>
    </message>
    <message>
        <source>Kind “{value}” is not known; it becomes “Other”.</source>
        <translation>Veids „{value}” nav zināms; tas tiks aizstāts ar „Cits”.</translation>
    </message>
    <message>
        <source>The title is missing.</source>
        <translation>Nav norādīts nosaukums.</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Nav ko importēt.</translation>
    </message>
    <message>
        <source>“{value}”: the event ({first} – {last}) has no such day; write the date instead.</source>
        <extracomment>Words in front of a day number: &quot;Day 2&quot;, &quot;Päev 2&quot;, &quot;Tag 2&quot;, &quot;День 2&quot;.</extracomment>
        <translation>„{value}”: pasākumā ({first} – {last}) nav šādas dienas; norādiet datumu.</translation>
    </message>
    <message>
        <source>“{value}”: the event has {count} days of that name; write the date instead.</source>
        <translation>„{value}”: pasākumā ir vairākas dienas ar šādu nosaukumu ({count}); norādiet datumu.</translation>
    </message>
</context>
<context>
    <name>AgendaLive</name>
    <message>
        <source>Every item of the agenda has been held; nothing is left to start.</source>
        <extracomment>The plan was published by this start (the first F5 of the event).</extracomment>
        <translation>Visi programmas punkti jau ir notikuši; nav vairs ko sākt.</translation>
    </message>
    <message>
        <source>No item is running.</source>
        <translation>Neviens punkts pašlaik nenotiek.</translation>
    </message>
    <message>
        <source>An item that ended must have started.</source>
        <translation>Punkts nevar būt beidzies, ja tas nav sācies.</translation>
    </message>
    <message>
        <source>The actual end cannot be before the actual start.</source>
        <translation>Faktiskās beigas nevar būt pirms faktiskā sākuma.</translation>
    </message>
    <message numerus="yes">
        <source>Over time by %n min</source>
        <extracomment>Seconds since the running item started, and left of its planned length (negative: over). Minutes the day is behind (positive) or ahead (negative) of the plan; None: not started. item id -&gt; projected start, for the items of the running day not yet started. The calendar date the running day is being held on (planned times are on this date). Fixed items the day runs into: item id -&gt; minutes the items before it must be cut to keep its time. A fixed item is expected at its time; it does not move with the day.</extracomment>
        <translation>
            <numerusform>Laiks pārsniegts par %n min</numerusform>
            <numerusform>Laiks pārsniegts par %n min</numerusform>
            <numerusform>Laiks pārsniegts par %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The day is still %n min ahead; expected end {time}.</source>
        <translation>
            <numerusform>Diena joprojām apsteidz grafiku par %n min; paredzamās beigas plkst. {time}.</numerusform>
            <numerusform>Diena joprojām apsteidz grafiku par %n min; paredzamās beigas plkst. {time}.</numerusform>
            <numerusform>Diena joprojām apsteidz grafiku par %n min; paredzamās beigas plkst. {time}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The day runs %n min late; expected end {time}.</source>
        <translation>
            <numerusform>Diena kavējas par %n min; paredzamās beigas plkst. {time}.</numerusform>
            <numerusform>Diena kavējas par %n min; paredzamās beigas plkst. {time}.</numerusform>
            <numerusform>Diena kavējas par %n min; paredzamās beigas plkst. {time}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Day expected to end at {time} if %n min are cut before the fixed items.</source>
        <translation>
            <numerusform>Diena beigsies plkst. {time}, ja pirms fiksētajiem punktiem saīsinās par %n minūtēm.</numerusform>
            <numerusform>Diena beigsies plkst. {time}, ja pirms fiksētajiem punktiem saīsinās par %n minūti.</numerusform>
            <numerusform>Diena beigsies plkst. {time}, ja pirms fiksētajiem punktiem saīsinās par %n minūtēm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Day expected to end at {time}</source>
        <translation>Dienas beigas paredzētas plkst. {time}</translation>
    </message>
    <message numerus="yes">
        <source>Running %n min late</source>
        <translation>
            <numerusform>Kavējas par %n min</numerusform>
            <numerusform>Kavējas par %n min</numerusform>
            <numerusform>Kavējas par %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running %n min early</source>
        <translation>
            <numerusform>Apsteidz grafiku par %n min</numerusform>
            <numerusform>Apsteidz grafiku par %n min</numerusform>
            <numerusform>Apsteidz grafiku par %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Laikā</translation>
    </message>
</context>
<context>
    <name>AgendaPlan</name>
    <message>
        <source>Pu&amp;blish plan…</source>
        <translation>P&amp;ublicēt plānu…</translation>
    </message>
    <message>
        <source>Keep the current times as the published plan: later changes move the expected times, and the report compares the day with this plan.</source>
        <translation>Saglabāt pašreizējos laikus kā publicēto plānu: turpmākās izmaiņas pārbīda paredzamos laikus, un pārskatā diena tiek salīdzināta ar šo plānu.</translation>
    </message>
    <message>
        <source>Move the later items?</source>
        <translation>Vai pārbīdīt vēlākos punktus?</translation>
    </message>
    <message numerus="yes">
        <source>“{title}” now ends at {end} instead of {old}. Also move the %n later item(s) of this day by the same amount?</source>
        <translation>
            <numerusform>„{title}” tagad beidzas plkst. {end}, nevis plkst. {old}. Vai par tikpat pārbīdīt arī %n vēlāko šīs dienas punktu?</numerusform>
            <numerusform>„{title}” tagad beidzas plkst. {end}, nevis plkst. {old}. Vai par tikpat pārbīdīt arī %n vēlākos šīs dienas punktus?</numerusform>
            <numerusform>„{title}” tagad beidzas plkst. {end}, nevis plkst. {old}. Vai par tikpat pārbīdīt arī %n vēlāko šīs dienas punktu?</numerusform>
        </translation>
    </message>
    <message>
        <source>Fixed items keep their time. The published plan does not change either way; Ctrl+Z takes the change back.</source>
        <translation>Fiksētie punkti saglabā savu laiku. Publicētais plāns jebkurā gadījumā nemainās; Ctrl+Z atceļ izmaiņas.</translation>
    </message>
    <message>
        <source>&amp;Move them too</source>
        <translation>&amp;Pārbīdīt arī tos</translation>
    </message>
    <message>
        <source>&amp;Only this item</source>
        <translation>&amp;Tikai šo punktu</translation>
    </message>
    <message>
        <source>Publish the plan again?</source>
        <translation>Vai publicēt plānu vēlreiz?</translation>
    </message>
    <message>
        <source>The plan was already published. Publish the current times as the new plan? The report then compares the day with them. Ctrl+Z brings the old plan back.</source>
        <translation>Plāns jau ir publicēts. Vai publicēt pašreizējos laikus kā jauno plānu? Tad pārskatā diena tiks salīdzināta ar tiem. Ctrl+Z atjauno veco plānu.</translation>
    </message>
    <message numerus="yes">
        <source>%n later item(s) moved with it (Ctrl+Z takes it back).</source>
        <translation>
            <numerusform>Līdz ar to pārbīdīts %n vēlākais punkts (Ctrl+Z to atceļ).</numerusform>
            <numerusform>Līdz ar to pārbīdīti %n vēlākie punkti (Ctrl+Z to atceļ).</numerusform>
            <numerusform>Līdz ar to pārbīdīts %n vēlāko punktu (Ctrl+Z to atceļ).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this item changed; the later items keep their times.</source>
        <translation>Mainīts tikai šis punkts; vēlākie punkti saglabā savus laikus.</translation>
    </message>
    <message numerus="yes">
        <source>“{title}” runs into “{next}”. Move the %n later item(s) of this day back to make room?</source>
        <translation>
            <numerusform>„{title}” pārklājas ar „{next}”. Vai pārbīdīt %n vēlāko šīs dienas punktu uz vēlāku laiku, lai atbrīvotu vietu?</numerusform>
            <numerusform>„{title}” pārklājas ar „{next}”. Vai pārbīdīt %n vēlākos šīs dienas punktus uz vēlāku laiku, lai atbrīvotu vietu?</numerusform>
            <numerusform>„{title}” pārklājas ar „{next}”. Vai pārbīdīt %n vēlāko šīs dienas punktu uz vēlāku laiku, lai atbrīvotu vietu?</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish the plan</source>
        <translation>Publicēt plānu</translation>
    </message>
    <message numerus="yes">
        <source>Plan published (%n item(s)). Changes from now on move the expected times; the report compares the day with this plan.</source>
        <translation>
            <numerusform>Plāns publicēts (%n punkts). No šī brīža izmaiņas pārbīda paredzamos laikus; pārskatā diena tiek salīdzināta ar šo plānu.</numerusform>
            <numerusform>Plāns publicēts (%n punkti). No šī brīža izmaiņas pārbīda paredzamos laikus; pārskatā diena tiek salīdzināta ar šo plānu.</numerusform>
            <numerusform>Plāns publicēts (%n punktu). No šī brīža izmaiņas pārbīda paredzamos laikus; pārskatā diena tiek salīdzināta ar šo plānu.</numerusform>
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
        <translation>Programma</translation>
    </message>
    <message>
        <source>Agenda items of the day</source>
        <extracomment>The closed banner: dark text on a light grey, with a lock, so it does not rely on colour.</extracomment>
        <translation>Dienas programmas punkti</translation>
    </message>
    <message>
        <source>Enter edits the item, Insert adds one, Delete removes it, Alt+Up and Alt+Down move it, F5 starts the next item.</source>
        <translation>Enter rediģē punktu, Insert pievieno jaunu, Delete to dzēš, Alt+Up un Alt+Down to pārvieto, F5 sāk nākamo punktu.</translation>
    </message>
    <message>
        <source>Days of the event</source>
        <translation>Pasākuma dienas</translation>
    </message>
    <message>
        <source>Ctrl+PgUp and Ctrl+PgDown switch days.</source>
        <translation>Ctrl+PgUp un Ctrl+PgDown pārslēdz dienas.</translation>
    </message>
    <message>
        <source>Agenda tools</source>
        <translation>Programmas rīki</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Vairāk</translation>
    </message>
    <message>
        <source>More agenda actions</source>
        <translation>Citas programmas darbības</translation>
    </message>
    <message>
        <source>Publish the plan, import, copy or print the agenda</source>
        <translation>Publicēt plānu, importēt, kopēt vai drukāt programmu</translation>
    </message>
    <message>
        <source>No agenda items</source>
        <translation>Nav programmas punktu</translation>
    </message>
    <message>
        <source>Agenda problems</source>
        <translation>Programmas problēmas</translation>
    </message>
    <message>
        <source>This event is closed: its agenda is read-only. Reopen the event (File → Reopen event) to change it.</source>
        <translation>Šis pasākums ir noslēdzies: tā programmu var tikai skatīt. Lai to mainītu, atveriet pasākumu atkārtoti (Fails → Atvērt pasākumu atkārtoti).</translation>
    </message>
    <message>
        <source>Event closed</source>
        <translation>Pasākums noslēdzies</translation>
    </message>
    <message>
        <source>No items on this day yet. Press Insert to add one, or import the agenda from a spreadsheet (Event → Import agenda…).</source>
        <translation>Šajā dienā vēl nav punktu. Nospiediet Insert, lai pievienotu punktu, vai importējiet programmu no izklājlapas (Pasākums → Importēt programmu…).</translation>
    </message>
    <message>
        <source>Day {number} · {date}</source>
        <translation>{number}. diena · {date}</translation>
    </message>
    <message>
        <source>Not one of the event&apos;s days</source>
        <translation>Nav pasākuma diena</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need attention: overlapping, ending before they start or outside the event&apos;s days. Hover over ⚠ to see why.</source>
        <translation>
            <numerusform>%n punktam jāpievērš uzmanība: tas pārklājas, beidzas pirms sākuma vai ir ārpus pasākuma dienām. Novietojiet peli virs ⚠, lai redzētu iemeslu.</numerusform>
            <numerusform>%n punktiem jāpievērš uzmanība: tie pārklājas, beidzas pirms sākuma vai ir ārpus pasākuma dienām. Novietojiet peli virs ⚠, lai redzētu iemeslu.</numerusform>
            <numerusform>%n punktiem jāpievērš uzmanība: tie pārklājas, beidzas pirms sākuma vai ir ārpus pasākuma dienām. Novietojiet peli virs ⚠, lai redzētu iemeslu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of them on other days)</source>
        <translation>
            <numerusform>(%n no tiem citās dienās)</numerusform>
            <numerusform>(%n no tiem citās dienās)</numerusform>
            <numerusform>(%n no tiem citās dienās)</numerusform>
        </translation>
    </message>
    <message>
        <source>This step cannot be undone any more: the agenda changed.</source>
        <translation>Šo darbību vairs nevar atsaukt: programma ir mainījusies.</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>Rediģēt „{title}”</translation>
    </message>
    <message>
        <source>Move “{title}”</source>
        <translation>Pārvietot „{title}”</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <extracomment>Asked before an item that started under a minute ago is ended (tests replace it).</extracomment>
        <translation>&amp;Pievienot punktu…</translation>
    </message>
    <message>
        <source>&amp;Edit item…</source>
        <translation>&amp;Rediģēt punktu…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dublēt</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>D&amp;zēst</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Pārvietot &amp;augšup</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Pārvietot &amp;lejup</translation>
    </message>
    <message>
        <source>Actual &amp;times…</source>
        <translation>&amp;Faktiskais laiks…</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Iepriekšējā diena</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nākamā diena</translation>
    </message>
    <message>
        <source>&amp;Import agenda…</source>
        <translation>&amp;Importēt programmu…</translation>
    </message>
    <message>
        <source>&amp;Copy agenda from another event…</source>
        <translation>&amp;Kopēt programmu no cita pasākuma…</translation>
    </message>
    <message>
        <source>&amp;Print agenda (save as PDF)…</source>
        <translation>Drukā&amp;t programmu (saglabāt kā PDF)…</translation>
    </message>
    <message>
        <source>S&amp;top running item</source>
        <translation>Apturēt &amp;notiekošo punktu</translation>
    </message>
    <message>
        <source>Started “{title}” at {time}. Ctrl+Z takes it back.</source>
        <translation>„{title}” sākts plkst. {time}. Ctrl+Z to atceļ.</translation>
    </message>
    <message>
        <source>The plan as it stood is kept as the published plan.</source>
        <translation>Līdzšinējais plāns tiek saglabāts kā publicētais plāns.</translation>
    </message>
    <message numerus="yes">
        <source>Ended “{title}” at {time} after %n min. Ctrl+Z takes it back.</source>
        <translation>
            <numerusform>„{title}” beigts plkst. {time} pēc %n min. Ctrl+Z to atceļ.</numerusform>
            <numerusform>„{title}” beigts plkst. {time} pēc %n min. Ctrl+Z to atceļ.</numerusform>
            <numerusform>„{title}” beigts plkst. {time} pēc %n min. Ctrl+Z to atceļ.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;End “{title}”</source>
        <translation>&amp;Beigt „{title}”</translation>
    </message>
    <message>
        <source>&amp;Start next item</source>
        <translation>&amp;Sākt nākamo punktu</translation>
    </message>
    <message>
        <source>Start the next item: {title}</source>
        <translation>Sākt nākamo punktu: {title}</translation>
    </message>
    <message>
        <source>Add “{title}”</source>
        <translation>Pievienot „{title}”</translation>
    </message>
    <message>
        <source>Duplicate “{title}”</source>
        <translation>Dublēt „{title}”</translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation>Dzēst „{title}”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Dzēst %n punktu</numerusform>
            <numerusform>Dzēst %n punktus</numerusform>
            <numerusform>Dzēst %n punktu</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Dzēsts. Atsaukt (Ctrl+Z) to atjauno.</translation>
    </message>
    <message>
        <source>Correct actual times of “{title}”</source>
        <translation>Labot „{title}” faktisko laiku</translation>
    </message>
    <message>
        <source>Start “{title}”</source>
        <translation>Sākt „{title}”</translation>
    </message>
    <message>
        <source>End running item</source>
        <translation>Beigt notiekošo punktu</translation>
    </message>
    <message>
        <source>Stop running item</source>
        <translation>Apturēt notiekošo punktu</translation>
    </message>
    <message>
        <source>Import agenda</source>
        <translation>Importēt programmu</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Izklājlapas (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Nolasa {name}…</translation>
    </message>
    <message>
        <source>Import agenda from {name}</source>
        <translation>Importēt programmu no {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s) imported. Ctrl+Z takes the import back.</source>
        <translation>
            <numerusform>Importēts %n programmas punkts. Ctrl+Z atceļ importu.</numerusform>
            <numerusform>Importēti %n programmas punkti. Ctrl+Z atceļ importu.</numerusform>
            <numerusform>Importēti %n programmas punktu. Ctrl+Z atceļ importu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy agenda</source>
        <translation>Kopēt programmu</translation>
    </message>
    <message>
        <source>No other event has an agenda to copy.</source>
        <translation>Nevienam citam pasākumam nav programmas, ko kopēt.</translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s) copied.</source>
        <translation>
            <numerusform>Nokopēts %n programmas punkts.</numerusform>
            <numerusform>Nokopēti %n programmas punkti.</numerusform>
            <numerusform>Nokopēti %n programmas punktu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save agenda as PDF</source>
        <translation>Saglabāt programmu kā PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF faili (*.pdf)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Saglabā {name}…</translation>
    </message>
    <message>
        <source>The agenda could not be saved as PDF: {reason}</source>
        <translation>Programmu nevarēja saglabāt kā PDF: {reason}</translation>
    </message>
    <message>
        <source>Agenda saved</source>
        <translation>Programma saglabāta</translation>
    </message>
    <message>
        <source>The agenda was saved as {path}.</source>
        <translation>Programma saglabāta kā {path}.</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>&amp;Atvērt to</translation>
    </message>
    <message>
        <source>End the item now?</source>
        <translation>Vai beigt punktu tūlīt?</translation>
    </message>
    <message>
        <source>“{title}” started less than a minute ago. If you end it now, it is recorded as a 0-minute item.</source>
        <translation>Punkts „{title}” sākās mazāk nekā pirms minūtes. Ja to beigsiet tagad, tas tiks saglabāts kā 0 minūšu punkts.</translation>
    </message>
    <message>
        <source>&amp;End it now</source>
        <translation>&amp;Beigt tūlīt</translation>
    </message>
    <message>
        <source>&amp;Keep it running</source>
        <translation>&amp;Turpināt</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <source>A fixed item keeps its time when earlier items change length.</source>
        <extracomment>A closed event: nothing can be edited or dragged.</extracomment>
        <translation>Fiksēts punkts saglabā savu laiku, ja iepriekšējo punktu ilgums mainās.</translation>
    </message>
    <message>
        <source>When the item is expected to start, given how the day is running.</source>
        <translation>Kad punktam paredzēts sākties, ņemot vērā dienas gaitu.</translation>
    </message>
    <message>
        <source>The times in the published plan (the printed programme). Edits change the expected times, never these.</source>
        <translation>Laiki publicētajā plānā (izdrukātajā programmā). Labojumi maina paredzamos laikus, nevis šos.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>pievienots</translation>
    </message>
    <message numerus="yes">
        <source>Fixed time: the items before it run %n min into it. Shorten them to keep this time.</source>
        <translation>
            <numerusform>Fiksēts laiks: iepriekšējie punkti to pārklāj par %n min. Saīsiniet tos, lai saglabātu šo laiku.</numerusform>
            <numerusform>Fiksēts laiks: iepriekšējie punkti to pārklāj par %n min. Saīsiniet tos, lai saglabātu šo laiku.</numerusform>
            <numerusform>Fiksēts laiks: iepriekšējie punkti to pārklāj par %n min. Saīsiniet tos, lai saglabātu šo laiku.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Sākums</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beigas</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Facilitator(s)</source>
        <translation>Moderators(-i)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Telpa</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fiksēts</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Faktiskais</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Paredzēts</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicēts</translation>
    </message>
    <message>
        <source>Added after the plan was published; not in the printed programme.</source>
        <translation>Pievienots pēc plāna publicēšanas; izdrukātajā programmā tā nav.</translation>
    </message>
    <message>
        <source>Moved to another day since the plan.</source>
        <translation>Kopš plāna publicēšanas pārcelts uz citu dienu.</translation>
    </message>
    <message numerus="yes">
        <source>Expected %n min later than the published plan.</source>
        <translation>
            <numerusform>Paredzēts %n min vēlāk nekā publicētajā plānā.</numerusform>
            <numerusform>Paredzēts %n min vēlāk nekā publicētajā plānā.</numerusform>
            <numerusform>Paredzēts %n min vēlāk nekā publicētajā plānā.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected %n min earlier than the published plan.</source>
        <translation>
            <numerusform>Paredzēts %n min agrāk nekā publicētajā plānā.</numerusform>
            <numerusform>Paredzēts %n min agrāk nekā publicētajā plānā.</numerusform>
            <numerusform>Paredzēts %n min agrāk nekā publicētajā plānā.</numerusform>
        </translation>
    </message>
    <message>
        <source>As in the published plan.</source>
        <translation>Kā publicētajā plānā.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something unexpected went wrong. Everything saved so far is safe.

Details are in the log file:
{path}</source>
        <translation>Notika neparedzēta kļūda. Viss līdz šim saglabātais ir drošībā.

Sīkāka informācija ir žurnālfailā:
{path}</translation>
    </message>
</context>
<context>
    <name>BackgroundRunner</name>
    <message>
        <source>Cancel</source>
        <extracomment>Quicker work shows no progress dialog at all.</extracomment>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Notiek darbs</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Atceļ…</translation>
    </message>
</context>
<context>
    <name>ChathamHouse</name>
    <message>
        <source>Chatham House rule</source>
        <translation>Četemhausas noteikumi</translation>
    </message>
    <message>
        <source>Switch on the Chatham House rule for the whole event? Notes and quotes are then shown and exported without names.</source>
        <translation>Vai ieslēgt Četemhausas noteikumus visam pasākumam? Tad piezīmes un citāti tiks rādīti un eksportēti bez vārdiem.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) already name an author or speaker. While the rule is on the names are hidden, but they stay in the store unless you erase them.</source>
        <translation>
            <numerusform>%n piezīmē jau ir norādīts autors vai runātājs. Kamēr noteikumi ir ieslēgti, vārdi ir paslēpti, taču tie paliek datu failā, ja vien tos neizdzēšat.</numerusform>
            <numerusform>%n piezīmēs jau ir norādīts autors vai runātājs. Kamēr noteikumi ir ieslēgti, vārdi ir paslēpti, taču tie paliek datu failā, ja vien tos neizdzēšat.</numerusform>
            <numerusform>%n piezīmēs jau ir norādīts autors vai runātājs. Kamēr noteikumi ir ieslēgti, vārdi ir paslēpti, taču tie paliek datu failā, ja vien tos neizdzēšat.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Erase the names already entered (cannot be undone)</source>
        <translation>&amp;Dzēst jau ievadītos vārdus (to nevar atsaukt)</translation>
    </message>
    <message>
        <source>&amp;Switch on</source>
        <translation>&amp;Ieslēgt</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>{day} is not a day of this event.</source>
        <extracomment>True when the person was already checked in that day: nothing was changed.</extracomment>
        <translation>{day} nav šī pasākuma diena.</translation>
    </message>
    <message>
        <source>This participant no longer exists (id {id}).</source>
        <translation>Šis dalībnieks vairs nepastāv (ID {id}).</translation>
    </message>
</context>
<context>
    <name>CheckInActions</name>
    <message>
        <source>&amp;Take back check-in</source>
        <translation>&amp;Atcelt reģistrāciju</translation>
    </message>
    <message>
        <source>No one on the list matches “{text}”. Check the spelling, or press {key} to add a walk-in.</source>
        <translation>Sarakstā neviens neatbilst „{text}”. Pārbaudiet rakstību vai nospiediet {key}, lai pievienotu dalībnieku bez pieteikšanās.</translation>
    </message>
    <message>
        <source>&amp;Check in highlighted person</source>
        <translation>&amp;Reģistrēt iezīmēto personu</translation>
    </message>
    <message>
        <source>Add &amp;walk-in…</source>
        <translation>Pievienot dalībnieku &amp;bez pieteikšanās…</translation>
    </message>
    <message>
        <source>Enter &amp;paper sign-in marks…</source>
        <translation>Ievadīt atzīmes no &amp;papīra saraksta…</translation>
    </message>
    <message>
        <source>&amp;Add participant…</source>
        <translation>Pievienot &amp;dalībnieku…</translation>
    </message>
    <message>
        <source>&amp;Edit participant…	F2</source>
        <translation>R&amp;ediģēt dalībnieku…	F2</translation>
    </message>
    <message>
        <source>&amp;Delete participants…	Del</source>
        <translation>D&amp;zēst dalībniekus…	Del</translation>
    </message>
    <message>
        <source>&amp;Merge selected participants</source>
        <translation>Apvie&amp;not atlasītos dalībniekus</translation>
    </message>
    <message>
        <source>Find d&amp;uplicates…</source>
        <translation>Atrast d&amp;ublikātus…</translation>
    </message>
    <message>
        <source>Print si&amp;gn-in sheet (PDF)…</source>
        <translation>Drukāt parakstu &amp;lapu (PDF)…</translation>
    </message>
    <message>
        <source>check-in of {name}</source>
        <translation>reģistrācija ({name})</translation>
    </message>
    <message>
        <source>taking back the check-in of {name}</source>
        <translation>reģistrācijas atcelšana ({name})</translation>
    </message>
    <message>
        <source>walk-in {name}</source>
        <translation>dalībnieks bez pieteikšanās ({name})</translation>
    </message>
    <message>
        <source>paper sign-in marks ({count})</source>
        <translation>atzīmes no papīra saraksta ({count})</translation>
    </message>
    <message>
        <source>Already on the list</source>
        <translation>Jau ir sarakstā</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) with this name are already on the list.</source>
        <translation>
            <numerusform>Sarakstā jau ir %n persona ar šādu vārdu.</numerusform>
            <numerusform>Sarakstā jau ir %n personas ar šādu vārdu.</numerusform>
            <numerusform>Sarakstā jau ir %n personu ar šādu vārdu.</numerusform>
        </translation>
    </message>
    <message>
        <source>no organisation</source>
        <translation>bez organizācijas</translation>
    </message>
    <message>
        <source>Check in the registered {name} ({organisation}) instead</source>
        <translation>Tā vietā reģistrēt pieteikušos personu: {name} ({organisation})</translation>
    </message>
    <message>
        <source>Check in the earlier walk-in {name} ({organisation}) instead</source>
        <translation>Tā vietā reģistrēt agrāk pievienoto dalībnieku bez pieteikšanās: {name} ({organisation})</translation>
    </message>
    <message>
        <source>(already here)</source>
        <translation>(jau ir klāt)</translation>
    </message>
    <message>
        <source>Add a new walk-in</source>
        <translation>Pievienot jaunu dalībnieku bez pieteikšanās</translation>
    </message>
    <message>
        <source>&amp;Import registration list…</source>
        <translation>&amp;Importēt pieteikumu sarakstu…</translation>
    </message>
    <message>
        <source>Name &amp;badges (PDF)…</source>
        <translation>&amp;Vārda kartītes (PDF)…</translation>
    </message>
    <message>
        <source>{name} was already checked in {day} at {time} — nothing changed.</source>
        <translation>{name}: reģistrācija jau veikta ({day}, plkst. {time}) — nekas netika mainīts.</translation>
    </message>
    <message>
        <source>✓ {name} checked in at {time}. (Ctrl+Z takes it back.)</source>
        <translation>✓ {name}: reģistrācija veikta plkst. {time}. (Ctrl+Z to atceļ.)</translation>
    </message>
    <message>
        <source>{name} is no longer checked in.</source>
        <translation>{name}: reģistrācija atcelta.</translation>
    </message>
    <message>
        <source>✓ {name} added as a walk-in and checked in at {time}.</source>
        <translation>✓ {name}: dalībnieks bez pieteikšanās pievienots un reģistrēts plkst. {time}.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) marked present from the paper list.</source>
        <translation>
            <numerusform>Pēc papīra saraksta klātesošs atzīmēts %n dalībnieks.</numerusform>
            <numerusform>Pēc papīra saraksta klātesoši atzīmēti %n dalībnieki.</numerusform>
            <numerusform>Pēc papīra saraksta klātesoši atzīmēti %n dalībnieku.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding {name}</source>
        <translation>Pievienošana ({name})</translation>
    </message>
    <message>
        <source>{name} added.</source>
        <translation>Pievienots dalībnieks: {name}.</translation>
    </message>
    <message>
        <source>Editing {name}</source>
        <translation>Rediģēšana ({name})</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Vai dzēst {name}?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n participant(s)?</source>
        <translation>
            <numerusform>Vai dzēst %n dalībnieku?</numerusform>
            <numerusform>Vai dzēst %n dalībniekus?</numerusform>
            <numerusform>Vai dzēst %n dalībnieku?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete participants</source>
        <translation>Dzēst dalībniekus</translation>
    </message>
    <message>
        <source>Their check-ins are deleted with them. Edit → Undo brings them back.</source>
        <translation>Kopā ar dalībniekiem tiek dzēstas arī viņu reģistrācijas. Rediģēt → Atsaukt tās atjauno.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n participant(s)</source>
        <translation>
            <numerusform>%n dalībnieka dzēšana</numerusform>
            <numerusform>%n dalībnieku dzēšana</numerusform>
            <numerusform>%n dalībnieku dzēšana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) deleted. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Dzēsts %n dalībnieks. Ctrl+Z to atjauno.</numerusform>
            <numerusform>Dzēsti %n dalībnieki. Ctrl+Z tos atjauno.</numerusform>
            <numerusform>Dzēsti %n dalībnieku. Ctrl+Z tos atjauno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merging %n duplicate(s)</source>
        <translation>
            <numerusform>%n dublikāta apvienošana</numerusform>
            <numerusform>%n dublikātu apvienošana</numerusform>
            <numerusform>%n dublikātu apvienošana</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged into {names}.</source>
        <translation>Apvienots ar {names}.</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dublikāti</translation>
    </message>
    <message>
        <source>No duplicates found: no two participants share an e-mail address, or a name and organisation.</source>
        <translation>Dublikāti nav atrasti: nevienam dalībnieku pārim nav vienādas e-pasta adreses vai vienāda vārda un organizācijas.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of possible duplicates:</source>
        <translation>
            <numerusform>%n iespējamo dublikātu grupa:</numerusform>
            <numerusform>%n iespējamo dublikātu grupas:</numerusform>
            <numerusform>%n iespējamo dublikātu grupu:</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge each group</source>
        <translation>Apvienot katru grupu</translation>
    </message>
</context>
<context>
    <name>CheckInFileActions</name>
    <message>
        <source>Import registration list</source>
        <extracomment>Writes the PDFs, one at a time.</extracomment>
        <translation>Importēt pieteikumu sarakstu</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Izklājlapas (*.xlsx *.csv *.txt);;Visi faili (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Nolasa {name}…</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importē {name}…</translation>
    </message>
    <message>
        <source>{file}: {imported} imported, {merged} merged, {skipped} skipped.</source>
        <translation>{file}: importēti {imported}, apvienoti {merged}, izlaisti {skipped}.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: {reason}</source>
        <translation>PDF nevarēja saglabāt: {reason}</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Saglabāts: {path}.</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Saglabā {name}…</translation>
    </message>
    <message>
        <source>Print sign-in sheet</source>
        <translation>Drukāt parakstu lapu</translation>
    </message>
    <message>
        <source>sign-in sheet.pdf</source>
        <translation>parakstu lapa.pdf</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Vārda kartītes</translation>
    </message>
    <message>
        <source>Print badges for the selected participants or for everyone?</source>
        <translation>Drukāt vārda kartītes atlasītajiem dalībniekiem vai visiem?</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n atlasītajam</numerusform>
            <numerusform>%n atlasītajiem</numerusform>
            <numerusform>%n atlasītajiem</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Visiem</translation>
    </message>
    <message>
        <source>badges.pdf</source>
        <translation>vārda kartītes.pdf</translation>
    </message>
</context>
<context>
    <name>CheckInTab</name>
    <message>
        <source>Check-in</source>
        <extracomment>Whether the highlighted row was chosen by the user (arrows, click), not by the search. The counters shown (of the chosen day), kept true after each arrival. The door of the plain read while the store opens (``show_door``), else None.</extracomment>
        <translation>Reģistrācija</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <extracomment>The walk-in key (the tab&apos;s, as Ctrl+N is &quot;New event&quot; in the window).</extracomment>
        <translation>&amp;Diena:</translation>
    </message>
    <message>
        <source>Day of the event</source>
        <translation>Pasākuma diena</translation>
    </message>
    <message>
        <source>Type a few letters of a name, organisation or e-mail, then Enter</source>
        <translation>Ierakstiet dažus vārda, organizācijas vai e-pasta burtus un nospiediet Enter</translation>
    </message>
    <message>
        <source>Find participant</source>
        <translation>Meklēt dalībnieku</translation>
    </message>
    <message>
        <source>Type a few letters, then Enter. When several people match, press 1 to 9 to choose; arrow keys move through the list.</source>
        <translation>Ierakstiet dažus burtus un nospiediet Enter. Ja atbilst vairākas personas, izvēlieties ar taustiņiem 1–9; ar bultiņu taustiņiem var pārvietoties sarakstā.</translation>
    </message>
    <message>
        <source>The day people are checked in for</source>
        <translation>Diena, kurai tiek reģistrēti dalībnieki</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Reģistrēt</translation>
    </message>
    <message>
        <source>Check in the highlighted person, or the only one matching the search</source>
        <translation>Reģistrēt iezīmēto personu vai vienīgo, kas atbilst meklētajam</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Bez pieteikšanās…</translation>
    </message>
    <message>
        <source>Add walk-in</source>
        <translation>Pievienot dalībnieku bez pieteikšanās</translation>
    </message>
    <message>
        <source>Add someone who is not on the list and check them in ({key})</source>
        <translation>Pievienot personu, kuras nav sarakstā, un reģistrēt to ({key})</translation>
    </message>
    <message>
        <source>Everyone on the list; a tick and the time show who is here</source>
        <translation>Visi sarakstā esošie; ķeksītis un laiks norāda, kurš ir klāt</translation>
    </message>
    <message>
        <source>No participants yet.
Import the registration list, or add people one by one. Walk-ins can be added at the door with Ctrl+Shift+N.</source>
        <translation>Vēl nav dalībnieku.
Importējiet pieteikumu sarakstu vai pievienojiet dalībniekus pa vienam. Dalībniekus bez pieteikšanās var pievienot pie ieejas ar Ctrl+Shift+N.</translation>
    </message>
    <message>
        <source>No participants yet</source>
        <translation>Vēl nav dalībnieku</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <source>Import registration list…</source>
        <translation>Importēt pieteikumu sarakstu…</translation>
    </message>
    <message>
        <source>Add participant…</source>
        <translation>Pievienot dalībnieku…</translation>
    </message>
    <message>
        <source>Door news</source>
        <extracomment>The idle line: dark grey on the window (7:1, WCAG AAA), normal weight.</extracomment>
        <translation>Reģistrācijas paziņojumi</translation>
    </message>
    <message>
        <source>Enter checks in · 1–9 choose when several match · Ctrl+Z takes the last check-in back</source>
        <translation>Enter reģistrē · 1–9 izvēlas, ja atbilst vairāki · Ctrl+Z atsauc pēdējo reģistrāciju</translation>
    </message>
    <message>
        <source>Day {number}: {date}</source>
        <extracomment>Set by the tab: pick the n-th person of an open chooser (True if there was one).</extracomment>
        <translation>{number}. diena: {date}</translation>
    </message>
    <message>
        <source>(today)</source>
        <translation>(šodien)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>šodien</translation>
    </message>
    <message>
        <source>Undone: {edit}</source>
        <translation>Atsaukts: {edit}</translation>
    </message>
    <message>
        <source>Redone: {edit}</source>
        <translation>Atkārtots: {edit}</translation>
    </message>
    <message>
        <source>{name} is checked in as soon as the store is open (a moment).</source>
        <extracomment>Participants (id: name) to check in once the store is open, in the order asked for.</extracomment>
        <translation>{name} tiks reģistrēts, tiklīdz datubāze būs atvērta (mirkli).</translation>
    </message>
    <message>
        <source>Not checked in, because another event was opened: {names}. Check them in again on their event.</source>
        <translation>Nav reģistrēti, jo tika atvērts cits pasākums: {names}. Reģistrējiet viņus vēlreiz viņu pasākumā.</translation>
    </message>
</context>
<context>
    <name>CloseEventDialog</name>
    <message>
        <source>Close event and export</source>
        <translation>Noslēgt pasākumu un eksportēt</translation>
    </message>
    <message>
        <source>Close “{title}” and write its workbook and PDF summary into the export folder (a subfolder per event, dated file names; earlier exports are kept). You can reopen the event later.</source>
        <translation>Noslēgt „{title}” un saglabāt tā darbgrāmatu un PDF kopsavilkumu eksporta mapē (katram pasākumam sava apakšmape, failu nosaukumos datums; iepriekšējie eksporti tiek saglabāti). Pasākumu vēlāk var atvērt atkārtoti.</translation>
    </message>
    <message>
        <source>&amp;Use this folder from now on</source>
        <translation>&amp;Turpmāk izmantot šo mapi</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Valoda:</translation>
    </message>
    <message>
        <source>Export &amp;folder:</source>
        <translation>Eksporta &amp;mape:</translation>
    </message>
    <message>
        <source>Close and e&amp;xport</source>
        <translation>Noslēgt un &amp;eksportēt</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Mape {folder} nepastāv.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare events</source>
        <translation>Salīdzināt pasākumus</translation>
    </message>
    <message>
        <source>Tick the events to compare in one workbook.</source>
        <translation>Atzīmējiet pasākumus, ko salīdzināt vienā darbgrāmatā.</translation>
    </message>
    <message>
        <source>Events to compare</source>
        <translation>Salīdzināmie pasākumi</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Darbgrāmatas (*.xlsx)</translation>
    </message>
    <message>
        <source>E&amp;vents:</source>
        <translation>&amp;Pasākumi:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Valoda:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fails:</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Salīdzināt</translation>
    </message>
    <message>
        <source>Tick at least one event.</source>
        <translation>Atzīmējiet vismaz vienu pasākumu.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Mape {folder} nepastāv.</translation>
    </message>
</context>
<context>
    <name>CopyAgendaDialog</name>
    <message>
        <source>Copy agenda from another event</source>
        <translation>Kopēt programmu no cita pasākuma</translation>
    </message>
    <message>
        <source>Event to copy from</source>
        <translation>Pasākums, no kura kopēt</translation>
    </message>
    <message>
        <source>Its items are added to this event&apos;s agenda; actual times are not copied.</source>
        <translation>Tā punkti tiek pievienoti šī pasākuma programmai; faktiskais laiks netiek kopēts.</translation>
    </message>
    <message numerus="yes">
        <source>{title} · {date} (%n item(s))</source>
        <translation>
            <numerusform>{title} · {date} (%n punkts)</numerusform>
            <numerusform>{title} · {date} (%n punkti)</numerusform>
            <numerusform>{title} · {date} (%n punktu)</numerusform>
        </translation>
    </message>
    <message>
        <source>Its items are added to this event&apos;s agenda, moved so that its first day falls on {day}. Actual times are not copied; Undo takes the copy back.</source>
        <translation>Tā punkti tiek pievienoti šī pasākuma programmai, pārbīdot tos tā, lai pirmā diena būtu {day}. Faktiskie laiki netiek kopēti; Atsaukt atceļ kopēšanu.</translation>
    </message>
    <message>
        <source>&amp;Copy agenda</source>
        <translation>&amp;Kopēt programmu</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Pasākums:</translation>
    </message>
</context>
<context>
    <name>CountersPanel</name>
    <message>
        <source>By day</source>
        <translation>Pa dienām</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Apmeklējums</translation>
    </message>
    <message>
        <source>By stakeholder group (here / on the list)</source>
        <translation>Pa ieinteresēto pušu grupām (klāt / sarakstā)</translation>
    </message>
    <message>
        <source>Registered people here today</source>
        <translation>Pieteikušies dalībnieki, kas šodien ir klāt</translation>
    </message>
    <message>
        <source>Registered people here on {day}</source>
        <translation>Pieteikušies dalībnieki, kas ir klāt ({day})</translation>
    </message>
    <message numerus="yes">
        <source>+ %n walk-in(s) here</source>
        <translation>
            <numerusform>+ %n dalībnieks bez pieteikšanās ir klāt</numerusform>
            <numerusform>+ %n dalībnieki bez pieteikšanās ir klāt</numerusform>
            <numerusform>+ %n dalībnieku bez pieteikšanās ir klāt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people here in all</source>
        <translation>
            <numerusform>Kopā klāt %n persona</numerusform>
            <numerusform>Kopā klāt %n personas</numerusform>
            <numerusform>Kopā klāt %n personu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered participant(s).</source>
        <translation>
            <numerusform>%n pieteikts dalībnieks.</numerusform>
            <numerusform>%n pieteikti dalībnieki.</numerusform>
            <numerusform>%n pieteiktu dalībnieku.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them here.</source>
        <translation>
            <numerusform>No tiem klāt ir %n.</numerusform>
            <numerusform>No tiem klāt ir %n.</numerusform>
            <numerusform>No tiem klāt ir %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in(s) here.</source>
        <translation>
            <numerusform>Klāt %n dalībnieks bez pieteikšanās.</numerusform>
            <numerusform>Klāt %n dalībnieki bez pieteikšanās.</numerusform>
            <numerusform>Klāt %n dalībnieku bez pieteikšanās.</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}: {count} here</source>
        <translation>{day}: klāt {count}</translation>
    </message>
    <message>
        <source>No one checked in yet.</source>
        <translation>Vēl neviens nav reģistrēts.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The file could not be used{where}: {reason}. Nothing was changed.</source>
        <extracomment>What guards catch: errors a user can act on. Bugs are left to ``describe`` or the last handler.</extracomment>
        <translation>Failu nevarēja izmantot{where}: {reason}. Nekas netika mainīts.</translation>
    </message>
    <message>
        <source>Something went wrong unexpectedly ({name}). Details are in {log}.</source>
        <translation>Negaidīti radās kļūda ({name}). Sīkāka informācija ir failā {log}.</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>There is no evaluation form {id}.</source>
        <translation>Novērtējuma anketas {id} nav.</translation>
    </message>
    <message>
        <source>The question needs a text in at least one language.</source>
        <extracomment>A question&apos;s machine name, as XLSForm and ODK accept it. (XML names: letters of any script, digits, _ . -, not starting with a digit.)</extracomment>
        <translation>Jautājumam jānorāda teksts vismaz vienā valodā.</translation>
    </message>
    <message>
        <source>The name “{name}” may hold only letters, digits and _ and must not start with a digit.</source>
        <translation>Nosaukumā „{name}” drīkst būt tikai burti, cipari un _, un tas nedrīkst sākties ar ciparu.</translation>
    </message>
    <message>
        <source>Another question of this form is already named “{name}”.</source>
        <translation>Šajā anketā jau ir jautājums ar nosaukumu „{name}”.</translation>
    </message>
    <message>
        <source>A rating scale runs from 0 or more to a higher number, at most 11 points.</source>
        <translation>Vērtējuma skala sākas ar 0 vai lielāku skaitli un beidzas ar lielāku skaitli; ne vairāk kā 11 punkti.</translation>
    </message>
    <message>
        <source>A choice question needs at least two choices.</source>
        <translation>Izvēles jautājumam jābūt vismaz diviem atbilžu variantiem.</translation>
    </message>
    <message>
        <source>Two choices have the same name.</source>
        <translation>Diviem atbilžu variantiem ir vienāds nosaukums.</translation>
    </message>
    <message>
        <source>A choice name cannot contain spaces.</source>
        <translation>Atbilžu varianta nosaukumā nedrīkst būt atstarpes.</translation>
    </message>
    <message>
        <source>The form needs a title.</source>
        <translation>Anketai jānorāda nosaukums.</translation>
    </message>
    <message>
        <source>Question {n}: {problem}</source>
        <translation>{n}. jautājums: {problem}</translation>
    </message>
    <message>
        <source>This question already has answers; its kind cannot change. Add a new question instead.</source>
        <translation>Uz šo jautājumu jau ir atbildes; tā veidu nevar mainīt. Tā vietā pievienojiet jaunu jautājumu.</translation>
    </message>
    <message>
        <source>There is no question {id}.</source>
        <translation>Jautājuma {id} nav.</translation>
    </message>
    <message>
        <source>Several forms are called “{title}” (ids {ids}); give the id.</source>
        <translation>Vairākām anketām ir nosaukums „{title}” (ID {ids}); norādiet ID.</translation>
    </message>
    <message>
        <source>There is no evaluation form “{form}”.</source>
        <translation>Novērtējuma anketas „{form}” nav.</translation>
    </message>
    <message>
        <source>Give a whole number from {low} to {high}.</source>
        <translation>Norādiet veselu skaitli no {low} līdz {high}.</translation>
    </message>
    <message>
        <source>Give a number.</source>
        <translation>Norādiet skaitli.</translation>
    </message>
    <message>
        <source>Give a number of at least {low}.</source>
        <translation>Norādiet skaitli, kas nav mazāks par {low}.</translation>
    </message>
    <message>
        <source>Give a number of at most {high}.</source>
        <translation>Norādiet skaitli, kas nav lielāks par {high}.</translation>
    </message>
    <message>
        <source>Give a whole number.</source>
        <translation>Norādiet veselu skaitli.</translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation>Atbildiet „jā” vai „nē”.</translation>
    </message>
    <message>
        <source>Pick one of the choices.</source>
        <translation>Izvēlieties vienu no atbilžu variantiem.</translation>
    </message>
    <message>
        <source>“{name}” is not one of the choices.</source>
        <translation>„{name}” nav neviens no atbilžu variantiem.</translation>
    </message>
    <message>
        <source>Confirm with OK, or leave it blank.</source>
        <translation>Apstipriniet ar OK vai atstājiet tukšu.</translation>
    </message>
    <message>
        <source>Put the choices in order, each once.</source>
        <translation>Sakārtojiet atbilžu variantus secībā, katru vienu reizi.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>Teksts ir pārāk garš.</translation>
    </message>
    <message>
        <source>This is a heading; it takes no answer.</source>
        <translation>Šis ir virsraksts; uz to neatbild.</translation>
    </message>
    <message>
        <source>Give it as {example}.</source>
        <translation>Norādiet to šādā formā: {example}.</translation>
    </message>
    <message>
        <source>The form has no question “{name}”.</source>
        <translation>Anketā nav jautājuma „{name}”.</translation>
    </message>
    <message>
        <source>This question needs an answer.</source>
        <translation>Uz šo jautājumu jāatbild.</translation>
    </message>
    <message>
        <source>Pick one of the choices offered.</source>
        <translation>Izvēlieties vienu no piedāvātajiem atbilžu variantiem.</translation>
    </message>
    <message>
        <source>There is no response {id}.</source>
        <translation>Atbildes {id} nav.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jā</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nē</translation>
    </message>
    <message>
        <source>There is no built-in form “{key}”.</source>
        <extracomment>The key of ``EvaluationForm.settings`` holding a built-in form&apos;s title in each language.</extracomment>
        <translation>Iebūvētas anketas „{key}” nav.</translation>
    </message>
    <message>
        <source>This answer is not allowed here.</source>
        <extracomment>The logic keys that hold an expression (checked at import, evaluated here). Passes over the form: a calculation may use a later answer; two more settle nearly every form. Names of questions and groups that are relevant (asked). Answerable questions not asked (their relevance is false), in form order. Questions that need an answer now. Calculated values (calculate, hidden with a calculation), as text. Questions with a choice_filter: the names of the choices to offer. Violated constraints: question name -&gt; message in the respondent&apos;s language.</extracomment>
        <translation>Šāda atbilde šeit nav atļauta.</translation>
    </message>
</context>
<context>
    <name>EvaluationCommands</name>
    <message>
        <source>Add question</source>
        <translation>Pievienot jautājumu</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Rediģēt jautājumu</translation>
    </message>
    <message>
        <source>Move question</source>
        <translation>Pārvietot jautājumu</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Dzēst jautājumu</translation>
    </message>
    <message>
        <source>Enter response</source>
        <translation>Ievadīt atbildi</translation>
    </message>
    <message>
        <source>Change response {n}</source>
        <translation>Mainīt atbildi {n}</translation>
    </message>
    <message>
        <source>Delete response {n}</source>
        <translation>Dzēst atbildi {n}</translation>
    </message>
</context>
<context>
    <name>EvaluationTab</name>
    <message>
        <source>Evaluation</source>
        <extracomment>Forms and responses changed by undo/redo or another view; the event&apos;s languages.</extracomment>
        <translation>Novērtējums</translation>
    </message>
    <message>
        <source>&amp;New form</source>
        <translation>&amp;Jauna anketa</translation>
    </message>
    <message>
        <source>Dialogue event evaluation (built in)</source>
        <translation>Dialoga pasākuma novērtējums (iebūvēts)</translation>
    </message>
    <message>
        <source>Training seminar evaluation (built in)</source>
        <translation>Apmācību semināra novērtējums (iebūvēts)</translation>
    </message>
    <message>
        <source>Empty form</source>
        <translation>Tukša anketa</translation>
    </message>
    <message>
        <source>&amp;Import XLSForm…</source>
        <translation>&amp;Importēt XLSForm…</translation>
    </message>
    <message>
        <source>&amp;Export as XLSForm…</source>
        <translation>&amp;Eksportēt kā XLSForm…</translation>
    </message>
    <message>
        <source>&amp;Rename form…</source>
        <translation>&amp;Pārdēvēt anketu…</translation>
    </message>
    <message>
        <source>Form &amp;languages…</source>
        <translation>Anketas &amp;valodas…</translation>
    </message>
    <message>
        <source>&amp;Delete form…</source>
        <translation>&amp;Dzēst anketu…</translation>
    </message>
    <message>
        <source>Start &amp;kiosk…</source>
        <translation>Palaist k&amp;iosku…</translation>
    </message>
    <message>
        <source>Start evaluation &amp;kiosk…</source>
        <translation>Palaist novērtējuma &amp;kiosku…</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Veidošana</translation>
    </message>
    <message>
        <source>Enter paper forms</source>
        <translation>Papīra anketu ievade</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Rezultāti</translation>
    </message>
    <message numerus="yes">
        <source>{title} — %n question(s)</source>
        <translation>
            <numerusform>{title} — %n jautājums</numerusform>
            <numerusform>{title} — %n jautājumi</numerusform>
            <numerusform>{title} — %n jautājumu</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or create an event to evaluate it.</source>
        <translation>Atveriet vai izveidojiet pasākumu, lai to novērtētu.</translation>
    </message>
    <message>
        <source>This event has no evaluation form yet.

Create one with New form (the built-in dialogue-event evaluation is ready in five languages), or import the XLSForm your coordinator wrote.</source>
        <translation>Šim pasākumam vēl nav novērtējuma anketas.

Izveidojiet to ar pogu „Jauna anketa” (iebūvētā dialoga pasākuma novērtējuma anketa ir gatava piecās valodās) vai importējiet koordinatora sagatavoto XLSForm.</translation>
    </message>
    <message>
        <source>No form created</source>
        <translation>Anketa nav izveidota</translation>
    </message>
    <message>
        <source>New form</source>
        <translation>Jauna anketa</translation>
    </message>
    <message>
        <source>Title of the form:</source>
        <translation>Anketas nosaukums:</translation>
    </message>
    <message>
        <source>Import XLSForm</source>
        <translation>Importēt XLSForm</translation>
    </message>
    <message>
        <source>XLSForm (*.xlsx *.xls)</source>
        <translation>XLSForm (*.xlsx *.xls)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Nolasa {file}…</translation>
    </message>
    <message>
        <source>Form not imported</source>
        <translation>Anketa netika importēta</translation>
    </message>
    <message>
        <source>F&amp;orm:</source>
        <translation>&amp;Anketa:</translation>
    </message>
    <message>
        <source>Form actions</source>
        <translation>Anketas darbības</translation>
    </message>
    <message>
        <source>Export as XLSForm</source>
        <translation>Eksportēt kā XLSForm</translation>
    </message>
    <message>
        <source>XLSForm (*.xlsx)</source>
        <translation>XLSForm (*.xlsx)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Netika eksportēta</translation>
    </message>
    <message>
        <source>Rename form</source>
        <translation>Pārdēvēt anketu</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>Netika pārdēvēta</translation>
    </message>
    <message>
        <source>Form languages</source>
        <translation>Anketas valodas</translation>
    </message>
    <message>
        <source>Language codes the form is given in, the default first (e.g. et,ru,en):</source>
        <translation>Anketas valodu kodi, pirmais — noklusējuma valoda (piem., et,ru,en):</translation>
    </message>
    <message>
        <source>Languages not changed</source>
        <translation>Valodas netika mainītas</translation>
    </message>
    <message>
        <source>Give two- or three-letter language codes separated by commas, such as et,ru,en.</source>
        <translation>Norādiet divu vai trīs burtu valodu kodus, atdalot tos ar komatiem, piemēram, et,ru,en.</translation>
    </message>
    <message>
        <source>Delete form</source>
        <translation>Dzēst anketu</translation>
    </message>
    <message numerus="yes">
        <source>Delete “{title}” with its %n response(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Vai dzēst „{title}” kopā ar %n atbildi? Šo darbību nevar atsaukt.</numerusform>
            <numerusform>Vai dzēst „{title}” kopā ar %n atbildēm? Šo darbību nevar atsaukt.</numerusform>
            <numerusform>Vai dzēst „{title}” kopā ar %n atbildēm? Šo darbību nevar atsaukt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <extracomment>The countries these events are held in come first in the list; the rest follow by name.</extracomment>
        <translation>Rediģēt pasākumu</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Jauns pasākums</translation>
    </message>
    <message>
        <source>Chatham House rule: notes and exports never say who said what</source>
        <translation>Četemhausas noteikumi: piezīmēs un eksportos nekad nenorāda, kurš ko teica</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Nosaukums</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Veids</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Sākums</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Beigas</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Pilsēta</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>Va&amp;lsts</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>Norises vi&amp;eta</translation>
    </message>
    <message>
        <source>O&amp;rganiser</source>
        <translation>&amp;Organizators</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>Valo&amp;das</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;uss</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Apraksts</translation>
    </message>
</context>
<context>
    <name>EventTab</name>
    <message>
        <source>Undone: {edit}</source>
        <extracomment>The changes made elsewhere that this tab shows and must refresh for.</extracomment>
        <translation>Atsaukts: {edit}</translation>
    </message>
    <message>
        <source>Redone: {edit}</source>
        <translation>Atkārtots: {edit}</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>The event needs a title.</source>
        <extracomment>Longest event accepted; a longer span is almost always a mistyped year.</extracomment>
        <translation>Pasākumam jānorāda nosaukums.</translation>
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation>Pasākums nevar beigties pirms tā sākuma.</translation>
    </message>
    <message numerus="yes">
        <source>An event can last at most %n day(s).</source>
        <translation>
            <numerusform>Pasākums var ilgt ne vairāk kā %n dienu.</numerusform>
            <numerusform>Pasākums var ilgt ne vairāk kā %n dienas.</numerusform>
            <numerusform>Pasākums var ilgt ne vairāk kā %n dienu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The country is a two-letter code such as EE, LV or SE.</source>
        <translation>Valsti norāda ar divu burtu kodu, piemēram, EE, LV vai SE.</translation>
    </message>
    <message>
        <source>There is no event {id}.</source>
        <translation>Pasākuma ar ID {id} nav.</translation>
    </message>
    <message>
        <source>More than one event matches “{ref}”; use its id.</source>
        <translation>Vaicājumam „{ref}” atbilst vairāki pasākumi; izmantojiet pasākuma ID.</translation>
    </message>
    <message>
        <source>There is no event “{ref}”.</source>
        <translation>Pasākuma „{ref}” nav.</translation>
    </message>
</context>
<context>
    <name>ExercisePanel</name>
    <message>
        <source>Exercises</source>
        <extracomment>Exercises done on this event: once ticked, an exercise stays ticked (reopening the event or a moment between two writes of an export does not take it back). What the list shows now, so an unchanged state does not rebuild it.</extracomment>
        <translation>Vingrinājumi</translation>
    </message>
    <message>
        <source>Work through these on the practice event. Each ticks itself off when done.</source>
        <translation>Izpildiet tos izmēģinājuma pasākumā. Katrs tiek atzīmēts automātiski, kad ir izpildīts.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>izpildīts</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>vēl nav izpildīts</translation>
    </message>
    <message>
        <source>All exercises done. Well done! Reset practice (File menu) to go through them again, or leave practice mode for your real events.</source>
        <translation>Visi vingrinājumi izpildīti. Labi padarīts! Lai tos izietu vēlreiz, atiestatiet izmēģinājumu (izvēlne Fails), vai izejiet no izmēģinājuma režīma pie saviem īstajiem pasākumiem.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Eksports tika atcelts; nekas netika saglabāts.</translation>
    </message>
    <message>
        <source>The disk is full, so {path} could not be written. Free some space or choose another folder; any older file was left as it was.</source>
        <extracomment>progress(done, total): called between steps of slow work; raises Cancelled (ExportCancelled in an export) once the user stopped it. The one progress type of imports, exports and the runner.</extracomment>
        <translation>Disks ir pilns, tāpēc {path} nevarēja saglabāt. Atbrīvojiet vietu vai izvēlieties citu mapi; iepriekšējais fails netika mainīts.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. Choose another folder; nothing was written.</source>
        <translation>Mape {folder} ir tikai lasāma. Izvēlieties citu mapi; nekas netika saglabāts.</translation>
    </message>
    <message>
        <source>{path} is open in another program (Excel, LibreOffice or a PDF viewer) or is protected. Close it there and try again; the older file was left as it was.</source>
        <translation>{path} ir atvērts citā programmā (Excel, LibreOffice vai PDF skatītājā) vai ir aizsargāts. Aizveriet to tur un mēģiniet vēlreiz; iepriekšējais fails netika mainīts.</translation>
    </message>
    <message>
        <source>The file name {path} is too long; choose a shorter one.</source>
        <translation>Faila nosaukums {path} ir pārāk garš; izvēlieties īsāku.</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}); any older file was left as it was.</source>
        <translation>{path} nevarēja saglabāt ({reason}); iepriekšējais fails netika mainīts.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name.</source>
        <translation>{path} ir mape; norādiet faila nosaukumu.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Create it or choose another folder.</source>
        <translation>Mape {folder} nepastāv. Izveidojiet to vai izvēlieties citu mapi.</translation>
    </message>
    <message>
        <source>{path} is open in another program (Excel or LibreOffice). Close it there and try again; the older file was left as it was.</source>
        <translation>{path} ir atvērts citā programmā (Excel vai LibreOffice). Aizveriet to tur un mēģiniet vēlreiz; iepriekšējais fails netika mainīts.</translation>
    </message>
    <message>
        <source>The export folder {folder} could not be created ({reason}). Choose another export folder.</source>
        <extracomment>Why there is no PDF (&quot;&quot; when there is one).</extracomment>
        <translation>Eksporta mapi {folder} nevarēja izveidot ({reason}). Izvēlieties citu eksporta mapi.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export &amp;workbook…</source>
        <translation>&amp;Eksportēt darbgrāmatu…</translation>
    </message>
    <message>
        <source>Export &amp;PDF summary…</source>
        <translation>Eksportēt PDF &amp;kopsavilkumu…</translation>
    </message>
    <message>
        <source>&amp;Compare events…</source>
        <translation>&amp;Salīdzināt pasākumus…</translation>
    </message>
    <message>
        <source>C&amp;lose event and export…</source>
        <translation>&amp;Noslēgt pasākumu un eksportēt…</translation>
    </message>
    <message>
        <source>&amp;Reopen event</source>
        <translation>&amp;Atvērt pasākumu atkārtoti</translation>
    </message>
    <message>
        <source>Write the coordinator&apos;s workbook of this event</source>
        <translation>Izveidot šī pasākuma darbgrāmatu koordinatoram</translation>
    </message>
    <message>
        <source>Write workbook and PDF into the export folder and mark the event closed</source>
        <translation>Saglabāt darbgrāmatu un PDF eksporta mapē un atzīmēt pasākumu kā noslēgušos</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Eksportē</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Saglabā {name}…</translation>
    </message>
    <message>
        <source>There are no events to compare yet.</source>
        <translation>Vēl nav pasākumu, ko salīdzināt.</translation>
    </message>
    <message>
        <source>Comparison of events</source>
        <translation>Pasākumu salīdzinājums</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n event(s)…</source>
        <translation>
            <numerusform>Salīdzina %n pasākumu…</numerusform>
            <numerusform>Salīdzina %n pasākumus…</numerusform>
            <numerusform>Salīdzina %n pasākumu…</numerusform>
        </translation>
    </message>
    <message>
        <source>Closing “{title}”…</source>
        <translation>Noslēdz „{title}”…</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Saglabāts: {path}</translation>
    </message>
    <message>
        <source>The event is closed. Written into {folder}:</source>
        <translation>Pasākums ir noslēgts. Saglabāts mapē {folder}:</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksports neizdevās</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Eksports atcelts</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Eksports tika atcelts; nekas netika saglabāts.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksports</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Atvērt &amp;mapi</translation>
    </message>
    <message>
        <source>“{title}” is still running: closing ends it now.</source>
        <translation>Punkts „{title}” vēl notiek: slēgšana to beigs tūlīt.</translation>
    </message>
    <message>
        <source>The event is planned until {date}: you are closing it before its last day.</source>
        <translation>Pasākums ir plānots līdz {date}: jūs to slēdzat pirms tā pēdējās dienas.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export PDF summary</source>
        <extracomment>Dark amber text: a caution, not an error (7.4:1 on the dialog&apos;s grey, WCAG AA).</extracomment>
        <translation>Eksportēt PDF kopsavilkumu</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>Eksportēt darbgrāmatu</translation>
    </message>
    <message>
        <source>Export “{title}”.</source>
        <translation>Eksportēt „{title}”.</translation>
    </message>
    <message>
        <source>&amp;Pseudonymise: participants as codes P001…, no names, e-mails or phone numbers</source>
        <translation>&amp;Pseidonimizēt: dalībnieki kā kodi P001…, bez vārdiem, e-pasta adresēm un tālruņa numuriem</translation>
    </message>
    <message>
        <source>Add language-independent &amp;codes (groups, channels, yes/no, choices), so workbooks in several languages can be combined</source>
        <translation>Pievienot no valodas neatkarīgus &amp;kodus (grupas, kanāli, jā/nē, atbilžu varianti), lai varētu apvienot darbgrāmatas dažādās valodās</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF faili (*.pdf)</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Darbgrāmatas (*.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Valoda:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fails:</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Saglabājamais fails</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksportēt</translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation>Norādiet faila nosaukumu.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Mape {folder} nepastāv.</translation>
    </message>
</context>
<context>
    <name>FormDesigner</name>
    <message>
        <source>&amp;Add question (Ins)</source>
        <translation>Pievie&amp;not jautājumu (Ins)</translation>
    </message>
    <message>
        <source>Ed&amp;it (Enter)</source>
        <translation>R&amp;ediģēt (Enter)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Pārvietot au&amp;gšup</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Pārvietot &amp;lejup</translation>
    </message>
    <message>
        <source>&amp;Delete (Del)</source>
        <translation>&amp;Dzēst (Del)</translation>
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
        <translation>Priekšskatījums, kā to redz respondents, valodā:</translation>
    </message>
    <message>
        <source>The form has no questions yet.</source>
        <translation>Anketā vēl nav jautājumu.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Netika mainīts</translation>
    </message>
    <message>
        <source>Kind not changed</source>
        <translation>Veids netika mainīts</translation>
    </message>
    <message>
        <source>This form already has responses, so a question cannot change its kind. Add a new question instead.</source>
        <translation>Šai anketai jau ir atbildes, tāpēc jautājuma veidu nevar mainīt. Tā vietā pievienojiet jaunu jautājumu.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{file}: there is no such file.</source>
        <extracomment>Unpacked size of all parts of a workbook, and of any part the reader holds in memory whole. Cells the reader may look at, blank ones included (a row of styled cells counts them all).</extracomment>
        <translation>{file}: šāda faila nav.</translation>
    </message>
    <message>
        <source>{file}: the file is empty.</source>
        <translation>{file}: fails ir tukšs.</translation>
    </message>
    <message>
        <source>{file}: the file is too large to be a list ({size} MB; at most {limit} MB).</source>
        <translation>{file}: fails ir pārāk liels sarakstam ({size} MB; ne vairāk kā {limit} MB).</translation>
    </message>
    <message>
        <source>{file}: this kind of spreadsheet cannot be read; save it as .xlsx or .csv first.</source>
        <translation>{file}: šāda veida izklājlapu nevar nolasīt; vispirms saglabājiet to kā .xlsx vai .csv.</translation>
    </message>
    <message>
        <source>{file}: only .xlsx and .csv files can be imported.</source>
        <translation>{file}: importēt var tikai .xlsx un .csv failus.</translation>
    </message>
    <message>
        <source>{file}: there is no header row.</source>
        <translation>{file}: nav galvenes rindas.</translation>
    </message>
    <message>
        <source>{file}: row {row} cannot be read as CSV ({reason}).</source>
        <extracomment>physical line -&gt; row number, to name the rows of lines in another encoding</extracomment>
        <translation>{file}: {row}. rindu nevar nolasīt kā CSV ({reason}).</translation>
    </message>
    <message>
        <source>Rows {rows} are not in UTF-8 like the rest of the file; they were read as {encoding}. Check their names and letters.</source>
        <translation>Rindas {rows} nav UTF-8 kodējumā kā pārējais fails; tās nolasītas kā {encoding}. Pārbaudiet tajās vārdus un burtus.</translation>
    </message>
    <message>
        <source>{file}: this is not a readable .xlsx workbook ({reason}).</source>
        <translation>{file}: šī nav nolasāma .xlsx darbgrāmata ({reason}).</translation>
    </message>
    <message>
        <source>{file}: the workbook unpacks to {size} MB, too much for a list; save the sheet as .csv and import that.</source>
        <translation>{file}: atpakota darbgrāmata aizņem {size} MB, kas ir par daudz sarakstam; saglabājiet lapu kā .csv un importējiet to.</translation>
    </message>
    <message>
        <source>{file}: there is no sheet “{sheet}”.</source>
        <translation>{file}: nav lapas „{sheet}”.</translation>
    </message>
    <message>
        <source>{file}: the sheet has more cells than a list can have; delete the empty formatted rows and columns, or save it as .csv.</source>
        <translation>{file}: lapā ir vairāk šūnu, nekā var būt sarakstā; izdzēsiet tukšās formatētās rindas un kolonnas vai saglabājiet lapu kā .csv.</translation>
    </message>
    <message>
        <source>{file}: this is not a text file.</source>
        <translation>{file}: šis nav teksta fails.</translation>
    </message>
    <message>
        <source>{file}: row {row} has {count} columns; a list has at most {limit}.</source>
        <extracomment>Excel&apos;s own limit for the text of one cell. After this many blank rows following the data, the rest of a sheet is formatting only. (row number in the file, 1-based as a spreadsheet shows it; cell values as strings). Rows are not padded: a row may be shorter than the headers. What reading changed or noticed (rows in another encoding, characters removed). The sheets of a workbook, for telling what kind of file it is. The row number of the header row. Cells holding a formula saved without its value (read as empty): row -&gt; column -&gt; formula.</extracomment>
        <translation>{file}: {row}. rindā kolonnu skaits ir {count}; sarakstā to var būt ne vairāk kā {limit}.</translation>
    </message>
    <message>
        <source>{file}: the file has more than {limit} rows; split it into smaller lists.</source>
        <translation>{file}: failā ir vairāk nekā {limit} rindu; sadaliet to mazākos sarakstos.</translation>
    </message>
    <message>
        <source>{file}: the cell in row {row}, column {column} holds {count} characters; a cell has at most {limit}.</source>
        <translation>{file}: rakstzīmju skaits šūnā ({row}. rinda, kolonna {column}) ir {count}; šūnā to var būt ne vairāk kā {limit}.</translation>
    </message>
    <message>
        <source>{file}: the file has no rows.</source>
        <translation>{file}: failā nav rindu.</translation>
    </message>
    <message>
        <source>Rows {rows}: invisible control characters were removed from the text.</source>
        <translation>Rindas {rows}: no teksta izņemtas neredzamas vadības rakstzīmes.</translation>
    </message>
    <message>
        <source>first name</source>
        <extracomment>A column is of a kind when this share of its filled cells is. Two kinds closer than this in one column cannot be told apart (country or language codes). Field names as notes quote them (nominative, so any language can quote them).</extracomment>
        <translation>vārds</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>uzvārds</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>vārds un uzvārds</translation>
    </message>
    <message>
        <source>full name, last name first</source>
        <translation>uzvārds un vārds</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organizācija</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-pasts</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>tālrunis</translation>
    </message>
    <message>
        <source>country</source>
        <translation>valsts</translation>
    </message>
    <message>
        <source>preferred language</source>
        <translation>vēlamā valoda</translation>
    </message>
    <message>
        <source>stakeholder group</source>
        <translation>ieinteresēto pušu grupa</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <extracomment>What a column holds, for the message when no names are found.</extracomment>
        <translation>e-pasta adreses</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>tālruņa numuri</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>datumi</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>valstis</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>valodas</translation>
    </message>
    <message>
        <source>yes/no answers</source>
        <translation>jā/nē atbildes</translation>
    </message>
    <message>
        <source>stakeholder groups</source>
        <translation>ieinteresēto pušu grupas</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organizācijas</translation>
    </message>
    <message>
        <source>values of two kinds</source>
        <translation>divu veidu vērtības</translation>
    </message>
    <message>
        <source>text that does not look like names</source>
        <translation>teksts, kas neizskatās pēc vārdiem</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>neko</translation>
    </message>
    <message>
        <source>Column {letter}</source>
        <translation>{letter} kolonna</translation>
    </message>
    <message>
        <source>The file has no header row: every row is read as a person, the columns by what they hold. Check the column choices.</source>
        <translation>Failā nav galvenes rindas: katra rinda tiek nolasīta kā persona, bet kolonnas — pēc to satura. Pārbaudiet kolonnu izvēli.</translation>
    </message>
    <message>
        <source>column {column}: {holds}</source>
        <extracomment>What was decided, as (column, note) in column order. Columns left out with a note of their own (dates, yes/no, two kinds, a weaker rival). Column -&gt; what it was found to hold (a key of ``_HOLDS``), for the refusal.</extracomment>
        <translation>{column} kolonna: {holds}</translation>
    </message>
    <message>
        <source>{file}: the file has no header row, and no column holds names by its values ({columns}). Add a header row (for example “First name”, “Last name”, “E-mail”), or choose the name column in the column choices (--map “Column A=full_name” on the command line).</source>
        <translation>{file}: failā nav galvenes rindas, un pēc vērtībām neviena kolonna nesatur vārdus ({columns}). Pievienojiet galvenes rindu (piemēram, „Vārds“, „Uzvārds“, „E-pasts“) vai kolonnu izvēlē norādiet vārdu kolonnu (komandrindā --map „A kolonna=full_name“).</translation>
    </message>
    <message>
        <source>No header row: column {column} is taken as “{field}” from its values.</source>
        <translation>Nav galvenes rindas: {column} kolonna pēc vērtībām nolasīta kā „{field}“.</translation>
    </message>
    <message>
        <source>No header row: column {weaker} could also be “{field}”, but column {taken} fits better; column {weaker} was not imported.</source>
        <translation>Nav galvenes rindas: arī {weaker} kolonna varētu būt „{field}“, taču {taken} kolonna atbilst labāk; {weaker} kolonna netika importēta.</translation>
    </message>
    <message>
        <source>No header row: the values of column {column} fit two kinds (such as country and language codes) and cannot be told apart; it was not imported. Choose what it holds if it matters.</source>
        <translation>Nav galvenes rindas: {column} kolonnas vērtības atbilst diviem veidiem (piemēram, valstu un valodu kodiem), un tās nevar atšķirt; kolonna netika importēta. Ja tas ir svarīgi, izvēlieties, ko tā satur.</translation>
    </message>
    <message>
        <source>No header row: column {column} holds dates (perhaps when each person registered); a participant has no such detail, so it was not imported.</source>
        <translation>Nav galvenes rindas: {column} kolonnā ir datumi (iespējams, pieteikšanās datumi); dalībniekam šādas ziņas nav, tāpēc kolonna netika importēta.</translation>
    </message>
    <message>
        <source>No header row: column {column} holds yes/no answers, but which consent they record cannot be told from the values; it was not imported. Choose the consent it records in the column choices (or --map “Column {column}=consent_photos”, consent_listed or consent_contact on the command line).</source>
        <translation>Nav galvenes rindas: {column} kolonnā ir jā/nē atbildes, taču pēc vērtībām nevar noteikt, kādu piekrišanu tās nozīmē; kolonna netika importēta. Izvēlieties piekrišanu kolonnu izvēlē (vai komandrindā --map „{column} kolonna=consent_photos“, consent_listed vai consent_contact).</translation>
    </message>
    <message>
        <source>No header row: nothing in columns {first} and {last} tells first names from last names, so they are read in the usual order; swap them in the column choices if the list writes the last name first.</source>
        <translation>Nav galvenes rindas: {first} un {last} kolonnā nekas neļauj atšķirt vārdus no uzvārdiem, tāpēc tās nolasītas ierastajā secībā; ja sarakstā uzvārds ir pirmais, samainiet tās kolonnu izvēlē.</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <extracomment>Rows below the first that may hold the real header (a report&apos;s title block above it). Longest list of headers a message spells out. Folded words in front of the real name of a column, as forms and ticketing tools add them. Headers of the columns with a header that are not imported, in file order.</extracomment>
        <translation>un vēl {n}</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) not recognised and not imported: {headers}.</source>
        <translation>
            <numerusform>%n kolonna netika atpazīta un netika importēta: {headers}.</numerusform>
            <numerusform>%n kolonnas netika atpazītas un netika importētas: {headers}.</numerusform>
            <numerusform>%n kolonnas netika atpazītas un netika importētas: {headers}.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{option}” is not of the form “Header=field”.</source>
        <translation>„{option}” neatbilst formai „Galvene=lauks”.</translation>
    </message>
    <message>
        <source>There is no column “{header}”; the columns are: {headers}.</source>
        <translation>Kolonnas „{header}” nav; kolonnas ir: {headers}.</translation>
    </message>
    <message>
        <source>“{field}” is not a field; the fields are: {fields}.</source>
        <translation>„{field}” nav lauks; lauki ir: {fields}.</translation>
    </message>
    <message>
        <source>The column headers are in row {row}; the {count} row(s) above them were not imported.</source>
        <translation>Kolonnu galvenes ir {row}. rindā; virs tām esošās rindas ({count}) netika importētas.</translation>
    </message>
    <message>
        <source>{file}: no column was recognised for: {fields}. The columns in the file are: {headers}. Rename a column, or choose what it holds (--map “Header=field” on the command line).</source>
        <translation>{file}: netika atpazīta neviena kolonna šādiem laukiem: {fields}. Failā ir šādas kolonnas: {headers}. Pārdēvējiet kolonnu vai izvēlieties, ko tā satur (komandrindā --map „Galvene=lauks”).</translation>
    </message>
    <message>
        <source>It looks like an XLSForm (a form definition with a “survey” sheet); import it as an evaluation form instead.</source>
        <translation>Šķiet, ka tā ir XLSForm (anketas definīcija ar lapu „survey”); importējiet to kā novērtējuma anketu.</translation>
    </message>
    <message>
        <source>It looks like a pivot table (a summary with totals), not a list with one row per entry; import the list the pivot table was made from.</source>
        <translation>Šķiet, ka tā ir rakurstabula (kopsavilkums ar kopsummām), nevis saraksts ar vienu rindu katram ierakstam; importējiet sarakstu, no kura rakurstabula izveidota.</translation>
    </message>
    <message>
        <source>The {column} cell holds a formula ({formula}) with no value; it was left empty.</source>
        <translation>Kolonnas {column} šūnā ir formula ({formula}) bez vērtības; šūna atstāta tukša.</translation>
    </message>
    <message>
        <source>Row {row}: the {column} cell holds a formula ({formula}) with no value; it was left empty.</source>
        <translation>{row}. rinda: kolonnas {column} šūnā ir formula ({formula}) bez vērtības; šūna atstāta tukša.</translation>
    </message>
    <message numerus="yes">
        <source>Rows {rows}: formulas with no value left %n other cell(s) empty.</source>
        <translation>
            <numerusform>Rindas {rows}: vēl %n šūna palika tukša, jo tās formulai nav vērtības.</numerusform>
            <numerusform>Rindas {rows}: vēl %n šūnas palika tukšas, jo to formulām nav vērtības.</numerusform>
            <numerusform>Rindas {rows}: vēl %n šūnas palika tukšas, jo to formulām nav vērtības.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows {rows}: formulas with no value left %n cell(s) empty.</source>
        <translation>
            <numerusform>Rindas {rows}: %n šūna palika tukša, jo tās formulai nav vērtības.</numerusform>
            <numerusform>Rindas {rows}: %n šūnas palika tukšas, jo to formulām nav vērtības.</numerusform>
            <numerusform>Rindas {rows}: %n šūnas palika tukšas, jo to formulām nav vērtības.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was saved without calculating its formulas. To import their values, open it in Excel or LibreOffice, recalculate (Ctrl+Shift+F9), save it and import it again.</source>
        <translation>Fails tika saglabāts, nepārrēķinot formulas. Lai importētu to vērtības, atveriet failu programmā Excel vai LibreOffice, pārrēķiniet (Ctrl+Shift+F9), saglabājiet to un importējiet vēlreiz.</translation>
    </message>
</context>
<context>
    <name>ImportAgendaDialog</name>
    <message>
        <source>Import agenda — {file}</source>
        <translation>Importēt programmu — {file}</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Faila kolonnas</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Importējamās rindas</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datumi</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Replace the current agenda (%n item(s)) instead of adding to it</source>
        <translation>
            <numerusform>&amp;Aizstāt pašreizējo programmu (%n punkts), nevis papildināt to</numerusform>
            <numerusform>&amp;Aizstāt pašreizējo programmu (%n punkti), nevis papildināt to</numerusform>
            <numerusform>&amp;Aizstāt pašreizējo programmu (%n punktu), nevis papildināt to</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes about the file</source>
        <extracomment>What reading noticed and which columns are not imported.</extracomment>
        <translation>Piezīmes par failu</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importēt</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rinda</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Sākums</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beigas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Facilitator(s)</source>
        <translation>Moderators(-i)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Telpa</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problēmas</translation>
    </message>
    <message>
        <source>The file&apos;s dates ({first} to {last}) are not all days of this event ({start} to {end}).</source>
        <translation>Ne visi faila datumi ({first}–{last}) ir šī pasākuma dienas ({start}–{end}).</translation>
    </message>
    <message>
        <source>&amp;Move the dates: the file&apos;s first day ({first}) becomes the event&apos;s first day ({start})</source>
        <translation>&amp;Pārbīdīt datumus: faila pirmā diena ({first}) kļūst par pasākuma pirmo dienu ({start})</translation>
    </message>
    <message>
        <source>&amp;Keep the dates as they are (the items are flagged as outside the event)</source>
        <translation>&amp;Saglabāt datumus nemainītus (punkti tiks atzīmēti kā ārpus pasākuma)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) will be imported.</source>
        <translation>
            <numerusform>Tiks importēts %n punkts.</numerusform>
            <numerusform>Tiks importēti %n punkti.</numerusform>
            <numerusform>Tiks importēti %n punktu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported until every row is right. Fix the file (or the columns above) and try again.</source>
        <translation>Neko nevar importēt, kamēr visas rindas nav pareizas. Izlabojiet failu (vai kolonnas augstāk) un mēģiniet vēlreiz.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>First name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Uzvārds</translation>
    </message>
    <message>
        <source>Full name (first last)</source>
        <translation>Vārds un uzvārds</translation>
    </message>
    <message>
        <source>Full name (last first)</source>
        <translation>Uzvārds un vārds</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Amats</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Ieinteresēto pušu grupa</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Vēlamā valoda</translation>
    </message>
    <message>
        <source>Consent: may be listed</source>
        <translation>Piekrišana: var iekļaut sarakstā</translation>
    </message>
    <message>
        <source>Consent: photos</source>
        <translation>Piekrišana: fotografēšana</translation>
    </message>
    <message>
        <source>Consent: contact afterwards</source>
        <translation>Piekrišana: saziņa pēc pasākuma</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <source>Import registration list — {file}</source>
        <translation>Importēt pieteikumu sarakstu — {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeat a person of an earlier row (a report lists every join) and are merged, not imported twice.</source>
        <translation>
            <numerusform>%n rindā atkārtojas kādas iepriekšējās rindas persona (pārskatā uzskaitīta katra apvienošana); tā tiek apvienota, nevis importēta divreiz.</numerusform>
            <numerusform>%n rindās atkārtojas iepriekšējo rindu personas (pārskatā uzskaitīta katra apvienošana); tās tiek apvienotas, nevis importētas divreiz.</numerusform>
            <numerusform>%n rindās atkārtojas iepriekšējo rindu personas (pārskatā uzskaitīta katra apvienošana); tās tiek apvienotas, nevis importētas divreiz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column in the file</source>
        <extracomment>How many rows the &quot;First values&quot; column samples.</extracomment>
        <translation>Kolonna failā</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importēt kā</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Pirmās vērtības</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Kolonnu atbilstība</translation>
    </message>
    <message>
        <source>Not recognised: this column is not imported unless you choose a field.</source>
        <translation>Nav atpazīta: šī kolonna netiks importēta, ja neizvēlēsieties lauku.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rinda</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Darbība</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <source>Organisation / e-mail</source>
        <translation>Organizācija / e-pasts</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <source>Preview of the rows</source>
        <translation>Rindu priekšskatījums</translation>
    </message>
    <message>
        <source>Merge duplicates: add their new details</source>
        <translation>Apvienot dublikātus: papildināt ar jaunajiem datiem</translation>
    </message>
    <message>
        <source>Skip duplicates: keep what is there</source>
        <translation>Izlaist dublikātus: saglabāt esošos datus</translation>
    </message>
    <message>
        <source>Import only the valid rows</source>
        <translation>Importēt tikai derīgās rindas</translation>
    </message>
    <message>
        <source>&amp;Duplicates:</source>
        <translation>&amp;Dublikāti:</translation>
    </message>
    <message>
        <source>(column {number} without a header)</source>
        <translation>({number}. kolonna bez galvenes)</translation>
    </message>
    <message>
        <source>Import column {column} as</source>
        <translation>{column}. kolonnu importēt kā</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(netiek importēta)</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n data row(s)</source>
        <translation>
            <numerusform>{file}: %n datu rinda</numerusform>
            <numerusform>{file}: %n datu rindas</numerusform>
            <numerusform>{file}: %n datu rindu</numerusform>
        </translation>
    </message>
    <message>
        <source>text encoding {encoding}, separator “{separator}”</source>
        <translation>teksta kodējums {encoding}, atdalītājs „{separator}”</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importēt</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n jauns</numerusform>
            <numerusform>%n jauni</numerusform>
            <numerusform>%n jaunu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged into existing entries</source>
        <translation>
            <numerusform>%n apvienots ar esošiem ierakstiem</numerusform>
            <numerusform>%n apvienoti ar esošiem ierakstiem</numerusform>
            <numerusform>%n apvienotu ar esošiem ierakstiem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped as duplicates</source>
        <translation>
            <numerusform>%n izlaists kā dublikāts</numerusform>
            <numerusform>%n izlaisti kā dublikāti</numerusform>
            <numerusform>%n izlaistu kā dublikātu</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Pārbauda {name}…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Jauns</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Apvienot</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Izlaist</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Nevar importēt</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Form imported</source>
        <translation>Anketa importēta</translation>
    </message>
    <message numerus="yes">
        <source>{file} was imported. %n part(s) of it could not be taken over:</source>
        <translation>
            <numerusform>{file} ir importēts. %n daļu no tā nevarēja pārņemt:</numerusform>
            <numerusform>{file} ir importēts. %n daļas no tā nevarēja pārņemt:</numerusform>
            <numerusform>{file} ir importēts. %n daļu no tā nevarēja pārņemt:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Edit agenda item</source>
        <translation>Rediģēt programmas punktu</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Jauns programmas punkts</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Vārdi, atdalīti ar komatiem</translation>
    </message>
    <message>
        <source>&amp;Fixed time: keep this time when earlier items change</source>
        <translation>&amp;Fiksēts laiks: saglabāt šo laiku, ja iepriekšējo punktu ilgums mainās</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Diena:</translation>
    </message>
    <message>
        <source>&amp;Start – end:</source>
        <translation>&amp;Sākums – beigas:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Veids:</translation>
    </message>
    <message>
        <source>F&amp;acilitator(s):</source>
        <translation>&amp;Moderators(-i):</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Telpa:</translation>
    </message>
    <message>
        <source>Descri&amp;ption / goal:</source>
        <translation>A&amp;praksts / mērķis:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Sākuma laiks</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Beigu laiks</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Ilgums minūtēs</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diena</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Changing it moves the end time.</source>
        <translation>Mainot šo vērtību, tiek pārbīdīts beigu laiks.</translation>
    </message>
    <message>
        <source>A fixed item keeps its time when earlier items change length.</source>
        <translation>Fiksēts punkts saglabā savu laiku, ja iepriekšējo punktu ilgums mainās.</translation>
    </message>
    <message>
        <source>Published plan: {day}, {start}–{end}. Changes here move the expected times; the published plan stays as it was announced.</source>
        <translation>Publicētais plāns: {day}, {start}–{end}. Šeit veiktās izmaiņas pārbīda paredzamos laikus; publicētais plāns paliek tāds, kāds tas tika paziņots.</translation>
    </message>
</context>
<context>
    <name>KeyboardHelp</name>
    <message>
        <source>Everywhere</source>
        <translation>Visur</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Reģistrācija</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <source>Paper forms and kiosk</source>
        <translation>Papīra anketas un kiosks</translation>
    </message>
    <message>
        <source>Agenda, Check-in, Notes, Evaluation</source>
        <translation>Programma, Reģistrācija, Piezīmes, Novērtējums</translation>
    </message>
    <message>
        <source>Search on the current tab</source>
        <translation>Meklēt pašreizējā cilnē</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Jauns pasākums</translation>
    </message>
    <message>
        <source>Edit the event</source>
        <translation>Rediģēt pasākumu</translation>
    </message>
    <message>
        <source>Undo the last edit (its name is in the Edit menu)</source>
        <translation>Atsaukt pēdējo labojumu (tā nosaukums ir redzams izvēlnē Rediģēt)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Atkārtot</translation>
    </message>
    <message>
        <source>Start the next agenda item</source>
        <translation>Sākt nākamo programmas punktu</translation>
    </message>
    <message>
        <source>Stop the running agenda item</source>
        <translation>Apturēt notiekošo programmas punktu</translation>
    </message>
    <message>
        <source>Export the event workbook</source>
        <translation>Eksportēt pasākuma darbgrāmatu</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Šis saraksts</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Iziet</translation>
    </message>
    <message>
        <source>Letters, then Enter</source>
        <translation>Burti, tad Enter</translation>
    </message>
    <message>
        <source>Check in the only person matching; when several match, a numbered list opens</source>
        <translation>Reģistrēt vienīgo atbilstošo personu; ja atbilst vairākas, atveras numurēts saraksts</translation>
    </message>
    <message>
        <source>Check in that person from the numbered list</source>
        <translation>Reģistrēt šo personu no numurētā saraksta</translation>
    </message>
    <message>
        <source>Arrow keys, Page Up/Down</source>
        <translation>Bultiņu taustiņi, Page Up/Down</translation>
    </message>
    <message>
        <source>Move through the list; Enter checks in</source>
        <translation>Pārvietoties sarakstā; Enter reģistrē</translation>
    </message>
    <message>
        <source>Close the numbered list, or clear the search</source>
        <translation>Aizvērt numurēto sarakstu vai notīrīt meklēšanas lauku</translation>
    </message>
    <message>
        <source>Add a walk-in (from what was typed)</source>
        <translation>Pievienot dalībnieku bez pieteikšanās (no ierakstītā)</translation>
    </message>
    <message>
        <source>Edit the highlighted participant</source>
        <translation>Rediģēt iezīmēto dalībnieku</translation>
    </message>
    <message>
        <source>Delete the selected participants</source>
        <translation>Dzēst atlasītos dalībniekus</translation>
    </message>
    <message>
        <source>Add an agenda item</source>
        <translation>Pievienot programmas punktu</translation>
    </message>
    <message>
        <source>Duplicate the item</source>
        <translation>Dublēt punktu</translation>
    </message>
    <message>
        <source>Move the item</source>
        <translation>Pārvietot punktu</translation>
    </message>
    <message>
        <source>Enter actual times</source>
        <translation>Ievadīt faktisko laiku</translation>
    </message>
    <message>
        <source>Previous or next day</source>
        <translation>Iepriekšējā vai nākamā diena</translation>
    </message>
    <message>
        <source>Kind of note</source>
        <translation>Piezīmes veids</translation>
    </message>
    <message>
        <source>Save the note and start the next</source>
        <translation>Saglabāt piezīmi un sākt nākamo</translation>
    </message>
    <message>
        <source>Answer the question (a rating moves on to the next question)</source>
        <translation>Atbildēt uz jautājumu (pēc vērtējuma pāriet uz nākamo jautājumu)</translation>
    </message>
    <message>
        <source>Save the paper form and open a blank one</source>
        <translation>Saglabāt papīra anketu un atvērt tukšu</translation>
    </message>
    <message>
        <source>Previous or next response already entered</source>
        <translation>Iepriekšējā vai nākamā jau ievadītā atbilde</translation>
    </message>
    <message>
        <source>Start the evaluation kiosk</source>
        <translation>Palaist novērtējuma kiosku</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Īsinājumtaustiņi</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Kur</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taustiņi</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Ko tas dara</translation>
    </message>
    <message>
        <source>Where each key works, the key, and what it does</source>
        <translation>Kur katrs taustiņš darbojas, taustiņš un ko tas dara</translation>
    </message>
</context>
<context>
    <name>KioskSetupDialog</name>
    <message>
        <source>Start kiosk</source>
        <translation>Palaist kiosku</translation>
    </message>
    <message>
        <source>Participants will answer “{form}” full screen. Nothing else of the app can be reached until this PIN is typed.</source>
        <translation>Dalībnieki atbildēs uz „{form}” pilnekrāna režīmā. Pārējā lietotnes daļa nebūs pieejama, kamēr netiks ievadīts šis PIN.</translation>
    </message>
    <message>
        <source>&amp;PIN (at least 4 digits):</source>
        <translation>&amp;PIN (vismaz 4 cipari):</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;atkārtoti:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN atkārtoti</translation>
    </message>
    <message>
        <source>&amp;One question (or group) per page, with Back and Next</source>
        <translation>&amp;Viens jautājums (vai grupa) lapā, ar pogām „Atpakaļ” un „Tālāk”</translation>
    </message>
    <message>
        <source>The PIN is at least 4 digits.</source>
        <translation>PIN jābūt vismaz 4 cipariem.</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>Abi PIN atšķiras; ievadiet to pašu PIN divreiz.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Facilitator</source>
        <extracomment>How often the kiosk checks that it is still shown full screen on top (a window manager can iconify it, send it to another desktop, or show the desktop).</extracomment>
        <translation>Moderators</translation>
    </message>
    <message>
        <source>Facilitator: leave the kiosk with the PIN</source>
        <translation>Moderatoram: iziet no kioska ar PIN</translation>
    </message>
    <message>
        <source>Facilitator PIN to leave the kiosk:</source>
        <extracomment>A form left half-filled is cleared for the next person after a while.</extracomment>
        <translation>Moderatora PIN, lai izietu no kioska:</translation>
    </message>
    <message>
        <source>Facilitator PIN</source>
        <translation>Moderatora PIN</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Atpakaļ uz anketu</translation>
    </message>
    <message>
        <source>Leave kiosk</source>
        <translation>Iziet no kioska</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Please tell the facilitator.</source>
        <translation>Nav saglabāts: {reason}. Lūdzu, pasakiet moderatoram.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again in a minute.</source>
        <translation>Pārāk daudz nepareizu PIN: mēģiniet vēlreiz pēc minūtes.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Try again in %n second(s).</source>
        <translation>
            <numerusform>Nepareizs PIN. Mēģiniet vēlreiz pēc %n sekundes.</numerusform>
            <numerusform>Nepareizs PIN. Mēģiniet vēlreiz pēc %n sekundēm.</numerusform>
            <numerusform>Nepareizs PIN. Mēģiniet vēlreiz pēc %n sekundēm.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Dialogue event</source>
        <translation>Dialoga pasākums</translation>
    </message>
    <message>
        <source>Training seminar</source>
        <translation>Apmācību seminārs</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Plānots</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Notiek</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Noslēdzies</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plenārsēde</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Paneļdiskusija</translation>
    </message>
    <message>
        <source>Group discussion</source>
        <translation>Diskusija grupās</translation>
    </message>
    <message>
        <source>World café</source>
        <translation>Pasaules kafejnīca</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Darbnīca</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pārtraukums</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Pusdienas</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Tīklošanās</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Cits</translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation>Valsts vai pašvaldības iestāde</translation>
    </message>
    <message>
        <source>Immigrant or ethnic-minority association</source>
        <translation>Imigrantu vai mazākumtautību biedrība</translation>
    </message>
    <message>
        <source>Consultative body</source>
        <translation>Konsultatīvā padome</translation>
    </message>
    <message>
        <source>Research institution</source>
        <translation>Pētniecības iestāde</translation>
    </message>
    <message>
        <source>NGO / civil society</source>
        <translation>NVO / pilsoniskā sabiedrība</translation>
    </message>
    <message>
        <source>Other stakeholder</source>
        <translation>Cita ieinteresētā puse</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Pie ieejas</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Bez pieteikšanās</translation>
    </message>
    <message>
        <source>Paper list</source>
        <translation>Papīra saraksts</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <source>Key point</source>
        <translation>Galvenā atziņa</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Lēmums</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Uzdevums</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Jautājums</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citāts</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atvērts</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Izpildīts</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Vērtējuma skala</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Viens atbilžu variants</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Vairāki atbilžu varianti</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Jā / nē</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Skaitlis</translation>
    </message>
    <message>
        <source>Short text</source>
        <translation>Īss teksts</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>Garš teksts</translation>
    </message>
    <message>
        <source>Section heading</source>
        <translation>Sadaļas virsraksts</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Laiks</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datums un laiks</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Apstiprinājums</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Sarindošana</translation>
    </message>
    <message>
        <source>Calculated (not shown)</source>
        <translation>Aprēķināts (netiek rādīts)</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosks</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papīrs</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importēts</translation>
    </message>
</context>
<context>
    <name>LaptopNameDialog</name>
    <message>
        <source>Name this laptop</source>
        <translation>Piešķiriet datoram nosaukumu</translation>
    </message>
    <message>
        <source>The other laptops and the coordinator&apos;s workbook show this name beside everything recorded here. Choose one people will recognise, for example “Door 2” or “Kiosk”.</source>
        <translation>Citi datori un koordinatora darbgrāmata rāda šo nosaukumu pie visa, kas ierakstīts šeit. Izvēlieties nosaukumu, ko cilvēki atpazīs, piemēram, „Ieeja 2” vai „Kiosks”.</translation>
    </message>
    <message>
        <source>For example: Door 2</source>
        <translation>Piemēram: Ieeja 2</translation>
    </message>
    <message>
        <source>This laptop&apos;s name</source>
        <translation>Šī datora nosaukums</translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation>Izmantot šo nosaukumu</translation>
    </message>
    <message>
        <source>Keep “{name}”</source>
        <translation>Paturēt „{name}”</translation>
    </message>
    <message>
        <source>Another laptop of this event is already called “{name}”. Choose a name only this laptop has, so the workbook can tell them apart.</source>
        <translation>Cits šī pasākuma dators jau saucas „{name}”. Izvēlieties nosaukumu, kas ir tikai šim datoram, lai darbgrāmatā tos varētu atšķirt.</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>End ■</source>
        <translation>Beigt ■</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Nākamais ▶</translation>
    </message>
    <message>
        <source>Start ▶</source>
        <translation>Sākt ▶</translation>
    </message>
    <message>
        <source>Now running (since {time}):</source>
        <translation>Pašlaik notiek (kopš {time}):</translation>
    </message>
    <message>
        <source>Ends the running item now (Shift+F5).</source>
        <translation>Tūlīt beidz notiekošo punktu (Shift+F5).</translation>
    </message>
    <message>
        <source>Over time; {elapsed} elapsed</source>
        <translation>Laiks pārsniegts; pagājis: {elapsed}</translation>
    </message>
    <message>
        <source>{over} over time, {elapsed} elapsed</source>
        <translation>Pārsniegts par {over}, pagājis: {elapsed}</translation>
    </message>
    <message>
        <source>Time left; {elapsed} elapsed</source>
        <translation>Atlikušais laiks; pagājis: {elapsed}</translation>
    </message>
    <message>
        <source>{left} left, {elapsed} elapsed</source>
        <translation>Atlicis: {left}, pagājis: {elapsed}</translation>
    </message>
    <message>
        <source>Nothing is running.</source>
        <translation>Pašlaik nekas nenotiek.</translation>
    </message>
    <message>
        <source>Press F5 to start the next item.</source>
        <translation>Nospiediet F5, lai sāktu nākamo punktu.</translation>
    </message>
    <message>
        <source>The agenda is empty.</source>
        <translation>Programma ir tukša.</translation>
    </message>
    <message>
        <source>Next: {title} at {time}</source>
        <translation>Nākamais: {title} plkst. {time}</translation>
    </message>
    <message>
        <source>(expected {time})</source>
        <translation>(paredzēts {time})</translation>
    </message>
    <message>
        <source>No more items to start.</source>
        <translation>Vairs nav punktu, ko sākt.</translation>
    </message>
    <message>
        <source>No delay</source>
        <translation>Bez kavēšanās</translation>
    </message>
    <message>
        <source>Day end not known yet</source>
        <translation>Dienas beigas vēl nav zināmas</translation>
    </message>
    <message>
        <source>Closed: nothing runs any more.</source>
        <translation>Noslēdzies: vairs nekas nenotiek.</translation>
    </message>
    <message>
        <source>The event is closed.</source>
        <translation>Pasākums ir noslēdzies.</translation>
    </message>
</context>
<context>
    <name>LogicEditor</name>
    <message>
        <source>Asked only &amp;if:</source>
        <extracomment>(logic key, is an expression)</extracomment>
        <translation>Jautāt tikai, &amp;ja:</translation>
    </message>
    <message>
        <source>Required if:</source>
        <translation>Obligāts, ja:</translation>
    </message>
    <message>
        <source>Allowed answer (c&amp;onstraint):</source>
        <translation>Atļautā atbilde (&amp;ierobežojums):</translation>
    </message>
    <message>
        <source>Choice &amp;filter:</source>
        <translation>Atbilžu variantu &amp;filtrs:</translation>
    </message>
    <message>
        <source>Calculation:</source>
        <translation>Aprēķins:</translation>
    </message>
    <message>
        <source>Default answer:</source>
        <translation>Noklusējuma atbilde:</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>Izskats:</translation>
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
        <translation>&amp;Fails</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediģēt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Skats</translation>
    </message>
    <message>
        <source>Even&amp;t</source>
        <translation>Pasā&amp;kums</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Palīdzība</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Valoda</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Jauns pasākums…</translation>
    </message>
    <message>
        <source>&amp;Edit event…</source>
        <translation>&amp;Rediģēt pasākumu…</translation>
    </message>
    <message>
        <source>&amp;Delete event…</source>
        <translation>&amp;Dzēst pasākumu…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Iziet</translation>
    </message>
    <message>
        <source>Practice &amp;mode</source>
        <translation>I&amp;zmēģinājuma režīms</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Īsinājum&amp;taustiņi</translation>
    </message>
    <message>
        <source>&amp;Reset practice…</source>
        <translation>A&amp;tiestatīt izmēģinājumu…</translation>
    </message>
    <message>
        <source>&amp;Undo {edit}</source>
        <translation>&amp;Atsaukt: {edit}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Atsaukt</translation>
    </message>
    <message>
        <source>&amp;Redo {edit}</source>
        <translation>Atkār&amp;tot: {edit}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Atkār&amp;tot</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <extracomment>The Event menu&apos;s submenus, one per tab (in tab order), by key.</extracomment>
        <translation>&amp;Programma</translation>
    </message>
    <message>
        <source>&amp;Check-in and participants</source>
        <translation>&amp;Reģistrācija un dalībnieki</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Pie&amp;zīmes</translation>
    </message>
    <message>
        <source>E&amp;valuation</source>
        <translation>&amp;Novērtējums</translation>
    </message>
    <message>
        <source>&amp;Sharing and sync</source>
        <translation>&amp;Kopīgošana un sinhronizācija</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Meklēt</translation>
    </message>
    <message>
        <source>&amp;About Dialogue Desk</source>
        <translation>&amp;Par Dialogue Desk</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Atvērt &amp;datu mapi</translation>
    </message>
    <message>
        <source>Event:</source>
        <extracomment>The user asked to enter (True) or leave (False) practice mode; the app controller swaps the store and the window.
----------
The door shown from the plain read (``show_door``) until ``attach``, else None. The id of the event whose door was shown before the store was open. The tabs built so far, by index (all four once ``tabs_loaded``). What is still to build, one piece per event-loop turn (``attach(in_steps=True)``).</extracomment>
        <translation>Pasākums:</translation>
    </message>
    <message>
        <source>Current event</source>
        <translation>Pašreizējais pasākums</translation>
    </message>
    <message>
        <source>Event tabs</source>
        <translation>Pasākuma cilnes</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>Atver datu failu…</translation>
    </message>
    <message>
        <source>Store: {path}</source>
        <translation>Datu fails: {path}</translation>
    </message>
    <message>
        <source>Event created.</source>
        <translation>Pasākums ir izveidots.</translation>
    </message>
    <message>
        <source>Its agenda items ({agenda_items}), participants ({participants}) with their check-ins ({check_ins}), notes ({notes}) and evaluation forms ({forms}) with their responses ({responses}) are deleted with it.</source>
        <translation>Kopā ar pasākumu tiks dzēsti arī tā programmas punkti ({agenda_items}), dalībnieki ({participants}) ar viņu reģistrācijām ({check_ins}), piezīmes ({notes}) un novērtējuma anketas ({forms}) ar to atbildēm ({responses}).</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Dzēst pasākumu</translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>Vai dzēst pasākumu „{title}”?</translation>
    </message>
    <message>
        <source>A backup of the store is kept in the backups folder.</source>
        <translation>Pirms dzēšanas tiek izveidota datu faila rezerves kopija, kas tiek saglabāta rezerves kopiju mapē (backups).</translation>
    </message>
    <message>
        <source>Event deleted.</source>
        <translation>Pasākums ir dzēsts.</translation>
    </message>
    <message>
        <source>{event} · closed</source>
        <translation>{event} · slēgts</translation>
    </message>
    <message>
        <source>About Dialogue Desk</source>
        <translation>Par Dialogue Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dialogue Desk {version}&lt;/h3&gt;&lt;p&gt;The offline companion for facilitators of integration dialogue.&lt;/p&gt;&lt;p&gt;Data folder:&lt;br&gt;&lt;code&gt;{data}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Store:&lt;br&gt;&lt;code&gt;{store}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dialogue Desk {version}&lt;/h3&gt;&lt;p&gt;Bezsaistes palīgs integrācijas dialoga moderatoriem.&lt;/p&gt;&lt;p&gt;Datu mape:&lt;br&gt;&lt;code&gt;{data}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Datu fails:&lt;br&gt;&lt;code&gt;{store}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reset practice</source>
        <translation>Atiestatīt izmēģinājumu</translation>
    </message>
    <message>
        <source>Start the practice event afresh? Everything done in practice is removed; your real events are not touched.</source>
        <translation>Sākt izmēģinājuma pasākumu no jauna? Viss, kas izdarīts izmēģinājuma režīmā, tiks dzēsts; jūsu īstie pasākumi netiks skarti.</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Izmēģinājuma režīms</translation>
    </message>
    <message>
        <source>No event open.</source>
        <translation>Neviens pasākums nav atvērts.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n dalībnieks</numerusform>
            <numerusform>%n dalībnieki</numerusform>
            <numerusform>%n dalībnieku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n programmas punkts</numerusform>
            <numerusform>%n programmas punkti</numerusform>
            <numerusform>%n programmas punktu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchChooser</name>
    <message>
        <source>(already here since {time})</source>
        <extracomment>How many matches the chooser offers (one digit key each).</extracomment>
        <translation>(jau ir klāt kopš plkst. {time})</translation>
    </message>
    <message>
        <source>People to choose from</source>
        <translation>Izvēlei piedāvātās personas</translation>
    </message>
    <message numerus="yes">
        <source>%n people match “{query}”. Press 1–{count} to check in one of the best {count}, or type more letters.</source>
        <translation>
            <numerusform>„{query}” atbilst %n persona. Nospiediet 1–{count}, lai reģistrētu kādu no {count} labākajām atbilstībām, vai ierakstiet vairāk burtu.</numerusform>
            <numerusform>„{query}” atbilst %n personas. Nospiediet 1–{count}, lai reģistrētu kādu no {count} labākajām atbilstībām, vai ierakstiet vairāk burtu.</numerusform>
            <numerusform>„{query}” atbilst %n personu. Nospiediet 1–{count}, lai reģistrētu kādu no {count} labākajām atbilstībām, vai ierakstiet vairāk burtu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people match “{query}”. Press 1–{count} to check in the right one, or type more letters.</source>
        <translation>
            <numerusform>„{query}” atbilst %n persona. Nospiediet 1–{count}, lai reģistrētu īsto, vai ierakstiet vairāk burtu.</numerusform>
            <numerusform>„{query}” atbilst %n personas. Nospiediet 1–{count}, lai reģistrētu īsto, vai ierakstiet vairāk burtu.</numerusform>
            <numerusform>„{query}” atbilst %n personu. Nospiediet 1–{count}, lai reģistrētu īsto, vai ierakstiet vairāk burtu.</numerusform>
        </translation>
    </message>
    <message>
        <source>No one on the list matches “{query}”. Did you mean this person? Press 1 to check them in, or {key} to add a walk-in.</source>
        <translation>Sarakstā neviens neatbilst „{query}”. Varbūt domājāt šo personu? Nospiediet 1, lai reģistrētu, vai {key}, lai pievienotu dalībnieku bez pieteikšanās.</translation>
    </message>
    <message>
        <source>No one on the list matches “{query}”. Did you mean one of these? Press 1–{count} to check in, or {key} to add a walk-in.</source>
        <translation>Sarakstā neviens neatbilst „{query}”. Varbūt domājāt kādu no šiem? Nospiediet 1–{count}, lai reģistrētu, vai {key}, lai pievienotu dalībnieku bez pieteikšanās.</translation>
    </message>
</context>
<context>
    <name>MergeReview</name>
    <message>
        <source>What</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Attiecas uz</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Pašlaik rādīts</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Otra versija</translation>
    </message>
    <message>
        <source>Probable duplicate</source>
        <translation>Iespējams dublikāts</translation>
    </message>
    <message>
        <source>{name} (added on {device})</source>
        <translation>{name} (pievienots datorā {device})</translation>
    </message>
    <message>
        <source>Edited on two laptops: {field}</source>
        <translation>Rediģēts divos datoros: {field}</translation>
    </message>
    <message>
        <source>{value} (from {device})</source>
        <translation>{value} (no datora {device})</translation>
    </message>
</context>
<context>
    <name>MergeReviewDialog</name>
    <message>
        <source>Merge review</source>
        <translation>Apvienošanas pārskatīšana</translation>
    </message>
    <message>
        <source>Lines to review</source>
        <translation>Pārskatāmās rindas</translation>
    </message>
    <message>
        <source>&amp;Keep what is shown</source>
        <translation>&amp;Saglabāt rādīto</translation>
    </message>
    <message>
        <source>Keep the &amp;other version</source>
        <translation>Saglabāt &amp;otru versiju</translation>
    </message>
    <message>
        <source>&amp;Merge the two people</source>
        <translation>&amp;Apvienot abas personas</translation>
    </message>
    <message>
        <source>Keep what is shown</source>
        <translation>Saglabāt rādīto</translation>
    </message>
    <message>
        <source>Keep the other version</source>
        <translation>Saglabāt otru versiju</translation>
    </message>
    <message>
        <source>Merge two people</source>
        <translation>Apvienot divas personas</translation>
    </message>
    <message>
        <source>Nothing to review: every merge so far decided itself.</source>
        <translation>Nav ko pārskatīt: līdz šim visas apvienošanas tika atrisinātas automātiski.</translation>
    </message>
    <message>
        <source>These differed between laptops. What is shown now stays unless you choose otherwise; every choice can be undone with Edit → Undo.</source>
        <translation>Šīs vērtības dažādos datoros atšķīrās. Pašlaik rādītais paliek spēkā, ja vien neizvēlaties citādi; katru izvēli var atsaukt ar Rediģēt → Atsaukt.</translation>
    </message>
    <message>
        <source>&amp;Keep both: they are different people</source>
        <translation>Saglabāt a&amp;bas: tās ir dažādas personas</translation>
    </message>
</context>
<context>
    <name>NoteCommands</name>
    <message>
        <source>Delete note</source>
        <translation>Dzēst piezīmi</translation>
    </message>
    <message>
        <source>Move note</source>
        <translation>Pārvietot piezīmi</translation>
    </message>
    <message>
        <source>Mark action item done</source>
        <translation>Atzīmēt uzdevumu kā izpildītu</translation>
    </message>
    <message>
        <source>Reopen action item</source>
        <translation>Atvērt uzdevumu no jauna</translation>
    </message>
    <message>
        <source>Move note to another agenda item</source>
        <translation>Pārvietot piezīmi uz citu programmas punktu</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Sai&amp;d by:</source>
        <extracomment>Save after this long without typing... ...and at the latest this long after the first unsaved change, however fast the typing. After a failed save (disk full, store busy) try again this often; the text stays in the editor. A note was committed to the store (the record as saved). Ctrl+Enter: the note is finished; the editor now holds a new, empty note. Where the note in hand goes (its agenda item when it was started): it stays whole there even when the running item changes meanwhile (F5 while typing).</extracomment>
        <translation>&amp;Teica:</translation>
    </message>
    <message>
        <source>Autho&amp;r:</source>
        <translation>A&amp;utors:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Vispārīgi</translation>
    </message>
    <message>
        <source>New note — {where}</source>
        <translation>Jauna piezīme — {where}</translation>
    </message>
    <message>
        <source>Note of {time} — {where}</source>
        <translation>Piezīme ({time}) — {where}</translation>
    </message>
    <message>
        <source>(Ctrl+Enter: the next note goes to {next})</source>
        <translation>(Ctrl+Enter: nākamā piezīme tiks pievienota šeit: {next})</translation>
    </message>
    <message>
        <source>⚠ Not saved: {reason}</source>
        <translation>⚠ Nav saglabāts: {reason}</translation>
    </message>
    <message>
        <source>Typing…</source>
        <translation>Raksta…</translation>
    </message>
    <message>
        <source>✓ Saved {time}</source>
        <translation>✓ Saglabāts {time}</translation>
    </message>
    <message>
        <source>Mark as {kind} (Alt+{n})</source>
        <translation>Atzīmēt kā: {kind} (Alt+{n})</translation>
    </message>
    <message>
        <source>Type the note. Ctrl+Enter starts the next one; Alt+1…6 mark the kind.</source>
        <translation>Ierakstiet piezīmi. Ctrl+Enter sāk nākamo; Alt+1…6 atzīmē veidu.</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Piezīmes teksts</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>nav obligāti</translation>
    </message>
    <message>
        <source>Author or speaker</source>
        <translation>Autors vai runātājs</translation>
    </message>
    <message>
        <source>Chatham House rule: notes and quotes are not attributed.</source>
        <translation>Četemhausas noteikumi: piezīmes un citāti netiek attiecināti uz personām.</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>General</source>
        <translation>Vispārīgi</translation>
    </message>
    <message>
        <source>This note no longer exists.</source>
        <extracomment>Longest note accepted; far beyond any real note, it keeps a pasted book out of the store.</extracomment>
        <translation>Šī piezīme vairs nepastāv.</translation>
    </message>
    <message>
        <source>The owner can be at most {n} characters.</source>
        <translation>Atbildīgā vārds nedrīkst būt garāks par {n} rakstzīmēm.</translation>
    </message>
    <message>
        <source>The organisation can be at most {n} characters.</source>
        <translation>Organizācijas nosaukums nedrīkst būt garāks par {n} rakstzīmēm.</translation>
    </message>
    <message>
        <source>A note can be at most {n} characters.</source>
        <translation>Piezīme nedrīkst būt garāka par {n} rakstzīmēm.</translation>
    </message>
    <message>
        <source>The name can be at most {n} characters.</source>
        <translation>Vārds nedrīkst būt garāks par {n} rakstzīmēm.</translation>
    </message>
    <message>
        <source>This agenda item no longer exists.</source>
        <translation>Šis programmas punkts vairs nepastāv.</translation>
    </message>
    <message>
        <source>This note is not an action item.</source>
        <translation>Šī piezīme nav uzdevums.</translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <extracomment>(agenda item id or None for General, the text to show) for the &quot;Move to&quot; menu. A closed event: notes can be read and searched, not changed.</extracomment>
        <translation>
            <numerusform>%n piezīme</numerusform>
            <numerusform>%n piezīmes</numerusform>
            <numerusform>%n piezīmju</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to agenda item</source>
        <translation>Pārvietot uz programmas punktu</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Rediģēt</translation>
    </message>
    <message>
        <source>Edit the selected note (Enter or F2)</source>
        <translation>Rediģēt atlasīto piezīmi (Enter vai F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <source>Delete the selected note (Del); Ctrl+Z undoes</source>
        <translation>Dzēst atlasīto piezīmi (Del); Ctrl+Z atsauc</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Uz augšu</translation>
    </message>
    <message>
        <source>Move the selected note up (Alt+Up)</source>
        <translation>Pārvietot atlasīto piezīmi uz augšu (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Uz leju</translation>
    </message>
    <message>
        <source>Move the selected note down (Alt+Down)</source>
        <translation>Pārvietot atlasīto piezīmi uz leju (Alt+Down)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <source>Enter or F2 edits the selected note, Del deletes it, Alt+Up/Down move it.</source>
        <translation>Enter vai F2 rediģē atlasīto piezīmi, Del to dzēš, Alt+Up/Down to pārvieto.</translation>
    </message>
    <message>
        <source>Number of notes</source>
        <translation>Piezīmju skaits</translation>
    </message>
</context>
<context>
    <name>NotesModels</name>
    <message>
        <source>Time</source>
        <extracomment>Role giving the record (Section or NoteRecord) of a row. How much of a note a list row shows; the editor and the tooltip show more.</extracomment>
        <translation>Laiks</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <source>Said by</source>
        <translation>Teica</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Programmas punkts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Uzdevums</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Atbildīgais</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Running now: new notes go here.</source>
        <translation>Notiek tagad: jaunās piezīmes tiks pievienotas šeit.</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>termiņš {date}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Nokavēts</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Notes</source>
        <extracomment>The running agenda item moves, Chatham House is switched, undo/redo changes notes. True while the list follows the running item by itself (F5), not by the user&apos;s click.</extracomment>
        <translation>Piezīmes</translation>
    </message>
    <message numerus="yes">
        <source>Action items (%n open)</source>
        <translation>
            <numerusform>Uzdevumi (%n atvērts)</numerusform>
            <numerusform>Uzdevumi (%n atvērti)</numerusform>
            <numerusform>Uzdevumi (%n atvērtu)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <extracomment>The closed banner: dark text on light grey with a lock, so it does not rely on colour.</extracomment>
        <translation>Pr&amp;ogramma</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Programmas punkti</translation>
    </message>
    <message>
        <source>Search all notes of the event (Ctrl+F)</source>
        <translation>Meklēt visās pasākuma piezīmēs (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Meklēt piezīmes</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Visi veidi</translation>
    </message>
    <message>
        <source>Show notes of kind</source>
        <translation>Rādīt šāda veida piezīmes</translation>
    </message>
    <message>
        <source>Chatham House ru&amp;le</source>
        <translation>Č&amp;etemhausas noteikumi</translation>
    </message>
    <message>
        <source>Chatham House ru&amp;le (no attribution)</source>
        <translation>Č&amp;etemhausas noteikumi (bez autoru norādīšanas)</translation>
    </message>
    <message>
        <source>When on, notes and quotes carry no names and exports never attribute.</source>
        <translation>Ja ieslēgts, piezīmēs un citātos nav vārdu un eksportos netiek norādīts, kurš ko teica.</translation>
    </message>
    <message>
        <source>&amp;Action items overview</source>
        <translation>&amp;Uzdevumu pārskats</translation>
    </message>
    <message>
        <source>Notes and action items</source>
        <translation>Piezīmes un uzdevumi</translation>
    </message>
    <message>
        <source>New notes go to the selected item; it follows the running item.</source>
        <translation>Jaunās piezīmes tiek pievienotas atlasītajam punktam; atlase seko notiekošajam punktam.</translation>
    </message>
    <message>
        <source>This event is closed: its notes can be read and searched, not changed. Reopen the event (File → Reopen event) to change them.</source>
        <translation>Šis pasākums ir noslēdzies: tā piezīmes var lasīt un tajās var meklēt, bet tās nevar mainīt. Lai tās mainītu, atveriet pasākumu atkārtoti (Fails → Atvērt pasākumu atkārtoti).</translation>
    </message>
    <message>
        <source>Event closed</source>
        <translation>Pasākums noslēdzies</translation>
    </message>
</context>
<context>
    <name>OpenLocation</name>
    <message>
        <source>Could not open it</source>
        <translation>Neizdevās atvērt</translation>
    </message>
    <message>
        <source>No program on this computer could open {path}. Open it from your file manager: the path is copied, paste it into the address bar.</source>
        <translation>Neviena šī datora programma nevarēja atvērt {path}. Atveriet to failu pārvaldniekā: ceļš ir nokopēts, ielīmējiet to adreses joslā.</translation>
    </message>
</context>
<context>
    <name>PaperEntry</name>
    <message>
        <source>Paper form &amp;language:</source>
        <extracomment>Index into ``responses`` of the one shown; len(responses) is the blank new one.</extracomment>
        <translation>Papīra anketas &amp;valoda:</translation>
    </message>
    <message>
        <source>◀ Previous (PgUp)</source>
        <translation>◀ Iepriekšējā (PgUp)</translation>
    </message>
    <message>
        <source>Next (PgDn) ▶</source>
        <translation>Nākamā (PgDn) ▶</translation>
    </message>
    <message>
        <source>New (Ctrl+End)</source>
        <translation>Jauna (Ctrl+End)</translation>
    </message>
    <message>
        <source>Delete response (Ctrl+Del)</source>
        <translation>Dzēst atbildi (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Save and next (Ctrl+Enter)</source>
        <translation>Saglabāt un turpināt (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Choose or create a form first.</source>
        <translation>Vispirms izvēlieties vai izveidojiet anketu.</translation>
    </message>
    <message>
        <source>New response (number {n})</source>
        <translation>Jauna atbilde (numurs {n})</translation>
    </message>
    <message>
        <source>Response {n} of {total} ({channel})</source>
        <translation>Atbilde {n} no {total} ({channel})</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) so far</source>
        <translation>
            <numerusform>Līdz šim %n atbilde</numerusform>
            <numerusform>Līdz šim %n atbildes</numerusform>
            <numerusform>Līdz šim %n atbilžu</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: correct the marked answers.</source>
        <translation>Nav saglabāts: izlabojiet atzīmētās atbildes.</translation>
    </message>
    <message>
        <source>Response {n} changed.</source>
        <translation>Atbilde {n} ir mainīta.</translation>
    </message>
    <message>
        <source>Response {n} saved; here is a blank form.</source>
        <translation>Atbilde {n} ir saglabāta; atvērta tukša anketa.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nav saglabāts</translation>
    </message>
    <message>
        <source>Response {n} deleted (Ctrl+Z brings it back).</source>
        <translation>Atbilde {n} ir dzēsta (Ctrl+Z to atjauno).</translation>
    </message>
</context>
<context>
    <name>PaperMarksDialog</name>
    <message>
        <source>Enter paper sign-in marks</source>
        <translation>Ievadīt atzīmes no papīra saraksta</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>Ierašanās laiks</translation>
    </message>
    <message numerus="yes">
        <source>%n selected participant(s) will be marked present on {day}.</source>
        <translation>
            <numerusform>%n atlasītais dalībnieks tiks atzīmēts kā klātesošs {day}.</numerusform>
            <numerusform>%n atlasītie dalībnieki tiks atzīmēti kā klātesoši {day}.</numerusform>
            <numerusform>%n atlasīto dalībnieku tiks atzīmēti kā klātesoši {day}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrival &amp;time:</source>
        <translation>Ierašanās &amp;laiks:</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Edit participant</source>
        <translation>Rediģēt dalībnieku</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Pievienot dalībnieku</translation>
    </message>
    <message>
        <source>EE, LV, SE…</source>
        <translation>EE, LV, SE…</translation>
    </message>
    <message>
        <source>May be listed in the report</source>
        <translation>Var iekļaut pārskatā</translation>
    </message>
    <message>
        <source>Agrees to photos</source>
        <translation>Piekrīt fotografēšanai</translation>
    </message>
    <message>
        <source>May be contacted after the event</source>
        <translation>Var sazināties pēc pasākuma</translation>
    </message>
    <message>
        <source>Walk-in (not pre-registered)</source>
        <translation>Bez pieteikšanās (nav iepriekš pieteicies)</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vārds:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Uzvārds:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizācija:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Amats:</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group:</source>
        <translation>Ieinteresēto pušu &amp;grupa:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-pasts:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Tālrunis:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Val&amp;sts:</translation>
    </message>
    <message>
        <source>Preferred lan&amp;guage:</source>
        <translation>Vēlamā va&amp;loda:</translation>
    </message>
    <message>
        <source>Consents:</source>
        <translation>Piekrišana:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Piezīmes:</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Registration: walk-ins are marked with a plus sign</source>
        <extracomment>The participant id of a row. The row&apos;s ParticipantRecord. Whether the row&apos;s person is checked in on the shown day. Everyone, in the current sort order. Everyone by participant id (built once per reload). The rows shown: everyone, or the matches ranked best first. The id-to-row map of everyone (the list shown after each arrival), kept until the order or the people change.</extracomment>
        <translation>Pieteikšanās: dalībnieki bez pieteikšanās ir atzīmēti ar plusa zīmi</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Klāt</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Uzvārds</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Ieinteresēto pušu grupa</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Reģistrēts</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Nav reģistrēts</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Bez pieteikšanās</translation>
    </message>
    <message>
        <source>Pre-registered</source>
        <translation>Pieteicies</translation>
    </message>
    <message>
        <source>Checked in at {time} ({method})</source>
        <translation>Reģistrēts plkst. {time} ({method})</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>A participant needs a first or a last name.</source>
        <extracomment>Everyone involved as they were before the merge (the kept person first), for undo.</extracomment>
        <translation>Dalībniekam jānorāda vārds vai uzvārds.</translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address.</source>
        <translation>„{email}” nav e-pasta adrese.</translation>
    </message>
    <message>
        <source>The country is a two-letter code such as EE, LV or SE.</source>
        <translation>Valsti norāda ar divu burtu kodu, piemēram, EE, LV vai SE.</translation>
    </message>
    <message>
        <source>The preferred language is a code such as et, lv, sv, ru or en.</source>
        <translation>Vēlamo valodu norāda ar kodu, piemēram, et, lv, sv, ru vai en.</translation>
    </message>
    <message>
        <source>This participant no longer exists (id {id}).</source>
        <translation>Šis dalībnieks vairs nepastāv (ID {id}).</translation>
    </message>
    <message>
        <source>Choose at least two participants to merge.</source>
        <translation>Izvēlieties vismaz divus dalībniekus, ko apvienot.</translation>
    </message>
    <message>
        <source>Only participants of one event can be merged.</source>
        <translation>Apvienot var tikai viena pasākuma dalībniekus.</translation>
    </message>
</context>
<context>
    <name>ParticipantsImport</name>
    <message>
        <source>and {n} more</source>
        <extracomment>identity_keys of the rows being imported, computed once for planning and applying. Cleared after every apply, so no list stays in memory. Longest list of row numbers a message spells out before saying &quot;and N more&quot;. A registration list read (and perhaps planned): one row per line of the file. Rows that repeat a person of an earlier row of the file (Zoom joins, re-registrations), merged into that row or skipped; counted in ``merged`` / ``skipped`` too.</extracomment>
        <translation>un vēl {n}</translation>
    </message>
    <message>
        <source>{file}: the file cannot be read ({reason}).</source>
        <translation>{file}: failu nevar nolasīt ({reason}).</translation>
    </message>
    <message>
        <source>Same person as row {row}</source>
        <translation>Tā pati persona, kas {row}. rindā</translation>
    </message>
    <message>
        <source>Already registered as {name}</source>
        <translation>Jau pieteicies kā {name}</translation>
    </message>
    <message>
        <source>The column “{header}” was not imported: it records consent to the online meeting being recorded (in a Zoom report, everyone who stayed after the recording notice), not consent to photos at the event. Ask for photo consent separately.</source>
        <translation>Kolonna „{header}“ netika importēta: tā norāda piekrišanu tiešsaistes sanāksmes ierakstīšanai (Zoom atskaitē — visi, kas palika pēc paziņojuma par ierakstu), nevis piekrišanu fotografēšanai pasākumā. Piekrišanu fotografēšanai lūdziet atsevišķi.</translation>
    </message>
    <message>
        <source>It looks like a programme (dates and times); import it as the agenda instead.</source>
        <translation>Šķiet, ka tā ir programma (datumi un laiki); importējiet to kā pasākuma programmu.</translation>
    </message>
    <message>
        <source>names</source>
        <translation>vārdi</translation>
    </message>
    <message>
        <source>{file}: the file has a header row but no people.</source>
        <translation>{file}: failā ir galvenes rinda, bet nav personu.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>nav vārda</translation>
    </message>
    <message>
        <source>Rows {rows}: the e-mail address is not valid and was left out.</source>
        <translation>Rindas {rows}: e-pasta adrese nav derīga un netika iekļauta.</translation>
    </message>
    <message>
        <source>Rows {rows}: the stakeholder group was not recognised; set to Other.</source>
        <translation>Rindas {rows}: ieinteresēto pušu grupa netika atpazīta; iestatīts „Cita ieinteresētā puse”.</translation>
    </message>
    <message>
        <source>Rows {rows}: the country “{value}” was not recognised and was left out.</source>
        <translation>Rindas {rows}: valsts „{value}” netika atpazīta un tika izlaista.</translation>
    </message>
    <message>
        <source>Rows {rows}: a consent answer was not recognised; taken as no.</source>
        <translation>Rindas {rows}: piekrišanas atbilde netika atpazīta; pieņemts „nē”.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported</source>
        <translation>
            <numerusform>%n rindu nevar importēt</numerusform>
            <numerusform>%n rindas nevar importēt</numerusform>
            <numerusform>%n rindu nevar importēt</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {count} ({reasons}) — row numbers {rows}. Nothing was imported.</source>
        <translation>{file}: {count} ({reasons}) — rindu numuri {rows}. Nekas netika importēts.</translation>
    </message>
    <message>
        <source>{file}: the participant list changed while importing; nothing was imported. Try again.</source>
        <translation>{file}: importēšanas laikā dalībnieku saraksts mainījās; nekas netika importēts. Mēģiniet vēlreiz.</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>There is no one to print a badge for.</source>
        <translation>Nav neviena, kam drukāt vārda kartīti.</translation>
    </message>
    <message>
        <source>The font {file} that PDFs need is missing or damaged ({reason}).</source>
        <extracomment>The Latin/Cyrillic/Greek family; its face names are the ones the styles use. The bundled font files (the installer and its test check they are shipped).</extracomment>
        <translation>Trūkst PDF izveidei nepieciešamā fonta {file}, vai arī tas ir bojāts ({reason}).</translation>
    </message>
    <message>
        <source>{path} was written, but no font on this computer has every letter of: {names}. Those letters print as empty boxes; install a font for that script (for example a Noto font) and export again.</source>
        <translation>{path} ir saglabāts, taču nevienā šī datora fontā nav visu šo vārdu burtu: {names}. Šie burti tiks drukāti kā tukši rāmīši; instalējiet šīs rakstības fontu (piemēram, kādu Noto fontu) un eksportējiet vēlreiz.</translation>
    </message>
    <message>
        <source>Some text is too large to fit on a page, so {path} was not written. Shorten very long notes or titles and try again.</source>
        <translation>Daļa teksta ir pārāk liela, lai ietilptu lapā, tāpēc {path} netika saglabāts. Saīsiniet ļoti garas piezīmes vai nosaukumus un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>There is no report language “{code}”; use one of {codes}.</source>
        <extracomment>A report longer than this many pages gets a table of contents after the cover. Above this many listed participants the report is long whatever else it holds.</extracomment>
        <translation>Pārskata valodas „{code}” nav; izmantojiet kādu no šīm: {codes}.</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Check in ten arrivals, two of them walk-ins</source>
        <translation>Reģistrējiet desmit ieradušos, no tiem divus bez pieteikšanās</translation>
    </message>
    <message>
        <source>Check-in tab: type two or three letters of a name and press Enter; add a walk-in for someone who is not on the list.</source>
        <translation>Cilne Reģistrācija: ierakstiet divus vai trīs vārda burtus un nospiediet Enter; personu, kuras nav sarakstā, pievienojiet kā dalībnieku bez pieteikšanās.</translation>
    </message>
    <message>
        <source>Keep the agenda on time when an item overruns</source>
        <translation>Ievērojiet programmas laiku, ja kāds punkts ieilgst</translation>
    </message>
    <message>
        <source>Agenda tab: press F5 to start an item, let it run past its end, then start the next one and watch how late the day is running.</source>
        <translation>Cilne Programma: nospiediet F5, lai sāktu punktu, ļaujiet tam ieilgt pēc paredzētajām beigām, tad sāciet nākamo un vērojiet, cik lielā mērā diena kavējas.</translation>
    </message>
    <message>
        <source>Record two decisions and an action item</source>
        <translation>Ierakstiet divus lēmumus un vienu uzdevumu</translation>
    </message>
    <message>
        <source>Notes tab (Ctrl+3): type a note, mark it as a decision or an action item with an owner and a due date.</source>
        <translation>Cilne Piezīmes (Ctrl+3): ierakstiet piezīmi, atzīmējiet to kā lēmumu vai kā uzdevumu ar atbildīgo un termiņu.</translation>
    </message>
    <message>
        <source>Run the evaluation kiosk for three respondents</source>
        <translation>Palaidiet novērtējuma kiosku trim respondentiem</translation>
    </message>
    <message>
        <source>Evaluation tab: start the kiosk, answer the form three times as different participants, then leave the kiosk with the PIN.</source>
        <translation>Cilne Novērtējums: palaidiet kiosku, trīs reizes aizpildiet anketu dažādu dalībnieku vārdā, tad izejiet no kioska ar PIN.</translation>
    </message>
    <message>
        <source>Close the event and export its workbook and PDF</source>
        <translation>Noslēdziet pasākumu un eksportējiet tā darbgrāmatu un PDF</translation>
    </message>
    <message>
        <source>File menu: Close event and export… writes the workbook and the PDF summary; open them with Open folder in the message that follows.</source>
        <translation>Izvēlne Fails: „Noslēgt pasākumu un eksportēt…” izveido darbgrāmatu un PDF kopsavilkumu; atveriet tos ar pogu „Atvērt mapi” nākamajā paziņojumā.</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice — nothing here touches your real events</source>
        <extracomment>Translation context of the exercises (``services.practice.CONTEXT``). The window accent of practice mode: a warm orange frame no one mistakes for the real thing.</extracomment>
        <translation>Izmēģinājuma režīms — nekas šeit neietekmē jūsu īstos pasākumus</translation>
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
            <numerusform>n = %n</numerusform>
        </translation>
    </message>
    <message>
        <source>yes: {share}</source>
        <translation>jā: {share}</translation>
    </message>
    <message>
        <source>mean {mean}</source>
        <translation>vidēji {mean}</translation>
    </message>
    <message>
        <source>median {median}</source>
        <translation>mediāna {median}</translation>
    </message>
    <message numerus="yes">
        <source>%n left blank</source>
        <translation>
            <numerusform>%n atstāja tukšu</numerusform>
            <numerusform>%n atstāja tukšu</numerusform>
            <numerusform>%n atstāja tukšu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not asked (skip logic)</source>
        <translation>
            <numerusform>%n respondentam netika jautāts (izlaišanas loģika)</numerusform>
            <numerusform>%n respondentiem netika jautāts (izlaišanas loģika)</numerusform>
            <numerusform>%n respondentiem netika jautāts (izlaišanas loģika)</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>Atbilžu vēl nav.</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Edit question</source>
        <translation>Rediģēt jautājumu</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Pievienot jautājumu</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Veids:</translation>
    </message>
    <message>
        <source>An answer is &amp;required</source>
        <translation>Atbilde ir &amp;obligāta</translation>
    </message>
    <message>
        <source>made up from the text when left blank</source>
        <translation>ja atstāts tukšs, tiek veidots no teksta</translation>
    </message>
    <message>
        <source>&amp;Name (for exports):</source>
        <translation>&amp;Nosaukums (eksportiem):</translation>
    </message>
    <message>
        <source>Lowest point of the scale</source>
        <translation>Skalas zemākais punkts</translation>
    </message>
    <message>
        <source>Highest point of the scale</source>
        <translation>Skalas augstākais punkts</translation>
    </message>
    <message>
        <source>Rating &amp;scale:</source>
        <translation>Vērtējuma &amp;skala:</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Jautājuma teksts</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Norādījums</translation>
    </message>
    <message>
        <source>Low end label</source>
        <translation>Skalas zemākā punkta nosaukums</translation>
    </message>
    <message>
        <source>High end label</source>
        <translation>Skalas augstākā punkta nosaukums</translation>
    </message>
    <message>
        <source>Message when not allowed</source>
        <translation>Ziņojums, ja atbilde nav atļauta</translation>
    </message>
    <message>
        <source>&amp;Texts in each language:</source>
        <translation>&amp;Teksti katrā valodā:</translation>
    </message>
    <message>
        <source>&amp;Choices (name, then the text in each language):</source>
        <translation>&amp;Atbilžu varianti (nosaukums, tad teksts katrā valodā):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Add c&amp;hoice</source>
        <translation>&amp;Pievienot variantu</translation>
    </message>
    <message>
        <source>Remove choi&amp;ce</source>
        <translation>&amp;Dzēst variantu</translation>
    </message>
    <message>
        <source>Logic (XLSForm expressions, optional):</source>
        <translation>Loģika (XLSForm izteiksmes, nav obligāti):</translation>
    </message>
</context>
<context>
    <name>QuestionModel</name>
    <message>
        <source>required</source>
        <translation>obligāts</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Jautājums</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligāts</translation>
    </message>
    <message>
        <source>Asked if / allowed / computed</source>
        <translation>Jautāts, ja / atļauts / aprēķināts</translation>
    </message>
    <message>
        <source>if {expression}</source>
        <translation>ja {expression}</translation>
    </message>
    <message>
        <source>allowed: {expression}</source>
        <translation>atļauts: {expression}</translation>
    </message>
    <message>
        <source>choices: {expression}</source>
        <translation>atbilžu varianti: {expression}</translation>
    </message>
    <message>
        <source>= {expression}</source>
        <translation>= {expression}</translation>
    </message>
    <message>
        <source>in {group}</source>
        <translation>grupā {group}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>The agenda is empty.</source>
        <translation>Programma ir tukša.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Laiks</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Vada</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Telpa</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <extracomment>Empty lines at the end of the sign-in sheet, for people who come without registering.</extracomment>
        <translation>Parakstu lapa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>Please sign in the box of each day you attend.</source>
        <translation>Lūdzu, parakstieties katras apmeklētās dienas ailē.</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Vārda kartītes</translation>
    </message>
    <message>
        <source>PRACTICE</source>
        <extracomment>Badges and sign-in sheets use the whole page and draw no header.</extracomment>
        <translation>IZMĒĢINĀJUMS</translation>
    </message>
    <message>
        <source>Generated on {date}</source>
        <translation>Sagatavots {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>{page}. lappuse no {pages}</translation>
    </message>
    <message>
        <source>Summary report</source>
        <translation>Kopsavilkuma pārskats</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Saturs</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <source>The list of participants is left out of a pseudonymised report.</source>
        <translation>Pseidonimizētā pārskatā dalībnieku saraksts netiek iekļauts.</translation>
    </message>
    <message>
        <source>The list of participants is left out: the event was held under the Chatham House rule.</source>
        <translation>Dalībnieku saraksts netiek iekļauts, jo pasākums notika saskaņā ar Četemhausas noteikumiem.</translation>
    </message>
    <message>
        <source>Listed here with their consent: {listed} of {total} participants.</source>
        <translation>Ar dalībnieku piekrišanu šeit iekļauti {listed} no {total} dalībniekiem.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Amats</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Ieinteresēto pušu grupa</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datumi</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Norises vieta</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizators</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>Darba valodas</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Galvenie rādītāji</translation>
    </message>
    <message>
        <source>The event was held under the Chatham House rule: nothing in this report is attributed to anyone.</source>
        <translation>Pasākums notika saskaņā ar Četemhausas noteikumiem: šajā pārskatā nekas netiek attiecināts uz konkrētām personām.</translation>
    </message>
    <message>
        <source>Pseudonymised: participants appear as codes (P001…), without names or contact details.</source>
        <translation>Pseidonimizēts: dalībnieki norādīti ar kodiem (P001…), bez vārdiem un kontaktinformācijas.</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>pieteikušies</translation>
    </message>
    <message>
        <source>attended (at least one day)</source>
        <translation>piedalījušies (vismaz vienu dienu)</translation>
    </message>
    <message>
        <source>attendance rate of those registered</source>
        <translation>pieteikušos dalībnieku apmeklētība</translation>
    </message>
    <message>
        <source>walk-ins</source>
        <translation>bez pieteikšanās</translation>
    </message>
    <message>
        <source>attended on day {number}, {date}</source>
        <translation>piedalījušies {number}. dienā, {date}</translation>
    </message>
    <message>
        <source>evaluation responses</source>
        <translation>novērtējuma atbildes</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>How many free-text comments per question the report quotes, and how long each may be. A chart taller than this (points) is not kept on one page with its question. (label, count) in the order to show, for ratings and choices.</extracomment>
        <translation>Jā</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nē</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Novērtējums</translation>
    </message>
    <message>
        <source>No evaluation responses yet.</source>
        <translation>Novērtējuma atbilžu vēl nav.</translation>
    </message>
    <message>
        <source>Responses: {count}</source>
        <translation>Atbildes: {count}</translation>
    </message>
    <message>
        <source>({percent} of those who attended)</source>
        <translation>({percent} no piedalījušajiem)</translation>
    </message>
    <message>
        <source>not relevant to {count} (skipped)</source>
        <translation>neattiecas: {count} (izlaists)</translation>
    </message>
    <message>
        <source>mean {value}</source>
        <translation>vidēji {value}</translation>
    </message>
    <message>
        <source>from {low} to {high}</source>
        <translation>no {low} līdz {high}</translation>
    </message>
    <message>
        <source>several answers possible</source>
        <translation>iespējamas vairākas atbildes</translation>
    </message>
    <message>
        <source>Comments: {count}</source>
        <translation>Komentāri: {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n different one(s) shown</source>
        <translation>
            <numerusform>parādīts %n atšķirīgs komentārs</numerusform>
            <numerusform>parādīti %n atšķirīgi komentāri</numerusform>
            <numerusform>parādīti %n atšķirīgi komentāri</numerusform>
        </translation>
    </message>
    <message>
        <source>Day {number}</source>
        <extracomment>More days than this and the attendance chart shows &quot;any day&quot; instead of one bar per day.</extracomment>
        <translation>{number}. diena</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Apmeklējums</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diena</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Piedalījās</translation>
    </message>
    <message>
        <source>of them walk-ins</source>
        <translation>no tiem bez pieteikšanās</translation>
    </message>
    <message>
        <source>Share of those registered</source>
        <translation>Īpatsvars no pieteikušajiem</translation>
    </message>
    <message>
        <source>No one has registered yet.</source>
        <translation>Vēl neviens nav pieteicies.</translation>
    </message>
    <message>
        <source>By stakeholder group</source>
        <translation>Pa ieinteresēto pušu grupām</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Pieteikušies</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Bez pieteikuma</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Agenda as run</source>
        <translation>Programmas faktiskā norise</translation>
    </message>
    <message>
        <source>Planned and actual times. An item that took longer than planned is marked in red with the extra minutes.</source>
        <translation>Plānotais un faktiskais laiks. Punkti, kas ilga vairāk nekā plānots, ir atzīmēti sarkanā krāsā, norādot papildu minūtes.</translation>
    </message>
    <message>
        <source>Planned end {planned}, actual end {actual}</source>
        <translation>Plānotās beigas {planned}, faktiskās beigas {actual}</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Plānotais</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Faktiskais</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkts</translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation>Novirze</translation>
    </message>
    <message>
        <source>Key points</source>
        <extracomment>Kinds in the order a reader wants them, with their section names.</extracomment>
        <translation>Galvenās atziņas</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Lēmumi</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Uzdevumi</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Atklātie jautājumi</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citāti</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <source>Notes and decisions</source>
        <translation>Piezīmes un lēmumi</translation>
    </message>
    <message>
        <source>No notes were taken.</source>
        <translation>Piezīmes netika pierakstītas.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Vispārīgi</translation>
    </message>
    <message>
        <source>Removed agenda item</source>
        <translation>Dzēsts programmas punkts</translation>
    </message>
    <message>
        <source>No action items were recorded.</source>
        <translation>Uzdevumi netika pierakstīti.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Uzdevums</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Atbildīgais</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
</context>
<context>
    <name>ResultsOverview</name>
    <message>
        <source>Question</source>
        <translation>Jautājums</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Atbildes</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Vidēji</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediāna</translation>
    </message>
    <message>
        <source>Chosen most</source>
        <translation>Visbiežāk izvēlēts</translation>
    </message>
    <message>
        <source>yes: {share}</source>
        <translation>jā: {share}</translation>
    </message>
    <message>
        <source>{mean} of {top}</source>
        <translation>{mean} no {top}</translation>
    </message>
    <message>
        <source>Results overview</source>
        <translation>Rezultātu pārskats</translation>
    </message>
    <message>
        <source>One row per question; Enter or a click shows its chart below.</source>
        <translation>Katram jautājumam sava rinda; Enter vai klikšķis parāda tā diagrammu zemāk.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Rādīt:</translation>
    </message>
    <message>
        <source>Questions and answers &amp;in:</source>
        <translation>Jautājumi un atbildes &amp;valodā:</translation>
    </message>
    <message>
        <source>All responses</source>
        <translation>Visas atbildes</translation>
    </message>
    <message>
        <source>{choice} ({question})</source>
        <translation>{choice} ({question})</translation>
    </message>
    <message>
        <source>Choose or create a form first.</source>
        <translation>Vispirms izvēlieties vai izveidojiet anketu.</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n atbilde</numerusform>
            <numerusform>%n atbildes</numerusform>
            <numerusform>%n atbilžu</numerusform>
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
        <translation>Dialogue Desk šajā datorā jau ir atvērts. Pārslēdzieties uz tā logu (tas var būt aiz citiem logiem vai citā darbvirsmā) vai aizveriet to un palaidiet vēlreiz.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The store could not be used: {detail}</source>
        <translation>Datu failu nevarēja izmantot: {detail}</translation>
    </message>
    <message>
        <source>{path} is not a Dialogue Desk store. It was left untouched; choose another file.</source>
        <translation>{path} nav Dialogue Desk datu fails. Fails netika mainīts; izvēlieties citu failu.</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}). It was left untouched; restore a copy from the backups folder or choose another file.</source>
        <translation>{path} ir bojāts ({detail}). Fails netika mainīts; atjaunojiet kopiju no rezerves kopiju mapes (backups) vai izvēlieties citu failu.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Dialogue Desk (schema {detail}). It was left untouched; install the newer version to open it.</source>
        <translation>{path} ir izveidots ar jaunāku Dialogue Desk versiju (shēma {detail}). Fails netika mainīts; lai to atvērtu, instalējiet jaunāko versiju.</translation>
    </message>
    <message>
        <source>{path} was written by an older version of Dialogue Desk. Open it once in the app to upgrade it, then try again.</source>
        <translation>{path} ir izveidots ar vecāku Dialogue Desk versiju. Vienreiz atveriet to lietotnē, lai to atjauninātu, un tad mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>There is no store at {path}.</source>
        <translation>Norādītajā vietā {path} nav datu faila.</translation>
    </message>
    <message>
        <source> (process {pid})</source>
        <translation> (process {pid})</translation>
    </message>
    <message>
        <source>{path} is already open in another Dialogue Desk{holder}. Close that window first, or open a different store.</source>
        <translation>{path} jau ir atvērts citā Dialogue Desk logā{holder}. Vispirms aizveriet to logu vai atveriet citu datu failu.</translation>
    </message>
    <message>
        <source>The change could not be saved to {path}: {detail}. Nothing was changed; free some disk space or check the folder&apos;s permissions, then try again.</source>
        <translation>Izmaiņas nevarēja saglabāt failā {path}: {detail}. Nekas netika mainīts; atbrīvojiet vietu diskā vai pārbaudiet mapes atļaujas, tad mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>{path} cannot be changed: {detail}. Nothing was changed, and it can still be read and exported; to change it, make the file and its folder writable, or copy it to a writable folder.</source>
        <translation>{path} nevar mainīt: {detail}. Nekas netika mainīts, un failu joprojām var lasīt un eksportēt; lai to mainītu, padariet failu un tā mapi rakstāmu vai nokopējiet to rakstāmā mapē.</translation>
    </message>
    <message>
        <source>{path} cannot be written: the disk is full. Nothing was changed; free some space on it, then try again.</source>
        <translation>{path} nevar saglabāt: disks ir pilns. Nekas netika mainīts; atbrīvojiet vietu diskā un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>{path} has another name on this disk (a hard link), so its changes could be lost or mixed up. It was left untouched; open the original file, or copy this one (a copy is safe) and open the copy.</source>
        <translation>Failam {path} šajā diskā ir vēl cits nosaukums (cietā saite), tāpēc tā izmaiņas varētu pazust vai sajaukties. Fails netika skarts; atveriet oriģinālo failu vai nokopējiet šo (kopija ir droša) un atveriet kopiju.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}). It was left untouched; check that the file belongs to you and may be read, then try again.</source>
        <translation>{path} nevar nolasīt ({detail}). Fails netika skarts; pārbaudiet, vai fails pieder jums un to drīkst lasīt, un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disks ir pilns</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>fails vai tā mape ir tikai lasāma</translation>
    </message>
    <message>
        <source>the store is busy</source>
        <translation>datu fails ir aizņemts</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <extracomment>Every Alembic revision this version of the app knows, oldest first. The last is the head. A test checks this against the migration scripts; kept here so opening a current store does not need to import Alembic. The tables of schema 0001, which every later revision keeps (a test checks them against the models); a store of ours lacking one is damaged. A file holding only (some of) these, all empty and with no version, is what a crash during the very first creation of a store left behind before that creation became one transaction. Whether SQLite&apos;s integrity check has run (it reads the whole file). The file holds the empty, unversioned tables of a creation that never finished.</extracomment>
        <translation>fails ir tikai lasāms</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>tā mape ir tikai lasāma</translation>
    </message>
    <message>
        <source>the table {table} is missing</source>
        <translation>trūkst tabulas {table}</translation>
    </message>
    <message>
        <source>the column {table}.{column} is missing</source>
        <translation>trūkst kolonnas {table}.{column}</translation>
    </message>
    <message>
        <source>{problem}, and {count} more</source>
        <extracomment>Seconds a connection waits for another one&apos;s lock before reporting the store busy.</extracomment>
        <translation>{problem} un vēl {count}</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disks ir tikai lasāms</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>{path} was not used: {reason} Nothing was taken from it.</source>
        <extracomment>Device UUID -&gt; name of every laptop whose changes are inside.</extracomment>
        <translation>{path} netika izmantots: {reason} No tā nekas netika pārņemts.</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (perhaps still being copied).</source>
        <translation>fails ir bojāts vai nepilnīgs (iespējams, tas vēl tiek kopēts).</translation>
    </message>
    <message>
        <source>it is not a Dialogue Desk event file.</source>
        <translation>tas nav Dialogue Desk pasākuma fails.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} nepastāv.</translation>
    </message>
    <message>
        <source>it was written by a newer Dialogue Desk; update this laptop first.</source>
        <translation>to ir saglabājusi jaunāka Dialogue Desk versija; vispirms atjauniniet lietotni šajā datorā.</translation>
    </message>
    <message>
        <source>it is a change file, not an event package.</source>
        <translation>tas ir izmaiņu fails, nevis pasākuma pakotne.</translation>
    </message>
    <message>
        <source>it is an event package, not a change file.</source>
        <translation>tā ir pasākuma pakotne, nevis izmaiņu fails.</translation>
    </message>
    <message>
        <source>its contents do not match its checksum (it was damaged or edited by hand).</source>
        <translation>tā saturs neatbilst kontrolsummai (tas ir bojāts vai rediģēts manuāli).</translation>
    </message>
    <message>
        <source>it belongs to another event ({title}).</source>
        <translation>tas pieder citam pasākumam ({title}).</translation>
    </message>
    <message>
        <source>The sync folder {folder} does not exist. Plug in the stick or choose another folder.</source>
        <translation>Sinhronizācijas mape {folder} nepastāv. Pievienojiet zibatmiņu vai izvēlieties citu mapi.</translation>
    </message>
    <message>
        <source>{path} was not used: it was moved or renamed by hand.</source>
        <translation>{path} netika izmantots: tas ir manuāli pārvietots vai pārdēvēts.</translation>
    </message>
    <message>
        <source>Give this laptop a name, for example “Door 2 – Anna”.</source>
        <translation>Piešķiriet šim datoram nosaukumu, piemēram, „Ieeja 2 — Anna”.</translation>
    </message>
    <message>
        <source>There is no event {id}.</source>
        <translation>Pasākuma ar ID {id} nav.</translation>
    </message>
    <message>
        <source>The package holds no event (it was deleted before sharing).</source>
        <translation>Pakotnē nav pasākuma (tas tika dzēsts pirms kopīgošanas).</translation>
    </message>
    <message>
        <source>This line of the merge review no longer exists.</source>
        <extracomment>What the row shows now, and the version that lost (raw stored values, as text). Who or what the line is about (&quot;Anna Tamm&quot;, &quot;Opening plenary&quot;).</extracomment>
        <translation>Šīs apvienošanas pārskatīšanas rindas vairs nav.</translation>
    </message>
    <message>
        <source>This field can no longer be changed here.</source>
        <translation>Šo lauku šeit vairs nevar mainīt.</translation>
    </message>
    <message>
        <source>The row this line is about was deleted.</source>
        <translation>Rinda, uz kuru attiecas šis ieraksts, ir dzēsta.</translation>
    </message>
    <message>
        <source>Two people are merged, not kept apart here.</source>
        <translation>Šeit divas personas tiek apvienotas, nevis paturētas atsevišķi.</translation>
    </message>
    <message>
        <source>One of these two people was already removed.</source>
        <translation>Viena no šīm divām personām jau ir dzēsta.</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Sync</source>
        <translation>Sinhronizācija</translation>
    </message>
    <message>
        <source>Share e&amp;vent…</source>
        <translation>Ko&amp;pīgot pasākumu…</translation>
    </message>
    <message>
        <source>Open s&amp;hared event…</source>
        <translation>Atvērt kopī&amp;gotu pasākumu…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Sinhronizēt tagad</translation>
    </message>
    <message>
        <source>Sync se&amp;ttings…</source>
        <translation>Sinhronizācijas &amp;iestatījumi…</translation>
    </message>
    <message>
        <source>&amp;Merge review…</source>
        <translation>Apvienošanas &amp;pārskatīšana…</translation>
    </message>
    <message>
        <source>Sync failed: {reason}</source>
        <translation>Sinhronizācija neizdevās: {reason}</translation>
    </message>
    <message>
        <source>Sync settings</source>
        <translation>Sinhronizācijas iestatījumi</translation>
    </message>
    <message>
        <source>Share the event to which folder or USB stick?</source>
        <translation>Kurā mapē vai USB zibatmiņā kopīgot pasākumu?</translation>
    </message>
    <message>
        <source>Share event</source>
        <translation>Kopīgot pasākumu</translation>
    </message>
    <message>
        <source>The event was written to {path}. On the other laptop choose File → Open shared event… and pick this file.</source>
        <translation>Pasākums saglabāts: {path}. Otrā datorā izvēlieties Fails → Atvērt kopīgotu pasākumu… un atlasiet šo failu.</translation>
    </message>
    <message>
        <source>Open a shared event</source>
        <translation>Atvērt kopīgotu pasākumu</translation>
    </message>
    <message>
        <source>Shared events (*{suffix})</source>
        <translation>Kopīgoti pasākumi (*{suffix})</translation>
    </message>
    <message>
        <source>Open shared event</source>
        <translation>Atvērt kopīgotu pasākumu</translation>
    </message>
    <message>
        <source>“{title}” is ready on this laptop.</source>
        <translation>„{title}” ir gatavs lietošanai šajā datorā.</translation>
    </message>
    <message>
        <source>Sync with which shared folder?</source>
        <translation>Ar kuru kopīgoto mapi sinhronizēt?</translation>
    </message>
    <message>
        <source>Syncing with {folder}…</source>
        <translation>Sinhronizē ar {folder}…</translation>
    </message>
    <message>
        <source>Synced: {files} files from other laptops, {rows} rows merged.</source>
        <translation>Sinhronizēts: faili no citiem datoriem: {files}, apvienotās rindas: {rows}.</translation>
    </message>
    <message>
        <source>{count} to review in Event → Sharing and sync → Merge review…</source>
        <translation>Pārskatāmie ieraksti: {count} (Pasākums → Apvienošanas pārskatīšana…)</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Sync settings</source>
        <translation>Sinhronizācijas iestatījumi</translation>
    </message>
    <message>
        <source>For example: Door 2 – Anna</source>
        <translation>Piemēram: Ieeja 2 — Anna</translation>
    </message>
    <message>
        <source>This laptop&apos;s name</source>
        <translation>Šī datora nosaukums</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Kopīgotā mape</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pār&amp;lūkot…</translation>
    </message>
    <message>
        <source>Only when I choose Sync now</source>
        <translation>Tikai tad, kad izvēlos „Sinhronizēt tagad”</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sync every so many minutes</source>
        <translation>Sinhronizēt ik pēc noteikta minūšu skaita</translation>
    </message>
    <message>
        <source>This laptop&apos;s &amp;name:</source>
        <translation>Šī datora &amp;nosaukums:</translation>
    </message>
    <message>
        <source>Shared &amp;folder:</source>
        <translation>Kopīgotā &amp;mape:</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Sinhronizēt &amp;ik pēc:</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in</source>
        <translation>Dalībnieks bez pieteikšanās</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vārds:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Uzvārds:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizācija:</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group:</source>
        <translation>Ieinteresēto pušu &amp;grupa:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-pasts:</translation>
    </message>
    <message>
        <source>Save and check in</source>
        <translation>Saglabāt un reģistrēt</translation>
    </message>
    <message>
        <source>Someone not on the list: add them and check them in.</source>
        <translation>Persona, kuras nav sarakstā: pievienojiet un reģistrējiet to.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Dialogue Desk</source>
        <extracomment>The primary button: white on a dark blue (7:1), and a focus ring that a projector shows. How long the language box&apos;s choice rests before the window takes it (arrow keys step). The language chosen in the page&apos;s language row (a code such as &quot;et&quot;).</extracomment>
        <translation>Laipni lūdzam lietotnē Dialogue Desk</translation>
    </message>
    <message>
        <source>Plan the agenda, check participants in at the door, take notes and collect evaluations, all without an internet connection. Start by creating your event.</source>
        <translation>Sastādiet programmu, reģistrējiet dalībniekus pie ieejas, rakstiet piezīmes un apkopojiet novērtējumus — viss bez interneta savienojuma. Sāciet ar sava pasākuma izveidi.</translation>
    </message>
    <message>
        <source>Create an event…</source>
        <translation>Izveidot pasākumu…</translation>
    </message>
    <message>
        <source>Open the practice event</source>
        <translation>Atvērt izmēģinājuma pasākumu</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Valoda:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Saskarnes valoda</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>Event</source>
        <translation>Pasākums</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Pilsēta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Pirmā diena</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Pēdējā diena</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Pieteikušies</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Bez pieteikšanās</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Piedalījās</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Apmeklētība</translation>
    </message>
    <message>
        <source>Mix: {group}</source>
        <translation>Sastāvs: {group}</translation>
    </message>
    <message>
        <source>Evaluation responses</source>
        <translation>Novērtējuma atbildes</translation>
    </message>
    <message>
        <source>Mean: {question}</source>
        <translation>Vidējais: {question}</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Salīdzinājums</translation>
    </message>
    <message>
        <source>Stakeholder mix</source>
        <translation>Ieinteresēto pušu sastāvs</translation>
    </message>
    <message>
        <source>Scale {low} to {high}</source>
        <translation>Skala no {low} līdz {high}</translation>
    </message>
    <message>
        <source>Comparison of events</source>
        <translation>Pasākumu salīdzinājums</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>{page}. lappuse no {pages}</translation>
    </message>
    <message>
        <source>Summary</source>
        <extracomment>The sheets in order; names translated into the export language.</extracomment>
        <translation>Kopsavilkums</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Apmeklējums</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Uzdevumi</translation>
    </message>
    <message>
        <source>Evaluation summary</source>
        <translation>Novērtējuma kopsavilkums</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jā</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nē</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Rādītājs</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vērtība</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Īpatsvars</translation>
    </message>
    <message>
        <source>Exported from the practice store: training data, not a real event.</source>
        <translation>Eksportēts no izmēģinājuma datu faila: izmēģinājuma dati, nevis īsts pasākums.</translation>
    </message>
    <message>
        <source>Pseudonymised</source>
        <translation>Pseidonimizēts</translation>
    </message>
    <message>
        <source>Participants appear as codes (P001…); names, e-mails and phone numbers were removed.</source>
        <translation>Dalībnieki norādīti ar kodiem (P001…); vārdi, e-pasta adreses un tālruņa numuri ir izņemti.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Norises vieta</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizators</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>Darba valodas</translation>
    </message>
    <message>
        <source>Chatham House rule</source>
        <translation>Četemhausas noteikumi</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksportēts</translation>
    </message>
    <message>
        <source>Attended (at least one day)</source>
        <translation>Piedalījās (vismaz vienu dienu)</translation>
    </message>
    <message>
        <source>Attended on day {number} ({date})</source>
        <translation>Piedalījās {number}. dienā ({date})</translation>
    </message>
    <message>
        <source>Attendance rate (registered who came)</source>
        <translation>Apmeklētība (ieradušies no pieteikušajiem)</translation>
    </message>
    <message>
        <source>Stakeholder mix (attended): {group}</source>
        <translation>Ieinteresēto pušu sastāvs (piedalījās): {group}</translation>
    </message>
    <message>
        <source>Stakeholder mix (registered): {group}</source>
        <translation>Ieinteresēto pušu sastāvs (pieteikušies): {group}</translation>
    </message>
    <message>
        <source>Response rate (responses per attendee)</source>
        <translation>Atsaucība (atbildes uz vienu dalībnieku)</translation>
    </message>
    <message>
        <source>Mean rating: {question}</source>
        <translation>Vidējais vērtējums: {question}</translation>
    </message>
    <message>
        <source>Answered yes: {question}</source>
        <translation>Atbildēja „jā”: {question}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diena</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Plānotais sākums</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Plānotās beigas</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Faktiskais sākums</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Faktiskās beigas</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Plānotās minūtes</translation>
    </message>
    <message>
        <source>Actual minutes</source>
        <translation>Faktiskās minūtes</translation>
    </message>
    <message>
        <source>Started late (minutes)</source>
        <translation>Sākuma kavējums (minūtes)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Moderatori</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Telpa</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Apraksts</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kods</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Uzvārds</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Amats</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Ieinteresēto pušu grupa</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Bez pieteikšanās</translation>
    </message>
    <message>
        <source>May be listed</source>
        <translation>Var iekļaut sarakstā</translation>
    </message>
    <message>
        <source>Photos allowed</source>
        <translation>Fotografēšana atļauta</translation>
    </message>
    <message>
        <source>May be contacted</source>
        <translation>Var sazināties</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Pieteikšanās laiks</translation>
    </message>
    <message>
        <source>Days attended</source>
        <translation>Apmeklētās dienas</translation>
    </message>
    <message>
        <source>Day {number} ({date})</source>
        <translation>{number}. diena ({date})</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Dalībnieks</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Laiks</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Reģistrācijas veids</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Vispārīgi</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Programmas punkts</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksts</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autors</translation>
    </message>
    <message>
        <source>Written at</source>
        <translation>Ierakstīts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Uzdevums</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Atbildīgais</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Atbilde</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Anketa</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>Iesniegts</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanāls</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosks</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papīrs</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importēts</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Jautājums</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Atbildes</translation>
    </message>
    <message>
        <source>Skipped (not relevant)</source>
        <translation>Izlaists (neattiecas)</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Nav atbildes</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Vidējais</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediāna</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Sadalījums</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Ierakstīts datorā</translation>
    </message>
</context>
<context>
    <name>WorkbookParticipants</name>
    <message>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
</context>
<context>
    <name>XLSForm</name>
    <message>
        <source>Question “{name}”</source>
        <extracomment>Metadata an XLSForm may collect silently; they ask nothing and are left out without a word. What cannot be asked on a kiosk or on paper; left out with a warning. The rows pyxform makes up to draw a table-list group (a header row of choice labels). {code: the column&apos;s language name as the file wrote it (&quot;Eesti (et)&quot;)}</extracomment>
        <translation>Jautājums „{name}”</translation>
    </message>
    <message>
        <source>Survey row {row} (“{name}”)</source>
        <translation>Survey lapas {row}. rinda („{name}”)</translation>
    </message>
    <message>
        <source>the repeated group and the {n} question(s) in it are left out (a kiosk asks each question once).</source>
        <translation>atkārtotā grupa un tajā esošie jautājumi ({n}) ir izlaisti (kioskā katrs jautājums tiek uzdots vienu reizi).</translation>
    </message>
    <message>
        <source>the question asks for {what} ({type}), which a kiosk or a paper form cannot take; it is left out.</source>
        <translation>jautājumam nepieciešams: {what} ({type}); to nevar sniegt ne kioskā, ne papīra anketā, tāpēc jautājums ir izlaists.</translation>
    </message>
    <message>
        <source>another question of the form has the same name; this one is called “{new}” here.</source>
        <translation>citam šīs anketas jautājumam ir tāds pats nosaukums; šeit šis jautājums tiek saukts „{new}”.</translation>
    </message>
    <message>
        <source>the {column} expression “{expression}” cannot be evaluated here ({reason}); it is kept but not applied.</source>
        <translation>kolonnas {column} izteiksmi „{expression}” šeit nevar izrēķināt ({reason}); tā ir saglabāta, bet netiek piemērota.</translation>
    </message>
    <message>
        <source>its {column} refers to “{name}”, which is left out; that answer counts as blank.</source>
        <translation>tā kolonna {column} atsaucas uz „{name}”, kas ir izlaists; šī atbilde tiek uzskatīta par tukšu.</translation>
    </message>
    <message>
        <source>its choices come from the file “{file}”, which is not part of the form; it is left out.</source>
        <translation>tā atbilžu varianti ir ņemti no faila „{file}”, kas nav anketas daļa; jautājums ir izlaists.</translation>
    </message>
    <message>
        <source>its choice list names a choice twice; the second is left out.</source>
        <translation>tā atbilžu variantu sarakstā kāds variants minēts divreiz; otrais ir izlaists.</translation>
    </message>
    <message>
        <source>the type “{type}” cannot be asked here; it is left out.</source>
        <translation>jautājuma tipu „{type}” šeit nevar uzdot; jautājums ir izlaists.</translation>
    </message>
    <message>
        <source>the range parameters are not numbers.</source>
        <translation>diapazona parametri nav skaitļi.</translation>
    </message>
    <message>
        <source>{file}: {n} problems:</source>
        <translation>{file}: problēmas ({n}):</translation>
    </message>
    <message>
        <source>{file}: there is no such file.</source>
        <translation>{file}: šāda faila nav.</translation>
    </message>
    <message>
        <source>{file}: an XLSForm is an Excel workbook (.xlsx or .xls).</source>
        <translation>{file}: XLSForm ir Excel darbgrāmata (.xlsx vai .xls).</translation>
    </message>
    <message>
        <source>{file}: the form has no question it can ask.</source>
        <translation>{file}: anketā nav neviena jautājuma, ko varētu uzdot.</translation>
    </message>
    <message>
        <source>Row {n}:</source>
        <extracomment>pyxform stops at the first problem; taking that row out and asking again finds the next. The file is not an XLSForm this app can take (read here, or stored by the service).</extracomment>
        <translation>{n}. rinda:</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>What pyxform writes (its own English), and the app&apos;s source text for it.</extracomment>
        <translation>Cits</translation>
    </message>
    <message>
        <source>Specify other.</source>
        <translation>Norādiet citu.</translation>
    </message>
</context>
<context>
    <name>_PathRow</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pār&amp;lūkot…</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Eksporta mape</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Eksportēt uz</translation>
    </message>
</context>
</TS>
