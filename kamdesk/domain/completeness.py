"""How complete and standard a dossier is (DOMAIN.md section 2)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol

from kamdesk.domain.birthdays import Birthday, HasBirthday, birthday_of
from kamdesk.domain.dmu import KEY_ROLES, uncovered_roles
from kamdesk.domain.enums import DmuRole, DmuType, Stance
from kamdesk.domain.labels import QT_TRANSLATE_NOOP, ROLE_LABELS


@dataclass(frozen=True)
class PersonFacts:
    """What the dossier knows about one DMU member; ``has_contact`` means an e-mail or phone."""

    name: str
    position: str = ""
    dmu_role: DmuRole | None = None
    dmu_type: DmuType | None = None
    stance: Stance | None = None
    influence: int | None = None
    has_contact: bool = False
    birthday: Birthday | None = None
    hobbies: str = ""
    values: str = ""
    family_count: int = 0
    last_contact: date | None = None


class _FamilyMember(Protocol):
    @property
    def in_trash(self) -> bool: ...


class DmuMemberRow(HasBirthday, Protocol):
    """A DMU member's name, position, role and stance: a `Person`, or a row shaped like one."""

    @property
    def full_name(self) -> str: ...
    @property
    def position(self) -> str: ...
    @property
    def dmu_role(self) -> DmuRole | None: ...
    @property
    def dmu_type(self) -> DmuType | None: ...
    @property
    def stance(self) -> Stance | None: ...
    @property
    def influence(self) -> int | None: ...


class PersonRecord(DmuMemberRow, Protocol):
    """What :func:`person_facts` reads: a person as the ORM loads it, or a row shaped like one."""

    @property
    def hobbies(self) -> str: ...
    @property
    def values(self) -> str: ...
    @property
    def contacts(self) -> Collection[object]: ...
    @property
    def family(self) -> Iterable[_FamilyMember]: ...


def person_facts(person: PersonRecord, last_contact: datetime | None) -> PersonFacts:
    """The facts of one person: an ORM object, or a row with ``contacts`` and ``family``."""
    return PersonFacts(
        name=person.full_name, position=person.position, dmu_role=person.dmu_role,
        dmu_type=person.dmu_type, stance=person.stance, influence=person.influence,
        has_contact=bool(person.contacts), birthday=birthday_of(person), hobbies=person.hobbies,
        values=person.values, family_count=len([f for f in person.family if not f.in_trash]),
        last_contact=last_contact.date() if last_contact else None,
    )


# label -> (weight, is it filled in?). The buying-relevant facts weigh more than
# the personal ones, but the personal ones still count: the department wants
# every dossier to record them.
_CHECKS: dict[str, tuple[int, Callable[[PersonFacts], bool]]] = {
    "position": (10, lambda p: bool(p.position.strip())),
    "DMU role": (15, lambda p: p.dmu_role is not None),
    "DMU type": (10, lambda p: p.dmu_type is not None),
    "stance": (10, lambda p: p.stance is not None),
    "influence": (5, lambda p: p.influence is not None),
    "contact details": (15, lambda p: p.has_contact),
    "birthday": (10, lambda p: p.birthday is not None),
    "hobbies": (5, lambda p: bool(p.hobbies.strip())),
    "family": (5, lambda p: p.family_count > 0),
    "values": (5, lambda p: bool(p.values.strip())),
    "last contact": (10, lambda p: p.last_contact is not None),
}

FIELDS: tuple[str, ...] = tuple(_CHECKS)
"""Human labels of what is checked, in display order."""

WEIGHTS: dict[str, int] = {label: weight for label, (weight, _) in _CHECKS.items()}
"""Points each field is worth; they add up to 100."""

NO_PEOPLE = "DMU members"
"""What an empty dossier misses: nobody is recorded, so no field can be checked."""

UNCOVERED_ROLES = "uncovered roles"
"""The gap of a dossier in which nobody holds some of the key DMU roles (dmu.KEY_ROLES)."""

ROLE_COVERAGE_WEIGHT = 30
"""Points of a dossier's 100 that go to covering the key DMU roles; the people's average
makes the rest. Four of five roles uncovered costs 24 points: the dossier of one person,
however well filled in, is far from complete."""

