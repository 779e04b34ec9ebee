"""Storage: SQLAlchemy models, opening and migrating a database, queries."""
