"""GUI measurements, each run in its own process by :mod:`benchmarks.gui_bench` (Qt lives here only).

    python -m benchmarks.gui_child bare
    python -m benchmarks.gui_child app DATA_DIR
    python -m benchmarks.gui_child lists DATA_DIR SITE RUNS [today,history]
    python -m benchmarks.gui_child rss DATA_DIR SCROLL_SECONDS

Each prints one line ``BENCH {json}`` on stdout. Times for ``bare`` and ``app`` are
``time.monotonic()`` values (system-wide on Linux) so the parent can subtract its own start.
"""
from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from typing import Any


def _start_profile() -> Any:
    """With YN_BENCH_PROFILE=FILE, pyinstrument records this child up to its figure."""
    if not os.environ.get("YN_BENCH_PROFILE"):
        return None
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.0005)
    profiler.start()
    return profiler


_PROFILER = _start_profile()

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer  # noqa: E402 (after the profiler)
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget  # noqa: E402

_KEEP: list[QObject] = []


def emit(values: dict[str, Any]) -> None:
    sys.stdout.write("BENCH " + json.dumps(values) + "\n")
    sys.stdout.flush()


def peak_rss_mb() -> tuple[float, float]:
    """(VmHWM, VmRSS) of this process in MB, from /proc."""
    found: dict[str, float] = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(("VmHWM:", "VmRSS:")):
                key, value = line.split(":", 1)
                found[key] = int(value.split()[0]) / 1024
    return found.get("VmHWM", 0.0), found.get("VmRSS", 0.0)


class FirstPaint(QObject):
    """Calls ``done`` once: at the first paint of a widget inside ``window`` for which
    ``ready()`` holds, then again (``frame_done``) when the event loop comes back."""

    def __init__(self, window: QWidget, on_paint: Callable[[float], None],
                 ready: Callable[[QObject], bool] | None = None) -> None:
        super().__init__()
        self.window = window
        self.on_paint = on_paint
        self.ready = ready or (lambda obj: True)
        self.fired = False
        _KEEP.append(self)  # an unreferenced filter would be collected and never fire
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if (not self.fired and event.type() == QEvent.Paint and isinstance(obj, QWidget)
                and (obj is self.window or obj.window() is self.window) and self.ready(obj)):
            self.fired = True
            painted = time.monotonic()
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, lambda: self.on_paint(painted))
        return False


def _stop_profile() -> None:
    if _PROFILER is not None:
        _PROFILER.stop()
        with open(os.environ["YN_BENCH_PROFILE"], "w", encoding="utf-8") as out:
            out.write(_PROFILER.output_text(unicode=True, show_all=False))


def _exit_after(painted: float, workspace: Any = None, **more: float) -> None:
    done = more.pop("frame_done", None) or time.monotonic()
    _stop_profile()
    emit({"painted": painted, "frame_done": done, **more})
    if workspace is not None:
        # After the figure: close the store as quitting the program does, so the next run
        # starts after a clean close (the usual case) rather than after a crash.
        workspace.close()
    os._exit(0)  # skip the rest of teardown: only the start is measured


def bare() -> int:
    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1280, 800)
    FirstPaint(window, _exit_after)
    window.show()
    return app.exec()


def app(data_dir: str) -> int:
    """The real program start (``python -m yhteisoneuvonta --data-dir D``), stopped at the
    main window's first paint."""
    from yhteisoneuvonta import __main__ as entry
    from yhteisoneuvonta.gui import app as gui_app

    shell = gui_app.create_shell

    def shell_and_watch() -> Any:
        window = shell()
        # Two marks: the window's first frame (the figure), and the first frame with the first
        # page in it (a later frame: the store is opened after the first one).
        marks: dict[str, float] = {}

        def mark(key: str, painted: float) -> None:
            marks[key], marks[key + "_done"] = painted, time.monotonic()
            if "window" in marks and "page" in marks:
                _exit_after(marks["window"], window.ctx.ws if window.ctx else None,
                            frame_done=marks["window_done"],
                            page_painted=marks["page"], page_frame_done=marks["page_done"])

        def in_page(obj: QObject) -> bool:
            page = window.stack.currentWidget()
            return page is not None and (obj is page or page.isAncestorOf(obj))

        FirstPaint(window, lambda painted: mark("window", painted))
        FirstPaint(window, lambda painted: mark("page", painted), in_page)
        return window

    gui_app.create_shell = shell_and_watch
    return entry.main(["--data-dir", data_dir])


def _wait(until: Callable[[], bool], timeout_s: float = 120.0) -> bool:
    deadline = time.monotonic() + timeout_s
    loop = QEventLoop()
    while not until():
        if time.monotonic() > deadline:
            return False
        QTimer.singleShot(5, loop.quit)
        loop.exec()
    return True


