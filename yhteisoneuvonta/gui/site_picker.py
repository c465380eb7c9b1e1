"""Choosing home sites: a searchable checklist grouped by municipality."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..records.reference import ReferenceData
from .widgets import Retranslating


class SitePicker(Retranslating, QWidget):
    changed = Signal()

    def __init__(self, ref: ReferenceData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("siteSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.tree = QTreeWidget()
        self.tree.setObjectName("siteTree")
        self.tree.setHeaderHidden(True)
        self.items: dict[str, QTreeWidgetItem] = {}
        for m in sorted(ref.municipalities, key=lambda m: m.name):
            sites = ref.sites_in(m.id)
            if not sites:
                continue
            parent_item = QTreeWidgetItem(self.tree, [m.name])
            parent_item.setFlags(parent_item.flags() | Qt.ItemIsAutoTristate | Qt.ItemIsUserCheckable)
            parent_item.setCheckState(0, Qt.Unchecked)
            for site in sorted(sites, key=lambda s: s.name):
                item = QTreeWidgetItem(parent_item, [site.name])
                item.setData(0, Qt.UserRole, site.id)
                item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
                item.setCheckState(0, Qt.Unchecked)
                self.items[site.id] = item
        self.tree.expandAll()
        self.tree.itemChanged.connect(lambda *_: self.changed.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by place or municipality"))
        self.search.setAccessibleName(self.tr("Search sites"))
        self.tree.setAccessibleName(self.tr("Home sites"))

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            town_hit = needle in top.text(0).casefold()
            any_shown = False
            for j in range(top.childCount()):
                child = top.child(j)
                show = not needle or town_hit or needle in child.text(0).casefold()
                child.setHidden(not show)
                any_shown |= show
            top.setHidden(not any_shown)

    def value(self) -> list[str]:
        return [sid for sid, item in self.items.items() if item.checkState(0) == Qt.Checked]

    def set_value(self, site_ids: list[str]) -> None:
        for sid, item in self.items.items():
            item.setCheckState(0, Qt.Checked if sid in site_ids else Qt.Unchecked)
