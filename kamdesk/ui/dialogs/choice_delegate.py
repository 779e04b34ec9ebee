"""A table cell picked from a short list (a drop-down), showing the user's word for each."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

CONTACT_KIND_LABELS = {  # kamdesk.services.people.CONTACT_KINDS, in the user's words
    "email": QT_TRANSLATE_NOOP("ContactKinds", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("ContactKinds", "Phone"),
    "address": QT_TRANSLATE_NOOP("ContactKinds", "Address"),
    "url": QT_TRANSLATE_NOOP("ContactKinds", "Website"),
}


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell holding one of `choices` (stored value → English label) with a combo."""

    def __init__(self, choices: dict[str, str], context: str, parent=None) -> None:
        super().__init__(parent)
        self.choices, self.context = choices, context

    def _label(self, value: str) -> str:
        text = self.choices.get(value)
        return QCoreApplication.translate(self.context, text) if text else value

    def displayText(self, value, locale) -> str:  # noqa: N802 - Qt API
        return self._label(str(value or ""))

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        combo = QComboBox(parent)
        for value in self.choices:
            combo.addItem(self._label(value), value)
        # One click picks: the choice is written back as soon as it is made.
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QComboBox, index) -> None:  # noqa: N802 - Qt API
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QComboBox, model, index) -> None:  # noqa: N802 - Qt API
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