def _context(data_dir: str) -> tuple[Any, Any]:
    from yhteisoneuvonta.core.workspace import Workspace
    from yhteisoneuvonta.gui.app import make_app
    from yhteisoneuvonta.gui.context import AppContext
    from yhteisoneuvonta.gui.i18n import I18n, compile_translations

    qapp = make_app()
    compile_translations()
    i18n = I18n(parent=qapp)
    i18n.set_language("fi")
    ws = Workspace(data_dir)
    return qapp, AppContext(ws, i18n)


def _time_page(make: Callable[[], QWidget], table: Callable[[QWidget], Any],
               rows_needed: bool) -> dict[str, float]:
    """ms from creating the page to the first paint of its table (with rows, if asked)."""
    marks: dict[str, float] = {}
    t0 = time.perf_counter()
    page = make()
    view = table(page)

    def ready(obj: QObject) -> bool:
        if obj is not view.viewport():
            return False
        marks.setdefault("any", time.perf_counter())
        return not rows_needed or view.model().rowCount() > 0

    FirstPaint(page, lambda _t: marks.setdefault("done", time.perf_counter()), ready)
    page.resize(1280, 800)
    page.show()
    ok = _wait(lambda: "done" in marks)
    out = {"first_paint_ms": (marks.get("done", time.perf_counter()) - t0) * 1000,
           "empty_paint_ms": (marks.get("any", time.perf_counter()) - t0) * 1000,
           "rows": view.model().rowCount(), "ok": ok}
    page.close()
    page.deleteLater()
    _wait(lambda: True)
    return out


def lists(data_dir: str, site: str, runs: int, pages: list[str]) -> int:
    qapp, ctx = _context(data_dir)
    from yhteisoneuvonta.gui.history_page import HistoryPage
    from yhteisoneuvonta.gui.quick_log import QuickLogPage

    ctx.set_site(site)
    results: dict[str, list[dict[str, float]]] = {page: [] for page in pages}
    for _ in range(runs):
        if "today" in pages:
            results["today"].append(_time_page(lambda: QuickLogPage(ctx), lambda p: p.table, rows_needed=False))
        if "history" in pages:
            results["history"].append(_time_page(lambda: HistoryPage(ctx), lambda p: p.table, rows_needed=True))
    emit(results)
    return 0


def rss(data_dir: str, scroll_seconds: float) -> int:
    """Peak RSS with the main window open on this store: today's list (the first page) and the
    history view shown; then, scrolling the history down for ``scroll_seconds``."""
    from yhteisoneuvonta.core.workspace import Workspace
    from yhteisoneuvonta.gui.app import build_main_window, make_app
    from yhteisoneuvonta.gui.i18n import I18n, compile_translations

    qapp = make_app()
    compile_translations()
    i18n = I18n(parent=qapp)
    i18n.set_language("fi")
    window = build_main_window(Workspace(data_dir), i18n)
    window.show()
    _wait(lambda: window.isVisible())
    history = window.show_page("history")
    model = history.model
    _wait(lambda: model.rowCount() > 0 and model.total is not None)
    _wait(lambda: True)
    today_rows = window.page("quick_log").model.rowCount() if "quick_log" in window.pages else 0
    hwm_open, rss_open = peak_rss_mb()
    open_rows = model.rowCount()
    limit = scroll_seconds or 3600.0  # 0: all the way down
    t0 = time.monotonic()
    while time.monotonic() - t0 < limit:
        _wait(lambda: not model.loading)  # the view may have asked for the next page itself
        if not model.canFetchMore():
            break
        model.fetchMore()
        history.table.scrollToBottom()  # the view follows, as for a user dragging the scroll bar down
    _wait(lambda: not model.loading)
    scrolled = model.rowCount()
    hwm_scrolled, rss_scrolled = peak_rss_mb()
    emit({"gui_rss_mb": hwm_open, "rss_now_mb": rss_open, "history_total": model.total,
          "history_rows": open_rows, "today_rows": today_rows,
          "scroll_s": time.monotonic() - t0, "scrolled_rows": scrolled, "scrolled_rss_mb": hwm_scrolled,
          "scrolled_rss_now_mb": rss_scrolled})
    os._exit(0)


def main(argv: list[str]) -> int:
    mode, *rest = argv
    if mode == "bare":
        return bare()
    if mode == "app":
        return app(rest[0])
    if mode == "lists":
        return lists(rest[0], rest[1], int(rest[2]), (rest[3] if len(rest) > 3 else "today,history").split(","))
    if mode == "rss":
        return rss(rest[0], float(rest[1]))
    raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
