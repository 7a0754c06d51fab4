"""What the first start needs to know: whether the database holds any customer yet."""

from __future__ import annotations

from crm_desktop.storage.models import Customer


def database_is_empty() -> bool:
    """True when there is no customer at all, archived ones included."""
    return not Customer.select(Customer.id).exists()
