"""A stale save in a dialog: the other person's changes shown, the user's input kept, and
the choice to reapply it or keep theirs."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kamdesk.domain.enums import Stance
from kamdesk.services.accounts import AccountService
from kamdesk.services.people import PeopleService, PersonInput
from kamdesk.store.database import open_database
from kamdesk.ui.dialogs.entries import AccountDialog
from kamdesk.ui.dialogs.person_editor import PersonEditor


def _baltic(db):
    return next(a for a in AccountService(db).list_accounts() if a.name.startswith("Baltic"))


def _someone_else_moves_it_to_gdynia(db, account_id):
    other = open_database(db.url)  # the colleague's own connection
    try:
        service = AccountService(other)
        theirs = service.get_account(account_id)
        data = _input(theirs)
        service.update_account(account_id, replace(data, city="Gdynia"), base=theirs)
    finally:
        other.close()


def _input(detail):
    from kamdesk.services.accounts import AccountInput

    return AccountInput(detail.name, detail.tier, detail.industry, detail.region, detail.city,
                        detail.country, detail.lead_source, detail.website, detail.notes,
                        list(detail.revenue))


def _save(dialog, qtbot):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_a_stale_account_save_shows_their_change_and_reapplies_mine(qtbot, sample_db):
    account = _baltic(sample_db)
    dialog = AccountDialog(sample_db, account.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.notes.setPlainText("Zbigniew Wróblewski prefers calls before nine.")
    _someone_else_moves_it_to_gdynia(sample_db, account.id)
    _save(dialog, qtbot)
    assert dialog.isVisible() and dialog.conflict.isVisible()
    assert dialog.notes.toPlainText() == "Zbigniew Wróblewski prefers calls before nine."
    changes = dialog.conflict.details.text()
    assert "City" in changes and "Gdańsk → <b>Gdynia</b>" in changes
    assert AccountService(sample_db).get_account(account.id).notes != dialog.notes.toPlainText()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.conflict.reapply_button, Qt.MouseButton.LeftButton)
    stored = AccountService(sample_db).get_account(account.id)
    assert stored.city == "Gdynia"  # theirs, a field I did not touch
    assert stored.notes == "Zbigniew Wróblewski prefers calls before nine."  # mine


def test_keeping_theirs_drops_my_edit(qtbot, sample_db):
    account = _baltic(sample_db)
    dialog = AccountDialog(sample_db, account.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.city.setText("Sopot")
    _someone_else_moves_it_to_gdynia(sample_db, account.id)
    _save(dialog, qtbot)
    assert "yours: Sopot" in dialog.conflict.details.text()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.conflict.keep_button, Qt.MouseButton.LeftButton)
    assert AccountService(sample_db).get_account(account.id).city == "Gdynia"


def test_the_person_editor_shows_a_conflict_too(qtbot, sample_db):
    people = PeopleService(sample_db)
    person = people.list_people(_baltic(sample_db).id)[0]
    dialog = PersonEditor(sample_db, person.account_id, person.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.hobbies.setText("sailing, chess")
    theirs = people.get_person(person.id)
    stance = Stance.OPPONENT if theirs.stance != Stance.OPPONENT else Stance.SUPPORTER
    fields = {f: getattr(theirs, f) for f in PersonInput.__dataclass_fields__}
    people.update_person(person.id, PersonInput(**{**fields, "stance": stance}), base=theirs)
    _save(dialog, qtbot)
    assert dialog.conflict.isVisible() and dialog.hobbies.text() == "sailing, chess"
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.conflict.reapply_button, Qt.MouseButton.LeftButton)
    stored = people.get_person(person.id)
    assert (stored.stance, stored.hobbies) == (stance, "sailing, chess")
