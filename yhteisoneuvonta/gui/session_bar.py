"""The top bar of an adviser: which site, and the desk session open there (or not)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.timefmt import CLOCK
from ..errors import ProbablePersonalError, YnError
from ..services import desk, logbook
from . import a11y
from .context import AppContext
from .errors import show_error
from .widgets import Retranslating, TermChecklist, local_text, scroll_area


class OpenSessionDialog(Retranslating, QDialog):
    """Partners and professionals present at this opening of the desk."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openSessionDialog")
        self.ctx = ctx
        site = ctx.ref.site(ctx.site_id)
        self.partner_group = QGroupBox()
        pbox = QVBoxLayout(self.partner_group)
        self.partner_boxes: list[QCheckBox] = []
        for org in site.organisations:
            box = QCheckBox(org)
            box.setAccessibleName(org)
            box.setChecked(True)
            self.partner_boxes.append(box)
            pbox.addWidget(box)
        self.other_partner = QLineEdit()
        self.other_partner.setObjectName("otherPartner")
        pbox.addWidget(self.other_partner)
        self.pro_group = QGroupBox()
        QVBoxLayout(self.pro_group)
        self.professionals = TermChecklist(ctx, "professional_roles", columns=2)
        self.pro_group.layout().addWidget(self.professionals)
        self.ok_button = QPushButton()
        self.ok_button.setObjectName("openDesk")
        self.ok_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.ok_button, QDialogButtonBox.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # The choices scroll, the buttons stay: at 200 % text the dialog is taller than the screen.
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addWidget(self.partner_group)
        layout.addWidget(self.pro_group)
        scroll = scroll_area(body)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.buttons)
        self.retranslate()
        a11y.keyboard_fixes(self)
        # as large as the choices need (the scroll area alone would ask for less), within the screen
        m = outer.contentsMargins()
        width = body.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + m.left() + m.right()
        height = (body.sizeHint().height() + self.buttons.sizeHint().height() + outer.spacing()
                  + m.top() + m.bottom())
        a11y.fit_to_screen(self, width, height)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open the desk"))
        self.intro.setText(self.tr("Open a desk session at %1. Who is here with you?")
                           .replace("%1", self.ctx.site_name(self.ctx.site_id)))
        self.partner_group.setTitle(self.tr("Partner organisations present"))
        self.other_partner.setPlaceholderText(self.tr("Another organisation (optional)"))
        self.other_partner.setAccessibleName(self.tr("Another organisation"))
        self.pro_group.setTitle(self.tr("Professionals present (by role, never by name)"))
        self.ok_button.setText(self.tr("Open the desk"))
        self.cancel_button.setText(self.tr("Cancel"))

    def partners(self) -> list[str]:
        chosen = [b.text() for b in self.partner_boxes if b.isChecked()]
        other = self.other_partner.text().strip()
        return chosen + ([other] if other else [])


