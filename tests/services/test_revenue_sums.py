"""Revenue per account and year, summed by the database: exact to the cent."""

from __future__ import annotations

from decimal import Decimal

from kamdesk.services.accounts import AccountInput, AccountService, RevenueRow
from kamdesk.services.revenue import latest_year, revenue_by_account


def _account(db, name, *rows):
    return AccountService(db).create_account(AccountInput(name, revenue=list(rows)))


def test_quarters_are_summed_exactly_and_win_over_a_yearly_row(db):
    cents = _account(db, "Cents", *[RevenueRow(2026, q, Decimal("0.10"), Decimal(v), "EUR")
                                     for q, v in ((1, "0.10"), (2, "0.20"), (3, "1234567890.07"))])
    both = _account(db, "Both", RevenueRow(2026, None, Decimal(500), Decimal(400), "EUR"),
                    RevenueRow(2026, 1, None, Decimal("99.99"), "EUR"))
    yearly = _account(db, "Yearly", RevenueRow(2026, None, Decimal("10.5"), None, "EUR"),
                      RevenueRow(2025, 4, Decimal(7), Decimal(7), "EUR"))
    _account(db, "Other year only", RevenueRow(2024, None, Decimal(1), Decimal(1), "EUR"))
    with db.session() as s:
        assert latest_year(s) == 2026
        totals = revenue_by_account(s, 2026)
        assert totals == {
            cents: (Decimal("0.30"), Decimal("1234567890.37")),
            both: (Decimal(0), Decimal("99.99")),
            yearly: (Decimal("10.50"), Decimal(0)),
        }
        assert all(isinstance(v, Decimal) for pair in totals.values() for v in pair)
        assert revenue_by_account(s, 2026, both) == {both: (Decimal(0), Decimal("99.99"))}
        assert revenue_by_account(s, 2025) == {yearly: (Decimal(7), Decimal(7))}
