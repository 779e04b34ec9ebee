"""An archive opened from the file manager: `kamdesk-app FILE` offers it, and it comes in."""

from __future__ import annotations

from datetime import date

from kamdesk import cli
from kamdesk.ui.main_window import MainWindow
from kamdesk.ui.open_archive import offer_archive


def test_a_lone_existing_file_is_an_archive_to_open_and_commands_stay_commands(tmp_path):
    archive = tmp_path / "team.kamdesk.json"
    archive.write_text("{}", encoding="utf-8")
    parser = cli.build_parser()
    assert cli._opened_file(parser, [str(archive)]) == ([], str(archive))
    assert cli._opened_file(parser, ["--data-dir", "x", str(archive)]) == (
        ["--data-dir", "x"], str(archive))
    command = ["import", "json", str(archive)]
    assert cli._opened_file(parser, command) == (command, None)
    assert cli._opened_file(parser, [str(tmp_path / "missing.json")])[1] is None


def test_an_opened_archive_is_imported_and_the_window_says_so(qtbot, sample_db, db, tmp_path,
                                                               settings):
    from kamdesk.interchange.export_files import export_to

    path = tmp_path / "portfolio.kamdesk.json"
    export_to(sample_db, "json", path, None, date(2026, 11, 27))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.attach_database(db)
    with qtbot.waitCallback() as imported:
        offer_archive(window, db, path, imported, ask=False)
    assert imported.args[0].committed
    assert "from portfolio.kamdesk.json" in window.statusBar().currentMessage()
    from kamdesk.services.accounts import AccountService

    assert len(AccountService(db).list_accounts()) == 12
