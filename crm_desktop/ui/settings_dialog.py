"""The settings dialog: business rules kept with the data, and this machine's own choices.

Shaped like Picard's options dialog: a list of pages on the left, the page on the right, one
class per page with `load()` and `save()`. Most pages edit the business settings (tiers,
contact frequency, lifecycle, value classes, activity weights, deal stages, choice lists);
they are saved together when the user presses OK, after every page has validated. Two pages
change records at once instead, because each change is a record service call of its own
(tag groups and staff: a rename must reach every customer, a delete is undoable); they say
so on the page. Language and database location are per machine and go to QSettings.

Saving the business settings emits the change bus, then recomputes the classification
(tiers, value classes, RFM, activity) on the database worker, because those follow the
rules just changed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import DB_PATH_KEY
from crm_desktop.domain.settings import (
    TIER_ORDINARY,
    TIER_SUPER,
    TIER_VIP,
    BusinessSettings,
    DealStageSpec,
    TierRule,
)
from crm_desktop.services import customers, deals, facts, staff, tags
from crm_desktop.services import settings as settings_service
from crm_desktop.services.changes import Changes
from crm_desktop.storage.database import ENV_DB_PATH, resolve_db_path
from crm_desktop.ui import bus, errors, i18n, labels, tasks

log = logging.getLogger(__name__)

# Business settings that the whole-base classification reads: changing any of them means
# tiers, value classes, RFM segments or activity scores must be recomputed.
CLASSIFICATION_FIELDS = (
    "tier_rules",
    "tier_window_months",
    "value_top_share",
    "value_change_threshold",
    "value_new_customer_months",
    "value_frozen_months",
    "rfm_window_months",
    "activity_weights",
)
RULE_TIERS = (TIER_SUPER, TIER_VIP)
"""The tiers reached by rules, highest first (ordinary is what matches no rule)."""
MAX_AMOUNT_YUAN = 10_000_000_000


@dataclass(frozen=True)
class PageContext:
    """What every page may need besides the business settings."""

    settings: QSettings
    db_path: Path


def _cents(value: float) -> int:
    """Yuan from a spin box to exact cents (the float only ever holds two decimals)."""
    return int(Decimal(f"{value:.2f}") * 100)


def _spin(minimum: int, maximum: int, suffix: str = "", special: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(minimum, maximum)
    box.setSuffix(suffix)
    box.setGroupSeparatorShown(True)
    if special:
        box.setSpecialValueText(special)
    box.setMinimumWidth(110)
    return box


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """A table item that the page always creates (every cell of its rows is filled)."""
    item = table.item(row, column)
    assert item is not None, (row, column)
    return item


def _form() -> QFormLayout:
    """A form whose spin boxes keep their natural width instead of spanning the page."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    return form


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setEnabled(False)  # drawn in the disabled colour: explanation, not a setting
    return label


# ---------------------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------------------


class SettingsPage(QWidget):
    """One page: `load` shows settings, `validate` lists problems, `save` returns them."""

    #: Pages whose changes are written at once (records, not settings) have no defaults.
    has_defaults = True

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)

    def title(self) -> str:
        raise NotImplementedError

    def load(self, business: BusinessSettings) -> None:
        """Show these settings (also used by "Restore defaults")."""

    def validate(self) -> list[str]:
        """Translated messages, one per problem; empty when the page can be saved."""
        return []

    def save(self, business: BusinessSettings) -> BusinessSettings:
        """The business settings with this page's values (per-machine pages write QSettings)."""
        return business


