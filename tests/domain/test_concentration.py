from __future__ import annotations

from decimal import Decimal

import pytest

from kamdesk.domain.concentration import (
    KEY_SHARE_BELOW,
    MONO_DEPENDENCE,
    AccountShare,
    ConcentrationAlert,
    Thresholds,
    concentration,
    sales_shares,
)
from kamdesk.domain.enums import Tier

D = Decimal


def test_each_account_gets_its_share_sorted_largest_first():
    report = concentration(
        [
            (1, "Small", Tier.REGULAR, D(25)),
            (2, "Big", Tier.KEY, D(75)),
            (3, "Zero", Tier.PROSPECT, D(0)),
        ]
    )
    assert report.total == D(100)
    assert report.shares == [
        AccountShare(2, "Big", Tier.KEY, D(75), D("0.75")),
        AccountShare(1, "Small", Tier.REGULAR, D(25), D("0.25")),
        AccountShare(3, "Zero", Tier.PROSPECT, D(0), D(0)),
    ]


def test_equal_shares_are_ordered_by_name():
    report = concentration([(1, "b", Tier.REGULAR, D(1)), (2, "A", Tier.REGULAR, D(1))])
    assert [a.name for a in report.shares] == ["A", "b"]


def test_only_key_tier_counts_toward_the_key_share():
    report = concentration(
        [
            (1, "Key", Tier.KEY, D(40)),
            (2, "Image", Tier.IMAGE, D(40)),
            (3, "R", Tier.REGULAR, D(20)),
        ]
    )
    assert report.key_share == D("0.4")
    assert report.key_band == "within"
    assert report.warnings == []


@pytest.mark.parametrize(
    ("key_revenue", "band"),
    [(29, "below"), (30, "within"), (55, "within"), (56, "above")],
)
def test_the_key_band_edges_are_inclusive(key_revenue, band):
    report = concentration(
        [(1, "Key", Tier.KEY, D(key_revenue)), (2, "Rest", Tier.REGULAR, D(100 - key_revenue))]
    )
    assert report.key_band == band


def test_a_low_key_share_is_warned_about_in_plain_english():
    report = concentration([(1, "Key", Tier.KEY, D(22)), (2, "Rest", Tier.REGULAR, D(78))])
    assert "Key accounts bring 22 % of sales, below the 30–55 % band" in report.warnings


def test_a_high_key_share_is_warned_about_in_plain_english():
    report = concentration(
        [(1, "A", Tier.KEY, D(30)), (2, "B", Tier.KEY, D(30)), (3, "C", Tier.REGULAR, D(40))]
    )
    assert report.warnings == ["Key accounts bring 60 % of sales, above the 30–55 % band"]


def test_mono_dependence_is_strictly_above_the_limit():
    at_limit = concentration(
        [(1, "Baltic Freight", Tier.KEY, D(75)), (2, "R", Tier.REGULAR, D(25))]
    )
    assert at_limit.mono_dependent_on == []
    over = concentration([(1, "Baltic Freight", Tier.KEY, D(78)), (2, "R", Tier.REGULAR, D(22))])
    assert [a.name for a in over.mono_dependent_on] == ["Baltic Freight"]


def test_mono_dependence_is_the_first_warning():
    report = concentration([(1, "Baltic Freight", Tier.KEY, D(78)), (2, "R", Tier.REGULAR, D(22))])
    assert report.warnings == [
        "Mono-dependence: Baltic Freight brings 78 % of sales (limit 75 %)",
        "Key accounts bring 78 % of sales, above the 30–55 % band",
    ]


def test_mono_dependence_on_a_regular_account_is_flagged_too():
    report = concentration([(1, "Giant", Tier.REGULAR, D(90)), (2, "K", Tier.KEY, D(10))])
    assert report.warnings[0] == "Mono-dependence: Giant brings 90 % of sales (limit 75 %)"


def test_a_share_just_over_the_limit_does_not_read_as_the_limit():
    report = concentration([(1, "Near", Tier.KEY, D("75.01")), (2, "R", Tier.REGULAR, D("24.99"))])
    assert report.warnings[0] == "Mono-dependence: Near brings 75.01 % of sales (limit 75 %)"


def test_a_zero_total_gives_zero_shares_and_no_warnings():
    report = concentration([(1, "A", Tier.KEY, D(0)), (2, "B", Tier.REGULAR, D(0))])
    assert report.total == 0
    assert all(a.share == 0 for a in report.shares)
    assert report.key_share == 0
    assert report.mono_dependent_on == []
    assert report.warnings == []


def test_an_empty_portfolio_has_no_warnings():
    report = concentration([])
    assert report.shares == []
    assert report.warnings == []


def test_negative_revenue_counts_as_zero_share():
    report = concentration([(1, "Refunds", Tier.KEY, D(-50)), (2, "A", Tier.REGULAR, D(100))])
    assert report.total == D(100)
    assert [a.share for a in report.shares] == [D(1), D(0)]
    assert report.shares[1].revenue == D(-50)


@pytest.mark.parametrize("revenues", [
    [D(-50), D(100), D("33.33"), D(0)],
    [D(0), D(0)],  # nothing sold yet
    [D(-10)],
    [],
])
def test_sales_shares_are_the_shares_the_report_gives(revenues):
    """The account list takes the shares alone; they must be the report's, to the digit."""
    rows = [(n, f"Account {n}", Tier.KEY if n % 2 else Tier.REGULAR, r)
            for n, r in enumerate(revenues)]
    reported = {a.key: a.share for a in concentration(rows).shares}
    assert sales_shares((key, revenue) for key, _, _, revenue in rows) == reported


def test_thresholds_are_settings():
    thresholds = Thresholds(D("0.10"), D("0.20"), D("0.40"))
    report = concentration(
        [(1, "A", Tier.KEY, D(45)), (2, "B", Tier.REGULAR, D(45)), (3, "C", Tier.REGULAR, D(10))],
        thresholds,
    )
    assert [a.name for a in report.mono_dependent_on] == ["A", "B"]
    assert report.key_band == "above"
    assert report.warnings[-1] == "Key accounts bring 45 % of sales, above the 10–20 % band"


def test_nonsense_thresholds_are_refused():
    with pytest.raises(ValueError):
        Thresholds(D("0.6"), D("0.5"))
    with pytest.raises(ValueError):
        Thresholds(mono_dependence=D(0))


def test_plain_numbers_and_tier_strings_are_accepted():
    report = concentration([(1, "A", "key", 1), (2, "B", Tier.REGULAR, 0.1)])
    assert report.shares[0].tier is Tier.KEY
    assert report.total == D("1.1")


def test_the_warnings_come_from_alerts_the_window_can_word_itself():
    report = concentration(
        [(1, "Giant", Tier.REGULAR, D("7501")), (2, "Key", Tier.KEY, D(1999)),
         (3, "Other", Tier.REGULAR, D(500))]
    )
    t = Thresholds()
    assert report.alerts == [
        ConcentrationAlert(MONO_DEPENDENCE, D("0.7501"), t.mono_dependence, t.mono_dependence,
                           1, "Giant"),
        ConcentrationAlert(KEY_SHARE_BELOW, D("0.1999"), t.key_band_low, t.key_band_high),
    ]
    assert [a.edge for a in report.alerts] == [t.mono_dependence, t.key_band_low]
    assert report.warnings == [a.text for a in report.alerts] == [
        "Mono-dependence: Giant brings 75.01 % of sales (limit 75 %)",
        "Key accounts bring 20 % of sales, below the 30–55 % band",
    ]
