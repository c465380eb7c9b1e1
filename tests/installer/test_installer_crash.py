"""An unexpected error in a slot: logged, a dialog says where the log is, the window stays open."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from yhteisoneuvonta import logs
from yhteisoneuvonta.gui.app import build_main_window, make_app
from yhteisoneuvonta.gui.errors import ReportDialog, install_excepthook
from yhteisoneuvonta.gui.i18n import I18n


@pytest.fixture
def crash_window(qtbot, adviser_ws, monkeypatch, tmp_path: Path):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back whatever was there after the test
    log_file = logs.setup_logging(adviser_ws.data_dir)
    install_excepthook()
    make_app()
    i18n = I18n()
    i18n.set_language("fi")
    window = build_main_window(adviser_ws, i18n)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window, log_file
    root = logging.getLogger()
    for h in [h for h in root.handlers if h.get_name() == logs._HANDLER_NAME]:
        root.removeHandler(h)
        h.close()


def _failing_slot() -> None:
    raise RuntimeError("a bug in a slot")


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_shows_the_log_and_keeps_the_window(qtbot, crash_window) -> None:
    window, log_file = crash_window
    action = QAction("fail", window)
    action.triggered.connect(_failing_slot)
    window.addAction(action)
    action.trigger()

    qtbot.waitUntil(lambda: window.findChild(ReportDialog) is not None)
    dialog = window.findChild(ReportDialog)
    assert dialog.isVisible()
    hint = dialog.findChild(QLabel, "errorLogHint")
    assert str(log_file) in hint.text()
    assert "a bug in a slot" in dialog.report
    assert window.isVisible()  # the program goes on; the form being edited is still there

    for h in logging.getLogger().handlers:
        h.flush()
    text = log_file.read_text("utf-8")
    assert "unexpected error" in text and "RuntimeError: a bug in a slot" in text
    dialog.close()
    assert window.isVisible()
