"""Every action "on the current account" acts on the account on screen, whatever tab is shown.

The bug: open Baltic Freight's People tab, go back to Overview, pick Vltava Pharma, press
Ctrl+Shift+P: the person was saved under Baltic Freight, because the People tab learnt its
account only when it was shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from kamdesk.services.interactions import InteractionService
from kamdesk.services.meetings import MeetingService
from kamdesk.services.people import PeopleService
from kamdesk.services.proposals import ProposalService
from tests.ui.helpers import activate, open_form, save, type_into

BALTIC = "Baltic Freight Sp. z o.o."


def _account_id(window, prefix: str):
    rows = window.pages["accounts"].accounts.model.rows()
    return next(a.id for a in rows if a.name.startswith(prefix))


def show_vltava_with_people_hidden(qtbot, window):
    """Baltic Freight's People tab opened then left; Vltava Pharma clicked in the list."""
    accounts = window.pages["accounts"]
    dossier = accounts.dossier
    window.open_account(_account_id(window, BALTIC))
    dossier.tabs.setCurrentWidget(dossier.people)
    dossier.tabs.setCurrentWidget(dossier.overview)
    vltava = _account_id(window, "Vltava")
    table = accounts.accounts.table
    row = next(r for r in range(accounts.accounts.proxy.rowCount())
               if accounts.accounts.proxy.row_at(r).id == vltava)
    rect = table.visualRect(accounts.accounts.proxy.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dossier.title.text().startswith("Vltava")
    assert dossier.tabs.currentWidget() is dossier.overview
    activate(qtbot, window)
    return vltava


def test_new_person_by_shortcut_lands_on_the_account_on_screen(qtbot, sample_window):
    vltava = show_vltava_with_people_hidden(qtbot, sample_window)
    qtbot.keyClick(sample_window, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    editor = open_form(sample_window)
    reports_to = {editor.reports_to.itemText(i) for i in range(1, editor.reports_to.count())}
    people = PeopleService(sample_window.context.db)
    assert reports_to == {p.full_name for p in people.list_people(vltava)}
    type_into(qtbot, editor.full_name, "Radka Dvořáková")
    with qtbot.waitSignal(editor.accepted):
        save(qtbot, editor)
    assert people.get_person(editor.saved_id).account_id == vltava


def test_new_person_works_right_after_start(qtbot, sample_window):
    shown = sample_window.pages["accounts"].dossier.account_id
    assert shown is not None
    activate(qtbot, sample_window)
    qtbot.keyClick(sample_window, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    editor = open_form(sample_window)
    type_into(qtbot, editor.full_name, "Nguyễn Thị Hoa")
    with qtbot.waitSignal(editor.accepted):
        save(qtbot, editor)
    assert PeopleService(sample_window.context.db).get_person(editor.saved_id).account_id == shown


def test_account_actions_are_greyed_out_with_no_account(window):
    actions = window.account_actions
    assert actions and not any(a.isEnabled() for a in actions.values())


def test_log_contact_by_shortcut_lands_on_the_account_on_screen(qtbot, sample_window):
    vltava = show_vltava_with_people_hidden(qtbot, sample_window)
    qtbot.keyClick(sample_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = open_form(sample_window)
    qtbot.keyClicks(dialog.summary, "Called about the audit trail export")
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)
    logged = InteractionService(sample_window.context.db).list_interactions(vltava)
    assert "Called about the audit trail export" in [i.summary for i in logged]


def test_plan_meeting_from_the_menu_lands_on_the_account_on_screen(qtbot, sample_window):
    vltava = show_vltava_with_people_hidden(qtbot, sample_window)
    sample_window.account_actions["plan_meeting"].trigger()
    dialog = open_form(sample_window)
    assert dialog.attendees.count() == len(
        PeopleService(sample_window.context.db).list_people(vltava)
    )
    qtbot.keyClicks(dialog.objective, "Walk the cold rooms in Prague")
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)
    meetings = MeetingService(sample_window.context.db).list_meetings(vltava)
    assert "Walk the cold rooms in Prague" in [m.objective for m in meetings]


def test_new_proposal_from_the_menu_lands_on_the_account_on_screen(qtbot, sample_window, today):
    vltava = show_vltava_with_people_hidden(qtbot, sample_window)
    sample_window.account_actions["new_proposal"].trigger()
    dialog = open_form(sample_window)
    qtbot.keyClicks(dialog.title, "Temperature mapping retrofit")
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)
    proposals = ProposalService(sample_window.context.db).list_proposals(vltava, today)
    assert "Temperature mapping retrofit" in [p.title for p in proposals]


def test_brief_by_shortcut_is_the_brief_of_the_account_on_screen(qtbot, sample_window):
    from kamdesk.ui.brief_preview import BriefPreview

    vltava = show_vltava_with_people_hidden(qtbot, sample_window)
    qtbot.keyClick(sample_window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    [preview] = sample_window.findChildren(BriefPreview)
    qtbot.addWidget(preview)
    assert preview.account_id == vltava
    qtbot.waitUntil(lambda: preview.document.pageCount() > 0, timeout=30_000)


def test_new_task_by_shortcut_lands_on_the_account_on_screen(qtbot, sample_window):
    from kamdesk.services.tasks import TaskService

    vltava = show_vltava_with_people_hidden(qtbot, sample_window)
    qtbot.keyClick(sample_window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = open_form(sample_window)
    qtbot.keyClicks(dialog.title, "Send the validation plan")
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)
    task = TaskService(sample_window.context.db).get_task(dialog.saved_id)
    assert task.account_id == vltava and task.title == "Send the validation plan"
