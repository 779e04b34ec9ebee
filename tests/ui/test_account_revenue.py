"""Editing an account's revenue by period, with wrong cells named by their row."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from kamdesk.domain.enums import Tier
from kamdesk.services.accounts import AccountInput, AccountService, RevenueRow


def test_revenue_figures_are_edited_in_the_account_dialog(qtbot, qtmodeltester, db):
    from kamdesk.ui.dialogs.entries import AccountDialog

    accounts = AccountService(db)
    account_id = accounts.create_account(AccountInput(
        "Vltava Pharma a.s.", Tier.IMAGE,
        revenue=[RevenueRow(2026, 1, Decimal("1000.00"), Decimal("950.50"), "EUR")]))
    dialog = AccountDialog(db, account_id)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.revenue)
    model = dialog.revenue
    assert model.rows() == [
        {"period": "2026-Q1", "planned": "1000.00", "actual": "950.50", "currency": "EUR"}
    ]
    qtbot.mouseClick(dialog.revenue_box.add_button, Qt.MouseButton.LeftButton)
    row = model.rowCount() - 1
    model.setData(model.index(row, model.COL_PERIOD), "2026 Q5")
    model.setData(model.index(row, model.COL_ACTUAL), "1 200,75")
    assert dialog.dirty
    dialog.accept()
    assert dialog.error_text("revenue").startswith("row 2: '2026 Q5' is not a period")
    assert accounts.get_account(account_id).revenue[0].actual == Decimal("950.50")  # untouched

    model.setData(model.index(row, model.COL_PERIOD), "2026-Q2")
    dialog.accept()
    assert dialog.result() == 1
    saved = accounts.get_account(account_id).revenue
    assert [(r.year, r.quarter, r.actual) for r in saved] == [
        (2026, 1, Decimal("950.50")),
        (2026, 2, Decimal("1200.75")),
    ]
