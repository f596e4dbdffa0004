"""Why a package is refused: one exception with a message for a person (Thai by default)."""

from __future__ import annotations

from app.services.validation import FieldError


class PackageError(FieldError):
    """A package that cannot be made or applied; nothing was written."""

    def __init__(self, message: str) -> None:
        super().__init__("package", message)


class Cancelled(Exception):
    """The person cancelled making a package; the unfinished file was removed."""
