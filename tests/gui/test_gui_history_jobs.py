"""Background pages of history: answers for a deleted page or a replaced query are dropped.

A history page starts the count and page fetches on the thread pool; the user may change the
query or leave (the page is deleted) while they run. Nothing may crash, and no row of an old
query may end up in the list of the new one.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import shiboken6
from PySide6.QtCore import QThreadPool

from yhteisoneuvonta.gui import workers
from yhteisoneuvonta.gui.history_page import HistoryPage
from yhteisoneuvonta.gui.models import HistoryModel
from yhteisoneuvonta.records.inputs import EncounterInput, ObservationInput
from yhteisoneuvonta.services import history, logbook

PAGE = 7
ENCOUNTERS = 40
OBSERVATIONS = 9
ROUNDS = 40


def _fill(ws) -> None:
    start = datetime.now(timezone.utc) - timedelta(days=10)
    for i in range(ENCOUNTERS):
        # pairs share a time: the keyset must order ties by id
        logbook.create(ws, EncounterInput(
            site_id="tre-annala-neuvonta", occurred_at=start + timedelta(minutes=10 * (i // 2)), minutes=10,
            topics=["tax" if i % 2 else "housing"]))
    for i in range(OBSERVATIONS):
        logbook.create(ws, ObservationInput(
            site_id="tre-annala-neuvonta", observed_at=start + timedelta(hours=i), theme="eservices",
            text=f"havainto {i}"))


def _settled() -> bool:
    return not workers._running and QThreadPool.globalInstance().activeThreadCount() == 0


def test_deleting_pages_and_changing_queries_while_jobs_run(qtbot, window, monkeypatch):
    monkeypatch.setattr(HistoryModel, "page_size", PAGE)
    ctx = window.ctx
    _fill(ctx.ws)
    for n in range(ROUNDS):
        page = HistoryPage(ctx)
        page.resize(900, 600)
        page.show()  # the first query starts: a count and a page on the pool
        model = page.model
        model.fetchMore()  # already loading: ignored
        if n % 2:
            page.kind.setCurrentIndex(page.kind.findData("observation"))  # a new query while the old runs
        if n % 3 == 0:
            qtbot.waitUntil(lambda: model.rowCount() > 0)
            model.fetchMore()  # a second page in flight
            page.deleted.setChecked(True)  # and the query replaced under it
        if n % 4 == 0:
            qtbot.wait(1)  # some answers already queued, some still running
        shiboken6.delete(page)  # the user left: the page and its model are gone at once
        assert not shiboken6.isValid(model)
        del page, model
    qtbot.waitUntil(_settled, timeout=10_000)
    qtbot.wait(20)  # anything still queued is delivered (and dropped) now


def test_rows_of_a_replaced_query_never_reach_the_list(qtbot, window, monkeypatch):
    monkeypatch.setattr(HistoryModel, "page_size", PAGE)
    ctx = window.ctx
    _fill(ctx.ws)
    page = window.show_page("history")
    model = page.model
    kinds = ["encounter", "observation"]
    for n in range(ROUNDS):
        model.set_query(history.HistoryQuery(kind=kinds[n % 2]))
        if n % 3 == 0:
            qtbot.waitUntil(lambda: model.rowCount() > 0)
            model.fetchMore()  # the next page is asked for, then the query changes under it
    final = history.HistoryQuery(kind="encounter")
    model.set_query(final)
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.total == ENCOUNTERS and not model.loading)
    while model.canFetchMore():
        model.fetchMore()
        qtbot.waitUntil(lambda: not model.loading)
    refs = [model.row_ref(i) for i in range(model.rowCount())]
    assert [r.id for r in refs] == [r["id"] for r in history.fetch(ctx.ws, final)]
    assert {r.kind for r in refs} == {"encounter"}
    qtbot.waitUntil(_settled, timeout=10_000)
