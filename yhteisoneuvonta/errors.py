"""Typed errors shared by the core, the CLI and the GUI.

Each refusal is a class with a stable ``code``; a message says what is wrong in words
a user understands. ``ValidationError`` names the field so the GUI can show the
message beside it and the CLI can print it on stderr. ``params`` carries the variable parts
of the message (a path, a size, a device) so a front end can render the message by its code
in the user's language instead of matching English text.
"""
from __future__ import annotations

from typing import Any


class YnError(Exception):
    """Base of every error the program expects and explains."""

    code = "error"
    exit_code = 1

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        self.params: dict[str, Any] = params

    def __str__(self) -> str:
        return self.message


class ValidationError(YnError):
    """One or more fields of a record are refused.

    ``errors`` maps field name -> message; ``field``/``message`` are the first one.
    """

    code = "validation"

    def __init__(self, field: str, message: str, errors: dict[str, str] | None = None) -> None:
        self.errors: dict[str, str] = dict(errors or {field: message})
        self.field = field
        text = "; ".join(f"{f}: {m}" for f, m in self.errors.items())
        super().__init__(text)

    @classmethod
    def from_errors(cls, errors: dict[str, str]) -> "ValidationError":
        field, message = next(iter(errors.items()))
        return cls(field, message, errors)


class PiiError(ValidationError):
    """Free text contains something that identifies a person."""

    code = "pii"


class NotFoundError(YnError):
    code = "not_found"


class SetupError(YnError):
    """The installation is not set up, or set up for another role."""

    code = "setup"


class StoreError(YnError):
    """The database file cannot be used: locked, read-only, full or corrupt."""

    code = "store"


class StoreLockedError(StoreError):
    code = "store_locked"


class StoreReadOnlyError(StoreError):
    code = "store_read_only"


class StoreFullError(StoreError):
    code = "store_full"


class StoreCorruptError(StoreError):
    code = "store_corrupt"


class StoreTooNewError(StoreError):
    code = "store_too_new"


class BundleError(YnError):
    """A bundle file is refused (sync issue). ``reason`` is a stable short code."""

    code = "bundle"

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class UsageError(YnError):
    code = "usage"
    exit_code = 2


class WrongPassphraseError(YnError):
    """The passphrase does not open the protected key."""

    code = "wrong_passphrase"


class KeyExistsError(YnError):
    """A key file already exists and is never overwritten."""

    code = "key_exists"


class PrintError(YnError):
    """A print job could not be handed to the printer (the queue refused it, or it stopped)."""

    code = "print_failed"


class PrintSystemMissingError(PrintError):
    """No print system to hand a job to (CUPS' ``lp`` is not installed)."""

    code = "print_system_missing"
