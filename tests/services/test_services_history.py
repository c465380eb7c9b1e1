"""History lists page by keyset: the same rows in the same order as OFFSET, ties included."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.records.inputs import EncounterInput, GroupSessionInput
from yhteisoneuvonta.services import history, logbook

SITE = "tre-annala-neuvonta"
NOW = datetime(2026, 11, 24, 8, 0, tzinfo=timezone.utc)


def _pages(ws: Workspace, q: history.HistoryQuery, size: int) -> list[list[dict]]:
    pages, after = [], None
    while True:
        page = history.fetch_after(ws, q, after, size)
        if not page:
            return pages
        pages.append(page)
        after = history.cursor(q, page[-1])


def test_keyset_pages_match_offset_order_with_equal_times(adviser_ws: Workspace) -> None:
    for i in range(23):
        # three records share each time: the keyset's tie-break on id decides their order
        logbook.create(adviser_ws, EncounterInput(site_id=SITE, occurred_at=NOW - timedelta(minutes=i // 3),
                                                  minutes=5 + i, topics=["tax"], note="kela" if i % 2 else None))
    for q in (history.HistoryQuery(kind="encounter"), history.HistoryQuery(kind="encounter", text="kela")):
        whole = history.fetch(adviser_ws, q)
        pages = _pages(adviser_ws, q, 4)
        assert [r["id"] for p in pages for r in p] == [r["id"] for r in whole]
        assert all(len(p) == 4 for p in pages[:-1])
        assert [r["id"] for r in history.fetch(adviser_ws, q, 8, 4)] == [r["id"] for r in pages[2]]


def test_list_rows_hold_only_what_a_list_shows(adviser_ws: Workspace) -> None:
    rec = logbook.create(adviser_ws, GroupSessionInput(
        site_id=SITE, kind="group", title="Kela-ilta", starts_at=NOW, ends_at=NOW + timedelta(hours=1),
        headcount_total=12, summary="long text that the list does not show"))
    [row] = history.fetch_after(adviser_ws, history.HistoryQuery(kind="group_session"))
    assert row == {"type": "group_session", "id": rec["id"], "starts_at": NOW, "site_id": SITE,
                   "deleted": False, "kind": "group", "title": "Kela-ilta", "headcount_total": 12}
    assert history.cursor(history.HistoryQuery(kind="group_session"), row) == (NOW, rec["id"])
    [row] = history.fetch_after(adviser_ws, history.HistoryQuery(kind="group_session"), extra=("device_id",))
    assert row["device_id"] == adviser_ws.device_id  # the coordinator's list shows whose it is
