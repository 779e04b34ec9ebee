"""A meeting prints at its place's local hour, naming the zone when the machine's differs."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from kamdesk.domain.time_zones import (
    as_instant,
    differs_from_machine,
    is_known_zone,
    local_start,
    meeting_time_text,
    zone_of_place,
)

DAVAO_NINE = datetime(2026, 12, 4, 1, 0, tzinfo=UTC)  # 09:00 in Davao


def test_a_davao_meeting_prints_at_nine_with_its_zone_on_a_utc_machine():
    assert meeting_time_text(DAVAO_NINE, "Asia/Manila", UTC) == "09:00 Asia/Manila"
    assert meeting_time_text(DAVAO_NINE, "Asia/Manila", ZoneInfo("Asia/Manila")) == "09:00"
    assert meeting_time_text(DAVAO_NINE, "Asia/Manila", UTC, with_date=True) == (
        "2026-12-04 09:00 Asia/Manila")


def test_a_stored_naive_time_is_read_as_utc():
    assert local_start(DAVAO_NINE.replace(tzinfo=None), "Asia/Manila").hour == 9


def test_the_zone_is_named_by_the_offset_at_that_moment_not_today():
    # Warsaw and London differ by one hour in winter and in summer alike; Warsaw and
    # Casablanca-like cases aside, same offsets mean no zone is named.
    assert not differs_from_machine(datetime(2026, 7, 1, 8, tzinfo=UTC), "Europe/Warsaw",
                                    ZoneInfo("Europe/Berlin"))
    assert differs_from_machine(datetime(2026, 7, 1, 8, tzinfo=UTC), "Europe/Warsaw",
                                ZoneInfo("Europe/London"))


def test_a_wall_time_typed_for_a_place_becomes_its_instant():
    instant = as_instant(datetime(2026, 12, 4, 9, 0), "Asia/Manila")
    assert instant.astimezone(UTC) == DAVAO_NINE
    assert as_instant(DAVAO_NINE, "Europe/Warsaw") is DAVAO_NINE


def test_places_get_their_zones():
    assert zone_of_place("Davao City", "PH") == "Asia/Manila"
    assert zone_of_place("Gdańsk", "pl") == "Europe/Warsaw"
    assert zone_of_place("Yekaterinburg", "RU") == "Asia/Yekaterinburg"
    assert zone_of_place("Kazan", "RU") == "Europe/Moscow"
    assert zone_of_place("", "") == ""
    assert is_known_zone("Asia/Ho_Chi_Minh") and not is_known_zone("Mars/Olympus")
    assert not is_known_zone("../etc/passwd") and not is_known_zone("")


def test_with_tz_set_to_utc_the_machine_zone_is_utc_and_the_zone_is_named():
    code = ("from datetime import datetime, UTC; from kamdesk.domain.time_zones import "
            "meeting_time_text; print(meeting_time_text(datetime(2026, 12, 4, 1, tzinfo=UTC), "
            "'Asia/Manila'), meeting_time_text(datetime(2026, 12, 4, 1, tzinfo=UTC), 'Etc/UTC'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={**os.environ, "TZ": "UTC"}, check=True).stdout
    assert out.strip() == "09:00 Asia/Manila 01:00"
