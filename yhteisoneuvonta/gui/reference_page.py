"""The way back and the keys: the adviser imports the coordinator's file (receipts, sites,
purge offer) and shows its fingerprint; the coordinator exports the reference file and the
coordinator card advisers pin."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.workspace import Workspace
from ..services import identity, status
from ..services import sync as sync_svc
from . import coordinator_file
from .context import AppContext
from .coordinator.dialogs import dialogs
from .errors import show_error
from .widgets import Retranslating, local_text
from .workers import run_in_background

FILE_FILTER = coordinator_file.FILE_FILTER_TEXT


class ClockBanner(QLabel):
    """A yellow warning when this computer's clock is behind a time already seen."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("clockWarning")
        self.setWordWrap(True)
        self.setStyleSheet("background: #fff4c2; border: 1px solid #d8b600; padding: 6px;")
        self.hide()

    def refresh(self, ws: Workspace) -> None:
        warning = sync_svc.clock_warning(ws)
        self.setText(QCoreApplication.translate("ReferencePage", "Check this computer's date and time: it is behind a time already seen in a "
                         "file, so the times of new records may be wrong.") + (f"\n{warning}" if warning else ""))
        self.setAccessibleName(self.text())
        self.setVisible(bool(warning))


def clock_banner() -> ClockBanner:
    return ClockBanner()


def fingerprint_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.PlainText)
    label.setObjectName("fingerprint")
    font = QFontDatabase.systemFont(QFontDatabase.FixedFont)
    font.setPointSize(13)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    label.setAccessibleName(text)
    return label


