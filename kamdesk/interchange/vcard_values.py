"""Values inside vCard properties: escaping, structured fields, labels and relations."""

from __future__ import annotations

import re

from kamdesk.domain.folding import fold

_PIECES = re.compile(r"\\(.?)|([;,])|([^\\;,]+)", re.DOTALL)

# vCard TYPE words (and Apple/Google labels) to the contact labels KAMDesk shows.
_LABEL_WORDS = {
    "cell": "mobile", "mobile": "mobile", "iphone": "mobile", "fax": "fax", "pager": "pager",
    "work": "work", "home": "home", "main": "main", "other": "other", "school": "school",
    "homepage": "home", "profile": "profile", "blog": "blog", "linkedin": "linkedin",
}
_LABEL_PRIORITY = ("mobile", "fax", "pager", "work", "home", "main", "school", "other")

# Relation words (any language a file uses them in English) that make a family member.
_FAMILY = {
    "spouse": "spouse", "wife": "wife", "husband": "husband", "partner": "partner",
    "domestic partner": "partner", "child": "child", "son": "son", "daughter": "daughter",
    "parent": "parent", "mother": "mother", "father": "father", "sibling": "sibling",
    "brother": "brother", "sister": "sister", "kin": "relative", "relative": "relative",
    "grandchild": "grandchild", "grandparent": "grandparent", "grandmother": "grandmother",
    "grandfather": "grandfather",
}
# Our relation words back to the vCard 4.0 RELATED types.
_RELATED_TYPE = {
    "spouse": "spouse", "wife": "spouse", "husband": "spouse", "partner": "spouse",
    "child": "child", "son": "child", "daughter": "child", "parent": "parent",
    "mother": "parent", "father": "parent", "sibling": "sibling", "brother": "sibling",
    "sister": "sibling",
}


def split_value(value: str, separator: str = ";") -> list[str]:
    """Split on unescaped `separator` and unescape each part ('\\n' becomes a newline)."""
    if "\\" not in value:
        return value.split(separator)
    parts: list[str] = []
    current: list[str] = []
    for escaped, sep, text in _PIECES.findall(value):
        if text:
            current.append(text)
        elif sep:
            if sep == separator:
                parts.append("".join(current))
                current = []
            else:
                current.append(sep)
        else:
            current.append("\n" if escaped in ("n", "N") else escaped)
    parts.append("".join(current))
    return parts


def split_escaped(value: str, separator: str = ";") -> list[str]:
    """Split on unescaped `separator`, leaving each part escaped (N parts hold lists)."""
    if "\\" not in value:
        return value.split(separator)
    parts, start, i = [], 0, 0
    while i < len(value):
        if value[i] == "\\":
            i += 2
            continue
        if value[i] == separator:
            parts.append(value[start:i])
            start = i + 1
        i += 1
    parts.append(value[start:])
    return parts


def unescape(value: str) -> str:
    return split_value(value, "\x00")[0]


def escape(value: str) -> str:
    """Escape text for a vCard 4.0 value (backslash, comma, semicolon, newline)."""
    return (
        value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
        .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
    )


def apple_label(text: str) -> str:
    """'_$!<Mobile>!$_' (Apple's built-in labels) -> 'Mobile'; custom labels unchanged."""
    text = text.strip()
    if text.startswith("_$!<") and text.endswith(">!$_"):
        return text[4:-4]
    return text


def contact_label(types: list[str], custom: str = "") -> str:
    """The one label KAMDesk keeps for a contact, from TYPE words or a custom label."""
    if custom:
        word = apple_label(custom)
        return _LABEL_WORDS.get(word.casefold(), word)[:32]
    words = {_LABEL_WORDS.get(t.strip().casefold()) for t in types for t in t.split(",")}
    return next((label for label in _LABEL_PRIORITY if label in words), "")


def family_relation(label: str) -> str | None:
    """Our relation word when `label` names a family tie, else None (a colleague…)."""
    return _FAMILY.get(fold(apple_label(label)))


def related_type(relation: str) -> str:
    """The vCard 4.0 RELATED type for one of our relation words."""
    return _RELATED_TYPE.get(fold(relation), "kin")


def address_text(parts: list[str]) -> str:
    """One line from ADR parts (PO box; extended; street; city; region; postcode; country)."""
    parts = [p.strip() for p in parts + [""] * 7]
    box, extended, street, city, region, postcode, country = parts[:7]
    place = " ".join(p for p in (postcode, city) if p)
    return ", ".join(p for p in (box, extended, street, place, region, country) if p)
