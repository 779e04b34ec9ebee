"""vCard 2.1, 3.0 and 4.0 files into person cards, one rejection per unusable card."""

from __future__ import annotations

import contextlib
import quopri
import re
from collections import Counter, defaultdict

from kamdesk.domain.birthdays import Birthday
from kamdesk.domain.enums import DmuRole, DmuType, Stance
from kamdesk.domain.folding import fold
from kamdesk.interchange import note_facts
from kamdesk.interchange.dates import parse_vcard_date
from kamdesk.interchange.encodings import EncodingError, decode_wide, text_codec, wide_encoding
from kamdesk.interchange.files import (
    InterchangeError,
    bom_encoding,
    check_encoding_name,
    check_not_binary,
    detect_encoding,
)
from kamdesk.interchange.vcard_lines import ContentLine, Problem, RawCard, read_cards
from kamdesk.interchange.vcard_values import (
    address_text,
    apple_label,
    contact_label,
    family_relation,
    split_escaped,
    split_value,
    unescape,
)
from kamdesk.language import N_, _
from kamdesk.services.people import ContactData, FamilyMemberData
from kamdesk.services.person_cards import ParsedFile, PersonCard, Rejection

_ANNIVERSARIES = ("ANNIVERSARY", "X-ANNIVERSARY", "X-MS-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY")
_SPOUSES = ("X-SPOUSE", "X-MS-SPOUSE", "X-EVOLUTION-SPOUSE", "X-KADDRESSBOOK-X-SPOUSENAME")
_CONTACTS = {"EMAIL": "email", "TEL": "phone", "URL": "url", "ADR": "address"}
_URI_PREFIXES = ("urn:", "http:", "https:", "mailto:", "tel:", "data:")
# As strict as the import service: one @, no spaces. Anything else is kept in the notes.
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+")
# The reason a value too long for the dossier is kept in the notes, by kind of contact.
_TOO_LONG = {"email": N_("the email is longer than 320 characters"),
             "phone": N_("the phone is longer than 320 characters"),
             "url": N_("the url is longer than 320 characters"),
             "address": N_("the address is longer than 320 characters")}


def parse_vcards(data: bytes, name: str, encoding: str | None = None) -> ParsedFile:
    """Every card of a .vcf file's bytes; lines declare their own CHARSET where 2.1 does."""
    notes: list[str] = []
    given = check_encoding_name(encoding) if encoding else None
    if given:
        wide = given if given.startswith(("utf-16", "utf-32")) else None
    else:
        wide = wide_encoding(data)
    if wide:  # read whole, then line by line as UTF-8 like any other file
        try:
            decoded = decode_wide(data, wide, name)
        except EncodingError as error:
            raise InterchangeError(str(error)) from None
        data, charset, shown = decoded.text.encode("utf-8"), "utf-8", wide
        notes += [decoded.note] if decoded.note else []
    else:
        check_not_binary(data, name)
        if bom_encoding(data) == "utf-8-sig":
            data = data[3:]
        charset, shown = (given, given) if given else _default_charset(data)
    parsed = ParsedFile(encoding=shown, notes=notes)
    for raw in read_cards(data, charset):
        if raw.error is None:
            try:
                card, problems = card_from(raw)
                parsed.cards.append(card)
                parsed.notes += [_problem_note(raw, p) for p in problems]
                continue
            except ValueError as error:
                raw.error = str(error)
            except Exception as error:  # noqa: BLE001 - one odd card must not stop the rest
                raw.error = _("cannot read this card ({kind}: {error})").format(
                    kind=type(error).__name__, error=error)
        parsed.rejections.append(Rejection(raw.source, _name_of(raw), raw.error, raw.number))
    if not parsed.cards and not parsed.rejections:
        raise InterchangeError(N_("{name} holds no vCard: no line says BEGIN:VCARD"), name=name)
    return parsed


def _problem_note(raw: RawCard, problem: Problem) -> str:
    if problem.property:
        return _("{source}, line {line}, {property}: {reason}; kept in the notes").format(
            source=raw.source, line=problem.line, property=problem.property,
            reason=problem.reason)
    return _("{source}, line {line}: {reason}; kept in the notes").format(
        source=raw.source, line=problem.line, reason=problem.reason)


def _default_charset(data: bytes) -> tuple[str, str]:
    """The file's own encoding, for lines that declare none, and the name to show for it.

    It is that of the 8-bit text and of quoted-printable values that name no CHARSET (their
    bytes are in the same encoding as the rest of the file). Lines that declare a CHARSET
    say nothing about the others; when every line declares its own, the one declared most
    often names the file."""
    sample: list[bytes] = []
    declared: Counter[str] = Counter()
    for line in data.split(b"\n"):
        head = line.split(b":", 1)[0].upper()
        if b"CHARSET=" in head:
            name = head.split(b"CHARSET=", 1)[1].split(b";", 1)[0].decode("ascii", "replace")
            with contextlib.suppress(ValueError):
                declared[text_codec(name)] += 1
            continue
        if b"QUOTED-PRINTABLE" in head:
            line = quopri.decodestring(line)  # binascii.a2b_qp: never raises on odd bytes
        if not line.isascii():
            sample.append(line)
    text = b"\n".join(sample)
    try:
        text.decode("utf-8")
    except UnicodeDecodeError:
        detected = detect_encoding(text) or "cp1252"
        return detected, detected
    shown = declared.most_common(1)[0][0] if declared and not sample else "utf-8"
    return "utf-8", shown


