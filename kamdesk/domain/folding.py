"""Folding text for search: case- and diacritics-insensitive in every script."""

from __future__ import annotations

import unicodedata

# Letters that Unicode does not decompose into base + accent, so NFKD alone keeps them.
_SPECIAL = str.maketrans(
    {
        "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "ø": "o", "Ø": "o",
        "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i",
        "þ": "th", "Þ": "th", "ħ": "h", "Ħ": "h", "ŧ": "t", "Ŧ": "t",
    }
)  # fmt: skip


def fold(text: str) -> str:
    """Lower-case, strip accents and map special letters: 'Złotowski' -> 'zlotowski'."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())
