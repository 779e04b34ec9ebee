"""A keychain backend for tests: a JSON file named by KAMDESK_TEST_KEYCHAIN, so a real
`kamdesk` process can store the data key and the next process find it, as a login keychain
does. Chosen through keyring's own PYTHON_KEYRING_BACKEND variable."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeychain(KeyringBackend):
    priority = 1

    def _path(self) -> Path:
        return Path(os.environ["KAMDESK_TEST_KEYCHAIN"])

    def _load(self) -> dict:
        path = self._path()
        return json.loads(path.read_text()) if path.exists() else {}

    def get_password(self, service, username):
        return self._load().get(f"{service}/{username}")

    def set_password(self, service, username, password):
        data = self._load()
        data[f"{service}/{username}"] = password
        self._path().write_text(json.dumps(data))

    def delete_password(self, service, username):
        data = self._load()
        if data.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError(username)
        self._path().write_text(json.dumps(data))
