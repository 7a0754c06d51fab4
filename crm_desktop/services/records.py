"""The shared machinery of the record services: reading input, saving, deleting with undo, listing.

The rows that hang off a customer (contacts, follow-ups, deals, orders, service records,
needs, credit checks) are all written the same way, so the record services describe *what*
is specific to them and leave *how* to this module:

- `Field` declares how one input value is read and validated; `prepare(fields, data)` turns
  what a user typed into column values or raises `ValidationError` listing every problem.
- `ChildSpec` declares a child table: its model, what a change to it means for the screens
  (`Changes` flags) and for the customer list (facts to refresh, search text to reindex).
- `writing(spec, ...)` is the one transaction every add and update runs in: it loads the old
  row, lets the caller write, then stamps the customer's `updated_at`, refreshes its facts and
  reindexes its search text. `add` and `update` are the plain cases.
- `delete(spec, id)` deletes as an undoable operation, journaling the rows the database
  cascades to (and the links it sets to NULL), so `customers.undo_operation` puts back exactly
  what was there.
- `rows(spec, customer_id)` lists a customer's rows as dictionaries keyed by column name, with
  the names of the staff members and contacts they point at.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from peewee import Database, ForeignKeyField

from crm_desktop.services import facts, journal, validation
from crm_desktop.services.changes import Changes
from crm_desktop.services.validation import Problem, ValidationError
from crm_desktop.storage import search
from crm_desktop.storage.database import bound_database
from crm_desktop.storage.models import BaseModel, Customer, now

CHUNK = 500

Reader = Callable[[Any, str, list[Problem]], Any]
"""Reads one input value: (value, field name, problems) -> stored value; appends problems."""


class RecordNotFound(LookupError):
    """The record to change or delete no longer exists (deleted in another window?)."""


class Columns(dict[str, Any]):
    """What a reader returns when one input fills several columns (a phone and its raw text)."""


def chunks(ids: Sequence[int], size: int = CHUNK) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def tuples(query: Any) -> list[tuple[Any, ...]]:
    """A peewee query's rows as tuples (the stubs type `.tuples()` as model instances)."""
    return list(query.tuples())


def dicts(query: Any) -> list[dict[str, Any]]:
    """A peewee query's rows as dictionaries."""
    return list(query.dicts())


def model_field(model: type[BaseModel], name: str) -> Any:
    """A field of a model known only as a BaseModel subclass (`customer`, `id`)."""
    return model._meta.fields[name]


# ---------------------------------------------------------------------------------------
# Reading input
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    """How one input key is read.

    `column` defaults to `name`. `default` (a value, or a function of no arguments) is used
    when a row is added without the field; None leaves it to the model. A `required` field
    cannot be blank, and must be given when a row is added unless it has a default.
    """

    name: str
    read: Reader
    column: str = ""
    required: bool = False
    default: Any = None


def prepare(fields: Sequence[Field], data: Mapping[str, Any], *, creating: bool) -> dict[str, Any]:
    """Column values for the fields present in `data` (and defaults when creating).

    Raises ValidationError with every problem found; nothing is saved then.
    """
    problems: list[Problem] = []
    values: dict[str, Any] = {}
    for spec in fields:
        if spec.name in data:
            before = len(problems)
            value = spec.read(data[spec.name], spec.name, problems)
            if spec.required and len(problems) == before and value in (None, ""):
                problems.append(Problem(spec.name, validation.REQUIRED))
        elif creating and spec.default is not None:
            value = spec.default() if callable(spec.default) else spec.default
        elif creating and spec.required:
            problems.append(Problem(spec.name, validation.REQUIRED))
            continue
        else:
            continue
        if isinstance(value, Columns):
            values.update(value)
        else:
            values[spec.column or spec.name] = value
    if problems:
        raise ValidationError(problems)
    return values


text: Reader = validation.text
multiline: Reader = validation.multiline
date: Reader = validation.date


def moment(value: Any, field: str, problems: list[Problem]) -> dt.datetime | None:
    """A date and time, to the second like every stored timestamp (a date alone is midnight)."""
    result = validation.moment(value, field, problems)
    return result.replace(microsecond=0) if isinstance(result, dt.datetime) else result


cents: Reader = validation.cents
email: Reader = validation.email


def cents_or_zero(value: Any, field: str, problems: list[Problem]) -> int:
    """An amount of money in cents; blank is 0."""
    return validation.cents(value, field, problems) or 0


