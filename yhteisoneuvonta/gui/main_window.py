"""The main window: a list of pages on the left, the chosen page on the right, menus on top.

Pages and menu actions come from :mod:`registry`; this file knows none of them by name.
The window is shown empty first (``MainWindow()``), before the store is opened, and gets its
pages and menus in :meth:`MainWindow.attach` once the workspace is open: the first frame
comes before SQLAlchemy and the screens are imported.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from . import registry
from .registry import PageSpec
from .widgets import Retranslating

RESTART = 75  # exit code of the event loop: open the store again (after a restore)

if TYPE_CHECKING:
    from .context import AppContext
    from .session_bar import SessionBar

MENU_TITLES = {
    "file": lambda: QCoreApplication.translate("MainWindow", "&File"),
    "records": lambda: QCoreApplication.translate("MainWindow", "&Records"),
    "tools": lambda: QCoreApplication.translate("MainWindow", "&Tools"),
    "help": lambda: QCoreApplication.translate("MainWindow", "&Help"),
}


class DraftBanner(Retranslating, QFrame):
    """Offers the forms a crash left unsaved: restore or discard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftBanner")
        self.setStyleSheet("#draftBanner { background: #fff4c2; border: 1px solid #d8b600; }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        # one or two lines and the two buttons: never taller than that, so a form's Save row
        # stays on a 768-pixel screen
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreDrafts")
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("discardDrafts")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.discard_button)
        self.kinds: list[str] = []
        self.form_titles: list[Callable[[], str]] = []
        self.removed: list[str] = []  # what the draft guard took out ("henkilötunnus", "mahdollinen nimi")
        self.retranslate()
        self.hide()

    def set_pending(self, kinds: list[str], titles: list[Callable[[], str]]) -> None:
        """The draft kinds offered and the titles of the forms that keep them."""
        self.kinds, self.form_titles = kinds, titles
        self.retranslate()
        self.setVisible(bool(kinds))

    def retranslate(self) -> None:
        names = ", ".join(title().replace("&", "") for title in self.form_titles)
        text = self.tr("Restore the unsaved form: %1? The program was closed before it was saved.").replace(
            "%1", names)
        if self.removed:
            text += " " + self.tr("Identifying details were removed from it: %1.").replace(
                "%1", ", ".join(self.removed))
        self.text.setText(text)
        self.restore_button.setText(self.tr("Restore"))
        self.discard_button.setText(self.tr("Discard"))
        for w in (self.text, self.restore_button, self.discard_button):
            w.setAccessibleName(w.text())


class LazyPages(Mapping[str, QWidget]):
    """The main window's pages by key. A page is built the first time it is asked for, so a
    start builds only the page shown first; ``built()`` holds the ones made so far."""

    def __init__(self, window: "MainWindow") -> None:
        self._window = window
        self._specs = {spec.key: spec for spec in window.specs}
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        page = self._built.get(key)
        if page is None:
            spec = self._specs[key]  # KeyError for a page this role does not have
            page = self._built[key] = self._window._build_page(spec)
        return page

    def __contains__(self, key: object) -> bool:
        return key in self._specs

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)

    def built(self) -> dict[str, QWidget]:
        return dict(self._built)


