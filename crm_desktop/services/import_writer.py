"""Writing an import's accepted rows: the write half of `crm_desktop.services.importer`.

`BatchWriter.write(rows)` runs inside the importer's batch transaction. New rows go in with
one `executemany` per table (ids taken from max(id) + 1, the batch holding the write lock);
updated rows are journaled with their whole before-image first. Every row it inserts or
changes is journaled (customers, contacts, tag links, staff and tags it had to create, tier
history and deal stage rows that follow), so replaying the journal backwards leaves the
database exactly as it was. The search index and the customers' facts are brought up to date
in the same transaction: a new customer has no history yet, so its facts are computed before
the insert (`facts.customer_facts`, the rules `facts.refresh_customers` applies) and the row
goes in final; updated customers and the customers of imported records are refreshed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from peewee import Database

from crm_desktop.services import customers, facts, journal
from crm_desktop.services import settings as settings_service
from crm_desktop.services.import_rows import (
    KIND_CUSTOMERS,
    KIND_DEALS,
    KIND_FOLLOW_UPS,
    KIND_ORDERS,
    ConvertedRow,
    column_defaults,
    customer_columns,
    customer_search_doc,
    db_value,
    new_customer_row,
)
from crm_desktop.storage import search
from crm_desktop.storage.models import Deal, FollowUp, Order, now

IMPORTED_TAG_GROUP = "导入标签"  # the group of imported tags that name no group
REFERRER_NOTE = "介绍人"
RECORD_TABLES = {KIND_FOLLOW_UPS: "follow_up", KIND_DEALS: "deal", KIND_ORDERS: "orders"}
IMPORT_TIER_NOTE = "import"  # the note of the tier history rows an import writes


@dataclass
class PendingRow:
    """A row waiting for its batch to be written."""

    row_number: int
    converted: ConvertedRow
    target: int | None = None  # existing customer (or record) to update; None: create
    customer_id: int | None = None  # a record's customer


class BatchWriter:
    """Writes a batch's accepted rows with executemany and journals every row."""

    def __init__(self, db: Database, kind: str, log: journal.Journal) -> None:
        self.db = db
        self.kind = kind
        self.log = log
        self.staff: dict[str, int] = {
            name: sid for sid, name in self.db.execute_sql("SELECT id, name FROM staff")
        }
        self.tags: dict[tuple[str, str], int] = {}
        self.tag_by_name: dict[str, int] = {}
        for tid, group, name in self.db.execute_sql(
            "SELECT t.id, g.name, t.name FROM tag t JOIN tag_group g ON g.id = t.group_id "
            "ORDER BY g.sort_order, g.id, t.id"
        ):
            self.tags[(group, name)] = tid
            self.tag_by_name.setdefault(name, tid)
        self.imported_group: int | None = None
        self.settings = settings_service.business_settings()

    def write(self, accepted: list[PendingRow]) -> None:
        if self.kind == KIND_CUSTOMERS:
            self._write_customers(accepted)
        else:
            self._write_records(accepted)

    def _next_id(self, table: str) -> int:
        row = self.db.execute_sql(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()
        return int(row[0])

    def _staff_id(self, name: str) -> int | None:
        if not name:
            return None
        staff_id = self.staff.get(name)
        if staff_id is None:
            cursor = self.db.execute_sql(
                "INSERT INTO staff (name, email, phone, active, created_at) "
                "VALUES (?, '', '', 1, ?)",
                [name, str(now())],
            )
            staff_id = int(cursor.lastrowid)
            self.log.inserted_ids("staff", [staff_id])
            self.staff[name] = staff_id
        return staff_id

    def _tag_id(self, text: str) -> int:
        group, _, name = text.partition(":") if ":" in text else ("", "", text)
        group, name = group.strip(), name.strip()
        if group and (group, name) in self.tags:
            return self.tags[(group, name)]
        if not group and name in self.tag_by_name:
            return self.tag_by_name[name]
        group_name = group or IMPORTED_TAG_GROUP
        group_id = self.db.execute_sql(
            "SELECT id FROM tag_group WHERE name = ?", [group_name]
        ).fetchone()
        if group_id is None:
            cursor = self.db.execute_sql(
                "INSERT INTO tag_group (name, sort_order) VALUES (?, "
                "(SELECT coalesce(max(sort_order), 0) + 1 FROM tag_group))",
                [group_name],
            )
            new_group = int(cursor.lastrowid)
            self.log.inserted_ids("tag_group", [new_group])
        else:
            new_group = int(group_id[0])
        cursor = self.db.execute_sql(
            "INSERT INTO tag (group_id, name) VALUES (?, ?)", [new_group, name]
        )
        tag_id = int(cursor.lastrowid)
        self.log.inserted_ids("tag", [tag_id])
        self.tags[(group_name, name)] = tag_id
        self.tag_by_name.setdefault(name, tag_id)
        return tag_id

    def _referrer(self, name: str) -> int | None:
        if not name:
            return None
        key = customers.name_match_key(name)
        rows = self.db.execute_sql(
            "SELECT id FROM customer WHERE name_key = ? LIMIT 2", [key]
        ).fetchall()
        return int(rows[0][0]) if len(rows) == 1 else None

    def _write_customers(self, accepted: list[PendingRow]) -> None:
        columns = customer_columns()
        position = columns.position
        at_created, at_updated = position["created_at"], position["updated_at"]
        at_owner, at_referrer, at_notes = (
            position["owner_id"], position["referred_by_id"], position["notes"])
        stamp = now()
        stored_stamp = db_value(stamp)
        next_id = self._next_id("customer")
        inserts: list[list[Any]] = []
        new_tier_rows: list[tuple[Any, ...]] = []
        docs: list[tuple[int, str, str]] = []
        created_ids: list[int] = []
        updated_ids: list[int] = []
        contact_rows: list[tuple[int, dict[str, Any]]] = []
        tag_links: list[tuple[int, int]] = []
        tier_mark = self._next_id("tier_change")
        for item in accepted:
            converted = item.converted
            owner_id = self._staff_id(converted.owner_name)
            referrer = self._referrer(converted.referred_by_name)
            if item.target is None:
                customer_id = next_id
                next_id += 1
                # Made by the conversion workers, unless a later row was merged into it.
                new = converted.new_customer or new_customer_row(converted, self.settings)
                row = new.row
                row[0] = customer_id
                row[at_created] = row[at_updated] = stored_stamp
                if owner_id is not None:
                    row[at_owner] = owner_id
                if referrer is not None:
                    row[at_referrer] = referrer
                elif converted.referred_by_name:
                    # No single customer by that name: the referrer is kept in the notes.
                    line = f"{REFERRER_NOTE}: {converted.referred_by_name}"
                    row[at_notes] = "\n".join(filter(None, [row[at_notes], line]))
                if new.tier_change is not None:
                    new_tier_rows.append(facts.tier_history_row(
                        customer_id, stamp, new.previous_tier, new.tier_change,
                        IMPORT_TIER_NOTE))
                inserts.append(row)
                created_ids.append(customer_id)
                docs.append((customer_id, *(converted.search_doc
                                            or customer_search_doc(converted))))
            else:
                customer_id = item.target
                values = dict(converted.values)
                if owner_id is not None:
                    values["owner_id"] = owner_id
                if referrer is not None:
                    values["referred_by_id"] = referrer
                self._update_customer(customer_id, values, stamp)
                updated_ids.append(customer_id)
            if converted.contact:
                contact_rows.append((customer_id, converted.contact))
            for tag in converted.tags:
                tag_links.append((customer_id, self._tag_id(tag)))
        cursor = self.db.cursor()
        if inserts:
            names = ", ".join(["id", *columns.names])
            cursor.executemany(
                f"INSERT INTO customer ({names}) "
                f"VALUES ({', '.join('?' * (len(columns.names) + 1))})",
                inserts,
            )
            self.log.inserted_ids("customer", created_ids)
            search.write_documents(self.db, docs)
        self._write_contacts(contact_rows, set(created_ids))
        self._write_tags(tag_links)
        if updated_ids:
            search.reindex_customers(self.db, updated_ids)
        facts.refresh_customers(updated_ids, settings=self.settings, tier_note=IMPORT_TIER_NOTE)
        # After the updated customers' history, as one refresh of all of them wrote it.
        facts.write_tier_history(new_tier_rows)
        self._journal_new_rows("tier_change", tier_mark)

    def _update_customer(self, customer_id: int, values: dict[str, Any],
                         stamp: dt.datetime) -> None:
        before = journal.read_rows(self.db, "customer", "id = ?", [customer_id])
        if not before:
            return
        self.log.updated("customer", before[0])
        values = {k: v for k, v in values.items() if k != "created_at"}
        values["updated_at"] = stamp
        assignments = ", ".join(f"{column} = ?" for column in values)
        self.db.execute_sql(
            f"UPDATE customer SET {assignments} WHERE id = ?",
            [*(db_value(v) for v in values.values()), customer_id],
        )

    def _write_contacts(self, rows: list[tuple[int, dict[str, Any]]],
                        new_customers: set[int]) -> None:
        """Add the rows' contacts; a customer's first contact is its primary one, and a
        contact it already has (same name and mobile) is not added twice. Customers this
        batch created have no contacts yet: only the others' are looked up."""
        if not rows:
            return
        customer_ids = sorted({cid for cid, _ in rows} - new_customers)
        has_primary: set[int] = set()
        known: set[tuple[int, str, str]] = set()
        for start in range(0, len(customer_ids), 900):
            chunk = customer_ids[start : start + 900]
            for cid, name, mobile, primary in self.db.execute_sql(
                f"SELECT customer_id, name, mobile, is_primary FROM contact "
                f"WHERE customer_id IN ({','.join('?' * len(chunk))})",
                chunk,
            ):
                known.add((cid, name, mobile))
                if primary:
                    has_primary.add(cid)
        first = self._next_id("contact")
        values: list[tuple[Any, ...]] = []
        for cid, contact in rows:
            key = (cid, contact["name"], contact["mobile"])
            if key in known:
                continue
            known.add(key)
            primary = cid not in has_primary
            has_primary.add(cid)
            values.append((first + len(values), cid, contact["name"], contact["title"],
                           contact["mobile"], contact["mobile_raw"], contact["phone"],
                           contact["phone_raw"], contact["email"], "", "", int(primary)))
        if not values:
            return
        self.db.cursor().executemany(
            "INSERT INTO contact (id, customer_id, name, title, mobile, mobile_raw, phone, "
            "phone_raw, email, wechat, notes, is_primary) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            values,
        )
        self.log.inserted_ids("contact", range(first, first + len(values)))

    def _write_tags(self, links: list[tuple[int, int]]) -> None:
        """Link the rows' tags to their customers; a link a customer already has is left
        alone (and not journaled, so undo keeps it)."""
        if not links:
            return
        new_links = dict.fromkeys(links)
        customer_ids = sorted({cid for cid, _ in new_links})
        for start in range(0, len(customer_ids), 900):
            chunk = customer_ids[start : start + 900]
            for link in self.db.execute_sql(
                f"SELECT customer_id, tag_id FROM customer_tag "
                f"WHERE customer_id IN ({','.join('?' * len(chunk))})",
                chunk,
            ):
                new_links.pop(tuple(link), None)
        if not new_links:
            return
        self.db.cursor().executemany(
            "INSERT INTO customer_tag (customer_id, tag_id) VALUES (?, ?)", list(new_links)
        )
        for customer_id, tag_id in new_links:
            self.log.inserted("customer_tag", {"customer_id": customer_id, "tag_id": tag_id})

    def _journal_new_rows(self, table: str, first_new_id: int) -> None:
        ids = [row[0] for row in self.db.execute_sql(
            f"SELECT id FROM {table} WHERE id >= ? ORDER BY id", [first_new_id])]
        self.log.inserted_ids(table, ids)

    def _write_records(self, accepted: list[PendingRow]) -> None:
        kind = self.kind
        table = RECORD_TABLES[kind]
        stamp = now()
        touched: set[int] = set()
        tier_mark = self._next_id("tier_change")
        stage_mark = self._next_id("deal_stage_change")
        first = self._next_id(table)
        inserts: list[dict[str, Any]] = []
        for item in accepted:
            assert item.customer_id is not None
            touched.add(item.customer_id)
            values = dict(item.converted.values)
            staff_id = self._staff_id(item.converted.owner_name)
            if kind == KIND_FOLLOW_UPS:
                values.update(staff_id=staff_id, created_at=stamp)
            elif kind == KIND_DEALS:
                spec = self.settings.stage(values["stage"])
                values.update(owner_id=staff_id, updated_at=stamp,
                              created_at=values.get("created_at") or stamp,
                              probability=spec.probability if spec else 0,
                              closed_at=stamp if spec and (spec.is_won or spec.is_lost)
                              else None)
            else:
                values.update(created_at=stamp)
            if item.target is not None:
                before = journal.read_rows(self.db, table, "id = ?", [item.target])
                self.log.updated(table, before[0])
                values.pop("created_at", None)
                assignments = ", ".join(f"{c} = ?" for c in values)
                self.db.execute_sql(f"UPDATE {table} SET {assignments} WHERE id = ?",
                                    [*(db_value(v) for v in values.values()), item.target])
                continue
            values["customer_id"] = item.customer_id
            values["id"] = first + len(inserts)
            inserts.append(values)
        if inserts:
            defaults = column_defaults(_MODELS[kind])
            columns = ["id", *defaults]
            rows = [tuple(db_value(dict(defaults, **v)[c]) for c in columns) for v in inserts]
            self.db.cursor().executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})",
                rows,
            )
            self.log.inserted_ids(table, [v["id"] for v in inserts])
            if kind == KIND_DEALS:
                self.db.cursor().executemany(
                    "INSERT INTO deal_stage_change (deal_id, customer_id, from_stage, to_stage, "
                    "changed_at) VALUES (?, ?, NULL, ?, ?)",
                    [(v["id"], v["customer_id"], v["stage"], db_value(v["created_at"]))
                     for v in inserts],
                )
                self._journal_new_rows("deal_stage_change", stage_mark)
        touched_ids = sorted(touched)
        for start in range(0, len(touched_ids), 900):
            chunk = touched_ids[start : start + 900]
            marks = ",".join("?" * len(chunk))
            for row in journal.read_rows(self.db, "customer", f"id IN ({marks})", chunk):
                self.log.updated("customer", row)
            # As a follow-up logged by hand does (records.touch): undoing an earlier import
            # of these customers must see that they changed since.
            self.db.execute_sql(
                f"UPDATE customer SET updated_at = ? WHERE id IN ({marks})",
                [db_value(stamp), *chunk],
            )
        facts.refresh_customers(touched_ids, settings=self.settings, tier_note=IMPORT_TIER_NOTE)
        self._journal_new_rows("tier_change", tier_mark)


_MODELS: dict[str, Any] = {KIND_FOLLOW_UPS: FollowUp, KIND_DEALS: Deal, KIND_ORDERS: Order}
