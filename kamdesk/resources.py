"""The one way to reach files under `resources/` (fonts, icons, translations, sample data),
from a source checkout and from a PyInstaller bundle alike."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller's boot loader
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """Path of a shipped file, e.g. resource("fonts", "DejaVuSans.ttf")."""
    return resources_root().joinpath(*parts)