def flag(value: Any, field: str, problems: list[Problem]) -> bool:
    return bool(value)


def phone(column: str) -> Reader:
    """Phones into `column` (normalised numbers, space separated) and `<column>_raw`."""

    def read(value: Any, field: str, problems: list[Problem]) -> Columns:
        numbers, raw = validation.phones(value, field, problems)
        return Columns({column: " ".join(numbers), f"{column}_raw": raw})

    return read


def one_of(allowed: Sequence[str], blank: str | None = None) -> Reader:
    """A code from `allowed`; a blank value gives `blank` (a default code, or None)."""
    choices = tuple(allowed)

    def read(value: Any, field: str, problems: list[Problem]) -> str | None:
        return validation.choice(value, field, choices, problems) or blank

    return read


def whole(low: int, high: int) -> Reader:
    """A whole number from `low` to `high`, or None when blank."""

    def read(value: Any, field: str, problems: list[Problem]) -> int | None:
        before = len(problems)
        number = validation.whole_number(value, field, problems)
        if number is not None and not low <= number <= high:
            problems.append(
                Problem(field, validation.INVALID_CHOICE, str(number), f"{low}-{high}")
            )
            return None
        return None if len(problems) > before else number

    return read


def ref(model: type[BaseModel]) -> Reader:
    """The id of an existing row of `model`, or None when blank."""

    def read(value: Any, field: str, problems: list[Problem]) -> int | None:
        if value in (None, "", 0):
            return None
        try:
            row_id = int(value)
        except (TypeError, ValueError):
            row_id = -1
        if row_id < 0 or not model.select().where(model._meta.primary_key == row_id).exists():
            problems.append(
                Problem(field, validation.INVALID_CHOICE, str(value), model._meta.table_name)
            )
            return None
        return row_id

    return read


# ---------------------------------------------------------------------------------------
# Child tables and their writes
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChildSpec:
    """A table of rows that belong to one customer.

    `label` names a row in operation descriptions ("Delete follow-up of ..."). `flags` are
    the `Changes` flags a write raises. `in_list` says the customer list shows something a
    write can change (facts are refreshed and the list re-queried); `reindex` says the rows
    hold text the search box finds customers by. `order_by` lists newest or most important
    first for `rows`.
    """

    model: type[BaseModel]
    label: str
    flags: tuple[str, ...] = ()
    in_list: bool = True
    reindex: bool = False
    order_by: tuple[Any, ...] = ()

    def changes(self, customer_ids: Iterable[int], operation_id: int | None = None) -> Changes:
        return Changes(
            customer_ids=frozenset(customer_ids),
            all_customers=self.in_list,
            operation_id=operation_id,
            **dict.fromkeys(self.flags, True),
        )


def column_names(model: type[BaseModel]) -> list[Any]:
    """The model's fields selected under their column names (`staff_id`, not `staff`)."""
    return [f.alias(f.column_name) for f in model._meta.sorted_fields]


def get_row(model: type[BaseModel], record_id: int) -> dict[str, Any] | None:
    """One row as a dictionary keyed by column name, with Python values; None if missing."""
    found = dicts(model.select(*column_names(model)).where(model._meta.primary_key == record_id))
    return found[0] if found else None


def touch(customer_ids: Iterable[int], *, refresh: bool = True, reindex: bool = False,
          today: dt.date | None = None) -> None:
    """After a write to these customers' records: stamp `updated_at`, refresh facts, reindex.

    The stamp tells an import's undo that the customer was edited after the import.
    Call inside the write's transaction.
    """
    ids = sorted(set(customer_ids))
    stamp = now()
    for chunk in chunks(ids):
        Customer.update(updated_at=stamp).where(Customer.id.in_(chunk)).execute()
    if refresh:
        facts.refresh_customers(ids, today=today)
    if reindex:
        search.reindex_customers(bound_database(), ids)


@dataclass
class Write:
    """One add or update in progress; see `writing`."""

    spec: ChildSpec
    customer_id: int
    old: dict[str, Any] | None  # the row before an update (column names), None when adding
    record_id: int | None = None
    changes: Changes = field(default_factory=Changes)

    def save(self, values: Mapping[str, Any]) -> int:
        """Insert the row (adding) or update its columns in `values` (updating).

        An update also stamps the row's own `updated_at`, where it has one.
        """
        model = self.spec.model
        if self.old is None:
            self.record_id = int(
                model.insert(customer_id=self.customer_id, **values).execute()
            )
        elif values:
            stamped = dict(values)
            if "updated_at" in model._meta.fields:
                stamped.setdefault("updated_at", now())
            model.update(**stamped).where(model._meta.primary_key == self.record_id).execute()
        assert self.record_id is not None
        return self.record_id


