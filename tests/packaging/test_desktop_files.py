"""The Linux desktop files pass the freedesktop validators (installed by .ci/run)."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from kamdesk.resources import resource

DESKTOP = resource("desktop", "org.kamdesk.KAMDesk.desktop")
METAINFO = resource("desktop", "org.kamdesk.KAMDesk.metainfo.xml")
MIME = resource("desktop", "org.kamdesk.KAMDesk.mime.xml")


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None and shutil.which("apt-get") is None:
        pytest.skip(f"{name} is not installed and cannot be here")
    assert path, f"{name} missing: .ci/run installs it (apt)"
    return path


def test_the_desktop_entry_is_valid_and_opens_archives():
    result = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)],
                            capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    entry = DESKTOP.read_text(encoding="utf-8")
    assert "MimeType=application/x-kamdesk-archive;" in entry
    assert "Exec=kamdesk-app %f" in entry and "Icon=org.kamdesk.KAMDesk" in entry


def test_the_appstream_metainfo_is_valid():
    result = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_archive_mime_type_matches_what_export_writes():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = ET.parse(MIME).getroot().find("m:mime-type", ns)
    assert kind.get("type") == "application/x-kamdesk-archive"
    assert "*.kamdesk.json" in {g.get("pattern") for g in kind.findall("m:glob", ns)}
    magic = kind.find("m:magic/m:match", ns).get("value")
    from kamdesk.interchange.archive_file import ARCHIVE_FORMAT

    assert magic == f'"format": "{ARCHIVE_FORMAT}"'
