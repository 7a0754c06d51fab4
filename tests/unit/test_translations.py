"""The translation files are complete and safe to load (no Qt: the .ts files are plain XML).

When one of these tests fails after you added or changed a UI string:

1. collect the new strings:   python -m crm_desktop.translations --update
2. translate them in resources/translations/crm_zh_CN.ts (Qt Linguist, or any text editor:
   write the Chinese in <translation> and remove type="unfinished"); for a plural message
   (numerus="yes") give one <numerusform> in crm_zh_CN.ts ("%n 位客户") and two in crm_en.ts
   ("%n customer" / "%n customers"); the other English messages stay unfinished;
3. build the .qm files:        python -m crm_desktop.translations
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from crm_desktop import translations

ROOT = Path(__file__).resolve().parents[2]
ZH_TS = translations.ts_path("zh_CN")
EN_TS = translations.ts_path("en")

HOW_TO_FIX = (
    "\n\nTo fix: run `python -m crm_desktop.translations --update`, translate the strings "
    f"above in {ZH_TS.relative_to(ROOT)} (write the text in <translation> and remove "
    'type="unfinished"; plural messages take one <numerusform> in Chinese and two in '
    "English), then run `python -m crm_desktop.translations` to rebuild the .qm files."
)

# Python format fields ({name}, {0}, {amount:.2f}), Qt's %n and %1..%9, and HTML tags.
FORMAT_FIELD = re.compile(r"(?<!\{)\{[^{}]*\}(?!\})")
QT_ARG = re.compile(r"%(?:n|L?[1-9])")
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
# A menu or button accelerator: "&File" (F), not the escaped ampersand "&&".
ACCELERATOR = re.compile(r"(?<!&)&(?!&)([^\s&])")

OBSOLETE = ("vanished", "obsolete")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    unfinished: bool
    obsolete: bool
    forms: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    def where(self) -> str:
        comment = f" (comment: {self.comment!r})" if self.comment else ""
        return f"[{self.context}] {self.source!r}{comment}"


def read_ts(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()
    found = []
    for context in root.iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            numerus = message.get("numerus") == "yes"
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if translation is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            found.append(
                Message(
                    context=context_name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=numerus,
                    unfinished=kind == "unfinished",
                    obsolete=kind in OBSOLETE,
                    forms=forms,
                )
            )
    return found


def current(path: Path) -> list[Message]:
    return [m for m in read_ts(path) if not m.obsolete]


def finished(path: Path) -> list[Message]:
    return [m for m in current(path) if not m.unfinished and any(f.strip() for f in m.forms)]


def listing(lines: list[str]) -> str:
    return "\n".join(f"  {line}" for line in lines)


def placeholder_problems(message: Message, text: str) -> list[str]:
    problems = []
    source_fields = set(FORMAT_FIELD.findall(message.source))
    text_fields = set(FORMAT_FIELD.findall(text))
    if missing := sorted(source_fields - text_fields):
        problems.append(f"missing {', '.join(missing)}")
    if extra := sorted(text_fields - source_fields):
        # .format() would raise KeyError on a field the code does not pass.
        problems.append(f"unknown {', '.join(extra)}")
    source_args, text_args = set(QT_ARG.findall(message.source)), set(QT_ARG.findall(text))
    if missing := sorted(source_args - text_args):
        problems.append(f"missing {', '.join(missing)}")
    if extra := sorted(text_args - source_args):
        problems.append(f"unknown {', '.join(extra)}")
    source_tags = Counter(t.lower() for t in HTML_TAG.findall(message.source))
    text_tags = Counter(t.lower() for t in HTML_TAG.findall(text))
    if source_tags != text_tags:
        problems.append(
            f"HTML tags differ: source {sorted(source_tags.elements())}, "
            f"translation {sorted(text_tags.elements())}"
        )
    return problems


# -- Chinese ---------------------------------------------------------------------------------


def test_every_chinese_message_is_translated() -> None:
    missing = [
        m.where()
        for m in current(ZH_TS)
        if m.unfinished or not m.forms or not all(f.strip() for f in m.forms)
    ]
    assert not missing, (
        f"{len(missing)} message(s) in {ZH_TS.name} have no Chinese translation:\n"
        + listing(missing)
        + HOW_TO_FIX
    )


def test_chinese_plurals_have_one_form() -> None:
    wrong = [
        f"{m.where()}: {len(m.forms)} forms"
        for m in current(ZH_TS)
        if m.numerus and len(m.forms) != 1
    ]
    assert not wrong, (
        "Chinese has no plural: give each numerus message exactly one <numerusform> "
        '(e.g. "%n 位客户"):\n' + listing(wrong)
    )


def test_chinese_keeps_placeholders_and_tags() -> None:
    wrong = [
        f"{m.where()} -> {form!r}: {'; '.join(problems)}"
        for m in finished(ZH_TS)
        for form in m.forms
        if (problems := placeholder_problems(m, form))
    ]
    assert not wrong, (
        "These translations lose or invent a placeholder ({...}, %n, %1) or an HTML tag; "
        "copy them exactly from the source:\n" + listing(wrong)
    )


def test_chinese_keeps_accelerators() -> None:
    wrong = []
    for m in finished(ZH_TS):
        for key in ACCELERATOR.findall(m.source):
            for form in m.forms:
                if key.lower() not in (k.lower() for k in ACCELERATOR.findall(form)):
                    wrong.append(f"{m.where()} -> {form!r}: needs (&{key.upper()})")
    assert not wrong, (
        "Keep the accelerator key of the source, in brackets at the end in Chinese "
        '("&New customer" -> "新建客户(&N)"):\n' + listing(wrong)
    )


def test_chinese_has_no_stray_source_text() -> None:
    """A message whose translation is the English source again was probably skipped."""
    # Names and formats that read the same in both languages.
    same_in_both = {"CRM Desktop", "Ctrl+Enter", "VIP", "PySide", "Python"}
    suspicious = [
        m.where()
        for m in finished(ZH_TS)
        if m.forms[0] == m.source
        and m.source not in same_in_both
        # Words outside the placeholders: "{size} MB" reads the same in Chinese.
        and re.search(r"[A-Za-z]{3,}", FORMAT_FIELD.sub("", m.source))
    ]
    assert not suspicious, (
        "These Chinese translations are the English source text; translate them, or add "
        "the string to same_in_both in this test if it really reads the same:\n"
        + listing(suspicious)
    )


# -- English ---------------------------------------------------------------------------------


def test_english_plurals_have_singular_and_plural() -> None:
    wrong = [
        f"{m.where()}: {len(m.forms)} form(s){' (unfinished)' if m.unfinished else ''}"
        for m in current(EN_TS)
        if m.numerus and (m.unfinished or len(m.forms) != 2 or not all(f.strip() for f in m.forms))
    ]
    assert not wrong, (
        f"Plural messages in {EN_TS.name} need two finished forms, singular and plural "
        '("%n customer in this view" / "%n customers in this view"):\n'
        + listing(wrong)
        + HOW_TO_FIX
    )


def test_english_plurals_keep_placeholders() -> None:
    wrong = [
        f"{m.where()} -> {form!r}: {'; '.join(problems)}"
        for m in finished(EN_TS)
        for form in m.forms
        if (problems := placeholder_problems(m, form))
    ]
    assert not wrong, "These English forms lose or invent a placeholder:\n" + listing(wrong)


# -- the .qm files Qt loads ------------------------------------------------------------------

# The first bytes of every compiled Qt translation file.
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


def test_qm_files_build_and_hold_the_chinese(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if translations._tool("pyside6-lrelease") is None and translations._tool("lrelease") is None:
        pytest.skip("lrelease is not installed: install PySide6")
    for language in translations.LANGUAGES:
        (tmp_path / translations.ts_path(language).name).write_bytes(
            translations.ts_path(language).read_bytes()
        )
    monkeypatch.setattr(translations, "translations_dir", lambda: tmp_path)
    assert sorted(translations.outdated()) == sorted(translations.LANGUAGES)

    written = translations.build()

    assert sorted(written) == sorted(translations.qm_path(lang) for lang in translations.LANGUAGES)
    assert translations.outdated() == []
    for path in written:
        assert path.read_bytes().startswith(QM_MAGIC), f"{path.name} is not a Qt .qm file"
    # Qt stores the translations as UTF-16 big-endian: a known one must be inside.
    sample = next(m for m in finished(ZH_TS) if m.context == "MainWindow" and not m.numerus)
    chinese_qm = translations.qm_path("zh_CN").read_bytes()
    assert sample.forms[0].encode("utf-16-be") in chinese_qm


# -- the .ts files follow the code -----------------------------------------------------------


def _lupdate() -> Path | None:
    here = Path(sys.executable).parent
    for name in ("pyside6-lupdate", "pyside6-lupdate.exe"):
        if (here / name).exists():
            return here / name
    return None


def test_ts_files_hold_every_string_of_the_code(tmp_path: Path) -> None:
    lupdate = _lupdate()
    if lupdate is None:
        pytest.skip(f"pyside6-lupdate is not next to {sys.executable}: install PySide6 there")
    sources = sorted(str(p) for d in translations.SOURCE_DIRS for p in (ROOT / d).rglob("*.py"))
    fresh = tmp_path / "fresh_zh_CN.ts"
    result = subprocess.run(
        [str(lupdate), "-no-obsolete", "-locations", "none", *sources, "-ts", str(fresh)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, f"pyside6-lupdate failed:\n{result.stdout}\n{result.stderr}"
    in_code = {m.key: m for m in read_ts(fresh)}
    for path in (ZH_TS, EN_TS):
        in_file = {m.key: m for m in current(path)}
        new = [in_code[k].where() for k in sorted(in_code.keys() - in_file.keys())]
        gone = [in_file[k].where() for k in sorted(in_file.keys() - in_code.keys())]
        report = []
        if new:
            report.append(
                f"{len(new)} string(s) of the code are missing from {path.name}:\n" + listing(new)
            )
        if gone:
            report.append(
                f"{len(gone)} string(s) in {path.name} are no longer in the code:\n" + listing(gone)
            )
        assert not report, "\n\n".join(report) + HOW_TO_FIX
