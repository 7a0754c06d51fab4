"""The customer's portrait tags (客户标签画像): chips grouped by tag group, added with completion.

Typing offers existing tags by name, pinyin or initials ("gxf" finds 高消费) or as
"group: tag"; picking one adds it. A name that is no tag yet is created in the chosen group
(a group typed in the box is created too). Tags are written at once through the tags
service, like the other sub-tables, not with the form's Save.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import settings as settings_service
from crm_desktop.services import tags
from crm_desktop.services.changes import Changes
from crm_desktop.services.tags import TagRef
from crm_desktop.ui import bus, errors
from crm_desktop.ui.record_tables import CustomerRecordsView

# Soft chip colours, one per group in turn: groups are told apart at a glance.
CHIP_COLOURS = ("#e3effd", "#e6f4ea", "#fdf1dc", "#f3e8fd", "#fde7e7", "#e4f6f6")
CHIP_STYLE = (
    "QFrame#chip {{ background: {colour}; border: 1px solid rgba(0,0,0,0.10);"
    " border-radius: 11px; }}"
    " QToolButton {{ border: none; padding: 0 2px; color: #5f6b7a; }}"
    " QToolButton:hover {{ color: #c0392b; }}"
)


class TagChip(QFrame):
    """One tag, with a small button that takes it off the customer."""

    sig_remove = Signal(int)

    def __init__(self, ref: TagRef, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ref = ref
        self.setObjectName("chip")
        self.setStyleSheet(CHIP_STYLE.format(colour=colour))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(9, 1, 3, 1)
        layout.setSpacing(2)
        layout.addWidget(QLabel(ref.tag_name, self))
        self.remove_button = QToolButton(self)
        self.remove_button.setText("\u00d7")
        self.remove_button.setToolTip(
            self.tr("Remove the tag \u201c{tag}\u201d").format(tag=ref.tag_name)
        )
        self.remove_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.remove_button.clicked.connect(lambda: self.sig_remove.emit(ref.tag_id))
        layout.addWidget(self.remove_button)


class TagEditor(CustomerRecordsView):
    """The tags of one customer, by group, with an entry box that completes and creates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tags: list[TagRef] = []
        self._completions: dict[str, TagRef] = {}

        self.chips_area = QWidget(self)
        self.chips_layout = QGridLayout(self.chips_area)
        self.chips_layout.setContentsMargins(4, 4, 4, 4)
        self.chips_layout.setHorizontalSpacing(10)
        self.chips_layout.setVerticalSpacing(6)
        self.chips_layout.setColumnStretch(1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.chips_area)

        self.input = QLineEdit(self)
        self.input.setObjectName("tag_input")
        self.input.setPlaceholderText(
            self.tr("Add a tag: type a name, pinyin or \u201cgroup: tag\u201d")
        )
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        # The service matched by pinyin and groups already: show its answers as they are.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated.connect(self._picked)
        self.input.setCompleter(completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.complete)
        self.input.textEdited.connect(lambda _text: self._timer.start())
        self.input.returnPressed.connect(self.add_from_text)

        self.group_combo = QComboBox(self)
        self.group_combo.setObjectName("tag_group")
        self.group_combo.setEditable(True)
        self.group_combo.setMinimumContentsLength(8)
        self.group_combo.setToolTip(
            self.tr("The group a new tag goes into; type a name for a new group")
        )
        self.add_button = QPushButton(self.tr("Add tag"), self)
        self.add_button.clicked.connect(self.add_from_text)

        entry = QHBoxLayout()
        entry.addWidget(self.input, 3)
        entry.addWidget(QLabel(self.tr("New tags go into"), self))
        entry.addWidget(self.group_combo, 1)
        entry.addWidget(self.add_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(entry)
        layout.addWidget(scroll, 1)

    # -- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        super().reload()
        self._tags = tags.customer_tags(self.customer_id) if self.customer_id is not None else []
        self._fill_groups()
        self._show_chips()
        self.input.setEnabled(self.customer_id is not None)
        self.add_button.setEnabled(self.customer_id is not None)

    def _fill_groups(self) -> None:
        """The groups that exist, then the ones the settings name (created on first use)."""
        current = self.group_combo.currentText()
        names = [g.name for g in tags.list_groups()]
        names += [n for n in settings_service.business_settings().tag_groups if n not in names]
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        self.group_combo.addItems(names)
        if current:
            self.group_combo.setCurrentText(current)
        self.group_combo.blockSignals(False)

    def _show_chips(self) -> None:
        while self.chips_layout.count():
            item = self.chips_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if not self._tags:
            empty = QLabel(
                self.tr(
                    "No tags yet. Tags describe the customer (gender, age band, "
                    "spending preference...) and the list filters by them."
                ),
                self.chips_area,
            )
            empty.setWordWrap(True)
            empty.setStyleSheet("color: palette(mid);")
            self.chips_layout.addWidget(empty, 0, 0, 1, 2)
            return
        groups: dict[int, list[TagRef]] = {}
        for ref in self._tags:
            groups.setdefault(ref.group_id, []).append(ref)
        for row, refs in enumerate(groups.values()):
            colour = CHIP_COLOURS[row % len(CHIP_COLOURS)]
            title = QLabel(refs[0].group_name, self.chips_area)
            title.setStyleSheet("font-weight: 600;")
            self.chips_layout.addWidget(title, row, 0, Qt.AlignmentFlag.AlignTop)
            line = QWidget(self.chips_area)
            line_layout = QHBoxLayout(line)
            line_layout.setContentsMargins(0, 0, 0, 0)
            line_layout.setSpacing(6)
            for ref in refs:
                chip = TagChip(ref, colour, line)
                chip.sig_remove.connect(self.remove_tag)
                line_layout.addWidget(chip)
            line_layout.addStretch(1)
            self.chips_layout.addWidget(line, row, 1)
        self.chips_layout.setRowStretch(len(groups), 1)

    def tag_ids(self) -> list[int]:
        return [ref.tag_id for ref in self._tags]

    # -- completion ----------------------------------------------------------------------

    def complete(self) -> None:
        """Offer the tags that match what was typed (name, pinyin, initials, group)."""
        text = self.input.text().strip()
        found = tags.tag_completions(text) if text else []
        taken = set(self.tag_ids())
        self._completions = {ref.label: ref for ref in found if ref.tag_id not in taken}
        self._model.setStringList(list(self._completions))
        if self.input.hasFocus() and self._completions:
            self.input.completer().complete()

    def _picked(self, label: str) -> None:
        # The completer writes the label into the box first; add it and clear after that.
        QTimer.singleShot(0, lambda: self.add_from_text(label))

    # -- writing -------------------------------------------------------------------------

    def _resolve(self, text: str) -> tuple[int, bool]:
        """The tag `text` means, and whether it had to be created.

        A completion's label names its tag; "group: tag" names both; a bare name is an
        existing tag of that name in the chosen group, else the only group having it, else
        a new tag in the chosen group.
        """
        if text in self._completions:
            return self._completions[text].tag_id, False
        group = self.group_combo.currentText().strip()
        name = text
        for separator in (":", "\uff1a"):
            if separator in text:
                group, name = (part.strip() for part in text.split(separator, 1))
                break
        same_name = [r for r in tags.list_tags() if r.tag_name == name]
        in_group = [r for r in same_name if r.group_name == group]
        if in_group:
            return in_group[0].tag_id, False
        if len(same_name) == 1 and name == text:
            return same_name[0].tag_id, False
        if not group:
            group = self.tr("Other")
        return tags.find_or_create(group, name), True

    def add_from_text(self, text: str | None = None) -> bool:
        """Add the tag typed (or picked) to the customer; True when it was added."""
        wanted = (text if isinstance(text, str) else self.input.text()).strip()
        if not wanted or self.customer_id is None:
            return False
        try:
            tag_id, created = self._resolve(wanted)
            changes = tags.set_customer_tags(self.customer_id, [*self.tag_ids(), tag_id])
        except Exception as exc:
            errors.show_error(self, exc)
            return False
        self.input.clear()
        self._model.setStringList([])
        if created:
            changes = changes | Changes(tags=True)
        bus.changed(changes)
        self.reload()
        return True

    def remove_tag(self, tag_id: int) -> bool:
        """Take one tag off the customer."""
        if self.customer_id is None:
            return False
        try:
            changes = tags.set_customer_tags(
                self.customer_id, [t for t in self.tag_ids() if t != tag_id]
            )
        except Exception as exc:
            errors.show_error(self, exc)
            return False
        bus.changed(changes)
        self.reload()
        return True
