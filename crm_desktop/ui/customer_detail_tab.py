"""The customer detail tab: facts at a glance, the grouped form, and the sub-tables.

Layout, top to bottom: a header band with the computed facts (tier and whether a rule or a
person set it, stage, lifecycle, RFM, value class, contact status, last and next contact,
purchases, profit, satisfaction, activity) and the Save / Revert buttons; then a splitter
with the customer's form above and its records below (contacts, tags, deals, orders, service
records, needs, credit checks, tier history).

The form holds edits until Save (Ctrl+S); the records and tags are written at once by their
own dialogs. After every write the tab tells the others through `bus.changed`; when another
screen changes the shown customer, the band and the records refresh, and the form too unless
it holds unsaved edits (those are never overwritten).

Reads and writes of one customer take milliseconds, so they run on the GUI thread: Save must
know at once whether it worked (leaving the tab depends on it).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain import rules
from crm_desktop.services import customer_list, customers, orders, service_records
from crm_desktop.services import settings as settings_service
from crm_desktop.services.changes import Changes
from crm_desktop.services.validation import Problem, ValidationError
from crm_desktop.ui import bus, errors, labels
from crm_desktop.ui.customer_form import DUPLICATE_KEYS, CustomerForm
from crm_desktop.ui.customer_list_model import display_locale, money_text
from crm_desktop.ui.record_tables import (
    CustomerRecordsView,
    RecordTable,
    Row,
    as_date,
    format_date,
    format_moment,
    record_kinds,
)
from crm_desktop.ui.tag_editor import TagEditor

SETTINGS_PREFIX = "detail/"
TIER_COLOURS = {"ordinary": "#6b7785", "vip": "#b7791f", "super": "#7b3fbf"}
STATUS_COLOURS = {"green": "#23854a", "amber": "#d08a00", "red": "#c0392b"}
BAND_STYLE = (
    "QFrame#facts_band { background: palette(alternate-base);"
    " border: 1px solid palette(midlight); border-radius: 4px; }"
)
CAPTION_STYLE = "color: palette(mid); font-size: 11px;"
DASH = "\u2014"


class FactsBand(QFrame):
    """The computed facts of the shown customer, and the control for a manual tier."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facts_band")
        self.setStyleSheet(BAND_STYLE)
        self.title = QLabel(self)
        self.title.setObjectName("customer_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(self)
        self.subtitle.setStyleSheet("color: palette(mid);")
        self.tier_label = QLabel(self)
        self.tier_label.setObjectName("tier")
        self.tier_reason = QLabel(self)
        self.tier_reason.setObjectName("tier_reason")
        self.tier_reason.setStyleSheet("color: palette(mid);")
        self.tier_button = QPushButton(self.tr("Set tier"), self)
        self.tier_button.setObjectName("tier_button")
        self.tier_menu = QMenu(self.tier_button)
        self.tier_button.setMenu(self.tier_menu)
        self.tier_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for code, label in labels.tiers().items():
            action = self.tier_menu.addAction(self.tr("Fix the tier at {tier}").format(tier=label))
            action.setCheckable(True)
            action.setData(code)
            group.addAction(action)
            self.tier_actions[code] = action
        self.tier_menu.addSeparator()
        self.rule_action = self.tier_menu.addAction(self.tr("Let the rules decide the tier"))
        self.rule_action.setData("")

        heading = QHBoxLayout()
        heading.setSpacing(10)
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        heading.addStretch(1)
        heading.addWidget(self.tier_label)
        heading.addWidget(self.tier_reason)
        heading.addWidget(self.tier_button)

        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(2)
        captions = [
            ("stage", self.tr("Stage")),
            ("lifecycle", self.tr("Lifecycle")),
            ("rfm", self.tr("RFM segment")),
            ("value_class", self.tr("Value class")),
            ("contact_status", self.tr("Contact status")),
            ("activity", self.tr("Activity")),
            ("last_contact", self.tr("Last contact")),
            ("next_contact", self.tr("Next contact")),
            ("purchases", self.tr("Total purchases")),
            ("profit", self.tr("Profit")),
            ("satisfaction", self.tr("Satisfaction")),
            ("last_purchase", self.tr("Last purchase")),
        ]
        per_row = 6
        for index, (key, caption) in enumerate(captions):
            row, column = divmod(index, per_row)
            caption_label = QLabel(caption, self)
            caption_label.setStyleSheet(CAPTION_STYLE)
            value = QLabel(DASH, self)
            value.setObjectName(f"fact_{key}")
            self.values[key] = value
            grid.addWidget(caption_label, row * 2, column)
            grid.addWidget(value, row * 2 + 1, column)
        for column in range(per_row):
            grid.setColumnStretch(column, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        layout.addLayout(heading)
        self.facts = QWidget(self)
        self.facts.setLayout(grid)
        grid.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.facts)

    def show_new(self) -> None:
        self.title.setText(self.tr("New customer"))
        self.subtitle.setText(self.tr("Fill in the form and save; records and tags come after."))
        for widget in (self.tier_label, self.tier_reason, self.tier_button, self.facts):
            widget.hide()

    def show_customer(self, row: Row) -> None:
        """Fill the band from a stored customer (with the list's computed columns)."""
        for widget in (self.tier_label, self.tier_reason, self.tier_button, self.facts):
            widget.show()
        self.title.setText(str(row["name"]))
        kind = labels.customer_kinds().get(row["kind"], row["kind"])
        self.subtitle.setText(" \u00b7 ".join(p for p in (row.get("code") or "", kind) if p))
        tier = row["tier"] or "ordinary"
        colour = TIER_COLOURS.get(tier, "#6b7785")
        self.tier_label.setText(labels.tiers().get(tier, tier))
        self.tier_label.setStyleSheet(
            f"QLabel {{ background: {colour}; color: white; border-radius: 9px;"
            f" padding: 1px 10px; font-weight: 600; }}"
        )
        manual = row.get("tier_manual")
        reasons = labels.tier_reasons()
        self.tier_reason.setText(reasons["hand"] if manual else reasons["rule"])
        for code, action in self.tier_actions.items():
            action.setChecked(code == manual)
        self.rule_action.setEnabled(bool(manual))

        self._set("stage", labels.customer_stages().get(row["stage"], row["stage"]))
        self._set("lifecycle", labels.lifecycles().get(row["lifecycle"], row["lifecycle"]))
        segment = row.get("rfm_segment")
        rfm = labels.rfm_segments().get(segment, segment) if segment else ""
        if rfm and row.get("rfm_score"):
            rfm = f"{rfm} ({row['rfm_score']})"
        self._set("rfm", rfm)
        value_class = row.get("value_class") or ""
        self._set("value_class", labels.value_classes().get(value_class, value_class))
        status = row["contact_status"]
        self._set(
            "contact_status",
            f"<span style='color:{STATUS_COLOURS.get(status, '#666')}'>\u25cf</span> "
            f"{labels.contact_statuses().get(status, status)}",
        )
        self._set("activity", f"{row['activity_score']:.1f}")
        # Money as the customer list shows it: with the currency sign and digit groups.
        locale = display_locale()
        self._set("last_contact", format_moment(row["last_contact_at"]))
        self._set("next_contact", self._next_contact(row))
        self._set(
            "purchases",
            self.tr("{amount} (%n order(s))", "", int(row["purchase_count"] or 0)).format(
                amount=money_text(row["purchase_total_cents"], locale)
            ),
        )
        self._set("profit", money_text(row["profit_cents"], locale))
        self._set("satisfaction", self._satisfaction(row["id"]))
        self._set("last_purchase", format_date(row["last_purchase"]))

    def _set(self, key: str, text: str | None) -> None:
        self.values[key].setText(text or DASH)

    def _next_contact(self, row: Row) -> str:
        """The planned follow-up, else when the contact frequency makes one due."""
        planned = as_date(row["next_follow_up"])
        if planned is not None:
            return planned.isoformat()
        frequency = settings_service.business_settings().frequency_for(row["tier"])
        due = rules.contact_due_date(as_date(row["last_contact_at"]), frequency)
        if due is None:
            return self.tr("now (never contacted)")
        return self.tr("due {date}").format(date=due.isoformat())

    def _satisfaction(self, customer_id: int) -> str:
        average, trend = service_records.satisfaction_of(customer_id)
        if average is None:
            return ""
        arrows = {
            rules.TREND_UP: self.tr("\u2191 rising"),
            rules.TREND_DOWN: self.tr("\u2193 falling"),
            rules.TREND_FLAT: self.tr("\u2192 steady"),
        }
        return f"{average:.1f} / 5  {arrows.get(trend, '')}".strip()


class FormScrollArea(QScrollArea):
    """A scroll area that asks for its whole content's height, so the form starts unscrolled."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        inner = self.widget()
        if inner is not None:
            hint.setHeight(inner.sizeHint().height() + 2 * self.frameWidth())
        return hint


class CustomerDetailTab(QWidget):
    """One customer: facts, form and records. The main window's second tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._customer_id: int | None = None
        self._is_new = False
        self._own_changes: Changes | None = None

        self.band = FactsBand(self)
        self.band.tier_menu.triggered.connect(self._tier_chosen)
        self.unsaved_label = QLabel(self.tr("Unsaved changes"), self)
        self.unsaved_label.setStyleSheet("color: #b7791f; font-weight: 600;")
        self.unsaved_label.hide()
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("save")
        self.save_button.setToolTip(self.tr("Save the customer (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.setObjectName("revert")
        self.revert_button.setToolTip(self.tr("Throw away the changes made since the last save"))
        self.revert_button.clicked.connect(self.revert)
        self.revert_button.setEnabled(False)
        buttons = QVBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.unsaved_label)
        buttons.addStretch(1)
        header = QHBoxLayout()
        header.addWidget(self.band, 1)
        header.addLayout(buttons)

        self.form = CustomerForm(self)
        self.form.sig_dirty_changed.connect(self._dirty_changed)
        self.form_scroll = FormScrollArea(self)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setWidget(self.form)

        self.sub_tabs = QTabWidget(self)
        self.sub_tabs.setDocumentMode(True)
        self.tables: dict[str, RecordTable] = {}
        for kind in record_kinds():
            table = RecordTable(kind, self.sub_tabs)
            self.tables[kind.key] = table
            self.sub_tabs.addTab(table, kind.title)
        self.tag_editor = TagEditor(self.sub_tabs)
        self.sub_tabs.insertTab(1, self.tag_editor, self.tr("Tags"))

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("detail_splitter")
        self.splitter.addWidget(self.form_scroll)
        self.splitter.addWidget(self.sub_tabs)
        # The form starts at its full height (its size hint); the records take the rest.
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self._split_state: QByteArray | None = None  # kept while the records are hidden
        self._records_shown = True

        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(6, 6, 6, 6)
        content_layout.addLayout(header)
        content_layout.addWidget(self.splitter, 1)

        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(mid); font-size: 14px;")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save)
        bus.bus().sig_changed.connect(self._on_changed)
        self._show_empty(
            self.tr(
                "No customer is open.\n\nDouble-click a customer in the list, "
                "or press Ctrl+N for a new one."
            )
        )

    # -- the contract with the main window ---------------------------------------------

    def load_customer(self, customer_id: int | None) -> None:
        """Show a stored customer (None: nothing).

        Unsaved edits of another customer are dropped (call `confirm_leave` first); opening
        the customer already shown refreshes it and keeps its edits.
        """
        if customer_id is None:
            self._show_empty(self.tr("No customer is open."))
            return
        # The main window asks before switching customers, not before opening the same one.
        same = customer_id == self._customer_id and not self._is_new
        self._open(customer_id, keep_edits=same)

    def _open(self, customer_id: int, *, keep_edits: bool) -> None:
        self._customer_id = customer_id
        self._is_new = False
        if not self._refresh(force_form=not keep_edits):
            return
        for table in self._record_widgets():
            table.set_customer(customer_id)
        self._show_records(True)
        self.stack.setCurrentIndex(1)

    def new_customer(self) -> None:
        """An empty form for a new customer; the records appear once it is saved."""
        self._customer_id = None
        self._is_new = True
        self.form.load(None)
        self.band.show_new()
        for table in self._record_widgets():
            table.set_customer(None)
        self._show_records(False)
        self.stack.setCurrentIndex(1)
        self._dirty_changed(False)
        self.form.editor("name").widget.setFocus()

    def current_customer_id(self) -> int | None:
        return self._customer_id

    def is_empty(self) -> bool:
        """Neither a customer nor a new customer's form is shown."""
        return self._customer_id is None and not self._is_new

    def has_unsaved_changes(self) -> bool:
        return (self._customer_id is not None or self._is_new) and self.form.is_dirty()

    def confirm_leave(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes; True to go on."""
        if not self.has_unsaved_changes():
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("The changes to \u201c{name}\u201d are not saved. Save them?").format(
                name=self._display_name()
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = QMessageBox.StandardButton(box.exec())
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            return True
        return False

    def save_state(self, settings: QSettings) -> None:
        split = self._split_state if self._split_state is not None else self.splitter.saveState()
        settings.setValue(SETTINGS_PREFIX + "splitter", split)
        settings.setValue(SETTINGS_PREFIX + "subtab", self.sub_tabs.currentIndex())
        for key, table in self.tables.items():
            settings.setValue(f"{SETTINGS_PREFIX}columns/{key}", table.header_state())

    def restore_state(self, settings: QSettings) -> None:
        splitter = settings.value(SETTINGS_PREFIX + "splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        subtab = settings.value(SETTINGS_PREFIX + "subtab", 0, type=int)
        if isinstance(subtab, int) and 0 <= subtab < self.sub_tabs.count():
            self.sub_tabs.setCurrentIndex(subtab)
        for key, table in self.tables.items():
            table.restore_header_state(settings.value(f"{SETTINGS_PREFIX}columns/{key}"))

    # -- saving --------------------------------------------------------------------------

    def save(self) -> bool:
        """Save the form; True when saved (or nothing to save). Problems save nothing."""
        if self._customer_id is None and not self._is_new:
            return True
        creating = self._is_new
        problems = self.form.problems(creating=creating)
        if problems:
            return self._refuse(problems)
        data = self.form.values() if creating else self.form.changed_values()
        if not data and not creating:
            return True
        if not self._no_duplicate_or_go_on(data, creating):
            return False
        try:
            if creating:
                customer_id, changes = customers.create_customer(data)
            else:
                assert self._customer_id is not None
                customer_id = self._customer_id
                changes = customers.update_customer(customer_id, data)
        except ValidationError as exc:
            return self._refuse(exc.problems)
        except Exception as exc:
            errors.show_error(self, exc)
            return False
        self._open(customer_id, keep_edits=False)
        self._own_changes = changes
        bus.changed(changes)
        return True

    def _show_records(self, shown: bool) -> None:
        """Show or hide the records below the form, keeping the split the user chose."""
        if shown == self._records_shown:
            return
        self._records_shown = shown
        if shown:
            self.sub_tabs.show()
            if self._split_state is not None:
                self.splitter.restoreState(self._split_state)
            self._split_state = None
        else:
            if sum(self.splitter.sizes()) > 0:  # laid out at least once
                self._split_state = self.splitter.saveState()
            self.sub_tabs.hide()

    def _refuse(self, problems: list[Problem]) -> bool:
        """Show every problem next to its field and in one message; nothing was saved."""
        messages = self.form.show_problems(problems)
        self.form.focus_first_problem()
        QMessageBox.warning(
            self,
            self.tr("Not saved"),
            self.tr("Nothing was saved. Please correct:") + "\n\n" + "\n".join(messages),
        )
        return False

    def _no_duplicate_or_go_on(self, data: dict[str, Any], creating: bool) -> bool:
        """Show likely duplicates before saving; True to save anyway (or when none)."""
        probe = data if creating else {k: data[k] for k in DUPLICATE_KEYS if k in data}
        if not probe:
            return True
        found = customers.find_duplicates(probe, exclude_id=self._customer_id)
        if not found:
            return True
        reasons = {
            "code": self.tr("same customer code"),
            "mobile": self.tr("same mobile"),
            "email": self.tr("same e-mail"),
            "credit_code": self.tr("same unified social credit code"),
            "name": self.tr("nearly the same name"),
        }
        lines = "\n".join(
            f"\u2022 {d.name}  \u2014 {reasons.get(d.reason, d.reason)}" for d in found
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Possible duplicate"),
            self.tr("This customer may already exist:") + "\n\n" + lines,
            QMessageBox.StandardButton.Open
            | QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr(
                "Open the existing customer (your changes here are dropped), save anyway, "
                "or go back to the form."
            )
        )
        self._button_text(box, QMessageBox.StandardButton.Open, self.tr("Open existing"))
        self._button_text(box, QMessageBox.StandardButton.Save, self.tr("Save anyway"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        answer = QMessageBox.StandardButton(box.exec())
        if answer == QMessageBox.StandardButton.Save:
            return True
        if answer == QMessageBox.StandardButton.Open:
            self.revert()
            bus.open_customer(found[0].customer_id)
        return False

    @staticmethod
    def _button_text(box: QMessageBox, which: QMessageBox.StandardButton, text: str) -> None:
        button = box.button(which)
        if button is not None:
            button.setText(text)

    def revert(self) -> None:
        """Throw away the form's edits: back to the stored customer (or an empty new form)."""
        if self._is_new:
            self.form.load(None)
        elif self._customer_id is not None:
            self._refresh(force_form=True)

    # -- manual tier ---------------------------------------------------------------------

    def _tier_chosen(self, action: QAction) -> None:
        code = action.data()
        self.set_manual_tier(code if isinstance(code, str) and code else None)

    def set_manual_tier(self, tier: str | None) -> bool:
        """Fix the tier by hand (None: let the rules decide again); the form is left alone."""
        if self._customer_id is None:
            return False
        try:
            changes = customers.update_customer(
                self._customer_id,
                {"tier_manual": tier or "", "tier_note": "set in the customer detail"},
            )
        except Exception as exc:
            errors.show_error(self, exc)
            return False
        bus.changed(changes)
        return True

    # -- refreshing ----------------------------------------------------------------------

    def _record_widgets(self) -> list[CustomerRecordsView]:
        return [*self.tables.values(), self.tag_editor]

    def _refresh(self, *, force_form: bool = False) -> bool:
        """Read the shown customer again; False when it no longer exists."""
        assert self._customer_id is not None
        row = customers.get_customer(self._customer_id)
        listed = customer_list.fetch_rows([self._customer_id])
        if row is None or not listed:
            self._show_empty(self.tr("The customer was deleted."))
            return False
        exposure = orders.credit_exposure(self._customer_id)
        if force_form or not self.form.is_dirty():
            self.form.load(row, exposure)
            self._dirty_changed(False)
        else:
            self.form.set_exposure(exposure)
        self.band.show_customer({**row, **listed[0]})
        return True

    def _on_changed(self, changes: Changes) -> None:
        if changes is self._own_changes:
            # Our own save: the form is already loaded; the records may still have changed.
            self._own_changes = None
            for table in self._record_widgets():
                table.mark_stale()
            return
        if changes.settings or changes.staff:
            self.form.refresh_choices()
        customer_id = self._customer_id
        if customer_id is None:
            return
        if not (
            customer_id in changes.customer_ids
            or changes.all_customers
            or changes.settings
            or changes.staff
            or changes.tags
        ):
            return
        if not self._refresh():
            return
        for table in self._record_widgets():
            table.mark_stale()

    def _dirty_changed(self, dirty: bool) -> None:
        dirty = dirty and (self._customer_id is not None or self._is_new)
        self.unsaved_label.setVisible(dirty)
        self.revert_button.setEnabled(dirty)

    def _show_empty(self, text: str) -> None:
        self._customer_id = None
        self._is_new = False
        self.form.load(None)
        for table in self._record_widgets():
            table.set_customer(None)
        self.empty_label.setText(text)
        self.stack.setCurrentIndex(0)
        self._dirty_changed(False)

    def _display_name(self) -> str:
        name = self.form.editor("name").value()
        return str(name) if name else self.tr("the new customer")
