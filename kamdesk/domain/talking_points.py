"""Talking points for one person, from their own dossier first and their DMU type after.

The typing (DOMAIN.md section 2) is only a guide: "each member gets an individual approach,
built from the dossier and from what was learned in negotiations". So a card opens with
what is true of this person — an open complaint of theirs, what they said last time, what
they value, a hobby to start on — and the type's advice fills what room is left. Two people
of the same type get different lines as soon as their dossiers differ.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from kamdesk.domain.dmu import N_, talking_points
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
    translate: Callable[[str], str] = str,
) -> tuple[str, ...]:
    """Up to `how_many` lines: the person's open case (the most pressing), what they said
    last time, their first value, a hobby; then the type's advice, always at least one line
    of it. `open_cases` are titles, oldest first; a shareable brief passes no values or
    hobbies (they are personal data). `translate` puts the fixed words in the reader's
    language (the brief passes its gettext `_`; the domain itself stays English)."""
    t = translate
    own: list[str] = []
    if open_cases:
        more = (t(N_(" (and {n} more)")).format(n=len(open_cases) - 1)
                if len(open_cases) > 1 else "")
        own.append(t(N_("Say where their case “{case}” stands")).format(
            case=_shorten(open_cases[0], 60)) + more)
    if last_said.strip():
        own.append(t(N_("Pick up from last time: “{said}”")).format(
            said=_shorten(last_said, _QUOTE_LENGTH)))
    if value := _first_item(values):
        own.append(t(N_("Speak to what they value: {value}")).format(value=value))
    if hobby := _first_item(hobbies):
        own.append(t(N_("Small talk: ask about {hobby}")).format(hobby=hobby))
    own = own[: max(how_many - 1, 0)]
    by_type = [t(point) for point in talking_points(dmu_type)]
    return tuple(own + by_type[: how_many - len(own)])
