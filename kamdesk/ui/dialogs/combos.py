"""Choosing an item of a combo box by the data it holds."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def choose(combo: QComboBox, value) -> bool:
    """Select the item holding `value`; False when none does.

    QComboBox.findData compares Python objects such as UUIDs by identity, so an equal id
    read by another query is not found (the person editor lost "Reports to" that way).
    """
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            combo.setCurrentIndex(index)
            return True
    return False
