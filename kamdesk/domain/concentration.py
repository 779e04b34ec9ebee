"""Sales concentration: key accounts' share and mono-dependence (DOMAIN.md section 1)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import TypeVar

from kamdesk.domain.enums import Tier

_ZERO = Decimal(0)
_HUNDRED = Decimal(100)
_Key = TypeVar("_Key")


@dataclass(frozen=True)
class Thresholds:
    """Shares (0..1) that mark a healthy key-account band and mono-dependence."""

    key_band_low: Decimal = Decimal("0.30")
    key_band_high: Decimal = Decimal("0.55")
    mono_dependence: Decimal = Decimal("0.75")

    def __post_init__(self) -> None:
        if not _ZERO <= self.key_band_low <= self.key_band_high <= 1:
            raise ValueError("the key account band must satisfy 0 <= low <= high <= 1")
        if not _ZERO < self.mono_dependence <= 1:
            raise ValueError("the mono-dependence threshold must be above 0 and at most 1")


@dataclass(frozen=True)
class AccountShare:
    """One account's revenue and its share (0..1) of the total."""

    key: object
    name: str
    tier: Tier
    revenue: Decimal
    share: Decimal


MONO_DEPENDENCE = "mono_dependence"
KEY_SHARE_BELOW = "key_share_below"
KEY_SHARE_ABOVE = "key_share_above"


@dataclass(frozen=True)
class ConcentrationAlert:
    """One concentration risk, as data, so a window can phrase it in the user's language.

    ``kind`` is MONO_DEPENDENCE (``key`` and ``name`` say which account brings ``share``
    of sales, more than ``limit_high``), KEY_SHARE_BELOW or KEY_SHARE_ABOVE (the key
    accounts together bring ``share``, outside ``limit_low``..``limit_high``).
    """

    kind: str
    share: Decimal
    limit_low: Decimal
    limit_high: Decimal
    key: object = None
    name: str = ""

    @property
    def edge(self) -> Decimal:
        """The limit the share crossed: a share is never shown rounded onto it."""
        return self.limit_low if self.kind == KEY_SHARE_BELOW else self.limit_high

    @property
    def text(self) -> str:
        """The alert in plain English (command line and briefing)."""
        share = percent_text(self.share, self.edge)
        if self.kind == MONO_DEPENDENCE:
            return (f"Mono-dependence: {self.name} brings {share} of sales"
                    f" (limit {percent_text(self.limit_high)})")
        side = "below" if self.kind == KEY_SHARE_BELOW else "above"
        band = f"{number_text(self.limit_low)}–{percent_text(self.limit_high)}"
        return f"Key accounts bring {share} of sales, {side} the {band} band"


@dataclass(frozen=True)
class ConcentrationReport:
    """The portfolio's concentration; ``key_band`` is "below", "within" or "above"."""

    total: Decimal
    shares: list[AccountShare]
    key_share: Decimal
    key_band: str
    mono_dependent_on: list[AccountShare]
    thresholds: Thresholds = field(default_factory=Thresholds)

    @property
    def alerts(self) -> list[ConcentrationAlert]:
        """What to warn about, mono-dependence first because it is the graver risk."""
        if self.total == 0:
            return []  # nothing sold yet: there is no concentration to warn about
        t = self.thresholds
        alerts = [
            ConcentrationAlert(MONO_DEPENDENCE, a.share, t.mono_dependence, t.mono_dependence,
                               a.key, a.name)
            for a in self.mono_dependent_on
        ]
        if self.key_band != "within":
            kind = KEY_SHARE_BELOW if self.key_band == "below" else KEY_SHARE_ABOVE
            alerts.append(ConcentrationAlert(kind, self.key_share, t.key_band_low, t.key_band_high))
        return alerts

    @property
    def warnings(self) -> list[str]:
        """The alerts in plain English."""
        return [a.text for a in self.alerts]


def concentration(
    accounts: Iterable[tuple[object, str, Tier, Decimal]],
    thresholds: Thresholds = Thresholds(),  # noqa: B008 - frozen, so sharing it is safe
) -> ConcentrationReport:
    """Return each account's share of sales and the warnings that follow from them.

    Only ``Tier.KEY`` accounts count toward the key share. Negative revenue (credit
    notes outweighing sales) counts as zero so that shares stay within 0..1. With
    a zero total every share is zero and nothing is flagged.
    """
    rows = [(key, name, Tier(tier), _as_decimal(rev)) for key, name, tier, rev in accounts]
    total = _total(r for *_, r in rows)
    share_of = _share_of(total)
    shares = [AccountShare(k, n, t, r, share_of(r)) for k, n, t, r in rows]
    shares.sort(key=lambda a: (-a.share, a.name.casefold(), a.name, str(a.key)))
    # Divide the summed revenue rather than adding rounded shares, so band edges are exact.
    key_share = share_of(sum((r for _, _, t, r in rows if t == Tier.KEY and r > 0), _ZERO))
    if key_share < thresholds.key_band_low:
        band = "below"
    elif key_share > thresholds.key_band_high:
        band = "above"
    else:
        band = "within"
    mono = [a for a in shares if a.share > thresholds.mono_dependence]
    return ConcentrationReport(total, shares, key_share, band, mono, thresholds)


def sales_shares(revenues: Iterable[tuple[_Key, Decimal]]) -> dict[_Key, Decimal]:
    """Each key's share of the total (the shares `concentration` reports), without the
    ranking and warnings: what a list of every account shows beside each name."""
    rows = list(revenues)
    share_of = _share_of(_total(r for _, r in rows))
    return {key: share_of(revenue) for key, revenue in rows}


def _total(revenues: Iterable[Decimal]) -> Decimal:
    # Negative revenue (credit notes outweighing sales) counts as zero: shares stay in 0..1.
    return sum((max(revenue, _ZERO) for revenue in revenues), _ZERO)


def _share_of(total: Decimal) -> Callable[[Decimal], Decimal]:
    def share_of(revenue: Decimal) -> Decimal:
        return max(revenue, _ZERO) / total if total else _ZERO

    return share_of


def _as_decimal(value: Decimal | int | float | str) -> Decimal:
    # str() first so a float such as 0.1 becomes Decimal("0.1"), not its binary expansion.
    return value if isinstance(value, Decimal) else Decimal(str(value))


def number_text(share: Decimal, places: int = 0) -> str:
    """A share (0..1) as a percentage number without the sign: "78", or "75.01" with places=2."""
    percent = (share * _HUNDRED).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{percent:f}"


def percent_text(share: Decimal, avoid: Decimal | None = None) -> str:
    """Format a share as "78 %", adding decimals when rounding would make it read as *avoid*."""
    places = 0
    while (
        places < 2
        and avoid is not None
        and share != avoid
        and number_text(share, places) == number_text(avoid, places)
    ):
        places += 1
    return f"{number_text(share, places)} %"
