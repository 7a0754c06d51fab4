"""Turning one spreadsheet row into what the importer writes: the conversion half of the import.

No database and no Qt: `convert_one` takes a `ConvertJob` (the column mapping: column index
-> field key of `crm_desktop.domain.headers`, or None to ignore; the column headers; worked
out once per sheet into a `ColumnLayout`) and a row's cells, and returns a `ConvertedRow`
with the stored column values, the problems found (each naming the field key of
`headers.FIELD_SYNONYMS`, so a preview can mark the cells of that field) and the keys used
to find duplicates or the customer a record belongs to.

Rules applied here:
- Phones: every phone and mobile column (and two or more numbers in one cell) is parsed with
  `normalize.parse_phones`; Chinese mobiles go to `mobiles`, every other number to `phones`,
  whichever column they were in. The raw text is kept as typed. A number that cannot be
  validated (a foreign number with an extension, a float in scientific notation, one bad
  number among several) does not fail the row: the customer comes in with the numbers that
  were recognised, the whole cell stays in the raw column, and the row gets a warning.
- Notes longer than a spreadsheet cell holds are cut to it, with a warning.
- Several columns of a multi-value field are joined (addresses by a space, notes by lines).
- A column mapped to notes whose header is not a notes header is kept as "header: value".
- A tier, risk level or kind that is not recognised is not a failure: it is kept in the notes
  as "header: value" so nothing typed is lost.
- Dates use the workbook's date system (1904 included); amounts accept separators, currency
  signs and 万.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import multiprocessing
import multiprocessing.connection
import os
import re
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from crm_desktop.domain.headers import match_header
from crm_desktop.domain.normalize import (
    clean_text,
    name_match_key,
    normalize_email,
    parse_phones,
)
from crm_desktop.domain.rules import TierDecision
from crm_desktop.domain.search_text import load_dictionaries, search_document
from crm_desktop.domain.settings import (
    CUSTOMER_KIND_COMPANY,
    CUSTOMER_KIND_PERSON,
    TIER_ORDINARY,
    TIER_SUPER,
    TIER_VIP,
    BusinessSettings,
)
from crm_desktop.services import facts, validation
from crm_desktop.services.customers import prepare
from crm_desktop.services.validation import Problem, ValidationError
from crm_desktop.storage.models import Customer

KIND_CUSTOMERS = "customers"
KIND_FOLLOW_UPS = "follow_ups"
KIND_DEALS = "deals"
KIND_ORDERS = "orders"
KINDS = (KIND_CUSTOMERS, KIND_FOLLOW_UPS, KIND_DEALS, KIND_ORDERS)

# Field keys of prepare()'s problems that differ from the mapping's field keys.
_PREPARE_TO_FIELD = {"mobiles": "mobile", "phones": "phone", "tier_manual": "tier"}

# Mapped fields passed to customers.prepare unchanged.
_DIRECT_FIELDS = (
    "code",
    "short_name",
    "industry",
    "source",
    "province",
    "city",
    "district",
    "website",
    "credit_code",
    "credit_grade",
    "credit_limit",
    "hobbies",
    "preferences",
    "first_contact_date",
    "service_start",
    "service_expiry",
    "contract_amount",
)

_COMPANY_WORDS = frozenset(
    {"公司", "企业", "单位", "机构", "组织", "company", "organization", "organisation",
     "org", "business", "true", "yes", "是", "y", "1"}
)
_PERSON_WORDS = frozenset(
    {"个人", "自然人", "person", "individual", "ind", "people", "false", "no", "否", "n", "0"}
)
_TIER_WORDS = {
    TIER_ORDINARY: frozenset({"普通", "普通客户", "一般", "一般客户", "ordinary", "normal",
                              "regular", "standard"}),
    TIER_VIP: frozenset({"vip", "vip客户", "重要", "重要客户", "贵宾", "贵宾客户", "重点客户"}),
    TIER_SUPER: frozenset({"超级", "超级vip", "svip", "super", "super vip", "核心", "核心客户",
                           "战略客户", "大客户"}),
}
_RISK_WORDS = {
    "low": frozenset({"低", "低风险", "low"}),
    "medium": frozenset({"中", "中等", "中风险", "medium", "mid"}),
    "high": frozenset({"高", "高风险", "high"}),
}
_TAG_SEPARATORS = re.compile(r"[,，;；、|/\n]+")


@dataclass
class MatchKeys:
    """What identifies the customer of a row: for duplicates, or for a record's customer."""

    code: str | None = None
    credit_code: str | None = None
    mobiles: tuple[str, ...] = ()
    email_key: str | None = None
    name_key: str = ""
    name: str = ""

    def __reduce__(self) -> tuple[type[MatchKeys], tuple[Any, ...]]:
        # Pickled by position: half the cost of a dataclass's default state dictionary, and
        # a long import sends every row back from its conversion workers.
        return MatchKeys, (self.code, self.credit_code, self.mobiles, self.email_key,
                           self.name_key, self.name)

    def items(self) -> tuple[tuple[str, str], ...]:
        """(kind, value) of every key, strongest first: code, credit code, mobiles, e-mail,
        name."""
        found: list[tuple[str, str]] = []
        if self.code:
            found.append(("code", self.code))
        if self.credit_code:
            found.append(("credit_code", self.credit_code))
        found.extend(("mobile", mobile) for mobile in self.mobiles)
        if self.email_key:
            found.append(("email", self.email_key))
        if self.name_key:
            found.append(("name", self.name_key))
        return tuple(found)


