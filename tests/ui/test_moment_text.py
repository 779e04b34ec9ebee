"""The lists' dates and date-times, made of remembered days and clocks, read as Qt formats
them whole."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from kamdesk.ui.display_labels import DATE_FORMAT, date_time_format, day, moment


@pytest.mark.parametrize("name", ["en_GB", "en_US", "fil_PH", "pl_PL", "vi_VN", "ru_RU",
                                  "el_GR", "de_DE"])
def test_a_moment_reads_as_qt_writes_the_whole_date_time(qapp, name):
    before = QLocale()
    QLocale.setDefault(QLocale(name))
    try:
        start = datetime(2024, 2, 28, 23, 59, 30, tzinfo=UTC)
        for n in range(300):  # across a leap day, midnights, noons and a year's end
            value = start + timedelta(hours=7 * n, minutes=13 * n)
            local = value.astimezone()
            whole = QDateTime(QDate(local.year, local.month, local.day),
                              QTime(local.hour, local.minute, local.second))
            assert moment(value) == QLocale().toString(whole, date_time_format()), value
            on = value.date()
            assert day(on) == QLocale().toString(QDate(on.year, on.month, on.day), DATE_FORMAT)
        naive = datetime(2026, 12, 31, 12, 0)
        assert moment(naive) == QLocale().toString(
            QDateTime(QDate(2026, 12, 31), QTime(12, 0)), date_time_format())
    finally:
        QLocale.setDefault(before)
    assert moment(None) == "" and day(None) == ""
