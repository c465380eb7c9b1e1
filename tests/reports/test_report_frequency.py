"""Desk-session frequency in Helsinki time across the DST changes, and the all-municipalities
report (one query over every site, sliced per municipality) against one page at a time."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from tests.reports.conftest import ANNALA, HKI, LEMPAALA, build
from yhteisoneuvonta.records.inputs import SessionInput
from yhteisoneuvonta.reports import frequency
from yhteisoneuvonta.reports.document import PageBreak
from yhteisoneuvonta.reports.municipality import build_municipality
from yhteisoneuvonta.reports.periods import parse_period
from yhteisoneuvonta.reports.query import Filters, Query, utc_offsets
from yhteisoneuvonta.services import logbook


def local(y: int, m: int, d: int, h: int, minute: int = 0) -> datetime:
    return datetime(y, m, d, h, minute, tzinfo=HKI)


def _plus_two_hours(start: datetime) -> datetime:
    return start.astimezone(timezone.utc) + timedelta(hours=2)  # real hours, not wall-clock ones


def test_utc_offsets_name_the_dst_changes_of_2026() -> None:
    changes, after = utc_offsets(date(2026, 1, 1), date(2026, 12, 31))
    assert changes == [("2026-03-29 01:00:00.000000", "+120 minutes"),
                       ("2026-10-25 01:00:00.000000", "+180 minutes")]
    assert after == "+120 minutes"
    assert utc_offsets(date(2026, 11, 1), date(2026, 11, 30)) == ([], "+120 minutes")


def test_slots_keep_local_times_across_both_dst_changes(adviser_ws) -> None:
    # Tuesdays 9-11 local before and after the spring change, and around the autumn one;
    # shifts over local midnight and over the spring change; a 9.05 start counts as the 9 o'clock shift.
    tuesdays = [local(2026, 3, 17, 9), local(2026, 3, 24, 9, 5), local(2026, 3, 31, 9), local(2026, 10, 20, 9),
                local(2026, 10, 27, 9)]
    for start in tuesdays:
        logbook.create(adviser_ws, SessionInput(ANNALA, start, start + timedelta(hours=2), advisers=["N7"]))
    late = local(2026, 3, 28, 23)  # Saturday 23-01 local: ends after midnight
    night = local(2026, 3, 29, 2)  # Sunday 2-5 local: two real hours across the spring change
    for start in (late, night):
        logbook.create(adviser_ws, SessionInput(LEMPAALA, start, _plus_two_hours(start), advisers=["N7"]))
    q = Query(adviser_ws, Filters(period=parse_period("2026-03-01..2026-10-31")))
    got = {(s.site_id, s.weekday, s.start, s.end): s.held for s in frequency.slots(q)}
    # Independently: the same sessions read back and converted with zoneinfo.
    expected: dict[tuple[str, int, str, str], int] = {}
    for start, site in [(t, ANNALA) for t in tuesdays] + [(late, LEMPAALA), (night, LEMPAALA)]:
        s = start.astimezone(timezone.utc).astimezone(HKI)
        e = _plus_two_hours(start).astimezone(HKI)
        key = (site, s.weekday(), str(round((s.hour * 60 + s.minute) / 15) * 15 // 60),
               str(round((e.hour * 60 + e.minute) / 15) * 15 // 60))
        expected[key] = expected.get(key, 0) + 1
    assert got == expected == {(ANNALA, 1, "9", "11"): 5, (LEMPAALA, 5, "23", "1"): 1, (LEMPAALA, 6, "2", "5"): 1}


def _pages(doc) -> list[list]:
    pages: list[list] = [[]]
    for block in doc.blocks:
        if isinstance(block, PageBreak):
            pages.append([])
        else:
            pages[-1].append(block)
    return pages


def test_all_municipalities_equal_each_municipality_alone(adviser_ws) -> None:
    build(adviser_ws)
    logbook.create(adviser_ws, SessionInput(ANNALA, local(2026, 11, 20, 14), local(2026, 11, 20, 16),
                                            advisers=["N7"], professionals=["social_worker"]))
    filters = Filters(period=parse_period("2026-11"))
    every = build_municipality(adviser_ws, filters, lang="en", internal=True)
    ids = [m.id for m in adviser_ws.reference().municipalities]
    assert len(ids) > 1 and len(_pages(every)) == len(ids)
    for muni, page in zip(ids, _pages(every)):
        alone = build_municipality(adviser_ws, Filters(period=filters.period, municipality=muni),
                                   lang="en", internal=True)
        assert page == alone.blocks, muni
