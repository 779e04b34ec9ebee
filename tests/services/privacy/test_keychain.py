"""Only a real system keychain gets the data key: no stand-in that writes it to a file."""

from __future__ import annotations

from keyring.backends import fail, null

from kamdesk.services.encryption import _secure
from tests.services.privacy.file_keychain import FileKeychain


class LowPriorityFile(FileKeychain):
    priority = 0.5  # how keyrings.alt's plain-text file backend ranks itself


def test_the_quiet_stand_ins_and_a_low_priority_file_are_not_a_keychain():
    assert not _secure(null.Keyring())
    assert not _secure(fail.Keyring())
    assert not _secure(LowPriorityFile())
    assert _secure(FileKeychain())  # the tests' stand-in for a login keychain
