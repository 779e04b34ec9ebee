"""Errors a service reports to the user: one clear line, no traceback.

A service raises with a message id and its values, not with finished text:

    raise ValidationError("country", N_("'{code}' is not a two-letter country code"), code=c)

The id is the English source in the gettext catalogue (`make translations` extracts every
`N_`); `str(error)` is the text in the language of the code that shows it: the command
line's, or the window's (kamdesk.language.use_language at start). So the same error reads
in Filipino in a Filipino window and in English in a script's log.
"""

from __future__ import annotations

from kamdesk.language import _
from kamdesk.store.errors import StoreError

# StoreError is what a window catches: every failure the user can act on, from a wrong
# value to a database another program holds locked.
__all__ = ["AmbiguousError", "NotFoundError", "ServiceError", "StoreError", "ValidationError"]


def _filled(message_id: str, values: dict[str, object]) -> str:
    text = _(message_id)
    return text.format(**values) if values else text


class ServiceError(StoreError):
    """Base for failures the user can act on; `message_id` and `values` make its text."""

    def __init__(self, message_id: str, **values: object) -> None:
        super().__init__(message_id)
        self.message_id = message_id
        self.values = values

    def __str__(self) -> str:
        return _filled(self.message_id, self.values)


class NotFoundError(ServiceError):
    pass


class AmbiguousError(ServiceError):
    def __init__(self, message_id: str, candidates: list[str], **values: object) -> None:
        super().__init__(message_id, **values)
        self.candidates = candidates


class ValidationError(ServiceError):
    """A value the user typed is wrong; `field` names where, for the form to mark it."""

    def __init__(self, field: str, message_id: str, **values: object) -> None:
        super().__init__(message_id, **values)
        self.field = field

    @property
    def message(self) -> str:
        """The text under the field, in the current language."""
        return _filled(self.message_id, self.values)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"
