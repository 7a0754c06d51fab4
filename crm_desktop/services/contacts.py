"""Contact persons (联系人) of a customer, with exactly one primary contact.

Rules: the first contact added becomes primary; making a contact primary clears the others;
un-marking the primary, or deleting it, promotes the next contact (the oldest remaining).
A customer with contacts always has exactly one primary; one without has none.
Contact names, phones and e-mails are search text: every write reindexes the customer.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from crm_desktop.services import journal, records
from crm_desktop.services.changes import Changes
from crm_desktop.services.records import Field
from crm_desktop.storage.models import Contact

SPEC = records.ChildSpec(
    Contact, "contact", reindex=True, order_by=(Contact.is_primary.desc(), Contact.id)
)

FIELDS = (
    Field("name", records.text, required=True),
    Field("title", records.text),
    Field("mobile", records.phone("mobile")),
    Field("phone", records.phone("phone")),
    Field("email", records.email),
    Field("wechat", records.text),
    Field("notes", records.multiline),
    Field("is_primary", records.flag),
)


def contacts_of(customer_id: int) -> list[dict[str, Any]]:
    """The customer's contacts, the primary first, then in the order they were added."""
    return records.rows(SPEC, customer_id)


def get_contact(contact_id: int) -> dict[str, Any] | None:
    return records.get_row(Contact, contact_id)


def _make_primary(customer_id: int, contact_id: int | None,
                  log: journal.Journal | None = None) -> None:
    """Mark `contact_id` the customer's only primary contact (journaling rows that change)."""
    changing = Contact.select(Contact.id).where(
        Contact.customer == customer_id, Contact.is_primary != (Contact.id == contact_id)
    )
    ids = [row_id for (row_id,) in records.tuples(changing)]
    if not ids:
        return
    if log is not None:
        marks = ",".join("?" * len(ids))
        for row in journal.read_rows(log.db, "contact", f"id IN ({marks})", ids):
            log.updated("contact", row)
    Contact.update(is_primary=(Contact.id == contact_id)).where(Contact.id.in_(ids)).execute()


def _oldest_other(customer_id: int, contact_id: int) -> int | None:
    row = (
        Contact.select(Contact.id)
        .where(Contact.customer == customer_id, Contact.id != contact_id)
        .order_by(Contact.id)
        .first()
    )
    return None if row is None else int(row.id)


def _has_primary(customer_id: int, excluding: int) -> bool:
    return bool(
        Contact.select()
        .where(Contact.customer == customer_id, Contact.is_primary, Contact.id != excluding)
        .exists()
    )


def add_contact(customer_id: int, data: Mapping[str, Any]) -> tuple[int, Changes]:
    """Add a contact; `is_primary` true (or being the first contact) makes it the primary."""
    values = records.prepare(FIELDS, data, creating=True)
    wants_primary = bool(values.pop("is_primary", False))
    with records.writing(SPEC, customer_id=customer_id) as write:
        contact_id = write.save(values)
        if wants_primary or not _has_primary(customer_id, contact_id):
            _make_primary(customer_id, contact_id)
    return contact_id, write.changes


def update_contact(contact_id: int, data: Mapping[str, Any]) -> Changes:
    """Change the fields in `data`. `is_primary` true makes it the primary; false on the
    primary passes the role to the oldest other contact (a lone contact stays primary)."""
    values = records.prepare(FIELDS, data, creating=False)
    primary = values.pop("is_primary", None)
    with records.writing(SPEC, record_id=contact_id) as write:
        write.save(values)
        if primary:
            _make_primary(write.customer_id, contact_id)
        elif primary is not None and write.old is not None and write.old["is_primary"]:
            successor = _oldest_other(write.customer_id, contact_id)
            if successor is not None:
                _make_primary(write.customer_id, successor)
    return write.changes


def set_primary(contact_id: int) -> Changes:
    """Make this contact the customer's primary contact."""
    return update_contact(contact_id, {"is_primary": True})


def delete_contact(contact_id: int) -> Changes:
    """Delete a contact as an undoable operation; deleting the primary promotes the oldest
    remaining contact. Follow-ups that named the contact keep their text (their link is
    cleared, and restored by undo)."""

    def promote(log: journal.Journal, row: dict[str, Any]) -> None:
        customer_id = int(row["customer_id"])
        if row["is_primary"] and not _has_primary(customer_id, contact_id):
            _make_primary(customer_id, _oldest_other(customer_id, contact_id), log)

    return records.delete(SPEC, contact_id, after=promote)
