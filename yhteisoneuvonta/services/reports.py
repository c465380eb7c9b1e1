"""Building the unit's reports and session summaries: the use cases the CLI and GUI share.

GUI use::

    stats = statistics(ws, period="2026-11", municipality="tampere")   # tables for views and charts
    doc = build_report(ws, "municipality", period="2026", lang="fi")  # a Document
    export_report(ws, "weekly", "xlsx", path, period="2026-W47")      # a file
    session_summary(ws, session_id, path)                              # desk or group session PDF
    take_home_sheet(ws, encounter_id, path, lang="sv")                 # a visitor's one-page sheet

Every outgoing figure is protected by the cell key method (reports/disclosure.py) unless
``internal=True``; an internal report is marked "SISÄINEN / INTERNAL" on every page. Outgoing
reports and the statistics view marked outgoing take calendar periods only (week, month,
quarter, year); free day ranges are for internal use.
"""
from __future__ import annotations

import os
import secrets
import time
from pathlib import Path

from ..core.workspace import Workspace
from ..errors import OutgoingPeriodError, UsageError
from ..languages import LANGUAGES as LANGS
from ..reports.disclosure import protect
from ..reports.document import Document
from ..reports.periods import CALENDAR_HELP, Period, parse_period
from ..reports.query import Filters
from ..reports.statistics import Statistics
from ..reports.tables import Table
from ..reports.writers import write

REPORT_KINDS = ("weekly", "municipality", "social")
FORMATS = ("pdf", "csv", "xlsx", "json", "excel-csv")  # excel-csv: semicolons, decimal comma, BOM (Finnish Excel)


def check_outgoing_period(period: Period | None, *, internal: bool) -> None:
    """Outgoing figures only for calendar periods: two free ranges a day apart would differ by
    one day's visitors, and subtracting them could single out a visitor."""
    if internal:
        return
    if period is None or not period.calendar:
        text = period.text if period is not None else "all data"
        raise OutgoingPeriodError(
            f"period '{text}' is not a calendar period: outgoing figures are published for {CALENDAR_HELP} "
            "only, so that two reports cannot be subtracted to single out one visitor; "
            "a free period needs --internal (internal use only)", period=text)


def publish_tables(stats: Statistics, tables: list[Table], *, internal: bool) -> list[Table]:
    """Tables of the statistics view or ``stats`` command as they may be shown: protected by the
    cell key method (the same values as in every outgoing report) unless ``internal``."""
    check_outgoing_period(stats.period if stats.filters.period is not None else None, internal=internal)
    return protect(tables, internal=internal, lang=stats.lang)


def _check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise UsageError(f"language '{lang}' is not available: use {', '.join(LANGS)}", reason="unknown_language",
                         lang=lang, choices=", ".join(LANGS))


def make_filters(period: str | Period | None = None, *, municipality: str | None = None,
                 site: str | None = None, site_kind: str | None = None, device: str | None = None) -> Filters:
    if isinstance(period, str):
        period = parse_period(period)
    return Filters(period=period, municipality=municipality or None, site=site or None,
                   site_kind=site_kind or None, device=device or None)


def statistics(ws: Workspace, period: str | Period | None = None, *, municipality: str | None = None,
               site: str | None = None, site_kind: str | None = None, device: str | None = None,
               lang: str = "fi") -> Statistics:
    """The statistics for these filters; call its methods for tables (raw, unsuppressed)."""
    _check_lang(lang)
    filters = make_filters(period, municipality=municipality, site=site, site_kind=site_kind, device=device)
    stats = Statistics(ws, filters, lang)
    if filters.site:  # validates the site (and that it lies in the municipality)
        filters.site_ids(stats.ref)
    return stats


