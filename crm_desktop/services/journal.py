"""Undoable operations: every change a user could regret is journaled row by row.

An operation (import, bulk edit, delete) records, for each row it touches, what is needed
to put it back: the key of a row it inserted, the full row before an update or a delete.
Undo replays the entries backwards inside one transaction, so an undo is all-or-nothing.
Inserted rows keyed by `id` are journaled by id alone, with no row image: a run of
consecutive ids (an import's batch of customers) as one `insert_run` entry from `row_id` to
the ``last_id`` in `before`, a lone id as an `insert` entry with `before` empty. Entries
written by earlier versions (an `insert` per row, some with ``{"id": n}`` in `before`) are
read the same way.

Rows are read and written as plain column dictionaries (`SELECT *`), so the journal works
for every table without per-model code, and restores exactly the values that were there.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from peewee import Database

from crm_desktop.storage.models import Operation, now

INSERT = "insert"
INSERT_RUN = "insert_run"
UPDATE = "update"
DELETE = "delete"

STATUS_RUNNING = "running"
STATUS_DONE = "done"
STATUS_UNDONE = "undone"
STATUS_FAILED = "failed"

# Entries kept in memory before they are written with one executemany.
FLUSH_ROWS = 2000
# Rows an undo deletes with one statement when earlier versions journaled them one entry
# each (consecutive inserts into one table); well under SQLite's limit on bound parameters.
DELETE_CHUNK = 500

# SQL over a journal entry `j`: the customers it names, as the first and last id of a
# range (a customer row's own id, or its run of inserted ids; for another table's row, the
# customer_id in its image), and how many rows it stands for.
ENTRY_FIRST_CUSTOMER_SQL = (
    "CASE WHEN j.table_name = 'customer' THEN j.row_id "
    "ELSE json_extract(j.before, '$.customer_id') END"
)
ENTRY_LAST_CUSTOMER_SQL = (
    "CASE WHEN j.table_name <> 'customer' THEN json_extract(j.before, '$.customer_id') "
    f"WHEN j.action = '{INSERT_RUN}' THEN json_extract(j.before, '$.last_id') "
    "ELSE j.row_id END"
)
ENTRY_ROWS_SQL = (
    f"CASE WHEN j.action = '{INSERT_RUN}' THEN json_extract(j.before, '$.last_id') - j.row_id + 1 "
    "ELSE 1 END"
)

# Tables whose rows have no `id`: their key columns.
_COMPOSITE_KEYS: dict[str, tuple[str, ...]] = {"customer_tag": ("customer_id", "tag_id")}


def key_columns(table: str) -> tuple[str, ...]:
    return _COMPOSITE_KEYS.get(table, ("id",))


def read_rows(
    db: Database, table: str, where: str, params: Sequence[object]
) -> list[dict[str, Any]]:
    """Rows of `table` as column dictionaries, exactly as stored."""
    cursor = db.execute_sql(f"SELECT * FROM {table} WHERE {where}", list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


@dataclass
class Journal:
    """Records the entries of one operation; create with `start_operation`."""

    db: Database
    operation_id: int
    _seq: int = 0
    _pending: list[tuple[int, int, str, int, str, str | None]] = field(default_factory=list)

    def _add(self, table: str, row_id: int, action: str, before: dict[str, Any] | None) -> None:
        self._seq += 1
        payload = None if before is None else json.dumps(before, ensure_ascii=False)
        self._pending.append((self.operation_id, self._seq, table, row_id, action, payload))
        if len(self._pending) >= FLUSH_ROWS:
            self.flush()

    def inserted(self, table: str, key: dict[str, Any]) -> None:
        """A row this operation inserted (undo deletes it)."""
        self._add(table, int(next(iter(key.values()))), INSERT, key)

    def inserted_ids(self, table: str, ids: Iterable[int]) -> None:
        """Rows of a table keyed by `id` that this operation inserted (undo deletes them),
        in the order inserted.

        Each run of consecutive ids becomes one entry (an import's 10,000 new customers
        of a batch: one entry, not 10,000), a lone id an entry of its own.
        """
        for first, last in _consecutive_runs(ids):
            if first == last:
                self._add(table, first, INSERT, None)
            else:
                self._add(table, first, INSERT_RUN, {"last_id": last})

    def updated(self, table: str, before: dict[str, Any]) -> None:
        """A row as it was before this operation updated it (undo writes it back)."""
        keys = key_columns(table)
        self._add(table, int(before[keys[0]]), UPDATE, before)

    def deleted(self, table: str, before: dict[str, Any]) -> None:
        """A row as it was before this operation deleted it (undo inserts it again)."""
        keys = key_columns(table)
        self._add(table, int(before[keys[0]]), DELETE, before)

    def flush(self) -> None:
        if not self._pending:
            return
        self.db.cursor().executemany(
            "INSERT INTO journal_entry (operation_id, seq, table_name, row_id, action, before)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            self._pending,
        )
        self._pending.clear()

    def finish(self, status: str = STATUS_DONE) -> None:
        self.flush()
        Operation.update(status=status, finished_at=now()).where(
            Operation.id == self.operation_id
        ).execute()


def _consecutive_runs(ids: Iterable[int]) -> Iterator[tuple[int, int]]:
    """(first, last) of each run of ids that follow one another: 3, 4, 5, 9 gives (3, 5)
    and (9, 9)."""
    remaining = iter(ids)
    first = next(remaining, None)
    if first is None:
        return
    last = first
    for row_id in remaining:
        if row_id != last + 1:
            yield first, last
            first = row_id
        last = row_id
    yield first, last


def start_operation(db: Database, kind: str, description: str) -> Journal:
    """Create an operation row (status running) and a journal for it.

    Call inside the transaction that makes the changes: if the process dies, the whole
    transaction, the operation row included, is rolled back.
    """
    operation = Operation.create(kind=kind, description=description, status=STATUS_RUNNING)
    return Journal(db=db, operation_id=operation.id)


@dataclass(frozen=True)
class UndoConflict:
    """Rows changed after the operation: undoing it would also undo those later changes."""

    customer_ids: tuple[int, ...]


def _where_key(table: str, values: dict[str, Any]) -> tuple[str, list[object]]:
    keys = key_columns(table)
    return " AND ".join(f"{k} = ?" for k in keys), [values[k] for k in keys]


def replay_backwards(db: Database, operation_id: int) -> set[int]:
    """Undo every entry of the operation, newest first. Returns the customer ids touched.

    A run of inserted ids (`insert_run`) is deleted with one statement. Consecutive
    `insert` entries into one table keyed by `id` (as earlier versions journaled an
    import, one entry per row) are deleted with one statement per `DELETE_CHUNK` ids; such
    a run ends at the first entry of another table or action, so the order stays newest
    first. Updates and deletes are put back one row at a time.
    """
    touched: set[int] = set()
    # Read with a cursor of its own: building a model row per entry took longer than the
    # deletes themselves for an import of 100,000 customers.
    entries = db.cursor().execute(
        "SELECT table_name, row_id, action, before FROM journal_entry "
        "WHERE operation_id = ? ORDER BY seq DESC",
        [operation_id],
    )
    cursor = db.cursor()
    run_table = ""
    run_ids: list[int] = []

    def delete_run() -> None:
        if run_ids:
            cursor.execute(
                f"DELETE FROM {run_table} WHERE id IN ({', '.join('?' * len(run_ids))})",
                run_ids,
            )
            run_ids.clear()

    for table, row_id, action, before_json in entries:
        before: dict[str, Any] = json.loads(before_json) if before_json else {"id": row_id}
        if action == INSERT_RUN:
            delete_run()
            last = int(before["last_id"])
            cursor.execute(f"DELETE FROM {table} WHERE id BETWEEN ? AND ?", [row_id, last])
            if table == "customer":
                touched.update(range(row_id, last + 1))
            continue
        if action == INSERT and key_columns(table) == ("id",):
            if table != run_table or len(run_ids) >= DELETE_CHUNK:
                delete_run()
                run_table = table
            run_ids.append(int(before["id"]))
        else:
            delete_run()
            _replay_one(cursor, table, action, before)
        if table == "customer":
            touched.add(int(row_id))
        elif "customer_id" in before:
            touched.add(int(before["customer_id"]))
    delete_run()
    return touched


def _replay_one(cursor: sqlite3.Cursor, table: str, action: str, before: dict[str, Any]) -> None:
    """Undo one entry: delete the row it inserted, or write back the row it changed."""
    where, params = _where_key(table, before)
    if action == INSERT:
        cursor.execute(f"DELETE FROM {table} WHERE {where}", params)
    elif action == UPDATE:
        columns = [c for c in before if c not in key_columns(table)]
        assignments = ", ".join(f"{c} = ?" for c in columns)
        cursor.execute(
            f"UPDATE {table} SET {assignments} WHERE {where}",
            [before[c] for c in columns] + params,
        )
    elif action == DELETE:
        columns = list(before)
        cursor.execute(
            f"INSERT INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})",
            [before[c] for c in columns],
        )
