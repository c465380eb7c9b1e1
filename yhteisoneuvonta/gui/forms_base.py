"""What every record form shares: fields with an error label beside them, Save and Clear,
editing a stored record, and a draft saved a moment after each change.

A subclass builds its fields with :meth:`RecordForm.add_field`, and implements
``blank()``, ``collect()`` (widgets -> input dataclass; never fails) and ``fill(input)``;
it starts empty with :meth:`RecordForm.fill_blank`.

The times of a new, empty form are "now" (``blank()``); until the user changes one of them
they follow the clock: the form shows the current time again when it is shown and takes it
on Save, so a form left open since the morning does not log a visit at 9:02.
"""
from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..errors import ProbablePersonalError, ValidationError, YnError
from ..records import probable
from ..services import drafts, logbook
from . import a11y
from .context import AppContext
from .errors import show_error
from .messages import field_texts
from .widgets import (
    DateTimeField,
    ErrorLabel,
    Retranslating,
    TermChecklist,
    scroll_area,
)

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 700
LABEL_MAX_EM = 28  # a field label wider than this many average characters wraps


def jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        value = dataclasses.asdict(value)
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    return value


class FieldLabel(QLabel):
    """A field's label: on one line up to :data:`LABEL_MAX_EM` wide, wrapped beyond that.

    A plain wrapped label asks for a narrow column and, in a form taller than its scroll
    area (laid out at its minimum size), for one line only: labels of two or three lines were
    cut off. This one asks for the width it needs (at most the limit) and for the height of
    its text at that width, as its minimum too; the label column is at least that wide, so
    the text always fits."""

    def _width(self) -> int:
        text = self.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        one_line = self.fontMetrics().horizontalAdvance(text) + 2 * self.margin() + 4
        return min(one_line, self.fontMetrics().averageCharWidth() * LABEL_MAX_EM)

    def sizeHint(self) -> QSize:  # noqa: N802
        if not self.wordWrap():
            return super().sizeHint()
        width = self._width()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint() if self.wordWrap() else super().minimumSizeHint()


class FieldRow:
    def __init__(self, name: str, label: QLabel, widget: QWidget, error: ErrorLabel,
                 text: Callable[[], str]) -> None:
        self.name, self.label, self.widget, self.error, self.text = name, label, widget, error, text
        self.warning: PersonalWarning | None = None


HIGHLIGHT = QColor("#ffd54f")


