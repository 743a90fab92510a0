<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
    <context>
        <name>ActionItemsView</name>
        <message numerus="yes">
            <source>%n action item(s)</source>
            <translation>
                <numerusform>%n action item</numerusform>
                <numerusform>%n action items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>%n open</numerusform>
                <numerusform>%n open</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AgendaLive</name>
        <message numerus="yes">
            <source>Running %n min late</source>
            <extracomment>Seconds since the running item started, and left of its planned length (negative: over). Minutes the day is behind (positive) or ahead (negative) of the plan; None: not started. item id -&gt; projected start, for the items of the running day not yet started. The calendar date the running day is being held on (planned times are on this date).</extracomment>
            <translation>
                <numerusform>Running %n min late</numerusform>
                <numerusform>Running %n min late</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Running %n min early</source>
            <translation>
                <numerusform>Running %n min early</numerusform>
                <numerusform>Running %n min early</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AgendaTab</name>
        <message numerus="yes">
            <source>%n item(s) need attention: overlapping, ending before they start or outside the event's days. Hover over ⚠ to see why.</source>
            <translation>
                <numerusform>%n item need attention: overlapping, ending before they start or outside the event's days. Hover over ⚠ to see why.</numerusform>
                <numerusform>%n items need attention: overlapping, ending before they start or outside the event's days. Hover over ⚠ to see why.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n of them on other days)</source>
            <translation>
                <numerusform>(%n of them on other days)</numerusform>
                <numerusform>(%n of them on other days)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n item(s)</source>
            <translation>
                <numerusform>Delete %n item</numerusform>
                <numerusform>Delete %n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agenda item(s) imported. Ctrl+Z takes the import back.</source>
            <translation>
                <numerusform>%n agenda item imported. Ctrl+Z takes the import back.</numerusform>
                <numerusform>%n agenda items imported. Ctrl+Z takes the import back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agenda item(s) copied.</source>
            <translation>
                <numerusform>%n agenda item copied.</numerusform>
                <numerusform>%n agenda items copied.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckInActions</name>
        <message numerus="yes">
            <source>%n participant(s) marked present from the paper list.</source>
            <translation>
                <numerusform>%n participant marked present from the paper list.</numerusform>
                <numerusform>%n participants marked present from the paper list.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n participant(s)?</source>
            <translation>
                <numerusform>Delete %n participant?</numerusform>
                <numerusform>Delete %n participants?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleting %n participant(s)</source>
            <translation>
                <numerusform>Deleting %n participant</numerusform>
                <numerusform>Deleting %n participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) deleted. Ctrl+Z brings them back.</source>
            <translation>
                <numerusform>%n participant deleted. Ctrl+Z brings them back.</numerusform>
                <numerusform>%n participants deleted. Ctrl+Z brings them back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Merging %n duplicate(s)</source>
            <translation>
                <numerusform>Merging %n duplicate</numerusform>
                <numerusform>Merging %n duplicates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n group(s) of possible duplicates:</source>
            <translation>
                <numerusform>%n group of possible duplicates:</numerusform>
                <numerusform>%n groups of possible duplicates:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckInFileActions</name>
        <message numerus="yes">
            <source>%n selected</source>
            <translation>
                <numerusform>%n selected</numerusform>
                <numerusform>%n selected</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CopyAgendaDialog</name>
        <message numerus="yes">
            <source>{title} · {date} (%n item(s))</source>
            <translation>
                <numerusform>{title} · {date} (%n item)</numerusform>
                <numerusform>{title} · {date} (%n items)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CountersPanel</name>
        <message numerus="yes">
            <source>%n walk-in(s) here</source>
            <translation>
                <numerusform>%n walk-in here</numerusform>
                <numerusform>%n walk-ins here</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EvaluationTab</name>
        <message numerus="yes">
            <source>{title} — %n question(s)</source>
            <translation>
                <numerusform>{title} — %n question</numerusform>
                <numerusform>{title} — %n questions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete “{title}” with its %n response(s)? This cannot be undone.</source>
            <translation>
                <numerusform>Delete “{title}” with its %n response? This cannot be undone.</numerusform>
                <numerusform>Delete “{title}” with its %n responses? This cannot be undone.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Events</name>
        <message numerus="yes">
            <source>An event can last at most %n day(s).</source>
            <translation>
                <numerusform>An event can last at most %n day.</numerusform>
                <numerusform>An event can last at most %n days.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportActions</name>
        <message numerus="yes">
            <source>Comparing %n event(s)…</source>
            <translation>
                <numerusform>Comparing %n event…</numerusform>
                <numerusform>Comparing %n events…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportAgendaDialog</name>
        <message numerus="yes">
            <source>&amp;Replace the current agenda (%n item(s)) instead of adding to it</source>
            <translation>
                <numerusform>&amp;Replace the current agenda (%n item) instead of adding to it</numerusform>
                <numerusform>&amp;Replace the current agenda (%n items) instead of adding to it</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) will be imported.</source>
            <translation>
                <numerusform>%n item will be imported.</numerusform>
                <numerusform>%n items will be imported.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>{file}: %n data row(s)</source>
            <translation>
                <numerusform>{file}: %n data row</numerusform>
                <numerusform>{file}: %n data rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new</source>
            <translation>
                <numerusform>%n new</numerusform>
                <numerusform>%n new</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n merged into existing entries</source>
            <translation>
                <numerusform>%n merged into existing entries</numerusform>
                <numerusform>%n merged into existing entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped as duplicates</source>
            <translation>
                <numerusform>%n skipped as duplicates</numerusform>
                <numerusform>%n skipped as duplicates</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agenda item(s)</source>
            <translation>
                <numerusform>%n agenda item</numerusform>
                <numerusform>%n agenda items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NotesList</name>
        <message numerus="yes">
            <source>%n note(s)</source>
            <extracomment>(agenda item id or None for General, the text to show) for the "Move to" menu.</extracomment>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NotesTab</name>
        <message numerus="yes">
            <source>Action items (%n open)</source>
            <translation>
                <numerusform>Action items (%n open)</numerusform>
                <numerusform>Action items (%n open)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PaperEntry</name>
        <message numerus="yes">
            <source>%n response(s) so far</source>
            <translation>
                <numerusform>%n response so far</numerusform>
                <numerusform>%n responses so far</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PaperMarksDialog</name>
        <message numerus="yes">
            <source>%n selected participant(s) will be marked present on {day}.</source>
            <translation>
                <numerusform>%n selected participant will be marked present on {day}.</numerusform>
                <numerusform>%n selected participants will be marked present on {day}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ParticipantsImport</name>
        <message numerus="yes">
            <source>%n row(s) cannot be imported</source>
            <translation>
                <numerusform>%n row cannot be imported</numerusform>
                <numerusform>%n rows cannot be imported</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QuestionCard</name>
        <message numerus="yes">
            <source>n = %n</source>
            <translation>
                <numerusform>n = %n</numerusform>
                <numerusform>n = %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message numerus="yes">
            <source>%n response(s)</source>
            <translation>
                <numerusform>%n response</numerusform>
                <numerusform>%n responses</numerusform>
            </translation>
        </message>
    </context>
</TS>