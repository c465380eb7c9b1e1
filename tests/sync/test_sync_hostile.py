"""The catalogue of damaged and hostile bundles (issue 12): each is refused with its own
reason, the store is left exactly as it was, no traceback is logged, and the good bundle
after it in the same batch is imported."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Callable

import pytest
from hostile import (
    flip_compressed,
    member_name_bytes,
    raw_payload,
    set_encrypted_flag,
    signed_raw_payload,
    with_manifest,
)
from sync_helpers import pair, snapshot  # noqa: F401
from test_sync_bad_bundles import _record, _refused, _zip, craft, env  # noqa: F401

from yhteisoneuvonta.services import sync as svc
from yhteisoneuvonta.sync import bundle as B
from yhteisoneuvonta.sync.minisign import SecretKey

Build = Callable[[Any, Any, bytes], bytes]


def _rec(a, **changes: Any) -> dict[str, Any]:
    return {**_record(a), **changes}


def _nested(depth: int) -> Any:
    value: Any = "x"
    for _ in range(depth):
        value = [value]
    return value


def _payload_with(a, text_field: str) -> bytes:
    """A signed bundle whose one encounter has ``text_field`` spliced in raw as its note."""
    rec = _rec(a, note="PLACEHOLDER")
    plain = raw_payload(a, {"encounter": [rec]}).replace(b'"PLACEHOLDER"', text_field.encode())
    return signed_raw_payload(a, plain, {"encounter": 1})


CATALOGUE: dict[str, tuple[Build, str]] = {
    # the container, no key needed
    "empty file": (lambda a, c, v: b"", "empty_file"),
    "bit rot in deflate data": (lambda a, c, v: flip_compressed(v), "damaged_data"),
    "ZIP-encrypted member": (lambda a, c, v: set_encrypted_flag(v), "encrypted_member"),
    "member name not UTF-8": (lambda a, c, v: member_name_bytes(v, b"\xc3\x28"), "bad_member_name"),
    "member name a lone surrogate": (lambda a, c, v: member_name_bytes(v, b"\xed\xa0\x80x"), "bad_member_name"),
    "member name with escape codes": (lambda a, c, v: _zip([*__import__("hostile").members(v),
                                                            ("evil\x1b[2J.txt", b"x")]), "bad_member_name"),
    # the manifest, read before its signature can be checked
    "manifest nested 100,000 deep": (lambda a, c, v: with_manifest(v, b"[" * 100_000 + b"]" * 100_000),
                                     "json_too_deep"),
    "manifest nested 10 deep": (lambda a, c, v: with_manifest(v, str(_nested(10)).replace("'", '"').encode()),
                                "json_too_deep"),
    "manifest 5,000-digit number": (lambda a, c, v: with_manifest(v, b'{"seq": ' + b"9" * 5000 + b"}"),
                                    "number_too_large"),
    "manifest Infinity": (lambda a, c, v: with_manifest(v, b'{"seq": Infinity}'), "number_too_large"),
    "manifest 1e999": (lambda a, c, v: with_manifest(v, b'{"seq": 1e999}'), "number_too_large"),
    "manifest lone surrogate": (lambda a, c, v: with_manifest(v, b'{"adviser_code": "\\ud800"}'), "bad_text"),
    "manifest not UTF-8": (lambda a, c, v: with_manifest(v, b'{"adviser_code": "\xff\xfe"}'), "bad_text"),
    "manifest long string": (lambda a, c, v: with_manifest(v, b'{"x": "' + b"a" * 10_000 + b'"}'),
                             "string_too_long"),
    # verify before trusting: a forged manifest says nothing, not even "update the program"
    "forged future format, unsigned": (lambda a, c, v: _zip([(n, b) for n, b in __import__("hostile").members(
        with_manifest(v, b'{"format": "yhteisoneuvonta-bundle", "format_version": 99}')) if not n.endswith(
        ".minisig")]), "unsigned"),
    "forged future format, stranger's key": (lambda a, c, v: craft(a, key=SecretKey.generate(),
                                                                    format_version=99), "unknown_key"),
    "forged future format, enrolled key id": (lambda a, c, v: with_manifest(
        v, b'{"format": "yhteisoneuvonta-bundle", "format_version": 99}'), "bad_signature"),
    "stranger offers the real key": (lambda a, c, v: craft(a, key=SecretKey.generate(),
                                                           device_public_key=svc.keys_info(a)["public_key"]),
                                     "unknown_key"),
    # limits behind the signature
    "declares 300,000 records": (lambda a, c, v: craft(a, counts={"encounter": 300_000}), "too_many_records"),
    "payload 5,000-digit number": (lambda a, c, v: _payload_with(a, "1" + "0" * 5000), "number_too_large"),
    "payload lone surrogate in a note": (lambda a, c, v: _payload_with(a, '"Kela \\udc80 asia"'), "bad_text"),
    "payload nested 50 deep": (lambda a, c, v: _payload_with(a, str(_nested(50)).replace("'", '"')),
                               "json_too_deep"),
    "payload nested 100,000 deep": (lambda a, c, v: _payload_with(a, "[" * 100_000 + "]" * 100_000),
                                    "json_too_deep"),
    "payload not UTF-8": (lambda a, c, v: signed_raw_payload(a, b'{"format": "\xff"}', {}), "bad_text"),
    # time
    "bundle made in 2019": (lambda a, c, v: craft(a, created_at="2019-05-01T10:00:00+00:00"), "implausible_time"),
    "bundle made in year 1 at +14:00": (lambda a, c, v: craft(a, created_at="0001-01-01T00:00:00+14:00"),
                                        "implausible_time"),
    "record in 2099": (lambda a, c, v: craft(a, records={"encounter": [_rec(a, occurred_at="2099-01-01T10:00:00+00:00")]}),
                       "implausible_time"),
    "record in 2019": (lambda a, c, v: craft(a, records={"encounter": [_rec(a, occurred_at="2019-01-01T10:00:00+00:00")]}),
                       "implausible_time"),
    "record at the end of year 9999": (lambda a, c, v: craft(a, records={"encounter": [
        _rec(a, updated_at="9999-12-31T23:59:59-12:00")]}), "implausible_time"),
    "record in year 1": (lambda a, c, v: craft(a, records={"encounter": [
        _rec(a, created_at="0001-01-01T00:00:00+14:00")]}), "implausible_time"),
}


@pytest.mark.parametrize("case", sorted(CATALOGUE))
def test_hostile_bundle_refused_and_batch_goes_on(env, tmp_path: Path, case: str,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    adviser, coord, valid = env
    build, expected = CATALOGUE[case]
    data = build(adviser, coord, valid)
    caplog.set_level(logging.INFO)
    outcome = _refused(coord, data, tmp_path)  # the whole store compared before and after
    assert outcome.reason == expected, outcome.message
    assert "Update the program" not in outcome.message
    assert outcome.message.isprintable()
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "a-bad.yn.zip").write_bytes(data)
    (batch / "b-good.yn.zip").write_bytes(valid)
    report = svc.import_bundles(coord, [batch])
    assert [b.status for b in report.bundles] == ["refused", "imported"]
    assert report.bundles[0].reason == expected
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]


def test_catalogue_has_a_case_per_reason_of_issue_12() -> None:
    wanted = {"empty_file", "damaged_data", "encrypted_member", "bad_member_name", "json_too_deep",
              "number_too_large", "bad_text", "string_too_long", "too_many_records", "implausible_time",
              "unsigned", "unknown_key", "bad_signature"}
    assert wanted <= {reason for _, reason in CATALOGUE.values()}
