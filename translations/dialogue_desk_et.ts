<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et" sourcelanguage="en">
<context>
    <name>ActionFieldsRow</name>
    <message>
        <source>&amp;Owner:</source>
        <extracomment>A new due date starts a week ahead, the most common follow-up; the user adjusts it from there. The organisation this row filled in for the owner chosen last: a user&apos;s own text is never replaced, a filled one follows when another participant is chosen. Participants changed since the suggestions were read (a walk-in at the door): they are read again when the owner field is next used, not on every check-in.</extracomment>
        <translation>&amp;Vastutaja:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Or&amp;ganisatsioon:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Tähtaeg:</translation>
    </message>
    <message>
        <source>Give the action item a due date</source>
        <translation>Määra ülesandele tähtaeg</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>Te&amp;htud</translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation>Ülesande vastutaja</translation>
    </message>
    <message>
        <source>Participants are suggested as you type; choosing one fills the organisation.</source>
        <translation>Osalejaid pakutakse kirjutamise ajal; osaleja valimisel täidetakse organisatsioon.</translation>
    </message>
    <message>
        <source>Action organisation</source>
        <translation>Vastutaja organisatsioon</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Tähtaeg</translation>
    </message>
</context>
<context>
    <name>ActionItemsView</name>
    <message numerus="yes">
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n ülesanne</numerusform>
            <numerusform>%n ülesannet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n avatud</numerusform>
            <numerusform>%n avatud</numerusform>
        </translation>
    </message>
    <message>
        <source>Only &amp;open ones</source>
        <translation>Ainult &amp;avatud</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Ülesanded</translation>
    </message>
    <message>
        <source>Click a heading to sort. Space marks done or open; Enter opens the note.</source>
        <translation>Sortimiseks klõpsake veeru päisel. Tühik märgib ülesande tehtuks või avatuks, Enter avab märke.</translation>
    </message>
</context>
<context>
    <name>ActualTimesDialog</name>
    <message>
        <source>Actual times</source>
        <translation>Tegelikud ajad</translation>
    </message>
    <message>
        <source>When did “{title}” really start and end?</source>
        <translation>Millal „{title}“ tegelikult algas ja lõppes?</translation>
    </message>
    <message>
        <source>&amp;Started at:</source>
        <translation>&amp;Algas:</translation>
    </message>
    <message>
        <source>&amp;Ended at:</source>
        <translation>&amp;Lõppes:</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Tegelik algus</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Tegelik lõpp</translation>
    </message>
    <message>
        <source>When the item really started</source>
        <translation>Millal punkt tegelikult algas</translation>
    </message>
    <message>
        <source>When the item really ended</source>
        <translation>Millal punkt tegelikult lõppes</translation>
    </message>
    <message>
        <source>The actual end cannot be before the actual start.</source>
        <translation>Tegelik lõpp ei saa olla enne tegelikku algust.</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>The item would run past midnight.</source>
        <extracomment>The published plan (see ``plan.py``); None until published, or for an item added after.</extracomment>
        <translation>Punkt kestaks üle südaöö.</translation>
    </message>
    <message>
        <source>The item needs a title.</source>
        <translation>Punktil peab olema pealkiri.</translation>
    </message>
    <message>
        <source>The title is too long.</source>
        <translation>Pealkiri on liiga pikk.</translation>
    </message>
    <message>
        <source>The item must end after it starts.</source>
        <translation>Punkt peab lõppema pärast algust.</translation>
    </message>
    <message>
        <source>This agenda item no longer exists.</source>
        <translation>Seda päevakava punkti enam ei ole.</translation>
    </message>
    <message>
        <source>Choose another event to copy the agenda from.</source>
        <translation>Valige mõni muu üritus, millelt päevakava kopeerida.</translation>
    </message>
    <message>
        <source>That event has no agenda to copy.</source>
        <translation>Sellel üritusel ei ole kopeeritavat päevakava.</translation>
    </message>
    <message>
        <source>This day is not one of the event&apos;s days.</source>
        <translation>See päev ei ole ürituse toimumispäev.</translation>
    </message>
    <message>
        <source>It ends before it starts.</source>
        <translation>Punkt lõpeb enne, kui algab.</translation>
    </message>
    <message>
        <source>It starts before the item above it.</source>
        <translation>Punkt algab varem kui sellele eelnev punkt.</translation>
    </message>
    <message>
        <source>It overlaps “{title}” (until {end}).</source>
        <translation>Kattub punktiga „{title}“ (kuni {end}).</translation>
    </message>
</context>
<context>
    <name>AgendaImport</name>
    <message>
        <source>Date</source>
        <extracomment>field -&gt; header spellings (en, et, lv, sv, ru); matching ignores case, accents and script. The names of the fields, for the mapping preview.</extracomment>
        <translation>Kuupäev</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Algus</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Lõpp</translation>
    </message>
    <message>
        <source>Time (start–end)</source>
        <translation>Aeg (algus–lõpp)</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Kestus (minutites)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pealkiri</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>Facilitator(s)</source>
        <translation>Moderaator(id)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kirjeldus</translation>
    </message>
    <message>
        <source>Fixed time</source>
        <translation>Fikseeritud aeg</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <extracomment>What reading an agenda file gives: one row per item, each new or invalid.</extracomment>
        <translation>Rida {row}: {problem}</translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… ja veel {n}.</translation>
    </message>
    <message>
        <source>The file&apos;s dates are too far apart to be moved onto the event&apos;s days.</source>
        <translation>Faili kuupäevad on üksteisest liiga kaugel, et neid ürituse päevadele nihutada.</translation>
    </message>
    <message>
        <source>The file has a header row but no agenda items.</source>
        <translation>Failis on päiserida, kuid päevakava punkte ei ole.</translation>
    </message>
    <message>
        <source>“{value}” is not a time.</source>
        <translation>„{value}“ ei ole kellaaeg.</translation>
    </message>
    <message>
        <source>It looks like a list of people; import it as participants instead.</source>
        <extracomment>Length of the last item of a day when the file gives start times only.</extracomment>
        <translation>See näib olevat inimeste nimekiri; importige see hoopis osalejatena.</translation>
    </message>
    <message>
        <source>“{value}” is not a date, day number or weekday.</source>
        <translation>„{value}“ ei ole kuupäev, päeva number ega nädalapäev.</translation>
    </message>
    <message>
        <source>“{value}” is not a time or a range of times.</source>
        <translation>„{value}“ ei ole kellaaeg ega ajavahemik.</translation>
    </message>
    <message>
        <source>“{value}” is not a number of minutes.</source>
        <translation>„{value}“ ei ole minutite arv.</translation>
    </message>
    <message>
        <source>The start time is missing.</source>
        <translation>Algusaeg puudub.</translation>
    </message>
    <message>
        <source>Rows {rows}: no end time is given; each item ends when the next one starts.</source>
        <translation>Read {rows}: lõpuaeg puudub; iga punkt lõpeb siis, kui järgmine algab.</translation>
    </message>
    <message>
        <source>Rows {rows}: no end time is given and no item follows; the item lasts {minutes} minutes.</source>
        <translation>Read {rows}: lõpuaeg puudub ja järgmist punkti ei ole; punkt kestab {minutes} minutit.</translation>
    </message>
    <message>
        <source>Rows {rows}: the item ends at midnight; it is kept as ending 23:59.</source>
        <translation>Read {rows}: punkt lõpeb keskööl; selle lõpuajaks jäetakse 23:59.</translation>
    </message>
    <message>
        <source>Kind “{value}” is not known; it becomes “Other”.</source>
        <translation>Liik „{value}“ ei ole tuntud; see muudetakse liigiks „Muu“.</translation>
    </message>
    <message>
        <source>The title is missing.</source>
        <translation>Pealkiri puudub.</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Midagi ei ole importida.</translation>
    </message>
    <message>
        <source>“{value}”: the event ({first} – {last}) has no such day; write the date instead.</source>
        <extracomment>Words in front of a day number: &quot;Day 2&quot;, &quot;Päev 2&quot;, &quot;Tag 2&quot;, &quot;День 2&quot;.</extracomment>
        <translation>„{value}“: üritusel ({first} – {last}) sellist päeva ei ole; kirjutage selle asemel kuupäev.</translation>
    </message>
    <message>
        <source>“{value}”: the event has {count} days of that name; write the date instead.</source>
        <translation>„{value}“: üritusel on selle nimega päevi {count}; kirjutage selle asemel kuupäev.</translation>
    </message>
</context>
<context>
    <name>AgendaLive</name>
    <message>
        <source>Every item of the agenda has been held; nothing is left to start.</source>
        <extracomment>The plan was published by this start (the first F5 of the event).</extracomment>
        <translation>Kõik päevakava punktid on läbi viidud; alustada pole enam midagi.</translation>
    </message>
    <message>
        <source>No item is running.</source>
        <translation>Ükski punkt ei ole käimas.</translation>
    </message>
    <message>
        <source>An item that ended must have started.</source>
        <translation>Lõppenud punkt peab olema ka alanud.</translation>
    </message>
    <message>
        <source>The actual end cannot be before the actual start.</source>
        <translation>Tegelik lõpp ei saa olla enne tegelikku algust.</translation>
    </message>
    <message numerus="yes">
        <source>Over time by %n min</source>
        <extracomment>Seconds since the running item started, and left of its planned length (negative: over). Minutes the day is behind (positive) or ahead (negative) of the plan; None: not started. item id -&gt; projected start, for the items of the running day not yet started. The calendar date the running day is being held on (planned times are on this date). Fixed items the day runs into: item id -&gt; minutes the items before it must be cut to keep its time. A fixed item is expected at its time; it does not move with the day.</extracomment>
        <translation>
            <numerusform>Üle aja %n min</numerusform>
            <numerusform>Üle aja %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The day is still %n min ahead; expected end {time}.</source>
        <translation>
            <numerusform>Päev on endiselt %n min graafikust ees; eeldatav lõpp kell {time}.</numerusform>
            <numerusform>Päev on endiselt %n min graafikust ees; eeldatav lõpp kell {time}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The day runs %n min late; expected end {time}.</source>
        <translation>
            <numerusform>Päev on %n min graafikust maas; eeldatav lõpp kell {time}.</numerusform>
            <numerusform>Päev on %n min graafikust maas; eeldatav lõpp kell {time}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Day expected to end at {time} if %n min are cut before the fixed items.</source>
        <translation>
            <numerusform>Päev lõpeb eeldatavalt kell {time}, kui fikseeritud punktide eest lühendada %n minut.</numerusform>
            <numerusform>Päev lõpeb eeldatavalt kell {time}, kui fikseeritud punktide eest lühendada %n minutit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Day expected to end at {time}</source>
        <translation>Päev lõpeb eeldatavalt kell {time}</translation>
    </message>
    <message numerus="yes">
        <source>Running %n min late</source>
        <translation>
            <numerusform>%n min graafikust maas</numerusform>
            <numerusform>%n min graafikust maas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running %n min early</source>
        <translation>
            <numerusform>%n min graafikust ees</numerusform>
            <numerusform>%n min graafikust ees</numerusform>
        </translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Graafikus</translation>
    </message>
</context>
<context>
    <name>AgendaPlan</name>
    <message>
        <source>Pu&amp;blish plan…</source>
        <translation>A&amp;valda kava…</translation>
    </message>
    <message>
        <source>Keep the current times as the published plan: later changes move the expected times, and the report compares the day with this plan.</source>
        <translation>Praegused ajad jäetakse avaldatud kavaks: hilisemad muudatused nihutavad eeldatavaid aegu ja aruanne võrdleb päeva kulgu selle kavaga.</translation>
    </message>
    <message>
        <source>Move the later items?</source>
        <translation>Kas nihutada ka hilisemaid punkte?</translation>
    </message>
    <message numerus="yes">
        <source>“{title}” now ends at {end} instead of {old}. Also move the %n later item(s) of this day by the same amount?</source>
        <translation>
            <numerusform>„{title}“ lõpeb nüüd kell {end}, mitte kell {old}. Kas nihutada ka selle päeva %n hilisemat punkti sama palju?</numerusform>
            <numerusform>„{title}“ lõpeb nüüd kell {end}, mitte kell {old}. Kas nihutada ka selle päeva %n hilisemat punkti sama palju?</numerusform>
        </translation>
    </message>
    <message>
        <source>Fixed items keep their time. The published plan does not change either way; Ctrl+Z takes the change back.</source>
        <translation>Fikseeritud punktid säilitavad oma aja. Avaldatud kava ei muutu kummalgi juhul; Ctrl+Z võtab muudatuse tagasi.</translation>
    </message>
    <message>
        <source>&amp;Move them too</source>
        <translation>&amp;Nihuta ka neid</translation>
    </message>
    <message>
        <source>&amp;Only this item</source>
        <translation>&amp;Ainult see punkt</translation>
    </message>
    <message>
        <source>Publish the plan again?</source>
        <translation>Kas avaldada kava uuesti?</translation>
    </message>
    <message>
        <source>The plan was already published. Publish the current times as the new plan? The report then compares the day with them. Ctrl+Z brings the old plan back.</source>
        <translation>Kava on juba avaldatud. Kas avaldada praegused ajad uue kavana? Aruanne võrdleb siis päeva kulgu nendega. Ctrl+Z toob vana kava tagasi.</translation>
    </message>
    <message numerus="yes">
        <source>%n later item(s) moved with it (Ctrl+Z takes it back).</source>
        <translation>
            <numerusform>Koos sellega nihutati %n hilisem punkt (Ctrl+Z võtab selle tagasi).</numerusform>
            <numerusform>Koos sellega nihutati %n hilisemat punkti (Ctrl+Z võtab selle tagasi).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this item changed; the later items keep their times.</source>
        <translation>Muutus ainult see punkt; hilisemad punktid säilitavad oma aja.</translation>
    </message>
    <message numerus="yes">
        <source>“{title}” runs into “{next}”. Move the %n later item(s) of this day back to make room?</source>
        <translation>
            <numerusform>„{title}“ kattub punktiga „{next}“. Kas nihutada selle päeva %n hilisem punkt edasi, et ruumi teha?</numerusform>
            <numerusform>„{title}“ kattub punktiga „{next}“. Kas nihutada selle päeva %n hilisemat punkti edasi, et ruumi teha?</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish the plan</source>
        <translation>Avalda kava</translation>
    </message>
    <message numerus="yes">
        <source>Plan published (%n item(s)). Changes from now on move the expected times; the report compares the day with this plan.</source>
        <translation>
            <numerusform>Kava on avaldatud (%n punkt). Edaspidised muudatused nihutavad eeldatavaid aegu; aruanne võrdleb päeva kulgu selle kavaga.</numerusform>
            <numerusform>Kava on avaldatud (%n punkti). Edaspidised muudatused nihutavad eeldatavaid aegu; aruanne võrdleb päeva kulgu selle kavaga.</numerusform>
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
        <translation>Päevakava</translation>
    </message>
    <message>
        <source>Agenda items of the day</source>
        <extracomment>The closed banner: dark text on a light grey, with a lock, so it does not rely on colour.</extracomment>
        <translation>Päeva päevakava punktid</translation>
    </message>
    <message>
        <source>Enter edits the item, Insert adds one, Delete removes it, Alt+Up and Alt+Down move it, F5 starts the next item.</source>
        <translation>Enter muudab punkti, Insert lisab uue, Delete kustutab, Alt+Up ja Alt+Down liigutavad, F5 alustab järgmist punkti.</translation>
    </message>
    <message>
        <source>Days of the event</source>
        <translation>Ürituse päevad</translation>
    </message>
    <message>
        <source>Ctrl+PgUp and Ctrl+PgDown switch days.</source>
        <translation>Ctrl+PgUp ja Ctrl+PgDown vahetavad päeva.</translation>
    </message>
    <message>
        <source>Agenda tools</source>
        <translation>Päevakava tööriistad</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Veel</translation>
    </message>
    <message>
        <source>More agenda actions</source>
        <translation>Päevakava muud toimingud</translation>
    </message>
    <message>
        <source>Publish the plan, import, copy or print the agenda</source>
        <translation>Avalda kava, impordi, kopeeri või prindi päevakava</translation>
    </message>
    <message>
        <source>No agenda items</source>
        <translation>Päevakava punkte ei ole</translation>
    </message>
    <message>
        <source>Agenda problems</source>
        <translation>Päevakava probleemid</translation>
    </message>
    <message>
        <source>This event is closed: its agenda is read-only. Reopen the event (File → Reopen event) to change it.</source>
        <translation>See üritus on lõppenud: selle päevakava saab ainult vaadata. Muutmiseks avage üritus uuesti (Fail → Ava üritus uuesti).</translation>
    </message>
    <message>
        <source>Event closed</source>
        <translation>Üritus on lõppenud</translation>
    </message>
    <message>
        <source>No items on this day yet. Press Insert to add one, or import the agenda from a spreadsheet (Event → Import agenda…).</source>
        <translation>Sellel päeval ei ole veel ühtki punkti. Vajutage punkti lisamiseks Insert või importige päevakava tabelist (Üritus → Impordi päevakava…).</translation>
    </message>
    <message>
        <source>Day {number} · {date}</source>
        <translation>Päev {number} · {date}</translation>
    </message>
    <message>
        <source>Not one of the event&apos;s days</source>
        <translation>Ei ole ürituse toimumispäev</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need attention: overlapping, ending before they start or outside the event&apos;s days. Hover over ⚠ to see why.</source>
        <translation>
            <numerusform>%n punkt vajab tähelepanu: kattub teisega, lõpeb enne algust või jääb väljapoole ürituse päevi. Põhjuse nägemiseks viige hiirekursor märgile ⚠.</numerusform>
            <numerusform>%n punkti vajavad tähelepanu: kattuvad teistega, lõpevad enne algust või jäävad väljapoole ürituse päevi. Põhjuse nägemiseks viige hiirekursor märgile ⚠.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of them on other days)</source>
        <translation>
            <numerusform>(neist %n teistel päevadel)</numerusform>
            <numerusform>(neist %n teistel päevadel)</numerusform>
        </translation>
    </message>
    <message>
        <source>This step cannot be undone any more: the agenda changed.</source>
        <translation>Seda sammu ei saa enam tagasi võtta: päevakava on muutunud.</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>Muuda punkti „{title}“</translation>
    </message>
    <message>
        <source>Move “{title}”</source>
        <translation>Liiguta punkti „{title}“</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <extracomment>Asked before an item that started under a minute ago is ended (tests replace it).</extracomment>
        <translation>Lisa &amp;punkt…</translation>
    </message>
    <message>
        <source>&amp;Edit item…</source>
        <translation>&amp;Muuda punkti…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dubleeri</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Kustuta</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Liiguta &amp;üles</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Liiguta &amp;alla</translation>
    </message>
    <message>
        <source>Actual &amp;times…</source>
        <translation>Te&amp;gelikud ajad…</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Eelmine päev</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Järgmine päev</translation>
    </message>
    <message>
        <source>&amp;Import agenda…</source>
        <translation>&amp;Impordi päevakava…</translation>
    </message>
    <message>
        <source>&amp;Copy agenda from another event…</source>
        <translation>K&amp;opeeri päevakava teiselt ürituselt…</translation>
    </message>
    <message>
        <source>&amp;Print agenda (save as PDF)…</source>
        <translation>P&amp;rindi päevakava (salvesta PDF-ina)…</translation>
    </message>
    <message>
        <source>S&amp;top running item</source>
        <translation>Lõpeta &amp;käimasolev punkt</translation>
    </message>
    <message>
        <source>Started “{title}” at {time}. Ctrl+Z takes it back.</source>
        <translation>Punkt „{title}“ algas kell {time}. Ctrl+Z võtab selle tagasi.</translation>
    </message>
    <message>
        <source>The plan as it stood is kept as the published plan.</source>
        <translation>Senine kava jääb avaldatud kavaks.</translation>
    </message>
    <message numerus="yes">
        <source>Ended “{title}” at {time} after %n min. Ctrl+Z takes it back.</source>
        <translation>
            <numerusform>Punkt „{title}“ lõppes kell {time}, kestis %n min. Ctrl+Z võtab selle tagasi.</numerusform>
            <numerusform>Punkt „{title}“ lõppes kell {time}, kestis %n min. Ctrl+Z võtab selle tagasi.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;End “{title}”</source>
        <translation>&amp;Lõpeta „{title}“</translation>
    </message>
    <message>
        <source>&amp;Start next item</source>
        <translation>Alusta &amp;järgmist punkti</translation>
    </message>
    <message>
        <source>Start the next item: {title}</source>
        <translation>Alusta järgmist punkti: {title}</translation>
    </message>
    <message>
        <source>Add “{title}”</source>
        <translation>Lisa „{title}“</translation>
    </message>
    <message>
        <source>Duplicate “{title}”</source>
        <translation>Dubleeri „{title}“</translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation>Kustuta „{title}“</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Kustuta %n punkt</numerusform>
            <numerusform>Kustuta %n punkti</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Kustutatud. Ctrl+Z (Võta tagasi) taastab selle.</translation>
    </message>
    <message>
        <source>Correct actual times of “{title}”</source>
        <translation>Paranda punkti „{title}“ tegelikke aegu</translation>
    </message>
    <message>
        <source>Start “{title}”</source>
        <translation>Alusta punkti „{title}“</translation>
    </message>
    <message>
        <source>End running item</source>
        <translation>Lõpeta käimasolev punkt</translation>
    </message>
    <message>
        <source>Stop running item</source>
        <translation>Lõpeta käimasolev punkt</translation>
    </message>
    <message>
        <source>Import agenda</source>
        <translation>Impordi päevakava</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Tabelid (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Loen faili {name}…</translation>
    </message>
    <message>
        <source>Import agenda from {name}</source>
        <translation>Impordi päevakava failist {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s) imported. Ctrl+Z takes the import back.</source>
        <translation>
            <numerusform>Imporditi %n päevakava punkt. Ctrl+Z võtab impordi tagasi.</numerusform>
            <numerusform>Imporditi %n päevakava punkti. Ctrl+Z võtab impordi tagasi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy agenda</source>
        <translation>Kopeeri päevakava</translation>
    </message>
    <message>
        <source>No other event has an agenda to copy.</source>
        <translation>Ühelgi teisel üritusel ei ole kopeeritavat päevakava.</translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s) copied.</source>
        <translation>
            <numerusform>Kopeeriti %n päevakava punkt.</numerusform>
            <numerusform>Kopeeriti %n päevakava punkti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save agenda as PDF</source>
        <translation>Salvesta päevakava PDF-ina</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-failid (*.pdf)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Kirjutan faili {name}…</translation>
    </message>
    <message>
        <source>The agenda could not be saved as PDF: {reason}</source>
        <translation>Päevakava ei saanud PDF-ina salvestada: {reason}</translation>
    </message>
    <message>
        <source>Agenda saved</source>
        <translation>Päevakava on salvestatud</translation>
    </message>
    <message>
        <source>The agenda was saved as {path}.</source>
        <translation>Päevakava salvestati faili {path}.</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>&amp;Ava see</translation>
    </message>
    <message>
        <source>End the item now?</source>
        <translation>Kas lõpetada punkt kohe?</translation>
    </message>
    <message>
        <source>“{title}” started less than a minute ago. If you end it now, it is recorded as a 0-minute item.</source>
        <translation>Punkt „{title}“ algas vähem kui minut tagasi. Kui selle kohe lõpetate, salvestatakse see 0-minutilise punktina.</translation>
    </message>
    <message>
        <source>&amp;End it now</source>
        <translation>&amp;Lõpeta kohe</translation>
    </message>
    <message>
        <source>&amp;Keep it running</source>
        <translation>&amp;Jätka</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <source>A fixed item keeps its time when earlier items change length.</source>
        <extracomment>A closed event: nothing can be edited or dragged.</extracomment>
        <translation>Fikseeritud punkt säilitab oma aja, kui eelnevate punktide kestus muutub.</translation>
    </message>
    <message>
        <source>When the item is expected to start, given how the day is running.</source>
        <translation>Millal punkt eeldatavasti algab, arvestades päeva senist kulgu.</translation>
    </message>
    <message>
        <source>The times in the published plan (the printed programme). Edits change the expected times, never these.</source>
        <translation>Avaldatud kava (prinditud päevakava) ajad. Muudatused mõjutavad eeldatavaid aegu, mitte kunagi neid.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>lisatud</translation>
    </message>
    <message numerus="yes">
        <source>Fixed time: the items before it run %n min into it. Shorten them to keep this time.</source>
        <translation>
            <numerusform>Fikseeritud aeg: eelnevad punktid ulatuvad sellesse %n min võrra. Selle aja säilitamiseks lühendage neid.</numerusform>
            <numerusform>Fikseeritud aeg: eelnevad punktid ulatuvad sellesse %n min võrra. Selle aja säilitamiseks lühendage neid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Algus</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Lõpp</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pealkiri</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>Facilitator(s)</source>
        <translation>Moderaator(id)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruum</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fikseeritud</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tegelik</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Eeldatav</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Avaldatud</translation>
    </message>
    <message>
        <source>Added after the plan was published; not in the printed programme.</source>
        <translation>Lisatud pärast kava avaldamist; prinditud päevakavas seda ei ole.</translation>
    </message>
    <message>
        <source>Moved to another day since the plan.</source>
        <translation>Pärast kava avaldamist teisele päevale viidud.</translation>
    </message>
    <message numerus="yes">
        <source>Expected %n min later than the published plan.</source>
        <translation>
            <numerusform>Eeldatavalt %n min hiljem kui avaldatud kavas.</numerusform>
            <numerusform>Eeldatavalt %n min hiljem kui avaldatud kavas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected %n min earlier than the published plan.</source>
        <translation>
            <numerusform>Eeldatavalt %n min varem kui avaldatud kavas.</numerusform>
            <numerusform>Eeldatavalt %n min varem kui avaldatud kavas.</numerusform>
        </translation>
    </message>
    <message>
        <source>As in the published plan.</source>
        <translation>Nagu avaldatud kavas.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something unexpected went wrong. Everything saved so far is safe.

