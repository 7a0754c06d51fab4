"""The customer list's filter panel: checkable lists per criterion, saved filters, a summary.

The panel holds the whole `CustomerFilter` of the list, the search text included (the
search box lives above the table; the tab hands its text to `set_text`). Every change a
user makes emits `sig_filter_changed`; setting a filter from code (`set_filter`) does not.

Sections fold away so the panel stays compact; a folded section with checked entries says
how many in its title. The choices that come from the data (owners, tags, regions, sources,
industries) are read on the database worker (`reload_options`), the fixed ones come from
the translated labels.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.settings import (
    CONTACT_STATUS_AMBER,
    CONTACT_STATUS_GREEN,
    CONTACT_STATUS_RED,
    CUSTOMER_STAGES,
    LIFECYCLE_STAGES,
    RFM_SEGMENTS,
    TIERS,
    VALUE_CLASSES,
)
from crm_desktop.services import customer_list, staff, tags
from crm_desktop.services import settings as settings_service
from crm_desktop.services.customer_list import FOLLOW_UP_STATUSES, CustomerFilter
from crm_desktop.ui import labels, tasks

NO_OWNER = -1  # the "no owner" entry of the owner list
MAX_LIST_ROWS = 8


@dataclass
class FilterOptions:
    """The choices that come from the data, read on the worker (no Qt in here)."""

    owners: list[tuple[int, str]] = field(default_factory=list)
    tags: list[tuple[int, str]] = field(default_factory=list)
    provinces: list[str] = field(default_factory=list)
    cities: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    industries: list[str] = field(default_factory=list)


def load_options() -> FilterOptions:
    """Owners, tags and the text values in use (plus the sources and industries of the
    settings, so a fresh database offers them too)."""
    business = settings_service.business_settings()

    def merged(configured: Sequence[str], used: Sequence[str]) -> list[str]:
        return list(dict.fromkeys([*configured, *used]))

    return FilterOptions(
        owners=[(s.id, s.name) for s in staff.list_staff()],
        tags=[(t.tag_id, t.label) for t in tags.list_tags()],
        provinces=customer_list.distinct_values("province"),
        cities=customer_list.distinct_values("city"),
        sources=merged(business.sources, customer_list.distinct_values("source")),
        industries=merged(business.industries, customer_list.distinct_values("industry")),
    )


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class CheckList(QListWidget):
    """A compact list of checkable entries, each carrying a code."""

    sig_changed = Signal()
    """The user checked or unchecked an entry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.itemChanged.connect(self._item_changed)
        # A click anywhere on the row toggles it, not only on the tiny check box; a click on
        # the box itself is toggled by Qt already (itemChanged comes before itemClicked).
        self._changed_by_click = False
        self.itemPressed.connect(self._pressed)
        self.itemClicked.connect(self._clicked)

    def _item_changed(self, _item: QListWidgetItem) -> None:
        self._changed_by_click = True
        self.sig_changed.emit()

    def _pressed(self, _item: QListWidgetItem) -> None:
        self._changed_by_click = False

    def _clicked(self, item: QListWidgetItem) -> None:
        if self._changed_by_click:
            return
        item.setCheckState(
            Qt.CheckState.Unchecked
            if item.checkState() == Qt.CheckState.Checked
            else Qt.CheckState.Checked
        )

    def set_entries(self, entries: Sequence[tuple[object, str]]) -> None:
        """Replace the entries (code, text), keeping the codes that were checked."""
        checked = set(self.codes())
        with QSignalBlocker(self):
            self.clear()
            for code, text in entries:
                item = QListWidgetItem(text, self)
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if code in checked else Qt.CheckState.Unchecked
                )
        self._fit_height()

    def _fit_height(self) -> None:
        rows = max(1, min(self.count(), MAX_LIST_ROWS))
        row_height = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height() + 6
        self.setFixedHeight(rows * row_height + 2 * self.frameWidth() + 2)

    def codes(self) -> list[Any]:
        """The codes of the checked entries, in list order."""
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def checked_texts(self) -> list[str]:
        return [
            self.item(i).text()
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_codes(self, codes: Sequence[object]) -> None:
        """Check exactly these codes (without emitting). Codes not listed yet are added, so a
        saved filter naming a value no longer in use still shows and can be unchecked."""
        wanted = list(codes)
        present = {self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())}
        missing = [c for c in wanted if c not in present]
        with QSignalBlocker(self):
            for code in missing:
                item = QListWidgetItem(str(code), self)
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            for i in range(self.count()):
                item = self.item(i)
                item.setCheckState(
                    Qt.CheckState.Checked
                    if item.data(Qt.ItemDataRole.UserRole) in wanted
                    else Qt.CheckState.Unchecked
                )
        if missing:
            self._fit_height()

    def check(self, code: object, checked: bool = True) -> None:
        """Check one entry as a user would (emits `sig_changed`)."""
        for i in range(self.count()):
            item = self.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return
        raise KeyError(code)


