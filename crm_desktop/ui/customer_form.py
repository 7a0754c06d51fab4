"""The customer's own fields, grouped as FEATURES.md section 1 lists them.

Basic, contact, profile, credit and service terms, each a group box of labelled editors from
the shared field machinery (`record_tables.FieldSet`). A field is checked as the user leaves
it, by running the customer service's own `prepare` on that one field, and the message says
what is wrong right under it. The form only edits: saving, duplicates and leaving are the
detail tab's business.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.settings import CREDIT_GRADES, BusinessSettings
from crm_desktop.services import customers, validation
from crm_desktop.services import settings as settings_service
from crm_desktop.services.orders import CreditExposure
from crm_desktop.services.validation import Problem, ValidationError
from crm_desktop.ui import labels
from crm_desktop.ui.record_tables import (
    FieldEditor,
    FieldKind,
    FieldSet,
    RecordField,
    Row,
    as_date,
    choices_for,
    format_money,
    kind_problems,
    row_label,
    staff_choices,
)

WARNING_STYLE = (
    "QLabel { background: #fdf1dc; color: #8a5300; border: 1px solid #f0c987;"
    " border-radius: 3px; padding: 4px 6px; }"
)
VALID_STYLE = "color: #23854a;"
INVALID_STYLE = "color: #c0392b;"

# Changing one of these on an existing customer may make it look like another one.
DUPLICATE_KEYS = ("code", "name", "mobiles", "email", "credit_code")


def _settings_list(name: str) -> Any:
    """Suggestions from a list in the business settings (industries, sources)."""

    def choices(_customer_id: int | None = None) -> list[tuple[Any, str]]:
        values: list[str] = getattr(settings_service.business_settings(), name)
        return [("", ""), *((value, value) for value in values)]

    return choices


def _kind_choices(_customer_id: int | None = None) -> list[tuple[Any, str]]:
    return list(labels.customer_kinds().items())


def _risk_choices(_customer_id: int | None = None) -> list[tuple[Any, str]]:
    return list(labels.risk_levels().items())


def _grade_choices(_customer_id: int | None = None) -> list[tuple[Any, str]]:
    blank = QCoreApplication.translate("CustomerForm", "Not graded")
    return [("", blank), *((grade, grade) for grade in CREDIT_GRADES)]


def customer_fields() -> tuple[RecordField, ...]:
    """Every field of the customer form, translated, in form order.

    Field names come from `labels.fields()`, so the form, the list's columns and the
    messages use the same words.
    """
    names = labels.fields()
    return (
        # Basic
        RecordField(
            "code",
            names["code"],
            placeholder=QCoreApplication.translate("CustomerForm", "optional, unique"),
        ),
        RecordField("name", names["name"], required=True),
        RecordField("short_name", names["short_name"]),
        RecordField(
            "kind",
            names["kind"],
            FieldKind.CHOICE,
            choices=_kind_choices,
            initial=lambda: "company",
        ),
        RecordField(
            "industry",
            names["industry"],
            FieldKind.SUGGEST,
            choices=_settings_list("industries"),
        ),
        RecordField(
            "source",
            names["source"],
            FieldKind.SUGGEST,
            choices=_settings_list("sources"),
        ),
        RecordField(
            "owner_id",
            names["owner_id"],
            FieldKind.CHOICE,
            shown="owner_name",
            choices=staff_choices,
        ),
        RecordField(
            "referred_by_id",
            names["referred_by_id"],
            FieldKind.CUSTOMER,
            shown="referred_by_name",
        ),
        RecordField(
            "first_contact_date",
            names["first_contact_date"],
            FieldKind.DATE,
            # A bare date in grey reads as a stored value: say that it is an example.
            placeholder=QCoreApplication.translate("CustomerForm", "e.g. 2024-03-05"),
        ),
        RecordField(
            "invalid_by_hand",
            QCoreApplication.translate("CustomerForm", "Mark as invalid"),
            FieldKind.FLAG,
        ),
        RecordField(
            "notes",
            names["notes"],
            FieldKind.MULTILINE,
            lines=2,
        ),
        # Contact
        RecordField(
            "mobiles",
            names["mobiles"],
            FieldKind.PHONE,
            column="mobiles_raw",
            shown="mobiles",
            placeholder=QCoreApplication.translate("CustomerForm", "13800138000, one or more"),
        ),
        RecordField(
            "phones",
            names["phones"],
            FieldKind.PHONE,
            column="phones_raw",
            shown="phones",
            placeholder="010-12345678",
        ),
        RecordField(
            "email",
            names["email"],
            FieldKind.EMAIL,
            placeholder="name@example.com",
        ),
        RecordField("wechat", names["wechat"]),
        RecordField("website", names["website"]),
        RecordField(
            "province",
            names["province"],
            placeholder=names["province"],
        ),
        RecordField(
            "city",
            names["city"],
            placeholder=names["city"],
        ),
        RecordField(
            "district",
            names["district"],
            placeholder=names["district"],
        ),
        RecordField(
            "address",
            names["address"],
            FieldKind.MULTILINE,
            lines=2,
        ),
        # Profile
        RecordField("hobbies", names["hobbies"]),
        RecordField("habits", names["habits"]),
        RecordField("preferences", names["preferences"]),
        RecordField(
            "risk_level",
            names["risk_level"],
            FieldKind.CHOICE,
            choices=_risk_choices,
            initial=lambda: "",
        ),
        RecordField(
            "risk_reason",
            names["risk_reason"],
            FieldKind.MULTILINE,
            lines=2,
        ),
        # Credit
        RecordField(
            "credit_grade",
            names["credit_grade"],
            FieldKind.CHOICE,
            choices=_grade_choices,
            initial=lambda: "",
        ),
        RecordField(
            "credit_limit",
            names["credit_limit"],
            FieldKind.MONEY,
            column="credit_limit_cents",
        ),
        RecordField("credit_code", names["credit_code"]),
        # Service terms
        RecordField(
            "contract_amount",
            names["contract_amount"],
            FieldKind.MONEY,
            column="contract_amount_cents",
        ),
        RecordField(
            "service_start",
            names["service_start"],
            FieldKind.DATE,
        ),
        RecordField(
            "service_expiry",
            names["service_expiry"],
            FieldKind.DATE,
        ),
    )


def check_customer_field(field: RecordField, value: Any) -> list[Problem]:
    """One field, checked by the customer service's own `prepare` (what saving would say)."""
    if field.kind is FieldKind.CUSTOMER:
        # prepare() takes the id as given; only the picker knows the text names nobody.
        return kind_problems(field, value)
    try:
        customers.prepare({field.key: value}, creating=False)
    except ValidationError as exc:
        return [p for p in exc.problems if p.field == field.key] or exc.problems
    return []


