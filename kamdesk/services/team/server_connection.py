"""Connecting to a team server: its address, the password in the system keychain, and what
a failed or lost connection means in words the user can act on.

The password is never part of what is stored or shown: the address (server, port, database,
user, TLS mode) goes to the settings, the URL is shown without the password, and the
password lives in the system keychain through `keyring` where one exists. Without a keychain
(a bare Linux session) it is asked for each time, quietly.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import URL

KEYCHAIN_SERVICE = "KAMDesk team server"
TLS_MODES = ("disable", "prefer", "require", "verify-ca", "verify-full")  # libpq sslmode
DRIVER = "postgresql+psycopg"


@dataclass(frozen=True)
class ServerAddress:
    host: str
    port: int = 5432
    database: str = "kamdesk"
    user: str = ""
    tls: str = "prefer"

    def url(self, password: str | None = None) -> URL:
        return URL.create(DRIVER, username=self.user or None, password=password or None,
                          host=self.host, port=self.port, database=self.database,
                          query={"sslmode": self.tls})

    def shown(self) -> str:
        """The URL as the user may see it: never with the password."""
        return self.url().render_as_string(hide_password=True)

    @property
    def keychain_name(self) -> str:
        """Whose password this is, in the keychain: one per user and server."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def problems(self) -> dict[str, str]:
        """Fields that are wrong, by name (empty when the address can be tried)."""
        found = {}
        if not self.host.strip():
            found["host"] = "the server's name or address is needed"
        if not 1 <= self.port <= 65535:
            found["port"] = f"port {self.port} must be 1 to 65535"
        if not self.database.strip():
            found["database"] = "the database's name is needed"
        if not self.user.strip():
            found["user"] = "your login on the server is needed"
        if self.tls not in TLS_MODES:
            found["tls"] = f"'{self.tls}' is not one of {', '.join(TLS_MODES)}"
        return found


def keychain_available() -> bool:
    """True when a system keychain can hold the password (not the 'fail' or null backend)."""
    try:
        import keyring

        return keyring.get_keyring().priority > 0
    except Exception:  # noqa: BLE001 - any backend trouble means: ask instead
        return False


def saved_password(address: ServerAddress) -> str | None:
    """The password kept for this address, or None (no keychain, nothing kept, or an error)."""
    if not keychain_available():
        return None
    try:
        import keyring

        return keyring.get_password(KEYCHAIN_SERVICE, address.keychain_name)
    except Exception:  # noqa: BLE001 - a locked or broken keychain: ask instead
        return None


def keep_password(address: ServerAddress, password: str) -> bool:
    """Keep the password in the keychain; False when there is none (nothing is written)."""
    if not keychain_available():
        return False
    try:
        import keyring

        keyring.set_password(KEYCHAIN_SERVICE, address.keychain_name, password)
        return True
    except Exception:  # noqa: BLE001
        return False


def forget_password(address: ServerAddress) -> None:
    if not keychain_available():
        return
    try:
        import keyring

        keyring.delete_password(KEYCHAIN_SERVICE, address.keychain_name)
    except Exception:  # noqa: BLE001 - nothing kept is fine too
        return


_LOST = ("server closed the connection", "terminating connection", "connection refused",
         "could not connect", "connection timed out", "not currently accepting connections",
         "consuming input failed", "the connection is closed", "connection is lost",
         "no route to host", "network is unreachable")


def _next(error: BaseException) -> BaseException | None:
    """What caused `error`, unless it said `from None`."""
    return error.__cause__ or (None if error.__suppress_context__ else error.__context__)


def _driver_texts(first: BaseException) -> list[str]:
    texts: list[str] = []
    seen: set[int] = set()
    error: BaseException | None = first
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        orig = getattr(error, "orig", None)
        texts.append(str(orig if orig is not None else error).lower())
        error = _next(error)
    return texts


def is_connection_lost(error: BaseException) -> bool:
    """True when `error` (or what caused it) says the server cannot be reached right now."""
    from sqlalchemy.exc import DBAPIError

    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, DBAPIError) and cause.connection_invalidated:
            return True
        cause = _next(cause)
    return any(marker in text for text in _driver_texts(error) for marker in _LOST)


def connection_problem(error: BaseException, address: ServerAddress) -> str:
    """One sentence about a failed connection, without the driver's text (which may carry
    the URL) and without the password."""
    texts = " ".join(_driver_texts(error))
    where = f"{address.host}:{address.port}"
    if "password authentication failed" in texts or "no password supplied" in texts:
        return f"the server {where} did not accept the login '{address.user}' and its password"
    if "does not exist" in texts and "database" in texts:
        return f"the server {where} has no database '{address.database}'"
    if "not currently accepting connections" in texts:
        return f"the database '{address.database}' on {where} is not accepting connections"
    # "the server did not answer": the store's own sentence for a connection that failed
    # (it keeps the driver's text, which may hold the URL, out of the message).
    if (any(marker in texts for marker in _LOST) or "name or service not known" in texts
            or "the server did not answer" in texts):
        return f"the server {where} cannot be reached"
    if any(m in texts for m in ("ssl error", "ssl connection", "ssl negotiation", "certificate",
                                "server does not support ssl")):
        return f"a secure (TLS) connection to {where} failed in mode '{address.tls}'"
    if "permission denied" in texts:
        return f"the login '{address.user}' may not use the database '{address.database}'"
    return f"the connection to {where} failed"
