"""Starting the desktop program: QApplication, translations, the store, setup, main window."""
from __future__ import annotations

import argparse
import contextlib
import logging
import shutil
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

import yhteisoneuvonta

from ..core.workspace import Workspace
from ..errors import StoreError, YnError
from ..paths import data_dir as resolve_data_dir
from ..paths import resources_dir
from ..services import backups as backups_svc
from ..services import setup
from .context import AppContext
from .errors import install_excepthook
from .i18n import DEFAULT_LANGUAGE, I18n, compile_translations
from .main_window import RESTART, MainWindow
from .single_instance import SingleInstance
from .workers import run_in_background

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
    font = QFont(app.font())
    if font.pointSizeF() < 11:  # readable for everyone at a busy desk
        font.setPointSizeF(11)
        app.setFont(font)
    return app  # type: ignore[return-value]


def build_main_window(ws: Workspace, i18n: I18n) -> MainWindow:
    ctx = AppContext(ws, i18n)
    window = MainWindow(ctx)
    ctx.setParent(window)
    return window


def _store_failed(exc: YnError) -> str | None:
    """Tell why the data cannot be opened; the backup to restore if the user chose that."""
    box = QMessageBox(QMessageBox.Critical, QCoreApplication.translate("App", "Yhteisöneuvonta"),
                      QCoreApplication.translate("App", "The program's data cannot be opened."))
    box.setInformativeText(exc.message)  # the file is named; nothing was written to it
    box.setTextInteractionFlags(Qt.TextSelectableByMouse)
    backup = exc.params.get("backup")
    restore = box.addButton(QCoreApplication.translate("App", "Restore the newest backup"),
                            QMessageBox.AcceptRole) if backup else None
    box.addButton(QMessageBox.Close)
    box.exec()
    return backup if restore is not None and box.clickedButton() is restore else None


def _restore(data: Path, backup: str) -> None:
    try:
        backups_svc.restore(data, backup)
    except YnError as exc:
        _store_failed(exc)


def _periodic_backups(window: QObject, ws: Workspace) -> QTimer:
    """While the window is open: a backup every half hour, if anything changed."""
    timer = QTimer(window)
    timer.setInterval(int(backups_svc.GUI_INTERVAL.total_seconds() * 1000))
    timer.timeout.connect(lambda: run_in_background(
        None, lambda: backups_svc.auto_backup(ws, backups_svc.GUI_INTERVAL), owner=window))
    timer.start()
    return timer


def _smoke_setup(ws: Workspace) -> None:
    from ..services import (
        identity,  # key generation (cryptography): only for a new installation
    )

    setup.ensure_reference(ws)
    ref = ws.reference()
    site = SMOKE_SITE if any(s.id == SMOKE_SITE for s in ref.sites) else ref.active_sites()[0].id
    setup.setup_adviser(ws, "SMOKE", [site], DEFAULT_LANGUAGE)
    identity.after_setup(ws)


def run_gui(argv: list[str]) -> int:
    args, qt_args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = make_app([a for a in qt_args if a.startswith("-")])
    compile_translations()
    i18n = I18n(pseudo=args.pseudo_locale, parent=app)
    i18n.set_language(DEFAULT_LANGUAGE)
    temp = Path(tempfile.mkdtemp(prefix="yhteisoneuvonta-smoke-")) if args.smoke else None
    data = temp or resolve_data_dir(args.data_dir)
    single = SingleInstance(data, app)
    try:
        if data.is_dir() and not single.acquire():
            if single.call_first():
                log.info("the program is already open for %s: its window was brought forward", data)
                return 0
        return _run(app, i18n, args, data, single)
    finally:
        single.release()
        if temp is not None:
            shutil.rmtree(temp, ignore_errors=True)


def _run(app: QApplication, i18n: I18n, args: argparse.Namespace, data: Path, single: SingleInstance) -> int:
    while True:  # again after a restore: the store is opened anew
        try:
            ws = Workspace(data)
        except StoreError as exc:
            backup = _store_failed(exc)
            if backup is None:
                return 1
            _restore(data, backup)
            continue
        install_excepthook()
        restore: str | None = None
        try:
            if args.smoke:
                _smoke_setup(ws)
            i18n.set_language(ws.setting("language") or DEFAULT_LANGUAGE)
            if not setup.is_set_up(ws):
                from .setup_dialog import (
                    SetupDialog,  # key generation: only on the first run
                )

                dialog = SetupDialog(ws, i18n)
                if dialog.exec() != QDialog.Accepted:
                    return 0
            if not single.server:
                single.acquire()  # a data folder made just now by this start
            window = build_main_window(ws, i18n)
            with contextlib.suppress(RuntimeError, TypeError):
                single.activated.disconnect()
            single.activated.connect(window.bring_forward)
            window.restore_requested.connect(lambda _path: app.exit(RESTART))
            _periodic_backups(window, ws)
            window.show()
            if args.smoke:
                app.processEvents()
                ok = window.isVisible()
                window.close()
                app.processEvents()
                return 0 if ok else 1
            code = app.exec()
            restore = getattr(window, "restore_path", None) if code == RESTART else None
            if restore is None:
                return code
        except StoreError as exc:
            _store_failed(exc)
            return 1
        finally:
            if restore is None and not args.smoke:
                backups_svc.auto_backup(ws, timedelta(0))  # on a clean close, if anything changed
            ws.close()
        _restore(data, restore)
