"""Staff: listing order, unique names, renaming, deactivating, find_or_create."""

from __future__ import annotations

import pytest

from crm_desktop.services import staff, validation
from crm_desktop.services.validation import ValidationError
from crm_desktop.storage.models import Staff


def test_list_active_first_then_by_name(db: object) -> None:
    b, _ = staff.add_staff({"name": "Bob", "email": "bob@example.com", "phone": "123"})
    staff.add_staff({"name": "Alice"})
    staff.add_staff({"name": "Carol"})
    staff.deactivate_staff(b)
    assert [(s.name, s.active) for s in staff.list_staff()] == [
        ("Alice", True), ("Carol", True), ("Bob", False)]
    assert [s.name for s in staff.list_staff(include_inactive=False)] == ["Alice", "Carol"]
    assert staff.list_staff()[2].email == "bob@example.com"
    staff.activate_staff(b)
    assert Staff.get_by_id(b).active is True


def test_names_are_required_and_unique(db: object) -> None:
    first, changes = staff.add_staff({"name": "王芳"})
    assert changes.staff
    with pytest.raises(ValidationError) as duplicate:
        staff.add_staff({"name": " 王芳 "})
    assert duplicate.value.problems[0].code == validation.DUPLICATE_NAME
    with pytest.raises(ValidationError) as blank:
        staff.add_staff({"name": ""})
    assert blank.value.problems[0].code == validation.REQUIRED
    second, _ = staff.add_staff({"name": "李强"})
    with pytest.raises(ValidationError):
        staff.rename_staff(second, "王芳")
    renamed = staff.rename_staff(first, "王芳芳")
    assert renamed.staff and renamed.all_customers
    assert Staff.get_by_id(first).name == "王芳芳"
    with pytest.raises(ValidationError):
        staff.update_staff(first, {"email": "not an email"})


def test_find_or_create(db: object) -> None:
    created = staff.find_or_create("  陈静 ")
    assert staff.find_or_create("陈静") == created
    assert Staff.select().count() == 1
    with pytest.raises(ValidationError):
        staff.find_or_create(" ")
