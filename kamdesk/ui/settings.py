"""The one typed wrapper around QSettings: every remembered preference has a method here."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QByteArray, QLocale, QSettings

from kamdesk.briefing.options import DEFAULT_SHAREABLE_OMITS, Private, paper_for_locale
from kamdesk.domain.concentration import Thresholds

LANGUAGES = ("", "en", "fil")  # "": the system's language
PAPERS = ("a4", "letter")


class Settings:
    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings("KAMDesk", "KAMDesk")

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
                          Decimal(mono) / 100)  # fmt: skip

    def set_thresholds(self, low: int, high: int, mono: int) -> None:
        self._store.setValue("portfolio/key_band_low", int(low))
        self._store.setValue("portfolio/key_band_high", int(high))
        self._store.setValue("portfolio/mono_dependence", int(mono))

    def backup_folder(self) -> str:
        """Where File ▸ Back up now and the automatic copies go; "" beside the database."""
        return str(self._store.value("backups/folder", "") or "")

    def set_backup_folder(self, folder: str) -> None:
        self._store.setValue("backups/folder", folder)

    def backups_kept(self) -> int:
        """How many copies are kept (older ones are removed when a new one is made)."""
        return self._int("backups/kept", 20, 1, 999)

    def set_backups_kept(self, count: int) -> None:
        self._store.setValue("backups/kept", int(count))

    def file_name(self) -> str:
        """Where the preferences are kept (a file, or the registry key on Windows)."""
        return self._store.fileName()

    def sync(self) -> None:
        self._store.sync()
