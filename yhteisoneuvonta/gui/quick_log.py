"""Quick log: the common encounter in a few clicks and no typing, and today's list beside it.

The chosen visit of today's list (after a save, the visit just saved) can be given
form-filling help or a questionnaire linked to it (Ctrl+L, Ctrl+K).

Topic and kind-of-help buttons are the site's most used terms when the site is first seen,
then stored (``desk.quick_buttons``): a button and its key keep their term until the adviser
puts another term on it or moves it (the button's context menu), so keys typed from memory
always log what they logged yesterday.
"""
from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..errors import ValidationError, YnError
from ..records.inputs import EncounterInput
from ..services import desk, logbook
from . import a11y
from .context import AppContext
from .coordinator.dialogs import dialogs
from .errors import show_error
from .form_help_form import FORM_HELP_KEY, QUESTIONNAIRE_KEY, open_form_help_for
from .instrument_form import open_questionnaire_for
from .messages import field_texts
from .models import TodayModel
from .record_table import RecordTable, set_deleted
from .take_home import TakeHomeMaker
from .widgets import FittedLabel, Retranslating

BUTTONS = 6
DURATIONS = (5, 10, 15, 30, 45)
DEFAULT_DURATION = 15
TOPIC_KEYS = [f"Alt+{i}" for i in range(1, BUTTONS + 1)]
HELP_KEYS = [f"Ctrl+{i}" for i in range(1, BUTTONS + 1)]
DURATION_KEYS = ["F5", "F6", "F7", "F8", "F9"]
TOGGLE_STYLE = ("QPushButton { padding: 4px; } "
                "QPushButton:checked { background: #1d5fa8; border: 2px solid #0d3566; }")