def _name_of(raw: RawCard) -> str:
    for line in raw.lines:
        if line.name == "FN":
            return unescape(line.value).strip()
    return ""


def card_from(raw: RawCard) -> tuple[PersonCard, list[Problem]]:
    """One card's properties as a person and what could not be read of it; raises
    ValueError when it is no person or has no readable name."""
    props: dict[str, list[ContentLine]] = defaultdict(list)
    labels: dict[str, str] = {}
    for line in raw.lines:
        props[line.name].append(line)
        if line.name == "X-ABLABEL" and line.group:
            labels[line.group] = unescape(line.value)
    card = PersonCard(full_name="", source=raw.source, order=raw.number)
    kind = (_text(props, "KIND") or _text(props, "X-ADDRESSBOOKSERVER-KIND")).casefold()
    if kind in ("org", "group") or _text(props, "X-ABSHOWAS").casefold() == "company":
        what = (_("a contact group, not of a person: '{name}'") if kind == "group"
                else _("a card of an organisation, not of a person: '{name}'"))
        raise ValueError(what.format(name=_text(props, "FN")))
    problems = list(raw.problems)
    card.notes = "\n".join(unescape(n.value).strip() for n in props.get("NOTE", ()))
    categories = [c.strip() for n in props.get("CATEGORIES", ()) for c in split_value(n.value, ",")]
    card.notes = note_facts.add_fact(
        card.notes, note_facts.CATEGORIES, ", ".join(filter(None, categories))
    )
    _read_name(card, props, problems)
    _read_work(card, props)
    for line in raw.lines:  # in file order: the first e-mail stays the first
        if line.name in _CONTACTS:
            _read_contact(card, line, _CONTACTS[line.name], labels.get(line.group, ""), problems)
    if not props.get("ADR"):
        for line in props.get("LABEL", ()):
            _add_contact(card, "address", unescape(line.value), line, "")
    _read_dates(card, props, labels, problems)
    _read_relations(card, props, labels, problems)
    _read_dossier(card, props, problems)
    for problem in problems:  # the unreadable text stays with the person
        if problem.text:
            card.notes = note_facts.add_paragraph(card.notes, f"Unreadable in the file: "
                                                  f"{problem.text}")
    return card, problems


def _keep(card: PersonCard, problems: list[Problem], line: ContentLine, reason: str,
          label: str) -> None:
    """A property read as text only: its value goes to the notes under `label`."""
    value = unescape(line.value).strip()
    problems.append(Problem(line.line, line.name, reason, ""))
    card.notes = note_facts.add_fact(card.notes, label, value)


def _text(props: dict[str, list[ContentLine]], name: str) -> str:
    lines = props.get(name)
    return unescape(lines[0].value).strip() if lines else ""


def _read_name(card: PersonCard, props: dict[str, list[ContentLine]],
               problems: list[Problem]) -> None:
    parts = [""] * 5
    if props.get("N"):
        fields = split_escaped(props["N"][0].value, ";") + [""] * 5
        parts = [" ".join(w for w in split_value(f, ",") if w).strip() for f in fields[:5]]
    family, given, additional, _prefix, _suffix = parts
    card.family_name, card.given_name = family, given
    card.full_name = (
        _text(props, "FN")
        or " ".join(p for p in (given, additional, family) if p)
        or split_value(_text(props, "NICKNAME"), ",")[0].strip()
    )
    if not card.full_name:
        unreadable = [p for p in problems if p.property in ("FN", "N", "NICKNAME")]
        if unreadable:
            raise ValueError(_("line {line}: {reason}").format(line=unreadable[0].line,
                                                              reason=unreadable[0].reason))
        organisation = _text(props, "ORG").split(";")[0]
        if organisation:
            raise ValueError(_("a card of the organisation '{organisation}' with no person's "
                               "name").format(organisation=organisation))
        raise ValueError(_("the card has no name (neither FN, N nor NICKNAME)"))


def _read_work(card: PersonCard, props: dict[str, list[ContentLine]]) -> None:
    if props.get("ORG"):
        units = [u.strip() for u in split_value(props["ORG"][0].value, ";")]
        card.organisation = units[0]
        card.department = ", ".join(u for u in units[1:] if u)
    card.position = _text(props, "TITLE") or _text(props, "ROLE")


