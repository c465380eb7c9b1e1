"""One way to run slow service calls: on the thread pool, results back on the GUI thread.

``run_in_background(parent, fn, on_success=..., on_failure=...)`` calls ``fn`` on
``QThreadPool``. If ``fn`` takes a ``progress`` keyword it gets a plain callback
``progress(done, total, text)`` (the core knows no Qt); it becomes a signal here. A progress
dialog appears only when the work lasts longer than ``PROGRESS_DELAY_MS``.

Lifetimes, so that no answer can crash the program: the worker thread gets a plain callable
that holds no Qt object of the caller's. When ``fn`` returns, the worker drops its reference
to it, leaves the outcome in ``_outbox`` and emits the number of its operation through one
``_Dispatcher`` that lives on the GUI thread as long as the application. Everything else —
the ``Operation``, its callbacks, the model or window they close over — is made, used and
released on the GUI thread only. An answer whose owner has been deleted is dropped; models
also drop answers to a query they have since replaced (their own generation counters).

Python's cyclic garbage collector runs in whichever thread happens to allocate. A cycle that
holds a Qt object, collected on a worker thread, destroys that object on the wrong thread:
that was the SIGSEGV seen while paging the history (faulthandler: "Garbage-collecting" in a
pool thread). So while any background job runs, automatic collection is off and the GUI
thread collects instead, on a timer, with the interpreter's own thresholds.
"""
from __future__ import annotations

import gc
import inspect
import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 500
_running: dict[int, "Operation"] = {}  # keeps operations alive until they report (GUI thread only)
_outbox: dict[int, tuple[bool, Any]] = {}  # finished jobs' outcomes, until the GUI thread takes them
_outbox_lock = threading.Lock()
_numbers = itertools.count(1)
_dispatcher: "_Dispatcher | None" = None


class _Dispatcher(QObject):
    """The one object workers signal: it lives on the GUI thread, owned by the application."""

    delivered = Signal(int)
    progressed = Signal(int, int, int, str)

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())
        self.delivered.connect(self._delivered, Qt.QueuedConnection)
        self.progressed.connect(self._progressed, Qt.QueuedConnection)
        self.collector = _GuiThreadCollector(self)

    @Slot(int)
    def _delivered(self, number: int) -> None:
        with _outbox_lock:
            outcome = _outbox.pop(number, None)
        op = _running.get(number)
        if op is not None and outcome is not None:
            op._deliver(*outcome)

    @Slot(int, int, int, str)
    def _progressed(self, number: int, done: int, total: int, text: str) -> None:
        op = _running.get(number)
        if op is not None:
            op._progressed(done, total, text)


class _GuiThreadCollector(QObject):
    """Does what automatic garbage collection would, but only on the GUI thread, while jobs run."""

    INTERVAL_MS = 100

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self._was_enabled = True
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self.check)

    def jobs_started(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def jobs_ended(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()

    @Slot()
    def check(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return


def _the_dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None or not shiboken6.isValid(_dispatcher):
        _dispatcher = _Dispatcher()
    return _dispatcher


def _job(number: int, box: list[Callable[..., Any]], with_progress: bool,
         dispatcher: _Dispatcher) -> Callable[[], None]:
    """What the pool runs: ``fn`` out of ``box``, then only the operation's number is sent."""

    def run() -> None:
        fn = box.pop()
        try:
            if with_progress:
                result = fn(progress=lambda done, total=0, text="":
                            dispatcher.progressed.emit(number, int(done), int(total), str(text)))
            else:
                result = fn()
            outcome: tuple[bool, Any] = (True, result)
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread
            outcome = (False, exc)
        # Nothing of the job may be released here: the Operation still holds fn, and the
        # outcome now belongs to the GUI thread.
        fn = result = None  # type: ignore[assignment]
        with _outbox_lock:
            _outbox[number] = outcome
        outcome = None  # type: ignore[assignment]
        dispatcher.delivered.emit(number)

    return run


class Operation:
    """A running background call; made and used on the GUI thread only. Not a QObject, so
    that however it is released, no Qt object goes with it."""

    def __init__(self, parent: QWidget | None, fn: Callable[..., Any], *,
                 on_success: Callable[[Any], None] | None = None,
                 on_failure: Callable[[BaseException], None] | None = None,
                 label: str | None = None, owner: QObject | None = None) -> None:
        self._parent = parent
        self._owner = owner if owner is not None else parent
        self._fn: Callable[..., Any] | None = fn
        self._on_success = on_success
        self._on_failure = on_failure
        self._label = label
        self._dialog: QProgressDialog | None = None
        self._done = False
        self._last: tuple[int, int, str] = (0, 0, "")
        self.number = next(_numbers)

    def start(self) -> "Operation":
        assert self._fn is not None
        try:
            wants = "progress" in inspect.signature(self._fn).parameters
        except (TypeError, ValueError):
            wants = False
        dispatcher = _the_dispatcher()
        if not _running:
            dispatcher.collector.jobs_started()
        _running[self.number] = self
        if self._label is not None:
            QTimer.singleShot(PROGRESS_DELAY_MS, self._show_dialog)
        QThreadPool.globalInstance().start(_job(self.number, [self._fn], wants, dispatcher))
        return self

    @property
    def done(self) -> bool:
        return self._done

    def _show_dialog(self) -> None:
        if self._done or (self._parent is not None and not shiboken6.isValid(self._parent)):
            return
        dlg = QProgressDialog(self._label or "", "", 0, 0, self._parent)
        dlg.setCancelButton(None)
        dlg.setWindowModality(Qt.WindowModal)
        dlg.setMinimumDuration(0)
        dlg.setAccessibleName(self._label or "")
        self._dialog = dlg
        self._progressed(*self._last)
        dlg.show()

    def _progressed(self, done: int, total: int, text: str) -> None:
        self._last = (done, total, text)
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.setMaximum(max(total, 0))
            self._dialog.setValue(done if total else 0)
            if text:
                self._dialog.setLabelText(text)

    def _finish(self) -> None:
        self._done = True
        self._fn = None  # released here, on the GUI thread
        if self._dialog is not None:
            if shiboken6.isValid(self._dialog):
                self._dialog.close()
                self._dialog.deleteLater()
            self._dialog = None
        if _running.pop(self.number, None) is not None and not _running:
            _the_dispatcher().collector.jobs_ended()

    def _owner_gone(self) -> bool:
        """The window or model that asked has been closed: nobody wants the answer."""
        return self._owner is not None and not shiboken6.isValid(self._owner)

    def _deliver(self, ok: bool, value: Any) -> None:
        self._finish()
        if ok:
            if not self._owner_gone() and self._on_success is not None:
                self._on_success(value)
            return
        if self._owner_gone():
            log.warning("background call failed after its window closed", exc_info=value)
            return
        if self._on_failure is not None:
            self._on_failure(value)
        else:
            from .errors import show_error

            show_error(self._parent, value)


def run_in_background(parent: QWidget | None, fn: Callable[..., Any], *,
                      on_success: Callable[[Any], None] | None = None,
                      on_failure: Callable[[BaseException], None] | None = None,
                      label: str | None = None, owner: QObject | None = None) -> Operation:
    """Run ``fn`` off the GUI thread; callbacks run on the GUI thread, unless ``owner`` (by
    default ``parent``) has been deleted by then."""
    return Operation(parent, fn, on_success=on_success, on_failure=on_failure, label=label,
                     owner=owner).start()
