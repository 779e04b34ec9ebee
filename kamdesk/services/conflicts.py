"""Nobody overwrites anybody: an edit based on an old row version is refused, saying what
the other person changed, field by field.

Every row carries `row_version`, which the ORM checks and bumps on each UPDATE
(`version_id_col`). A service that edits takes the detail the user started from (`base`):
when the row moved on since, it raises `StaleEditError` with the changes (what the user
started from, what is stored now, what the user typed) and the current detail, so the window
can offer to reapply the user's input on top of theirs or to keep theirs.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import Enum
from typing import Any

from kamdesk.services.errors import ServiceError

# Fields a detail carries that nobody edits: they are not conflicts.
NOT_EDITED = {"id", "account_id", "row_version", "next_birthday", "last_contact",
              "contact_count"}


@dataclass(frozen=True)
class FieldChange:
    field: str
    started_from: Any  # the value when the user opened the record
    theirs: Any  # the value the other person saved
    mine: Any = None  # what the user typed (None when not known)


class StaleEditError(ServiceError):
    """Someone saved the record after the user opened it; nothing was written."""

    def __init__(self, what: str, changes: list[FieldChange], current: Any) -> None:
        self.what, self.changes, self.current = what, changes, current
        listed = "; ".join(
            f"{c.field}: {shown(c.started_from)} -> {shown(c.theirs)}" for c in changes
        )
        super().__init__(
            f"{what} was changed by someone else after you opened it"
            + (f" ({listed})" if listed else "")
            + "; nothing was saved: reapply your edit on top of theirs, or keep theirs"
        )


def shown(value: Any) -> str:
    """A value in one short line, for a message (the window formats its own)."""
    if value is None or value == "" or value == []:
        return "(empty)"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, list | tuple):
        return "; ".join(shown(v) for v in value)
    if dataclasses.is_dataclass(value):
        return ", ".join(shown(v) for v in dataclasses.astuple(value) if v not in (None, ""))
    return f"'{value}'"


def changed_fields(base: Any, current: Any, mine: Any = None) -> list[FieldChange]:
    """The edited fields whose stored value differs between `base` and `current`."""
    changes = []
    for f in dataclasses.fields(current):
        if f.name in NOT_EDITED:
            continue
        old, new = getattr(base, f.name, None), getattr(current, f.name)
        if old != new:
            changes.append(FieldChange(f.name, old, new, getattr(mine, f.name, None)))
    return changes


def refuse_if_stale(what: str, base: Any, current: Any, mine: Any = None) -> None:
    """Raise StaleEditError when `current` is a newer version than the `base` the user had."""
    if base is not None and base.row_version != current.row_version:
        raise StaleEditError(what, changed_fields(base, current, mine), current)


def reapplied(base: Any, current: Any, mine: Any) -> Any:
    """The user's input on top of theirs: a field the user changed keeps the user's value,
    a field the user left as it was takes the other person's."""
    values = {}
    for f in dataclasses.fields(mine):
        typed = getattr(mine, f.name)
        untouched = hasattr(base, f.name) and typed == getattr(base, f.name)
        values[f.name] = getattr(current, f.name) if untouched else typed
    return dataclasses.replace(mine, **values)
