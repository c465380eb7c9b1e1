"""One way to run slow service calls: on the thread pool, results back on the GUI thread.

``run_in_background(parent, fn, on_success=..., on_failure=...)`` calls ``fn`` on
``QThreadPool``. If ``fn`` takes a ``progress`` keyword it gets a plain callback
``progress(done, total, text)`` (the core knows no Qt); it becomes a signal here. A progress
dialog appears only when the work lasts longer than ``PROGRESS_DELAY_MS``.
"""
from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 500
_running: set["Operation"] = set()  # keeps operations alive until they report


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], signals: _Signals, with_progress: bool) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._signals = signals
        self._with_progress = with_progress

    def run(self) -> None:
        try:
            if self._with_progress:
                result = self._fn(progress=lambda done, total=0, text="":
                                  self._signals.progressed.emit(int(done), int(total), str(text)))
            else:
                result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


class Operation(QObject):
    """A running background call; its slots run on the GUI thread (queued connections)."""

    finished = Signal()

    def __init__(self, parent: QWidget | None, fn: Callable[..., Any], *,
                 on_success: Callable[[Any], None] | None = None,
                 on_failure: Callable[[BaseException], None] | None = None,
                 label: str | None = None, owner: QObject | None = None) -> None:
        super().__init__(None)
        self._parent = parent
        self._owner = owner if owner is not None else parent
        self._fn = fn
        self._on_success = on_success
        self._on_failure = on_failure
        self._label = label
        self._dialog: QProgressDialog | None = None
        self._done = False
        self._last: tuple[int, int, str] = (0, 0, "")
        self._signals = _Signals()
        self._signals.succeeded.connect(self._succeeded, Qt.QueuedConnection)
        self._signals.failed.connect(self._failed, Qt.QueuedConnection)
        self._signals.progressed.connect(self._progressed, Qt.QueuedConnection)

    def start(self) -> "Operation":
        try:
            wants = "progress" in inspect.signature(self._fn).parameters
        except (TypeError, ValueError):
            wants = False
        _running.add(self)
        if self._label is not None:
            QTimer.singleShot(PROGRESS_DELAY_MS, self._show_dialog)
        QThreadPool.globalInstance().start(_Job(self._fn, self._signals, wants))
        return self

    @property
    def done(self) -> bool:
        return self._done

    def _show_dialog(self) -> None:
        if self._done:
            return
        dlg = QProgressDialog(self._label or "", "", 0, 0, self._parent)
        dlg.setCancelButton(None)
        dlg.setWindowModality(Qt.WindowModal)
        dlg.setMinimumDuration(0)
        dlg.setAccessibleName(self._label or "")
        self._dialog = dlg
        self._progressed(*self._last)
        dlg.show()

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, text: str) -> None:
        self._last = (done, total, text)
        if self._dialog is not None:
            self._dialog.setMaximum(max(total, 0))
            self._dialog.setValue(done if total else 0)
            if text:
                self._dialog.setLabelText(text)

    def _finish(self) -> None:
        self._done = True
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        _running.discard(self)
        self.finished.emit()

    def _owner_gone(self) -> bool:
        """The window or model that asked has been closed: nobody wants the answer."""
        return self._owner is not None and not shiboken6.isValid(self._owner)

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        self._finish()
        if self._owner_gone():
            return
        if self._on_success is not None:
            self._on_success(result)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if self._owner_gone():
            log.warning("background call failed after its window closed", exc_info=exc)
            return
        if self._on_failure is not None:
            self._on_failure(exc)
        else:
            from .errors import show_error

            show_error(self._parent, exc)


def run_in_background(parent: QWidget | None, fn: Callable[..., Any], *,
                      on_success: Callable[[Any], None] | None = None,
                      on_failure: Callable[[BaseException], None] | None = None,
                      label: str | None = None, owner: QObject | None = None) -> Operation:
    """Run ``fn`` off the GUI thread; callbacks run on the GUI thread, unless ``owner`` (by
    default ``parent``) has been deleted by then."""
    return Operation(parent, fn, on_success=on_success, on_failure=on_failure, label=label,
                     owner=owner).start()
