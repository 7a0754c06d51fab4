"""Turning what people type (or what a spreadsheet holds) into clean values.

Pure functions, no Qt, no database, no I/O: text, phone numbers, e-mail addresses, names for
duplicate matching, dates (including Excel serial numbers) and money amounts.

Messages explaining why a value was refused are English sentence fragments kept as module
constants (``PHONE_*``, ``EMAIL_*``, ``DATE_*``, ``AMOUNT_*``) so that the UI can translate
them by value.

Decisions a caller relies on:

* Chinese mobiles are stored as 11 digits (``13800138000``), without +86.
* Chinese landlines are stored as ``area-local`` (``010-12345678``, ``0755-12345678``); an
  extension is appended with a dash (``010-12345678-123``). A 7 or 8 digit number without an
  area code is accepted as a local landline and stored as its digits (``88881234``).
* 400/800 service numbers are stored as 10 digits (``4001234567``).
* Foreign numbers are stored in E.164 (``+14844914638``), extension after a dash.
* Two-digit years: below 70 is 20xx, 70 and above is 19xx.
* Times with a UTC offset or ``Z`` keep the wall-clock time as written; the offset is dropped.
* Amounts from floats are rounded to cents; amounts from text, int or Decimal are exact and
  rounded only by :func:`to_cents` (half up).
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

__all__ = [
    "AmountParseError",
    "DateParseError",
    "Phone",
    "PhoneParse",
    "clean_text",
    "email_problem",
    "from_cents",
    "is_mobile",
    "name_match_key",
    "names_nearly_same",
    "normalize_email",
    "normalize_name",
    "normalize_phone",
    "parse_amount",
    "parse_date",
    "parse_datetime",
    "parse_phones",
    "to_cents",
    "to_halfwidth",
]

# ---------------------------------------------------------------------------------------------
# Text
# ---------------------------------------------------------------------------------------------

# Invisible characters that arrive with copy-paste from web pages and Word and make two equal
# looking values differ. Zero-width joiners are kept: emoji and some scripts need them.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad"))
_WHITESPACE_RUN = re.compile(r"\s+")


def _is_blank_number(value: object) -> bool:
    """NaN is how pandas-like readers and empty numeric cells say "nothing"."""
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, Decimal):
        return value.is_nan()
    return False


def _stringify(value: object) -> str:
    """str() that writes whole floats and Decimals without a trailing ".0"."""
    if type(value) is str:  # the usual cells first: text, and phones typed as numbers
        return value
    if type(value) is int:
        return str(value)
    if value is None or _is_blank_number(value):
        return ""
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return str(int(value))
    if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        return str(int(value))
    return str(value)


def clean_text(value: object) -> str:
    """Text of a cell or field, tidied: one space between words, nothing invisible.

    None and NaN become "". Whole floats (12.0, as spreadsheets hand over integers) become
    "12". Full-width spaces, no-break spaces, tabs and line breaks become single spaces,
    other control characters and zero-width characters are removed, ends are stripped.
    """
    if type(value) is str and value.isprintable() and "  " not in value:
        # Most cells: a printable string holds no whitespace but the ASCII space and none of
        # the invisible characters (they are all unprintable), so only the ends can change.
        return value.strip()
    if type(value) is int:  # a phone or code typed as a number: digits, nothing to tidy
        return str(value)
    text = _stringify(value)
    if not text:
        return ""
    text = text.translate(_INVISIBLE)
    # Whitespace first (tabs and line breaks are control characters too, but mean a space).
    text = _WHITESPACE_RUN.sub(" ", text)
    if not text.isprintable():
        text = "".join(ch for ch in text if ch == " " or unicodedata.category(ch) != "Cc")
        text = _WHITESPACE_RUN.sub(" ", text)
    return text.strip()


_FULLWIDTH_OFFSET = 0xFF01 - 0x21
_HALFWIDTH_TABLE = {code: code - _FULLWIDTH_OFFSET for code in range(0xFF01, 0xFF5F)}
_HALFWIDTH_TABLE[0x3000] = 0x20


def to_halfwidth(text: str) -> str:
    """Full-width ASCII variants (U+FF01..U+FF5E) to ASCII and U+3000 to a space."""
    return text.translate(_HALFWIDTH_TABLE)


# ---------------------------------------------------------------------------------------------
# Phones
# ---------------------------------------------------------------------------------------------

PHONE_SCIENTIFIC = "written in scientific notation, so digits were lost; format the cell as text"
PHONE_TOO_SHORT = "fewer than 7 digits"
PHONE_TOO_LONG = "more than 15 digits"
PHONE_NOT_RECOGNISED = "not a phone number"
PHONE_MOBILE_EXTENSION = "a mobile number cannot have an extension"
PHONE_BAD_AREA_CODE = "unknown area code"
PHONE_INVALID_FOREIGN = "not a valid number for its country"

PHONE_KIND_MOBILE = "mobile"
PHONE_KIND_LANDLINE = "landline"
PHONE_KIND_SERVICE = "service"
PHONE_KIND_FOREIGN = "foreign"

MIN_PHONE_DIGITS = 7
MAX_PHONE_DIGITS = 15  # the E.164 maximum, country code included

# Longest run of whitespace-separated tokens one number may span ("+86 (0)755 1234 5678x1").
_MAX_PHONE_TOKENS = 6


@dataclass(frozen=True)
class Phone:
    """One recognised phone number.

    `number` is the normalised form (see the module docstring), `kind` one of "mobile",
    "landline", "service", "foreign", `raw` the piece of the cell it came from.
    """

    number: str
    kind: str
    raw: str


@dataclass(frozen=True)
class PhoneParse:
    """What a phone cell held: the numbers, and the pieces that are not numbers.

    `invalid` holds the refused pieces as typed; `reasons[i]` says why `invalid[i]` was
    refused (one of the ``PHONE_*`` messages).
    """

    phones: list[Phone] = field(default_factory=list)
    invalid: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        """'piece: reason' for every refused piece, for messages and error workbooks."""
        pairs = zip(self.invalid, self.reasons, strict=True)
        return [f"{piece}: {reason}" for piece, reason in pairs]


_MOBILE = re.compile(r"1[3-9]\d{9}")
_SERVICE = re.compile(r"(?:400|800)\d{7}")
_SCIENTIFIC = re.compile(r"[+-]?\d+(?:\.\d*)?e[+-]?\d+", re.IGNORECASE)
# Hard separators between numbers in one cell (after to_halfwidth, so ，；become , ;).
_PHONE_SEPARATORS = re.compile(r"[/,;、|\n\r]+")
_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—―−", "-"))
_PHONE_LABEL = re.compile(
    r"^(?:tel|phone|mobile|mob|cell|电话|手机|座机|固话|联系电话|手机号码?)\s*[:.]?\s*",
    re.IGNORECASE,
)
_EXT_WORD = r"(?:转|分机|ext(?:ension)?\.?|x|#)"
# "010-12345678 转 123" -> "010-12345678转123" so the extension stays with its number when
# the cell is split on whitespace. The look-behind keeps "fax 123" from gluing its x.
_EXT_GLUE = re.compile(rf"\s*(?<![a-z]){_EXT_WORD}\s*:?\s*(?=\d)", re.IGNORECASE)
_EXTENSION = re.compile(rf"(?<![a-z]){_EXT_WORD}\s*:?\s*(\d{{1,6}})\s*$", re.IGNORECASE)
_DASH_EXTENSION = re.compile(r"^(.*\d)\s*-\s*(\d{1,6})$")
_PHONE_CHARS = re.compile(r"\+?[\d\s\-.()]+")
# 1-484-491-4638 / 1 (484) 491-4638: the North American trunk prefix. A Chinese mobile is
# never grouped 1-3-3-4, so this layout is safe to read as a US/Canada number.
_NANP_LAYOUT = re.compile(r"1[\s\-.]*\(?\d{3}\)?[\s\-.]*\d{3}[\s\-.]*\d{4}")
_NANP_NEEDS_SEPARATOR = re.compile(r"1[\s\-.(]")
_PLAIN_LANDLINE = re.compile(r"0\d{2,3}-\d{7,8}")
_BRACKETED_COUNTRY = re.compile(r"^\(\s*\+\s*(\d{1,3})\s*\)")  # "(+86) 138..."
_CN_COUNTRY_PREFIX = re.compile(r"\(?86\)?[\s\-.]+")


def _with_ext(number: str, ext: str) -> str:
    return f"{number}-{ext}" if ext else number


def _chinese(national: str, ext: str, raw: str, *, international: bool) -> Phone | str:
    """A number in the Chinese plan, `national` being its digits after any +86/0086."""
    if international and national.startswith("0"):
        national = national[1:]  # "+86 (0)755 ..." repeats the trunk zero
    if _MOBILE.fullmatch(national):
        if ext:
            return PHONE_MOBILE_EXTENSION
        return Phone(national, PHONE_KIND_MOBILE, raw)
    if _SERVICE.fullmatch(national):
        return Phone(_with_ext(national, ext), PHONE_KIND_SERVICE, raw)
    if international:
        national = "0" + national
    if national.startswith("0"):
        # 010 and 020..029 are the only three-digit area codes; every other one has four.
        if national[1] == "1":
            if not national.startswith("010"):
                return PHONE_BAD_AREA_CODE
            area, local = national[:3], national[3:]
        elif national[1] == "2":
            area, local = national[:3], national[3:]
        elif national[1] == "0":
            return PHONE_BAD_AREA_CODE
        else:
            area, local = national[:4], national[4:]
        if len(local) in (7, 8) and not local.startswith("0"):
            return Phone(_with_ext(f"{area}-{local}", ext), PHONE_KIND_LANDLINE, raw)
        return PHONE_NOT_RECOGNISED
    if len(national) in (7, 8) and national[0] in "23456789":
        return Phone(_with_ext(national, ext), PHONE_KIND_LANDLINE, raw)
    return PHONE_NOT_RECOGNISED


def _foreign(main: str, ext: str, raw: str, region: str | None) -> Phone | str:
    import phonenumbers  # on first use: its metadata takes a fifth of a second to load

    try:
        parsed = phonenumbers.parse(main, region)
    except phonenumbers.NumberParseException:
        return PHONE_NOT_RECOGNISED
    if not phonenumbers.is_valid_number(parsed):
        return PHONE_INVALID_FOREIGN
    e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return Phone(_with_ext(e164, ext), PHONE_KIND_FOREIGN, raw)


def _parse_one(raw: str, *, allow_dash_ext: bool = True) -> Phone | str:
    """One number (with its extension) or the reason it is not one."""
    text = raw.strip()
    if _SCIENTIFIC.fullmatch(text):
        return PHONE_SCIENTIFIC
    text = _PHONE_LABEL.sub("", text)
    ext = ""
    found = _EXTENSION.search(text)
    if found:
        ext = found.group(1)
        text = text[: found.start()]
    main = _BRACKETED_COUNTRY.sub(r"+\1 ", text.strip())
    if not main or not _PHONE_CHARS.fullmatch(main):
        return PHONE_NOT_RECOGNISED
    digits = re.sub(r"\D", "", main)
    if len(digits) < MIN_PHONE_DIGITS:
        return PHONE_TOO_SHORT
    if len(digits) > MAX_PHONE_DIGITS + 6:  # room for a dash extension, tried below
        return PHONE_TOO_LONG

    result: Phone | str
    if main.startswith("+"):
        if digits.startswith("86"):
            result = _chinese(digits[2:], ext, raw, international=True)
        else:
            result = _foreign(main, ext, raw, None)
    elif digits.startswith("0086"):
        result = _chinese(digits[4:], ext, raw, international=True)
    elif digits.startswith("00"):
        # 00 is how China dials abroad: "001 484 491 4638" is +1 484 491 4638.
        result = _foreign("+" + digits[2:], ext, raw, None)
    elif (
        len(digits) == 11
        and _NANP_NEEDS_SEPARATOR.match(main)
        and _NANP_LAYOUT.fullmatch(main)
    ):
        result = _foreign(main, ext, raw, "US")
    elif (_CN_COUNTRY_PREFIX.match(main) or len(digits) == 13) and isinstance(
        prefixed := _chinese(digits[2:], ext, raw, international=True), Phone
    ):
        # "86 138 0013 8000", "(86) 10 12345678", "8613800138000". Without a separator
        # or the length of a full number, a leading 86 is an ordinary local number.
        result = prefixed
    else:
        result = _chinese(digits, ext, raw, international=False)
        # A ten-digit number that is not Chinese (no trunk 0, not a mobile, not 400/800) is
        # read the North American way: that is what "(484) 491-4638" is.
        if not isinstance(result, Phone) and len(digits) == 10 and digits[0] not in "01":
            result = _foreign(main, ext, raw, "US")

    if isinstance(result, Phone):
        return result
    # "010-12345678-123": a trailing dash group is an extension when the rest is a landline.
    if allow_dash_ext and not ext:
        dashed = _DASH_EXTENSION.match(main)
        if dashed:
            retry = _parse_one(f"{dashed.group(1)}#{dashed.group(2)}", allow_dash_ext=False)
            if isinstance(retry, Phone) and retry.kind in (
                PHONE_KIND_LANDLINE,
                PHONE_KIND_SERVICE,
            ):
                return Phone(retry.number, retry.kind, raw)
    if len(digits) > MAX_PHONE_DIGITS and result == PHONE_NOT_RECOGNISED:
        return PHONE_TOO_LONG
    return result


def _parse_piece(piece: str) -> list[Phone | tuple[str, str]]:
    """Numbers in a piece that may hold several separated by spaces only.

    The whole piece is tried first ("138 0013 8000" is one number); failing that, tokens are
    grouped greedily, the longest group that is a number winning, and tokens that belong to
    no number are reported together.
    """
    whole = _parse_one(piece)
    if isinstance(whole, Phone):
        return [whole]
    tokens = _EXT_GLUE.sub(lambda m: m.group(0).strip().replace(" ", ""), piece).split()
    if len(tokens) <= 1:
        return [(piece, whole)]
    found: list[Phone | tuple[str, str]] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            rest = " ".join(pending)
            reason = _parse_one(rest)
            found.append((rest, reason if isinstance(reason, str) else PHONE_NOT_RECOGNISED))
            pending.clear()

    i = 0
    while i < len(tokens):
        for j in range(min(len(tokens), i + _MAX_PHONE_TOKENS), i, -1):
            candidate = _parse_one(" ".join(tokens[i:j]))
            if isinstance(candidate, Phone):
                flush()
                found.append(candidate)
                i = j
                break
        else:
            pending.append(tokens[i])
            i += 1
    flush()
    return found


def parse_phones(value: object) -> PhoneParse:
    """All phone numbers in a cell, plus the pieces that are not phone numbers.

    Numbers may be separated by / , ， ; ； 、 | line breaks or spaces. Handles Chinese
    mobiles (with +86 / 0086 / 86), landlines with area code and extension (转, ext, x, #,
    or a trailing dash group), 400/800 numbers, foreign numbers written with +, and
    ten-digit North American numbers. Numbers that arrived as int or whole float are fine;
    scientific notation ("1.38001380E+10") is refused because digits were lost.
    """
    text = _stringify(value)
    # Most phone cells hold one mobile as digits or one landline as 0755-12345678: they
    # skip the general path, which gives the same result for them.
    if len(text) == 11 and _MOBILE.fullmatch(text):
        return PhoneParse([Phone(text, PHONE_KIND_MOBILE, text)])
    if _PLAIN_LANDLINE.fullmatch(text):
        landline = _chinese(text.replace("-", ""), "", text, international=False)
        if isinstance(landline, Phone):
            return PhoneParse([landline])
    if not text.strip():
        return PhoneParse()
    text = to_halfwidth(text).translate(_DASHES).translate(_INVISIBLE)
    phones: list[Phone] = []
    invalid: list[str] = []
    reasons: list[str] = []
    seen: set[str] = set()
    for chunk in _PHONE_SEPARATORS.split(text):
        piece = clean_text(chunk)
        if not piece:
            continue
        for item in _parse_piece(piece):
            if isinstance(item, Phone):
                if item.number not in seen:
                    seen.add(item.number)
                    phones.append(item)
            else:
                invalid.append(item[0])
                reasons.append(item[1])
    return PhoneParse(phones, invalid, reasons)


def normalize_phone(value: object) -> str | None:
    """The first valid phone number in `value`, normalised, or None."""
    parsed = parse_phones(value)
    return parsed.phones[0].number if parsed.phones else None


def is_mobile(number: str) -> bool:
    """True for a Chinese mobile number (normalised "13800138000" or as typed)."""
    if _MOBILE.fullmatch(number):
        return True
    normalised = normalize_phone(number)
    return normalised is not None and _MOBILE.fullmatch(normalised) is not None


# ---------------------------------------------------------------------------------------------
# E-mail
# ---------------------------------------------------------------------------------------------

EMAIL_SEVERAL = "more than one address"
EMAIL_SPACES = "contains spaces"
EMAIL_MISSING_AT = "missing @"
EMAIL_MULTIPLE_AT = "more than one @"
EMAIL_NO_LOCAL = "nothing before @"
EMAIL_NO_DOMAIN = "no domain after @"
EMAIL_DOMAIN_NO_DOT = "domain has no dot"
EMAIL_BAD_DOMAIN = "domain is not valid"
EMAIL_BAD_LOCAL = "invalid characters before @"
EMAIL_TOO_LONG = "longer than 254 characters"

_MAILTO = re.compile(r"^mailto:\s*", re.IGNORECASE)
# Chinese input methods type 。 for a dot; in an address it can only mean ".".
_EMAIL_DOTS = str.maketrans({"。": ".", "｡": "."})
_EMAIL_LOCAL = re.compile(r"[^\s@()<>\[\]:;,\\\"]+")
_DOMAIN_LABEL = re.compile(r"[^\W_](?:(?:[^\W_]|-){0,61}[^\W_])?")
_TLD = re.compile(r"[^\W\d_]{2,63}|xn--[a-z0-9-]{1,59}")
_SEVERAL_ADDRESSES = re.compile(r"@[^@]*[\s,;][^@]*@")


def _email_text(value: object) -> str:
    text = to_halfwidth(clean_text(value)).translate(_EMAIL_DOTS)
    text = _MAILTO.sub("", text).strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1].strip()
    return text


def normalize_email(value: object) -> str | None:
    """An e-mail address tidied for storing and matching, or None when empty.

    Strips spaces and "mailto:", converts full-width characters, and lower-cases the domain
    (the part before @ is left as typed: it may legally be case-sensitive). It does not
    validate; see :func:`email_problem`.
    """
    text = _email_text(value)
    if not text:
        return None
    local, at, domain = text.rpartition("@")
    if not at:
        return text
    return f"{local}@{domain.lower()}"


def email_problem(value: object) -> str | None:
    """What is wrong with an e-mail address (an ``EMAIL_*`` message), or None when valid.

    Empty is not a problem here: whether the field is required is the caller's business.
    The check is the one :func:`normalize_email` output must pass, so "mailto:" and
    full-width characters are not problems.
    """
    text = _email_text(value)
    if not text:
        return None
    if _SEVERAL_ADDRESSES.search(text):
        return EMAIL_SEVERAL
    if any(ch.isspace() for ch in text):
        return EMAIL_SPACES
    if "@" not in text:
        return EMAIL_MISSING_AT
    if text.count("@") > 1:
        return EMAIL_MULTIPLE_AT
    if len(text) > 254:
        return EMAIL_TOO_LONG
    local, _, domain = text.partition("@")
    if not local:
        return EMAIL_NO_LOCAL
    if not domain:
        return EMAIL_NO_DOMAIN
    if "." not in domain:
        return EMAIL_DOMAIN_NO_DOT
    labels = domain.rstrip(".").split(".")  # a trailing dot is the DNS root, legal
    if (
        len(labels) < 2
        or not all(_DOMAIN_LABEL.fullmatch(label) for label in labels)
        or not _TLD.fullmatch(labels[-1].lower())
    ):
        return EMAIL_BAD_DOMAIN
    if (
        not _EMAIL_LOCAL.fullmatch(local)
        or local.startswith(".")
        or local.endswith(".")
        or ".." in local
        or len(local) > 64
    ):
        return EMAIL_BAD_LOCAL
    return None


# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------

# Two keys at least this long are the same name when difflib's ratio reaches the threshold.
# 0.9 lets one character differ in a key of ten (a typo in a long company name) but never in
# a short one: two four-character keys differing in one character score 0.75.
NEARLY_SAME_RATIO = 0.9
NEARLY_SAME_MIN_LENGTH = 4

# Full-width punctuation that is ordinary Chinese typography; the rest of U+FF01..U+FF5E
# (letters, digits, symbols such as ＆) becomes ASCII in a displayed name.
_CHINESE_PUNCTUATION = "！（），：；？"
_NAME_HALFWIDTH = {
    code: target
    for code, target in _HALFWIDTH_TABLE.items()
    if chr(code) not in _CHINESE_PUNCTUATION
}

# Longest first, so 股份有限公司 is not cut to 股份 by 有限公司.
_CN_LEGAL_SUFFIXES = (
    "股份有限公司",
    "有限责任公司",
    "集团有限公司",
    "股份公司",
    "有限公司",
    "总公司",
    "门市部",
    "工作室",
    "集团",
    "公司",
    "商行",
)
_BRANCH = "分公司"
_EN_LEGAL_SUFFIX = re.compile(
    r"(?:(?<=[^a-z0-9])|^)"
    r"(?:co|company|ltd|limited|inc|incorporated|corp|corporation|llc|l\.l\.c|gmbh|s\.a|plc)"
    r"\.?$"
)
_OPEN = "([【〔〖「『"
_CLOSE = ")]】〕〗」』"
_BRACKET_GROUP = rf"[{re.escape(_OPEN)}][^{re.escape(_OPEN + _CLOSE)}]*[{re.escape(_CLOSE)}]"
_LEADING_BRACKETS = re.compile(rf"^\s*{_BRACKET_GROUP}\s*")
_TRAILING_BRACKETS = re.compile(rf"\s*{_BRACKET_GROUP}\s*$")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_SPACE_BETWEEN_HAN = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")
_TRAILING_PUNCTUATION = " .,;:-_&·"
_NOT_WORD = re.compile(r"[\W_]+")


def normalize_name(value: object) -> str:
    """A customer or contact name as it should be stored and shown.

    clean_text, plus full-width letters, digits and symbols to ASCII ("Ａｃｍｅ" -> "Acme").
    In a name with Chinese characters, the full-width punctuation of Chinese typography
    (（），：；？！) stays as written; a name without any is made entirely ASCII.
    """
    text = clean_text(value)
    if _HAN.search(text):
        return text.translate(_NAME_HALFWIDTH)
    return to_halfwidth(text)


def _strip_legal_forms(text: str) -> str:
    """Remove trailing legal forms and bracketed qualifiers until none is left.

    A trailing bracket group is a region or note ("华为技术（深圳）有限公司" once 有限公司 is
    gone); nothing is removed when it would leave the name empty.
    """
    while True:
        before = text
        text = text.rstrip(_TRAILING_PUNCTUATION)
        trailing = _TRAILING_BRACKETS.search(text)
        if trailing and trailing.start() > 0:
            text = text[: trailing.start()]
        english = _EN_LEGAL_SUFFIX.search(text)
        if english and english.start() > 0 and text[: english.start()].strip(" .,&"):
            text = text[: english.start()]
        for suffix in _CN_LEGAL_SUFFIXES:
            if text.endswith(suffix):
                # The longest matching form only: "有限公司" alone must not become "有限".
                if len(text) > len(suffix):
                    text = text[: -len(suffix)]
                break
        if text == before:
            return text


def _key_text(text: str) -> str:
    """Legal forms stripped, then punctuation, spaces and brackets removed."""
    while (leading := _LEADING_BRACKETS.match(text)) and leading.end() < len(text):
        text = text[leading.end() :]
    stripped = _strip_legal_forms(text)
    return _NOT_WORD.sub("", stripped)


def name_match_key(value: object) -> str:
    """The form of a name used to find duplicates.

    Lower-cased, full-width to ASCII, a leading bracketed region ("（深圳）") removed, legal
    forms removed from the end (有限公司, 股份有限公司, 集团, 公司, 工作室, 商行, 门市部,
    Co., Ltd., Limited, Inc., Corp., LLC, GmbH, S.A., plc, ...), a bracketed region before the
    legal form removed, then every space, bracket and punctuation mark removed. So
    "（深圳）华为技术有限公司", "华为技术 有限公司" and "华为技术（深圳）有限公司" all give
    "华为技术", and "Acme Co., Ltd." gives "acme".

    A branch (分公司) is a customer of its own: "华为技术有限公司深圳分公司" gives
    "华为技术深圳分公司" (the parent's legal form removed, the branch place and the word 分公司
    kept), which equals neither the parent's key nor another branch's.
    """
    text = to_halfwidth(clean_text(value)).casefold()
    text = _SPACE_BETWEEN_HAN.sub("", text).strip()
    if not text:
        return ""
    body = text.rstrip(_TRAILING_PUNCTUATION)
    if body.endswith(_BRANCH) and len(body) > len(_BRANCH):
        body = body[: -len(_BRANCH)]
        # The parent ends at the last legal form inside the name; what follows is the place.
        cut = 0
        for suffix in _CN_LEGAL_SUFFIXES:
            at = body.rfind(suffix)
            if at >= 0:
                cut = max(cut, at + len(suffix))
        if cut:
            parent = _key_text(body[:cut]) or _NOT_WORD.sub("", body[:cut])
            return parent + _NOT_WORD.sub("", body[cut:]) + _BRANCH
        return _key_text(body) + _BRANCH
    return _key_text(text) or _NOT_WORD.sub("", text)


def names_nearly_same(a: str, b: str) -> bool:
    """Whether two names probably mean the same customer.

    True when their match keys are equal, or both keys have at least
    NEARLY_SAME_MIN_LENGTH characters and difflib's ratio is at least NEARLY_SAME_RATIO.
    """
    key_a, key_b = name_match_key(a), name_match_key(b)
    if not key_a or not key_b:
        return False
    if key_a == key_b:
        return True
    if min(len(key_a), len(key_b)) < NEARLY_SAME_MIN_LENGTH:
        return False
    matcher = difflib.SequenceMatcher(None, key_a, key_b, autojunk=False)
    # The cheap upper bounds reject most pairs before the real comparison.
    return (
        matcher.real_quick_ratio() >= NEARLY_SAME_RATIO
        and matcher.quick_ratio() >= NEARLY_SAME_RATIO
        and matcher.ratio() >= NEARLY_SAME_RATIO
    )


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------

DATE_UNRECOGNISED = "the format is not recognised"
DATE_IMPOSSIBLE = "no such day in the calendar"
DATE_BAD_TIME = "the time of day is not valid"
DATE_YEAR_RANGE = "the year is outside 1900 to 2100"
DATE_EXCEL_LEAP_BUG = "Excel serial 60 is 29 February 1900, a day that did not exist"
DATE_SERIAL_RANGE = "the Excel date number is out of range"
DATE_NOT_A_DATE = "not a date"

MIN_YEAR = 1900
MAX_YEAR = 2100
# Two-digit years below the pivot are 20xx, the others 19xx (08 -> 2008, 99 -> 1999).
TWO_DIGIT_YEAR_PIVOT = 70
# Five-digit strings in this range are Excel serials (1954-10-03 .. 2119) read as text.
TEXT_SERIAL_RANGE = (20000, 80000)

_EXCEL_1900_EPOCH = dt.date(1899, 12, 30)  # valid from serial 61 (1900-03-01) on
_EXCEL_1904_EPOCH = dt.date(1904, 1, 1)


class DateParseError(ValueError):
    """A value that should be a date is not one; `reason` is a ``DATE_*`` message."""

    def __init__(self, value: object, reason: str) -> None:
        self.value = value
        self.reason = reason
        super().__init__(f"{clean_text(value)[:60]!r} is not a valid date: {reason}")


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}

_TIME = (
    r"(?:(?:T|\s+T?)\s*|(?<=[日号])\s*)"
    r"(?P<ampm1>上午|下午|早上|晚上|中午|凌晨)?\s*"
    r"(?P<H>\d{1,2})\s*[:时点]\s*(?P<M>\d{1,2})"
    r"(?:\s*(?::|分)\s*(?P<S>\d{1,2})(?:[.,](?P<F>\d{1,9}))?)?\s*[分秒]?"
    r"(?:\s*(?P<ampm2>[ap]\.?m\.?))?"
    r"(?:\s*(?P<tz>z|utc|gmt|[+-]\d{2}(?::?\d{2})?))?"
)
_WEEKDAY_CN = r"(?:\s*[(]?(?:星期|周|礼拜)[一二三四五六日天][)]?)?"
_DATE_PATTERNS = [
    re.compile(p + rf"(?:{_TIME})?$", re.IGNORECASE)
    for p in (
        # 2024-03-05, 2024/3/5, 2024.3.5 (one separator throughout)
        r"(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})",
        # 2024年3月5日
        rf"(?P<y>\d{{4}})\s*年\s*(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*[日号]?{_WEEKDAY_CN}",
        # 09/01/2008, 13.01.08: month or day first, see _day_month
        r"(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})",
        # 01-Sep-08, 12 September 2008, 1st Sep 2008
        r"(?P<d>\d{1,2})(?:st|nd|rd|th)?[-\s/.]*(?P<mon>[a-z]{3,9})\.?[-\s/.,]*(?P<y>\d{4}|\d{2})",
        # Sep 12, 2008, September 12 2008
        r"(?P<mon>[a-z]{3,9})\.?[-\s/.]*(?P<d>\d{1,2})(?:st|nd|rd|th)?,?[-\s/.,]+(?P<y>\d{4}|\d{2})",
        # 2008-Sep-01
        r"(?P<y>\d{4})[-\s/.](?P<mon>[a-z]{3,9})\.?[-\s/.](?P<d>\d{1,2})",
    )
]
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2}))?", re.IGNORECASE)
_TEXT_SERIAL = re.compile(r"\d{5}(?:\.\d+)?")
_WEEKDAY_EN = re.compile(
    r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE
)


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < TWO_DIGIT_YEAR_PIVOT else 1900
    return year


def _build(
    value: object,
    year: int,
    month: int,
    day: int,
    hour: int = 0,
    minute: int = 0,
    second: int = 0,
    micro: int = 0,
) -> dt.datetime:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DateParseError(value, DATE_YEAR_RANGE)
    try:
        day_part = dt.date(year, month, day)
    except ValueError:
        raise DateParseError(value, DATE_IMPOSSIBLE) from None
    try:
        time_part = dt.time(hour, minute, second, micro)
    except ValueError:
        raise DateParseError(value, DATE_BAD_TIME) from None
    return dt.datetime.combine(day_part, time_part)


def _from_serial(value: object, serial: float, *, date1904: bool) -> dt.datetime:
    """Excel's day number, with the fraction as time of day."""
    if not math.isfinite(serial) or serial < 0:
        raise DateParseError(value, DATE_SERIAL_RANGE)
    days = math.floor(serial)
    # Excel keeps times to the millisecond; rounding there removes float noise (10:29:59.999).
    millis = round((serial - days) * 86_400_000)
    if date1904:
        epoch = _EXCEL_1904_EPOCH
    else:
        if days == 0:
            raise DateParseError(value, DATE_SERIAL_RANGE)  # Excel shows it as 1900-01-00
        if days == 60:
            raise DateParseError(value, DATE_EXCEL_LEAP_BUG)
        # Excel (after Lotus 1-2-3) counts a 29 February 1900, so serials before it are off
        # by one against the epoch that is right from 1 March 1900 on.
        epoch = _EXCEL_1900_EPOCH if days > 60 else _EXCEL_1900_EPOCH + dt.timedelta(days=1)
    try:
        result = dt.datetime.combine(epoch, dt.time()) + dt.timedelta(
            days=days, milliseconds=millis
        )
    except OverflowError:
        raise DateParseError(value, DATE_SERIAL_RANGE) from None
    if not MIN_YEAR <= result.year <= MAX_YEAR:
        raise DateParseError(value, DATE_YEAR_RANGE)
    return result


