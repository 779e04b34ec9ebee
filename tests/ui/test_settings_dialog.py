"""Edit ▸ Settings…: each preference is stored, read back, and changes what it is for."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import QLocale, QSettings

from kamdesk.briefing.options import Private
from kamdesk.ui.main_window import PAGE_PORTFOLIO, PAGE_TODAY
from kamdesk.ui.settings import Settings
from kamdesk.ui.settings_dialog import SettingsDialog
from tests.days import TODAY


def _accept(qtbot, settings, **changes) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    for name, value in changes.items():
        widget = getattr(dialog, name)
        if hasattr(widget, "findData"):
            widget.setCurrentIndex(widget.findData(value))
        elif hasattr(widget, "setValue"):
            widget.setValue(value)
        else:
            widget.setText(value)
    dialog.accept()


def test_every_setting_is_stored_and_read_back(qtbot, settings, tmp_path):
    _accept(qtbot, settings, language="fil", paper="letter", band_low=25, band_high=60,
            mono=70, agenda_days=21, backup_folder=str(tmp_path), keep_last=3,
            keep_monthly=24)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.omits[Private.STANCE].setChecked(True)
    dialog.omits[Private.HOBBIES].setChecked(False)
    dialog.accept()
    again = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert again.language() == "fil" and again.locale().language() == QLocale.Language.Filipino
    assert again.paper() == "letter"
    t = again.thresholds()
    assert [float(v) for v in (t.key_band_low, t.key_band_high, t.mono_dependence)] == [
        0.25, 0.60, 0.70]
    assert again.agenda_days() == 21
    assert again.backup_folder() == tmp_path
    policy = again.backup_policy()
    assert (policy.last, policy.monthly) == (3, 24)
    assert Private.STANCE in again.shareable_omits()
    assert Private.HOBBIES not in again.shareable_omits()


def test_nothing_left_out_stays_nothing(qtbot, settings):
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    for box in dialog.omits.values():
        box.setChecked(False)
    dialog.accept()
    assert settings.shareable_omits() == frozenset()


def test_the_paper_follows_the_locale_until_chosen(settings):
    QLocale.setDefault(QLocale("fil_PH"))
    try:
        assert settings.paper() == "letter"
        QLocale.setDefault(QLocale("pl_PL"))
        assert settings.paper() == "a4"
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def test_a_lower_mono_dependence_threshold_raises_the_portfolio_banner(qtbot, sample_window):
    sample_window.navigation.setCurrentRow(PAGE_PORTFOLIO)
    page = sample_window.pages["portfolio"]
    assert "Baltic Freight" not in page.warning.text()  # 72 %, under the default 75 %
    _accept(qtbot, sample_window.settings, mono=70)
    sample_window.settings_changed()
    assert "Baltic Freight" in page.warning.text() and page.warning.isVisibleTo(sample_window)
    assert page.chart.limit == 0.70  # the chart's dashed line moves too


def test_the_agenda_looks_as_far_ahead_as_set(qtbot, sample_window):
    sample_window.navigation.setCurrentRow(PAGE_TODAY)
    today = sample_window.pages["today"]
    before = today.model.rowCount() if hasattr(today, "model") else today.proxy.rowCount()
    _accept(qtbot, sample_window.settings, agenda_days=60)
    sample_window.settings_changed()
    assert today.days.value() == 60
    assert today.proxy.rowCount() > before


def _brief_pages(qtbot, sample_db, settings, tmp_path, shareable=False):
    from kamdesk.ui.brief_preview import BriefPreview

    account = _account(sample_db, "Baltic Freight")
    dialog = BriefPreview(sample_db, account, today=TODAY, settings=settings)
    qtbot.addWidget(dialog)
    if shareable:
        qtbot.waitUntil(lambda: dialog.document.pageCount() > 0, timeout=30_000)
        first = dialog.pdf_path
        dialog.shareable.setChecked(True)
        qtbot.waitUntil(lambda: dialog.pdf_path != first and dialog.progress.isHidden(),
                        timeout=30_000)
    qtbot.waitUntil(lambda: dialog.document.pageCount() > 0, timeout=30_000)
    return PdfReader(dialog.pdf_path).pages


def _account(db, name):
    from kamdesk.services.accounts import AccountService

    return AccountService(db).find_account(name).id


def test_the_chosen_paper_is_the_brief_page_size(qtbot, sample_db, settings, tmp_path):
    settings.set_paper("letter")
    page = _brief_pages(qtbot, sample_db, settings, tmp_path)[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    settings.set_paper("a4")
    page = _brief_pages(qtbot, sample_db, settings, tmp_path)[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)


def test_a_shareable_brief_leaves_out_what_was_chosen(qtbot, sample_db, settings, tmp_path):
    settings.set_shareable_omits({Private.STANCE, Private.BIRTHDAY, Private.FAMILY})
    pages = _brief_pages(qtbot, sample_db, settings, tmp_path, shareable=True)
    text = "".join(p.extract_text() for p in pages)
    assert "Hobbies" in text or "hobbies" in text  # kept this time
    for stance in ("Supporter", "Favourable", "Sceptic", "Opponent"):
        assert stance not in text


def test_the_chosen_language_is_the_translation_installed_at_start(qapp, settings):
    from PySide6.QtCore import QCoreApplication

    from kamdesk.ui import translations

    settings.set_language("fil")
    files = translations.install_translations(qapp, settings.locale())
    try:
        assert files and files[0].endswith("kamdesk_fil.qm")
        assert QCoreApplication.translate("MainWindow", "Today") == "Ngayon"
    finally:
        for translator in qapp.findChildren(translations.QTranslator):
            if translator.filePath() in files:
                QCoreApplication.removeTranslator(translator)
    settings.set_language("en")
    assert translations.install_translations(qapp, settings.locale()) == []
