"""The New event dialog: Tab leaves a date field, the country is chosen by name, dates are
written in the one short format with the full year."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtTest import QTest

from dialogue_desk.ui.common.form_parts import DateField, short_date_format
from dialogue_desk.ui.event_dialog import EventDialog


def test_tab_walks_the_fields_not_the_parts_of_a_date(qtbot):
    dialog = EventDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.title.setFocus()
    qtbot.waitUntil(dialog.title.hasFocus)
    order = []
    for _ in range(4):
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        order.append(dialog.focusWidget())
    assert order[:4] == [dialog.kind, dialog.start, dialog.end, dialog.city]
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Backtab)
    assert dialog.focusWidget() is dialog.end


def test_country_is_chosen_by_name_and_stored_as_its_code(qtbot):
    dialog = EventDialog()
    qtbot.addWidget(dialog)
    combo = dialog.country
    assert [combo.itemData(i) for i in range(1, 6)] == ["EE", "LV", "LT", "SE", "FI"]
    assert combo.text() == ""
    dialog.title.setText("Södertälje pilot")
    combo.setText("se")
    assert combo.currentText() == "Sweden" and combo.text() == "SE"
    codes = {combo.itemData(i) for i in range(combo.count())}
    assert "UA" in codes and "EU" not in codes and "ZZ" not in codes
    dialog.accept()
    assert dialog.data().country == "SE"
    combo.setText("QQ")  # an old event's code the list does not know is kept
    assert combo.text() == "QQ"


def test_dates_show_in_the_short_format_with_the_full_year(qtbot):
    field = DateField(QDate(2026, 12, 1))
    qtbot.addWidget(field)
    assert field.calendarPopup()
    assert "yyyy" in field.displayFormat()
    assert field.displayFormat() == short_date_format(field.locale())
    assert "2026" in field.text()
    dialog = EventDialog()
    qtbot.addWidget(dialog)
    assert dialog.start.displayFormat() == short_date_format(QLocale())
    assert dialog.start.date().toPython() == dt.date.today()
