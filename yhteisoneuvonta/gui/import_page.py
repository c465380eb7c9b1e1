"""Coordinator: import the week's bundles — drop files or folders, see a preview (dry run)
of what would change, then import in the background; the report in plain words."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import YnError
from ..services import identity, transport
from ..services import sync as sync_svc
from ..sync.import_report import DUPLICATE, FORK, REFUSED, RESENT, ROLLBACK, ImportReport
from .context import AppContext
from .coordinator.dialogs import dialogs
from .errors import show_error
from .messages import bundle_reason_text
from .widgets import Retranslating
from .workers import run_in_background

INBOX_QUIET_MS = 1500  # the inbox must be quiet this long before it is read

# The coordinator key's passphrase, asked once per program run (None: not asked yet).
_passphrase: list[str | None] = [None]


def reason_text(reason: str | None, message: str | None = None) -> str:
    """Why a bundle was refused, in the interface language, chosen by its reason code."""
    return bundle_reason_text(reason, message)


def report_lines(report: ImportReport) -> list[str]:
    """The per-bundle and per-device report, as a coordinator reads it."""
    out: list[str] = []
    if report.dry_run:
        out.append(QCoreApplication.translate("ImportPage", "PREVIEW — nothing has been written yet."))
    for b in report.bundles:
        name = (QCoreApplication.translate("ImportPage", "Bundle %1 of %2").replace("%1", str(b.seq)).replace("%2", b.who)
                if b.seq is not None else b.file)
        if b.status == REFUSED:
            out.append(QCoreApplication.translate("ImportPage", "✗ %1 (%2) was refused: %3").replace("%1", name).replace("%2", b.file)
                       .replace("%3", reason_text(b.reason, b.message)))
            if b.quarantined:
                out.append("    " + QCoreApplication.translate("ImportPage", "A copy and the reason are kept in %1")
                           .replace("%1", str(Path(b.quarantined).parent)))
            continue
        if b.status == DUPLICATE:
            out.append(QCoreApplication.translate("ImportPage", "= %1 was imported already; nothing changes.").replace("%1", name))
            continue
        totals = b.totals()
        line = (QCoreApplication.translate("ImportPage", "✓ %1: %2 new, %3 changed, %4 deleted, %5 unchanged.")
                .replace("%1", name).replace("%2", str(totals["added"])).replace("%3", str(totals["replaced"]))
                .replace("%4", str(totals["deleted"])).replace("%5", str(totals["unchanged"])))
        if b.status == RESENT:
            line += " " + QCoreApplication.translate("ImportPage", "(sent again)")
        if b.status in (FORK, ROLLBACK):
            line += " " + QCoreApplication.translate("ImportPage", "It differs from the bundle with the same number imported earlier.")
        out.append(line)
        out += ["    ⚠ " + w for w in b.warnings]  # chain and clock notes, named by device
    if report.skipped:
        out.append(QCoreApplication.translate("ImportPage", "Skipped, not bundles: %1")
                   .replace("%1", ", ".join(report.skipped)))
    if report.devices:
        out.append("")
    for d in report.devices.values():
        who = d.adviser_code or d.device_id[:8]
        got = ", ".join(map(str, d.received)) or QCoreApplication.translate("ImportPage", "none")
        out.append(QCoreApplication.translate("ImportPage", "%1: bundles received %2").replace("%1", who).replace("%2", got))
        out += ["    " + QCoreApplication.translate("ImportPage", "bundle %1 of %2 is missing").replace("%1", str(n)).replace("%2", who)
                for n in d.missing]
        out += ["    " + QCoreApplication.translate("ImportPage", "bundle %1 of %2: two different bundles with this number").replace(
            "%1", str(n)).replace("%2", who) for n in d.forks]
    return out


class DropZone(QFrame):
    """Accepts bundle files and folders dragged from the file manager."""

    dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropZone")
        self.setAcceptDrops(True)
        self.setMinimumHeight(90)
        self.setStyleSheet("#dropZone { border: 2px dashed #7a8a99; border-radius: 8px; background: #f4f7fa; }")
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignCenter)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.dropped.emit(paths)


class ImportPage(Retranslating, QWidget):
    imported = Signal(object)  # the ImportReport of a real import
    progressed = Signal(int, int)  # emitted from the worker thread, delivered queued

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPage")
        self.ctx = ctx
        self.paths: list[str] = []
        self.preview: ImportReport | None = None
        self.last_report: ImportReport | None = None
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.drop = DropZone()
        self.drop.dropped.connect(self.add_paths)
        self.files_button = QPushButton()
        self.files_button.setObjectName("chooseFiles")
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button = QPushButton()
        self.folder_button.setObjectName("chooseFolder")
        self.folder_button.clicked.connect(self.choose_folder)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear)
        self.list = QListWidget()
        self.list.setObjectName("importFiles")
        self.list.setMaximumHeight(110)
        self.preview_button = QPushButton()
        self.preview_button.setObjectName("previewImport")
        self.preview_button.clicked.connect(self.run_preview)
        self.import_button = QPushButton()
        self.import_button.setObjectName("runImport")
        self.import_button.clicked.connect(self.run_import)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.hide()
        self.report = QPlainTextEdit()
        self.report.setObjectName("importReport")
        self.report.setReadOnly(True)
        # The inbox: a folder set once; new bundle files in it are previewed by themselves.
        self.inbox_text = QLabel()
        self.inbox_text.setObjectName("inboxFolder")
        self.inbox_text.setWordWrap(True)
        self.inbox_button = QPushButton()
        self.inbox_button.setObjectName("chooseInbox")
        self.inbox_button.clicked.connect(self.choose_inbox)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _path: self._inbox_timer.start())
        # A copy or a sync writes a file in several steps: look once the folder is quiet.
        self._inbox_timer = QTimer(self, singleShot=True, interval=INBOX_QUIET_MS)
        self._inbox_timer.timeout.connect(self.scan_inbox)
        row = QHBoxLayout()
        for w in (self.files_button, self.folder_button, self.clear_button):
            row.addWidget(w)
        row.addStretch(1)
        inbox_row = QHBoxLayout()
        inbox_row.addWidget(self.inbox_text, 1)
        inbox_row.addWidget(self.inbox_button)
        actions = QHBoxLayout()
        actions.addWidget(self.preview_button)
        actions.addWidget(self.import_button)
        actions.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.drop)
        layout.addLayout(row)
        layout.addLayout(inbox_row)
        layout.addWidget(self.list)
        layout.addLayout(actions)
        layout.addWidget(self.report, 1)
        self.busy = False
        self.progressed.connect(self._progressed)
        self.retranslate()
        self._update_buttons()
        self._watch_inbox()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Import bundles"))
        self.drop.label.setText(self.tr("Drop the week's bundle files or folders here"))
        self.drop.setAccessibleName(self.drop.label.text())
        self.files_button.setText(self.tr("Choose &files…"))
        self.folder_button.setText(self.tr("Choose a f&older…"))
        self.clear_button.setText(self.tr("C&lear the list"))
        self.preview_button.setText(self.tr("&Preview"))
        self.import_button.setText(self.tr("&Import"))
        for b in (self.files_button, self.folder_button, self.clear_button, self.preview_button, self.import_button):
            b.setAccessibleName(b.text().replace("&", "").rstrip("…"))
        self.list.setAccessibleName(self.tr("Files to import"))
        self.report.setAccessibleName(self.tr("Import report"))
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.inbox_button.setText(self.tr("Set the inbo&x folder…"))
        self.inbox_button.setAccessibleName(self.tr("Set the inbox folder"))
        self._show_inbox()

    # -- the inbox folder ------------------------------------------------------------------------
    def _show_inbox(self) -> None:
        folder = transport.inbox_folder(self.ctx.ws)
        self.inbox_text.setText(self.tr("Inbox: %1. New bundles in it appear here by themselves.").replace("%1", folder)
                                if folder else
                                self.tr("Inbox: none. Set the folder where bundles arrive (a synced folder or "
                                        "a USB stick) and new ones appear here by themselves."))
        self.inbox_text.setAccessibleName(self.inbox_text.text())

    def choose_inbox(self) -> None:
        folder = dialogs().folder(self, self.tr("Choose the folder where bundles arrive"))
        if not folder:
            return
        try:
            transport.set_inbox_folder(self.ctx.ws, folder)
        except YnError as exc:
            show_error(self, exc)
            return
        self._watch_inbox()
        self._show_inbox()

    def _watch_inbox(self) -> None:
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        folder = transport.inbox_folder(self.ctx.ws)
        if folder and Path(folder).is_dir():
            self.watcher.addPath(folder)
            self._inbox_timer.start()  # what arrived while the program was closed

    def scan_inbox(self) -> None:
        """Offer the inbox's new bundle files (a preview, nothing written)."""
        if self.busy:
            self._inbox_timer.start()  # a preview or import is running: look again after it
            return
        try:
            found = transport.new_inbox_bundles(self.ctx.ws)
        except OSError:
            return  # the folder went away (a stick pulled out): the next change looks again
        self.add_paths([str(p) for p in found])

    # -- choosing files -----------------------------------------------------------------------
    def choose_files(self) -> None:
        self.add_paths(dialogs().open_files(self, self.tr("Choose bundle files"),
                                            "Yhteisöneuvonta (*.yn.zip *.zip);;* (*)"))

    def choose_folder(self) -> None:
        folder = dialogs().folder(self, self.tr("Choose a folder of bundles"))
        if folder:
            self.add_paths([folder])

    def add_paths(self, paths: list[str]) -> None:
        new = [p for p in paths if p and p not in self.paths and not self._inside_listed(p)]
        if not new:
            return
        self.paths += new
        self.list.addItems(new)
        self.run_preview()  # nothing is written before the coordinator has seen this

    def _inside_listed(self, path: str) -> bool:
        """A file of a folder already listed is imported with it."""
        parent = str(Path(path).parent)
        return any(parent == p for p in self.paths)

    def clear(self) -> None:
        self.paths.clear()
        self.list.clear()
        self.preview = None
        self.report.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.preview_button.setEnabled(bool(self.paths) and not self.busy)
        self.import_button.setEnabled(self.preview is not None and not self.busy
                                      and any(b.status != REFUSED and b.status != DUPLICATE
                                              for b in self.preview.bundles))

    # -- the key ----------------------------------------------------------------------------------
    def _secret(self) -> tuple[bool, str | None]:
        """(go on?, passphrase) — asks once per program run unless the key is remembered here."""
        if identity.keys_info(self.ctx.ws).get("identity_remembered"):
            return True, None
        if _passphrase[0] is None:
            secret = dialogs().passphrase(self, self.tr("Unlock the coordinator key"),
                                          self.tr("The passphrase of the coordinator key:"))
            if not secret:
                return False, None
            _passphrase[0] = secret
        return True, _passphrase[0]

    # -- running ----------------------------------------------------------------------------------
    def _run(self, dry_run: bool) -> None:
        if not self.paths or self.busy:
            return
        go, secret = self._secret()
        if not go:
            return
        ws, paths = self.ctx.ws, list(self.paths)
        self.busy = True
        self._update_buttons()
        self.progress.setValue(0)
        self.progress.show()

        def work() -> ImportReport:
            return sync_svc.import_bundles(ws, paths, dry_run=dry_run, passphrase=secret,
                                           progress=lambda done, total: self.progressed.emit(done, total))

        run_in_background(self, work, on_success=self._done, on_failure=self._failed)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def run_preview(self) -> None:
        self.preview = None
        self.report.setPlainText(self.tr("Checking the files…"))
        self._run(True)

    def run_import(self) -> None:
        self._run(False)

    def _done(self, report: ImportReport) -> None:
        self.busy = False
        self.progress.hide()
        lines = report_lines(report)
        if report.dry_run:
            self.preview = report
            lines += ["", self.tr("Press Import to write this.") if any(
                b.status not in (REFUSED, DUPLICATE) for b in report.bundles)
                else self.tr("There is nothing new to import.")]
        else:
            self.last_report = report
            self.preview = None
            self.paths.clear()
            self.list.clear()
            lines += ["", self.tr("Imported. Remember to send the reference file back to the advisers.")]
            self.imported.emit(report)
            for kind in ("desk_session", "encounter", "form_help", "group_session", "observation",
                         "instrument_answer", "bundle"):
                self.ctx.records_changed.emit(kind)
        self.report.setPlainText("\n".join(lines))
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.progress.hide()
        self.report.clear()
        _passphrase[0] = None  # a wrong passphrase is asked again next time
        self._update_buttons()
        show_error(self, exc)
