"""The one typed wrapper around QSettings: every remembered preference has a method here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings

from kamdesk.briefing.options import DEFAULT_SHAREABLE_OMITS, Private, paper_for_locale
from kamdesk.domain.concentration import Thresholds
from kamdesk.store.backup_thinning import KeepPolicy

LANGUAGES = ("", "en", "fil")  # "": the system's language
PAPERS = ("a4", "letter")


class Settings:
    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings("KAMDesk", "KAMDesk")

    @property
    def store(self) -> QSettings:
        """The QSettings behind these; the team server (ui.team_settings) is kept beside them."""
        return self._store

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._store.setValue("window/geometry", geometry)

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def set_window_state(self, state: QByteArray) -> None:
        self._store.setValue("window/state", state)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def set_splitter_state(self, name: str, state: QByteArray) -> None:
        self._store.setValue(f"splitters/{name}", state)

    def agenda_days(self) -> int:
        value = self._store.value("agenda/days", 14)
        try:
            return max(1, min(366, int(value)))
        except (TypeError, ValueError):
            return 14

    def set_agenda_days(self, days: int) -> None:
        self._store.setValue("agenda/days", int(days))

    # -- what Edit ▸ Settings… edits (ui/settings_dialog.py)
    def _int(self, key: str, default: int, low: int, high: int) -> int:
        try:
            return max(low, min(high, int(self._store.value(key, default))))
        except (TypeError, ValueError):
            return default

    def language(self) -> str:
        """"en", "fil", or "" for the system's language."""
        value = str(self._store.value("general/language", "") or "")
        return value if value in LANGUAGES else ""

    def set_language(self, code: str) -> None:
        self._store.setValue("general/language", code if code in LANGUAGES else "")

    def locale(self) -> QLocale:
        """The language the window speaks: the chosen one, else the system's."""
        return QLocale(self.language()) if self.language() else QLocale()

    def paper(self) -> str:
        """"a4" or "letter" for briefs; unset, it follows the locale (Letter in the Americas
        and the Philippines)."""
        value = str(self._store.value("brief/paper", "") or "")
        return value if value in PAPERS else paper_for_locale(QLocale().name())

    def set_paper(self, paper: str) -> None:
        self._store.setValue("brief/paper", paper if paper in PAPERS else "")

    def shareable_omits(self) -> frozenset[Private]:
        """What a shareable brief leaves out of each person's card."""
        value = self._store.value("brief/shareable_omits")
        if value is None:
            return DEFAULT_SHAREABLE_OMITS
        names = [value] if isinstance(value, str) else list(value or [])
        return frozenset(Private(n) for n in names if n in Private.__members__.values())

    def set_shareable_omits(self, omitted) -> None:
        # An empty list reads back as None from some formats: a marker keeps "nothing".
        self._store.setValue("brief/shareable_omits", sorted(str(p) for p in omitted) or "")

    def thresholds(self) -> Thresholds:
        """The healthy key-account band and the mono-dependence line, in whole percent."""
        low = self._int("portfolio/key_band_low", 30, 0, 100)
        high = self._int("portfolio/key_band_high", 55, 0, 100)
        mono = self._int("portfolio/mono_dependence", 75, 1, 100)
        return Thresholds(Decimal(min(low, high)) / 100, Decimal(max(low, high)) / 100,
                          Decimal(mono) / 100)

    def set_thresholds(self, low: int, high: int, mono: int) -> None:
        self._store.setValue("portfolio/key_band_low", int(low))
        self._store.setValue("portfolio/key_band_high", int(high))
        self._store.setValue("portfolio/mono_dependence", int(mono))

    def backup_folder(self) -> Path | None:
        """Where automatic copies go; None: `backups/` beside the database."""
        value = self._store.value("backups/folder", "")
        return Path(value) if isinstance(value, str) and value else None

    def set_backup_folder(self, folder: Path | None) -> None:
        self._store.setValue("backups/folder", str(folder) if folder else "")

    def backup_policy(self) -> KeepPolicy:
        """How many copies thinning keeps: the last few, then per day, week, month."""
        default = KeepPolicy()
        return KeepPolicy(
            last=self._int("backups/keep_last", default.last, 1, 100),
            daily=self._int("backups/keep_daily", default.daily, 0, 366),
            weekly=self._int("backups/keep_weekly", default.weekly, 0, 520),
            monthly=self._int("backups/keep_monthly", default.monthly, 0, 1200),
        )

    def set_backup_policy(self, policy: KeepPolicy) -> None:
        self._store.setValue("backups/keep_last", policy.last)
        self._store.setValue("backups/keep_daily", policy.daily)
        self._store.setValue("backups/keep_weekly", policy.weekly)
        self._store.setValue("backups/keep_monthly", policy.monthly)

    def backup_idle_minutes(self) -> int:
        """Minutes without a change before an automatic copy is made."""
        return self._int("backups/idle_minutes", 5, 1, 240)

    def set_backup_idle_minutes(self, minutes: int) -> None:
        self._store.setValue("backups/idle_minutes", int(minutes))

    def file_name(self) -> str:
        """Where the preferences are kept (a file, or the registry key on Windows)."""
        return self._store.fileName()

    def sync(self) -> None:
        self._store.sync()
