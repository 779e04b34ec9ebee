"""The key file beside an encrypted database: its data key, wrapped twice.

A random 256-bit data key encrypts the database (SQLCipher, raw key). The key file holds it
wrapped (AES-256-GCM) under a key derived from the user's passphrase with Argon2id, and again
under the recovery key shown once at encryption. Neither the passphrase nor the data key is
stored; without both the passphrase and the recovery key the data cannot be read by anyone.

Changing the passphrase rewraps the same data key, so backups made before stay readable.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kamdesk.store.errors import StoreError

KEY_FILE_SUFFIX = ".key"
FORMAT = "kamdesk-key"
# Argon2id cost: 64 MiB, 3 passes, 4 lanes: about 0.35 s here; stored per file, so it can grow.
ARGON2 = {"time_cost": 3, "memory_cost": 65536, "parallelism": 4}
_AAD = b"kamdesk data key v1"
# One wrapping of the data key as the key file holds it: the KDF, its parameters, the salt,
# nonce and sealed key (strings and numbers, straight from JSON).
Wrapped = dict[str, Any]


class WrongPassphraseError(StoreError):
    """The passphrase (or recovery key) does not unlock this key file."""


class KeyFileError(StoreError):
    """The key file is missing, unreadable or not a KAMDesk key file."""


class DatabaseLockedError(StoreError):
    """The database is encrypted and was opened without its key."""


def refuse_if_locked(database: Path) -> None:
    """Raise DatabaseLockedError when `database` is encrypted (checked without SQLCipher:
    only when a key file lies beside it is the file header read)."""
    if key_file_for(database).exists():
        from kamdesk.store.encryption import is_encrypted

        if is_encrypted(database):
            raise DatabaseLockedError(f"{database} is encrypted: unlock it with its passphrase "
                                      "(or set KAMDESK_PASSPHRASE)")


def key_file_for(database: Path) -> Path:
    """Where the key file of the database at `database` lives: beside it."""
    return database.with_name(database.name + KEY_FILE_SUFFIX)


def new_data_key() -> bytes:
    return secrets.token_bytes(32)


def new_recovery_key() -> str:
    """160 random bits as 8 groups of 4 letters and digits (base32: no 0/O, 1/I/L confusion
    beyond what base32 already avoids), e.g. `K7QM-2XRD-…`, easy to print and type."""
    text = base64.b32encode(secrets.token_bytes(20)).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, 32, 4))


def _normal_recovery(text: str) -> bytes:
    cleaned = "".join(text.upper().split()).replace("-", "")
    try:
        raw = base64.b32decode(cleaned)
    except ValueError:  # binascii.Error is one
        raise WrongPassphraseError("that is not a recovery key (8 groups of 4 letters)") from None
    if len(raw) != 20:
        raise WrongPassphraseError("that is not a recovery key (8 groups of 4 letters)")
    return raw


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _kek(secret: bytes, salt: bytes, params: Wrapped) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(secret, salt, time_cost=params["time_cost"],
                           memory_cost=params["memory_cost"], parallelism=params["parallelism"],
                           hash_len=32, type=Type.ID)


def _wrap(secret: bytes, data_key: bytes) -> Wrapped:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    sealed = AESGCM(_kek(secret, salt, ARGON2)).encrypt(nonce, data_key, _AAD)
    return {"kdf": "argon2id", **ARGON2, "salt": _b64(salt), "nonce": _b64(nonce),
            "wrapped_key": _b64(sealed)}


def _unwrap(secret: bytes, wrapped: Wrapped) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        kek = _kek(secret, _unb64(wrapped["salt"]), wrapped)
        return AESGCM(kek).decrypt(_unb64(wrapped["nonce"]), _unb64(wrapped["wrapped_key"]), _AAD)
    except InvalidTag:
        raise WrongPassphraseError("wrong passphrase: the database stays locked") from None
    except (KeyError, TypeError, ValueError) as error:
        raise KeyFileError(f"the key file is damaged ({error})") from None


@dataclass(frozen=True)
class KeyFile:
    """The parsed key file: the data key under the passphrase and under the recovery key."""

    database_id: str
    passphrase: Wrapped
    recovery: Wrapped

    def unlock(self, passphrase: str) -> bytes:
        return _unwrap(passphrase.encode("utf-8"), self.passphrase)

    def unlock_with_recovery(self, recovery_key: str) -> bytes:
        secret = _normal_recovery(recovery_key)  # "not a recovery key" as it is
        try:
            return _unwrap(secret, self.recovery)
        except WrongPassphraseError:
            raise WrongPassphraseError("wrong recovery key: the database stays locked") from None

    def with_passphrase(self, data_key: bytes, passphrase: str) -> KeyFile:
        return KeyFile(self.database_id, _wrap(passphrase.encode("utf-8"), data_key),
                       self.recovery)

    def to_json(self) -> bytes:
        body = {"format": FORMAT, "version": 1, "database_id": self.database_id,
                "passphrase": self.passphrase, "recovery": self.recovery}
        return (json.dumps(body, indent=2) + "\n").encode("ascii")


def new_key_file(data_key: bytes, passphrase: str) -> tuple[KeyFile, str]:
    """A key file for `data_key`, and the recovery key to show the user once."""
    if not passphrase:
        raise StoreError("the passphrase is empty")
    recovery = new_recovery_key()
    key_file = KeyFile(str(uuid.uuid4()), _wrap(passphrase.encode("utf-8"), data_key),
                       _wrap(_normal_recovery(recovery), data_key))
    return key_file, recovery


def read_key_file(path: Path) -> KeyFile:
    try:
        body = json.loads(path.read_bytes())
    except FileNotFoundError:
        raise KeyFileError(f"the key file {path} is missing: the database cannot be read") from None
    except (OSError, ValueError) as error:
        raise KeyFileError(f"cannot read the key file {path}: {error}") from None
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise KeyFileError(f"{path} is not a KAMDesk key file")
    try:
        return KeyFile(str(body["database_id"]), dict(body["passphrase"]), dict(body["recovery"]))
    except (KeyError, TypeError, ValueError):
        raise KeyFileError(f"the key file {path} is damaged") from None


def write_key_file(path: Path, key_file: KeyFile) -> Path:
    """Write privately (0600) through a temporary file and a rename."""
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as out:
            out.write(key_file.to_json())
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path
