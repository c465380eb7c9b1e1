"""Adviser: *Send the week* — the next bundle to a USB stick or a folder, earlier bundles with
the coordinator's receipts and *Send again*, the coordinator's file, this computer's keys."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.kinds import KIND_ORDER
from ..errors import YnError
from ..services import status, transport
from ..services import sync as sync_svc
from .context import AppContext
from .coordinator.dialogs import dialogs
from .errors import show_error
from .messages import bundle_reason_text
from .reference_page import AdviserReferenceBox, ThisComputerBox, clock_banner
from .widgets import Retranslating, local_text, scroll_area
from .workers import run_in_background


def kind_names() -> dict[str, tuple[str, str]]:
    """Record kind -> (one, many), for sentences like "12 encounters"."""
    return {  # literal calls, so lupdate finds them
        "desk_session": (QCoreApplication.translate("SendWeek", "desk session"), QCoreApplication.translate("SendWeek", "desk sessions")),
        "encounter": (QCoreApplication.translate("SendWeek", "encounter"), QCoreApplication.translate("SendWeek", "encounters")),
        "form_help": (QCoreApplication.translate("SendWeek", "form-filling help"), QCoreApplication.translate("SendWeek", "form-filling helps")),
        "instrument_answer": (QCoreApplication.translate("SendWeek", "questionnaire"), QCoreApplication.translate("SendWeek", "questionnaires")),
        "group_session": (QCoreApplication.translate("SendWeek", "group session"), QCoreApplication.translate("SendWeek", "group sessions")),
        "observation": (QCoreApplication.translate("SendWeek", "observation"), QCoreApplication.translate("SendWeek", "observations")),
    }


def counts_text(counts: dict[str, int]) -> str:
    names = kind_names()
    parts = [f"{n} {names[k][0 if n == 1 else 1]}" for k in KIND_ORDER if (n := int(counts.get(k, 0) or 0))]
    return ", ".join(parts)


def _ranges(seqs: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for n in sorted(set(seqs)):
        if out and out[-1][1] == n - 1:
            out[-1] = (out[-1][0], n)
        else:
            out.append((n, n))
    return out


class SendWeekPage(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sendWeekPage")
        self.ctx = ctx
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.clock = clock_banner()

        self.next_box = QGroupBox()
        self.next_text = QLabel()
        self.next_text.setObjectName("nextBundle")
        self.next_text.setWordWrap(True)
        self.send_button = QPushButton()
        self.send_button.setObjectName("sendWeek")
        self.send_button.setStyleSheet("font-size: 13pt; padding: 6px 18px;")
        self.send_button.clicked.connect(self.send_week)
        self.result = QLabel()
        self.result.setObjectName("sendResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextSelectableByMouse)
        # Where the week goes: chosen once, then Send writes there without asking.
        self.folder_text = QLabel()
        self.folder_text.setObjectName("sendFolder")
        self.folder_text.setWordWrap(True)
        self.folder_text.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.folder_button = QPushButton()
        self.folder_button.setObjectName("changeSendFolder")
        self.folder_button.clicked.connect(self.choose_send_folder)
        nl = QVBoxLayout(self.next_box)
        row = QHBoxLayout()
        row.addWidget(self.next_text, 1)
        row.addWidget(self.send_button)
        nl.addLayout(row)
        frow = QHBoxLayout()
        frow.addWidget(self.folder_text, 1)
        frow.addWidget(self.folder_button)
        nl.addLayout(frow)
        nl.addWidget(self.result)

        self.bundles_box = QGroupBox()
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("bundleTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.table.setMinimumHeight(150)
        self.again_button = QPushButton()
        self.again_button.setObjectName("sendAgain")
        self.again_button.clicked.connect(self.send_again)
        self.missing_button = QPushButton()
        self.missing_button.setObjectName("sendMissing")
        self.missing_button.clicked.connect(self.send_missing)
        self.bundles_hint = QLabel()
        self.bundles_hint.setWordWrap(True)
        bl = QVBoxLayout(self.bundles_box)
        bl.addWidget(self.bundles_hint)
        bl.addWidget(self.table)
        brow = QHBoxLayout()
        brow.addWidget(self.missing_button)
        brow.addWidget(self.again_button)
        brow.addStretch(1)
        bl.addLayout(brow)

        self.reference = AdviserReferenceBox(ctx)
        self.reference.applied.connect(self.refresh)
        self.computer = ThisComputerBox(ctx)

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.heading)
        layout.addWidget(self.clock)
        layout.addWidget(self.next_box)
        layout.addWidget(self.bundles_box)
        layout.addWidget(self.reference)
        layout.addWidget(self.computer)
        layout.addStretch(1)
        scroll = scroll_area(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.rows: list[dict] = []
        self.missing: list[int] = []
        ctx.records_changed.connect(lambda _: self.refresh())
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Send the week"))
        self.next_box.setTitle(self.tr("Next bundle"))
        self.folder_button.setText(self.tr("Change the send &folder…"))
        self.folder_button.setAccessibleName(self.tr("Change the send folder"))
        self.send_button.setText(self.tr("&Send the week…"))
        self.send_button.setAccessibleDescription(self.tr("Send the week"))
        self.bundles_box.setTitle(self.tr("Bundles sent earlier"))
        self.bundles_hint.setText(self.tr("A bundle is confirmed when the coordinator's file says it arrived. "
                                          "If a stick was lost, send the bundle again."))
        self.table.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Made"), self.tr("Contents"),
                                              self.tr("Arrived?")])
        self.table.setAccessibleName(self.tr("Bundles sent earlier"))
        self.again_button.setText(self.tr("Send the chosen &again…"))
        self.again_button.setAccessibleDescription(self.tr("Send the chosen bundles again"))
        self.missing_button.setText(self.tr("Send all &unconfirmed again…"))
        self.missing_button.setAccessibleDescription(self.tr("Send all unconfirmed bundles again"))
        self.refresh()

    def showEvent(self, event: object) -> None:  # noqa: N802
        self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    # -- state ------------------------------------------------------------------------------
    def refresh(self) -> None:
        ws = self.ctx.ws
        pending = status.pending_counts(ws)
        text = counts_text(pending)
        if pending.get("removed"):
            removed = self.tr("%n removed record(s)", "", int(pending["removed"]))
            text = f"{text}, {removed}" if text else removed
        self.next_text.setText(self.tr("The next bundle holds: %1.").replace("%1", text) if text
                               else self.tr("Nothing new since the last bundle. You can still send one: "
                                            "it tells the coordinator you had no visitors."))
        self.next_text.setAccessibleName(self.next_text.text())
        folder = transport.send_folder(ws)
        if not folder:
            self.folder_text.setText(self.tr("Send folder: not chosen yet. The first Send asks for it (a USB "
                                             "stick, or a folder that Teams or OneDrive syncs) and remembers it."))
        elif transport.send_folder_ready(ws):
            self.folder_text.setText(self.tr("Send folder: %1").replace("%1", folder))
        else:
            self.folder_text.setText(self.tr("Send folder: %1 is not there now. Plug in the USB stick, or "
                                             "change the folder.").replace("%1", folder))
        self.folder_text.setAccessibleName(self.folder_text.text())
        self.rows = sync_svc.bundles(ws)
        self.missing = sync_svc.unconfirmed(ws)
        refused = {r.get("seq"): r for r in (ws.setting("receipts") or {}).get("refusals", []) or []
                   if isinstance(r, dict)}
        applied = bool(ws.setting("reference_bundle_applied"))
        self.table.setRowCount(len(self.rows))
        for i, b in enumerate(reversed(self.rows)):
            if b["confirmed"]:
                state = self.tr("Yes, confirmed")
            elif b["seq"] in refused:
                why = refused[b["seq"]]
                state = self.tr("Refused: %1").replace("%1", bundle_reason_text(why.get("reason"), why.get("message")))
            elif b["state"] == "reserved":
                state = self.tr("Not written")
            elif b["state"] == "written":
                state = self.tr("Not delivered: the next \u201cSend the week\u201d writes it too")
            else:
                state = self.tr("Not confirmed yet") if applied else self.tr("No reply from the coordinator yet")
            cells = [str(b["seq"]), local_text(b["created_at"]), counts_text(b["counts"]) or self.tr("nothing new"),
                     state]
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.UserRole, b["seq"])
                if col == 3 and not b["confirmed"] and applied:
                    item.setForeground(Qt.darkRed)
                self.table.setItem(i, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.missing_button.setEnabled(bool(self.missing) and applied)
        self.again_button.setEnabled(bool(self.rows))
        self.clock.refresh(ws)

    def chosen_seqs(self) -> list[int]:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return sorted(self.table.item(r, 0).data(Qt.UserRole) for r in rows)

    # -- actions ----------------------------------------------------------------------------
    def _folder(self) -> str | None:
        """The remembered send folder when it is there; else ask (and remember the answer)."""
        ws = self.ctx.ws
        if transport.send_folder_ready(ws):
            return transport.send_folder(ws)
        return self.choose_send_folder()

    def choose_send_folder(self) -> str | None:
        folder = dialogs().folder(self, self.tr("Choose the USB stick or a folder to send the file from"))
        if not folder:
            return None
        try:
            transport.set_send_folder(self.ctx.ws, folder)
        except YnError as exc:
            show_error(self, exc)
            return None
        self.refresh()
        return folder

    def _has_pin(self) -> bool:
        if self.ctx.ws.setting("coordinator_pin"):
            return True
        self.result.setText(self.tr("This computer does not know the coordinator's key yet: import the "
                                    "coordinator's file below first (ask the coordinator for it)."))
        return False

    def send_week(self) -> None:
        if not self._has_pin():
            return
        folder = self._folder()
        if not folder:
            return
        ws = self.ctx.ws
        self.send_button.setEnabled(False)
        self.result.setText(self.tr("Writing the bundle…"))
        run_in_background(self, lambda progress: sync_svc.export_bundle(ws, folder, progress),
                          on_success=self._sent, on_failure=self._failed,
                          label=self.tr("Writing the bundle…"))

    def _sent(self, result: object) -> None:
        self.send_button.setEnabled(True)
        self.result.setText(self.tr("Bundle %1 is saved as %2. Take the stick to the coordinator, or attach "
                                    "the file to an e-mail to the coordinator. It is encrypted: only the "
                                    "coordinator can open it.").replace("%1", str(result.seq))  # type: ignore[attr-defined]
                            .replace("%2", str(result.path)))  # type: ignore[attr-defined]
        delivered = ", ".join(str(d.seq) for d in result.delivered)  # type: ignore[attr-defined]
        if delivered:
            self.result.setText(self.result.text() + " " + self.tr(
                "Bundles %1 had not reached their place earlier: they were written there now too.")
                .replace("%1", delivered))
        self.result.setAccessibleName(self.result.text())
        self.ctx.status_message.emit(self.tr("Bundle %1 saved.").replace("%1", str(result.seq)))  # type: ignore[attr-defined]
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.send_button.setEnabled(True)
        self.result.setText("")
        show_error(self, exc)

    def send_again(self) -> None:
        seqs = self.chosen_seqs()
        if not seqs:
            self.result.setText(self.tr("Choose the bundles to send again in the list first."))
            return
        self._again(seqs)

    def send_missing(self) -> None:
        if self.missing:
            self._again(list(self.missing))

    def _again(self, seqs: list[int]) -> None:
        folder = self._folder()
        if not folder:
            return
        ws = self.ctx.ws

        def work(progress: object) -> list:
            out = []
            for first, last in _ranges(seqs):
                out += sync_svc.send_again(ws, first, last, folder, progress)  # type: ignore[arg-type]
            return out

        self.result.setText(self.tr("Writing the bundles again…"))
        run_in_background(self, work, on_success=self._sent_again, on_failure=self._failed,
                          label=self.tr("Writing the bundles again…"))

    def _sent_again(self, results: list) -> None:
        numbers = ", ".join(str(r.seq) for r in results)
        folder = str(results[0].path.parent) if results else ""
        self.result.setText(self.tr("Bundles %1 were written again into %2.").replace("%1", numbers)
                            .replace("%2", folder))
        self.refresh()