@dataclass
class ConvertedRow:
    """One row converted. `values` are stored columns (customer columns for a customer
    import, the record's columns otherwise); `problems` make the row fail; `warnings` are
    told to the user but the row is imported (with what could be kept)."""

    values: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    keys: MatchKeys = field(default_factory=MatchKeys)
    contact: dict[str, Any] | None = None
    tags: list[str] = field(default_factory=list)
    owner_name: str = ""
    referred_by_name: str = ""
    # A new customer's search index text (body, short) and table row, made with the
    # conversion so that work runs in the conversion workers; None when not made, or made
    # stale by a later row of the file merged into this one.
    search_doc: tuple[str, str] | None = None
    new_customer: NewCustomerRow | None = None

    def __reduce__(self) -> tuple[type[ConvertedRow], tuple[Any, ...]]:
        # See MatchKeys.__reduce__: the fields in declaration order.
        return ConvertedRow, (self.values, self.problems, self.warnings, self.keys, self.contact,
                              self.tags, self.owner_name, self.referred_by_name, self.search_doc,
                              self.new_customer)

    @property
    def ok(self) -> bool:
        return not self.problems

    def reason(self) -> str:
        """Every problem as one sentence, for summaries and the error workbook."""
        return " ".join(problem.message() for problem in self.problems)

    def warning_text(self) -> str:
        """Every warning as one sentence, for summaries."""
        return " ".join(problem.message() for problem in self.warnings)


