"""The JSON archive's rows: every table in and out, each value checked against its column."""
