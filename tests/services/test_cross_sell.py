"""The cross-sell map as a grid of divisions and offerings."""

from __future__ import annotations

from decimal import Decimal

from kamdesk.domain.enums import CrossSellStatus
from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.cross_sell import CrossSellService


def test_setting_a_cell_twice_updates_it_and_the_grid_lists_both_axes(db):
    account = AccountService(db).create_account(AccountInput("Αιγαίο Ναυτιλιακή Α.Ε."))
    service = CrossSellService(db)
    first = service.set_cell(account, "Tankers", "Fleet telematics", CrossSellStatus.IDEA)
    again = service.set_cell(account, "Tankers", "Fleet telematics", CrossSellStatus.PROPOSED,
                             Decimal("120000"))
    service.set_cell(account, "Ferries", "Crew training", CrossSellStatus.WON)
    grid = service.grid(account)
    assert first == again
    assert grid.divisions == ["Ferries", "Tankers"]
    assert grid.offerings == ["Crew training", "Fleet telematics"]
    assert grid.cells[("Tankers", "Fleet telematics")].status is CrossSellStatus.PROPOSED
