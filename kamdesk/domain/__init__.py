"""Plain rules of key account management: no I/O, no Qt, no database."""
