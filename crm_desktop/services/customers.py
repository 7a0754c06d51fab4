"""Customers: create, update, archive, delete with undo, duplicates, and reading one back."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from peewee import Database

from crm_desktop.domain.normalize import name_match_key, names_nearly_same, normalize_name
from crm_desktop.domain.search_text import sort_key
from crm_desktop.domain.settings import (
    CREDIT_GRADES,
    CUSTOMER_KIND_COMPANY,
    CUSTOMER_KIND_PERSON,
    RISK_LEVELS,
    TIERS,
)
from crm_desktop.services import backups, facts, journal, validation
from crm_desktop.services.changes import Changes
from crm_desktop.services.validation import Problem, ValidationError
from crm_desktop.storage import backup, search
from crm_desktop.storage.database import bound_database, bulk_load
from crm_desktop.storage.models import CUSTOMER_CHILDREN, Customer, Operation, Staff, now

# Fields a user (or an import) may set, by how their value is read.
TEXT_FIELDS = (
    "short_name",
    "industry",
    "source",
    "province",
    "city",
    "district",
    "website",
    "wechat",
    "hobbies",
    "habits",
    "preferences",
)
MULTILINE_FIELDS = ("address", "notes", "risk_reason")
DATE_FIELDS = ("first_contact_date", "service_start", "service_expiry")
MONEY_FIELDS = {"credit_limit": "credit_limit_cents", "contract_amount": "contract_amount_cents"}
EDITABLE_FIELDS = (
    "code",
    "name",
    "kind",
    *TEXT_FIELDS,
    *MULTILINE_FIELDS,
    "phones",
    "mobiles",
    "email",
    "credit_code",
    "owner_id",
    "referred_by_id",
    *DATE_FIELDS,
    *MONEY_FIELDS,
    "risk_level",
    "credit_grade",
    "tier_manual",
    "invalid_by_hand",
)


def prepare(data: Mapping[str, Any], *, creating: bool, date1904: bool = False) -> dict[str, Any]:
    """Column values for the fields present in `data`; raises ValidationError on problems."""
    problems: list[Problem] = []
    values: dict[str, Any] = {}
    if "name" in data or creating:
        name = normalize_name(data.get("name"))
        if not name:
            problems.append(Problem("name", validation.REQUIRED))
        values["name"] = name
        values["name_key"] = name_match_key(name)
        values["sort_name"] = sort_key(name)
    for field in TEXT_FIELDS:
        if field in data:
            values[field] = validation.text(data[field], field, problems)
    for field in MULTILINE_FIELDS:
        if field in data:
            values[field] = validation.multiline(data[field], field, problems)
    if "code" in data:
        values["code"] = validation.text(data["code"], "code", problems) or None
    if "credit_code" in data:
        code = validation.text(data["credit_code"], "credit_code", problems).upper()
        values["credit_code"] = code or None
    if "kind" in data:
        kind = validation.choice(
            data["kind"], "kind", (CUSTOMER_KIND_COMPANY, CUSTOMER_KIND_PERSON), problems
        )
        values["kind"] = kind or CUSTOMER_KIND_COMPANY
    if "mobiles" in data:
        numbers, raw = validation.phones(data["mobiles"], "mobiles", problems)
        values.update(
            mobiles=" ".join(numbers), mobiles_raw=raw, mobile=numbers[0] if numbers else None
        )
    if "phones" in data:
        numbers, raw = validation.phones(data["phones"], "phones", problems)
        values.update(phones=" ".join(numbers), phones_raw=raw)
    if "email" in data:
        address = validation.email(data["email"], "email", problems)
        values.update(email=address, email_key=address.lower() or None)
    for field in DATE_FIELDS:
        if field in data:
            values[field] = validation.date(data[field], field, problems, date1904=date1904)
    for field, column in MONEY_FIELDS.items():
        if field in data:
            values[column] = validation.cents(data[field], field, problems)
    if "risk_level" in data:
        values["risk_level"] = validation.choice(
            data["risk_level"], "risk_level", RISK_LEVELS, problems
        )
    if "credit_grade" in data:
        grade = validation.text(data["credit_grade"], "credit_grade", problems).upper()
        values["credit_grade"] = validation.choice(grade, "credit_grade", CREDIT_GRADES, problems)
    if "tier_manual" in data:
        values["tier_manual"] = (
            validation.choice(data["tier_manual"], "tier_manual", TIERS, problems) or None
        )
    for field in ("owner_id", "referred_by_id"):
        if field in data:
            values[field] = data[field] or None
    if "invalid_by_hand" in data:
        values["invalid_by_hand"] = bool(data["invalid_by_hand"])
    if problems:
        raise ValidationError(problems)
    return values


def _check_code_free(code: str | None, exclude_id: int | None) -> None:
    if not code:
        return
    query = Customer.select(Customer.id).where(Customer.code == code)
    if exclude_id is not None:
        query = query.where(Customer.id != exclude_id)
    if query.exists():
        raise ValidationError([Problem("code", validation.DUPLICATE_CODE, code)])


def create_customer(
    data: Mapping[str, Any], *, today: dt.date | None = None
) -> tuple[int, Changes]:
    """Create a customer from user input; returns its id and the changes."""
    values = prepare(data, creating=True)
    db = bound_database()
    with db.atomic():
        _check_code_free(values.get("code"), None)
        values.setdefault("kind", CUSTOMER_KIND_COMPANY)
        customer_id = int(Customer.insert(**values).execute())
        facts.refresh_customers([customer_id], today=today)
        search.reindex_customers(db, [customer_id])
    return customer_id, Changes.customers(customer_id, all_customers=True)


def update_customer(
    customer_id: int, data: Mapping[str, Any], *, today: dt.date | None = None
) -> Changes:
    """Change the fields present in `data`; raises ValidationError and saves nothing on error."""
    values = prepare(data, creating=False)
    db = bound_database()
    with db.atomic():
        _check_code_free(values.get("code"), customer_id)
        values["updated_at"] = now()
        Customer.update(**values).where(Customer.id == customer_id).execute()
        facts.refresh_customers([customer_id], today=today, tier_note=data.get("tier_note", ""))
        search.reindex_customers(db, [customer_id])
    return Changes.customers(customer_id, all_customers=True)


def get_customer(customer_id: int) -> dict[str, Any] | None:
    """Every stored field of one customer, with the owner's and referrer's names."""
    rows = journal.read_rows(bound_database(), "customer", "id = ?", [customer_id])
    if not rows:
        return None
    row = rows[0]
    owner = Staff.get_or_none(Staff.id == row["owner_id"]) if row["owner_id"] else None
    row["owner_name"] = owner.name if owner else ""
    referrer = (
        Customer.get_or_none(Customer.id == row["referred_by_id"])
        if row["referred_by_id"]
        else None
    )
    row["referred_by_name"] = referrer.name if referrer else ""
    return row


@dataclass(frozen=True)
class Duplicate:
    customer_id: int
    name: str
    reason: str  # code | mobile | email | credit_code | name


def find_duplicates(
    data: Mapping[str, Any], *, exclude_id: int | None = None, limit: int = 10
) -> list[Duplicate]:
    """Existing customers that are likely the same as `data` (suggested, never merged).

    Same customer code, same normalised mobile, same e-mail, same credit code, or a name that
    is almost the same once legal-form suffixes are removed.
    """
    try:
        values = prepare(data, creating=False)
    except ValidationError:
        # Duplicates are a hint; an invalid field is reported by the save itself.
        values = {}
    found: dict[int, Duplicate] = {}

    def add(query: Any, reason: str) -> None:
        if exclude_id is not None:
            query = query.where(Customer.id != exclude_id)
        for cid, name in cast(Any, query.limit(limit).tuples()):
            found.setdefault(cid, Duplicate(cid, name, reason))

    base = Customer.select(Customer.id, Customer.name)
    if values.get("code"):
        add(base.where(Customer.code == values["code"]), "code")
    for mobile in (values.get("mobiles") or "").split():
        add(base.where(Customer.mobile == mobile), "mobile")
    if values.get("email_key"):
        add(base.where(Customer.email_key == values["email_key"]), "email")
    if values.get("credit_code"):
        add(base.where(Customer.credit_code == values["credit_code"]), "credit_code")
    key = values.get("name_key") or ""
    if key:
        add(base.where(Customer.name_key == key), "name")
        name = values["name"]
        # Nearly the same name: candidates share the key's first two characters.
        if len(key) >= 4:
            prefix = key[:2]
            candidates = base.where(Customer.name_key.startswith(prefix), Customer.name_key != key)
            if exclude_id is not None:
                candidates = candidates.where(Customer.id != exclude_id)
            for cid, other in cast(Any, candidates.limit(500).tuples()):
                if len(found) >= limit:
                    break
                if names_nearly_same(name, other):
                    found.setdefault(cid, Duplicate(cid, other, "name"))
    return list(found.values())[:limit]


def set_archived(ids: Sequence[int], archived: bool) -> Changes:
    """Archive (hide from the working list) or restore customers; undoable."""
    stamp = now() if archived else None
    label = "Archive" if archived else "Restore"
    return bulk_update(ids, {"archived_at": stamp}, f"{label} {len(ids)} customers")


def bulk_update(ids: Sequence[int], column_values: Mapping[str, Any], description: str) -> Changes:
    """Set the same stored columns on many customers as one undoable operation."""
    db = bound_database()
    id_list = sorted(set(ids))
    backups.backup_before(backup.REASON_BULK, rows=len(id_list))
    with db.atomic():
        log = journal.start_operation(db, "bulk_edit", description)
        for start in range(0, len(id_list), 500):
            chunk = id_list[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in journal.read_rows(db, "customer", f"id IN ({marks})", chunk):
                log.updated("customer", row)
            Customer.update(**column_values, updated_at=now()).where(
                Customer.id.in_(chunk)
            ).execute()
        log.finish()
    return Changes.customers(id_list, all_customers=True, operation_id=log.operation_id)


def delete_customers(ids: Sequence[int]) -> Changes:
    """Delete customers and everything hanging off them, as one undoable operation."""
    db = bound_database()
    id_list = sorted(set(ids))
    backups.backup_before(backup.REASON_BULK, rows=len(id_list))
    with db.atomic():
        log = journal.start_operation(db, "delete", f"Delete {len(id_list)} customers")
        for start in range(0, len(id_list), 500):
            chunk = id_list[start : start + 500]
            marks = ",".join("?" * len(chunk))
            # Undo replays backwards, so the order here is the reverse of the restore order:
            # referral links (restored last, once their target exists again), then children,
            # then the customers themselves (restored first).
            for row in journal.read_rows(db, "customer", f"referred_by_id IN ({marks})", chunk):
                if row["id"] not in chunk:
                    log.updated("customer", row)
            for model in CUSTOMER_CHILDREN:
                table = model._meta.table_name
                for row in journal.read_rows(db, table, f"customer_id IN ({marks})", chunk):
                    log.deleted(table, row)
            for row in journal.read_rows(db, "customer", f"id IN ({marks})", chunk):
                log.deleted("customer", row)
            Customer.delete().where(Customer.id.in_(chunk)).execute()
            search.remove_customers(db, chunk)
        log.finish()
    return Changes(
        all_customers=True,
        follow_ups=True,
        deals=True,
        orders=True,
        services=True,
        operation_id=log.operation_id,
    )


class UndoRefused(Exception):
    """Undo would destroy later work; the message says what, `customer_ids` says where."""

    def __init__(self, message: str, customer_ids: Iterable[int] = ()) -> None:
        super().__init__(message)
        self.customer_ids = tuple(customer_ids)


def changed_since(operation_id: int) -> list[int]:
    """Customers the operation touched (directly or through their records) edited after it.

    An edit made by a later operation that has itself been undone does not count: the user
    took it back, and undoing in reverse order must stay possible.
    """
    op = Operation.get_by_id(operation_id)
    if op.finished_at is None:
        return []
    rows = bound_database().execute_sql(
        f"SELECT DISTINCT c.id FROM journal_entry j JOIN customer c ON {_NAMED_BY_ENTRY} "
        "WHERE j.operation_id = ? AND c.updated_at > ? "
        "AND NOT EXISTS (SELECT 1 FROM operation later "
        "  JOIN journal_entry j ON j.operation_id = later.id "
        "  WHERE later.id > ? AND later.status = ? AND later.undone_at >= c.updated_at "
        f"  AND {_NAMED_BY_ENTRY})",
        [operation_id, op.finished_at, operation_id, journal.STATUS_UNDONE],
    )
    return [int(r[0]) for r in rows]


# Customer `c` is one that journal entry `j` names.
_NAMED_BY_ENTRY = (
    f"c.id BETWEEN {journal.ENTRY_FIRST_CUSTOMER_SQL} AND {journal.ENTRY_LAST_CUSTOMER_SQL}"
)


def _journaled_new_customers(db: Database, operation_id: int) -> int:
    """How many customers the operation created: what undoing it deletes."""
    (created,) = db.execute_sql(
        f"SELECT total({journal.ENTRY_ROWS_SQL}) FROM journal_entry j "
        "WHERE j.operation_id = ? AND j.table_name = 'customer' AND j.action IN (?, ?)",
        [operation_id, journal.INSERT, journal.INSERT_RUN],
    ).fetchone()
    return int(created)


def _check_undoable(operation_id: int, force: bool) -> None:
    """Raise UndoRefused when the operation cannot be undone, or when undoing it would
    discard later edits and `force` is not given."""
    op = Operation.get_or_none(Operation.id == operation_id)
    if op is None:
        raise UndoRefused(f"There is no operation {operation_id} to undo.")
    if op.status != journal.STATUS_DONE:
        raise UndoRefused(
            f"Operation {operation_id} cannot be undone: it is {op.status}, not done."
        )
    later = changed_since(operation_id)
    if later and not force:
        raise UndoRefused(
            f"{len(later)} customers changed by this operation were edited afterwards; "
            "undoing it would discard those edits too.",
            later,
        )


def undo_operation(
    operation_id: int, *, force: bool = False, today: dt.date | None = None
) -> Changes:
    """Put the database back as it was before the operation (all-or-nothing).

    Refuses (UndoRefused) when the operation is not done, or when customers it touched were
    edited since, unless `force` is given: undoing would then discard those later edits.
    Undoing a big import leaves the list's indexes out while it deletes (`bulk_load`).
    """
    db = bound_database()
    with db.atomic():
        _check_undoable(operation_id, force)  # before the backup and the index work
    backups.backup_before(backup.REASON_UNDO)
    # bulk_load commits its own index work, so it goes around the undo's transaction: a
    # failed undo rolls back, and the indexes are built again.
    removed = _journaled_new_customers(db, operation_id)
    with bulk_load(db, customers=removed, deleting=True), db.atomic():
        _check_undoable(operation_id, force)
        touched = journal.replay_backwards(db, operation_id)
        Operation.update(status=journal.STATUS_UNDONE, undone_at=now()).where(
            Operation.id == operation_id
        ).execute()
        # The ids go in as one JSON array: peewee took seconds to build an IN list of the
        # 100,000 customers a big import touched.
        alive = [
            int(row[0])
            for row in db.execute_sql(
                "SELECT id FROM customer WHERE id IN (SELECT value FROM json_each(?))",
                [json.dumps(sorted(touched))],
            )
        ]
        gone = sorted(touched - set(alive))
        search.remove_customers(db, gone)
        search.reindex_customers(db, alive)
        facts.refresh_customers(alive, today=today)
    return Changes.everything(customer_ids=frozenset(touched), operation_id=operation_id)


def recent_operations(limit: int = 50) -> list[dict[str, Any]]:
    """The latest undoable operations, newest first."""
    query = Operation.select().order_by(Operation.id.desc()).limit(limit)
    return [
        {
            "id": op.id,
            "kind": op.kind,
            "description": op.description,
            "status": op.status,
            "created_at": op.created_at,
            "finished_at": op.finished_at,
            "undone_at": op.undone_at,
        }
        for op in query
    ]
