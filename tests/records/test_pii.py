"""Tests of the PII guard: what must be caught, and the near misses that must not be."""
from __future__ import annotations

import pytest

from yhteisoneuvonta.errors import PiiError, ValidationError
from yhteisoneuvonta.records.pii import (
    KIND_LABELS,
    PiiFinding,
    check_fields,
    check_text,
    find_pii,
    is_valid_hetu,
)

CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def make_hetu(ddmmyy: str, sign: str, individual: str) -> str:
    """A personal identity code with its check character computed, not guessed."""
    return f"{ddmmyy}{sign}{individual}{CHECK_CHARS[int(ddmmyy + individual) % 31]}"


def wrong_check(code: str) -> str:
    right = code[-1].upper()
    other = next(ch for ch in CHECK_CHARS if ch != right)
    return code[:-1] + other


def kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start:f.end]) for f in find_pii(text)]


# --- henkilötunnus -------------------------------------------------------------------

CENTURY_SIGNS = ["+", "-", "Y", "X", "W", "V", "U", "A", "B", "C", "D", "E", "F"]


def test_helper_matches_published_example() -> None:
    # 131052-308T is the Digital and Population Data Services Agency's own example.
    assert make_hetu("131052", "-", "308") == "131052-308T"


@pytest.mark.parametrize("sign", CENTURY_SIGNS)
def test_every_century_sign_is_valid(sign: str) -> None:
    code = make_hetu("150385", sign, "247")
    assert is_valid_hetu(code)
    assert kinds(f"Asiakas {code} kävi") == [("hetu", code)]


@pytest.mark.parametrize(
    "code",
    [
        "131052-308T",
        "131052-308t",  # lowercase check character
        make_hetu("010594", "Y", "903"),  # new 1900s sign, temporary number
        make_hetu("010594", "Y", "902"),
        make_hetu("290200", "A", "123"),  # 29 Feb 2000 (leap year)
        make_hetu("290204", "-", "123"),  # 29 Feb 1904 (leap year)
        make_hetu("311299", "+", "002"),  # 1899, lowest assigned number
        make_hetu("010123", "b", "456"),  # lowercase century sign
        make_hetu("050505", "F", "999"),
    ],
)
def test_valid_hetu(code: str) -> None:
    assert is_valid_hetu(code)
    assert kinds(code) == [("hetu", code)]


@pytest.mark.parametrize(
    "text",
    ["({code})", "hetu: {code}.", "hetu:{code},", '"{code}"', "hetu{code}", "{code}!"],
)
def test_hetu_with_surrounding_punctuation(text: str) -> None:
    code = "131052-308T"
    assert kinds(text.format(code=code)) == [("hetu", code)]


@pytest.mark.parametrize(
    "code",
    [
        wrong_check("131052-308T"),
        wrong_check(make_hetu("010594", "Y", "903")),
        "310298-123" + "A",  # 31 Feb does not exist (whatever the check character)
        make_hetu("310298", "-", "123"),  # right check character for a date that is not real
        make_hetu("290200", "-", "123"),  # 29 Feb 1900: not a leap year
        make_hetu("290201", "A", "123"),  # 29 Feb 2001: not a leap year
        make_hetu("011399", "-", "123"),  # month 13
        make_hetu("000199", "-", "123"),  # day 0
        make_hetu("150385", "G", "247"),  # no such century sign
        make_hetu("150385", "-", "001"),  # individual numbers 000 and 001 are never assigned
        "131052-308T1",  # part of a longer number
        "131052308T",  # too short: no century sign
    ],
)
def test_invalid_hetu_is_not_flagged(code: str) -> None:
    assert not is_valid_hetu(code)
    assert [k for k, _ in kinds(code) if k == "hetu"] == []


def test_hetu_glued_to_digits_is_not_a_hetu() -> None:
    assert [k for k, _ in kinds("9131052-308T") if k == "hetu"] == []


# --- phone numbers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phone",
    [
        "040 123 4567",
        "0401234567",
        "+358 40 123 4567",
        "+358401234567",
        "09 1234 5678",
        "050-123 4567",
        "(09) 123 456",
        "045 1234567",
        "03 123 4567",
        "+358 (0)40 123 4567",
        "00358 40 123 4567",
        "+46 70 123 45 67",
        "+1 212 555 0199",
        "0400 123 456",
    ],
)
def test_phone_numbers(phone: str) -> None:
    assert kinds(f"Soita numeroon {phone} huomenna.") == [("phone", phone)]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("puh.040 123 4567", "040 123 4567"),
        ("tel:+358401234567", "+358401234567"),
        ("klo 10 040 123 4567", "040 123 4567"),
        ("numero 0401234567, kiitos", "0401234567"),
        ("040 123 4567 2 kertaa", "040 123 4567"),
    ],
)
def test_phone_in_context(text: str, phone: str) -> None:
    assert kinds(text) == [("phone", phone)]


@pytest.mark.parametrize(
    "text",
    [
        "Tavattiin 12.3.2024 klo 9.",
        "päivämäärä 2024-03-12",
        "päivystys 9-11",
        "aika 13:00-15:00",
        "klo 0900-1100",
        "summa 1 234,50 €",
        "vuokra 450 euroa",
        "vuodet 2023-2024",
        "lomake SV 160",
        "lomake Y 38",
        "TT 1 ja HA 1",
        "KELA SV 115",
        "OM 1",
        "viite RF18 5390 0754 7034",
        "viite 1234561",
        "viite 12345 67890 12345",
        "viite 12345678901234",
        "postinumero 33720",
        "12 kävijää, 45 %",
        "0,5 %",
        "01-02-2024",
        "osuus 05",
        "10.30-12.00",
        "ma-pe 8-15",
        "0 euroa",
        "kuukausi 01/2024",
        # organisations' service numbers belong to no person
        "Soitettiin Kelaan 020 692 207",
        "TE-palvelut 0295 025 500",
        "maksuton 0800 123 456",
        "Kela +358 20 692 207",
    ],
)
def test_phone_near_misses(text: str) -> None:
    assert find_pii(text) == []


