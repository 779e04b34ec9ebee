"""Sentences the services also say in English are worded by the window, through Qt's
translation: with a (tiny, Filipino) translator installed, Today, the navigation, the
overview and the portfolio speak it; without one they read as before."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from kamdesk.domain.birthdays import Birthday
from kamdesk.domain.changes import Changes
from kamdesk.domain.enums import Tier
from kamdesk.services.accounts import AccountInput, AccountService, RevenueRow
from kamdesk.services.agenda import AgendaKind
from kamdesk.services.people import FamilyMemberData, PeopleService, PersonInput
from kamdesk.ui.main_window import PAGE_TODAY
from kamdesk.ui.sentences import agenda_text, fill

FILIPINO = {
    ("Agenda", "Birthday: %1 (%2 of %3)"): "Kaarawan ni %1 (%2 ni %3)",
    ("Agenda", "Birthday: %1, turns %n"): "Kaarawan ni %1, magiging %n taong gulang",
    ("NavigationPane", "%n birthdays this week"): "%n kaarawan ngayong linggo",
    ("Completeness", "%1 missing for %n people"): "walang %1 ang %n tao",
    ("labels", "position"): "posisyon",
    ("Concentration", "Mono-dependence: %1 brings %2 of sales (limit %3)"):
        "Pag-asa sa iisang kliyente: %2 ng benta ay galing sa %1 (hangganan %3)",
}


class Filipino(QTranslator):
    """A translator from a dict: Qt asks it like one loaded from a .qm file."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return FILIPINO.get((context, source), "")

    def isEmpty(self):  # noqa: N802 - Qt's name
        return False


@pytest.fixture
def filipino(qapp):
    translator = Filipino()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def _family_with_birthdays(db):
    account = AccountService(db).create_account(AccountInput(
        "Mindanao Foods Corporation", Tier.KEY,
        revenue=[RevenueRow(2026, None, None, Decimal("900000"), "EUR")],
    ))
    for name in ("Maricel Dimaculangan", "Rodel Bautista"):
        PeopleService(db).create_person(account, PersonInput(
            name, birthday=Birthday(11, 29, 1979),
            family=[FamilyMemberData("Paolo", "anak", Birthday(11, 30))],
        ))
    return account


def _what(today) -> list[str]:
    model = today.model
    return [model.index(row, model.COL_WHAT).data() for row in range(model.rowCount())
            if row not in model.heading_rows()]


def test_today_words_a_family_birthday_from_its_parts(window):
    _family_with_birthdays(window.context.db)
    window.context.notify(Changes.everything())
    window.navigation.setCurrentRow(PAGE_TODAY)
    today = window.pages["today"]
    assert _what(today) == [
        "Birthday: Maricel Dimaculangan, turns 47",
        "Birthday: Rodel Bautista, turns 47",
        "Birthday: Paolo (anak of Maricel Dimaculangan)",
        "Birthday: Paolo (anak of Rodel Bautista)",
    ]
    # The row is worded from the item's parts, not copied from its English title.
    family = next(i for i in today.model.items() if i.relation)
    assert agenda_text(replace(family, relation="apo")) == (
        "Birthday: Paolo (apo of Maricel Dimaculangan)"
    )
    assert family.kind is AgendaKind.BIRTHDAY and family.count is None


def test_a_translator_reaches_today_the_week_the_overview_and_the_portfolio(
    qtbot, filipino, window
):
    account = _family_with_birthdays(window.context.db)
    with qtbot.waitSignal(window.navigation_pane.summary_shown):  # counted off the thread
        window.context.notify(Changes.everything())
    window.go_to(PAGE_TODAY)  # a page not on screen redraws when it is shown
    assert _what(window.pages["today"]) == [
        "Kaarawan ni Maricel Dimaculangan, magiging 47 taong gulang",
        "Kaarawan ni Rodel Bautista, magiging 47 taong gulang",
        "Kaarawan ni Paolo (anak ni Maricel Dimaculangan)",
        "Kaarawan ni Paolo (anak ni Rodel Bautista)",
    ]
    assert "4 kaarawan ngayong linggo" in window.navigation_pane.summary.text()

    dossier = window.pages["accounts"].dossier
    dossier.overview.load(account)
    overview = dossier.overview
    warning = "Pag-asa sa iisang kliyente: 100 % ng benta ay galing sa Mindanao Foods Corporation"
    assert warning in overview.warning.text()
    texts = [label.text() for label in overview.widget().findChildren(type(overview.warning))]
    assert any("walang posisyon ang 2 tao" in text for text in texts)

    portfolio = window.pages["portfolio"]
    portfolio.refresh()
    assert warning in portfolio.warning.text()


def test_placeholders_are_filled_at_once_so_names_holding_percent_signs_stay_whole():
    assert fill("%1 (%2 of %3)", "Ana %2", "anak", "Lito") == "Ana %2 (anak of Lito)"
    assert fill("%1 of %2", "only one") == "only one of %2"
