"""The brief in Filipino: `kamdesk brief --lang fil` writes every fixed text (headings, the
three things to know, talking points, table heads, footers) from the shipped catalogue, with
dates in the Filipino locale; read back from the PDF, no English fixed text is left."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kamdesk.language import _, catalogue, language_of, speaking
from tests.briefing.conftest import CFO, pdf_text

ROOT = Path(__file__).resolve().parents[2]
BRIEFING = ROOT / "kamdesk" / "briefing"
ACCOUNT = "Pomorskie Chłodnie S.A."


def _fixed_texts() -> set[str]:
    """The brief's fixed English texts: every literal passed to `_` or `ngettext` in the
    briefing package, without its placeholders' parts."""
    found: set[str] = set()
    for path in BRIEFING.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("_", "ngettext")):
                found |= {a.value for a in node.args[:2]
                          if isinstance(a, ast.Constant) and isinstance(a.value, str)}
    return found


def _english_fragments() -> set[str]:
    """Pieces of the fixed texts long enough to be told apart from names and data:
    each text cut at its placeholders, kept where Filipino differs."""
    fil = catalogue("fil")
    pieces = set()
    for text in _fixed_texts():
        if fil.gettext(text) == text:
            continue  # a loanword kept on purpose ("Checklist", "Brief", "HR")
        for part in text.replace("{", "\0{").replace("}", "}\0").split("\0"):
            part = part.strip(" ,.;:()“”'·…")
            if part and not part.startswith("{") and len(part) >= 8 and " " in part:
                pieces.add(part)
    return pieces


def kamdesk(target: list[str], *args: str, lang_env: str = "en_GB.UTF-8"):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": lang_env, "LC_ALL": "",
           "LANGUAGE": ""}
    return subprocess.run([sys.executable, "-m", "kamdesk", *target, *args],
                          capture_output=True, text=True, timeout=120, env=env)


def test_the_languages_are_found_from_locales():
    assert [language_of(x) for x in ("fil_PH", "tl_PH.UTF-8", "fil", "en_GB", "pl_PL", None)] == [
        "fil", "fil", "fil", "en", "en", "en"]
    with speaking("fil"):
        assert _("Three things to know") == "Tatlong dapat malaman"
    assert _("Three things to know") == "Three things to know"


def test_the_filipino_meeting_brief_has_no_english_fixed_text(
    cli_database, meeting_account, tmp_path
):
    out = tmp_path / "pulong.pdf"
    result = kamdesk(cli_database, "brief", ACCOUNT, "--meeting", str(meeting_account.meeting_id),
                     "--lang", "fil", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Naisulat ang brief sa {out}"
    text = " ".join(pdf_text(out).split())
    assert CFO in text  # the names are the people's own
    for filipino in ("Brief para sa pulong", "Sino ang naroroon", "Ang account sa mga numero",
                     "pahina 1 ng", "kumpidensyal: may personal na datos"):
        assert filipino in text
    assert "Disyembre" in text or "Dis" in text  # dates in the Filipino locale (babel)
    fragments = _english_fragments()
    assert len(fragments) > 60
    left = sorted(f for f in fragments if f in text)
    assert left == []
    # The same brief in English does show them: the check can fail.
    english = tmp_path / "meeting.pdf"
    assert kamdesk(cli_database, "brief", ACCOUNT, "--meeting", str(meeting_account.meeting_id),
                   "-o", str(english)).returncode == 0
    shown = " ".join(pdf_text(english).split())
    assert len([f for f in fragments if f in shown]) > 10


@pytest.mark.parametrize("lang_env", ["fil_PH.UTF-8", "tl_PH.UTF-8"])
def test_the_command_line_speaks_the_systems_filipino(cli_database, lang_env):
    loaded = kamdesk(cli_database, "sample-data", lang_env=lang_env)
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.startswith("Na-load ang isang kathang-isip na portfolio")
    missing = kamdesk(cli_database, "brief", "Walang Ganitong Kompanya", lang_env=lang_env)
    assert missing.returncode == 1
    assert missing.stderr.strip() == (
        "kamdesk: walang account na tumutugma sa 'Walang Ganitong Kompanya'")