class Section(QWidget):
    """A titled part of the panel that folds away; the title counts what is checked."""

    def __init__(self, title: str, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.button = QToolButton(self)
        self.button.setCheckable(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setAutoRaise(True)
        self.button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.button.toggled.connect(self.set_expanded)
        self.body = body
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.button)
        layout.addWidget(body)
        self.set_count(0)
        self.set_expanded(False)

    def set_expanded(self, expanded: bool) -> None:
        with QSignalBlocker(self.button):
            self.button.setChecked(expanded)
        self.button.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.body.setVisible(expanded)

    def is_expanded(self) -> bool:
        return self.button.isChecked()

    def set_count(self, count: int) -> None:
        self.button.setText(f"{self.title} ({count})" if count else self.title)
        font = self.button.font()
        font.setBold(count > 0)
        self.button.setFont(font)


class FilterPanel(QWidget):
    """Everything the customer list can be narrowed by, in folding sections."""

    sig_filter_changed = Signal()
    """The user changed the filter (a check, a date, a saved filter picked, Clear)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FilterPanel")
        self._text = ""
        self._customer_ids: list[int] | None = None
        self._updating = False

        # Saved filters: pick one, save the current one under a name, delete one.
        self.saved_combo = QComboBox(self)
        self.saved_combo.setToolTip(self.tr("Pick a saved filter"))
        self.saved_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.saved_combo.setMinimumContentsLength(8)
        self.saved_combo.activated.connect(self._saved_picked)
        self.save_button = QToolButton(self)
        self.save_button.setText(self.tr("Save..."))
        self.save_button.setToolTip(self.tr("Save the current filter under a name"))
        self.save_button.clicked.connect(self.save_current)
        self.delete_saved_button = QToolButton(self)
        self.delete_saved_button.setText(self.tr("Delete"))
        self.delete_saved_button.setToolTip(self.tr("Delete the saved filter picked here"))
        self.delete_saved_button.clicked.connect(self.delete_saved)
        saved_row = QHBoxLayout()
        saved_row.setSpacing(4)
        saved_row.addWidget(self.saved_combo, 1)
        saved_row.addWidget(self.save_button)
        saved_row.addWidget(self.delete_saved_button)

        self.clear_button = QPushButton(self.tr("Clear all filters"), self)
        self.clear_button.clicked.connect(self.clear)
        self.archived_check = QCheckBox(self.tr("Show the archive instead"), self)
        self.archived_check.setToolTip(
            self.tr("List the archived customers rather than the working list")
        )
        self.archived_check.toggled.connect(self._user_changed)

        # The criteria, each a checkable list in a folding section.
        self.follow_up_list = CheckList()
        self.contact_list = CheckList()
        self.tier_list = CheckList()
        self.stage_list = CheckList()
        self.lifecycle_list = CheckList()
        self.value_list = CheckList()
        self.rfm_list = CheckList()
        self.owner_list = CheckList()
        self.tag_list = CheckList()
        self.tags_all_check = QCheckBox(self.tr("Must have all checked tags"))
        self.tags_all_check.setToolTip(self.tr("Unchecked: customers with any of the checked tags"))
        self.province_list = CheckList()
        self.city_list = CheckList()
        self.source_list = CheckList()
        self.industry_list = CheckList()
        self.valid_combo = QComboBox()
        self.valid_combo.addItem(self.tr("Valid and invalid"), None)
        self.valid_combo.addItem(self.tr("Valid only"), True)
        self.valid_combo.addItem(self.tr("Invalid only"), False)
        self.created_from_check = QCheckBox(self.tr("From"))
        self.created_from = QDateEdit()
        self.created_to_check = QCheckBox(self.tr("To"))
        self.created_to = QDateEdit()
        today = QDate.currentDate()
        for edit, day in ((self.created_from, today.addDays(-30)), (self.created_to, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(day)
            edit.setEnabled(False)
            edit.dateChanged.connect(self._user_changed)
        self.created_from_check.toggled.connect(self.created_from.setEnabled)
        self.created_to_check.toggled.connect(self.created_to.setEnabled)
        self.created_from_check.toggled.connect(self._user_changed)
        self.created_to_check.toggled.connect(self._user_changed)

        self._fill_fixed_lists()
        self.sections: dict[str, Section] = {}
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(2)

        def add(key: str, title: str, *widgets: QWidget) -> None:
            body = QWidget()
            body_layout = QVBoxLayout(body)
            body_layout.setContentsMargins(14, 0, 2, 4)
            body_layout.setSpacing(2)
            for widget in widgets:
                body_layout.addWidget(widget)
            section = Section(title, body, content)
            self.sections[key] = section
            content_layout.addWidget(section)

        created_box = QWidget()
        created_layout = QVBoxLayout(created_box)
        created_layout.setContentsMargins(0, 0, 0, 0)
        for check, edit in (
            (self.created_from_check, self.created_from),
            (self.created_to_check, self.created_to),
        ):
            row = QHBoxLayout()
            row.addWidget(check)
            row.addWidget(edit, 1)
            created_layout.addLayout(row)

        add("follow_up", self.tr("Follow-up"), self.follow_up_list)
        add("contact_status", labels.field("contact_status"), self.contact_list)
        add("tier", labels.field("tier"), self.tier_list)
        add("stage", self.tr("Customer stage"), self.stage_list)
        add("lifecycle", labels.field("lifecycle"), self.lifecycle_list)
        add("value_class", labels.field("value_class"), self.value_list)
        add("rfm_segment", labels.field("rfm_segment"), self.rfm_list)
        add("owner", labels.field("owner"), self.owner_list)
        add("tags", labels.field("tags"), self.tag_list, self.tags_all_check)
        add("province", labels.field("province"), self.province_list)
        add("city", labels.field("city"), self.city_list)
        add("source", labels.field("source"), self.source_list)
        add("industry", labels.field("industry"), self.industry_list)
        add("valid", self.tr("Valid or invalid"), self.valid_combo)
        add("created", self.tr("Created"), created_box)
        content_layout.addStretch(1)
        # The criteria people reach for most are open from the start.
        for key in ("follow_up", "tier"):
            self.sections[key].set_expanded(True)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(saved_row)
        layout.addWidget(self.archived_check)
        layout.addWidget(self.clear_button)
        layout.addWidget(scroll, 1)

        for widget in self._lists():
            widget.sig_changed.connect(self._user_changed)
        self.tags_all_check.toggled.connect(self._user_changed)
        self.valid_combo.currentIndexChanged.connect(self._user_changed)
        self.reload_saved_filters()
        self._update_titles()

    def _lists(self) -> list[CheckList]:
        return [
            self.follow_up_list,
            self.contact_list,
            self.tier_list,
            self.stage_list,
            self.lifecycle_list,
            self.value_list,
            self.rfm_list,
            self.owner_list,
            self.tag_list,
            self.province_list,
            self.city_list,
            self.source_list,
            self.industry_list,
        ]

    def _fill_fixed_lists(self) -> None:
        follow_up = labels.follow_up_statuses()
        self.follow_up_list.set_entries([(s, follow_up[s]) for s in FOLLOW_UP_STATUSES])
        contact = labels.contact_statuses()
        self.contact_list.set_entries(
            [
                (s, contact[s])
                for s in (CONTACT_STATUS_RED, CONTACT_STATUS_AMBER, CONTACT_STATUS_GREEN)
            ]
        )
        tiers = labels.tiers()
        self.tier_list.set_entries([(t, tiers[t]) for t in reversed(TIERS)])
        stages = labels.customer_stages()
        self.stage_list.set_entries([(s, stages.get(s, s)) for s in CUSTOMER_STAGES])
        lifecycles = labels.lifecycles()
        self.lifecycle_list.set_entries([(s, lifecycles.get(s, s)) for s in LIFECYCLE_STAGES])
        values = labels.value_classes()
        self.value_list.set_entries([(v, values.get(v, v)) for v in VALUE_CLASSES])
        segments = labels.rfm_segments()
        self.rfm_list.set_entries([(s, segments.get(s, s)) for s in RFM_SEGMENTS])
        self.owner_list.set_entries([(NO_OWNER, self.tr("No owner"))])

    # -- options from the data -----------------------------------------------------------

    def reload_options(self) -> None:
        """Read owners, tags and the values in use on the worker, then refill the lists."""
        tasks.run_task(self, lambda token: load_options(), on_success=self.set_options)

    def set_options(self, options: FilterOptions) -> None:
        self.owner_list.set_entries([(NO_OWNER, self.tr("No owner")), *options.owners])
        self.tag_list.set_entries(options.tags)
        self.province_list.set_entries([(p, p) for p in options.provinces])
        self.city_list.set_entries([(c, c) for c in options.cities])
        self.source_list.set_entries([(s, s) for s in options.sources])
        self.industry_list.set_entries([(i, i) for i in options.industries])

    # -- the filter ----------------------------------------------------------------------

    def filter(self) -> CustomerFilter:
        """The whole filter the panel holds, the search text included."""
        owners = [int(c) for c in self.owner_list.codes()]
        created_from = (
            self.created_from.date().toPython() if self.created_from_check.isChecked() else None
        )
        created_to = (
            self.created_to.date().toPython() if self.created_to_check.isChecked() else None
        )
        return CustomerFilter(
            text=self._text,
            tiers=[str(c) for c in self.tier_list.codes()],
            stages=[str(c) for c in self.stage_list.codes()],
            lifecycles=[str(c) for c in self.lifecycle_list.codes()],
            value_classes=[str(c) for c in self.value_list.codes()],
            rfm_segments=[str(c) for c in self.rfm_list.codes()],
            owner_ids=[o for o in owners if o != NO_OWNER],
            unowned=NO_OWNER in owners,
            tag_ids=[int(c) for c in self.tag_list.codes()],
            tags_match_all=self.tags_all_check.isChecked(),
            provinces=[str(c) for c in self.province_list.codes()],
            cities=[str(c) for c in self.city_list.codes()],
            sources=[str(c) for c in self.source_list.codes()],
            industries=[str(c) for c in self.industry_list.codes()],
            follow_up=[str(c) for c in self.follow_up_list.codes()],
            contact_status=[str(c) for c in self.contact_list.codes()],
            valid=self.valid_combo.currentData(),
            created_from=created_from if isinstance(created_from, dt.date) else None,
            created_to=created_to if isinstance(created_to, dt.date) else None,
            archived=self.archived_check.isChecked(),
            customer_ids=None if self._customer_ids is None else list(self._customer_ids),
        )

    def set_filter(self, flt: CustomerFilter) -> None:
        """Show this filter in the widgets (no `sig_filter_changed`)."""
        self._updating = True
        try:
            self._text = flt.text
            self._customer_ids = None if flt.customer_ids is None else list(flt.customer_ids)
            self.tier_list.set_codes(flt.tiers)
            self.stage_list.set_codes(flt.stages)
            self.lifecycle_list.set_codes(flt.lifecycles)
            self.value_list.set_codes(flt.value_classes)
            self.rfm_list.set_codes(flt.rfm_segments)
            self.owner_list.set_codes([*flt.owner_ids, *([NO_OWNER] if flt.unowned else [])])
            self.tag_list.set_codes(flt.tag_ids)
            self.tags_all_check.setChecked(flt.tags_match_all)
            self.province_list.set_codes(flt.provinces)
            self.city_list.set_codes(flt.cities)
            self.source_list.set_codes(flt.sources)
            self.industry_list.set_codes(flt.industries)
            self.follow_up_list.set_codes(flt.follow_up)
            self.contact_list.set_codes(flt.contact_status)
            self.valid_combo.setCurrentIndex({None: 0, True: 1, False: 2}[flt.valid])
            self.created_from_check.setChecked(flt.created_from is not None)
            if flt.created_from is not None:
                self.created_from.setDate(_qdate(flt.created_from))
            self.created_to_check.setChecked(flt.created_to is not None)
            if flt.created_to is not None:
                self.created_to.setDate(_qdate(flt.created_to))
            self.archived_check.setChecked(flt.archived)
        finally:
            self._updating = False
        self._update_titles()

    def set_text(self, text: str) -> None:
        """The search box's text, part of the filter (no `sig_filter_changed`)."""
        self._text = text

    def clear(self) -> None:
        """Back to the whole working list: no criteria, no search, not the archive."""
        self.set_filter(CustomerFilter())
        self._forget_saved_pick()
        self.sig_filter_changed.emit()

    def _user_changed(self, *_args: object) -> None:
        if self._updating:
            return
        self._update_titles()
        self._forget_saved_pick()
        self.sig_filter_changed.emit()

    def _update_titles(self) -> None:
        counts = {
            "follow_up": len(self.follow_up_list.codes()),
            "contact_status": len(self.contact_list.codes()),
            "tier": len(self.tier_list.codes()),
            "stage": len(self.stage_list.codes()),
            "lifecycle": len(self.lifecycle_list.codes()),
            "value_class": len(self.value_list.codes()),
            "rfm_segment": len(self.rfm_list.codes()),
            "owner": len(self.owner_list.codes()),
            "tags": len(self.tag_list.codes()),
            "province": len(self.province_list.codes()),
            "city": len(self.city_list.codes()),
            "source": len(self.source_list.codes()),
            "industry": len(self.industry_list.codes()),
            "valid": int(self.valid_combo.currentIndex() > 0),
            "created": int(self.created_from_check.isChecked())
            + int(self.created_to_check.isChecked()),
        }
        for key, count in counts.items():
            self.sections[key].set_count(count)
        self.clear_button.setEnabled(not self.filter().is_empty() or self.filter().archived)

    # -- saying what is active -------------------------------------------------------------

    def summary_parts(self) -> list[str]:
        """One phrase per active criterion, e.g. "Tier: VIP, Super"."""
        parts: list[str] = []
        if self._text.strip():
            parts.append(self.tr("Search: \u201c{text}\u201d").format(text=self._text.strip()))
        for key, widget in (
            ("follow_up", self.follow_up_list),
            ("contact_status", self.contact_list),
            ("tier", self.tier_list),
            ("stage", self.stage_list),
            ("lifecycle", self.lifecycle_list),
            ("value_class", self.value_list),
            ("rfm_segment", self.rfm_list),
            ("owner", self.owner_list),
            ("tags", self.tag_list),
            ("province", self.province_list),
            ("city", self.city_list),
            ("source", self.source_list),
            ("industry", self.industry_list),
        ):
            texts = widget.checked_texts()
            if not texts:
                continue
            title = self.sections[key].title
            all_tags = key == "tags" and self.tags_all_check.isChecked()
            # Chinese lists with 、 rather than a comma: the separators are translated too.
            joiner = self.tr(" and ") if all_tags else self.tr(", ")
            # Translated too: Chinese puts a full-width colon after the title.
            parts.append(
                self.tr("{title}: {values}").format(title=title, values=joiner.join(texts))
            )
        if self.valid_combo.currentIndex() > 0:
            parts.append(self.valid_combo.currentText())
        start = self.created_from.date().toString("yyyy-MM-dd")
        end = self.created_to.date().toString("yyyy-MM-dd")
        if self.created_from_check.isChecked() and self.created_to_check.isChecked():
            parts.append(self.tr("Created {start} \u2013 {end}").format(start=start, end=end))
        elif self.created_from_check.isChecked():
            parts.append(self.tr("Created on or after {start}").format(start=start))
        elif self.created_to_check.isChecked():
            parts.append(self.tr("Created on or before {end}").format(end=end))
        if self._customer_ids is not None:
            parts.append(self.tr("A chosen set of %n customer(s)", "", len(self._customer_ids)))
        if self.archived_check.isChecked():
            parts.append(self.tr("Archive"))
        return parts

    def summary(self) -> str:
        return " \u00b7 ".join(self.summary_parts())

    def active_count(self) -> int:
        """How many criteria are active, the search text not counted."""
        flt = replace(self.filter(), text="", archived=False)
        return sum(
            1
            for value in (
                flt.tiers,
                flt.stages,
                flt.lifecycles,
                flt.value_classes,
                flt.rfm_segments,
                flt.owner_ids or flt.unowned,
                flt.tag_ids,
                flt.provinces,
                flt.cities,
                flt.sources,
                flt.industries,
                flt.follow_up,
                flt.contact_status,
                flt.valid is not None,
                flt.created_from or flt.created_to,
                flt.customer_ids is not None,
            )
            if value
        )

    # -- saved filters -------------------------------------------------------------------

    def reload_saved_filters(self, select: str | None = None) -> None:
        """Refill the saved filters combo (selecting `select` if given)."""
        with QSignalBlocker(self.saved_combo):
            self.saved_combo.clear()
            self.saved_combo.addItem(self.tr("Saved filters"), None)
            for name in customer_list.saved_filters():
                self.saved_combo.addItem(name, name)
            index = self.saved_combo.findData(select) if select else 0
            self.saved_combo.setCurrentIndex(max(index, 0))
        self.delete_saved_button.setEnabled(self.saved_combo.currentIndex() > 0)

    def _forget_saved_pick(self) -> None:
        # The filter no longer is the saved one picked: stop showing its name.
        with QSignalBlocker(self.saved_combo):
            self.saved_combo.setCurrentIndex(0)
        self.delete_saved_button.setEnabled(False)

    def _saved_picked(self, index: int) -> None:
        name = self.saved_combo.itemData(index)
        self.delete_saved_button.setEnabled(bool(name))
        if not name:
            return
        flt = customer_list.saved_filters().get(name)
        if flt is None:  # deleted in another window
            self.reload_saved_filters()
            return
        self.pick_saved(name, flt)

    def pick_saved(self, name: str, flt: CustomerFilter) -> None:
        self.set_filter(flt)
        with QSignalBlocker(self.saved_combo):
            self.saved_combo.setCurrentIndex(max(self.saved_combo.findData(name), 0))
        self.delete_saved_button.setEnabled(True)
        self.sig_filter_changed.emit()

    def save_current(self) -> None:
        """Ask for a name and save the current filter under it."""
        current = self.saved_combo.currentData()
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save filter"),
            self.tr("Name of this filter:"),
            text=current if isinstance(current, str) else "",
        )
        name = name.strip()
        if not ok or not name:
            return
        if name in customer_list.saved_filters() and name != current:
            answer = QMessageBox.question(
                self,
                self.tr("Save filter"),
                self.tr("A filter named \u201c{name}\u201d exists. Replace it?").format(name=name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        # A chosen set of customers (a chart bar) is a moment's view, not worth keeping.
        customer_list.save_filter(name, replace(self.filter(), customer_ids=None))
        self.reload_saved_filters(select=name)

    def delete_saved(self) -> None:
        name = self.saved_combo.currentData()
        if not isinstance(name, str):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete saved filter"),
            self.tr("Delete the saved filter \u201c{name}\u201d?").format(name=name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            customer_list.delete_saved_filter(name)
            self.reload_saved_filters()
