"""From the bytes of a .vcf file to cards of decoded content lines.

vCard 2.1 files (old phones, Outlook) declare a character set and quoted-printable encoding
per property, so decoding happens per line, on bytes, before the content-line grammar
(vobject's) reads names and parameters. Folded lines are joined the way each version says.
"""

from __future__ import annotations

import codecs
import quopri
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from vobject.base import ParseError, parseLine

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


@dataclass
class RawCard:
    number: int  # 1-based position among the cards of the file
    line: int  # physical line of BEGIN:VCARD
    version: str = ""
    lines: list[ContentLine] = field(default_factory=list)
    error: str | None = None  # set when the card cannot be used at all

    @property
    def source(self) -> str:
        return f"record {self.number} (line {self.line})"


def read_cards(data: bytes, default_charset: str) -> Iterator[RawCard]:
    """Every BEGIN:VCARD…END:VCARD block of `data`, in order; broken ones carry an error."""
    card: RawCard | None = None
    raw: list[tuple[int, bytes]] = []
    number = 0
    for index, physical in enumerate(data.splitlines(), start=1):
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


def _fill(card: RawCard, raw: list[tuple[int, bytes]], default_charset: str) -> None:
    version = b""
    for _, physical in raw:
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
            card.error = f"line {number}: {error}"
            return


def _logical_lines(
    raw: list[tuple[int, bytes]], keep_fold_space: bool
) -> Iterator[tuple[int, bytes]]:
    start, parts, soft_break = 0, [], False
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
        raise ValueError("a line without ':' is not a vCard property")
    if b'"' not in logical[:colon]:
        return logical[:colon], logical[colon + 1 :]
    quoted = False  # 4.0 parameter values may be quoted and hold ':'
    for i, byte in enumerate(logical):
        if byte == 0x22:
            quoted = not quoted
        elif byte == 0x3A and not quoted:
            return logical[:i], logical[i + 1 :]
    raise ValueError("a line without ':' is not a vCard property")


@lru_cache(maxsize=4096)
def _header(head: bytes, default_charset: str) -> tuple[str, str, dict[str, list[str]], str, bool]:
    """Name, group, parameters, character set and quoted-printable flag of one header."""
    text = head.decode("utf-8", "replace")
    try:
        name, param_list, _, group = parseLine(text + ":")
    except ParseError:
        raise ValueError(f"cannot read the property '{text[:40]}'") from None
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
        charset = codecs.lookup(charset).name
    except LookupError:
        raise ValueError(f"unknown character set '{charset}'") from None
    return name.upper(), (group or "").upper(), params, charset, "QUOTED-PRINTABLE" in encoding


def _content_line(number: int, logical: bytes, default_charset: str) -> ContentLine:
    head, body = _split_header(logical)
    name, group, params, charset, quoted_printable = _header(head, default_charset)
    if quoted_printable:
        body = quopri.decodestring(body)
    try:
        value = body.decode(charset)
    except UnicodeDecodeError:
        raise ValueError(f"the text is not valid {charset}") from None
    if quoted_printable:  # newlines came encoded; escape them the way 3.0 does
        value = "\\n".join(value.splitlines())
    return ContentLine(name, group, params, value, number)