# What the dossier summary says is missing ("birthday missing for 3 people").
NOUNS: dict[str, str] = {
    "position": QT_TRANSLATE_NOOP("labels", "position"),
    "DMU role": QT_TRANSLATE_NOOP("labels", "DMU role"),
    "DMU type": QT_TRANSLATE_NOOP("labels", "DMU type"),
    "stance": QT_TRANSLATE_NOOP("labels", "stance"),
    "influence": QT_TRANSLATE_NOOP("labels", "influence rating"),
    "contact details": QT_TRANSLATE_NOOP("labels", "contact details"),
    "birthday": QT_TRANSLATE_NOOP("labels", "birthday"),
    "hobbies": QT_TRANSLATE_NOOP("labels", "hobbies"),
    "family": QT_TRANSLATE_NOOP("labels", "family"),
    "values": QT_TRANSLATE_NOOP("labels", "values"),
    "last contact": QT_TRANSLATE_NOOP("labels", "contact history"),
    NO_PEOPLE: QT_TRANSLATE_NOOP("labels", "DMU members"),
    UNCOVERED_ROLES: QT_TRANSLATE_NOOP("labels", "someone in every key DMU role"),
}
"""The noun each field goes by in "… missing for 3 people"; plain English the UI translates."""


@dataclass(frozen=True)
class Completeness:
    """A score from 0 to 100 and what is missing, in human words.

    ``gaps`` says the same as ``missing`` as data, so a window can phrase it in the user's
    language: (field, number of people it is missing for), a field of FIELDS or NO_PEOPLE
    (with 0: there is nobody to count). It is left out of comparisons because ``missing``
    already tells the same.
    """

    score: int
    missing: list[str]
    gaps: list[tuple[str, int]] = field(default_factory=list, compare=False)
    uncovered_roles: list[DmuRole] = field(default_factory=list, compare=False)


def person_completeness(p: PersonFacts) -> Completeness:
    """Score one person's dossier entry by the weighted fields it fills in."""
    missing = [label for label, (_, filled) in _CHECKS.items() if not filled(p)]
    score = sum(WEIGHTS[label] for label in FIELDS if label not in missing)
    return Completeness(score, missing, [(label, 1) for label in missing])


def dossier_completeness(people: Sequence[PersonFacts]) -> Completeness:
    """Score a whole dossier: the average of its people (ROLE_COVERAGE_WEIGHT points less)
    plus the share of the key DMU roles somebody holds.

    ``missing`` summarises gaps, first the roles nobody covers ("nobody is the decision
    maker"), then the fields with counts, most frequent first, e.g. "birthday missing for
    3 people"; the uncovered roles are also in ``uncovered_roles`` (with the gap
    (UNCOVERED_ROLES, 0)). An empty dossier scores 0 and misses "DMU members".
    """
    if not people:
        return Completeness(0, [NO_PEOPLE], [(NO_PEOPLE, 0)], list(KEY_ROLES))
    results = [person_completeness(p) for p in people]
    uncovered = uncovered_roles(p.dmu_role for p in people)
    average = Decimal(sum(r.score for r in results)) / len(results)
    covered = Decimal(len(KEY_ROLES) - len(uncovered)) / len(KEY_ROLES)
    weighted = (average * (100 - ROLE_COVERAGE_WEIGHT) / 100
                + covered * ROLE_COVERAGE_WEIGHT)
    score = int(weighted.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    counts = {label: sum(label in r.missing for r in results) for label in FIELDS}
    # sorted() is stable, so equal counts keep the FIELDS order.
    ranked = sorted((label for label in FIELDS if counts[label]), key=lambda lb: -counts[lb])
    gaps = [(label, counts[label]) for label in ranked]
    missing = [
        f"{NOUNS[label]} missing for {n} {'person' if n == 1 else 'people'}" for label, n in gaps
    ]
    if uncovered:
        roles = [f"nobody is the {ROLE_LABELS[r].lower()}" for r in uncovered]
        missing = roles + missing
        gaps = [(UNCOVERED_ROLES, 0), *gaps]
    return Completeness(score, missing, gaps, uncovered)
