"""Team mode on PostgreSQL: database roles and row-level security.

Two group roles: `kamdesk_kam` (a key account manager) and `kamdesk_head` (the head of
department). Each person logs in with a role of their own that is a member of one of them and
is named in `kam_user.db_role`. The policies then let a KAM's connection see and change only
the accounts they own or deputise, and every row that hangs off those accounts (through the
account for a table with `account_id`, through the parent row for the others); the head sees
all. A private interaction is readable by its author only, the head included. Neither role is
a superuser, owns a table, or bypasses row-level security: the administrator who runs the
migrations and `kamdesk team setup` is the only one who does.

The SQL is generated from the table metadata, so a table added later is covered as soon as
setup runs again (it is idempotent); `uncovered_tables` names any table it cannot place.
"""

from __future__ import annotations

from sqlalchemy import Connection, Table, text

from kamdesk.store.tables import metadata

KAM_ROLE, HEAD_ROLE = "kamdesk_kam", "kamdesk_head"
GROUP_ROLES = (KAM_ROLE, HEAD_ROLE)
SHARED_TABLES = {"kam_user"}  # everyone reads who is who; only the head changes it
# The app's own logs (no personal data: opaque erasure ids, file and account names): every
# KAM reads them and adds to them (an erasure must reach every copy), only the head changes.
LOG_TABLES = {"audit_log", "erasure_log"}
_MINE = "(SELECT kamdesk_my_user_ids())"
WRITE = "SELECT, INSERT, UPDATE, DELETE"
POLICIES = ("head_all", "kam_read", "kam_add", "kam_own", "private_to_author")

FUNCTIONS = [
    # Invoker's rights: `current_user` is the KAM's login, and kam_user is readable by all.
    """CREATE OR REPLACE FUNCTION kamdesk_my_user_ids() RETURNS SETOF uuid
        LANGUAGE sql STABLE AS $$
        SELECT id FROM kam_user WHERE db_role = current_user AND deleted_at IS NULL $$""",
    # A KAM's new account is theirs, a new note is its writer's, without the app saying so.
    """CREATE OR REPLACE FUNCTION kamdesk_owner_is_me() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.owner_id IS NULL AND NOT pg_has_role(current_user, 'kamdesk_head', 'MEMBER')
          THEN NEW.owner_id := (SELECT kamdesk_my_user_ids() LIMIT 1);
          END IF;
          RETURN NEW;
        END $$""",
    """CREATE OR REPLACE FUNCTION kamdesk_author_is_me() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.author_id IS NULL THEN
            NEW.author_id := (SELECT kamdesk_my_user_ids() LIMIT 1);
          END IF;
          RETURN NEW;
        END $$""",
]


def _parent_link(table: Table) -> tuple[str, str] | None:
    """(column, parent table) through which a row belongs to an account."""
    if "account_id" in table.c:
        return "account_id", "account"
    for column in table.columns:
        for fk in column.foreign_keys:
            parent = fk.column.table
            if not column.nullable and parent is not table and _parent_link(parent):
                return column.name, parent.name
    return None


def uncovered_tables() -> list[str]:
    """Tables setup would leave without a policy (none today; a test keeps it so)."""
    return [t.name for t in metadata.sorted_tables
            if t.name not in SHARED_TABLES | LOG_TABLES | {"account"}
            and _parent_link(t) is None]


def _policies(table: Table) -> list[str]:
    name = table.name
    head = f"CREATE POLICY head_all ON {name} TO {HEAD_ROLE} USING (true) WITH CHECK (true)"
    if name in SHARED_TABLES:
        return [head, f"CREATE POLICY kam_read ON {name} FOR SELECT TO {KAM_ROLE} USING (true)"]
    if name in LOG_TABLES:
        return [head, f"CREATE POLICY kam_read ON {name} FOR SELECT TO {KAM_ROLE} USING (true)",
                f"CREATE POLICY kam_add ON {name} FOR INSERT TO {KAM_ROLE} WITH CHECK (true)"]
    if name == "account":
        rule = f"(owner_id IN {_MINE} OR deputy_id IN {_MINE})"
    else:
        link = _parent_link(table)
        if link is None:  # `uncovered_tables` names it; a test keeps that list empty
            raise ValueError(f"no row-level security rule for table {name}")
        column, parent = link
        # The parent is itself under its policy: the KAM sees it only when it is theirs.
        rule = f"EXISTS (SELECT 1 FROM {parent} p WHERE p.id = {name}.{column})"
        if table.c[column].nullable:
            rule = f"({name}.{column} IS NULL OR {rule})"
    statements = [head, f"CREATE POLICY kam_own ON {name} TO {KAM_ROLE} USING ({rule}) "
                        f"WITH CHECK ({rule})"]
    if "private" in table.c and "author_id" in table.c:
        statements.append(
            f"CREATE POLICY private_to_author ON {name} AS RESTRICTIVE TO {KAM_ROLE}, "
            f"{HEAD_ROLE} USING (NOT private OR author_id IN {_MINE}) "
            f"WITH CHECK (NOT private OR author_id IN {_MINE})"
        )
    return statements


def setup_statements() -> list[str]:
    """Every statement of `kamdesk team setup`, in order; safe to run again."""
    statements = [
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN "
        f"CREATE ROLE {role} NOLOGIN NOSUPERUSER NOBYPASSRLS; END IF; END $$"
        for role in GROUP_ROLES
    ]
    statements += FUNCTIONS
    both = ", ".join(GROUP_ROLES)
    statements += [
        f"GRANT USAGE ON SCHEMA public TO {both}",
        f"GRANT SELECT ON alembic_version TO {both}",
        f"GRANT EXECUTE ON FUNCTION kamdesk_my_user_ids() TO {both}",
    ]
    for table in metadata.sorted_tables:
        name = table.name
        if name in SHARED_TABLES:
            statements += [f"GRANT SELECT ON {name} TO {KAM_ROLE}",
                           f"GRANT {WRITE} ON {name} TO {HEAD_ROLE}"]
        else:
            statements.append(f"GRANT {WRITE} ON {name} TO {both}")
        statements += [f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY"]
        statements += [f"DROP POLICY IF EXISTS {policy} ON {name}" for policy in POLICIES]
        statements += _policies(table)
    for name, function in (("account", "kamdesk_owner_is_me"),
                           ("interaction", "kamdesk_author_is_me")):
        statements += [
            f"DROP TRIGGER IF EXISTS {function} ON {name}",
            f"CREATE TRIGGER {function} BEFORE INSERT ON {name} "
            f"FOR EACH ROW EXECUTE FUNCTION {function}()",
        ]
    return statements


def setup_team(connection: Connection) -> None:
    """Create the roles and policies (on the administrator's connection, in its transaction)."""
    for statement in setup_statements():
        connection.execute(text(statement))


def _quoted(connection: Connection, name: str) -> str:
    quoted: str = connection.execute(text("SELECT quote_ident(:n)"), {"n": name}).scalar_one()
    return quoted


def grant_login(connection: Connection, login: str, *, head: bool = False) -> None:
    """Let the PostgreSQL login `login` (created without a password if it does not exist:
    the administrator sets one) act as a KAM, or as the head of department."""
    role = _quoted(connection, login)
    exists = connection.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": login}
    ).first()
    if not exists:
        connection.execute(text(f"CREATE ROLE {role} LOGIN NOSUPERUSER NOBYPASSRLS"))
    connection.execute(text(f"GRANT {HEAD_ROLE if head else KAM_ROLE} TO {role}"))
    connection.execute(text(f"REVOKE {KAM_ROLE if head else HEAD_ROLE} FROM {role}"))
