<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ActionFieldsRow</name>
    <message>
        <source>&amp;Owner:</source>
        <extracomment>A new due date starts a week ahead, the most common follow-up; the user adjusts it from there. The organisation this row filled in for the owner chosen last: a user&apos;s own text is never replaced, a filled one follows when another participant is chosen. Participants changed since the suggestions were read (a walk-in at the door): they are read again when the owner field is next used, not on every check-in.</extracomment>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Органи&amp;зация:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>Give the action item a due date</source>
        <translation>Укажите срок выполнения задачи</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>&amp;Выполнена</translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation>Ответственный за задачу</translation>
    </message>
    <message>
        <source>Participants are suggested as you type; choosing one fills the organisation.</source>
        <translation>Участники подсказываются по мере ввода; при выборе участника подставляется его организация.</translation>
    </message>
    <message>
        <source>Action organisation</source>
        <translation>Организация ответственного</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
</context>
<context>
    <name>ActionItemsView</name>
    <message numerus="yes">
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n задача</numerusform>
            <numerusform>%n задачи</numerusform>
            <numerusform>%n задач</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n открыта</numerusform>
            <numerusform>%n открыты</numerusform>
            <numerusform>%n открыто</numerusform>
        </translation>
    </message>
    <message>
        <source>Only &amp;open ones</source>
        <translation>Только &amp;открытые</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Click a heading to sort. Space marks done or open; Enter opens the note.</source>
        <translation>Щёлкните заголовок, чтобы отсортировать. Пробел отмечает задачу выполненной или открытой; Enter открывает заметку.</translation>
    </message>
</context>
<context>
    <name>ActualTimesDialog</name>
    <message>
        <source>Actual times</source>
        <translation>Фактическое время</translation>
    </message>
    <message>
        <source>When did “{title}” really start and end?</source>
        <translation>Когда на самом деле начался и закончился пункт «{title}»?</translation>
    </message>
    <message>
        <source>&amp;Started at:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>&amp;Ended at:</source>
        <translation>&amp;Окончание:</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Фактическое начало</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Фактическое окончание</translation>
    </message>
    <message>
        <source>When the item really started</source>
        <translation>Когда пункт фактически начался</translation>
    </message>
    <message>
        <source>When the item really ended</source>
        <translation>Когда пункт фактически закончился</translation>
    </message>
    <message>
        <source>The actual end cannot be before the actual start.</source>
        <translation>Фактическое окончание не может быть раньше фактического начала.</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>The item would run past midnight.</source>
        <extracomment>The published plan (see ``plan.py``); None until published, or for an item added after.</extracomment>
        <translation>Пункт закончился бы после полуночи.</translation>
    </message>
    <message>
        <source>The item needs a title.</source>
        <translation>Укажите название пункта.</translation>
    </message>
    <message>
        <source>The title is too long.</source>
        <translation>Название слишком длинное.</translation>
    </message>
    <message>
        <source>The item must end after it starts.</source>
        <translation>Пункт должен заканчиваться позже, чем начинается.</translation>
    </message>
    <message>
        <source>This agenda item no longer exists.</source>
        <translation>Этого пункта программы больше нет.</translation>
    </message>
    <message>
        <source>Choose another event to copy the agenda from.</source>
        <translation>Выберите другое мероприятие, из которого нужно скопировать программу.</translation>
    </message>
    <message>
        <source>That event has no agenda to copy.</source>
        <translation>У этого мероприятия нет программы для копирования.</translation>
    </message>
    <message>
        <source>This day is not one of the event&apos;s days.</source>
        <translation>Этот день не входит в дни мероприятия.</translation>
    </message>
    <message>
        <source>It ends before it starts.</source>
        <translation>Пункт заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>It starts before the item above it.</source>
        <translation>Пункт начинается раньше предыдущего пункта.</translation>
    </message>
    <message>
        <source>It overlaps “{title}” (until {end}).</source>
        <translation>Пункт пересекается с «{title}» (до {end}).</translation>
    </message>
</context>
<context>
    <name>AgendaImport</name>
    <message>
        <source>Date</source>
        <extracomment>field -&gt; header spellings (en, et, lv, sv, ru); matching ignores case, accents and script. The names of the fields, for the mapping preview.</extracomment>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Time (start–end)</source>
        <translation>Время (начало–окончание)</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Продолжительность (минуты)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Facilitator(s)</source>
        <translation>Модератор(ы)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Помещение</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Fixed time</source>
        <translation>Фиксированное время</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <extracomment>What reading an agenda file gives: one row per item, each new or invalid.</extracomment>
        <translation>Строка {row}: {problem}</translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… и ещё {n}.</translation>
    </message>
    <message>
        <source>The file&apos;s dates are too far apart to be moved onto the event&apos;s days.</source>
        <translation>Даты в файле слишком далеко отстоят друг от друга, чтобы перенести их на дни мероприятия.</translation>
    </message>
    <message>
        <source>The file has a header row but no agenda items.</source>
        <translation>В файле есть строка заголовков, но нет пунктов программы.</translation>
    </message>
    <message>
        <source>“{value}” is not a time.</source>
        <translation>«{value}» не является временем.</translation>
    </message>
    <message>
        <source>It looks like a list of people; import it as participants instead.</source>
        <extracomment>Length of the last item of a day when the file gives start times only.</extracomment>
        <translation>Похоже, это список людей; импортируйте его как список участников.</translation>
    </message>
    <message>
        <source>“{value}” is not a date, day number or weekday.</source>
        <translation>«{value}» — не дата, не номер дня и не день недели.</translation>
    </message>
    <message>
        <source>“{value}” is not a time or a range of times.</source>
        <translation>«{value}» — не время и не интервал времени.</translation>
    </message>
    <message>
        <source>“{value}” is not a number of minutes.</source>
        <translation>«{value}» не является числом минут.</translation>
    </message>
    <message>
        <source>The start time is missing.</source>
        <translation>Не указано время начала.</translation>
    </message>
    <message>
        <source>Rows {rows}: no end time is given; each item ends when the next one starts.</source>
        <translation>Строки {rows}: время окончания не указано; каждый пункт заканчивается, когда начинается следующий.</translation>
    </message>
    <message>
        <source>Rows {rows}: no end time is given and no item follows; the item lasts {minutes} minutes.</source>
        <translation>Строки {rows}: время окончания не указано, и следующего пункта нет; пункт длится {minutes} мин.</translation>
    </message>
    <message>
        <source>Rows {rows}: the item ends at midnight; it is kept as ending 23:59.</source>
        <translation>Строки {rows}: пункт заканчивается в полночь; сохранено время окончания 23:59.</translation>
    </message>
    <message>
        <source>Kind “{value}” is not known; it becomes “Other”.</source>
        <translation>Тип «{value}» неизвестен; будет использован тип «Другое».</translation>
    </message>
    <message>
        <source>The title is missing.</source>
        <translation>Не указано название.</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Импортировать нечего.</translation>
    </message>
    <message>
        <source>“{value}”: the event ({first} – {last}) has no such day; write the date instead.</source>
        <extracomment>Words in front of a day number: &quot;Day 2&quot;, &quot;Päev 2&quot;, &quot;Tag 2&quot;, &quot;День 2&quot;.</extracomment>
        <translation>«{value}»: в мероприятии ({first} – {last}) нет такого дня; укажите дату.</translation>
    </message>
    <message>
        <source>“{value}”: the event has {count} days of that name; write the date instead.</source>
        <translation>«{value}»: дней с таким названием в мероприятии несколько ({count}); укажите дату.</translation>
    </message>
</context>
<context>
    <name>AgendaLive</name>
    <message>
        <source>Every item of the agenda has been held; nothing is left to start.</source>
        <extracomment>The plan was published by this start (the first F5 of the event).</extracomment>
        <translation>Все пункты программы уже проведены; начинать больше нечего.</translation>
    </message>
    <message>
        <source>No item is running.</source>
        <translation>Ни один пункт сейчас не идёт.</translation>
    </message>
    <message>
        <source>An item that ended must have started.</source>
        <translation>У завершённого пункта должно быть время начала.</translation>
    </message>
    <message>
        <source>The actual end cannot be before the actual start.</source>
        <translation>Фактическое окончание не может быть раньше фактического начала.</translation>
    </message>
    <message numerus="yes">
        <source>Over time by %n min</source>
        <extracomment>Seconds since the running item started, and left of its planned length (negative: over). Minutes the day is behind (positive) or ahead (negative) of the plan; None: not started. item id -&gt; projected start, for the items of the running day not yet started. The calendar date the running day is being held on (planned times are on this date). Fixed items the day runs into: item id -&gt; minutes the items before it must be cut to keep its time. A fixed item is expected at its time; it does not move with the day.</extracomment>
        <translation>
            <numerusform>Превышение на %n мин</numerusform>
            <numerusform>Превышение на %n мин</numerusform>
            <numerusform>Превышение на %n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The day is still %n min ahead; expected end {time}.</source>
        <translation>
            <numerusform>День всё ещё опережает график на %n мин; ожидаемое окончание — {time}.</numerusform>
            <numerusform>День всё ещё опережает график на %n мин; ожидаемое окончание — {time}.</numerusform>
            <numerusform>День всё ещё опережает график на %n мин; ожидаемое окончание — {time}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The day runs %n min late; expected end {time}.</source>
        <translation>
            <numerusform>День отстаёт от графика на %n мин; ожидаемое окончание — {time}.</numerusform>
            <numerusform>День отстаёт от графика на %n мин; ожидаемое окончание — {time}.</numerusform>
            <numerusform>День отстаёт от графика на %n мин; ожидаемое окончание — {time}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Day expected to end at {time} if %n min are cut before the fixed items.</source>
        <translation>
            <numerusform>День закончится в {time}, если до фиксированных пунктов сократить программу на %n минуту.</numerusform>
            <numerusform>День закончится в {time}, если до фиксированных пунктов сократить программу на %n минуты.</numerusform>
            <numerusform>День закончится в {time}, если до фиксированных пунктов сократить программу на %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <source>Day expected to end at {time}</source>
        <translation>Ожидаемое окончание дня: {time}</translation>
    </message>
    <message numerus="yes">
        <source>Running %n min late</source>
        <translation>
            <numerusform>Отставание %n мин</numerusform>
            <numerusform>Отставание %n мин</numerusform>
            <numerusform>Отставание %n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running %n min early</source>
        <translation>
            <numerusform>Опережение %n мин</numerusform>
            <numerusform>Опережение %n мин</numerusform>
            <numerusform>Опережение %n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>On time</source>
        <translation>По графику</translation>
    </message>
</context>
<context>
    <name>AgendaPlan</name>
    <message>
        <source>Pu&amp;blish plan…</source>
        <translation>&amp;Опубликовать план…</translation>
    </message>
    <message>
        <source>Keep the current times as the published plan: later changes move the expected times, and the report compares the day with this plan.</source>
        <translation>Зафиксировать текущее время как опубликованный план: последующие изменения сдвигают ожидаемое время, а в отчёте день сравнивается с этим планом.</translation>
    </message>
    <message>
        <source>Move the later items?</source>
        <translation>Сдвинуть последующие пункты?</translation>
    </message>
    <message numerus="yes">
        <source>“{title}” now ends at {end} instead of {old}. Also move the %n later item(s) of this day by the same amount?</source>
        <translation>
            <numerusform>«{title}» теперь заканчивается в {end}, а не в {old}. Сдвинуть на столько же и %n последующий пункт этого дня?</numerusform>
            <numerusform>«{title}» теперь заканчивается в {end}, а не в {old}. Сдвинуть на столько же и %n последующих пункта этого дня?</numerusform>
            <numerusform>«{title}» теперь заканчивается в {end}, а не в {old}. Сдвинуть на столько же и %n последующих пунктов этого дня?</numerusform>
        </translation>
    </message>
    <message>
        <source>Fixed items keep their time. The published plan does not change either way; Ctrl+Z takes the change back.</source>
        <translation>Пункты с фиксированным временем не сдвигаются. Опубликованный план в любом случае не меняется; Ctrl+Z отменяет изменение.</translation>
    </message>
    <message>
        <source>&amp;Move them too</source>
        <translation>&amp;Сдвинуть и их</translation>
    </message>
    <message>
        <source>&amp;Only this item</source>
        <translation>&amp;Только этот пункт</translation>
    </message>
    <message>
        <source>Publish the plan again?</source>
        <translation>Опубликовать план заново?</translation>
    </message>
    <message>
        <source>The plan was already published. Publish the current times as the new plan? The report then compares the day with them. Ctrl+Z brings the old plan back.</source>
        <translation>План уже опубликован. Опубликовать текущее время как новый план? Тогда в отчёте день будет сравниваться с ним. Ctrl+Z вернёт прежний план.</translation>
    </message>
    <message numerus="yes">
        <source>%n later item(s) moved with it (Ctrl+Z takes it back).</source>
        <translation>
            <numerusform>%n последующий пункт сдвинут вместе с ним (Ctrl+Z отменяет).</numerusform>
            <numerusform>%n последующих пункта сдвинуты вместе с ним (Ctrl+Z отменяет).</numerusform>
            <numerusform>%n последующих пунктов сдвинуты вместе с ним (Ctrl+Z отменяет).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this item changed; the later items keep their times.</source>
        <translation>Изменён только этот пункт; последующие пункты сохраняют своё время.</translation>
    </message>
    <message numerus="yes">
        <source>“{title}” runs into “{next}”. Move the %n later item(s) of this day back to make room?</source>
        <translation>
            <numerusform>«{title}» заходит на время «{next}». Сдвинуть %n последующий пункт этого дня на более позднее время, чтобы освободить место?</numerusform>
            <numerusform>«{title}» заходит на время «{next}». Сдвинуть %n последующих пункта этого дня на более позднее время, чтобы освободить место?</numerusform>
            <numerusform>«{title}» заходит на время «{next}». Сдвинуть %n последующих пунктов этого дня на более позднее время, чтобы освободить место?</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish the plan</source>
        <translation>Публикация плана</translation>
    </message>
    <message numerus="yes">
        <source>Plan published (%n item(s)). Changes from now on move the expected times; the report compares the day with this plan.</source>
        <translation>
            <numerusform>План опубликован (%n пункт). С этого момента изменения сдвигают ожидаемое время; в отчёте день сравнивается с этим планом.</numerusform>
            <numerusform>План опубликован (%n пункта). С этого момента изменения сдвигают ожидаемое время; в отчёте день сравнивается с этим планом.</numerusform>
            <numerusform>План опубликован (%n пунктов). С этого момента изменения сдвигают ожидаемое время; в отчёте день сравнивается с этим планом.</numerusform>
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
        <translation>Программа</translation>
    </message>
    <message>
        <source>Agenda items of the day</source>
        <extracomment>The closed banner: dark text on a light grey, with a lock, so it does not rely on colour.</extracomment>
        <translation>Пункты программы на день</translation>
    </message>
    <message>
        <source>Enter edits the item, Insert adds one, Delete removes it, Alt+Up and Alt+Down move it, F5 starts the next item.</source>
        <translation>Enter — изменить пункт, Insert — добавить, Delete — удалить, Alt+Up и Alt+Down — переместить, F5 — начать следующий пункт.</translation>
    </message>
    <message>
        <source>Days of the event</source>
        <translation>Дни мероприятия</translation>
    </message>
    <message>
        <source>Ctrl+PgUp and Ctrl+PgDown switch days.</source>
        <translation>Ctrl+PgUp и Ctrl+PgDown переключают дни.</translation>
    </message>
    <message>
        <source>Agenda tools</source>
        <translation>Инструменты программы</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Ещё</translation>
    </message>
    <message>
        <source>More agenda actions</source>
        <translation>Другие действия с программой</translation>
    </message>
    <message>
        <source>Publish the plan, import, copy or print the agenda</source>
        <translation>Опубликовать план, импортировать, копировать или распечатать программу</translation>
    </message>
    <message>
        <source>No agenda items</source>
        <translation>Нет пунктов программы</translation>
    </message>
    <message>
        <source>Agenda problems</source>
        <translation>Проблемы в программе</translation>
    </message>
    <message>
        <source>This event is closed: its agenda is read-only. Reopen the event (File → Reopen event) to change it.</source>
        <translation>Это мероприятие завершено: его программа доступна только для чтения. Чтобы изменить её, возобновите мероприятие (Файл → Возобновить мероприятие).</translation>
    </message>
    <message>
        <source>Event closed</source>
        <translation>Мероприятие завершено</translation>
    </message>
    <message>
        <source>No items on this day yet. Press Insert to add one, or import the agenda from a spreadsheet (Event → Import agenda…).</source>
        <translation>На этот день пунктов пока нет. Нажмите Insert, чтобы добавить пункт, или импортируйте программу из электронной таблицы (Мероприятие → Импортировать программу…).</translation>
    </message>
    <message>
        <source>Day {number} · {date}</source>
        <translation>День {number} · {date}</translation>
    </message>
    <message>
        <source>Not one of the event&apos;s days</source>
        <translation>Не входит в дни мероприятия</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need attention: overlapping, ending before they start or outside the event&apos;s days. Hover over ⚠ to see why.</source>
        <translation>
            <numerusform>%n пункт требует внимания: пересекается с другими, заканчивается раньше начала или выходит за дни мероприятия. Наведите указатель на ⚠, чтобы узнать причину.</numerusform>
            <numerusform>%n пункта требуют внимания: пересекаются с другими, заканчиваются раньше начала или выходят за дни мероприятия. Наведите указатель на ⚠, чтобы узнать причину.</numerusform>
            <numerusform>%n пунктов требуют внимания: пересекаются с другими, заканчиваются раньше начала или выходят за дни мероприятия. Наведите указатель на ⚠, чтобы узнать причину.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of them on other days)</source>
        <translation>
            <numerusform>(%n из них — в другие дни)</numerusform>
            <numerusform>(%n из них — в другие дни)</numerusform>
            <numerusform>(%n из них — в другие дни)</numerusform>
        </translation>
    </message>
    <message>
        <source>This step cannot be undone any more: the agenda changed.</source>
        <translation>Это действие больше нельзя отменить: программа изменилась.</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>Изменение пункта «{title}»</translation>
    </message>
    <message>
        <source>Move “{title}”</source>
        <translation>Перемещение пункта «{title}»</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <extracomment>Asked before an item that started under a minute ago is ended (tests replace it).</extracomment>
        <translation>&amp;Добавить пункт…</translation>
    </message>
    <message>
        <source>&amp;Edit item…</source>
        <translation>&amp;Изменить пункт…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Ду&amp;блировать</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Переместить &amp;вверх</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Переместить в&amp;низ</translation>
    </message>
    <message>
        <source>Actual &amp;times…</source>
        <translation>&amp;Фактическое время…</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Предыдущий день</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Следующий день</translation>
    </message>
    <message>
        <source>&amp;Import agenda…</source>
        <translation>&amp;Импортировать программу…</translation>
    </message>
    <message>
        <source>&amp;Copy agenda from another event…</source>
        <translation>&amp;Копировать программу из другого мероприятия…</translation>
    </message>
    <message>
        <source>&amp;Print agenda (save as PDF)…</source>
        <translation>&amp;Печать программы (сохранить в PDF)…</translation>
    </message>
    <message>
        <source>S&amp;top running item</source>
        <translation>Остановить &amp;текущий пункт</translation>
    </message>
    <message>
        <source>Started “{title}” at {time}. Ctrl+Z takes it back.</source>
        <translation>Пункт «{title}» начат в {time}. Ctrl+Z отменяет.</translation>
    </message>
    <message>
        <source>The plan as it stood is kept as the published plan.</source>
        <translation>План в прежнем виде сохранён как опубликованный.</translation>
    </message>
    <message numerus="yes">
        <source>Ended “{title}” at {time} after %n min. Ctrl+Z takes it back.</source>
        <translation>
            <numerusform>Пункт «{title}» завершён в {time}, продолжительность — %n мин. Ctrl+Z отменяет.</numerusform>
            <numerusform>Пункт «{title}» завершён в {time}, продолжительность — %n мин. Ctrl+Z отменяет.</numerusform>
            <numerusform>Пункт «{title}» завершён в {time}, продолжительность — %n мин. Ctrl+Z отменяет.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;End “{title}”</source>
        <translation>&amp;Завершить «{title}»</translation>
    </message>
    <message>
        <source>&amp;Start next item</source>
        <translation>&amp;Начать следующий пункт</translation>
    </message>
    <message>
        <source>Start the next item: {title}</source>
        <translation>Начать следующий пункт: {title}</translation>
    </message>
    <message>
        <source>Add “{title}”</source>
        <translation>Добавление «{title}»</translation>
    </message>
    <message>
        <source>Duplicate “{title}”</source>
        <translation>Дублирование «{title}»</translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation>Удаление «{title}»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Удаление %n пункта</numerusform>
            <numerusform>Удаление %n пунктов</numerusform>
            <numerusform>Удаление %n пунктов</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Удалено. Отменить можно клавишами Ctrl+Z.</translation>
    </message>
    <message>
        <source>Correct actual times of “{title}”</source>
        <translation>Исправление фактического времени «{title}»</translation>
    </message>
    <message>
        <source>Start “{title}”</source>
        <translation>Начало «{title}»</translation>
    </message>
    <message>
        <source>End running item</source>
        <translation>Завершение текущего пункта</translation>
    </message>
    <message>
        <source>Stop running item</source>
        <translation>Остановить текущий пункт</translation>
    </message>
    <message>
        <source>Import agenda</source>
        <translation>Импорт программы</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Электронные таблицы (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Чтение {name}…</translation>
    </message>
    <message>
        <source>Import agenda from {name}</source>
        <translation>Импорт программы из {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s) imported. Ctrl+Z takes the import back.</source>
        <translation>
            <numerusform>Импортирован %n пункт программы. Ctrl+Z отменяет импорт.</numerusform>
            <numerusform>Импортировано %n пункта программы. Ctrl+Z отменяет импорт.</numerusform>
            <numerusform>Импортировано %n пунктов программы. Ctrl+Z отменяет импорт.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy agenda</source>
        <translation>Копирование программы</translation>
    </message>
    <message>
        <source>No other event has an agenda to copy.</source>
        <translation>Ни у одного другого мероприятия нет программы для копирования.</translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s) copied.</source>
        <translation>
            <numerusform>Скопирован %n пункт программы.</numerusform>
            <numerusform>Скопировано %n пункта программы.</numerusform>
            <numerusform>Скопировано %n пунктов программы.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save agenda as PDF</source>
        <translation>Сохранение программы в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Запись {name}…</translation>
    </message>
    <message>
        <source>The agenda could not be saved as PDF: {reason}</source>
        <translation>Не удалось сохранить программу в PDF: {reason}</translation>
    </message>
    <message>
        <source>Agenda saved</source>
        <translation>Программа сохранена</translation>
    </message>
    <message>
        <source>The agenda was saved as {path}.</source>
        <translation>Программа сохранена в файл {path}.</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>&amp;Открыть файл</translation>
    </message>
    <message>
        <source>End the item now?</source>
        <translation>Завершить пункт сейчас?</translation>
    </message>
    <message>
        <source>“{title}” started less than a minute ago. If you end it now, it is recorded as a 0-minute item.</source>
        <translation>Пункт «{title}» начат меньше минуты назад. Если завершить его сейчас, он будет записан как пункт длительностью 0 минут.</translation>
    </message>
    <message>
        <source>&amp;End it now</source>
        <translation>&amp;Завершить сейчас</translation>
    </message>
    <message>
        <source>&amp;Keep it running</source>
        <translation>&amp;Продолжить</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <source>A fixed item keeps its time when earlier items change length.</source>
        <extracomment>A closed event: nothing can be edited or dragged.</extracomment>
        <translation>Фиксированный пункт сохраняет своё время, когда меняется продолжительность предыдущих пунктов.</translation>
    </message>
    <message>
        <source>When the item is expected to start, given how the day is running.</source>
        <translation>Расчётное время начала пункта с учётом фактического хода дня.</translation>
    </message>
    <message>
        <source>The times in the published plan (the printed programme). Edits change the expected times, never these.</source>
        <translation>Время по опубликованному плану (в напечатанной программе). Изменения меняют только ожидаемое время, но не его.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлен</translation>
    </message>
    <message numerus="yes">
        <source>Fixed time: the items before it run %n min into it. Shorten them to keep this time.</source>
        <translation>
            <numerusform>Фиксированное время: предыдущие пункты заходят на него на %n мин. Сократите их, чтобы сохранить это время.</numerusform>
            <numerusform>Фиксированное время: предыдущие пункты заходят на него на %n мин. Сократите их, чтобы сохранить это время.</numerusform>
            <numerusform>Фиксированное время: предыдущие пункты заходят на него на %n мин. Сократите их, чтобы сохранить это время.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Мин</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Facilitator(s)</source>
        <translation>Модератор(ы)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Помещение</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Фикс.</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Added after the plan was published; not in the printed programme.</source>
        <translation>Добавлен после публикации плана; в напечатанной программе его нет.</translation>
    </message>
    <message>
        <source>Moved to another day since the plan.</source>
        <translation>После публикации плана перенесён на другой день.</translation>
    </message>
    <message numerus="yes">
        <source>Expected %n min later than the published plan.</source>
        <translation>
            <numerusform>Ожидается на %n мин позже, чем в опубликованном плане.</numerusform>
            <numerusform>Ожидается на %n мин позже, чем в опубликованном плане.</numerusform>
            <numerusform>Ожидается на %n мин позже, чем в опубликованном плане.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected %n min earlier than the published plan.</source>
        <translation>
            <numerusform>Ожидается на %n мин раньше, чем в опубликованном плане.</numerusform>
            <numerusform>Ожидается на %n мин раньше, чем в опубликованном плане.</numerusform>
            <numerusform>Ожидается на %n мин раньше, чем в опубликованном плане.</numerusform>
        </translation>
    </message>
    <message>
        <source>As in the published plan.</source>
        <translation>Как в опубликованном плане.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something unexpected went wrong. Everything saved so far is safe.

