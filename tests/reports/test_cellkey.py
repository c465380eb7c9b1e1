"""Record keys: made from the id under a secret kept in the store, filled in lazily, stable
across re-imports, never in a bundle; the public table never shows 1-4 as themselves."""
from __future__ import annotations

import sqlite3

import pytest

from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.paths import DB_FILENAME
from yhteisoneuvonta.reports.cellkey import SECRET_SETTING, ensure_keys, installation_secret, record_key
from yhteisoneuvonta.reports.disclosure import (
    MAX_NOISE,
    PTABLE,
    Counted,
    UnkeyedCountError,
    possible_counts,
    protect,
    publish,
    published_count,
    support,
)
from yhteisoneuvonta.reports.tables import Column, Table


def keys(ws) -> dict[str, int]:
    con = sqlite3.connect(ws.data_dir / DB_FILENAME)
    try:
        return dict(con.execute("SELECT id, cell_key FROM encounters"))
    finally:
        con.close()


def test_keys_are_stable_and_refilled(handmade) -> None:
    ws, _ = handmade
    ensure_keys(ws)
    first = keys(ws)
    secret = installation_secret(ws)
    assert first and all(k == record_key(secret, i) for i, k in first.items())
    # An import that writes a record again leaves its key empty: the next count gives it back.
    con = sqlite3.connect(ws.data_dir / DB_FILENAME)
    con.execute("UPDATE encounters SET cell_key = NULL")
    con.commit()
    con.close()
    assert ensure_keys(ws) == len(first) and keys(ws) == first
    assert ensure_keys(ws) == 0
    data = ws.data_dir
    ws.close()
    again = Workspace(data)  # the secret is kept: the same installation, the same keys
    try:
        assert installation_secret(again) == secret and keys(again) == first
    finally:
        again.close()


def test_keys_never_travel_in_a_bundle(handmade) -> None:
    """A bundle's payload follows the versioned record schema, not the ORM's columns: the local
    key column is in no version of it, though every synced table has it."""
    from yhteisoneuvonta.sync.record_schema import FIELDS, READS, fields

    ws, _ = handmade
    ensure_keys(ws)
    assert all("cell_key" not in {f.name for f in fields(kind, v)} for kind in FIELDS for v in READS)
    con = sqlite3.connect(ws.data_dir / DB_FILENAME)
    try:
        for table in ("encounters", "form_helps", "desk_sessions", "group_sessions", "observations",
                      "instrument_answers"):
            assert "cell_key" in [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
    finally:
        con.close()


def test_the_public_table() -> None:
    for n in range(1, 5):
        assert n not in support(n)  # never published as itself
    for n in range(0, 40):
        for key in (0, 1, 2**31, 2**32 - 1, 123456789):
            p = published_count(n, key)
            assert p in support(n) and abs(p - n) <= max(MAX_NOISE, 8) and p >= 0
            lo, hi = possible_counts(p)
            assert lo <= n <= hi
    assert published_count(0, 999) == 0
    assert [sum(w for _p, w in row) for row in PTABLE.values()] == [1000] * 5


def test_protect_refuses_a_count_without_key_and_derives_from_published() -> None:
    cols = [Column("id", "id"), Column("count", "n", "count"),
            Column("share", "%", "percent", depends_on="count", derive="share")]
    rows = [["a", Counted(40, 11), 40.0], ["b", Counted(60, 22), 60.0], ["t", Counted(100, 33), 100.0]]
    out = protect([Table("t", "T", cols, rows, total_row=True)], internal=False, lang="en")[0]
    assert out.rows[0][1] == publish(Counted(40, 11)) and out.flags[0] == [None, "perturbed", "perturbed"]
    assert out.rows[0][2] == round(100 * out.rows[0][1] / out.rows[2][1], 1)
    assert "totals may differ" in out.note
    assert Counted(3, 5) + Counted(4, 2**32 - 1) == 7 and (Counted(3, 5) + Counted(4, 2**32 - 1)).key == 4
    assert sum([Counted(1, 1), Counted(2, 2)]).key == 3
    with pytest.raises(UnkeyedCountError):
        protect([Table("t", "T", cols, [["a", 7, None]])], internal=False)
