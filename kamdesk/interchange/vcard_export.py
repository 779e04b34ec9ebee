"""People as vCard 4.0 (RFC 6350): standard properties first, KAMDesk's extras as X- ones.

Family members go out twice: as RELATED (which other programs understand) and whole, with
birthday and notes, as X-KAMDESK-FAMILY, so a KAMDesk round trip loses nothing.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable

from kamdesk import __version__
from kamdesk.domain.birthdays import Birthday
from kamdesk.interchange import note_facts
from kamdesk.interchange.vcard_values import escape, related_type
from kamdesk.services.person_cards import PersonCard

_PROPERTY = {"email": "EMAIL", "phone": "TEL", "url": "URL", "address": "ADR"}
_TYPES = {"work": "work", "home": "home", "mobile": "cell", "fax": "fax", "pager": "pager"}


def vcards(cards: Iterable[PersonCard]) -> str:
    return "".join(vcard(card) for card in cards)


def vcard(card: PersonCard) -> str:
    lines = ["BEGIN:VCARD", "VERSION:4.0", f"PRODID:-//KAMDesk//KAMDesk {__version__}//EN",
             "KIND:individual", f"FN:{escape(card.full_name)}",
             "N:" + _structured([card.family_name, card.given_name, "", "", ""])]
    if card.organisation or card.department:
        lines.append("ORG:" + _structured([card.organisation, card.department]))
    if card.position:
        lines.append(f"TITLE:{escape(card.position)}")
    for contact in card.contacts:
        name = _PROPERTY[contact.kind]
        params = _label_params(contact.label)
        if contact.kind == "address":
            lines.append(f"ADR{params}:" + _structured(["", "", contact.value, "", "", "", ""]))
        elif contact.kind == "phone":
            lines.append(f"TEL;VALUE=text{params}:{escape(contact.value)}")
        else:
            lines.append(f"{name}{params}:{escape(contact.value)}")
    if card.birthday:
        lines.append(f"BDAY:{_date(card.birthday)}")
    if (anniversary := note_facts.fact(card.notes, note_facts.ANNIVERSARY)) is not None:
        # A hand-typed anniversary that is not a date stays in the notes only.
        with contextlib.suppress(ValueError):
            lines.append(f"ANNIVERSARY:{_date(Birthday.parse(anniversary))}")
    if card.notes:
        lines.append(f"NOTE:{escape(card.notes)}")
    if categories := note_facts.fact(card.notes, note_facts.CATEGORIES):
        lines.append("CATEGORIES:" + ",".join(escape(c.strip()) for c in categories.split(",")))
    for member in card.family:
        kind = related_type(member.relation)
        lines.append(f"RELATED;TYPE={kind};VALUE=text:{escape(member.name)}")
        birthday = member.birthday.to_text() if member.birthday else ""
        whole = _structured([member.name, member.relation, birthday, member.notes])
        lines.append(f"X-KAMDESK-FAMILY:{whole}")
    lines += _dossier(card)
    lines.append("END:VCARD")
    return "".join(fold_line(line) + "\r\n" for line in lines)


def _dossier(card: PersonCard) -> list[str]:
    lines = []
    if card.hobbies:
        lines.append(f"HOBBY:{escape(card.hobbies)}")
    if card.values:
        lines.append(f"X-KAMDESK-VALUES:{escape(card.values)}")
    for name, value in (("DMU-ROLE", card.dmu_role), ("DMU-TYPE", card.dmu_type),
                        ("STANCE", card.stance), ("INFLUENCE", card.influence)):
        if value is not None:
            lines.append(f"X-KAMDESK-{name}:{value}")
    return lines


def _structured(parts: list[str]) -> str:
    return ";".join(escape(p) for p in parts)


def _label_params(label: str) -> str:
    if not label:
        return ""
    if label in _TYPES:
        return f";TYPE={_TYPES[label]}"
    # A parameter value may hold neither quotes nor line breaks.
    clean = " ".join(label.replace('"', "'").split())
    return f';X-KAMDESK-LABEL="{clean}"'


def _date(day: Birthday) -> str:
    if day.year is None:
        return f"--{day.month:02d}{day.day:02d}"
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def fold_line(line: str, limit: int = 75) -> str:
    """Fold at `limit` octets (RFC 6350 3.2) without splitting a UTF-8 character."""
    encoded = line.encode("utf-8")
    if len(encoded) <= limit:
        return line
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append("".join(current))
            current, size = [], 1  # the continuation line starts with a space
        current.append(char)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces)