Details are in the log file:
{path}</source>
        <translation>Произошла непредвиденная ошибка. Всё, что уже сохранено, в безопасности.

Подробности — в файле журнала:
{path}</translation>
    </message>
</context>
<context>
    <name>BackgroundRunner</name>
    <message>
        <source>Cancel</source>
        <extracomment>Quicker work shows no progress dialog at all.</extracomment>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>ChathamHouse</name>
    <message>
        <source>Chatham House rule</source>
        <translation>Правило Чатем-хауса</translation>
    </message>
    <message>
        <source>Switch on the Chatham House rule for the whole event? Notes and quotes are then shown and exported without names.</source>
        <translation>Включить правило Чатем-хауса для всего мероприятия? Тогда заметки и цитаты будут показываться и экспортироваться без имён.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) already name an author or speaker. While the rule is on the names are hidden, but they stay in the store unless you erase them.</source>
        <translation>
            <numerusform>В %n заметке уже указан автор или выступающий. Пока правило действует, имена скрыты, но они остаются в файле данных, если их не удалить.</numerusform>
            <numerusform>В %n заметках уже указан автор или выступающий. Пока правило действует, имена скрыты, но они остаются в файле данных, если их не удалить.</numerusform>
            <numerusform>В %n заметках уже указан автор или выступающий. Пока правило действует, имена скрыты, но они остаются в файле данных, если их не удалить.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Erase the names already entered (cannot be undone)</source>
        <translation>&amp;Удалить уже введённые имена (отменить нельзя)</translation>
    </message>
    <message>
        <source>&amp;Switch on</source>
        <translation>&amp;Включить</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>{day} is not a day of this event.</source>
        <extracomment>True when the person was already checked in that day: nothing was changed.</extracomment>
        <translation>{day} не входит в дни этого мероприятия.</translation>
    </message>
    <message>
        <source>This participant no longer exists (id {id}).</source>
        <translation>Этого участника больше нет (ID {id}).</translation>
    </message>
</context>
<context>
    <name>CheckInActions</name>
    <message>
        <source>&amp;Take back check-in</source>
        <translation>О&amp;тменить регистрацию</translation>
    </message>
    <message>
        <source>No one on the list matches “{text}”. Check the spelling, or press {key} to add a walk-in.</source>
        <translation>В списке нет никого, кто соответствует запросу «{text}». Проверьте написание или нажмите {key}, чтобы добавить участника без предварительной записи.</translation>
    </message>
    <message>
        <source>&amp;Check in highlighted person</source>
        <translation>&amp;Зарегистрировать выделенного участника</translation>
    </message>
    <message>
        <source>Add &amp;walk-in…</source>
        <translation>Добавить участника &amp;без предварительной записи…</translation>
    </message>
    <message>
        <source>Enter &amp;paper sign-in marks…</source>
        <translation>&amp;Внести отметки из бумажного списка…</translation>
    </message>
    <message>
        <source>&amp;Add participant…</source>
        <translation>&amp;Добавить участника…</translation>
    </message>
    <message>
        <source>&amp;Edit participant…	F2</source>
        <translation>Изм&amp;енить участника…	F2</translation>
    </message>
    <message>
        <source>&amp;Delete participants…	Del</source>
        <translation>&amp;Удалить участников…	Del</translation>
    </message>
    <message>
        <source>&amp;Merge selected participants</source>
        <translation>Объединить выб&amp;ранных участников</translation>
    </message>
    <message>
        <source>Find d&amp;uplicates…</source>
        <translation>&amp;Найти дубликаты…</translation>
    </message>
    <message>
        <source>Print si&amp;gn-in sheet (PDF)…</source>
        <translation>&amp;Печать листа регистрации (PDF)…</translation>
    </message>
    <message>
        <source>check-in of {name}</source>
        <translation>регистрация ({name})</translation>
    </message>
    <message>
        <source>taking back the check-in of {name}</source>
        <translation>снятие регистрации ({name})</translation>
    </message>
    <message>
        <source>walk-in {name}</source>
        <translation>добавление участника без предварительной записи ({name})</translation>
    </message>
    <message>
        <source>paper sign-in marks ({count})</source>
        <translation>отметки из бумажного списка ({count})</translation>
    </message>
    <message>
        <source>Already on the list</source>
        <translation>Уже есть в списке</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) with this name are already on the list.</source>
        <translation>
            <numerusform>В списке уже есть %n человек с таким именем.</numerusform>
            <numerusform>В списке уже есть %n человека с таким именем.</numerusform>
            <numerusform>В списке уже есть %n человек с таким именем.</numerusform>
        </translation>
    </message>
    <message>
        <source>no organisation</source>
        <translation>без организации</translation>
    </message>
    <message>
        <source>Check in the registered {name} ({organisation}) instead</source>
        <translation>Вместо этого зарегистрировать участника по предварительной записи: {name} ({organisation})</translation>
    </message>
    <message>
        <source>Check in the earlier walk-in {name} ({organisation}) instead</source>
        <translation>Вместо этого зарегистрировать ранее добавленного участника без предварительной записи: {name} ({organisation})</translation>
    </message>
    <message>
        <source>(already here)</source>
        <translation>(уже на месте)</translation>
    </message>
    <message>
        <source>Add a new walk-in</source>
        <translation>Добавить нового участника без предварительной записи</translation>
    </message>
    <message>
        <source>&amp;Import registration list…</source>
        <translation>Импортировать &amp;список предварительной записи…</translation>
    </message>
    <message>
        <source>Name &amp;badges (PDF)…</source>
        <translation>Бейджи с и&amp;менами (PDF)…</translation>
    </message>
    <message>
        <source>{name} was already checked in {day} at {time} — nothing changed.</source>
        <translation>{name}: регистрация уже отмечена ({day}, {time}) — ничего не изменено.</translation>
    </message>
    <message>
        <source>✓ {name} checked in at {time}. (Ctrl+Z takes it back.)</source>
        <translation>✓ {name}: регистрация в {time}. (Ctrl+Z отменяет.)</translation>
    </message>
    <message>
        <source>{name} is no longer checked in.</source>
        <translation>{name}: регистрация отменена.</translation>
    </message>
    <message>
        <source>✓ {name} added as a walk-in and checked in at {time}.</source>
        <translation>✓ Добавлено: {name} (без предварительной записи), регистрация в {time}.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) marked present from the paper list.</source>
        <translation>
            <numerusform>%n участник отмечен присутствующим по бумажному списку.</numerusform>
            <numerusform>%n участника отмечены присутствующими по бумажному списку.</numerusform>
            <numerusform>%n участников отмечены присутствующими по бумажному списку.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding {name}</source>
        <translation>Добавление: {name}</translation>
    </message>
    <message>
        <source>{name} added.</source>
        <translation>Добавлено: {name}.</translation>
    </message>
    <message>
        <source>Editing {name}</source>
        <translation>Изменение: {name}</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Удалить {name}?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n participant(s)?</source>
        <translation>
            <numerusform>Удалить %n участника?</numerusform>
            <numerusform>Удалить %n участников?</numerusform>
            <numerusform>Удалить %n участников?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete participants</source>
        <translation>Удаление участников</translation>
    </message>
    <message>
        <source>Their check-ins are deleted with them. Edit → Undo brings them back.</source>
        <translation>Их регистрации будут удалены вместе с ними. Правка → Отменить вернёт их.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n participant(s)</source>
        <translation>
            <numerusform>Удаление %n участника</numerusform>
            <numerusform>Удаление %n участников</numerusform>
            <numerusform>Удаление %n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) deleted. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Удалён %n участник. Ctrl+Z вернёт его.</numerusform>
            <numerusform>Удалено %n участника. Ctrl+Z вернёт их.</numerusform>
            <numerusform>Удалено %n участников. Ctrl+Z вернёт их.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merging %n duplicate(s)</source>
        <translation>
            <numerusform>Объединение %n дубликата</numerusform>
            <numerusform>Объединение %n дубликатов</numerusform>
            <numerusform>Объединение %n дубликатов</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged into {names}.</source>
        <translation>Объединено в запись: {names}.</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <source>No duplicates found: no two participants share an e-mail address, or a name and organisation.</source>
        <translation>Дубликаты не найдены: нет участников с одинаковым адресом эл. почты или с одинаковыми именем и организацией.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of possible duplicates:</source>
        <translation>
            <numerusform>%n группа возможных дубликатов:</numerusform>
            <numerusform>%n группы возможных дубликатов:</numerusform>
            <numerusform>%n групп возможных дубликатов:</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge each group</source>
        <translation>Объединить каждую группу</translation>
    </message>
