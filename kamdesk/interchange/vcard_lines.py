"""From the bytes of a .vcf file to cards of decoded content lines.

vCard 2.1 files (old phones, Outlook) declare a character set and quoted-printable encoding
per property, so decoding happens per line, on bytes, before the content-line grammar
(vobject's) reads names and parameters. Folded lines are joined the way each version says.
"""

from __future__ import annotations

import quopri
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from vobject.base import ParseError, parseLine

from kamdesk.interchange.encodings import EncodingError, decode, text_codec
from kamdesk.language import _

# Properties we never use; skipping them early keeps photo-laden files fast.
_SKIPPED = (b"PHOTO", b"LOGO", b"SOUND", b"KEY", b"X-ACTIVITY-ALERT")


@dataclass
class ContentLine:
    name: str  # upper case, without the group
    group: str  # upper case, "" without one ("ITEM1" in "item1.EMAIL")
    # Upper-case names; 2.1's bare words (TEL;CELL;WORK) count as TYPE. Shared between lines
    # with the same header: read it, never change it.
    params: dict[str, list[str]]
    value: str  # decoded text, still escaped as the vCard version writes it
    line: int  # physical line number in the file


@dataclass(frozen=True)
class Problem:
    """One property that could not be read; its text goes to the notes, the person stays."""

    line: int
    property: str  # "BDAY", "EMAIL", or "" when not even the name could be read
    reason: str
    text: str  # the property as written (decoded as well as possible)


@dataclass
class RawCard:
    number: int  # 1-based position among the cards of the file
    line: int  # physical line of BEGIN:VCARD
    version: str = ""
    lines: list[ContentLine] = field(default_factory=list)
    error: str | None = None  # set when the card cannot be used at all
    problems: list[Problem] = field(default_factory=list)

    @property
    def source(self) -> str:
        return _("record {number} (line {line})").format(number=self.number, line=self.line)


def read_cards(data: bytes, default_charset: str) -> Iterator[RawCard]:
    """Every BEGIN:VCARD…END:VCARD block of `data`, in order; broken ones carry an error."""
    card: RawCard | None = None
    raw: list[tuple[int, bytes]] = []
    number = 0
    for index, physical in enumerate(_physical_lines(data), start=1):
        word = physical.rstrip().upper()  # a folded line starts with a space: never a BEGIN
        if word == b"BEGIN:VCARD":
            if card is not None:
                _fill(card, raw, default_charset)  # for the name the report shows
                card.error = "the card is cut off: no END:VCARD before the next BEGIN:VCARD"
                yield card
            number += 1
            card, raw = RawCard(number, index), []
        elif word == b"END:VCARD" and card is not None:
            _fill(card, raw, default_charset)
            yield card
            card = None
        elif card is not None:
            raw.append((index, physical))
    if card is not None:
        _fill(card, raw, default_charset)
        card.error = "the file ends in the middle of this card (no END:VCARD)"
        yield card


def _physical_lines(data: bytes) -> list[bytes]:
    """Lines end in LF or CRLF; a bare CR inside a value (Thunderbird writes them in X-
    properties) is part of the value. Only a file with no LF at all (old Mac) ends in CR."""
    separator = b"\n" if b"\n" in data else b"\r"
    lines = data.split(separator)
    if lines and not lines[-1]:
        lines.pop()
    return [line[:-1] if line.endswith(b"\r") else line for line in lines]


def _fill(card: RawCard, raw: list[tuple[int, bytes]], default_charset: str) -> None:
    version = b""
    for _number, physical in raw:
        if physical[:8].upper() == b"VERSION:":
            version = physical[8:].strip()
            break
    card.version = version.decode("ascii", "replace")
    for number, logical in _logical_lines(raw, keep_fold_space=version == b"2.1"):
        if logical.split(b":", 1)[0].split(b";", 1)[0].rsplit(b".", 1)[-1].upper() in _SKIPPED:
            continue
        try:
            card.lines.append(_content_line(number, logical, default_charset))
        except ValueError as error:
            card.problems.append(_problem(number, logical, str(error), default_charset))


def _problem(number: int, logical: bytes, reason: str, charset: str) -> Problem:
    head = logical.split(b":", 1)[0] if b":" in logical else b""
    name = head.split(b";", 1)[0].rsplit(b".", 1)[-1].decode("ascii", "replace").upper()
    try:
        text = decode(logical, charset)
    except EncodingError:
        text = logical.decode("utf-8", "replace")
    text = " ".join(text.replace("\r", " ").split())[:500]
    return Problem(number, name if name.isascii() and name.isprintable() else "", reason, text)


