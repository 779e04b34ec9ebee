"""The import wizard's encoding box: shows the encoding a file was read in, and lets the user
read it in another when the names in the preview look wrong."""

from __future__ import annotations

import codecs

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox

from kamdesk.interchange.encodings import COMMON


def canonical(name: str) -> str:
    """Python's name for an encoding, so 'windows-1250' and 'cp1250' are one entry."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name


class EncodingBox(QComboBox):
    """A list of encodings; `chosen(name)` fires when the user picks one."""

    chosen = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        for name in COMMON:
            self.addItem(canonical(name), canonical(name))
        self.setToolTip(self.tr("The character encoding the file was read in. If names look "
                                "garbled, choose another and the file is read again."))
        self.activated.connect(lambda index: self.chosen.emit(self.itemData(index)))

    def show_encoding(self, name: str) -> None:
        """Select `name` (adding it when it is not in the list) without emitting `chosen`."""
        name = canonical(name or "utf-8")
        index = self.findData(name)
        if index < 0:
            self.addItem(name, name)
            index = self.count() - 1
        self.setCurrentIndex(index)
