"""Staff members: who owns customers, logs follow-ups and runs deals.

Staff are never deleted (their name stays on the records they touched); a member who leaves
is deactivated, which keeps them on existing records but out of the pickers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from crm_desktop.domain.normalize import clean_text
from crm_desktop.services import records, validation
from crm_desktop.services.changes import Changes
from crm_desktop.services.records import Field
from crm_desktop.services.validation import Problem, ValidationError
from crm_desktop.storage.database import bound_database
from crm_desktop.storage.models import Staff

FIELDS = (
    Field("name", records.text, required=True),
    Field("email", records.email),
    Field("phone", records.text),
)

# Renaming or deactivating changes the owner names and pickers the customer list shows.
CHANGED = Changes(staff=True, all_customers=True)


@dataclass(frozen=True)
class StaffRow:
    id: int
    name: str
    email: str
    phone: str
    active: bool


def list_staff(*, include_inactive: bool = True) -> list[StaffRow]:
    """Staff members, the active ones first, each part by name."""
    query = Staff.select(Staff.id, Staff.name, Staff.email, Staff.phone, Staff.active)
    if not include_inactive:
        query = query.where(Staff.active)
    query = query.order_by(Staff.active.desc(), Staff.name)
    return [StaffRow(i, n, e, p, bool(a)) for i, n, e, p, a in records.tuples(query)]


def _check_name_free(name: str | None, exclude_id: int | None) -> None:
    if name is None:
        return
    query = Staff.select().where(Staff.name == name)
    if exclude_id is not None:
        query = query.where(Staff.id != exclude_id)
    if query.exists():
        raise ValidationError([Problem("name", validation.DUPLICATE_NAME, name)])


def add_staff(data: Mapping[str, Any]) -> tuple[int, Changes]:
    """Add a staff member. Fields: name (required, unique), email, phone."""
    values = records.prepare(FIELDS, data, creating=True)
    with bound_database().atomic():
        _check_name_free(values["name"], None)
        staff_id = int(Staff.insert(**values).execute())
    return staff_id, Changes(staff=True)


def update_staff(staff_id: int, data: Mapping[str, Any]) -> Changes:
    """Change the name, e-mail or phone of a staff member."""
    values = records.prepare(FIELDS, data, creating=False)
    with bound_database().atomic():
        if not Staff.select().where(Staff.id == staff_id).exists():
            raise records.RecordNotFound(f"There is no staff member {staff_id}.")
        _check_name_free(values.get("name"), staff_id)
        if values:
            Staff.update(**values).where(Staff.id == staff_id).execute()
    return CHANGED


def rename_staff(staff_id: int, name: str) -> Changes:
    return update_staff(staff_id, {"name": name})


def set_active(staff_id: int, active: bool) -> Changes:
    Staff.update(active=active).where(Staff.id == staff_id).execute()
    return CHANGED


def deactivate_staff(staff_id: int) -> Changes:
    """Take a member out of the pickers; their records keep their name."""
    return set_active(staff_id, False)


def activate_staff(staff_id: int) -> Changes:
    return set_active(staff_id, True)


def find_or_create(name: str) -> int:
    """The id of the staff member called `name`, added if there is none (imports)."""
    clean = clean_text(name)
    if not clean:
        raise ValidationError([Problem("name", validation.REQUIRED)])
    with bound_database().atomic():
        staff_id = Staff.select(Staff.id).where(Staff.name == clean).scalar()
        if staff_id is None:
            staff_id, _ = add_staff({"name": clean})
    return int(staff_id)
