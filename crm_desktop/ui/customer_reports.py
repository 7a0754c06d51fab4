"""The printed customer reports: a one-page profile, the list report, and address labels.

Each report has two halves. `load_*` reads what it prints through the services (plain
Python, no widgets: it runs on the database worker or in the headless command), and the
report class lays that data out on paper with the page framework of `printing`.

- `ProfileReport(load_profile(customer_id))`: one customer on one page. The record lists
  show the most recent entries, "and N more" for the rest; when the page is still too
  full, the lists get shorter until it fits.
- `ListReport(load_list(filter, sort, descending, columns, description))`: the current
  list with its visible columns and its filter named in words, the column header repeated
  on every page. At most MAX_LIST_ROWS rows; the page says when the list was longer.
- `LabelReport(load_labels(ids))`: address labels, LABEL_SHEET (3 x 8 on A4) by default.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from crm_desktop.domain import rules
from crm_desktop.domain.settings import CUSTOMER_KIND_PERSON, BusinessSettings
from crm_desktop.services import (
    contacts,
    credit,
    customer_list,
    customers,
    deals,
    follow_ups,
    orders,
    service_records,
    staff,
    tags,
)
from crm_desktop.services import settings as settings_service
from crm_desktop.services.customer_list import CustomerFilter
from crm_desktop.services.orders import CreditExposure
from crm_desktop.services.service_records import Satisfaction
from crm_desktop.services.tags import TagRef
from crm_desktop.ui import labels, printing
from crm_desktop.ui.customer_list_model import (
    COLUMNS,
    ListCells,
    date_text,
    display_locale,
    money_text,
)
from crm_desktop.ui.printing import (
    SMALL_PT,
    TITLE_PT,
    Block,
    FlowReport,
    Heading,
    KeyValues,
    PageContext,
    PageSetup,
    Paragraph,
    Report,
    Spacer,
    Table,
    TableColumn,
)

MAX_LIST_ROWS = 20_000  # about 500 pages: beyond that a list belongs in an export, not on paper
LANDSCAPE_FROM_COLUMNS = 8  # a list with this many columns prints landscape by default

# Follow-ups, deals, orders and service records shown on the profile: the longest
# that still fits one page wins.
PROFILE_LIMITS = (
    (8, 5, 8, 5),
    (6, 4, 6, 4),
    (5, 3, 5, 3),
    (4, 3, 4, 2),
    (3, 2, 3, 2),
    (2, 1, 2, 1),
)


def tr(text: str) -> str:
    # lupdate files the strings of a module-level tr("...") under the empty context.
    return QCoreApplication.translate("", text)


def _more(count: int) -> str:
    return tr("and {count} more").format(count=count) if count > 0 else ""


# -- one customer's profile ----------------------------------------------------------------


@dataclass
class ProfileData:
    """Everything the profile prints about one customer, read through the services."""

    customer: dict[str, Any]
    tags: list[TagRef]
    contacts: list[dict[str, Any]]
    follow_ups: list[dict[str, Any]]
    deals: list[dict[str, Any]]
    orders: list[dict[str, Any]]
    services: list[dict[str, Any]]
    credit_checks: list[dict[str, Any]]
    satisfaction: Satisfaction
    exposure: CreditExposure
    settings: BusinessSettings
    today: dt.date


class CustomerNotFound(LookupError):
    """The customer to print does not exist (any more)."""


def load_profile(customer_id: int, today: dt.date | None = None) -> ProfileData:
    customer = customers.get_customer(customer_id)
    if customer is None:
        raise CustomerNotFound(f"there is no customer with id {customer_id}")
    return ProfileData(
        customer=customer,
        tags=tags.customer_tags(customer_id),
        contacts=contacts.contacts_of(customer_id),
        follow_ups=follow_ups.follow_ups_of(customer_id),
        deals=deals.deals_of(customer_id),
        orders=orders.orders_of(customer_id),
        services=service_records.services_of(customer_id),
        credit_checks=credit.credit_checks_of(customer_id),
        satisfaction=service_records.satisfaction_of(customer_id),
        exposure=orders.credit_exposure(customer_id),
        settings=settings_service.business_settings(),
        today=today or dt.date.today(),
    )


def _as_date(value: Any) -> dt.date | None:
    text = date_text(value)
    return dt.date.fromisoformat(text) if text else None


def _lines_of(text: Any) -> str:
    return " ".join(str(text or "").split())


class ProfileReport(FlowReport):
    """One customer on one page."""

    def __init__(self, data: ProfileData, page_setup: PageSetup | None = None) -> None:
        name = str(data.customer["name"])
        super().__init__(tr("Customer profile: {name}").format(name=name), page_setup)
        self.data = data
        self.locale = display_locale()
        self._limits = PROFILE_LIMITS[0]

    def paginate(self, ctx: PageContext) -> int:
        pages = 1
        for limits in PROFILE_LIMITS:
            self._limits = limits
            pages = super().paginate(ctx)
            if pages == 1:
                break
        return pages

    def money(self, cents: int | None) -> str:
        return money_text(cents, self.locale)

    def blocks(self, ctx: PageContext) -> Sequence[Block]:
        data = self.data
        row = data.customer
        follow_up_limit, deal_limit, order_limit, service_limit = self._limits
        kinds = labels.customer_kinds()
        subtitle = " \u00b7 ".join(
            part
            for part in (
                str(row["code"] or ""),
                kinds.get(row["kind"], row["kind"] or ""),
                str(row["owner_name"] or ""),
            )
            if part
        )
        blocks: list[Block] = [
            Heading(str(row["name"]), size_pt=TITLE_PT, subtitle=subtitle),
            KeyValues(self._detail_pairs(), columns=2),
            Heading(tr("Classification and value")),
            KeyValues(self._classification_pairs(), columns=3, max_value_lines=1),
        ]
        if data.tags:
            blocks.append(Heading(labels.field("tags")))
            blocks.append(Paragraph(self._tags_text(), max_lines=2))
        credit = self._credit_pairs()
        if any(value for _, value in credit):  # a heading over nothing says nothing
            blocks.append(Heading(tr("Credit and risk")))
            blocks.append(KeyValues(credit, columns=2, max_value_lines=2))
        profile = self._profile_pairs()
        if profile:
            blocks.append(Heading(tr("Profile notes")))
            blocks.append(KeyValues(profile, columns=1, max_value_lines=2))
        blocks.extend(self._follow_up_blocks(follow_up_limit))
        blocks.extend(self._deal_blocks(deal_limit))
        blocks.extend(self._order_blocks(order_limit))
        blocks.extend(self._service_blocks(service_limit))
        return blocks

    def _detail_pairs(self) -> list[tuple[str, str]]:
        row = self.data.customer
        field = labels.field
        region = " ".join(p for p in (row["province"], row["city"], row["district"]) if p)
        primary = next((c for c in self.data.contacts if c["is_primary"]), None)
        contact = (
            " ".join(p for p in (primary["name"], primary["title"], primary["mobile"]) if p)
            if primary
            else ""
        )
        valid = tr("Valid") if row["is_valid"] else tr("Invalid")
        return [
            (field("short_name"), str(row["short_name"] or "")),
            (field("industry"), str(row["industry"] or "")),
            (field("mobiles"), ", ".join(str(row["mobiles"] or "").split())),
            (field("phones"), ", ".join(str(row["phones"] or "").split())),
            (field("email"), str(row["email"] or "")),
            (field("wechat"), str(row["wechat"] or "")),
            (tr("Primary contact"), contact),
            (field("source"), str(row["source"] or "")),
            (field("region"), region),
            (field("address"), _lines_of(row["address"])),
            (field("website"), str(row["website"] or "")),
            (field("referred_by_id"), str(row["referred_by_name"] or "")),
            (field("first_contact_date"), date_text(row["first_contact_date"])),
            (field("credit_code"), str(row["credit_code"] or "")),
            (tr("Status"), valid),
        ]

    def _classification_pairs(self) -> list[tuple[str, str]]:
        data = self.data
        row = data.customer
        field = labels.field
        reasons = labels.tier_reasons()
        tier = labels.tiers().get(row["tier"], row["tier"] or "")
        tier_text = f"{tier} ({reasons['hand'] if row['tier_manual'] else reasons['rule']})"
        lifecycle = rules.lifecycle_stage(_as_date(row["last_purchase"]), data.today, data.settings)
        average, trend = data.satisfaction
        arrows = {
            rules.TREND_UP: tr("\u2191 rising"),
            rules.TREND_DOWN: tr("\u2193 falling"),
            rules.TREND_FLAT: tr("\u2192 steady"),
        }
        satisfaction = (
            f"{average:.1f} / 5 {arrows.get(trend, '')}".strip() if average is not None else ""
        )
        code = row["value_class"]
        segment = row["rfm_segment"]
        return [
            (field("tier"), tier_text),
            (field("stage"), labels.customer_stages().get(row["stage"], row["stage"] or "")),
            (field("lifecycle"), labels.lifecycles().get(lifecycle, lifecycle)),
            (field("value_class"), labels.value_classes().get(code, code) if code else ""),
            (field("rfm_segment"), labels.rfm_segments().get(segment, segment) if segment else ""),
            (field("activity"), self.locale.toString(float(row["activity_score"] or 0.0), "f", 1)),
            (field("purchase_count"), self.locale.toString(int(row["purchase_count"] or 0))),
            (field("purchase_total"), self.money(row["purchase_total_cents"])),
            (field("profit"), self.money(row["profit_cents"])),
            (field("last_purchase"), date_text(row["last_purchase"])),
            (field("last_contact"), date_text(row["last_contact_at"])),
            (field("next_follow_up"), date_text(row["next_follow_up"])),
            (tr("Satisfaction"), satisfaction),
        ]

    def _tags_text(self) -> str:
        groups: dict[str, list[str]] = {}
        for tag in self.data.tags:
            groups.setdefault(tag.group_name, []).append(tag.tag_name)
        separator = tr(", ")
        return "    ".join(f"{group}: {separator.join(names)}" for group, names in groups.items())

    def _credit_pairs(self) -> list[tuple[str, str]]:
        data = self.data
        row = data.customer
        field = labels.field
        exposure = data.exposure
        open_amount = exposure.open_deals_cents + exposure.unpaid_orders_cents
        open_text = self.money(open_amount)
        if exposure.over_limit:
            open_text = tr("{amount} (over the credit limit)").format(amount=open_text)
        latest_check = ""
        if data.credit_checks:
            check = data.credit_checks[0]
            latest_check = " ".join(
                p for p in (date_text(check["checked_on"]), check["source"], check["result"]) if p
            )
        risk = row["risk_level"]
        risk_text = labels.risk_levels().get(risk, risk) if risk else ""
        if risk_text and row["risk_reason"]:
            risk_text = f"{risk_text}: {_lines_of(row['risk_reason'])}"
        service_terms = ""
        if row["service_start"] or row["service_expiry"]:
            service_terms = (
                f"{date_text(row['service_start'])} \u2013 {date_text(row['service_expiry'])}"
            )
        return [
            (field("credit_grade"), str(row["credit_grade"] or "")),
            (field("credit_limit"), self.money(row["credit_limit_cents"])),
            (tr("Open amount"), open_text if open_amount or exposure.over_limit else ""),
            (tr("Latest credit check"), latest_check),
            (field("risk_level"), risk_text),
            (field("contract_amount"), self.money(row["contract_amount_cents"])),
            (tr("Service period"), service_terms),
        ]

    def _profile_pairs(self) -> list[tuple[str, str]]:
        row = self.data.customer
        field = labels.field
        return [
            (field(key), _lines_of(row[key]))
            for key in ("hobbies", "habits", "preferences", "notes")
            if row[key]
        ]

    def _records(
        self,
        title: str,
        columns: list[TableColumn],
        rows: list[list[str]],
        limit: int,
    ) -> list[Block]:
        if not rows:
            return []
        count = len(rows)
        return [
            Heading(tr("{title} ({count})").format(title=title, count=count)),
            Table(columns, rows[:limit], size_pt=SMALL_PT + 0.5, more=_more(count - limit)),
        ]

    def _follow_up_blocks(self, limit: int) -> list[Block]:
        rows = [
            [
                date_text(item["occurred_at"]),
                str(item["channel"] or ""),
                str(item["staff_name"] or ""),
                _lines_of(item["content"]),
                _lines_of(item["outcome"]),
            ]
            for item in self.data.follow_ups
        ]
        columns = [
            TableColumn(tr("Date"), stretch=0),
            TableColumn(tr("Channel"), stretch=0),
            TableColumn(tr("By"), stretch=0),
            TableColumn(tr("Content"), stretch=3),
            TableColumn(tr("Outcome"), stretch=1),
        ]
        return self._records(tr("Recent follow-ups"), columns, rows, limit)

    def _deal_blocks(self, limit: int) -> list[Block]:
        settings = self.data.settings
        rows = []
        for item in self.data.deals:
            spec = settings.stage(item["stage"])
            rows.append(
                [
                    str(item["title"] or ""),
                    labels.deal_stage(spec) if spec else str(item["stage"]),
                    self.money(item["amount_cents"]),
                    f"{item['probability']}%",
                    date_text(item["expected_close"]),
                ]
            )
        columns = [
            TableColumn(tr("Deal"), stretch=3),
            TableColumn(tr("Stage"), stretch=0),
            TableColumn(tr("Amount"), numeric=True, stretch=0),
            TableColumn(tr("Probability"), numeric=True, stretch=0),
            TableColumn(tr("Expected close"), stretch=0),
        ]
        return self._records(tr("Deals"), columns, rows, limit)

    def _order_blocks(self, limit: int) -> list[Block]:
        rows = [
            [
                date_text(item["order_date"]),
                _lines_of(item["description"]),
                str(item["category"] or ""),
                self.money(item["amount_cents"]),
                self.money(item["unpaid_cents"]) if item["unpaid_cents"] else "",
            ]
            for item in self.data.orders
        ]
        columns = [
            TableColumn(tr("Date"), stretch=0),
            TableColumn(tr("Description"), stretch=3),
            TableColumn(tr("Category"), stretch=1),
            TableColumn(tr("Amount"), numeric=True, stretch=0),
            TableColumn(tr("Unpaid"), numeric=True, stretch=0),
        ]
        return self._records(tr("Orders"), columns, rows, limit)

    def _service_blocks(self, limit: int) -> list[Block]:
        kinds = labels.service_kinds()
        statuses = labels.service_statuses()
        scores = labels.satisfaction()
        rows = [
            [
                date_text(item["opened_at"]),
                kinds.get(item["kind"], item["kind"] or ""),
                _lines_of(item["subject"]) or _lines_of(item["description"]),
                statuses.get(item["status"], item["status"] or ""),
                scores.get(item["satisfaction"], "") if item["satisfaction"] else "",
            ]
            for item in self.data.services
        ]
        columns = [
            TableColumn(tr("Opened"), stretch=0),
            TableColumn(tr("Kind"), stretch=0),
            TableColumn(tr("Subject"), stretch=3),
            TableColumn(tr("Status"), stretch=0),
            TableColumn(tr("Satisfaction"), stretch=0),
        ]
        return self._records(tr("Service records"), columns, rows, limit)


# -- the customer list ---------------------------------------------------------------------


@dataclass
class ListData:
    """The rows of a list report, in list order, and what the list is."""

    columns: list[str]  # column keys of customer_list_model.COLUMNS
    rows: list[dict[str, Any]]
    total: int  # customers in the list; more than len(rows) when it was cut at MAX_LIST_ROWS
    description: str  # the filter in words
    today: dt.date = field(default_factory=dt.date.today)


def load_list(
    flt: CustomerFilter,
    sort: str,
    descending: bool,
    columns: Sequence[str],
    description: str | None = None,
    *,
    limit: int = MAX_LIST_ROWS,
) -> ListData:
    """Read the list the way the window shows it. `description` defaults to `describe_filter`."""
    ids = customer_list.query_ids(flt, sort, descending)
    return list_data(
        ids, columns, describe_filter(flt) if description is None else description, limit=limit
    )


def list_data(
    ids: Sequence[int], columns: Sequence[str], description: str, *, limit: int = MAX_LIST_ROWS
) -> ListData:
    """The rows of these customers (a list's ids, in its order) for the list report."""
    known = {spec.key for spec in COLUMNS}
    unknown = [key for key in columns if key not in known]
    if unknown:
        raise ValueError(
            f"unknown column(s) {', '.join(unknown)}; choose from {', '.join(sorted(known))}"
        )
    rows = customer_list.fetch_rows(ids[:limit])
    return ListData(columns=list(columns), rows=rows, total=len(ids), description=description)


def describe_filter(flt: CustomerFilter) -> str:
    """The filter in words, e.g. "Tier: VIP, Super · Owner: 王芳"."""
    separator = tr(", ")
    parts: list[str] = []
    if flt.text.strip():
        parts.append(tr("Search: \u201c{text}\u201d").format(text=flt.text.strip()))

    def coded(title: str, codes: Sequence[str], names: dict[str, str]) -> None:
        if codes:
            parts.append(f"{title}: {separator.join(names.get(code, code) for code in codes)}")

    field = labels.field
    coded(tr("Follow-up"), flt.follow_up, labels.follow_up_statuses())
    coded(field("contact_status"), flt.contact_status, labels.contact_statuses())
    coded(field("tier"), flt.tiers, labels.tiers())
    coded(field("stage"), flt.stages, labels.customer_stages())
    coded(field("lifecycle"), flt.lifecycles, labels.lifecycles())
    coded(field("value_class"), flt.value_classes, labels.value_classes())
    coded(field("rfm_segment"), flt.rfm_segments, labels.rfm_segments())
    if flt.owner_ids or flt.unowned:
        names = {row.id: row.name for row in staff.list_staff()}
        owners = [names.get(owner, str(owner)) for owner in flt.owner_ids]
        if flt.unowned:
            owners.append(tr("No owner"))
        parts.append(f"{field('owner')}: {separator.join(owners)}")
    if flt.tag_ids:
        tag_names = {ref.tag_id: ref.tag_name for ref in tags.list_tags()}
        joiner = tr(" and ") if flt.tags_match_all else separator
        chosen = [tag_names.get(tag, str(tag)) for tag in flt.tag_ids]
        parts.append(f"{field('tags')}: {joiner.join(chosen)}")
    for title, values in (
        (field("province"), flt.provinces),
        (field("city"), flt.cities),
        (field("source"), flt.sources),
        (field("industry"), flt.industries),
    ):
        if values:
            parts.append(f"{title}: {separator.join(values)}")
    coded(field("kind"), flt.kinds, labels.customer_kinds())
    if flt.valid is not None:
        parts.append(tr("Valid customers") if flt.valid else tr("Invalid customers"))
    if flt.created_from or flt.created_to:
        start = flt.created_from.isoformat() if flt.created_from else "\u2026"
        end = flt.created_to.isoformat() if flt.created_to else "\u2026"
        parts.append(tr("Created {start} \u2013 {end}").format(start=start, end=end))
    if flt.customer_ids is not None:
        parts.append(tr("A chosen set of {count} customers").format(count=len(flt.customer_ids)))
    if flt.archived:
        parts.append(tr("Archive"))
    return " \u00b7 ".join(parts) if parts else tr("All customers")


class ListReport(FlowReport):
    """The customer list: its filter in words, then the rows under a repeated header."""

    def __init__(self, data: ListData, page_setup: PageSetup | None = None) -> None:
        setup = page_setup or PageSetup(landscape=len(data.columns) >= LANDSCAPE_FROM_COLUMNS)
        super().__init__(tr("Customer list"), setup)
        self.data = data
        cells = ListCells(display_locale())
        self.cells = [[cells.text(row, key) for key in data.columns] for row in data.rows]

    def blocks(self, ctx: PageContext) -> Sequence[Block]:
        data = self.data
        numeric = {spec.key for spec in COLUMNS if spec.numeric}
        columns = [
            TableColumn(
                labels.field(key),
                numeric=key in numeric,
                stretch=0 if key in numeric else (2 if key == "name" else 1),
            )
            for key in data.columns
        ]
        shown = len(data.rows)
        count = (
            tr("{count} customers").format(count=f"{data.total:,}")
            if shown == data.total
            else tr(
                "The first {shown} of {count} customers: narrow the filter to print the rest"
            ).format(shown=f"{shown:,}", count=f"{data.total:,}")
        )
        return [
            Heading(self.title, size_pt=TITLE_PT),
            Paragraph(tr("Filter: {filter}").format(filter=data.description), max_lines=3),
            Paragraph(count, size_pt=SMALL_PT, muted=True),
            Spacer(4),
            Table(columns, self.cells, size_pt=SMALL_PT + 0.5),
        ]


# -- address labels ------------------------------------------------------------------------


@dataclass(frozen=True)
class LabelSheet:
    """A sheet of self-adhesive labels, measured from the paper's top-left corner in mm."""

    page_size: str = "A4"
    columns: int = 3
    rows: int = 8
    label_width_mm: float = 70.0
    label_height_mm: float = 37.0
    left_mm: float = 0.0
    top_mm: float = 0.5
    gap_x_mm: float = 0.0
    gap_y_mm: float = 0.0
    padding_mm: float = 4.0
    name_pt: float = 10.5
    text_pt: float = 8.5
    draw_outlines: bool = False  # True: print the label borders (for plain paper)

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


LABEL_SHEET = LabelSheet()  # the common 3 x 8 A4 sheet (70 x 37 mm labels)


@dataclass(frozen=True)
class LabelEntry:
    name: str
    contact: str
    address: str
    postcode: str


_POSTCODE = re.compile(r"(?:邮编|邮政编码)?[:：]?\s*(?<!\d)(\d{6})(?!\d)")


def split_postcode(address: str) -> tuple[str, str]:
    """A Chinese six-digit postcode written in the address, and the address without it.

    Customers have no postcode field; offices write it into the address ("邮编 100080").
    """
    match = _POSTCODE.search(address)
    if match is None:
        return address.strip(), ""
    rest = (address[: match.start()] + address[match.end() :]).strip(" ,，;；")
    return rest.strip(), match.group(1)


def load_labels(customer_ids: Sequence[int]) -> list[LabelEntry]:
    """One label per customer in `customer_ids` order, with its primary contact."""
    entries = []
    for start in range(0, len(customer_ids), 500):
        for row in customer_list.fetch_rows(customer_ids[start : start + 500], extra=("address",)):
            region = "".join(p for p in (row["province"], row["city"], row["district"]) if p)
            street = " ".join(str(row["address"] or "").split())
            if region and street.startswith(region):
                region = ""
            address, postcode = split_postcode(f"{region}{street}")
            entries.append(
                LabelEntry(
                    name=str(row["name"]),
                    contact=_label_contact(row),
                    address=address,
                    postcode=postcode,
                )
            )
    return entries


def _label_contact(row: dict[str, Any]) -> str:
    phone = (str(row["mobiles"] or "").split() or str(row["phones"] or "").split() or [""])[0]
    if row["kind"] == CUSTOMER_KIND_PERSON:
        return phone
    primary = next((c for c in contacts.contacts_of(int(row["id"])) if c["is_primary"]), None)
    if primary is None:
        return phone
    return " ".join(
        p for p in (primary["name"], primary["mobile"] or primary["phone"] or phone) if p
    )


class LabelReport(Report):
    """Address labels for a list of customers, LABEL_SHEET per page."""

    decorated = False

    def __init__(self, entries: Sequence[LabelEntry], sheet: LabelSheet = LABEL_SHEET) -> None:
        super().__init__(tr("Address labels"), PageSetup(page_size=sheet.page_size, margins_mm=0))
        self.entries = list(entries)
        self.sheet = sheet

    def paginate(self, ctx: PageContext) -> int:
        return max(1, math.ceil(len(self.entries) / self.sheet.per_page))

    def label_rect(self, ctx: PageContext, position: int) -> QRectF:
        sheet = self.sheet
        row, column = divmod(position, sheet.columns)
        return QRectF(
            ctx.mm(sheet.left_mm + column * (sheet.label_width_mm + sheet.gap_x_mm)),
            ctx.mm(sheet.top_mm + row * (sheet.label_height_mm + sheet.gap_y_mm)),
            ctx.mm(sheet.label_width_mm),
            ctx.mm(sheet.label_height_mm),
        )

    def paint_page(self, painter: QPainter, ctx: PageContext, index: int) -> None:
        sheet = self.sheet
        first = index * sheet.per_page
        name_font = ctx.font(sheet.name_pt, bold=True)
        text_font = ctx.font(sheet.text_pt)
        name_metrics = ctx.metrics(name_font)
        text_metrics = ctx.metrics(text_font)
        padding = ctx.mm(sheet.padding_mm)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.setPen(printing.TEXT_COLOUR)
        for position, entry in enumerate(self.entries[first : first + sheet.per_page]):
            rect = self.label_rect(ctx, position)
            if sheet.draw_outlines:
                painter.setPen(QPen(printing.RULE_COLOUR, ctx.pt(0.4)))
                painter.drawRect(rect)
                painter.setPen(printing.TEXT_COLOUR)
            inner = rect.adjusted(padding, padding, -padding, -padding)
            width = inner.width()
            # The name may take two lines; what is left goes to the contact, the postcode and
            # as much of the address as fits (its last line ends in an ellipsis when cut).
            names = printing.wrap_text(name_metrics, entry.name, width, max_lines=2)
            room = int(
                (inner.height() - len(names) * name_metrics.lineSpacing())
                // text_metrics.lineSpacing()
            )
            head = [entry.contact] if entry.contact else []
            if entry.postcode:
                head.append(tr("Postcode {code}").format(code=entry.postcode))
            address_room = max(1, room - len(head))
            address = printing.wrap_text(text_metrics, entry.address, width, address_room)
            y = inner.top()
            painter.setFont(name_font)
            for text in names:
                painter.drawText(
                    QRectF(inner.left(), y, width, name_metrics.lineSpacing()), flags, text
                )
                y += name_metrics.lineSpacing()
            painter.setFont(text_font)
            for text in [*head, *address][:room]:
                painter.drawText(
                    QRectF(inner.left(), y, width, text_metrics.lineSpacing()),
                    flags,
                    text_metrics.elidedText(text, Qt.TextElideMode.ElideRight, width),
                )
                y += text_metrics.lineSpacing()


__all__ = [
    "LABEL_SHEET",
    "MAX_LIST_ROWS",
    "CustomerNotFound",
    "LabelEntry",
    "LabelReport",
    "LabelSheet",
    "ListData",
    "ListReport",
    "ProfileData",
    "ProfileReport",
    "describe_filter",
    "list_data",
    "load_labels",
    "load_list",
    "load_profile",
    "split_postcode",
]
