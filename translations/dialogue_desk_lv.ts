<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv" sourcelanguage="en">
<context>
    <name>AgendaTab</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tab is coming soon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something unexpected went wrong. Everything saved so far is safe.

Details are in the log file:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInTab</name>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tab is coming soon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationTab</name>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tab is coming soon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EE, LV, SE…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chatham House rule: notes and exports never attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;rganiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>The event needs a title.</source>
        <extracomment>Longest event accepted; a longer span is almost always a mistyped year.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event can last at most {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country is a two-letter code such as EE, LV or SE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one event matches “{ref}”; use its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event “{ref}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{file}: there is no such file.</source>
        <extracomment>Tried in this order after UTF-8: Baltic (cp1257), Cyrillic (cp1251), Western (cp1252). A decode that succeeds with letters of the wrong script is rejected by ``_plausible``. (row number in the file, 1-based as a spreadsheet shows it; cell values as strings)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the file is too large to be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: old .xls files cannot be read; save it as .xlsx or .csv first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: only .xlsx and .csv files can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: there is no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: this is not a readable .xlsx workbook ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: there is no sheet “{sheet}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: this is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the file has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Dialogue event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training seminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>World café</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immigrant or ethnic-minority association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultative body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGO / civil society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section heading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Dialogue Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its agenda items (%1), participants (%2) with their check-ins (%3), notes (%4) and evaluation forms (%5) with their responses (%6) are deleted with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup of the store is kept in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Dialogue Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dialogue Desk %1&lt;/h3&gt;&lt;p&gt;The offline companion for facilitators of integration dialogue.&lt;/p&gt;&lt;p&gt;Data folder:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Store:&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tab is coming soon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The store could not be used: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Dialogue Desk store. It was left untouched; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}). It was left untouched; restore a copy from the backups folder or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Dialogue Desk (schema {detail}). It was left untouched; install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was written by an older version of Dialogue Desk. Open it once in the app to upgrade it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no store at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (process {pid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is already open in another Dialogue Desk{holder}. Close that window first, or open a different store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved to {path}: {detail}. Nothing was changed; free some disk space or check the folder&apos;s permissions, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Dialogue Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the agenda, check participants in at the door, take notes and collect evaluations, all without an internet connection. Start by creating your event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the practice event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
