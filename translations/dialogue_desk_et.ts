<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et" sourcelanguage="en">
<context>
    <name>AgendaTab</name>
    <message>
        <source>Agenda</source>
        <translation>Päevakava</translation>
    </message>
    <message>
        <source>This tab is coming soon.</source>
        <translation>See vahekaart on tulekul.</translation>
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
    <name>CheckInTab</name>
    <message>
        <source>Check-in</source>
        <translation>Registreerimine</translation>
    </message>
    <message>
        <source>This tab is coming soon.</source>
        <translation>See vahekaart on tulekul.</translation>
    </message>
</context>
<context>
    <name>EvaluationTab</name>
    <message>
        <source>Evaluation</source>
        <translation>Tagasiside</translation>
    </message>
    <message>
        <source>This tab is coming soon.</source>
        <translation>See vahekaart on tulekul.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>Muuda üritust</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Uus üritus</translation>
    </message>
    <message>
        <source>EE, LV, SE…</source>
        <translation>EE, LV, SE…</translation>
    </message>
    <message>
        <source>Chatham House rule: notes and exports never attribute</source>
        <translation>Chatham House&apos;i reegel: märkmetes ja ekspordis ei nimetata, kes mida ütles</translation>
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
    <message>
        <source>An event can last at most {days} days.</source>
        <translation>Üritus võib kesta kõige rohkem {days} päeva.</translation>
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
    <name>Import</name>
    <message>
        <source>{file}: there is no such file.</source>
        <extracomment>Tried in this order after UTF-8: Baltic (cp1257), Cyrillic (cp1251), Western (cp1252). A decode that succeeds with letters of the wrong script is rejected by ``_plausible``. (row number in the file, 1-based as a spreadsheet shows it; cell values as strings)</extracomment>
        <translation>{file}: sellist faili ei ole.</translation>
    </message>
    <message>
        <source>{file}: the file is empty.</source>
        <translation>{file}: fail on tühi.</translation>
    </message>
    <message>
        <source>{file}: the file is too large to be a list.</source>
        <translation>{file}: fail on nimekirja jaoks liiga suur.</translation>
    </message>
    <message>
        <source>{file}: old .xls files cannot be read; save it as .xlsx or .csv first.</source>
        <translation>{file}: vanu .xls-faile ei saa lugeda; salvestage see esmalt .xlsx- või .csv-vormingus.</translation>
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
        <source>{file}: this is not a readable .xlsx workbook ({reason}).</source>
        <translation>{file}: see ei ole loetav .xlsx-töövihik ({reason}).</translation>
    </message>
    <message>
        <source>{file}: there is no sheet “{sheet}”.</source>
        <translation>{file}: lehte „{sheet}“ ei ole.</translation>
    </message>
    <message>
        <source>{file}: this is not a text file.</source>
        <translation>{file}: see ei ole tekstifail.</translation>
    </message>
    <message>
        <source>{file}: the file has no rows.</source>
        <translation>{file}: failis ei ole ridu.</translation>
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
        <translation>Ametiasutus</translation>
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
        <translation>Muu sidusrühm</translation>
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
        <translation>Paberil nimekiri</translation>
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
        <source>E&amp;vent</source>
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
        <source>&amp;Undo</source>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uuesti</translation>
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
        <source>Store: %1</source>
        <translation>Andmefail: %1</translation>
    </message>
    <message>
        <source>Event created.</source>
        <translation>Üritus on loodud.</translation>
    </message>
    <message>
        <source>Its agenda items (%1), participants (%2) with their check-ins (%3), notes (%4) and evaluation forms (%5) with their responses (%6) are deleted with it.</source>
        <translation>Koos üritusega kustutatakse ka selle päevakava punktid (%1), osalejad (%2) koos nende registreerimistega (%3), märkmed (%4) ning tagasisidevormid (%5) koos vastustega (%6).</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Kustuta üritus</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Kas kustutada üritus „%1“?</translation>
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
        <source>About Dialogue Desk</source>
        <translation>Teave Dialogue Deski kohta</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dialogue Desk %1&lt;/h3&gt;&lt;p&gt;The offline companion for facilitators of integration dialogue.&lt;/p&gt;&lt;p&gt;Data folder:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Store:&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dialogue Desk %1&lt;/h3&gt;&lt;p&gt;Võrguühenduseta abiline integratsioonidialoogi moderaatoritele.&lt;/p&gt;&lt;p&gt;Andmekaust:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Andmefail:&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Litsents: EUPL-1.2&lt;/p&gt;</translation>
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
    <name>NotesTab</name>
    <message>
        <source>Notes</source>
        <translation>Märkmed</translation>
    </message>
    <message>
        <source>This tab is coming soon.</source>
        <translation>See vahekaart on tulekul.</translation>
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
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Dialogue Desk</source>
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
</context>
</TS>
