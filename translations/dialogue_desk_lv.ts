<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv" sourcelanguage="en">
<context>
    <name>AgendaTab</name>
    <message>
        <source>Agenda</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>This tab is coming soon.</source>
        <translation>Šī cilne būs pieejama drīzumā.</translation>
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
    <name>CheckInTab</name>
    <message>
        <source>Check-in</source>
        <translation>Reģistrācija</translation>
    </message>
    <message>
        <source>This tab is coming soon.</source>
        <translation>Šī cilne būs pieejama drīzumā.</translation>
    </message>
</context>
<context>
    <name>EvaluationTab</name>
    <message>
        <source>Evaluation</source>
        <translation>Novērtējums</translation>
    </message>
    <message>
        <source>This tab is coming soon.</source>
        <translation>Šī cilne būs pieejama drīzumā.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>Rediģēt pasākumu</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Jauns pasākums</translation>
    </message>
    <message>
        <source>EE, LV, SE…</source>
        <translation>EE, LV, SE…</translation>
    </message>
    <message>
        <source>Chatham House rule: notes and exports never attribute</source>
        <translation>Četemhausas noteikumi: piezīmēs un eksportā nenorāda, kurš ko teica</translation>
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
    <message>
        <source>An event can last at most {days} days.</source>
        <translation>Pasākums var ilgt ne vairāk kā {days} dienas.</translation>
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
    <name>Import</name>
    <message>
        <source>{file}: there is no such file.</source>
        <extracomment>Tried in this order after UTF-8: Baltic (cp1257), Cyrillic (cp1251), Western (cp1252). A decode that succeeds with letters of the wrong script is rejected by ``_plausible``. (row number in the file, 1-based as a spreadsheet shows it; cell values as strings)</extracomment>
        <translation>{file}: šāda faila nav.</translation>
    </message>
    <message>
        <source>{file}: the file is empty.</source>
        <translation>{file}: fails ir tukšs.</translation>
    </message>
    <message>
        <source>{file}: the file is too large to be a list.</source>
        <translation>{file}: fails ir pārāk liels, lai būtu saraksts.</translation>
    </message>
    <message>
        <source>{file}: old .xls files cannot be read; save it as .xlsx or .csv first.</source>
        <translation>{file}: vecos .xls failus nevar nolasīt; vispirms saglabājiet to .xlsx vai .csv formātā.</translation>
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
        <source>{file}: this is not a readable .xlsx workbook ({reason}).</source>
        <translation>{file}: šī nav nolasāma .xlsx darbgrāmata ({reason}).</translation>
    </message>
    <message>
        <source>{file}: there is no sheet “{sheet}”.</source>
        <translation>{file}: nav lapas „{sheet}”.</translation>
    </message>
    <message>
        <source>{file}: this is not a text file.</source>
        <translation>{file}: šis nav teksta fails.</translation>
    </message>
    <message>
        <source>{file}: the file has no rows.</source>
        <translation>{file}: failā nav rindu.</translation>
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
        <source>E&amp;vent</source>
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
        <source>&amp;Undo</source>
        <translation>&amp;Atsaukt</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>A&amp;tkārtot</translation>
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
        <source>Store: %1</source>
        <translation>Datu fails: %1</translation>
    </message>
    <message>
        <source>Event created.</source>
        <translation>Pasākums ir izveidots.</translation>
    </message>
    <message>
        <source>Its agenda items (%1), participants (%2) with their check-ins (%3), notes (%4) and evaluation forms (%5) with their responses (%6) are deleted with it.</source>
        <translation>Kopā ar pasākumu tiks dzēsti arī tā programmas punkti (%1), dalībnieki (%2) ar viņu reģistrācijām (%3), piezīmes (%4) un novērtējuma anketas (%5) ar to atbildēm (%6).</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Dzēst pasākumu</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Vai dzēst pasākumu „%1”?</translation>
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
        <source>About Dialogue Desk</source>
        <translation>Par Dialogue Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dialogue Desk %1&lt;/h3&gt;&lt;p&gt;The offline companion for facilitators of integration dialogue.&lt;/p&gt;&lt;p&gt;Data folder:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Store:&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dialogue Desk %1&lt;/h3&gt;&lt;p&gt;Bezsaistes palīgs integrācijas dialoga moderatoriem.&lt;/p&gt;&lt;p&gt;Datu mape:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Datu fails:&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</translation>
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
    <name>NotesTab</name>
    <message>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <source>This tab is coming soon.</source>
        <translation>Šī cilne būs pieejama drīzumā.</translation>
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
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Dialogue Desk</source>
        <translation>Laipni lūdzam lietotnē Dialogue Desk</translation>
    </message>
    <message>
        <source>Plan the agenda, check participants in at the door, take notes and collect evaluations, all without an internet connection. Start by creating your event.</source>
        <translation>Sastādiet programmu, reģistrējiet dalībniekus pie ieejas, veiciet piezīmes un apkopojiet novērtējumus — viss bez interneta savienojuma. Sāciet ar sava pasākuma izveidi.</translation>
    </message>
    <message>
        <source>Create an event…</source>
        <translation>Izveidot pasākumu…</translation>
    </message>
    <message>
        <source>Open the practice event</source>
        <translation>Atvērt izmēģinājuma pasākumu</translation>
    </message>
</context>
</TS>