Details are in the log file:
{path}</source>
        <translation>Midagi läks ootamatult valesti. Kõik seni salvestatu on alles.

Üksikasjad on logifailis:
{path}</translation>
    </message>
</context>
<context>
    <name>BackgroundRunner</name>
    <message>
        <source>Cancel</source>
        <extracomment>Quicker work shows no progress dialog at all.</extracomment>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Töötan</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Edenemine</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Katkestan…</translation>
    </message>
</context>
<context>
    <name>ChathamHouse</name>
    <message>
        <source>Chatham House rule</source>
        <translation>Chatham House&apos;i reegel</translation>
    </message>
    <message>
        <source>Switch on the Chatham House rule for the whole event? Notes and quotes are then shown and exported without names.</source>
        <translation>Kas lülitada Chatham House&apos;i reegel sisse kogu ürituse jaoks? Märkmeid ja tsitaate näidatakse ja eksporditakse siis ilma nimedeta.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) already name an author or speaker. While the rule is on the names are hidden, but they stay in the store unless you erase them.</source>
        <translation>
            <numerusform>%n märkes on juba nimetatud autor või kõneleja. Kuni reegel on sisse lülitatud, on nimed peidetud, kuid need jäävad andmefaili, kui te neid ei kustuta.</numerusform>
            <numerusform>%n märkes on juba nimetatud autor või kõneleja. Kuni reegel on sisse lülitatud, on nimed peidetud, kuid need jäävad andmefaili, kui te neid ei kustuta.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Erase the names already entered (cannot be undone)</source>
        <translation>&amp;Kustuta juba sisestatud nimed (seda ei saa tagasi võtta)</translation>
    </message>
    <message>
        <source>&amp;Switch on</source>
        <translation>&amp;Lülita sisse</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>{day} is not a day of this event.</source>
        <extracomment>True when the person was already checked in that day: nothing was changed.</extracomment>
        <translation>{day} ei ole selle ürituse toimumispäev.</translation>
    </message>
    <message>
        <source>This participant no longer exists (id {id}).</source>
        <translation>Seda osalejat enam ei ole (ID {id}).</translation>
    </message>
</context>
<context>
    <name>CheckInActions</name>
    <message>
        <source>&amp;Take back check-in</source>
        <translation>&amp;Tühista registreerimine</translation>
    </message>
    <message>
        <source>No one on the list matches “{text}”. Check the spelling, or press {key} to add a walk-in.</source>
        <translation>Nimekirjas ei ole kedagi, kes vastaks otsingule „{text}“. Kontrollige kirjapilti või vajutage {key}, et lisada eelregistreerimata osaleja.</translation>
    </message>
    <message>
        <source>&amp;Check in highlighted person</source>
        <translation>&amp;Registreeri esiletõstetud osaleja</translation>
    </message>
    <message>
        <source>Add &amp;walk-in…</source>
        <translation>Lisa &amp;eelregistreerimata osaleja…</translation>
    </message>
    <message>
        <source>Enter &amp;paper sign-in marks…</source>
        <translation>Sisesta &amp;paberlehe märked…</translation>
    </message>
    <message>
        <source>&amp;Add participant…</source>
        <translation>&amp;Lisa osaleja…</translation>
    </message>
    <message>
        <source>&amp;Edit participant…	F2</source>
        <translation>&amp;Muuda osalejat…	F2</translation>
    </message>
    <message>
        <source>&amp;Delete participants…	Del</source>
        <translation>&amp;Kustuta osalejad…	Del</translation>
    </message>
    <message>
        <source>&amp;Merge selected participants</source>
        <translation>Ü&amp;henda valitud osalejad</translation>
    </message>
    <message>
        <source>Find d&amp;uplicates…</source>
        <translation>Otsi &amp;duplikaate…</translation>
    </message>
    <message>
        <source>Print si&amp;gn-in sheet (PDF)…</source>
        <translation>Prindi &amp;allkirjaleht (PDF)…</translation>
    </message>
    <message>
        <source>check-in of {name}</source>
        <translation>osaleja {name} registreerimine</translation>
    </message>
    <message>
        <source>taking back the check-in of {name}</source>
        <translation>osaleja {name} registreerimise tühistamine</translation>
    </message>
    <message>
        <source>walk-in {name}</source>
        <translation>eelregistreerimata osaleja {name} lisamine</translation>
    </message>
    <message>
        <source>paper sign-in marks ({count})</source>
        <translation>paberlehe märked ({count})</translation>
    </message>
    <message>
        <source>Already on the list</source>
        <translation>Juba nimekirjas</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) with this name are already on the list.</source>
        <translation>
            <numerusform>Selle nimega on nimekirjas juba %n inimene.</numerusform>
            <numerusform>Selle nimega on nimekirjas juba %n inimest.</numerusform>
        </translation>
    </message>
    <message>
        <source>no organisation</source>
        <translation>organisatsioon puudub</translation>
    </message>
    <message>
        <source>Check in the registered {name} ({organisation}) instead</source>
        <translation>Registreeri selle asemel eelregistreerunud {name} ({organisation})</translation>
    </message>
    <message>
        <source>Check in the earlier walk-in {name} ({organisation}) instead</source>
        <translation>Registreeri selle asemel varem lisatud eelregistreerimata osaleja {name} ({organisation})</translation>
    </message>
    <message>
        <source>(already here)</source>
        <translation>(juba kohal)</translation>
    </message>
    <message>
        <source>Add a new walk-in</source>
        <translation>Lisa uus eelregistreerimata osaleja</translation>
    </message>
    <message>
        <source>&amp;Import registration list…</source>
        <translation>&amp;Impordi eelregistreerimise nimekiri…</translation>
    </message>
    <message>
        <source>Name &amp;badges (PDF)…</source>
        <translation>Nime&amp;sildid (PDF)…</translation>
    </message>
    <message>
        <source>{name} was already checked in {day} at {time} — nothing changed.</source>
        <translation>{name} on juba registreeritud ({day} kell {time}) – midagi ei muudetud.</translation>
    </message>
    <message>
        <source>✓ {name} checked in at {time}. (Ctrl+Z takes it back.)</source>
        <translation>✓ {name} registreeriti kell {time}. (Ctrl+Z võtab selle tagasi.)</translation>
    </message>
    <message>
        <source>{name} is no longer checked in.</source>
        <translation>{name} ei ole enam registreeritud.</translation>
    </message>
    <message>
        <source>✓ {name} added as a walk-in and checked in at {time}.</source>
        <translation>✓ {name} lisati eelregistreerimata osalejana ja registreeriti kell {time}.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) marked present from the paper list.</source>
        <translation>
            <numerusform>Pabernimekirja järgi märgiti kohalolijaks %n osaleja.</numerusform>
            <numerusform>Pabernimekirja järgi märgiti kohalolijaks %n osalejat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding {name}</source>
        <translation>Osaleja {name} lisamine</translation>
    </message>
    <message>
        <source>{name} added.</source>
        <translation>{name} on lisatud.</translation>
    </message>
    <message>
        <source>Editing {name}</source>
        <translation>Osaleja {name} muutmine</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Kas kustutada {name}?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n participant(s)?</source>
        <translation>
            <numerusform>Kas kustutada %n osaleja?</numerusform>
            <numerusform>Kas kustutada %n osalejat?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete participants</source>
        <translation>Kustuta osalejad</translation>
    </message>
    <message>
        <source>Their check-ins are deleted with them. Edit → Undo brings them back.</source>
        <translation>Koos osalejatega kustutatakse ka nende registreerimised. Need saab taastada: Redigeeri → Võta tagasi.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Kustuta</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n participant(s)</source>
        <translation>
            <numerusform>%n osaleja kustutamine</numerusform>
            <numerusform>%n osaleja kustutamine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) deleted. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%n osaleja on kustutatud. Ctrl+Z toob ta tagasi.</numerusform>
            <numerusform>%n osalejat on kustutatud. Ctrl+Z toob nad tagasi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merging %n duplicate(s)</source>
        <translation>
            <numerusform>%n duplikaadi ühendamine</numerusform>
            <numerusform>%n duplikaadi ühendamine</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged into {names}.</source>
        <translation>Ühendatud kirjega {names}.</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikaadid</translation>
    </message>
    <message>
        <source>No duplicates found: no two participants share an e-mail address, or a name and organisation.</source>
        <translation>Duplikaate ei leitud: ühelgi kahel osalejal ei ole sama e-posti aadressi ega sama nime ja organisatsiooni.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of possible duplicates:</source>
        <translation>
            <numerusform>%n võimalike duplikaatide rühm:</numerusform>
            <numerusform>%n võimalike duplikaatide rühma:</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge each group</source>
        <translation>Ühenda iga rühm</translation>
    </message>
</context>
<context>
    <name>CheckInFileActions</name>
    <message>
        <source>Import registration list</source>
        <extracomment>Writes the PDFs, one at a time.</extracomment>
        <translation>Impordi eelregistreerimise nimekiri</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Tabelid (*.xlsx *.csv *.txt);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Loen faili {name}…</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Impordin faili {name}…</translation>
    </message>
    <message>
        <source>{file}: {imported} imported, {merged} merged, {skipped} skipped.</source>
        <translation>{file}: imporditud {imported}, ühendatud {merged}, vahele jäetud {skipped}.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: {reason}</source>
        <translation>PDF-faili ei saanud kirjutada: {reason}</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Salvestatud: {path}.</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Kirjutan faili {name}…</translation>
    </message>
    <message>
        <source>Print sign-in sheet</source>
        <translation>Prindi allkirjaleht</translation>
    </message>
    <message>
        <source>sign-in sheet.pdf</source>
        <translation>allkirjaleht.pdf</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Nimesildid</translation>
    </message>
    <message>
        <source>Print badges for the selected participants or for everyone?</source>
        <translation>Kas printida nimesildid valitud osalejatele või kõigile?</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n valitud</numerusform>
            <numerusform>%n valitud</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Kõigile</translation>
    </message>
    <message>
        <source>badges.pdf</source>
        <translation>nimesildid.pdf</translation>
    </message>
</context>
<context>
    <name>CheckInTab</name>
    <message>
        <source>Check-in</source>
        <extracomment>Whether the highlighted row was chosen by the user (arrows, click), not by the search. The counters shown (of the chosen day), kept true after each arrival. The door of the plain read while the store opens (``show_door``), else None.</extracomment>
        <translation>Registreerimine</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <extracomment>The walk-in key (the tab&apos;s, as Ctrl+N is &quot;New event&quot; in the window).</extracomment>
        <translation>&amp;Päev:</translation>
    </message>
    <message>
        <source>Day of the event</source>
        <translation>Ürituse päev</translation>
    </message>
    <message>
        <source>Type a few letters of a name, organisation or e-mail, then Enter</source>
        <translation>Sisestage paar tähte nimest, organisatsioonist või e-posti aadressist ja vajutage Enter</translation>
    </message>
    <message>
        <source>Find participant</source>
        <translation>Otsi osalejat</translation>
    </message>
    <message>
        <source>Type a few letters, then Enter. When several people match, press 1 to 9 to choose; arrow keys move through the list.</source>
        <translation>Sisestage paar tähte ja vajutage Enter. Kui sobib mitu inimest, vajutage valimiseks klahvi 1–9; nooleklahvidega liigute nimekirjas.</translation>
    </message>
    <message>
        <source>The day people are checked in for</source>
        <translation>Päev, mille kohta osalejaid registreeritakse</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registreeri</translation>
    </message>
    <message>
        <source>Check in the highlighted person, or the only one matching the search</source>
        <translation>Registreeri esiletõstetud osaleja või ainus otsingule vastav osaleja</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Eelregistreerimata…</translation>
    </message>
    <message>
        <source>Add walk-in</source>
        <translation>Lisa eelregistreerimata osaleja</translation>
    </message>
    <message>
        <source>Add someone who is not on the list and check them in ({key})</source>
        <translation>Lisa keegi, keda nimekirjas ei ole, ja registreeri ta ({key})</translation>
    </message>
    <message>
        <source>Everyone on the list; a tick and the time show who is here</source>
        <translation>Kõik nimekirjas olevad; linnuke ja kellaaeg näitavad, kes on kohal</translation>
    </message>
    <message>
        <source>No participants yet.
Import the registration list, or add people one by one. Walk-ins can be added at the door with Ctrl+Shift+N.</source>
        <translation>Osalejaid veel ei ole.
Importige eelregistreerimise nimekiri või lisage inimesed ükshaaval. Eelregistreerimata osalejaid saab uksel lisada klahvidega Ctrl+Shift+N.</translation>
    </message>
    <message>
        <source>No participants yet</source>
        <translation>Osalejaid veel ei ole</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Osalejad</translation>
    </message>
    <message>
        <source>Import registration list…</source>
        <translation>Impordi eelregistreerimise nimekiri…</translation>
    </message>
    <message>
        <source>Add participant…</source>
        <translation>Lisa osaleja…</translation>
    </message>
    <message>
        <source>Door news</source>
        <extracomment>The idle line: dark grey on the window (7:1, WCAG AAA), normal weight.</extracomment>
        <translation>Teated uksel</translation>
    </message>
    <message>
        <source>Enter checks in · 1–9 choose when several match · Ctrl+Z takes the last check-in back</source>
        <translation>Enter registreerib · 1–9 valib, kui sobib mitu · Ctrl+Z võtab viimase registreerimise tagasi</translation>
    </message>
    <message>
        <source>Day {number}: {date}</source>
        <extracomment>Set by the tab: pick the n-th person of an open chooser (True if there was one).</extracomment>
        <translation>Päev {number}: {date}</translation>
    </message>
    <message>
        <source>(today)</source>
        <translation>(täna)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>täna</translation>
    </message>
    <message>
        <source>Undone: {edit}</source>
        <translation>Tagasi võetud: {edit}</translation>
    </message>
    <message>
        <source>Redone: {edit}</source>
        <translation>Uuesti tehtud: {edit}</translation>
    </message>
    <message>
        <source>{name} is checked in as soon as the store is open (a moment).</source>
        <extracomment>Participants (id: name) to check in once the store is open, in the order asked for.</extracomment>
        <translation>{name} registreeritakse kohe, kui andmebaas on avatud (hetk).</translation>
    </message>
    <message>
        <source>Not checked in, because another event was opened: {names}. Check them in again on their event.</source>
        <translation>Registreerimata, sest avati teine üritus: {names}. Registreerige nad uuesti nende üritusel.</translation>
    </message>
</context>
<context>
    <name>CloseEventDialog</name>
    <message>
        <source>Close event and export</source>
        <translation>Lõpeta üritus ja ekspordi</translation>
    </message>
    <message>
        <source>Close “{title}” and write its workbook and PDF summary into the export folder (a subfolder per event, dated file names; earlier exports are kept). You can reopen the event later.</source>
        <translation>Üritus „{title}“ lõpetatakse ning selle töövihik ja PDF-kokkuvõte kirjutatakse ekspordikausta (iga ürituse jaoks eraldi alamkaust, failinimedes kuupäev; varasemad ekspordid jäävad alles). Ürituse saab hiljem uuesti avada.</translation>
    </message>
    <message>
        <source>&amp;Use this folder from now on</source>
        <translation>Kasuta e&amp;daspidi seda kausta</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Keel:</translation>
    </message>
    <message>
        <source>Export &amp;folder:</source>
        <translation>Ekspordika&amp;ust:</translation>
    </message>
    <message>
        <source>Close and e&amp;xport</source>
        <translation>&amp;Lõpeta ja ekspordi</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Kausta {folder} ei ole olemas.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare events</source>
        <translation>Võrdle üritusi</translation>
    </message>
    <message>
        <source>Tick the events to compare in one workbook.</source>
        <translation>Märkige üritused, mida ühes töövihikus võrrelda.</translation>
    </message>
    <message>
        <source>Events to compare</source>
        <translation>Võrreldavad üritused</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Töövihikud (*.xlsx)</translation>
    </message>
    <message>
        <source>E&amp;vents:</source>
        <translation>Ü&amp;ritused:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Keel:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fail:</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Võrdle</translation>
    </message>
    <message>
        <source>Tick at least one event.</source>
        <translation>Märkige vähemalt üks üritus.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Kausta {folder} ei ole olemas.</translation>
    </message>