</context>
<context>
    <name>CheckInFileActions</name>
    <message>
        <source>Import registration list</source>
        <extracomment>Writes the PDFs, one at a time.</extracomment>
        <translation>Импорт списка предварительной записи</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Электронные таблицы (*.xlsx *.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Чтение {name}…</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Импорт {name}…</translation>
    </message>
    <message>
        <source>{file}: {imported} imported, {merged} merged, {skipped} skipped.</source>
        <translation>{file}: импортировано — {imported}, объединено — {merged}, пропущено — {skipped}.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: {reason}</source>
        <translation>Не удалось записать PDF: {reason}</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Сохранено: {path}.</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Запись {name}…</translation>
    </message>
    <message>
        <source>Print sign-in sheet</source>
        <translation>Печать листа регистрации</translation>
    </message>
    <message>
        <source>sign-in sheet.pdf</source>
        <translation>лист регистрации.pdf</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Бейджи с именами</translation>
    </message>
    <message>
        <source>Print badges for the selected participants or for everyone?</source>
        <translation>Напечатать бейджи для выбранных участников или для всех?</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>Выбранные (%n)</numerusform>
            <numerusform>Выбранные (%n)</numerusform>
            <numerusform>Выбранные (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>badges.pdf</source>
        <translation>бейджи.pdf</translation>
    </message>
</context>
<context>
    <name>CheckInTab</name>
    <message>
        <source>Check-in</source>
        <extracomment>Whether the highlighted row was chosen by the user (arrows, click), not by the search. The counters shown (of the chosen day), kept true after each arrival. The door of the plain read while the store opens (``show_door``), else None.</extracomment>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <extracomment>The walk-in key (the tab&apos;s, as Ctrl+N is &quot;New event&quot; in the window).</extracomment>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <source>Day of the event</source>
        <translation>День мероприятия</translation>
    </message>
    <message>
        <source>Type a few letters of a name, organisation or e-mail, then Enter</source>
        <translation>Введите несколько букв имени, организации или эл. почты и нажмите Enter</translation>
    </message>
    <message>
        <source>Find participant</source>
        <translation>Найти участника</translation>
    </message>
    <message>
        <source>Type a few letters, then Enter. When several people match, press 1 to 9 to choose; arrow keys move through the list.</source>
        <translation>Введите несколько букв и нажмите Enter. Если подходят несколько человек, выберите нужного клавишами 1–9; клавиши со стрелками перемещают по списку.</translation>
    </message>
    <message>
        <source>The day people are checked in for</source>
        <translation>День, на который регистрируются участники</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <source>Check in the highlighted person, or the only one matching the search</source>
        <translation>Зарегистрировать выделенного участника или единственного, кто соответствует поиску</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Без записи…</translation>
    </message>
    <message>
        <source>Add walk-in</source>
        <translation>Добавить участника без предварительной записи</translation>
    </message>
    <message>
        <source>Add someone who is not on the list and check them in ({key})</source>
        <translation>Добавить человека, которого нет в списке, и зарегистрировать его ({key})</translation>
    </message>
    <message>
        <source>Everyone on the list; a tick and the time show who is here</source>
        <translation>Все участники из списка; галочка и время показывают, кто на месте</translation>
    </message>
    <message>
        <source>No participants yet.
Import the registration list, or add people one by one. Walk-ins can be added at the door with Ctrl+Shift+N.</source>
        <translation>Участников пока нет.
Импортируйте список предварительной записи или добавьте людей по одному. Участников без предварительной записи можно добавить на входе клавишами Ctrl+Shift+N.</translation>
    </message>
    <message>
        <source>No participants yet</source>
        <translation>Участников пока нет</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Import registration list…</source>
        <translation>Импортировать список предварительной записи…</translation>
    </message>
    <message>
        <source>Add participant…</source>
        <translation>Добавить участника…</translation>
    </message>
    <message>
        <source>Door news</source>
        <extracomment>The idle line: dark grey on the window (7:1, WCAG AAA), normal weight.</extracomment>
        <translation>Сообщения на входе</translation>
    </message>
    <message>
        <source>Enter checks in · 1–9 choose when several match · Ctrl+Z takes the last check-in back</source>
        <translation>Enter — зарегистрировать · 1–9 — выбрать, если подходят несколько · Ctrl+Z — отменить последнюю регистрацию</translation>
    </message>
    <message>
        <source>Day {number}: {date}</source>
        <extracomment>Set by the tab: pick the n-th person of an open chooser (True if there was one).</extracomment>
        <translation>День {number}: {date}</translation>
    </message>
    <message>
        <source>(today)</source>
        <translation>(сегодня)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>Undone: {edit}</source>
        <translation>Отменено: {edit}</translation>
    </message>
    <message>
        <source>Redone: {edit}</source>
        <translation>Повторено: {edit}</translation>
    </message>
    <message>
        <source>{name} is checked in as soon as the store is open (a moment).</source>
        <extracomment>Participants (id: name) to check in once the store is open, in the order asked for.</extracomment>
        <translation>{name}: регистрация будет выполнена, как только откроется база данных (одну секунду).</translation>
    </message>
    <message>
        <source>Not checked in, because another event was opened: {names}. Check them in again on their event.</source>
        <translation>Не зарегистрированы, потому что открыто другое мероприятие: {names}. Зарегистрируйте их снова в их мероприятии.</translation>
    </message>
</context>
<context>
    <name>CloseEventDialog</name>
    <message>
        <source>Close event and export</source>
        <translation>Завершить мероприятие и экспортировать</translation>
    </message>
    <message>
        <source>Close “{title}” and write its workbook and PDF summary into the export folder (a subfolder per event, dated file names; earlier exports are kept). You can reopen the event later.</source>
        <translation>Завершить «{title}» и записать книгу Excel и итоговый отчёт PDF в папку экспорта (отдельная подпапка для каждого мероприятия, в именах файлов — дата; прежние файлы экспорта сохраняются). Позже мероприятие можно снова открыть.</translation>
    </message>
    <message>
        <source>&amp;Use this folder from now on</source>
        <translation>&amp;Использовать эту папку и в дальнейшем</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Export &amp;folder:</source>
        <translation>&amp;Папка экспорта:</translation>
    </message>
    <message>
        <source>Close and e&amp;xport</source>
        <translation>&amp;Завершить и экспортировать</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папка {folder} не существует.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare events</source>
        <translation>Сравнение мероприятий</translation>
    </message>
    <message>
        <source>Tick the events to compare in one workbook.</source>
        <translation>Отметьте мероприятия, которые нужно сравнить в одной книге Excel.</translation>
    </message>
    <message>
        <source>Events to compare</source>
        <translation>Мероприятия для сравнения</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>E&amp;vents:</source>
        <translation>&amp;Мероприятия:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Сравнить</translation>
    </message>
    <message>
        <source>Tick at least one event.</source>
        <translation>Отметьте хотя бы одно мероприятие.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папка {folder} не существует.</translation>
    </message>
</context>
<context>
    <name>CopyAgendaDialog</name>
    <message>
        <source>Copy agenda from another event</source>
        <translation>Копирование программы из другого мероприятия</translation>
    </message>
    <message>
        <source>Event to copy from</source>
        <translation>Мероприятие, из которого копируется программа</translation>
    </message>
    <message>
        <source>Its items are added to this event&apos;s agenda; actual times are not copied.</source>
        <translation>Пункты будут добавлены в программу этого мероприятия; фактическое время не копируется.</translation>
    </message>
    <message numerus="yes">
        <source>{title} · {date} (%n item(s))</source>
        <translation>
            <numerusform>{title} · {date} (%n пункт)</numerusform>
            <numerusform>{title} · {date} (%n пункта)</numerusform>
            <numerusform>{title} · {date} (%n пунктов)</numerusform>
        </translation>
    </message>
    <message>
        <source>Its items are added to this event&apos;s agenda, moved so that its first day falls on {day}. Actual times are not copied; Undo takes the copy back.</source>
        <translation>Пункты будут добавлены в программу этого мероприятия со сдвигом дат так, чтобы первый день пришёлся на {day}. Фактическое время не копируется; копирование можно отменить (Правка → Отменить).</translation>
    </message>
    <message>
        <source>&amp;Copy agenda</source>
        <translation>&amp;Копировать программу</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Мероприятие:</translation>
    </message>
</context>
<context>
    <name>CountersPanel</name>
    <message>
        <source>By day</source>
        <translation>По дням</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <source>By stakeholder group (here / on the list)</source>
        <translation>По группам заинтересованных сторон (на месте / в списке)</translation>
    </message>
    <message>
        <source>Registered people here today</source>
        <translation>Участники по предварительной записи на месте сегодня</translation>
    </message>
    <message>
        <source>Registered people here on {day}</source>
        <translation>Участники по предварительной записи на месте ({day})</translation>
    </message>
    <message numerus="yes">
        <source>+ %n walk-in(s) here</source>
        <translation>
            <numerusform>+ %n без предварительной записи</numerusform>
            <numerusform>+ %n без предварительной записи</numerusform>
            <numerusform>+ %n без предварительной записи</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people here in all</source>
        <translation>
            <numerusform>Всего на месте %n человек</numerusform>
            <numerusform>Всего на месте %n человека</numerusform>
            <numerusform>Всего на месте %n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered participant(s).</source>
        <translation>
            <numerusform>%n участник по предварительной записи.</numerusform>
            <numerusform>%n участника по предварительной записи.</numerusform>
            <numerusform>%n участников по предварительной записи.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them here.</source>
        <translation>
            <numerusform>Из них на месте: %n.</numerusform>
            <numerusform>Из них на месте: %n.</numerusform>
            <numerusform>Из них на месте: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in(s) here.</source>
        <translation>
            <numerusform>Без предварительной записи на месте: %n.</numerusform>
            <numerusform>Без предварительной записи на месте: %n.</numerusform>
            <numerusform>Без предварительной записи на месте: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}: {count} here</source>
        <translation>{day}: присутствуют {count}</translation>
    </message>
    <message>
        <source>No one checked in yet.</source>
        <translation>Пока никто не зарегистрирован.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The file could not be used{where}: {reason}. Nothing was changed.</source>
        <extracomment>What guards catch: errors a user can act on. Bugs are left to ``describe`` or the last handler.</extracomment>
        <translation>Не удалось использовать файл{where}: {reason}. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Something went wrong unexpectedly ({name}). Details are in {log}.</source>
        <translation>Произошла непредвиденная ошибка ({name}). Подробности в {log}.</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>There is no evaluation form {id}.</source>
        <translation>Анкеты оценки с ID {id} нет.</translation>
    </message>
    <message>
        <source>The question needs a text in at least one language.</source>
        <extracomment>A question&apos;s machine name, as XLSForm and ODK accept it. (XML names: letters of any script, digits, _ . -, not starting with a digit.)</extracomment>
        <translation>Укажите текст вопроса хотя бы на одном языке.</translation>
    </message>
    <message>
        <source>The name “{name}” may hold only letters, digits and _ and must not start with a digit.</source>
        <translation>Имя «{name}» может содержать только буквы, цифры и _ и не должно начинаться с цифры.</translation>
    </message>
    <message>
        <source>Another question of this form is already named “{name}”.</source>
        <translation>В этой анкете уже есть вопрос с именем «{name}».</translation>
    </message>
    <message>
        <source>A rating scale runs from 0 or more to a higher number, at most 11 points.</source>
        <translation>Балльная шкала начинается с 0 или большего числа и заканчивается большим числом; всего не более 11 делений.</translation>
    </message>
    <message>
        <source>A choice question needs at least two choices.</source>
        <translation>В вопросе с выбором нужно не менее двух вариантов ответа.</translation>
    </message>
    <message>
        <source>Two choices have the same name.</source>
        <translation>У двух вариантов ответа одинаковое имя.</translation>
    </message>
    <message>
        <source>A choice name cannot contain spaces.</source>
        <translation>Имя варианта ответа не может содержать пробелы.</translation>
    </message>
    <message>
        <source>The form needs a title.</source>
        <translation>Укажите название анкеты.</translation>
    </message>
    <message>
        <source>Question {n}: {problem}</source>
        <translation>Вопрос {n}: {problem}</translation>
    </message>
    <message>
        <source>This question already has answers; its kind cannot change. Add a new question instead.</source>
        <translation>На этот вопрос уже есть ответы; его тип изменить нельзя. Вместо этого добавьте новый вопрос.</translation>
    </message>
    <message>
        <source>There is no question {id}.</source>
        <translation>Вопроса с ID {id} нет.</translation>
    </message>
    <message>
        <source>Several forms are called “{title}” (ids {ids}); give the id.</source>
        <translation>Анкет с названием «{title}» несколько (ID {ids}); укажите ID.</translation>
    </message>
    <message>
        <source>There is no evaluation form “{form}”.</source>
        <translation>Анкеты оценки «{form}» нет.</translation>
    </message>
    <message>
        <source>Give a whole number from {low} to {high}.</source>
        <translation>Введите целое число от {low} до {high}.</translation>
    </message>
    <message>
        <source>Give a number.</source>
        <translation>Введите число.</translation>
    </message>
    <message>
        <source>Give a number of at least {low}.</source>
        <translation>Введите число не меньше {low}.</translation>
    </message>
    <message>
        <source>Give a number of at most {high}.</source>
        <translation>Введите число не больше {high}.</translation>
    </message>
    <message>
        <source>Give a whole number.</source>
        <translation>Введите целое число.</translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation>Ответьте «да» или «нет».</translation>
    </message>
    <message>
        <source>Pick one of the choices.</source>
        <translation>Выберите один из вариантов.</translation>
    </message>
    <message>
        <source>“{name}” is not one of the choices.</source>
        <translation>«{name}» не является одним из вариантов ответа.</translation>
    </message>
    <message>
        <source>Confirm with OK, or leave it blank.</source>
        <translation>Подтвердите кнопкой OK или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>Put the choices in order, each once.</source>
        <translation>Расположите варианты по порядку, каждый по одному разу.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>Текст слишком длинный.</translation>
    </message>
    <message>
        <source>This is a heading; it takes no answer.</source>
        <translation>Это заголовок; ответ на него не требуется.</translation>
    </message>
    <message>
        <source>Give it as {example}.</source>
        <translation>Укажите в виде {example}.</translation>
    </message>
    <message>
        <source>The form has no question “{name}”.</source>
        <translation>В анкете нет вопроса «{name}».</translation>
    </message>
    <message>
        <source>This question needs an answer.</source>
        <translation>На этот вопрос нужно ответить.</translation>
    </message>
    <message>
        <source>Pick one of the choices offered.</source>
        <translation>Выберите один из предложенных вариантов.</translation>
    </message>
    <message>
        <source>There is no response {id}.</source>
        <translation>Ответа с ID {id} нет.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>There is no built-in form “{key}”.</source>
        <extracomment>The key of ``EvaluationForm.settings`` holding a built-in form&apos;s title in each language.</extracomment>
        <translation>Встроенной анкеты «{key}» нет.</translation>
    </message>
    <message>
        <source>This answer is not allowed here.</source>
        <extracomment>The logic keys that hold an expression (checked at import, evaluated here). Passes over the form: a calculation may use a later answer; two more settle nearly every form. Names of questions and groups that are relevant (asked). Answerable questions not asked (their relevance is false), in form order. Questions that need an answer now. Calculated values (calculate, hidden with a calculation), as text. Questions with a choice_filter: the names of the choices to offer. Violated constraints: question name -&gt; message in the respondent&apos;s language.</extracomment>
        <translation>Такой ответ здесь недопустим.</translation>
    </message>
</context>
<context>
    <name>EvaluationCommands</name>
    <message>
        <source>Add question</source>
        <translation>Добавление вопроса</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Изменение вопроса</translation>
    </message>
    <message>
        <source>Move question</source>
        <translation>Перемещение вопроса</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Удаление вопроса</translation>
    </message>
    <message>
        <source>Enter response</source>
        <translation>Ввод ответа</translation>
    </message>
    <message>
        <source>Change response {n}</source>
        <translation>Изменение ответа {n}</translation>
    </message>
    <message>
        <source>Delete response {n}</source>
        <translation>Удаление ответа {n}</translation>
    </message>
</context>
<context>
    <name>EvaluationTab</name>
    <message>
        <source>Evaluation</source>
        <extracomment>Forms and responses changed by undo/redo or another view; the event&apos;s languages.</extracomment>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>&amp;New form</source>
        <translation>&amp;Новая анкета</translation>
    </message>
    <message>
        <source>Dialogue event evaluation (built in)</source>
        <translation>Оценка диалогового мероприятия (встроенная)</translation>
    </message>
    <message>
        <source>Training seminar evaluation (built in)</source>
        <translation>Оценка обучающего семинара (встроенная)</translation>
    </message>
    <message>
        <source>Empty form</source>
        <translation>Пустая анкета</translation>
    </message>
    <message>
        <source>&amp;Import XLSForm…</source>
        <translation>Импортиров&amp;ать XLSForm…</translation>
    </message>
    <message>
        <source>&amp;Export as XLSForm…</source>
        <translation>&amp;Экспортировать в XLSForm…</translation>
    </message>
    <message>
        <source>&amp;Rename form…</source>
        <translation>&amp;Переименовать анкету…</translation>
    </message>
    <message>
        <source>Form &amp;languages…</source>
        <translation>&amp;Языки анкеты…</translation>
    </message>
    <message>
        <source>&amp;Delete form…</source>
        <translation>&amp;Удалить анкету…</translation>
    </message>
    <message>
        <source>Start &amp;kiosk…</source>
        <translation>Запустить &amp;киоск…</translation>
    </message>
    <message>
        <source>Start evaluation &amp;kiosk…</source>
        <translation>Запустить киоск о&amp;ценки…</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Конструктор</translation>
    </message>
    <message>
        <source>Enter paper forms</source>
        <translation>Ввод бумажных анкет</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message numerus="yes">
        <source>{title} — %n question(s)</source>
        <translation>
            <numerusform>{title} — %n вопрос</numerusform>
            <numerusform>{title} — %n вопроса</numerusform>
            <numerusform>{title} — %n вопросов</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or create an event to evaluate it.</source>
        <translation>Откройте или создайте мероприятие, чтобы провести его оценку.</translation>
    </message>
    <message>
        <source>This event has no evaluation form yet.

Create one with New form (the built-in dialogue-event evaluation is ready in five languages), or import the XLSForm your coordinator wrote.</source>
        <translation>У этого мероприятия ещё нет анкеты оценки.

Создайте её кнопкой «Новая анкета» (встроенная анкета оценки диалогового мероприятия готова на пяти языках) или импортируйте XLSForm, подготовленную координатором.</translation>
    </message>
    <message>
        <source>No form created</source>
        <translation>Анкета не создана</translation>
    </message>
    <message>
        <source>New form</source>
        <translation>Новая анкета</translation>
    </message>
    <message>
        <source>Title of the form:</source>
        <translation>Название анкеты:</translation>
    </message>
    <message>
        <source>Import XLSForm</source>
        <translation>Импорт XLSForm</translation>
    </message>
    <message>
        <source>XLSForm (*.xlsx *.xls)</source>
        <translation>XLSForm (*.xlsx *.xls)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Чтение {file}…</translation>
    </message>
    <message>
        <source>Form not imported</source>
        <translation>Анкета не импортирована</translation>
    </message>
    <message>
        <source>F&amp;orm:</source>
        <translation>&amp;Анкета:</translation>
    </message>
    <message>
        <source>Form actions</source>
        <translation>Действия с анкетой</translation>
    </message>
    <message>
        <source>Export as XLSForm</source>
        <translation>Экспорт в XLSForm</translation>
    </message>
    <message>
        <source>XLSForm (*.xlsx)</source>
        <translation>XLSForm (*.xlsx)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Не экспортировано</translation>
    </message>
    <message>
        <source>Rename form</source>
        <translation>Переименование анкеты</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>Не переименовано</translation>
    </message>
    <message>
        <source>Form languages</source>
        <translation>Языки анкеты</translation>
    </message>
    <message>
        <source>Language codes the form is given in, the default first (e.g. et,ru,en):</source>
        <translation>Коды языков анкеты, первым — основной (например, et,ru,en):</translation>
    </message>
    <message>
        <source>Languages not changed</source>
        <translation>Языки не изменены</translation>
    </message>
    <message>
        <source>Give two- or three-letter language codes separated by commas, such as et,ru,en.</source>
        <translation>Укажите двух- или трёхбуквенные коды языков через запятую, например et,ru,en.</translation>
    </message>
    <message>
        <source>Delete form</source>
        <translation>Удаление анкеты</translation>
    </message>
    <message numerus="yes">
        <source>Delete “{title}” with its %n response(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Удалить «{title}» вместе с %n ответом? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить «{title}» вместе с %n ответами? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить «{title}» вместе с %n ответами? Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <extracomment>The countries these events are held in come first in the list; the rest follow by name.</extracomment>
        <translation>Изменить мероприятие</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Chatham House rule: notes and exports never say who said what</source>
        <translation>Правило Чатем-хауса: в заметках и экспорте не указывается, кто что сказал</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>Н&amp;ачало</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Окончание</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Город</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>Ст&amp;рана</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Место проведения</translation>
    </message>
    <message>
        <source>O&amp;rganiser</source>
        <translation>Орган&amp;изатор</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Языки</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>О&amp;писание</translation>
    </message>
</context>
<context>
    <name>EventTab</name>
    <message>
        <source>Undone: {edit}</source>
        <extracomment>The changes made elsewhere that this tab shows and must refresh for.</extracomment>
        <translation>Отменено: {edit}</translation>
    </message>
    <message>
        <source>Redone: {edit}</source>
        <translation>Повторено: {edit}</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>The event needs a title.</source>
        <extracomment>Longest event accepted; a longer span is almost always a mistyped year.</extracomment>
        <translation>Укажите название мероприятия.</translation>
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation>Мероприятие не может закончиться раньше, чем начнётся.</translation>
    </message>
    <message numerus="yes">
        <source>An event can last at most %n day(s).</source>
        <translation>
            <numerusform>Мероприятие может длиться не более %n дня.</numerusform>
            <numerusform>Мероприятие может длиться не более %n дней.</numerusform>
            <numerusform>Мероприятие может длиться не более %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>The country is a two-letter code such as EE, LV or SE.</source>
        <translation>Страна указывается двухбуквенным кодом, например EE, LV или SE.</translation>
    </message>
    <message>
        <source>There is no event {id}.</source>
        <translation>Мероприятия с ID {id} нет.</translation>
    </message>
    <message>
        <source>More than one event matches “{ref}”; use its id.</source>
        <translation>Запросу «{ref}» соответствует несколько мероприятий; укажите ID мероприятия.</translation>
    </message>
    <message>
        <source>There is no event “{ref}”.</source>
        <translation>Мероприятия «{ref}» нет.</translation>
    </message>
</context>
<context>
    <name>ExercisePanel</name>
    <message>
        <source>Exercises</source>
        <extracomment>Exercises done on this event: once ticked, an exercise stays ticked (reopening the event or a moment between two writes of an export does not take it back). What the list shows now, so an unchanged state does not rebuild it.</extracomment>
        <translation>Упражнения</translation>
    </message>
    <message>
        <source>Work through these on the practice event. Each ticks itself off when done.</source>
        <translation>Выполните их на тренировочном мероприятии. Выполненное упражнение отмечается автоматически.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>ещё не выполнено</translation>
    </message>
    <message>
        <source>All exercises done. Well done! Reset practice (File menu) to go through them again, or leave practice mode for your real events.</source>
        <translation>Все упражнения выполнены. Отлично! Чтобы пройти их заново, сбросьте тренировочные данные (меню «Файл») или выйдите из тренировочного режима к своим настоящим мероприятиям.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Экспорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <source>The disk is full, so {path} could not be written. Free some space or choose another folder; any older file was left as it was.</source>
        <extracomment>progress(done, total): called between steps of slow work; raises Cancelled (ExportCancelled in an export) once the user stopped it. The one progress type of imports, exports and the runner.</extracomment>
        <translation>Диск заполнен, поэтому записать {path} не удалось. Освободите место или выберите другую папку; прежний файл, если он был, не изменён.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. Choose another folder; nothing was written.</source>
        <translation>Папка {folder} доступна только для чтения. Выберите другую папку; ничего не записано.</translation>
    </message>
    <message>
        <source>{path} is open in another program (Excel, LibreOffice or a PDF viewer) or is protected. Close it there and try again; the older file was left as it was.</source>
        <translation>Файл {path} открыт в другой программе (Excel, LibreOffice или программе просмотра PDF) или защищён. Закройте его там и попробуйте снова; прежний файл не изменён.</translation>
    </message>
    <message>
        <source>The file name {path} is too long; choose a shorter one.</source>
        <translation>Имя файла {path} слишком длинное; выберите более короткое.</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}); any older file was left as it was.</source>
        <translation>Не удалось записать {path} ({reason}); прежний файл, если он был, не изменён.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name.</source>
        <translation>{path} — это папка; укажите имя файла.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Create it or choose another folder.</source>
        <translation>Папка {folder} не существует. Создайте её или выберите другую папку.</translation>
    </message>
    <message>
        <source>{path} is open in another program (Excel or LibreOffice). Close it there and try again; the older file was left as it was.</source>
        <translation>Файл {path} открыт в другой программе (Excel или LibreOffice). Закройте его там и попробуйте снова; прежний файл не изменён.</translation>
    </message>
    <message>
        <source>The export folder {folder} could not be created ({reason}). Choose another export folder.</source>
        <extracomment>Why there is no PDF (&quot;&quot; when there is one).</extracomment>
        <translation>Не удалось создать папку экспорта {folder} ({reason}). Выберите другую папку экспорта.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export &amp;workbook…</source>
        <translation>Экспортировать &amp;книгу Excel…</translation>
    </message>
    <message>
        <source>Export &amp;PDF summary…</source>
        <translation>Экспортировать &amp;отчёт PDF…</translation>
    </message>
    <message>
        <source>&amp;Compare events…</source>
        <translation>&amp;Сравнить мероприятия…</translation>
    </message>
    <message>
        <source>C&amp;lose event and export…</source>
        <translation>&amp;Завершить мероприятие и экспортировать…</translation>
    </message>
    <message>
        <source>&amp;Reopen event</source>
        <translation>&amp;Возобновить мероприятие</translation>
    </message>
    <message>
        <source>Write the coordinator&apos;s workbook of this event</source>
        <translation>Записать книгу Excel этого мероприятия для координатора</translation>
    </message>
    <message>
        <source>Write workbook and PDF into the export folder and mark the event closed</source>
        <translation>Записать книгу Excel и PDF в папку экспорта и отметить мероприятие как завершённое</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Запись {name}…</translation>
    </message>
    <message>
        <source>There are no events to compare yet.</source>
        <translation>Пока нет мероприятий для сравнения.</translation>
    </message>
    <message>
        <source>Comparison of events</source>
        <translation>Сравнение мероприятий</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n event(s)…</source>
        <translation>
            <numerusform>Сравнение %n мероприятия…</numerusform>
            <numerusform>Сравнение %n мероприятий…</numerusform>
            <numerusform>Сравнение %n мероприятий…</numerusform>
        </translation>
    </message>
    <message>
        <source>Closing “{title}”…</source>
        <translation>Завершение «{title}»…</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Записано: {path}</translation>
    </message>
    <message>
        <source>The event is closed. Written into {folder}:</source>
        <translation>Мероприятие завершено. Записано в {folder}:</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Экспорт отменён</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Экспорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Открыть &amp;папку</translation>
    </message>
    <message>
        <source>“{title}” is still running: closing ends it now.</source>
        <translation>Пункт «{title}» ещё идёт: закрытие мероприятия сразу его завершит.</translation>
    </message>
    <message>
        <source>The event is planned until {date}: you are closing it before its last day.</source>
        <translation>Мероприятие запланировано до {date}: вы закрываете его раньше последнего дня.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export PDF summary</source>
        <extracomment>Dark amber text: a caution, not an error (7.4:1 on the dialog&apos;s grey, WCAG AA).</extracomment>
        <translation>Экспорт отчёта PDF</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>Экспорт книги Excel</translation>
    </message>
    <message>
        <source>Export “{title}”.</source>
        <translation>Экспорт «{title}».</translation>
    </message>
    <message>
        <source>&amp;Pseudonymise: participants as codes P001…, no names, e-mails or phone numbers</source>
        <translation>&amp;Псевдонимизировать: участники в виде кодов P001…, без имён, адресов эл. почты и телефонов</translation>
    </message>
    <message>
        <source>Add language-independent &amp;codes (groups, channels, yes/no, choices), so workbooks in several languages can be combined</source>
        <translation>Добавить не зависящие от языка &amp;коды (группы, каналы, да/нет, варианты), чтобы книги Excel на разных языках можно было объединять</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Файл для записи</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation>Укажите имя файла.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папка {folder} не существует.</translation>
    </message>