class TierRulesPage(SettingsPage):
    """Tier rules: per tier the thresholds of which any one is enough, and the window."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.window_spin = _spin(1, 120, self.tr(" months"))
        form = _form()
        form.addRow(self.tr("Count purchases of the last:"), self.window_spin)
        self.body.addLayout(form)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        headers = (
            self.tr("Tier"),
            self.tr("Amount bought at least"),
            self.tr("Purchases at least"),
            self.tr("Referrals at least"),
        )
        for column, text in enumerate(headers):
            header = QLabel(f"<b>{text}</b>")
            grid.addWidget(header, 0, column)
        self.amount: dict[str, QDoubleSpinBox] = {}
        self.purchases: dict[str, QSpinBox] = {}
        self.referrals: dict[str, QSpinBox] = {}
        tier_names = labels.tiers()
        not_used = self.tr("not used")
        for row, tier in enumerate(RULE_TIERS, start=1):
            grid.addWidget(QLabel(tier_names[tier]), row, 0)
            amount = QDoubleSpinBox()
            amount.setRange(0, MAX_AMOUNT_YUAN)
            amount.setDecimals(2)
            amount.setPrefix("\u00a5 ")
            amount.setGroupSeparatorShown(True)
            amount.setSpecialValueText(not_used)
            amount.setSingleStep(1000)
            amount.setMinimumWidth(160)
            self.amount[tier] = amount
            self.purchases[tier] = _spin(0, 100_000, special=not_used)
            self.referrals[tier] = _spin(0, 100_000, special=not_used)
            grid.addWidget(amount, row, 1)
            grid.addWidget(self.purchases[tier], row, 2)
            grid.addWidget(self.referrals[tier], row, 3)
        grid.addWidget(QLabel(tier_names[TIER_ORDINARY]), len(RULE_TIERS) + 1, 0)
        grid.addWidget(_note(self.tr("every other customer")), len(RULE_TIERS) + 1, 1, 1, 3)
        grid.setColumnStretch(4, 1)
        self.body.addLayout(grid)
        self.body.addWidget(
            _note(
                self.tr(
                    "A customer reaches a tier when any one of its thresholds is met; the "
                    "highest tier reached wins. Amounts and purchases count the orders of the "
                    "window above; referrals count every customer this one brought in. A tier "
                    "set by hand on a customer stays until it is cleared there. Tiers are "
                    "recomputed for every customer when you press OK."
                )
            )
        )
        self.body.addStretch(1)

    def title(self) -> str:
        return self.tr("Tiers")

    def load(self, business: BusinessSettings) -> None:
        self.window_spin.setValue(business.tier_window_months)
        rules = {rule.tier: rule for rule in business.tier_rules}
        for tier in RULE_TIERS:
            rule = rules.get(tier, TierRule(tier))
            cents = rule.min_amount_cents
            self.amount[tier].setValue(0 if cents is None else cents / 100)
            self.purchases[tier].setValue(rule.min_purchases or 0)
            self.referrals[tier].setValue(rule.min_referrals or 0)

    def _rule(self, tier: str) -> TierRule:
        # Zero shows "not used": a threshold of zero would put every customer in the tier.
        amount = _cents(self.amount[tier].value())
        return TierRule(
            tier,
            min_amount_cents=amount or None,
            min_purchases=self.purchases[tier].value() or None,
            min_referrals=self.referrals[tier].value() or None,
        )

    def validate(self) -> list[str]:
        problems = []
        high, low = self._rule(TIER_SUPER), self._rule(TIER_VIP)
        names = labels.tiers()
        criteria = (
            ("min_amount_cents", self.tr("amount")),
            ("min_purchases", self.tr("purchases")),
            ("min_referrals", self.tr("referrals")),
        )
        for attribute, what in criteria:
            top, below = getattr(high, attribute), getattr(low, attribute)
            if top is not None and below is not None and top <= below:
                problems.append(
                    self.tr(
                        "Tiers: the {high} threshold for {what} must be above the {low} one, "
                        "or no customer would reach {low} by it."
                    ).format(high=names[TIER_SUPER], low=names[TIER_VIP], what=what)
                )
        return problems

    def save(self, business: BusinessSettings) -> BusinessSettings:
        return dataclasses.replace(
            business,
            tier_rules=[self._rule(tier) for tier in RULE_TIERS],
            tier_window_months=self.window_spin.value(),
        )


class RemindersPage(SettingsPage):
    """How often each tier should hear from us, and how early renewals come up."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        form = _form()
        self.frequency: dict[str, QSpinBox] = {}
        names = labels.tiers()
        for tier in (TIER_SUPER, TIER_VIP, TIER_ORDINARY):
            box = _spin(1, 3650, self.tr(" days"))
            self.frequency[tier] = box
            form.addRow(self.tr("{tier}: contact at least every").format(tier=names[tier]), box)
        self.body.addWidget(QLabel(self.tr("<b>Contact frequency</b>")))
        self.body.addLayout(form)
        self.body.addWidget(
            _note(
                self.tr(
                    "A customer whose last follow-up is older than this is overdue: the "
                    "customer list shows it red, and amber when it is close."
                )
            )
        )
        self.body.addSpacing(12)
        self.renewal_spin = _spin(1, 3650, self.tr(" days"))
        renewal = _form()
        renewal.addRow(self.tr("Remind of a service expiry"), self.renewal_spin)
        self.body.addWidget(QLabel(self.tr("<b>Renewals</b>")))
        self.body.addLayout(renewal)
        self.body.addWidget(
            _note(self.tr("Customers whose service expires within this many days appear in "
                          "the follow-up log's \u201cRenewals due\u201d list."))
        )
        self.body.addStretch(1)

    def title(self) -> str:
        return self.tr("Reminders")

    def load(self, business: BusinessSettings) -> None:
        for tier, box in self.frequency.items():
            box.setValue(business.frequency_for(tier))
        self.renewal_spin.setValue(business.renewal_reminder_days)

    def save(self, business: BusinessSettings) -> BusinessSettings:
        return dataclasses.replace(
            business,
            contact_frequency_days={tier: box.value() for tier, box in self.frequency.items()},
            renewal_reminder_days=self.renewal_spin.value(),
        )


