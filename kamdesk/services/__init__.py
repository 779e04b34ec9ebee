"""The operations a user performs, each one transaction, returning plain data."""
