"""A device key's fingerprint: what the coordinator and the adviser read to each other by phone."""
from __future__ import annotations

import hashlib

from .minisign import PublicKey


def fingerprint(public: PublicKey) -> str:
    """``"ABCD 1234 ..."``: 32 hex digits of SHA-256 over the key id and key bytes."""
    digest = hashlib.sha256(b"Ed" + public.key_id + public.raw).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def normalise_fingerprint(text: str) -> str:
    digits = "".join(ch for ch in text.upper() if ch in "0123456789ABCDEF")
    return " ".join(digits[i:i + 4] for i in range(0, len(digits), 4))
