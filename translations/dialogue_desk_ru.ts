<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AgendaTab</name>
    <message>
        <source>Agenda</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>This tab is coming soon.</source>
        <translation>Эта вкладка скоро появится.</translation>
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
    <name>CheckInTab</name>
    <message>
        <source>Check-in</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>This tab is coming soon.</source>
        <translation>Эта вкладка скоро появится.</translation>
    </message>
</context>
<context>
    <name>EvaluationTab</name>
    <message>
        <source>Evaluation</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>This tab is coming soon.</source>
        <translation>Эта вкладка скоро появится.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>Изменить мероприятие</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>EE, LV, SE…</source>
        <translation>EE, LV, SE…</translation>
    </message>
    <message>
        <source>Chatham House rule: notes and exports never attribute</source>
        <translation>Правило Чатем-хауса: в заметках и при экспорте не указывается, кто что сказал</translation>
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
    <message>
        <source>An event can last at most {days} days.</source>
        <translation>Мероприятие может длиться не более {days} дней.</translation>
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
    <name>Import</name>
    <message>
        <source>{file}: there is no such file.</source>
        <extracomment>Tried in this order after UTF-8: Baltic (cp1257), Cyrillic (cp1251), Western (cp1252). A decode that succeeds with letters of the wrong script is rejected by ``_plausible``. (row number in the file, 1-based as a spreadsheet shows it; cell values as strings)</extracomment>
        <translation>{file}: такого файла нет.</translation>
    </message>
    <message>
        <source>{file}: the file is empty.</source>
        <translation>{file}: файл пуст.</translation>
    </message>
    <message>
        <source>{file}: the file is too large to be a list.</source>
        <translation>{file}: файл слишком велик для списка.</translation>
    </message>
    <message>
        <source>{file}: old .xls files cannot be read; save it as .xlsx or .csv first.</source>
        <translation>{file}: старые файлы .xls не читаются; сначала сохраните файл в формате .xlsx или .csv.</translation>
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
        <source>{file}: this is not a readable .xlsx workbook ({reason}).</source>
        <translation>{file}: не удаётся прочитать книгу .xlsx ({reason}).</translation>
    </message>
    <message>
        <source>{file}: there is no sheet “{sheet}”.</source>
        <translation>{file}: нет листа «{sheet}».</translation>
    </message>
    <message>
        <source>{file}: this is not a text file.</source>
        <translation>{file}: это не текстовый файл.</translation>
    </message>
    <message>
        <source>{file}: the file has no rows.</source>
        <translation>{file}: в файле нет строк.</translation>
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
        <translation>Государственное учреждение или самоуправление</translation>
    </message>
    <message>
        <source>Immigrant or ethnic-minority association</source>
        <translation>Объединение иммигрантов или нацменьшинств</translation>
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
        <source>E&amp;vent</source>
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
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
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
        <source>Store: %1</source>
        <translation>Файл данных: %1</translation>
    </message>
    <message>
        <source>Event created.</source>
        <translation>Мероприятие создано.</translation>
    </message>
    <message>
        <source>Its agenda items (%1), participants (%2) with their check-ins (%3), notes (%4) and evaluation forms (%5) with their responses (%6) are deleted with it.</source>
        <translation>Вместе с мероприятием будут удалены его пункты программы (%1), участники (%2) и их регистрации (%3), заметки (%4), а также анкеты оценки (%5) и ответы на них (%6).</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Удалить мероприятие</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Удалить «%1»?</translation>
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
        <source>About Dialogue Desk</source>
        <translation>О программе Dialogue Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dialogue Desk %1&lt;/h3&gt;&lt;p&gt;The offline companion for facilitators of integration dialogue.&lt;/p&gt;&lt;p&gt;Data folder:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Store:&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dialogue Desk %1&lt;/h3&gt;&lt;p&gt;Офлайн-помощник модераторов диалога по вопросам интеграции.&lt;/p&gt;&lt;p&gt;Папка данных:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Файл данных:&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Лицензия: EUPL-1.2&lt;/p&gt;</translation>
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
    <name>NotesTab</name>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>This tab is coming soon.</source>
        <translation>Эта вкладка скоро появится.</translation>
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
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Dialogue Desk</source>
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
</context>
</TS>