</context>
<context>
    <name>CopyAgendaDialog</name>
    <message>
        <source>Copy agenda from another event</source>
        <translation>Kopeeri päevakava teiselt ürituselt</translation>
    </message>
    <message>
        <source>Event to copy from</source>
        <translation>Üritus, millelt kopeerida</translation>
    </message>
    <message>
        <source>Its items are added to this event&apos;s agenda; actual times are not copied.</source>
        <translation>Selle punktid lisatakse selle ürituse päevakavasse; tegelikke aegu ei kopeerita.</translation>
    </message>
    <message numerus="yes">
        <source>{title} · {date} (%n item(s))</source>
        <translation>
            <numerusform>{title} · {date} (%n punkt)</numerusform>
            <numerusform>{title} · {date} (%n punkti)</numerusform>
        </translation>
    </message>
    <message>
        <source>Its items are added to this event&apos;s agenda, moved so that its first day falls on {day}. Actual times are not copied; Undo takes the copy back.</source>
        <translation>Selle punktid lisatakse käesoleva ürituse päevakavasse ja nihutatakse nii, et esimene päev langeb kuupäevale {day}. Tegelikke aegu ei kopeerita; Võta tagasi tühistab kopeerimise.</translation>
    </message>
    <message>
        <source>&amp;Copy agenda</source>
        <translation>&amp;Kopeeri päevakava</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Üritus:</translation>
    </message>
</context>
<context>
    <name>CountersPanel</name>
    <message>
        <source>By day</source>
        <translation>Päevade kaupa</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Osalemine</translation>
    </message>
    <message>
        <source>By stakeholder group (here / on the list)</source>
        <translation>Huvirühmade kaupa (kohal / nimekirjas)</translation>
    </message>
    <message>
        <source>Registered people here today</source>
        <translation>Täna kohal olevad eelregistreerunud</translation>
    </message>
    <message>
        <source>Registered people here on {day}</source>
        <translation>Eelregistreerunud kohalolijad ({day})</translation>
    </message>
    <message numerus="yes">
        <source>+ %n walk-in(s) here</source>
        <translation>
            <numerusform>+ %n eelregistreerimata osaleja kohal</numerusform>
            <numerusform>+ %n eelregistreerimata osalejat kohal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people here in all</source>
        <translation>
            <numerusform>Kokku kohal %n inimene</numerusform>
            <numerusform>Kokku kohal %n inimest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered participant(s).</source>
        <translation>
            <numerusform>%n eelregistreerunud osaleja.</numerusform>
            <numerusform>%n eelregistreerunud osalejat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them here.</source>
        <translation>
            <numerusform>Neist kohal %n.</numerusform>
            <numerusform>Neist kohal %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in(s) here.</source>
        <translation>
            <numerusform>Kohal %n eelregistreerimata osaleja.</numerusform>
            <numerusform>Kohal %n eelregistreerimata osalejat.</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}: {count} here</source>
        <translation>{day}: kohal {count}</translation>
    </message>
    <message>
        <source>No one checked in yet.</source>
        <translation>Kedagi ei ole veel registreeritud.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The file could not be used{where}: {reason}. Nothing was changed.</source>
        <extracomment>What guards catch: errors a user can act on. Bugs are left to ``describe`` or the last handler.</extracomment>
        <translation>Faili ei saanud kasutada{where}: {reason}. Midagi ei muudetud.</translation>
    </message>
    <message>
        <source>Something went wrong unexpectedly ({name}). Details are in {log}.</source>
        <translation>Midagi läks ootamatult valesti ({name}). Üksikasjad on failis {log}.</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>There is no evaluation form {id}.</source>
        <translation>Tagasisidevormi {id} ei ole.</translation>
    </message>
    <message>
        <source>The question needs a text in at least one language.</source>
        <extracomment>A question&apos;s machine name, as XLSForm and ODK accept it. (XML names: letters of any script, digits, _ . -, not starting with a digit.)</extracomment>
        <translation>Küsimusel peab olema tekst vähemalt ühes keeles.</translation>
    </message>
    <message>
        <source>The name “{name}” may hold only letters, digits and _ and must not start with a digit.</source>
        <translation>Nimi „{name}“ võib sisaldada ainult tähti, numbreid ja märki _ ning see ei tohi alata numbriga.</translation>
    </message>
    <message>
        <source>Another question of this form is already named “{name}”.</source>
        <translation>Selle vormi teisel küsimusel on juba nimi „{name}“.</translation>
    </message>
    <message>
        <source>A rating scale runs from 0 or more to a higher number, at most 11 points.</source>
        <translation>Hindamisskaala algab 0-st või suuremast arvust ja lõpeb suurema arvuga, kokku kuni 11 palli.</translation>
    </message>
    <message>
        <source>A choice question needs at least two choices.</source>
        <translation>Valikuküsimusel peab olema vähemalt kaks vastusevarianti.</translation>
    </message>
    <message>
        <source>Two choices have the same name.</source>
        <translation>Kahel vastusevariandil on sama nimi.</translation>
    </message>
    <message>
        <source>A choice name cannot contain spaces.</source>
        <translation>Vastusevariandi nimes ei tohi olla tühikuid.</translation>
    </message>
    <message>
        <source>The form needs a title.</source>
        <translation>Vormil peab olema pealkiri.</translation>
    </message>
    <message>
        <source>Question {n}: {problem}</source>
        <translation>Küsimus {n}: {problem}</translation>
    </message>
    <message>
        <source>This question already has answers; its kind cannot change. Add a new question instead.</source>
        <translation>Sellele küsimusele on juba vastatud, seega selle liiki ei saa muuta. Lisage selle asemel uus küsimus.</translation>
    </message>
    <message>
        <source>There is no question {id}.</source>
        <translation>Küsimust {id} ei ole.</translation>
    </message>
    <message>
        <source>Several forms are called “{title}” (ids {ids}); give the id.</source>
        <translation>Pealkirjaga „{title}“ on mitu vormi (ID-d {ids}); andke ID.</translation>
    </message>
    <message>
        <source>There is no evaluation form “{form}”.</source>
        <translation>Tagasisidevormi „{form}“ ei ole.</translation>
    </message>
    <message>
        <source>Give a whole number from {low} to {high}.</source>
        <translation>Sisestage täisarv vahemikus {low}–{high}.</translation>
    </message>
    <message>
        <source>Give a number.</source>
        <translation>Sisestage arv.</translation>
    </message>
    <message>
        <source>Give a number of at least {low}.</source>
        <translation>Sisestage arv, mis on vähemalt {low}.</translation>
    </message>
    <message>
        <source>Give a number of at most {high}.</source>
        <translation>Sisestage arv, mis on kõige rohkem {high}.</translation>
    </message>
    <message>
        <source>Give a whole number.</source>
        <translation>Sisestage täisarv.</translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation>Vastake jah või ei.</translation>
    </message>
    <message>
        <source>Pick one of the choices.</source>
        <translation>Valige üks vastusevariant.</translation>
    </message>
    <message>
        <source>“{name}” is not one of the choices.</source>
        <translation>„{name}“ ei ole vastusevariantide hulgas.</translation>
    </message>
    <message>
        <source>Confirm with OK, or leave it blank.</source>
        <translation>Kinnitage nupuga OK või jätke tühjaks.</translation>
    </message>
    <message>
        <source>Put the choices in order, each once.</source>
        <translation>Pange vastusevariandid järjekorda, igaüks üks kord.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>Tekst on liiga pikk.</translation>
    </message>
    <message>
        <source>This is a heading; it takes no answer.</source>
        <translation>See on pealkiri; sellele ei vastata.</translation>
    </message>
    <message>
        <source>Give it as {example}.</source>
        <translation>Sisestage kujul {example}.</translation>
    </message>
    <message>
        <source>The form has no question “{name}”.</source>
        <translation>Vormil ei ole küsimust „{name}“.</translation>
    </message>
    <message>
        <source>This question needs an answer.</source>
        <translation>Sellele küsimusele tuleb vastata.</translation>
    </message>
    <message>
        <source>Pick one of the choices offered.</source>
        <translation>Valige üks pakutud vastusevariantidest.</translation>
    </message>
    <message>
        <source>There is no response {id}.</source>
        <translation>Vastust {id} ei ole.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jah</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>There is no built-in form “{key}”.</source>
        <extracomment>The key of ``EvaluationForm.settings`` holding a built-in form&apos;s title in each language.</extracomment>
        <translation>Sisseehitatud vormi „{key}“ ei ole.</translation>
    </message>
    <message>
        <source>This answer is not allowed here.</source>
        <extracomment>The logic keys that hold an expression (checked at import, evaluated here). Passes over the form: a calculation may use a later answer; two more settle nearly every form. Names of questions and groups that are relevant (asked). Answerable questions not asked (their relevance is false), in form order. Questions that need an answer now. Calculated values (calculate, hidden with a calculation), as text. Questions with a choice_filter: the names of the choices to offer. Violated constraints: question name -&gt; message in the respondent&apos;s language.</extracomment>
        <translation>See vastus ei ole siin lubatud.</translation>
    </message>
</context>
<context>
    <name>EvaluationCommands</name>
    <message>
        <source>Add question</source>
        <translation>Lisa küsimus</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Muuda küsimust</translation>
    </message>
    <message>
        <source>Move question</source>
        <translation>Liiguta küsimust</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Kustuta küsimus</translation>
    </message>
    <message>
        <source>Enter response</source>
        <translation>Sisesta vastus</translation>
    </message>
    <message>
        <source>Change response {n}</source>
        <translation>Muuda vastust {n}</translation>
    </message>
    <message>
        <source>Delete response {n}</source>
        <translation>Kustuta vastus {n}</translation>
    </message>
</context>
<context>
    <name>EvaluationTab</name>
    <message>
        <source>Evaluation</source>
        <extracomment>Forms and responses changed by undo/redo or another view; the event&apos;s languages.</extracomment>
        <translation>Tagasiside</translation>
    </message>
    <message>
        <source>&amp;New form</source>
        <translation>&amp;Uus vorm</translation>
    </message>
    <message>
        <source>Dialogue event evaluation (built in)</source>
        <translation>Dialoogiürituse tagasiside (sisseehitatud)</translation>
    </message>
    <message>
        <source>Training seminar evaluation (built in)</source>
        <translation>Koolitusseminari tagasiside (sisseehitatud)</translation>
    </message>
    <message>
        <source>Empty form</source>
        <translation>Tühi vorm</translation>
    </message>
    <message>
        <source>&amp;Import XLSForm…</source>
        <translation>&amp;Impordi XLSForm…</translation>
    </message>
    <message>
        <source>&amp;Export as XLSForm…</source>
        <translation>&amp;Ekspordi XLSFormina…</translation>
    </message>
    <message>
        <source>&amp;Rename form…</source>
        <translation>&amp;Nimeta vorm ümber…</translation>
    </message>
    <message>
        <source>Form &amp;languages…</source>
        <translation>Vormi &amp;keeled…</translation>
    </message>
    <message>
        <source>&amp;Delete form…</source>
        <translation>K&amp;ustuta vorm…</translation>
    </message>
    <message>
        <source>Start &amp;kiosk…</source>
        <translation>Käivita &amp;kiosk…</translation>
    </message>
    <message>
        <source>Start evaluation &amp;kiosk…</source>
        <translation>Käivita tagasiside &amp;kiosk…</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Koostamine</translation>
    </message>
    <message>
        <source>Enter paper forms</source>
        <translation>Paberlehtede sisestamine</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Tulemused</translation>
    </message>
    <message numerus="yes">
        <source>{title} — %n question(s)</source>
        <translation>
            <numerusform>{title} – %n küsimus</numerusform>
            <numerusform>{title} – %n küsimust</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or create an event to evaluate it.</source>
        <translation>Tagasiside kogumiseks avage või looge üritus.</translation>
    </message>
    <message>
        <source>This event has no evaluation form yet.

Create one with New form (the built-in dialogue-event evaluation is ready in five languages), or import the XLSForm your coordinator wrote.</source>
        <translation>Sellel üritusel ei ole veel tagasisidevormi.

