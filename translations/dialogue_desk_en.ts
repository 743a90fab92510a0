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
            <source>Over time by %n min</source>
            <extracomment>Seconds since the running item started, and left of its planned length (negative: over). Minutes the day is behind (positive) or ahead (negative) of the plan; None: not started. item id -&gt; projected start, for the items of the running day not yet started. The calendar date the running day is being held on (planned times are on this date). Fixed items the day runs into: item id -&gt; minutes the items before it must be cut to keep its time. A fixed item is expected at its time; it does not move with the day.</extracomment>
            <translation>
                <numerusform>Over time by %n min</numerusform>
                <numerusform>Over time by %n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The day is still %n min ahead; expected end {time}.</source>
            <translation>
                <numerusform>The day is still %n min ahead; expected end {time}.</numerusform>
                <numerusform>The day is still %n min ahead; expected end {time}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The day runs %n min late; expected end {time}.</source>
            <translation>
                <numerusform>The day runs %n min late; expected end {time}.</numerusform>
                <numerusform>The day runs %n min late; expected end {time}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Day expected to end at {time} if %n min are cut before the fixed items.</source>
            <translation>
                <numerusform>Day expected to end at {time} if %n min are cut before the fixed items.</numerusform>
                <numerusform>Day expected to end at {time} if %n min are cut before the fixed items.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Running %n min late</source>
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
        <name>AgendaPlan</name>
        <message numerus="yes">
            <source>“{title}” now ends at {end} instead of {old}. Also move the %n later item(s) of this day by the same amount?</source>
            <translation>
                <numerusform>“{title}” now ends at {end} instead of {old}. Also move the %n later item of this day by the same amount?</numerusform>
                <numerusform>“{title}” now ends at {end} instead of {old}. Also move the %n later items of this day by the same amount?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n later item(s) moved with it (Ctrl+Z takes it back).</source>
            <translation>
                <numerusform>%n later item moved with it (Ctrl+Z takes it back).</numerusform>
                <numerusform>%n later items moved with it (Ctrl+Z takes it back).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“{title}” runs into “{next}”. Move the %n later item(s) of this day back to make room?</source>
            <translation>
                <numerusform>“{title}” runs into “{next}”. Move the %n later item of this day back to make room?</numerusform>
                <numerusform>“{title}” runs into “{next}”. Move the %n later items of this day back to make room?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Plan published (%n item(s)). Changes from now on move the expected times; the report compares the day with this plan.</source>
            <translation>
                <numerusform>Plan published (%n item). Changes from now on move the expected times; the report compares the day with this plan.</numerusform>
                <numerusform>Plan published (%n items). Changes from now on move the expected times; the report compares the day with this plan.</numerusform>
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
            <source>Ended “{title}” at {time} after %n min. Ctrl+Z takes it back.</source>
            <translation>
                <numerusform>Ended “{title}” at {time} after %n min. Ctrl+Z takes it back.</numerusform>
                <numerusform>Ended “{title}” at {time} after %n min. Ctrl+Z takes it back.</numerusform>
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
        <name>AgendaTableModel</name>
        <message numerus="yes">
            <source>Expected %n min later than the published plan.</source>
            <translation>
                <numerusform>Expected %n min later than the published plan.</numerusform>
                <numerusform>Expected %n min later than the published plan.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Expected %n min earlier than the published plan.</source>
            <translation>
                <numerusform>Expected %n min earlier than the published plan.</numerusform>
                <numerusform>Expected %n min earlier than the published plan.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Fixed time: the items before it run %n min into it. Shorten them to keep this time.</source>
            <translation>
                <numerusform>Fixed time: the items before it run %n min into it. Shorten them to keep this time.</numerusform>
                <numerusform>Fixed time: the items before it run %n min into it. Shorten them to keep this time.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChathamHouse</name>
        <message numerus="yes">
            <source>%n note(s) already name an author or speaker. While the rule is on the names are hidden, but they stay in the store unless you erase them.</source>
            <translation>
                <numerusform>%n note already name an author or speaker. While the rule is on the names are hidden, but they stay in the store unless you erase them.</numerusform>
                <numerusform>%n notes already name an author or speaker. While the rule is on the names are hidden, but they stay in the store unless you erase them.</numerusform>
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
            <source>%n person(s) with this name are already on the list.</source>
            <translation>
                <numerusform>%n person with this name are already on the list.</numerusform>
                <numerusform>%n persons with this name are already on the list.</numerusform>
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
            <source>+ %n walk-in(s) here</source>
            <translation>
                <numerusform>+ %n walk-in here</numerusform>
                <numerusform>+ %n walk-ins here</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people here in all</source>
            <translation>
                <numerusform>%n people here in all</numerusform>
                <numerusform>%n people here in all</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n registered participant(s).</source>
            <translation>
                <numerusform>%n registered participant.</numerusform>
                <numerusform>%n registered participants.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of them here.</source>
            <translation>
                <numerusform>%n of them here.</numerusform>
                <numerusform>%n of them here.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n walk-in(s) here.</source>
            <translation>
                <numerusform>%n walk-in here.</numerusform>
                <numerusform>%n walk-ins here.</numerusform>
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
        <name>Import</name>
        <message numerus="yes">
            <source>%n column(s) not recognised and not imported: {headers}.</source>
            <translation>
                <numerusform>%n column not recognised and not imported: {headers}.</numerusform>
                <numerusform>%n columns not recognised and not imported: {headers}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Rows {rows}: formulas with no value left %n other cell(s) empty.</source>
            <translation>
                <numerusform>Rows {rows}: formulas with no value left %n other cell empty.</numerusform>
                <numerusform>Rows {rows}: formulas with no value left %n other cells empty.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Rows {rows}: formulas with no value left %n cell(s) empty.</source>
            <translation>
                <numerusform>Rows {rows}: formulas with no value left %n cell empty.</numerusform>
                <numerusform>Rows {rows}: formulas with no value left %n cells empty.</numerusform>
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
        <message numerus="yes">
            <source>%n row(s) repeat a person of an earlier row (a report lists every join) and are merged, not imported twice.</source>
            <translation>
                <numerusform>%n row repeat a person of an earlier row (a report lists every join) and are merged, not imported twice.</numerusform>
                <numerusform>%n rows repeat a person of an earlier row (a report lists every join) and are merged, not imported twice.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message numerus="yes">
            <source>{file} was imported. %n part(s) of it could not be taken over:</source>
            <translation>
                <numerusform>{file} was imported. %n part of it could not be taken over:</numerusform>
                <numerusform>{file} was imported. %n parts of it could not be taken over:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message numerus="yes">
            <source>Wrong PIN. Try again in %n second(s).</source>
            <translation>
                <numerusform>Wrong PIN. Try again in %n second.</numerusform>
                <numerusform>Wrong PIN. Try again in %n seconds.</numerusform>
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
        <name>MatchChooser</name>
        <message numerus="yes">
            <source>%n people match “{query}”. Press 1–{count} to check in one of the best {count}, or type more letters.</source>
            <translation>
                <numerusform>%n people match “{query}”. Press 1–{count} to check in one of the best {count}, or type more letters.</numerusform>
                <numerusform>%n people match “{query}”. Press 1–{count} to check in one of the best {count}, or type more letters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people match “{query}”. Press 1–{count} to check in the right one, or type more letters.</source>
            <translation>
                <numerusform>%n people match “{query}”. Press 1–{count} to check in the right one, or type more letters.</numerusform>
                <numerusform>%n people match “{query}”. Press 1–{count} to check in the right one, or type more letters.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NotesList</name>
        <message numerus="yes">
            <source>%n note(s)</source>
            <extracomment>(agenda item id or None for General, the text to show) for the "Move to" menu. A closed event: notes can be read and searched, not changed.</extracomment>
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
            <extracomment>Lower and QtCharts elides the category labels to "..." at the default font.</extracomment>
            <translation>
                <numerusform>n = %n</numerusform>
                <numerusform>n = %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n left blank</source>
            <translation>
                <numerusform>%n left blank</numerusform>
                <numerusform>%n left blank</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not asked (skip logic)</source>
            <translation>
                <numerusform>%n not asked (skip logic)</numerusform>
                <numerusform>%n not asked (skip logic)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message numerus="yes">
            <source>%n different one(s) shown</source>
            <translation>
                <numerusform>%n different one shown</numerusform>
                <numerusform>%n different ones shown</numerusform>
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