class BigToggle(QPushButton):
    """A large toggle whose label wraps over lines, with its shortcut underneath."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setStyleSheet(TOGGLE_STYLE)
        self.setMinimumHeight(82)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        # at most three lines, so a long label never runs over the shortcut under it
        self.main = FittedLabel(max_lines=3)
        self.main.setObjectName("toggleText")
        self.main.setAlignment(Qt.AlignCenter)
        self.key = QLabel()
        self.key.setAlignment(Qt.AlignCenter)
        self.toggled.connect(self._restyle)
        self._restyle(False)
        for label in (self.main, self.key):
            label.setAttribute(Qt.WA_TransparentForMouseEvents)
            label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(0)
        layout.addWidget(self.main, 1)
        layout.addWidget(self.key)

    def _restyle(self, checked: bool) -> None:
        # Stylesheets cannot colour a child by its parent's state: set it here.
        colour = "color: white;" if checked else "color: palette(button-text);"
        self.main.setStyleSheet(colour)  # its font is its own: it shrinks to fit
        self.main.set_bold(checked)
        self.key.setStyleSheet(f"font-size: 9pt; {colour}" + (" font-weight: bold;" if checked else ""))

    def set_texts(self, text: str, key: str) -> None:
        native = QKeySequence(key).toString(QKeySequence.NativeText)
        self.main.set_full_text(text)
        self.key.setText(native)
        self.setAccessibleName(text)
        self.setAccessibleDescription(native)
        self.setToolTip(f"{text} ({native})")

    def visible_text(self) -> str:
        return self.main.full_text()


CHOICE_STYLE = ("QRadioButton { padding: 4px; border: 1px solid palette(mid); border-radius: 3px;"
                " background: palette(button); } "
                "QRadioButton:checked { background: #1d5fa8; border: 2px solid #0d3566; } "
                "QRadioButton:focus { border: 3px solid palette(highlight); } "
                "QRadioButton::indicator { width: 0px; height: 0px; border: none; image: none; margin: 0px; }")


class BigChoice(QRadioButton):
    """One of several choices (the time used), drawn like a :class:`BigToggle` but a radio
    button to a screen reader and to the keyboard: one Tab stop, arrows move the choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(CHOICE_STYLE)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self.main = QLabel()
        self.key = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(0)
        for label in (self.main, self.key):
            label.setAlignment(Qt.AlignCenter)
            label.setAttribute(Qt.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self.toggled.connect(self._restyle)
        self._restyle(False)

    def _restyle(self, checked: bool) -> None:
        colour = "color: white;" if checked else "color: palette(button-text);"
        self.main.setStyleSheet(f"font-size: 12pt; {colour}" + (" font-weight: bold;" if checked else ""))
        self.key.setStyleSheet(f"font-size: 9pt; {colour}")

    def set_texts(self, text: str, key: str) -> None:
        native = QKeySequence(key).toString(QKeySequence.NativeText)
        self.main.setText(text)
        self.key.setText(native)
        self.setAccessibleName(text)
        self.setAccessibleDescription(native)
        self.setToolTip(f"{text} ({native})")

    def visible_text(self) -> str:
        return self.main.text()

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802
        return self.rect().contains(pos)  # the whole face, not only the (hidden) indicator


class QuickLogPage(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickLog")
        self.ctx = ctx
        self.topic_ids: list[str] = []
        self.help_ids: list[str] = []

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        # a long translation wraps instead of widening the window past the screen
        self.hint.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.topic_box, self.topic_buttons = self._toggle_grid("topic", TOPIC_KEYS)
        self.help_box, self.help_buttons = self._toggle_grid("help", HELP_KEYS)
        self.duration_box = QGroupBox()
        dl = QHBoxLayout(self.duration_box)
        self.duration_group = QButtonGroup(self)
        self.duration_buttons: list[BigChoice] = []
        for i, (minutes, key) in enumerate(zip(DURATIONS, DURATION_KEYS)):
            b = BigChoice()
            b.setMinimumHeight(50)
            b.setObjectName(f"duration:{minutes}")
            self.duration_group.addButton(b, minutes)
            self.duration_buttons.append(b)
            dl.addWidget(b)
            QShortcut(QKeySequence(key), self, activated=b.click)
        self.save_button = QPushButton()
        self.save_button.setObjectName("quickSave")
        self.save_button.setStyleSheet("QPushButton { font-size: 14pt; font-weight: bold; min-height: 2.2em;"
                                       " background: #1f7a3a; color: white; }")
        self.save_button.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
        self.save_button.clicked.connect(self.save)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, activated=self.save)
        self.more_button = QPushButton()
        self.more_button.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
        self.more_button.setObjectName("quickMore")
        self.more_button.clicked.connect(self.more_details)
        self.status = QLabel()
        self.status.setObjectName("quickStatus")
        self.status.setStyleSheet("font-size: 13pt;")
        self.status.setWordWrap(True)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("quickUndo")
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        # Logged while the desk is closed: the visit is kept, and opening the desk is offered.
        self.unattached: list[str] = []
        self.open_desk_button = QPushButton()
        self.open_desk_button.setObjectName("quickOpenDesk")
        self.open_desk_button.clicked.connect(self.open_desk_for_unattached)
        self.open_desk_button.hide()

        # today's list
        self.today_label = QLabel()
        self.today_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.today_label.setWordWrap(True)
        self.today_label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.model = TodayModel(ctx, self)
        self.table = RecordTable(self.model, "todayTable")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        for column in (1, 2):  # topics and kinds of help take the room left
            header.setSectionResizeMode(column, QHeaderView.Stretch)
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.today_label.setBuddy(self.table)
        self.table.edit_requested.connect(self.edit_selected)
        self.table.delete_requested.connect(self.delete_selected)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("todayEdit")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("todayDelete")
        self.delete_button.clicked.connect(self.delete_selected)
        self.take_home_button = QPushButton()
        self.take_home_button.setObjectName("todayTakeHome")
        self.take_home = TakeHomeMaker(ctx, self)
        self.take_home.message.connect(self._say)
        self.take_home_button.clicked.connect(lambda: self.take_home.make(self.selected()))
        self.form_help_button = QPushButton()
        self.form_help_button.setObjectName("todayFormHelp")
        self.form_help_button.clicked.connect(self.form_help_for_selected)
        self.questionnaire_button = QPushButton()
        self.questionnaire_button.setObjectName("todayQuestionnaire")
        self.questionnaire_button.clicked.connect(self.questionnaire_for_selected)
        QShortcut(QKeySequence(FORM_HELP_KEY), self, activated=self.form_help_for_selected)
        QShortcut(QKeySequence(QUESTIONNAIRE_KEY), self, activated=self.questionnaire_for_selected)

        left = QVBoxLayout()
        head = QHBoxLayout()
        head.addWidget(self.heading)
        head.addWidget(self.hint, 1)
        left.addLayout(head)
        left.addWidget(self.topic_box)
        left.addWidget(self.help_box)
        left.addWidget(self.duration_box)
        row = QHBoxLayout()
        row.addWidget(self.save_button, 3)
        row.addWidget(self.more_button, 1)
        left.addLayout(row)
        srow = QHBoxLayout()
        srow.addWidget(self.status, 1)
        srow.addWidget(self.undo_button)
        left.addLayout(srow)
        left.addWidget(self.open_desk_button)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.today_label)
        right.addWidget(self.table, 1)
        brow = QHBoxLayout()
        brow.addWidget(self.edit_button)
        brow.addWidget(self.delete_button)
        right.addLayout(brow)
        right.addWidget(self.take_home_button)  # one a line: the labels are long in Finnish
        right.addWidget(self.form_help_button)
        right.addWidget(self.questionnaire_button)
        for b in (self.edit_button, self.delete_button, self.take_home_button,
                  self.form_help_button, self.questionnaire_button):
            b.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
        outer = QHBoxLayout(self)
        outer.addLayout(left, 3)
        outer.addLayout(right, 2)

        ctx.site_changed.connect(self.site_changed)
        ctx.records_changed.connect(self._records_changed)
        ctx.undo_changed.connect(self._undo_changed)
        ctx.session_changed.connect(self._session_changed)
        ctx.undone.connect(lambda kind, text: self._say(text) if kind == "encounter" else None)
        self.setTabOrder(self.topic_buttons[-1], self.help_buttons[0])
        self.site_changed()

    def _toggle_grid(self, name: str, keys: list[str]) -> tuple[QGroupBox, list[BigToggle]]:
        box = QGroupBox()
        grid = QGridLayout(box)
        buttons = []
        for i, key in enumerate(keys):
            b = BigToggle()
            b.setObjectName(f"{name}:{i}")
            grid.addWidget(b, i // 3, i % 3)
            buttons.append(b)
            b.setContextMenuPolicy(Qt.CustomContextMenu)  # right click or the Menu key
            b.customContextMenuRequested.connect(lambda pos, n=name, i=i: self._button_menu(n, i, pos))
            QShortcut(QKeySequence(key), self, activated=b.toggle)
        return box, buttons

    # -- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Quick log"))
        self.hint.setText(self.tr("Choose the topic, the kind of help and the time, then Save. No names."))
        self.topic_box.setAccessibleDescription(self.hint.text())  # read on entering the first group
        self.topic_box.setTitle(self.tr("Topic (Alt+1…6)"))
        self.topic_box.setToolTip(self.tr("Each button keeps its key. Right-click a button (or press the Menu "
                                          "key) to put another choice on it or to move it."))
        self.help_box.setToolTip(self.topic_box.toolTip())
        self.help_box.setTitle(self.tr("Kind of help (Ctrl+1…6)"))
        self.duration_box.setTitle(self.tr("Time used (F5…F9)"))
        for b, term, key in zip(self.topic_buttons, self.topic_ids, TOPIC_KEYS):
            b.set_texts(self.ctx.label("topics", term), key)
        for b, term, key in zip(self.help_buttons, self.help_ids, HELP_KEYS):
            b.set_texts(self.ctx.label("help_kinds", term), key)
        for b, minutes, key in zip(self.duration_buttons, DURATIONS, DURATION_KEYS):
            b.set_texts(self.tr("%1 min").replace("%1", str(minutes)), key)
        self.save_button.setText(self.tr("Save (Ctrl+Enter)"))
        a11y.describe(self.save_button, self.tr("Save the visit"), "Ctrl+Enter")
        self.more_button.setText(self.tr("More details…"))
        a11y.describe(self.more_button, self.tr("Open the full form with these choices"))
        self.more_button.setToolTip(self.more_button.accessibleDescription())
        self.undo_button.setText(self.tr("Undo (Ctrl+Z)"))
        self.open_desk_button.setText(self.tr("Open the desk now: the visit joins it"))
        a11y.describe(self.undo_button, self.tr("Undo"), QKeySequence.Undo)
        self.today_label.setText(self.tr("Today at %1").replace("%1", self.ctx.site_name(self.ctx.site_id)))
        a11y.describe(self.table, self.tr("Today's visits"))
        self.edit_button.setText(self.tr("Edit (Enter)"))
        a11y.describe(self.edit_button, self.tr("Edit the chosen visit"), "Return")
        self.delete_button.setText(self.tr("Delete (Del)"))
        a11y.describe(self.delete_button, self.tr("Delete the chosen visit"), "Del")
        self.take_home_button.setText(self.tr("Note for the visitor…"))
        self.take_home_button.setToolTip(self.tr("What was done, next steps and where to turn, in the visitor's "
                                                 "language. No names, no notes."))
        a11y.describe(self.take_home_button, self.take_home_button.toolTip())
        native = {k: QKeySequence(k).toString(QKeySequence.NativeText) for k in (FORM_HELP_KEY, QUESTIONNAIRE_KEY)}
        self.form_help_button.setText(self.tr("Form help for this visit (%1)").replace("%1", native[FORM_HELP_KEY]))
        a11y.describe(self.form_help_button, self.tr("Record form-filling help for the chosen visit"), FORM_HELP_KEY)
        self.form_help_button.setToolTip(self.tr("Opens the form-filling help page linked to the chosen visit."))
        self.questionnaire_button.setText(
            self.tr("Questionnaire for this visit (%1)").replace("%1", native[QUESTIONNAIRE_KEY]))
        a11y.describe(self.questionnaire_button, self.tr("Record questionnaire answers for the chosen visit"),
                      QUESTIONNAIRE_KEY)
        self.questionnaire_button.setToolTip(
            self.tr("Opens the questionnaire (PEI) linked to the chosen visit: the visitor answers after the visit."))
        self.model.retranslate()
        a11y.name_from_labels(self)  # today's list is named by its heading, which names the site

    # -- behaviour --------------------------------------------------------------------------
    def site_changed(self, *_: object) -> None:
        if not self.ctx.site_id:
            return
        ws, site = self.ctx.ws, self.ctx.site_id
        self.unattached = []  # offered for the site they were logged at only
        self.open_desk_button.hide()
        self.topic_ids = desk.quick_buttons(ws, site, "topics", BUTTONS)
        self.help_ids = desk.quick_buttons(ws, site, "help_kinds", BUTTONS)
        for buttons, ids in ((self.topic_buttons, self.topic_ids), (self.help_buttons, self.help_ids)):
            for i, b in enumerate(buttons):
                b.setVisible(i < len(ids))
        self.reset()
        self.model.reload()
        self.retranslate()
        self.table.resizeRowsToContents()

    # -- pinning and reordering the buttons --------------------------------------------------
    def _ids(self, name: str) -> tuple[str, list[str], list[BigToggle]]:
        if name == "topic":
            return "topics", self.topic_ids, self.topic_buttons
        return "help_kinds", self.help_ids, self.help_buttons

    def _button_menu(self, name: str, index: int, pos) -> None:
        _, ids, buttons = self._ids(name)
        menu = QMenu(self)
        menu.setObjectName("quickButtonMenu")
        menu.addAction(self.tr("Put another choice on this button…"), lambda: self.choose_term(name, index))
        if index > 0:
            menu.addAction(self.tr("Move earlier"), lambda: self.move_button(name, index, -1))
        if index < len(ids) - 1:
            menu.addAction(self.tr("Move later"), lambda: self.move_button(name, index, 1))
        menu.exec(buttons[index].mapToGlobal(pos))

    def choose_term(self, name: str, index: int) -> None:
        taxonomy, ids, _ = self._ids(name)
        terms = [t.id for t in self.ctx.ws.reference().terms(taxonomy) if t.id not in ids or t.id == ids[index]]
        labels = [self.ctx.label(taxonomy, t) for t in terms]
        chosen = dialogs().choose(self, self.tr("Choose for the button"),
                                  self.tr("What does button %1 record?").replace("%1", str(index + 1)), labels)
        if chosen is None:
            return
        self.pin_buttons(name, [terms[chosen] if i == index else t for i, t in enumerate(ids)])

    def move_button(self, name: str, index: int, step: int) -> None:
        _, ids, _ = self._ids(name)
        order = list(ids)
        other = index + step
        if not 0 <= other < len(order):
            return
        order[index], order[other] = order[other], order[index]
        self.pin_buttons(name, order)

    def pin_buttons(self, name: str, order: list[str]) -> None:
        taxonomy, _, _ = self._ids(name)
        try:
            desk.set_quick_buttons(self.ctx.ws, self.ctx.site_id, taxonomy, order)
        except YnError as exc:
            show_error(self, exc)
            return
        self.site_changed()

    def _records_changed(self, kind: str) -> None:
        if kind == "encounter":
            self.model.reload()
            self.table.resizeRowsToContents()

    def reset(self) -> None:
        for b in self.topic_buttons + self.help_buttons:
            b.setChecked(False)
        self.duration_group.button(DEFAULT_DURATION).setChecked(True)

    def chosen(self) -> tuple[list[str], list[str], int]:
        topics = [t for b, t in zip(self.topic_buttons, self.topic_ids) if b.isChecked()]
        helps = [t for b, t in zip(self.help_buttons, self.help_ids) if b.isChecked()]
        return topics, helps, self.duration_group.checkedId()

    def save(self) -> None:
        topics, helps, minutes = self.chosen()
        try:
            rec = desk.quick_log(self.ctx.ws, self.ctx.site_id, topics, helps, minutes)
        except ValidationError as exc:
            self._say("; ".join(field_texts(exc).values()), error=True)
            return
        except YnError as exc:
            show_error(self, exc)
            return
        ws, rid = self.ctx.ws, rec["id"]
        what = ", ".join(self.ctx.label("topics", t) for t in topics)
        done = self.tr("Undone: the visit (%1, %2 min) was removed.").replace("%1", what).replace("%2", str(minutes))
        self.ctx.push_undo(self.tr("Undo saving"), lambda: logbook.set_deleted(ws, "encounter", rid, True),
                           "encounter", done)
        self.reset()
        saved = self.tr("Saved: %1, %2 min.").replace("%1", what).replace("%2", str(minutes))
        if rec.get("session_id") is None:
            self.unattached.append(rid)
            saved += " " + self.tr("The desk is not open, so the visit belongs to no desk session.")
        self._say(saved)
        self.open_desk_button.setVisible(bool(self.unattached))
        self.ctx.records_changed.emit("encounter")
        self.ctx.session_changed.emit()
        self.choose(rid)  # form help or a questionnaire for it is one key away
        self.topic_buttons[0].setFocus()

    def open_desk_for_unattached(self) -> None:
        self.ctx.open_desk_requested.emit(list(self.unattached))

    def _session_changed(self) -> None:
        if desk.current_session(self.ctx.ws, self.ctx.site_id) is not None:
            self.unattached = []
            self.open_desk_button.hide()

    def more_details(self) -> None:
        topics, helps, minutes = self.chosen()
        data = EncounterInput(site_id=self.ctx.site_id, occurred_at=datetime.now(timezone.utc),
                              minutes=minutes, topics=topics, help_kinds=helps)
        self.reset()
        self.ctx.prefill_requested.emit("encounter", data)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("font-size: 13pt;" + (" color: #b00020; font-weight: bold;" if error else
                                                         " color: #1f7a3a; font-weight: bold;"))
        self.status.setText(text)
        self.status.setAccessibleName(text)
        a11y.announce(self.status, text, assertive=error)  # heard, not only seen
        self._undo_changed()

    def _undo_changed(self) -> None:
        self.undo_button.setVisible(self.ctx.last_undo() is not None)

    def undo(self) -> None:
        self.ctx.undo()  # what was undone comes back through ctx.undone

    def selected(self) -> dict | None:
        return self.table.selected()

    def choose(self, record_id: str) -> None:
        """Make the visit ``record_id`` the chosen one of today's list."""
        for row in range(self.model.rowCount()):
            ref = self.model.row_ref(row)
            if ref is not None and ref.id == record_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return

    def _chosen_visit(self) -> dict | None:
        rec = self.selected()
        if rec is None or rec.get("deleted"):
            self._say(self.tr("Choose a visit in today's list first."), error=True)
            return None
        return rec

    def form_help_for_selected(self) -> None:
        rec = self._chosen_visit()
        if rec is not None:
            open_form_help_for(self.ctx, rec)

    def questionnaire_for_selected(self) -> None:
        rec = self._chosen_visit()
        if rec is not None:
            open_questionnaire_for(self.ctx, rec)

    def edit_selected(self) -> None:
        rec = self.selected()
        if rec is not None:
            self.ctx.edit_requested.emit("encounter", rec["id"])

    def delete_selected(self) -> None:
        rec = self.selected()
        if rec is None:
            return
        if set_deleted(self.ctx, self, rec) is not None:
            self._say(self.tr("Deleted. Press Undo to bring it back."))
