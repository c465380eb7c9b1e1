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

    ``errors`` maps field name -> English message; ``field``/``message`` are the first one.
    ``rules`` maps field name -> (rule code, params), e.g. ``("too_long", {"length": 4100,
    "max": 4000})``, so a front end says the field's problem in the user's language.
    """

    code = "validation"

    def __init__(self, field: str, message: str, errors: dict[str, str] | None = None, *,
                 rule: str | None = None, rules: dict[str, tuple[str, dict[str, Any]]] | None = None,
                 **params: Any) -> None:
        self.errors: dict[str, str] = dict(errors or {field: message})
        self.rules: dict[str, tuple[str, dict[str, Any]]] = dict(rules or {})
        if rule is not None:
            self.rules.setdefault(field, (rule, dict(params)))
        self.field = field
        text = "; ".join(f"{f}: {m}" for f, m in self.errors.items())
        super().__init__(text, **params)

    @classmethod
    def from_errors(cls, errors: dict[str, str],
                    rules: dict[str, tuple[str, dict[str, Any]]] | None = None) -> "ValidationError":
        field, message = next(iter(errors.items()))
        return cls(field, message, errors, rules=rules)

    def rule(self, field: str) -> tuple[str, dict[str, Any]] | None:
        """The rule code and params that refused ``field``, when the raiser named one."""
        return self.rules.get(field)


class PiiError(ValidationError):
    """Free text contains something that identifies a person."""

    code = "pii"


class NotFoundError(YnError):
    code = "not_found"


class SetupError(YnError):
    """The installation is not set up, or set up for another role."""

    code = "setup"


class NotSetUpError(SetupError):
    code = "not_set_up"


class WrongRoleError(SetupError):
    """params: ``role`` (this installation's), ``needed`` (the one the action needs)."""

    code = "wrong_role"


class NoReferenceError(SetupError):
    code = "no_reference"


class NoCoordinatorKeyError(SetupError):
    code = "no_coordinator_key"


class CoordinatorKeyLockedError(SetupError):
    code = "coordinator_key_locked"


class CoordinatorNotPinnedError(SetupError):
    code = "coordinator_not_pinned"


class NoRetentionError(SetupError):
    code = "no_retention"


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

    def __init__(self, reason: str, message: str, **params: Any) -> None:
        super().__init__(message, **params)
        self.reason = reason


class UsageError(YnError):
    code = "usage"
    exit_code = 2


class OutgoingPeriodError(UsageError):
    """An outgoing report or view asked for a free period (a day range): two such reports a day
    apart would differ by one day's visitors. Free periods are for internal reports only."""

    code = "outgoing_period"


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