</context>
<context>
    <name>FormDesigner</name>
    <message>
        <source>&amp;Add question (Ins)</source>
        <translation>&amp;Добавить вопрос (Ins)</translation>
    </message>
    <message>
        <source>Ed&amp;it (Enter)</source>
        <translation>&amp;Изменить (Enter)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Ввер&amp;х</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Вни&amp;з</translation>
    </message>
    <message>
        <source>&amp;Delete (Del)</source>
        <translation>&amp;Удалить (Del)</translation>
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
        <translation>Предварительный просмотр глазами респондента, язык:</translation>
    </message>
    <message>
        <source>The form has no questions yet.</source>
        <translation>В анкете пока нет вопросов.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Не изменено</translation>
    </message>
    <message>
        <source>Kind not changed</source>
        <translation>Тип не изменён</translation>
    </message>
    <message>
        <source>This form already has responses, so a question cannot change its kind. Add a new question instead.</source>
        <translation>На эту анкету уже есть ответы, поэтому тип вопроса изменить нельзя. Вместо этого добавьте новый вопрос.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{file}: there is no such file.</source>
        <extracomment>Unpacked size of all parts of a workbook, and of any part the reader holds in memory whole. Cells the reader may look at, blank ones included (a row of styled cells counts them all).</extracomment>
        <translation>{file}: такого файла нет.</translation>
    </message>
    <message>
        <source>{file}: the file is empty.</source>
        <translation>{file}: файл пуст.</translation>
    </message>
    <message>
        <source>{file}: the file is too large to be a list ({size} MB; at most {limit} MB).</source>
        <translation>{file}: файл слишком велик для списка ({size} МБ; допускается не более {limit} МБ).</translation>
    </message>
    <message>
        <source>{file}: this kind of spreadsheet cannot be read; save it as .xlsx or .csv first.</source>
        <translation>{file}: электронные таблицы этого типа прочитать невозможно; сначала сохраните файл в формате .xlsx или .csv.</translation>
    </message>
    <message>
        <source>{file}: only .xlsx and .csv files can be imported.</source>
        <translation>{file}: импортировать можно только файлы .xlsx и .csv.</translation>
    </message>
    <message>
        <source>{file}: there is no header row.</source>
        <translation>{file}: нет строки заголовков.</translation>
    </message>
    <message>
        <source>{file}: row {row} cannot be read as CSV ({reason}).</source>
        <extracomment>physical line -&gt; row number, to name the rows of lines in another encoding</extracomment>
        <translation>{file}: строку {row} не удаётся прочитать как CSV ({reason}).</translation>
    </message>
    <message>
        <source>Rows {rows} are not in UTF-8 like the rest of the file; they were read as {encoding}. Check their names and letters.</source>
        <translation>Строки {rows} записаны не в UTF-8, в отличие от остального файла; они прочитаны в кодировке {encoding}. Проверьте имена и буквы в них.</translation>
    </message>
    <message>
        <source>{file}: this is not a readable .xlsx workbook ({reason}).</source>
        <translation>{file}: не удаётся прочитать книгу .xlsx ({reason}).</translation>
    </message>
    <message>
        <source>{file}: the workbook unpacks to {size} MB, too much for a list; save the sheet as .csv and import that.</source>
        <translation>{file}: в распакованном виде книга занимает {size} МБ — слишком много для списка; сохраните лист в формате .csv и импортируйте его.</translation>
    </message>
    <message>
        <source>{file}: there is no sheet “{sheet}”.</source>
        <translation>{file}: нет листа «{sheet}».</translation>
    </message>
    <message>
        <source>{file}: the sheet has more cells than a list can have; delete the empty formatted rows and columns, or save it as .csv.</source>
        <translation>{file}: в листе больше ячеек, чем может быть в списке; удалите пустые отформатированные строки и столбцы или сохраните лист в формате .csv.</translation>
    </message>
    <message>
        <source>{file}: this is not a text file.</source>
        <translation>{file}: это не текстовый файл.</translation>
    </message>
    <message>
        <source>{file}: row {row} has {count} columns; a list has at most {limit}.</source>
        <extracomment>Excel&apos;s own limit for the text of one cell. After this many blank rows following the data, the rest of a sheet is formatting only. (row number in the file, 1-based as a spreadsheet shows it; cell values as strings). Rows are not padded: a row may be shorter than the headers. What reading changed or noticed (rows in another encoding, characters removed). The sheets of a workbook, for telling what kind of file it is. The row number of the header row. Cells holding a formula saved without its value (read as empty): row -&gt; column -&gt; formula.</extracomment>
        <translation>{file}: в строке {row} столбцов: {count}; в списке допускается не более {limit}.</translation>
    </message>
    <message>
        <source>{file}: the file has more than {limit} rows; split it into smaller lists.</source>
        <translation>{file}: в файле больше {limit} строк; разделите его на списки поменьше.</translation>
    </message>
    <message>
        <source>{file}: the cell in row {row}, column {column} holds {count} characters; a cell has at most {limit}.</source>
        <translation>{file}: в ячейке (строка {row}, столбец {column}) символов: {count}; в ячейке допускается не более {limit}.</translation>
    </message>
    <message>
        <source>{file}: the file has no rows.</source>
        <translation>{file}: в файле нет строк.</translation>
    </message>
    <message>
        <source>Rows {rows}: invisible control characters were removed from the text.</source>
        <translation>Строки {rows}: из текста удалены невидимые управляющие символы.</translation>
    </message>
    <message>
        <source>first name</source>
        <extracomment>A column is of a kind when this share of its filled cells is. Two kinds closer than this in one column cannot be told apart (country or language codes). Field names as notes quote them (nominative, so any language can quote them).</extracomment>
        <translation>имя</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>полное имя</translation>
    </message>
    <message>
        <source>full name, last name first</source>
        <translation>полное имя, фамилия первой</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>preferred language</source>
        <translation>предпочитаемый язык</translation>
    </message>
    <message>
        <source>stakeholder group</source>
        <translation>группа заинтересованных сторон</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <extracomment>What a column holds, for the message when no names are found.</extracomment>
        <translation>адреса эл. почты</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>номера телефонов</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>даты</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>страны</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>языки</translation>
    </message>
    <message>
        <source>yes/no answers</source>
        <translation>ответы «да/нет»</translation>
    </message>
    <message>
        <source>stakeholder groups</source>
        <translation>группы заинтересованных сторон</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>организации</translation>
    </message>
    <message>
        <source>values of two kinds</source>
        <translation>значения двух видов</translation>
    </message>
    <message>
        <source>text that does not look like names</source>
        <translation>текст, не похожий на имена</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>Column {letter}</source>
        <translation>Столбец {letter}</translation>
    </message>
    <message>
        <source>The file has no header row: every row is read as a person, the columns by what they hold. Check the column choices.</source>
        <translation>В файле нет строки заголовков: каждая строка читается как человек, а столбцы — по их содержимому. Проверьте, что выбрано для столбцов.</translation>
    </message>
    <message>
        <source>column {column}: {holds}</source>
        <extracomment>What was decided, as (column, note) in column order. Columns left out with a note of their own (dates, yes/no, two kinds, a weaker rival). Column -&gt; what it was found to hold (a key of ``_HOLDS``), for the refusal.</extracomment>
        <translation>столбец {column}: {holds}</translation>
    </message>
    <message>
        <source>{file}: the file has no header row, and no column holds names by its values ({columns}). Add a header row (for example “First name”, “Last name”, “E-mail”), or choose the name column in the column choices (--map “Column A=full_name” on the command line).</source>
        <translation>{file}: в файле нет строки заголовков, и ни в одном столбце по значениям нет имён ({columns}). Добавьте строку заголовков (например, «Имя», «Фамилия», «Эл. почта») или выберите столбец с именами в выборе столбцов (--map «Столбец A=full_name» в командной строке).</translation>
    </message>
    <message>
        <source>No header row: column {column} is taken as “{field}” from its values.</source>
        <translation>Нет строки заголовков: столбец {column} по значениям принят как «{field}».</translation>
    </message>
    <message>
        <source>No header row: column {weaker} could also be “{field}”, but column {taken} fits better; column {weaker} was not imported.</source>
        <translation>Нет строки заголовков: столбец {weaker} тоже мог бы быть «{field}», но столбец {taken} подходит лучше; столбец {weaker} не импортирован.</translation>
    </message>
    <message>
        <source>No header row: the values of column {column} fit two kinds (such as country and language codes) and cannot be told apart; it was not imported. Choose what it holds if it matters.</source>
        <translation>Нет строки заголовков: значения столбца {column} подходят под два вида (например, коды стран и языков), и их нельзя различить; столбец не импортирован. Если это важно, выберите, что в нём.</translation>
    </message>
    <message>
        <source>No header row: column {column} holds dates (perhaps when each person registered); a participant has no such detail, so it was not imported.</source>
        <translation>Нет строки заголовков: в столбце {column} даты (возможно, даты предварительной записи); у участника нет такого поля, поэтому столбец не импортирован.</translation>
    </message>
    <message>
        <source>No header row: column {column} holds yes/no answers, but which consent they record cannot be told from the values; it was not imported. Choose the consent it records in the column choices (or --map “Column {column}=consent_photos”, consent_listed or consent_contact on the command line).</source>
        <translation>Нет строки заголовков: в столбце {column} ответы «да/нет», но по значениям нельзя понять, какое это согласие; столбец не импортирован. Выберите согласие в выборе столбцов (или --map «Столбец {column}=consent_photos», consent_listed или consent_contact в командной строке).</translation>
    </message>
    <message>
        <source>No header row: nothing in columns {first} and {last} tells first names from last names, so they are read in the usual order; swap them in the column choices if the list writes the last name first.</source>
        <translation>Нет строки заголовков: в столбцах {first} и {last} ничто не отличает имена от фамилий, поэтому они прочитаны в обычном порядке; если в списке сначала фамилия, поменяйте их местами в выборе столбцов.</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <extracomment>Rows below the first that may hold the real header (a report&apos;s title block above it). Longest list of headers a message spells out. Folded words in front of the real name of a column, as forms and ticketing tools add them. Headers of the columns with a header that are not imported, in file order.</extracomment>
        <translation>и ещё {n}</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) not recognised and not imported: {headers}.</source>
        <translation>
            <numerusform>%n столбец не распознан и не импортирован: {headers}.</numerusform>
            <numerusform>%n столбца не распознаны и не импортированы: {headers}.</numerusform>
            <numerusform>%n столбцов не распознаны и не импортированы: {headers}.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{option}” is not of the form “Header=field”.</source>
        <translation>«{option}» не имеет вида «Заголовок=поле».</translation>
    </message>
    <message>
        <source>There is no column “{header}”; the columns are: {headers}.</source>
        <translation>Столбца «{header}» нет; имеющиеся столбцы: {headers}.</translation>
    </message>
    <message>
        <source>“{field}” is not a field; the fields are: {fields}.</source>
        <translation>«{field}» — не поле; имеющиеся поля: {fields}.</translation>
    </message>
    <message>
        <source>The column headers are in row {row}; the {count} row(s) above them were not imported.</source>
        <translation>Заголовки столбцов находятся в строке {row}; строки над ними (их число: {count}) не импортированы.</translation>
    </message>
    <message>
        <source>{file}: no column was recognised for: {fields}. The columns in the file are: {headers}. Rename a column, or choose what it holds (--map “Header=field” on the command line).</source>
        <translation>{file}: не найден столбец для следующих данных: {fields}. Столбцы в файле: {headers}. Переименуйте столбец или выберите, что в нём содержится (в командной строке: --map «Заголовок=поле»).</translation>
    </message>
    <message>
        <source>It looks like an XLSForm (a form definition with a “survey” sheet); import it as an evaluation form instead.</source>
        <translation>Похоже, это XLSForm (определение анкеты с листом «survey»); импортируйте его как анкету оценки.</translation>
    </message>
    <message>
        <source>It looks like a pivot table (a summary with totals), not a list with one row per entry; import the list the pivot table was made from.</source>
        <translation>Похоже, это сводная таблица (обобщение с итогами), а не список с одной строкой на запись; импортируйте список, по которому построена сводная таблица.</translation>
    </message>
    <message>
        <source>The {column} cell holds a formula ({formula}) with no value; it was left empty.</source>
        <translation>В ячейке столбца {column} формула ({formula}) без значения; ячейка оставлена пустой.</translation>
    </message>
    <message>
        <source>Row {row}: the {column} cell holds a formula ({formula}) with no value; it was left empty.</source>
        <translation>Строка {row}: в ячейке столбца {column} формула ({formula}) без значения; ячейка оставлена пустой.</translation>
    </message>
    <message numerus="yes">
        <source>Rows {rows}: formulas with no value left %n other cell(s) empty.</source>
        <translation>
            <numerusform>Строки {rows}: ещё %n ячейка осталась пустой: у её формулы нет значения.</numerusform>
            <numerusform>Строки {rows}: ещё %n ячейки остались пустыми: у их формул нет значения.</numerusform>
            <numerusform>Строки {rows}: ещё %n ячеек остались пустыми: у их формул нет значения.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows {rows}: formulas with no value left %n cell(s) empty.</source>
        <translation>
            <numerusform>Строки {rows}: %n ячейка осталась пустой: у её формулы нет значения.</numerusform>
            <numerusform>Строки {rows}: %n ячейки остались пустыми: у их формул нет значения.</numerusform>
            <numerusform>Строки {rows}: %n ячеек остались пустыми: у их формул нет значения.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was saved without calculating its formulas. To import their values, open it in Excel or LibreOffice, recalculate (Ctrl+Shift+F9), save it and import it again.</source>
        <translation>Файл сохранён без вычисления формул. Чтобы импортировать их значения, откройте файл в Excel или LibreOffice, пересчитайте (Ctrl+Shift+F9), сохраните его и импортируйте снова.</translation>
    </message>
