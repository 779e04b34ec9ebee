"""The day every test lives on, so rules about "today" are reproducible: a Friday.

Tests take it as the `today` fixture (tests/conftest.py); only module-level code that runs
before any fixture (parametrize lists, helpers shared by tests) imports `TODAY` from here."""

from __future__ import annotations

from datetime import date

TODAY = date(2026, 11, 27)
