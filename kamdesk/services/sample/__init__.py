"""The fictional sample portfolio: its data file, its people and deals, and loading it."""