def _read_contact(card: PersonCard, line: ContentLine, kind: str, custom: str,
                  problems: list[Problem]) -> None:
    if kind == "address":
        value = address_text(split_value(line.value, ";"))
    else:
        value = unescape(line.value).strip()
        if kind == "phone" and value.casefold().startswith("tel:"):
            value = value[4:]
        elif kind == "email" and value.casefold().startswith("mailto:"):
            value = value[7:]
    if kind == "email" and value.strip() and not _EMAIL.fullmatch(value.strip()):
        _keep(card, problems, line, _("'{value}' is not an e-mail address").format(
            value=value.strip()[:60]),
              "E-mail")
        return
    if len(value.strip()) > 320:
        _keep(card, problems, line, _(_TOO_LONG[kind]), kind.title())
        return
    _add_contact(card, kind, value, line, custom)


def _add_contact(card: PersonCard, kind: str, value: str, line: ContentLine, custom: str) -> None:
    if value.strip():
        custom = (line.params.get("X-KAMDESK-LABEL") or [custom])[0]
        label = contact_label(line.params.get("TYPE", []), custom)
        card.contacts.append(ContactData(kind, value.strip(), label))


def _date(line: ContentLine, what: str, card: PersonCard,
          problems: list[Problem]) -> Birthday | None:
    """The date of `line`; text that is no date (`BDAY;VALUE=text:circa 1800`) goes to the
    notes under `what`."""
    omit = line.params["X-APPLE-OMIT-YEAR"][0] if line.params.get("X-APPLE-OMIT-YEAR") else None
    try:
        return parse_vcard_date(unescape(line.value), omit)
    except ValueError as error:
        _keep(card, problems, line, str(error), what)
        return None


def _read_dates(card: PersonCard, props: dict[str, list[ContentLine]], labels: dict[str, str],
                problems: list[Problem]) -> None:
    if props.get("BDAY"):
        card.birthday = _date(props["BDAY"][0], "Birthday", card, problems)
    for name in _ANNIVERSARIES:
        for line in props.get(name, ()):
            if day := _date(line, note_facts.ANNIVERSARY, card, problems):
                card.notes = note_facts.add_fact(card.notes, note_facts.ANNIVERSARY, day.to_text())
    for line in props.get("X-ABDATE", ()):
        label = apple_label(labels.get(line.group, "")) or "Date"
        label = note_facts.ANNIVERSARY if label.casefold() == "anniversary" else label
        if day := _date(line, label, card, problems):
            card.notes = note_facts.add_fact(card.notes, label, day.to_text())


def _read_relations(card: PersonCard, props: dict[str, list[ContentLine]],
                    labels: dict[str, str], problems: list[Problem]) -> None:
    # Our own export writes each family member whole (birthday, notes) in X-KAMDESK-FAMILY and
    # again as a standard RELATED for other programs; the latter then adds nothing new.
    for line in props.get("X-KAMDESK-FAMILY", ()):
        name, relation, birthday, notes = (split_value(line.value, ";") + [""] * 4)[:4]
        try:
            day = parse_vcard_date(birthday) if birthday else None
        except ValueError as error:
            _keep(card, problems, line, _("family member's birthday: {error}").format(error=error),
                  "Family")
            continue
        if name.strip():
            card.family.append(FamilyMemberData(name.strip()[:200], relation.strip()[:64], day,
                                                notes))
    known = {fold(member.name) for member in card.family}
    found: list[tuple[str, str]] = []
    for line in props.get("RELATED", ()):
        found.append(((line.params.get("TYPE") or ["related"])[0], unescape(line.value).strip()))
    for line in props.get("X-ABRELATEDNAMES", ()):
        found.append((labels.get(line.group, "related"), unescape(line.value).strip()))
    for name in _SPOUSES:
        found += [("spouse", unescape(line.value).strip()) for line in props.get(name, ())]
    for kind, value in found:
        tie = family_relation(kind)
        if not value or fold(value) in known:
            continue
        if tie and not value.casefold().startswith(_URI_PREFIXES) and len(value) <= 200:
            card.family.append(FamilyMemberData(value, tie))
            known.add(fold(value))
        else:
            card.notes = note_facts.add_fact(card.notes, apple_label(kind).capitalize(), value)


_DOSSIER = (("X-KAMDESK-DMU-ROLE", "dmu_role", DmuRole, "DMU role"),
            ("X-KAMDESK-DMU-TYPE", "dmu_type", DmuType, "DMU type"),
            ("X-KAMDESK-STANCE", "stance", Stance, "Stance"))


def _read_dossier(card: PersonCard, props: dict[str, list[ContentLine]],
                  problems: list[Problem]) -> None:
    card.hobbies = ", ".join(unescape(h.value).strip() for h in props.get("HOBBY", ()))
    card.values = _text(props, "X-KAMDESK-VALUES")
    for prop, attribute, kind, label in _DOSSIER:
        if text := _text(props, prop):
            try:
                setattr(card, attribute, kind(text))
            except ValueError:
                _keep(card, problems, props[prop][0],
                      _("unknown {label} '{text}'").format(label=label, text=text[:40]), label)
    if influence := _text(props, "X-KAMDESK-INFLUENCE"):
        if influence.isdigit() and 1 <= int(influence) <= 5:
            card.influence = int(influence)
        else:
            _keep(card, problems, props["X-KAMDESK-INFLUENCE"][0],
                  _("influence '{value}' is not 1 to 5").format(value=influence[:20]),
                  "Influence")
