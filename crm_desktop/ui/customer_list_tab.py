"""The customer list tab: search, filter panel, the list itself, and bulk actions with undo.

Layout, top to bottom: one toolbar row (filter panel toggle, the search box, what is
selected and the bulk actions), a line saying which filters are active, an undo bar that
appears for a while after a bulk change, and the filter panel beside the table.

The table's model holds only ids (see customer_list_model); every query runs on the
database worker and the newest one wins, so typing, sorting and filtering never freeze the
window. After a write, the tab announces the `Changes` on the bus; it listens to the bus
itself too, and re-queries keeping the current customer and the scroll position.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QSettings,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.settings import TIERS
from crm_desktop.services import bulk, customers, staff, tags
from crm_desktop.services.changes import Changes
from crm_desktop.services.customer_list import CustomerFilter
from crm_desktop.services.customers import UndoRefused
from crm_desktop.ui import bus, labels, tasks
from crm_desktop.ui.customer_list_model import (
    COLUMN_KEYS,
    COLUMNS,
    DEFAULT_VISIBLE,
    CustomerListModel,
)
from crm_desktop.ui.filter_panel import CheckList, FilterPanel

# Typing pauses between keys are about 100-200 ms: a short delay lets a burst of keys run
# one query, and a query superseded while it waits is skipped, so the list follows typing.
# A superseded query already running stops within a millisecond or so (the list model asks
# SQLite to), so queries started between keys cost little, and a Chinese input method
# commits a whole word at once: the delay is mostly waiting, and kept short.
SEARCH_DELAY_MS = 30
UNDO_SECONDS = 15
OPTIONS_DELAY_MS = 1500
# Selections up to this size are put back after a re-query; beyond it the cost of finding
# every row again is not worth it (a million selected rows come back as none).
RESTORE_SELECTION_LIMIT = 5000

COLUMN_WIDTHS = {
    "name": 220,
    "code": 90,
    "tier": 70,
    "stage": 70,
    "lifecycle": 80,
    "value_class": 100,
    "rfm_segment": 110,
    "owner": 80,
    "region": 110,
    "mobiles": 120,
    "phones": 120,
    "email": 170,
    "source": 80,
    "industry": 90,
    "tags": 160,
    "last_contact": 95,
    "next_follow_up": 95,
    "last_purchase": 95,
    "purchase_count": 60,
    "purchase_total": 110,
    "profit": 110,
    "activity": 60,
    "created": 95,
    "is_valid": 60,
}


def row_spans(selection: QItemSelection) -> list[tuple[int, int]]:
    """The selected rows as merged (first, last) spans, without listing their indexes.

    With moved columns Qt splits one selected row into several ranges: merging counts
    each row once.
    """
    ranges = sorted(
        (selection.at(i).top(), selection.at(i).bottom()) for i in range(selection.count())
    )
    spans: list[tuple[int, int]] = []
    for top, bottom in ranges:
        if spans and top <= spans[-1][1] + 1:
            spans[-1] = (spans[-1][0], max(spans[-1][1], bottom))
        else:
            spans.append((top, bottom))
    return spans


def _selected_rows(selection: QItemSelection) -> int:
    return sum(bottom - top + 1 for top, bottom in row_spans(selection))


class CustomerTableView(QTableView):
    """The list: rows of equal height, and a friendly sentence when there is nothing in it."""

    sig_select_all = Signal()
    """Every row was selected (Ctrl+A or the menu's Select all)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty_text = ""

    def selectAll(self) -> None:
        super().selectAll()
        self.sig_select_all.emit()

    def set_empty_text(self, text: str) -> None:
        """What the view says when it has no rows ("" for nothing)."""
        self._empty_text = text
        self.viewport().update()

    def empty_text(self) -> str:
        return self._empty_text

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if not self._empty_text or model is None or model.rowCount() > 0:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(24, 24, -24, -24)
        painter.drawText(
            area,
            int(
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
            ),
            self._empty_text,
        )
        painter.end()


class UndoBar(QFrame):
    """ "Deleted 3 customers. [Undo]" for a while after a change that can be undone."""

    sig_undo = Signal(int)
    """The user asked to undo this operation id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UndoBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        # Tooltip colours: noticeable, yet native to every platform's theme.
        for role, source in (
            (QPalette.ColorRole.Window, QPalette.ColorRole.ToolTipBase),
            (QPalette.ColorRole.WindowText, QPalette.ColorRole.ToolTipText),
        ):
            palette.setColor(role, palette.color(source))
        self.setPalette(palette)
        self.label = QLabel(self)
        self.undo_button = QToolButton(self)
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.clicked.connect(self._undo_clicked)
        self.close_button = QToolButton(self)
        self.close_button.setText("\u2715")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide this message"))
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 4, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        self._operation_id: int | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.hide()

    def offer(self, text: str, operation_id: int) -> None:
        """Say what was done and offer to undo it for UNDO_SECONDS."""
        self._operation_id = operation_id
        self.label.setText(text)
        self.undo_button.setEnabled(True)
        self.show()
        self._timer.start(UNDO_SECONDS * 1000)

    def operation_id(self) -> int | None:
        return None if self.isHidden() else self._operation_id

    def dismiss(self) -> None:
        self._timer.stop()
        self._operation_id = None
        self.hide()

    def _undo_clicked(self) -> None:
        if self._operation_id is not None:
            self.undo_button.setEnabled(False)  # one click, one undo
            self.sig_undo.emit(self._operation_id)


class TagPickerDialog(QDialog):
    """Pick tags (with a filter box, since there can be many) for adding or removing."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter tags"))
        self.filter_edit.setClearButtonEnabled(True)
        self.tag_list = CheckList(self)
        self.tag_list.set_entries([(t.tag_id, t.label) for t in tags.list_tags()])
        self.tag_list.setMinimumHeight(240)
        self.tag_list.setMaximumHeight(16_777_215)
        self.filter_edit.textChanged.connect(self._filter)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tag_list, 1)
        if self.tag_list.count() == 0:
            layout.addWidget(QLabel(self.tr("There are no tags yet: add them in the settings.")))
        layout.addWidget(buttons)

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.tag_list.count()):
            item = self.tag_list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def tag_ids(self) -> list[int]:
        return [int(c) for c in self.tag_list.codes()]


