"""What a brief reads from the database: one account's or meeting's facts and notes."""