</context>
<context>
    <name>ImportAgendaDialog</name>
    <message>
        <source>Import agenda — {file}</source>
        <translation>Импорт программы — {file}</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Столбцы файла</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Строки для импорта</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Replace the current agenda (%n item(s)) instead of adding to it</source>
        <translation>
            <numerusform>&amp;Заменить текущую программу (%n пункт), а не дополнить её</numerusform>
            <numerusform>&amp;Заменить текущую программу (%n пункта), а не дополнить её</numerusform>
            <numerusform>&amp;Заменить текущую программу (%n пунктов), а не дополнить её</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes about the file</source>
        <extracomment>What reading noticed and which columns are not imported.</extracomment>
        <translation>Замечания о файле</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Facilitator(s)</source>
        <translation>Модератор(ы)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Помещение</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>The file&apos;s dates ({first} to {last}) are not all days of this event ({start} to {end}).</source>
        <translation>Не все даты в файле (с {first} по {last}) входят в дни этого мероприятия (с {start} по {end}).</translation>
    </message>
    <message>
        <source>&amp;Move the dates: the file&apos;s first day ({first}) becomes the event&apos;s first day ({start})</source>
        <translation>&amp;Сдвинуть даты: первый день файла ({first}) станет первым днём мероприятия ({start})</translation>
    </message>
    <message>
        <source>&amp;Keep the dates as they are (the items are flagged as outside the event)</source>
        <translation>&amp;Оставить даты как есть (пункты будут отмечены как выходящие за дни мероприятия)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) will be imported.</source>
        <translation>
            <numerusform>Будет импортирован %n пункт.</numerusform>
            <numerusform>Будет импортировано %n пункта.</numerusform>
            <numerusform>Будет импортировано %n пунктов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported until every row is right. Fix the file (or the columns above) and try again.</source>
        <translation>Импорт невозможен, пока все строки не будут правильными. Исправьте файл (или столбцы выше) и попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Full name (first last)</source>
        <translation>Полное имя (имя фамилия)</translation>
    </message>
    <message>
        <source>Full name (last first)</source>
        <translation>Полное имя (фамилия имя)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Группа заинтересованных сторон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Предпочитаемый язык</translation>
    </message>
    <message>
        <source>Consent: may be listed</source>
        <translation>Согласие: указание в списке</translation>
    </message>
    <message>
        <source>Consent: photos</source>
        <translation>Согласие: фотосъёмка</translation>
    </message>
    <message>
        <source>Consent: contact afterwards</source>
        <translation>Согласие: связь после мероприятия</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Import registration list — {file}</source>
        <translation>Импорт списка предварительной записи — {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeat a person of an earlier row (a report lists every join) and are merged, not imported twice.</source>
        <translation>
            <numerusform>%n строка повторяет человека из более ранней строки (все объединения перечислены в отчёте) и объединяется с ней, а не импортируется повторно.</numerusform>
            <numerusform>%n строки повторяют людей из более ранних строк (все объединения перечислены в отчёте) и объединяются с ними, а не импортируются повторно.</numerusform>
            <numerusform>%n строк повторяют людей из более ранних строк (все объединения перечислены в отчёте) и объединяются с ними, а не импортируются повторно.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column in the file</source>
        <extracomment>How many rows the &quot;First values&quot; column samples.</extracomment>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Импортируется как</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Первые значения</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Соответствие столбцов</translation>
    </message>
    <message>
        <source>Not recognised: this column is not imported unless you choose a field.</source>
        <translation>Не распознан: этот столбец не импортируется, пока вы не выберете для него поле.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Organisation / e-mail</source>
        <translation>Организация / эл. почта</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Preview of the rows</source>
        <translation>Предварительный просмотр строк</translation>
    </message>
    <message>
        <source>Merge duplicates: add their new details</source>
        <translation>Объединять дубликаты: добавить новые сведения</translation>
    </message>
    <message>
        <source>Skip duplicates: keep what is there</source>
        <translation>Пропускать дубликаты: оставить имеющиеся данные</translation>
    </message>
    <message>
        <source>Import only the valid rows</source>
        <translation>Импортировать только правильные строки</translation>
    </message>
    <message>
        <source>&amp;Duplicates:</source>
        <translation>&amp;Дубликаты:</translation>
    </message>
    <message>
        <source>(column {number} without a header)</source>
        <translation>(столбец {number} без заголовка)</translation>
    </message>
    <message>
        <source>Import column {column} as</source>
        <translation>Импортировать столбец {column} как</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(не импортируется)</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n data row(s)</source>
        <translation>
            <numerusform>{file}: %n строка данных</numerusform>
            <numerusform>{file}: %n строки данных</numerusform>
            <numerusform>{file}: %n строк данных</numerusform>
        </translation>
    </message>
    <message>
        <source>text encoding {encoding}, separator “{separator}”</source>
        <translation>кодировка {encoding}, разделитель «{separator}»</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n новая запись</numerusform>
            <numerusform>%n новые записи</numerusform>
            <numerusform>%n новых записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged into existing entries</source>
        <translation>
            <numerusform>%n объединена с имеющимися записями</numerusform>
            <numerusform>%n объединены с имеющимися записями</numerusform>
            <numerusform>%n объединено с имеющимися записями</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped as duplicates</source>
        <translation>
            <numerusform>%n пропущена как дубликат</numerusform>
            <numerusform>%n пропущены как дубликаты</numerusform>
            <numerusform>%n пропущено как дубликаты</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Проверка {name}…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Импорт невозможен</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Form imported</source>
        <translation>Анкета импортирована</translation>
    </message>
    <message numerus="yes">
        <source>{file} was imported. %n part(s) of it could not be taken over:</source>
        <translation>
            <numerusform>Файл {file} импортирован. %n часть перенести не удалось:</numerusform>
            <numerusform>Файл {file} импортирован. %n части перенести не удалось:</numerusform>
            <numerusform>Файл {file} импортирован. %n частей перенести не удалось:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Edit agenda item</source>
        <translation>Изменение пункта программы</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Новый пункт программы</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Имена через запятую</translation>
    </message>
    <message>
        <source>&amp;Fixed time: keep this time when earlier items change</source>
        <translation>&amp;Фиксированное время: не сдвигать при изменении предыдущих пунктов</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <source>&amp;Start – end:</source>
        <translation>&amp;Время (начало – конец):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>F&amp;acilitator(s):</source>
        <translation>&amp;Модератор(ы):</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Помещение:</translation>
    </message>
    <message>
        <source>Descri&amp;ption / goal:</source>
        <translation>&amp;Описание / цель:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Время окончания</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Продолжительность в минутах</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Changing it moves the end time.</source>
        <translation>При изменении сдвигается время окончания.</translation>
    </message>
    <message>
        <source>A fixed item keeps its time when earlier items change length.</source>
        <translation>Фиксированный пункт сохраняет своё время, когда меняется продолжительность предыдущих пунктов.</translation>
    </message>
    <message>
        <source>Published plan: {day}, {start}–{end}. Changes here move the expected times; the published plan stays as it was announced.</source>
        <translation>Опубликованный план: {day}, {start}–{end}. Изменения здесь сдвигают ожидаемое время; опубликованный план остаётся таким, каким был объявлен.</translation>
    </message>
</context>
<context>
    <name>KeyboardHelp</name>
    <message>
        <source>Everywhere</source>
        <translation>Везде</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Paper forms and kiosk</source>
        <translation>Бумажные анкеты и киоск</translation>
    </message>
    <message>
        <source>Agenda, Check-in, Notes, Evaluation</source>
        <translation>Программа, Регистрация, Заметки, Оценка</translation>
    </message>
    <message>
        <source>Search on the current tab</source>
        <translation>Поиск на текущей вкладке</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Edit the event</source>
        <translation>Изменить мероприятие</translation>
    </message>
    <message>
        <source>Undo the last edit (its name is in the Edit menu)</source>
        <translation>Отменить последнее изменение (его название показано в меню «Правка»)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Start the next agenda item</source>
        <translation>Начать следующий пункт программы</translation>
    </message>
    <message>
        <source>Stop the running agenda item</source>
        <translation>Остановить текущий пункт программы</translation>
    </message>
    <message>
        <source>Export the event workbook</source>
        <translation>Экспортировать книгу Excel мероприятия</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Этот список</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Letters, then Enter</source>
        <translation>Буквы, затем Enter</translation>
    </message>
    <message>
        <source>Check in the only person matching; when several match, a numbered list opens</source>
        <translation>Зарегистрировать единственного подходящего участника; если подходят несколько, открывается нумерованный список</translation>
    </message>
    <message>
        <source>Check in that person from the numbered list</source>
        <translation>Зарегистрировать этого участника из нумерованного списка</translation>
    </message>
    <message>
        <source>Arrow keys, Page Up/Down</source>
        <translation>Клавиши со стрелками, Page Up/Down</translation>
    </message>
    <message>
        <source>Move through the list; Enter checks in</source>
        <translation>Перемещение по списку; Enter регистрирует</translation>
    </message>
    <message>
        <source>Close the numbered list, or clear the search</source>
        <translation>Закрыть нумерованный список или очистить поиск</translation>
    </message>
    <message>
        <source>Add a walk-in (from what was typed)</source>
        <translation>Добавить участника без предварительной записи (из введённого текста)</translation>
    </message>
    <message>
        <source>Edit the highlighted participant</source>
        <translation>Изменить выделенного участника</translation>
    </message>
    <message>
        <source>Delete the selected participants</source>
        <translation>Удалить выбранных участников</translation>
    </message>
    <message>
        <source>Add an agenda item</source>
        <translation>Добавить пункт программы</translation>
    </message>
    <message>
        <source>Duplicate the item</source>
        <translation>Дублировать пункт</translation>
    </message>
    <message>
        <source>Move the item</source>
        <translation>Переместить пункт</translation>
    </message>
    <message>
        <source>Enter actual times</source>
        <translation>Ввести фактическое время</translation>
    </message>
    <message>
        <source>Previous or next day</source>
        <translation>Предыдущий или следующий день</translation>
    </message>
    <message>
        <source>Kind of note</source>
        <translation>Тип заметки</translation>
    </message>
    <message>
        <source>Save the note and start the next</source>
        <translation>Сохранить заметку и начать следующую</translation>
    </message>
    <message>
        <source>Answer the question (a rating moves on to the next question)</source>
        <translation>Ответить на вопрос (после оценки — переход к следующему вопросу)</translation>
    </message>
    <message>
        <source>Save the paper form and open a blank one</source>
        <translation>Сохранить бумажную анкету и открыть пустую</translation>
    </message>
    <message>
        <source>Previous or next response already entered</source>
        <translation>Предыдущий или следующий уже введённый ответ</translation>
    </message>
    <message>
        <source>Start the evaluation kiosk</source>
        <translation>Запустить киоск оценки</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Where each key works, the key, and what it does</source>
        <translation>Где работает каждое сочетание, сами клавиши и их действие</translation>
    </message>
</context>
<context>
    <name>KioskSetupDialog</name>
    <message>
        <source>Start kiosk</source>
        <translation>Запуск киоска</translation>
    </message>
    <message>
        <source>Participants will answer “{form}” full screen. Nothing else of the app can be reached until this PIN is typed.</source>
        <translation>Участники будут отвечать на анкету «{form}» в полноэкранном режиме. Остальные функции приложения будут недоступны, пока не введён этот PIN-код.</translation>
    </message>
    <message>
        <source>&amp;PIN (at least 4 digits):</source>
        <translation>PIN-&amp;код (не менее 4 цифр):</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>PIN-код &amp;ещё раз:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN-код ещё раз</translation>
    </message>
    <message>
        <source>&amp;One question (or group) per page, with Back and Next</source>
        <translation>&amp;По одному вопросу (или группе) на странице, с кнопками «Назад» и «Далее»</translation>
    </message>
    <message>
        <source>The PIN is at least 4 digits.</source>
        <translation>PIN-код должен содержать не менее 4 цифр.</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>PIN-коды не совпадают; введите один и тот же PIN-код дважды.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Facilitator</source>
        <extracomment>How often the kiosk checks that it is still shown full screen on top (a window manager can iconify it, send it to another desktop, or show the desktop).</extracomment>
        <translation>Модератор</translation>
    </message>
    <message>
        <source>Facilitator: leave the kiosk with the PIN</source>
        <translation>Модератор: выход из киоска по PIN-коду</translation>
    </message>
    <message>
        <source>Facilitator PIN to leave the kiosk:</source>
        <extracomment>A form left half-filled is cleared for the next person after a while.</extracomment>
        <translation>PIN-код модератора для выхода из киоска:</translation>
    </message>
    <message>
        <source>Facilitator PIN</source>
        <translation>PIN-код модератора</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Вернуться к анкете</translation>
    </message>
    <message>
        <source>Leave kiosk</source>
        <translation>Выйти из киоска</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Please tell the facilitator.</source>
        <translation>Не сохранено: {reason}. Пожалуйста, сообщите модератору.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again in a minute.</source>
        <translation>Слишком много неверных PIN-кодов: повторите попытку через минуту.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Try again in %n second(s).</source>
        <translation>
            <numerusform>Неверный PIN-код. Повторите попытку через %n секунду.</numerusform>
            <numerusform>Неверный PIN-код. Повторите попытку через %n секунды.</numerusform>
            <numerusform>Неверный PIN-код. Повторите попытку через %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Dialogue event</source>
        <translation>Диалоговое мероприятие</translation>
    </message>
    <message>
        <source>Training seminar</source>
        <translation>Обучающий семинар</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Идёт</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Пленарное заседание</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Панельная дискуссия</translation>
    </message>
    <message>
        <source>Group discussion</source>
        <translation>Обсуждение в группах</translation>
    </message>
    <message>
        <source>World café</source>
        <translation>Мировое кафе</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Практикум</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Обед</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Нетворкинг</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation>Орган государственной власти или местного самоуправления</translation>
    </message>
    <message>
        <source>Immigrant or ethnic-minority association</source>
        <translation>Объединение иммигрантов или национальных меньшинств</translation>
    </message>
    <message>
        <source>Consultative body</source>
        <translation>Консультативный орган</translation>
    </message>
    <message>
        <source>Research institution</source>
        <translation>Исследовательское учреждение</translation>
    </message>
    <message>
        <source>NGO / civil society</source>
        <translation>НКО / гражданское общество</translation>
    </message>
    <message>
        <source>Other stakeholder</source>
        <translation>Другая заинтересованная сторона</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>На входе</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Без предварительной записи</translation>
    </message>
    <message>
        <source>Paper list</source>
        <translation>Бумажный список</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Key point</source>
        <translation>Ключевой момент</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнена</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Балльная шкала</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Один вариант ответа</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Несколько вариантов ответа</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Да / нет</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Short text</source>
        <translation>Короткий текст</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>Длинный текст</translation>
    </message>
    <message>
        <source>Section heading</source>
        <translation>Заголовок раздела</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ранжирование</translation>
    </message>
    <message>
        <source>Calculated (not shown)</source>
        <translation>Вычисляемое (не показывается)</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Киоск</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импорт</translation>
    </message>
</context>
<context>
    <name>LaptopNameDialog</name>
    <message>
        <source>Name this laptop</source>
        <translation>Назовите этот ноутбук</translation>
    </message>
    <message>
        <source>The other laptops and the coordinator&apos;s workbook show this name beside everything recorded here. Choose one people will recognise, for example “Door 2” or “Kiosk”.</source>
        <translation>Другие ноутбуки и рабочая книга координатора показывают это имя рядом со всем, что записано здесь. Выберите имя, которое люди узнают, например «Вход 2» или «Киоск».</translation>
    </message>
    <message>
        <source>For example: Door 2</source>
        <translation>Например: Вход 2</translation>
    </message>
    <message>
        <source>This laptop&apos;s name</source>
        <translation>Имя этого ноутбука</translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation>Использовать это имя</translation>
    </message>
    <message>
        <source>Keep “{name}”</source>
        <translation>Оставить «{name}»</translation>
    </message>
    <message>
        <source>Another laptop of this event is already called “{name}”. Choose a name only this laptop has, so the workbook can tell them apart.</source>
        <translation>Другой ноутбук этого мероприятия уже называется «{name}». Выберите имя, которое есть только у этого ноутбука, чтобы в рабочей книге их можно было различить.</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>End ■</source>
        <translation>Завершить ■</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Следующий ▶</translation>
    </message>
    <message>
        <source>Start ▶</source>
        <translation>Начать ▶</translation>
    </message>
    <message>
        <source>Now running (since {time}):</source>
        <translation>Сейчас идёт (с {time}):</translation>
    </message>
    <message>
        <source>Ends the running item now (Shift+F5).</source>
        <translation>Завершает текущий пункт сейчас (Shift+F5).</translation>
    </message>
    <message>
        <source>Over time; {elapsed} elapsed</source>
        <translation>Время превышено; прошло: {elapsed}</translation>
    </message>
    <message>
        <source>{over} over time, {elapsed} elapsed</source>
        <translation>Превышение: {over}, прошло: {elapsed}</translation>
    </message>
    <message>
        <source>Time left; {elapsed} elapsed</source>
        <translation>Оставшееся время; прошло: {elapsed}</translation>
    </message>
    <message>
        <source>{left} left, {elapsed} elapsed</source>
        <translation>Осталось: {left}, прошло: {elapsed}</translation>
    </message>
    <message>
        <source>Nothing is running.</source>
        <translation>Сейчас ничего не идёт.</translation>
    </message>
    <message>
        <source>Press F5 to start the next item.</source>
        <translation>Нажмите F5, чтобы начать следующий пункт.</translation>
    </message>
    <message>
        <source>The agenda is empty.</source>
        <translation>Программа пуста.</translation>
    </message>
    <message>
        <source>Next: {title} at {time}</source>
        <translation>Далее: {title} в {time}</translation>
    </message>
    <message>
        <source>(expected {time})</source>
        <translation>(ожидается в {time})</translation>
    </message>
    <message>
        <source>No more items to start.</source>
        <translation>Пунктов, которые можно начать, больше нет.</translation>
    </message>
    <message>
        <source>No delay</source>
        <translation>Без задержки</translation>
    </message>
    <message>
        <source>Day end not known yet</source>
        <translation>Окончание дня пока неизвестно</translation>
    </message>
    <message>
        <source>Closed: nothing runs any more.</source>
        <translation>Завершено: больше ничего не идёт.</translation>
    </message>
    <message>
        <source>The event is closed.</source>
        <translation>Мероприятие завершено.</translation>
    </message>
</context>
<context>
    <name>LogicEditor</name>
    <message>
        <source>Asked only &amp;if:</source>
        <extracomment>(logic key, is an expression)</extracomment>
        <translation>&amp;Задаётся, только если:</translation>
    </message>
    <message>
        <source>Required if:</source>
        <translation>Обязателен, если:</translation>
    </message>
    <message>
        <source>Allowed answer (c&amp;onstraint):</source>
        <translation>Допустимый ответ (о&amp;граничение):</translation>
    </message>
    <message>
        <source>Choice &amp;filter:</source>
        <translation>&amp;Фильтр вариантов:</translation>
    </message>
    <message>
        <source>Calculation:</source>
        <translation>Вычисление:</translation>
    </message>
    <message>
        <source>Default answer:</source>
        <translation>Ответ по умолчанию:</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>Отображение:</translation>
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
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Even&amp;t</source>
        <translation>&amp;Мероприятие</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Новое мероприятие…</translation>
    </message>
    <message>
        <source>&amp;Edit event…</source>
        <translation>&amp;Изменить мероприятие…</translation>
    </message>
    <message>
        <source>&amp;Delete event…</source>
        <translation>&amp;Удалить мероприятие…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Practice &amp;mode</source>
        <translation>&amp;Тренировочный режим</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;Reset practice…</source>
        <translation>С&amp;бросить тренировочные данные…</translation>
    </message>
    <message>
        <source>&amp;Undo {edit}</source>
        <translation>&amp;Отменить: {edit}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo {edit}</source>
        <translation>&amp;Повторить: {edit}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <extracomment>The Event menu&apos;s submenus, one per tab (in tab order), by key.</extracomment>
        <translation>&amp;Программа</translation>
    </message>
    <message>
        <source>&amp;Check-in and participants</source>
        <translation>&amp;Регистрация и участники</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <source>E&amp;valuation</source>
        <translation>&amp;Оценка</translation>
    </message>
    <message>
        <source>&amp;Sharing and sync</source>
        <translation>&amp;Совместная работа и синхронизация</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>&amp;About Dialogue Desk</source>
        <translation>&amp;О программе Dialogue Desk</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Открыть &amp;папку данных</translation>
    </message>
    <message>
        <source>Event:</source>
        <extracomment>The user asked to enter (True) or leave (False) practice mode; the app controller swaps the store and the window.
----------
The door shown from the plain read (``show_door``) until ``attach``, else None. The id of the event whose door was shown before the store was open. The tabs built so far, by index (all four once ``tabs_loaded``). What is still to build, one piece per event-loop turn (``attach(in_steps=True)``).</extracomment>
        <translation>Мероприятие:</translation>
    </message>
    <message>
        <source>Current event</source>
        <translation>Текущее мероприятие</translation>
    </message>
    <message>
        <source>Event tabs</source>
        <translation>Вкладки мероприятия</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>Открытие файла данных…</translation>
    </message>
    <message>
        <source>Store: {path}</source>
        <translation>Файл данных: {path}</translation>
    </message>
    <message>
        <source>Event created.</source>
        <translation>Мероприятие создано.</translation>
    </message>
    <message>
        <source>Its agenda items ({agenda_items}), participants ({participants}) with their check-ins ({check_ins}), notes ({notes}) and evaluation forms ({forms}) with their responses ({responses}) are deleted with it.</source>
        <translation>Вместе с мероприятием будут удалены его пункты программы ({agenda_items}), участники ({participants}) и их регистрации ({check_ins}), заметки ({notes}), а также анкеты оценки ({forms}) и ответы на них ({responses}).</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Удалить мероприятие</translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>Удалить «{title}»?</translation>
    </message>
    <message>
        <source>A backup of the store is kept in the backups folder.</source>
        <translation>Перед удалением создаётся резервная копия файла данных; она хранится в папке резервных копий (backups).</translation>
    </message>
    <message>
        <source>Event deleted.</source>
        <translation>Мероприятие удалено.</translation>
    </message>
    <message>
        <source>{event} · closed</source>
        <translation>{event} · закрыто</translation>
    </message>
    <message>
        <source>About Dialogue Desk</source>
        <translation>О программе Dialogue Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dialogue Desk {version}&lt;/h3&gt;&lt;p&gt;The offline companion for facilitators of integration dialogue.&lt;/p&gt;&lt;p&gt;Data folder:&lt;br&gt;&lt;code&gt;{data}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Store:&lt;br&gt;&lt;code&gt;{store}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dialogue Desk {version}&lt;/h3&gt;&lt;p&gt;Офлайн-помощник модераторов диалога по вопросам интеграции.&lt;/p&gt;&lt;p&gt;Папка данных:&lt;br&gt;&lt;code&gt;{data}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Файл данных:&lt;br&gt;&lt;code&gt;{store}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Лицензия: EUPL-1.2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reset practice</source>
        <translation>Сброс тренировочных данных</translation>
    </message>
    <message>
        <source>Start the practice event afresh? Everything done in practice is removed; your real events are not touched.</source>
        <translation>Начать тренировочное мероприятие заново? Всё, что сделано в тренировочном режиме, будет удалено; ваши настоящие мероприятия не затрагиваются.</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Тренировочный режим</translation>
    </message>
    <message>
        <source>No event open.</source>
        <translation>Мероприятие не открыто.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n пункт программы</numerusform>
            <numerusform>%n пункта программы</numerusform>
            <numerusform>%n пунктов программы</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchChooser</name>
    <message>
        <source>(already here since {time})</source>
        <extracomment>How many matches the chooser offers (one digit key each).</extracomment>
        <translation>(уже на месте с {time})</translation>
    </message>
    <message>
        <source>People to choose from</source>
        <translation>Варианты для выбора</translation>
    </message>
    <message numerus="yes">
        <source>%n people match “{query}”. Press 1–{count} to check in one of the best {count}, or type more letters.</source>
        <translation>
            <numerusform>Запросу «{query}» соответствует %n человек. Нажмите 1–{count}, чтобы зарегистрировать кого-то из {count} наиболее подходящих, или введите больше букв.</numerusform>
            <numerusform>Запросу «{query}» соответствуют %n человека. Нажмите 1–{count}, чтобы зарегистрировать кого-то из {count} наиболее подходящих, или введите больше букв.</numerusform>
            <numerusform>Запросу «{query}» соответствуют %n человек. Нажмите 1–{count}, чтобы зарегистрировать кого-то из {count} наиболее подходящих, или введите больше букв.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people match “{query}”. Press 1–{count} to check in the right one, or type more letters.</source>
        <translation>
            <numerusform>Запросу «{query}» соответствует %n человек. Нажмите 1–{count}, чтобы зарегистрировать нужного, или введите больше букв.</numerusform>
            <numerusform>Запросу «{query}» соответствуют %n человека. Нажмите 1–{count}, чтобы зарегистрировать нужного, или введите больше букв.</numerusform>
            <numerusform>Запросу «{query}» соответствуют %n человек. Нажмите 1–{count}, чтобы зарегистрировать нужного, или введите больше букв.</numerusform>
        </translation>
    </message>
    <message>
        <source>No one on the list matches “{query}”. Did you mean this person? Press 1 to check them in, or {key} to add a walk-in.</source>
        <translation>В списке нет никого, кто соответствует запросу «{query}». Возможно, вы имели в виду этого человека? Нажмите 1, чтобы зарегистрировать, или {key}, чтобы добавить участника без предварительной записи.</translation>
    </message>
    <message>
        <source>No one on the list matches “{query}”. Did you mean one of these? Press 1–{count} to check in, or {key} to add a walk-in.</source>
        <translation>В списке нет никого, кто соответствует запросу «{query}». Возможно, вы имели в виду кого-то из этих людей? Нажмите 1–{count}, чтобы зарегистрировать, или {key}, чтобы добавить участника без предварительной записи.</translation>
    </message>
</context>
<context>
    <name>MergeReview</name>
    <message>
        <source>What</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Относится к</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Показано сейчас</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Другая версия</translation>
    </message>
    <message>
        <source>Probable duplicate</source>
        <translation>Вероятный дубликат</translation>
    </message>
    <message>
        <source>{name} (added on {device})</source>
        <translation>{name} (добавлено на устройстве {device})</translation>
    </message>
    <message>
        <source>Edited on two laptops: {field}</source>
        <translation>Изменено на двух ноутбуках: {field}</translation>
    </message>
    <message>
        <source>{value} (from {device})</source>
        <translation>{value} (с устройства {device})</translation>
    </message>
</context>
<context>
    <name>MergeReviewDialog</name>
    <message>
        <source>Merge review</source>
        <translation>Проверка слияния</translation>
    </message>
    <message>
        <source>Lines to review</source>
        <translation>Строки для проверки</translation>
    </message>
    <message>
        <source>&amp;Keep what is shown</source>
        <translation>&amp;Оставить показанное</translation>
    </message>
    <message>
        <source>Keep the &amp;other version</source>
        <translation>Оставить &amp;другую версию</translation>
    </message>
    <message>
        <source>&amp;Merge the two people</source>
        <translation>Объ&amp;единить этих двух людей</translation>
    </message>
    <message>
        <source>Keep what is shown</source>
        <translation>Оставить показанное</translation>
    </message>
    <message>
        <source>Keep the other version</source>
        <translation>Оставить другую версию</translation>
    </message>
    <message>
        <source>Merge two people</source>
        <translation>Объединить двух людей</translation>
    </message>
    <message>
        <source>Nothing to review: every merge so far decided itself.</source>
        <translation>Проверять нечего: все слияния до сих пор разрешились автоматически.</translation>
    </message>
    <message>
        <source>These differed between laptops. What is shown now stays unless you choose otherwise; every choice can be undone with Edit → Undo.</source>
        <translation>Эти данные на ноутбуках различались. Показанное сейчас сохраняется, если вы не выберете иное; любой выбор можно отменить (Правка → Отменить).</translation>
    </message>
    <message>
        <source>&amp;Keep both: they are different people</source>
        <translation>Оставить о&amp;боих: это разные люди</translation>
    </message>
</context>
<context>
    <name>NoteCommands</name>
    <message>
        <source>Delete note</source>
        <translation>Удаление заметки</translation>
    </message>
    <message>
        <source>Move note</source>
        <translation>Перемещение заметки</translation>
    </message>
    <message>
        <source>Mark action item done</source>
        <translation>Отметка задачи как выполненной</translation>
    </message>
    <message>
        <source>Reopen action item</source>
        <translation>Повторное открытие задачи</translation>
    </message>
    <message>
        <source>Move note to another agenda item</source>
        <translation>Перенос заметки в другой пункт программы</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Sai&amp;d by:</source>
        <extracomment>Save after this long without typing... ...and at the latest this long after the first unsaved change, however fast the typing. After a failed save (disk full, store busy) try again this often; the text stays in the editor. A note was committed to the store (the record as saved). Ctrl+Enter: the note is finished; the editor now holds a new, empty note. Where the note in hand goes (its agenda item when it was started): it stays whole there even when the running item changes meanwhile (F5 while typing).</extracomment>
        <translation>&amp;Кто сказал:</translation>
    </message>
    <message>
        <source>Autho&amp;r:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общее</translation>
    </message>
    <message>
        <source>New note — {where}</source>
        <translation>Новая заметка — {where}</translation>
    </message>
    <message>
        <source>Note of {time} — {where}</source>
        <translation>Заметка от {time} — {where}</translation>
    </message>
    <message>
        <source>(Ctrl+Enter: the next note goes to {next})</source>
        <translation>(Ctrl+Enter: следующая заметка — {next})</translation>
    </message>
    <message>
        <source>⚠ Not saved: {reason}</source>
        <translation>⚠ Не сохранено: {reason}</translation>
    </message>
    <message>
        <source>Typing…</source>
        <translation>Ввод…</translation>
    </message>
    <message>
        <source>✓ Saved {time}</source>
        <translation>✓ Сохранено в {time}</translation>
    </message>
    <message>
        <source>Mark as {kind} (Alt+{n})</source>
        <translation>Отметить как «{kind}» (Alt+{n})</translation>
    </message>
    <message>
        <source>Type the note. Ctrl+Enter starts the next one; Alt+1…6 mark the kind.</source>
        <translation>Введите заметку. Ctrl+Enter начинает следующую; Alt+1…6 задают тип.</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Текст заметки</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Author or speaker</source>
        <translation>Автор или выступающий</translation>
    </message>
    <message>
        <source>Chatham House rule: notes and quotes are not attributed.</source>
        <translation>Правило Чатем-хауса: авторство заметок и цитат не указывается.</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>General</source>
        <translation>Общее</translation>
    </message>
    <message>
        <source>This note no longer exists.</source>
        <extracomment>Longest note accepted; far beyond any real note, it keeps a pasted book out of the store.</extracomment>
        <translation>Этой заметки больше нет.</translation>
    </message>
    <message>
        <source>The owner can be at most {n} characters.</source>
        <translation>Имя ответственного — не более {n} символов.</translation>
    </message>
    <message>
        <source>The organisation can be at most {n} characters.</source>
        <translation>Название организации — не более {n} символов.</translation>
    </message>
    <message>
        <source>A note can be at most {n} characters.</source>
        <translation>Заметка — не более {n} символов.</translation>
    </message>
    <message>
        <source>The name can be at most {n} characters.</source>
        <translation>Имя — не более {n} символов.</translation>
    </message>
    <message>
        <source>This agenda item no longer exists.</source>
        <translation>Этого пункта программы больше нет.</translation>
    </message>
    <message>
        <source>This note is not an action item.</source>
        <translation>Эта заметка не является задачей.</translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <extracomment>(agenda item id or None for General, the text to show) for the &quot;Move to&quot; menu. A closed event: notes can be read and searched, not changed.</extracomment>
        <translation>
            <numerusform>%n заметка</numerusform>
            <numerusform>%n заметки</numerusform>
            <numerusform>%n заметок</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to agenda item</source>
        <translation>Перенести в пункт программы</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Edit the selected note (Enter or F2)</source>
        <translation>Изменить выбранную заметку (Enter или F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected note (Del); Ctrl+Z undoes</source>
        <translation>Удалить выбранную заметку (Del); Ctrl+Z отменяет удаление</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move the selected note up (Alt+Up)</source>
        <translation>Переместить выбранную заметку вверх (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Move the selected note down (Alt+Down)</source>
        <translation>Переместить выбранную заметку вниз (Alt+Down)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Enter or F2 edits the selected note, Del deletes it, Alt+Up/Down move it.</source>
        <translation>Enter или F2 — изменить выбранную заметку, Del — удалить её, Alt+Up/Down — переместить.</translation>
    </message>
    <message>
        <source>Number of notes</source>
        <translation>Число заметок</translation>
    </message>
</context>
<context>
    <name>NotesModels</name>
    <message>
        <source>Time</source>
        <extracomment>Role giving the record (Section or NoteRecord) of a row. How much of a note a list row shows; the editor and the tooltip show more.</extracomment>
        <translation>Время</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Said by</source>
        <translation>Кто сказал</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Пункт программы</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Running now: new notes go here.</source>
        <translation>Идёт сейчас: новые заметки попадают сюда.</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>срок: {date}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочена</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Notes</source>
        <extracomment>The running agenda item moves, Chatham House is switched, undo/redo changes notes. True while the list follows the running item by itself (F5), not by the user&apos;s click.</extracomment>
        <translation>Заметки</translation>
    </message>
    <message numerus="yes">
        <source>Action items (%n open)</source>
        <translation>
            <numerusform>Задачи (%n открыта)</numerusform>
            <numerusform>Задачи (%n открыты)</numerusform>
            <numerusform>Задачи (%n открыто)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <extracomment>The closed banner: dark text on light grey with a lock, so it does not rely on colour.</extracomment>
        <translation>П&amp;рограмма</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Пункты программы</translation>
    </message>
    <message>
        <source>Search all notes of the event (Ctrl+F)</source>
        <translation>Поиск по всем заметкам мероприятия (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Поиск заметок</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>Show notes of kind</source>
        <translation>Показать заметки типа</translation>
    </message>
    <message>
        <source>Chatham House ru&amp;le</source>
        <translation>Правило &amp;Чатем-хауса</translation>
    </message>
    <message>
        <source>Chatham House ru&amp;le (no attribution)</source>
        <translation>Правило &amp;Чатем-хауса (без указания авторства)</translation>
    </message>
    <message>
        <source>When on, notes and quotes carry no names and exports never attribute.</source>
        <translation>Если включено, в заметках и цитатах не указываются имена, а в экспорте — авторство.</translation>
    </message>
    <message>
        <source>&amp;Action items overview</source>
        <translation>&amp;Обзор задач</translation>
    </message>
    <message>
        <source>Notes and action items</source>
        <translation>Заметки и задачи</translation>
    </message>
    <message>
        <source>New notes go to the selected item; it follows the running item.</source>
        <translation>Новые заметки относятся к выбранному пункту; при смене текущего пункта выбор переходит на него.</translation>
    </message>
    <message>
        <source>This event is closed: its notes can be read and searched, not changed. Reopen the event (File → Reopen event) to change them.</source>
        <translation>Это мероприятие завершено: его заметки можно читать и искать, но не изменять. Чтобы изменить их, возобновите мероприятие (Файл → Возобновить мероприятие).</translation>
    </message>
    <message>
        <source>Event closed</source>
        <translation>Мероприятие завершено</translation>
    </message>
</context>
<context>
    <name>OpenLocation</name>
    <message>
        <source>Could not open it</source>
        <translation>Не удалось открыть</translation>
    </message>
    <message>
        <source>No program on this computer could open {path}. Open it from your file manager: the path is copied, paste it into the address bar.</source>
        <translation>Ни одна программа на этом компьютере не смогла открыть {path}. Откройте его в файловом менеджере: путь скопирован, вставьте его в адресную строку.</translation>
    </message>
</context>
<context>
    <name>PaperEntry</name>
    <message>
        <source>Paper form &amp;language:</source>
        <extracomment>Index into ``responses`` of the one shown; len(responses) is the blank new one.</extracomment>
        <translation>&amp;Язык бумажной анкеты:</translation>
    </message>
    <message>
        <source>◀ Previous (PgUp)</source>
        <translation>◀ Предыдущий (PgUp)</translation>
    </message>
    <message>
        <source>Next (PgDn) ▶</source>
        <translation>Следующий (PgDn) ▶</translation>
    </message>
    <message>
        <source>New (Ctrl+End)</source>
        <translation>Новый (Ctrl+End)</translation>
    </message>
    <message>
        <source>Delete response (Ctrl+Del)</source>
        <translation>Удалить ответ (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Save and next (Ctrl+Enter)</source>
        <translation>Сохранить и далее (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Choose or create a form first.</source>
        <translation>Сначала выберите или создайте анкету.</translation>
    </message>
    <message>
        <source>New response (number {n})</source>
        <translation>Новый ответ (номер {n})</translation>
    </message>
    <message>
        <source>Response {n} of {total} ({channel})</source>
        <translation>Ответ {n} из {total} ({channel})</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) so far</source>
        <translation>
            <numerusform>Пока %n ответ</numerusform>
            <numerusform>Пока %n ответа</numerusform>
            <numerusform>Пока %n ответов</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: correct the marked answers.</source>
        <translation>Не сохранено: исправьте отмеченные ответы.</translation>
    </message>
    <message>
        <source>Response {n} changed.</source>
        <translation>Ответ {n} изменён.</translation>
    </message>
    <message>
        <source>Response {n} saved; here is a blank form.</source>
        <translation>Ответ {n} сохранён; перед вами пустая анкета.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Response {n} deleted (Ctrl+Z brings it back).</source>
        <translation>Ответ {n} удалён (Ctrl+Z вернёт его).</translation>
    </message>
</context>
<context>
    <name>PaperMarksDialog</name>
    <message>
        <source>Enter paper sign-in marks</source>
        <translation>Внесение отметок из бумажного списка</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>Время прихода</translation>
    </message>
    <message numerus="yes">
        <source>%n selected participant(s) will be marked present on {day}.</source>
        <translation>
            <numerusform>%n выбранный участник будет отмечен присутствующим {day}.</numerusform>
            <numerusform>%n выбранных участника будут отмечены присутствующими {day}.</numerusform>
            <numerusform>%n выбранных участников будут отмечены присутствующими {day}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrival &amp;time:</source>
        <translation>&amp;Время прихода:</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Edit participant</source>
        <translation>Изменение участника</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Добавление участника</translation>
    </message>
    <message>
        <source>EE, LV, SE…</source>
        <translation>EE, LV, SE…</translation>
    </message>
    <message>
        <source>May be listed in the report</source>
        <translation>Согласие на указание в отчёте</translation>
    </message>
    <message>
        <source>Agrees to photos</source>
        <translation>Согласие на фотосъёмку</translation>
    </message>
    <message>
        <source>May be contacted after the event</source>
        <translation>Согласие на связь после мероприятия</translation>
    </message>
    <message>
        <source>Walk-in (not pre-registered)</source>
        <translation>Без предварительной записи</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group:</source>
        <translation>&amp;Группа заинтересованных сторон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>Preferred lan&amp;guage:</source>
        <translation>&amp;Предпочитаемый язык:</translation>
    </message>
    <message>
        <source>Consents:</source>
        <translation>Согласия:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>При&amp;мечания:</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Registration: walk-ins are marked with a plus sign</source>
        <extracomment>The participant id of a row. The row&apos;s ParticipantRecord. Whether the row&apos;s person is checked in on the shown day. Everyone, in the current sort order. Everyone by participant id (built once per reload). The rows shown: everyone, or the matches ranked best first. The id-to-row map of everyone (the list shown after each arrival), kept until the order or the people change.</extracomment>
        <translation>Предварительная запись: участники без предварительной записи отмечены знаком «плюс»</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>На месте</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Группа заинтересованных сторон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Регистрация пройдена</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Регистрация не пройдена</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Без предварительной записи</translation>
    </message>
    <message>
        <source>Pre-registered</source>
        <translation>По предварительной записи</translation>
    </message>
    <message>
        <source>Checked in at {time} ({method})</source>
        <translation>Регистрация в {time} ({method})</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>A participant needs a first or a last name.</source>
        <extracomment>Everyone involved as they were before the merge (the kept person first), for undo.</extracomment>
        <translation>Укажите имя или фамилию участника.</translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address.</source>
        <translation>«{email}» не является адресом эл. почты.</translation>
    </message>
    <message>
        <source>The country is a two-letter code such as EE, LV or SE.</source>
        <translation>Страна указывается двухбуквенным кодом, например EE, LV или SE.</translation>
    </message>
    <message>
        <source>The preferred language is a code such as et, lv, sv, ru or en.</source>
        <translation>Предпочитаемый язык указывается кодом, например et, lv, sv, ru или en.</translation>
    </message>
    <message>
        <source>This participant no longer exists (id {id}).</source>
        <translation>Этого участника больше нет (ID {id}).</translation>
    </message>
    <message>
        <source>Choose at least two participants to merge.</source>
        <translation>Выберите не менее двух участников для объединения.</translation>
    </message>
    <message>
        <source>Only participants of one event can be merged.</source>
        <translation>Объединять можно только участников одного мероприятия.</translation>
    </message>
</context>
<context>
    <name>ParticipantsImport</name>
    <message>
        <source>and {n} more</source>
        <extracomment>identity_keys of the rows being imported, computed once for planning and applying. Cleared after every apply, so no list stays in memory. Longest list of row numbers a message spells out before saying &quot;and N more&quot;. A registration list read (and perhaps planned): one row per line of the file. Rows that repeat a person of an earlier row of the file (Zoom joins, re-registrations), merged into that row or skipped; counted in ``merged`` / ``skipped`` too.</extracomment>
        <translation>и ещё {n}</translation>
    </message>
    <message>
        <source>{file}: the file cannot be read ({reason}).</source>
        <translation>{file}: не удаётся прочитать файл ({reason}).</translation>
    </message>
    <message>
        <source>Same person as row {row}</source>
        <translation>Тот же человек, что в строке {row}</translation>
    </message>
    <message>
        <source>Already registered as {name}</source>
        <translation>Уже записан(а) как {name}</translation>
    </message>
    <message>
        <source>The column “{header}” was not imported: it records consent to the online meeting being recorded (in a Zoom report, everyone who stayed after the recording notice), not consent to photos at the event. Ask for photo consent separately.</source>
        <translation>Столбец «{header}» не импортирован: он означает согласие на запись онлайн-встречи (в отчёте Zoom — все, кто остался после уведомления о записи), а не согласие на фотосъёмку на мероприятии. Спросите согласие на фотосъёмку отдельно.</translation>
    </message>
    <message>
        <source>It looks like a programme (dates and times); import it as the agenda instead.</source>
        <translation>Похоже, это программа (даты и время); импортируйте её как программу мероприятия.</translation>
    </message>
    <message>
        <source>names</source>
        <translation>имена</translation>
    </message>
    <message>
        <source>{file}: the file has a header row but no people.</source>
        <translation>{file}: в файле есть строка заголовков, но нет людей.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>без имени</translation>
    </message>
    <message>
        <source>Rows {rows}: the e-mail address is not valid and was left out.</source>
        <translation>Строки {rows}: адрес эл. почты недействителен и не импортирован.</translation>
    </message>
    <message>
        <source>Rows {rows}: the stakeholder group was not recognised; set to Other.</source>
        <translation>Строки {rows}: группа заинтересованных сторон не распознана; указано «Другая заинтересованная сторона».</translation>
    </message>
    <message>
        <source>Rows {rows}: the country “{value}” was not recognised and was left out.</source>
        <translation>Строки {rows}: страна «{value}» не распознана и не импортирована.</translation>
    </message>
    <message>
        <source>Rows {rows}: a consent answer was not recognised; taken as no.</source>
        <translation>Строки {rows}: ответ о согласии не распознан; принят как «нет».</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported</source>
        <translation>
            <numerusform>%n строку нельзя импортировать</numerusform>
            <numerusform>%n строки нельзя импортировать</numerusform>
            <numerusform>%n строк нельзя импортировать</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {count} ({reasons}) — row numbers {rows}. Nothing was imported.</source>
        <translation>{file}: {count} ({reasons}) — номера строк: {rows}. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{file}: the participant list changed while importing; nothing was imported. Try again.</source>
        <translation>{file}: список участников изменился во время импорта; ничего не импортировано. Попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>There is no one to print a badge for.</source>
        <translation>Нет участников, для которых можно напечатать бейджи.</translation>
    </message>
    <message>
        <source>The font {file} that PDFs need is missing or damaged ({reason}).</source>
        <extracomment>The Latin/Cyrillic/Greek family; its face names are the ones the styles use. The bundled font files (the installer and its test check they are shipped).</extracomment>
        <translation>Шрифт {file}, необходимый для PDF, отсутствует или повреждён ({reason}).</translation>
    </message>
    <message>
        <source>{path} was written, but no font on this computer has every letter of: {names}. Those letters print as empty boxes; install a font for that script (for example a Noto font) and export again.</source>
        <translation>Файл {path} записан, но ни в одном шрифте на этом компьютере нет всех букв из: {names}. Эти буквы печатаются пустыми прямоугольниками; установите шрифт для этой письменности (например, один из шрифтов Noto) и повторите экспорт.</translation>
    </message>
    <message>
        <source>Some text is too large to fit on a page, so {path} was not written. Shorten very long notes or titles and try again.</source>
        <translation>Часть текста не помещается на страницу, поэтому файл {path} не записан. Сократите очень длинные заметки или названия и попробуйте снова.</translation>
    </message>
    <message>
        <source>There is no report language “{code}”; use one of {codes}.</source>
        <extracomment>A report longer than this many pages gets a table of contents after the cover. Above this many listed participants the report is long whatever else it holds.</extracomment>
        <translation>Язык отчёта «{code}» не поддерживается; укажите один из следующих: {codes}.</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Check in ten arrivals, two of them walk-ins</source>
        <translation>Зарегистрируйте десять прибывших, из них двоих без предварительной записи</translation>
    </message>
    <message>
        <source>Check-in tab: type two or three letters of a name and press Enter; add a walk-in for someone who is not on the list.</source>
        <translation>Вкладка «Регистрация»: введите две-три буквы имени и нажмите Enter; добавьте участника без предварительной записи для того, кого нет в списке.</translation>
    </message>
    <message>
        <source>Keep the agenda on time when an item overruns</source>
        <translation>Удержите программу в графике, когда пункт затягивается</translation>
    </message>
    <message>
        <source>Agenda tab: press F5 to start an item, let it run past its end, then start the next one and watch how late the day is running.</source>
        <translation>Вкладка «Программа»: нажмите F5, чтобы начать пункт, дайте ему затянуться дольше запланированного, затем начните следующий и посмотрите, насколько отстаёт день.</translation>
    </message>
    <message>
        <source>Record two decisions and an action item</source>
        <translation>Запишите два решения и одну задачу</translation>
    </message>
    <message>
        <source>Notes tab (Ctrl+3): type a note, mark it as a decision or an action item with an owner and a due date.</source>
        <translation>Вкладка «Заметки» (Ctrl+3): введите заметку, отметьте её как решение или как задачу с ответственным и сроком.</translation>
    </message>
    <message>
        <source>Run the evaluation kiosk for three respondents</source>
        <translation>Проведите оценку в режиме киоска для трёх респондентов</translation>
    </message>
    <message>
        <source>Evaluation tab: start the kiosk, answer the form three times as different participants, then leave the kiosk with the PIN.</source>
        <translation>Вкладка «Оценка»: запустите киоск, трижды заполните анкету от имени разных участников, затем выйдите из киоска с помощью PIN-кода.</translation>
    </message>
    <message>
        <source>Close the event and export its workbook and PDF</source>
        <translation>Завершите мероприятие и экспортируйте его книгу Excel и PDF</translation>
    </message>
    <message>
        <source>File menu: Close event and export… writes the workbook and the PDF summary; open them with Open folder in the message that follows.</source>
        <translation>Меню «Файл»: «Завершить мероприятие и экспортировать…» создаёт книгу Excel и сводку в PDF; откройте их кнопкой «Открыть папку» в следующем сообщении.</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice — nothing here touches your real events</source>
        <extracomment>Translation context of the exercises (``services.practice.CONTEXT``). The window accent of practice mode: a warm orange frame no one mistakes for the real thing.</extracomment>
        <translation>Тренировочный режим — ваши настоящие мероприятия не затрагиваются</translation>
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
        <translation>да: {share}</translation>
    </message>
    <message>
        <source>mean {mean}</source>
        <translation>среднее: {mean}</translation>
    </message>
    <message>
        <source>median {median}</source>
        <translation>медиана: {median}</translation>
    </message>
    <message numerus="yes">
        <source>%n left blank</source>
        <translation>
            <numerusform>%n без ответа</numerusform>
            <numerusform>%n без ответа</numerusform>
            <numerusform>%n без ответа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not asked (skip logic)</source>
        <translation>
            <numerusform>не задавался: %n (логика пропуска)</numerusform>
            <numerusform>не задавался: %n (логика пропуска)</numerusform>
            <numerusform>не задавался: %n (логика пропуска)</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>Ответов пока нет.</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Edit question</source>
        <translation>Изменение вопроса</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Добавление вопроса</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>An answer is &amp;required</source>
        <translation>Ответ &amp;обязателен</translation>
    </message>
    <message>
        <source>made up from the text when left blank</source>
        <translation>если не указано, создаётся из текста</translation>
    </message>
    <message>
        <source>&amp;Name (for exports):</source>
        <translation>&amp;Имя (для экспорта):</translation>
    </message>
    <message>
        <source>Lowest point of the scale</source>
        <translation>Нижняя точка шкалы</translation>
    </message>
    <message>
        <source>Highest point of the scale</source>
        <translation>Верхняя точка шкалы</translation>
    </message>
    <message>
        <source>Rating &amp;scale:</source>
        <translation>Балльная &amp;шкала:</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Текст вопроса</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Подсказка</translation>
    </message>
    <message>
        <source>Low end label</source>
        <translation>Подпись нижнего балла</translation>
    </message>
    <message>
        <source>High end label</source>
        <translation>Подпись верхнего балла</translation>
    </message>
    <message>
        <source>Message when not allowed</source>
        <translation>Сообщение о недопустимом ответе</translation>
    </message>
    <message>
        <source>&amp;Texts in each language:</source>
        <translation>Т&amp;ексты на каждом языке:</translation>
    </message>
    <message>
        <source>&amp;Choices (name, then the text in each language):</source>
        <translation>&amp;Варианты (имя, затем текст на каждом языке):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Add c&amp;hoice</source>
        <translation>&amp;Добавить вариант</translation>
    </message>
    <message>
        <source>Remove choi&amp;ce</source>
        <translation>&amp;Удалить вариант</translation>
    </message>
    <message>
        <source>Logic (XLSForm expressions, optional):</source>
        <translation>Логика (выражения XLSForm, необязательно):</translation>
    </message>
</context>
<context>
    <name>QuestionModel</name>
    <message>
        <source>required</source>
        <translation>обязательный</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательный</translation>
    </message>
    <message>
        <source>Asked if / allowed / computed</source>
        <translation>Условие / ограничение / вычисление</translation>
    </message>
    <message>
        <source>if {expression}</source>
        <translation>если {expression}</translation>
    </message>
    <message>
        <source>allowed: {expression}</source>
        <translation>допустимо: {expression}</translation>
    </message>
    <message>
        <source>choices: {expression}</source>
        <translation>варианты: {expression}</translation>
    </message>
    <message>
        <source>= {expression}</source>
        <translation>= {expression}</translation>
    </message>
    <message>
        <source>in {group}</source>
        <translation>в группе {group}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>The agenda is empty.</source>
        <translation>Программа пуста.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Модераторы</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Помещение</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <extracomment>Empty lines at the end of the sign-in sheet, for people who come without registering.</extracomment>
        <translation>Лист регистрации</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Please sign in the box of each day you attend.</source>
        <translation>Просим расписаться в графе каждого дня, в который вы присутствуете.</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Бейджи с именами</translation>
    </message>
    <message>
        <source>PRACTICE</source>
        <extracomment>Badges and sign-in sheets use the whole page and draw no header.</extracomment>
        <translation>ТРЕНИРОВКА</translation>
    </message>
    <message>
        <source>Generated on {date}</source>
        <translation>Дата формирования: {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <source>Summary report</source>
        <translation>Итоговый отчёт</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>The list of participants is left out of a pseudonymised report.</source>
        <translation>Список участников не включён в псевдонимизированный отчёт.</translation>
    </message>
    <message>
        <source>The list of participants is left out: the event was held under the Chatham House rule.</source>
        <translation>Список участников не включён: мероприятие проводилось по правилу Чатем-хауса.</translation>
    </message>
    <message>
        <source>Listed here with their consent: {listed} of {total} participants.</source>
        <translation>Участники, давшие согласие на указание в списке: {listed} из {total}.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Группа заинтересованных сторон</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>Рабочие языки</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Основные показатели</translation>
    </message>
    <message>
        <source>The event was held under the Chatham House rule: nothing in this report is attributed to anyone.</source>
        <translation>Мероприятие проводилось по правилу Чатем-хауса: в настоящем отчёте не указывается, кто что сказал.</translation>
    </message>
    <message>
        <source>Pseudonymised: participants appear as codes (P001…), without names or contact details.</source>
        <translation>Псевдонимизация: участники представлены кодами (P001…), без имён и контактных данных.</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>предварительно записались</translation>
    </message>
    <message>
        <source>attended (at least one day)</source>
        <translation>присутствовали (хотя бы один день)</translation>
    </message>
    <message>
        <source>attendance rate of those registered</source>
        <translation>доля присутствовавших среди записавшихся</translation>
    </message>
    <message>
        <source>walk-ins</source>
        <translation>без предварительной записи</translation>
    </message>
    <message>
        <source>attended on day {number}, {date}</source>
        <translation>присутствовали: день {number}, {date}</translation>
    </message>
    <message>
        <source>evaluation responses</source>
        <translation>ответы на анкету оценки</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>How many free-text comments per question the report quotes, and how long each may be. A chart taller than this (points) is not kept on one page with its question. (label, count) in the order to show, for ratings and choices.</extracomment>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>No evaluation responses yet.</source>
        <translation>Ответов на анкету оценки пока нет.</translation>
    </message>
    <message>
        <source>Responses: {count}</source>
        <translation>Ответов: {count}</translation>
    </message>
    <message>
        <source>({percent} of those who attended)</source>
        <translation>({percent} от числа присутствовавших)</translation>
    </message>
    <message>
        <source>not relevant to {count} (skipped)</source>
        <translation>не относится (пропущено): {count}</translation>
    </message>
    <message>
        <source>mean {value}</source>
        <translation>среднее: {value}</translation>
    </message>
    <message>
        <source>from {low} to {high}</source>
        <translation>от {low} до {high}</translation>
    </message>
    <message>
        <source>several answers possible</source>
        <translation>возможно несколько ответов</translation>
    </message>
    <message>
        <source>Comments: {count}</source>
        <translation>Комментариев: {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n different one(s) shown</source>
        <translation>
            <numerusform>показан %n уникальный комментарий</numerusform>
            <numerusform>показаны %n уникальных комментария</numerusform>
            <numerusform>показано %n уникальных комментариев</numerusform>
        </translation>
    </message>
    <message>
        <source>Day {number}</source>
        <extracomment>More days than this and the attendance chart shows &quot;any day&quot; instead of one bar per day.</extracomment>
        <translation>День {number}</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Присутствовали</translation>
    </message>
    <message>
        <source>of them walk-ins</source>
        <translation>Из них без записи</translation>
    </message>
    <message>
        <source>Share of those registered</source>
        <translation>Доля от записавшихся</translation>
    </message>
    <message>
        <source>No one has registered yet.</source>
        <translation>Предварительно записавшихся пока нет.</translation>
    </message>
    <message>
        <source>By stakeholder group</source>
        <translation>По группам заинтересованных сторон</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Записались</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Без записи</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <source>Agenda as run</source>
        <translation>Фактический ход программы</translation>
    </message>
    <message>
        <source>Planned and actual times. An item that took longer than planned is marked in red with the extra minutes.</source>
        <translation>Плановое и фактическое время. Пункты, занявшие больше времени, чем запланировано, выделены красным с указанием дополнительных минут.</translation>
    </message>
    <message>
        <source>Planned end {planned}, actual end {actual}</source>
        <translation>Плановое окончание: {planned}, фактическое: {actual}</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation>Отклонение от плана</translation>
    </message>
    <message>
        <source>Key points</source>
        <extracomment>Kinds in the order a reader wants them, with their section names.</extracomment>
        <translation>Ключевые моменты</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Открытые вопросы</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Notes and decisions</source>
        <translation>Заметки и решения</translation>
    </message>
    <message>
        <source>No notes were taken.</source>
        <translation>Заметки не велись.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общее</translation>
    </message>
    <message>
        <source>Removed agenda item</source>
        <translation>Удалённый пункт программы</translation>
    </message>
    <message>
        <source>No action items were recorded.</source>
        <translation>Задачи не зафиксированы.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>ResultsOverview</name>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответов</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <source>Chosen most</source>
        <translation>Чаще всего</translation>
    </message>
    <message>
        <source>yes: {share}</source>
        <translation>да: {share}</translation>
    </message>
    <message>
        <source>{mean} of {top}</source>
        <translation>{mean} из {top}</translation>
    </message>
    <message>
        <source>Results overview</source>
        <translation>Обзор результатов</translation>
    </message>
    <message>
        <source>One row per question; Enter or a click shows its chart below.</source>
        <translation>По строке на вопрос; Enter или щелчок показывает его диаграмму ниже.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Questions and answers &amp;in:</source>
        <translation>Вопросы и ответы на &amp;языке:</translation>
    </message>
    <message>
        <source>All responses</source>
        <translation>Все ответы</translation>
    </message>
    <message>
        <source>{choice} ({question})</source>
        <translation>{choice} ({question})</translation>
    </message>
    <message>
        <source>Choose or create a form first.</source>
        <translation>Сначала выберите или создайте анкету.</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n ответ</numerusform>
            <numerusform>%n ответа</numerusform>
            <numerusform>%n ответов</numerusform>
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
        <translation>Dialogue Desk уже открыт на этом компьютере. Перейдите в его окно (оно может быть за другими окнами или на другом рабочем столе) или закройте его и запустите снова.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The store could not be used: {detail}</source>
        <translation>Не удалось использовать файл данных: {detail}</translation>
    </message>
    <message>
        <source>{path} is not a Dialogue Desk store. It was left untouched; choose another file.</source>
        <translation>{path} не является файлом данных Dialogue Desk. Файл не изменён; выберите другой файл.</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}). It was left untouched; restore a copy from the backups folder or choose another file.</source>
        <translation>Файл {path} повреждён ({detail}). Файл не изменён; восстановите копию из папки резервных копий (backups) или выберите другой файл.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Dialogue Desk (schema {detail}). It was left untouched; install the newer version to open it.</source>
        <translation>Файл {path} записан более новой версией Dialogue Desk (схема {detail}). Файл не изменён; чтобы открыть его, установите новую версию.</translation>
    </message>
    <message>
        <source>{path} was written by an older version of Dialogue Desk. Open it once in the app to upgrade it, then try again.</source>
        <translation>Файл {path} записан более старой версией Dialogue Desk. Откройте его один раз в приложении, чтобы обновить, и попробуйте снова.</translation>
    </message>
    <message>
        <source>There is no store at {path}.</source>
        <translation>По пути {path} нет файла данных.</translation>
    </message>
    <message>
        <source> (process {pid})</source>
        <translation> (процесс {pid})</translation>
    </message>
    <message>
        <source>{path} is already open in another Dialogue Desk{holder}. Close that window first, or open a different store.</source>
        <translation>Файл {path} уже открыт в другом окне Dialogue Desk{holder}. Сначала закройте то окно или откройте другой файл данных.</translation>
    </message>
    <message>
        <source>The change could not be saved to {path}: {detail}. Nothing was changed; free some disk space or check the folder&apos;s permissions, then try again.</source>
        <translation>Не удалось сохранить изменение в файл {path}: {detail}. Ничего не изменено; освободите место на диске или проверьте права доступа к папке, затем попробуйте снова.</translation>
    </message>
    <message>
        <source>{path} cannot be changed: {detail}. Nothing was changed, and it can still be read and exported; to change it, make the file and its folder writable, or copy it to a writable folder.</source>
        <translation>Файл {path} нельзя изменить: {detail}. Ничего не изменено, файл по-прежнему можно читать и экспортировать; чтобы изменять его, разрешите запись в файл и его папку или скопируйте файл в папку, доступную для записи.</translation>
    </message>
    <message>
        <source>{path} cannot be written: the disk is full. Nothing was changed; free some space on it, then try again.</source>
        <translation>Не удаётся записать файл {path}: диск заполнен. Ничего не изменено; освободите место на диске и повторите попытку.</translation>
    </message>
    <message>
        <source>{path} has another name on this disk (a hard link), so its changes could be lost or mixed up. It was left untouched; open the original file, or copy this one (a copy is safe) and open the copy.</source>
        <translation>У файла {path} есть другое имя на этом диске (жёсткая ссылка), поэтому изменения в нём могут быть потеряны или перепутаны. Файл не изменён; откройте исходный файл или скопируйте этот (копия безопасна) и откройте копию.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}). It was left untouched; check that the file belongs to you and may be read, then try again.</source>
        <translation>Не удаётся прочитать файл {path} ({detail}). Файл не изменён; проверьте, что файл принадлежит вам и доступен для чтения, и повторите попытку.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>файл или его папка доступны только для чтения</translation>
    </message>
    <message>
        <source>the store is busy</source>
        <translation>файл данных занят</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <extracomment>Every Alembic revision this version of the app knows, oldest first. The last is the head. A test checks this against the migration scripts; kept here so opening a current store does not need to import Alembic. The tables of schema 0001, which every later revision keeps (a test checks them against the models); a store of ours lacking one is damaged. A file holding only (some of) these, all empty and with no version, is what a crash during the very first creation of a store left behind before that creation became one transaction. Whether SQLite&apos;s integrity check has run (it reads the whole file). The file holds the empty, unversioned tables of a creation that never finished.</extracomment>
        <translation>файл доступен только для чтения</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>его папка доступна только для чтения</translation>
    </message>
    <message>
        <source>the table {table} is missing</source>
        <translation>отсутствует таблица {table}</translation>
    </message>
    <message>
        <source>the column {table}.{column} is missing</source>
        <translation>отсутствует столбец {table}.{column}</translation>
    </message>
    <message>
        <source>{problem}, and {count} more</source>
        <extracomment>Seconds a connection waits for another one&apos;s lock before reporting the store busy.</extracomment>
        <translation>{problem} и ещё {count}</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>диск доступен только для чтения</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>{path} was not used: {reason} Nothing was taken from it.</source>
        <extracomment>Device UUID -&gt; name of every laptop whose changes are inside.</extracomment>
        <translation>Файл {path} не использован: {reason} Из него ничего не взято.</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (perhaps still being copied).</source>
        <translation>файл повреждён или неполон (возможно, он ещё копируется).</translation>
    </message>
    <message>
        <source>it is not a Dialogue Desk event file.</source>
        <translation>это не файл мероприятия Dialogue Desk.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>Файл {path} не существует.</translation>
    </message>
    <message>
        <source>it was written by a newer Dialogue Desk; update this laptop first.</source>
        <translation>он записан более новой версией Dialogue Desk; сначала обновите программу на этом ноутбуке.</translation>
    </message>
    <message>
        <source>it is a change file, not an event package.</source>
        <translation>это файл изменений, а не пакет мероприятия.</translation>
    </message>
    <message>
        <source>it is an event package, not a change file.</source>
        <translation>это пакет мероприятия, а не файл изменений.</translation>
    </message>
    <message>
        <source>its contents do not match its checksum (it was damaged or edited by hand).</source>
        <translation>его содержимое не совпадает с контрольной суммой (файл повреждён или изменён вручную).</translation>
    </message>
    <message>
        <source>it belongs to another event ({title}).</source>
        <translation>он относится к другому мероприятию ({title}).</translation>
    </message>
    <message>
        <source>The sync folder {folder} does not exist. Plug in the stick or choose another folder.</source>
        <translation>Папка синхронизации {folder} не существует. Вставьте USB-накопитель или выберите другую папку.</translation>
    </message>
    <message>
        <source>{path} was not used: it was moved or renamed by hand.</source>
        <translation>Файл {path} не использован: его вручную переместили или переименовали.</translation>
    </message>
    <message>
        <source>Give this laptop a name, for example “Door 2 – Anna”.</source>
        <translation>Дайте этому ноутбуку имя, например «Вход 2 — Анна».</translation>
    </message>
    <message>
        <source>There is no event {id}.</source>
        <translation>Мероприятия с ID {id} нет.</translation>
    </message>
    <message>
        <source>The package holds no event (it was deleted before sharing).</source>
        <translation>В пакете нет мероприятия (оно было удалено до того, как им поделились).</translation>
    </message>
    <message>
        <source>This line of the merge review no longer exists.</source>
        <extracomment>What the row shows now, and the version that lost (raw stored values, as text). Who or what the line is about (&quot;Anna Tamm&quot;, &quot;Opening plenary&quot;).</extracomment>
        <translation>Этой строки проверки слияния больше нет.</translation>
    </message>
    <message>
        <source>This field can no longer be changed here.</source>
        <translation>Это поле здесь больше нельзя изменить.</translation>
    </message>
    <message>
        <source>The row this line is about was deleted.</source>
        <translation>Строка, к которой относится эта запись, удалена.</translation>
    </message>
    <message>
        <source>Two people are merged, not kept apart here.</source>
        <translation>Эти два человека объединены, а не оставлены раздельно.</translation>
    </message>
    <message>
        <source>One of these two people was already removed.</source>
        <translation>Один из этих двух людей уже удалён.</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Share e&amp;vent…</source>
        <translation>&amp;Поделиться мероприятием…</translation>
    </message>
    <message>
        <source>Open s&amp;hared event…</source>
        <translation>Открыть общее &amp;мероприятие…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Sync se&amp;ttings…</source>
        <translation>&amp;Настройки синхронизации…</translation>
    </message>
    <message>
        <source>&amp;Merge review…</source>
        <translation>Про&amp;верка слияния…</translation>
    </message>
    <message>
        <source>Sync failed: {reason}</source>
        <translation>Ошибка синхронизации: {reason}</translation>
    </message>
    <message>
        <source>Sync settings</source>
        <translation>Настройки синхронизации</translation>
    </message>
    <message>
        <source>Share the event to which folder or USB stick?</source>
        <translation>В какую папку или на какой USB-накопитель поделиться мероприятием?</translation>
    </message>
    <message>
        <source>Share event</source>
        <translation>Поделиться мероприятием</translation>
    </message>
    <message>
        <source>The event was written to {path}. On the other laptop choose File → Open shared event… and pick this file.</source>
        <translation>Мероприятие записано в файл {path}. На другом ноутбуке выберите Файл → Открыть общее мероприятие… и укажите этот файл.</translation>
    </message>
    <message>
        <source>Open a shared event</source>
        <translation>Открытие общего мероприятия</translation>
    </message>
    <message>
        <source>Shared events (*{suffix})</source>
        <translation>Общие мероприятия (*{suffix})</translation>
    </message>
    <message>
        <source>Open shared event</source>
        <translation>Открыть общее мероприятие</translation>
    </message>
    <message>
        <source>“{title}” is ready on this laptop.</source>
        <translation>Мероприятие «{title}» готово на этом ноутбуке.</translation>
    </message>
    <message>
        <source>Sync with which shared folder?</source>
        <translation>С какой общей папкой синхронизировать?</translation>
    </message>
    <message>
        <source>Syncing with {folder}…</source>
        <translation>Синхронизация с {folder}…</translation>
    </message>
    <message>
        <source>Synced: {files} files from other laptops, {rows} rows merged.</source>
        <translation>Синхронизировано: файлов с других ноутбуков — {files}, объединено строк — {rows}.</translation>
    </message>
    <message>
        <source>{count} to review in Event → Sharing and sync → Merge review…</source>
        <translation>Для проверки: {count} (Мероприятие → Проверка слияния…)</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Sync settings</source>
        <translation>Настройки синхронизации</translation>
    </message>
    <message>
        <source>For example: Door 2 – Anna</source>
        <translation>Например: Вход 2 — Анна</translation>
    </message>
    <message>
        <source>This laptop&apos;s name</source>
        <translation>Имя этого ноутбука</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Общая папка</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Only when I choose Sync now</source>
        <translation>Только по команде «Синхронизировать сейчас»</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Sync every so many minutes</source>
        <translation>Интервал синхронизации в минутах</translation>
    </message>
    <message>
        <source>This laptop&apos;s &amp;name:</source>
        <translation>&amp;Имя этого ноутбука:</translation>
    </message>
    <message>
        <source>Shared &amp;folder:</source>
        <translation>Общая &amp;папка:</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Синхронизировать &amp;каждые:</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in</source>
        <translation>Без предварительной записи</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group:</source>
        <translation>&amp;Группа заинтересованных сторон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>Save and check in</source>
        <translation>Сохранить и зарегистрировать</translation>
    </message>
    <message>
        <source>Someone not on the list: add them and check them in.</source>
        <translation>Человек не из списка: добавьте его и зарегистрируйте.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Dialogue Desk</source>
        <extracomment>The primary button: white on a dark blue (7:1), and a focus ring that a projector shows. How long the language box&apos;s choice rests before the window takes it (arrow keys step). The language chosen in the page&apos;s language row (a code such as &quot;et&quot;).</extracomment>
        <translation>Добро пожаловать в Dialogue Desk</translation>
    </message>
    <message>
        <source>Plan the agenda, check participants in at the door, take notes and collect evaluations, all without an internet connection. Start by creating your event.</source>
        <translation>Составляйте программу, регистрируйте участников на входе, ведите заметки и собирайте анкеты оценки — всё это без подключения к интернету. Начните с создания мероприятия.</translation>
    </message>
    <message>
        <source>Create an event…</source>
        <translation>Создать мероприятие…</translation>
    </message>
    <message>
        <source>Open the practice event</source>
        <translation>Открыть тренировочное мероприятие</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Записались</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Без предварительной записи</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Присутствовали</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Доля присутствовавших</translation>
    </message>
    <message>
        <source>Mix: {group}</source>
        <translation>Доля: {group}</translation>
    </message>
    <message>
        <source>Evaluation responses</source>
        <translation>Ответы на анкету оценки</translation>
    </message>
    <message>
        <source>Mean: {question}</source>
        <translation>Среднее: {question}</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Stakeholder mix</source>
        <translation>Состав участников</translation>
    </message>
    <message>
        <source>Scale {low} to {high}</source>
        <translation>Шкала от {low} до {high}</translation>
    </message>
    <message>
        <source>Comparison of events</source>
        <translation>Сравнение мероприятий</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <source>Summary</source>
        <extracomment>The sheets in order; names translated into the export language.</extracomment>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Evaluation summary</source>
        <translation>Итоги оценки</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Exported from the practice store: training data, not a real event.</source>
        <translation>Экспортировано из тренировочного файла данных: тренировочные данные, а не реальное мероприятие.</translation>
    </message>
    <message>
        <source>Pseudonymised</source>
        <translation>Псевдонимизировано</translation>
    </message>
    <message>
        <source>Participants appear as codes (P001…); names, e-mails and phone numbers were removed.</source>
        <translation>Участники представлены кодами (P001…); имена, адреса эл. почты и номера телефонов удалены.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>Рабочие языки</translation>
    </message>
    <message>
        <source>Chatham House rule</source>
        <translation>Правило Чатем-хауса</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Дата экспорта</translation>
    </message>
    <message>
        <source>Attended (at least one day)</source>
        <translation>Присутствовали (хотя бы один день)</translation>
    </message>
    <message>
        <source>Attended on day {number} ({date})</source>
        <translation>Присутствовали в день {number} ({date})</translation>
    </message>
    <message>
        <source>Attendance rate (registered who came)</source>
        <translation>Доля присутствовавших (от записавшихся)</translation>
    </message>
    <message>
        <source>Stakeholder mix (attended): {group}</source>
        <translation>Состав участников (присутствовали): {group}</translation>
    </message>
    <message>
        <source>Stakeholder mix (registered): {group}</source>
        <translation>Состав участников (записались): {group}</translation>
    </message>
    <message>
        <source>Response rate (responses per attendee)</source>
        <translation>Уровень отклика (ответов на одного присутствовавшего)</translation>
    </message>
    <message>
        <source>Mean rating: {question}</source>
        <translation>Средний балл: {question}</translation>
    </message>
    <message>
        <source>Answered yes: {question}</source>
        <translation>Ответили «да»: {question}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Плановое начало</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Плановое окончание</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Фактическое начало</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Фактическое окончание</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Плановая продолжительность (мин)</translation>
    </message>
    <message>
        <source>Actual minutes</source>
        <translation>Фактическая продолжительность (мин)</translation>
    </message>
    <message>
        <source>Started late (minutes)</source>
        <translation>Задержка начала (мин)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Модераторы</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Помещение</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Группа заинтересованных сторон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Без предварительной записи</translation>
    </message>
    <message>
        <source>May be listed</source>
        <translation>Согласие на указание в списке</translation>
    </message>
    <message>
        <source>Photos allowed</source>
        <translation>Согласие на фотосъёмку</translation>
    </message>
    <message>
        <source>May be contacted</source>
        <translation>Согласие на связь</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Дата и время записи</translation>
    </message>
    <message>
        <source>Days attended</source>
        <translation>Число дней присутствия</translation>
    </message>
    <message>
        <source>Day {number} ({date})</source>
        <translation>День {number} ({date})</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Способ регистрации</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общее</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Пункт программы</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Written at</source>
        <translation>Время записи</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>Время отправки</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Киоск</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Число ответов</translation>
    </message>
    <message>
        <source>Skipped (not relevant)</source>
        <translation>Пропущено (не относится)</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Без ответа</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Распределение</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Записано на ноутбуке</translation>
    </message>
</context>
<context>
    <name>WorkbookParticipants</name>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>XLSForm</name>
    <message>
        <source>Question “{name}”</source>
        <extracomment>Metadata an XLSForm may collect silently; they ask nothing and are left out without a word. What cannot be asked on a kiosk or on paper; left out with a warning. The rows pyxform makes up to draw a table-list group (a header row of choice labels). {code: the column&apos;s language name as the file wrote it (&quot;Eesti (et)&quot;)}</extracomment>
        <translation>Вопрос «{name}»</translation>
    </message>
    <message>
        <source>Survey row {row} (“{name}”)</source>
        <translation>Строка {row} листа survey («{name}»)</translation>
    </message>
    <message>
        <source>the repeated group and the {n} question(s) in it are left out (a kiosk asks each question once).</source>
        <translation>повторяющаяся группа и вопросы в ней (их число: {n}) пропущены (в киоске каждый вопрос задаётся один раз).</translation>
    </message>
    <message>
        <source>the question asks for {what} ({type}), which a kiosk or a paper form cannot take; it is left out.</source>
        <translation>в вопросе запрашивается ответ, который киоск или бумажная анкета принять не могут: {what} ({type}); вопрос пропущен.</translation>
    </message>
    <message>
        <source>another question of the form has the same name; this one is called “{new}” here.</source>
        <translation>у другого вопроса анкеты такое же имя; здесь этот вопрос называется «{new}».</translation>
    </message>
    <message>
        <source>the {column} expression “{expression}” cannot be evaluated here ({reason}); it is kept but not applied.</source>
        <translation>выражение {column} «{expression}» здесь вычислить нельзя ({reason}); оно сохранено, но не применяется.</translation>
    </message>
    <message>
        <source>its {column} refers to “{name}”, which is left out; that answer counts as blank.</source>
        <translation>его выражение {column} ссылается на «{name}», а этот вопрос пропущен; такой ответ считается пустым.</translation>
    </message>
    <message>
        <source>its choices come from the file “{file}”, which is not part of the form; it is left out.</source>
        <translation>его варианты берутся из файла «{file}», который не входит в анкету; вопрос пропущен.</translation>
    </message>
    <message>
        <source>its choice list names a choice twice; the second is left out.</source>
        <translation>в его списке вариантов один вариант указан дважды; второй пропущен.</translation>
    </message>
    <message>
        <source>the type “{type}” cannot be asked here; it is left out.</source>
        <translation>тип «{type}» здесь задать нельзя; вопрос пропущен.</translation>
    </message>
    <message>
        <source>the range parameters are not numbers.</source>
        <translation>параметры диапазона (range) не являются числами.</translation>
    </message>
    <message>
        <source>{file}: {n} problems:</source>
        <translation>{file}: обнаружены проблемы ({n}):</translation>
    </message>
    <message>
        <source>{file}: there is no such file.</source>
        <translation>{file}: такого файла нет.</translation>
    </message>
    <message>
        <source>{file}: an XLSForm is an Excel workbook (.xlsx or .xls).</source>
        <translation>{file}: XLSForm — это книга Excel (.xlsx или .xls).</translation>
    </message>
    <message>
        <source>{file}: the form has no question it can ask.</source>
        <translation>{file}: в анкете нет ни одного вопроса, который можно задать.</translation>
    </message>
    <message>
        <source>Row {n}:</source>
        <extracomment>pyxform stops at the first problem; taking that row out and asking again finds the next. The file is not an XLSForm this app can take (read here, or stored by the service).</extracomment>
        <translation>Строка {n}:</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>What pyxform writes (its own English), and the app&apos;s source text for it.</extracomment>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Specify other.</source>
        <translation>Укажите другое.</translation>
    </message>
</context>
<context>
    <name>_PathRow</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Папка экспорта</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспортировать в</translation>
    </message>
</context>
</TS>
