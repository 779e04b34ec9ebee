"""Facts the dossier has no column for (anniversary, categories…) kept as lines in the notes.

A fact is a line "Label: value". Import adds the line unless the notes already hold it, and
export reads it back into the file's own field, so a round trip neither loses nor doubles it.
"""

from __future__ import annotations

ANNIVERSARY = "Anniversary"
CATEGORIES = "Categories"


def add_fact(notes: str, label: str, value: str) -> str:
    """`notes` with the line "label: value" appended unless already present."""
    value = " ".join(value.split())
    if not value:
        return notes
    return add_paragraph(notes, f"{label}: {value}")


def add_paragraph(notes: str, text: str) -> str:
    """`notes` with `text` appended on its own line unless the notes already contain it."""
    text = text.strip()
    if not text or text in notes:
        return notes
    return f"{notes.rstrip()}\n{text}" if notes.strip() else text


def fact(notes: str, label: str) -> str | None:
    """The value of the first "label: value" line in `notes`, if any."""
    prefix = f"{label}: "
    for line in notes.splitlines():
        if line.startswith(prefix):
            return line[len(prefix) :].strip()
    return None
