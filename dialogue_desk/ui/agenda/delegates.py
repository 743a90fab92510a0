"""Editors for the agenda table's cells that need more than a line edit."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from dialogue_desk.store.enums import AgendaKind
from dialogue_desk.ui.agenda.formats import kind_label

Index = QModelIndex | QPersistentModelIndex


class KindDelegate(QStyledItemDelegate):
    """A drop-down of the item kinds, in the interface language."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent, objectName="agendaKindEditor")
        for kind in AgendaKind:
            combo.addItem(kind_label(kind), kind.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