class ThisComputerBox(Retranslating, QGroupBox):
    """The fingerprint people compare, and the enrolment file for the coordinator."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        info = identity.keys_info(ctx.ws)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.fingerprint = fingerprint_label(info["fingerprint"])
        self.enrol_button = QPushButton()
        self.enrol_button.setObjectName("exportEnrolment")
        self.enrol_button.clicked.connect(self.export_enrolment)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.PlainText)  # it quotes names and paths from files
        self.result.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.fingerprint)
        row = QHBoxLayout()
        row.addWidget(self.enrol_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("This computer"))
        self.hint.setText(self.tr("The coordinator enrols this computer once, from the enrolment file. "
                                  "Read this fingerprint to the coordinator, who compares it:"))
        self.enrol_button.setText(self.tr("Export &enrolment file…"))
        self.enrol_button.setAccessibleName(self.tr("Export enrolment file"))

    def export_enrolment(self) -> None:
        code = self.ctx.ws.setting("adviser_code") or "adviser"
        name = self.tr("enrolment", "file name")
        path = dialogs().save_file(self, self.tr("Save the enrolment file"), f"{name}-{code}.json",
                                   "JSON (*.json)")
        if not path:
            return
        try:
            written = sync_svc.write_enrolment(self.ctx.ws, path)
        except Exception as exc:  # noqa: BLE001 - typed ones get their message
            show_error(self, exc)
            return
        self.result.setText(self.tr("Saved as %1. Give it to the coordinator.").replace("%1", str(written)))


class AdviserReferenceBox(Retranslating, QGroupBox):
    """Import the coordinator's file: sites and lists, receipts, and the purge offer."""

    applied = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importReference")
        self.import_button.clicked.connect(self.import_file)
        self.result = QLabel()
        self.result.setObjectName("referenceResult")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.PlainText)  # it quotes names and paths from files
        self.result.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.purge_text = QLabel()
        self.purge_text.setObjectName("purgeOffer")
        self.purge_text.setWordWrap(True)
        self.purge_button = QPushButton()
        self.purge_button.setObjectName("purgeConfirmed")
        self.purge_button.clicked.connect(self.purge)
        self.purge_button.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.result)
        prow = QHBoxLayout()
        prow.addWidget(self.purge_text, 1)
        prow.addWidget(self.purge_button)
        layout.addLayout(prow)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The coordinator's file"))
        self.hint.setText(self.tr("The coordinator gives you a coordinator card once, and sends back a file "
                                  "that updates the sites and lists and says which of your bundles arrived. "
                                  "Both are taken here."))
        self.import_button.setText(self.tr("&Import the coordinator's card or file…"))
        self.import_button.setAccessibleName(self.tr("Import the coordinator's file"))
        self.purge_button.setText(self.tr("Remove them"))
        self.purge_button.setAccessibleName(self.tr("Remove the confirmed old records"))

    def import_file(self) -> None:
        path = dialogs().open_file(self, self.tr("Choose the coordinator's card or file"), FILE_FILTER)
        if not path:
            return
        try:
            info = sync_svc.coordinator_file_info(path)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        answer = coordinator_file.ask_trust(self, self.ctx.ws, info)
        if answer is None:
            return
        pin, replace = answer
        ws = self.ctx.ws
        run_in_background(self, lambda: sync_svc.take_coordinator_file(ws, Path(path), pin=pin, replace=replace),
                          on_success=self._imported, label=self.tr("Reading the coordinator's file…"))

    def _imported(self, result: dict) -> None:
        if result.get("kind") == "card":
            self.result.setText(coordinator_file.card_result_text(result))
            self.result.setAccessibleName(self.result.text())
            self.applied.emit()
            return
        if not result.get("applied"):
            self.result.setText(self.tr("This file is not newer than the one already read (%1); nothing "
                                        "changed.").replace("%1", str(result.get("version"))))
            self.applied.emit()
            return
        lines = [self.tr("The coordinator's file %1 was read.").replace("%1", str(result["version"]))]
        if result.get("reference_installed"):
            lines.append(self.tr("Sites and lists were updated."))
        confirmed = result.get("confirmed") or []
        lines.append(self.tr("Bundles that arrived: %1.").replace("%1", ", ".join(map(str, confirmed)))
                     if confirmed else self.tr("No bundle of this computer has arrived yet."))
        missing = result.get("missing") or []
        if missing:
            lines.append(self.tr("Not arrived: %1. Send them again above.").replace("%1", ", ".join(map(str, missing))))
        self.result.setText("\n".join(lines))
        self.result.setAccessibleName(self.result.text())
        self.ctx.settings_changed.emit()  # the site list may have changed
        self.applied.emit()
        self.offer_purge()

    def offer_purge(self) -> None:
        ws = self.ctx.ws
        if not ws.setting("retention_days"):
            return
        run_in_background(self, lambda: sync_svc.purge(ws, dry_run=True), on_success=self._purge_offer,
                          on_failure=lambda exc: None)

    def _purge_offer(self, result: dict) -> None:
        total = sum(result["deleted"].values())
        self.purge_button.setVisible(total > 0)
        self.purge_text.setText(self.tr("%n record(s) the coordinator has confirmed are older than %1 days. "
                                        "They can be removed from this computer.", "", total)
                                .replace("%1", str(result["retention_days"]))
                                if total else "")

    def purge(self) -> None:
        if not dialogs().confirm(self, self.tr("Remove confirmed records?"), self.purge_text.text()):
            return
        ws = self.ctx.ws
        run_in_background(self, lambda: sync_svc.purge(ws), on_success=self._purged,
                          label=self.tr("Removing…"))

    def _purged(self, result: dict) -> None:
        self.purge_button.hide()
        self.purge_text.setText(self.tr("Removed %n record(s).", "", sum(result["deleted"].values())))
        for kind in result["deleted"]:
            self.ctx.records_changed.emit(kind)


