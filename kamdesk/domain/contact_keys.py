"""Matching keys for contact details, so the same e-mail or phone is recognised when typed twice."""

from __future__ import annotations

from functools import lru_cache


def normalize_email(value: str) -> str:
    return value.strip().casefold()


@lru_cache(maxsize=4096)  # a file repeats its switchboards; parsing one costs about 80 µs
def normalize_phone(value: str, region: str | None = None) -> str:
    """E.164 ('+48501234567') when the number parses, else its digits with a leading '+' kept."""
    import phonenumbers  # ~0.1 s to import: only when a phone is actually written or matched

    text = value.strip()
    try:
        number = phonenumbers.parse(text, (region or "").upper() or None)
        if phonenumbers.is_possible_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        pass
    digits = "".join(c for c in text if c.isdigit())
    return ("+" + digits) if text.startswith("+") else digits


def contact_key(kind: str, value: str, region: str | None = None) -> str:
    if kind == "email":
        return normalize_email(value)
    if kind == "phone":
        return normalize_phone(value, region)
    return " ".join(value.casefold().split())