def _day_month(value: object, a: int, b: int, *, dayfirst: bool) -> tuple[int, int]:
    """(day, month) of "a/b/y": the unambiguous reading when one number exceeds 12."""
    if a > 12 >= b:
        return a, b
    if b > 12 >= a:
        return b, a
    if a > 12 and b > 12:
        raise DateParseError(value, DATE_IMPOSSIBLE)
    return (a, b) if dayfirst else (b, a)


def _time_of(value: object, match: re.Match[str]) -> tuple[int, int, int, int]:
    if match.group("H") is None:
        return 0, 0, 0, 0
    hour, minute = int(match.group("H")), int(match.group("M"))
    second = int(match.group("S") or 0)
    micro = int((match.group("F") or "0")[:6].ljust(6, "0"))
    english = (match.group("ampm2") or "").lower().replace(".", "")
    chinese = match.group("ampm1") or ""
    if english:
        if not 1 <= hour <= 12:
            raise DateParseError(value, DATE_BAD_TIME)
        if english == "pm" and hour < 12:
            hour += 12
        elif english == "am" and hour == 12:
            hour = 0
    elif chinese in ("下午", "晚上") and hour < 12:
        hour += 12  # "下午15:30" is also written, and stays 15:30
    elif chinese == "中午" and hour < 11:
        hour += 12  # 中午1点 is 13:00, 中午11点 is 11:00
    return hour, minute, second, micro


