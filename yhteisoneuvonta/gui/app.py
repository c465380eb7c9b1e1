"""Starting the desktop program: QApplication, translations, the store, setup, main window."""
from __future__ import annotations

import argparse
import logging
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

import yhteisoneuvonta

from ..core.workspace import Workspace
from ..errors import StoreError
from ..paths import resources_dir
from ..services import setup
from . import a11y
from .context import AppContext
from .errors import install_excepthook
from .i18n import DEFAULT_LANGUAGE, I18n, compile_translations
from .main_window import MainWindow

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
    a11y.install()  # combo boxes named by their labels for screen readers
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


def _store_failed(exc: StoreError) -> int:
    box = QMessageBox(QMessageBox.Critical, QCoreApplication.translate("App", "Yhteisöneuvonta"),
                      QCoreApplication.translate("App", "The program's data cannot be opened."))
    box.setInformativeText(exc.message)  # the file is named; nothing was written to it
    box.setTextInteractionFlags(Qt.TextSelectableByMouse)
    box.exec()
    return 1


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
    try:
        try:
            ws = Workspace(temp or args.data_dir)
        except StoreError as exc:
            return _store_failed(exc)
        install_excepthook()
        try:
            if args.smoke:
                _smoke_setup(ws)
            i18n.set_language(ws.setting("language") or DEFAULT_LANGUAGE)
            if ws.setting("high_contrast") or a11y.system_wants_high_contrast():
                a11y.apply_contrast(True)
            if not setup.is_set_up(ws):
                from .setup_dialog import (
                    SetupDialog,  # key generation: only on the first run
                )

                dialog = SetupDialog(ws, i18n)
                if dialog.exec() != QDialog.Accepted:
                    return 0
            window = build_main_window(ws, i18n)
            window.show()
            if args.smoke:
                app.processEvents()
                ok = window.isVisible()
                window.close()
                app.processEvents()
                return 0 if ok else 1
            return app.exec()
        except StoreError as exc:
            return _store_failed(exc)
        finally:
            ws.close()
    finally:
        if temp is not None:
            shutil.rmtree(temp, ignore_errors=True)
