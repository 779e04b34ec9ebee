"""vCard 2.1, 3.0 and 4.0 files into person cards, one rejection per unusable card."""

from __future__ import annotations

from collections import defaultdict

from kamdesk.domain.birthdays import Birthday
from kamdesk.domain.enums import DmuRole, DmuType, Stance
from kamdesk.domain.folding import fold
from kamdesk.interchange import note_facts
from kamdesk.interchange.dates import parse_vcard_date
from kamdesk.interchange.files import (
    InterchangeError,
    bom_encoding,
    check_not_binary,
    detect_encoding,
)
from kamdesk.interchange.vcard_lines import ContentLine, RawCard, read_cards
from kamdesk.interchange.vcard_values import (
    address_text,
    apple_label,
    contact_label,
    family_relation,
    split_escaped,
    split_value,
    unescape,
)
from kamdesk.services.people import ContactData, FamilyMemberData
from kamdesk.services.person_cards import ParsedFile, PersonCard, Rejection

_ANNIVERSARIES = ("ANNIVERSARY", "X-ANNIVERSARY", "X-MS-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY")
_SPOUSES = ("X-SPOUSE", "X-MS-SPOUSE", "X-EVOLUTION-SPOUSE", "X-KADDRESSBOOK-X-SPOUSENAME")
_CONTACTS = {"EMAIL": "email", "TEL": "phone", "URL": "url", "ADR": "address"}
_URI_PREFIXES = ("urn:", "http:", "https:", "mailto:", "tel:", "data:")


def parse_vcards(data: bytes, name: str, encoding: str | None = None) -> ParsedFile:
    """Every card of a .vcf file's bytes; lines declare their own CHARSET where 2.1 does."""
    check_not_binary(data, name)
    bom = bom_encoding(data)
    if bom in ("utf-16", "utf-32"):
        data, encoding = data.decode(bom).encode("utf-8"), "utf-8"
    elif bom:
        data = data[3:]
    charset = encoding or _default_charset(data)
    parsed = ParsedFile(encoding=charset)
    for raw in read_cards(data, charset):
        if raw.error is None:
            try:
                parsed.cards.append(card_from(raw))
                continue
            except ValueError as error:
                raw.error = str(error)
            except Exception as error:  # noqa: BLE001 - one odd card must not stop the rest
                raw.error = f"cannot read this card ({type(error).__name__}: {error})"
        parsed.rejections.append(Rejection(raw.source, _name_of(raw), raw.error, raw.number))
    if not parsed.cards and not parsed.rejections:
        raise InterchangeError(f"{name} holds no vCard: no line says BEGIN:VCARD")
    return parsed


def _default_charset(data: bytes) -> str:
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return detect_encoding(data) or "cp1252"


def _name_of(raw: RawCard) -> str:
    for line in raw.lines:
        if line.name == "FN":
            return unescape(line.value).strip()
    return ""


def card_from(raw: RawCard) -> PersonCard:
    """One card's properties as a person; raises ValueError naming what is wrong."""
    props: dict[str, list[ContentLine]] = defaultdict(list)
    labels: dict[str, str] = {}
    for line in raw.lines:
        props[line.name].append(line)
        if line.name == "X-ABLABEL" and line.group:
            labels[line.group] = unescape(line.value)
    card = PersonCard(full_name="", source=raw.source, order=raw.number)
    kind = (_text(props, "KIND") or _text(props, "X-ADDRESSBOOKSERVER-KIND")).casefold()
    if kind in ("org", "group") or _text(props, "X-ABSHOWAS").casefold() == "company":
        what = "a contact group" if kind == "group" else "a card of an organisation"
        raise ValueError(f"{what}, not of a person: '{_text(props, 'FN')}'")
    _read_name(card, props)
    _read_work(card, props)
    for line in raw.lines:  # in file order: the first e-mail stays the first
        if line.name in _CONTACTS:
            _read_contact(card, line, _CONTACTS[line.name], labels.get(line.group, ""))
    if not props.get("ADR"):
        for line in props.get("LABEL", ()):
            _add_contact(card, "address", unescape(line.value), line, "")
    card.notes = "\n".join(unescape(n.value).strip() for n in props.get("NOTE", ()))
    categories = [c.strip() for n in props.get("CATEGORIES", ()) for c in split_value(n.value, ",")]
    card.notes = note_facts.add_fact(
        card.notes, note_facts.CATEGORIES, ", ".join(filter(None, categories))
    )
    _read_dates(card, props, labels)
    _read_relations(card, props, labels)
    _read_dossier(card, props)
    return card


def _text(props: dict[str, list[ContentLine]], name: str) -> str:
    lines = props.get(name)
    return unescape(lines[0].value).strip() if lines else ""


