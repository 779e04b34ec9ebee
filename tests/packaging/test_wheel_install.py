"""The wheel as a user installs it: built with pip, installed into a fresh venv, run from a
folder far from the source tree. It proves the fonts, sample data, translations and icons
travel as package data and that `kamdesk` is a console script.

The fresh venv has no system site-packages and no PYTHONPATH; the wheel goes in with
`--no-deps`, and the dependencies are lent by a `.pth` line naming the test venv's
site-packages (a plain path line: that folder's own `.pth` files, among them the editable
install of the source tree, are not run). Installing PySide6 and the rest from the index for
every run would cost minutes; CI's fresh `make test` venv already proves that
pyproject's dependencies install. Set KAMDESK_WHEEL_FROM_INDEX=1 to install them from the
index instead (the pip cache makes a second run quick).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.packaging

SHIPPED = (
    "kamdesk/resources/fonts/DejaVuSans.ttf",
    "kamdesk/resources/fonts/LICENSE-DejaVu.txt",
    "kamdesk/resources/icons/kamdesk.svg",
    "kamdesk/resources/icons/LICENSE-Lucide.txt",
    "kamdesk/resources/sample/portfolio.json",
    "kamdesk/resources/translations/kamdesk_fil.qm",
    "kamdesk/resources/translations/fil/LC_MESSAGES/kamdesk.mo",
    "kamdesk/resources/desktop/org.kamdesk.KAMDesk.desktop",
    "kamdesk/migrations/versions/0001_initial.py",
)


def _run(args, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run(args, capture_output=True, text=True, timeout=600, **kwargs)
    assert result.returncode == 0, f"{args}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    # Built from a copy, so the build leaves no build/ or egg-info in the checkout.
    source = tmp_path_factory.mktemp("source") / "kamdesk"
    junk = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "docs",
                                  "__pycache__", ".*_cache", ".hypothesis")
    shutil.copytree(ROOT, source, ignore=junk)
    out = tmp_path_factory.mktemp("wheels")
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out),
          str(source)])
    (built,) = out.glob("kamdesk-*.whl")
    return built


def test_the_wheel_carries_every_shipped_file_and_both_launchers(wheel):
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(n for n in names if n.endswith("entry_points.txt"))
        declared = archive.read(entry_points).decode()
    assert set(SHIPPED) <= names
    assert "[console_scripts]\nkamdesk = kamdesk.__main__:main" in declared
    assert "[gui_scripts]\nkamdesk-app = kamdesk.__main__:main" in declared


def test_a_fresh_venv_runs_sample_data_and_brief_far_from_the_source(wheel, tmp_path):
    away = tmp_path / "elsewhere"
    away.mkdir()
    # Nothing of the checkout may leak in: with PYTHONPATH on it, pip would even take a
    # stray kamdesk.egg-info there for an installed kamdesk and skip the wheel.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["KAMDESK_DATA_DIR"] = str(tmp_path / "data")
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], cwd=away, env=env)
    python = venv / "bin" / "python"
    pip = [str(python), "-m", "pip", "install", "--quiet"]
    if os.environ.get("KAMDESK_WHEEL_FROM_INDEX") == "1":
        _run([*pip, str(wheel)], cwd=away, env=env)
    else:
        _run([*pip, "--no-deps", str(wheel)], cwd=away, env=env)
        where = "import sysconfig; print(sysconfig.get_path('purelib'))"
        purelib = _run([str(python), "-c", where], cwd=away, env=env)
        lent = Path(purelib.stdout.strip()) / "kamdesk-test-dependencies.pth"
        lent.write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")

    found = _run([str(python), "-c", "import kamdesk; print(kamdesk.__file__)"], cwd=away, env=env)
    assert Path(found.stdout.strip()).is_relative_to(venv), found.stdout
    assert (venv / "bin" / "kamdesk-app").exists()

    kamdesk = str(venv / "bin" / "kamdesk")
    assert _run([kamdesk, "--version"], cwd=away, env=env).stdout.strip() == "kamdesk 0.1.0"
    loaded = _run([kamdesk, "sample-data"], cwd=away, env=env)
    assert "Loaded a fictional portfolio" in loaded.stdout
    pdf = away / "brief.pdf"
    _run([kamdesk, "brief", "Baltic Freight", "-o", str(pdf)], cwd=away, env=env)
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Baltic Freight" in text and "Three things to know" in text
    filipino = away / "brief-fil.pdf"
    _run([kamdesk, "brief", "Baltic Freight", "--lang", "fil", "-o", str(filipino)],
         cwd=away, env=env)  # the gettext catalogue came with the wheel
    text = "".join(page.extract_text() for page in PdfReader(filipino).pages)
    assert "Tatlong dapat malaman" in text