class LifecyclePage(SettingsPage):
    """Lifecycle stages by months since the last purchase."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        names = labels.lifecycles()
        self.months = [_spin(1, 240, self.tr(" months")) for _ in range(3)]
        form = _form()
        form.addRow(
            self.tr("{honeymoon} ends after").format(honeymoon=names["honeymoon"]),
            self.months[0],
        )
        form.addRow(self.tr("{active} ends after").format(active=names["active"]), self.months[1])
        form.addRow(
            self.tr("{churning} ends after").format(churning=names["churning"]), self.months[2]
        )
        self.won_back_spin = _spin(1, 240, self.tr(" months"))
        form.addRow(self.tr("Won back after a silence of"), self.won_back_spin)
        self.body.addLayout(form)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.body.addWidget(self.summary)
        self.body.addWidget(
            _note(
                self.tr(
                    "The months count from the customer's last purchase; a customer who never "
                    "bought is a prospect. A customer who buys again after a silence at least "
                    "this long counts as won back in the reports."
                )
            )
        )
        self.body.addStretch(1)
        for box in self.months:
            box.valueChanged.connect(self._describe)

    def title(self) -> str:
        return self.tr("Lifecycle")

    def _describe(self) -> None:
        names = labels.lifecycles()
        a, b, c = (box.value() for box in self.months)
        self.summary.setText(
            self.tr(
                "{honeymoon}: bought within {a} months \u00b7 {active}: {a} to {b} months "
                "\u00b7 {churning}: {b} to {c} months \u00b7 {dormant}: more than {c} months"
            ).format(
                honeymoon=names["honeymoon"],
                active=names["active"],
                churning=names["churning"],
                dormant=names["dormant"],
                a=a,
                b=b,
                c=c,
            )
        )

    def load(self, business: BusinessSettings) -> None:
        for box, value in zip(self.months, business.lifecycle_months, strict=True):
            box.setValue(value)
        self.won_back_spin.setValue(business.won_back_dormant_months)
        self._describe()

    def validate(self) -> list[str]:
        a, b, c = (box.value() for box in self.months)
        if not a < b < c:
            return [
                self.tr(
                    "Lifecycle: the three limits must increase (for example 3, 6 and 12 "
                    "months); they are now {a}, {b} and {c}."
                ).format(a=a, b=b, c=c)
            ]
        return []

    def save(self, business: BusinessSettings) -> BusinessSettings:
        a, b, c = (box.value() for box in self.months)
        return dataclasses.replace(
            business, lifecycle_months=(a, b, c),
            won_back_dormant_months=self.won_back_spin.value(),
        )


class ValueClassPage(SettingsPage):
    """The parameters of value classes and of the RFM window."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        names = labels.value_classes()
        self.top_share = _spin(1, 100, " %")
        self.change = _spin(1, 100, " %")
        self.new_months = _spin(1, 120, self.tr(" months"))
        self.frozen_months = _spin(1, 120, self.tr(" months"))
        self.rfm_months = _spin(1, 120, self.tr(" months"))
        form = _form()
        form.addRow(self.tr("{value}: the top share by amount").format(value=names["value"]),
                    self.top_share)
        form.addRow(self.tr("Growing or declining: change of at least"), self.change)
        form.addRow(self.tr("{potential}: new within").format(potential=names["potential"]),
                    self.new_months)
        form.addRow(self.tr("{frozen}: no purchase for").format(frozen=names["frozen"]),
                    self.frozen_months)
        form.addRow(self.tr("RFM segments: purchases of the last"), self.rfm_months)
        self.body.addLayout(form)
        self.body.addWidget(
            _note(
                self.tr(
                    "Value customers are the top share by 12-month amount and not declining; "
                    "potential customers buy little but grow by the change above, or are new "
                    "with a repeat purchase; migrating customers declined by it; frozen "
                    "customers stopped buying."
                )
            )
        )
        self.body.addStretch(1)

    def title(self) -> str:
        return self.tr("Value classes")

    def load(self, business: BusinessSettings) -> None:
        self.top_share.setValue(round(business.value_top_share * 100))
        self.change.setValue(round(business.value_change_threshold * 100))
        self.new_months.setValue(business.value_new_customer_months)
        self.frozen_months.setValue(business.value_frozen_months)
        self.rfm_months.setValue(business.rfm_window_months)

    def save(self, business: BusinessSettings) -> BusinessSettings:
        return dataclasses.replace(
            business,
            value_top_share=self.top_share.value() / 100,
            value_change_threshold=self.change.value() / 100,
            value_new_customer_months=self.new_months.value(),
            value_frozen_months=self.frozen_months.value(),
            rfm_window_months=self.rfm_months.value(),
        )


