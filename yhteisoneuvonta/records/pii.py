"""The PII guard: free text that identifies a visitor is refused before it is stored.

Visitors are never identified, so every free-text field passes :func:`check_text` (or
:func:`check_fields`) first. Four kinds of identifiers are detected:

- ``hetu``: Finnish personal identity codes, only with a valid date and check character;
- ``phone``: Finnish national numbers (start with ``0``) and international ones (``+`` or ``00``);
- ``email``: addresses with a real ``@``;
- ``iban``: bank account numbers that pass the ISO 7064 mod-97 check.

Detection prefers precision over recall only where a check digit allows it (hetu, IBAN);
phone numbers have no check digit, so their rules exclude the near misses advisers type
every day: dates, clock times, amounts, years, form codes and payment references.

Messages name the kind and the character positions, never the value itself: the message may
end up in a log or on screen next to the person's next visitor.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from typing import Any

from yhteisoneuvonta.errors import PiiError

__all__ = [
    "KIND_LABELS",
    "PiiFinding",
    "check_fields",
    "check_text",
    "find_pii",
    "is_valid_hetu",
]

KIND_LABELS: dict[str, str] = {
    "hetu": "a personal identity code",
    "phone": "a phone number",
    "email": "an e-mail address",
    "iban": "a bank account number (IBAN)",
}

# When two findings overlap, the one backed by a checksum (or an unambiguous "@") wins.
_PRIORITY: dict[str, int] = {"hetu": 0, "iban": 1, "email": 2, "phone": 3}


@dataclass(frozen=True)
class PiiFinding:
    """One identifier found in a text; ``start``/``end`` are Python slice offsets."""

    kind: str
    start: int
    end: int

    def describe(self) -> str:
        return KIND_LABELS.get(self.kind, "personal information")

    def span_text(self) -> str:
        """Human (1-based, inclusive) character range, e.g. ``characters 12–22``."""
        return f"characters {self.start + 1}–{self.end}"


# --- henkilötunnus -------------------------------------------------------------------

_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_CENTURY: dict[str, int] = {
    "+": 1800,
    "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
    "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000,
}
# Digits may not touch the code (it would be part of a longer number); letters may, because
# people type "hetu131052-308T" and the check character keeps false alarms rare anyway.
# A stray space around the century sign ("131052 -308T") still makes a code: the check
# character decides, so allowing it costs no precision.
_HETU_RE = re.compile(r"(?<![0-9])\d{6} ?[-+A-FU-Y] ?\d{3}[0-9A-Z](?![0-9])", re.IGNORECASE)


def is_valid_hetu(code: str) -> bool:
    """True if ``code`` is exactly a valid personal identity code (letters in any case)."""
    code = code.strip().upper()
    if len(code) != 11:
        return False
    date, sign, individual, check = code[:6], code[6], code[7:10], code[10]
    if not (date.isdigit() and individual.isdigit()) or sign not in _CENTURY:
        return False
    day, month, year = int(date[:2]), int(date[2:4]), _CENTURY[sign] + int(date[4:6])
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return False
    # 000 and 001 are never assigned (002–899 ordinary, 900–999 temporary).
    if int(individual) < 2:
        return False
    return _HETU_CHECK[int(date + individual) % 31] == check


def _find_hetus(text: str) -> list[PiiFinding]:
    return [
        PiiFinding("hetu", m.start(), m.end())
        for m in _HETU_RE.finditer(text)
        if is_valid_hetu(m.group().replace(" ", ""))
    ]


# --- IBAN ------------------------------------------------------------------------------

# Registered IBAN lengths (SWIFT IBAN registry). Only these country codes count: the length
# pins the end of the number, and without it a long run of letters and digits would pass
# mod-97 by chance about once per hundred cut points. "RF" (creditor reference, ISO 11649)
# uses the same checksum but is a payment reference, not an account, so it is not listed.
_IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
    "BH": 22, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28,
    "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
    "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24,
    "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SC": 31,
    "SE": 24, "SI": 19, "SK": 24, "SM": 27, "TN": 24, "TR": 26, "UA": 29, "VA": 22,
    "VG": 24, "XK": 20, "BI": 27, "DJ": 27, "FK": 18, "LY": 25, "MN": 20, "NI": 28,
    "OM": 23, "RU": 33, "SD": 18, "SO": 23, "ST": 25, "SV": 28, "TL": 23, "YE": 30,
    "HN": 28,
}
_IBAN_START_RE = re.compile(r"(?<![0-9A-Za-z])[A-Za-z]{2}\d{2}")


def _iban_checksum_ok(compact: str) -> bool:
    rearranged = compact[4:] + compact[:4]
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(digits) % 97 == 1


def _iban_at(text: str, start: int) -> int | None:
    """End offset of an IBAN starting at ``start`` (compact or in groups), or None."""
    # Collect alphanumerics, allowing one space between them, and remember where each ends.
    chars: list[str] = []
    ends: list[int] = []
    i = start
    while i < len(text) and len(chars) < 34:
        ch = text[i]
        if ch.isascii() and ch.isalnum():
            chars.append(ch.upper())
            ends.append(i + 1)
            i += 1
        elif ch == " " and i + 1 < len(text) and text[i + 1].isascii() and text[i + 1].isalnum():
            i += 1
        else:
            break
    length = _IBAN_LENGTHS.get("".join(chars[:2]))
    if length is None or length > len(chars):
        return None
    end = ends[length - 1]
    # Must end at a word boundary: not inside a longer run of letters/digits.
    if end < len(text) and text[end].isascii() and text[end].isalnum():
        return None
    return end if _iban_checksum_ok("".join(chars[:length])) else None


def _find_ibans(text: str) -> list[PiiFinding]:
    found: list[PiiFinding] = []
    for m in _IBAN_START_RE.finditer(text):
        end = _iban_at(text, m.start())
        if end is not None:
            found.append(PiiFinding("iban", m.start(), end))
    return found


# --- e-mail ------------------------------------------------------------------------------

_EMAIL_RE = re.compile(
    r"(?<![\w.%+\-])[\w%+\-]+(?:\.[\w%+\-]+)*@[\w\-]+(?:\.[\w\-]+)*\.[^\W\d_]{2,}(?![\w\-])"
)


# Written to fool spam robots: "liisa.m(at)gmail.com", "liisa at gmail.com", "liisa[ät]gmail[dot]com",
# "liisa @ gmail.com". A bare " at " needs a real domain ("gmail.com"), so "name at example dot fi"
# and English prose are left alone; bracketed forms may spell the dots too.
_AT = r"(?:\s?[(\[{<]\s?(?:at|ät|a|@|miukumauku|kissanhäntä)\s?[)\]}>]\s?|\s(?:at|ät|@)\s)"
_DOT = r"(?:\.|\s?[(\[{<]\s?(?:dot|piste|punkt|\.)\s?[)\]}>]\s?)"
_OBFUSCATED_EMAIL_RE = re.compile(
    rf"(?<![\w.%+\-])[\w%+\-]+(?:\.[\w%+\-]+)*{_AT}[\w\-]+(?:{_DOT}[\w\-]+)*{_DOT}[^\W\d_]{{2,}}(?![\w\-])",
    re.IGNORECASE,
)


_MAIL_PROVIDERS = {
    "gmail", "googlemail", "hotmail", "outlook", "live", "msn", "yahoo", "icloud", "me", "protonmail",
    "proton", "gmx", "yandex", "mail", "suomi24", "luukku", "elisanet", "kolumbus", "saunalahti",
    "welho", "netti", "pp", "kotiposti", "telia", "dnainternet", "windowslive", "aol",
}


def _bracketed(found: str) -> bool:
    return re.search(r"[(\[{<]", found) is not None


def _looks_like_mailbox(found: str) -> bool:
    """A bare " at " is English too ("looking at kela.fi"): a mailbox has a mail provider's
    domain, or a local part with a dot, underscore or digit ("liisa.m at kela.fi")."""
    if "@" in found:
        return True
    local, domain = re.split(r"\s(?:at|ät)\s", found, maxsplit=1, flags=re.I)
    return domain.split(".")[0].lower() in _MAIL_PROVIDERS or re.search(r"[._\d]", local) is not None


def _find_emails(text: str) -> list[PiiFinding]:
    found = [PiiFinding("email", m.start(), m.end()) for m in _EMAIL_RE.finditer(text)]
    for m in _OBFUSCATED_EMAIL_RE.finditer(text):
        if not _bracketed(m.group()) and not _looks_like_mailbox(m.group()):
            continue
        found.append(PiiFinding("email", m.start(), m.end()))
    return found


# --- phone numbers -----------------------------------------------------------------------

# A "run" is a number as typed: digit groups joined by at most one space or hyphen, groups
# optionally in parentheses, optionally led by "+". Letters glued to the front ("RF18 …",
# "FI21 …", "SV115") make the whole run a code or reference, never a phone number.
_SEP = r"[ \u00a0\-\u2013]"
_RUN_RE = re.compile(
    rf"(?<![\w+])(?P<prefix>[^\W\d_]+)?(?P<body>\+?\(?\d+\)?(?:{_SEP}?\(?\d+\)?)*)"
)
_GROUP_RE = re.compile(rf"({_SEP}?)(\+?\(?\d+\)?)")
# Two-digit Finnish area codes; other national prefixes are three digits or longer (04x, 050,
# 013 …). "01-02-2024" starts with "01", which is no area code, so it is not a phone number.
_TWO_DIGIT_AREAS = {"02", "03", "05", "06", "08", "09"}
# Organisations' service numbers (Kela 020 692 …, government 0295 …, free 0800 …, corporate
# 010/020/075, premium 060x/070x) belong to no person, and advisers write them all the time.
_SERVICE_PREFIXES = ("010", "020", "0295", "060", "070", "073", "075", "0800")
_DATE_RE = re.compile(r"^\d{1,2}[-\u2013/]\d{1,2}[-\u2013/]\d{2,4}$")
_TIME_RANGE_RE = re.compile(r"^([01]\d|2[0-3])[0-5]\d ?[-\u2013] ?([01]\d|2[0-3])[0-5]\d$")

_NATIONAL_DIGITS = (7, 12)
_INTERNATIONAL_DIGITS = (7, 15)


def _digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


def _phone_in_groups(groups: list[tuple[int, int, str]]) -> int | None:
    """Number of leading groups that form a phone number, or None.

    ``groups`` are (start, end, text) of digit groups; the first group decides the form.
    """
    first = groups[0][2]
    first_digits = _digits(first)
    if first.startswith("+"):
        international, lo_hi = True, _INTERNATIONAL_DIGITS
        skip = 0
    elif first_digits.startswith("00"):
        international, lo_hi = True, _INTERNATIONAL_DIGITS
        skip = 2  # the "00" is the international call prefix, not part of the number
    elif first_digits.startswith("0") and first_digits[1:2] not in ("", "0"):
        international, lo_hi = False, _NATIONAL_DIGITS
        skip = 0
    else:
        return None

    if not international:
        # Compact "0401234567" stands alone; grouped numbers open with an area/mobile prefix.
        if len(first_digits) >= lo_hi[0]:
            return 1 if len(first_digits) <= lo_hi[1] else None
        if not 2 <= len(first_digits) <= 4:
            return None
        if len(first_digits) == 2 and first_digits not in _TWO_DIGIT_AREAS:
            return None

    # Take as many groups as fit, but a national number is complete at ten digits, so a
    # trailing count ("040 123 4567 2 kertaa") is left out of the span.
    best: int | None = None
    total = 0
    for n, (_, _, g) in enumerate(groups, start=1):
        total += len(_digits(g))
        count = total - skip
        if count > lo_hi[1]:
            break
        if count >= lo_hi[0]:
            best = n
        if not international and count >= 10:
            break
    if best is not None and _is_service_number(_digits("".join(g for _, _, g in groups[:best]))):
        return None
    return best


def _is_service_number(digits: str) -> bool:
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    elif not digits.startswith("0"):
        digits = "+" + digits  # the "+" was dropped by _digits
    if digits.startswith("+358"):
        rest = digits[4:]
        digits = rest if rest.startswith("0") else "0" + rest
    return digits.startswith(_SERVICE_PREFIXES)


def _find_phones(text: str) -> list[PiiFinding]:
    found: list[PiiFinding] = []
    for m in _RUN_RE.finditer(text):
        if m.group("prefix"):
            continue
        start = m.start("body")
        # "12.03 …", "13:00-…", "1,5": a number glued to a previous one by punctuation.
        if start >= 2 and text[start - 1] in ".,:/" and text[start - 2].isdigit():
            continue
        body = m.group("body")
        if _DATE_RE.match(body) or _TIME_RANGE_RE.match(body):
            continue
        groups: list[tuple[int, int, str]] = []
        seps: list[str] = []
        for g in _GROUP_RE.finditer(body):
            seps.append(g.group(1))
            groups.append((start + g.start(2), start + g.end(2), g.group(2)))
        # A phone may follow other numbers in the same run ("klo 10 040 123 4567"), but only
        # after a space and only where a group opens like a phone number.
        k = 0
        while k < len(groups):
            opens = groups[k][2].lstrip("(").startswith("0") or groups[k][2].startswith("+")
            if k == 0 or (opens and seps[k] in (" ", "\u00a0")):
                n = _phone_in_groups(groups[k:]) if opens else None
                if n is not None:
                    found.append(PiiFinding("phone", groups[k][0], groups[k + n - 1][1]))
                    k += n
                    continue
            k += 1
    return found


# --- public API ------------------------------------------------------------------------------


def find_pii(text: str | None) -> list[PiiFinding]:
    """Every identifier in ``text``, sorted by start, without overlaps."""
    if not text:
        return []
    candidates = _find_hetus(text) + _find_ibans(text) + _find_emails(text) + _find_phones(text)
    candidates.sort(key=lambda f: (_PRIORITY[f.kind], f.start, -(f.end - f.start)))
    kept: list[PiiFinding] = []
    for f in candidates:
        if all(f.end <= k.start or f.start >= k.end for k in kept):
            kept.append(f)
    kept.sort(key=lambda f: f.start)
    return kept


def describe_findings(findings: list[PiiFinding]) -> str:
    """English message naming what was found and where, never the value itself."""
    parts = [f"{f.describe()} ({f.span_text()})" for f in findings]
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    pronoun = "it" if len(findings) == 1 else "them"
    return f"contains {listed}; remove {pronoun} — visitors are never identified"


def findings_rule(findings: list[PiiFinding]) -> tuple[str, dict[str, Any]]:
    """The rule code (``pii_<kind>`` of the first finding) and params that name every finding,
    so a front end says it in the user's language; never the value itself."""
    return f"pii_{findings[0].kind}", {"findings": [
        {"kind": f.kind, "start": f.start + 1, "end": f.end} for f in findings]}


def check_text(field: str, text: str | None) -> None:
    """Raise :class:`PiiError` for ``field`` if ``text`` contains an identifier."""
    findings = find_pii(text)
    if findings:
        rule, params = findings_rule(findings)
        raise PiiError(field, describe_findings(findings), rule=rule, **params)


def check_fields(fields: dict[str, str | None]) -> None:
    """Check every field; raise one :class:`PiiError` listing every offending field."""
    errors: dict[str, str] = {}
    rules: dict[str, tuple[str, dict[str, Any]]] = {}
    for field, text in fields.items():
        findings = find_pii(text)
        if findings:
            errors[field] = describe_findings(findings)
            rules[field] = findings_rule(findings)
    if errors:
        raise PiiError.from_errors(errors, rules)
