"""Start-up of the desktop app against its floor, a bare PySide6 window, in the same run.

Each sample is a fresh Python process that prints, in seconds since the process started:
the moment the window was painted and, for KAMDesk, the moment the dossiers were on screen
(database opened and the account list filled). Medians of several runs; ratios to the floor.

Usage: python benchmarks/startup_benchmark.py [--runs N] [--people N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FLOOR = """
import time, os
t0 = float(os.environ["T0"])
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1200, 800); w.show(); app.processEvents()
print(time.time() - t0, time.time() - t0)
"""

KAMDESK = """
import time, os
t0 = float(os.environ["T0"])
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from kamdesk.ui.main_window import MainWindow
from kamdesk.ui.settings import Settings
w = MainWindow(Settings(QSettings(os.environ["SETTINGS"], QSettings.Format.IniFormat)))
w.resize(1200, 800); w.show(); app.processEvents()
shown = time.time() - t0
from kamdesk.store.database import open_database
w.attach_database(open_database(os.environ["DB_URL"]))
app.processEvents()
print(shown, time.time() - t0)
"""


def sample(code: str, env: dict[str, str]) -> tuple[float, float]:
    env = {**os.environ, **env, "QT_QPA_PLATFORM": "offscreen", "T0": repr(time.time())}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                         text=True, check=True, cwd=ROOT).stdout  # fmt: skip
    shown, ready = (float(x) for x in out.split()[-2:])
    return shown, ready


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'k.sqlite3'}"
        subprocess.run([sys.executable, "-m", "kamdesk", "--db-url", url, "sample-data"],
                       check=True, cwd=ROOT, capture_output=True)  # fmt: skip
        env = {"DB_URL": url, "SETTINGS": str(Path(folder) / "s.ini")}
        floor, app = [], []
        for _ in range(args.runs):  # interleaved so both see the same machine noise
            floor.append(sample(FLOOR, env))
            app.append(sample(KAMDESK, env))
    floor_shown = statistics.median(s for s, _ in floor)
    app_shown = statistics.median(s for s, _ in app)
    app_ready = statistics.median(r for _, r in app)
    print(f"runs: {args.runs} (medians, seconds since the process started)")
    print(f"bare PySide6 window painted:   {floor_shown:.3f} s")
    print(
        f"KAMDesk window painted:        {app_shown:.3f} s  ({app_shown / floor_shown:.2f}x floor)"
    )
    print(
        f"KAMDesk dossiers on screen:    {app_ready:.3f} s  ({app_ready / floor_shown:.2f}x floor)"
    )


if __name__ == "__main__":
    main()
