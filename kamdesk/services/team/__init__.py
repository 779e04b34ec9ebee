"""Team mode: the KAMs, their accounts and handovers, the server connection, the department view."""