class ReferencePage(Retranslating, QWidget):
    """Coordinator: the reference file back to the advisers, and the coordinator card."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referencePage")
        self.ctx = ctx
        state = status.reference_state(ctx.ws)
        info = identity.keys_info(ctx.ws)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.ref_box = QGroupBox()
        self.ref_hint = QLabel()
        self.ref_hint.setWordWrap(True)
        self.version = QLabel()
        self.version.setObjectName("referenceVersion")
        self.retention = QSpinBox()
        self.retention.setObjectName("retentionDays")
        self.retention.setRange(7, 3650)
        self.retention.setValue(state["retention_days"])
        self.valid = QSpinBox()
        self.valid.setObjectName("validDays")
        self.valid.setRange(7, 730)
        self.valid.setValue(state["valid_days"])
        self.retention_label, self.valid_label = QLabel(), QLabel()
        self.retention_label.setBuddy(self.retention)
        self.valid_label.setBuddy(self.valid)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportReference")
        self.export_button.clicked.connect(self.export_reference)
        self.result = QLabel()
        self.result.setObjectName("referenceExportResult")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.PlainText)  # it quotes names and paths from files
        self.result.setTextInteractionFlags(Qt.TextSelectableByMouse)
        form = QFormLayout(self.ref_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)
        form.addRow(self.ref_hint)
        form.addRow(self.version)
        form.addRow(self.retention_label, self.retention)
        form.addRow(self.valid_label, self.valid)
        erow = QHBoxLayout()
        erow.addWidget(self.export_button)
        erow.addStretch(1)
        form.addRow(erow)
        form.addRow(self.result)

        self.card_box = QGroupBox()
        self.card_hint = QLabel()
        self.card_hint.setWordWrap(True)
        self.fingerprint = fingerprint_label(info["fingerprint"])
        self.card_button = QPushButton()
        self.card_button.setObjectName("exportCard")
        self.card_button.clicked.connect(self.export_card)
        self.card_result = QLabel()
        self.card_result.setWordWrap(True)
        self.card_result.setTextFormat(Qt.PlainText)  # it quotes names and paths from files
        self.card_result.setTextInteractionFlags(Qt.TextSelectableByMouse)
        cl = QVBoxLayout(self.card_box)
        crow = QHBoxLayout()
        crow.addWidget(self.card_button)
        crow.addStretch(1)
        cl.addWidget(self.card_hint)
        cl.addWidget(self.fingerprint)
        cl.addLayout(crow)
        cl.addWidget(self.card_result)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.ref_box)
        layout.addWidget(self.card_box)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Reference file"))
        self.ref_box.setTitle(self.tr("Back to the advisers"))
        self.ref_hint.setText(self.tr("One file for every adviser: sites, schedules and lists, the enrolled "
                                      "devices, and which bundles arrived. Send it after each import."))
        self._show_version()
        self.retention_label.setText(self.tr("Advisers may remove confirmed records after (&days):"))
        self.retention.setAccessibleName(self.tr("Retention in days"))
        self.valid_label.setText(self.tr("The file is valid for (d&ays):"))
        self.valid.setAccessibleName(self.tr("Validity in days"))
        self.export_button.setText(self.tr("E&xport the reference file…"))
        self.export_button.setAccessibleName(self.tr("Export the reference file"))
        self.card_box.setTitle(self.tr("Coordinator card"))
        self.card_hint.setText(self.tr("A new adviser computer pins the coordinator's key from this card "
                                       "(or from the first reference file). Tell advisers this fingerprint:"))
        self.card_button.setText(self.tr("Export the &coordinator card…"))
        self.card_button.setAccessibleName(self.tr("Export the coordinator card"))

    def _show_version(self) -> None:
        version = status.reference_state(self.ctx.ws)["version"]
        self.version.setText(self.tr("Last exported: version %1").replace("%1", str(version)) if version
                             else self.tr("No reference file exported yet."))

    def export_reference(self) -> None:
        version = status.reference_state(self.ctx.ws)["version"] + 1
        name = self.tr("reference", "file name")
        path = dialogs().save_file(self, self.tr("Save the reference file"), f"{name}-{version:05d}.yn.zip",
                                   "Yhteisöneuvonta (*.yn.zip)")
        if not path:
            return
        ws, retention, valid = self.ctx.ws, self.retention.value(), self.valid.value()
        run_in_background(self, lambda: sync_svc.export_reference(ws, path, retention, valid),
                          on_success=self._exported, label=self.tr("Writing the reference file…"))

    def _exported(self, result: dict) -> None:
        self._show_version()
        self.result.setText(self.tr("Reference file %1 saved as %2. Valid until %3; %4 devices.")
                            .replace("%1", str(result["version"])).replace("%2", result["path"])
                            .replace("%3", local_text(result["expires_at"], "%d.%m.%Y"))
                            .replace("%4", str(result["devices"])))
        self.result.setAccessibleName(self.result.text())

    def export_card(self) -> None:
        path = dialogs().save_file(self, self.tr("Save the coordinator card"), self.tr("coordinator-card", "file name") + ".json",
                                   "JSON (*.json)")
        if not path:
            return
        try:
            written = sync_svc.write_coordinator_card(self.ctx.ws, path)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.card_result.setText(self.tr("Saved as %1.").replace("%1", str(written)))