Looge see nupuga Uus vorm (sisseehitatud dialoogiürituse tagasisidevorm on valmis viies keeles) või importige koordinaatori koostatud XLSForm.</translation>
    </message>
    <message>
        <source>No form created</source>
        <translation>Vormi ei loodud</translation>
    </message>
    <message>
        <source>New form</source>
        <translation>Uus vorm</translation>
    </message>
    <message>
        <source>Title of the form:</source>
        <translation>Vormi pealkiri:</translation>
    </message>
    <message>
        <source>Import XLSForm</source>
        <translation>Impordi XLSForm</translation>
    </message>
    <message>
        <source>XLSForm (*.xlsx *.xls)</source>
        <translation>XLSForm (*.xlsx *.xls)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Loen faili {file}…</translation>
    </message>
    <message>
        <source>Form not imported</source>
        <translation>Vormi ei imporditud</translation>
    </message>
    <message>
        <source>F&amp;orm:</source>
        <translation>V&amp;orm:</translation>
    </message>
    <message>
        <source>Form actions</source>
        <translation>Vormi toimingud</translation>
    </message>
    <message>
        <source>Export as XLSForm</source>
        <translation>Ekspordi XLSFormina</translation>
    </message>
    <message>
        <source>XLSForm (*.xlsx)</source>
        <translation>XLSForm (*.xlsx)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Ei eksporditud</translation>
    </message>
    <message>
        <source>Rename form</source>
        <translation>Nimeta vorm ümber</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>Ümber ei nimetatud</translation>
    </message>
    <message>
        <source>Form languages</source>
        <translation>Vormi keeled</translation>
    </message>
    <message>
        <source>Language codes the form is given in, the default first (e.g. et,ru,en):</source>
        <translation>Vormi keelte koodid, vaikekeel esimesena (nt et,ru,en):</translation>
    </message>
    <message>
        <source>Languages not changed</source>
        <translation>Keeli ei muudetud</translation>
    </message>
    <message>
        <source>Give two- or three-letter language codes separated by commas, such as et,ru,en.</source>
        <translation>Sisestage kahe- või kolmetähelised keelekoodid komadega eraldatult, nt et,ru,en.</translation>
    </message>
    <message>
        <source>Delete form</source>
        <translation>Kustuta vorm</translation>
    </message>
    <message numerus="yes">
        <source>Delete “{title}” with its %n response(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Kas kustutada „{title}“ koos %n vastusega? Seda ei saa tagasi võtta.</numerusform>
            <numerusform>Kas kustutada „{title}“ koos %n vastusega? Seda ei saa tagasi võtta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <extracomment>The countries these events are held in come first in the list; the rest follow by name.</extracomment>
        <translation>Muuda üritust</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Uus üritus</translation>
    </message>
    <message>
        <source>Chatham House rule: notes and exports never say who said what</source>
        <translation>Chatham House&apos;i reegel: märkmetes ja eksportides ei nimetata, kes mida ütles</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Pealkiri</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Li&amp;ik</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Algus</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Lõpp</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>Li&amp;nn</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Riik</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Toimumiskoht</translation>
    </message>
    <message>
        <source>O&amp;rganiser</source>
        <translation>&amp;Korraldaja</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>K&amp;eeled</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>&amp;Olek</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Kir&amp;jeldus</translation>
    </message>
</context>
<context>
    <name>EventTab</name>
    <message>
        <source>Undone: {edit}</source>
        <extracomment>The changes made elsewhere that this tab shows and must refresh for.</extracomment>
        <translation>Tagasi võetud: {edit}</translation>
    </message>
    <message>
        <source>Redone: {edit}</source>
        <translation>Uuesti tehtud: {edit}</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>The event needs a title.</source>
        <extracomment>Longest event accepted; a longer span is almost always a mistyped year.</extracomment>
        <translation>Üritusel peab olema pealkiri.</translation>
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation>Üritus ei saa lõppeda enne, kui see algab.</translation>
    </message>
    <message numerus="yes">
        <source>An event can last at most %n day(s).</source>
        <translation>
            <numerusform>Üritus võib kesta kõige rohkem %n päeva.</numerusform>
            <numerusform>Üritus võib kesta kõige rohkem %n päeva.</numerusform>
        </translation>
    </message>
    <message>
        <source>The country is a two-letter code such as EE, LV or SE.</source>
        <translation>Riik märgitakse kahetähelise koodiga, nt EE, LV või SE.</translation>
    </message>
    <message>
        <source>There is no event {id}.</source>
        <translation>Üritust ID-ga {id} ei ole.</translation>
    </message>
    <message>
        <source>More than one event matches “{ref}”; use its id.</source>
        <translation>Otsingule „{ref}“ vastab mitu üritust; kasutage ürituse ID-d.</translation>
    </message>
    <message>
        <source>There is no event “{ref}”.</source>
        <translation>Üritust „{ref}“ ei ole.</translation>
    </message>
</context>
<context>
    <name>ExercisePanel</name>
    <message>
        <source>Exercises</source>
        <extracomment>Exercises done on this event: once ticked, an exercise stays ticked (reopening the event or a moment between two writes of an export does not take it back). What the list shows now, so an unchanged state does not rebuild it.</extracomment>
        <translation>Harjutused</translation>
    </message>
    <message>
        <source>Work through these on the practice event. Each ticks itself off when done.</source>
        <translation>Tehke need harjutused harjutusüritusel läbi. Iga harjutus märgitakse tehtuks automaatselt.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>tehtud</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>veel tegemata</translation>
    </message>
    <message>
        <source>All exercises done. Well done! Reset practice (File menu) to go through them again, or leave practice mode for your real events.</source>
        <translation>Kõik harjutused on tehtud. Tubli! Uuesti läbimiseks lähtestage harjutus (menüü Fail) või väljuge harjutusrežiimist oma päris ürituste juurde.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Eksport katkestati; midagi ei kirjutatud.</translation>
    </message>
    <message>
        <source>The disk is full, so {path} could not be written. Free some space or choose another folder; any older file was left as it was.</source>
        <extracomment>progress(done, total): called between steps of slow work; raises Cancelled (ExportCancelled in an export) once the user stopped it. The one progress type of imports, exports and the runner.</extracomment>
        <translation>Ketas on täis, mistõttu faili {path} ei saanud kirjutada. Vabastage kettaruumi või valige muu kaust; varasem fail jäi muutmata.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. Choose another folder; nothing was written.</source>
        <translation>Kaust {folder} on kirjutuskaitstud. Valige muu kaust; midagi ei kirjutatud.</translation>
    </message>
    <message>
        <source>{path} is open in another program (Excel, LibreOffice or a PDF viewer) or is protected. Close it there and try again; the older file was left as it was.</source>
        <translation>Fail {path} on avatud mõnes muus programmis (Excel, LibreOffice või PDF-lugeja) või on kaitstud. Sulgege see seal ja proovige uuesti; varasem fail jäi muutmata.</translation>
    </message>
    <message>
        <source>The file name {path} is too long; choose a shorter one.</source>
        <translation>Failinimi {path} on liiga pikk; valige lühem nimi.</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}); any older file was left as it was.</source>
        <translation>Faili {path} ei saanud kirjutada ({reason}); varasem fail jäi muutmata.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name.</source>
        <translation>{path} on kaust; valige failinimi.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Create it or choose another folder.</source>
        <translation>Kausta {folder} ei ole olemas. Looge see või valige muu kaust.</translation>
    </message>
    <message>
        <source>{path} is open in another program (Excel or LibreOffice). Close it there and try again; the older file was left as it was.</source>
        <translation>Fail {path} on avatud mõnes muus programmis (Excel või LibreOffice). Sulgege see seal ja proovige uuesti; varasem fail jäi muutmata.</translation>
    </message>
    <message>
        <source>The export folder {folder} could not be created ({reason}). Choose another export folder.</source>
        <extracomment>Why there is no PDF (&quot;&quot; when there is one).</extracomment>
        <translation>Ekspordikausta {folder} ei saanud luua ({reason}). Valige muu ekspordikaust.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export &amp;workbook…</source>
        <translation>Ekspordi &amp;töövihik…</translation>
    </message>
    <message>
        <source>Export &amp;PDF summary…</source>
        <translation>Ekspordi &amp;PDF-kokkuvõte…</translation>
    </message>
    <message>
        <source>&amp;Compare events…</source>
        <translation>Võr&amp;dle üritusi…</translation>
    </message>
    <message>
        <source>C&amp;lose event and export…</source>
        <translation>&amp;Lõpeta üritus ja ekspordi…</translation>
    </message>
    <message>
        <source>&amp;Reopen event</source>
        <translation>&amp;Ava üritus uuesti</translation>
    </message>
    <message>
        <source>Write the coordinator&apos;s workbook of this event</source>
        <translation>Kirjuta selle ürituse töövihik koordinaatorile</translation>
    </message>
    <message>
        <source>Write workbook and PDF into the export folder and mark the event closed</source>
        <translation>Kirjuta töövihik ja PDF ekspordikausta ning märgi üritus lõppenuks</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Eksportimine</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Kirjutan faili {name}…</translation>
    </message>
    <message>
        <source>There are no events to compare yet.</source>
        <translation>Võrrelda ei ole veel ühtki üritust.</translation>
    </message>
    <message>
        <source>Comparison of events</source>
        <translation>Ürituste võrdlus</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n event(s)…</source>
        <translation>
            <numerusform>Võrdlen %n üritust…</numerusform>
            <numerusform>Võrdlen %n üritust…</numerusform>
        </translation>
    </message>
    <message>
        <source>Closing “{title}”…</source>
        <translation>Lõpetan ürituse „{title}“…</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Kirjutatud: {path}</translation>
    </message>
    <message>
        <source>The event is closed. Written into {folder}:</source>
        <translation>Üritus on lõpetatud. Kausta {folder} kirjutati:</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksport ebaõnnestus</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Eksport katkestati</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Eksport katkestati; midagi ei kirjutatud.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Ava &amp;kaust</translation>
    </message>
    <message>
        <source>“{title}” is still running: closing ends it now.</source>
        <translation>Punkt „{title}“ on veel käimas: sulgemine lõpetab selle kohe.</translation>
    </message>
    <message>
        <source>The event is planned until {date}: you are closing it before its last day.</source>
        <translation>Üritus on kavandatud kuni {date}: lõpetate selle enne viimast päeva.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export PDF summary</source>
        <extracomment>Dark amber text: a caution, not an error (7.4:1 on the dialog&apos;s grey, WCAG AA).</extracomment>
        <translation>Ekspordi PDF-kokkuvõte</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>Ekspordi töövihik</translation>
    </message>
    <message>
        <source>Export “{title}”.</source>
        <translation>Ürituse „{title}“ eksport.</translation>
    </message>
    <message>
        <source>&amp;Pseudonymise: participants as codes P001…, no names, e-mails or phone numbers</source>
        <translation>&amp;Pseudonüümi: osalejad koodidena P001…, ilma nimede, e-posti aadresside ja telefoninumbriteta</translation>
    </message>
    <message>
        <source>Add language-independent &amp;codes (groups, channels, yes/no, choices), so workbooks in several languages can be combined</source>
        <translation>Lisa keelest sõltumatud &amp;koodid (huvirühmad, kanalid, jah/ei, vastusevariandid), et eri keeltes töövihikuid saaks kokku liita</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-failid (*.pdf)</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Töövihikud (*.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Keel:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fail:</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Kirjutatav fail</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Ekspordi</translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation>Andke failile nimi.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Kausta {folder} ei ole olemas.</translation>
    </message>
</context>
<context>
    <name>FormDesigner</name>
    <message>
        <source>&amp;Add question (Ins)</source>
        <translation>&amp;Lisa küsimus (Ins)</translation>
    </message>
    <message>
        <source>Ed&amp;it (Enter)</source>
        <translation>&amp;Muuda (Enter)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Liiguta &amp;üles</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Liiguta alla&amp;poole</translation>
    </message>
    <message>
        <source>&amp;Delete (Del)</source>
        <translation>Ku&amp;stuta (Del)</translation>
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
        <translation>Eelvaade vastaja vaates, keeles:</translation>
    </message>
    <message>
        <source>The form has no questions yet.</source>
        <translation>Vormil ei ole veel küsimusi.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Ei muudetud</translation>
    </message>
    <message>
        <source>Kind not changed</source>
        <translation>Liiki ei muudetud</translation>
    </message>
    <message>
        <source>This form already has responses, so a question cannot change its kind. Add a new question instead.</source>
        <translation>Sellel vormil on juba vastuseid, seega küsimuse liiki ei saa muuta. Lisage selle asemel uus küsimus.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{file}: there is no such file.</source>
        <extracomment>Unpacked size of all parts of a workbook, and of any part the reader holds in memory whole. Cells the reader may look at, blank ones included (a row of styled cells counts them all).</extracomment>
        <translation>{file}: sellist faili ei ole.</translation>
    </message>
    <message>
        <source>{file}: the file is empty.</source>
        <translation>{file}: fail on tühi.</translation>
    </message>
    <message>
        <source>{file}: the file is too large to be a list ({size} MB; at most {limit} MB).</source>
        <translation>{file}: fail on nimekirja jaoks liiga suur ({size} MB; kõige rohkem {limit} MB).</translation>
    </message>
    <message>
        <source>{file}: this kind of spreadsheet cannot be read; save it as .xlsx or .csv first.</source>
        <translation>{file}: sellist tabelit ei saa lugeda; salvestage see esmalt .xlsx- või .csv-failina.</translation>
    </message>
    <message>
        <source>{file}: only .xlsx and .csv files can be imported.</source>
        <translation>{file}: importida saab ainult .xlsx- ja .csv-faile.</translation>
    </message>
    <message>
        <source>{file}: there is no header row.</source>
        <translation>{file}: päiserida puudub.</translation>
    </message>
    <message>
        <source>{file}: row {row} cannot be read as CSV ({reason}).</source>
        <extracomment>physical line -&gt; row number, to name the rows of lines in another encoding</extracomment>
        <translation>{file}: rida {row} ei saa CSV-na lugeda ({reason}).</translation>
    </message>
    <message>
        <source>Rows {rows} are not in UTF-8 like the rest of the file; they were read as {encoding}. Check their names and letters.</source>
        <translation>Read {rows} ei ole erinevalt ülejäänud failist UTF-8 kodeeringus; need loeti kodeeringus {encoding}. Kontrollige nende nimesid ja tähti.</translation>
    </message>
    <message>
        <source>{file}: this is not a readable .xlsx workbook ({reason}).</source>
        <translation>{file}: see ei ole loetav .xlsx-töövihik ({reason}).</translation>
    </message>
    <message>
        <source>{file}: the workbook unpacks to {size} MB, too much for a list; save the sheet as .csv and import that.</source>
        <translation>{file}: töövihik on lahtipakituna {size} MB, mis on nimekirja jaoks liiga palju; salvestage leht .csv-failina ja importige see.</translation>
    </message>
    <message>
        <source>{file}: there is no sheet “{sheet}”.</source>
        <translation>{file}: lehte „{sheet}“ ei ole.</translation>
    </message>
    <message>
        <source>{file}: the sheet has more cells than a list can have; delete the empty formatted rows and columns, or save it as .csv.</source>
        <translation>{file}: lehel on rohkem lahtreid, kui nimekirjas olla saab; kustutage tühjad vormindatud read ja veerud või salvestage leht .csv-failina.</translation>
    </message>
    <message>
        <source>{file}: this is not a text file.</source>
        <translation>{file}: see ei ole tekstifail.</translation>
    </message>
    <message>
        <source>{file}: row {row} has {count} columns; a list has at most {limit}.</source>
        <extracomment>Excel&apos;s own limit for the text of one cell. After this many blank rows following the data, the rest of a sheet is formatting only. (row number in the file, 1-based as a spreadsheet shows it; cell values as strings). Rows are not padded: a row may be shorter than the headers. What reading changed or noticed (rows in another encoding, characters removed). The sheets of a workbook, for telling what kind of file it is. The row number of the header row. Cells holding a formula saved without its value (read as empty): row -&gt; column -&gt; formula.</extracomment>
        <translation>{file}: real {row} on {count} veergu; nimekirjas võib olla kõige rohkem {limit}.</translation>
    </message>
    <message>
        <source>{file}: the file has more than {limit} rows; split it into smaller lists.</source>
        <translation>{file}: failis on rohkem kui {limit} rida; jagage see väiksemateks nimekirjadeks.</translation>
    </message>
    <message>
        <source>{file}: the cell in row {row}, column {column} holds {count} characters; a cell has at most {limit}.</source>
        <translation>{file}: rea {row} veeru {column} lahtris on {count} märki; lahtris võib olla kõige rohkem {limit}.</translation>
    </message>
    <message>
        <source>{file}: the file has no rows.</source>
        <translation>{file}: failis ei ole ridu.</translation>
    </message>
    <message>
        <source>Rows {rows}: invisible control characters were removed from the text.</source>
        <translation>Read {rows}: tekstist eemaldati nähtamatud juhtmärgid.</translation>
    </message>
    <message>
        <source>first name</source>
        <extracomment>A column is of a kind when this share of its filled cells is. Two kinds closer than this in one column cannot be told apart (country or language codes). Field names as notes quote them (nominative, so any language can quote them).</extracomment>
        <translation>eesnimi</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>perekonnanimi</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>täisnimi</translation>
    </message>
    <message>
        <source>full name, last name first</source>
        <translation>täisnimi, perekonnanimi ees</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisatsioon</translation>
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
        <translation>riik</translation>
    </message>
    <message>
        <source>preferred language</source>
        <translation>eelistatud keel</translation>
    </message>
    <message>
        <source>stakeholder group</source>
        <translation>huvirühm</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <extracomment>What a column holds, for the message when no names are found.</extracomment>
        <translation>e-posti aadressid</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>telefoninumbrid</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>kuupäevad</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>riigid</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>keeled</translation>
    </message>
    <message>
        <source>yes/no answers</source>
        <translation>jah/ei vastused</translation>
    </message>
    <message>
        <source>stakeholder groups</source>
        <translation>huvirühmad</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organisatsioonid</translation>
    </message>
    <message>
        <source>values of two kinds</source>
        <translation>kahte liiki väärtused</translation>
    </message>
    <message>
        <source>text that does not look like names</source>
        <translation>tekst, mis ei paista nimedena</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>mitte midagi</translation>
    </message>
    <message>
        <source>Column {letter}</source>
        <translation>Veerg {letter}</translation>
    </message>
    <message>
        <source>The file has no header row: every row is read as a person, the columns by what they hold. Check the column choices.</source>
        <translation>Failis ei ole päiserida: iga rida loetakse inimeseks ja veerud nende sisu järgi. Kontrollige veergude valikuid.</translation>
    </message>
    <message>
        <source>column {column}: {holds}</source>
        <extracomment>What was decided, as (column, note) in column order. Columns left out with a note of their own (dates, yes/no, two kinds, a weaker rival). Column -&gt; what it was found to hold (a key of ``_HOLDS``), for the refusal.</extracomment>
        <translation>veerg {column}: {holds}</translation>
    </message>
    <message>
        <source>{file}: the file has no header row, and no column holds names by its values ({columns}). Add a header row (for example “First name”, “Last name”, “E-mail”), or choose the name column in the column choices (--map “Column A=full_name” on the command line).</source>
        <translation>{file}: failis ei ole päiserida ja ükski veerg ei sisalda väärtuste järgi nimesid ({columns}). Lisage päiserida (näiteks „Eesnimi“, „Perekonnanimi“, „E-post“) või valige nimede veerg veergude valikutes (käsureal --map „Veerg A=full_name“).</translation>
    </message>
    <message>
        <source>No header row: column {column} is taken as “{field}” from its values.</source>
        <translation>Päiserida pole: veerg {column} võeti väärtuste järgi kui „{field}“.</translation>
    </message>
    <message>
        <source>No header row: column {weaker} could also be “{field}”, but column {taken} fits better; column {weaker} was not imported.</source>
        <translation>Päiserida pole: veerg {weaker} võiks samuti olla „{field}“, kuid veerg {taken} sobib paremini; veergu {weaker} ei imporditud.</translation>
    </message>
    <message>
        <source>No header row: the values of column {column} fit two kinds (such as country and language codes) and cannot be told apart; it was not imported. Choose what it holds if it matters.</source>
        <translation>Päiserida pole: veeru {column} väärtused sobivad kahte liiki (näiteks riigi- ja keelekoodid) ja neid ei saa eristada; veergu ei imporditud. Kui see on oluline, valige, mida veerg sisaldab.</translation>
    </message>
    <message>
        <source>No header row: column {column} holds dates (perhaps when each person registered); a participant has no such detail, so it was not imported.</source>
        <translation>Päiserida pole: veerus {column} on kuupäevad (ehk eelregistreerimise ajad); osalejal sellist andmevälja pole, seega veergu ei imporditud.</translation>
    </message>
    <message>
        <source>No header row: column {column} holds yes/no answers, but which consent they record cannot be told from the values; it was not imported. Choose the consent it records in the column choices (or --map “Column {column}=consent_photos”, consent_listed or consent_contact on the command line).</source>
        <translation>Päiserida pole: veerus {column} on jah/ei vastused, kuid väärtuste järgi ei saa öelda, millist nõusolekut need tähendavad; veergu ei imporditud. Valige nõusolek veergude valikutes (või käsureal --map „Veerg {column}=consent_photos“, consent_listed või consent_contact).</translation>
    </message>
    <message>
        <source>No header row: nothing in columns {first} and {last} tells first names from last names, so they are read in the usual order; swap them in the column choices if the list writes the last name first.</source>
        <translation>Päiserida pole: veergudes {first} ja {last} ei ole miski, mis eristaks eesnimesid perekonnanimedest, seega loeti need tavalises järjekorras; kui loendis on perekonnanimi ees, vahetage need veergude valikutes.</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <extracomment>Rows below the first that may hold the real header (a report&apos;s title block above it). Longest list of headers a message spells out. Folded words in front of the real name of a column, as forms and ticketing tools add them. Headers of the columns with a header that are not imported, in file order.</extracomment>
        <translation>ja veel {n}</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) not recognised and not imported: {headers}.</source>
        <translation>
            <numerusform>%n veerg jäi tuvastamata ja seda ei imporditud: {headers}.</numerusform>
            <numerusform>%n veergu jäi tuvastamata ja neid ei imporditud: {headers}.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{option}” is not of the form “Header=field”.</source>
        <translation>„{option}“ ei ole kujul „Päis=väli“.</translation>
    </message>
    <message>
        <source>There is no column “{header}”; the columns are: {headers}.</source>
        <translation>Veergu „{header}“ ei ole; veerud on: {headers}.</translation>
    </message>
    <message>
        <source>“{field}” is not a field; the fields are: {fields}.</source>
        <translation>„{field}“ ei ole väli; väljad on: {fields}.</translation>
    </message>
    <message>
        <source>The column headers are in row {row}; the {count} row(s) above them were not imported.</source>
        <translation>Veergude päised on real {row}; nende kohal olevaid ridu ({count}) ei imporditud.</translation>
    </message>
    <message>
        <source>{file}: no column was recognised for: {fields}. The columns in the file are: {headers}. Rename a column, or choose what it holds (--map “Header=field” on the command line).</source>
        <translation>{file}: järgmiste väljade jaoks ei tuvastatud ühtki veergu: {fields}. Failis olevad veerud on: {headers}. Nimetage veerg ümber või valige, mida see sisaldab (käsureal --map „Päis=väli“).</translation>
    </message>
    <message>
        <source>It looks like an XLSForm (a form definition with a “survey” sheet); import it as an evaluation form instead.</source>
        <translation>See näib olevat XLSForm (vormi definitsioon lehega „survey“); importige see hoopis tagasisidevormina.</translation>
    </message>
    <message>
        <source>It looks like a pivot table (a summary with totals), not a list with one row per entry; import the list the pivot table was made from.</source>
        <translation>See näib olevat liigendtabel (kokkuvõte koos summadega), mitte nimekiri, kus igal kirjel on oma rida; importige nimekiri, mille põhjal liigendtabel tehti.</translation>
    </message>
    <message>
        <source>The {column} cell holds a formula ({formula}) with no value; it was left empty.</source>
        <translation>Veeru {column} lahtris on valem ({formula}) ilma väärtuseta; lahter jäeti tühjaks.</translation>
    </message>
    <message>
        <source>Row {row}: the {column} cell holds a formula ({formula}) with no value; it was left empty.</source>
        <translation>Rida {row}: veeru {column} lahtris on valem ({formula}) ilma väärtuseta; lahter jäeti tühjaks.</translation>
    </message>
    <message numerus="yes">
        <source>Rows {rows}: formulas with no value left %n other cell(s) empty.</source>
        <translation>
            <numerusform>Read {rows}: veel %n lahter jäi tühjaks, sest selle valemil pole väärtust.</numerusform>
            <numerusform>Read {rows}: veel %n lahtrit jäi tühjaks, sest nende valemitel pole väärtust.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows {rows}: formulas with no value left %n cell(s) empty.</source>
        <translation>
            <numerusform>Read {rows}: %n lahter jäi tühjaks, sest selle valemil pole väärtust.</numerusform>
            <numerusform>Read {rows}: %n lahtrit jäi tühjaks, sest nende valemitel pole väärtust.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was saved without calculating its formulas. To import their values, open it in Excel or LibreOffice, recalculate (Ctrl+Shift+F9), save it and import it again.</source>
        <translation>Fail salvestati valemeid arvutamata. Väärtuste importimiseks avage fail Excelis või LibreOffice&apos;is, arvutage valemid uuesti (Ctrl+Shift+F9), salvestage fail ja importige see uuesti.</translation>
    </message>