def _parse_text(value: object, text: str, *, date1904: bool, dayfirst: bool) -> dt.datetime:
    if _TEXT_SERIAL.fullmatch(text):
        serial = float(text)
        low, high = TEXT_SERIAL_RANGE
        if low <= serial < high:
            return _from_serial(value, serial, date1904=date1904)
        raise DateParseError(value, DATE_UNRECOGNISED)
    compact = _COMPACT.fullmatch(text)
    if compact:
        y, m, d, hh, mm, ss = compact.groups()
        return _build(value, int(y), int(m), int(d), int(hh or 0), int(mm or 0), int(ss or 0))
    text = _WEEKDAY_EN.sub("", text)
    for pattern in _DATE_PATTERNS:
        match = pattern.fullmatch(text)
        if not match:
            continue
        groups = match.groupdict()
        if groups.get("mon") is not None:
            month = _MONTHS.get(groups["mon"].lower())
            if month is None:
                continue
            day = int(groups["d"])
        elif groups.get("a") is not None:
            day, month = _day_month(value, int(groups["a"]), int(groups["b"]), dayfirst=dayfirst)
        else:
            day, month = int(groups["d"]), int(groups["m"])
        return _build(value, _year(groups["y"]), month, day, *_time_of(value, match))
    raise DateParseError(value, DATE_UNRECOGNISED)


