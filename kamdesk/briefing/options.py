"""What a brief includes and how it is printed: sections, shareable variant, paper, locale."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Section(StrEnum):
    """The parts of a brief that can be switched off; the header is always printed."""

    THINGS = "things"  # three things to know
    SNAPSHOT = "snapshot"
    ROOM = "room"  # who is in the room, and everyone else in the DMU
    MAP = "map"
    PROPOSALS = "proposals"
    TENDERS = "tenders"
    SERVICE = "service"
    CROSS_SELL = "cross-sell"
    INTERACTIONS = "interactions"
    TASKS = "tasks"
    NOTES = "notes"


ALL_SECTIONS: frozenset[Section] = frozenset(Section)


class Private(StrEnum):
    """What a person's card can hold that a shareable brief may leave out."""

    BIRTHDAY = "birthday"
    FAMILY = "family"
    HOBBIES = "hobbies"
    VALUES = "values"
    NOTES = "notes"
    CONTACT = "contact"  # phone and e-mail
    STANCE = "stance"  # our reading of them (supporter … opponent) and their influence


# By default a shareable brief leaves all of it out: the personal data, and how each person
# stands toward us, which stays within the account team.
DEFAULT_SHAREABLE_OMITS: frozenset[Private] = frozenset(Private)

# Countries that print on US Letter; everyone else uses A4.
LETTER_TERRITORIES = frozenset(
    {"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "SV", "DO", "NI", "PR", "BZ"}
)


@dataclass(frozen=True)
class BriefOptions:
    """How to build a brief. ``paper`` None follows the locale; ``invariant`` makes the PDF
    byte-for-byte reproducible (fixed dates and ids), for tests."""

    sections: frozenset[Section] = ALL_SECTIONS
    shareable: bool = False
    shareable_omits: frozenset[Private] = DEFAULT_SHAREABLE_OMITS
    recent_interactions: int = 10
    locale: str = field(default_factory=lambda: system_locale())
    paper: str | None = None  # "a4" | "letter" | None
    language: str | None = None  # "en" | "fil" | None: the locale's language
    password: str | None = None
    invariant: bool = False
    author: str = ""

    @property
    def language_code(self) -> str:
        """The language the brief's fixed texts are written in."""
        from kamdesk.language import language_of

        return language_of(self.language or self.locale)

    @property
    def paper_name(self) -> str:
        return self.paper or paper_for_locale(self.locale)


def parse_sections(names: list[str]) -> frozenset[Section]:
    """Sections from their names ("room", "map"…); raise ValueError naming a wrong one."""
    chosen = set()
    for name in names:
        for part in name.split(","):
            part = part.strip().lower()
            if not part:
                continue
            try:
                chosen.add(Section(part))
            except ValueError:
                known = ", ".join(s.value for s in Section)
                raise ValueError(f"unknown section '{part}' (choose from {known})") from None
    return frozenset(chosen)


def system_locale() -> str:
    """The user's locale from the environment ("pl_PL"), or "en_GB" when it says C/POSIX."""
    for variable in ("LC_ALL", "LC_TIME", "LANG"):
        value = os.environ.get(variable, "")
        name = value.split(".")[0].split("@")[0]
        if name and name not in ("C", "POSIX"):
            return name
    return "en_GB"


def paper_for_locale(locale: str) -> str:
    """"letter" for the Americas and the Philippines, "a4" for the rest of the world."""
    territory = locale.replace("-", "_").split("_")[1:2]
    return "letter" if territory and territory[0].upper() in LETTER_TERRITORIES else "a4"


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def default_file_name(title: str, day: date) -> str:
    """"Baltic Freight Sp. z o.o.-brief-2026-11-27.pdf": the title without the characters
    that some file system refuses, and no leading dot (which would hide the file)."""
    safe = _UNSAFE.sub("", title).strip().lstrip(".") or "account"
    return f"{safe}-brief-{day.isoformat()}.pdf"
