"""JSON from files made by others, with limits: every way a hostile document can hurt the
reader (deep nesting, a 5,000-digit number, a string of a million characters, millions of
items, lone surrogates, bytes that are not UTF-8) is a specific refusal, never a crash.

The C parser does the parsing; hooks refuse long numbers before ``int()`` sees them, and one
iterative walk afterwards checks depth, sizes and text.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any

from ..errors import BundleError

_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class JsonLimits:
    max_depth: int = 16
    max_number_chars: int = 24        # a 64-bit integer has 20 digits
    max_string_chars: int = 100_000
    max_items: int = 8_000_000        # values in the whole document (about 30 per record)


MANIFEST_LIMITS = JsonLimits(max_depth=6, max_string_chars=4_096, max_items=10_000)
SMALL_FILE_LIMITS = JsonLimits(max_depth=8, max_string_chars=16_384, max_items=10_000)
PAYLOAD_LIMITS = JsonLimits()


class _Refused(Exception):
    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason, self.detail = reason, detail


def loads(data: bytes, what: str, *, limits: JsonLimits, malformed: str) -> Any:
    """The JSON value in ``data``; ``BundleError`` naming ``what`` and the broken limit.

    ``malformed`` is the reason code for text that is not JSON at all.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BundleError("bad_text", f"The {what} is not valid UTF-8 text (byte {exc.start}).") from None
    if text.startswith("\ufeff"):
        text = text[1:]

    def number(token: str) -> Any:
        if len(token) > limits.max_number_chars:
            raise _Refused("number_too_large", f"a number of {len(token)} digits")
        value = float(token) if any(c in token for c in ".eE") else int(token)
        if isinstance(value, float) and not math.isfinite(value):
            raise _Refused("number_too_large", f"the number {token} is out of range")
        return value

    def constant(token: str) -> Any:
        raise _Refused("number_too_large", f"the value {token} is not a number JSON allows")

    try:
        value = json.loads(text, parse_int=number, parse_float=number, parse_constant=constant)
        _walk(value, limits)
    except _Refused as exc:
        raise BundleError(exc.reason, f"The {what} is refused: {exc.detail}.") from None
    except RecursionError:
        raise BundleError("json_too_deep", f"The {what} is refused: it is nested too deeply.") from None
    except (json.JSONDecodeError, ValueError):
        raise BundleError(malformed, f"The {what} is not valid JSON.") from None
    return value


def _walk(root: Any, limits: JsonLimits) -> None:
    """Depth, item count, string length and lone surrogates, without recursion."""
    stack: list[tuple[Any, int]] = [(root, 1)]
    items = 0
    while stack:
        value, depth = stack.pop()
        items += 1
        if items > limits.max_items:
            raise _Refused("too_many_items", f"it holds more than {limits.max_items} values")
        if isinstance(value, str):
            _check_text(value, limits)
        elif isinstance(value, (dict, list)):
            if depth > limits.max_depth:
                raise _Refused("json_too_deep", f"it is nested deeper than {limits.max_depth} levels")
            if isinstance(value, dict):
                for key, inner in value.items():
                    _check_text(key, limits)
                    stack.append((inner, depth + 1))
            else:
                stack.extend((inner, depth + 1) for inner in value)


def _check_text(value: str, limits: JsonLimits) -> None:
    if len(value) > limits.max_string_chars:
        raise _Refused("string_too_long", f"a text of {len(value)} characters (at most "
                       f"{limits.max_string_chars})")
    if _SURROGATE.search(value):
        raise _Refused("bad_text", "a text holds a lone surrogate (\\ud800–\\udfff), which is not a character")
