"""Starting the desktop program: QApplication, translations, the store, setup, main window.

The empty main window is shown first; the store is opened (SQLAlchemy imported, the file
checked and migrated) in the event-loop turn after that first frame, then the window gets its
pages. So the program answers at once even on a slow laptop.
"""
from __future__ import annotations

import argparse
import logging
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

import yhteisoneuvonta

from ..errors import StoreError
from ..paths import resources_dir
from . import wheel_guard
from .errors import install_excepthook
from .i18n import DEFAULT_LANGUAGE, I18n, compile_translations
from .main_window import MainWindow
from .messages import error_text

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


def _store_failed(exc: StoreError) -> int:
    box = QMessageBox(QMessageBox.Critical, QCoreApplication.translate("App", "Yhteisöneuvonta"),
                      QCoreApplication.translate("App", "The program's data cannot be opened."))
    box.setInformativeText(error_text(exc))  # the file is named; nothing was written to it
    box.setTextInteractionFlags(Qt.TextSelectableByMouse)
    box.exec()
    return 1


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
                 smoke: bool) -> None:
        self.app, self.window, self.i18n = app, window, i18n
        self.data_dir, self.smoke = data_dir, smoke
        self.ws: Workspace | None = None
        self.code = 0

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
            if not setup.is_set_up(self.ws):
                from .setup_dialog import (
                    SetupDialog,  # key generation: only on the first run
                )

                dialog = SetupDialog(self.ws, self.i18n, self.window)
                if dialog.exec() != QDialog.Accepted:
                    self._quit(0)
                    return
            attach_workspace(self.window, self.ws, self.i18n)
        except StoreError as exc:
            _store_failed(exc)
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
    window = create_shell()
    window.show()
    startup = Startup(app, window, i18n, temp or args.data_dir, args.smoke)
    _AfterFirstPaint(window, startup.run)
    try:
        code = app.exec()
        return startup.code or code
    finally:
        if startup.ws is not None:
            startup.ws.close()
        if temp is not None:
            shutil.rmtree(temp, ignore_errors=True)