class PersonalWarning(QFrame):
    """Beside a text field: these words may name a person or a home. Replace them with a
    neutral word, or confirm they name no one (then the save goes on)."""

    def __init__(self, form: "RecordForm", row: FieldRow) -> None:
        super().__init__()
        self.form, self.row = form, row
        self.setObjectName(f"personalWarning:{row.name}")
        self.setStyleSheet("QFrame { background: #fff4c2; border: 1px solid #d8b600; }")
        self.findings: list[dict[str, Any]] = []
        self.key = row.name
        self.message = QLabel()
        self.message.setObjectName("personalWords")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("border: none;")  # a QLabel is a QFrame too
        self.replace_button = QPushButton()
        self.replace_button.setObjectName("replacePersonal")
        self.replace_button.clicked.connect(self.replace)
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("confirmNotPersonal")
        self.confirm_button.clicked.connect(form.confirm_not_personal)
        buttons = QHBoxLayout()
        buttons.addWidget(self.replace_button)
        buttons.addWidget(self.confirm_button)
        box = QVBoxLayout(self)
        box.addWidget(self.message)
        box.addLayout(buttons)
        self.hide()

    def _editable(self) -> bool:
        return self.key == self.row.name and isinstance(self.row.widget, (QPlainTextEdit, QLineEdit))

    def show_findings(self, key: str, findings: list[dict[str, Any]]) -> None:
        self.key, self.findings = key, findings
        words = ", ".join(f"\u201c{f['text']}\u201d" for f in findings)
        self.message.setText(self.tr("These words may name a person or a home: %1. Visitors are never "
                                     "identified.").replace("%1", words))
        self.replace_button.setText(self.tr("Replace with a neutral word"))
        self.confirm_button.setText(self.tr("They name no one: save"))
        for w in (self.replace_button, self.confirm_button):
            w.setAccessibleName(w.text())
        self.message.setAccessibleName(self.message.text())
        self.replace_button.setVisible(self._editable())
        self._highlight()
        self.show()

    def _offset(self) -> int:
        """The form stores stripped text: positions count from its first non-space character."""
        text = self._text()
        return len(text) - len(text.lstrip())

    def _text(self) -> str:
        w = self.row.widget
        return w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()  # type: ignore[attr-defined]

    def _highlight(self) -> None:
        w = self.row.widget
        if not (self._editable() and isinstance(w, QPlainTextEdit)):
            return
        fmt = QTextCharFormat()
        fmt.setBackground(HIGHLIGHT)
        selections = []
        for f in self.findings:
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(w.document())
            cursor.setPosition(self._offset() + f["start"])
            cursor.setPosition(self._offset() + f["end"], QTextCursor.KeepAnchor)
            sel.cursor, sel.format = cursor, fmt
            selections.append(sel)
        w.setExtraSelections(selections)

    def clear(self) -> None:
        if isinstance(self.row.widget, QPlainTextEdit):
            self.row.widget.setExtraSelections([])
        self.findings = []
        self.hide()

    def replace(self) -> None:
        if not self._editable():
            return
        neutral = {"name": self.tr("[name]"), "address": self.tr("[address]")}
        found = [probable.ProbableFinding(f["kind"], self._offset() + f["start"], self._offset() + f["end"],
                                          f["text"]) for f in self.findings]
        text = probable.replace_findings(self._text(), found, neutral)
        w = self.row.widget
        w.setPlainText(text) if isinstance(w, QPlainTextEdit) else w.setText(text)  # type: ignore[attr-defined]
        self.clear()
        w.setFocus()