class CustomerListTab(QWidget):
    """Every customer, searchable, filterable and sortable, with bulk actions."""

    sig_count_changed = Signal(int)
    """The number of rows in the current view, after every query."""

    sig_searching = Signal(int)
    """A search shows its first rows while the rest is still searched; how many are shown
    (the count is not known until the search ends)."""

    sig_current_changed = Signal(object)
    """The current customer's id, or None when no row is current."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CustomerListTab")
        self._last_current: int | None = None
        self._restoring = False
        self._select_all_pending = False
        self._snapshot: dict[str, Any] = {}
        self._query_requested = False
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder

        self.model = CustomerListModel(self, task_parent=self)
        self.view = CustomerTableView(self)
        self.view.setModel(self.model)
        self.panel = FilterPanel(self)
        self.undo_bar = UndoBar(self)

        self._build_search()
        self._build_actions()
        self._build_view()
        self._build_layout()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self._options_timer = QTimer(self)
        self._options_timer.setSingleShot(True)
        self._options_timer.setInterval(OPTIONS_DELAY_MS)
        self._options_timer.timeout.connect(self.panel.reload_options)

        self.panel.sig_filter_changed.connect(self._panel_changed)
        self.undo_bar.sig_undo.connect(self.undo)
        self.model.modelAboutToBeReset.connect(self._take_snapshot)
        self.model.modelReset.connect(self._restore_snapshot)
        self.model.sig_query_finished.connect(self._query_finished)
        self.model.sig_query_started.connect(self._query_started)
        self.model.sig_preview_shown.connect(self._preview_shown)
        self.view.sig_select_all.connect(self._selected_all)
        self.view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.activated.connect(self._open_index)
        bus.bus().sig_changed.connect(self._bus_changed)

        self.panel.reload_options()
        self._update_summary()
        self._update_actions()
        # The first query waits for the first show (or the end of construction, if the
        # tab is not shown at once), so a filter restored meanwhile is queried only once.
        QTimer.singleShot(0, self, self._ensure_query)

    # -- building ----------------------------------------------------------------------

    def _build_search(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("CustomerSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("Search by name, contact, phone, e-mail or pinyin (zhangsan, zs)")
        )
        self.search_edit.setMinimumWidth(260)
        self.search_edit.setMaximumWidth(460)  # leave the row's room to the bulk actions
        self.search_edit.textChanged.connect(self._search_typed)
        self.search_edit.returnPressed.connect(self._search_now)
        self.search_edit.installEventFilter(self)

        self.filter_button = QToolButton(self)
        self.filter_button.setCheckable(True)
        self.filter_button.setChecked(True)
        self.filter_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.filter_button.setToolTip(self.tr("Show or hide the filter panel"))
        self.filter_button.toggled.connect(self._toggle_panel)

        self.summary_label = QLabel(self)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_clear = QToolButton(self)
        self.summary_clear.setText(self.tr("Clear filters"))
        self.summary_clear.setAutoRaise(True)
        self.summary_clear.clicked.connect(self.panel.clear)

    def _action(self, text: str, slot: Callable[[], None], tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip or text.replace("...", ""))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.act_open = self._action(self.tr("Open"), self.open_current)
        self.owner_menu = QMenu(self.tr("Assign owner"), self)
        self.owner_menu.aboutToShow.connect(self._fill_owner_menu)
        self.act_owner = self.owner_menu.menuAction()
        self.act_owner.setToolTip(
            self.tr("Make one staff member the owner of the selected customers")
        )
        self.act_add_tags = self._action(
            self.tr("Add tags..."), self.add_tags, self.tr("Give tags to the selected customers")
        )
        self.act_remove_tags = self._action(
            self.tr("Remove tags..."),
            self.remove_tags,
            self.tr("Take tags from the selected customers"),
        )
        self.tier_menu = QMenu(self.tr("Set tier"), self)
        self.act_tier = self.tier_menu.menuAction()
        self.act_tier.setToolTip(self.tr("Fix the tier of the selected customers by hand"))
        tier_names = labels.tiers()
        for tier in reversed(TIERS):
            action = self.tier_menu.addAction(tier_names[tier])
            action.setData(tier)
            action.triggered.connect(lambda _c=False, t=tier: self.set_tier(t))
        self.tier_menu.addSeparator()
        self.act_tier_rules = self.tier_menu.addAction(
            self.tr("By the rules (clear the hand-set tier)")
        )
        self.act_tier_rules.triggered.connect(lambda _c=False: self.set_tier(None))
        self.act_archive = self._action(
            self.tr("Archive"), self.archive, self.tr("Move the selected customers to the archive")
        )
        self.act_restore = self._action(
            self.tr("Restore"),
            self.restore_from_archive,
            self.tr("Bring the selected customers back from the archive"),
        )
        self.act_delete = self._action(
            self.tr("Delete..."), self.delete, self.tr("Delete the selected customers")
        )
        self.act_delete.setShortcut(QKeySequence.StandardKey.Delete)
        # Only in the list: the Delete key in the search box deletes characters.
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_select_all = self._action(self.tr("Select all"), self.view.selectAll)

        self.selection_label = QLabel(self)
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addWidget(self.filter_button)
        self.toolbar.addWidget(self.search_edit)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.selection_label)
        for action in (
            self.act_owner,
            self.act_add_tags,
            self.act_remove_tags,
            self.act_tier,
            self.act_archive,
            self.act_restore,
            self.act_delete,
        ):
            self.toolbar.addAction(action)
        for action in (self.act_owner, self.act_tier):
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.view.addAction(self.act_delete)

    def _build_view(self) -> None:
        view = self.view
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.setTabKeyNavigation(False)
        view.setCornerButtonEnabled(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._row_menu)
        rows = view.verticalHeader()
        rows.hide()
        # Fixed row heights: the view never asks a million rows for their size.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self._apply_default_columns()
        header.setSortIndicator(self._sort_column, self._sort_order)
        header.sortIndicatorChanged.connect(self._sort_clicked)

    def _apply_default_columns(self) -> None:
        header = self.view.horizontalHeader()
        for number, spec in enumerate(COLUMNS):
            header.resizeSection(number, COLUMN_WIDTHS.get(spec.key, 100))
            header.setSectionHidden(number, spec.key not in DEFAULT_VISIBLE)
        for visual, key in enumerate(k for k in COLUMN_KEYS):
            logical = COLUMN_KEYS.index(key)
            header.moveSection(header.visualIndex(logical), visual)

    def _build_layout(self) -> None:
        summary_row = QHBoxLayout()
        summary_row.setContentsMargins(6, 0, 6, 0)
        summary_row.addWidget(self.summary_label, 1)
        summary_row.addWidget(self.summary_clear)
        self.summary_widget = QWidget(self)
        self.summary_widget.setLayout(summary_row)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("CustomerListSplitter")
        self.splitter.addWidget(self.panel)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([230, 1000])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.summary_widget)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.splitter, 1)

    # -- the contract with the main window -----------------------------------------------

    def current_customer_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.customer_id(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        """The selected customers' ids, in list order (read from the selection's ranges, so
        selecting a million rows does not create a million indexes)."""
        ids = self.model.ids()
        rows: list[int] = []
        for top, bottom in row_spans(self.view.selectionModel().selection()):
            rows.extend(ids[top : bottom + 1])
        return rows

    def current_filter(self) -> CustomerFilter:
        return self.panel.filter()

    def current_sort(self) -> tuple[str, bool]:
        return self.model.sort_key, self.model.descending

    def visible_columns(self) -> list[str]:
        """The keys of the shown columns, in the order the user sees them."""
        header = self.view.horizontalHeader()
        logical = [header.logicalIndex(v) for v in range(header.count())]
        return [COLUMN_KEYS[i] for i in logical if not header.isSectionHidden(i)]

    def set_visible_columns(self, keys: Sequence[str]) -> None:
        """Show these columns in this order (unknown keys ignored), hide the others."""
        header = self.view.horizontalHeader()
        wanted = [k for k in keys if k in COLUMN_KEYS] or list(DEFAULT_VISIBLE)
        for number, key in enumerate(COLUMN_KEYS):
            header.setSectionHidden(number, key not in wanted)
        for visual, key in enumerate(wanted):
            header.moveSection(header.visualIndex(COLUMN_KEYS.index(key)), visual)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def set_filter(self, flt: CustomerFilter) -> None:
        """Show the list narrowed by `flt` (reports open a chart bar's customers this way)."""
        self._search_timer.stop()
        self.panel.set_filter(flt)
        with QSignalBlocker(self.search_edit):
            self.search_edit.setText(flt.text)
        self._filter_changed()

    def save_state(self, settings: QSettings) -> None:
        header = self.view.horizontalHeader()
        settings.setValue("list/header", header.saveState())
        settings.setValue("list/columns", self.visible_columns())
        sort_key, descending = self.current_sort()
        settings.setValue("list/sort", sort_key)
        settings.setValue("list/descending", descending)
        # A chosen set of customers (a chart bar) is a moment's view: start without it.
        kept = replace(self.current_filter(), customer_ids=None)
        settings.setValue("list/filter", kept.to_json())
        settings.setValue("list/panel", self.filter_button.isChecked())
        settings.setValue("list/splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        header = self.view.horizontalHeader()
        state = settings.value("list/header")
        restored = isinstance(state, QByteArray) and header.restoreState(state)
        columns = settings.value("list/columns")
        if not restored and isinstance(columns, list):
            # The header's state is from another version of the columns: keep the choice.
            self.set_visible_columns([str(c) for c in columns])
        if header.isSectionHidden(0) and header.count():
            header.setSectionHidden(0, False)  # the name column is never hidden
        sort_key = settings.value("list/sort")
        descending = settings.value("list/descending", False, type=bool)
        if isinstance(sort_key, str):
            self.model.set_sort(sort_key, bool(descending))
        self._show_sort_indicator()
        splitter = settings.value("list/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        self.filter_button.setChecked(settings.value("list/panel", True, type=bool) is not False)
        text = settings.value("list/filter")
        flt = CustomerFilter()
        if isinstance(text, str) and text:
            try:
                flt = CustomerFilter.from_json(text)
            except (ValueError, TypeError):
                flt = CustomerFilter()  # written by another version: start unfiltered
        self.set_filter(flt)

    # -- querying ------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._ensure_query()

    def _ensure_query(self) -> None:
        if not self._query_requested:
            self.refresh()

    def refresh(self) -> None:
        """Query the list again with the current filter and sort."""
        self._query_requested = True
        self.model.query(self.panel.filter())

    def _filter_changed(self) -> None:
        self._update_summary()
        if self._query_requested:
            self.refresh()

    def _search_typed(self, _text: str) -> None:
        self._search_timer.start()

    def _search_now(self) -> None:
        if self._search_timer.isActive():
            self._search_timer.stop()
            self._apply_search()

    def _apply_search(self) -> None:
        text = self.search_edit.text()
        if text == self.panel.filter().text:
            return
        self.panel.set_text(text)
        self._filter_changed()

    def _panel_changed(self) -> None:
        # A saved filter or Clear may change the search text too.
        self._search_timer.stop()
        text = self.panel.filter().text
        if text != self.search_edit.text():
            with QSignalBlocker(self.search_edit):
                self.search_edit.setText(text)
        self._filter_changed()

    def _sort_clicked(self, column: int, order: Qt.SortOrder) -> None:
        if not self.model.sortable(column):
            # Columns without an index to sort by keep the sort where it was.
            self._show_sort_indicator()
            return
        spec = COLUMNS[column]
        assert spec.sort_key is not None
        descending = order == Qt.SortOrder.DescendingOrder
        if self._query_requested:
            self.model.query(sort_key=spec.sort_key, descending=descending)
        else:
            self.model.set_sort(spec.sort_key, descending)
        self._show_sort_indicator()

    def _show_sort_indicator(self) -> None:
        header = self.view.horizontalHeader()
        column = self.model.column_of_sort_key(self.model.sort_key)
        order = (
            Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
        )
        with QSignalBlocker(header):
            header.setSortIndicator(column, order)
        header.viewport().update()

    def _query_started(self) -> None:
        # "Select all" on a preview meant the whole result; a new query ends that wish.
        self._select_all_pending = False

    def _preview_shown(self, shown: int) -> None:
        self.view.set_empty_text("")
        self.sig_searching.emit(shown)
        self._update_actions()

    def _query_finished(self, count: int) -> None:
        self.view.set_empty_text(self._empty_text() if count == 0 else "")
        if self._select_all_pending:
            self._select_all_pending = False
            self.view.selectAll()
        self.sig_count_changed.emit(count)
        self._update_actions()

    def _selected_all(self) -> None:
        # On a preview only the rows found so far exist: select the rest when they come.
        self._select_all_pending = self.model.is_partial()
        self._update_actions()

    def _selection_changed(self) -> None:
        if not self._restoring:
            self._select_all_pending = False  # the user chose rows since "select all"
        self._update_actions()

    def _empty_text(self) -> str:
        flt = self.panel.filter()
        if flt.customer_ids is not None:
            return self.tr("None of the chosen customers is in this list any more.")
        text = flt.text.strip()
        criteria = replace(flt, text="", archived=False)
        if flt.archived and criteria.is_empty() and not text:
            return self.tr("The archive is empty.")
        if text and criteria.is_empty():
            return self.tr(
                "No customer matches \u201c{text}\u201d. Check the spelling, or search by "
                "phone, e-mail or pinyin initials."
            ).format(text=text)
        if not flt.is_empty() or flt.archived:
            return self.tr("No customer matches these filters. Clear filters to see everyone.")
        return self.tr("No customers yet: create one with Ctrl+N or import a spreadsheet.")

    # -- keeping the place across a re-query ----------------------------------------------

    def _take_snapshot(self) -> None:
        view = self.view
        current = view.currentIndex()
        top_row = view.rowAt(0)
        selected_rows = _selected_rows(view.selectionModel().selection())
        self._snapshot = {
            "current_id": self.model.customer_id(current.row()) if current.isValid() else None,
            "current_row": current.row() if current.isValid() else -1,
            "current_column": max(current.column(), 0),
            "top_id": self.model.customer_id(top_row) if top_row >= 0 else None,
            "top_row": top_row,
            "selected": self.selected_ids() if selected_rows <= RESTORE_SELECTION_LIMIT else [],
            "horizontal": view.horizontalScrollBar().value(),
        }
        self._restoring = True

    def _row_of(self, customer_id: int | None, old_row: int) -> int | None:
        if customer_id is None:
            return None
        # Most re-queries leave the rows where they were: check the old place first.
        if self.model.customer_id(old_row) == customer_id:
            return old_row
        return self.model.rows_of([customer_id]).get(customer_id)

    def _restore_snapshot(self) -> None:
        snap, self._snapshot = self._snapshot, {}
        try:
            if not snap:
                return
            model, view = self.model, self.view
            count = model.rowCount()
            selection_model = view.selectionModel()
            top = self._row_of(snap["top_id"], snap["top_row"])
            if top is None and snap["top_row"] >= 0 and count:
                top = min(snap["top_row"], count - 1)
            if top is not None:
                view.scrollTo(model.index(top, 0), QAbstractItemView.ScrollHint.PositionAtTop)
            view.horizontalScrollBar().setValue(snap["horizontal"])
            rows = model.rows_of(snap["selected"]) if snap["selected"] else {}
            if rows:
                selection = QItemSelection()
                last = model.columnCount() - 1
                for row in sorted(rows.values()):
                    selection.select(model.index(row, 0), model.index(row, last))
                selection_model.select(selection, QItemSelectionModel.SelectionFlag.Select)
            current = self._row_of(snap["current_id"], snap["current_row"])
            if current is None and snap["current_row"] >= 0 and count:
                # The current customer left the list (archived, deleted): stay at its place.
                current = min(snap["current_row"], count - 1)
                selection_model.select(
                    model.index(current, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
            if current is not None:
                selection_model.setCurrentIndex(
                    model.index(current, snap["current_column"]),
                    QItemSelectionModel.SelectionFlag.NoUpdate,
                )
        finally:
            self._restoring = False
            self._emit_current()
            self._update_actions()

    def _current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._restoring:
            self._emit_current()

    def _emit_current(self) -> None:
        current = self.current_customer_id()
        if current != self._last_current:
            self._last_current = current
            self.sig_current_changed.emit(current)

    # -- reacting to changes ---------------------------------------------------------------

    def _bus_changed(self, changes: Changes) -> None:
        if changes.tags or changes.staff or changes.settings:
            self.panel.reload_options()
        elif changes.all_customers:
            # New regions or sources may have appeared; a burst of edits reloads once.
            self._options_timer.start()
        if not self._query_requested:
            return
        if (
            changes.all_customers
            or changes.customer_ids
            or changes.settings
            or changes.tags
            or changes.staff
        ):
            self.refresh()

    # -- opening ---------------------------------------------------------------------------

    def _open_index(self, index: QModelIndex) -> None:
        customer_id = self.model.customer_id(index.row())
        if customer_id is not None:
            bus.open_customer(customer_id)

    def open_current(self) -> None:
        self._open_index(self.view.currentIndex())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the search box goes into the list, so the keyboard never has to leave.
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount() > 0
        ):
            self._search_now()
            self.view.setFocus(Qt.FocusReason.TabFocusReason)
            if not self.view.currentIndex().isValid():
                self.view.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    # -- what is shown around the list -------------------------------------------------------

    def _toggle_panel(self, visible: bool) -> None:
        self.panel.setVisible(visible)
        self._update_summary()

    def _update_summary(self) -> None:
        count = self.panel.active_count()
        self.filter_button.setText(
            self.tr("Filters (%n)", "", count) if count else self.tr("Filters")
        )
        summary = self.panel.summary()
        self.summary_label.setText(self.tr("Showing: {summary}").format(summary=summary))
        self.summary_label.setToolTip(summary)
        self.summary_widget.setVisible(bool(summary))

    def _update_actions(self, *_args: object) -> None:
        selected = _selected_rows(self.view.selectionModel().selection())
        archive_view = self.panel.filter().archived
        # While a preview is shown the rows are not all known yet: changes to "the selected
        # customers" wait for the whole list, so a selection never silently means fewer.
        partial = self.model.is_partial()
        if self._select_all_pending:
            text = self.tr("All selected (the list is still loading)")
        elif selected and partial:
            text = self.tr("%n selected (the list is still loading)", "", selected)
        else:
            text = self.tr("%n selected", "", selected) if selected else ""
        self.selection_label.setText(text)
        can_change = selected > 0 and not partial
        for action in (
            self.act_owner,
            self.act_add_tags,
            self.act_remove_tags,
            self.act_tier,
            self.act_delete,
        ):
            action.setEnabled(can_change)
        self.act_archive.setVisible(not archive_view)
        self.act_archive.setEnabled(can_change and not archive_view)
        self.act_restore.setVisible(archive_view)
        self.act_restore.setEnabled(can_change and archive_view)
        self.act_open.setEnabled(self.view.currentIndex().isValid())

    def _header_menu(self, pos: QPoint) -> None:
        self.column_menu().exec(self.view.horizontalHeader().mapToGlobal(pos))

    def column_menu(self) -> QMenu:
        """Checkable columns in the header's order, plus going back to the defaults."""
        header = self.view.horizontalHeader()
        menu = QMenu(self)
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            key = COLUMN_KEYS[logical]
            action = menu.addAction(labels.field(key))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(logical))
            action.setData(key)
            if key == "name":
                action.setEnabled(False)  # a row without a name means nothing
            action.toggled.connect(lambda shown, n=logical: header.setSectionHidden(n, not shown))
        menu.addSeparator()
        reset = menu.addAction(self.tr("Default columns"))
        reset.triggered.connect(lambda _c=False: self._apply_default_columns())
        return menu

    def _row_menu(self, pos: QPoint) -> None:
        menu = self.row_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def row_menu(self) -> QMenu:
        """The context menu of the rows: open, the bulk actions, print labels."""
        menu = QMenu(self)
        menu.addAction(self.act_open)
        menu.addSeparator()
        for action in (
            self.act_owner,
            self.act_add_tags,
            self.act_remove_tags,
            self.act_tier,
            self.act_archive if not self.panel.filter().archived else self.act_restore,
        ):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.act_delete)
        menu.addAction(self.act_select_all)
        print_labels = self._print_labels_action()
        if print_labels is not None:
            menu.addSeparator()
            menu.addAction(print_labels)
        return menu

    def _print_labels_action(self) -> QAction | None:
        """The window's own Print address labels command (selected rows, else the list)."""
        # Imported here: the main window imports this module.
        from crm_desktop.ui.main_window import MainWindow

        window = self.window()
        return window.act_print_labels if isinstance(window, MainWindow) else None

    def _fill_owner_menu(self) -> None:
        self.owner_menu.clear()
        for member in staff.list_staff(include_inactive=False):
            action = self.owner_menu.addAction(member.name)
            action.setData(member.id)
            action.triggered.connect(lambda _c=False, i=member.id: self.assign_owner(i))
        self.owner_menu.addSeparator()
        none = self.owner_menu.addAction(self.tr("No owner"))
        none.triggered.connect(lambda _c=False: self.assign_owner(None))

    # -- bulk actions ----------------------------------------------------------------------

    def _bulk(
        self,
        work: Callable[[list[int]], Changes],
        message: Callable[[int], str],
        ids: list[int] | None = None,
    ) -> None:
        """Run a write over the selected customers on the worker, then announce it and
        offer to undo it."""
        ids = self.selected_ids() if ids is None else ids
        if not ids:
            return
        count = len(ids)
        tasks.run_task(
            self,
            lambda token: work(ids),
            on_success=lambda changes: self._written(changes, message(count)),
            label=self.tr("Changing %n customer(s)...", "", count),
        )

    def _written(self, changes: Changes, message: str) -> None:
        bus.changed(changes)
        if changes.operation_id is not None:
            self.undo_bar.offer(message, changes.operation_id)

    def assign_owner(self, owner_id: int | None) -> None:
        self._bulk(
            lambda ids: bulk.assign_owner(ids, owner_id),
            lambda n: self.tr("Owner changed for %n customer(s).", "", n),
        )

    def set_tier(self, tier: str | None) -> None:
        if tier is None:
            self._bulk(
                lambda ids: bulk.set_tier_manual(ids, None),
                lambda n: self.tr("Tier given back to the rules for %n customer(s).", "", n),
            )
        else:
            self._bulk(
                lambda ids: bulk.set_tier_manual(ids, tier),
                lambda n: self.tr("Tier set by hand for %n customer(s).", "", n),
            )

    def ask_tags(self, title: str) -> list[int]:
        """The tags the user picks in a dialog (empty when cancelled)."""
        dialog = TagPickerDialog(title, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        return dialog.tag_ids()

    def add_tags(self) -> None:
        if not self.selected_ids():
            return
        tag_ids = self.ask_tags(self.tr("Add tags to the selected customers"))
        if tag_ids:
            self._bulk(
                lambda ids: tags.add_tags(ids, tag_ids),
                lambda n: self.tr("Tags added to %n customer(s).", "", n),
            )

    def remove_tags(self) -> None:
        if not self.selected_ids():
            return
        tag_ids = self.ask_tags(self.tr("Remove tags from the selected customers"))
        if tag_ids:
            self._bulk(
                lambda ids: tags.remove_tags(ids, tag_ids),
                lambda n: self.tr("Tags removed from %n customer(s).", "", n),
            )

    def archive(self) -> None:
        self._bulk(
            lambda ids: customers.set_archived(ids, True),
            lambda n: self.tr("%n customer(s) moved to the archive.", "", n),
        )

    def restore_from_archive(self) -> None:
        self._bulk(
            lambda ids: customers.set_archived(ids, False),
            lambda n: self.tr("%n customer(s) brought back from the archive.", "", n),
        )

    def delete(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete customers"),
            self.tr(
                "Delete %n customer(s) with their contacts, follow-ups, deals, orders and "
                "service records?\n\nYou can undo this for a short while.",
                "",
                len(ids),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._bulk(
            customers.delete_customers,
            lambda n: self.tr("%n customer(s) deleted.", "", n),
            ids,
        )

    def undo(self, operation_id: int, force: bool = False) -> None:
        """Undo an operation; when later edits would be lost, ask before forcing it."""

        def failed(exc: BaseException) -> None:
            if isinstance(exc, UndoRefused):
                self._undo_refused(operation_id, exc, force)
                return
            from crm_desktop.ui.errors import show_error

            show_error(self, exc)

        tasks.run_task(
            self,
            lambda token: customers.undo_operation(operation_id, force=force),
            on_success=self._undone,
            on_failure=failed,
            label=self.tr("Undoing..."),
        )

    def _undone(self, changes: Changes) -> None:
        self.undo_bar.dismiss()
        bus.changed(changes)

    def _undo_refused(self, operation_id: int, exc: UndoRefused, forced: bool) -> None:
        if exc.customer_ids and not forced:
            answer = QMessageBox.question(
                self,
                self.tr("Undo"),
                self.tr(
                    "%n customer(s) changed by this action were edited afterwards. Undoing "
                    "it would discard those edits too.\n\nUndo anyway?",
                    "",
                    len(exc.customer_ids),
                ),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.undo(operation_id, force=True)
                return
        else:
            QMessageBox.warning(
                self, self.tr("Undo"), self.tr("This action can no longer be undone.")
            )
        self.undo_bar.dismiss()