class CustomerForm(QWidget):
    """The grouped form of one customer's own fields."""

    sig_dirty_changed = Signal(bool)
    """True when what is shown differs from what was loaded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customer_id: int | None = None
        self._settings: BusinessSettings = settings_service.business_settings()
        self._exposure: CreditExposure | None = None
        self._row: Row | None = None
        self._forms: dict[QGroupBox, QFormLayout] = {}
        self.fieldset = FieldSet(customer_fields(), choices_for(None), self, check_customer_field)
        self.fieldset.sig_dirty_changed.connect(self.sig_dirty_changed)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("validity")
        self.credit_warning = QLabel(self)
        self.credit_warning.setObjectName("credit_warning")
        self.credit_warning.setStyleSheet(WARNING_STYLE)
        self.credit_warning.setWordWrap(True)
        self.credit_warning.hide()
        self.renewal_note = QLabel(self)
        self.renewal_note.setObjectName("renewal_note")
        self.renewal_note.setStyleSheet(WARNING_STYLE)
        self.renewal_note.setWordWrap(True)
        self.renewal_note.hide()

        basic = self._group(
            self.tr("Basic"),
            [
                "code",
                "name",
                "short_name",
                "kind",
                "industry",
                "source",
                "owner_id",
                "referred_by_id",
                "first_contact_date",
            ],
        )
        status_row = QHBoxLayout()
        status_row.setContentsMargins(0, 0, 0, 0)
        status_row.addWidget(self.status_label)
        status_row.addSpacing(12)
        status_row.addWidget(self.editor("invalid_by_hand").container())
        status_row.addStretch(1)
        self._form(basic).addRow(
            row_label(self.tr("Status"), self.editor("invalid_by_hand").widget), status_row
        )
        self._add(basic, ["notes"])

        contact = self._group(
            self.tr("Contact"), ["mobiles", "phones", "email", "wechat", "website"]
        )
        region = QHBoxLayout()
        region.setContentsMargins(0, 0, 0, 0)
        for key in ("province", "city", "district"):
            region.addWidget(self.editor(key).container())
        self._form(contact).addRow(
            row_label(self.tr("Region"), self.editor("province").widget), region
        )
        self._add(contact, ["address"])

        profile = self._group(
            self.tr("Profile"), ["hobbies", "habits", "preferences", "risk_level", "risk_reason"]
        )
        credit = self._group(self.tr("Credit"), ["credit_grade", "credit_limit", "credit_code"])
        self._form(credit).addRow(self.credit_warning)
        terms = self._group(
            self.tr("Service terms"), ["contract_amount", "service_start", "service_expiry"]
        )
        self._form(terms).addRow(self.renewal_note)

        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 6)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        grid.addWidget(basic, 0, 0, 2, 1)
        grid.addWidget(contact, 0, 1)
        grid.addWidget(credit, 1, 1)
        grid.addWidget(profile, 0, 2)
        grid.addWidget(terms, 1, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(2, 1)

        self.editor("credit_limit").sig_finished.connect(self._update_credit_warning)
        self.editor("service_expiry").sig_finished.connect(self._update_renewal_note)
        self.editor("invalid_by_hand").sig_edited.connect(self._update_status)
        self.load(None)

    # -- building ------------------------------------------------------------------------

    def _group(self, title: str, keys: Sequence[str]) -> QGroupBox:
        box = QGroupBox(title, self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.fieldset.add_rows(form, keys)
        outer = QVBoxLayout(box)
        outer.addLayout(form)
        # A box beside a taller one keeps its rows together at the top.
        outer.addStretch(1)
        self._forms[box] = form
        return box

    def _form(self, box: QGroupBox) -> QFormLayout:
        return self._forms[box]

    def _add(self, box: QGroupBox, keys: Sequence[str]) -> None:
        self.fieldset.add_rows(self._form(box), keys)

    def editor(self, key: str) -> FieldEditor:
        return self.fieldset.editor(key)

    # -- loading and reading -------------------------------------------------------------

    def load(self, row: Row | None, exposure: CreditExposure | None = None) -> None:
        """Show a stored customer (None: an empty form for a new one)."""
        self.customer_id = None if row is None else int(row["id"])
        picker = self.editor("referred_by_id").widget
        picker.exclude_id = self.customer_id  # type: ignore[attr-defined]
        self._row = row
        self._exposure = exposure
        self.fieldset.load(row)
        self._update_status()
        self._update_credit_warning()
        self._update_renewal_note()

    def set_exposure(self, exposure: CreditExposure | None) -> None:
        """New open amounts (an order or deal changed) without touching the user's edits."""
        self._exposure = exposure
        self._update_credit_warning()

    def refresh_choices(self) -> None:
        """The settings or the staff list changed: new suggestions, same values."""
        self._settings = settings_service.business_settings()
        self.fieldset.refresh_choices(choices_for(self.customer_id))
        self._update_renewal_note()

    def values(self) -> dict[str, Any]:
        return self.fieldset.values()

    def changed_values(self) -> dict[str, Any]:
        return self.fieldset.changed_values()

    def is_dirty(self) -> bool:
        return self.fieldset.is_dirty()

    def problems(self, *, creating: bool) -> list[Problem]:
        """Everything that would stop a save, shown next to the fields."""
        data = self.values() if creating else self.changed_values()
        found = kind_problems(self.editor("referred_by_id").field, data.get("referred_by_id"))
        if found:
            data.pop("referred_by_id", None)
        try:
            customers.prepare(data, creating=creating)
        except ValidationError as exc:
            found.extend(exc.problems)
        self.fieldset.show_problems(found)
        return found

    def show_problems(self, problems: Sequence[Problem]) -> list[str]:
        return self.fieldset.show_problems(problems)

    def focus_first_problem(self) -> None:
        self.fieldset.focus_first_problem()

    # -- notes next to the fields --------------------------------------------------------

    def _update_status(self) -> None:
        row = self._row
        if self.editor("invalid_by_hand").value():
            text, style = self.tr("Invalid (marked by hand)"), INVALID_STYLE
        elif row is None:
            text, style = self.tr("New"), ""
        elif row.get("is_valid"):
            text, style = self.tr("Valid"), VALID_STYLE
        else:
            text, style = self.tr("Invalid: no way to reach the customer"), INVALID_STYLE
        self.status_label.setText(text)
        self.status_label.setStyleSheet(style)

    def _typed_cents(self, key: str) -> int | None:
        problems: list[Problem] = []
        cents = validation.cents(self.editor(key).value(), key, problems)
        return None if problems else cents

    def _update_credit_warning(self) -> None:
        """Warn when open contract amounts exceed the credit limit (the one typed, if any)."""
        exposure = self._exposure
        limit = self._typed_cents("credit_limit")
        if exposure is None or limit is None or exposure.open_amount_cents <= limit:
            self.credit_warning.hide()
            return
        self.credit_warning.setText(
            self.tr(
                "Open contract amounts of {open} (open deals {deals}, unpaid orders {unpaid}) "
                "exceed the credit limit of {limit}."
            ).format(
                open=format_money(exposure.open_amount_cents),
                deals=format_money(exposure.open_deals_cents),
                unpaid=format_money(exposure.unpaid_orders_cents),
                limit=format_money(limit),
            )
        )
        self.credit_warning.show()

    def _update_renewal_note(self) -> None:
        """A note when the service expires within the reminder period (or has expired)."""
        problems: list[Problem] = []
        expiry = as_date(validation.date(self.editor("service_expiry").value(), "expiry", problems))
        if expiry is None or problems:
            self.renewal_note.hide()
            return
        days = (expiry - dt.date.today()).days
        if days < 0:
            text = self.tr("The service expired on {date}: talk about renewal.").format(
                date=expiry.isoformat()
            )
        elif days <= self._settings.renewal_reminder_days:
            text = self.tr(
                "The service expires in %n day(s), on {date}: time to talk about renewal.",
                "",
                days,
            ).format(date=expiry.isoformat())
        else:
            self.renewal_note.hide()
            return
        self.renewal_note.setText(text)
        self.renewal_note.show()
