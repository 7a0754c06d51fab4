"""What the search box finds a customer by: names, phones, e-mails and pinyin.

Pinyin is indexed as read in context (长沙 changsha, not zhangsha) and, for a name's first
character and the polyphonic surnames, in every reading (曾 zeng/ceng, 单 shan/dan, 解
xie/jie), so whichever reading the user has in mind finds the name. Per-character readings
are cached: a few thousand distinct characters cover almost every name. pypinyin is imported
on first use: loading its dictionaries takes about half a second, which the window's start
should not pay before anything is written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import cast

# A name with several polyphonic characters has a product of readings; past this many
# spellings the later characters keep only their reading in context.
MAX_SPELLINGS = 8

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_NON_DIGIT = re.compile(r"\D+")


@lru_cache(maxsize=65536)
def char_readings(char: str) -> tuple[str, ...]:
    """Every toneless pinyin reading of one Chinese character, the most common first."""
    from pypinyin import Style, pinyin

    readings = pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore")
    if not readings or not readings[0]:
        return ()
    seen: dict[str, None] = {}
    for reading in readings[0]:
        seen.setdefault(_plain(reading), None)
    return tuple(seen)


def load_dictionaries() -> None:
    """Load pypinyin's dictionaries now instead of at the first name: for a process that is
    about to read many names (an import's conversion worker)."""
    char_readings("中")
    _word_reading("中国", 0)


def _plain(reading: str) -> str:
    return reading.replace("ü", "v").lower()


def _expand(choices: Sequence[tuple[str, ...]]) -> list[str]:
    """All joined combinations of per-character choices, capped at MAX_SPELLINGS: a
    character whose choices would pass the cap keeps its first one. In the order of
    `itertools.product` (the last character varies fastest)."""
    spellings = [""]
    single: list[str] = []  # characters with one choice since the last with several
    for options in choices:
        if len(options) == 1 or len(spellings) * len(options) > MAX_SPELLINGS:
            single.append(options[0])
            continue
        if single:
            joined = "".join(single)
            spellings = [spelling + joined for spelling in spellings]
            single = []
        spellings = [spelling + option for spelling in spellings for option in options]
    if single:
        joined = "".join(single)
        spellings = [spelling + joined for spelling in spellings]
    return spellings


def readings_in_context(chars: Sequence[str]) -> list[str]:
    """The reading of each character of `chars` as the phrase around it reads it.

    A character with one reading takes it from the per-character cache; a polyphonic one
    takes the reading that a two-character word it is part of gives it (长沙 chang, 银行
    hang, 有限 you), else its most common reading. This is what pypinyin's phrase matching
    finds for names, at a hundredth of its cost: an import reads a million names.
    Characters that are not Chinese give "".
    """
    result = list(map(_lone_reading, chars))
    if None in result:
        last = len(chars) - 1
        for index in [index for index, reading in enumerate(result) if reading is None]:
            word_reading = None
            if index < last:
                word_reading = _word_reading(chars[index] + chars[index + 1], 0)
            if word_reading is None and index > 0:
                word_reading = _word_reading(chars[index - 1] + chars[index], 1)
            result[index] = word_reading or char_readings(chars[index])[0]
    return cast(list[str], result)


@lru_cache(maxsize=65536)
def _lone_reading(char: str) -> str | None:
    """The reading of a character that has one, "" for a character that has none (not
    Chinese), None for a polyphonic one, whose reading depends on its neighbours."""
    options = char_readings(char) if _HAN.fullmatch(char) else ()
    if len(options) > 1:
        return None
    return options[0] if options else ""


@lru_cache(maxsize=262144)
def _word_reading(word: str, position: int) -> str | None:
    """The toneless reading of the character at `position` in a two-character word, when
    the word is in pypinyin's phrase dictionary."""
    from pypinyin.contrib.tone_convert import to_normal
    from pypinyin.phrases_dict import phrases_dict

    entry = phrases_dict.get(word)
    if not entry or len(entry) != len(word) or not entry[position]:
        return None
    return _plain(to_normal(entry[position][0]))


def _reading_choices(chars: Sequence[str]) -> list[tuple[str, ...]]:
    """Per character: its reading in context (长沙 changsha, 银行 yinhang) first, then, for the
    first character (a person's surname, a company's city) and for the known polyphonic
    surnames anywhere, every other reading (曾 zeng/ceng, 单 shan/dan, 解 xie/jie).

    Other characters keep the reading in context only: indexing every rare reading of every
    character (有 wei, 市 fu) would multiply the index several times over and make names
    turn up for spellings nobody types.
    """
    in_context = readings_in_context(chars)
    choices: list[tuple[str, ...]] = []
    for position, (char, reading) in enumerate(zip(chars, in_context, strict=True)):
        if not reading:
            continue
        if position == 0 or char in SURNAME_READINGS:
            choices.append(_every_reading(char, reading))
        else:
            choices.append((reading,))
    return choices


@lru_cache(maxsize=65536)
def _every_reading(char: str, first: str) -> tuple[str, ...]:
    """`first`, then the character's other readings."""
    return tuple(dict.fromkeys((first, *char_readings(char))))


@lru_cache(maxsize=65536)
def _initials(options: tuple[str, ...]) -> tuple[str, ...]:
    """The distinct first letters of readings, in order."""
    return tuple(dict.fromkeys(reading[0] for reading in options))


def pinyin_spellings(text: str) -> tuple[list[str], list[str]]:
    """Full pinyin spellings and initials of the Chinese characters in `text`.

    Characters that are not Chinese are left out (the name itself is indexed as written).
    Returns ([], []) for text without Chinese characters.
    """
    full, initials = _spellings(_chinese_part(text))
    return list(full), list(initials)


def _chinese_part(text: str) -> str:
    """The Chinese characters of `text`, all that its pinyin depends on: names that differ
    only in digits or Latin letters (长沙银行 No.3, 长沙银行 No.4) share one cached reading."""
    return "".join(_HAN.findall(text))


@lru_cache(maxsize=65536)
def _spellings(chars: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    full_choices = _reading_choices(chars) if chars else []
    if not full_choices:
        return (), ()
    initial_choices = [_initials(options) for options in full_choices]
    return tuple(_expand(full_choices)), tuple(_expand(initial_choices))


def phone_forms(number: str) -> list[str]:
    """A phone as stored and as digits only, so '010-12345678' is found by '01012345678'."""
    if number.isdecimal():  # the usual mobile: only what \d matches, nothing to remove
        return [number]
    digits = _NON_DIGIT.sub("", number)
    return [number] if digits == number else [number, digits]


def search_document(
    names: Iterable[str],
    phones: Iterable[str] = (),
    emails: Iterable[str] = (),
) -> tuple[str, str]:
    """The text the search index holds for one customer.

    `names` are the name, short name and contact names. Returns (body, short): `body` is
    everything (for the trigram index); `short` is the names and their pinyin initials only,
    for one- and two-character queries that a trigram index cannot answer.
    """
    name_list = [n.strip() for n in names if n and n.strip()]
    fulls: list[str] = []
    initials: list[str] = []
    for name in name_list:
        full, initial = _spellings(_chinese_part(name))
        fulls.extend(full)
        initials.extend(initial)
    phone_list = [form for p in phones if p for form in phone_forms(p)]
    email_list = [e for e in emails if e]
    unique = dict.fromkeys([*name_list, *phone_list, *email_list, *fulls, *initials])
    short = dict.fromkeys([*name_list, *initials])
    return "\n".join(unique).lower(), "\n".join(short).lower()


def normalize_query(text: str) -> str:
    """The query as the index holds text: trimmed, lower-case, a phone's separators removed."""
    query = text.strip().lower()
    if re.fullmatch(r"[\d\s\-()+]+", query) and sum(c.isdigit() for c in query) >= 3:
        query = _NON_DIGIT.sub("", query)
    return query


# Surnames whose reading differs from the character's everyday reading: a list of people
# sorts 曾 under Z and 单 under S, as a Chinese reader expects.
SURNAME_READINGS = {
    "曾": "zeng",
    "单": "shan",
    "解": "xie",
    "区": "ou",
    "仇": "qiu",
    "查": "zha",
    "朴": "piao",
    "盖": "ge",
    "召": "shao",
    "缪": "miao",
    "尉": "yu",
    "乐": "yue",
    "覃": "qin",
    "种": "chong",
    "翟": "zhai",
    "员": "yun",
    "万": "wan",
    "秘": "bi",
}


def sort_key(name: str) -> str:
    """The key a list sorts names by: pinyin for Chinese, lower case, then the name itself.

    Readings come from the phrase (重庆 is chongqing); a name of two to four Chinese
    characters is taken as a person's, whose first character reads as a surname.
    """
    text = name.strip()
    chars = list(text)
    readings = [
        reading or char.lower()
        for char, reading in zip(chars, readings_in_context(chars), strict=True)
    ]
    surname = text[:1]
    if surname in SURNAME_READINGS and 2 <= len(text) <= 4 and _HAN.sub("", text) == "":
        readings[0] = SURNAME_READINGS[surname]
    return "".join(readings) + " " + text
