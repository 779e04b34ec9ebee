"""Which backups to keep: the last few, then one a day, one a week, one a month (like Anki).

Each limit counts periods that hold a backup, not calendar time, so a dossier left alone for
a summer still has its history when the user comes back. A backup the user asked for
(`manual`) and the copy kept before a restore are never thinned away.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the window's settings read KeepPolicy before it paints: no SQLAlchemy yet
    from kamdesk.store.backup import BackupFile

NEVER_THINNED = frozenset({"manual", "before-restore"})


@dataclass(frozen=True)
class KeepPolicy:
    last: int = 5
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def backups_to_remove(backups: list[BackupFile], policy: KeepPolicy) -> list[BackupFile]:
    """The automatic copies the policy no longer keeps, from `backups` (any order)."""
    candidates = sorted(
        (b for b in backups if b.reason not in NEVER_THINNED), key=lambda b: b.when, reverse=True
    )
    keep = {b.path for b in candidates[: policy.last]}
    for limit, period in (
        (policy.daily, _day),
        (policy.weekly, _week),
        (policy.monthly, _month),
    ):
        seen: set[tuple[int, ...]] = set()
        for backup in candidates:  # newest first: the newest of each period is kept
            key = period(backup.when.astimezone())
            if key in seen:
                continue
            if len(seen) >= limit:
                break
            seen.add(key)
            keep.add(backup.path)
    return [b for b in candidates if b.path not in keep]


def _day(when: datetime) -> tuple[int, ...]:
    return (when.year, when.month, when.day)


def _week(when: datetime) -> tuple[int, ...]:
    year, week, _ = when.isocalendar()
    return (year, week)


def _month(when: datetime) -> tuple[int, ...]:
    return (when.year, when.month)


def thin_backups(backups: list[BackupFile], policy: KeepPolicy | None = None) -> list[BackupFile]:
    """Delete the copies the policy does not keep; returns what was deleted."""
    removed = []
    for backup in backups_to_remove(backups, policy or KeepPolicy()):
        try:
            backup.path.unlink()
        except FileNotFoundError:
            continue
        removed.append(backup)
    return removed