class RecordForm(Retranslating, QWidget):
    kind: str = ""  # record kind of services.records.KINDS; also the draft's key
    saved = Signal(dict)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id: str | None = None  # set while editing a stored record
        self.record_site: str | None = None
        self.dirty = False
        self._filling = False
        self.rows: dict[str, FieldRow] = {}
        self._confirmed = False  # the user said the warned words name no one (this save only)
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self._draft_timer.timeout.connect(self.check_personal)
        # "Saved." must not stay on screen once the save is undone
        ctx.undone.connect(lambda kind, text: self.status.setText(text) if kind == self.kind else None)

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.mode_label = QLabel()
        self.form_error = ErrorLabel()
        self.form_error.setObjectName("formError")
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        body = QWidget()
        body.setLayout(self.form)
        self.scroll = scroll = scroll_area(body, frame=True)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clear")
        self.clear_button.clicked.connect(self.clear)
        self.status = QLabel()
        self.status.setObjectName("status")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.status, 1)
        outer = QVBoxLayout(self)
        outer.addWidget(self.heading)
        outer.addWidget(self.mode_label)
        outer.addWidget(self.form_error)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)
        save_sc = QShortcut(QKeySequence("Ctrl+S"), self)
        save_sc.activated.connect(self.save)

    # -- building ----------------------------------------------------------------------
    def add_field(self, name: str, text: Callable[[], str], widget: QWidget) -> QWidget:
        label = FieldLabel()
        label.setBuddy(widget)
        label.setWordWrap(True)
        error = ErrorLabel()
        error.setObjectName(f"error:{name}")
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(widget, 0, Qt.AlignTop)  # beside its label, not centred in a tall row
        box.addWidget(error)
        self.form.addRow(label, holder)
        widget.setObjectName(widget.objectName() or name)
        self.rows[name] = FieldRow(name, label, widget, error, text)
        self.watch(widget)
        self.buttons_after(widget)
        return widget

    def buttons_after(self, widget: QWidget) -> None:
        """Tab reaches Save and Clear after ``widget``: fields first, then their Save (the
        buttons were made before the fields, so they would come first)."""
        inner = [w for w in widget.findChildren(QWidget) if w.focusPolicy() & Qt.TabFocus]
        last = inner[-1] if inner and widget.focusPolicy() == Qt.NoFocus else widget
        QWidget.setTabOrder(last, self.save_button)
        QWidget.setTabOrder(self.save_button, self.clear_button)

    def add_heading(self, name: str, text: Callable[[], str]) -> QLabel:
        """A heading across the form for the fields below it (no field beside it), with its
        own error label for messages about the group as a whole (e.g. "answer at least one")."""
        label = FieldLabel()
        label.setWordWrap(True)
        label.setObjectName(f"heading:{name}")
        label.setStyleSheet("font-weight: bold;")
        error = ErrorLabel()
        error.setObjectName(f"error:{name}")
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 8, 0, 0)
        box.addWidget(label)
        box.addWidget(error)
        self.form.addRow(holder)
        self.rows[name] = FieldRow(name, label, label, error, text)
        return label

    def watch(self, widget: QWidget) -> None:
        """Any change marks the form dirty and schedules a draft."""
        if isinstance(widget, TermChecklist):
            widget.changed.connect(self._changed)
        elif isinstance(widget, QLineEdit):
            widget.textChanged.connect(self._changed)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self._changed)
        elif isinstance(widget, QDateTimeEdit):
            widget.dateTimeChanged.connect(self._changed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self._changed)
        elif isinstance(widget, QAbstractSpinBox):
            widget.valueChanged.connect(self._changed)  # type: ignore[attr-defined]
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(self._changed)

    def _changed(self, *_: Any) -> None:
        if self._filling:
            return
        self.clear_personal()  # the warned positions no longer hold
        self.dirty = True
        self._draft_timer.start()

    # -- texts ------------------------------------------------------------------------------
    def title(self) -> str:
        return ""

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.save_button.setText(self.tr("Save changes (Ctrl+S)") if self.record_id else self.tr("Save (Ctrl+S)"))
        self.clear_button.setText(self.tr("Cancel editing") if self.record_id else self.tr("Clear"))
        self.save_button.setAccessibleName(a11y.plain(self.save_button.text()))
        a11y.describe(self.save_button, key="Ctrl+S")
        self.clear_button.setAccessibleName(a11y.plain(self.clear_button.text()))
        for row in self.rows.values():
            row.label.setText(row.text())
            row.widget.setAccessibleName(a11y.plain(row.text()))
        self._name_duplicate_choices()
        # after a language switch the lists retranslate after the form: name them again then
        QTimer.singleShot(0, self, self._name_duplicate_choices)
        self._update_mode()

    def _name_duplicate_choices(self) -> None:
        """Check boxes of different lists with the same text ("Other" under topics, kinds of
        help, referrals…) are named with their list: "Other (Topics)"."""
        lists = {name: row for name, row in self.rows.items() if isinstance(row.widget, TermChecklist)}
        counts: dict[str, int] = {}
        for row in lists.values():
            for box in row.widget.boxes.values():
                counts[box.text()] = counts.get(box.text(), 0) + 1
        for row in lists.values():
            for box in row.widget.boxes.values():
                context = f" ({a11y.plain(row.text())})" if counts[box.text()] > 1 else ""
                box.setAccessibleName(a11y.plain(box.text()) + context)

    def _update_mode(self) -> None:
        if self.record_id:
            site = self.ctx.site_name(self.record_site or "")
            self.mode_label.setText(self.tr("Editing a saved record at %1.").replace("%1", site))
        else:
            self.mode_label.setText(self.tr("New record at %1.").replace("%1", self.ctx.site_name(self.ctx.site_id)))

    # -- subclass API -------------------------------------------------------------------------
    def blank(self) -> Any:
        raise NotImplementedError

    def collect(self) -> Any:
        raise NotImplementedError

    def fill(self, data: Any) -> None:
        raise NotImplementedError

    def create(self, data: Any) -> dict[str, Any]:
        return logbook.create(self.ctx.ws, data, confirm_not_personal=self._confirmed)

    @property
    def site_for_record(self) -> str:
        return self.record_site or self.ctx.site_id

    # -- actions -------------------------------------------------------------------------------
    def _fill(self, data: Any) -> None:
        self._filling = True
        try:
            self.fill(data)
        finally:
            self._filling = False

    def fill_blank(self) -> None:
        """An empty new record; its times follow the clock until the user edits one."""
        self._fill(self.blank())
        for time_field in self._time_fields().values():
            time_field.follows_now = True

    def _time_fields(self) -> dict[str, DateTimeField]:
        return {name: row.widget for name, row in self.rows.items() if isinstance(row.widget, DateTimeField)}

    def refresh_times(self) -> None:
        """Move untouched "now" times on to the current time (from ``blank()``).

        If the user has edited any time of the form, none moves: an untouched end must
        not run away from a start the user set."""
        fields = self._time_fields()
        if not fields or not all(f.follows_now for f in fields.values()):
            for f in fields.values():
                f.follows_now = False
            return
        fresh = self.blank()
        self._filling = True
        try:
            for name, time_field in fields.items():
                time_field.set_value(getattr(fresh, name), follows_now=True)
        finally:
            self._filling = False

    def clear(self) -> None:
        self.record_id = None
        self.record_site = None
        self.fill_blank()
        self.dirty = False
        self._draft_timer.stop()
        self.show_errors({})
        drafts.discard_draft(self.ctx.ws, self.kind)
        self.retranslate()

    def load_record(self, record: dict[str, Any]) -> None:
        """Open a stored record for editing."""
        self.record_id = record["id"]
        self.record_site = record.get("site_id")
        self._fill(logbook.to_input(self.kind, record))
        self.dirty = False
        self.show_errors({})
        self.status.setText("")
        self.retranslate()

    def prefill(self, data: Any) -> None:
        """Start a new record from values chosen elsewhere (quick log's "More details")."""
        self.record_id = None
        self.record_site = None
        self._fill(data)
        self.dirty = True
        self.show_errors({})
        self.retranslate()

    def save(self) -> None:
        self.refresh_times()  # an untouched time is the moment of saving
        data = self.collect()
        try:
            if self.record_id:
                rec = logbook.update(self.ctx.ws, self.record_id, data, confirm_not_personal=self._confirmed)
            else:
                rec = self.create(data)
        except ProbablePersonalError as exc:
            self.show_errors({})
            self.show_personal(exc.findings)
            self.status.setText(self.tr("Not saved yet: check the highlighted words."))
            return
        except ValidationError as exc:
            self.show_errors(field_texts(exc))
            self.status.setText(self.tr("Not saved: see the messages in red."))
            errors = [row.error.text() for row in self.rows.values() if row.error.text()]
            a11y.announce(self, " ".join([self.status.text(), *errors, self.form_error.text()]), assertive=True)
            return
        except YnError as exc:
            show_error(self, exc)
            return
        was_edit = self.record_id is not None
        self.clear()
        self.status.setText(self.tr("Changes saved.") if was_edit else self.tr("Saved."))
        a11y.announce(self, self.status.text())
        if not was_edit:
            kind, ws, rid = self.kind, self.ctx.ws, rec["id"]
            done = self.tr("Undone: the record just saved (%1) was removed.").replace("%1", self.title().replace("&", ""))
            self.ctx.push_undo(self.tr("Undo saving"), lambda: logbook.set_deleted(ws, kind, rid, True), kind, done)
        self.ctx.records_changed.emit(self.kind)
        self.saved.emit(rec)

    # -- errors --------------------------------------------------------------------------------
    def row_for(self, key: str) -> FieldRow | None:
        """``proposals[0].text`` -> ``proposals[0].text``, ``proposals``; ``headcount_split.x`` -> ..."""
        candidates = [key, re.sub(r"\[\d+\]", "", key), key.split(".")[0], re.sub(r"\[\d+\].*", "", key)]
        for c in candidates:
            if c in self.rows:
                return self.rows[c]
        return None

    def check_personal(self) -> None:
        """While typing (a moment after the last key): warn at once about probable names and
        addresses in the text fields, so the adviser sees them before pressing Save."""
        texts = {name: row.widget.toPlainText() if isinstance(row.widget, QPlainTextEdit) else row.widget.text()
                 for name, row in self.rows.items() if isinstance(row.widget, (QPlainTextEdit, QLineEdit))}
        found = probable.check_fields({k: v.strip() for k, v in texts.items()})
        self.clear_personal()
        if found:
            self.show_personal({k: [f.as_dict() for f in v] for k, v in found.items()}, focus=False)

    def show_personal(self, findings: dict[str, list[dict[str, Any]]], focus: bool = True) -> None:
        """A warning under each field whose words may name a person or a home."""
        first: QWidget | None = None
        for key, items in findings.items():
            row = self.row_for(key)
            if row is None:
                row = next(iter(self.rows.values()))
            if row.warning is None:
                row.warning = PersonalWarning(self, row)
                row.error.parentWidget().layout().addWidget(row.warning)
            row.warning.show_findings(key, items)
            if first is None:  # the warning sits under its field: scroll it into view
                QTimer.singleShot(0, lambda w=row.warning: self.findChild(QScrollArea).ensureWidgetVisible(w))
            first = first or row.widget
        if first is not None and focus:
            first.setFocus()

    def clear_personal(self) -> None:
        for row in self.rows.values():
            if row.warning is not None and row.warning.findings:
                row.warning.clear()

    def confirm_not_personal(self) -> None:
        """Save with the warned words kept: the record counts the confirmation, not the words."""
        self._confirmed = True
        try:
            self.save()
        finally:
            self._confirmed = False

    def show_errors(self, errors: dict[str, str]) -> None:
        self.clear_personal()
        for row in self.rows.values():
            row.error.show_message("")
            a11y.set_field_error(row.widget, "")
        unplaced: list[str] = []
        refused: list[FieldRow] = []
        for key, message in errors.items():
            text = message
            index = re.search(r"\[(\d+)\]", key)
            if index:  # "proposals[1].text": say which one
                text = f"{int(index.group(1)) + 1}: {text}"
            row = self.row_for(key)
            if row is None:
                unplaced.append(f"{key}: {text}")
                continue
            joined = f"{row.error.text()}\n{text}" if row.error.text() else text
            row.error.show_message(joined)
            refused.append(row)
            a11y.set_field_error(row.widget, joined)  # read with the field while it stands
        self.form_error.show_message("\n".join(unplaced))
        if refused:
            order = list(self.rows.values())  # the order of the form, not of the messages
            self.go_to_row(min(refused, key=order.index))

    def go_to_row(self, row: FieldRow) -> None:
        """Focus the field and scroll it, with its red reason, into view."""
        self.form.activate()  # the error labels just shown must have their place first
        body = self.scroll.widget()
        body.resize(body.width(), max(body.height(), body.sizeHint().height()))
        self._reveal(row)
        QTimer.singleShot(0, lambda: self._reveal(row))  # again once the scroll area has relaid out
        target = row.widget
        if target.focusPolicy() == Qt.NoFocus:  # a heading: its first field after it
            target = target.nextInFocusChain()
        target.setFocus(Qt.OtherFocusReason)

    def _reveal(self, row: FieldRow) -> None:
        for widget in (row.error, row.label, row.widget):
            self.scroll.ensureWidgetVisible(widget, 0, 20)

    # -- drafts --------------------------------------------------------------------------------
    def draft_payload(self) -> dict[str, Any]:
        return {"record_id": self.record_id, "record_site": self.record_site,
                "values": jsonable(self.collect())}

    def save_draft(self) -> None:
        if not self.dirty:
            return
        try:
            drafts.save_draft(self.ctx.ws, self.kind, self.draft_payload())
        except Exception:  # noqa: BLE001 - a failed draft must not interrupt typing
            log.exception("could not save the draft of %s", self.kind)

    def restore_draft(self, payload: dict[str, Any]) -> None:
        values = payload.get("values") or {}
        self.record_id = payload.get("record_id")
        self.record_site = payload.get("record_site")
        self._fill(logbook.to_input(self.kind, values))
        self.dirty = True
        self.retranslate()
        removed = sorted(set(drafts.removed_in(values)))
        if removed:
            self.form_error.show_message(self.tr(
                "Restored draft: identifying details were removed from it (%1). Check the text "
                "before saving.").replace("%1", ", ".join(removed)))

    def showEvent(self, event: Any) -> None:  # noqa: N802
        self.refresh_times()
        self._update_mode()
        super().showEvent(event)
