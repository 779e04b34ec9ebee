"""Talking points for one person, from their own dossier first and their DMU type after.

The typing (DOMAIN.md section 2) is only a guide: "each member gets an individual approach,
built from the dossier and from what was learned in negotiations". So a card opens with
what is true of this person — an open complaint of theirs, what they said last time, what
they value, a hobby to start on — and the type's advice fills what room is left. Two people
of the same type get different lines as soon as their dossiers differ.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kamdesk.domain.dmu import talking_points
from kamdesk.domain.enums import DmuType

PER_PERSON = 4  # lines on a card
_QUOTE_LENGTH = 90


def _first_item(text: str) -> str:
    """The first of a list the user typed ("punctuality, straight talk; family")."""
    return next((p.strip() for p in re.split(r"[,;\n]", text) if p.strip()), "")


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def personal_talking_points(
    dmu_type: DmuType | None,
    *,
    values: str = "",
    hobbies: str = "",
    open_cases: Sequence[str] = (),
    last_said: str = "",
    how_many: int = PER_PERSON,
) -> tuple[str, ...]:
    """Up to `how_many` lines: the person's open case (the most pressing), what they said
    last time, their first value, a hobby; then the type's advice, always at least one line
    of it. `open_cases` are titles, oldest first; a shareable brief passes no values or
    hobbies (they are personal data)."""
    own: list[str] = []
    if open_cases:
        more = f" (and {len(open_cases) - 1} more)" if len(open_cases) > 1 else ""
        own.append(f"Say where their case “{_shorten(open_cases[0], 60)}” stands{more}")
    if last_said.strip():
        own.append(f"Pick up from last time: “{_shorten(last_said, _QUOTE_LENGTH)}”")
    if value := _first_item(values):
        own.append(f"Speak to what they value: {value}")
    if hobby := _first_item(hobbies):
        own.append(f"Small talk: ask about {hobby}")
    own = own[: max(how_many - 1, 0)]
    by_type = list(talking_points(dmu_type))
    return tuple(own + by_type[: how_many - len(own)])
