"""What every screen shares: the workspace, the interface language, the chosen site, undo."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..records.reference import ReferenceData
from .i18n import I18n

if TYPE_CHECKING:  # the workspace module imports SQLAlchemy: not before the first frame
    from ..core.workspace import Workspace


@dataclass
class UndoStep:
    text: str  # already translated, e.g. "Undo deleting"
    undo: Callable[[], object]
    kind: str  # record kind, so lists showing it refresh


class AppContext(QObject):
    """Passed to every page; pages talk to each other only through these signals."""

    site_changed = Signal(str)
    records_changed = Signal(str)  # record kind
    session_changed = Signal()
    undo_changed = Signal()
    edit_requested = Signal(str, str)  # kind, record id
    prefill_requested = Signal(str, object)  # kind, an input dataclass for a new record
    status_message = Signal(str)
    settings_changed = Signal()

    def __init__(self, ws: Workspace, i18n: I18n, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.i18n = i18n
        self._site_id: str = ""
        self._undo: list[UndoStep] = []
        # Content of records deleted in this run, for Undo and Restore: in memory, never stored.
        self.held_content: dict[str, dict] = {}

    # -- language and reference data ---------------------------------------------------
    @property
    def lang(self) -> str:
        return self.i18n.language

    @property
    def ref(self) -> ReferenceData:
        return self.ws.reference()

    def label(self, taxonomy: str, term_id: str) -> str:
        return self.ref.label(taxonomy, term_id, self.lang)

    def site_name(self, site_id: str) -> str:
        try:
            return self.ref.site(site_id).name
        except Exception:  # noqa: BLE001 - an old record may name a retired site
            return site_id

    # -- role and sites -------------------------------------------------------------------
    @property
    def role(self) -> str:
        return self.ws.role or "adviser"

    def home_sites(self) -> list[str]:
        return list(self.ws.setting("home_sites", []) or [])

    @property
    def site_id(self) -> str:
        return self._site_id

    def set_site(self, site_id: str) -> None:
        if site_id != self._site_id:
            self._site_id = site_id
            if self.ws.setting("last_site") != site_id:  # a start at the last site writes nothing
                self.ws.set_settings(last_site=site_id)
            self.site_changed.emit(site_id)

    # -- undo -------------------------------------------------------------------------------
    def push_undo(self, text: str, undo: Callable[[], object], kind: str = "encounter") -> None:
        self._undo.append(UndoStep(text, undo, kind))
        del self._undo[:-20]
        self.undo_changed.emit()

    def last_undo(self) -> UndoStep | None:
        return self._undo[-1] if self._undo else None

    def undo(self) -> bool:
        if not self._undo:
            return False
        step = self._undo.pop()
        try:
            step.undo()
        finally:
            self.undo_changed.emit()
            self.records_changed.emit(step.kind)
            self.session_changed.emit()
        return True
