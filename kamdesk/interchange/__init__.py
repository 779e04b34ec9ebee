"""Contacts in and out: vCard, CSV, iCalendar and the JSON archive. No Qt here."""
