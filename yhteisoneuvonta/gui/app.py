"""Starting the desktop program: QApplication, translations, the store, setup, main window.

The empty main window is shown first; the store is opened (SQLAlchemy imported, the file
checked and migrated) in the event-loop turn after that first frame, then the window gets its
pages. So the program answers at once even on a slow laptop.
"""
from __future__ import annotations

import argparse
import contextlib
import logging
import shutil
import sys
import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

import yhteisoneuvonta

from ..errors import StoreError, YnError
from ..paths import data_dir as resolve_data_dir
from ..paths import resources_dir
from . import a11y, wheel_guard
from .errors import install_excepthook
from .i18n import DEFAULT_LANGUAGE, I18n, compile_translations
from .main_window import RESTART, MainWindow
from .messages import error_text
from .single_instance import SingleInstance

if TYPE_CHECKING:
    from ..core.workspace import Workspace

log = logging.getLogger("yhteisoneuvonta.gui")

SMOKE_SITE = "tre-hervanta-l8-neuvonta"


def icon_path() -> Path:
    return resources_dir() / "icons" / "yhteisoneuvonta.svg"


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="yhteisoneuvonta", add_help=False)
    parser.add_argument("--data-dir")
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--pseudo-locale", action="store_true")
    return parser.parse_known_args(argv)


def make_app(qt_args: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "yhteisoneuvonta", *(qt_args or [])])
    app.setApplicationName("Yhteisöneuvonta")
    app.setOrganizationName("Pirha")
    # The version comes from package metadata (~40 ms): read it after the first frame.
    QTimer.singleShot(0, lambda: app.setApplicationVersion(yhteisoneuvonta.__version__))
    app.setWindowIcon(QIcon(str(icon_path())))
    wheel_guard.install(app)
    a11y.install()  # combo boxes named by their labels for screen readers
    font = QFont(app.font())
    if font.pointSizeF() < 11:  # readable for everyone at a busy desk
        font.setPointSizeF(11)
        app.setFont(font)
    return app  # type: ignore[return-value]


def build_main_window(ws: Workspace, i18n: I18n) -> MainWindow:
    """A main window for an open workspace, ready to show (tests and tools)."""
    window = MainWindow()
    attach_workspace(window, ws, i18n)
    return window


def attach_workspace(window: MainWindow, ws: Workspace, i18n: I18n) -> None:
    from .context import AppContext

    ctx = AppContext(ws, i18n)
    window.attach(ctx)
    ctx.setParent(window)


def create_shell() -> MainWindow:
    """The empty main window of the first frame (the benchmark watches its first paint)."""
    return MainWindow()


def _store_failed(exc: YnError) -> str | None:
    """Tell why the data cannot be opened; the backup to restore if the user chose that."""
    box = QMessageBox(QMessageBox.Critical, QCoreApplication.translate("App", "Yhteisöneuvonta"),
                      QCoreApplication.translate("App", "The program's data cannot be opened."))
    box.setInformativeText(error_text(exc))  # the file is named; nothing was written to it
    box.setTextInteractionFlags(Qt.TextSelectableByMouse)
    backup = exc.params.get("backup")
    restore = box.addButton(QCoreApplication.translate("App", "Restore the newest backup"),
                            QMessageBox.AcceptRole) if backup else None
    box.addButton(QMessageBox.Close)
    box.exec()
    return backup if restore is not None and box.clickedButton() is restore else None


def _restore(data: Path, backup: str) -> None:
    """Put ``backup`` in place of the closed store (the current file is kept aside)."""
    from ..services import backups as backups_svc

    try:
        backups_svc.restore(data, backup)
    except YnError as exc:
        _store_failed(exc)


def _periodic_backups(window: QObject, ws: Workspace) -> QTimer:
    """While the window is open: a backup every half hour, if anything changed."""
    from ..services import backups as backups_svc
    from .workers import run_in_background

    timer = QTimer(window)
    timer.setInterval(int(backups_svc.GUI_INTERVAL.total_seconds() * 1000))
    timer.timeout.connect(lambda: run_in_background(
        None, lambda: backups_svc.auto_backup(ws, backups_svc.GUI_INTERVAL), owner=window))
    timer.start()
    return timer


def _smoke_setup(ws: Workspace) -> None:
    from ..services import (  # key generation: only for a new installation
        identity,
        setup,
    )

    setup.ensure_reference(ws)
    ref = ws.reference()
    site = SMOKE_SITE if any(s.id == SMOKE_SITE for s in ref.sites) else ref.active_sites()[0].id
    setup.setup_adviser(ws, "SMOKE", [site], DEFAULT_LANGUAGE)
    identity.after_setup(ws)


