"""What the note editor says: its heading, the saved indicator and its fixed texts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from dialogue_desk.services import notes
from dialogue_desk.services.labels import label

if TYPE_CHECKING:
    from dialogue_desk.ui.notes.editor import NoteEditor


def update_heading(editor: NoteEditor) -> None:
    if editor.note is not None:
        where = notes.section_title(editor.note)
        elsewhere = editor.note.agenda_item_id != editor.target_id
    else:
        where = editor.note_target_title or QCoreApplication.translate("NoteEditor", "General")
        elsewhere = editor.has_unsaved_changes() and editor.note_target != editor.target_id
    if editor.note is None:
        text = QCoreApplication.translate("NoteEditor", "New note \u2014 {where}").format(
            where=where
        )
    else:
        when = editor.note.created_at.strftime("%H:%M")
        text = QCoreApplication.translate("NoteEditor", "Note of {time} \u2014 {where}").format(
            time=when, where=where
        )
    if elsewhere:
        # F5 while typing: this note stays where it was started; say where the next goes.
        text += " " + QCoreApplication.translate(
            "NoteEditor", "(Ctrl+Enter: the next note goes to {next})"
        ).format(next=editor.target_title or QCoreApplication.translate("NoteEditor", "General"))
    editor.heading.setText(text)
    editor.heading.setAccessibleName(text)


def update_indicator(editor: NoteEditor) -> None:
    if editor.error_text:
        editor.indicator.setText(
            QCoreApplication.translate("NoteEditor", "\u26a0 Not saved: {reason}").format(
                reason=editor.error_text
            )
        )
        editor.indicator.setStyleSheet("color: #c23b3b; font-weight: bold;")
    elif editor.has_unsaved_changes():
        editor.indicator.setText(QCoreApplication.translate("NoteEditor", "Typing\u2026"))
        editor.indicator.setStyleSheet("color: palette(mid);")
    elif editor.saved_at is not None:
        editor.indicator.setText(
            QCoreApplication.translate("NoteEditor", "\u2713 Saved {time}").format(
                time=editor.saved_at.strftime("%H:%M:%S")
            )
        )
        editor.indicator.setStyleSheet("color: #1f9a72;")
    else:
        editor.indicator.setText("")
    editor.indicator.setAccessibleName(editor.indicator.text())


def retranslate(editor: NoteEditor) -> None:
    for number, (kind, button) in enumerate(editor.kind_buttons.items(), start=1):
        button.setText(label(kind))
        tip = QCoreApplication.translate("NoteEditor", "Mark as {kind} (Alt+{n})")
        button.setToolTip(tip.format(kind=label(kind), n=number))
        button.setAccessibleName(label(kind))
    editor.text.setPlaceholderText(
        QCoreApplication.translate(
            "NoteEditor",
            "Type the note. Ctrl+Enter starts the next one; Alt+1\u20266 mark the kind.",
        )
    )
    editor.text.setAccessibleName(QCoreApplication.translate("NoteEditor", "Note text"))
    editor.author.setPlaceholderText(QCoreApplication.translate("NoteEditor", "optional"))
    editor.author.setAccessibleName(QCoreApplication.translate("NoteEditor", "Author or speaker"))
    editor.chatham_label.setText(
        QCoreApplication.translate(
            "NoteEditor", "Chatham House rule: notes and quotes are not attributed."
        )
    )
    editor.action_row.retranslate()
