"""Settings kept with the data: the business rules and small remembered values.

Business settings travel with the database (a backup restores them with the customers);
per-machine settings such as window geometry and language live in QSettings in the UI.
"""

from __future__ import annotations

import json
from typing import Any

from crm_desktop.domain.settings import BusinessSettings
from crm_desktop.services.changes import Changes
from crm_desktop.storage.models import Setting

BUSINESS_KEY = "business"


def get_value(key: str, default: Any = None) -> Any:
    row = Setting.get_or_none(Setting.key == key)
    return default if row is None else json.loads(row.value)


def set_value(key: str, value: Any) -> None:
    payload = json.dumps(value, ensure_ascii=False)
    Setting.insert(key=key, value=payload).on_conflict_replace().execute()


def business_settings() -> BusinessSettings:
    """The business rules in force (defaults for anything never saved)."""
    saved = get_value(BUSINESS_KEY)
    return BusinessSettings() if not saved else BusinessSettings.from_dict(saved)


def save_business_settings(settings: BusinessSettings) -> Changes:
    set_value(BUSINESS_KEY, settings.to_dict())
    return Changes(settings=True, all_customers=True)
