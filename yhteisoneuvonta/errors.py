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


class ProbablePersonalError(ValidationError):
    """Free text probably names a person or a home (a name, a street address): a warning the
    user answers by replacing the words or confirming they name no one.

    ``findings`` maps field -> [{"kind": "name"|"address", "start", "end", "text"}] (also in
    ``params``). Unlike :class:`PiiError` the words are named: the user must see which ones."""

    code = "probable_personal"

    def __init__(self, findings: dict[str, list[dict[str, Any]]]) -> None:
        errors = {field: _probable_message(items) for field, items in findings.items()}
        rules = {field: ("probable_personal", {"words": ", ".join(f'"{f["text"]}"' for f in items)})
                 for field, items in findings.items()}
        field, message = next(iter(errors.items()))
        super().__init__(field, message, errors, rules=rules)
        self.findings = findings
        self.params = {"findings": findings}


def _probable_message(items: list[dict[str, Any]]) -> str:
    words = ", ".join(f'"{f["text"]}" (characters {f["start"] + 1}–{f["end"]})' for f in items)
    return (f"may name a person or an address: {words}; replace the words or confirm "
            "that they name no one")


class NotFoundError(YnError):
    code = "not_found"


class ContentErasedError(YnError):
    """A deleted record's content was erased from the store; only an immediate undo, which
    holds the content in memory, can bring the record back."""

    code = "content_erased"


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
    """A command cannot be run as typed. ``reason`` is a stable short code (like
    :class:`BundleError`'s) that chooses the message ``err.usage.<reason>``; without one, or
    without a template for it, the message is ``err.usage`` around the English text."""

    code = "usage"
    exit_code = 2

    def __init__(self, message: str, *, reason: str | None = None, **params: Any) -> None:
        super().__init__(message, **params)
        self.reason = reason


class OutgoingPeriodError(UsageError):
    """An outgoing report or view asked for a free period (a day range): two such reports a day
    apart would differ by one day's visitors. Free periods are for internal reports only."""

    code = "outgoing_period"


class BadPeriodError(UsageError):
    """A report period that cannot be read; params: ``period`` (as typed)."""

    code = "bad_period"


class WrongPassphraseError(YnError):
    """The passphrase does not open the protected key."""

    code = "wrong_passphrase"


class KeyExistsError(YnError):
    """A key file already exists and is never overwritten."""

    code = "key_exists"


# --- durability (issue 11): each refusal its own code; params carry the path and the way out ---
class StoreEmptyError(StoreCorruptError):
    """The database file exists but holds 0 bytes: never taken for a new installation.
    params: path, backup (the newest good backup or None)."""

    code = "store_empty"


class StoreForeignError(StoreCorruptError):
    """A SQLite file that is not ours (another program's, or an empty one). params: path."""

    code = "store_foreign"


class StoreUndecodableError(StoreCorruptError):
    """Stored text cannot be decoded (damage). params: path, column, backup. Never the text."""

    code = "store_undecodable"


class StoreCannotOpenError(StoreReadOnlyError):
    """SQLite cannot open or create the file: read-only file system or folder. params: path, folder."""

    code = "store_cannot_open"


class StoreNotOpenableError(StoreError):
    """A migration is due but this process may not run it. params: path."""

    code = "store_needs_upgrade"


class TargetFullError(YnError):
    """A file could not be written: the disk is full. params: path, needed_kb, free_kb."""

    code = "target_full"


class TargetReadOnlyError(YnError):
    """A file could not be written: read-only disk, folder or file. params: path."""

    code = "target_read_only"


class BackupInvalidError(YnError):
    """A backup file is not a whole, readable database of ours. params: path."""

    code = "backup_invalid"


class RestoreWhileOpenError(YnError):
    """A restore while another window or process has the store open. params: path."""

    code = "restore_store_open"


class ClockSuspectError(BundleError):
    """A file looks expired only because this computer's clock is far ahead.
    params: now, newest_known, expires (ISO 8601)."""

    code = "clock_suspect"

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__("clock_suspect", message, **params)


class StoreCorruptBackupError(StoreCorruptError):
    """The store is damaged and a good backup exists: the message names it. params: path, backup."""

    code = "store_corrupt_backup"
class PrintError(YnError):
    """A print job could not be handed to the printer (the queue refused it, or it stopped)."""

    code = "print_failed"


class PrintSystemMissingError(PrintError):
    """No print system to hand a job to (CUPS' ``lp`` is not installed)."""

    code = "print_system_missing"
