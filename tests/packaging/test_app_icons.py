"""The bundle's application icons: written from the app icon's SVG by scripts/app_icons.py,
holding every size Windows and macOS ask for, and named in build.spec."""

from __future__ import annotations

import re
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "kamdesk" / "resources" / "icons"
BLUE = (0x15, 0x65, 0xC0)  # the rounded square of kamdesk.svg


def _near(pixel, colour, tolerance=40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel[:3], colour, strict=True))


def test_the_windows_icon_holds_every_size_from_16_to_256():
    with Image.open(ICONS / "kamdesk.ico") as ico:
        sizes = ico.info["sizes"]
        assert {(s, s) for s in (16, 24, 32, 48, 64, 128, 256)} <= sizes
        for size in (16, 32, 256):
            ico.size = (size, size)
            ico.load()
            assert ico.getpixel((0, 0))[3] == 0  # the rounded corner is transparent
            assert _near(ico.getpixel((size // 6, size // 2)), BLUE), size  # drawn, not empty


def test_the_macos_icon_holds_128_to_1024_and_the_retina_small_sizes():
    with Image.open(ICONS / "kamdesk.icns") as icns:
        sizes = set(icns.info["sizes"])
        assert {(128, 128, 1), (256, 256, 1), (512, 512, 1), (512, 512, 2), (16, 16, 2),
                (32, 32, 2)} <= sizes
        assert icns.size == (1024, 1024)
        icns.load()
        assert _near(icns.getpixel((150, 512)), BLUE) and icns.getpixel((0, 0))[3] == 0


def test_build_spec_gives_the_programs_the_icons():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert '"kamdesk.ico"' in spec and '"kamdesk.icns"' in spec
    assert re.search(r"EXE\([^)]*icon=icon", spec)


def test_the_icons_are_drawn_from_the_svg(tmp_path, qapp):
    """Regenerating them from the SVG gives the committed images (the script is not stale)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("app_icons", ROOT / "scripts" / "app_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    written = module.write_icons(ICONS / "kamdesk.svg", tmp_path)
    assert [p.name for p in written] == ["kamdesk.ico", "kamdesk.icns"]
    with Image.open(written[0]) as fresh, Image.open(ICONS / "kamdesk.ico") as shipped:
        fresh.size = shipped.size = (48, 48)
        fresh.load()
        shipped.load()
        assert fresh.tobytes() == shipped.tobytes()
