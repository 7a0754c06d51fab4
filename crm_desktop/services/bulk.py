"""Bulk edits over many customers that other services do not offer: owner and tier by hand.

Both are one undoable operation (`customers.undo_operation(changes.operation_id)`):
every customer row is journaled before it changes. Fixing the tier by hand also recomputes
the stored tier (a manual tier wins until cleared) and writes the tier history; the history
rows are journaled as inserts, so an undo removes them with the change they describe.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from crm_desktop.domain.settings import TIERS
from crm_desktop.services import backups, customers, facts, journal, validation
from crm_desktop.services.changes import Changes
from crm_desktop.services.records import chunks
from crm_desktop.services.validation import Problem, ValidationError
from crm_desktop.storage import backup
from crm_desktop.storage.database import bound_database
from crm_desktop.storage.models import Customer, Staff, now


def assign_owner(ids: Sequence[int], owner_id: int | None) -> Changes:
    """Make `owner_id` (a staff member, or None for "no owner") the owner of these customers.

    Raises ValidationError when the staff member does not exist (deleted meanwhile).
    """
    if owner_id is not None and not Staff.select().where(Staff.id == owner_id).exists():
        problem = Problem("owner_id", validation.INVALID_CHOICE, str(owner_id), "the staff list")
        raise ValidationError([problem])
    if not ids:
        return Changes()
    verb = "Assign owner to" if owner_id is not None else "Clear owner of"
    return customers.bulk_update(ids, {"owner_id": owner_id}, f"{verb} {len(set(ids))} customers")


def set_tier_manual(
    ids: Sequence[int], tier: str | None, *, today: dt.date | None = None
) -> Changes:
    """Fix the tier of these customers by hand (`tier`), or give it back to the rules (None).

    The stored tier follows at once and each change of tier goes to the tier history with
    the reason "hand" (or "rule" when cleared), all in one undoable operation.
    """
    if tier is not None and tier not in TIERS:
        problem = Problem("tier_manual", validation.INVALID_CHOICE, str(tier), ", ".join(TIERS))
        raise ValidationError([problem])
    id_list = sorted(set(ids))
    if not id_list:
        return Changes()
    db = bound_database()
    label = f"Set tier {tier} by hand on" if tier else "Give tier back to the rules for"
    backups.backup_before(backup.REASON_BULK, rows=len(id_list))
    with db.atomic():
        log = journal.start_operation(db, "bulk_edit", f"{label} {len(id_list)} customers")
        # Rows written from here on are this operation's: the database has one writer.
        last_history_id = db.execute_sql("SELECT coalesce(max(id), 0) FROM tier_change")
        history_floor = int(last_history_id.fetchone()[0])
        stamp = now()
        for chunk in chunks(id_list):
            marks = ",".join("?" * len(chunk))
            for row in journal.read_rows(db, "customer", f"id IN ({marks})", chunk):
                log.updated("customer", row)
            Customer.update(tier_manual=tier, updated_at=stamp).where(
                Customer.id.in_(chunk)
            ).execute()
        facts.refresh_customers(id_list, today=today)
        history = db.execute_sql("SELECT id FROM tier_change WHERE id > ?", [history_floor])
        log.inserted_ids("tier_change", [int(r[0]) for r in history])
        log.finish()
    return Changes.customers(id_list, all_customers=True, operation_id=log.operation_id)
