"""A person as it travels through files: read from vCard/CSV, written to vCard/CSV.

Import parsers turn each record into a `PersonCard` (or a `Rejection`); exports build cards
from the database. Both sides meet here so a round trip compares like with like.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kamdesk.domain.birthdays import Birthday
from kamdesk.domain.enums import DmuRole, DmuType, Stance
from kamdesk.services.people import ContactData, FamilyMemberData


@dataclass
class PersonCard:
    """One person from (or for) a contacts file; `organisation` names the account."""

    full_name: str
    given_name: str = ""
    family_name: str = ""
    organisation: str = ""
    position: str = ""
    department: str = ""
    birthday: Birthday | None = None
    contacts: list[ContactData] = field(default_factory=list)
    family: list[FamilyMemberData] = field(default_factory=list)
    notes: str = ""
    hobbies: str = ""
    values: str = ""
    dmu_role: DmuRole | None = None
    dmu_type: DmuType | None = None
    stance: Stance | None = None
    influence: int | None = None
    source: str = ""  # where in the file: "record 3 (line 25)", "line 7"
    order: int = 0  # position in the file, to report rows in file order


@dataclass(frozen=True)
class Rejection:
    """A record that cannot be imported, and why, in words the user can act on."""

    source: str
    name: str
    reason: str
    order: int = 0


@dataclass
class ParsedFile:
    """What a parser read from one file: the people, the rejected records, and how."""

    cards: list[PersonCard] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    encoding: str = ""
    notes: list[str] = field(default_factory=list)  # remarks about the file as a whole