def _customer_exists(customer_id: int) -> bool:
    return bool(Customer.select().where(Customer.id == customer_id).exists())


@contextmanager
def writing(spec: ChildSpec, *, customer_id: int | None = None, record_id: int | None = None,
            today: dt.date | None = None) -> Iterator[Write]:
    """A transaction for adding a row to `customer_id` or updating row `record_id`.

    The body writes through `Write.save` (and may write related rows); on leaving, the
    customer is touched (see `touch`) and `Write.changes` says what changed. An exception
    rolls everything back. Raises ValidationError for an unknown customer and
    RecordNotFound for a missing record.
    """
    db = bound_database()
    with db.atomic():
        old: dict[str, Any] | None = None
        if record_id is not None:
            old = get_row(spec.model, record_id)
            if old is None:
                raise RecordNotFound(f"There is no {spec.label} {record_id}: it was deleted.")
            customer_id = int(old["customer_id"])
        if customer_id is None or not _customer_exists(customer_id):
            raise ValidationError(
                [Problem("customer", validation.UNKNOWN_CUSTOMER, str(customer_id))]
            )
        write = Write(spec, customer_id, old, record_id)
        yield write
        touch([customer_id], refresh=spec.in_list, reindex=spec.reindex, today=today)
    write.changes = spec.changes([customer_id])


Hook = Callable[[Write, dict[str, Any]], None]
"""Runs in the write's transaction before the row is saved: checks, or adjusts the values."""


def belongs(model: type[BaseModel], field: str) -> Hook:
    """A hook refusing a link (`field` in the values) to a row of another customer."""

    def check(write: Write, values: dict[str, Any]) -> None:
        row_id = values.get(field)
        if row_id is None:
            return
        owner = model.select(model_field(model, "customer")).where(
            model._meta.primary_key == row_id
        ).scalar()
        if owner != write.customer_id:
            raise ValidationError(
                [Problem(field, validation.INVALID_CHOICE, str(row_id), "this customer's records")]
            )

    return check


def add(spec: ChildSpec, customer_id: int, values: dict[str, Any], *,
        before: Hook | None = None, today: dt.date | None = None) -> tuple[int, Changes]:
    """Add a row with prepared `values` to a customer; returns its id and the changes."""
    with writing(spec, customer_id=customer_id, today=today) as write:
        if before is not None:
            before(write, values)
        write.save(values)
    assert write.record_id is not None
    return write.record_id, write.changes


def update(spec: ChildSpec, record_id: int, values: dict[str, Any], *,
           before: Hook | None = None, today: dt.date | None = None) -> Changes:
    """Change the columns in prepared `values` of one row."""
    with writing(spec, record_id=record_id, today=today) as write:
        if before is not None:
            before(write, values)
        write.save(values)
    return write.changes


# ---------------------------------------------------------------------------------------
# Undoable deletes
# ---------------------------------------------------------------------------------------


def _iter_rows(db: Database, table: str, where: str,
               params: Sequence[object]) -> Iterator[dict[str, Any]]:
    """Like journal.read_rows, streamed: a tag can have a million customer links."""
    cursor = db.execute_sql(f"SELECT * FROM {table} WHERE {where}", list(params))
    names = [d[0] for d in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))


def journal_delete(log: journal.Journal, model: type[BaseModel], ids: Sequence[int]) -> None:
    """Delete rows of `model` by id, journaling them and every row the database would change.

    Rows that reference them with ON DELETE CASCADE are deleted (and journaled) first, and
    references with ON DELETE SET NULL are journaled as updates, so that replaying the
    journal backwards re-inserts the parent before its children and restores the links.
    """
    db = log.db
    table = model._meta.table_name
    for chunk in chunks(sorted(set(ids))):
        marks = ",".join("?" * len(chunk))
        backref: ForeignKeyField
        for backref, child in model._meta.backrefs.items():
            child_table = child._meta.table_name
            where = f"{backref.column_name} IN ({marks})"
            if backref.on_delete == "CASCADE":
                if "id" in child._meta.fields:
                    cursor = db.execute_sql(f"SELECT id FROM {child_table} WHERE {where}", chunk)
                    child_ids = [int(r[0]) for r in cursor]
                    journal_delete(log, child, child_ids)
                else:  # a link table without an id (customer_tag): nothing hangs off it
                    for row in _iter_rows(db, child_table, where, chunk):
                        log.deleted(child_table, row)
                    db.execute_sql(f"DELETE FROM {child_table} WHERE {where}", chunk)
            elif backref.on_delete == "SET NULL":
                for row in _iter_rows(db, child_table, where, chunk):
                    log.updated(child_table, row)
        for row in journal.read_rows(db, table, f"id IN ({marks})", chunk):
            log.deleted(table, row)
        db.execute_sql(f"DELETE FROM {table} WHERE id IN ({marks})", chunk)


