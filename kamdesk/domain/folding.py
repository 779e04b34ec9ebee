"""Folding text for search: case- and diacritics-insensitive in every script."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that Unicode does not decompose into base + accent, so NFKD alone keeps them.
_SPECIAL = str.maketrans(
    {
        "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "ø": "o", "Ø": "o",
        "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i",
        "þ": "th", "Þ": "th", "ħ": "h", "Ħ": "h", "ŧ": "t", "Ŧ": "t",
    }
)


# The combining marks of the Basic Multilingual Plane, deleted by one regular expression
# rather than a test per character (folding every row of an archive import spent most of
# its time there); made on the first text that needs it. Marks beyond it are rare enough
# for the test per character.
_MARKS: list[re.Pattern[str]] = []
_HAS_SPECIAL = re.compile("[" + re.escape("".join(chr(c) for c in _SPECIAL)) + "]")


def _marks() -> re.Pattern[str]:
    if not _MARKS:
        marks = "".join(chr(c) for c in range(0x300, 0x10000) if unicodedata.combining(chr(c)))
        _MARKS.append(re.compile("[" + re.escape(marks) + "]+"))
    return _MARKS[0]


def fold(text: str) -> str:
    """Lower-case, strip accents and map special letters: 'Złotowski' -> 'zlotowski'."""
    if text.isascii():  # NFKD and the special letters leave ASCII as it is
        return " ".join(text.casefold().split())
    if _HAS_SPECIAL.search(text):
        text = text.translate(_SPECIAL)
    stripped = _marks().sub("", unicodedata.normalize("NFKD", text))
    if not stripped.isascii() and max(stripped) > "\uffff":
        stripped = "".join(c for c in stripped if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


@lru_cache(maxsize=8192)  # a snippet folds the same few hundred letters again and again
def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char.translate(_SPECIAL))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def find_folded(text: str, word: str, folded: str | None = None) -> tuple[int, int] | None:
    """Where the folded `word` first occurs in `text`, as (start, end) offsets into the
    original `text` (not its folded copy, which may be longer: ß folds to ss), or None.
    find_folded("Ana Złotowska", "zlotow") == (4, 10)."""
    needle = fold(word)
    if not needle:
        return None
    if text.isascii():  # one folded letter per letter: the offsets are the text's own
        at = text.lower().find(needle)
        if at >= 0:
            return at, at + len(needle)
    # The folded text is the letters' folds, spaces collapsed (`folded`: fold(text), when
    # the caller has it already).
    at = (fold(text) if folded is None else folded).find(needle)
    if at < 0:
        return None
    # Walk the letters only as far as the match, counting folded letters, to map it back.
    count, start, spaced = 0, 0, True
    for index, char in enumerate(text):
        if char.isspace():
            if spaced:
                continue
            pieces, spaced = " ", True
        else:
            pieces, spaced = _fold_char(char), False
        for _ in pieces:
            if count == at:
                start = index
            count += 1
            if count == at + len(needle):
                return start, index + 1
    return None


def snippet(text: str, start: int, end: int, width: int = 80) -> tuple[str, int, int]:
    """A short piece of `text` around text[start:end], on one line, cut at word boundaries
    with "…" where it is cut; returns (piece, start, end) with the match's offsets in it."""
    line = " ".join(text[:start].split()), text[start:end], " ".join(text[end:].split())
    before, match, after = line
    if text[:start] and text[start - 1].isspace() and before:
        before += " "
    if text[end:] and text[end].isspace() and after:
        after = " " + after
    room = max(0, width - len(match))
    keep_before = min(len(before), room // 3)
    keep_after = min(len(after), room - keep_before)
    keep_before = min(len(before), room - keep_after)
    head = before[len(before) - keep_before:]
    if keep_before < len(before):
        cut = head.find(" ")
        head = "…" + (head[cut + 1:] if 0 <= cut < len(head) - 1 else head)
    tail = after[:keep_after]
    if keep_after < len(after):
        cut = tail.rfind(" ")
        tail = (tail[:cut] if cut > 0 else tail) + "…"
    return head + match + tail, len(head), len(head) + len(match)
