"""fold()'s fast paths (ASCII as it is, the marks of the BMP by one regular expression) give
exactly what the plain definition gives, for every character of Unicode."""

from __future__ import annotations

import unicodedata

from kamdesk.domain.folding import _SPECIAL, fold


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def test_every_character_folds_as_the_plain_definition_says():
    different = []
    for code in range(0x110000):
        if 0xD800 <= code < 0xE000:
            continue  # surrogates are not text
        char = chr(code)
        text = f"é{char}\u0301Ł {char}x"
        if fold(text) != _plain(text):
            different.append(hex(code))
    assert different == []


def test_words_in_many_scripts_and_marks_beyond_the_bmp():
    for text in ("Złotowski", "ĐORĐE Šćekić", "Straße", "Αλέξανδρος", "Хорхе", "Trần Văn",
                 "  spaced\tout \n", "", "a\U0001D167b", "\U0001F600 é"):  # U+1D167: a mark
        assert fold(text) == _plain(text)
    assert fold("a\U0001D167b") == "ab"