class _AfterFirstPaint(QObject):
    """Calls ``callback`` once, in the event-loop turn after ``window`` first painted (or after
    half a second if it never paints, e.g. started minimised)."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self.callback = callback
        self.fired = False
        window.installEventFilter(self)
        QTimer.singleShot(500, self._fire)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Paint and not self.fired:
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        if not self.fired:
            self.fired = True
            self.callback()


class Startup:
    """What happens after the first frame: open the store, set up, fill the window."""

    def __init__(self, app: QApplication, window: MainWindow, i18n: I18n, data_dir: str | Path | None,
                 smoke: bool, single: SingleInstance | None = None) -> None:
        self.app, self.window, self.i18n = app, window, i18n
        self.data_dir, self.smoke = data_dir, smoke
        self.single = single
        self.ws: Workspace | None = None
        self.code = 0
        self.restore_path: str | None = None  # a backup to put in place, then start again

    def _restart_with(self, backup: str) -> None:
        self.restore_path = backup
        self._quit(RESTART)

    def _quit(self, code: int) -> None:
        self.code = code
        self.window.hide()
        QTimer.singleShot(0, lambda: self.app.exit(code))

    def run(self) -> None:
        from ..core.workspace import Workspace
        from ..services import setup

        try:
            self.ws = Workspace(self.data_dir)
            if self.smoke:
                _smoke_setup(self.ws)
            self.i18n.set_language(self.ws.setting("language") or DEFAULT_LANGUAGE)
            if self.ws.setting("high_contrast") or a11y.system_wants_high_contrast():
                a11y.apply_contrast(True)
            if not setup.is_set_up(self.ws):
                from .setup_dialog import (
                    SetupDialog,  # key generation: only on the first run
                )

                dialog = SetupDialog(self.ws, self.i18n, self.window)
                if dialog.exec() != QDialog.Accepted:
                    self._quit(0)
                    return
            attach_workspace(self.window, self.ws, self.i18n)
            if self.single is not None:
                if not self.single.locked:
                    self.single.acquire()  # a data folder made by this very start
                if self.single.locked:
                    self.single.listen()
                self.single.activated.connect(self.window.bring_forward)
            self.window.restore_requested.connect(self._restart_with)
            _periodic_backups(self.window, self.ws)
        except StoreError as exc:
            backup = _store_failed(exc)
            if backup:
                self._restart_with(backup)
            else:
                self._quit(1)
            return
        if self.smoke:
            self.app.processEvents()
            ok = self.window.isVisible()
            self.window.close()
            self._quit(0 if ok else 1)


def run_gui(argv: list[str]) -> int:
    args, qt_args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = make_app([a for a in qt_args if a.startswith("-")])
    compile_translations()
    i18n = I18n(pseudo=args.pseudo_locale, parent=app)
    i18n.set_language(DEFAULT_LANGUAGE)
    install_excepthook()
    temp = Path(tempfile.mkdtemp(prefix="yhteisoneuvonta-smoke-")) if args.smoke else None
    data = temp or resolve_data_dir(args.data_dir)
    single = SingleInstance(data, app)
    try:
        if data.is_dir() and not single.acquire() and single.call_first():
            log.info("the program is already open for %s: its window was brought forward", data)
            return 0
        while True:  # once more after a restore: the store is opened anew
            code, restore = _run_once(app, i18n, data, args.smoke, single)
            if restore is None:
                return code
            _restore(data, restore)
            with contextlib.suppress(RuntimeError, TypeError):
                single.activated.disconnect()
    finally:
        single.release()
        if temp is not None:
            shutil.rmtree(temp, ignore_errors=True)


def _run_once(app: QApplication, i18n: I18n, data: Path, smoke: bool,
              single: SingleInstance) -> tuple[int, str | None]:
    window = create_shell()
    window.show()
    startup = Startup(app, window, i18n, data, smoke, single)
    _AfterFirstPaint(window, startup.run)
    try:
        code = app.exec()
        return startup.code or code, startup.restore_path
    finally:
        if startup.ws is not None:
            if startup.restore_path is None and not smoke:
                from ..services import backups as backups_svc

                backups_svc.auto_backup(startup.ws, timedelta(0))  # a clean close: back up if changed
            startup.ws.close()