@contextmanager
def undoable(kind: str, description: str) -> Iterator[journal.Journal]:
    """A transaction recorded as an operation that `customers.undo_operation` can undo."""
    db = bound_database()
    with db.atomic():
        log = journal.start_operation(db, kind, description)
        yield log
        log.finish()


def customer_name(customer_id: int) -> str:
    return str(Customer.select(Customer.name).where(Customer.id == customer_id).scalar() or "")


def delete(spec: ChildSpec, record_id: int, *,
           after: Callable[[journal.Journal, dict[str, Any]], None] | None = None,
           today: dt.date | None = None) -> Changes:
    """Delete one row (and what cascades from it) as an undoable operation.

    `after(log, row)` runs in the same transaction once the row is gone, with the stored
    row as it was; journal any further change it makes through `log`. The returned changes
    carry the operation id to pass to `customers.undo_operation`.
    """
    db = bound_database()
    with db.atomic():
        found = journal.read_rows(db, spec.model._meta.table_name, "id = ?", [record_id])
        if not found:
            raise RecordNotFound(f"There is no {spec.label} {record_id}: it was deleted.")
        row = found[0]
        customer_id = int(row["customer_id"])
        description = f"Delete {spec.label} of {customer_name(customer_id)}"
        with undoable("delete", description) as log:
            journal_delete(log, spec.model, [record_id])
            if after is not None:
                after(log, row)
            touch([customer_id], refresh=spec.in_list, reindex=spec.reindex, today=today)
    return spec.changes([customer_id], operation_id=log.operation_id)


# ---------------------------------------------------------------------------------------
# Listing
# ---------------------------------------------------------------------------------------


def add_names(model: type[BaseModel], rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add `<field>_name` for every link to a named row other than the customer.

    A follow-up gets `staff_name` and `contact_name`, a deal `owner_name`; "" when unset.
    """
    for fk in model._meta.sorted_fields:
        if not isinstance(fk, ForeignKeyField) or fk.rel_model is Customer:
            continue
        if "name" not in fk.rel_model._meta.fields:
            continue
        rel = fk.rel_model
        ids = sorted({r[fk.column_name] for r in rows if r[fk.column_name] is not None})
        names: dict[int, str] = {}
        for chunk in chunks(ids):
            names.update(tuples(rel.select(rel.id, rel.name).where(rel.id.in_(chunk))))
        for row in rows:
            row[f"{fk.name}_name"] = names.get(row[fk.column_name], "")
    return rows


def rows(spec: ChildSpec, customer_id: int, *, limit: int | None = None) -> list[dict[str, Any]]:
    """A customer's rows, in the spec's order, keyed by column name, with linked names."""
    model = spec.model
    query = (
        model.select(*column_names(model))
        .where(model_field(model, "customer") == customer_id)
        .order_by(*spec.order_by, model_field(model, "id").desc())
    )
    if limit is not None:
        query = query.limit(limit)
    return add_names(model, dicts(query))


@dataclass(frozen=True)
class PlainRecords:
    """Add, update, delete and list for a child table with no rules beyond its fields."""

    spec: ChildSpec
    fields: tuple[Field, ...]

    def add(self, customer_id: int, data: Mapping[str, Any]) -> tuple[int, Changes]:
        return add(self.spec, customer_id, prepare(self.fields, data, creating=True))

    def update(self, record_id: int, data: Mapping[str, Any]) -> Changes:
        return update(self.spec, record_id, prepare(self.fields, data, creating=False))

    def delete(self, record_id: int) -> Changes:
        return delete(self.spec, record_id)

    def of(self, customer_id: int) -> list[dict[str, Any]]:
        return rows(self.spec, customer_id)