</context>
<context>
    <name>ImportAgendaDialog</name>
    <message>
        <source>Import agenda — {file}</source>
        <translation>Impordi päevakava – {file}</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Faili veerud</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Imporditavad read</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Kuupäevad</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Replace the current agenda (%n item(s)) instead of adding to it</source>
        <translation>
            <numerusform>&amp;Asenda praegune päevakava (%n punkt), selle asemel et sellele lisada</numerusform>
            <numerusform>&amp;Asenda praegune päevakava (%n punkti), selle asemel et sellele lisada</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes about the file</source>
        <extracomment>What reading noticed and which columns are not imported.</extracomment>
        <translation>Märkused faili kohta</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impordi</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rida</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Kuupäev</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Algus</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Lõpp</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pealkiri</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>Facilitator(s)</source>
        <translation>Moderaator(id)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruum</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleemid</translation>
    </message>
    <message>
        <source>The file&apos;s dates ({first} to {last}) are not all days of this event ({start} to {end}).</source>
        <translation>Osa faili kuupäevi ({first}–{last}) jääb väljapoole ürituse toimumispäevi ({start}–{end}).</translation>
    </message>
    <message>
        <source>&amp;Move the dates: the file&apos;s first day ({first}) becomes the event&apos;s first day ({start})</source>
        <translation>&amp;Nihuta kuupäevi: faili esimene päev ({first}) muutub ürituse esimeseks päevaks ({start})</translation>
    </message>
    <message>
        <source>&amp;Keep the dates as they are (the items are flagged as outside the event)</source>
        <translation>&amp;Jäta kuupäevad samaks (punktid märgitakse üritusest väljapoole jäävateks)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) will be imported.</source>
        <translation>
            <numerusform>Imporditakse %n punkt.</numerusform>
            <numerusform>Imporditakse %n punkti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported until every row is right. Fix the file (or the columns above) and try again.</source>
        <translation>Midagi ei saa importida enne, kui kõik read on korras. Parandage fail (või ülalolevad veerud) ja proovige uuesti.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>First name</source>
        <translation>Eesnimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Perekonnanimi</translation>
    </message>
    <message>
        <source>Full name (first last)</source>
        <translation>Täisnimi (eesnimi perenimi)</translation>
    </message>
    <message>
        <source>Full name (last first)</source>
        <translation>Täisnimi (perenimi eesnimi)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatsioon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Huvirühm</translation>
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
        <translation>Riik</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Eelistatud keel</translation>
    </message>
    <message>
        <source>Consent: may be listed</source>
        <translation>Nõusolek: nime võib avaldada</translation>
    </message>
    <message>
        <source>Consent: photos</source>
        <translation>Nõusolek: pildistamine</translation>
    </message>
    <message>
        <source>Consent: contact afterwards</source>
        <translation>Nõusolek: hilisem ühendusvõtt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Märkmed</translation>
    </message>
    <message>
        <source>Import registration list — {file}</source>
        <translation>Impordi eelregistreerimise nimekiri – {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeat a person of an earlier row (a report lists every join) and are merged, not imported twice.</source>
        <translation>
            <numerusform>%n rida kordab varasema rea inimest (aruandes on loetletud kõik ühendamised); see ühendatakse, mitte ei impordita kaks korda.</numerusform>
            <numerusform>%n rida kordab varasemate ridade inimesi (aruandes on loetletud kõik ühendamised); need ühendatakse, mitte ei impordita kaks korda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column in the file</source>
        <extracomment>How many rows the &quot;First values&quot; column samples.</extracomment>
        <translation>Veerg failis</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Imporditakse kui</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Esimesed väärtused</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Veergude vastavus</translation>
    </message>
    <message>
        <source>Not recognised: this column is not imported unless you choose a field.</source>
        <translation>Tuvastamata: seda veergu ei impordita, kui te ei vali välja.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rida</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiming</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Organisation / e-mail</source>
        <translation>Organisatsioon / e-post</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Märkus</translation>
    </message>
    <message>
        <source>Preview of the rows</source>
        <translation>Ridade eelvaade</translation>
    </message>
    <message>
        <source>Merge duplicates: add their new details</source>
        <translation>Ühenda duplikaadid: lisa nende uued andmed</translation>
    </message>
    <message>
        <source>Skip duplicates: keep what is there</source>
        <translation>Jäta duplikaadid vahele: säilita olemasolev</translation>
    </message>
    <message>
        <source>Import only the valid rows</source>
        <translation>Impordi ainult korrektsed read</translation>
    </message>
    <message>
        <source>&amp;Duplicates:</source>
        <translation>&amp;Duplikaadid:</translation>
    </message>
    <message>
        <source>(column {number} without a header)</source>
        <translation>(veerg {number} ilma päiseta)</translation>
    </message>
    <message>
        <source>Import column {column} as</source>
        <translation>Impordi veerg {column} kui</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(ei impordita)</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n data row(s)</source>
        <translation>
            <numerusform>{file}: %n andmerida</numerusform>
            <numerusform>{file}: %n andmerida</numerusform>
        </translation>
    </message>
    <message>
        <source>text encoding {encoding}, separator “{separator}”</source>
        <translation>märgikodeering {encoding}, eraldaja „{separator}“</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impordi</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n uus</numerusform>
            <numerusform>%n uut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged into existing entries</source>
        <translation>
            <numerusform>%n ühendatud olemasoleva kirjega</numerusform>
            <numerusform>%n ühendatud olemasolevate kirjetega</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped as duplicates</source>
        <translation>
            <numerusform>%n duplikaadina vahele jäetud</numerusform>
            <numerusform>%n duplikaadina vahele jäetud</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Kontrollin faili {name}…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Uus</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Ühenda</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Jäta vahele</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Ei saa importida</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Form imported</source>
        <translation>Vorm on imporditud</translation>
    </message>
    <message numerus="yes">
        <source>{file} was imported. %n part(s) of it could not be taken over:</source>
        <translation>
            <numerusform>{file} on imporditud. %n osa sellest ei saanud üle võtta:</numerusform>
            <numerusform>{file} on imporditud. %n osa sellest ei saanud üle võtta:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Edit agenda item</source>
        <translation>Muuda päevakava punkti</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Uus päevakava punkt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Nimed komadega eraldatult</translation>
    </message>
    <message>
        <source>&amp;Fixed time: keep this time when earlier items change</source>
        <translation>&amp;Fikseeritud aeg: säilita see aeg, kui eelnevad punktid muutuvad</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Pealkiri:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>Päe&amp;v:</translation>
    </message>
    <message>
        <source>&amp;Start – end:</source>
        <translation>&amp;Algus – lõpp:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Liik:</translation>
    </message>
    <message>
        <source>F&amp;acilitator(s):</source>
        <translation>&amp;Moderaator(id):</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Ruum:</translation>
    </message>
    <message>
        <source>Descri&amp;ption / goal:</source>
        <translation>&amp;Kirjeldus / eesmärk:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Algusaeg</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Lõpuaeg</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Kestus minutites</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Päev</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>Changing it moves the end time.</source>
        <translation>Selle muutmine nihutab lõpuaega.</translation>
    </message>
    <message>
        <source>A fixed item keeps its time when earlier items change length.</source>
        <translation>Fikseeritud punkt säilitab oma aja, kui eelnevate punktide kestus muutub.</translation>
    </message>
    <message>
        <source>Published plan: {day}, {start}–{end}. Changes here move the expected times; the published plan stays as it was announced.</source>
        <translation>Avaldatud kava: {day}, {start}–{end}. Siin tehtud muudatused nihutavad eeldatavaid aegu; avaldatud kava jääb selliseks, nagu see välja kuulutati.</translation>
    </message>
</context>
<context>
    <name>KeyboardHelp</name>
    <message>
        <source>Everywhere</source>
        <translation>Kõikjal</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Registreerimine</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Päevakava</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Märkmed</translation>
    </message>
    <message>
        <source>Paper forms and kiosk</source>
        <translation>Paberlehed ja kiosk</translation>
    </message>
    <message>
        <source>Agenda, Check-in, Notes, Evaluation</source>
        <translation>Päevakava, Registreerimine, Märkmed, Tagasiside</translation>
    </message>
    <message>
        <source>Search on the current tab</source>
        <translation>Otsi praeguselt vahekaardilt</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Uus üritus</translation>
    </message>
    <message>
        <source>Edit the event</source>
        <translation>Muuda üritust</translation>
    </message>
    <message>
        <source>Undo the last edit (its name is in the Edit menu)</source>
        <translation>Võta viimane muudatus tagasi (selle nimi on menüüs Redigeeri)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Tee uuesti</translation>
    </message>
    <message>
        <source>Start the next agenda item</source>
        <translation>Alusta järgmist päevakava punkti</translation>
    </message>
    <message>
        <source>Stop the running agenda item</source>
        <translation>Lõpeta käimasolev päevakava punkt</translation>
    </message>
    <message>
        <source>Export the event workbook</source>
        <translation>Ekspordi ürituse töövihik</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>See loend</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Välju</translation>
    </message>
    <message>
        <source>Letters, then Enter</source>
        <translation>Tähed, seejärel Enter</translation>
    </message>
    <message>
        <source>Check in the only person matching; when several match, a numbered list opens</source>
        <translation>Registreeri ainus sobiv inimene; kui sobib mitu, avaneb nummerdatud loend</translation>
    </message>
    <message>
        <source>Check in that person from the numbered list</source>
        <translation>Registreeri see inimene nummerdatud loendist</translation>
    </message>
    <message>
        <source>Arrow keys, Page Up/Down</source>
        <translation>Nooleklahvid, Page Up/Down</translation>
    </message>
    <message>
        <source>Move through the list; Enter checks in</source>
        <translation>Liigu nimekirjas; Enter registreerib</translation>
    </message>
    <message>
        <source>Close the numbered list, or clear the search</source>
        <translation>Sulge nummerdatud loend või tühjenda otsing</translation>
    </message>
    <message>
        <source>Add a walk-in (from what was typed)</source>
        <translation>Lisa eelregistreerimata osaleja (sisestatud teksti põhjal)</translation>
    </message>
    <message>
        <source>Edit the highlighted participant</source>
        <translation>Muuda esiletõstetud osalejat</translation>
    </message>
    <message>
        <source>Delete the selected participants</source>
        <translation>Kustuta valitud osalejad</translation>
    </message>
    <message>
        <source>Add an agenda item</source>
        <translation>Lisa päevakava punkt</translation>
    </message>
    <message>
        <source>Duplicate the item</source>
        <translation>Dubleeri punkt</translation>
    </message>
    <message>
        <source>Move the item</source>
        <translation>Liiguta punkti</translation>
    </message>
    <message>
        <source>Enter actual times</source>
        <translation>Sisesta tegelikud ajad</translation>
    </message>
    <message>
        <source>Previous or next day</source>
        <translation>Eelmine või järgmine päev</translation>
    </message>
    <message>
        <source>Kind of note</source>
        <translation>Märke liik</translation>
    </message>
    <message>
        <source>Save the note and start the next</source>
        <translation>Salvesta märge ja alusta järgmist</translation>
    </message>
    <message>
        <source>Answer the question (a rating moves on to the next question)</source>
        <translation>Vasta küsimusele (hinnangu järel liigutakse järgmise küsimuse juurde)</translation>
    </message>
    <message>
        <source>Save the paper form and open a blank one</source>
        <translation>Salvesta paberleht ja ava tühi leht</translation>
    </message>
    <message>
        <source>Previous or next response already entered</source>
        <translation>Eelmine või järgmine juba sisestatud vastus</translation>
    </message>
    <message>
        <source>Start the evaluation kiosk</source>
        <translation>Käivita tagasiside kiosk</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kiirklahvid</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Kus</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klahvid</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Mida teeb</translation>
    </message>
    <message>
        <source>Where each key works, the key, and what it does</source>
        <translation>Kus klahv toimib, klahv ja mida see teeb</translation>
    </message>
</context>
<context>
    <name>KioskSetupDialog</name>
    <message>
        <source>Start kiosk</source>
        <translation>Käivita kiosk</translation>
    </message>
    <message>
        <source>Participants will answer “{form}” full screen. Nothing else of the app can be reached until this PIN is typed.</source>
        <translation>Osalejad vastavad vormile „{form}“ täisekraanil. Rakenduse muudele osadele pääseb ligi alles pärast selle PIN-koodi sisestamist.</translation>
    </message>
    <message>
        <source>&amp;PIN (at least 4 digits):</source>
        <translation>&amp;PIN-kood (vähemalt 4 numbrit):</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>PIN-kood &amp;uuesti:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kood</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN-kood uuesti</translation>
    </message>
    <message>
        <source>&amp;One question (or group) per page, with Back and Next</source>
        <translation>&amp;Üks küsimus (või rühm) lehel, nuppudega Tagasi ja Edasi</translation>
    </message>
    <message>
        <source>The PIN is at least 4 digits.</source>
        <translation>PIN-koodis peab olema vähemalt 4 numbrit.</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>PIN-koodid erinevad; sisestage sama PIN-kood kaks korda.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Facilitator</source>
        <extracomment>How often the kiosk checks that it is still shown full screen on top (a window manager can iconify it, send it to another desktop, or show the desktop).</extracomment>
        <translation>Moderaator</translation>
    </message>
    <message>
        <source>Facilitator: leave the kiosk with the PIN</source>
        <translation>Moderaator: väljuge kioskist PIN-koodiga</translation>
    </message>
    <message>
        <source>Facilitator PIN to leave the kiosk:</source>
        <extracomment>A form left half-filled is cleared for the next person after a while.</extracomment>
        <translation>Moderaatori PIN-kood kioskist väljumiseks:</translation>
    </message>
    <message>
        <source>Facilitator PIN</source>
        <translation>Moderaatori PIN-kood</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Tagasi vormi juurde</translation>
    </message>
    <message>
        <source>Leave kiosk</source>
        <translation>Välju kioskist</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Please tell the facilitator.</source>
        <translation>Ei salvestatud: {reason}. Palun andke moderaatorile teada.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again in a minute.</source>
        <translation>Liiga palju valesid PIN-koode: proovige minuti pärast uuesti.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Try again in %n second(s).</source>
        <translation>
            <numerusform>Vale PIN-kood. Proovige uuesti %n sekundi pärast.</numerusform>
            <numerusform>Vale PIN-kood. Proovige uuesti %n sekundi pärast.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Dialogue event</source>
        <translation>Dialoogiüritus</translation>
    </message>
    <message>
        <source>Training seminar</source>
        <translation>Koolitusseminar</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planeeritud</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Käimas</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lõppenud</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plenaaristung</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Paneeldiskussioon</translation>
    </message>
    <message>
        <source>Group discussion</source>
        <translation>Rühmaarutelu</translation>
    </message>
    <message>
        <source>World café</source>
        <translation>Maailmakohvik</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Töötuba</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Paus</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Lõuna</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Võrgustumine</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation>Riigi- või omavalitsusasutus</translation>
    </message>
    <message>
        <source>Immigrant or ethnic-minority association</source>
        <translation>Sisserändajate või rahvusvähemuste ühendus</translation>
    </message>
    <message>
        <source>Consultative body</source>
        <translation>Nõuandev kogu</translation>
    </message>
    <message>
        <source>Research institution</source>
        <translation>Teadusasutus</translation>
    </message>
    <message>
        <source>NGO / civil society</source>
        <translation>MTÜ / kodanikuühiskond</translation>
    </message>
    <message>
        <source>Other stakeholder</source>
        <translation>Muu huvirühm</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Uksel</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Eelregistreerimata</translation>
    </message>
    <message>
        <source>Paper list</source>
        <translation>Pabernimekiri</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Märge</translation>
    </message>
    <message>
        <source>Key point</source>
        <translation>Põhipunkt</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Otsus</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Ülesanne</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Küsimus</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Tsitaat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avatud</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tehtud</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Hindamisskaala</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Üks vastusevariant</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Mitu vastusevarianti</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Jah / ei</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Arv</translation>
    </message>
    <message>
        <source>Short text</source>
        <translation>Lühike tekst</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>Pikk tekst</translation>
    </message>
    <message>
        <source>Section heading</source>
        <translation>Jaotise pealkiri</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Kuupäev</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aeg</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Kuupäev ja kellaaeg</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Kinnitus</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Järjestamine</translation>
    </message>
    <message>
        <source>Calculated (not shown)</source>
        <translation>Arvutatud (ei näidata)</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paber</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imporditud</translation>
    </message>
</context>
<context>
    <name>LaptopNameDialog</name>
    <message>
        <source>Name this laptop</source>
        <translation>Andke sülearvutile nimi</translation>
    </message>
    <message>
        <source>The other laptops and the coordinator&apos;s workbook show this name beside everything recorded here. Choose one people will recognise, for example “Door 2” or “Kiosk”.</source>
        <translation>Teised sülearvutid ja koordinaatori töövihik näitavad seda nime kõige juures, mis siin salvestatakse. Valige nimi, mille inimesed ära tunnevad, näiteks „Uks 2“ või „Kiosk“.</translation>
    </message>
    <message>
        <source>For example: Door 2</source>
        <translation>Näiteks: Uks 2</translation>
    </message>
    <message>
        <source>This laptop&apos;s name</source>
        <translation>Selle sülearvuti nimi</translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation>Kasuta seda nime</translation>
    </message>
    <message>
        <source>Keep “{name}”</source>
        <translation>Jäta „{name}“</translation>
    </message>
    <message>
        <source>Another laptop of this event is already called “{name}”. Choose a name only this laptop has, so the workbook can tell them apart.</source>
        <translation>Selle ürituse teine sülearvuti kannab juba nime „{name}“. Valige nimi, mis on ainult sellel sülearvutil, et töövihikus saaks neid eristada.</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>End ■</source>
        <translation>Lõpeta ■</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Järgmine ▶</translation>
    </message>
    <message>
        <source>Start ▶</source>
        <translation>Alusta ▶</translation>
    </message>
    <message>
        <source>Now running (since {time}):</source>
        <translation>Praegu käimas (alates {time}):</translation>
    </message>
    <message>
        <source>Ends the running item now (Shift+F5).</source>
        <translation>Lõpetab käimasoleva punkti kohe (Shift+F5).</translation>
    </message>
    <message>
        <source>Over time; {elapsed} elapsed</source>
        <translation>Üle aja; möödunud {elapsed}</translation>
    </message>
    <message>
        <source>{over} over time, {elapsed} elapsed</source>
        <translation>{over} üle aja, möödunud {elapsed}</translation>
    </message>
    <message>
        <source>Time left; {elapsed} elapsed</source>
        <translation>Aega jäänud; möödunud {elapsed}</translation>
    </message>
    <message>
        <source>{left} left, {elapsed} elapsed</source>
        <translation>Jäänud {left}, möödunud {elapsed}</translation>
    </message>
    <message>
        <source>Nothing is running.</source>
        <translation>Midagi ei ole käimas.</translation>
    </message>
    <message>
        <source>Press F5 to start the next item.</source>
        <translation>Järgmise punkti alustamiseks vajutage F5.</translation>
    </message>
    <message>
        <source>The agenda is empty.</source>
        <translation>Päevakava on tühi.</translation>
    </message>
    <message>
        <source>Next: {title} at {time}</source>
        <translation>Järgmine: {title} kell {time}</translation>
    </message>
    <message>
        <source>(expected {time})</source>
        <translation>(eeldatavalt {time})</translation>
    </message>
    <message>
        <source>No more items to start.</source>
        <translation>Rohkem punkte alustada ei ole.</translation>
    </message>
    <message>
        <source>No delay</source>
        <translation>Hilinemist ei ole</translation>
    </message>
    <message>
        <source>Day end not known yet</source>
        <translation>Päeva lõpp pole veel teada</translation>
    </message>
    <message>
        <source>Closed: nothing runs any more.</source>
        <translation>Lõppenud: midagi ei ole enam käimas.</translation>
    </message>
    <message>
        <source>The event is closed.</source>
        <translation>Üritus on lõppenud.</translation>
    </message>
</context>
<context>
    <name>LogicEditor</name>
    <message>
        <source>Asked only &amp;if:</source>
        <extracomment>(logic key, is an expression)</extracomment>
        <translation>Küsitakse a&amp;inult siis, kui:</translation>
    </message>
    <message>
        <source>Required if:</source>
        <translation>Kohustuslik, kui:</translation>
    </message>
    <message>
        <source>Allowed answer (c&amp;onstraint):</source>
        <translation>Lubatud vastus (&amp;piirang):</translation>
    </message>
    <message>
        <source>Choice &amp;filter:</source>
        <translation>Vastusevariantide &amp;filter:</translation>
    </message>
    <message>
        <source>Calculation:</source>
        <translation>Arvutus:</translation>
    </message>
    <message>
        <source>Default answer:</source>
        <translation>Vaikevastus:</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>Välimus:</translation>
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
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigeeri</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vaade</translation>
    </message>
    <message>
        <source>Even&amp;t</source>
        <translation>Üri&amp;tus</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Abi</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Keel</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Uus üritus…</translation>
    </message>
    <message>
        <source>&amp;Edit event…</source>
        <translation>&amp;Muuda üritust…</translation>
    </message>
    <message>
        <source>&amp;Delete event…</source>
        <translation>&amp;Kustuta üritus…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Välju</translation>
    </message>
    <message>
        <source>Practice &amp;mode</source>
        <translation>&amp;Harjutusrežiim</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kiirklahvid</translation>
    </message>
    <message>
        <source>&amp;Reset practice…</source>
        <translation>Läht&amp;esta harjutus…</translation>
    </message>
    <message>
        <source>&amp;Undo {edit}</source>
        <translation>&amp;Võta tagasi: {edit}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <source>&amp;Redo {edit}</source>
        <translation>&amp;Tee uuesti: {edit}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uuesti</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <extracomment>The Event menu&apos;s submenus, one per tab (in tab order), by key.</extracomment>
        <translation>&amp;Päevakava</translation>
    </message>
    <message>
        <source>&amp;Check-in and participants</source>
        <translation>&amp;Registreerimine ja osalejad</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Märkmed</translation>
    </message>
    <message>
        <source>E&amp;valuation</source>
        <translation>Tagasi&amp;side</translation>
    </message>
    <message>
        <source>&amp;Sharing and sync</source>
        <translation>&amp;Jagamine ja sünkroonimine</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Otsi</translation>
    </message>
    <message>
        <source>&amp;About Dialogue Desk</source>
        <translation>&amp;Teave Dialogue Deski kohta</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Ava &amp;andmekaust</translation>
    </message>
    <message>
        <source>Event:</source>
        <extracomment>The user asked to enter (True) or leave (False) practice mode; the app controller swaps the store and the window.
----------
The door shown from the plain read (``show_door``) until ``attach``, else None. The id of the event whose door was shown before the store was open. The tabs built so far, by index (all four once ``tabs_loaded``). What is still to build, one piece per event-loop turn (``attach(in_steps=True)``).</extracomment>
        <translation>Üritus:</translation>
    </message>
    <message>
        <source>Current event</source>
        <translation>Praegune üritus</translation>
    </message>
    <message>
        <source>Event tabs</source>
        <translation>Ürituse vahekaardid</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>Andmefaili avamine…</translation>
    </message>
    <message>
        <source>Store: {path}</source>
        <translation>Andmefail: {path}</translation>
    </message>
    <message>
        <source>Event created.</source>
        <translation>Üritus on loodud.</translation>
    </message>
    <message>
        <source>Its agenda items ({agenda_items}), participants ({participants}) with their check-ins ({check_ins}), notes ({notes}) and evaluation forms ({forms}) with their responses ({responses}) are deleted with it.</source>
        <translation>Koos üritusega kustutatakse ka selle päevakava punktid ({agenda_items}), osalejad ({participants}) koos nende registreerimistega ({check_ins}), märkmed ({notes}) ning tagasisidevormid ({forms}) koos vastustega ({responses}).</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Kustuta üritus</translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>Kas kustutada üritus „{title}“?</translation>
    </message>
    <message>
        <source>A backup of the store is kept in the backups folder.</source>
        <translation>Andmefailist tehakse enne kustutamist varukoopia, mis jääb varukoopiate kausta (backups).</translation>
    </message>
    <message>
        <source>Event deleted.</source>
        <translation>Üritus on kustutatud.</translation>
    </message>
    <message>
        <source>{event} · closed</source>
        <translation>{event} · suletud</translation>
    </message>
    <message>
        <source>About Dialogue Desk</source>
        <translation>Teave Dialogue Deski kohta</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dialogue Desk {version}&lt;/h3&gt;&lt;p&gt;The offline companion for facilitators of integration dialogue.&lt;/p&gt;&lt;p&gt;Data folder:&lt;br&gt;&lt;code&gt;{data}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Store:&lt;br&gt;&lt;code&gt;{store}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dialogue Desk {version}&lt;/h3&gt;&lt;p&gt;Võrguühenduseta abiline integratsioonidialoogi moderaatoritele.&lt;/p&gt;&lt;p&gt;Andmekaust:&lt;br&gt;&lt;code&gt;{data}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Andmefail:&lt;br&gt;&lt;code&gt;{store}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Litsents: EUPL-1.2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reset practice</source>
        <translation>Lähtesta harjutus</translation>
    </message>
    <message>
        <source>Start the practice event afresh? Everything done in practice is removed; your real events are not touched.</source>
        <translation>Kas alustada harjutusüritusega otsast peale? Kõik harjutusrežiimis tehtu kustutatakse; teie päris üritusi see ei puuduta.</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Harjutusrežiim</translation>
    </message>
    <message>
        <source>No event open.</source>
        <translation>Ükski üritus pole avatud.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n osaleja</numerusform>
            <numerusform>%n osalejat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n päevakava punkt</numerusform>
            <numerusform>%n päevakava punkti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchChooser</name>
    <message>
        <source>(already here since {time})</source>
        <extracomment>How many matches the chooser offers (one digit key each).</extracomment>
        <translation>(kohal alates {time})</translation>
    </message>
    <message>
        <source>People to choose from</source>
        <translation>Valitavad inimesed</translation>
    </message>
    <message numerus="yes">
        <source>%n people match “{query}”. Press 1–{count} to check in one of the best {count}, or type more letters.</source>
        <translation>
            <numerusform>Otsingule „{query}“ vastab %n inimene. Vajutage 1–{count}, et registreerida üks {count} parimast, või sisestage rohkem tähti.</numerusform>
            <numerusform>Otsingule „{query}“ vastab %n inimest. Vajutage 1–{count}, et registreerida üks {count} parimast, või sisestage rohkem tähti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people match “{query}”. Press 1–{count} to check in the right one, or type more letters.</source>
        <translation>
            <numerusform>Otsingule „{query}“ vastab %n inimene. Vajutage 1–{count}, et registreerida õige inimene, või sisestage rohkem tähti.</numerusform>
            <numerusform>Otsingule „{query}“ vastab %n inimest. Vajutage 1–{count}, et registreerida õige inimene, või sisestage rohkem tähti.</numerusform>
        </translation>
    </message>
    <message>
        <source>No one on the list matches “{query}”. Did you mean this person? Press 1 to check them in, or {key} to add a walk-in.</source>
        <translation>Nimekirjas ei ole kedagi, kes vastaks otsingule „{query}“. Kas mõtlesite seda inimest? Registreerimiseks vajutage 1 või eelregistreerimata osaleja lisamiseks {key}.</translation>
    </message>
    <message>
        <source>No one on the list matches “{query}”. Did you mean one of these? Press 1–{count} to check in, or {key} to add a walk-in.</source>
        <translation>Nimekirjas ei ole kedagi, kes vastaks otsingule „{query}“. Kas mõtlesite kedagi neist? Registreerimiseks vajutage 1–{count} või eelregistreerimata osaleja lisamiseks {key}.</translation>
    </message>
</context>
<context>
    <name>MergeReview</name>
    <message>
        <source>What</source>
        <translation>Mis juhtus</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Praegu näidatud</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Teine versioon</translation>
    </message>
    <message>
        <source>Probable duplicate</source>
        <translation>Tõenäoline duplikaat</translation>
    </message>
    <message>
        <source>{name} (added on {device})</source>
        <translation>{name} (lisatud arvutis {device})</translation>
    </message>
    <message>
        <source>Edited on two laptops: {field}</source>
        <translation>Muudetud kahes arvutis: {field}</translation>
    </message>
    <message>
        <source>{value} (from {device})</source>
        <translation>{value} (arvutist {device})</translation>
    </message>
</context>
<context>
    <name>MergeReviewDialog</name>
    <message>
        <source>Merge review</source>
        <translation>Ühendamise ülevaatus</translation>
    </message>
    <message>
        <source>Lines to review</source>
        <translation>Ülevaadatavad read</translation>
    </message>
    <message>
        <source>&amp;Keep what is shown</source>
        <translation>&amp;Säilita näidatu</translation>
    </message>
    <message>
        <source>Keep the &amp;other version</source>
        <translation>Säilita &amp;teine versioon</translation>
    </message>
    <message>
        <source>&amp;Merge the two people</source>
        <translation>Ü&amp;henda need kaks inimest</translation>
    </message>
    <message>
        <source>Keep what is shown</source>
        <translation>näidatu säilitamine</translation>
    </message>
    <message>
        <source>Keep the other version</source>
        <translation>teise versiooni valimine</translation>
    </message>
    <message>
        <source>Merge two people</source>
        <translation>kahe inimese ühendamine</translation>
    </message>
    <message>
        <source>Nothing to review: every merge so far decided itself.</source>
        <translation>Midagi ei ole üle vaadata: kõik senised ühendamised lahenesid iseenesest.</translation>
    </message>
    <message>
        <source>These differed between laptops. What is shown now stays unless you choose otherwise; every choice can be undone with Edit → Undo.</source>
        <translation>Need erinesid arvutite vahel. Praegu näidatu jääb kehtima, kui te ei vali teisiti; iga valiku saab tagasi võtta: Redigeeri → Võta tagasi.</translation>
    </message>
    <message>
        <source>&amp;Keep both: they are different people</source>
        <translation>Säilita &amp;mõlemad: need on erinevad inimesed</translation>
    </message>
</context>
<context>
    <name>NoteCommands</name>
    <message>
        <source>Delete note</source>
        <translation>Kustuta märge</translation>
    </message>
    <message>
        <source>Move note</source>
        <translation>Liiguta märget</translation>
    </message>
    <message>
        <source>Mark action item done</source>
        <translation>Märgi ülesanne tehtuks</translation>
    </message>
    <message>
        <source>Reopen action item</source>
        <translation>Ava ülesanne uuesti</translation>
    </message>
    <message>
        <source>Move note to another agenda item</source>
        <translation>Liiguta märge teise päevakava punkti juurde</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Sai&amp;d by:</source>
        <extracomment>Save after this long without typing... ...and at the latest this long after the first unsaved change, however fast the typing. After a failed save (disk full, store busy) try again this often; the text stays in the editor. A note was committed to the store (the record as saved). Ctrl+Enter: the note is finished; the editor now holds a new, empty note. Where the note in hand goes (its agenda item when it was started): it stays whole there even when the running item changes meanwhile (F5 while typing).</extracomment>
        <translation>Ütl&amp;es:</translation>
    </message>
    <message>
        <source>Autho&amp;r:</source>
        <translation>A&amp;utor:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Üldine</translation>
    </message>
    <message>
        <source>New note — {where}</source>
        <translation>Uus märge – {where}</translation>
    </message>
    <message>
        <source>Note of {time} — {where}</source>
        <translation>Märge kell {time} – {where}</translation>
    </message>
    <message>
        <source>(Ctrl+Enter: the next note goes to {next})</source>
        <translation>(Ctrl+Enter: järgmine märge läheb punkti {next} alla)</translation>
    </message>
    <message>
        <source>⚠ Not saved: {reason}</source>
        <translation>⚠ Ei salvestatud: {reason}</translation>
    </message>
    <message>
        <source>Typing…</source>
        <translation>Kirjutamine…</translation>
    </message>
    <message>
        <source>✓ Saved {time}</source>
        <translation>✓ Salvestatud {time}</translation>
    </message>
    <message>
        <source>Mark as {kind} (Alt+{n})</source>
        <translation>Liik: {kind} (Alt+{n})</translation>
    </message>
    <message>
        <source>Type the note. Ctrl+Enter starts the next one; Alt+1…6 mark the kind.</source>
        <translation>Kirjutage märge. Ctrl+Enter alustab järgmist, Alt+1…6 märgib liigi.</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Märke tekst</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valikuline</translation>
    </message>
    <message>
        <source>Author or speaker</source>
        <translation>Autor või kõneleja</translation>
    </message>
    <message>
        <source>Chatham House rule: notes and quotes are not attributed.</source>
        <translation>Chatham House&apos;i reegel: märkmetes ja tsitaatides ei nimetata, kes mida ütles.</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>General</source>
        <translation>Üldine</translation>
    </message>
    <message>
        <source>This note no longer exists.</source>
        <extracomment>Longest note accepted; far beyond any real note, it keeps a pasted book out of the store.</extracomment>
        <translation>Seda märget enam ei ole.</translation>
    </message>
    <message>
        <source>The owner can be at most {n} characters.</source>
        <translation>Vastutaja nimes võib olla kõige rohkem {n} märki.</translation>
    </message>
    <message>
        <source>The organisation can be at most {n} characters.</source>
        <translation>Organisatsiooni nimes võib olla kõige rohkem {n} märki.</translation>
    </message>
    <message>
        <source>A note can be at most {n} characters.</source>
        <translation>Märkes võib olla kõige rohkem {n} märki.</translation>
    </message>
    <message>
        <source>The name can be at most {n} characters.</source>
        <translation>Nimes võib olla kõige rohkem {n} märki.</translation>
    </message>
    <message>
        <source>This agenda item no longer exists.</source>
        <translation>Seda päevakava punkti enam ei ole.</translation>
    </message>
    <message>
        <source>This note is not an action item.</source>
        <translation>See märge ei ole ülesanne.</translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <extracomment>(agenda item id or None for General, the text to show) for the &quot;Move to&quot; menu. A closed event: notes can be read and searched, not changed.</extracomment>
        <translation>
            <numerusform>%n märge</numerusform>
            <numerusform>%n märget</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to agenda item</source>
        <translation>Liiguta päevakava punkti juurde</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Muuda</translation>
    </message>
    <message>
        <source>Edit the selected note (Enter or F2)</source>
        <translation>Muuda valitud märget (Enter või F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Kustuta</translation>
    </message>
    <message>
        <source>Delete the selected note (Del); Ctrl+Z undoes</source>
        <translation>Kustuta valitud märge (Del); Ctrl+Z võtab tagasi</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Liiguta üles</translation>
    </message>
    <message>
        <source>Move the selected note up (Alt+Up)</source>
        <translation>Liiguta valitud märget üles (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Liiguta alla</translation>
    </message>
    <message>
        <source>Move the selected note down (Alt+Down)</source>
        <translation>Liiguta valitud märget alla (Alt+Down)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Märkmed</translation>
    </message>
    <message>
        <source>Enter or F2 edits the selected note, Del deletes it, Alt+Up/Down move it.</source>
        <translation>Enter või F2 muudab valitud märget, Del kustutab selle, Alt+Up/Down liigutavad seda.</translation>
    </message>
    <message>
        <source>Number of notes</source>
        <translation>Märkmete arv</translation>
    </message>
</context>
<context>
    <name>NotesModels</name>
    <message>
        <source>Time</source>
        <extracomment>Role giving the record (Section or NoteRecord) of a row. How much of a note a list row shows; the editor and the tooltip show more.</extracomment>
        <translation>Aeg</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Märge</translation>
    </message>
    <message>
        <source>Said by</source>
        <translation>Ütles</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Päevakava punkt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ülesanne</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vastutaja</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatsioon</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tähtaeg</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Running now: new notes go here.</source>
        <translation>Praegu käimas: uued märkmed lisatakse siia.</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>tähtaeg {date}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Tähtaeg möödas</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Notes</source>
        <extracomment>The running agenda item moves, Chatham House is switched, undo/redo changes notes. True while the list follows the running item by itself (F5), not by the user&apos;s click.</extracomment>
        <translation>Märkmed</translation>
    </message>
    <message numerus="yes">
        <source>Action items (%n open)</source>
        <translation>
            <numerusform>Ülesanded (%n avatud)</numerusform>
            <numerusform>Ülesanded (%n avatud)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <extracomment>The closed banner: dark text on light grey with a lock, so it does not rely on colour.</extracomment>
        <translation>&amp;Päevakava</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Päevakava punktid</translation>
    </message>
    <message>
        <source>Search all notes of the event (Ctrl+F)</source>
        <translation>Otsi kõigist ürituse märkmetest (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Otsi märkmetest</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Kõik liigid</translation>
    </message>
    <message>
        <source>Show notes of kind</source>
        <translation>Näita märkmeid liigi järgi</translation>
    </message>
    <message>
        <source>Chatham House ru&amp;le</source>
        <translation>C&amp;hatham House&apos;i reegel</translation>
    </message>
    <message>
        <source>Chatham House ru&amp;le (no attribution)</source>
        <translation>C&amp;hatham House&apos;i reegel (ei nimetata, kes mida ütles)</translation>
    </message>
    <message>
        <source>When on, notes and quotes carry no names and exports never attribute.</source>
        <translation>Kui see on sisse lülitatud, ei ole märkmetes ja tsitaatides nimesid ning ekspordid ei nimeta, kes mida ütles.</translation>
    </message>
    <message>
        <source>&amp;Action items overview</source>
        <translation>Ülesannete &amp;ülevaade</translation>
    </message>
    <message>
        <source>Notes and action items</source>
        <translation>Märkmed ja ülesanded</translation>
    </message>
    <message>
        <source>New notes go to the selected item; it follows the running item.</source>
        <translation>Uued märkmed lähevad valitud punkti alla; valik järgib käimasolevat punkti.</translation>
    </message>
    <message>
        <source>This event is closed: its notes can be read and searched, not changed. Reopen the event (File → Reopen event) to change them.</source>
        <translation>See üritus on lõppenud: selle märkmeid saab lugeda ja otsida, kuid mitte muuta. Muutmiseks avage üritus uuesti (Fail → Ava üritus uuesti).</translation>
    </message>
    <message>
        <source>Event closed</source>
        <translation>Üritus on lõppenud</translation>
    </message>
</context>
<context>
    <name>OpenLocation</name>
    <message>
        <source>Could not open it</source>
        <translation>Avamine ebaõnnestus</translation>
    </message>
    <message>
        <source>No program on this computer could open {path}. Open it from your file manager: the path is copied, paste it into the address bar.</source>
        <translation>Ükski selle arvuti programm ei saanud avada: {path}. Avage see failihalduris: tee on kopeeritud, kleepige see aadressiribale.</translation>
    </message>
</context>
<context>
    <name>PaperEntry</name>
    <message>
        <source>Paper form &amp;language:</source>
        <extracomment>Index into ``responses`` of the one shown; len(responses) is the blank new one.</extracomment>
        <translation>Paber&amp;lehe keel:</translation>
    </message>
    <message>
        <source>◀ Previous (PgUp)</source>
        <translation>◀ Eelmine (PgUp)</translation>
    </message>
    <message>
        <source>Next (PgDn) ▶</source>
        <translation>Järgmine (PgDn) ▶</translation>
    </message>
    <message>
        <source>New (Ctrl+End)</source>
        <translation>Uus (Ctrl+End)</translation>
    </message>
    <message>
        <source>Delete response (Ctrl+Del)</source>
        <translation>Kustuta vastus (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Save and next (Ctrl+Enter)</source>
        <translation>Salvesta ja järgmine (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Choose or create a form first.</source>
        <translation>Valige või looge esmalt vorm.</translation>
    </message>
    <message>
        <source>New response (number {n})</source>
        <translation>Uus vastus (number {n})</translation>
    </message>
    <message>
        <source>Response {n} of {total} ({channel})</source>
        <translation>Vastus {n}/{total} ({channel})</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) so far</source>
        <translation>
            <numerusform>Seni %n vastus</numerusform>
            <numerusform>Seni %n vastust</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: correct the marked answers.</source>
        <translation>Ei salvestatud: parandage märgitud vastused.</translation>
    </message>
    <message>
        <source>Response {n} changed.</source>
        <translation>Vastust {n} muudeti.</translation>
    </message>
    <message>
        <source>Response {n} saved; here is a blank form.</source>
        <translation>Vastus {n} salvestati; siin on tühi vorm.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ei salvestatud</translation>
    </message>
    <message>
        <source>Response {n} deleted (Ctrl+Z brings it back).</source>
        <translation>Vastus {n} kustutati (Ctrl+Z toob selle tagasi).</translation>
    </message>
</context>
<context>
    <name>PaperMarksDialog</name>
    <message>
        <source>Enter paper sign-in marks</source>
        <translation>Sisesta paberlehe märked</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>Saabumisaeg</translation>
    </message>
    <message numerus="yes">
        <source>%n selected participant(s) will be marked present on {day}.</source>
        <translation>
            <numerusform>%n valitud osaleja märgitakse kohalolijaks kuupäeval {day}.</numerusform>
            <numerusform>%n valitud osalejat märgitakse kohalolijaks kuupäeval {day}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrival &amp;time:</source>
        <translation>Saabumis&amp;aeg:</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Edit participant</source>
        <translation>Muuda osalejat</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Lisa osaleja</translation>
    </message>
    <message>
        <source>EE, LV, SE…</source>
        <translation>EE, LV, SE…</translation>
    </message>
    <message>
        <source>May be listed in the report</source>
        <translation>Nime võib aruandes avaldada</translation>
    </message>
    <message>
        <source>Agrees to photos</source>
        <translation>Nõus pildistamisega</translation>
    </message>
    <message>
        <source>May be contacted after the event</source>
        <translation>Pärast üritust võib ühendust võtta</translation>
    </message>
    <message>
        <source>Walk-in (not pre-registered)</source>
        <translation>Eelregistreerimata (ei registreerunud eelnevalt)</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Eesnimi:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Perekonnanimi:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatsioon:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group:</source>
        <translation>&amp;Huvirühm:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-pos&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Ri&amp;ik:</translation>
    </message>
    <message>
        <source>Preferred lan&amp;guage:</source>
        <translation>Eelistatud &amp;keel:</translation>
    </message>
    <message>
        <source>Consents:</source>
        <translation>Nõusolekud:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Märkmed:</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Registration: walk-ins are marked with a plus sign</source>
        <extracomment>The participant id of a row. The row&apos;s ParticipantRecord. Whether the row&apos;s person is checked in on the shown day. Everyone, in the current sort order. Everyone by participant id (built once per reload). The rows shown: everyone, or the matches ranked best first. The id-to-row map of everyone (the list shown after each arrival), kept until the order or the people change.</extracomment>
        <translation>Eelregistreerimine: eelregistreerimata osalejad on tähistatud plussmärgiga</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Kohal</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Perekonnanimi</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Eesnimi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatsioon</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Huvirühm</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Kohal</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Pole kohal</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Eelregistreerimata</translation>
    </message>
    <message>
        <source>Pre-registered</source>
        <translation>Eelregistreerunud</translation>
    </message>
    <message>
        <source>Checked in at {time} ({method})</source>
        <translation>Registreeritud kell {time} ({method})</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>A participant needs a first or a last name.</source>
        <extracomment>Everyone involved as they were before the merge (the kept person first), for undo.</extracomment>
        <translation>Osalejal peab olema ees- või perekonnanimi.</translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address.</source>
        <translation>„{email}“ ei ole e-posti aadress.</translation>
    </message>
    <message>
        <source>The country is a two-letter code such as EE, LV or SE.</source>
        <translation>Riik märgitakse kahetähelise koodiga, nt EE, LV või SE.</translation>
    </message>
    <message>
        <source>The preferred language is a code such as et, lv, sv, ru or en.</source>
        <translation>Eelistatud keel märgitakse koodiga, nt et, lv, sv, ru või en.</translation>
    </message>
    <message>
        <source>This participant no longer exists (id {id}).</source>
        <translation>Seda osalejat enam ei ole (ID {id}).</translation>
    </message>
    <message>
        <source>Choose at least two participants to merge.</source>
        <translation>Ühendamiseks valige vähemalt kaks osalejat.</translation>
    </message>
    <message>
        <source>Only participants of one event can be merged.</source>
        <translation>Ühendada saab ainult sama ürituse osalejaid.</translation>
    </message>
</context>
<context>
    <name>ParticipantsImport</name>
    <message>
        <source>and {n} more</source>
        <extracomment>identity_keys of the rows being imported, computed once for planning and applying. Cleared after every apply, so no list stays in memory. Longest list of row numbers a message spells out before saying &quot;and N more&quot;. A registration list read (and perhaps planned): one row per line of the file. Rows that repeat a person of an earlier row of the file (Zoom joins, re-registrations), merged into that row or skipped; counted in ``merged`` / ``skipped`` too.</extracomment>
        <translation>ja veel {n}</translation>
    </message>
    <message>
        <source>{file}: the file cannot be read ({reason}).</source>
        <translation>{file}: faili ei saa lugeda ({reason}).</translation>
    </message>
    <message>
        <source>Same person as row {row}</source>
        <translation>Sama isik mis real {row}</translation>
    </message>
    <message>
        <source>Already registered as {name}</source>
        <translation>Juba registreerunud nimega {name}</translation>
    </message>
    <message>
        <source>The column “{header}” was not imported: it records consent to the online meeting being recorded (in a Zoom report, everyone who stayed after the recording notice), not consent to photos at the event. Ask for photo consent separately.</source>
        <translation>Veergu „{header}“ ei imporditud: see näitab nõusolekut veebikoosoleku salvestamiseks (Zoomi aruandes kõik, kes pärast salvestamise teadet jäid), mitte nõusolekut pildistamiseks üritusel. Küsige pildistamise nõusolekut eraldi.</translation>
    </message>
    <message>
        <source>It looks like a programme (dates and times); import it as the agenda instead.</source>
        <translation>See näib olevat päevakava (kuupäevad ja kellaajad); importige see hoopis päevakavana.</translation>
    </message>
    <message>
        <source>names</source>
        <translation>nimed</translation>
    </message>
    <message>
        <source>{file}: the file has a header row but no people.</source>
        <translation>{file}: failis on päiserida, kuid inimesi ei ole.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>nimi puudub</translation>
    </message>
    <message>
        <source>Rows {rows}: the e-mail address is not valid and was left out.</source>
        <translation>Read {rows}: e-posti aadress ei ole korrektne ja jäeti välja.</translation>
    </message>
    <message>
        <source>Rows {rows}: the stakeholder group was not recognised; set to Other.</source>
        <translation>Read {rows}: huvirühma ei tuvastatud; määrati „Muu huvirühm“.</translation>
    </message>
    <message>
        <source>Rows {rows}: the country “{value}” was not recognised and was left out.</source>
        <translation>Read {rows}: riiki „{value}“ ei tuvastatud ja see jäeti välja.</translation>
    </message>
    <message>
        <source>Rows {rows}: a consent answer was not recognised; taken as no.</source>
        <translation>Read {rows}: nõusoleku vastust ei tuvastatud; loeti eitavaks.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported</source>
        <translation>
            <numerusform>%n rida ei saa importida</numerusform>
            <numerusform>%n rida ei saa importida</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {count} ({reasons}) — row numbers {rows}. Nothing was imported.</source>
        <translation>{file}: {count} ({reasons}) – reanumbrid {rows}. Midagi ei imporditud.</translation>
    </message>
    <message>
        <source>{file}: the participant list changed while importing; nothing was imported. Try again.</source>
        <translation>{file}: osalejate nimekiri muutus importimise ajal; midagi ei imporditud. Proovige uuesti.</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>There is no one to print a badge for.</source>
        <translation>Ei ole kedagi, kellele nimesilti printida.</translation>
    </message>
    <message>
        <source>The font {file} that PDFs need is missing or damaged ({reason}).</source>
        <extracomment>The Latin/Cyrillic/Greek family; its face names are the ones the styles use. The bundled font files (the installer and its test check they are shipped).</extracomment>
        <translation>PDF-ide jaoks vajalik fondifail {file} puudub või on kahjustatud ({reason}).</translation>
    </message>
    <message>
        <source>{path} was written, but no font on this computer has every letter of: {names}. Those letters print as empty boxes; install a font for that script (for example a Noto font) and export again.</source>
        <translation>{path} on kirjutatud, kuid selle arvuti ühelgi fondil ei ole kõiki järgmiste nimede tähti: {names}. Need tähed prinditakse tühjade kastidena; installige selle kirja jaoks font (näiteks mõni Noto font) ja eksportige uuesti.</translation>
    </message>
    <message>
        <source>Some text is too large to fit on a page, so {path} was not written. Shorten very long notes or titles and try again.</source>
        <translation>Osa tekstist on lehele mahtumiseks liiga suur, seetõttu faili {path} ei kirjutatud. Lühendage väga pikki märkmeid või pealkirju ja proovige uuesti.</translation>
    </message>
    <message>
        <source>There is no report language “{code}”; use one of {codes}.</source>
        <extracomment>A report longer than this many pages gets a table of contents after the cover. Above this many listed participants the report is long whatever else it holds.</extracomment>
        <translation>Aruande keelt „{code}“ ei ole; kasutage ühte järgmistest: {codes}.</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Check in ten arrivals, two of them walk-ins</source>
        <translation>Registreerige kümme saabujat, neist kaks eelregistreerimata</translation>
    </message>
    <message>
        <source>Check-in tab: type two or three letters of a name and press Enter; add a walk-in for someone who is not on the list.</source>
        <translation>Vahekaart Registreerimine: sisestage kaks-kolm tähte nimest ja vajutage Enter; lisage eelregistreerimata osaleja inimesele, keda nimekirjas ei ole.</translation>
    </message>
    <message>
        <source>Keep the agenda on time when an item overruns</source>
        <translation>Hoidke päevakava graafikus, kui mõni punkt venib</translation>
    </message>
    <message>
        <source>Agenda tab: press F5 to start an item, let it run past its end, then start the next one and watch how late the day is running.</source>
        <translation>Vahekaart Päevakava: vajutage punkti alustamiseks F5, laske sellel üle lõpuaja venida, seejärel alustage järgmist ja vaadake, kui palju päev graafikust maas on.</translation>
    </message>
    <message>
        <source>Record two decisions and an action item</source>
        <translation>Pange kirja kaks otsust ja üks ülesanne</translation>
    </message>
    <message>
        <source>Notes tab (Ctrl+3): type a note, mark it as a decision or an action item with an owner and a due date.</source>
        <translation>Vahekaart Märkmed (Ctrl+3): kirjutage märge ja märkige see otsuseks või ülesandeks, millel on vastutaja ja tähtaeg.</translation>
    </message>
    <message>
        <source>Run the evaluation kiosk for three respondents</source>
        <translation>Kasutage tagasiside kioski kolme vastaja jaoks</translation>
    </message>
    <message>
        <source>Evaluation tab: start the kiosk, answer the form three times as different participants, then leave the kiosk with the PIN.</source>
        <translation>Vahekaart Tagasiside: käivitage kiosk, täitke vorm kolm korda eri osalejatena ja väljuge seejärel kioskist PIN-koodiga.</translation>
    </message>
    <message>
        <source>Close the event and export its workbook and PDF</source>
        <translation>Lõpetage üritus ja eksportige selle töövihik ning PDF</translation>
    </message>
    <message>
        <source>File menu: Close event and export… writes the workbook and the PDF summary; open them with Open folder in the message that follows.</source>
        <translation>Menüü Fail: „Lõpeta üritus ja ekspordi…“ kirjutab töövihiku ja PDF-kokkuvõtte; avage need järgmises teates nupuga „Ava kaust“.</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice — nothing here touches your real events</source>
        <extracomment>Translation context of the exercises (``services.practice.CONTEXT``). The window accent of practice mode: a warm orange frame no one mistakes for the real thing.</extracomment>
        <translation>Harjutusrežiim – siin tehtu ei puuduta teie päris üritusi</translation>
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
        <translation>jah: {share}</translation>
    </message>
    <message>
        <source>mean {mean}</source>
        <translation>keskmine {mean}</translation>
    </message>
    <message>
        <source>median {median}</source>
        <translation>mediaan {median}</translation>
    </message>
    <message numerus="yes">
        <source>%n left blank</source>
        <translation>
            <numerusform>tühjaks jäetud: %n</numerusform>
            <numerusform>tühjaks jäetud: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not asked (skip logic)</source>
        <translation>
            <numerusform>ei küsitud: %n (vahelejätmise loogika)</numerusform>
            <numerusform>ei küsitud: %n (vahelejätmise loogika)</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>Vastuseid veel ei ole.</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Edit question</source>
        <translation>Muuda küsimust</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Lisa küsimus</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Liik:</translation>
    </message>
    <message>
        <source>An answer is &amp;required</source>
        <translation>Vastamine on &amp;kohustuslik</translation>
    </message>
    <message>
        <source>made up from the text when left blank</source>
        <translation>tühjaks jätmisel tuletatakse tekstist</translation>
    </message>
    <message>
        <source>&amp;Name (for exports):</source>
        <translation>&amp;Nimi (eksportide jaoks):</translation>
    </message>
    <message>
        <source>Lowest point of the scale</source>
        <translation>Skaala madalaim punkt</translation>
    </message>
    <message>
        <source>Highest point of the scale</source>
        <translation>Skaala kõrgeim punkt</translation>
    </message>
    <message>
        <source>Rating &amp;scale:</source>
        <translation>Hindamis&amp;skaala:</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Küsimuse tekst</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Vihje</translation>
    </message>
    <message>
        <source>Low end label</source>
        <translation>Skaala alumise otsa nimetus</translation>
    </message>
    <message>
        <source>High end label</source>
        <translation>Skaala ülemise otsa nimetus</translation>
    </message>
    <message>
        <source>Message when not allowed</source>
        <translation>Teade, kui vastus pole lubatud</translation>
    </message>
    <message>
        <source>&amp;Texts in each language:</source>
        <translation>&amp;Tekstid igas keeles:</translation>
    </message>
    <message>
        <source>&amp;Choices (name, then the text in each language):</source>
        <translation>Vastuse&amp;variandid (nimi, seejärel tekst igas keeles):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Add c&amp;hoice</source>
        <translation>Lis&amp;a vastusevariant</translation>
    </message>
    <message>
        <source>Remove choi&amp;ce</source>
        <translation>&amp;Eemalda vastusevariant</translation>
    </message>
    <message>
        <source>Logic (XLSForm expressions, optional):</source>
        <translation>Loogika (XLSFormi avaldised, valikuline):</translation>
    </message>
</context>
<context>
    <name>QuestionModel</name>
    <message>
        <source>required</source>
        <translation>kohustuslik</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Küsimus</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Kohustuslik</translation>
    </message>
    <message>
        <source>Asked if / allowed / computed</source>
        <translation>Küsitakse, kui / lubatud / arvutatud</translation>
    </message>
    <message>
        <source>if {expression}</source>
        <translation>kui {expression}</translation>
    </message>
    <message>
        <source>allowed: {expression}</source>
        <translation>lubatud: {expression}</translation>
    </message>
    <message>
        <source>choices: {expression}</source>
        <translation>vastusevariandid: {expression}</translation>
    </message>
    <message>
        <source>= {expression}</source>
        <translation>= {expression}</translation>
    </message>
    <message>
        <source>in {group}</source>
        <translation>rühmas {group}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Programme</source>
        <translation>Päevakava</translation>
    </message>
    <message>
        <source>The agenda is empty.</source>
        <translation>Päevakava on tühi.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aeg</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Moderaator(id)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruum</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <extracomment>Empty lines at the end of the sign-in sheet, for people who come without registering.</extracomment>
        <translation>Allkirjaleht</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatsioon</translation>
    </message>
    <message>
        <source>Please sign in the box of each day you attend.</source>
        <translation>Palun kirjutage oma allkiri iga päeva lahtrisse, mil osalete.</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Nimesildid</translation>
    </message>
    <message>
        <source>PRACTICE</source>
        <extracomment>Badges and sign-in sheets use the whole page and draw no header.</extracomment>
        <translation>HARJUTUS</translation>
    </message>
    <message>
        <source>Generated on {date}</source>
        <translation>Koostatud {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Lehekülg {page}/{pages}</translation>
    </message>
    <message>
        <source>Summary report</source>
        <translation>Kokkuvõtlik aruanne</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sisukord</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Osalejad</translation>
    </message>
    <message>
        <source>The list of participants is left out of a pseudonymised report.</source>
        <translation>Pseudonüümitud aruandes osalejate nimekirja ei esitata.</translation>
    </message>
    <message>
        <source>The list of participants is left out: the event was held under the Chatham House rule.</source>
        <translation>Osalejate nimekirja ei esitata, sest üritus toimus Chatham House&apos;i reegli järgi.</translation>
    </message>
    <message>
        <source>Listed here with their consent: {listed} of {total} participants.</source>
        <translation>Nimekirjas on esitatud nõusoleku andnud osalejad: {listed} / {total}.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Huvirühm</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Kuupäevad</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Toimumiskoht</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Korraldaja</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>Töökeeled</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Põhinäitajad</translation>
    </message>
    <message>
        <source>The event was held under the Chatham House rule: nothing in this report is attributed to anyone.</source>
        <translation>Üritus toimus Chatham House&apos;i reegli järgi: aruandes ei nimetata, kes mida ütles.</translation>
    </message>
    <message>
        <source>Pseudonymised: participants appear as codes (P001…), without names or contact details.</source>
        <translation>Pseudonüümitud: osalejad on esitatud koodidena (P001…), ilma nimede ja kontaktandmeteta.</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>eelregistreerunud</translation>
    </message>
    <message>
        <source>attended (at least one day)</source>
        <translation>osales (vähemalt ühel päeval)</translation>
    </message>
    <message>
        <source>attendance rate of those registered</source>
        <translation>eelregistreerunute osalemismäär</translation>
    </message>
    <message>
        <source>walk-ins</source>
        <translation>eelregistreerimata osalejad</translation>
    </message>
    <message>
        <source>attended on day {number}, {date}</source>
        <translation>osales {number}. päeval ({date})</translation>
    </message>
    <message>
        <source>evaluation responses</source>
        <translation>tagasiside vastused</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>How many free-text comments per question the report quotes, and how long each may be. A chart taller than this (points) is not kept on one page with its question. (label, count) in the order to show, for ratings and choices.</extracomment>
        <translation>Jah</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Tagasiside</translation>
    </message>
    <message>
        <source>No evaluation responses yet.</source>
        <translation>Tagasiside vastuseid veel ei ole.</translation>
    </message>
    <message>
        <source>Responses: {count}</source>
        <translation>Vastuseid: {count}</translation>
    </message>
    <message>
        <source>({percent} of those who attended)</source>
        <translation>({percent} osalenutest)</translation>
    </message>
    <message>
        <source>not relevant to {count} (skipped)</source>
        <translation>ei puudutanud vastajaid: {count} (vahele jäetud)</translation>
    </message>
    <message>
        <source>mean {value}</source>
        <translation>keskmine {value}</translation>
    </message>
    <message>
        <source>from {low} to {high}</source>
        <translation>skaala {low}–{high}</translation>
    </message>
    <message>
        <source>several answers possible</source>
        <translation>võimalik mitu vastust</translation>
    </message>
    <message>
        <source>Comments: {count}</source>
        <translation>Kommentaare: {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n different one(s) shown</source>
        <translation>
            <numerusform>näidatud %n erinev kommentaar</numerusform>
            <numerusform>näidatud %n erinevat kommentaari</numerusform>
        </translation>
    </message>
    <message>
        <source>Day {number}</source>
        <extracomment>More days than this and the attendance chart shows &quot;any day&quot; instead of one bar per day.</extracomment>
        <translation>{number}. päev</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Osalemine</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Päev</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Osales</translation>
    </message>
    <message>
        <source>of them walk-ins</source>
        <translation>neist eelregistreerimata</translation>
    </message>
    <message>
        <source>Share of those registered</source>
        <translation>Osakaal eelregistreerunutest</translation>
    </message>
    <message>
        <source>No one has registered yet.</source>
        <translation>Keegi ei ole veel eelregistreerunud.</translation>
    </message>
    <message>
        <source>By stakeholder group</source>
        <translation>Huvirühmade kaupa</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Eelregistreerunud</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Eelregistreerimata</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Agenda as run</source>
        <translation>Päevakava tegelik kulg</translation>
    </message>
    <message>
        <source>Planned and actual times. An item that took longer than planned is marked in red with the extra minutes.</source>
        <translation>Kavandatud ja tegelikud ajad. Punkt, mis kestis kavandatust kauem, on märgitud punasega koos lisaminutitega.</translation>
    </message>
    <message>
        <source>Planned end {planned}, actual end {actual}</source>
        <translation>Kavandatud lõpp {planned}, tegelik lõpp {actual}</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Kavandatud</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tegelik</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation>Erinevus kavast</translation>
    </message>
    <message>
        <source>Key points</source>
        <extracomment>Kinds in the order a reader wants them, with their section names.</extracomment>
        <translation>Põhipunktid</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Otsused</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Ülesanded</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Lahtised küsimused</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Tsitaadid</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Märkmed</translation>
    </message>
    <message>
        <source>Notes and decisions</source>
        <translation>Märkmed ja otsused</translation>
    </message>
    <message>
        <source>No notes were taken.</source>
        <translation>Märkmeid ei tehtud.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Üldine</translation>
    </message>
    <message>
        <source>Removed agenda item</source>
        <translation>Eemaldatud päevakava punkt</translation>
    </message>
    <message>
        <source>No action items were recorded.</source>
        <translation>Ülesandeid ei pandud kirja.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ülesanne</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vastutaja</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tähtaeg</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
</context>
<context>
    <name>ResultsOverview</name>
    <message>
        <source>Question</source>
        <translation>Küsimus</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Vastuseid</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Keskmine</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediaan</translation>
    </message>
    <message>
        <source>Chosen most</source>
        <translation>Enim valitud</translation>
    </message>
    <message>
        <source>yes: {share}</source>
        <translation>jah: {share}</translation>
    </message>
    <message>
        <source>{mean} of {top}</source>
        <translation>{mean} / {top}</translation>
    </message>
    <message>
        <source>Results overview</source>
        <translation>Tulemuste ülevaade</translation>
    </message>
    <message>
        <source>One row per question; Enter or a click shows its chart below.</source>
        <translation>Iga küsimus on eraldi real; Enter või klõps näitab allpool selle diagrammi.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Näita:</translation>
    </message>
    <message>
        <source>Questions and answers &amp;in:</source>
        <translation>Küsimuste ja vastuste kee&amp;l:</translation>
    </message>
    <message>
        <source>All responses</source>
        <translation>Kõik vastused</translation>
    </message>
    <message>
        <source>{choice} ({question})</source>
        <translation>{choice} ({question})</translation>
    </message>
    <message>
        <source>Choose or create a form first.</source>
        <translation>Valige või looge esmalt vorm.</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n vastus</numerusform>
            <numerusform>%n vastust</numerusform>
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
        <translation>Dialogue Desk on selles arvutis juba avatud. Minge selle aknasse (see võib olla teiste akende taga või teisel töölaual) või sulgege see ja käivitage uuesti.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The store could not be used: {detail}</source>
        <translation>Andmefaili ei saanud kasutada: {detail}</translation>
    </message>
    <message>
        <source>{path} is not a Dialogue Desk store. It was left untouched; choose another file.</source>
        <translation>{path} ei ole Dialogue Deski andmefail. Faili ei muudetud; valige mõni muu fail.</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}). It was left untouched; restore a copy from the backups folder or choose another file.</source>
        <translation>{path} on kahjustatud ({detail}). Faili ei muudetud; taastage koopia varukoopiate kaustast (backups) või valige mõni muu fail.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Dialogue Desk (schema {detail}). It was left untouched; install the newer version to open it.</source>
        <translation>{path} on kirjutatud Dialogue Deski uuema versiooniga (skeem {detail}). Faili ei muudetud; selle avamiseks paigaldage uuem versioon.</translation>
    </message>
    <message>
        <source>{path} was written by an older version of Dialogue Desk. Open it once in the app to upgrade it, then try again.</source>
        <translation>{path} on kirjutatud Dialogue Deski vanema versiooniga. Avage see üks kord rakenduses, et seda uuendada, ja proovige siis uuesti.</translation>
    </message>
    <message>
        <source>There is no store at {path}.</source>
        <translation>Asukohas {path} ei ole andmefaili.</translation>
    </message>
    <message>
        <source> (process {pid})</source>
        <translation> (protsess {pid})</translation>
    </message>
    <message>
        <source>{path} is already open in another Dialogue Desk{holder}. Close that window first, or open a different store.</source>
        <translation>{path} on juba avatud teises Dialogue Deski aknas{holder}. Sulgege esmalt see aken või avage mõni muu andmefail.</translation>
    </message>
    <message>
        <source>The change could not be saved to {path}: {detail}. Nothing was changed; free some disk space or check the folder&apos;s permissions, then try again.</source>
        <translation>Muudatust ei saanud faili {path} salvestada: {detail}. Midagi ei muudetud; vabastage kettaruumi või kontrollige kausta õigusi ja proovige siis uuesti.</translation>
    </message>
    <message>
        <source>{path} cannot be changed: {detail}. Nothing was changed, and it can still be read and exported; to change it, make the file and its folder writable, or copy it to a writable folder.</source>
        <translation>Faili {path} ei saa muuta: {detail}. Midagi ei muudetud ning faili saab endiselt lugeda ja eksportida; muutmiseks tehke fail ja selle kaust kirjutatavaks või kopeerige fail kirjutatavasse kausta.</translation>
    </message>
    <message>
        <source>{path} cannot be written: the disk is full. Nothing was changed; free some space on it, then try again.</source>
        <translation>Faili {path} ei saa kirjutada: ketas on täis. Midagi ei muudetud; vabastage kettal ruumi ja proovige uuesti.</translation>
    </message>
    <message>
        <source>{path} has another name on this disk (a hard link), so its changes could be lost or mixed up. It was left untouched; open the original file, or copy this one (a copy is safe) and open the copy.</source>
        <translation>Failil {path} on sellel kettal teine nimi (kõvalink), mistõttu selle muudatused võivad kaduma minna või segi minna. Faili ei muudetud; avage algne fail või kopeerige see fail (koopia on ohutu) ja avage koopia.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}). It was left untouched; check that the file belongs to you and may be read, then try again.</source>
        <translation>Faili {path} ei saa lugeda ({detail}). Faili ei muudetud; kontrollige, et fail kuulub teile ja seda tohib lugeda, ning proovige uuesti.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ketas on täis</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>fail või selle kaust on kirjutuskaitstud</translation>
    </message>
    <message>
        <source>the store is busy</source>
        <translation>andmefail on hõivatud</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <extracomment>Every Alembic revision this version of the app knows, oldest first. The last is the head. A test checks this against the migration scripts; kept here so opening a current store does not need to import Alembic. The tables of schema 0001, which every later revision keeps (a test checks them against the models); a store of ours lacking one is damaged. A file holding only (some of) these, all empty and with no version, is what a crash during the very first creation of a store left behind before that creation became one transaction. Whether SQLite&apos;s integrity check has run (it reads the whole file). The file holds the empty, unversioned tables of a creation that never finished.</extracomment>
        <translation>fail on kirjutuskaitstud</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>selle kaust on kirjutuskaitstud</translation>
    </message>
    <message>
        <source>the table {table} is missing</source>
        <translation>tabel {table} puudub</translation>
    </message>
    <message>
        <source>the column {table}.{column} is missing</source>
        <translation>veerg {table}.{column} puudub</translation>
    </message>
    <message>
        <source>{problem}, and {count} more</source>
        <extracomment>Seconds a connection waits for another one&apos;s lock before reporting the store busy.</extracomment>
        <translation>{problem} ja veel {count}</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>ketas on kirjutuskaitstud</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>{path} was not used: {reason} Nothing was taken from it.</source>
        <extracomment>Device UUID -&gt; name of every laptop whose changes are inside.</extracomment>
        <translation>Faili {path} ei kasutatud: {reason} Sellest ei võetud midagi üle.</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (perhaps still being copied).</source>
        <translation>fail on kahjustatud või poolik (võib-olla kopeeritakse seda veel).</translation>
    </message>
    <message>
        <source>it is not a Dialogue Desk event file.</source>
        <translation>see ei ole Dialogue Deski ürituse fail.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>Faili {path} ei ole olemas.</translation>
    </message>
    <message>
        <source>it was written by a newer Dialogue Desk; update this laptop first.</source>
        <translation>selle on kirjutanud Dialogue Deski uuem versioon; uuendage esmalt selles sülearvutis rakendust.</translation>
    </message>
    <message>
        <source>it is a change file, not an event package.</source>
        <translation>see on muudatuste fail, mitte ürituse pakett.</translation>
    </message>
    <message>
        <source>it is an event package, not a change file.</source>
        <translation>see on ürituse pakett, mitte muudatuste fail.</translation>
    </message>
    <message>
        <source>its contents do not match its checksum (it was damaged or edited by hand).</source>
        <translation>selle sisu ei vasta kontrollsummale (fail on kahjustatud või seda on käsitsi muudetud).</translation>
    </message>
    <message>
        <source>it belongs to another event ({title}).</source>
        <translation>see kuulub teisele üritusele ({title}).</translation>
    </message>
    <message>
        <source>The sync folder {folder} does not exist. Plug in the stick or choose another folder.</source>
        <translation>Sünkroonimiskausta {folder} ei ole olemas. Ühendage mälupulk või valige mõni muu kaust.</translation>
    </message>
    <message>
        <source>{path} was not used: it was moved or renamed by hand.</source>
        <translation>Faili {path} ei kasutatud: see on käsitsi teisaldatud või ümber nimetatud.</translation>
    </message>
    <message>
        <source>Give this laptop a name, for example “Door 2 – Anna”.</source>
        <translation>Andke sellele sülearvutile nimi, näiteks „Uks 2 – Anna“.</translation>
    </message>
    <message>
        <source>There is no event {id}.</source>
        <translation>Üritust ID-ga {id} ei ole.</translation>
    </message>
    <message>
        <source>The package holds no event (it was deleted before sharing).</source>
        <translation>Paketis ei ole üritust (see kustutati enne jagamist).</translation>
    </message>
    <message>
        <source>This line of the merge review no longer exists.</source>
        <extracomment>What the row shows now, and the version that lost (raw stored values, as text). Who or what the line is about (&quot;Anna Tamm&quot;, &quot;Opening plenary&quot;).</extracomment>
        <translation>Seda ühendamise ülevaatuse rida enam ei ole.</translation>
    </message>
    <message>
        <source>This field can no longer be changed here.</source>
        <translation>Seda välja ei saa siin enam muuta.</translation>
    </message>
    <message>
        <source>The row this line is about was deleted.</source>
        <translation>Rida, mida see puudutab, on kustutatud.</translation>
    </message>
    <message>
        <source>Two people are merged, not kept apart here.</source>
        <translation>Kaks inimest on siin ühendatud, mitte eraldi hoitud.</translation>
    </message>
    <message>
        <source>One of these two people was already removed.</source>
        <translation>Üks neist kahest inimesest on juba eemaldatud.</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Sync</source>
        <translation>Sünkroonimine</translation>
    </message>
    <message>
        <source>Share e&amp;vent…</source>
        <translation>&amp;Jaga üritust…</translation>
    </message>
    <message>
        <source>Open s&amp;hared event…</source>
        <translation>Ava ja&amp;gatud üritus…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Sünkrooni kohe</translation>
    </message>
    <message>
        <source>Sync se&amp;ttings…</source>
        <translation>Sünkroonimise s&amp;ätted…</translation>
    </message>
    <message>
        <source>&amp;Merge review…</source>
        <translation>Ü&amp;hendamise ülevaatus…</translation>
    </message>
    <message>
        <source>Sync failed: {reason}</source>
        <translation>Sünkroonimine ebaõnnestus: {reason}</translation>
    </message>
    <message>
        <source>Sync settings</source>
        <translation>Sünkroonimise sätted</translation>
    </message>
    <message>
        <source>Share the event to which folder or USB stick?</source>
        <translation>Millisesse kausta või mälupulgale üritus jagada?</translation>
    </message>
    <message>
        <source>Share event</source>
        <translation>Jaga üritust</translation>
    </message>
    <message>
        <source>The event was written to {path}. On the other laptop choose File → Open shared event… and pick this file.</source>
        <translation>Üritus kirjutati faili {path}. Valige teises sülearvutis Fail → Ava jagatud üritus… ja valige see fail.</translation>
    </message>
    <message>
        <source>Open a shared event</source>
        <translation>Ava jagatud üritus</translation>
    </message>
    <message>
        <source>Shared events (*{suffix})</source>
        <translation>Jagatud üritused (*{suffix})</translation>
    </message>
    <message>
        <source>Open shared event</source>
        <translation>Ava jagatud üritus</translation>
    </message>
    <message>
        <source>“{title}” is ready on this laptop.</source>
        <translation>„{title}“ on selles sülearvutis kasutamiseks valmis.</translation>
    </message>
    <message>
        <source>Sync with which shared folder?</source>
        <translation>Millise jagatud kaustaga sünkroonida?</translation>
    </message>
    <message>
        <source>Syncing with {folder}…</source>
        <translation>Sünkroonimine kaustaga {folder}…</translation>
    </message>
    <message>
        <source>Synced: {files} files from other laptops, {rows} rows merged.</source>
        <translation>Sünkroonitud: faile teistest sülearvutitest {files}, ühendatud ridu {rows}.</translation>
    </message>
    <message>
        <source>{count} to review in Event → Sharing and sync → Merge review…</source>
        <translation>Üle vaadata: {count} (Üritus → Ühendamise ülevaatus…)</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Sync settings</source>
        <translation>Sünkroonimise sätted</translation>
    </message>
    <message>
        <source>For example: Door 2 – Anna</source>
        <translation>Näiteks: Uks 2 – Anna</translation>
    </message>
    <message>
        <source>This laptop&apos;s name</source>
        <translation>Selle sülearvuti nimi</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Jagatud kaust</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sirvi…</translation>
    </message>
    <message>
        <source>Only when I choose Sync now</source>
        <translation>Ainult siis, kui valin „Sünkrooni kohe“</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sync every so many minutes</source>
        <translation>Sünkrooni iga paari minuti järel</translation>
    </message>
    <message>
        <source>This laptop&apos;s &amp;name:</source>
        <translation>Selle sülearvuti &amp;nimi:</translation>
    </message>
    <message>
        <source>Shared &amp;folder:</source>
        <translation>Jagatud &amp;kaust:</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Sünkrooni &amp;iga:</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in</source>
        <translation>Eelregistreerimata</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Eesnimi:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Perekonnanimi:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatsioon:</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group:</source>
        <translation>&amp;Huvirühm:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-pos&amp;t:</translation>
    </message>
    <message>
        <source>Save and check in</source>
        <translation>Salvesta ja registreeri</translation>
    </message>
    <message>
        <source>Someone not on the list: add them and check them in.</source>
        <translation>Keegi, keda nimekirjas ei ole: lisage ta ja registreerige.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Dialogue Desk</source>
        <extracomment>The primary button: white on a dark blue (7:1), and a focus ring that a projector shows. How long the language box&apos;s choice rests before the window takes it (arrow keys step). The language chosen in the page&apos;s language row (a code such as &quot;et&quot;).</extracomment>
        <translation>Tere tulemast kasutama Dialogue Deski</translation>
    </message>
    <message>
        <source>Plan the agenda, check participants in at the door, take notes and collect evaluations, all without an internet connection. Start by creating your event.</source>
        <translation>Koostage päevakava, registreerige osalejad uksel, tehke märkmeid ja koguge tagasisidet – kõik see ilma internetiühenduseta. Alustage ürituse loomisest.</translation>
    </message>
    <message>
        <source>Create an event…</source>
        <translation>Loo üritus…</translation>
    </message>
    <message>
        <source>Open the practice event</source>
        <translation>Ava harjutusüritus</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Keel:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Kasutajaliidese keel</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>Event</source>
        <translation>Üritus</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Riik</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Linn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Esimene päev</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Viimane päev</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Eelregistreerunud</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Eelregistreerimata</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Osales</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Osalemismäär</translation>
    </message>
    <message>
        <source>Mix: {group}</source>
        <translation>Jaotus: {group}</translation>
    </message>
    <message>
        <source>Evaluation responses</source>
        <translation>Tagasiside vastused</translation>
    </message>
    <message>
        <source>Mean: {question}</source>
        <translation>Keskmine: {question}</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Võrdlus</translation>
    </message>
    <message>
        <source>Stakeholder mix</source>
        <translation>Huvirühmade jaotus</translation>
    </message>
    <message>
        <source>Scale {low} to {high}</source>
        <translation>Skaala {low}–{high}</translation>
    </message>
    <message>
        <source>Comparison of events</source>
        <translation>Ürituste võrdlus</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Lehekülg {page}/{pages}</translation>
    </message>
    <message>
        <source>Summary</source>
        <extracomment>The sheets in order; names translated into the export language.</extracomment>
        <translation>Kokkuvõte</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Päevakava</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Osalejad</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Osalemine</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Märkmed</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Ülesanded</translation>
    </message>
    <message>
        <source>Evaluation summary</source>
        <translation>Tagasiside kokkuvõte</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jah</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Näitaja</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Väärtus</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Osakaal</translation>
    </message>
    <message>
        <source>Exported from the practice store: training data, not a real event.</source>
        <translation>Eksporditud harjutusrežiimi andmefailist: harjutusandmed, mitte päris üritus.</translation>
    </message>
    <message>
        <source>Pseudonymised</source>
        <translation>Pseudonüümitud</translation>
    </message>
    <message>
        <source>Participants appear as codes (P001…); names, e-mails and phone numbers were removed.</source>
        <translation>Osalejad on esitatud koodidena (P001…); nimed, e-posti aadressid ja telefoninumbrid on eemaldatud.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Toimumiskoht</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Korraldaja</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>Töökeeled</translation>
    </message>
    <message>
        <source>Chatham House rule</source>
        <translation>Chatham House&apos;i reegel</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksporditud</translation>
    </message>
    <message>
        <source>Attended (at least one day)</source>
        <translation>Osales (vähemalt ühel päeval)</translation>
    </message>
    <message>
        <source>Attended on day {number} ({date})</source>
        <translation>Osales {number}. päeval ({date})</translation>
    </message>
    <message>
        <source>Attendance rate (registered who came)</source>
        <translation>Osalemismäär (osalenud eelregistreerunute osakaal)</translation>
    </message>
    <message>
        <source>Stakeholder mix (attended): {group}</source>
        <translation>Huvirühmade jaotus (osalenud): {group}</translation>
    </message>
    <message>
        <source>Stakeholder mix (registered): {group}</source>
        <translation>Huvirühmade jaotus (eelregistreerunud): {group}</translation>
    </message>
    <message>
        <source>Response rate (responses per attendee)</source>
        <translation>Vastamismäär (vastuseid osaleja kohta)</translation>
    </message>
    <message>
        <source>Mean rating: {question}</source>
        <translation>Keskmine hinne: {question}</translation>
    </message>
    <message>
        <source>Answered yes: {question}</source>
        <translation>Jaatavalt vastanud: {question}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Päev</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Kavandatud algus</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Kavandatud lõpp</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Tegelik algus</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Tegelik lõpp</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Kavandatud minutid</translation>
    </message>
    <message>
        <source>Actual minutes</source>
        <translation>Tegelikud minutid</translation>
    </message>
    <message>
        <source>Started late (minutes)</source>
        <translation>Hilinenud algus (minutites)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pealkiri</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Moderaatorid</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kirjeldus</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kood</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Eesnimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Perekonnanimi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatsioon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Huvirühm</translation>
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
        <translation>Keel</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Eelregistreerimata</translation>
    </message>
    <message>
        <source>May be listed</source>
        <translation>Nime võib avaldada</translation>
    </message>
    <message>
        <source>Photos allowed</source>
        <translation>Pildistamine lubatud</translation>
    </message>
    <message>
        <source>May be contacted</source>
        <translation>Ühendust võib võtta</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Eelregistreerimise aeg</translation>
    </message>
    <message>
        <source>Days attended</source>
        <translation>Osalemispäevade arv</translation>
    </message>
    <message>
        <source>Day {number} ({date})</source>
        <translation>{number}. päev ({date})</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Osaleja</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aeg</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Registreerimisviis</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Üldine</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Päevakava punkt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Written at</source>
        <translation>Kirjutamise aeg</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ülesanne</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vastutaja</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Tähtaeg</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Vastus</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>Esitamise aeg</translation>
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
        <translation>Paber</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imporditud</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Küsimus</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Vastuseid</translation>
    </message>
    <message>
        <source>Skipped (not relevant)</source>
        <translation>Vahele jäetud (ei puudutanud vastajat)</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Vastamata</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Keskmine</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediaan</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Jaotus</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Salvestatud sülearvutis</translation>
    </message>
</context>
<context>
    <name>WorkbookParticipants</name>
    <message>
        <source>Notes</source>
        <translation>Märkmed</translation>
    </message>
</context>
<context>
    <name>XLSForm</name>
    <message>
        <source>Question “{name}”</source>
        <extracomment>Metadata an XLSForm may collect silently; they ask nothing and are left out without a word. What cannot be asked on a kiosk or on paper; left out with a warning. The rows pyxform makes up to draw a table-list group (a header row of choice labels). {code: the column&apos;s language name as the file wrote it (&quot;Eesti (et)&quot;)}</extracomment>
        <translation>Küsimus „{name}“</translation>
    </message>
    <message>
        <source>Survey row {row} (“{name}”)</source>
        <translation>Lehe survey rida {row} („{name}“)</translation>
    </message>
    <message>
        <source>the repeated group and the {n} question(s) in it are left out (a kiosk asks each question once).</source>
        <translation>korduv rühm ja selles olevad küsimused ({n}) jäetakse välja (kiosk esitab iga küsimust ainult üks kord).</translation>
    </message>
    <message>
        <source>the question asks for {what} ({type}), which a kiosk or a paper form cannot take; it is left out.</source>
        <translation>küsimuse vastuseks on vaja järgmist: {what} ({type}); kiosk ega paberleht seda vastu võtta ei saa, seega jäetakse küsimus välja.</translation>
    </message>
    <message>
        <source>another question of the form has the same name; this one is called “{new}” here.</source>
        <translation>vormi teisel küsimusel on sama nimi; selle küsimuse nimi on siin „{new}“.</translation>
    </message>
    <message>
        <source>the {column} expression “{expression}” cannot be evaluated here ({reason}); it is kept but not applied.</source>
        <translation>veeru {column} avaldist „{expression}“ ei saa siin arvutada ({reason}); see säilitatakse, kuid seda ei rakendata.</translation>
    </message>
    <message>
        <source>its {column} refers to “{name}”, which is left out; that answer counts as blank.</source>
        <translation>selle veerg {column} viitab küsimusele „{name}“, mis jäetakse välja; see vastus loetakse tühjaks.</translation>
    </message>
    <message>
        <source>its choices come from the file “{file}”, which is not part of the form; it is left out.</source>
        <translation>selle vastusevariandid pärinevad failist „{file}“, mis ei ole vormi osa; see jäetakse välja.</translation>
    </message>
    <message>
        <source>its choice list names a choice twice; the second is left out.</source>
        <translation>selle vastusevariantide loendis on üks variant kaks korda; teine jäetakse välja.</translation>
    </message>
    <message>
        <source>the type “{type}” cannot be asked here; it is left out.</source>
        <translation>tüüpi „{type}“ ei saa siin küsida; see jäetakse välja.</translation>
    </message>
    <message>
        <source>the range parameters are not numbers.</source>
        <translation>vahemiku (range) parameetrid ei ole arvud.</translation>
    </message>
    <message>
        <source>{file}: {n} problems:</source>
        <translation>{file}: probleeme {n}:</translation>
    </message>
    <message>
        <source>{file}: there is no such file.</source>
        <translation>{file}: sellist faili ei ole.</translation>
    </message>
    <message>
        <source>{file}: an XLSForm is an Excel workbook (.xlsx or .xls).</source>
        <translation>{file}: XLSForm on Exceli töövihik (.xlsx või .xls).</translation>
    </message>
    <message>
        <source>{file}: the form has no question it can ask.</source>
        <translation>{file}: vormil ei ole ühtki küsimust, mida saaks esitada.</translation>
    </message>
    <message>
        <source>Row {n}:</source>
        <extracomment>pyxform stops at the first problem; taking that row out and asking again finds the next. The file is not an XLSForm this app can take (read here, or stored by the service).</extracomment>
        <translation>Rida {n}:</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>What pyxform writes (its own English), and the app&apos;s source text for it.</extracomment>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Specify other.</source>
        <translation>Täpsustage muu.</translation>
    </message>
</context>
<context>
    <name>_PathRow</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sirvi…</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Ekspordikaust</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Ekspordi asukoht</translation>
    </message>
</context>
</TS>