def build_report(ws: Workspace, kind: str, *, period: str | Period | None, municipality: str | None = None,
                 site: str | None = None, site_kind: str | None = None, device: str | None = None,
                 lang: str = "fi", internal: bool = False) -> Document:
    _check_lang(lang)
    filters = make_filters(period, municipality=municipality, site=site, site_kind=site_kind, device=device)
    if kind not in REPORT_KINDS:
        raise UsageError(f"unknown report '{kind}': use {', '.join(REPORT_KINDS)}", reason="unknown_report",
                         kind=kind, choices=", ".join(REPORT_KINDS))
    check_outgoing_period(filters.period, internal=internal)
    if filters.site:
        filters.site_ids(ws.reference())
    if kind == "weekly":
        from ..reports.weekly import build_weekly

        return build_weekly(ws, filters, lang=lang, internal=internal)
    if kind == "municipality":
        from ..reports.municipality import build_municipality

        return build_municipality(ws, filters, lang=lang, internal=internal)
    if kind == "social":
        from ..reports.social import build_social

        return build_social(ws, filters, lang=lang, internal=internal)
    raise UsageError(f"unknown report '{kind}': use {', '.join(REPORT_KINDS)}", reason="unknown_report",
                         kind=kind, choices=", ".join(REPORT_KINDS))


def export_report(ws: Workspace, kind: str, fmt: str, out: Path | str, *, period: str | Period | None,
                  municipality: str | None = None, site: str | None = None, site_kind: str | None = None,
                  device: str | None = None, lang: str = "fi", internal: bool = False) -> Path:
    if fmt not in FORMATS:
        raise UsageError(f"unknown format '{fmt}': use {', '.join(FORMATS)}", reason="unknown_format",
                         fmt=fmt, choices=", ".join(FORMATS))
    doc = build_report(ws, kind, period=period, municipality=municipality, site=site, site_kind=site_kind,
                       device=device, lang=lang, internal=internal)
    return write(doc, fmt, out)


def session_document(ws: Workspace, session_id: str, *, lang: str = "fi") -> Document:
    from ..reports.session import build_session_summary

    _check_lang(lang)
    return build_session_summary(ws, session_id, lang=lang)


def session_summary(ws: Workspace, session_id: str, out: Path | str, *, lang: str = "fi") -> Path:
    """The printed summary of a desk or group session as a PDF file."""
    return write(session_document(ws, session_id, lang=lang), "pdf", out)


PRINT_DIR = "print"
STALE_PRINT_COPY_S = 3600


def private_print_dir(data_dir: Path) -> Path:
    """``print/`` in the data folder, readable only by this user (an older install made it
    readable by all: tightened here), without copies left behind by a crash."""
    folder = Path(data_dir) / PRINT_DIR
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    now = time.time()
    for old in folder.glob("summary-*.pdf"):
        try:
            if now - old.stat().st_mtime > STALE_PRINT_COPY_S:
                old.unlink()
        except OSError:
            pass
    return folder


def print_copy(ws: Workspace, session_id: str, *, lang: str = "fi") -> Path:
    """A session's summary written for printing: a 0600 file in the private print folder.
    Remove it with :func:`discard_print_copy` once printed; a copy to keep is saved with
    :func:`session_summary` where the user chooses."""
    path = private_print_dir(ws.data_dir) / f"summary-{session_id[:8]}-{secrets.token_hex(4)}.pdf"
    return write(session_document(ws, session_id, lang=lang), "pdf", path, mode=0o600)


def discard_print_copy(path: Path | str) -> None:
    Path(path).unlink(missing_ok=True)


def take_home_language(ws: Workspace, encounter_id: str) -> str | None:
    """The encounter's language if a take-home sheet can be in it (fi, sv, en), else None."""
    from ..reports.take_home import language_of

    return language_of(ws, encounter_id)


def take_home_sheet(ws: Workspace, encounter_id: str, out: Path | str, *, lang: str | None = None) -> Path:
    """A visitor's take-home sheet of one encounter as a one-page PDF, with nothing that
    identifies them. Without ``lang``: the encounter's language, if it is fi, sv or en."""
    from ..reports.take_home import build_take_home

    lang = lang or take_home_language(ws, encounter_id)
    if lang is None:
        raise UsageError(f"the encounter's language has no take-home sheet: choose one of {', '.join(LANGS)}",
                         reason="take_home_language_needed", choices=", ".join(LANGS))
    _check_lang(lang)
    return write(build_take_home(ws, encounter_id, lang=lang), "pdf", out)


def format_of(path: Path | str, fmt: str | None) -> str:
    """The format asked for, else the one the file name ends with."""
    if fmt:
        return fmt
    suffix = Path(path).suffix.lower().lstrip(".")  # a .csv is the script CSV unless asked
    if suffix in FORMATS:
        return suffix
    raise UsageError("say --format pdf|csv|xlsx|json (or end --out with .pdf, .csv, .xlsx or .json)",
                     reason="format_needed")
