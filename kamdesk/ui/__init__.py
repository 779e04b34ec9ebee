"""The windows: everything that imports Qt lives here."""