def parse_datetime(
    value: object, *, date1904: bool = False, dayfirst: bool = False
) -> dt.datetime | None:
    """A date and time from a cell or field; None when empty; DateParseError when not a date.

    Accepts date and datetime objects; Excel serial numbers (int or float, the fraction being
    the time) in the 1900 system or, with ``date1904``, the 1904 system; an 8-digit number
    as yyyymmdd; text such as 2024-3-5, 2024/03/05, 2024.3.5, 2024年3月5日 10:30, 20240305,
    ISO 8601 (2024-03-05T10:30:00, with Z or an offset: the wall-clock time is kept and the
    offset dropped), 01-Sep-08, Sep 12, 2008, 12 September 2008, 09/01/2008 (month first
    unless ``dayfirst``; 13/01/2008 is day first either way) and five-digit Excel serials
    typed as text. Two-digit years pivot at 70. Years must be within 1900..2100. The result
    is naive.
    """
    if value is None or _is_blank_number(value):
        return None
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    if isinstance(value, bool):
        raise DateParseError(value, DATE_NOT_A_DATE)
    if isinstance(value, int | float | Decimal):
        number = float(value)
        if number.is_integer() and 19000101 <= number <= 21001231:
            # A yyyymmdd typed into a number cell; as a serial it would be year 50000+.
            text = str(int(number))
            return _build(value, int(text[:4]), int(text[4:6]), int(text[6:]))
        return _from_serial(value, number, date1904=date1904)
    text = to_halfwidth(clean_text(value))
    if not text:
        return None
    return _parse_text(value, text, date1904=date1904, dayfirst=dayfirst)