class ActivityPage(SettingsPage):
    """The weights of the activity score's three parts."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.weights: list[QDoubleSpinBox] = []
        form = _form()
        for text in (
            self.tr("Recency of the last purchase"),
            self.tr("Number of purchases"),
            self.tr("Number of follow-ups"),
        ):
            box = QDoubleSpinBox()
            box.setRange(0, 10)
            box.setDecimals(2)
            box.setSingleStep(0.1)
            box.setMinimumWidth(110)
            box.valueChanged.connect(self._describe)
            self.weights.append(box)
            form.addRow(text, box)
        self.body.addLayout(form)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.body.addWidget(self.summary)
        self.body.addWidget(
            _note(
                self.tr(
                    "The activity score (0 to 100) mixes the three parts by these weights; "
                    "only their proportions matter. A weight of 0 leaves that part out."
                )
            )
        )
        self.body.addStretch(1)

    def title(self) -> str:
        return self.tr("Activity score")

    def _describe(self) -> None:
        values = [box.value() for box in self.weights]
        total = sum(values)
        if total <= 0:
            self.summary.setText("")
            return
        r, f, u = (round(100 * v / total) for v in values)
        self.summary.setText(
            self.tr("Recency {r}% \u00b7 purchases {f}% \u00b7 follow-ups {u}%").format(
                r=r, f=f, u=u
            )
        )

    def load(self, business: BusinessSettings) -> None:
        for box, value in zip(self.weights, business.activity_weights, strict=True):
            box.setValue(value)
        self._describe()

    def validate(self) -> list[str]:
        if sum(box.value() for box in self.weights) <= 0:
            return [self.tr("Activity score: at least one weight must be above 0.")]
        return []

    def save(self, business: BusinessSettings) -> BusinessSettings:
        r, f, u = (box.value() for box in self.weights)
        return dataclasses.replace(business, activity_weights=(r, f, u))


class ProbabilityDelegate(QStyledItemDelegate):
    """Probabilities are edited with a 0-100 % spin box, so they cannot be out of range."""

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(0, 100)
        editor.setSuffix(" %")
        return editor


STAGE_NAME, STAGE_PROBABILITY, STAGE_WON, STAGE_LOST = range(4)
KEY_ROLE = Qt.ItemDataRole.UserRole
STORED_NAME_ROLE = Qt.ItemDataRole.UserRole + 1
SHOWN_NAME_ROLE = Qt.ItemDataRole.UserRole + 2


class DealStagesPage(SettingsPage):
    """Deal stages in funnel order: name, probability, won or lost.

    Every stage keeps its key (deals store the key), so renaming or reordering a stage never
    moves a deal; a new stage gets a key of its own.
    """

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Stage"), self.tr("Probability (%)"), self.tr("Won"), self.tr("Lost")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setItemDelegateForColumn(STAGE_PROBABILITY, ProbabilityDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(STAGE_NAME, QHeaderView.ResizeMode.Stretch)
        for column in (STAGE_PROBABILITY, STAGE_WON, STAGE_LOST):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("&Add"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.add_button.clicked.connect(self.add_stage)
        self.remove_button.clicked.connect(self.remove_stage)
        self.up_button.clicked.connect(lambda: self.move_stage(-1))
        self.down_button.clicked.connect(lambda: self.move_stage(1))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(buttons)
        self.body.addLayout(row, 1)
        self.body.addWidget(
            _note(
                self.tr(
                    "Open stages in the order deals move through them, then the won and lost "
                    "stages. A deal entering a stage takes its probability. Deals keep their "
                    "stage when you rename or reorder it."
                )
            )
        )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Deal stages")

    def _append(self, key: str, stored: str, shown: str, probability: int,
                won: bool, lost: bool) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(shown)
        name.setData(KEY_ROLE, key)
        name.setData(STORED_NAME_ROLE, stored)
        name.setData(SHOWN_NAME_ROLE, shown)
        self.table.setItem(row, STAGE_NAME, name)
        chance = QTableWidgetItem()
        chance.setData(Qt.ItemDataRole.EditRole, probability)
        chance.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, STAGE_PROBABILITY, chance)
        for column, checked in ((STAGE_WON, won), (STAGE_LOST, lost)):
            flag = QTableWidgetItem()
            flag.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            flag.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.table.setItem(row, column, flag)
        return row

    def load(self, business: BusinessSettings) -> None:
        self.table.setRowCount(0)
        for spec in business.deal_stages:
            # Default stages show their translated name; an unchanged one keeps its stored name.
            self._append(spec.key, spec.name, labels.deal_stage(spec), spec.probability,
                         spec.is_won, spec.is_lost)
        self._update_buttons()

    def stages(self) -> list[DealStageSpec]:
        """The stages as the table shows them."""
        result = []
        for row in range(self.table.rowCount()):
            name_item = cell(self.table, row, STAGE_NAME)
            text = name_item.text().strip()
            stored = name_item.data(STORED_NAME_ROLE)
            shown = name_item.data(SHOWN_NAME_ROLE)
            name = stored if stored and text == shown else text
            probability = cell(self.table, row, STAGE_PROBABILITY).data(Qt.ItemDataRole.EditRole)
            result.append(
                DealStageSpec(
                    key=str(name_item.data(KEY_ROLE)),
                    name=name,
                    probability=int(probability or 0),
                    is_won=cell(self.table, row, STAGE_WON).checkState() == Qt.CheckState.Checked,
                    is_lost=cell(self.table, row, STAGE_LOST).checkState()
                    == Qt.CheckState.Checked,
                )
            )
        return result

    def _new_key(self) -> str:
        # Never reuse a key: deals of a removed stage may still hold it.
        used = {spec.key for spec in self.stages()}
        while True:
            key = f"stage_{uuid.uuid4().hex[:8]}"
            if key not in used:
                return key

    def add_stage(self) -> None:
        """A new open stage, placed before the won and lost stages, its name being edited."""
        stages = self.stages()
        position = next(
            (i for i, s in enumerate(stages) if s.is_won or s.is_lost), len(stages)
        )
        row = self._append(self._new_key(), "", self.tr("New stage"), 50, False, False)
        self._move_row(row, position)
        self.table.setCurrentCell(position, STAGE_NAME)
        if self.isVisible():
            self.table.editItem(cell(self.table, position, STAGE_NAME))

    def remove_stage(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        key = str(cell(self.table, row, STAGE_NAME).data(KEY_ROLE))
        name = cell(self.table, row, STAGE_NAME).text()
        saved = settings_service.business_settings()
        if saved.stage(key) is None:  # added in this dialog: no deal can be at it
            self.table.removeRow(row)
            self._update_buttons()
            return
        # Counting deals reads the whole deal table: on the worker, then ask.
        tasks.run_task(
            self,
            lambda token: {s.key: s.count for s in deals.funnel(settings=saved)}.get(key, 0),
            on_success=lambda count: self._confirm_remove(key, name, int(count)),
            label=self.tr("Counting the deals at this stage..."),
        )

    def _confirm_remove(self, key: str, name: str, count: int) -> None:
        if count:
            answer = QMessageBox.question(
                self,
                self.tr("Remove deal stage"),
                self.tr(
                    "%n deal(s) are at the stage \u201c{name}\u201d. They keep it, but it no "
                    "longer shows in the funnel or the stage lists until you add a stage "
                    "again.\n\nRemove the stage anyway?", "", count
                ).format(name=name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        for row in range(self.table.rowCount()):
            if cell(self.table, row, STAGE_NAME).data(KEY_ROLE) == key:
                self.table.removeRow(row)
                break
        self._update_buttons()

    def _take_row(self, row: int) -> list[QTableWidgetItem]:
        return [self.table.takeItem(row, column) for column in range(self.table.columnCount())]

    def _move_row(self, row: int, target: int) -> None:
        if row == target:
            return
        items = self._take_row(row)
        self.table.removeRow(row)
        self.table.insertRow(target)
        for column, item in enumerate(items):
            self.table.setItem(target, column, item)

    def move_stage(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        self._move_row(row, target)
        self.table.setCurrentCell(target, STAGE_NAME)

    def _update_buttons(self) -> None:
        row = self.table.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.table.rowCount() - 1)

    def validate(self) -> list[str]:
        problems = []
        stages = self.stages()
        names = [s.name for s in stages]
        if any(not name for name in names):
            problems.append(self.tr("Deal stages: every stage needs a name."))
        duplicates = sorted({n for n in names if n and names.count(n) > 1})
        if duplicates:
            problems.append(
                self.tr("Deal stages: the name \u201c{name}\u201d is used twice.").format(
                    name=duplicates[0]
                )
            )
        for spec in stages:
            if not 0 <= spec.probability <= 100:
                problems.append(
                    self.tr(
                        "Deal stages: the probability of \u201c{name}\u201d must be from 0 to "
                        "100 %."
                    ).format(name=spec.name)
                )
            if spec.is_won and spec.is_lost:
                problems.append(
                    self.tr(
                        "Deal stages: \u201c{name}\u201d cannot be both won and lost."
                    ).format(name=spec.name)
                )
        if not any(not (s.is_won or s.is_lost) for s in stages):
            problems.append(self.tr("Deal stages: keep at least one open stage."))
        return problems

    def save(self, business: BusinessSettings) -> BusinessSettings:
        return dataclasses.replace(business, deal_stages=self.stages())


class ChoiceListPage(SettingsPage):
    """A list of names to choose from (channels, sources, industries): add, rename, order."""

    def __init__(self, context: PageContext, field: str, title: str, explanation: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.field = field
        self._title = title
        self.list = QListWidget(self)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.add_button = QPushButton(self.tr("&Add"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_item)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        self.body.addLayout(row, 1)
        self.body.addWidget(_note(explanation))
        self.list.currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    def title(self) -> str:
        return self._title

    def _add(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        return item

    def load(self, business: BusinessSettings) -> None:
        self.list.clear()
        for name in getattr(business, self.field):
            self._add(name)
        self._update_buttons()

    def values(self) -> list[str]:
        return [self.list.item(i).text().strip() for i in range(self.list.count())]

    def add_item(self) -> None:
        item = self._add(self.tr("New entry"))
        self.list.setCurrentItem(item)
        if self.isVisible():
            self.list.editItem(item)

    def remove_item(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def move_item(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)

    def validate(self) -> list[str]:
        values = self.values()
        problems = []
        if not values:
            problems.append(self.tr("{list}: keep at least one entry.").format(list=self._title))
        if any(not v for v in values):
            problems.append(self.tr("{list}: an entry is empty.").format(list=self._title))
        duplicates = sorted({v for v in values if v and values.count(v) > 1})
        if duplicates:
            problems.append(
                self.tr("{list}: \u201c{name}\u201d is listed twice.").format(
                    list=self._title, name=duplicates[0]
                )
            )
        return problems

    def save(self, business: BusinessSettings) -> BusinessSettings:
        values: dict[str, Any] = {self.field: self.values()}
        return dataclasses.replace(business, **values)


class TagGroupsPage(SettingsPage):
    """Tag groups, changed at once through the tag service (renames reach every customer)."""

    has_defaults = False

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.list = QListWidget(self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Name of a new group"))
        self.name_edit.returnPressed.connect(self.add_group)
        self.add_button = QPushButton(self.tr("&Add"))
        self.rename_button = QPushButton(self.tr("Re&name"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.add_button.clicked.connect(self.add_group)
        self.rename_button.clicked.connect(self.rename_group)
        self.delete_button.clicked.connect(self.delete_group)
        add_row = QHBoxLayout()
        add_row.addWidget(self.name_edit, 1)
        add_row.addWidget(self.add_button)
        buttons = QVBoxLayout()
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        self.body.addLayout(add_row)
        self.body.addLayout(row, 1)
        self.undo_row = QWidget(self)
        self.undo_label = QLabel(self.undo_row)
        self.undo_button = QPushButton(self.tr("&Undo"), self.undo_row)
        self.undo_button.clicked.connect(self.undo_delete)
        undo_layout = QHBoxLayout(self.undo_row)
        undo_layout.setContentsMargins(0, 0, 0, 0)
        undo_layout.addWidget(self.undo_label, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_row.hide()
        self.body.addWidget(self.undo_row)
        self.body.addWidget(
            _note(
                self.tr(
                    "Portrait tags belong to groups (gender, age group, preferences...). "
                    "Changes on this page are saved at once. Deleting a group removes its tags "
                    "from every customer; it can be undone until you close the dialog."
                )
            )
        )
        self._undo_operation: int | None = None
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self.rename_group())

    def title(self) -> str:
        return self.tr("Tag groups")

    def load(self, business: BusinessSettings) -> None:
        self.reload()

    def reload(self) -> None:
        current = self.selected_group()
        self.list.clear()
        for group in tags.list_groups():
            item = QListWidgetItem(
                self.tr("{name} (%n tag(s))", "", group.tag_count).format(name=group.name)
            )
            item.setData(KEY_ROLE, group.id)
            item.setData(STORED_NAME_ROLE, group.name)
            self.list.addItem(item)
            if current is not None and group.id == current:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def selected_group(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(KEY_ROLE))

    def _selected_name(self) -> str:
        item = self.list.currentItem()
        return "" if item is None else str(item.data(STORED_NAME_ROLE))

    def _update_buttons(self) -> None:
        selected = self.list.currentRow() >= 0
        self.rename_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def _done(self, changes: Changes) -> None:
        self._sync_default_groups()
        self.reload()
        bus.changed(changes)

    def _sync_default_groups(self) -> None:
        """Keep the settings' default groups equal to the groups, so none comes back."""
        saved = settings_service.business_settings()
        names = [group.name for group in tags.list_groups()]
        if saved.tag_groups != names:
            settings_service.save_business_settings(dataclasses.replace(saved, tag_groups=names))

    def add_group(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self.name_edit.setFocus()
            return
        try:
            group_id, changes = tags.create_group(name)
        except Exception as exc:
            errors.show_error(self, exc)
            return
        self.name_edit.clear()
        self._done(changes)
        for row in range(self.list.count()):
            if self.list.item(row).data(KEY_ROLE) == group_id:
                self.list.setCurrentRow(row)

    def rename_group(self, new_name: str | None = None) -> None:
        """Rename the selected group (asks for the name unless given)."""
        group_id = self.selected_group()
        if group_id is None:
            return
        if new_name is None:
            from PySide6.QtWidgets import QInputDialog

            text, ok = QInputDialog.getText(
                self, self.tr("Rename tag group"), self.tr("New name:"),
                QLineEdit.EchoMode.Normal, self._selected_name(),
            )
            if not ok:
                return
            new_name = text
        if not new_name.strip() or new_name.strip() == self._selected_name():
            return
        try:
            changes = tags.rename_group(group_id, new_name)
        except Exception as exc:
            errors.show_error(self, exc)
            return
        self._done(changes)

    def delete_group(self) -> None:
        group_id = self.selected_group()
        if group_id is None:
            return
        name = self._selected_name()
        # How many customers carry its tags: a count over every tag link, on the worker.
        tasks.run_task(
            self,
            lambda token: sum(
                c.customers for c in tags.tag_counts() if c.tag.group_id == group_id
            ),
            on_success=lambda used: self._confirm_delete(group_id, name, int(used)),
            label=self.tr("Counting the customers with these tags..."),
        )

    def _confirm_delete(self, group_id: int, name: str, used: int) -> None:
        if used:
            answer = QMessageBox.question(
                self,
                self.tr("Delete tag group"),
                self.tr(
                    "Tags of the group \u201c{name}\u201d are given to customers %n time(s). "
                    "Deleting the group takes these tags off those customers.\n\nDelete it?",
                    "", used,
                ).format(name=name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            changes = tags.delete_group(group_id)
        except Exception as exc:
            errors.show_error(self, exc)
            return
        self._undo_operation = changes.operation_id
        self.undo_label.setText(self.tr("The group \u201c{name}\u201d was deleted.").format(
            name=name))
        self.undo_row.setVisible(changes.operation_id is not None)
        self._done(changes)

    def undo_delete(self) -> None:
        operation_id = self._undo_operation
        self._undo_operation = None
        self.undo_row.hide()
        if operation_id is None:
            return
        try:
            changes = customers.undo_operation(operation_id, force=True)
        except Exception as exc:
            errors.show_error(self, exc)
            return
        self._done(changes)

    def save(self, business: BusinessSettings) -> BusinessSettings:
        return dataclasses.replace(business, tag_groups=[g.name for g in tags.list_groups()])


STAFF_NAME, STAFF_EMAIL, STAFF_PHONE, STAFF_ACTIVE = range(4)


class StaffPage(SettingsPage):
    """Staff members, changed at once: add, rename (edit the cell), deactivate (untick)."""

    has_defaults = False

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Name of a new staff member"))
        self.name_edit.returnPressed.connect(self.add_member)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.clicked.connect(self.add_member)
        add_row = QHBoxLayout()
        add_row.addWidget(self.name_edit, 1)
        add_row.addWidget(self.add_button)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("E-mail"), self.tr("Phone"), self.tr("Active")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(STAFF_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STAFF_EMAIL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STAFF_PHONE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STAFF_ACTIVE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._item_changed)
        self.body.addLayout(add_row)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(
            _note(
                self.tr(
                    "Changes on this page are saved at once. Double-click a cell to change a "
                    "name, e-mail or phone. Someone who leaves is made inactive rather than "
                    "deleted: their name stays on the customers and follow-ups they handled, "
                    "but they no longer appear in the lists to choose from."
                )
            )
        )

    def title(self) -> str:
        return self.tr("Staff")

    def load(self, business: BusinessSettings) -> None:
        self.reload()

    def reload(self) -> None:
        self.table.blockSignals(True)
        try:
            members = staff.list_staff()
            self.table.setRowCount(len(members))
            for row, member in enumerate(members):
                for column, text in (
                    (STAFF_NAME, member.name),
                    (STAFF_EMAIL, member.email),
                    (STAFF_PHONE, member.phone),
                ):
                    item = QTableWidgetItem(text)
                    item.setData(KEY_ROLE, member.id)
                    item.setData(STORED_NAME_ROLE, text)
                    if not member.active:
                        item.setForeground(self.palette().placeholderText())
                    self.table.setItem(row, column, item)
                active = QTableWidgetItem()
                active.setData(KEY_ROLE, member.id)
                active.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                                | Qt.ItemFlag.ItemIsSelectable)
                active.setCheckState(
                    Qt.CheckState.Checked if member.active else Qt.CheckState.Unchecked
                )
                self.table.setItem(row, STAFF_ACTIVE, active)
        finally:
            self.table.blockSignals(False)

    def row_of(self, staff_id: int) -> int:
        for row in range(self.table.rowCount()):
            if cell(self.table, row, STAFF_NAME).data(KEY_ROLE) == staff_id:
                return row
        return -1

    def add_member(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self.name_edit.setFocus()
            return
        try:
            staff_id, changes = staff.add_staff({"name": name})
        except Exception as exc:
            self._show_problem(exc)
            return
        self.name_edit.clear()
        self.reload()
        self.table.setCurrentCell(self.row_of(staff_id), STAFF_NAME)
        bus.changed(changes)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        staff_id = int(item.data(KEY_ROLE))
        column = item.column()
        try:
            if column == STAFF_ACTIVE:
                changes = staff.set_active(staff_id, item.checkState() == Qt.CheckState.Checked)
            else:
                text = item.text().strip()
                if text == item.data(STORED_NAME_ROLE):
                    return
                field = {STAFF_NAME: "name", STAFF_EMAIL: "email", STAFF_PHONE: "phone"}[column]
                changes = staff.update_staff(staff_id, {field: text})
        except Exception as exc:
            self._show_problem(exc)
            changes = None
        # Show what is stored: the saved values, or the old ones after a refusal.
        QTimer.singleShot(0, self.reload)
        if changes is not None:
            bus.changed(changes)

    def _show_problem(self, exc: Exception) -> None:
        message = errors.user_message(exc)
        if message is None:
            errors.show_error(self, exc)
            return
        if "duplicate_name" in message or "already used" in message:
            message = self.tr("There is already a staff member with this name.")
        QMessageBox.warning(self, self.tr("Staff"), message)


class CompanyPage(SettingsPage):
    """The company's name, printed in the header of every report."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(120)
        # The form keeps fields at their hint, which fits about ten Chinese characters only;
        # this fits a company's full name (about twenty), in proportion to the font.
        self.name_edit.setMinimumWidth(self.name_edit.fontMetrics().height() * 20)
        form = _form()
        form.addRow(self.tr("Company &name:"), self.name_edit)
        self.body.addLayout(form)
        self.body.addWidget(
            _note(
                self.tr(
                    "Printed at the top of every page of the customer profile, the customer "
                    "list and the analysis report. Left empty, the reports show "
                    "\u201cCRM Desktop\u201d."
                )
            )
        )
        self.body.addStretch(1)

    def title(self) -> str:
        return self.tr("Company")

    def load(self, business: BusinessSettings) -> None:
        self.name_edit.setText(business.company_name)

    def save(self, business: BusinessSettings) -> BusinessSettings:
        return dataclasses.replace(business, company_name=self.name_edit.text().strip())


class LanguagePage(SettingsPage):
    """The language of the window (per machine)."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.combo = QComboBox(self)
        for code, name in i18n.LANGUAGE_NAMES.items():
            self.combo.addItem(name, code)
        form = _form()
        form.addRow(self.tr("&Language:"), self.combo)
        self.body.addLayout(form)
        system = i18n.LANGUAGE_NAMES.get(i18n.system_language(), "")
        self.body.addWidget(
            _note(
                self.tr(
                    "On first start the window follows the system language ({system}). Menus "
                    "and dialogs opened from now on use the new language; some texts of the "
                    "open window change after a restart."
                ).format(system=system)
            )
        )
        self.body.addStretch(1)
        self.initial = i18n.chosen_language(context.settings)
        self.combo.setCurrentIndex(max(self.combo.findData(self.initial), 0))

    def title(self) -> str:
        return self.tr("Language")

    def chosen(self) -> str:
        return str(self.combo.currentData())

    def save(self, business: BusinessSettings) -> BusinessSettings:
        self.context.settings.setValue(i18n.LANGUAGE_KEY, self.chosen())
        return business


def is_network_path(path: Path) -> bool:
    """A path on another machine: \\\\server\\share, //server/share, or a network mount."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    return text.startswith(("/Volumes/", "/mnt/", "/net/", "/smb/")) and not text.startswith(
        "/Volumes/Macintosh HD"
    )


class DatabasePage(SettingsPage):
    """Where the database lives: the running one, and the one to open at the next start."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.current_edit = QLineEdit(str(context.db_path), self)
        self.current_edit.setReadOnly(True)
        self.next_edit = QLineEdit(self)
        self.next_edit.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("&Choose another file..."))
        self.choose_button.clicked.connect(self.choose_file)
        self.default_button = QPushButton(self.tr("Use the &default location"))
        self.default_button.clicked.connect(lambda: self.set_next_path(None))
        form = QFormLayout()  # the paths take the width
        form.addRow(self.tr("In use now:"), self.current_edit)
        form.addRow(self.tr("Open at next start:"), self.next_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.default_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        self.body.addLayout(form)
        self.warning_label = QLabel(self)
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #b45309;")
        self.warning_label.hide()
        self.body.addWidget(self.warning_label)
        self.body.addWidget(
            _note(
                self.tr(
                    "The new location is used the next time CRM Desktop starts; the file is "
                    "created there if it does not exist. To move your data, make a backup "
                    "and restore it at the new place.<br><br>"
                    "<b>Network drives:</b> keep the database on this computer's own disk. "
                    "On a shared or network folder, file locking is unreliable: two people "
                    "writing at once, or a dropped connection, can damage the database. "
                    "Share data through backups, or a database server when the office "
                    "needs several users."
                )
            )
        )
        if os.environ.get(ENV_DB_PATH):
            self.body.addWidget(
                _note(
                    self.tr(
                        "The environment variable {name} is set: it chooses the database and "
                        "wins over this setting."
                    ).format(name=ENV_DB_PATH)
                )
            )
        self.body.addStretch(1)
        chosen = context.settings.value(DB_PATH_KEY)
        self._next: Path | None = Path(chosen) if isinstance(chosen, str) and chosen else None
        self._show_next()

    def title(self) -> str:
        return self.tr("Database")

    def next_path(self) -> Path | None:
        """The file chosen for the next start, or None for the default location."""
        return self._next

    def set_next_path(self, path: Path | None) -> None:
        self._next = path
        self._show_next()

    def _show_next(self) -> None:
        shown = self._next or resolve_db_path(None)
        text = str(shown)
        if self._next is None:
            text = self.tr("{path} (default)").format(path=text)
        self.next_edit.setText(text)
        risky = is_network_path(shown)
        self.warning_label.setText(
            self.tr("This looks like a network location. See the warning below.")
            if risky else ""
        )
        self.warning_label.setVisible(risky)

    def choose_file(self) -> None:
        start = str(self._next or self.context.db_path)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Database for the next start"),
            start,
            self.tr("CRM Desktop database (*.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.set_next_path(Path(path))

    def validate(self) -> list[str]:
        if self._next is None:
            return []
        folder = self._next.parent
        if not folder.is_dir():
            return [self.tr("Database: the folder {folder} does not exist.").format(
                folder=folder)]
        if not os.access(folder, os.W_OK):
            return [self.tr("Database: the folder {folder} cannot be written.").format(
                folder=folder)]
        return []

    def save(self, business: BusinessSettings) -> BusinessSettings:
        if self._next is None:
            self.context.settings.remove(DB_PATH_KEY)
        else:
            self.context.settings.setValue(DB_PATH_KEY, str(self._next))
        return business


# ---------------------------------------------------------------------------------------
# The dialog
# ---------------------------------------------------------------------------------------


class SettingsDialog(QDialog):
    """Every setting: business rules (saved with the data) and this machine's choices."""

    def __init__(self, settings: QSettings, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.qsettings = settings
        self.db_path = db_path
        self.business = settings_service.business_settings()
        context = PageContext(settings, db_path)

        self.tier_page = TierRulesPage(context)
        self.reminders_page = RemindersPage(context)
        self.lifecycle_page = LifecyclePage(context)
        self.value_page = ValueClassPage(context)
        self.activity_page = ActivityPage(context)
        self.stages_page = DealStagesPage(context)
        self.channels_page = ChoiceListPage(
            context, "channels", self.tr("Channels"),
            self.tr("The ways a follow-up can happen: phone, WeChat, visit... Follow-ups "
                    "already logged keep the channel they were logged with."),
        )
        self.sources_page = ChoiceListPage(
            context, "sources", self.tr("Sources"),
            self.tr("Where customers come from. Customers keep the source they have."),
        )
        self.industries_page = ChoiceListPage(
            context, "industries", self.tr("Industries"),
            self.tr("The industries to choose from. Customers keep the industry they have."),
        )
        self.tags_page = TagGroupsPage(context)
        self.staff_page = StaffPage(context)
        self.company_page = CompanyPage(context)
        self.language_page = LanguagePage(context)
        self.database_page = DatabasePage(context)
        self.pages: list[SettingsPage] = [
            self.tier_page,
            self.reminders_page,
            self.lifecycle_page,
            self.value_page,
            self.activity_page,
            self.stages_page,
            self.channels_page,
            self.sources_page,
            self.industries_page,
            self.tags_page,
            self.staff_page,
            self.company_page,
            self.language_page,
            self.database_page,
        ]

        self.page_list = QListWidget(self)
        self.page_list.setObjectName("SettingsPages")
        self.page_list.setSpacing(2)  # fourteen pages read as a list, not a block of text
        self.stack = QStackedWidget(self)
        for page in self.pages:
            self.page_list.addItem(page.title())
            self.stack.addWidget(self._framed(page))
            page.load(self.business)
        self.page_list.setFixedWidth(
            max(self.page_list.sizeHintForColumn(0) + 36, 170)
        )
        self.page_list.currentRowChanged.connect(self._show_page)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.defaults_button = self.buttons.button(
            QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.defaults_button.setToolTip(self.tr("Show the default values on this page"))
        self.defaults_button.clicked.connect(self.restore_page_defaults)

        row = QHBoxLayout()
        row.addWidget(self.page_list)
        row.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.buttons)

        geometry = settings.value("settings_dialog/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(860, 580)
        last = settings.value("settings_dialog/page", 0)
        index = int(last) if isinstance(last, int | str) and str(last).isdigit() else 0
        self.page_list.setCurrentRow(index if 0 <= index < len(self.pages) else 0)

    def _framed(self, page: SettingsPage) -> QWidget:
        """A page under its title, scrolling when the window is small."""
        container = QWidget()
        heading = QLabel(page.title(), container)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        line = QFrame(container)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        scroll = QScrollArea(container)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        layout = QVBoxLayout(container)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(line)
        layout.addWidget(scroll, 1)
        return container

    def _show_page(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        page = self.pages[index] if 0 <= index < len(self.pages) else None
        self.defaults_button.setEnabled(page is not None and page.has_defaults)

    def current_page(self) -> SettingsPage:
        return self.pages[self.stack.currentIndex()]

    def show_page(self, page: SettingsPage) -> None:
        self.page_list.setCurrentRow(self.pages.index(page))

    def restore_page_defaults(self) -> None:
        page = self.current_page()
        if not page.has_defaults:
            return
        if page is self.language_page:
            self.language_page.combo.setCurrentIndex(
                self.language_page.combo.findData(i18n.system_language())
            )
        elif page is self.database_page:
            self.database_page.set_next_path(None)
        else:
            page.load(BusinessSettings())

    def collected(self) -> BusinessSettings:
        """The business settings as the pages show them (per-machine pages write QSettings)."""
        business = self.business
        for page in self.pages:
            business = page.save(business)
        return business

    def accept(self) -> None:
        problems: list[str] = []
        first_bad: SettingsPage | None = None
        for page in self.pages:
            found = page.validate()
            if found and first_bad is None:
                first_bad = page
            problems.extend(found)
        if problems:
            assert first_bad is not None
            self.show_page(first_bad)
            QMessageBox.warning(
                self,
                self.tr("Settings"),
                self.tr("Please correct these settings:") + "\n\n"
                + "\n".join(f"\u2022 {p}" for p in problems),
            )
            return
        old = self.business
        new = self.collected()
        if new != old:
            try:
                changes = settings_service.save_business_settings(new)
            except Exception as exc:
                errors.show_error(self, exc)
                return
            self.business = new
            bus.changed(changes)
            if new.deal_stages != old.deal_stages:
                # Which stages count as won or lost decides every customer's own stage.
                self._recompute(new, facts.refresh_all)
            elif any(getattr(new, f) != getattr(old, f) for f in CLASSIFICATION_FIELDS):
                self._recompute(new, facts.refresh_classification)
        self._apply_language()
        self._remember()
        super().accept()

    def reject(self) -> None:
        self._remember()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._remember()
        super().closeEvent(event)

    def _remember(self) -> None:
        self.qsettings.setValue("settings_dialog/geometry", self.saveGeometry())
        self.qsettings.setValue("settings_dialog/page", self.page_list.currentRow())

    def _recompute(
        self,
        business: BusinessSettings,
        refresh: Callable[[dt.date, BusinessSettings], int],
    ) -> None:
        """Stages, tiers and classes follow the rules just saved: recompute them off the GUI
        thread."""
        today = dt.date.today()
        # The dialog closes at once: the window shows the progress and gets the result.
        owner = self.parentWidget()
        tasks.run_task(
            owner,
            lambda token: refresh(today, business),
            on_success=lambda count: bus.changed(Changes(all_customers=True)),
            label=QApplication.translate(
                "SettingsDialog", "Recomputing tiers, value classes and RFM segments..."
            ),
        )

    def _apply_language(self) -> None:
        language = self.language_page.chosen()
        if language == self.language_page.initial:
            return
        app = QApplication.instance()
        if isinstance(app, QApplication):
            i18n.install_translators(app, language)
            QLocale.setDefault(QLocale(language if language != "en" else "en_US"))
        QMessageBox.information(
            self.parentWidget(),
            self.tr("Language"),
            self.tr(
                "The language is changed. Some texts of the open window change after "
                "CRM Desktop is restarted."
            ),
        )


# ---------------------------------------------------------------------------------------
# Preview
# ---------------------------------------------------------------------------------------