def _read_name(card: PersonCard, props: dict[str, list[ContentLine]]) -> None:
    parts = [""] * 5
    if props.get("N"):
        fields = split_escaped(props["N"][0].value, ";") + [""] * 5
        parts = [" ".join(w for w in split_value(f, ",") if w).strip() for f in fields[:5]]
    family, given, additional, _prefix, _suffix = parts
    card.family_name, card.given_name = family, given
    card.full_name = _text(props, "FN") or " ".join(p for p in (given, additional, family) if p)
    if not card.full_name:
        organisation = _text(props, "ORG").split(";")[0]
        if organisation:
            raise ValueError(f"a card of the organisation '{organisation}' with no person's name")
        raise ValueError("the card has no name (neither FN nor N)")


def _read_work(card: PersonCard, props: dict[str, list[ContentLine]]) -> None:
    if props.get("ORG"):
        units = [u.strip() for u in split_value(props["ORG"][0].value, ";")]
        card.organisation = units[0]
        card.department = ", ".join(u for u in units[1:] if u)
    card.position = _text(props, "TITLE") or _text(props, "ROLE")


def _read_contact(card: PersonCard, line: ContentLine, kind: str, custom: str) -> None:
    if kind == "address":
        value = address_text(split_value(line.value, ";"))
    else:
        value = unescape(line.value).strip()
        if kind == "phone" and value.casefold().startswith("tel:"):
            value = value[4:]
        elif kind == "email" and value.casefold().startswith("mailto:"):
            value = value[7:]
    _add_contact(card, kind, value, line, custom)


def _add_contact(card: PersonCard, kind: str, value: str, line: ContentLine, custom: str) -> None:
    if value.strip():
        custom = (line.params.get("X-KAMDESK-LABEL") or [custom])[0]
        label = contact_label(line.params.get("TYPE", []), custom)
        card.contacts.append(ContactData(kind, value.strip(), label))


def _date(line: ContentLine, what: str) -> Birthday | None:
    omit = (line.params.get("X-APPLE-OMIT-YEAR") or [None])[0]
    try:
        return parse_vcard_date(unescape(line.value), omit)
    except ValueError as error:
        raise ValueError(f"{what}: {error}") from None


def _read_dates(
    card: PersonCard, props: dict[str, list[ContentLine]], labels: dict[str, str]
) -> None:
    if props.get("BDAY"):
        card.birthday = _date(props["BDAY"][0], "birthday")
    for name in _ANNIVERSARIES:
        for line in props.get(name, ()):
            if day := _date(line, "anniversary"):
                card.notes = note_facts.add_fact(card.notes, note_facts.ANNIVERSARY, day.to_text())
    for line in props.get("X-ABDATE", ()):
        label = apple_label(labels.get(line.group, "")) or "Date"
        if day := _date(line, label.casefold()):
            label = note_facts.ANNIVERSARY if label.casefold() == "anniversary" else label
            card.notes = note_facts.add_fact(card.notes, label, day.to_text())


def _read_relations(
    card: PersonCard, props: dict[str, list[ContentLine]], labels: dict[str, str]
) -> None:
    # Our own export writes each family member whole (birthday, notes) in X-KAMDESK-FAMILY and
    # again as a standard RELATED for other programs; the latter then adds nothing new.
    for line in props.get("X-KAMDESK-FAMILY", ()):
        name, relation, birthday, notes = (split_value(line.value, ";") + [""] * 4)[:4]
        day = parse_vcard_date(birthday) if birthday else None
        card.family.append(FamilyMemberData(name.strip(), relation.strip(), day, notes))
    known = {fold(member.name) for member in card.family}
    found: list[tuple[str, str]] = []
    for line in props.get("RELATED", ()):
        found.append(((line.params.get("TYPE") or ["related"])[0], unescape(line.value).strip()))
    for line in props.get("X-ABRELATEDNAMES", ()):
        found.append((labels.get(line.group, "related"), unescape(line.value).strip()))
    for name in _SPOUSES:
        found += [("spouse", unescape(line.value).strip()) for line in props.get(name, ())]
    for kind, value in found:
        relation = family_relation(kind)
        if not value or fold(value) in known:
            continue
        if relation and not value.casefold().startswith(_URI_PREFIXES):
            card.family.append(FamilyMemberData(value, relation))
            known.add(fold(value))
        else:
            card.notes = note_facts.add_fact(card.notes, apple_label(kind).capitalize(), value)


def _read_dossier(card: PersonCard, props: dict[str, list[ContentLine]]) -> None:
    card.hobbies = ", ".join(unescape(h.value).strip() for h in props.get("HOBBY", ()))
    card.values = _text(props, "X-KAMDESK-VALUES")
    try:
        if role := _text(props, "X-KAMDESK-DMU-ROLE"):
            card.dmu_role = DmuRole(role)
        if kind := _text(props, "X-KAMDESK-DMU-TYPE"):
            card.dmu_type = DmuType(kind)
        if stance := _text(props, "X-KAMDESK-STANCE"):
            card.stance = Stance(stance)
        if influence := _text(props, "X-KAMDESK-INFLUENCE"):
            card.influence = int(influence)
    except ValueError as error:
        raise ValueError(f"a KAMDesk field holds an unknown value ({error})") from None
