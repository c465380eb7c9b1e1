"""A group session: group, info, house meeting or community council; head counts; and for
the last two the proposals raised and what was decided."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..records.inputs import GroupSessionInput, Proposal
from .context import AppContext
from .forms_base import RecordForm
from .widgets import HELSINKI, DateTimeField, Retranslating, TermChecklist, TermCombo

SPLIT_ROWS = 3
# Kinds whose proposals are recorded; the validator holds the same rule.
PROPOSAL_KINDS = ("house_meeting", "community_council")
DEFAULT_MINUTES = 60


def _now() -> datetime:
    return datetime.now(timezone.utc)


def default_end(start: datetime) -> datetime:
    """A new group's end: an hour after the start, but not past 23:59 of the start's day in
    Helsinki (a group started late in the evening does not run past midnight). Only at
    23:59 itself, with no later minute that day, is it the hour after."""
    local = start.astimezone(HELSINKI).replace(second=0, microsecond=0)
    end = min(local + timedelta(minutes=DEFAULT_MINUTES), local.replace(hour=23, minute=59))
    return end if end > local else local + timedelta(minutes=DEFAULT_MINUTES)


def _names(text: str) -> list[str]:
    return [n.strip() for n in text.replace(";", ",").split(",") if n.strip()]


class SplitEditor(Retranslating, QWidget):
    """Optional parts of the head count, e.g. "children 4"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.rows: list[tuple[QLineEdit, QSpinBox]] = []
        for i in range(SPLIT_ROWS):
            name, count = QLineEdit(), QSpinBox()
            name.setObjectName(f"splitName{i}")
            count.setObjectName(f"splitCount{i}")
            count.setRange(0, 2000)
            name.textChanged.connect(self.changed)
            count.valueChanged.connect(self.changed)
            grid.addWidget(name, i, 0)
            grid.addWidget(count, i, 1)
            self.rows.append((name, count))
        self.retranslate()

    def retranslate(self) -> None:
        for i, (name, count) in enumerate(self.rows):
            name.setPlaceholderText(self.tr("Part, e.g. children"))
            name.setAccessibleName(self.tr("Part %1 name").replace("%1", str(i + 1)))
            count.setAccessibleName(self.tr("Part %1 count").replace("%1", str(i + 1)))

    def value(self) -> dict[str, int]:
        return {n.text().strip(): c.value() for n, c in self.rows if n.text().strip()}

    def set_value(self, parts: dict[str, int]) -> None:
        items = list(parts.items())[:SPLIT_ROWS]
        for i, (name, count) in enumerate(self.rows):
            name.setText(items[i][0] if i < len(items) else "")
            count.setValue(int(items[i][1]) if i < len(items) else 0)