def _present(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


@dataclass(frozen=True)
class ColumnLayout:
    """The mapped columns of a sheet, worked out once for all of its rows: (column index,
    field key, header) in the mapping's order, the field keys mapped, and those of
    `_DIRECT_FIELDS` among them."""

    columns: tuple[tuple[int, str, str], ...]
    mapped: frozenset[str]
    direct_fields: tuple[str, ...]

    @classmethod
    def of(cls, mapping: Mapping[int, str | None], headers: Sequence[str]) -> ColumnLayout:
        columns = tuple(
            (index, key, headers[index] if index < len(headers) else "")
            for index, key in mapping.items()
            if key is not None
        )
        mapped = frozenset(key for _, key, _ in columns)
        return cls(columns, mapped, tuple(key for key in _DIRECT_FIELDS if key in mapped))

    def group(self, values: Sequence[object]) -> dict[str, list[tuple[str, object]]]:
        """Field key -> the (header, value) pairs of its non-empty cells, in column order."""
        grouped: dict[str, list[tuple[str, object]]] = {}
        width = len(values)
        for index, field_key, header in self.columns:
            if index >= width:
                continue
            value = values[index]
            # _present, inlined: this runs for every cell of an import.
            if value is None or (type(value) is str and not value.strip()):
                continue
            cells = grouped.get(field_key)
            if cells is None:
                grouped[field_key] = [(header, value)]
            else:
                cells.append((header, value))
        return grouped


def _first(grouped: Mapping[str, list[tuple[str, object]]], key: str) -> object:
    cells = grouped.get(key)
    return cells[0][1] if cells else None


def _joined(grouped: Mapping[str, list[tuple[str, object]]], key: str, sep: str) -> str:
    return sep.join(clean_text(value) for _, value in grouped.get(key, ()))


def _labelled(header: str, value: object) -> str:
    return f"{header}: {clean_text(value)}" if header else clean_text(value)


def _word_choice(value: object, table: Mapping[str, frozenset[str]]) -> str | None:
    word = clean_text(value).lower()
    return next((choice for choice, words in table.items() if word in words), None)


def _kind(value: object) -> str | None:
    if isinstance(value, bool):
        return CUSTOMER_KIND_COMPANY if value else CUSTOMER_KIND_PERSON
    word = clean_text(value).lower()
    if word in _COMPANY_WORDS:
        return CUSTOMER_KIND_COMPANY
    if word in _PERSON_WORDS:
        return CUSTOMER_KIND_PERSON
    return None


# (mapped field, customer column, reader of a cell: the value, or None when not one of them)
_CHOICE_FIELDS: tuple[tuple[str, str, Callable[[object], str | None]], ...] = (
    ("kind", "kind", _kind),
    ("tier", "tier_manual", lambda value: _word_choice(value, _TIER_WORDS)),
    ("risk_level", "risk_level", lambda value: _word_choice(value, _RISK_WORDS)),
)


def _person_name(grouped: Mapping[str, list[tuple[str, object]]]) -> str:
    """first_name + last_name: "Jane Doe", Chinese names without a space (张三)."""
    last = clean_text(_first(grouped, "last_name"))
    first = clean_text(_first(grouped, "first_name"))
    if not last or not first:
        return last or first
    if re.search(r"[\u3400-\u9fff]", last + first):
        return last + first
    return f"{first} {last}"


def _phone_columns(
    grouped: Mapping[str, list[tuple[str, object]]],
    keys: tuple[str, str],
    warnings: list[Problem],
) -> tuple[list[str], list[str], str, str]:
    """(mobiles, other numbers, mobile columns' raw text, phone columns' raw text). A cell
    holding something that is not a phone number is a warning: its raw text is kept."""
    mobiles: list[str] = []
    others: list[str] = []
    raw: dict[str, list[str]] = {keys[0]: [], keys[1]: []}
    for key in keys:
        for _, value in grouped.get(key, ()):
            raw[key].append(clean_text(value))
            parsed = parse_phones(value)
            if parsed.invalid:
                warnings.append(
                    Problem(key, validation.INVALID_PHONE, clean_text(value),
                            ", ".join(parsed.problems))
                )
            for phone in parsed.phones:
                target = mobiles if phone.kind == "mobile" else others
                if phone.number not in target:
                    target.append(phone.number)
    return mobiles, others, " / ".join(raw[keys[0]]), " / ".join(raw[keys[1]])


def _notes(grouped: Mapping[str, list[tuple[str, object]]], extra: list[str],
           warnings: list[Problem]) -> str:
    """The notes columns and the extra lines; cut to what a cell holds, with a warning."""
    lines: list[str] = []
    cut: list[Problem] = []  # one column too long, or all of them together: one warning
    for header, value in grouped.get("notes", ()):
        text = validation.multiline(value, "notes", cut)
        lines.append(text if match_header(header) == "notes" else f"{header}: {text}")
    notes = validation.multiline("\n".join([*lines, *extra]), "notes", cut)
    warnings.extend(cut[:1])
    return notes


def _tags(grouped: Mapping[str, list[tuple[str, object]]]) -> list[str]:
    found: list[str] = []
    for _, value in grouped.get("tags", ()):
        for piece in _TAG_SEPARATORS.split(clean_text(value).strip("\"'")):
            tag = piece.strip().strip("\"'").strip()
            if tag and tag not in found:
                found.append(tag)
    return found


def convert_customer(
    values: Sequence[object], layout: ColumnLayout, *, date1904: bool = False
) -> ConvertedRow:
    """A customer row: columns for `customers.prepare` plus contact, tags, owner, referrer."""
    grouped = layout.group(values)
    row = ConvertedRow()
    problems: list[Problem] = []
    warnings: list[Problem] = []
    extra_notes: list[str] = []
    data: dict[str, Any] = {}
    mapped = layout.mapped

    split_name = _person_name(grouped)
    if "name" in mapped:
        data["name"] = _first(grouped, "name")
        contact_from_split = split_name
    else:
        data["name"] = split_name
        contact_from_split = ""
    for key in layout.direct_fields:
        data[key] = _first(grouped, key)
    if "address" in mapped:
        data["address"] = _joined(grouped, "address", " ")
    if "wechat" in mapped:
        data["wechat"] = _joined(grouped, "wechat", " ")
    if "email" in mapped:
        emails = [clean_text(value) for _, value in grouped.get("email", ())]
        data["email"] = emails[0] if emails else ""
        extra_notes.extend(f"E-mail: {address}" for address in emails[1:])
    # Fields with a fixed set of values: a word outside it is kept in the notes as written.
    for key, column, choose in _CHOICE_FIELDS:
        if key in mapped and key in grouped:
            header, value = grouped[key][0]
            choice = choose(value)
            if choice is None:
                extra_notes.append(_labelled(header, value))
            else:
                data[column] = choice
    row.referred_by_name = clean_text(_first(grouped, "referred_by"))
    # A status has no column of its own (the stage follows from deals and orders): keep it.
    extra_notes.extend(_labelled(h, v) for h, v in grouped.get("status", ()))
    if "notes" in mapped or extra_notes:
        data["notes"] = _notes(grouped, extra_notes, warnings)

    try:
        columns = prepare(data, creating=True, date1904=date1904)
    except ValidationError as error:
        problems.extend(
            Problem(_PREPARE_TO_FIELD.get(p.field, p.field), p.code, p.value, p.detail)
            for p in error.problems
        )
        # The values that are fine still show in a preview.
        wrong = {p.field for p in error.problems}
        columns = _prepare_quietly({k: v for k, v in data.items() if k not in wrong}, date1904)
    if {"phone", "mobile"} & mapped:
        mobiles, others, mobile_raw, phone_raw = _phone_columns(
            grouped, ("mobile", "phone"), warnings
        )
        columns.update(
            mobiles=" ".join(mobiles),
            mobiles_raw=mobile_raw,
            mobile=mobiles[0] if mobiles else None,
            phones=" ".join(others),
            phones_raw=phone_raw,
        )
    if "created_at" in grouped:
        created = validation.moment(_first(grouped, "created_at"), "created_at", problems,
                                    date1904=date1904)
        if created is not None:
            columns["created_at"] = created
    row.values = columns
    row.problems = problems
    row.warnings = warnings
    row.owner_name = clean_text(_first(grouped, "owner"))
    row.tags = _tags(grouped)
    row.contact = _contact(grouped, contact_from_split, problems, warnings)
    row.keys = MatchKeys(
        code=columns.get("code"),
        credit_code=columns.get("credit_code"),
        mobiles=tuple(columns.get("mobiles", "").split()),
        email_key=columns.get("email_key"),
        name_key=columns.get("name_key", ""),
        name=columns.get("name", ""),
    )
    return row


def _prepare_quietly(data: Mapping[str, Any], date1904: bool) -> dict[str, Any]:
    try:
        return prepare(data, creating=False, date1904=date1904)
    except ValidationError:
        return {}


def _contact(
    grouped: Mapping[str, list[tuple[str, object]]], split_name: str, problems: list[Problem],
    warnings: list[Problem],
) -> dict[str, Any] | None:
    name = clean_text(_first(grouped, "contact_name")) or split_name
    mobiles, others, mobile_raw, phone_raw = _phone_columns(
        grouped, ("contact_mobile", "contact_phone"), warnings
    )
    email = validation.email(_first(grouped, "contact_email"), "contact_email", problems)
    title = validation.text(_first(grouped, "contact_title"), "contact_title", problems)
    if not (name or mobiles or others or email):
        return None
    return {
        "name": name,
        "title": title,
        "mobile": mobiles[0] if mobiles else "",
        "mobile_raw": mobile_raw,
        "phone": " ".join([*mobiles[1:], *others]),
        "phone_raw": phone_raw,
        "email": email,
    }


def _record_keys(grouped: Mapping[str, list[tuple[str, object]]]) -> MatchKeys:
    mobiles: list[str] = []
    for key in ("mobile", "phone"):
        for _, value in grouped.get(key, ()):
            mobiles.extend(p.number for p in parse_phones(value).phones)
    name = clean_text(_first(grouped, "name")) or clean_text(_first(grouped, "contact_name"))
    name = name or _person_name(grouped)
    email = normalize_email(clean_text(_first(grouped, "email"))) or None
    code = clean_text(_first(grouped, "code")) or None
    return MatchKeys(
        code=code,
        mobiles=tuple(dict.fromkeys(mobiles)),
        email_key=email.lower() if email else None,
        name_key=name_match_key(name),
        name=name,
    )


def convert_record(
    kind: str,
    values: Sequence[object],
    layout: ColumnLayout,
    settings: BusinessSettings,
    *,
    date1904: bool = False,
) -> ConvertedRow:
    """A follow-up, deal or order row: the record's columns and its customer's keys."""
    grouped = layout.group(values)
    row = ConvertedRow()
    problems: list[Problem] = []
    row.keys = _record_keys(grouped)
    if not (row.keys.code or row.keys.mobiles or row.keys.email_key or row.keys.name_key):
        problems.append(Problem("name", validation.REQUIRED))
    row.owner_name = clean_text(_first(grouped, "owner"))
    columns: dict[str, Any] = {}
    if kind == KIND_FOLLOW_UPS:
        occurred = validation.moment(_first(grouped, "followup_at"), "followup_at", problems,
                                     date1904=date1904)
        if occurred is None and "followup_at" not in grouped:
            problems.append(Problem("followup_at", validation.REQUIRED))
        columns.update(
            occurred_at=occurred,
            channel=validation.text(_first(grouped, "channel"), "channel", problems),
            content="\n".join(
                validation.multiline(v, "content", problems) for _, v in grouped.get("content", ())
            ),
            outcome=validation.multiline(_first(grouped, "outcome"), "outcome", problems),
            next_follow_up=validation.date(_first(grouped, "next_follow_up"), "next_follow_up",
                                           problems, date1904=date1904),
        )
    elif kind == KIND_DEALS:
        title = validation.text(_first(grouped, "deal_title"), "deal_title", problems,
                                required=True)
        stage_value = clean_text(_first(grouped, "deal_stage"))
        stage = _deal_stage(stage_value, settings)
        if stage is None:
            problems.append(Problem("deal_stage", validation.INVALID_CHOICE, stage_value,
                                    ", ".join(s.name for s in settings.deal_stages)))
            stage = ""
        amount = validation.cents(_first(grouped, "deal_amount"), "deal_amount", problems)
        columns.update(
            title=title,
            amount_cents=amount or 0,
            stage=stage,
            expected_close=validation.date(_first(grouped, "expected_close"), "expected_close",
                                           problems, date1904=date1904),
            created_at=validation.moment(_first(grouped, "created_at"), "created_at", problems,
                                         date1904=date1904),
        )
    elif kind == KIND_ORDERS:
        order_date = validation.date(_first(grouped, "order_date"), "order_date", problems,
                                     date1904=date1904)
        if order_date is None and "order_date" not in grouped:
            problems.append(Problem("order_date", validation.REQUIRED))
        amount = validation.cents(_first(grouped, "order_amount"), "order_amount", problems)
        if amount is None and "order_amount" not in grouped:
            problems.append(Problem("order_amount", validation.REQUIRED))
        columns.update(
            order_date=order_date,
            amount_cents=amount or 0,
            cost_cents=validation.cents(_first(grouped, "order_cost"), "order_cost",
                                        problems) or 0,
            paid_cents=validation.cents(_first(grouped, "order_paid"), "order_paid",
                                        problems) or 0,
            category=validation.text(_first(grouped, "order_category"), "order_category",
                                     problems),
            description="\n".join(
                validation.multiline(v, "order_description", problems)
                for _, v in grouped.get("order_description", ())
            ),
        )
    else:
        raise ValueError(f"unknown import kind {kind!r}; use one of {', '.join(KINDS)}")
    row.values = columns
    row.problems = problems
    return row


def _deal_stage(value: str, settings: BusinessSettings) -> str | None:
    """The stage key for a stage key or name as typed; the first stage when blank."""
    if not value:
        return settings.deal_stages[0].key if settings.deal_stages else "potential"
    folded = value.casefold()
    for spec in settings.deal_stages:
        if folded in (spec.key.casefold(), spec.name.casefold()):
            return spec.key
    return None


# ---------------------------------------------------------------------------------------------
# Converting a stream of rows, in worker processes when it is long
# ---------------------------------------------------------------------------------------------

# Pinyin (sort key and search text) is most of the cost of a row and is pure Python: a long
# import converts its rows in worker processes while this one reads and writes.
PARALLEL_MIN_ROWS = 10_000
CHUNK_ROWS = 500
MAX_WORKERS = 4


def column_defaults(model: Any) -> dict[str, Any]:
    """Each column of a model's table but its id -> the value a new row gets by default."""
    defaults: dict[str, Any] = {}
    for model_field in model._meta.sorted_fields:
        if model_field.primary_key:
            continue
        default = model_field.default
        defaults[model_field.column_name] = default() if callable(default) else default
    return defaults


def db_value(value: object) -> object:
    """A column value as stored (what peewee would write)."""
    convert = _DB_CONVERSIONS.get(type(value))
    return value if convert is None else convert(value)


# The column values stored differently from their Python type; looked up by exact type, as
# this runs for every cell of an import.
_DB_CONVERSIONS: dict[type, Any] = {
    bool: int,
    dt.datetime: lambda value: str(value.replace(microsecond=0)),
    dt.date: dt.date.isoformat,
}


@dataclass(frozen=True)
class CustomerColumns:
    """The customer table's columns in the order a new row is inserted: the id, then
    `names`; `position` of each column in such a row; `template`, a row of defaults."""

    names: tuple[str, ...]
    position: Mapping[str, int]
    template: tuple[Any, ...]


@functools.cache
def customer_columns() -> CustomerColumns:
    defaults = column_defaults(Customer)
    names = tuple(defaults)
    return CustomerColumns(
        names,
        {column: index for index, column in enumerate(names, start=1)},
        (0, *(db_value(defaults[column]) for column in names)),
    )


@dataclass
class NewCustomerRow:
    """A new customer's row as inserted, with its final facts (a new customer has no
    history); the writer gives it its id, time stamps, owner and referrer. `tier_change`
    (from `previous_tier`) goes to the tier history."""

    row: list[Any]
    previous_tier: str
    tier_change: TierDecision | None

    def __reduce__(self) -> tuple[type[NewCustomerRow], tuple[Any, ...]]:
        return NewCustomerRow, (self.row, self.previous_tier, self.tier_change)


def new_customer_row(converted: ConvertedRow, settings: BusinessSettings) -> NewCustomerRow:
    """The row `facts.refresh_customers` would leave after inserting the converted row:
    inserted like that, the row and its indexes are written once."""
    columns = customer_columns()
    position = columns.position
    row = list(columns.template)
    for column, value in converted.values.items():
        row[position[column]] = db_value(value)
    contact = converted.contact
    new_facts = facts.customer_facts(
        tier=row[position["tier"]],
        tier_manual=row[position["tier_manual"]],
        mobiles=row[position["mobiles"]],
        phones=row[position["phones"]],
        email=row[position["email"]],
        wechat=row[position["wechat"]],
        address=row[position["address"]],
        # What refresh_customers finds in the contact table (WeChat is never imported).
        reachable_contact=contact is not None
        and bool(contact["mobile"] or contact["phone"] or contact["email"]),
        invalid_by_hand=bool(row[position["invalid_by_hand"]]),
        history=facts.NO_HISTORY,
        settings=settings,
    )
    previous_tier = row[position["tier"]]
    for column, value in zip(facts.FACT_COLUMNS, new_facts.values, strict=True):
        row[position[column]] = db_value(value)
    return NewCustomerRow(row, previous_tier, new_facts.tier_change)


@dataclass(frozen=True)
class ConvertJob:
    """Everything a worker needs to convert rows (picklable)."""

    kind: str
    mapping: dict[int, str | None]
    headers: list[str]
    date1904: bool
    settings: BusinessSettings

    @cached_property
    def layout(self) -> ColumnLayout:
        return ColumnLayout.of(self.mapping, self.headers)


def customer_search_doc(row: ConvertedRow) -> tuple[str, str]:
    """The search index text of a new customer made from a converted row."""
    values = row.values
    contact = row.contact or {}
    return search_document(
        names=[values.get("name", ""), values.get("short_name", ""), contact.get("name", "")],
        phones=[*values.get("mobiles", "").split(), *values.get("phones", "").split(),
                contact.get("mobile", ""), *contact.get("phone", "").split()],
        emails=[values.get("email", ""), contact.get("email", "")],
    )


def convert_one(job: ConvertJob, values: Sequence[object]) -> ConvertedRow:
    if job.kind == KIND_CUSTOMERS:
        return convert_customer(values, job.layout, date1904=job.date1904)
    return convert_record(job.kind, values, job.layout, job.settings, date1904=job.date1904)


def convert_chunk(job: ConvertJob, rows: Sequence[tuple[int, Sequence[object]]]
                  ) -> list[tuple[int, ConvertedRow]]:
    """Convert rows (row number, cells); a customer comes with its search text and its
    row as a new customer, in case it is one."""
    result: list[tuple[int, ConvertedRow]] = []
    for number, values in rows:
        converted = convert_one(job, values)
        if job.kind == KIND_CUSTOMERS and converted.ok:
            converted.search_doc = customer_search_doc(converted)
            converted.new_customer = new_customer_row(converted, job.settings)
        result.append((number, converted))
    return result


def _exit_with_parent() -> None:
    """Worker initializer: end the worker as soon as the importing process is gone, even
    killed without clean-up, instead of waiting forever for work that will never come."""
    parent = multiprocessing.parent_process()
    if parent is None or parent.sentinel is None:
        return
    sentinel = parent.sentinel

    def watch() -> None:
        multiprocessing.connection.wait([sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


# Collections are cheaper when fewer of them run: a worker makes a few dozen containers per
# row and keeps only the chunk it is converting.
_WORKER_GC_THRESHOLD = 20_000


def _init_worker() -> None:
    """Worker initializer: end with the importing process (`_exit_with_parent`); load the
    pinyin dictionaries, then move them and everything else loaded so far out of the
    garbage collector's sight. They are a quarter of a million long-lived objects that every
    full collection would walk again, and converting rows starts a collection every few
    rows: together that was about a tenth of a worker's time."""
    _exit_with_parent()
    load_dictionaries()
    gc.collect()
    gc.freeze()
    gc.set_threshold(_WORKER_GC_THRESHOLD, *gc.get_threshold()[1:])


def _chunks(rows: Iterable[tuple[int, Sequence[object]]], size: int
            ) -> Iterator[list[tuple[int, Sequence[object]]]]:
    chunk: list[tuple[int, Sequence[object]]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def parallel_allowed(total_rows: int | None) -> bool:
    """Worker processes pay off for long imports on several cores. A frozen build starts
    its workers by running its own executable, whose `multiprocessing.freeze_support()`
    (main.py, with PyInstaller's runtime hook) turns it into a worker."""
    return (total_rows or 0) >= PARALLEL_MIN_ROWS and (os.cpu_count() or 1) > 1


def convert_stream(
    job: ConvertJob, rows: Iterable[tuple[int, Sequence[object]]], *, parallel: bool,
    ahead_rows: int = 0,
) -> Generator[tuple[int, ConvertedRow], None, None]:
    """Converted rows in file order. In parallel mode the workers are kept `ahead_rows` rows
    (and at least two chunks each) ahead of the consumer: while it writes a batch of that
    size they convert the next one instead of waiting. Memory stays bounded by that however
    long the file is."""
    if not parallel:
        for chunk in _chunks(rows, CHUNK_ROWS):
            yield from convert_chunk(job, chunk)
        return
    workers = max(1, min(MAX_WORKERS, (os.cpu_count() or 2)))
    context = multiprocessing.get_context("spawn")  # never fork a process holding a database
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_init_worker
    ) as pool:
        in_flight: deque[Future[list[tuple[int, ConvertedRow]]]] = deque()
        most_in_flight = max(2 * workers, -(-ahead_rows // CHUNK_ROWS) + workers)
        try:
            for chunk in _chunks(rows, CHUNK_ROWS):
                in_flight.append(pool.submit(convert_chunk, job, chunk))
                if len(in_flight) >= most_in_flight:
                    yield from in_flight.popleft().result()
            while in_flight:
                yield from in_flight.popleft().result()
        finally:
            for future in in_flight:
                future.cancel()