class MainWindow(Retranslating, QMainWindow):
    restore_requested = Signal(str)  # a backup's path: run_gui restores it and reopens the store

    def __init__(self, ctx: AppContext | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.ctx: AppContext = None  # type: ignore[assignment]  # set by attach()
        self.specs: list[PageSpec] = []
        self.menus: dict[str, QMenu] = {}
        self.actions_by_key: dict[str, QAction] = {}
        self.page_actions: list[tuple[QAction, PageSpec]] = []

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(0, 0))
        self.nav.setStyleSheet("QListWidget { font-size: 12pt; } QListWidget::item { padding: 8px; }")
        self.stack = QStackedWidget()
        self.pages = LazyPages(self)
        self.session_bar: SessionBar | None = None
        self.banner = DraftBanner()
        self.banner.restore_button.clicked.connect(self.restore_drafts)
        self.banner.discard_button.clicked.connect(self.discard_drafts)
        self.clock: Any = None  # the clock warning, made when there is something to warn about

        right = QWidget()
        self._right = QVBoxLayout(right)
        self._right.addWidget(self.banner)
        self._right.addWidget(self.stack, 1)
        central = QWidget()
        cl = QHBoxLayout(central)
        cl.addWidget(self.nav)
        cl.addWidget(right, 1)
        self.setCentralWidget(central)
        self.setWindowTitle(self.tr("Yhteisöneuvonta"))
        self._fit_screen()
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        """Fill the window for the open workspace: pages of its role, menus, session bar."""
        self.ctx = ctx
        self.specs = registry.pages_for(ctx.role)
        self.pages = LazyPages(self)
        if ctx.role == registry.ADVISER:
            from .session_bar import SessionBar

            self.session_bar = SessionBar(ctx)
            self._right.insertWidget(0, self.session_bar)
        for spec in self.specs:
            item = QListWidgetItem()
            item.setData(Qt.UserRole, spec.key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._page_chosen)
        self._build_menus()
        ctx.edit_requested.connect(self.edit_record)
        ctx.prefill_requested.connect(self.prefill_record)
        if self.session_bar is not None:
            ctx.settings_changed.connect(self.session_bar.reload_sites)
        ctx.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        ctx.records_changed.connect(lambda _kind: self._check_clock())
        QTimer.singleShot(0, self._check_clock)  # after the first frame
        self.retranslate()
        self.check_drafts()  # one small query, and the offer belongs in the first frame
        # The window (menus, page list with the first page chosen, session bar) is painted
        # first; the first page is built in the event-loop turn after that frame, so the start
        # shows something at once. The page list's first paint is the signal. Signals are
        # blocked so that choosing the row builds nothing yet.
        if self.specs:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(0)
            self.nav.blockSignals(False)
        self.nav.viewport().installEventFilter(self)
        self.nav.viewport().update()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Paint and obj is self.nav.viewport():
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self._show_first_page)
        return super().eventFilter(obj, event)

    def _show_first_page(self) -> None:
        if self.stack.currentWidget() is None:  # unless a page was shown meanwhile
            self._page_chosen(self.nav.currentRow())

    def _check_clock(self) -> None:
        """A clock set wrong (behind a file seen, far ahead of everything known) is named above
        the page, where it is seen when logging."""
        if self.clock is None:
            from .clock_banner import ClockBanner

            self.clock = ClockBanner()
            self._right.insertWidget(self._right.indexOf(self.banner) + 1, self.clock)
        self.clock.refresh(self.ctx.ws)

    def request_restore(self, backup: str) -> None:
        """Restore ``backup`` (File > Backups): the store must be closed for it, so the window
        closes and :func:`app.run_gui` restores the file and opens it again."""
        self.restore_path = backup
        self.close()
        self.restore_requested.emit(backup)

    def bring_forward(self) -> None:
        """A second start of the program for this data folder shows this window instead."""
        self.setWindowState((self.windowState() & ~Qt.WindowMinimized) | Qt.WindowActive)
        self.show()
        self.raise_()
        self.activateWindow()


    def _fit_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None or screen.width() < 1300 or screen.height() < 800:
            self.setWindowState(Qt.WindowMaximized)  # a small laptop: use all of it
            if screen is not None:
                self.resize(screen.width(), screen.height())
        else:
            self.resize(1280, 800)

    # -- menus ------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        for menu_key in registry.MENUS:
            specs = registry.actions_for(self.ctx.role, menu_key)
            menu = self.menuBar().addMenu("")
            self.menus[menu_key] = menu
            if menu_key == "records":
                self.undo_action = QAction(self)
                self.undo_action.setShortcut(QKeySequence.Undo)
                self.undo_action.triggered.connect(self.ctx.undo)
                self.ctx.undo_changed.connect(self._update_undo)
                menu.addAction(self.undo_action)
                menu.addSeparator()
                for i, spec in enumerate(self.specs):
                    act = QAction(self)
                    if i < 10:  # Ctrl+Shift+1 … 9, then 0 for the tenth page
                        act.setShortcut(QKeySequence(f"Ctrl+Shift+{(i + 1) % 10}"))
                    act.triggered.connect(lambda _=False, k=spec.key: self.show_page(k))
                    menu.addAction(act)
                    self.page_actions.append((act, spec))
            for spec in specs:
                act = QAction(self)
                act.setObjectName(f"action:{spec.key}")
                if spec.shortcut:
                    act.setShortcut(QKeySequence(spec.shortcut))
                act.triggered.connect(lambda _=False, s=spec: s.run(self))
                menu.addAction(act)
                self.actions_by_key[spec.key] = act
            if menu_key == "file":
                menu.addSeparator()
                self.quit_action = QAction(self)
                self.quit_action.setShortcut(QKeySequence.Quit)
                self.quit_action.triggered.connect(self.close)
                menu.addAction(self.quit_action)
            # A menu with nothing in it for this role (e.g. Tools) is not shown: opening an
            # empty menu looks like a broken button.
            menu.menuAction().setVisible(bool(menu.actions()))

    def _update_undo(self) -> None:
        step = self.ctx.last_undo()
        self.undo_action.setEnabled(step is not None)
        self.undo_action.setText(step.text if step else self.tr("Undo"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Yhteisöneuvonta"))
        self.nav.setAccessibleName(self.tr("Pages"))
        if self.ctx is None:  # the empty first frame: nothing else to name yet
            return
        for i, spec in enumerate(self.specs):
            self.nav.item(i).setText(spec.title())
        for key, menu in self.menus.items():
            menu.setTitle(MENU_TITLES[key]())
        for act, spec in self.page_actions:
            act.setText(spec.title())
        for key, act in self.actions_by_key.items():
            act.setText(registry.action(key).text())
        self.quit_action.setText(self.tr("&Quit"))
        self._update_undo()
        width = max((self.nav.fontMetrics().horizontalAdvance(spec.title()) for spec in self.specs), default=120)
        self.nav.setFixedWidth(min(max(width + 48, 170), 320))

    # -- pages ------------------------------------------------------------------------------
    def _build_page(self, spec: PageSpec) -> QWidget:
        page = spec.build(self.ctx)
        page.setObjectName(page.objectName() or f"page:{spec.key}")
        self.stack.addWidget(page)
        return page

    def _page_chosen(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            spec = self.specs[row]
            self.stack.setCurrentWidget(self.pages[spec.key])
            if self.session_bar is not None:
                self.session_bar.setVisible(spec.needs_site)

    def show_page(self, key: str) -> QWidget:
        row = next(i for i, s in enumerate(self.specs) if s.key == key)
        if self.nav.currentRow() == row:
            self._page_chosen(row)  # the row may be chosen before its page was built
        else:
            self.nav.setCurrentRow(row)
        page = self.pages[key]
        page.setFocus()
        return page

    def page(self, key: str) -> Any:
        """The page ``key``, built now if it has not been shown yet."""
        return self.pages[key]

    def edit_record(self, kind: str, record_id: str) -> None:
        from ..services import logbook

        spec = next((s for s in self.specs if kind in s.edits), None)
        if spec is None:
            return
        page = self.show_page(spec.key)
        page.load_record(logbook.get(self.ctx.ws, kind, record_id))  # type: ignore[attr-defined]

    def prefill_record(self, kind: str, data: object) -> None:
        spec = next((s for s in self.specs if kind in s.edits), None)
        if spec is not None:
            self.show_page(spec.key).prefill(data)  # type: ignore[attr-defined]

    # -- drafts -----------------------------------------------------------------------------
    def _draft_pages(self) -> dict[str, str]:
        """draft kind -> key of the page that keeps it: the page that edits that record kind
        (known from the specs, so no page is built to find out)."""
        return {kind: spec.key for spec in self.specs for kind in spec.edits}

    def check_drafts(self) -> None:
        from ..services import drafts

        saved = drafts.drafts(self.ctx.ws)
        pages = self._draft_pages()
        pending = [k for k in saved if k in pages]
        specs = {spec.key: spec for spec in self.specs}
        keys = list(dict.fromkeys(pages[k] for k in pending))  # a page once, however many kinds
        self.banner.removed = sorted({w for k in pending for w in drafts.removed_in(saved[k])})
        self.banner.set_pending(pending, [specs[key].title for key in keys])

    def restore_drafts(self) -> None:
        from ..services import drafts

        saved = drafts.drafts(self.ctx.ws)
        pages = self._draft_pages()
        first: str | None = None
        for kind in self.banner.kinds:
            if kind in saved and kind in pages:
                key = pages[kind]
                self.pages[key].restore_draft(saved[kind])  # type: ignore[attr-defined]
                first = first or key
        self.banner.hide()
        if first:
            self.show_page(first)

    def discard_drafts(self) -> None:
        from ..services import drafts

        for kind in self.banner.kinds:
            drafts.discard_draft(self.ctx.ws, kind)
        self.banner.hide()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # A form still being typed is kept as a draft for the next start (only a page that was
        # built can have been typed into).
        for page in self.pages.built().values():
            if hasattr(page, "restore_draft") and getattr(page, "dirty", False):
                page.save_draft()  # type: ignore[attr-defined]
        super().closeEvent(event)
