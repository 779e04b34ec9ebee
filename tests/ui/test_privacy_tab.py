"""The person editor's Privacy tab writes the legal basis, source and dates of a person."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from kamdesk.domain.enums import LegalBasis, Tier
from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.people import PeopleService, PersonInput


def test_the_privacy_tab_saves_what_the_user_chose_and_blank_dates_stay_blank(qtbot, db):
    from kamdesk.ui.dialogs.person_editor import PersonEditor

    account = AccountService(db).create_account(AccountInput("Wrocław Stal S.A.", Tier.KEY))
    pid = PeopleService(db).create_person(account, PersonInput("Grzegorz Brzęczyszczykiewicz"))
    editor = PersonEditor(db, account, pid)
    qtbot.addWidget(editor)
    editor.show()
    privacy = editor.privacy
    assert privacy.collected_on.text() == "not set"
    privacy.legal_basis.setCurrentIndex(privacy.legal_basis.findData(LegalBasis.CONTRACT))
    qtbot.keyClicks(privacy.data_source, "signed framework contract")
    privacy.review_on.setDate(QDate(2027, 3, 1))
    with qtbot.waitSignal(editor.accepted):
        qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    saved = PeopleService(db).get_person(pid).privacy
    assert (saved.legal_basis, saved.data_source) == (LegalBasis.CONTRACT,
                                                      "signed framework contract")
    assert (saved.collected_on, saved.review_on) == (None, date(2027, 3, 1))
