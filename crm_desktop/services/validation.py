"""Turning what a user typed (or a spreadsheet held) into stored values, or saying what is wrong.

Problems carry a code and the offending value; the UI shows a translated message per code,
the headless commands and error workbooks use `message()`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from crm_desktop.domain.normalize import (
    AmountParseError,
    DateParseError,
    clean_text,
    email_problem,
    normalize_email,
    parse_amount,
    parse_date,
    parse_datetime,
    parse_phones,
    to_cents,
)

REQUIRED = "required"
INVALID_PHONE = "invalid_phone"
INVALID_EMAIL = "invalid_email"
INVALID_DATE = "invalid_date"
INVALID_AMOUNT = "invalid_amount"
INVALID_CHOICE = "invalid_choice"
INVALID_NUMBER = "invalid_number"
DUPLICATE_CODE = "duplicate_code"
DUPLICATE_NAME = "duplicate_name"
UNKNOWN_CUSTOMER = "unknown_customer"
TOO_LONG = "too_long"

MESSAGES = {
    REQUIRED: "{field} is required.",
    INVALID_PHONE: "{field}: '{value}' is not a phone number ({detail}).",
    INVALID_EMAIL: "{field}: '{value}' is not an e-mail address ({detail}).",
    INVALID_DATE: "{field}: '{value}' is not a date ({detail}).",
    INVALID_AMOUNT: "{field}: '{value}' is not an amount of money.",
    INVALID_CHOICE: "{field}: '{value}' is not one of {detail}.",
    INVALID_NUMBER: "{field}: '{value}' is not a whole number.",
    DUPLICATE_CODE: "{field}: another customer already has the code '{value}'.",
    DUPLICATE_NAME: "{field}: the name '{value}' is already used.",
    UNKNOWN_CUSTOMER: "{field}: no customer matches '{value}'.",
    TOO_LONG: "{field} is longer than {detail} characters.",
}

MAX_TEXT = 32_767  # the most Excel holds in a cell; longer text is a mistake, not data

# An address that email_problem accepts and normalize_email leaves as it is: plain ASCII,
# dots only between characters, a lower-case domain. Most addresses are; they skip the
# full check (an import checks a million of them).
_PLAIN_EMAIL = re.compile(
    r"[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*"
    r"@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}",
    re.ASCII,
)


@dataclass(frozen=True)
class Problem:
    field: str
    code: str
    value: str = ""
    detail: str = ""

    def message(self) -> str:
        return MESSAGES[self.code].format(
            field=self.field, value=self.value[:60], detail=self.detail
        )


class ValidationError(Exception):
    """One or more fields are wrong; nothing was saved."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.message() for p in problems))
        self.problems = problems


def _shown(value: Any) -> str:
    return clean_text(value)


def text(value: Any, field: str, problems: list[Problem], *, required: bool = False) -> str:
    result = clean_text(value)
    if required and not result:
        problems.append(Problem(field, REQUIRED))
    if len(result) > MAX_TEXT:
        problems.append(Problem(field, TOO_LONG, detail=str(MAX_TEXT)))
        result = result[:MAX_TEXT]
    return result


def multiline(value: Any, field: str, problems: list[Problem]) -> str:
    """Notes keep their line breaks (clean_text would fold them)."""
    if value is None:
        return ""
    result = str(value).replace("\r\n", "\n").strip()
    if len(result) > MAX_TEXT:
        problems.append(Problem(field, TOO_LONG, detail=str(MAX_TEXT)))
        result = result[:MAX_TEXT]
    return result


def phones(value: Any, field: str, problems: list[Problem]) -> tuple[list[str], str]:
    """(normalised numbers, raw text). Pieces that are not phones are problems."""
    raw = _shown(value)
    parsed = parse_phones(value)
    if parsed.invalid:
        problems.append(Problem(field, INVALID_PHONE, raw, ", ".join(parsed.problems)))
    return [p.number for p in parsed.phones], raw


def email(value: Any, field: str, problems: list[Problem]) -> str:
    raw = _shown(value)
    if not raw:
        return ""
    if len(raw) <= 254 and _PLAIN_EMAIL.fullmatch(raw) and raw.index("@") <= 64:
        return raw
    problem = email_problem(raw)
    if problem:
        problems.append(Problem(field, INVALID_EMAIL, raw, problem))
        return ""
    return normalize_email(raw) or ""


def date(value: Any, field: str, problems: list[Problem], *, date1904: bool = False) -> Any:
    try:
        return parse_date(value, date1904=date1904)
    except DateParseError as exc:
        problems.append(Problem(field, INVALID_DATE, _shown(value), exc.reason))
        return None


def moment(value: Any, field: str, problems: list[Problem], *, date1904: bool = False) -> Any:
    try:
        return parse_datetime(value, date1904=date1904)
    except DateParseError as exc:
        problems.append(Problem(field, INVALID_DATE, _shown(value), exc.reason))
        return None


def cents(value: Any, field: str, problems: list[Problem]) -> int | None:
    try:
        amount = parse_amount(value)
    except AmountParseError:
        problems.append(Problem(field, INVALID_AMOUNT, _shown(value)))
        return None
    return None if amount is None else to_cents(amount)


def choice(
    value: Any, field: str, allowed: tuple[str, ...], problems: list[Problem], *, blank: bool = True
) -> str:
    result = clean_text(value)
    if not result and blank:
        return ""
    if result not in allowed:
        problems.append(Problem(field, INVALID_CHOICE, result, ", ".join(allowed)))
        return ""
    return result


def whole_number(value: Any, field: str, problems: list[Problem]) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = float(str(value).strip())
    except ValueError:
        problems.append(Problem(field, INVALID_NUMBER, _shown(value)))
        return None
    if not number.is_integer():
        problems.append(Problem(field, INVALID_NUMBER, _shown(value)))
        return None
    return int(number)
