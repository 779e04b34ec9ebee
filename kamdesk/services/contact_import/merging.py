"""Checking an incoming person, and merging one into someone already known."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kamdesk.domain.birthdays import birthday_of
from kamdesk.domain.contact_keys import contact_key
from kamdesk.domain.folding import fold
from kamdesk.services.people import CONTACT_KINDS, ContactData, FamilyMemberData
from kamdesk.services.person_cards import PersonCard
from kamdesk.store.models import Person

# Column widths of the store, checked here so PostgreSQL never fails half-way.
_LIMITS = {"full_name": 200, "given_name": 100, "family_name": 100, "position": 200,
           "department": 200, "organisation": 200}
_SCALARS = {
    "given_name": "given name", "family_name": "family name", "position": "position",
    "department": "department", "birthday": "birthday", "hobbies": "hobbies",
    "values": "values", "dmu_role": "DMU role", "dmu_type": "type", "stance": "stance",
    "influence": "influence",
}
_WORD = re.compile(r"\w{2,}")

# A file often repeats one switchboard number for everyone; parsing a phone is not cheap.
cached_key = lru_cache(maxsize=65536)(contact_key)


@dataclass(frozen=True)
class NameKeys:
    """The words of a name, and those of the family name (or the last word)."""

    words: frozenset[str]
    surname: frozenset[str]

    @classmethod
    def of(cls, folded_name: str, family_name: str = "") -> NameKeys:
        """From a name already folded, and the family name as written."""
        words = _WORD.findall(folded_name)
        surname = _WORD.findall(fold(family_name)) if family_name else words[-1:]
        return cls(frozenset(words), frozenset(surname or words[-1:]))

    def same_family(self, other: NameKeys) -> bool:
        """Kasia Wróblewska and Katarzyna Wróblewska-Kowal, or Tanaka Hiroshi and Hiroshi
        Tanaka, may be one person; Anna Nowak and Anna Kowalska are not."""
        return bool(self.surname & other.words or other.surname & self.words)

    def same_person(self, other: NameKeys) -> bool:
        """Same family and, beyond it, a given name in common (Jan and Anna Nowak differ)."""
        mine, theirs = self.words - self.surname, other.words - other.surname
        return self.same_family(other) and (not mine or not theirs or bool(mine & theirs))


def card_problem(card: PersonCard) -> str | None:
    """Why `card` cannot be imported as it is, or None."""
    if not card.full_name.strip():
        return "no name"
    for attribute, limit in _LIMITS.items():
        if len(getattr(card, attribute).strip()) > limit:
            return f"{attribute.replace('_', ' ')} longer than {limit} characters"
    for contact in card.contacts:
        value = contact.value.strip()
        if contact.kind not in CONTACT_KINDS:
            return f"unknown kind of contact '{contact.kind}'"
        if contact.kind == "email" and ("@" not in value or any(c.isspace() for c in value)):
            return f"'{value}' is not an e-mail address"
        if len(contact.label) > 32 or len(value) > 320:
            return f"the {contact.kind} '{value[:40]}' is too long"
    for member in card.family:
        if not member.name.strip() or len(member.name) > 200 or len(member.relation) > 64:
            return "a family member without a name, or with one too long"
    if card.influence is not None and not 1 <= card.influence <= 5:
        return f"influence {card.influence} must be 1 to 5"
    return None


def card_of(person: Person, organisation: str) -> PersonCard:
    """What the dossier already knows about `person`, as a card to merge into."""
    return PersonCard(
        full_name=person.full_name, given_name=person.given_name,
        family_name=person.family_name, organisation=organisation,
        position=person.position, department=person.department,
        birthday=birthday_of(person),
        contacts=[ContactData(c.kind, c.value, c.label) for c in person.contacts],
        family=[FamilyMemberData(f.name, f.relation, birthday_of(f), f.notes)
                for f in person.family if f.deleted_at is None],
        notes=person.notes, hobbies=person.hobbies, values=person.values,
        dmu_role=person.dmu_role, dmu_type=person.dmu_type, stance=person.stance,
        influence=person.influence,
    )


def contact_keys(card: PersonCard, region: str) -> set[tuple[str, str]]:
    return {(c.kind, cached_key(c.kind, c.value, region)) for c in card.contacts}


def merge_card(
    target: PersonCard, incoming: PersonCard, region: str, known: set[tuple[str, str]]
) -> list[str]:
    """Add to `target` what `incoming` knows and it does not; describe each addition.

    `known` holds the contact keys of `target` and grows with it. Known values win: a
    different position in the file is reported, not written.
    """
    changes: list[str] = []
    for attribute, label in _SCALARS.items():
        old, new = getattr(target, attribute), getattr(incoming, attribute)
        if new in (None, "") or new == old:
            continue
        if old in (None, "") or _adds_year(old, new):
            setattr(target, attribute, new)
            changes.append(f"adds {label}")
        else:
            changes.append(f"keeps {label} '{_show(old)}' (file: '{_show(new)}')")
    for contact in incoming.contacts:
        key = (contact.kind, cached_key(contact.kind, contact.value, region))
        if key not in known:
            known.add(key)
            target.contacts.append(contact)
            changes.append(f"adds {'e-mail' if contact.kind == 'email' else contact.kind} "
                           f"{contact.value}")
    family = {fold(f.name) for f in target.family}
    for member in incoming.family:
        if fold(member.name) not in family:
            family.add(fold(member.name))
            target.family.append(member)
            changes.append(f"adds family member {member.name}")
    for line in incoming.notes.splitlines():
        if line.strip() and line.strip() not in target.notes:
            target.notes = f"{target.notes.rstrip()}\n{line.strip()}".strip()
            changes.append("adds to the notes")
    if all(change.startswith("keeps") for change in changes):
        return []
    return list(dict.fromkeys(changes))


def _adds_year(old: object, new: object) -> bool:
    """A year-less birthday gains its year from the file."""
    return (
        getattr(old, "year", 0) is None
        and getattr(new, "year", None) is not None
        and (old.month, old.day) == (new.month, new.day)  # type: ignore[attr-defined]
    )


def _show(value: object) -> str:
    return value.to_text() if hasattr(value, "to_text") else str(value)
