"""Company names as people write them: with or without the legal form, quotes and dots.

"ООО «ТрансУрал Логистика»" in the dossier and "ТрансУрал Логистика" in a phone's address
book are the same client, as are "Bałtyk Spedycja Sp. z o.o." and "BAŁTYK SPEDYCJA". The
matching key keeps the name's words, folded, and leaves out a legal form at either end.
"""

from __future__ import annotations

import re

from kamdesk.domain.folding import fold

_WORD = re.compile(r"\w+")

# Legal forms as written in the markets our users sell to, any case, dots and spaces optional.
LEGAL_FORMS = (
    # Polish, Czech, Slovak, Serbian, Croatian, Slovenian
    "sp. z o.o.", "sp.k.", "sp.j.", "s.a.", "spółka akcyjna", "a.s.", "s.r.o.", "spol. s r.o.",
    "d.o.o.", "d.d.", "a.d.",
    # German, Austrian, Swiss, Dutch, Nordic
    "gmbh", "gmbh & co. kg", "ag", "kg", "ohg", "e.k.", "b.v.", "n.v.", "oy", "oyj", "ab",
    "as", "asa", "a/s", "aps",
    # English-speaking
    "inc.", "incorporated", "corp.", "corporation", "co.", "company", "ltd.", "limited",
    "llc", "llp", "plc", "pty ltd", "pte ltd",
    # French, Italian, Spanish, Portuguese
    "s.a.s.", "sarl", "s.p.a.", "s.r.l.", "s.l.", "lda", "ltda",
    # Russian, Kazakh, Ukrainian (Cyrillic)
    "ооо", "оао", "зао", "пао", "ао", "тоо", "ип", "тов",
    # Greek
    "α.ε.", "ε.π.ε.", "ο.ε.",
    # Vietnamese and Filipino
    "công ty", "công ty tnhh", "công ty cổ phần", "tnhh", "cổ phần", "jsc", "inc", "opc",
    # Japanese
    "k.k.", "kabushiki kaisha", "g.k.",
)

_FORMS = sorted({tuple(_WORD.findall(fold(form))) for form in LEGAL_FORMS}, key=len, reverse=True)


def company_key(name: str) -> str:
    """The words of *name*, folded, without quotes, punctuation, or a legal form at its start
    or end: 'ООО «ТрансУрал Логистика»' -> 'трансурал логистика'."""
    words = _WORD.findall(fold(name))
    for form in _FORMS:  # longest first: "công ty tnhh" before "công ty"
        if len(form) < len(words) and tuple(words[: len(form)]) == form:
            words = words[len(form) :]
            break
    for form in _FORMS:
        if len(form) < len(words) and tuple(words[-len(form) :]) == form:
            words = words[: -len(form)]
            break
    return " ".join(words)