class ProposalsEditor(Retranslating, QWidget):
    """Rows of (proposal, decision), added one at a time."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[QWidget, QLineEdit, QLineEdit, QPushButton]] = []
        self.list_layout = QVBoxLayout()
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addProposal")
        self.add_button.clicked.connect(lambda: self.add_row())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.list_layout)
        layout.addWidget(self.add_button)
        self.retranslate()

    def add_row(self, proposal: Proposal | None = None) -> None:
        holder = QWidget()
        text, decision, remove = QLineEdit(proposal.text if proposal else ""), QLineEdit(
            (proposal.decision or "") if proposal else ""), QPushButton()
        text.setObjectName(f"proposal{len(self.rows)}")
        decision.setObjectName(f"decision{len(self.rows)}")
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(text, 3)
        row.addWidget(decision, 2)
        row.addWidget(remove)
        entry = (holder, text, decision, remove)
        remove.clicked.connect(lambda: self._remove(entry))
        text.textChanged.connect(self.changed)
        decision.textChanged.connect(self.changed)
        self.rows.append(entry)
        self.list_layout.addWidget(holder)
        self.retranslate()
        self.changed.emit()
        if proposal is None:
            text.setFocus()

    def _remove(self, entry: tuple[QWidget, QLineEdit, QLineEdit, QPushButton]) -> None:
        self.rows.remove(entry)
        entry[0].deleteLater()
        self.retranslate()
        self.changed.emit()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add a proposal"))
        for i, (_, text, decision, remove) in enumerate(self.rows, start=1):
            text.setPlaceholderText(self.tr("Proposal %1").replace("%1", str(i)))
            text.setAccessibleName(text.placeholderText())
            decision.setPlaceholderText(self.tr("Decision (optional)"))
            decision.setAccessibleName(self.tr("Decision on proposal %1").replace("%1", str(i)))
            remove.setText(self.tr("Remove"))
            remove.setAccessibleName(self.tr("Remove proposal %1").replace("%1", str(i)))

    def value(self) -> list[Proposal]:
        return [Proposal(t.text().strip(), d.text().strip() or None) for _, t, d, _ in self.rows
                if t.text().strip() or d.text().strip()]

    def set_value(self, proposals: list[Proposal]) -> None:
        for entry in list(self.rows):
            self.rows.remove(entry)
            entry[0].deleteLater()
        for p in proposals:
            self.add_row(p if isinstance(p, Proposal) else Proposal(**p))


class GroupForm(RecordForm):
    kind = "group_session"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("groupForm")
        self.group_kind = TermCombo(ctx, "group_kinds")
        self.title_edit = QLineEdit()
        self.starts_at = DateTimeField()
        self.ends_at = DateTimeField()
        self.headcount_total = QSpinBox()
        self.headcount_total.setRange(0, 2000)
        self.headcount_split = SplitEditor()
        self.organisers = QLineEdit()
        self.facilitators = QLineEdit()
        self.topics = TermChecklist(ctx, "topics", columns=3)
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(100)
        self.proposals = ProposalsEditor()
        self.add_field("kind", lambda: QCoreApplication.translate("GroupForm", "&Kind:"), self.group_kind)
        self.add_field("title", lambda: QCoreApplication.translate("GroupForm", "T&itle:"), self.title_edit)
        self.add_field("starts_at", lambda: QCoreApplication.translate("GroupForm", "&Starts:"), self.starts_at)
        self.add_field("ends_at", lambda: QCoreApplication.translate("GroupForm", "&Ends:"), self.ends_at)
        self.add_field("headcount_total", lambda: QCoreApplication.translate("GroupForm", "&People present:"), self.headcount_total)
        self.add_field("headcount_split", lambda: QCoreApplication.translate("GroupForm", "Of whom (optional):"), self.headcount_split)
        self.add_field("organisers", lambda: QCoreApplication.translate("GroupForm", "&Organisers (comma between):"), self.organisers)
        self.add_field("facilitators", lambda: QCoreApplication.translate("GroupForm", "&Facilitators (comma between):"), self.facilitators)
        self.add_field("topics", lambda: QCoreApplication.translate("GroupForm", "Topics:"), self.topics)
        self.add_field("summary", lambda: QCoreApplication.translate("GroupForm", "Su&mmary (no names):"), self.summary)
        self.add_field("proposals", lambda: QCoreApplication.translate("GroupForm", "Proposals and decisions:"), self.proposals)
        self.headcount_split.changed.connect(self._changed)
        self.proposals.changed.connect(self._changed)
        self.group_kind.currentIndexChanged.connect(self._kind_changed)
        self.fill_blank()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Group session")

    def _kind_changed(self) -> None:
        show = self.group_kind.value() in PROPOSAL_KINDS
        row = self.rows["proposals"]
        self.form.setRowVisible(row.label, show)

    def blank(self) -> GroupSessionInput:
        now = _now()
        return GroupSessionInput(site_id=self.ctx.site_id, kind="group", title="", starts_at=now,
                                 ends_at=default_end(now), headcount_total=0)

    def collect(self) -> GroupSessionInput:
        kind = self.group_kind.value() or ""
        return GroupSessionInput(
            site_id=self.site_for_record, kind=kind, title=self.title_edit.text().strip(),
            starts_at=self.starts_at.value(), ends_at=self.ends_at.value(),
            headcount_total=self.headcount_total.value(), headcount_split=self.headcount_split.value(),
            organisers=_names(self.organisers.text()), facilitators=_names(self.facilitators.text()),
            topics=self.topics.value(), summary=self.summary.toPlainText().strip() or None,
            proposals=self.proposals.value() if kind in PROPOSAL_KINDS else [],
        )

    def fill(self, data: GroupSessionInput) -> None:
        self.group_kind.set_value(data.kind)
        self.title_edit.setText(data.title)
        self.starts_at.set_value(data.starts_at)
        self.ends_at.set_value(data.ends_at)
        self.headcount_total.setValue(data.headcount_total)
        self.headcount_split.set_value(data.headcount_split)
        self.organisers.setText(", ".join(data.organisers))
        self.facilitators.setText(", ".join(data.facilitators))
        self.topics.set_value(data.topics)
        self.summary.setPlainText(data.summary or "")
        self.proposals.set_value(list(data.proposals))
        self._kind_changed()
