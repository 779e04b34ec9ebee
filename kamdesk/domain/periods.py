"""Revenue periods as people write them: '2026' for a year, '2026-Q3' for a quarter."""

from __future__ import annotations

import re

_PERIOD = re.compile(r"^\s*(\d{4})(?:\s*[-/ ]?\s*[Qq]\s*([1-4]))?\s*$")


def parse_period(text: str) -> tuple[int, int | None]:
    """(year, quarter or None); raises ValueError with a message fit for the user."""
    match = _PERIOD.match(text)
    if not match or not 1900 <= int(match.group(1)) <= 2200:
        raise ValueError(f"'{text.strip()}' is not a period: write 2026 or 2026-Q3")
    quarter = match.group(2)
    return int(match.group(1)), int(quarter) if quarter else None


def period_text(year: int, quarter: int | None) -> str:
    return f"{year}-Q{quarter}" if quarter else str(year)