# --- e-mail --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "email",
    [
        "name@example.fi",
        "matti.meikalainen@example.com",
        "first.last+kela@sub.example.org",
        "a_b-c@mail.example.fi",
        "Etu.Suku@Example.FI",
    ],
)
def test_email(email: str) -> None:
    assert kinds(f"Sähköposti: {email}.") == [("email", email)]


@pytest.mark.parametrize(
    "text",
    ["name at example dot fi", "@kela", "hinta 5 € @ kpl", "user@localhost", "a@b"],
)
def test_email_near_misses(text: str) -> None:
    assert find_pii(text) == []


# --- IBAN ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "iban",
    [
        "FI21 1234 5600 0007 85",
        "FI2112345600000785",
        "fi21 1234 5600 0007 85",
        "DE89 3704 0044 0532 0130 00",
        "GB82 WEST 1234 5698 7654 32",
        "SE45 5000 0000 0583 9825 7466",
        "NO9386011117947",
    ],
)
def test_iban(iban: str) -> None:
    assert kinds(f"Tilille {iban}, kiitos") == [("iban", iban)]


@pytest.mark.parametrize(
    "text",
    [
        "FI21 1234 5600 0007 86",  # wrong check digits
        "FI2112345600000786",
        "AB12 3456 7890 1234 56",  # no such country
        "ABCD1234EFGH5678IJKL",
        "FI21 1234 5600 0007 8599",  # too long for a Finnish IBAN
    ],
)
def test_iban_near_misses(text: str) -> None:
    assert [k for k, _ in kinds(text) if k == "iban"] == []


# --- several findings, positions --------------------------------------------------------------


def test_multiple_findings_sorted_and_positioned() -> None:
    hetu = make_hetu("010594", "Y", "903")
    text = (
        f"Hetu {hetu}, puh 040 123 4567, posti x.y@example.fi, "
        "tili FI21 1234 5600 0007 85."
    )
    found = find_pii(text)
    assert [f.kind for f in found] == ["hetu", "phone", "email", "iban"]
    assert [text[f.start:f.end] for f in found] == [
        hetu,
        "040 123 4567",
        "x.y@example.fi",
        "FI21 1234 5600 0007 85",
    ]
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_digits_inside_email_are_not_a_phone() -> None:
    text = "matti.0401234567@example.fi"
    assert kinds(text) == [("email", text)]


@pytest.mark.parametrize("text", [None, "", "Asiakas tarvitsi apua asumistuen hakemisessa."])
def test_clean_text(text: str | None) -> None:
    assert find_pii(text) == []
    check_text("note", text)  # does not raise


def test_finding_describe_and_labels() -> None:
    assert set(KIND_LABELS) == {"hetu", "phone", "email", "iban"}
    assert PiiFinding("hetu", 0, 11).describe() == "a personal identity code"
    assert PiiFinding("phone", 0, 10).describe() == KIND_LABELS["phone"]


# --- errors and messages ----------------------------------------------------------------------


def test_check_text_message_says_what_and_where() -> None:
    text = "Asiakkaan 131052-308T asia"
    with pytest.raises(PiiError) as info:
        check_text("note", text)
    err = info.value
    assert isinstance(err, ValidationError)
    assert err.code == "pii"
    assert err.field == "note"
    msg = err.errors["note"]
    assert msg == (
        "contains a personal identity code (characters 11–21); "
        "remove it — visitors are never identified"
    )
    assert text[10:21] == "131052-308T"


@pytest.mark.parametrize(
    "secret",
    [
        "131052-308T",
        "040 123 4567",
        "0401234567",
        "name@example.fi",
        "FI21 1234 5600 0007 85",
        "+358401234567",
    ],
)
def test_messages_never_repeat_the_secret(secret: str) -> None:
    with pytest.raises(PiiError) as info:
        check_text("note", f"tieto: {secret}")
    digits = "".join(ch for ch in secret if ch.isalnum())
    for text in (str(info.value), info.value.message, *info.value.errors.values()):
        assert secret not in text
        assert digits not in "".join(ch for ch in text if ch.isalnum())


def test_message_for_several_findings() -> None:
    with pytest.raises(PiiError) as info:
        check_text("note", "040 123 4567 tai a@b.fi")
    msg = info.value.errors["note"]
    assert "a phone number (characters 1–12)" in msg
    assert "an e-mail address (characters 18–23)" in msg
    assert "remove them" in msg


def test_check_fields_reports_every_offending_field() -> None:
    fields = {
        "summary": "Asiakas 131052-308T",
        "topic_note": "ei mitään tunnistettavaa",
        "followup": "soita 040 123 4567",
        "empty": None,
        "contact": "x@example.fi",
    }
    with pytest.raises(PiiError) as info:
        check_fields(fields)
    err = info.value
    assert list(err.errors) == ["summary", "followup", "contact"]
    assert err.field == "summary"
    assert "personal identity code" in err.errors["summary"]
    assert "phone number" in err.errors["followup"]
    assert "e-mail address" in err.errors["contact"]


def test_check_fields_clean() -> None:
    check_fields({"a": "Kela-asia hoidettu 12.3.2024", "b": None, "c": ""})