def parse_date(
    value: object, *, date1904: bool = False, dayfirst: bool = False
) -> dt.date | None:
    """A date from a cell or field (any time of day is dropped); None when empty.

    Same inputs and rules as :func:`parse_datetime`; raises DateParseError when the value is
    not a date, names an impossible day (2024-02-30) or a year outside 1900..2100.
    """
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    moment = parse_datetime(value, date1904=date1904, dayfirst=dayfirst)
    return None if moment is None else moment.date()


# ---------------------------------------------------------------------------------------------
# Amounts
# ---------------------------------------------------------------------------------------------

AMOUNT_NOT_A_NUMBER = "not an amount of money"
AMOUNT_NOT_FINITE = "not a finite number"

_CENT = Decimal("0.01")
_UNITS = {"千": Decimal(1_000), "万": Decimal(10_000), "亿": Decimal(100_000_000)}
_CURRENCY_BEFORE = re.compile(r"^(?:rmb|cny|人民币|us\$|¥|\$)\s*", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(r"\s*(?:元整?|圆整?|块|rmb|cny|人民币)$", re.IGNORECASE)
_UNIT_AFTER = re.compile(r"\s*([千万亿])$")
_NUMBER = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d*)?"  # 1,234.50
    r"|\d{1,3}(?: \d{3})+(?:\.\d*)?"  # 1 234.50
    r"|\d+(?:\.\d*)?"
    r"|\.\d+"
)
# What a spreadsheet shows for "nothing" in an amount column (accounting format's zero dash
# included); reading it as 0 would invent a value.
_AMOUNT_PLACEHOLDERS = {"-", "--", "—", "——", "/"}


