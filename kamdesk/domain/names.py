"""Splitting a full name typed in one field into given and family name.

The split is a suggestion the editor shows (and the user may correct), so it aims at the
common cases of the names KAMDesk meets: "Małgorzata Łęcka", "Ma. Teresa dela Cruz",
"Ludwig van der Berg", "Nguyễn Văn An" (family name first), "Сабуров Андрей Викторович"
(the formal Russian order, recognised by the patronymic).
"""

from __future__ import annotations

from typing import NamedTuple

from kamdesk.domain.folding import fold


class NameParts(NamedTuple):
    given: str
    family: str


# Lower-case words that belong to the family name that follows them.
_PARTICLES = {
    "van", "von", "der", "den", "de", "del", "della", "dela", "la", "las", "los", "le", "da",
    "das", "do", "dos", "di", "du", "ten", "ter", "zu", "zum", "zur", "af", "av", "bin", "al",
    "y", "san", "sta", "sta.",
}

# The most frequent Vietnamese family names (folded): written first, as in "Nguyễn Văn An".
_VIETNAMESE_FAMILY = {
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do",
    "ho", "ngo", "duong", "ly", "dinh", "truong", "trinh", "mai", "lam", "cao", "ha", "ta",
    "luong", "quach", "thai", "chau", "doan", "vuong", "trieu", "lai",
}

# Patronymic endings (Russian, Ukrainian, Belarusian, Bulgarian, in Cyrillic and in Latin).
_PATRONYMIC = ("ович", "евич", "ьевич", "ич", "овна", "евна", "ична", "инична", "ovich",
               "evich", "ovna", "evna", "ichna", "ovych", "ivna")

# Letters only Vietnamese uses among the Latin scripts KAMDesk meets.
_VIETNAMESE_LETTERS = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")


def _is_patronymic(word: str) -> bool:
    lowered = word.lower()
    return len(lowered) > 5 and lowered.endswith(_PATRONYMIC)


def _looks_vietnamese(words: list[str]) -> bool:
    if fold(words[0]) not in _VIETNAMESE_FAMILY:
        return False
    return any(c in _VIETNAMESE_LETTERS for c in " ".join(words).lower()) or (
        len(words) >= 3 and fold(words[1]) in {"van", "thi", "huu", "duc", "minh", "ngoc"})


def split_full_name(full_name: str, family_name_first: bool | None = None) -> NameParts:
    """Given and family name of a name typed in one field.

    `family_name_first` forces the order (True for a Vietnamese, Hungarian or Chinese
    name the rules cannot recognise); None guesses it. One word is a given name.
    """
    words = full_name.split()
    if not words:
        return NameParts("", "")
    if len(words) == 1:
        return NameParts(words[0], "")
    if family_name_first is None:
        family_name_first = _looks_vietnamese(words) or (
            len(words) == 3 and _is_patronymic(words[2]) and not _is_patronymic(words[1]))
    if family_name_first:
        return NameParts(" ".join(words[1:]), words[0])
    # Family name: the last word, with the particles before it ("dela Cruz", "van der Berg").
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in _PARTICLES:
        start -= 1
    return NameParts(" ".join(words[:start]), " ".join(words[start:]))
