"""The Help menu: every shortcut listed from the actions themselves, the KAM's loop in five
steps, and About with the installed version, the shipped licences and where the data is."""

from __future__ import annotations

from importlib.metadata import version

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from kamdesk.ui.help_dialogs import (
    AboutDialog,
    GettingStartedDialog,
    ShortcutsDialog,
    every_action,
    shortcut_rows,
)


def _listed(dialog) -> dict[str, str]:
    tree = dialog.tree
    return {tree.topLevelItem(i).child(j).text(0): tree.topLevelItem(i).child(j).text(1)
            for i in range(tree.topLevelItemCount())
            for j in range(tree.topLevelItem(i).childCount())}  # fmt: skip


def test_the_shortcuts_dialog_lists_every_shortcut_of_every_menu_action(window, qtbot):
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    listed = _listed(dialog)
    with_keys = [a for a in every_action(window) if a.shortcuts()]
    assert len(listed) == len(with_keys) >= 12
    native = QKeySequence.SequenceFormat.NativeText
    assert listed["Brief"] == QKeySequence("Ctrl+B").toString(native)
    assert QKeySequence("Ctrl+K").toString(native) in listed["Find"]
    assert "Keyboard shortcuts" in listed and "Settings" in listed


def test_a_new_shortcut_shows_up_without_touching_the_dialog(window, qtbot):
    window.about_action.setShortcut(QKeySequence("Ctrl+Shift+F1"))
    assert ("Help", "About KAMDesk", "Ctrl+Shift+F1") in shortcut_rows(window)


def test_getting_started_walks_the_loop_in_five_steps(window, qtbot):
    dialog = GettingStartedDialog(window)
    qtbot.addWidget(dialog)
    assert len(dialog.steps) == 5
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    for words in ("Today", "Log every contact", "the brief", "Ctrl+B"):
        assert words in shown


def test_about_names_the_version_the_licences_and_where_the_data_lives(window, qtbot):
    window.show_location("Data: ~/.local/share/KAMDesk/kamdesk.sqlite3")
    dialog = AboutDialog(window)
    qtbot.addWidget(dialog)
    text = dialog.summary.text()
    assert f"KAMDesk {version('kamdesk')}" in text
    assert "kamdesk.sqlite3" in text and window.settings.file_name() in text
    tabs = [dialog.licences.tabText(i) for i in range(dialog.licences.count())]
    assert any("DejaVu" in t for t in tabs) and any("Lucide" in t and "ISC" in t for t in tabs)
    assert "Permission to use, copy, modify" in dialog.licences.widget(1).toPlainText()


def test_the_help_menu_comes_last_with_its_three_windows(window):
    last = window.menuBar().actions()[-1]
    assert last.text() == "&Help"
    assert [a.text() for a in last.menu().actions()] == [
        "&Getting started", "&Keyboard shortcuts", "&About KAMDesk"]  # fmt: skip