class AmountParseError(ValueError):
    """A value that should be an amount of money is not one; `reason` is an ``AMOUNT_*``."""

    def __init__(self, value: object, reason: str) -> None:
        self.value = value
        self.reason = reason
        super().__init__(f"{clean_text(value)[:60]!r} is {reason}")


def _take_sign(text: str) -> tuple[bool | None, str]:
    if text and text[0] in "+-":
        return text[0] == "-", text[1:].strip()
    return None, text


def parse_amount(value: object) -> Decimal | None:
    """An amount of money; None when empty; AmountParseError when not an amount.

    int and Decimal are taken exactly, float through its repr rounded to cents (0.1 + 0.2
    gives 0.30). Text may carry thousands separators (1,234.50), a currency (¥ ￥ $ RMB CNY
    人民币 元), full-width digits, a unit 千 万 亿 (1.5万 is 15000), and a sign or accounting
    brackets for a negative amount ((1,234.00) is -1234.00).
    """
    if value is None or _is_blank_number(value):
        return None
    if isinstance(value, bool):
        raise AmountParseError(value, AMOUNT_NOT_A_NUMBER)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise AmountParseError(value, AMOUNT_NOT_FINITE)
        return Decimal(repr(value)).quantize(_CENT, rounding=ROUND_HALF_UP)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise AmountParseError(value, AMOUNT_NOT_FINITE)
        return value
    text = to_halfwidth(clean_text(value)).replace("￥", "¥").replace("−", "-")
    if not text or text in _AMOUNT_PLACEHOLDERS:
        return None

    bracketed = text.startswith("(") and text.endswith(")")
    if bracketed:
        text = text[1:-1].strip()
    negative, text = _take_sign(text)
    text = _CURRENCY_BEFORE.sub("", text)
    if negative is None:
        negative, text = _take_sign(text)
    if not bracketed and text.startswith("(") and text.endswith(")"):  # ¥(1,234.00)
        bracketed, text = True, text[1:-1].strip()
    text = _CURRENCY_AFTER.sub("", text)
    multiplier = Decimal(1)
    unit = _UNIT_AFTER.search(text)
    if unit:
        multiplier = _UNITS[unit.group(1)]
        text = text[: unit.start()]
    if bracketed and negative is not None:
        raise AmountParseError(value, AMOUNT_NOT_A_NUMBER)  # "(-5)": which sign was meant?
    if not _NUMBER.fullmatch(text):
        raise AmountParseError(value, AMOUNT_NOT_A_NUMBER)
    try:
        amount = Decimal(text.replace(",", "").replace(" ", "")) * multiplier
    except InvalidOperation:
        raise AmountParseError(value, AMOUNT_NOT_A_NUMBER) from None
    return -amount if (negative or bracketed) else amount


def to_cents(amount: Decimal) -> int:
    """Whole cents (分) of an amount, rounding half up (away from zero): 1.005 -> 101."""
    return int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def from_cents(cents: int) -> Decimal:
    """The amount for a number of cents, with two decimal places: 123456 -> 1234.56."""
    return Decimal(cents).scaleb(-2)
