"""Small widgets shared by the screens: choices built from reference data, error labels, times.

Choices are never hard-coded: every list comes from the reference data and is labelled in the
interface language, again after a language switch (``retranslate``).
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

from PySide6.QtCore import QDateTime, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QWidget,
)

from ..core.timefmt import HELSINKI, local_text, to_local
from ..records.inputs import DECLINED, NOT_ASKED, UNKNOWN
from .context import AppContext

# to_local and local_text live in core.timefmt (one place for the formats); re-exported here.
__all__ = ["HELSINKI", "local_text", "to_local"]
SPECIAL_ANSWERS = (NOT_ASKED, UNKNOWN, DECLINED)


class Retranslating:
    """Mixin for QWidget subclasses: ``retranslate()`` runs on every language change."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]

    def retranslate(self) -> None:
        """Set every visible text again; override."""


class DateTimeField(QDateTimeEdit):
    """A wall-clock time in Helsinki; ``value()`` is timezone-aware.

    ``follows_now`` says the time is a new form's "now" that the user has not touched, so
    the form may move it on to the current time (a form left open for hours); any change
    the user makes, or any value set without ``follows_now=True``, turns it off.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("d.M.yyyy HH:mm")
        self.follows_now = False
        self._setting = False
        self.dateTimeChanged.connect(self._user_changed)
        self.set_now()

    def _user_changed(self) -> None:
        if not self._setting:
            self.follows_now = False

    def set_now(self) -> None:
        self.set_value(datetime.now(timezone.utc), follows_now=True)

    def value(self) -> datetime:
        naive = self.dateTime().toPython().replace(second=0, microsecond=0, tzinfo=None)
        return naive.replace(tzinfo=HELSINKI)

    def set_value(self, value: datetime | str | None, *, follows_now: bool = False) -> None:
        local = to_local(value) or datetime.now(HELSINKI)
        self._setting = True
        try:
            self.setDateTime(QDateTime(local.replace(tzinfo=None, second=0, microsecond=0)))
        finally:
            self._setting = False
        self.follows_now = follows_now


class ErrorLabel(QLabel):
    """A red message beside a field; hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020; font-weight: bold;")
        self.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))


class FittedLabel(QLabel):
    """A label whose text fits its width in at most ``max_lines`` lines.

    A long label (Finnish compounds, a Swedish phrase) first gets a smaller font, down to
    ``min_point_size``; if it still needs more lines, the last one ends in "…". The whole
    text is :meth:`full_text`, for the tooltip and the accessible name.
    """

    def __init__(self, max_lines: int = 3, point_size: float = 12.0, min_point_size: float = 10.0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_lines = max_lines
        self.sizes = [point_size - i * 0.5 for i in range(int((point_size - min_point_size) * 2) + 1)]
        self._full = ""
        self._bold = False
        self._fitting = False

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._refit()

    def set_bold(self, bold: bool) -> None:
        self._bold = bold
        self._refit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._refit()

    @staticmethod
    def wrap(text: str, font: QFont, width: float) -> list[str]:
        """The lines ``text`` takes at ``width``, broken between words where it can."""
        layout = QTextLayout(text, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        lines: list[str] = []
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            lines.append(text[line.textStart():line.textStart() + line.textLength()].strip())
        layout.endLayout()
        return lines

    def _refit(self) -> None:
        width = self.contentsRect().width() - 2
        if self._fitting:
            return
        self._fitting = True
        try:
            font = QFont(self.font())
            font.setBold(self._bold)
            lines = [self._full]
            for size in self.sizes:
                font.setPointSizeF(size)
                lines = self.wrap(self._full, font, width) if width > 0 and self._full else [self._full]
                if len(lines) <= self.max_lines:
                    break
            if len(lines) > self.max_lines:
                rest = " ".join(lines[self.max_lines - 1:])
                last = QFontMetricsF(font).elidedText(rest, Qt.ElideRight, width)
                lines = lines[:self.max_lines - 1] + [last]
            self.setFont(font)
            self.setText("\n".join(lines))
        finally:
            self._fitting = False


class TermChecklist(Retranslating, QWidget):
    """Several terms of a taxonomy as check boxes in columns."""

    changed = Signal()

    def __init__(self, ctx: AppContext, taxonomy: str, columns: int = 2,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.taxonomy = taxonomy
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, term in enumerate(ctx.ref.terms(taxonomy)):
            box = QCheckBox()
            box.setObjectName(f"{taxonomy}:{term.id}")
            box.toggled.connect(self.changed)
            self.boxes[term.id] = box
            grid.addWidget(box, i // columns, i % columns)
        self.retranslate()

    def retranslate(self) -> None:
        for term_id, box in self.boxes.items():
            box.setText(self.ctx.label(self.taxonomy, term_id))
            box.setAccessibleName(box.text())

    def value(self) -> list[str]:
        return [t for t, b in self.boxes.items() if b.isChecked()]

    def set_value(self, values: list[str] | None) -> None:
        chosen = set(values or [])
        for term_id, box in self.boxes.items():
            box.setChecked(term_id in chosen)


class TermCombo(Retranslating, QComboBox):
    """One term of a taxonomy; optionally empty, optionally with the three special answers.

    With a ``placeholder`` nothing is chosen at first (and ``set_value(None)`` chooses
    nothing again): the box shows that hint, e.g. "Choose the form", in place of an empty
    "—" entry, and the list holds only real choices."""

    def __init__(self, ctx: AppContext, taxonomy: str, *, optional: bool = False,
                 special: bool = False, placeholder: Callable[[], str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.taxonomy = taxonomy
        self.optional = optional
        self.special = special
        self.placeholder = placeholder
        self._ids: list[str | None] = ([None] if optional and placeholder is None else []) + \
            ([*SPECIAL_ANSWERS] if special else []) + [t.id for t in ctx.ref.terms(taxonomy)]
        for _ in self._ids:
            self.addItem("")
        if placeholder is not None:
            self.setCurrentIndex(-1)
        self.retranslate()

    def retranslate(self) -> None:
        for i, term_id in enumerate(self._ids):
            if term_id is None:
                text = "—"
            elif term_id in SPECIAL_ANSWERS:
                text = self.ctx.ref.special_label(term_id, self.ctx.lang)
            else:
                text = self.ctx.label(self.taxonomy, term_id)
            self.setItemText(i, text)
        if self.placeholder is not None:
            self.setPlaceholderText(self.placeholder())

    def value(self) -> str | None:
        i = self.currentIndex()
        return self._ids[i] if 0 <= i < len(self._ids) else None

    def set_value(self, value: str | None) -> None:
        if value in self._ids:
            self.setCurrentIndex(self._ids.index(value))
        elif self.placeholder is not None:
            self.setCurrentIndex(-1)
        elif self._ids:
            self.setCurrentIndex(0)


def scroll_area(body: QWidget, *, frame: bool = False) -> QScrollArea:
    """``body`` in a scroll area that only scrolls: it resizes with the view and takes no focus,
    so Tab goes to the fields inside it (a screen reader would announce an unnamed stop)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFocusPolicy(Qt.NoFocus)
    if not frame:
        area.setFrameShape(QFrame.NoFrame)
    area.setWidget(body)
    return area
