"""One spreadsheet row, through a column mapping, into a person card."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from kamdesk.domain.birthdays import Birthday
from kamdesk.domain.labels import ROLE_LABELS, STANCE_LABELS, TYPE_LABELS, from_label
from kamdesk.interchange import note_facts
from kamdesk.interchange.csv_presets import TARGET
from kamdesk.interchange.dates import parse_table_date
from kamdesk.interchange.vcard_values import address_text, contact_label, family_relation
from kamdesk.language import _
from kamdesk.services.people import ContactData, FamilyMemberData
from kamdesk.services.person_cards import PersonCard

_KIND_NAMES = {"email": "email", "phone": "phone", "url": "url", "address": "address"}
_SYSTEM_LABELS = {"mycontacts", "starred"}  # Google's own groups, not the user's categories
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+")  # as strict as the import service
_PART_ORDER = ("pobox", "extended", "street", "city", "region", "postcode", "country")


def card_from_row(cells: list[str], mapping: dict[int, str], separators: str,
                  date_order: str) -> tuple[PersonCard, list[str]]:
    """The person in `cells` and what of it could not be read (kept in the notes as text);
    raises ValueError (naming the column's meaning) on a dossier value KAMDesk wrote."""
    fields: dict[str, list[str]] = defaultdict(list)
    groups: dict[tuple[str, str], dict[str, list[str]]] = {}
    for index, target in mapping.items():
        cell = cells[index].replace("\r\n", "\n").strip() if index < len(cells) else ""
        if not cell:
            continue
        match = TARGET.fullmatch(target)
        if match is None:
            fields[target].append(cell)
            continue
        kind, label, number = match["kind"], match["label"], match["number"]
        key = (kind, f"#{number}" if number else f":{label}")
        group = groups.setdefault(key, defaultdict(list))
        if label is not None and "fixed" not in group:
            group["fixed"].append(label)
        group[match["part"] or "value"].append(cell)
    problems: list[str] = []
    card = _person(fields, separators, date_order, problems)
    for (kind, _number), group in groups.items():
        _add_group(card, kind, group, separators, date_order, problems)
    return card, problems


def _first(fields: dict[str, list[str]], name: str) -> str:
    return fields[name][0] if fields.get(name) else ""


def _person(fields: dict[str, list[str]], separators: str, date_order: str,
            problems: list[str]) -> PersonCard:
    given, middle, family = (
        _first(fields, n) for n in ("given_name", "middle_name", "family_name")
    )
    full = _first(fields, "full_name") or " ".join(p for p in (given, middle, family) if p)
    card = PersonCard(
        full_name=" ".join(full.split()), given_name=given, family_name=family,
        organisation=_first(fields, "organisation"), position=_first(fields, "position"),
        department=_first(fields, "department"), hobbies=", ".join(fields.get("hobbies", [])),
        notes="\n".join(fields.get("notes", [])),
    )
    if text := _first(fields, "birthday"):
        card.birthday = _date(card, text, "Birthday", date_order, problems)
    elif any(fields.get(f) for f in ("birth_year", "birth_month", "birth_day")):
        card.birthday = _date_of_parts(card, fields, problems)
    _dossier(card, fields)
    text = _first(fields, "anniversary")
    if text and (day := _date(card, text, note_facts.ANNIVERSARY, date_order, problems)):
        card.notes = note_facts.add_fact(card.notes, note_facts.ANNIVERSARY, day.to_text())
    categories = [c.removeprefix("* ").strip() for text in fields.get("categories", [])
                  for c in re.split(separators + r"|\s*[;,]\s*", text)]
    categories = [c for c in categories if c and c.casefold() not in _SYSTEM_LABELS]
    card.notes = note_facts.add_fact(card.notes, note_facts.CATEGORIES, ", ".join(categories))
    for spouse in fields.get("spouse", []):
        card.family.append(FamilyMemberData(spouse, "spouse"))
    for text in fields.get("children", []):
        card.family += [FamilyMemberData(c.strip(), "child")
                        for c in re.split(r"\s*[;,]\s*", text) if c.strip()]
    for target, values in fields.items():
        if target.startswith("note:"):
            for value in values:
                card.notes = note_facts.add_fact(card.notes, target[5:], value)
    return card


def _dossier(card: PersonCard, fields: dict[str, list[str]]) -> None:
    """DMU role and type, stance, influence and values, as KAMDesk's CSV export writes them."""
    card.values = _first(fields, "values")
    enums: tuple[tuple[str, Mapping[Any, str]], ...] = (
        ("dmu_role", ROLE_LABELS), ("dmu_type", TYPE_LABELS), ("stance", STANCE_LABELS))
    for name, labels in enums:
        if text := _first(fields, name):
            try:
                setattr(card, name, from_label(text, labels))
            except ValueError as error:
                raise ValueError(f"{name.replace('_', ' ')}: {error}") from None
    if text := _first(fields, "influence"):
        if not (text.isdigit() and 1 <= int(text) <= 5):
            raise ValueError(_("influence: '{value}' is not a whole number from 1 to 5").format(
                value=text))
        card.influence = int(text)


def _date(card: PersonCard, text: str, what: str, date_order: str, problems: list[str]):
    """The date in `text`; one that is no date is reported and kept in the notes."""
    try:
        return parse_table_date(text, date_order)
    except ValueError as error:
        problems.append(f"{what.casefold()}: {error}")
        card.notes = note_facts.add_fact(card.notes, what, text)
        return None


class _NotADate(ValueError):
    """Birth Year, Month and Day that are not numbers (not merely an impossible date)."""


def _date_of_parts(card: PersonCard, fields: dict[str, list[str]], problems: list[str]):
    """Thunderbird's Birth Year, Birth Month and Birth Day columns; the year may be empty."""
    year, month, day = (_first(fields, f).strip() for f in ("birth_year", "birth_month",
                                                            "birth_day"))
    text = "-".join(p for p in (year, month, day) if p)
    try:
        if not (month.isdigit() and day.isdigit() and (not year or year.isdigit())):
            raise _NotADate
        number = int(year) if year else None
        return Birthday(int(month), int(day), None if number in (None, 0) else number)
    except ValueError as error:
        reason = (_("'{value}' is not a date") if isinstance(error, _NotADate)
                  else _("'{value}' is not a real date")).format(value=text)
        problems.append(_("birthday: {reason}").format(reason=reason))
        card.notes = note_facts.add_fact(card.notes, "Birthday", text)
        return None


def _label(group: dict[str, list[str]]) -> str:
    if group.get("label"):
        return group["label"][0].removeprefix("* ").strip()
    return group["fixed"][0] if group.get("fixed") else ""


def _add_group(card: PersonCard, kind: str, group: dict[str, list[str]], separators: str,
               date_order: str, problems: list[str]) -> None:
    label = _label(group)
    if kind == "address":
        parts = [", ".join(group.get(p, [])) for p in _PART_ORDER]
        values = group.get("value") or ([address_text(parts)] if any(parts) else [])
    else:
        values = [v.strip() for text in group.get("value", []) for v in re.split(separators, text)]
    for value in filter(None, values):
        if kind in _KIND_NAMES and (kind != "email" or _EMAIL.fullmatch(value)):
            card.contacts.append(ContactData(kind, value, contact_label([], label)))
        elif kind == "relation":
            relation = family_relation(label)
            if relation:
                card.family.append(FamilyMemberData(value, relation))
            else:
                card.notes = note_facts.add_fact(card.notes, label.capitalize() or "Related", value)
        elif kind == "email" and not _EMAIL.fullmatch(value):
            problems.append(_("e-mail: '{value}' is not an e-mail address").format(
                value=value[:60]))
            card.notes = note_facts.add_fact(card.notes, "E-mail", value)
        elif kind == "event":
            day = _date(card, value, label or "Date", date_order, problems)
            name = note_facts.ANNIVERSARY if label.casefold() == "anniversary" else label or "Date"
            if day:
                card.notes = note_facts.add_fact(card.notes, name.capitalize(), day.to_text())
