"""Each person's last contact and number of contacts, kept on the person row by the database.

`person.last_contact_at` (the newest live interaction the person took part in) and
`person.contact_count` (how many live interactions) are derived from `interaction` and
`interaction_person`. Reading them from a million interactions on every overview, brief and
department view cost more than the rest of those pages, so they are stored, and kept in step
by triggers on the two source tables: every write path (the services, the trash, emptying
it, erasure, the archive import, `kamdesk copy`, the benchmark generator, a row changed by
hand in SQL) goes through the same rule, and no service has to remember it.

What moves them: a person added to or removed from an interaction; an interaction's date
changed, moved to the trash or restored (`deleted_at`); an interaction deleted for good
(its links go with it by cascade). Adding a link counts one up; anything else recounts the
people concerned from the source.

They are derived like `search_text`: the triggers do not bump the person's `row_version` or
`updated_at` (logging a contact is not an edit of the person, so it cannot make someone's
open edit of that person stale, nor make a later sync see a conflicting person), the JSON
archive leaves them out (DERIVED_COLUMNS of services/archive/tables.py) and the import
recomputes them; a sync should treat them the same way.
On PostgreSQL the functions run with their owner's rights, so the stored values count every
interaction, also the private notes of other KAMs that row-level security hides from the
writer (only the date and count are derived from them, never their text).
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

# The person's live interactions, for a correlated UPDATE of `person`.
_LIVE = ("FROM interaction_person l JOIN interaction i ON i.id = l.interaction_id "
         "WHERE l.person_id = person.id AND i.deleted_at IS NULL")
_RECOUNT = (f"UPDATE person SET last_contact_at = (SELECT max(i.occurred_at) {_LIVE}), "
            f"contact_count = (SELECT count(*) {_LIVE}) WHERE ")

SQLITE_TRIGGERS = {
    "person_contact_link_ai": "AFTER INSERT ON interaction_person BEGIN "
    "UPDATE person SET contact_count = contact_count + 1, last_contact_at = CASE "
    "WHEN last_contact_at IS NULL OR last_contact_at < (SELECT occurred_at FROM interaction "
    "WHERE id = new.interaction_id) THEN (SELECT occurred_at FROM interaction "
    "WHERE id = new.interaction_id) ELSE last_contact_at END "
    "WHERE id = new.person_id AND EXISTS (SELECT 1 FROM interaction "
    "WHERE id = new.interaction_id AND deleted_at IS NULL); END",
    "person_contact_link_ad": "AFTER DELETE ON interaction_person BEGIN "
    f"{_RECOUNT} id = old.person_id; END",
    "person_contact_link_au": "AFTER UPDATE ON interaction_person BEGIN "
    f"{_RECOUNT} id IN (old.person_id, new.person_id); END",
    "person_contact_interaction_au": "AFTER UPDATE OF occurred_at, deleted_at ON interaction "
    "WHEN old.occurred_at IS NOT new.occurred_at OR old.deleted_at IS NOT new.deleted_at BEGIN "
    f"{_RECOUNT} id IN (SELECT person_id FROM interaction_person "
    "WHERE interaction_id = new.id); END",
}

_PG_FUNCTIONS = {
    "kamdesk_contact_recount": """CREATE OR REPLACE FUNCTION kamdesk_contact_recount(ids uuid[])
        RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
        UPDATE person SET
          last_contact_at = (SELECT max(i.occurred_at) FROM interaction_person l
            JOIN interaction i ON i.id = l.interaction_id
            WHERE l.person_id = person.id AND i.deleted_at IS NULL),
          contact_count = (SELECT count(*) FROM interaction_person l
            JOIN interaction i ON i.id = l.interaction_id
            WHERE l.person_id = person.id AND i.deleted_at IS NULL)
        WHERE id = ANY(ids) $$""",
    "kamdesk_contact_link_changed": """CREATE OR REPLACE FUNCTION kamdesk_contact_link_changed()
        RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            UPDATE person p SET contact_count = p.contact_count + 1,
              last_contact_at = GREATEST(p.last_contact_at, i.occurred_at)
            FROM interaction i
            WHERE p.id = NEW.person_id AND i.id = NEW.interaction_id AND i.deleted_at IS NULL;
          ELSIF TG_OP = 'DELETE' THEN
            PERFORM kamdesk_contact_recount(ARRAY[OLD.person_id]);
          ELSE
            PERFORM kamdesk_contact_recount(ARRAY[OLD.person_id, NEW.person_id]);
          END IF;
          RETURN NULL;
        END $$""",
    "kamdesk_contact_interaction_changed": """CREATE OR REPLACE FUNCTION
        kamdesk_contact_interaction_changed()
        RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
        BEGIN
          IF NEW.occurred_at IS DISTINCT FROM OLD.occurred_at
             OR NEW.deleted_at IS DISTINCT FROM OLD.deleted_at THEN
            PERFORM kamdesk_contact_recount(ARRAY(SELECT person_id FROM interaction_person
                                                  WHERE interaction_id = NEW.id));
          END IF;
          RETURN NULL;
        END $$""",
}
_PG_TRIGGERS = {
    "person_contact_link": "AFTER INSERT OR UPDATE OR DELETE ON interaction_person "
    "FOR EACH ROW EXECUTE FUNCTION kamdesk_contact_link_changed()",
    "person_contact_interaction": "AFTER UPDATE OF occurred_at, deleted_at ON interaction "
    "FOR EACH ROW EXECUTE FUNCTION kamdesk_contact_interaction_changed()",
}
_PG_TABLE = {"person_contact_link": "interaction_person",
             "person_contact_interaction": "interaction"}


def trigger_statements(dialect: str) -> list[str]:
    """The statements that create the triggers on `dialect` (idempotent)."""
    if dialect == "sqlite":
        return [f"CREATE TRIGGER IF NOT EXISTS {name} {body}"
                for name, body in SQLITE_TRIGGERS.items()]
    statements = list(_PG_FUNCTIONS.values())
    for name, body in _PG_TRIGGERS.items():
        statements += [f"DROP TRIGGER IF EXISTS {name} ON {_PG_TABLE[name]}",
                       f"CREATE TRIGGER {name} {body}"]
    return statements


def drop_statements(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return [f"DROP TRIGGER IF EXISTS {name}" for name in SQLITE_TRIGGERS]
    return [f"DROP TRIGGER IF EXISTS {name} ON {_PG_TABLE[name]}" for name in _PG_TRIGGERS] + [
        f"DROP FUNCTION IF EXISTS {name}" for name in reversed(_PG_FUNCTIONS)
    ]


# Every person's values from the source in one pass (the upgrade and the repair).
REFILL = [
    "UPDATE person SET last_contact_at = NULL, contact_count = 0 "
    "WHERE last_contact_at IS NOT NULL OR contact_count <> 0",
    "WITH c AS (SELECT l.person_id AS pid, max(i.occurred_at) AS last, count(*) AS n "
    "FROM interaction_person l JOIN interaction i ON i.id = l.interaction_id "
    "WHERE i.deleted_at IS NULL GROUP BY l.person_id) "
    "UPDATE person SET last_contact_at = c.last, contact_count = c.n FROM c "
    "WHERE c.pid = person.id",
]

_DIFFERENT = (
    "SELECT count(*) FROM person p LEFT JOIN (SELECT l.person_id AS pid, "
    "max(i.occurred_at) AS last, count(*) AS n FROM interaction_person l "
    "JOIN interaction i ON i.id = l.interaction_id WHERE i.deleted_at IS NULL "
    "GROUP BY l.person_id) c ON c.pid = p.id "
    "WHERE p.contact_count <> coalesce(c.n, 0) "
    "OR (p.last_contact_at IS NULL) <> (c.last IS NULL) OR p.last_contact_at <> c.last"
)


def contact_summary_problems(session: Session) -> list[str]:
    """Where the stored last contacts disagree with the interactions (empty when right)."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        names = set(session.scalars(text("SELECT name FROM sqlite_master WHERE type='trigger'")))
        expected = set(SQLITE_TRIGGERS)
    else:
        names = set(session.scalars(text("SELECT tgname FROM pg_trigger")))
        expected = set(_PG_TRIGGERS)
    problems = []
    if missing := sorted(expected - names):
        problems.append(f"the last-contact triggers are missing: {', '.join(missing)}")
    if wrong := session.scalar(text(_DIFFERENT)):
        problems.append(f"{wrong} people have a stored last contact out of step with the history")
    return problems


def rebuild_contact_summary(session: Session) -> None:
    """Re-create the triggers and refill every person's values from the interactions."""
    for statement in trigger_statements(session.get_bind().dialect.name) + REFILL:
        session.execute(text(statement))