def _logical_lines(
    raw: list[tuple[int, bytes]], keep_fold_space: bool
) -> Iterator[tuple[int, bytes]]:
    parts: list[bytes] = []
    start, soft_break = 0, False
    for number, physical in raw:
        if not physical.strip():
            soft_break = False
            continue
        if soft_break:  # quoted-printable: a line ending in '=' continues on the next
            parts[-1] = parts[-1][:-1]
            parts.append(physical)
        elif physical[:1] in (b" ", b"\t") and parts:
            parts.append(physical if keep_fold_space else physical[1:])
        else:
            if parts:
                yield start, b"".join(parts)
            start, parts = number, [physical]
        soft_break = physical.endswith(b"=") and _is_quoted_printable(parts[0])
    if parts:
        yield start, b"".join(parts)


def _is_quoted_printable(logical: bytes) -> bool:
    head = logical.split(b":", 1)[0].upper()
    return b"QUOTED-PRINTABLE" in head


def _split_header(logical: bytes) -> tuple[bytes, bytes]:
    colon = logical.find(b":")
    if colon < 0:
        raise ValueError(_("a line without ':' is not a vCard property"))
    if b'"' not in logical[:colon]:
        return logical[:colon], logical[colon + 1 :]
    quoted = False  # 4.0 parameter values may be quoted and hold ':'
    for i, byte in enumerate(logical):
        if byte == 0x22:
            quoted = not quoted
        elif byte == 0x3A and not quoted:
            return logical[:i], logical[i + 1 :]
    raise ValueError(_("a line without ':' is not a vCard property"))


@lru_cache(maxsize=4096)
def _header(head: bytes, default_charset: str) -> tuple[str, str, dict[str, list[str]], str, bool]:
    """Name, group, parameters, character set and quoted-printable flag of one header."""
    text = head.decode("utf-8", "replace")
    try:
        name, param_list, _value, group = parseLine(text + ":")
    except ParseError:
        name, param_list, group = _lenient_header(text)
    params: dict[str, list[str]] = {}
    for param in param_list:
        key, values = (param[0].upper(), param[1:]) if len(param) > 1 else ("TYPE", param)
        params.setdefault(key, []).extend(v for v in values if v)
    encoding = {e.upper() for e in params.pop("ENCODING", [])}
    types = params.get("TYPE", [])
    if "QUOTED-PRINTABLE" in (t.upper() for t in types):
        encoding.add("QUOTED-PRINTABLE")
        params["TYPE"] = [t for t in types if t.upper() != "QUOTED-PRINTABLE"]
    charset = (params.pop("CHARSET", None) or [default_charset])[0]
    try:
        charset = text_codec(charset)  # never base64, zlib, rot-13… from a file's say-so
    except ValueError:
        raise ValueError(_("CHARSET={charset} is not a character set").format(
            charset=charset[:40])) from None
    return name.upper(), (group or "").upper(), params, charset, "QUOTED-PRINTABLE" in encoding


def _lenient_header(text: str) -> tuple[str, list[list[str]], str | None]:
    """What vobject refuses but exporters write: empty parameters ('TEL;;CELL', a trailing
    ';'), stray spaces. Name, parameters and group, or ValueError."""
    pieces = [p.strip() for p in text.split(";")]
    group, _dot, name = pieces[0].rpartition(".")
    if not name or not all(c.isalnum() or c == "-" for c in name):
        raise ValueError(_("cannot read the property '{text}'").format(text=text[:40]))
    params = []
    for piece in pieces[1:]:
        if piece:
            key, sep, value = piece.partition("=")
            params.append([key.strip(), *(v.strip().strip('"') for v in value.split(","))]
                          if sep else [piece])
    return name, params, group or None


def _content_line(number: int, logical: bytes, default_charset: str) -> ContentLine:
    head, body = _split_header(logical)
    name, group, params, charset, quoted_printable = _header(head, default_charset)
    if quoted_printable:
        body = quopri.decodestring(body)  # binascii.a2b_qp: never raises on odd bytes
    try:
        value = decode(body, charset)
    except EncodingError:
        raise ValueError(_("the text is not valid {charset}").format(charset=charset)) from None
    if quoted_printable:  # newlines came encoded; escape them the way 3.0 does
        value = "\\n".join(value.splitlines())
    return ContentLine(name, group, params, value, number)
