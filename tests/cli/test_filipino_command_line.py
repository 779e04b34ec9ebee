"""The command line in Filipino: every `--help` (argparse's own words included), the usage
errors and the messages of every command come from the shipped catalogue, and every text the
code hands to gettext has a Filipino translation there."""

from __future__ import annotations

import argparse
import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from kamdesk.cli import build_parser
from kamdesk.commands.argparse_texts import speak_argparse
from kamdesk.language import catalogue, speaking

ROOT = Path(__file__).resolve().parents[2]
PO = ROOT / "kamdesk/resources/translations/fil/LC_MESSAGES/kamdesk.po"
# What `make translations` hands to babel (GETTEXT_SRC in the Makefile).
GETTEXT_SRC = ("briefing", "domain", "commands", "services", "interchange", "cli.py",
               "language.py")


def _gettext_calls() -> set[str | tuple[str, str]]:
    """Every literal passed to `_`, `N_` or `ngettext` in the gettext sources."""
    found: set[str | tuple[str, str]] = set()
    files = []
    for name in GETTEXT_SRC:
        path = ROOT / "kamdesk" / name
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            texts = [a.value for a in node.args[:2]
                     if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if node.func.id in ("_", "N_") and texts:
                found.add(texts[0])
            elif node.func.id == "ngettext" and len(texts) == 2:
                found.add((texts[0], texts[1]))
    return found


def test_every_text_given_to_gettext_has_a_filipino_translation():
    translated = {}
    with PO.open("rb") as po:
        messages = list(read_po(po))
    for message in messages:
        if message.id:
            key = message.id if isinstance(message.id, str) else tuple(message.id)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            translated[key] = all(strings)
    used = _gettext_calls()
    assert len(used) > 400
    assert sorted(map(str, used - translated.keys())) == []  # `make translations` extracts them
    assert sorted(str(t) for t in used if not translated[t]) == []


def _subcommands(parser: argparse.ArgumentParser, path=()):
    """(words, parser) for every command and sub-command, e.g. (("task", "done"), …)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield (*path, name), sub
                yield from _subcommands(sub, (*path, name))


def _helps(language: str) -> dict[tuple[str, ...], str]:
    speak_argparse()
    with speaking(language):
        parser = build_parser()
        helps = {(): parser.format_help()}
        helps |= {words: sub.format_help() for words, sub in _subcommands(parser)}
    return helps


def _english_sentences() -> set[str]:
    """The catalogue's English texts that Filipino writes differently, cut at placeholders,
    kept where long enough to tell apart from a name or an option."""
    fil = catalogue("fil")
    pieces = set()
    for text in (t for t in _gettext_calls() if isinstance(t, str)):
        if fil.gettext(text) == text:
            continue
        for part in text.replace("{", "\0{").replace("}", "}\0").replace("%", "\0").split("\0"):
            part = part.strip(" ,.;:()'")
            if len(part) >= 12 and part.count(" ") >= 2 and not part.startswith("{"):
                pieces.add(part)
    return pieces


def test_every_commands_help_is_in_filipino():
    english, filipino = _helps("en"), _helps("fil")
    assert len(english) > 30 and english.keys() == filipino.keys()
    sentences = _english_sentences()
    assert len(sentences) > 150
    for words, text in filipino.items():
        assert text != english[words], words
        assert text.startswith("paggamit: kamdesk"), words
        assert "mga opsyon:" in text and "show this help" not in text, words
        flat = " ".join(text.split())
        assert [s for s in sentences if s in flat] == [], words
    # The check can fail: the English help holds the sentences.
    assert sum(s in " ".join(t.split()) for s in sentences for t in english.values()) > 100


def kamdesk(*args: str, lang_env: str = "fil_PH.UTF-8", data_dir: Path | None = None):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": lang_env, "LC_ALL": "",
           "LANGUAGE": ""}
    where = ("--data-dir", str(data_dir)) if data_dir else ()
    return subprocess.run([sys.executable, "-m", "kamdesk", *args, *where], capture_output=True,
                          text=True, timeout=120, env=env)


@pytest.mark.parametrize(("args", "fragment"), [
    (("agenda", "--days", "x"), "argumentong --days: ang 'x' ay hindi buong bilang ng araw"),
    (("task", "add", "Acme"), "kailangan ang mga sumusunod na argumento: TEXT, --due"),
    (("export", "pdf", "-o", "x"), "argumentong KIND: hindi wastong pagpili: 'pdf'"),
    (("brief",), "magbigay ng ACCOUNT, o gamitin ang --city CITY"),
    (("search", ""), "magbigay ng TEXT na hahanapin"),
    (("accounts", "--nope"), "hindi kilalang mga argumento: --nope"),
])
def test_usage_errors_are_in_filipino(args, fragment, tmp_path):
    result = kamdesk(*args, data_dir=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("paggamit: kamdesk")
    assert ": mali: " in result.stderr and fragment in result.stderr
    assert not (tmp_path / "kamdesk.sqlite3").exists()  # refused before anything was opened


def test_lang_fil_on_the_line_overrides_an_english_locale(tmp_path):
    english = kamdesk("check", "--help", lang_env="en_GB.UTF-8")
    filipino = kamdesk("--lang", "fil", "check", "--help", lang_env="en_GB.UTF-8")
    assert "rebuild the search index first" in english.stdout
    assert "buuin muna muli ang search index" in filipino.stdout and filipino.returncode == 0


def test_maintenance_backup_and_task_messages_are_in_filipino(tmp_path):
    assert kamdesk("sample-data", data_dir=tmp_path).returncode == 0
    check = kamdesk("check", data_dir=tmp_path)
    assert check.returncode == 0, check.stderr
    assert check.stdout.splitlines()[-1] == "Maayos"
    assert " account, " in check.stdout and " interaksyon" in check.stdout
    backup = kamdesk("backup", data_dir=tmp_path)
    assert backup.stdout.startswith("Na-backup sa "), backup.stderr
    again = kamdesk("backup", "-o", backup.stdout.split(" sa ", 1)[1].strip(), data_dir=tmp_path)
    assert again.returncode == 1 and "mayroon nang" in again.stderr
    listed = kamdesk("tasks", "--open", data_dir=tmp_path).stdout.splitlines()
    short_id = listed[0].split()[0]
    done = kamdesk("task", "done", short_id, data_dir=tmp_path)
    assert done.stdout.startswith("Tapos na: ")
    audit = kamdesk("audit", data_dir=tmp_path)
    assert audit.stdout.strip() == "Wala pang lumabas sa app."


def test_import_reasons_and_archive_errors_are_in_filipino(tmp_path):
    card = tmp_path / "bad.vcf"
    card.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nORG:Acme Corp\r\nEND:VCARD\r\n"
                     b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Cruz\r\nORG:Acme Corp\r\n"
                     b"EMAIL:ana at acme\r\nEND:VCARD\r\n")
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "kamdesk-archive", "format_version": 1, "tables": ',
                      encoding="utf-8")
    english = kamdesk("import", "vcard", str(card), "--dry-run", lang_env="en_GB.UTF-8",
                      data_dir=tmp_path)
    assert "a card of the organisation 'Acme Corp' with no person's name" in english.stdout
    vcard = kamdesk("--lang", "fil", "import", "vcard", str(card), "--dry-run",
                    lang_env="en_GB.UTF-8", data_dir=tmp_path)
    assert "card ng organisasyong 'Acme Corp' na walang pangalan ng tao" in vcard.stdout
    assert "ang 'ana at acme' ay hindi e-mail address; itinago sa mga tala" in vcard.stdout
    assert "bad.vcf: 2 record, utf-8" in vcard.stdout and "Buod: 1 ang gagawin" in vcard.stdout
    assert vcard.returncode == 1 and "tinanggihan" in vcard.stderr
    archive = kamdesk("--lang", "fil", "import", "json", str(broken), lang_env="en_GB.UTF-8",
                      data_dir=tmp_path)
    assert archive.returncode == 1
    assert ("hindi wastong JSON ang broken.json (linya 1, column 62: inaasahan ang isang value, "
            "pero dulo na ng file)") in archive.stderr, archive.stderr
