"""Meeting times in the place's own time zone.

A meeting is stored as an instant (UTC) plus the IANA zone of its place ("Asia/Manila").
It is shown at the place's local hour — the hour on the invitation — and the zone is named
only when the laptop's clock reads a different hour at that instant, so a KAM at home sees
"10:00" and the same KAM in Warsaw planning a Davao visit sees "09:00 Asia/Manila".
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kamdesk.domain.folding import fold

# The zone of a country that has only one (ISO 3166 alpha-2).
COUNTRY_ZONES = {
    "AT": "Europe/Vienna", "BE": "Europe/Brussels", "BG": "Europe/Sofia", "CH": "Europe/Zurich",
    "CN": "Asia/Shanghai", "CY": "Asia/Nicosia", "CZ": "Europe/Prague", "DE": "Europe/Berlin",
    "DK": "Europe/Copenhagen", "EE": "Europe/Tallinn", "ES": "Europe/Madrid",
    "FI": "Europe/Helsinki", "FR": "Europe/Paris", "GB": "Europe/London", "GR": "Europe/Athens",
    "HR": "Europe/Zagreb", "HU": "Europe/Budapest", "IE": "Europe/Dublin", "IN": "Asia/Kolkata",
    "IT": "Europe/Rome", "JP": "Asia/Tokyo", "KR": "Asia/Seoul", "KZ": "Asia/Almaty",
    "LT": "Europe/Vilnius", "LV": "Europe/Riga", "NL": "Europe/Amsterdam", "NO": "Europe/Oslo",
    "PH": "Asia/Manila", "PL": "Europe/Warsaw", "PT": "Europe/Lisbon", "RO": "Europe/Bucharest",
    "RS": "Europe/Belgrade", "SE": "Europe/Stockholm", "SG": "Asia/Singapore",
    "SI": "Europe/Ljubljana", "SK": "Europe/Bratislava", "TH": "Asia/Bangkok",
    "TR": "Europe/Istanbul", "UA": "Europe/Kyiv", "VN": "Asia/Ho_Chi_Minh",
}

# Cities of countries spanning several zones (folded names), where the country says too little.
CITY_ZONES = {
    ("RU", "moscow"): "Europe/Moscow", ("RU", "saint petersburg"): "Europe/Moscow",
    ("RU", "kazan"): "Europe/Moscow", ("RU", "samara"): "Europe/Samara",
    ("RU", "yekaterinburg"): "Asia/Yekaterinburg", ("RU", "chelyabinsk"): "Asia/Yekaterinburg",
    ("RU", "novosibirsk"): "Asia/Novosibirsk", ("RU", "krasnoyarsk"): "Asia/Krasnoyarsk",
    ("RU", "irkutsk"): "Asia/Irkutsk", ("RU", "vladivostok"): "Asia/Vladivostok",
    ("RU", "kaliningrad"): "Europe/Kaliningrad",
    ("KZ", "aktau"): "Asia/Aqtau", ("KZ", "atyrau"): "Asia/Atyrau",
    ("US", "new york"): "America/New_York", ("US", "chicago"): "America/Chicago",
    ("US", "denver"): "America/Denver", ("US", "los angeles"): "America/Los_Angeles",
    ("ID", "jakarta"): "Asia/Jakarta", ("ID", "makassar"): "Asia/Makassar",
}
_COUNTRY_FALLBACK = {"RU": "Europe/Moscow", "US": "America/New_York", "ID": "Asia/Jakarta"}


def is_known_zone(name: str) -> bool:
    """True for an IANA zone name the system (or the tzdata package) knows."""
    return _zone(name) is not None


@cache
def _zone(name: str) -> tzinfo | None:
    if not name or name.startswith(("/", ".")) or ".." in name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def zone_of_place(city: str, country: str) -> str:
    """The IANA zone of a place by its city and country code, or "" when not known."""
    country = (country or "").upper()
    folded = fold(city or "").removesuffix(" city")
    return (CITY_ZONES.get((country, folded)) or COUNTRY_ZONES.get(country)
            or _COUNTRY_FALLBACK.get(country, ""))


def machine_zone() -> tzinfo:
    """The laptop's own zone (what `datetime.astimezone()` uses)."""
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def aware(moment: datetime) -> datetime:
    """A stored time as an aware instant: SQLite hands back naive UTC wall-clock digits."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def local_start(starts_at: datetime, zone: str) -> datetime:
    """The meeting's start on the place's clock (the machine's when the zone is unknown)."""
    starts_at = aware(starts_at)
    place = _zone(zone)
    return starts_at.astimezone(place) if place else starts_at.astimezone()


def as_instant(wall_time: datetime, zone: str) -> datetime:
    """A wall-clock time typed for a place (naive) as an aware instant in that place's zone;
    an aware time is kept as it is. Unknown zone: the machine's."""
    if wall_time.tzinfo is not None:
        return wall_time
    place = _zone(zone)
    return wall_time.replace(tzinfo=place) if place else wall_time.astimezone()


def differs_from_machine(starts_at: datetime, zone: str, machine: tzinfo | None = None) -> bool:
    """True when the machine's clock reads another hour than the place's at that instant."""
    local = local_start(starts_at, zone)
    here = local.astimezone(machine or machine_zone())
    return local.utcoffset() != here.utcoffset()


def meeting_time_text(starts_at: datetime, zone: str, machine: tzinfo | None = None,
                      with_date: bool = False) -> str:
    """"09:00" at the place's local hour, "09:00 Asia/Manila" when the machine's zone
    differs there (with_date: "2026-12-04 09:00 …")."""
    local = local_start(starts_at, zone)
    text = local.strftime("%Y-%m-%d %H:%M" if with_date else "%H:%M")
    if zone and differs_from_machine(starts_at, zone, machine):
        text += f" {zone}"
    return text
