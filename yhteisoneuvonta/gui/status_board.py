"""Coordinator: the status board — every device, what arrived from it and when, what is
missing and what was refused; enrol (from a file or a fingerprint seen) and revoke."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services import status
from ..services import sync as sync_svc
from .context import AppContext
from .coordinator.dialogs import dialogs
from .errors import show_error
from .import_page import reason_text
from .widgets import Retranslating, local_text
from .workers import run_in_background

LATE_DAYS = 8  # a weekly bundle older than this is shown in red

COLUMNS = ("adviser", "sites", "last", "when", "missing", "refusals", "state")
SITES = COLUMNS.index("sites")
MISSING_SHOWN = 3  # runs of missing bundle numbers a cell shows; the details list them all


def missing_text(missing: list[int]) -> str:
    """Missing bundle numbers as runs, "1–3, 7", cut short after a few runs so the column
    stays narrow (the details of the chosen device list every number)."""
    runs: list[list[int]] = []
    for n in sorted(missing):
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    parts = [str(a) if a == b else f"{a}–{b}" for a, b in runs]
    if len(parts) > MISSING_SHOWN:
        parts = parts[:MISSING_SHOWN] + ["…"]
    return ", ".join(parts)


class StatusBoard(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBoard")
        self.ctx = ctx
        self.data: dict = {"devices": [], "unknown": [], "unattributed": []}
        self.rows: list[dict] = []
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.summary = QLabel()
        self.summary.setObjectName("boardSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.PlainText)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("boardTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Every column as wide as its contents except the sites, which take what is left (and
        # elide): the state, last, always fits on a 1366-wide screen, in every language.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(SITES, QHeaderView.Stretch)
        self.table.setTextElideMode(Qt.ElideRight)
        self.table.itemSelectionChanged.connect(self._show_details)
        self.details = QPlainTextEdit()
        self.details.setObjectName("boardDetails")
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(170)
        self.enrol_file_button = QPushButton()
        self.enrol_file_button.setObjectName("enrolFile")
        self.enrol_file_button.clicked.connect(self.enrol_from_file)
        self.enrol_seen_button = QPushButton()
        self.enrol_seen_button.setObjectName("enrolSeen")
        self.enrol_seen_button.clicked.connect(self.enrol_seen)
        self.revoke_button = QPushButton()
        self.revoke_button.setObjectName("revokeDevice")
        self.revoke_button.clicked.connect(self.revoke)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        for b in (self.enrol_file_button, self.enrol_seen_button, self.revoke_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.details)
        ctx.records_changed.connect(lambda kind: self.refresh() if kind == "bundle" else None)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Status board"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Adviser"), self.tr("Sites"), self.tr("Last bundle"), self.tr("Made"),
            self.tr("Missing"), self.tr("Refused"), self.tr("State")])
        self.table.setAccessibleName(self.tr("Devices"))
        self.details.setAccessibleName(self.tr("Details of the chosen device"))
        self.enrol_file_button.setText(self.tr("Enrol from an &enrolment file…"))
        self.enrol_seen_button.setText(self.tr("Enrol the &chosen device…"))
        self.revoke_button.setText(self.tr("&Revoke the chosen device…"))
        self.refresh_button.setText(self.tr("Refresh"))
        for b in (self.enrol_file_button, self.enrol_seen_button, self.revoke_button, self.refresh_button):
            b.setAccessibleName(b.text().replace("&", "").rstrip("…"))
        self._fill()

    def refresh(self) -> None:
        ws = self.ctx.ws
        run_in_background(self, lambda: status.board(ws), on_success=self._loaded)

    def _loaded(self, data: dict) -> None:
        self.data = data
        self._fill()

    # -- showing ------------------------------------------------------------------------------
    def _ago(self, days: int | None) -> str:
        if days is None:
            return ""
        if days == 0:
            return self.tr("today")
        return self.tr("%1 days ago").replace("%1", str(days)) if days != 1 else self.tr("yesterday")

    def _state(self, d: dict) -> str:
        if not d["enrolled"]:
            return self.tr("Not enrolled")
        if d["revoked_at"]:
            return self.tr("Revoked %1").replace("%1", local_text(d["revoked_at"], "%d.%m.%Y"))
        if d["last_seq"] is None:
            return self.tr("Nothing received yet")
        if d.get("forks") or d.get("chain_breaks"):
            return self.tr("Check the chain")
        if d.get("clock_ahead_days"):
            return self.tr("Clock ahead")
        if (d["days_since"] or 0) > LATE_DAYS:
            return self.tr("Late")
        return self.tr("OK")

    def _fill(self) -> None:
        self.rows = list(self.data["devices"]) + list(self.data["unknown"])
        self.table.setRowCount(len(self.rows))
        for i, d in enumerate(self.rows):
            who = d["adviser_code"] or d["device_id"][:8]
            last = "" if d["last_seq"] is None else str(d["last_seq"])
            when = f"{local_text(d['last_bundle_at'], '%d.%m.%Y')} ({self._ago(d['days_since'])})" \
                if d["last_bundle_at"] else ""
            cells = [who, ", ".join(self.ctx.site_name(s) for s in d["sites"]), last, when,
                     missing_text(d["missing"]), str(len(d["refusals"])) if d["refusals"] else "",
                     self._state(d)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, d["device_id"])
                if col in (SITES, 4) and text:
                    item.setToolTip(", ".join(map(str, d["missing"])) if col == 4 else text)
                warn = (col == 4 and d["missing"]) or (col == 5 and d["refusals"]) or \
                       (col == 6 and text not in (self.tr("OK"),))
                if warn:
                    item.setForeground(QColor("#b00020"))
                self.table.setItem(i, col, item)
        n_dev = len(self.data["devices"])
        late = sum(1 for d in self.data["devices"] if self._state(d) in (self.tr("Late"),
                                                                           self.tr("Nothing received yet")))
        missing = sum(len(d["missing"]) for d in self.rows)
        parts = [self.tr("%n device(s) enrolled", "", n_dev),
                 self.tr("%n late or silent", "", late),
                 self.tr("%n bundle(s) missing", "", missing),
                 self.tr("%n refused file(s)", "", int(self.data.get("refusals", 0)))]
        if self.data["unknown"]:
            parts.append(self.tr("%n unknown device(s) sent bundles", "", len(self.data["unknown"])))
        self.summary.setText(" · ".join(parts))
        self.summary.setAccessibleName(self.summary.text())
        self._show_details()

    def chosen(self) -> dict | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.rows[min(rows)] if rows and min(rows) < len(self.rows) else None

    def _show_details(self) -> None:
        d = self.chosen()
        self.enrol_seen_button.setEnabled(bool(d and not d["enrolled"] and d.get("fingerprint")))
        self.revoke_button.setEnabled(bool(d and d["enrolled"] and not d["revoked_at"]))
        lines: list[str] = []
        if d is not None:
            who = d["adviser_code"] or d["device_id"][:8]
            lines.append(self.tr("%1 · device %2 · fingerprint %3").replace("%1", who)
                         .replace("%2", d["device_id"]).replace("%3", d.get("fingerprint") or "?"))
            if d["last_import"]:
                lines.append(self.tr("Last imported %1").replace("%1", local_text(d["last_import"])))
            lines += [self.tr("Bundle %1 of %2 is missing").replace("%1", str(n)).replace("%2", who)
                      for n in d["missing"]]
            rollbacks = set(d.get("rollbacks") or [])
            lines += [self.tr("Bundle %1 of %2: two different bundles with this number (fork). Two computers "
                              "may be sending as %2 (a copied laptop?): find out which one is %2's, revoke "
                              "this device and enrol each computer on its own.")
                      .replace("%1", str(n)).replace("%2", who) for n in d["forks"] if n not in rollbacks]
            lines += [self.tr("Bundle %1 of %2 arrived again with other content after later bundles "
                              "(rollback): %2's computer went back to an older backup. Ask the adviser to "
                              "check what was recorded since and send it again.")
                      .replace("%1", str(n)).replace("%2", who) for n in sorted(rollbacks)]
            lines += [self.tr("Bundle %1 of %2 does not follow the bundle before it (the chain is broken). "
                              "Ask the adviser whether the program was reinstalled or restored from a backup.")
                      .replace("%1", str(n)).replace("%2", who) for n in d.get("chain_breaks") or []]
            if d.get("conflicts"):
                lines.append(self.tr("%1 records of %2 arrived in two versions with the same number; the "
                                     "version not applied is kept for review in %3.")
                             .replace("%1", str(len(d["conflicts"]))).replace("%2", who)
                             .replace("%3", str(Path(d["conflicts"][0]["path"]).parent)))
            if d.get("clock_ahead_days"):
                lines.append(self.tr("The clock of %1's computer is about %2 days ahead. Ask the adviser to "
                                     "correct its date and time; this computer's clock is not affected.")
                             .replace("%1", who).replace("%2", str(d["clock_ahead_days"])))
            lines += self._refusal_lines(d["refusals"])
        loose = self.data.get("unattributed") or []
        if loose:
            lines += ["", self.tr("Refused files from no known device:")] + self._refusal_lines(loose)
        self.details.setPlainText("\n".join(lines))

    def _refusal_lines(self, refusals: list[dict]) -> list[str]:
        out = []
        for r in refusals:
            out.append(self.tr("Refused %1 (%2): %3").replace("%1", str(r.get("file")))
                       .replace("%2", local_text(r.get("refused_at"))).replace("%3", reason_text(r.get("reason"),
                                                                                            r.get("message"))))
            if r.get("quarantined"):
                out.append("    " + self.tr("Kept in %1").replace("%1", r["quarantined"]))
        return out

    # -- enrol and revoke -----------------------------------------------------------------
    def _done(self, text: str) -> None:
        self.ctx.status_message.emit(text)
        self.refresh()

    def enrol_from_file(self) -> None:
        path = dialogs().open_file(self, self.tr("Choose the adviser's enrolment file"), "JSON (*.json);;* (*)")
        if not path:
            return
        fp = dialogs().text(self, self.tr("Compare the fingerprint"),
                            self.tr("The fingerprint the adviser read out to you (leave empty to skip "
                                    "the check):"))
        try:
            device = sync_svc.enrol(self.ctx.ws, path, fp)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self._done(self.tr("Enrolled %1.").replace("%1", device["adviser_code"] or device["device_id"][:8]))

    def enrol_seen(self) -> None:
        d = self.chosen()
        if d is None or d["enrolled"] or not d.get("fingerprint"):
            return
        question = self.tr("Enrol the device %1 with the fingerprint\n\n%2\n\nCompare it with the fingerprint "
                           "shown on the adviser's computer first.").replace("%1", d["adviser_code"] or "?") \
            .replace("%2", d["fingerprint"])
        if not dialogs().confirm(self, self.tr("Enrol the device?"), question):
            return
        try:
            sync_svc.enrol_seen(self.ctx.ws, d["fingerprint"])
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self._done(self.tr("Enrolled %1. Import its refused bundles again.").replace("%1", d["adviser_code"] or "?"))

    def revoke(self) -> None:
        d = self.chosen()
        if d is None or not d["enrolled"]:
            return
        question = self.tr("Revoke %1? Its later bundles will be refused; what arrived earlier is kept.") \
            .replace("%1", d["adviser_code"] or d["device_id"][:8])
        if not dialogs().confirm(self, self.tr("Revoke the device?"), question):
            return
        try:
            sync_svc.revoke(self.ctx.ws, d["device_id"])
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self._done(self.tr("Revoked."))
