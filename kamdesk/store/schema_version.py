"""The newest schema revision, known without loading Alembic.

Opening a database that is already current is the common case; reading Alembic's script
folder costs about 0.2 s of start-up, so it is only loaded when the revision differs.
A test keeps this in step with the migrations folder.
"""

SCHEMA_HEAD = "0010"
