"""Core refusals said in the interface language, chosen by the error's code.

No English text is matched here: ``core/messages.py`` renders each error from its code and
params with the core catalogue, in the language the interface speaks right now.
"""
from __future__ import annotations

from ..core.messages import field_messages, render_code, render_error
from ..errors import ValidationError, YnError
from .i18n import current_language


def error_text(exc: YnError) -> str:
    """``exc`` in the interface language."""
    return render_error(exc, current_language())


def field_texts(exc: ValidationError) -> dict[str, str]:
    """Each refused field of ``exc`` with its message in the interface language."""
    return field_messages(exc, current_language())


def bundle_reason_text(reason: str | None, message: str | None = None) -> str:
    """Why a bundle was refused (kept as data by the import), by its reason code."""
    if not reason:
        return message or "?"
    return render_code(f"err.bundle.{reason}", {}, current_language(), fallback=message or reason)
