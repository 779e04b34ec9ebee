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
            for j in range(tree.topLevelItem(i).childCount())}


def _rows(dialog) -> set[tuple[str, str, str]]:
    tree = dialog.tree
    return {(tree.topLevelItem(i).text(0), tree.topLevelItem(i).child(j).text(0),
             tree.topLevelItem(i).child(j).text(1))
            for i in range(tree.topLevelItemCount())
            for j in range(tree.topLevelItem(i).childCount())}


def _native(sequences) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in sequences
                     if not k.isEmpty())


def test_the_shortcuts_dialog_lists_every_shortcut_of_every_menu_action(window, qtbot):
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    listed = _listed(dialog)
    with_keys = [a.text().replace("&", "").rstrip("…") for a in every_action(window)
                 if _native(a.shortcuts())]
    assert len(with_keys) >= 12 and set(with_keys) <= set(listed)
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
        "&Getting started", "&Keyboard shortcuts", "&About KAMDesk"]


def test_every_shortcut_in_the_windows_widgets_is_in_the_dialog(sample_window, qtbot):
    """Not only the menus: the Delete key of each dossier tab's list (a QShortcut on its
    table) too, under the tab's name; found by walking the widget tree for keys."""
    from PySide6.QtGui import QAction, QShortcut

    window = sample_window
    in_tree = [(s.whatsThis(), _native([s.key()])) for s in window.findChildren(QShortcut)]
    in_tree += [(a.text().replace("&", "").rstrip("…"), _native(a.shortcuts()))
                for a in window.findChildren(QAction)]
    in_tree = [(what, keys) for what, keys in in_tree if keys]
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    rows = _rows(dialog)
    shown = {(what, keys) for _, what, keys in rows}
    assert len(in_tree) > 20 and set(in_tree) <= shown
    delete = QKeySequence(QKeySequence.StandardKey.Delete).toString(
        QKeySequence.SequenceFormat.NativeText)
    places = {where for where, what, keys in rows if (what, keys) == ("Delete", delete)}
    assert {"People", "Proposals", "Meetings"} <= places, places


def test_the_delete_key_of_a_dossier_list_deletes_the_selected_row(sample_window, qtbot):
    from PySide6.QtCore import Qt

    from tests.ui.helpers import activate

    activate(qtbot, sample_window)  # shortcuts reach only the active window
    dossier = sample_window.pages["accounts"].dossier
    dossier.tabs.setCurrentWidget(dossier.people)
    people = dossier.people
    before = people.proxy.rowCount()
    people.table.setFocus()
    people.table.selectRow(0)
    chosen = people.current()
    qtbot.keyClick(people.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: people.proxy.rowCount() == before - 1)
    assert chosen.id not in {people.proxy.row_at(r).id for r in range(people.proxy.rowCount())}
