"""The one way to reach what ships with KAMDesk and is not code: fonts, icons, translations,
sample data, the desktop files. They live in this package's folders, so a source checkout,
an installed wheel and a PyInstaller bundle (which collects them under `kamdesk/resources`)
all reach them through `importlib.resources`.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resources_root() -> Path:
    """The folder holding the shipped files: always a real folder (wheels install unzipped,
    the bundle unpacks its data), since reportlab and Qt want file names."""
    return Path(str(files(__name__)))


def resource(*parts: str) -> Path:
    """Path of a shipped file, e.g. resource("fonts", "DejaVuSans.ttf")."""
    return resources_root().joinpath(*parts)
