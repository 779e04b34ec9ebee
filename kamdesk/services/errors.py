"""Errors a service reports to the user: one clear line, no traceback."""

from __future__ import annotations

from kamdesk.store.errors import StoreError

# StoreError is what a window catches: every failure the user can act on, from a wrong
# value to a database another program holds locked.
__all__ = ["AmbiguousError", "NotFoundError", "ServiceError", "StoreError", "ValidationError"]


class ServiceError(StoreError):
    """Base for failures the user can act on."""


class NotFoundError(ServiceError):
    pass


class AmbiguousError(ServiceError):
    def __init__(self, message: str, candidates: list[str]) -> None:
        super().__init__(message)
        self.candidates = candidates


class ValidationError(ServiceError):
    """A value the user typed is wrong; `field` names where, for the form to mark it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
