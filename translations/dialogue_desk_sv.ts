<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AgendaTab</name>
    <message>
        <source>Agenda</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>This tab is coming soon.</source>
        <translation>Den här fliken kommer snart.</translation>
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
    <name>CheckInTab</name>
    <message>
        <source>Check-in</source>
        <translation>Incheckning</translation>
    </message>
    <message>
        <source>This tab is coming soon.</source>
        <translation>Den här fliken kommer snart.</translation>
    </message>
</context>
<context>
    <name>EvaluationTab</name>
    <message>
        <source>Evaluation</source>
        <translation>Utvärdering</translation>
    </message>
    <message>
        <source>This tab is coming soon.</source>
        <translation>Den här fliken kommer snart.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>Redigera evenemang</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nytt evenemang</translation>
    </message>
    <message>
        <source>EE, LV, SE…</source>
        <translation>EE, LV, SE…</translation>
    </message>
    <message>
        <source>Chatham House rule: notes and exports never attribute</source>
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
    <message>
        <source>An event can last at most {days} days.</source>
        <translation>Ett evenemang kan pågå i högst {days} dagar.</translation>
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
    <name>Import</name>
    <message>
        <source>{file}: there is no such file.</source>
        <extracomment>Tried in this order after UTF-8: Baltic (cp1257), Cyrillic (cp1251), Western (cp1252). A decode that succeeds with letters of the wrong script is rejected by ``_plausible``. (row number in the file, 1-based as a spreadsheet shows it; cell values as strings)</extracomment>
        <translation>{file}: filen finns inte.</translation>
    </message>
    <message>
        <source>{file}: the file is empty.</source>
        <translation>{file}: filen är tom.</translation>
    </message>
    <message>
        <source>{file}: the file is too large to be a list.</source>
        <translation>{file}: filen är för stor för att vara en lista.</translation>
    </message>
    <message>
        <source>{file}: old .xls files cannot be read; save it as .xlsx or .csv first.</source>
        <translation>{file}: gamla .xls-filer kan inte läsas; spara den först som .xlsx eller .csv.</translation>
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
        <source>{file}: this is not a readable .xlsx workbook ({reason}).</source>
        <translation>{file}: det här är ingen läsbar .xlsx-arbetsbok ({reason}).</translation>
    </message>
    <message>
        <source>{file}: there is no sheet “{sheet}”.</source>
        <translation>{file}: bladet ”{sheet}” finns inte.</translation>
    </message>
    <message>
        <source>{file}: this is not a text file.</source>
        <translation>{file}: det här är ingen textfil.</translation>
    </message>
    <message>
        <source>{file}: the file has no rows.</source>
        <translation>{file}: filen innehåller inga rader.</translation>
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
        <translation>Offentlig myndighet</translation>
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
        <source>E&amp;vent</source>
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
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
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
        <source>Store: %1</source>
        <translation>Datafil: %1</translation>
    </message>
    <message>
        <source>Event created.</source>
        <translation>Evenemanget har skapats.</translation>
    </message>
    <message>
        <source>Its agenda items (%1), participants (%2) with their check-ins (%3), notes (%4) and evaluation forms (%5) with their responses (%6) are deleted with it.</source>
        <translation>Evenemangets programpunkter (%1), deltagare (%2) med deras incheckningar (%3), anteckningar (%4) och utvärderingsformulär (%5) med deras svar (%6) tas bort tillsammans med det.</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Ta bort evenemang</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Ta bort ”%1”?</translation>
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
        <source>About Dialogue Desk</source>
        <translation>Om Dialogue Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dialogue Desk %1&lt;/h3&gt;&lt;p&gt;The offline companion for facilitators of integration dialogue.&lt;/p&gt;&lt;p&gt;Data folder:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Store:&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dialogue Desk %1&lt;/h3&gt;&lt;p&gt;Offlineverktyget för samtalsledare i integrationsdialoger.&lt;/p&gt;&lt;p&gt;Datamapp:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Datafil:&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Licens: EUPL-1.2&lt;/p&gt;</translation>
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
    <name>NotesTab</name>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>This tab is coming soon.</source>
        <translation>Den här fliken kommer snart.</translation>
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
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Dialogue Desk</source>
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
</context>
</TS>