class SessionBar(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.site_label = QLabel()
        self.site_combo = QComboBox()
        self.site_combo.setObjectName("siteCombo")
        self.site_combo.setMinimumContentsLength(22)
        self.site_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.site_label.setBuddy(self.site_combo)
        self.session_label = QLabel()
        self.session_label.setObjectName("sessionLabel")
        self.session_label.setWordWrap(True)
        self.session_button = QPushButton()
        self.session_button.setObjectName("sessionButton")
        self.session_button.clicked.connect(self.toggle_session)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.site_label)
        layout.addWidget(self.site_combo)
        layout.addSpacing(16)
        layout.addWidget(self.session_label, 1)
        layout.addWidget(self.session_button)
        self._fill_sites()
        self.site_combo.currentIndexChanged.connect(self._site_chosen)
        ctx.session_changed.connect(self.refresh)
        ctx.open_desk_requested.connect(self.open_desk)
        self.retranslate()

    def _fill_sites(self) -> None:
        """Home sites first, then every other active site by municipality."""
        ref = self.ctx.ref
        known = {s.id for s in ref.sites}
        home = [s for s in self.ctx.home_sites() if s in known]
        others = sorted((s for s in ref.active_sites() if s.id not in home),
                        key=lambda s: (s.municipality, s.name))
        self.site_combo.blockSignals(True)
        self.site_combo.clear()
        for site_id in home:
            self.site_combo.addItem(self.ctx.site_name(site_id), site_id)
        if home and others:
            self.site_combo.insertSeparator(self.site_combo.count())
        for site in others:
            self.site_combo.addItem(f"{site.name} ({ref.municipality(site.municipality).name})", site.id)
        last = self.ctx.ws.setting("last_site")
        start = last if last and self.site_combo.findData(last) >= 0 else (home[0] if home else "")
        self.site_combo.setCurrentIndex(max(self.site_combo.findData(start), 0))
        self.site_combo.blockSignals(False)
        self._site_chosen()

    def reload_sites(self) -> None:
        self._fill_sites()

    def _site_chosen(self, *_: object) -> None:
        site_id = self.site_combo.currentData()
        if site_id:
            self.ctx.set_site(site_id)
            self.refresh()

    def retranslate(self) -> None:
        self.site_label.setText(self.tr("&Site:"))
        self.site_combo.setAccessibleName(self.tr("Site"))
        self.refresh()

    def refresh(self) -> None:
        if not self.ctx.site_id:
            return
        current = desk.current_session(self.ctx.ws, self.ctx.site_id)
        if current is None:
            self.session_label.setText(self.tr("The desk is closed."))
            self.session_button.setText(self.tr("Open the desk…"))
        else:
            count = desk.session_encounter_count(self.ctx.ws, current["id"])
            self.session_label.setText(self.tr("Desk open since %1 · %n visitor(s)", "", count)
                                       .replace("%1", local_text(current["starts_at"], CLOCK)))
            self.session_button.setText(self.tr("Close the desk"))
        self.session_button.setAccessibleName(self.session_button.text())
        self.session_label.setAccessibleName(self.session_label.text())

    def toggle_session(self) -> None:
        current = desk.current_session(self.ctx.ws, self.ctx.site_id)
        if current is None:
            self.open_desk()
            return
        visitors = desk.session_encounter_count(self.ctx.ws, current["id"])
        if not visitors:
            self._close(current)
            return
        # A desk with visits is not closed by a stray click: ask, "keep it open" by default.
        box = QMessageBox(QMessageBox.Question, self.tr("Close the desk?"),
                          self.tr("Close the desk session at %1? It has %n visitor(s); after closing, "
                                  "new visits no longer join it.", "", visitors)
                          .replace("%1", self.ctx.site_name(current["site_id"])), parent=self)
        box.setObjectName("closeDeskQuestion")
        close = box.addButton(self.tr("Close the desk"), QMessageBox.AcceptRole)
        keep = box.addButton(self.tr("Keep it open"), QMessageBox.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def answered(result: int) -> None:
            clicked = box.clickedButton()
            if clicked is close or (clicked is None and result == QDialog.Accepted):
                self._close(current)

        box.finished.connect(answered)
        self.close_question = box
        box.open()  # not exec(): see open_desk

    def _close(self, current: dict) -> None:
        closed = self._run(lambda: desk.close_session(self.ctx.ws, current["id"]))
        if closed is not None:
            self.offer_summary(closed)

    def open_desk(self, adopt: list[str] | None = None) -> None:
        """Ask who is present, then open; ``adopt``: visits logged while the desk was closed,
        which join the new session (it starts at the first of them)."""
        if desk.current_session(self.ctx.ws, self.ctx.site_id) is not None:
            return
        self._adopt = list(adopt or [])
        # open(), not exec(): the window stays responsive and tests can reach the dialog
        self.dialog = OpenSessionDialog(self.ctx, self)
        self.dialog.accepted.connect(self._open_session)
        self.dialog.open()

    def offer_summary(self, session: dict) -> None:
        """The shift is over: its summary, to print or save, right here."""
        visitors = desk.session_encounter_count(self.ctx.ws, session["id"])
        from .shift_end import (
            ShiftEndDialog,  # summary printing: only when the desk closes
        )

        self.shift_dialog = ShiftEndDialog(self.ctx, session, visitors, self)
        self.shift_dialog.open()  # not exec(): see toggle_session

    def _open_session(self, confirm: bool = False) -> None:
        dlg = self.dialog
        ws, adopt = self.ctx.ws, getattr(self, "_adopt", [])
        starts = min((logbook.get(ws, "encounter", rid)["occurred_at"] for rid in adopt), default=None)
        try:
            rec = desk.open_session(ws, self.ctx.site_id, partners=dlg.partners(),
                                    professionals=dlg.professionals.value(), confirm_not_personal=confirm,
                                    starts_at=datetime.fromisoformat(starts) if isinstance(starts, str) else starts)
            if adopt:
                desk.adopt_encounters(ws, rec["id"], adopt)
                self.ctx.records_changed.emit("encounter")
        except ProbablePersonalError as exc:
            self._ask_not_personal(exc)
            return
        except YnError as exc:
            show_error(self, exc)
            return
        self._adopt = []
        self.ctx.session_changed.emit()
        self.ctx.records_changed.emit("desk_session")

    def _ask_not_personal(self, exc: ProbablePersonalError) -> None:
        """A partner typed by hand looks like a person's name: confirm it names an organisation."""
        words = ", ".join(f"\u201c{f['text']}\u201d" for items in exc.findings.values() for f in items)
        box = QMessageBox(QMessageBox.Warning, self.tr("Open the desk"),
                          self.tr("These words may name a person: %1. Partners are recorded as "
                                  "organisations, never by a person's name.").replace("%1", words),
                          QMessageBox.Cancel, self)
        box.setObjectName("partnerNotPersonal")
        confirm = box.addButton(self.tr("It is an organisation: open the desk"), QMessageBox.AcceptRole)
        confirm.setObjectName("confirmNotPersonal")
        confirm.clicked.connect(lambda: self._open_session(confirm=True))
        self.not_personal_box = box
        box.open()  # not exec(): see toggle_session

    def _run(self, action: Callable[[], dict]) -> dict | None:
        try:
            result = action()
        except YnError as exc:
            show_error(self, exc)
            return None
        self.ctx.session_changed.emit()
        self.ctx.records_changed.emit("desk_session")
        return result
